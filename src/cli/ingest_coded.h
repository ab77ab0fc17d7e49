// `dyad ingest --coded FILE.jsonl`: stores events coded earlier (the event
// JSONL output contract) without running the pipeline, in the same
// per-batch transactions as ordinary ingest.
#pragma once
#include <cstddef>
#include <string>

namespace dyad::cli {

// `file` is a path or "-" for stdin. Returns the process exit code.
int ingest_coded(const std::string& file, const std::string& db, std::size_t batch);

}  // namespace dyad::cli
