#include <iostream>
#include <map>
#include <memory>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "nlp/annotator.h"
#include "pipeline/annotate.h"
#include "text/front_end.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  InputOptions in;
  std::string model;
};

// Annotators by language, loaded on first use; a language whose model fails
// to load is reported once.
class Models {
 public:
  explicit Models(std::string path) : path_(std::move(path)) {}
  const nlp::Annotator* get(const std::string& lang) {
    if (auto it = cache_.find(lang); it != cache_.end()) return it->second.get();
    std::string error;
    const auto path = path_.empty() ? nlp::default_model_path(lang) : std::filesystem::path(path_);
    auto model = nlp::Annotator::load(path, &error);
    if (!model) std::cerr << "dyad: " << error << "\n";
    return (cache_[lang] = std::move(model)).get();
  }

 private:
  std::string path_;
  std::map<std::string, std::unique_ptr<nlp::Annotator>> cache_;
};

int parse_conllu(const ParseArgs& args, Models& models) {
  const auto* model = models.get(args.in.lang.empty() ? "en" : args.in.lang);
  if (!model) return kFatal;
  int rc = kOk;
  auto paths = args.in.paths;
  if (paths.empty()) paths.push_back("-");
  for (const auto& p : paths) {
    std::vector<nlp::ParsedSentence> sentences;
    std::string error;
    const bool ok = p == "-" ? nlp::read_conllu(std::cin, "<stdin>", sentences, &error)
                             : nlp::read_conllu_file(p, sentences, &error);
    if (!ok) {
      std::cerr << "dyad: " << error << "\n";
      rc = kSomeFailed;
      continue;
    }
    for (auto& s : sentences) {
      for (auto& w : s.words) {
        nlp::AnnotatedWord fresh{w.form};
        fresh.misc = w.misc;
        w = std::move(fresh);
      }
      model->annotate(s);
      nlp::write_conllu(std::cout, s);
    }
  }
  return rc;
}

// Raw text: the front end splits sentences and tokens, contractions become
// their syntactic words (a multi-word token range line keeps the token).
int parse_text(const ParseArgs& args, Models& models) {
  ReadOptions read;
  if (int rc = to_read_options(args.in, read); rc != kOk) return rc;
  TextFrontEnd front_end(data_dir());
  DiagnosticReporter reporter;
  bool model_missing = false;
  const ReadStats stats = read_inputs(
      args.in.paths, read,
      [&](Document&& doc) {
        auto segmented = front_end.process(std::move(doc), reporter.sink());
        if (!segmented) return;
        const auto& d = segmented->document;
        const auto* model = models.get(d.lang.empty() ? "en" : d.lang);
        if (!model) {
          model_missing = true;
          return;
        }
        std::cout << "# newdoc id = " << d.id << "\n";
        for (std::size_t si = 0; si < segmented->sentences.size(); ++si) {
          const auto& sentence = segmented->sentences[si];
          auto annotated = pipeline::to_words(sentence);
          auto& parsed = annotated.parsed;
          if (parsed.words.empty()) continue;
          if (sentence.headline) model->annotate_title_case(parsed.words);
          else model->annotate(parsed);
          parsed.comments.push_back("sent_id = " + d.id + "-" + std::to_string(si + 1));
          std::string text = d.text.substr(sentence.span.begin, sentence.span.end - sentence.span.begin);
          for (auto& c : text)
            if (c == '\n' || c == '\r') c = ' ';
          parsed.comments.push_back("text = " + text);
          for (std::size_t w = 0; w < parsed.words.size();) {
            const std::size_t t = annotated.word_token[w];
            std::size_t end = w;
            while (end < parsed.words.size() && annotated.word_token[end] == t) ++end;
            const auto& token = sentence.tokens[t];
            if (end - w > 1)
              parsed.extra.push_back({w, std::to_string(w + 1) + "-" + std::to_string(end) + "\t" + token.form +
                                             "\t_\t_\t_\t_\t_\t_\t_\t" + (token.space_after ? "_" : "SpaceAfter=No")});
            else if (!token.space_after)
              parsed.words[w].misc = "SpaceAfter=No";
            w = end;
          }
          nlp::write_conllu(std::cout, parsed);
        }
      },
      reporter.sink());
  std::cout.flush();
  if (model_missing) return kFatal;
  return reporter.finish(stats);
}

}  // namespace

Command add_parse(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "parse", "Tag, lemmatize and dependency-parse text (or the tokens of a CoNLL-U file) to CoNLL-U on stdout");
  auto args = std::make_shared<ParseArgs>();
  cmd->add_option("paths", args->in.paths, "Files or directories to read; '-' or nothing reads stdin");
  cmd->add_option("--input-format,--input,-i", args->in.input_format,
                  "Input format: auto, text, html, jsonl, or conllu (re-annotate the tokens of a CoNLL-U file)")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--lang,-l", args->in.lang, "Language (en, nl); default: detect per document (conllu: en)");
  cmd->add_option("--date", args->in.date, "Publication date of every document (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--model,-m", args->model, "Model file (default: models/<lang>.dyadmodel)");
  return {cmd, [args]() -> int {
    Models models(args->model);
    bool conllu = args->in.input_format == "conllu";
    if (args->in.input_format == "auto" && !args->in.paths.empty()) {  // *.conllu files are tokenized input
      conllu = true;
      for (const auto& p : args->in.paths) conllu = conllu && p.size() > 7 && p.ends_with(".conllu");
    }
    return conllu ? parse_conllu(*args, models) : parse_text(*args, models);
  }};
}

}  // namespace dyad::cli
