// `dyad ingest --coded FILE.jsonl`: stores events coded earlier (the event
// JSONL output contract) without running the pipeline, in the same
// per-batch transactions as ordinary ingest.
#pragma once
#include <cstddef>
#include <string>

namespace dyad::cli {

// `file` is a path or "-" for stdin. A malformed line is reported with its
// file and line number and skipped (exit status 1); the others are stored.
// No line may reach beyond `max_doc_bytes` (offsets, line length). Returns
// the process exit code.
int ingest_coded(const std::string& file, const std::string& db, std::size_t batch, std::size_t max_doc_bytes);

}  // namespace dyad::cli
