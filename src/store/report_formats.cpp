#include "store/report_formats.h"

#include <map>
#include <nlohmann/json.hpp>

namespace dyad::store {
namespace {

std::string xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

// Nodes with their event totals, in code order.
std::map<std::string, std::size_t> nodes_of(const std::vector<Dyad>& dyads) {
  std::map<std::string, std::size_t> nodes;
  for (const Dyad& d : dyads) {
    nodes[d.source] += d.events;
    nodes[d.target] += d.events;
  }
  return nodes;
}

void write_rows(std::ostream& out, Format format, const std::vector<std::vector<std::string>>& rows) {
  if (format == Format::kTable) {
    write_table(out, rows);
    return;
  }
  if (format == Format::kJsonl) {
    for (std::size_t i = 1; i < rows.size(); ++i) {
      nlohmann::json j;
      for (std::size_t c = 0; c < rows[0].size(); ++c) j[rows[0][c]] = rows[i][c];
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return;
  }
  for (const auto& r : rows) write_delimited(out, format, r);
}

}  // namespace

void write_network(std::ostream& out, GraphFormat format, const std::vector<Dyad>& dyads) {
  const auto nodes = nodes_of(dyads);
  if (format == GraphFormat::kJson) {
    nlohmann::json j{{"nodes", nlohmann::json::array()}, {"edges", nlohmann::json::array()}};
    for (const auto& [code, n] : nodes) j["nodes"].push_back({{"id", code}, {"events", n}});
    for (const Dyad& d : dyads) {
      j["edges"].push_back({{"source", d.source}, {"target", d.target}, {"events", d.events},
                            {"mean_goldstein", d.mean_goldstein}, {"cooperation", d.cooperation},
                            {"conflict", d.conflict}, {"agreements", d.agreements},
                            {"agreement_topics", d.agreement_topics}});
    }
    out << j.dump(2) << '\n';
    return;
  }
  if (format == GraphFormat::kGraphml) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"events\" for=\"all\" attr.name=\"events\" attr.type=\"int\"/>\n"
           "  <key id=\"goldstein\" for=\"edge\" attr.name=\"mean_goldstein\" attr.type=\"double\"/>\n"
           "  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"double\"/>\n"
           "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"double\"/>\n"
           "  <key id=\"agreements\" for=\"edge\" attr.name=\"agreements\" attr.type=\"int\"/>\n"
           "  <key id=\"agreement_topics\" for=\"edge\" attr.name=\"agreement_topics\" attr.type=\"string\"/>\n"
           "  <graph id=\"dyads\" edgedefault=\"directed\">\n";
    for (const auto& [code, n] : nodes) {
      out << "    <node id=\"" << xml(code) << "\"><data key=\"events\">" << n << "</data></node>\n";
    }
    for (const Dyad& d : dyads) {
      out << "    <edge source=\"" << xml(d.source) << "\" target=\"" << xml(d.target) << "\"><data key=\"events\">"
          << d.events << "</data><data key=\"goldstein\">" << num(d.mean_goldstein)
          << "</data><data key=\"cooperation\">" << num(d.cooperation) << "</data><data key=\"conflict\">"
          << num(d.conflict) << "</data><data key=\"agreements\">" << d.agreements
          << "</data><data key=\"agreement_topics\">" << xml(d.agreement_topics) << "</data></edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
         "  <graph defaultedgetype=\"directed\">\n"
         "    <attributes class=\"node\"><attribute id=\"0\" title=\"events\" type=\"integer\"/></attributes>\n"
         "    <attributes class=\"edge\"><attribute id=\"0\" title=\"mean_goldstein\" type=\"double\"/>"
         "<attribute id=\"1\" title=\"cooperation\" type=\"double\"/>"
         "<attribute id=\"2\" title=\"conflict\" type=\"double\"/>"
         "<attribute id=\"3\" title=\"agreements\" type=\"integer\"/>"
         "<attribute id=\"4\" title=\"agreement_topics\" type=\"string\"/></attributes>\n"
         "    <nodes>\n";
  for (const auto& [code, n] : nodes) {
    out << "      <node id=\"" << xml(code) << "\" label=\"" << xml(code) << "\"><attvalues><attvalue for=\"0\" value=\""
        << n << "\"/></attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t id = 0;
  for (const Dyad& d : dyads) {
    out << "      <edge id=\"" << id++ << "\" source=\"" << xml(d.source) << "\" target=\"" << xml(d.target)
        << "\" weight=\"" << d.events << "\"><attvalues><attvalue for=\"0\" value=\"" << num(d.mean_goldstein)
        << "\"/><attvalue for=\"1\" value=\"" << num(d.cooperation) << "\"/><attvalue for=\"2\" value=\""
        << num(d.conflict) << "\"/><attvalue for=\"3\" value=\"" << d.agreements
        << "\"/><attvalue for=\"4\" value=\"" << xml(d.agreement_topics) << "\"/></attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void write_actor_counts(std::ostream& out, Format format, const std::vector<ActorCount>& actors) {
  std::vector<std::vector<std::string>> rows = {{"actor", "events", "as_source", "as_target"}};
  for (const ActorCount& a : actors) {
    rows.push_back({a.code, std::to_string(a.total()), std::to_string(a.as_source), std::to_string(a.as_target)});
  }
  write_rows(out, format, rows);
}

void write_timeline(std::ostream& out, Format format, const std::vector<TimelineBin>& bins) {
  std::vector<std::vector<std::string>> rows = {{"period", "events", "cooperation", "conflict", "mean_goldstein"}};
  for (const TimelineBin& b : bins) {
    rows.push_back({b.period, std::to_string(b.events), std::to_string(b.cooperation), std::to_string(b.conflict),
                    num(b.mean_goldstein)});
  }
  write_rows(out, format, rows);
}

}  // namespace dyad::store
