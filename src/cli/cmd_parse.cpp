#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "nlp/annotator.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> paths;
  std::string input = "conllu";
  std::string lang;
  std::string model;
};

}  // namespace

Command add_parse(CLI::App& app) {
  auto* cmd = app.add_subcommand("parse", "Tag, lemmatize and dependency-parse tokenized CoNLL-U (written to stdout)");
  auto args = std::make_shared<ParseArgs>();
  cmd->add_option("files", args->paths, "Input files (- for stdin)")->required();
  cmd->add_option("--input,-i", args->input, "Input format (conllu: re-annotate the tokens of a CoNLL-U file)");
  cmd->add_option("--lang,-l", args->lang, "Language (en, nl); default en")->default_val("en");
  cmd->add_option("--model,-m", args->model, "Model file (default: models/<lang>.dyadmodel)");
  return {cmd, [args]() -> int {
    if (args->input != "conllu") {
      std::cerr << "dyad: parse: --input " << args->input << " is not supported yet; give tokenized CoNLL-U with --input conllu\n";
      return kUsage;
    }
    std::string error;
    const auto path = args->model.empty() ? nlp::default_model_path(args->lang) : std::filesystem::path(args->model);
    const auto model = nlp::Annotator::load(path, &error);
    if (!model) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    int rc = kOk;
    for (const auto& p : args->paths) {
      std::vector<nlp::ParsedSentence> sentences;
      bool ok;
      if (p == "-") {
        ok = nlp::read_conllu(std::cin, "<stdin>", sentences, &error);
      } else {
        ok = nlp::read_conllu_file(p, sentences, &error);
      }
      if (!ok) {
        std::cerr << "dyad: " << error << "\n";
        rc = kSomeFailed;
        continue;
      }
      for (auto& s : sentences) {
        for (auto& w : s.words) {
          nlp::AnnotatedWord fresh{w.form};
          fresh.deps = "_";
          fresh.misc = w.misc;
          w = std::move(fresh);
        }
        model->annotate(s);
        nlp::write_conllu(std::cout, s);
      }
    }
    return rc;
  }};
}

}  // namespace dyad::cli
