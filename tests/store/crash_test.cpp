// The kill -9 test of dyad ingest (crash safety) is added with the ingest command.
