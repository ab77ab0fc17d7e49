#include "pipeline/code_document.h"

#include <algorithm>
#include <map>

#include "actors/recognizer.h"
#include "events/dedup.h"
#include "events/fold.h"
#include "nlp/word_shape.h"
#include "pipeline/story_context.h"
#include "text/dateline.h"

namespace dyad::pipeline {
namespace {

// How many sentences back a recipient left implicit may be found.
constexpr std::size_t kContextSentences = 4;
// How many sentences back the act an event noun names with its own code may be.
constexpr std::size_t kStoryActSentences = 8;
// How far after an unclaimed attack its claim of responsibility may come.
constexpr std::size_t kClaimSentences = 2;

// A state or an organisation stands behind the actor: without one (a
// person of unknown allegiance) it cannot be a party of an event.
bool has_principal(const Actor& a) { return !a.country.empty() || !a.org.empty(); }

bool is_party(const Mention& m) {
  return m.kind == MentionKind::kPerson || m.kind == MentionKind::kCollective ||
         m.kind == MentionKind::kOrganisation || m.kind == MentionKind::kPronoun;
}

void explain_sentence(std::ostream& out, std::size_t s, const Sentence& sentence, const Document& d,
                      const AnnotatedSentence& annotated, const std::vector<Mention>& all,
                      const std::vector<events::ArgActor>& actors) {
  out << "# sentence " << s << ": " << d.text.substr(sentence.span.begin, sentence.span.size()) << "\n";
  const auto& words = annotated.parsed.words;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const auto& x = words[w];
    out << "  " << w + 1 << "\t" << x.form << "\t" << x.lemma << "\t" << x.upos << "\t" << x.head << "\t" << x.deprel;
    for (const auto& a : actors)
      if (w >= a.word_begin && w < a.word_end) out << "\t[" << events::principal(*a.actor) << "]";
    out << "\n";
  }
  for (const auto& a : actors) {
    const Mention& m = all[a.id];
    out << "  mention \"" << m.text << "\" " << to_string(m.kind) << " code=" << m.actor.code
        << " principal=" << events::principal(m.actor);
    if (!m.actor.name.empty()) out << " name=\"" << m.actor.name << "\"";
    if (m.antecedent && *m.antecedent < all.size()) out << " ref=\"" << all[*m.antecedent].text << "\"";
    out << "\n";
  }
}

}  // namespace

std::vector<events::Event> DocumentCoder::code(const AnnotatedDocument& doc, std::ostream* explain,
                                               std::vector<Mention>* mentions,
                                               std::vector<events::Event>* reports) const {
  const Document& d = doc.segmented.document;
  const auto& sentences = doc.segmented.sentences;
  // Mentions the recogniser found, then stand-ins added here.
  std::vector<Mention> all = doc.mentions;
  std::vector<events::Event> events;
  std::size_t next_mention = 0;
  std::optional<std::size_t> last_party;  // the party the latest sentences are about
  std::size_t first_of_previous = 0;      // the previous sentence's first mention
  StoryContext story(lexicon_);
  // The mention of the dateline's place, found once when first asked for.
  std::optional<std::optional<std::size_t>> dateline_at;
  auto dateline = [&]() {
    if (!dateline_at) dateline_at = dateline_mention(doc.mentions, find_line_heads(d.text));
    return *dateline_at;
  };
  // Events of a victim pattern whose recipient only later sentences give.
  struct Pending {
    events::Event event;
    std::size_t sentence;
    std::string who, home;
  };
  std::vector<Pending> pending;
  // Attacks whose doer the sentence does not name; a claim of
  // responsibility in the next sentences may.
  struct Unclaimed {
    events::Event event;
    std::vector<events::EventActor> hit;  // the target, else the places hit
    bool assault = false;
  };
  std::vector<Unclaimed> unclaimed;
  for (std::size_t s = 0; s < sentences.size() && s < doc.sentences.size(); ++s) {
    const AnnotatedSentence& annotated = doc.sentences[s];
    const auto& words = annotated.parsed.words;
    std::vector<events::ArgActor> actors;
    std::vector<bool> covered(words.size(), false);
    const std::optional<std::size_t> party_before = last_party;
    while (next_mention < doc.mentions.size() && doc.mentions[next_mention].sentence < s) ++next_mention;
    for (std::size_t m = next_mention; m < doc.mentions.size() && doc.mentions[m].sentence == s; ++m) {
      auto [b, e] = word_range(annotated, sentences[s], doc.mentions[m].span);
      if (b == e) continue;
      actors.push_back({b, e, &doc.mentions[m].actor, m, doc.mentions[m].kind == MentionKind::kPlace});
      for (std::size_t w = b; w < e; ++w) covered[w] = true;
    }
    // Whose "delegation" the next sentence may speak of: the state or
    // intergovernmental body the last two sentences name most ("The ECOWAS
    // Commission says its mission … ECOWAS … the President of Niger":
    // ECOWAS), the later on a tie.
    {
      std::map<std::string, std::pair<std::size_t, std::size_t>> named;  // principal -> (count, latest mention)
      for (std::size_t m = first_of_previous; m < doc.mentions.size() && doc.mentions[m].sentence <= s; ++m) {
        const Mention& x = doc.mentions[m];
        if (x.sentence + 1 < s || !is_party(x) || (x.actor.country.empty() && !x.actor.code.starts_with("IGO"))) continue;
        auto& [count, latest] = named[events::principal(x.actor)];
        ++count;
        latest = m;  // mentions come in document order
      }
      std::optional<std::pair<std::size_t, std::size_t>> best;
      for (const auto& [who, seen] : named)
        if (!best || seen.first > best->first || (seen.first == best->first && seen.second > best->second)) best = seen;
      if (best) last_party = best->second;
      first_of_previous = next_mention;
    }
    // "the delegation met …": a group noun standing for the last party named.
    if (party_before) {
      for (std::size_t w = 0; w < words.size(); ++w) {
        if (covered[w] || !lexicon_.in_class("ENTOURAGE", nlp::lowercase(words[w].lemma))) continue;
        Mention stand_in = all[*party_before];
        stand_in.sentence = s;
        stand_in.span = sentences[s].tokens[annotated.word_token[w]].span;
        stand_in.text = words[w].form;
        stand_in.kind = MentionKind::kReference;
        stand_in.antecedent = *party_before;
        all.push_back(std::move(stand_in));
        actors.push_back({w, w + 1, nullptr, all.size() - 1});
      }
    }
    for (auto& a : actors) a.actor = &all[a.id].actor;  // `all` may have moved
    story.add(annotated.parsed, actors, all);
    if (explain) explain_sentence(*explain, s, sentences[s], d, annotated, all, actors);
    if (actors.empty()) continue;
    std::vector<std::string> why;
    const auto coded = coder_.code(annotated.parsed, actors, explain ? &why : nullptr);
    if (explain)
      for (const std::string& line : why) *explain << "  " << line << "\n";
    if (coded.empty()) continue;
    std::vector<std::string> forms;
    for (const auto& w : words) forms.push_back(nlp::lowercase(w.form));
    std::optional<PartialDate> date = dates_ ? dates_->resolve(d.date, forms) : std::nullopt;
    // The party the story last had `who` dealing with, in an event of the
    // last few sentences.
    // `custody`: who holds someone is no mediator or host, so consultations
    // and mediation (04) are passed over.
    // `group_attack`: whom an armed group's attack befell — not a third
    // state that spoke of it in the same sentence ("Belgium condemned
    // al-Shabaab's attack on the base"); a state that accuses another of an
    // attack is most often its victim ("Ukraine accused Russia of shelling").
    auto counterpart = [&](const std::string& who, bool custody = false,
                           bool group_attack = false) -> std::optional<events::EventActor> {
      // The other party of event `e`, if `who` is one of its two.
      auto other_of = [&](const events::Event& e) -> std::optional<events::EventActor> {
        if (!e.target) return std::nullopt;
        if (custody && e.code && e.code->root == "04") return std::nullopt;
        if (events::principal(e.source.actor) == who && events::principal(e.target->actor) != who) return *e.target;
        const bool verbal = e.code && e.code->quad % 2 == 1;  // quad classes 1 and 3: words, not acts
        if (group_attack && verbal && e.sentence == s) return std::nullopt;
        if (events::principal(e.target->actor) == who && events::principal(e.source.actor) != who) return e.source;
        return std::nullopt;
      };
      for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->sentence + kContextSentences < s) break;
        auto found = other_of(*it);
        if (!found) continue;
        // "the Malian army and Russian instructors carried out strikes on
        // X": the first of one act's several doers is the main one.
        for (auto back = std::next(it); back != events.rend() && back->sentence == it->sentence &&
                                        back->trigger_span.begin == it->trigger_span.begin;
             ++back)
          if (auto earlier = other_of(*back)) found = std::move(earlier);
        return found;
      }
      return std::nullopt;
    };
    auto to_actor = [&](std::size_t id) { return events::EventActor{all[id].actor, all[id].text, all[id].span}; };
    // "criticised the decision", "noemde de sancties een daad van oorlog",
    // "rejected the accusation": a noun standing for an act the story told
    // (class ACTREF: any act; an event noun: an act of its kind) names its
    // doer — both parties of a joint act ("criticised the deal").
    auto told_act_doers = [&](const std::string& noun, const std::string& who, std::size_t sentence,
                              std::vector<events::EventActor>& out) {
      std::vector<std::string> codes;
      if (const auto* ps = lexicon_.patterns(events::TriggerKind::kNoun, noun))
        for (const events::Pattern& p : *ps) codes.push_back(p.active);
      // "welcomed the treaty": an agreement is its signing.
      if (codes.empty() && lexicon_.in_class("AGREEMENT", noun)) codes.push_back("057");
      const bool any = codes.empty() && lexicon_.in_class("ACTREF", noun);
      // An event noun's own code first ("the deal": the signing, not the
      // praise of it), then its kind; a noun of any act: not violence, which
      // is no decision or measure (a blockade is).
      auto fits = [&](const events::Event& e, int pass) {
        const std::string& code = e.code->code;
        if (any) {
          const std::string& r = e.code->root;
          return !is_armed_group(e.source.actor) && r != "18" && r != "20" && (r != "19" || code == "191");
        }
        if (pass == 0) return std::find(codes.begin(), codes.end(), code) != codes.end();
        return std::any_of(codes.begin(), codes.end(), [&](const std::string& c) { return c.compare(0, 2, e.code->root) == 0; });
      };
      if (!any && codes.empty()) return;
      // The act a noun names with its own code is the story's ("Belarus
      // called the sanctions an act of war" several sentences after them):
      // it may lie further back than a kind of act.
      for (int pass = 0; pass < (any ? 1 : 2); ++pass)
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
          if (it->sentence + (pass == 0 && !any ? kStoryActSentences : kContextSentences) < sentence) break;
          if (events::principal(it->source.actor) == who || !it->code || !fits(*it, pass)) continue;
          out.push_back(it->source);
          if (it->symmetric && it->target && events::principal(it->target->actor) != who) out.push_back(*it->target);
          return;
        }
    };
    for (const events::CodedEvent& c : coded) {
      events::Event e;
      e.doc = d.id;
      e.lang = d.lang;
      e.sentence = s;
      e.sentence_span = sentences[s].span;
      e.code = cameo_.find(c.code);
      const Span first = sentences[s].tokens[annotated.word_token[c.trigger_words.front()]].span;
      const Span last = sentences[s].tokens[annotated.word_token[c.trigger_words.back()]].span;
      e.trigger_span = {first.begin, last.end};
      for (std::size_t w : c.trigger_words) {
        if (!e.trigger.empty()) e.trigger += ' ';
        e.trigger += words[w].form;
      }
      if (c.unclaimed) {
        // "claimed responsibility for the attack on X": the attack a claim
        // names is coded as the claim (015), not once more.
        const bool claimed_here =
            std::any_of(coded.begin(), coded.end(), [](const events::CodedEvent& o) { return o.code == "015"; }) ||
            std::any_of(words.begin(), words.end(),
                        [&](const nlp::AnnotatedWord& w) { return lexicon_.in_class("CLAIM", nlp::lowercase(w.lemma)); });
        if (!e.code || claimed_here) continue;
        Unclaimed u{e, {}, c.assault};
        u.event.date = date;
        u.event.confidence = c.confidence * 0.5;
        if (c.target && has_principal(all[*c.target].actor)) {
          u.hit.push_back(to_actor(*c.target));
        } else {
          for (std::size_t m : story.hit_places("")) u.hit.push_back(to_actor(m));
        }
        if (explain) *explain << "  " << c.code << ": the attacker is left to a later claim\n";
        if (!u.hit.empty()) unclaimed.push_back(std::move(u));
        continue;
      }
      if (e.code && c.implicit_source && c.target) {
        const auto doer = has_principal(all[*c.target].actor)
                              ? counterpart(events::principal(all[*c.target].actor), true)
                              : std::nullopt;
        if (!doer || doer->actor.country.empty()) {  // custody is a state's
          if (explain) *explain << "  dropped " << c.code << ": no doer in the context\n";
          continue;
        }
        e.source = *doer;
        e.target = to_actor(*c.target);
        e.confidence = c.confidence * 0.6;
      } else if (!e.code || !c.source) {
        if (explain) *explain << "  dropped " << c.code << ": unknown code or no source\n";
        continue;
      }
      // An armed group's assault is 180 (a terrorist attack), unless told as
      // fighting a military target: storming a base, shelling a convoy,
      // striking a ship (README: 19x).
      if (c.assault && c.source && is_armed_group(all[*c.source].actor) && !c.military_object) e.code = cameo_.find("180");
      if (!c.implicit_source) {
        if (!has_principal(all[*c.source].actor)) {
          if (explain) *explain << "  dropped " << c.code << ": the source \"" << all[*c.source].text << "\" has no state or organisation\n";
          continue;
        }
        e.source = to_actor(*c.source);
        if (c.target && has_principal(all[*c.target].actor)) e.target = to_actor(*c.target);
        e.confidence = c.confidence;
      }
      // "troops landed in …", "police officers arrived in …": forces coming
      // are a deployment, not a visit.
      if (c.arrival && (is_armed_group(e.source.actor) || e.source.actor.sector == "MIL" ||
                        e.source.actor.sector == "COP" || e.source.actor.sector == "REB")) {
        if (explain) *explain << "  dropped " << c.code << ": forces arriving are no visit\n";
        continue;
      }
      e.symmetric = c.symmetric;
      e.date = date;
      std::vector<events::EventActor> implied;  // recipients the story supplies
      if (!e.target) {
        if (!c.implicit_target && !c.open_target) {
          if (explain) *explain << "  dropped " << c.code << ": no target\n";
          continue;
        }
        const std::string who = events::principal(e.source.actor);
        // "offered its condolences to X": the verb names the recipient the noun leaves open.
        const bool named = std::any_of(coded.begin(), coded.end(), [&](const events::CodedEvent& o) {
          return &o != &c && o.code == c.code && o.source && o.target && has_principal(all[*o.target].actor) &&
                 events::principal(all[*o.source].actor) == who;
        });
        if (named) {
          if (explain) *explain << "  dropped " << c.code << ": its recipient is named in the sentence\n";
          continue;
        }
        // "telephoned his Nepali counterpart to offer condolences": the
        // recipient of the source's other act in this sentence comes before
        // the places the story says were hit — for words and help, not attacks.
        const bool attack = e.code && (e.code->root == "18" || e.code->root == "19" || e.code->root == "20");
        // The recipient of the source's other act in this sentence.
        auto other_act_recipient = [&]() -> std::optional<events::EventActor> {
          for (const events::CodedEvent& o : coded) {
            if (&o == &c || !o.source || !o.target || !has_principal(all[*o.target].actor)) continue;
            if (events::principal(all[*o.source].actor) != who || events::principal(all[*o.target].actor) == who) continue;
            return to_actor(*o.target);
          }
          return std::nullopt;
        };
        // "offered his condolences to the families of the victims" after an
        // attack on the source's own forces anywhere in the story: it mourns
        // its own; no other party is the recipient.
        bool own_loss = false;
        if (c.victim && !attack)
          for (auto it = events.rbegin(); it != events.rend() && !own_loss; ++it) {
            const std::string& r = it->code ? it->code->root : std::string();
            if ((r == "18" || r == "19" || r == "20") && it->target && events::principal(it->target->actor) == who &&
                events::principal(it->source.actor) != who)
              own_loss = true;
          }
        if (c.victim && !attack && !own_loss)
          if (auto r = other_act_recipient()) implied.push_back(std::move(*r));
        // A denial answers an accusation: "Moscow denied any involvement",
        // "Parijs wees dat van de hand" is aimed at whoever the story last
        // has accusing or criticising the source (README: the accuser is
        // the target), before any other party the context offers.
        auto accuser = [&]() -> std::optional<events::EventActor> {
          for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (!it->code || it->code->root != "11" || !it->target) continue;
            if (events::principal(it->target->actor) == who && events::principal(it->source.actor) != who)
              return it->source;
          }
          return std::nullopt;
        };
        std::optional<events::EventActor> answered;
        if (c.code == "016" && (answered = accuser())) {
          implied.push_back(std::move(*answered));
        } else if (c.victim && (implied.empty() || own_loss)) {
          if (!own_loss) {
            // The state the story last says was hit ("strikes in Lebanon", "two
            // Palestinian teenagers were killed"), never the source's own (an
            // armed group's home is not its victim); for an attack, else whom
            // the story has the attacker dealing with.
            const std::string& home = e.source.actor.base.empty() ? e.source.actor.country : e.source.actor.base;
            for (std::size_t m : story.hit_places(who))
              if (events::principal(all[m].actor) != home) implied.push_back(to_actor(m));
            if (attack && implied.empty())
              if (auto other = counterpart(who, false, is_armed_group(e.source.actor))) implied.push_back(std::move(*other));
            // "the group fired rockets near a base" with no place or partner
            // in reach: an insurgency's attacks are on the state it fights at
            // home — the story's latest mention of that state.
            if (attack && implied.empty() && is_armed_group(e.source.actor)) {
              for (std::size_t m = all.size(); m-- > 0;) {
                if (all[m].sentence > s || !has_principal(all[m].actor)) continue;
                if (all[m].actor.country == e.source.actor.base && events::principal(all[m].actor) == e.source.actor.base) {
                  implied.push_back(to_actor(m));
                  break;
                }
              }
            }
            // "MAPUTO - Insurgents linked to the Islamic State attacked a
            // village": a group with no home of its own attacks where the
            // story is datelined.
            if (attack && implied.empty() && is_armed_group(e.source.actor) && e.source.actor.base.empty())
              if (const auto m = dateline(); m && events::principal(all[*m].actor) != who) implied.push_back(to_actor(*m));
          }
        } else if (c.parties) {
          // "the accord came about through mediation by Oman": the two sides
          // of the latest joint act (talks, agreement) the source is no party to.
          for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->sentence + kContextSentences < s) break;
            if (!it->target || !it->symmetric) continue;
            const std::string a = events::principal(it->source.actor), b = events::principal(it->target->actor);
            if (a == who || b == who) continue;
            implied.push_back(it->source);
            implied.push_back(*it->target);
            break;
          }
          // "released the UN staff after mediation by Oman", "de ruil kwam
          // tot stand dankzij bemiddeling van de Emiraten": with no joint act,
          // the two sides of the act of this sentence or the one before.
          // (Not when the parser gave the mediation those sides as its own sources.)
          auto co_source = [&](const std::string& p) {
            return std::any_of(coded.begin(), coded.end(), [&](const events::CodedEvent& o) {
              return o.trigger_begin == c.trigger_begin && o.source && events::principal(all[*o.source].actor) == p;
            });
          };
          for (auto it = events.rbegin(); it != events.rend() && implied.empty(); ++it) {
            if (it->sentence + 1 < s) break;
            if (!it->target) continue;
            const std::string a = events::principal(it->source.actor), b = events::principal(it->target->actor);
            if (a == who || b == who || a == b || co_source(a) || co_source(b)) continue;
            implied.push_back(it->source);
            implied.push_back(*it->target);
          }
        } else if (c.arrival) {
          // "arrived on Wednesday for talks", "flew in for the ceremony":
          // the place the sentence names, else where the story is datelined,
          // else where its gathering is.
          // A place, or a name after a locative ("Also in Dushanbe, …").
          auto located = [&](const events::ArgActor& a) {
            return a.place || (a.word_begin > 0 && lexicon_.in_class("LOCATIVE", nlp::lowercase(words[a.word_begin - 1].lemma)));
          };
          for (const events::ArgActor& a : actors)
            if (located(a) && has_principal(all[a.id].actor) && events::principal(all[a.id].actor) != who) {
              implied.push_back(to_actor(a.id));
              break;
            }
          if (implied.empty())
            if (const auto m = dateline(); m && events::principal(all[*m].actor) != who) implied.push_back(to_actor(*m));
          if (implied.empty())
            if (auto m = story.venue(who)) implied.push_back(to_actor(*m));
        } else if (c.conference && c.implicit_target) {
          // "represented the sultan at the summit": the state hosting it.
          if (auto m = story.venue(who)) implied.push_back(to_actor(*m));
        } else if (c.implicit_target && !c.open_target && !c.referent.empty()) {
          if (auto m = story.doer_of(c.referent, who)) implied.push_back(to_actor(*m));
          if (implied.empty()) told_act_doers(c.referent, who, s, implied);
        }
        // Else the recipient of the source's other act in this sentence
        // ("had been given by Poland, and Warsaw would send more to Kyiv"),
        // else the source's latest counterpart, else whoever the story's
        // latest act of the same kind befell ("other states expelled diplomats
        // too; the United States kicked out twelve operatives").
        // "demanded the release of its nationals detained in Sweden": a
        // demand or appeal for release goes to whoever the sentence says
        // holds them.
        // An act complete without a recipient ("condemned the attack") takes
        // none from the story: only one the sentence names.
        const bool from_story = c.implicit_target && !c.open_target && !own_loss && !c.act_referent && !c.arrival && !c.parties;
        if (from_story && implied.empty() && (c.code == "1053" || c.code == "0253")) {
          for (const events::CodedEvent& o : coded) {
            if (&o == &c || !o.source || o.code != "173" || !has_principal(all[*o.source].actor)) continue;
            if (events::principal(all[*o.source].actor) == who) continue;
            implied.push_back(to_actor(*o.source));
            break;
          }
        }
        if (from_story && implied.empty())
          if (auto r = other_act_recipient()) implied.push_back(std::move(*r));
        if (from_story && implied.empty())
          if (auto other = counterpart(who, false, attack && is_armed_group(e.source.actor)))
            implied.push_back(std::move(*other));
        if (from_story && implied.empty() && e.code) {
          for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->sentence + kContextSentences < s) break;
            if (!it->target || !it->code || it->code->root != e.code->root) continue;
            if (events::principal(it->target->actor) == who) continue;
            implied.push_back(*it->target);
            break;
          }
        }
        // "Ze eisten de onmiddellijke vrijlating van de journalisten" with no
        // holder in reach: the state where the story's detention happened.
        if (from_story && implied.empty() && (c.code == "1053" || c.code == "0253"))
          for (std::size_t m : story.hit_places(who))
            if (events::principal(all[m].actor) != who) {
              implied.push_back(to_actor(m));
              break;
            }
        if (!implied.empty()) {
          e.target = implied.front();
          e.confidence *= 0.6;
        } else if (own_loss) {
          if (explain) *explain << "  " << c.code << ": its own were hit; no recipient\n";
        } else if (c.victim && !c.open_target) {
          // "Russian strikes kill 18" as the headline: the place the story
          // gives in the next sentences, once they are read.
          if (explain) *explain << "  " << c.code << ": the recipient is left to the next sentences\n";
          const std::string& home = e.source.actor.base.empty() ? e.source.actor.country : e.source.actor.base;
          pending.push_back({std::move(e), s, who, home});
          continue;
        } else if (!c.open_target) {
          if (explain) *explain << "  dropped " << c.code << ": no recipient in the context\n";
          continue;
        }
      }
      if (explain) {
        *explain << "  EVENT " << c.code << " " << events::principal(e.source.actor) << " -> "
                 << (e.target ? events::principal(e.target->actor) : std::string("---")) << " (" << e.trigger
                 << ", confidence " << e.confidence << ")\n";
        for (std::size_t i = 1; i < implied.size(); ++i)
          *explain << "  EVENT " << c.code << " " << events::principal(e.source.actor) << " -> "
                   << events::principal(implied[i].actor) << " (" << e.trigger << ", the story's other party)\n";
      }
      for (std::size_t i = 1; i < implied.size(); ++i) {
        events::Event also = e;
        also.target = implied[i];
        events.push_back(std::move(also));
      }
      events.push_back(std::move(e));
    }
  }
  // An event coded after the sentence loop goes after its sentence's others.
  auto insert_in_order = [&](events::Event e) {
    const auto at = std::find_if(events.begin(), events.end(), [&](const events::Event& x) { return x.sentence > e.sentence; });
    events.insert(at, std::move(e));
  };
  for (Pending& p : pending) {
    std::optional<std::size_t> place;
    for (std::size_t m : story.places_after(p.sentence, kContextSentences - 1, p.who))
      if (events::principal(all[m].actor) != p.home) {
        place = m;
        break;
      }
    if (!place) {
      if (explain) *explain << "# sentence " << p.sentence << ": dropped " << p.event.code->code << ": no recipient in the story\n";
      continue;
    }
    p.event.target = events::EventActor{all[*place].actor, all[*place].text, all[*place].span};
    p.event.confidence *= 0.5;
    if (explain)
      *explain << "# sentence " << p.sentence << ": EVENT " << p.event.code->code << " " << p.who << " -> "
               << events::principal(all[*place].actor) << " (" << p.event.trigger << ", the place the story gives after)\n";
    insert_in_order(std::move(p.event));
  }
  // "Gunmen stormed a hotel in X … Al-Shabaab claimed responsibility for
  // the attack": the armed group that claims an attack in the next two
  // sentences did it.
  for (Unclaimed& u : unclaimed) {
    const auto claim = std::find_if(events.begin(), events.end(), [&](const events::Event& x) {
      return x.code && x.code->code == "015" && x.sentence > u.event.sentence &&
             x.sentence <= u.event.sentence + kClaimSentences && is_armed_group(x.source.actor);
    });
    if (claim == events.end()) {
      if (explain) *explain << "# sentence " << u.event.sentence << ": dropped " << u.event.code->code << ": no claim\n";
      continue;
    }
    const std::string who = events::principal(claim->source.actor);
    u.event.source = claim->source;
    if (u.assault) u.event.code = cameo_.find("180");
    for (const events::EventActor& hit : u.hit) {
      if (events::principal(hit.actor) == who) continue;
      events::Event e = u.event;
      e.target = hit;
      if (explain)
        *explain << "# sentence " << e.sentence << ": EVENT " << e.code->code << " " << who << " -> "
                 << events::principal(hit.actor) << " (" << e.trigger << ", the attacker from the claim)\n";
      insert_in_order(std::move(e));
    }
  }
  if (mentions) *mentions = std::move(all);
  if (reports) *reports = events;
  std::vector<bool> headline(doc.sentences.size(), false);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) headline[s] = events::is_headline(doc.sentences[s].parsed);
  return events::deduplicate(events::fold_agreement_content(std::move(events), headline));
}

}  // namespace dyad::pipeline
