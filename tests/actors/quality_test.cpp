// Mention precision and recall against hand-annotated texts.
//
// fixtures/<lang>/*.txt are texts written for this project with inline
// annotations: "[[Kenyan|KENGOV]] and [[British governments|GBRGOV]]"; a
// first line "# date: YYYY-MM-DD" gives the document date. One span may
// carry several codes ("[[the two countries|KEN|NLD]]").
// fixtures/seeds.tsv annotates ../shared/seeds by document id, substring and
// occurrence, so the seed texts stay outside this repository.
//
// A predicted mention is correct when it overlaps a gold mention with the
// same code (each gold mention is matched once). Exact-span figures are
// printed alongside.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "actors/recognizer.h"
#include "text/segmenter.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const fs::path kSource(DYAD_SOURCE_DIR);
const fs::path kFixtures = kSource / "tests" / "actors" / "fixtures";
const fs::path kSeeds = fs::path(DYAD_SHARED_DIR) / "seeds";

struct Gold {
  Span span;
  std::string code;
};

struct Case {
  std::string name;
  Document doc;
  std::vector<Gold> gold;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Strips the [[text|CODE|CODE]] markup, recording gold spans in the clean text.
Case parse_annotated(const std::string& name, const std::string& raw, const std::string& lang) {
  Case c;
  c.name = name;
  c.doc.id = name;
  c.doc.lang = lang;
  std::string_view body(raw);
  if (body.starts_with("# date: ")) {
    const std::size_t nl = body.find('\n');
    c.doc.date = parse_iso_date(body.substr(8, nl - 8));
    body.remove_prefix(nl + 1);
  }
  std::string& out = c.doc.text;
  for (std::size_t i = 0; i < body.size();) {
    if (body.compare(i, 2, "[[") == 0) {
      const std::size_t close = body.find("]]", i);
      const std::string inner(body.substr(i + 2, close - i - 2));
      std::vector<std::string> parts;
      std::stringstream ss(inner);
      for (std::string p; std::getline(ss, p, '|');) parts.push_back(p);
      const std::size_t begin = out.size();
      out += parts[0];
      for (std::size_t k = 1; k < parts.size(); ++k) c.gold.push_back({{begin, out.size()}, parts[k]});
      i = close + 2;
    } else {
      out += body[i++];
    }
  }
  return c;
}

std::vector<Case> seed_cases() {
  std::vector<Case> cases;
  std::ifstream in(kFixtures / "seeds.tsv");
  std::map<std::string, std::size_t> index;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string p; std::getline(ss, p, '\t');) f.push_back(p);
    if (f[0] == "doc") {  // doc <id> <lang> <date|->
      Case c;
      c.name = f[1];
      c.doc.id = f[1];
      c.doc.lang = f[2];
      if (f[3] != "-") c.doc.date = parse_iso_date(f[3]);
      c.doc.text = slurp(kSeeds / (f[1] + ".txt"));
      index[f[1]] = cases.size();
      cases.push_back(std::move(c));
    } else {  // mention <id> <substring> <occurrence> <code>
      Case& c = cases.at(index.at(f[1]));
      std::size_t at = std::string::npos;
      for (int k = 0, n = std::stoi(f[3]); k < n; ++k) at = c.doc.text.find(f[2], at == std::string::npos ? 0 : at + 1);
      EXPECT_NE(at, std::string::npos) << f[1] << ": '" << f[2] << "' #" << f[3] << " not found";
      if (at != std::string::npos) c.gold.push_back({{at, at + f[2].size()}, f[4]});
    }
  }
  return cases;
}

struct Score {
  std::size_t gold = 0, predicted = 0, matched = 0, exact = 0;
  double precision() const { return predicted ? double(matched) / predicted : 1; }
  double recall() const { return gold ? double(matched) / gold : 1; }
};

Score evaluate(const std::vector<Case>& cases, bool verbose) {
  Score s;
  std::map<std::string, std::unique_ptr<Registry>> registries;
  std::map<std::string, std::unique_ptr<Segmenter>> segmenters;
  for (const Case& c : cases) {
    auto& reg = registries[c.doc.lang];
    auto& seg = segmenters[c.doc.lang];
    std::string error;
    if (!reg) reg = Registry::load(kSource / "data", c.doc.lang, &error);
    if (!seg) seg = load_segmenter(kSource / "data", c.doc.lang, &error);
    EXPECT_TRUE(reg && seg) << error;
    if (!reg || !seg) continue;
    const auto mentions = Recognizer(*reg).recognize(c.doc, seg->segment(c.doc.text));
    std::vector<bool> used(c.gold.size());
    s.gold += c.gold.size();
    s.predicted += mentions.size();
    for (const Mention& m : mentions) {
      bool ok = false;
      for (std::size_t g = 0; g < c.gold.size() && !ok; ++g) {
        const Gold& gm = c.gold[g];
        if (used[g] || gm.code != m.actor.code || gm.span.end <= m.span.begin || m.span.end <= gm.span.begin) continue;
        used[g] = ok = true;
        s.exact += gm.span == m.span;
      }
      s.matched += ok;
      if (!ok && verbose) std::cout << "  false positive " << c.name << ": " << m.text << " = " << m.actor.code << "\n";
    }
    for (std::size_t g = 0; g < c.gold.size(); ++g) {
      if (!used[g] && verbose) {
        std::cout << "  missed " << c.name << ": "
                  << c.doc.text.substr(c.gold[g].span.begin, c.gold[g].span.size()) << " = " << c.gold[g].code << "\n";
      }
    }
  }
  return s;
}

std::vector<Case> own_cases() {
  std::vector<Case> cases;
  for (const std::string lang : {"en", "nl"}) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(kFixtures / lang)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) cases.push_back(parse_annotated(lang + "/" + p.stem().string(), slurp(p), lang));
  }
  return cases;
}

void report(const char* what, const Score& s) {
  std::printf("%s: %zu gold, %zu predicted, precision %.3f, recall %.3f (exact span: %zu)\n", what, s.gold,
              s.predicted, s.precision(), s.recall(), s.exact);
}

const bool kVerbose = std::getenv("DYAD_VERBOSE") != nullptr;

TEST(ActorQuality, OwnAnnotatedTexts) {
  const auto cases = own_cases();
  const Score s = evaluate(cases, kVerbose);
  report("own texts", s);
  EXPECT_GE(s.gold, 200u);
  EXPECT_GE(s.precision(), 0.88);
  EXPECT_GE(s.recall(), 0.83);
}

TEST(ActorQuality, Seeds) {
  if (!fs::exists(kSeeds)) GTEST_SKIP() << kSeeds << " not found";
  const Score s = evaluate(seed_cases(), kVerbose);
  report("seeds", s);
  EXPECT_GE(s.precision(), 0.85);
  EXPECT_GE(s.recall(), 0.75);
}

}  // namespace
}  // namespace dyad
