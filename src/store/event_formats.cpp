#include "store/event_formats.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "store/event_json.h"

namespace dyad::store {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json span(const Offsets& o) { return json::array({o.begin, o.end}); }

json actor_json(const StoredActor& a) {
  return json{{"code", a.code},          {"country", or_null(a.country)}, {"org", or_null(a.org)},
              {"sector", or_null(a.sector)}, {"name", or_null(a.name)},       {"text", a.text},
              {"span", span(a.span)}};
}


std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

const std::vector<std::string>& delimited_header() {
  static const std::vector<std::string> h = {
      "id", "cluster", "doc", "sentence", "date", "date_precision", "code", "root", "name", "quad", "goldstein",
      "plover", "source", "source_country", "source_org", "source_sector", "source_name", "source_text",
      "target", "target_country", "target_org", "target_sector", "target_name", "target_text", "symmetric",
      "lang", "confidence", "trigger", "text"};
  return h;
}

std::vector<std::string> delimited_row(const EventRow& r) {
  const StoredEvent& e = r.event;
  const StoredActor none;
  const StoredActor& t = e.target ? *e.target : none;
  return {std::to_string(r.id), std::to_string(r.cluster), r.doc, std::to_string(e.sentence),
          e.date ? e.date->iso() : "", e.date ? to_string(e.date->precision()) : "", e.code, e.root, e.name,
          std::to_string(e.quad), num(e.goldstein), e.plover, e.source.code, e.source.country, e.source.org,
          e.source.sector, e.source.name, e.source.text, t.code, t.country, t.org, t.sector, t.name, t.text,
          e.symmetric ? "true" : "false", e.lang, num(e.confidence), e.trigger, e.text};
}

std::size_t width_of(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

}  // namespace

json event_json(const EventRow& r) {
  const StoredEvent& e = r.event;
  return json{{"id", r.id},
              {"cluster", r.cluster},
              {"doc", r.doc},
              {"sentence", e.sentence},
              {"sentences", e.sentences},
              {"text", e.text},
              {"span", span(e.span)},
              {"trigger", json{{"text", e.trigger}, {"span", span(e.trigger_span)}}},
              {"code", e.code},
              {"root", e.root},
              {"name", e.name},
              {"quad", e.quad},
              {"goldstein", e.goldstein},
              {"plover", or_null(e.plover)},
              {"source", actor_json(e.source)},
              {"target", e.target ? actor_json(*e.target) : json(nullptr)},
              {"symmetric", e.symmetric},
              {"date", e.date ? json(e.date->iso()) : json(nullptr)},
              {"date_precision", e.date ? json(to_string(e.date->precision())) : json(nullptr)},
              {"lang", e.lang},
              {"confidence", e.confidence}};
}

const Format* parse_format(std::string_view name) {
  static const Format table = Format::kTable, jsonl = Format::kJsonl, csv = Format::kCsv, tsv = Format::kTsv;
  if (name == "table") return &table;
  if (name == "jsonl") return &jsonl;
  if (name == "csv") return &csv;
  if (name == "tsv") return &tsv;
  return nullptr;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string tsv_cell(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

void write_delimited(std::ostream& out, Format format, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out << (format == Format::kCsv ? ',' : '\t');
    out << (format == Format::kCsv ? csv_field(cells[i]) : tsv_cell(cells[i]));
  }
  out << '\n';
}

void write_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size());
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], width_of(row[i]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += tsv_cell(row[i]);
      if (i + 1 < row.size()) line.append(widths[i] - width_of(row[i]) + 2, ' ');
    }
    out << line << '\n';
  }
}

std::string excerpt(std::string_view s, std::size_t width) {
  std::string out;
  std::size_t n = 0, pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    const char32_t cp = utf8::decode(s, pos, len);
    if (n + 1 == width && pos + len < s.size()) {
      out += "…";
      return out;
    }
    utf8::append(out, cp == '\n' || cp == '\t' || cp == '\r' ? U' ' : cp);
    ++n;
    pos += len;
  }
  return out;
}

EventWriter::EventWriter(std::ostream& out, Format format) : out_(out), format_(format) {
  if (format_ == Format::kTable) {
    table_.push_back({"DATE", "SOURCE", "CODE", "TARGET", "QUAD", "GOLD", "LANG", "DOC:SENT", "SENTENCE"});
  }
}

void EventWriter::write(const EventRow& r) {
  switch (format_) {
    case Format::kJsonl:
      out_ << event_json(r).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
      break;
    case Format::kCsv:
    case Format::kTsv:
      if (!header_written_) write_delimited(out_, format_, delimited_header());
      header_written_ = true;
      write_delimited(out_, format_, delimited_row(r));
      break;
    case Format::kTable: {
      const StoredEvent& e = r.event;
      table_.push_back({e.date ? e.date->iso() : "-", e.source.code, e.code + (e.symmetric ? " ⇄" : ""),
                        e.target ? e.target->code : "-", std::to_string(e.quad), num(e.goldstein), e.lang,
                        r.doc + ":" + std::to_string(e.sentence), excerpt(e.text, 70)});
      break;
    }
  }
}

void EventWriter::finish() {
  if (format_ == Format::kTable) write_table(out_, table_);
  if ((format_ == Format::kCsv || format_ == Format::kTsv) && !header_written_) {
    write_delimited(out_, format_, delimited_header());
  }
  out_.flush();
}

void write_clusters(std::ostream& out, Format format, const std::vector<ClusterRow>& clusters) {
  if (format == Format::kJsonl) {
    for (const ClusterRow& c : clusters) {
      json reports = json::array();
      for (const ClusterReport& r : c.report_list) {
        reports.push_back({{"event", r.event}, {"doc", r.doc}, {"sentence", r.sentence}, {"lang", r.lang},
                           {"text", r.text}});
      }
      json j{{"cluster", c.id}, {"code", c.code}, {"root", c.root}, {"name", c.name}, {"quad", c.quad},
             {"goldstein", c.goldstein}, {"source", c.source}, {"target", or_null(c.target)},
             {"symmetric", c.symmetric}, {"date", or_null(c.date)}, {"reports", c.reports},
             {"report_list", reports}};
      out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
    return;
  }
  auto langs = [](const ClusterRow& c) {
    std::string s;
    for (const ClusterReport& r : c.report_list) {
      if (s.find(r.lang) == std::string::npos) s += (s.empty() ? "" : ",") + r.lang;
    }
    return s;
  };
  auto docs = [](const ClusterRow& c) {
    std::string s;
    for (const ClusterReport& r : c.report_list) s += (s.empty() ? "" : " ") + r.doc + ":" + std::to_string(r.sentence);
    return s;
  };
  std::vector<std::vector<std::string>> rows;
  if (format == Format::kTable) {
    rows.push_back({"CLUSTER", "DATE", "SOURCE", "CODE", "TARGET", "REPORTS", "LANGS", "NAME", "FIRST REPORT"});
  } else {
    rows.push_back({"cluster", "date", "source", "code", "target", "symmetric", "reports", "langs", "name",
                    "quad", "goldstein", "reports_at"});
  }
  for (const ClusterRow& c : clusters) {
    if (format == Format::kTable) {
      rows.push_back({std::to_string(c.id), c.date.empty() ? "-" : c.date, c.source,
                      c.code + (c.symmetric ? " ⇄" : ""), c.target.empty() ? "-" : c.target,
                      std::to_string(c.reports), langs(c), excerpt(c.name, 30),
                      c.report_list.empty() ? "" : excerpt(c.report_list.front().text, 60)});
    } else {
      rows.push_back({std::to_string(c.id), c.date, c.source, c.code, c.target, c.symmetric ? "true" : "false",
                      std::to_string(c.reports), langs(c), c.name, std::to_string(c.quad), num(c.goldstein),
                      docs(c)});
    }
  }
  if (format == Format::kTable) {
    write_table(out, rows);
  } else {
    for (const auto& row : rows) write_delimited(out, format, row);
  }
}

}  // namespace dyad::store
