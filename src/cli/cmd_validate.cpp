// dyad validate: codes PETRARCH validation records with dyad's pipeline and
// scores them as Universal-PETRARCH's validation script does.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/petrarch_options.h"
#include "events/cameo.h"
#include "nlp/conllu.h"
#include "petrarch/validation.h"
#include "pipeline/annotate.h"
#include "pipeline/language_kit.h"
#include "text/front_end.h"

namespace dyad::cli {
namespace {

// UD v1 relations (the unit-test records were parsed by UDPipe 1) as the UD
// v2 names dyad's coder reads.
std::string v2_relation(const std::string& r) {
  static const std::map<std::string, std::string> kMap = {
      {"dobj", "obj"}, {"nsubjpass", "nsubj:pass"}, {"csubjpass", "csubj:pass"}, {"auxpass", "aux:pass"},
      {"name", "flat"}, {"mwe", "fixed"}, {"neg", "advmod"}};
  auto it = kMap.find(r);
  return it == kMap.end() ? r : it->second;
}

// The record's own CoNLL-U parse as an annotated one-sentence document whose
// text is the parse's words; false when the parse is not CoNLL-U (a Penn
// tree) or is malformed.
bool given_parse(const petrarch::Record& r, const Recognizer& recognizer, pipeline::AnnotatedDocument& out) {
  std::string conllu;
  std::istringstream lines(r.parse);
  for (std::string line; std::getline(lines, line);) {
    std::size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos) continue;
    line = line.substr(b);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line[0] < '0' || line[0] > '9') return false;
    conllu += line + "\n";
  }
  std::vector<nlp::ParsedSentence> parsed;
  std::istringstream in(conllu);
  std::string error;
  if (conllu.empty() || !nlp::read_conllu(in, r.where, parsed, &error) || parsed.size() != 1) return false;
  nlp::ParsedSentence& p = parsed[0];
  SegmentedDocument seg;
  seg.document.id = r.id;
  seg.document.origin = r.where;
  seg.document.lang = "en";
  if (const std::string iso = petrarch::record_date(r.date); !iso.empty()) seg.document.date = parse_iso_date(iso);
  Sentence sentence;
  pipeline::AnnotatedSentence annotated;
  for (std::size_t w = 0; w < p.words.size(); ++w) {
    nlp::AnnotatedWord& word = p.words[w];
    word.deprel = v2_relation(word.deprel);
    Token t;
    t.span.begin = seg.document.text.size();
    seg.document.text += word.form;
    t.span.end = seg.document.text.size();
    t.form = t.norm = word.form;
    t.space_after = word.misc.find("SpaceAfter=No") == std::string::npos;
    if (t.space_after && w + 1 < p.words.size()) seg.document.text += ' ';
    sentence.tokens.push_back(std::move(t));
    annotated.word_token.push_back(w);
  }
  if (sentence.tokens.empty()) return false;
  sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
  annotated.parsed = std::move(p);
  std::vector<std::vector<std::string>> upos(1);
  for (const auto& w : annotated.parsed.words) upos[0].push_back(w.upos);
  seg.sentences.push_back(std::move(sentence));
  out.segmented = std::move(seg);
  out.sentences.push_back(std::move(annotated));
  out.mentions = recognizer.recognize(out.segmented.document, out.segmented.sentences, &upos);
  return true;
}

std::string percent(std::size_t a, std::size_t b) {
  if (!b) return "-";
  std::ostringstream o;
  o << std::fixed << std::setprecision(1) << 100.0 * static_cast<double>(a) / static_cast<double>(b) << "%";
  return o.str();
}

}  // namespace

Command add_validate(CLI::App& app) {
  auto* cmd = app.add_subcommand("validate",
                                 "Code PETRARCH validation records (<Sentence>, <EventCoding>, <Text>, <Parse>) and score "
                                 "them: records, expected, correct, uncoded, extra per category and in total");
  struct Options {
    std::string file, dictionaries, format = "text";
    bool given_parse = false, dyad_only = false;
    PetrarchOptions petrarch;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("FILE", o->file, "Validation records (PETR2_GSR_validation.xml, PETR.UnitTest.records…xml)")->required();
  cmd->add_option("--dictionaries", o->dictionaries,
                  "Folder of the dictionaries the file's <Environment> names (default: ../dictionaries next to FILE, "
                  "else FILE's folder)");
  cmd->add_flag("--use-given-parse", o->given_parse, "Use each record's CoNLL-U <Parse> instead of dyad's tagger and parser");
  cmd->add_flag("--dyad-data-only", o->dyad_only, "Ignore <Environment>: code with dyad's own data alone");
  cmd->add_option("--format,-f", o->format, "text (a table) or jsonl (one line per record, then the totals)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  add_petrarch_options(*cmd, o->petrarch);
  return {cmd, [o]() -> int {
    std::ifstream in(o->file, std::ios::binary);
    if (!in) {
      std::cerr << "dyad: " << o->file << ": cannot read file\n";
      return kFatal;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    petrarch::Report report;
    const petrarch::ValidationFile vf = petrarch::read_validation(petrarch::to_utf8(buffer.str()), o->file, report);
    print_report(report);
    int rc = report.errors() ? kSomeFailed : kOk;

    PetrarchOptions popts = o->petrarch;
    if (!popts.any() && !o->dyad_only) {
      std::filesystem::path dir = o->dictionaries;
      if (dir.empty()) {
        const auto here = std::filesystem::path(o->file).parent_path();
        dir = std::filesystem::is_directory(here / ".." / "dictionaries") ? here / ".." / "dictionaries" : here;
      }
      auto env = [&](const char* key) {
        auto it = vf.environment.find(key);
        return it == vf.environment.end() || it->second.empty() ? std::string() : (dir / it->second).string();
      };
      popts.verbs = env("Verbfile");
      popts.agents = env("Agentfile");
      popts.discards = env("Discardfile");
      popts.issues = env("Issuefile");
      if (auto it = vf.environment.find("Actorfile"); it != vf.environment.end()) {
        std::stringstream list(it->second);
        for (std::string a; std::getline(list, a, ',');) {
          a.erase(0, a.find_first_not_of(' '));
          a.erase(a.find_last_not_of(' ') + 1);
          if (!a.empty()) popts.actors.push_back((dir / a).string());
        }
      }
    }
    std::unique_ptr<PetrarchData> pd;
    if (popts.any()) {
      const int prc = PetrarchData::prepare(popts, pd);
      if (prc == kFatal) return kFatal;
      rc = std::max(rc, prc);
    }
    const std::filesystem::path data = pd ? pd->data_dir() : data_dir();
    // A data directory written by `dyad import petrarch` carries the
    // discards and issues too.
    petrarch::Report filter_report;
    const petrarch::Filters own_filters = pd ? petrarch::Filters() : petrarch::Filters::load(data, filter_report);
    print_report(filter_report);
    const petrarch::Filters& filters = pd ? pd->filters() : own_filters;
    std::string error;
    const auto cameo = events::CameoTable::load(data / "cameo", &error);
    if (!cameo) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    DiagnosticReporter reporter;
    pipeline::LanguageKits kits(data, *cameo);
    const pipeline::LanguageKit* kit = kits.get("en", reporter.sink());
    if (!kit) return kFatal;
    TextFrontEnd front_end(data_dir());
    const bool jsonl = o->format == "jsonl";
    std::map<std::string, petrarch::Score> by_category;
    petrarch::Score total;
    std::size_t given_used = 0;
    for (const petrarch::Record& r : vf.records) {
      pipeline::AnnotatedDocument annotated;
      bool have = false;
      if (o->given_parse) {
        have = given_parse(r, *kit->recognizer, annotated);
        if (have) ++given_used;
        else reporter.sink()({Severity::kWarning, r.where, "record " + r.id + ": no usable CoNLL-U parse; dyad's parser used"});
      }
      if (!have) {
        Document doc;
        doc.id = r.id;
        doc.origin = r.where;
        doc.text = r.text;
        doc.lang = "en";
        if (const std::string iso = petrarch::record_date(r.date); !iso.empty()) doc.date = parse_iso_date(iso);
        auto seg = front_end.process(std::move(doc), reporter.sink());
        if (!seg) continue;
        annotated = pipeline::annotate(std::move(*seg), *kit->annotator, *kit->recognizer, kit->dates.get());
      }
      const auto events = kit->coder->code(annotated);
      const std::string& text = annotated.segmented.document.text;
      const bool story_discard = filters.discards_story(text);
      std::vector<petrarch::CodedEvent> coded;
      std::set<std::tuple<std::string, std::string, std::string>> seen;
      for (const events::Event& e : events) {
        if (!e.code) continue;
        if (story_discard) continue;
        if (e.sentence_span.end <= text.size() &&
            filters.discards_sentence(std::string_view(text).substr(e.sentence_span.begin, e.sentence_span.size())))
          continue;
        // PETRARCH writes an absent party as "---" ("claimed responsibility").
        petrarch::CodedEvent c{e.source.actor.code, e.target ? e.target->actor.code : "---", e.code->code};
        if (seen.emplace(c.source, c.target, c.code).second) coded.push_back(c);
        // PETRARCH writes a joint act of a compound subject ("X and Y met")
        // as one event each way, dyad as one event marked symmetric; with
        // the other party after the verb ("X met Y") PETRARCH too has one.
        if (e.symmetric && e.target && e.target->span.end <= e.trigger_span.begin &&
            e.source.span.end <= e.trigger_span.begin) {
          petrarch::CodedEvent back{c.target, c.source, c.code};
          if (seen.emplace(back.source, back.target, back.code).second) coded.push_back(std::move(back));
        }
      }
      std::vector<bool> matched;
      const petrarch::Score s = petrarch::score_record(r, coded, &matched);
      by_category[r.category].add(s);
      total.add(s);
      if (jsonl) {
        nlohmann::json j;
        j["id"] = r.id;
        j["category"] = r.category;
        j["expected"] = nlohmann::json::array();
        for (const auto& x : r.expected) j["expected"].push_back({{"source", x.source}, {"target", x.target}, {"code", x.code}});
        j["coded"] = nlohmann::json::array();
        for (std::size_t i = 0; i < coded.size(); ++i)
          j["coded"].push_back({{"source", coded[i].source}, {"target", coded[i].target}, {"code", coded[i].code}, {"correct", matched[i]}});
        j["correct"] = s.correct;
        j["uncoded"] = s.uncoded;
        j["extra"] = s.extra;
        if (filters.has_issues()) j["issues"] = filters.issues(text);
        std::cout << j.dump() << "\n";
      }
    }
    if (jsonl) {
      nlohmann::json t;
      auto row = [](const petrarch::Score& s) {
        return nlohmann::json{{"records", s.records}, {"expected", s.expected}, {"correct", s.correct},
                              {"uncoded", s.uncoded}, {"extra", s.extra}};
      };
      t["total"] = row(total);
      for (const auto& [cat, s] : by_category) t["categories"][cat] = row(s);
      std::cout << t.dump() << "\n";
    } else {
      std::cout << std::left << std::setw(12) << "category" << std::right << std::setw(9) << "records" << std::setw(10)
                << "expected" << std::setw(9) << "correct" << std::setw(9) << "uncoded" << std::setw(7) << "extra"
                << std::setw(10) << "correct%" << "\n";
      auto line = [](const std::string& name, const petrarch::Score& s) {
        std::cout << std::left << std::setw(12) << name << std::right << std::setw(9) << s.records << std::setw(10)
                  << s.expected << std::setw(9) << s.correct << std::setw(9) << s.uncoded << std::setw(7) << s.extra
                  << std::setw(10) << percent(s.correct, s.expected) << "\n";
      };
      for (const auto& [cat, s] : by_category) line(cat, s);
      line("TOTAL", total);
      if (o->given_parse) std::cout << "given parses used: " << given_used << " of " << vf.records.size() << "\n";
    }
    return std::max(rc, reporter.errors() ? static_cast<int>(kSomeFailed) : static_cast<int>(kOk));
  }};
}

}  // namespace dyad::cli
