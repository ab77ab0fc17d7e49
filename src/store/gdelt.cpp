#include "store/gdelt.h"

#include <set>
#include <string>

#include "store/event_formats.h"

namespace dyad::store {
namespace {

// "2018-03-17" → 20180317; unknown parts are 00, as GDELT writes them.
std::string compact_date(const std::string& iso) {
  if (iso.empty()) return "";
  std::string out = iso.substr(0, 4);
  out += iso.size() >= 7 ? iso.substr(5, 2) : "00";
  out += iso.size() >= 10 ? iso.substr(8, 2) : "00";
  return out;
}

}  // namespace

void export_gdelt(Store& store, const EventFilter& filter, std::ostream& out) {
  // The representative report of each cluster: its earliest event with the
  // cluster's (most specific) code.
  Statement rep = store.db().prepare(
      "SELECT e.source_code, coalesce(e.source_name, e.source_org, e.source_text), e.source_country, e.source_org, "
      "e.source_sector, e.target_code, coalesce(e.target_name, e.target_org, e.target_text), e.target_country, "
      "e.target_org, e.target_sector, e.name, e.quad, e.goldstein FROM events e "
      "WHERE e.cluster = ?1 ORDER BY e.code = ?2 DESC, e.id LIMIT 1");
  Statement docs = store.db().prepare(
      "SELECT d.doc_id, d.url, d.date, min(e.sentence) FROM events e JOIN documents d ON d.id = e.doc "
      "WHERE e.cluster = ?1 GROUP BY d.id ORDER BY d.date IS NULL, d.date, d.doc_id");
  query_clusters(store, filter, [&](const ClusterRow& c) {
    rep.bind(1, c.id).bind(2, c.code);
    if (!rep.step()) {
      rep.reset();
      return;
    }
    std::vector<std::string> row;
    const std::string date = compact_date(c.date);
    row.push_back(std::to_string(c.id));
    row.push_back(date);
    row.push_back(date.empty() ? "" : date.substr(0, 6));
    row.push_back(date.empty() ? "" : date.substr(0, 4));
    for (int a = 0; a < 2; ++a) {
      const int base = a * 5;
      for (int k = 0; k < 5; ++k) row.push_back(rep.text(base + k));
    }
    rep.reset();
    std::set<std::string> urls;
    std::string first_url, added;
    bool root = false;
    std::size_t articles = 0;
    docs.bind(1, c.id);
    while (docs.step()) {
      ++articles;
      const std::string url = docs.text(1);
      if (!url.empty()) urls.insert(url);
      if (first_url.empty()) first_url = url;
      if (added.empty()) added = compact_date(docs.text(2));
      root = root || docs.int64(3) == 0;
    }
    docs.reset();
    row.push_back(root ? "1" : "0");
    row.push_back(c.code);
    row.push_back(c.code.substr(0, std::min<std::size_t>(3, c.code.size())));
    row.push_back(c.root);
    row.push_back(std::to_string(c.quad));
    char g[16];
    std::snprintf(g, sizeof g, "%g", c.goldstein);
    row.push_back(g);
    row.push_back(std::to_string(c.reports));
    row.push_back(std::to_string(urls.empty() ? articles : urls.size()));
    row.push_back(std::to_string(articles));
    row.push_back(added);
    row.push_back(first_url);
    write_delimited(out, Format::kTsv, row);
  });
}

}  // namespace dyad::store
