#include "nlp/annotator.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <future>
#include <sstream>

#include "base/data_dir.h"
#include "nlp/binary_io.h"
#include "nlp/feature_hash.h"
#include "nlp/huge_page_allocator.h"
#include "nlp/projectivize.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'N', 'L', 'P', '\0'};

std::uint64_t checksum(std::string_view data) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : data) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return mix64(h);
}

}  // namespace

void Annotator::annotate(std::vector<AnnotatedWord>& words, const WordHints* hints) const {
  if (words.empty()) return;
  tagger_.tag(words, hints);
  lemmatizer_.lemmatize(words);
  const auto heads = parser_.parse(words);
  for (std::size_t i = 0; i < words.size(); ++i) words[i].head = heads[i + 1];
  labeler_.label(words);
  deprojectivize(words);
  lemmatizer_.join_particles(words);
}

void Annotator::annotate_title_case(std::vector<AnnotatedWord>& words,
                                    const std::unordered_map<std::string, bool>* running_case,
                                    const WordHints* hints) const {
  // Known words are lowercased when running text writes them so. Unknown
  // ones are names or rare words, and a headline's verb is often rare
  // ("Expels", "Severs"): a first tagging with them lowercased tells which
  // are verbs; only those stay lowercased, the rest (names) get their
  // capitals back. The first word keeps its capital: running text has one too.
  std::vector<std::string> originals(words.size());
  std::vector<bool> unknown(words.size(), false);
  bool any_unknown = false;
  for (std::size_t i = 1; i < words.size(); ++i) {
    std::string lower = lowercase(words[i].form);
    if (lower == words[i].form) continue;
    const auto seen = running_case ? running_case->find(lower) : decltype(running_case->end()){};
    const bool known = tagger_.knows(lower) || (running_case && seen != running_case->end());
    if (running_case && seen != running_case->end()) {
      if (!seen->second) continue;  // the story writes it capitalised: a name
    } else if (known && !tagger_.lowercase_in_running_text(lower)) {
      continue;
    }
    unknown[i] = !known;
    any_unknown = any_unknown || !known;
    originals[i] = std::move(words[i].form);
    words[i].form = std::move(lower);
  }
  if (any_unknown) {
    tagger_.tag(words, hints);
    for (std::size_t i = 1; i < words.size(); ++i)
      if (unknown[i] && words[i].upos != "VERB") {
        words[i].form = std::move(originals[i]);
        originals[i].clear();
      }
  }
  annotate(words, hints);
  for (std::size_t i = 1; i < words.size(); ++i)
    if (!originals[i].empty()) words[i].form = std::move(originals[i]);
}

Annotator Annotator::train(const std::string& lang, const std::vector<ParsedSentence>& train,
                           const std::vector<ParsedSentence>& dev, const TrainOptions& options,
                           const LemmaLexicon& lexicon, const std::vector<ParsedSentence>& words_only) {
  Annotator a;
  a.lang_ = lang;
  std::vector<ParsedSentence> tag_train;
  if (!words_only.empty()) {
    tag_train = train;
    tag_train.insert(tag_train.end(), words_only.begin(), words_only.end());
  }
  const auto& all_words = words_only.empty() ? train : tag_train;
  a.tagger_.train(all_words, dev, options);
  a.lemmatizer_.train(all_words, lexicon);
  // The parser is tuned on what it will see: dev with predicted tags and lemmas.
  std::vector<ParsedSentence> tagged_dev = dev;
  for (auto& s : tagged_dev) {
    auto words = s.words;
    a.tagger_.tag(words);
    a.lemmatizer_.lemmatize(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
      words[i].head = s.words[i].head;
      words[i].deprel = s.words[i].deprel;
    }
    s.words = std::move(words);
  }
  // Jackknifing: the parser trains on tags predicted by taggers that never saw
  // the sentence, so it learns to live with the tagger's mistakes.
  std::vector<ParsedSentence> tagged_train = train;
  if (options.jackknife_folds > 1 && train.size() >= static_cast<std::size_t>(4 * options.jackknife_folds)) {
    const std::size_t folds = options.jackknife_folds;
    TrainOptions fold_options = options;
    fold_options.epochs = std::min(options.epochs, 6);
    fold_options.log = [](const std::string&) {};
    for (std::size_t k = 0; k < folds; ++k) {
      std::vector<ParsedSentence> rest;
      for (std::size_t i = 0; i < train.size(); ++i)
        if (i % folds != k) rest.push_back(train[i]);
      rest.insert(rest.end(), words_only.begin(), words_only.end());
      Tagger tagger;
      tagger.train(rest, {}, fold_options);
      Lemmatizer lemmatizer;
      lemmatizer.train(rest, lexicon);
      for (std::size_t i = k; i < train.size(); i += folds) {
        auto words = train[i].words;
        tagger.tag(words);
        lemmatizer.lemmatize(words);
        for (std::size_t j = 0; j < words.size(); ++j) {
          auto& w = tagged_train[i].words[j];
          w.upos = words[j].upos;
          w.xpos = words[j].xpos;
          w.feats = words[j].feats;
          w.lemma = words[j].lemma;
        }
      }
      options.log("jackknife fold " + std::to_string(k + 1) + " of " + std::to_string(folds) + " tagged");
    }
  }
  // The parser is projective: it learns lifted trees, whose relations say
  // where a lifted word belongs (undone by deprojectivize after labelling).
  std::size_t lifts = 0;
  for (auto& s : tagged_train) lifts += projectivize(s.words);
  for (auto& s : tagged_dev) projectivize(s.words);
  options.log("pseudo-projective: " + std::to_string(lifts) + " arcs lifted in training");
  a.parser_.train(tagged_train, tagged_dev, options);
  a.labeler_.train(tagged_train, tagged_dev, options);
  return a;
}

bool Annotator::save(const std::filesystem::path& path, std::string* error) const {
  BinaryWriter body;
  body.str(lang_);
  tagger_.save(body);
  lemmatizer_.save(body);
  parser_.save(body);
  labeler_.save(body);
  BinaryWriter head;
  head.bytes(kMagic, sizeof kMagic);
  head.u32(kModelFormatVersion);
  head.u64(body.data().size());
  head.u64(checksum(body.data()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(head.data().data(), static_cast<std::streamsize>(head.data().size()));
  out.write(body.data().data(), static_cast<std::streamsize>(body.data().size()));
  if (!out) {
    if (error) *error = path.string() + ": cannot write model file";
    return false;
  }
  return true;
}

std::unique_ptr<Annotator> Annotator::load(const std::filesystem::path& path, std::string* error) {
  auto fail = [&](const std::string& what) -> std::unique_ptr<Annotator> {
    if (error) *error = path.string() + ": " + what;
    return nullptr;
  };
  // A directory opens as a stream whose "size" is huge: refuse it (and any
  // other non-file) before sizing a buffer by it.
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::is_directory(status)) return fail("is a directory, not a model file");
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
    return fail("not a regular file");
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return fail("cannot open model file");
  const std::streamoff size = in.tellg();
  if (size < 0 || static_cast<std::uint64_t>(size) > kMaxModelBytes) return fail("not a model file (size)");
  // Tens of MiB: a buffer of large pages keeps the read from faulting page by page.
  std::vector<char, HugePageAllocator<char>> buffer;
  buffer.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  if (!in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()))) return fail("cannot read model file");
  std::string why;
  auto a = from_bytes(std::string_view(buffer.data(), buffer.size()), true, &why);
  if (!a) return fail(why);
  return a;
}

std::unique_ptr<Annotator> Annotator::from_bytes(std::string_view data, bool verify_checksum, std::string* error) {
  auto fail = [&](const std::string& what) -> std::unique_ptr<Annotator> {
    if (error) *error = what;
    return nullptr;
  };
  BinaryReader header(data);
  char magic[8] = {};
  header.bytes(magic, sizeof magic);
  if (!header.ok() || std::string_view(magic, 8) != std::string_view(kMagic, 8))
    return fail("not a dyad model file (bad magic number)");
  const auto version = header.u32();
  if (version != kModelFormatVersion)
    return fail("model format version " + std::to_string(version) + ", but this dyad reads version " +
                std::to_string(kModelFormatVersion) + "; retrain the model with `dyad train`");
  const auto size = header.u64();
  const auto sum = header.u64();
  const std::size_t header_size = 8 + 4 + 8 + 8;
  if (!header.ok() || size != data.size() - header_size) return fail("corrupt model file (truncated or padded)");
  const std::string_view body_data = data.substr(header_size);
  // The checksum is a serial pass over tens of MiB: it runs beside the
  // decoding, and a mismatch still rejects the file before it is used.
  auto intact = std::async(verify_checksum ? std::launch::async : std::launch::deferred,
                           [body_data, sum, verify_checksum] { return !verify_checksum || checksum(body_data) == sum; });
  auto corrupt = [&](const std::string& what) {
    return fail(intact.get() ? "corrupt model file (" + what + ")" : "corrupt model file (checksum mismatch)");
  };
  BinaryReader body(body_data);
  auto a = std::make_unique<Annotator>();
  a->lang_ = body.str();
  if (!body.ok() || !a->tagger_.load(body)) return corrupt("tagger section");
  if (!a->lemmatizer_.load(body)) return corrupt("lemmatizer section");
  if (!a->parser_.load(body)) return corrupt("parser section");
  if (!a->labeler_.load(body)) return corrupt("labeler section");
  if (!body.at_end()) return corrupt("trailing data");
  if (!intact.get()) return fail("corrupt model file (checksum mismatch)");
  return a;
}

std::filesystem::path default_model_path(const std::string& lang) {
  if (const char* env = std::getenv("DYAD_MODELS"); env && *env) return std::filesystem::path(env) / (lang + ".dyadmodel");
  const auto data = data_dir();
  auto candidate = data / "models" / (lang + ".dyadmodel");  // installed: share/dyad/models
  if (std::filesystem::exists(candidate)) return candidate;
  return data.parent_path() / "models" / (lang + ".dyadmodel");
}

}  // namespace dyad::nlp
