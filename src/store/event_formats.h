// Writers for stored events and clusters: an aligned table with a sentence
// excerpt for people; JSON Lines (the event output contract plus the store's
// `id` and `cluster`), CSV and TSV for programs.
#pragma once
#include <ostream>
#include <string_view>
#include <vector>

#include "store/query.h"

namespace dyad::store {

enum class Format { kTable, kJsonl, kCsv, kTsv };
// Null when the name is unknown.
const Format* parse_format(std::string_view name);

// Collects rows for the table (whose widths need every row); streams otherwise.
class EventWriter {
 public:
  EventWriter(std::ostream& out, Format format);
  void write(const EventRow& row);
  void finish();

 private:
  std::ostream& out_;
  Format format_;
  std::vector<std::vector<std::string>> table_;
  bool header_written_ = false;
};

void write_clusters(std::ostream& out, Format format, const std::vector<ClusterRow>& clusters);

// Shared by the other writers: one CSV field (quoted when needed), one TSV
// cell (tabs and line breaks become spaces), and an aligned table.
std::string csv_field(std::string_view s);
std::string tsv_cell(std::string_view s);
void write_delimited(std::ostream& out, Format format, const std::vector<std::string>& cells);
void write_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows);
// At most `width` code points of `s`, with "…" when cut.
std::string excerpt(std::string_view s, std::size_t width);

}  // namespace dyad::store
