// Everything after segmentation on short texts: tagger, lemmatizer, parser,
// labeler, actor recognition and the event coder, English or Dutch (first
// byte), with the shipped models and lexicons. Events point into the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "events/cameo.h"
#include "fuzz_common.h"
#include "pipeline/annotate.h"
#include "pipeline/language_kit.h"
#include "text/front_end.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dyad::fuzz::check;
  if (size == 0 || size > 4096) return 0;  // short texts: the per-part bound holds the rest
  static const auto cameo = [] {
    std::string error;
    auto t = dyad::events::CameoTable::load(dyad::fuzz::data_dir() + "/cameo", &error);
    check(t != nullptr, "CAMEO table loads");
    return t;
  }();
  static dyad::TextFrontEnd front_end(dyad::fuzz::data_dir());
  static dyad::pipeline::LanguageKits kits(dyad::fuzz::data_dir(), *cameo);
  std::size_t repaired = 0;
  dyad::Document doc;
  doc.id = "fuzz";
  doc.lang = (data[0] & 1) ? "nl" : "en";
  doc.text = dyad::utf8::repair(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), repaired);
  auto segmented = front_end.process(std::move(doc), [](const dyad::Diagnostic&) {});
  if (!segmented) return 0;
  const auto* kit = kits.get(segmented->document.lang, [](const dyad::Diagnostic& d) {
    std::fprintf(stderr, "%s\n", d.message.c_str());
  });
  check(kit != nullptr, "language kit loads (models present?)");
  const auto annotated = dyad::pipeline::annotate(std::move(*segmented), *kit->annotator, *kit->recognizer);
  const std::string& text = annotated.segmented.document.text;
  for (const auto& m : annotated.mentions) {
    check(m.sentence < annotated.sentences.size(), "mention sentence");
    check(m.span.begin <= m.span.end && m.span.end <= text.size(), "mention span");
  }
  for (const auto& e : kit->coder->code(annotated)) {
    check(e.sentence < annotated.sentences.size(), "event sentence");
    check(e.sentence_span.end <= text.size() && e.trigger_span.end <= text.size(), "event spans");
    check(e.source.span.end <= text.size(), "source span");
  }
  return 0;
}
