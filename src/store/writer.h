// Ingest into an open store, one batch (transaction) at a time. A batch is
// all or nothing: a crash, a full disk or an error leaves the database as
// it was after the previous commit.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/record.h"
#include "store/store.h"

namespace dyad::store {

enum class IngestResult {
  kAdded,      // a new document
  kReplaced,   // a known id with changed content: its old rows are gone
  kUnchanged,  // the same content is already stored (under this or another id)
};

class Writer {
 public:
  explicit Writer(Store& store);
  ~Writer();  // rolls back an open batch
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Is a document with this content_hash() already stored? Lets ingest skip
  // the pipeline for documents it has seen.
  bool has_content(const std::string& hash);

  void begin();
  IngestResult put(const StoredDocument& doc);
  void commit();
  void rollback();
  bool in_batch() const { return in_batch_; }

  std::size_t events_written() const { return events_written_; }

  // Refreshes the planner's statistics after a bulk ingest (sampled, so it
  // stays cheap on millions of rows).
  void analyze();

 private:
  struct Statements;
  Store& store_;
  std::unique_ptr<Statements> st_;
  bool in_batch_ = false;
  // Clusters of the (pair, root) keys seen in the current batch, in id
  // order, as stored: the batch holds the write lock, so no one else
  // changes them. One query per key and batch instead of one per event.
  struct CachedCluster {
    std::int64_t id;
    std::string code, source, target;
    bool symmetric;
    std::int64_t lo, hi;
    bool precise;
    std::string date;
  };
  std::unordered_map<std::string, std::vector<CachedCluster>> clusters_;
  std::vector<CachedCluster>& clusters_of(const std::string& pair, const std::string& root);
  std::size_t events_written_ = 0;

  void remove_document(std::int64_t id);
  void put_agreement(std::int64_t doc, const StoredDocument& d, const StoredAgreement& a);
  void link_near_duplicates(std::int64_t id, std::uint64_t hash);
  std::int64_t assign_cluster(const StoredEvent& e);
};

}  // namespace dyad::store
