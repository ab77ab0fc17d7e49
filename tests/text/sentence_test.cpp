#include <gtest/gtest.h>

#include <algorithm>

#include "segment_test_util.h"
#include "text/front_end.h"

namespace dyad {
namespace {

using testing::segmenter;
using testing::sentences_of;
using S = std::vector<std::string>;

TEST(Sentences, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("en", "Dr. Smith met J. F. Kennedy in the U.S. capital. He left."),
            (S{"Dr. Smith met J. F. Kennedy in the U.S. capital.", "He left."}));
  EXPECT_EQ(sentences_of("nl", "Dhr. Rutte sprak o.a. met de minister. Daarna ging hij naar huis."),
            (S{"Dhr. Rutte sprak o.a. met de minister.", "Daarna ging hij naar huis."}));
}

TEST(Sentences, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(sentences_of("en", "He said: \"We will win.\" Then he left. (It rained.) Why?! Nobody knows..."),
            (S{"He said: \"We will win.\"", "Then he left.", "(It rained.)", "Why?!", "Nobody knows..."}));
  EXPECT_EQ(sentences_of("nl", "Hij zei:,, Wij winnen.'' Daarna vertrok hij."),
            (S{"Hij zei:,, Wij winnen.''", "Daarna vertrok hij."}));
}

TEST(Sentences, HeadlinesListsAndBlankLines) {
  EXPECT_EQ(sentences_of("en", "Talks resume in Geneva\nNegotiators met on Monday.\n\nA second paragraph"),
            (S{"Talks resume in Geneva", "Negotiators met on Monday.", "A second paragraph"}));
  EXPECT_EQ(sentences_of("en", "Demands:\n- a ceasefire\n- elections\nThe army refused."),
            (S{"Demands:", "- a ceasefire", "- elections", "The army refused."}));
  // A wrapped line continues its sentence.
  EXPECT_EQ(sentences_of("en", "The minister said that the\nagreement holds."), (S{"The minister said that the\nagreement holds."}));
}

TEST(Sentences, DutchHeadlineRunIntoTextOnOneLine) {
  // No punctuation and no line break: the model ends the headline before a
  // capitalised sentence start, but not inside a title and name.
  EXPECT_EQ(sentences_of("nl", "Kabinet wil meer geld voor onderwijs Het kabinet trekt volgend jaar extra geld uit."),
            (S{"Kabinet wil meer geld voor onderwijs", "Het kabinet trekt volgend jaar extra geld uit."}));
  EXPECT_EQ(sentences_of("nl", "Premier Rutte zei dat het kabinet doorgaat. Burgemeester Van der Laan opende de brug."),
            (S{"Premier Rutte zei dat het kabinet doorgaat.", "Burgemeester Van der Laan opende de brug."}));
}

// A picture credit starts its own sentence, also when the caption before it
// has no final punctuation; the label words come from the training files and
// data/lang/<lang>/labels.txt.
TEST(Sentences, CreditLabelStartsASentence) {
  EXPECT_EQ(sentences_of("en", "The agency sent its greetings from the orbiting laboratory Image: NASA / ESA."),
            (S{"The agency sent its greetings from the orbiting laboratory", "Image: NASA / ESA."}));
  EXPECT_EQ(sentences_of("en", "Delegates gather before the opening session in Nairobi Photo: Reuters."),
            (S{"Delegates gather before the opening session in Nairobi", "Photo: Reuters."}));
  EXPECT_EQ(sentences_of("en", "The summit was held this week in Washington D.C. Image: United States Navy."),
            (S{"The summit was held this week in Washington D.C.", "Image: United States Navy."}));
  // Not after a colon, and not in capitals throughout.
  EXPECT_EQ(sentences_of("en", "Subject: Image: the new logo"), (S{"Subject: Image: the new logo"}));
  EXPECT_EQ(sentences_of("nl", "Demonstranten bij het provinciehuis in Arnhem Foto: ANP."),
            (S{"Demonstranten bij het provinciehuis in Arnhem", "Foto: ANP."}));
}

// An abbreviation with internal periods ends the sentence before a frequent
// sentence starter, and goes on before a name or title.
TEST(Sentences, SentenceFinalAbbreviationBeforeANewSentence) {
  EXPECT_EQ(sentences_of("en", "The minister flew back to the U.S. The President received her on Monday."),
            (S{"The minister flew back to the U.S.", "The President received her on Monday."}));
  EXPECT_EQ(sentences_of("en", "The talks resumed in Washington D.C. They ended without an agreement."),
            (S{"The talks resumed in Washington D.C.", "They ended without an agreement."}));
  EXPECT_EQ(sentences_of("en", "The U.S. President met the U.K. Prime Minister in Washington D.C. on Monday."),
            (S{"The U.S. President met the U.K. Prime Minister in Washington D.C. on Monday."}));
}

TEST(Sentences, Datelines) {
  const auto s = sentences_of("en", "SYDNEY, 17 MARCH 2018 \xE2\x80\x93 Protesters marched on Saturday. Police watched.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Police watched.");
}

// The segmenter cannot tell a dateline's dash from one inside a sentence;
// the front end cuts the lead sentence where the story begins, collected or streamed.
TEST(Sentences, FrontEndCutsTheDatelineOffTheLeadSentence) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  const std::string text = "KYIV, Feb. 12 (Example Wire) - Ukraine and Poland reached an agreement. Farmers protested.";
  Document doc;
  doc.id = "wire";
  doc.lang = "en";
  doc.text = text;
  std::vector<std::string> streamed;
  Document copy = doc;
  ASSERT_TRUE(front_end.process_each(copy, [](const Diagnostic&) {}, [](const Document&) {},
                                     [&](Sentence& s) { streamed.push_back(text.substr(s.span.begin, s.span.size())); }));
  const auto collected = front_end.process(std::move(doc), [](const Diagnostic&) {});
  ASSERT_TRUE(collected);
  S spans;
  for (const auto& s : collected->sentences) spans.push_back(text.substr(s.span.begin, s.span.size()));
  EXPECT_EQ(spans, (S{"KYIV, Feb. 12 (Example Wire) -", "Ukraine and Poland reached an agreement.", "Farmers protested."}));
  EXPECT_EQ(streamed, spans);
  EXPECT_FALSE(collected->document.date);  // no year in the dateline: no date
}

// A word of office before a name is no sentence end, even without punctuation.
TEST(Sentences, WordOfOfficeBeforeANameIsNoSentenceEnd) {
  EXPECT_EQ(sentences_of("nl", "Velmora reageerde fel. Premier Ana Vale noemt de uitlatingen onaanvaardbaar."),
            (S{"Velmora reageerde fel.", "Premier Ana Vale noemt de uitlatingen onaanvaardbaar."}));
  EXPECT_EQ(sentences_of("nl", "Het kabinet is bezorgd.\n\nPremier Ana Vale heeft met de president van Velmora gebeld."),
            (S{"Het kabinet is bezorgd.", "Premier Ana Vale heeft met de president van Velmora gebeld."}));
  EXPECT_EQ(sentences_of("en", "Velmora reacted angrily. Premier Ana Vale called the remarks unacceptable."),
            (S{"Velmora reacted angrily.", "Premier Ana Vale called the remarks unacceptable."}));
  // A lead broken after the word of office stays one sentence; a headline ending in one does not.
  EXPECT_EQ(sentences_of("nl", "Velmora reageerde fel. Premier\nAna Vale noemt de uitlatingen onaanvaardbaar."),
            (S{"Velmora reageerde fel.", "Premier\nAna Vale noemt de uitlatingen onaanvaardbaar."}));
  EXPECT_EQ(sentences_of("en", "The ministry said on Monday that the President\nAna Vale would travel to Port Aster."),
            (S{"The ministry said on Monday that the President\nAna Vale would travel to Port Aster."}));
  EXPECT_EQ(sentences_of("en", "Ruritania Appoints Its First Woman President\nAna Vale was sworn in on Monday."),
            (S{"Ruritania Appoints Its First Woman President", "Ana Vale was sworn in on Monday."}));
}

// A space lost between two sentences ("partners.Under") is a boundary;
// abbreviations, acronyms, domains and decimals glued the same way are not.
TEST(Sentences, FullStopGluedBetweenSentencesSplits) {
  EXPECT_EQ(sentences_of("en", "Ruritania thanked its partners.Under the accord, Velmora will train officers."),
            (S{"Ruritania thanked its partners.", "Under the accord, Velmora will train officers."}));
  EXPECT_EQ(sentences_of("en", "The envoy arrived in Port Aster on Monday.A statement followed."),
            (S{"The envoy arrived in Port Aster on Monday.", "A statement followed."}));
  EXPECT_EQ(sentences_of("nl", "Ruritanie bedankte de partners.Volgens het akkoord helpt Velmora."),
            (S{"Ruritanie bedankte de partners.", "Volgens het akkoord helpt Velmora."}));
  EXPECT_EQ(sentences_of("en", "They met the U.S.Army and the Times at velmora.com/News in Port Aster."),
            (S{"They met the U.S.Army and the Times at velmora.com/News in Port Aster."}));
  EXPECT_EQ(sentences_of("en", "It cost 3.5m.Ruritania paid."), (S{"It cost 3.5m.Ruritania paid."}));
}

// A caption on the line after a lead that ends with a full stop is a
// sentence of its own, not an adverbial of the lead.
TEST(Sentences, CaptionLineAfterTheLeadIsItsOwnSentence) {
  EXPECT_EQ(sentences_of("en", "Ruritania and Velmora signed a pact on Saturday.\nPrime Minister Ana Vale (second from "
                               "left) and other leaders attend the summit in Port Aster."),
            (S{"Ruritania and Velmora signed a pact on Saturday.",
               "Prime Minister Ana Vale (second from left) and other leaders attend the summit in Port Aster."}));
  EXPECT_EQ(sentences_of("nl", "Ruritanie en Velmora tekenden zaterdag een verdrag.\nPremier Ana Vale (tweede van links) "
                               "bij de top in Port Aster."),
            (S{"Ruritanie en Velmora tekenden zaterdag een verdrag.",
               "Premier Ana Vale (tweede van links) bij de top in Port Aster."}));
  // After an abbreviation's full stop or a closing quote too; not after a title.
  EXPECT_EQ(sentences_of("en", "The talks included Ruritania and the U.K.\nOn Tuesday the envoys left Port Aster."),
            (S{"The talks included Ruritania and the U.K.", "On Tuesday the envoys left Port Aster."}));
  EXPECT_EQ(sentences_of("en", "The minister said: \u201CWe will sign the accord.\u201D\nVelmora agreed on Monday."),
            (S{"The minister said: \u201CWe will sign the accord.\u201D", "Velmora agreed on Monday."}));
  EXPECT_EQ(sentences_of("nl", "De minister zei: \u201EWij tekenen het verdrag.\u201D\nVelmora stemde maandag in."),
            (S{"De minister zei: \u201EWij tekenen het verdrag.\u201D", "Velmora stemde maandag in."}));
  EXPECT_EQ(sentences_of("en", "The delegation was led by Dr.\nAna Vale of Ruritania."),
            (S{"The delegation was led by Dr.\nAna Vale of Ruritania."}));
}

// Title-case lines before the lead are headlines (tagged lowercased later);
// sentence-case headlines, the lead, and title-case lines after the lead
// (other stories' headlines) are not.
TEST(Sentences, FrontEndMarksTitleCaseHeadlinesBeforeTheLead) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  auto marked = [&](const std::string& lang, const std::string& text) {
    Document doc;
    doc.id = "page";
    doc.lang = lang;
    doc.text = text;
    S out;
    const auto seg = front_end.process(std::move(doc), [](const Diagnostic&) {});
    if (!seg) return out;
    for (const auto& s : seg->sentences)
      if (s.headline) out.push_back(text.substr(s.span.begin, s.span.size()));
    return out;
  };
  EXPECT_EQ(marked("en", "Ruritanian Embassy Hands Over Patrol Boats To Coast Guard\nThe embassy of Ruritania "
                         "handed over four boats on Monday.\nVelmora Leaders Agree To Blacklist Port Aster Officials"),
            (S{"Ruritanian Embassy Hands Over Patrol Boats To Coast Guard"}));
  EXPECT_EQ(marked("en", "Bloc Leaders Agree to Blacklist Velmora Officials\n\nLeaders of the bloc agreed on Friday."),
            (S{"Bloc Leaders Agree to Blacklist Velmora Officials"}));
  EXPECT_EQ(marked("nl", "Velmora Zet Ruritaanse Diplomaten Uit\n\nVelmora heeft vrijdag drie diplomaten uitgezet."),
            (S{"Velmora Zet Ruritaanse Diplomaten Uit"}));
  EXPECT_EQ(marked("en", "Ruritania expels Velmora envoy over border row\nThe government said on Monday it expelled him."),
            S{});
  EXPECT_EQ(marked("en", "Prime Minister Ana Vale Met President Tomas Brel In Port Aster On Monday."), S{});
}

// A Dutch paragraph the language detector reads as Afrikaans (a relative
// of Dutch, data/lang/nl/relatives.txt) is not skipped as foreign, and a
// short Dutch page without a language given is coded as Dutch.
TEST(Sentences, FrontEndKeepsParagraphsReadAsARelative) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  const std::string lead =
      "De jihadistische terroristische dreiging tegen het Westen blijft de komende jaren onverminderd aanwezig, "
      "stelt de AIVD in een nieuw rapport.";
  const std::string shortish = "Het kabinet wil volgende week met de Tweede Kamer over verdere stappen praten.";
  Document doc;
  doc.id = "page";
  doc.lang = "nl";
  doc.text = lead + "\n\n" + shortish;
  std::vector<std::string> warnings;
  const auto seg = front_end.process(std::move(doc), [&](const Diagnostic& d) { warnings.push_back(d.message); });
  ASSERT_TRUE(seg);
  EXPECT_EQ(seg->sentences.size(), 2u);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  Document bare;
  bare.id = "short";
  bare.text = shortish;
  const auto alone = front_end.process(std::move(bare), [](const Diagnostic&) {});
  ASSERT_TRUE(alone);
  EXPECT_EQ(alone->document.lang, "nl");
}

// Share bars, newsletter prompts and the headlines listed after a "read
// more" label give no sentences; the story and a sentence starting with a
// chrome word ("Share prices ...") do.
TEST(Sentences, FrontEndLeavesPageChromeOut) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  auto kept = [&](const std::string& lang, const std::string& text) {
    Document doc;
    doc.id = "page";
    doc.lang = lang;
    doc.text = text;
    S out;
    const auto seg = front_end.process(std::move(doc), [](const Diagnostic&) {});
    if (!seg) return out;
    for (const auto& s : seg->sentences) out.push_back(text.substr(s.span.begin, s.span.size()));
    return out;
  };
  EXPECT_EQ(kept("en", "Share this article\nSign up for our newsletter: the best of Port Aster\n\nRuritania and Velmora "
                       "signed a treaty on Monday.\nShare prices rose in Velmora.\n\nRead more:\nVelmora expels "
                       "Ruritanian envoy\nBloc leaders agree to blacklist officials\n\nThe treaty takes effect in May."),
            (S{"Ruritania and Velmora signed a treaty on Monday.", "Share prices rose in Velmora.",
               "The treaty takes effect in May."}));
  EXPECT_EQ(kept("nl", "Deel dit artikel: Facebook Twitter Mail\n\nRuritanie en Velmora tekenden maandag een verdrag.\n\n"
                       "Lees ook\nVelmora zet Ruritaanse diplomaat uit\n"),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
  // A label with other stories' headlines on its own line.
  EXPECT_EQ(kept("en", "Ruritania and Velmora signed a treaty on Monday.\n\nRelated: Velmora expels envoy | Bloc leaders "
                       "agree to blacklist officials\n"),
            (S{"Ruritania and Velmora signed a treaty on Monday."}));
  EXPECT_EQ(kept("nl", "Ruritanie en Velmora tekenden maandag een verdrag.\n\nLees ook: Velmora zet diplomaat uit | "
                       "Ruritanie roept ambassadeur terug\n"),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
  EXPECT_EQ(kept("en", "Ruritania and Velmora signed a treaty on Monday.\n\nMost read: Velmora reopens border with "
                       "Ruritania | Bloc expels envoy\n"),
            (S{"Ruritania and Velmora signed a treaty on Monday."}));
  EXPECT_EQ(kept("nl", "Ruritanie en Velmora tekenden maandag een verdrag.\n\nMeest gelezen: Velmora heropent grens | "
                       "Ruritanie zet gezant uit\n"),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
  EXPECT_EQ(kept("en", "Ruritania and Velmora signed a treaty on Monday.\n\nRead also\nVelmora reopens talks on "
                       "oil pipeline\n\nRead next: Ruritania, Velmora agree to reopen border post\n"),
            (S{"Ruritania and Velmora signed a treaty on Monday."}));
  EXPECT_EQ(kept("nl", "Ruritanie en Velmora tekenden maandag een verdrag.\n\nLees verder: Velmora heropent grens\n"),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
  // A share bar after a corpus date label on the same line.
  EXPECT_EQ(kept("nl", " date 2019-04 Deel dit artikel: Facebook Twitter\n\nBron: Velmora Persbureau\n\n"
                       "Ruritanie en Velmora tekenden maandag een verdrag."),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
  // Photo captions and credits: their leaders and places are not the story's events.
  EXPECT_EQ(kept("en", "Ruritania and Velmora signed a pact on Saturday.\nPrime Minister Ana Vale (second from left) and "
                       "other leaders attend the summit in Port Aster.\nPhoto: Velmora News Agency\nThe pact takes effect in May."),
            (S{"Ruritania and Velmora signed a pact on Saturday.", "The pact takes effect in May."}));
  EXPECT_EQ(kept("nl", "Premier Ana Vale (links) en president Tomas Brel in Port Aster. (Foto: Velmora Persbureau)\n\n"
                       "Ruritanie en Velmora tekenden maandag een verdrag."),
            (S{"Ruritanie en Velmora tekenden maandag een verdrag."}));
}

// A page with its story in English and a translation in another language:
// the English sentences come through, detected or given.
TEST(Sentences, FrontEndKeepsTheSupportedPartOfAMixedPage) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  const std::string arabic =
      "\u0648\u0642\u0639\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0627\u062A\u0641\u0627\u0642\u064A\u0629 "
      "\u0644\u0644\u062A\u0639\u0627\u0648\u0646 \u0627\u0644\u0623\u0645\u0646\u064A \u064A\u0648\u0645 "
      "\u0627\u0644\u0627\u062B\u0646\u064A\u0646 \u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629. "
      "\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0627\u0644\u0627\u062A\u0641\u0627\u0642 "
      "\u064A\u0639\u0632\u0632 \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062A \u0628\u064A\u0646 "
      "\u0627\u0644\u0628\u0644\u062F\u064A\u0646 \u0648\u064A\u0641\u062A\u062D \u0635\u0641\u062D\u0629 "
      "\u062C\u062F\u064A\u062F\u0629 \u0645\u0646 \u0627\u0644\u062A\u0639\u0627\u0648\u0646.";
  const std::string english =
      "The government of Ruritania signed a security cooperation agreement with Velmora on Monday in the capital. "
      "The minister said the agreement strengthens relations between the two countries and opens a new page.";
  const std::string page = english + "\n\n" + arabic + "\n\n" + arabic + "\n\n" + arabic + "\n\n" + arabic;
  for (const std::string given : {"", "en"}) {
    Document doc;
    doc.id = "mixed";
    doc.lang = given;
    doc.text = page;
    std::vector<std::string> warnings;
    const auto seg = front_end.process(std::move(doc), [&](const Diagnostic& d) { warnings.push_back(d.message); });
    ASSERT_TRUE(seg) << "given '" << given << "'";
    EXPECT_EQ(seg->document.lang, "en");
    S spans;
    for (const auto& s : seg->sentences) spans.push_back(page.substr(s.span.begin, s.span.size()));
    EXPECT_EQ(spans.size(), 2u) << "given '" << given << "'";
    EXPECT_FALSE(warnings.empty());  // the skipped part is reported
  }
}

// A corpus date label glued to the headline is no sentence; the headline and
// a dateless dateline's story are sentences of their own.
TEST(Sentences, FrontEndDropsADateLabelAndCutsDatelessDatelines) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  auto cut = [&](const std::string& lang, const std::string& text, bool* dated = nullptr) {
    Document doc;
    doc.id = "page";
    doc.lang = lang;
    doc.text = text;
    S out;
    const auto seg = front_end.process(std::move(doc), [](const Diagnostic&) {});
    if (!seg) return out;
    for (const auto& s : seg->sentences) out.push_back(text.substr(s.span.begin, s.span.size()));
    if (dated) *dated = seg->document.date && seg->document.date->iso() == "2019-04";
    return out;
  };
  bool dated = false;
  EXPECT_EQ(cut("en", " date 2019-04 Ruritania and Velmora sign border pact\n\nVELMORA: Ruritania's agency said it signed.",
                &dated),
            (S{"Ruritania and Velmora sign border pact", "VELMORA:", "Ruritania's agency said it signed."}));
  EXPECT_TRUE(dated);  // month precision, from the label
  EXPECT_EQ(cut("nl", " date 2019-04 Ruritanie zet diplomaten uit. De regering besloot dat gisteren.", &dated),
            (S{"Ruritanie zet diplomaten uit.", "De regering besloot dat gisteren."}));
  EXPECT_TRUE(dated);
  EXPECT_EQ(cut("en", "PORT ASTER, Ruritania \u2014 The Coastal Union yesterday signed a pact."),
            (S{"PORT ASTER, Ruritania \u2014", "The Coastal Union yesterday signed a pact."}));
}

// The 50 MB single-line document, here without any punctuation: it
// is cut into sentences of at most kMaxSentenceTokens tokens, streamed one by
// one, and every word is still a token. (Memory and speed are measured
// outside the tests: /usr/bin/time -v dyad segment, bench/bench_segment.)
TEST(Sentences, FiftyMegabyteSingleLineIsCutIntoBoundedSentences) {
  const std::string words = "Kenya signed a pact with the Netherlands ";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() + words.size() <= (50u << 20)) big += words;
  std::size_t sentences = 0, tokens = 0, longest = 0, last_end = 0;
  bool ordered = true;
  segmenter("en").segment_each(big, [&](Sentence& s) {
    ++sentences;
    tokens += s.tokens.size();
    longest = std::max(longest, s.tokens.size());
    ordered = ordered && s.span.begin >= last_end && s.span.end > s.span.begin;
    last_end = s.span.end;
  });
  EXPECT_EQ(tokens, big.size() / words.size() * 7);
  EXPECT_LE(longest, Segmenter::kMaxSentenceTokens);
  EXPECT_GE(sentences, tokens / Segmenter::kMaxSentenceTokens);
  EXPECT_TRUE(ordered);
  EXPECT_EQ(last_end, big.size() - 1);  // the final space is not a token
}

TEST(Sentences, StreamedSentencesEqualCollectedOnes) {
  const std::string text = "\u201CWe won't go,\u201D he said. Dr. Smith left\u2026 The end\n\nNext para";
  std::vector<Sentence> streamed;
  segmenter("en").segment_each(text, [&](Sentence& s) { streamed.push_back(s); });
  const std::vector<Sentence> collected = segmenter("en").segment(text);
  ASSERT_EQ(streamed.size(), collected.size());
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    ASSERT_EQ(streamed[i].tokens.size(), collected[i].tokens.size());
    for (std::size_t t = 0; t < streamed[i].tokens.size(); ++t) {
      const Token &a = streamed[i].tokens[t], &b = collected[i].tokens[t];
      EXPECT_EQ(a.span, b.span);
      EXPECT_EQ(a.form, b.form);
      EXPECT_EQ(a.norm, b.norm);
      EXPECT_EQ(a.words, b.words);
      EXPECT_EQ(a.space_after, b.space_after) << a.form;
    }
  }
}

TEST(Sentences, SpansCoverTheirTokens) {
  const std::string text = "One. Two three! \"Four?\" Five";
  for (const Sentence& s : segmenter("en").segment(text)) {
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
    EXPECT_EQ(s.span.end, s.tokens.back().span.end);
  }
  EXPECT_TRUE(segmenter("en").segment("").empty());
  EXPECT_TRUE(segmenter("en").segment(" \n\n \t").empty());
}

}  // namespace
}  // namespace dyad
