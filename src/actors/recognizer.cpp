#include "actors/recognizer.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include "actors/pieces.h"
#include "text/dateline.h"
#include "text/quotations.h"

namespace dyad {

const char* to_string(MentionKind kind) {
  switch (kind) {
    case MentionKind::kState: return "state";
    case MentionKind::kPlace: return "place";
    case MentionKind::kOrganisation: return "organisation";
    case MentionKind::kCollective: return "collective";
    case MentionKind::kPerson: return "person";
    case MentionKind::kReference: return "reference";
    case MentionKind::kPronoun: return "pronoun";
    case MentionKind::kImplied: return "implied";
  }
  return "?";
}

namespace {

// The confidence of a body named again by its bare role word ("the embassy"
// after "the Mexican Embassy"): below every other reference's.
constexpr double kEarlierConfidence = 0.55;
// "its neighbour" is the party acted on: too weak to stand behind a later
// "it" ("accused its neighbour of …, and said it would close …").
constexpr double kNeighbourConfidence = kEarlierConfidence;
// How far into a sentence a locative phrase that opens it may run to its comma.
constexpr std::size_t kOpeningPhraseItems = 12;

// A run of pieces that matched registry phrases (entries) or one piece
// that matched nothing (no entries).
struct Item {
  std::size_t begin = 0, end = 0;  // pieces
  std::vector<const Entry*> entries;
};

// A state, place or organisation that may modify a role noun.
struct Mod {
  std::size_t item = 0;
  std::size_t end = 0;  // item after it, past a possessive
  Actor actor;
  MentionKind kind = MentionKind::kState;
  bool adjective = false;
};

struct DocPerson {
  std::vector<std::string> keys;  // folded pieces of the name
  std::size_t mention = 0;
  std::string title;  // last word of their title ("minister"), for "the minister" later
  std::string role;   // their whole title ("foreign minister")
};

// What earlier sentences leave for later ones: the mentions so far and the
// persons among them, for coreference.
// A place named so far, also inside a larger mention ("Governor X of
// Mombasa"), for "the two cities".
struct DocPlace {
  std::string key;  // folded name
  std::string country;
  std::size_t mention = 0;
};

// "We", "I" inside a closed quotation: its speaker may be named only after
// the quote ("…,” Tokayev said), so it is resolved when the document is done.
struct PendingSpeaker {
  Mention mention;                       // span, text and sentence; actor still unknown
  std::size_t quote = 0;                 // index into DocState::quotes
  std::optional<std::size_t> fallback;   // the speaker named before the quote, if one
};

// "I", "ik" outside any quotation: in a document written in the first
// person (a minister's letter to parliament, a press release) its author,
// resolved when the document is done.
struct PendingAuthor {
  Mention mention;                       // span, text and sentence; actor still unknown
  std::optional<std::size_t> fallback;   // the speaker named before it, if one
};

struct DocState {
  std::vector<Mention> mentions;
  std::vector<DocPerson> persons;
  std::vector<DocPlace> places;
  std::vector<Quotation> quotes;
  std::vector<std::size_t> sentence_begins;  // byte where each sentence begins
  std::vector<PendingSpeaker> pending_speakers;
  std::vector<PendingAuthor> pending_authors;
  // Every first-person pronoun outside a quotation ("we", "I", "ons"):
  // sentence and bytes, for an interview's answers (resolve_interviewee).
  std::vector<std::pair<std::size_t, Span>> first_person;
  // The state of the place a news dateline names ("KATHMANDU, Oct 20 -"):
  // where the story is told from, whose officials its untitled-by-state
  // "Prime Minister X" most likely are.
  std::optional<std::string> dateline_country;
  // Acronyms the text introduced in brackets after an organisation's name
  // ("Rapid Support Forces (RSF)") -> that mention.
  std::unordered_map<std::string, std::size_t> acronyms;
  // Officials given a state by a title the press writes bare for its own
  // states ("minister Veldhuis van Buitenlandse Zaken") before the story
  // named any of those: mention -> the title's home states. Settled once
  // the whole story is read (settle_home_titles).
  std::vector<std::pair<std::size_t, std::vector<std::string>>> home_guesses;
};

// Of `states`, the one `mentions` name most; none if they name none.
std::optional<std::string> most_named(const std::vector<Mention>& mentions, const std::vector<std::string>& states) {
  const std::string* best = nullptr;
  std::size_t best_count = 0;
  for (const std::string& code : states) {
    const auto count = static_cast<std::size_t>(
        std::count_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.actor.country == code; }));
    if (count > best_count) best = &code, best_count = count;
  }
  if (best) return *best;
  return std::nullopt;
}

// The dateline's state (dateline_mention).
std::optional<std::string> dateline_country(std::span<const Mention> mentions, const std::vector<LineHead>& heads) {
  const auto m = dateline_mention(mentions, heads);
  if (!m) return std::nullopt;
  return mentions[*m].actor.country;
}

// The closed quotation that words at byte `at` attribute ("…,” he said;
// "…”, zo verklaarde hij"): one that ends shortly before, with nothing
// between that ends a sentence.
std::optional<std::size_t> attributed_quote(const DocState& state, std::string_view text, std::size_t at) {
  constexpr std::size_t kReach = 40;  // bytes: ", zo verklaarde de minister"
  for (std::size_t q = state.quotes.size(); q-- > 0;) {
    const Quotation& x = state.quotes[q];
    if (x.close_end > at) continue;
    if (!x.closed || at - x.close_end > kReach) return std::nullopt;
    const std::string_view gap = text.substr(x.close_end, at - x.close_end);
    if (gap.find_first_of(".!?\n") != std::string_view::npos) return std::nullopt;
    return q;
  }
  return std::nullopt;
}

struct Resolved {
  Actor actor;
  std::optional<std::size_t> antecedent;
};

class SentenceRecognizer {
 public:
  SentenceRecognizer(const Registry& registry, const Document& doc, std::size_t index, const Sentence& sentence,
                     const std::vector<std::string>* upos, DocState& state)
      : reg_(registry), doc_(doc), index_(index), sentence_(sentence), upos_(upos), state_(state) {}

  void run() {
    pieces_ = sentence_pieces(sentence_);
    std::size_t letters = 0, caps = 0;
    for (const Piece& p : pieces_) {
      letters += p.shape.has_letter;
      caps += p.shape.all_caps;
    }
    all_caps_text_ = letters >= 3 && caps * 2 > letters;
    const std::size_t first_mention = state_.mentions.size();
    match();
    for (std::size_t i = 0; i < items_.size();) i = parse(i);
    allegiance_from_apposition(first_mention);
  }

 private:
  // ---- matching -----------------------------------------------------------

  bool valid(const Entry& e, std::size_t first, std::size_t last) const {
    // A name needs a capital somewhere ("al-Qaeda", not "turkey").
    if (e.proper) {
      bool capital = false;
      for (std::size_t i = first; i < last && !capital; ++i) capital = pieces_[i].shape.upper_initial;
      if (!capital) return false;
    }
    if (e.ambiguous && all_caps_text_) return false;
    for (const auto& [pos, text] : e.exact) {
      if (pieces_[first + pos].text != text) return false;
    }
    return true;
  }

  // Longest registry match at each position, left to right.
  void match() {
    const PhraseTrie& trie = reg_.trie();
    for (std::size_t i = 0; i < pieces_.size();) {
      std::uint32_t node = PhraseTrie::kRoot;
      Item best{i, i + 1, {}};
      for (std::size_t j = i; j < pieces_.size(); ++j) {
        node = trie.step(node, pieces_[j].key);
        if (node == PhraseTrie::kNone) break;
        std::vector<const Entry*> ok;
        for (std::uint32_t v : trie.values(node)) {
          const Entry& e = reg_.entry(v);
          if (valid(e, i, j + 1)) ok.push_back(&e);
        }
        if (!ok.empty()) best = {i, j + 1, std::move(ok)};
      }
      i = best.end;
      items_.push_back(std::move(best));
    }
  }

  // ---- item tests ---------------------------------------------------------

  std::size_t size() const { return items_.size(); }

  const Entry* find(std::size_t i, EntryKind kind) const {
    if (i >= items_.size()) return nullptr;
    for (const Entry* e : items_[i].entries) {
      if (e->kind == kind) return e;
    }
    return nullptr;
  }

  // "Senior Colonel Zhang Wei, a spokesman for the People's Liberation
  // Army, …", "Colonel Avi Cohen, an Israeli army spokesman": a titled person
  // the text gives no state or organisation takes those of the body the
  // apposition right after the name describes them by (an article, then at
  // most five lowercase words up to it). Later mentions resolved through the
  // person follow.
  void allegiance_from_apposition(std::size_t first) {
    auto item_at = [&](std::size_t byte) {
      for (std::size_t k = 0; k < items_.size(); ++k)
        if (pieces_[items_[k].begin].span.begin >= byte) return k;
      return items_.size();
    };
    for (std::size_t m = first; m + 1 < state_.mentions.size(); ++m) {
      Mention& person = state_.mentions[m];
      const Mention& body = state_.mentions[m + 1];
      if (person.kind != MentionKind::kPerson || !person.actor.country.empty() || !person.actor.org.empty() ||
          person.antecedent || (body.actor.country.empty() && body.actor.org.empty()) || body.sentence != index_) {
        continue;
      }
      std::size_t k = item_at(person.span.end);
      const std::size_t at = item_at(body.span.begin);
      if (!is_comma(k) || !(word(k + 1, WordFunction::kDet) || word(k + 1, WordFunction::kAppos)) || at < k + 2 ||
          at > k + 7) {
        continue;
      }
      bool plain = true;
      for (std::size_t i = k + 2; i < at && plain; ++i) plain = !is_comma(i) && !pieces_[items_[i].begin].shape.upper_initial;
      if (!plain) continue;
      for (std::size_t r = m; r < state_.mentions.size(); ++r) {
        Mention& x = state_.mentions[r];
        if (r != m && !(x.antecedent == m)) continue;
        take_principal(x.actor, body.actor);
        x.actor.code = code_of(x.actor);
      }
    }
  }

  const Word* word(std::size_t i, WordFunction f) const {
    if (i >= items_.size()) return nullptr;
    for (const Entry* e : items_[i].entries) {
      if (e->kind == EntryKind::kWord && reg_.word(e->index).function == f) return &reg_.word(e->index);
    }
    return nullptr;
  }

  const Role* role(std::size_t i, bool dept = false) const {
    if (i >= items_.size()) return nullptr;
    for (const Entry* e : items_[i].entries) {
      if (e->kind != EntryKind::kRole) continue;
      const Role& r = reg_.role(e->index);
      if ((r.type == RoleType::kDept) == dept) return &r;
    }
    return nullptr;
  }

  // Item i is a noun ("military strikes": "military" modifies it).
  bool before_noun(std::size_t i) const {
    if (!upos_ || i >= items_.size()) return false;
    const std::size_t t = pieces_[items_[i].begin].token;
    // A lower-case "proper noun" is a tagging slip ("de politie woensdag").
    if (t >= upos_->size()) return false;
    const std::string& tag = (*upos_)[t];
    if (tag == "NOUN" || (tag == "PROPN" && pieces_[items_[i].begin].shape.upper_initial)) return true;
    // "premier Schoof zijn …" with the surname read as a verb: no verb or
    // adjective is capitalised inside a sentence, unless in a title-case
    // headline, where the next word is capitalised too.
    const bool next_lower = i + 1 < items_.size() && pieces_[items_[i + 1].begin].shape.has_letter &&
                            !pieces_[items_[i + 1].begin].shape.upper_initial;
    return (tag == "VERB" || tag == "ADJ") && pieces_[items_[i].begin].shape.upper_initial && next_lower && t > 0;
  }

  // Whether the story is about the dateline's state: named again after the
  // dateline, or no other state named. A wire story filed from a regional
  // hub ("DAKAR - … in Mali") is about another state, whose army "the army" is.
  bool story_of_dateline() const {
    const std::string& d = *state_.dateline_country;
    std::size_t own = 0, other = 0;
    for (const Mention& m : state_.mentions) {
      if (m.actor.country.empty()) continue;
      (m.actor.country == d ? own : other) += 1;
    }
    return own >= 2 || other == 0;
  }

  // Whether a number in figures stands right before item `i` ("850
  // troops"): a force counted out is mostly the one a party named with it
  // sends or loses, not the dateline state's.
  bool counted(std::size_t i) const {
    if (i == 0) return false;
    const std::string& key = pieces_[items_[i - 1].begin].key;
    return !key.empty() && std::isdigit(static_cast<unsigned char>(key[0]));
  }

  bool is_comma(std::size_t i) const {
    return i < items_.size() && items_[i].entries.empty() && pieces_[items_[i].begin].key == ",";
  }

  // A word that can be part of a person's name.
  bool name_like(std::size_t i) const {
    if (i >= items_.size()) return false;
    if (find(i, EntryKind::kPerson)) return true;
    const Piece& p = pieces_[items_[i].begin];
    // A capitalised one-word description ("Blok", "Group") may be a name.
    const bool only_refs = !items_[i].entries.empty() && items_[i].end - items_[i].begin == 1 &&
                           std::all_of(items_[i].entries.begin(), items_[i].entries.end(), [&](const Entry* e) {
                             return e->kind == EntryKind::kWord && reg_.word(e->index).function == WordFunction::kRef;
                           });
    if (only_refs) return p.shape.upper_initial;
    if (!items_[i].entries.empty()) return false;
    if (upos_ && p.token < upos_->size()) {
      if ((*upos_)[p.token] == "PROPN") return true;
      // "De Wit riep …" with the surname tagged an adjective: a capitalised
      // word of a name the story already gave.
      return p.shape.upper_initial && std::any_of(state_.persons.begin(), state_.persons.end(), [&](const DocPerson& d) {
               return std::find(d.keys.begin(), d.keys.end(), p.key) != d.keys.end();
             });
    }
    return p.shape.upper_initial;
  }

  // ---- emitting -----------------------------------------------------------

  static Actor with_sector(Actor a, const std::string& sector) {
    if (!a.org.empty()) return a;  // a named organisation keeps its own code
    if (!sector.empty()) a.sector = sector;
    a.code = a.country + a.sector;
    return a;
  }

  // A named organisation as an actor. A group acts for no state: its home
  // state is only its base. An IGO body acts for its IGO.
  // What a title belongs to when nothing in reach says otherwise: an
  // organisation ("the Secretary-General") or, "@state:IRL", one state's
  // office ("the Taoiseach").
  std::optional<Actor> default_actor(std::string_view d) const {
    if (d.starts_with("@state:")) return state_actor(std::string(d.substr(7)), "GOV");
    if (d.empty() || d.starts_with('@')) return std::nullopt;
    if (const Organisation* o = reg_.organisation(std::string(d))) return org_actor(*o);
    return std::nullopt;
  }

  Actor org_actor(const Organisation& o) const {
    Actor a{o.code, o.country, o.id, o.sector, ""};
    // A group that has taken power acts for its state from then on.
    // Dates compare as far as both are known: "2021-08" is from "2021-08-15" on.
    // An undated document is taken to be current news: the group governs.
    bool governs = !o.governs_from.empty() && !doc_.date;
    if (!o.governs_from.empty() && doc_.date) {
      const std::string d = doc_.date->iso();
      const std::size_t n = std::min(d.size(), o.governs_from.size());
      governs = d.compare(0, n, o.governs_from, 0, n) >= 0;
    }
    if (o.kind == OrgKind::kGroup && !governs) std::swap(a.base, a.country);
    if (governs) {
      a.sector = "GOV";
      a.code = a.country + a.sector;
    }
    if (!o.parent.empty()) {
      a.body = o.id;
      a.org = o.parent;
    }
    return a;
  }

  // Gives `a` the principal of `where` (the state or organisation a title or
  // place puts it under).
  static void take_principal(Actor& a, const Actor& where) {
    a.country = where.country;
    a.org = where.org;
    a.base = where.base;
    a.body = where.body;
  }

  std::string code_of(const Actor& a) const {
    if (!a.org.empty()) {
      if (const Organisation* o = reg_.organisation(a.org)) return o->code;
    }
    return a.country + a.sector;
  }

  // Adds a mention over items [first, last). Mentions must cover whole
  // tokens: "Aqaba" inside "Aqaba-conferentie" is not one.
  std::optional<std::size_t> emit(std::size_t first, std::size_t last, MentionKind kind, Actor actor,
                                  std::optional<std::size_t> antecedent = std::nullopt, double confidence = 1.0) {
    if (first >= last || last > items_.size()) return std::nullopt;
    // "Freedonia's plan", "Sylvanias’ actions": the clitic is part of the
    // name's token, so the mention takes it along. After a title ("the
    // County Commissioner's Office") the possessive names a thing of the
    // office more often than the party, and stays out.
    const Role* last_role = role(last - 1);
    const bool after_title = last_role && last_role->type != RoleType::kGroup;
    while (last < items_.size() && !pieces_[items_[last - 1].end - 1].token_end && word(last, WordFunction::kPoss) &&
           !after_title) {
      ++last;
    }
    // "Iran-backed", "U.S.-led": the participle after the name in one word.
    while (last < items_.size() && !pieces_[items_[last - 1].end - 1].token_end && word(last, WordFunction::kSuffix)) {
      ++last;
    }
    // "JNIM-stellingen", "IS-leden": an organisation's name opening a
    // compound stands for the organisation (a place's does not:
    // "Aqaba-conferentie" is no party).
    auto noun_rest = [&](const Piece& p) {
      return p.shape.has_letter && !p.shape.upper_initial && upos_ && p.token < upos_->size() && (*upos_)[p.token] == "NOUN";
    };
    while (kind == MentionKind::kOrganisation && last < items_.size() && !pieces_[items_[last - 1].end - 1].token_end &&
           noun_rest(pieces_[items_[last].begin])) {
      ++last;
    }
    // "Noord-Syrische", "Oost-Oekraïne": a compass word before it in one word.
    while (first > 0 && !pieces_[items_[first].begin].token_begin && word(first - 1, WordFunction::kPrefix)) --first;
    const Piece& b = pieces_[items_[first].begin];
    const Piece& e = pieces_[items_[last - 1].end - 1];
    if (!b.token_begin || !e.token_end) return std::nullopt;
    if (actor.code.empty()) actor.code = code_of(actor);
    if (actor.code.empty()) return std::nullopt;
    Mention m;
    m.sentence = index_;
    m.span = {b.span.begin, e.span.end};
    m.text = doc_.text.substr(m.span.begin, m.span.size());
    m.kind = kind;
    m.actor = std::move(actor);
    m.antecedent = antecedent;
    m.confidence = confidence;
    // "Canberra said it would …", "Moskou reageerde": a place a verb follows
    // directly, not after "in" or "at", is its state acting (metonymy), and
    // a later "it" may stand for it.
    if (kind == MentionKind::kPlace && !antecedent && upos_ && last < items_.size() &&
        !(first > 0 && word(first - 1, WordFunction::kAt))) {
      const Piece& next = pieces_[items_[last].begin];
      if (next.token_begin && next.token < upos_->size() && (*upos_)[next.token] == "VERB") m.kind = MentionKind::kState;
    }
    const std::size_t at = state_.mentions.size();
    if (kind == MentionKind::kPerson && !m.actor.name.empty() && !antecedent) {
      state_.persons.push_back({surface_keys(m.actor.name), at, pending_title_, pending_role_});
    } else if (!pending_title_.empty() && !antecedent) {
      // A titled office holder without a name ("the Ukrainian leader", "ECOWAS
      // leaders"): the title alone may refer back to them.
      state_.persons.push_back({{}, at, pending_title_, pending_role_});
    }
    if (kind == MentionKind::kPlace) note_place(first);
    for (DocPlace& p : pending_places_) {
      p.mention = at;
      state_.places.push_back(std::move(p));
    }
    pending_places_.clear();
    const bool organisation = kind == MentionKind::kOrganisation && !antecedent;
    state_.mentions.push_back(std::move(m));
    if (organisation) note_acronym(last, at);
    return at;
  }

  // "the Rapid Support Forces (RSF)": the letters in brackets after a
  // named organisation stand for it in the rest of the document.
  void note_acronym(std::size_t next, std::size_t mention) {
    if (next + 2 >= items_.size() || pieces_[items_[next].begin].key != "(") return;
    const Item& x = items_[next + 1];
    if (x.end - x.begin != 1 || !x.entries.empty() || pieces_[items_[next + 2].begin].key != ")") return;
    const Piece& p = pieces_[x.begin];
    if (!p.shape.all_caps || p.text.size() < 2 || p.text.size() > 8) return;
    state_.acronyms.emplace(p.text, mention);
  }

  // An acronym the document introduced, at item `i`.
  std::optional<std::size_t> parse_acronym(std::size_t i) {
    if (i >= items_.size() || items_[i].end - items_[i].begin != 1 || !items_[i].entries.empty()) return std::nullopt;
    const auto it = state_.acronyms.find(pieces_[items_[i].begin].text);
    if (it == state_.acronyms.end()) return std::nullopt;
    if (!emit(i, i + 1, MentionKind::kOrganisation, state_.mentions[it->second].actor, it->second)) return std::nullopt;
    return i + 1;
  }

  // Remembers the place at item `i` for the next mention emitted.
  void note_place(std::size_t i) const {
    if (const Entry* e = find(i, EntryKind::kPlace)) {
      pending_places_.push_back({fold_case(reg_.place(e->index).name), reg_.place(e->index).country, 0});
    }
  }

  // ---- patterns -----------------------------------------------------------

  // The state or place named at item `i` as a seat ("in Niamey", "In
  // Beijing,"): a name, not an adjective, of no organisation.
  std::optional<Mod> seat_at(std::size_t i) const {
    Mod m;
    if (!make_mod(i, m) || m.adjective || !m.actor.org.empty() || m.actor.country.empty()) return std::nullopt;
    return m;
  }

  bool make_mod(std::size_t i, Mod& m) const {
    m = Mod{};
    m.item = i;
    m.end = i + 1;
    if (const Entry* e = find(i, EntryKind::kCountry)) {
      const Country& c = reg_.country(e->index);
      m.actor = {c.alpha3, c.alpha3, "", "", ""};
      m.kind = MentionKind::kState;
      m.adjective = e->form == CountryForm::kAdjective;
    } else if (const Entry* e = find(i, EntryKind::kOrganisation)) {
      m.actor = org_actor(reg_.organisation(e->index));
      m.kind = MentionKind::kOrganisation;
    } else if (const Entry* e = find(i, EntryKind::kPlace)) {
      const Place& p = reg_.place(e->index);
      m.actor = {p.country, p.country, "", "", ""};
      m.kind = MentionKind::kPlace;
    } else {
      return false;
    }
    if (word(m.end, WordFunction::kPoss)) ++m.end;
    return true;
  }

  // States, places and organisations joined by "and" or commas ("the Kenyan
  // and the Dutch", "Australië, Canada, de EU"). Only like joins like, so
  // "In Kenya, British troops" stays two phrases.
  std::size_t parse_mods(std::size_t i, std::vector<Mod>& mods) const {
    Mod m;
    if (!make_mod(i, m)) return i;
    mods.push_back(m);
    std::size_t j = m.end;
    while (true) {
      std::size_t k = j;
      bool joined = false;
      if (is_comma(k)) ++k, joined = true;
      if (word(k, WordFunction::kAnd)) ++k, joined = true;
      if (!joined) break;
      if (word(k, WordFunction::kDet)) ++k;
      Mod next;
      if (!make_mod(k, next) || next.adjective != mods.back().adjective) break;
      mods.push_back(next);
      j = next.end;
    }
    return j;
  }

  // "of Mombasa, Kenya", "van de VN". Returns the item after it, or `i`.
  std::size_t parse_of(std::size_t i, Actor& out) const {
    if (!word(i, WordFunction::kOf)) return i;
    std::size_t j = i + 1;
    if (word(j, WordFunction::kDet)) ++j;
    j = skip_state_form(j);
    Mod m;
    if (!make_mod(j, m) || m.adjective) {
      // "de secretaris-generaal van het bondgenootschap", "the chair of the
      // bloc": the organisation the story has in reach.
      const Word* w = j > i + 1 ? word(j, WordFunction::kRef) : nullptr;
      if (w && w->ref_class == "igo" && items_[j].end - items_[j].begin == 1) {
        const auto g = newest(j, 3, [](const Mention& x) {
          return x.actor.country.empty() && x.actor.base.empty() && !x.actor.org.empty();
        });
        if (g) {
          out = state_.mentions[*g].actor;
          return j + 1;
        }
      }
      return i;
    }
    // "for the Belgrade-Pristina dialogue": a name inside a hyphenated
    // compound modifies the noun after it; it is not what the phrase names.
    if (m.item < items_.size() && !pieces_[items_[m.item].end - 1].token_end) return i;
    out = m.actor;
    const MentionKind first_kind = m.kind;
    note_place(j);
    j = m.item + 1;
    while (true) {
      std::size_t k = j;
      const bool comma = is_comma(k);
      if (comma) ++k;
      const bool conj = word(k, WordFunction::kAnd) != nullptr;
      if (conj) ++k;
      if (!comma && !conj) break;
      if (word(k, WordFunction::kDet)) ++k;
      Mod more;
      if (!make_mod(k, more) || more.adjective || more.kind == MentionKind::kOrganisation) break;
      if (first_kind == MentionKind::kState && more.kind == MentionKind::kState) {
        // "the governments of Qatar, Oman and Switzerland": a list of states.
        of_list_.emplace_back(k, more.actor);
      } else if (conj) {
        break;
      } else {
        // "of Mombasa, Kenya": the place's state.
        note_place(k);
        if (more.kind == MentionKind::kState || out.country.empty()) out = more.actor;
      }
      j = k + 1;
    }
    return j;
  }

  // "the Federal Democratic Republic of Ethiopia", "het Koninkrijk
  // Saoedi-Arabië": a state's formal name is the state; returns the item
  // where its plain name starts, or `j`.
  std::size_t skip_state_form(std::size_t j) const {
    for (std::size_t k = j; k < size() && k < j + 5; ++k) {
      if (word(k, WordFunction::kStateForm) && pieces_[items_[k].begin].shape.upper_initial) {
        std::size_t e = k + 1;
        if (word(e, WordFunction::kOf)) ++e;
        Mod m;
        return make_mod(e, m) && m.kind == MentionKind::kState && !m.adjective ? e : j;
      }
      if (!pieces_[items_[k].begin].shape.upper_initial || !items_[k].entries.empty()) break;
    }
    return j;
  }

  // A person's name: capitalised words, registry names and particles inside.
  std::size_t parse_name_run(std::size_t i) const {
    std::size_t j = i;
    while (j < size()) {
      if (name_like(j)) {
        ++j;
      } else if (j == i && items_[j].end - items_[j].begin == 1 && !items_[j].entries.empty() &&
                 std::all_of(items_[j].entries.begin(), items_[j].entries.end(),
                             [](const Entry* e) { return e->kind == EntryKind::kPlace; }) &&
                 name_like(j + 1)) {
        ++j;  // a city's name as a given name before a surname ("President Sofia Aranda")
      } else if (j > i && !pieces_[items_[j - 1].end - 1].token_end && pieces_[items_[j].begin].shape.has_letter &&
                 !word(j, WordFunction::kPoss)) {
        ++j;  // the rest of a hyphenated name ("Jae-in")
      } else if ((j > i || pieces_[items_[j].begin].shape.upper_initial) && word(j, WordFunction::kParticle)) {
        // "Sanne de Wit" with "Wit" tagged an adjective: after a name's
        // particle a capitalised word is the name's. A surname may open
        // with its particles, capitalised ("minister Van der Berg").
        std::size_t k = j + 1;
        while (k < size() && k < j + 3 && word(k, WordFunction::kParticle) && !pieces_[items_[k].begin].shape.upper_initial) ++k;
        if (!(name_like(k) || (k < size() && items_[k].entries.empty() && pieces_[items_[k].begin].shape.upper_initial))) break;
        j = k + 1;
      } else {
        break;
      }
    }
    return j;
  }

  std::vector<std::string> keys_of(std::size_t first, std::size_t last) const {
    std::vector<std::string> keys;
    for (std::size_t p = items_[first].begin; p < items_[last - 1].end; ++p) keys.push_back(pieces_[p].key);
    return keys;
  }

  std::string text_of(std::size_t first, std::size_t last) const {
    const std::size_t b = pieces_[items_[first].begin].span.begin, e = pieces_[items_[last - 1].end - 1].span.end;
    return doc_.text.substr(b, e - b);
  }

  // An earlier person in the document with this name: the same surname, or
  // one word that is their first name or surname ("Amina", "Joho").
  std::optional<std::size_t> earlier_person(const std::vector<std::string>& keys) const {
    for (auto it = state_.persons.rbegin(); it != state_.persons.rend(); ++it) {
      const auto& pk = it->keys;
      if (pk.empty()) continue;
      const bool match = keys.size() == 1 ? (keys[0] == pk.front() || keys[0] == pk.back())
                                          : (keys.back() == pk.back() && keys.size() <= pk.size());
      if (match) return it->mention;
    }
    return std::nullopt;
  }

  Actor person_actor(const Person& p, std::string_view sector = {}, const Actor* appos = nullptr) const {
    const PersonRole* role = &p.role_at(doc_.date ? &*doc_.date : nullptr, sector);
    // "de Nederlandse minister van Buitenlandse Zaken, mevrouw Sigrid Kaag":
    // the office in apposition says which of the person's roles is meant.
    if (appos) {
      auto fits = [&](const PersonRole& r) {
        return (!appos->country.empty() && r.country == appos->country) || (!appos->org.empty() && r.org == appos->org);
      };
      if (!fits(*role))
        for (const PersonRole& r : p.roles)
          if (fits(r)) role = &r;
    }
    const PersonRole& r = *role;
    Actor a{"", r.country, r.org, r.sector, p.name};
    if (const Organisation* o = r.org.empty() ? nullptr : reg_.organisation(r.org)) {
      const Actor oa = org_actor(*o);
      a.org = oa.org;
      a.body = oa.body;
      if (a.country.empty()) a.base = oa.base;
    }
    a.code = code_of(a);
    return a;
  }

  // Who the name run [first, last) is: an earlier mention, else a registry
  // person, else a new person known only by this mention.
  Resolved resolve_person(std::size_t first, std::size_t last, std::string_view sector = {},
                          const Actor* appos = nullptr) const {
    const std::vector<std::string> keys = keys_of(first, last);
    if (auto m = earlier_person(keys)) return {state_.mentions[*m].actor, m};
    for (std::size_t i = first; i < last; ++i) {
      if (const Entry* e = find(i, EntryKind::kPerson))
        return {person_actor(reg_.person(e->index), sector, appos), std::nullopt};
    }
    const bool common = keys.size() == 1 && reg_.common_name(keys.front());
    if (const auto* ids = common ? nullptr : reg_.persons_by_surname(keys.back())) {
      for (std::uint32_t id : *ids) {
        const Person& p = reg_.person(id);
        // "Croo" or "De Croo" (the name's tail), "Alexander Croo" (first name and surname).
        const bool tail = keys.size() <= p.name_keys.size() &&
                          std::equal(keys.begin(), keys.end(), p.name_keys.end() - static_cast<std::ptrdiff_t>(keys.size()));
        if (keys.size() == 1 || keys.front() == p.name_keys.front() || tail)
          return {person_actor(p, sector, appos), std::nullopt};
      }
    }
    Actor a;
    a.name = text_of(first, last);
    return {a, std::nullopt};
  }

  // Title(s) and name(s) after `mods`: "Dutch Foreign minister Bert
  // Koenders", "ministers Blok en Grapperhaus", "Governor Hassan Ali Joho of
  // Mombasa, Kenya", "minister Blok van Buitenlandse Zaken".
  // `scope`: the state or organisation of the office between title and
  // name ("Special Envoy for Somalia Nicholas Kay"), used when no modifier
  // before the title names one.
  // The office of an unnamed titled person right before item `i`, set off
  // by a comma and at most five more words ("the Dutch foreign minister,
  // Ms Kaag"): the person named at `i` holds it.
  const Actor* apposed_office(std::size_t i) const {
    if (state_.mentions.empty() || i >= items_.size()) return nullptr;
    const Mention& prev = state_.mentions.back();
    if (prev.sentence != index_ || prev.kind != MentionKind::kPerson || !prev.actor.name.empty()) return nullptr;
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    if (begin <= prev.span.end) return nullptr;
    const std::string_view between = std::string_view(doc_.text).substr(prev.span.end, begin - prev.span.end);
    const std::size_t comma = between.find(',');
    if (comma == std::string_view::npos || between.find_first_not_of(" \t") != comma) return nullptr;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : between.substr(comma + 1)) {
      const bool space = c == ' ' || c == '\t' || c == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    // The office may go on ("…, Buitenlandse Handel en Ontwikkelingssamenwerking, mevrouw Kaag").
    return words <= 5 ? &prev.actor : nullptr;
  }

  std::size_t emit_persons(const std::vector<Mod>& mods, std::size_t start, const std::string& sector,
                           std::size_t name_begin, std::size_t name_end, const Actor* scope = nullptr) {
    std::vector<std::pair<std::size_t, std::size_t>> runs{{name_begin, name_end}};
    while (word(runs.back().second, WordFunction::kAnd)) {
      const std::size_t b = runs.back().second + 1;
      const std::size_t e = parse_name_run(b);
      if (e == b || role(e) || find(e, EntryKind::kRole)) break;
      runs.emplace_back(b, e);
    }
    std::size_t pos = runs.back().second;
    if (word(pos, WordFunction::kOf) && role(pos + 1, true)) pos += 2;
    Actor of;
    const std::size_t of_end = parse_of(pos, of);
    const bool has_of = of_end > pos;
    pos = of_end;
    for (std::size_t r = 0; r < runs.size(); ++r) {
      Resolved res = resolve_person(runs[r].first, runs[r].second, sector, r == 0 ? apposed_office(start) : nullptr);
      Actor a = res.actor;
      // A later name the registry knows with an allegiance of its own is no
      // holder of the shared title ("VN-secretaris-generaal António Guterres
      // en paus Franciscus").
      const bool own = r > 0 && !res.antecedent && (!a.country.empty() || !a.org.empty());
      // What the text says beats what the registry remembers.
      if (!sector.empty() && !own) a.sector = sector;
      const Actor* where = own ? nullptr : !mods.empty() ? &mods.back().actor : has_of ? &of : scope;
      if (where) take_principal(a, *where);
      double confidence = 1.0;
      bool guessed = false;
      if (a.country.empty() && a.org.empty() && !res.antecedent) {
        if (const auto d = default_actor(pending_default_)) {
          take_principal(a, *d);  // "Secretary-General António Guterres", "Taoiseach Micheál Martin"
        } else if (const auto m = unnamed_holder(); m && a.sector == "GOV") {
          // "Estonia's foreign minister on …" heading the story, then
          // "Foreign Minister Kristjan Lepp": the office holder named.
          take_principal(a, state_.mentions[*m].actor);
          confidence = 0.7;
        } else if (auto c = official_country(start); c && a.sector == "GOV") {
          // "Prime Minister Dr. X" with the state only in the sentence
          // before (or the dateline).
          a.country = *c;
          confidence = 0.6;
          guessed = home_guessed_;
        }
      }
      a.code = code_of(a);
      if (a.code.empty() && !a.name.empty()) a.code = a.sector;  // a titled person of unknown country
      const std::size_t first = r == 0 ? start : runs[r].first;
      const std::size_t last = r + 1 == runs.size() ? pos : runs[r].second;
      const auto at = emit(first, last, MentionKind::kPerson, a, res.antecedent, confidence);
      if (at && guessed && pending_home_) state_.home_guesses.emplace_back(*at, *pending_home_);
    }
    return pos;
  }

  // Role nouns, with or without modifiers before them: "the Kenyan and
  // British governments", "Ghana's Minister of ...", "Al Shabaab militants",
  // "the government of Kenya", "police".
  // "(AU)", "(MR)": a parenthesis of up to a few words after a phrase.
  std::size_t skip_parenthesis(std::size_t i) const {
    if (i >= size() || !items_[i].entries.empty() || pieces_[items_[i].begin].key != "(") return i;
    for (std::size_t j = i + 1; j < size() && j < i + 8; ++j) {
      if (items_[j].entries.empty() && pieces_[items_[j].begin].key == ")") return j + 1;
    }
    return i;
  }

  // A capitalised run that is no registry phrase ("the Commission", "the
  // National Security Directorate"): an office inside a longer title.
  std::size_t skip_office(std::size_t i) const {
    auto office_word = [&](std::size_t j) {
      return j < size() && (role(j, true) || (items_[j].entries.empty() && pieces_[items_[j].begin].shape.upper_initial &&
                                              pieces_[items_[j].begin].shape.has_letter));
    };
    std::size_t j = i;
    while (j < i + 8 && office_word(j)) {
      const bool dept = role(j, true);
      ++j;
      // "Information and Culture", "Environment and Sustainable Development"
      if (j > i && word(j, WordFunction::kAnd) && office_word(j + 1)) {
        ++j;
        continue;
      }
      // A known department ends the office: "Minister of Foreign Affairs
      // Kang Min-seo" goes on with the holder's name.
      if (dept) break;
    }
    return j;
  }

  // "of the Commission of the African Union (AU)": an "of" phrase that may
  // pass through offices before it reaches a state or organisation.
  std::size_t parse_of_chain(std::size_t i, Actor& out) const {
    for (int hops = 0; hops < 3; ++hops) {
      const std::size_t e = parse_of(i, out);
      if (e > i) return skip_parenthesis(e);
      if (!word(i, WordFunction::kOf)) return i;
      std::size_t j = i + 1;
      if (word(j, WordFunction::kDet)) ++j;
      const std::size_t office_end = skip_office(j);
      if (office_end == j || !word(office_end, WordFunction::kOf)) return i;
      i = office_end;
    }
    return i;
  }

  // ", Ambassador Joren Dal": a name in apposition after a title, with
  // honorifics or titles of its own. Returns the name run, or nothing.
  std::optional<std::pair<std::size_t, std::size_t>> apposed_name(std::size_t i) const {
    if (!is_comma(i)) return std::nullopt;
    std::size_t j = i + 1;
    while (role(j) && role(j)->type != RoleType::kGroup) ++j;
    const std::size_t e = parse_name_run(j);
    // One capitalised word is too weak a name unless it is known.
    if (e == j || (e - j < 2 && !find(j, EntryKind::kPerson) && !earlier_person(keys_of(j, e)))) return std::nullopt;
    if (e < size() && !is_comma(e) && !word(e, WordFunction::kAnd) && !skip_parenthesis(e)) {
      // The name must end the apposition ("…, Ana Vale, has condemned").
    }
    return std::make_pair(j, e);
  }

  // The most recent person whose title ends in the same word ("the
  // minister" after "Foreign Minister Ivo Marsh"); a title of several words
  // names that office only ("the finance minister" is not him).
  // `bare`: the title stands alone ("de minister"), with no name of its own.
  // The latest office holder of the pending title the story named without
  // a name but with a state ("Estonia's foreign minister"), if the story has
  // no named holder of that title yet.
  std::optional<std::size_t> unnamed_holder() const {
    if (pending_role_.empty()) return std::nullopt;
    for (auto it = state_.persons.rbegin(); it != state_.persons.rend(); ++it) {
      if (it->role != pending_role_) continue;
      if (!it->keys.empty()) return std::nullopt;
      const Actor& a = state_.mentions[it->mention].actor;
      if (!a.country.empty() && a.name.empty()) return it->mention;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> earlier_titled(const Role& r, bool bare = false) const {
    if (r.last_key.empty()) return std::nullopt;
    // "de bewindsvrouw" (@as:minister) refers back as "de minister" does.
    const std::string_view as = r.default_org.starts_with("@as:") ? std::string_view(r.default_org).substr(4) : std::string_view();
    for (auto it = state_.persons.rbegin(); it != state_.persons.rend(); ++it) {
      if (!as.empty()) {
        if (it->title == as) return it->mention;
        continue;
      }
      // "de minister" after "minister van Buitenlandse Zaken X": the head
      // of a title with its office after it.
      const bool head_of_title = bare && r.key == r.last_key && it->role.starts_with(r.key + " ");
      if (it->title != r.last_key && !head_of_title) continue;
      if (r.key != r.last_key && !it->role.empty() && it->role != it->title && it->role != r.key) continue;
      return it->mention;
    }
    return std::nullopt;
  }

  // Role nouns, with or without modifiers before them: "the Kenyan and
  // British governments", "Ghana's Minister of ...", "Al Shabaab militants",
  // "the government of Kenya", "police".
  std::size_t parse_role_phrase(const std::vector<Mod>& mods, std::size_t start, std::size_t k) {
    std::vector<const Role*> roles;
    std::size_t end = k;
    while (roles.size() < 3) {
      if (role(end)) {
        roles.push_back(role(end++));
      } else if (role(end, true) && role(end + 1)) {
        ++end;  // "Foreign Affairs Minister": a department between adjective and title
      } else {
        break;
      }
    }
    if (roles.empty()) {
      emit_mods(mods, k);
      return std::max(k, start + 1);
    }
    std::string sector;
    for (const Role* r : roles) {
      if (sector.empty()) sector = r->sector;
    }
    const Role& last = *roles.back();
    if (last.type == RoleType::kBranch) return parse_branch(mods, start, end);
    const bool titled = last.type == RoleType::kTitle || last.type == RoleType::kHonorific;
    if (titled) {
      pending_title_ = last.last_key;
      pending_role_ = last.key;
      pending_default_ = last.default_org;
      pending_home_ = &last.home_states;
      // "Minister of Foreign Affairs", "Minister of Information and Culture"
      if (word(end, WordFunction::kOf)) {
        std::size_t d = end + 1;
        if (word(d, WordFunction::kDet)) ++d;
        const std::size_t office_end = skip_office(d);
        if (office_end > d && (role(d, true) || is_comma(office_end) || name_like(office_end))) end = office_end;
      }
      std::size_t name_end = parse_name_run(end);
      // "Minister Veldhuis van …" with the surname tagged a common noun:
      // right after a title, a capitalised word the registry does not know
      // is a name.
      if (name_end == end && end < size() && items_[end].entries.empty() && pieces_[items_[end].begin].shape.upper_initial &&
          pieces_[items_[end].begin].shape.has_letter && before_noun(end))
        name_end = std::max(parse_name_run(end + 1), end + 1);
      if (name_end > end) return finish_title(emit_persons(mods, start, sector, end, name_end));
      // "U.N. Special Envoy for Somalia Nicholas Kay", "President of Kenya
      // William Ruto": the office's scope, then the name with no comma.
      {
        Actor scope;
        const std::size_t scope_end = parse_of(end, scope);
        const std::size_t scoped_name_end = scope_end > end ? parse_name_run(scope_end) : scope_end;
        if (scoped_name_end > scope_end)
          return finish_title(emit_persons(mods, start, sector, scope_end, scoped_name_end, &scope));
      }
      // "Deputy Mayor Kristiansand": a title right before a place.
      Mod place;
      // Not a state ("riep de minister Rwanda op": the minister, then the
      // state addressed).
      if (mods.empty() && make_mod(end, place) && !place.adjective && place.kind != MentionKind::kOrganisation &&
          place.kind != MentionKind::kState) {
        emit(start, end + 1, MentionKind::kPerson, with_sector(place.actor, sector));
        return finish_title(end + 1);
      }
      // "The Chairperson of the Commission of the Coastal Union (CU), Ana
      // Vale,", "Ruritania's Executive Secretary, Ambassador Joren Dal,".
      Actor of;
      const std::size_t of_end = parse_of_chain(end, of);
      const std::size_t after = skip_parenthesis(of_end);
      // A bare title takes an apposed name only when it is a full name
      // ("our president, Alberto Fernández,"), not a single word.
      auto name = apposed_name(after);
      if (name && mods.empty() && of_end == end && items_[name->second - 1].end - items_[name->first].begin < 2) {
        name.reset();
      }
      if (name) {
        Resolved res = resolve_person(name->first, name->second);
        Actor a = res.actor;
        if (!sector.empty()) a.sector = sector;
        // The state or organisation: before the title, in its "of" phrase,
        // or after the name ("the president, Joren Dal of Tanzania").
        Actor after_name;
        const std::size_t name_end = parse_of(name->second, after_name);
        bool guessed = false;
        if (!mods.empty()) {
          take_principal(a, mods.back().actor);
        } else if (of_end > end) {
          take_principal(a, of);
        } else if (name_end > name->second) {
          take_principal(a, after_name);
        } else if (const auto d = default_actor(last.default_org)) {
          take_principal(a, *d);
        } else if (!a.country.empty() || !a.org.empty()) {
          // A person the registry knows keeps their state: "our president,
          // Alberto Fernández" after "the president of Chile" is Argentina's.
        } else if (auto m = res.antecedent ? std::nullopt : earlier_titled(last)) {
          // "the diplomat, X" after "an Iranian diplomat": the one described before.
          take_principal(a, state_.mentions[*m].actor);
        } else if (auto c = res.antecedent || a.sector != "GOV" ? std::nullopt : official_country(start)) {
          // "the Minister of Information and Culture, Lai Mohammed" with the
          // state only in the sentence before, as for a title before a name.
          a.country = *c;
          guessed = home_guessed_;
        }
        a.code = code_of(a);
        if (a.code.empty()) return finish_title(name_end);  // a person of unknown allegiance codes nothing
        const auto at = emit(start, name_end, MentionKind::kPerson, a, res.antecedent);
        if (at && guessed && pending_home_) state_.home_guesses.emplace_back(*at, *pending_home_);
        return finish_title(name_end);
      }
      if (mods.empty() && of_end == end) {
        // A bare title: the office holder named earlier, else the one
        // organisation the title belongs to ("the Secretary-General").
        // Not after a possessive ("its ambassador" is the possessor's own).
        const bool possessed = start > 0 && word(start - 1, WordFunction::kPronoun);
        if (auto m = possessed ? std::nullopt : earlier_titled(last, true)) {
          emit(start, end, MentionKind::kPerson, state_.mentions[*m].actor, m, 0.7);
          return finish_title(end);
        }
        // "The leaders also rejected …" after "the ECOWAS Heads of State met":
        // a plural office with no holder named is the bloc in reach.
        // Only definite ("the leaders", "alle leiders"), not "a row of leaders".
        if (last.default_org == "@bloc" && !possessed && start > 0 && word(start - 1, WordFunction::kDet)) {
          const auto g = newest(start, 2, [](const Mention& x) {
            return x.actor.country.empty() && x.actor.base.empty() && !x.actor.org.empty();
          });
          if (g) {
            emit(start, end, MentionKind::kReference, state_.mentions[*g].actor, g, 0.5);
            return finish_title(end);
          }
        }
        // "BOGOTA - … The president suspended the talks": with none named
        // before, the head of the state the story is filed from and about.
        if (last.default_org == "@head" && !possessed && start > 0 && word(start - 1, WordFunction::kDet) &&
            state_.dateline_country && story_of_dateline()) {
          emit(start, end, MentionKind::kPerson, state_actor(*state_.dateline_country, sector), std::nullopt, 0.5);
          return finish_title(end);
        }
        if (!last.default_org.empty()) {
          if (auto d = default_actor(last.default_org)) {
            Actor a = std::move(*d);
            if (!sector.empty()) a.sector = sector;
            a.code = code_of(a);
            emit(start, end, MentionKind::kPerson, a, std::nullopt, 0.6);
            return finish_title(end);
          }
        }
      }
      if (last.type == RoleType::kHonorific) {
        emit_mods(mods, end);
        return finish_title(end);
      }
    }
    // "the Ministry of Foreign Affairs of Ireland": a department between
    // the body and its state.
    if (!titled && word(end, WordFunction::kOf) && role(end + 1, true)) {
      const std::size_t office_end = skip_office(end + 1);
      if (word(office_end, WordFunction::kOf)) end = office_end;
    }
    Actor of;
    std::size_t of_end = parse_of(end, of);
    const MentionKind kind = titled ? MentionKind::kPerson : MentionKind::kCollective;
    if (mods.empty()) {
      // A role noun with no state or organisation ("the police",
      // "terrorists") is left out: without a country it codes nothing useful.
      if (of_end > end) {
        emit(start, of_end, of.org.empty() ? kind : MentionKind::kOrganisation, with_sector(of, sector));
        emit_of_list();
      } else if ((last.default_org.starts_with("@home") || (last.default_org == "@land" && !before_noun(end))) &&
                 !word(end, WordFunction::kOf) &&
                 !(start > 0 && pieces_[items_[start].begin].shape.upper_initial && name_like(start - 1))) {
        // (Not the last word of a name the registry lacks: "the National
        // Liberation Army".)
        // "the government", "het kabinet": the state the story is told from
        // (not "the Ministry of Public Security of X", whose "of" names it).
        // "the junta in Niamey", "de regering in Kaboel": a group (not a
        // title: "the ambassador in Ankara" is no Turk) where the place is.
        std::optional<std::string> c;
        if (const auto seat = titled || !word(end, WordFunction::kAt) ? std::nullopt : seat_at(end + 1)) {
          c = seat->actor.country;
        } else if ((c = opening_seat(start))) {
          // "In Beijing, the foreign ministry …": the seat the sentence opens with.
        } else if (last.default_org == "@land" && state_.dateline_country && !counted(start) && story_of_dateline()) {
          // "the army", "het leger": the forces of the state the story is
          // filed from, before any state a nearby sentence names.
          c = state_.dateline_country;
        } else if (!(c = home_country(last.home_states)) && sector == "GOV" && state_.dateline_country &&
                   story_of_dateline()) {
          // "WARSAW - … The foreign ministry said": no one state named
          // nearby, the story's own state is the one it is filed from. (Not
          // "the junta": a regional hub reports other states' coups.)
          c = state_.dateline_country;
        }
        if (c) emit(start, end, kind, state_actor(*c, sector), std::nullopt, 0.5);
      } else if (last.default_org == "@earlier" || last.default_org == "@named") {
        // "the embassy" after "the Mexican Embassy": the same body, named
        // with a state in reach. "the council" after "the Gulf Cooperation
        // Council", "the Forum": the organisation the story named with it.
        const std::string key = last.last_key;
        const bool named = last.default_org == "@named";
        const auto g = newest(start, named ? index_ : 2, [&](const Mention& x) {
          const auto keys = surface_keys(x.text);
          const bool body = named ? x.kind == MentionKind::kOrganisation && !x.actor.org.empty() : !x.actor.country.empty();
          return body && keys.size() > 1 && keys.back() == key;
        });
        if (g) emit(start, end, MentionKind::kReference, state_.mentions[*g].actor, g, named ? 0.6 : kEarlierConfidence);
      } else if (last.default_org == "@here") {
        // "thousands of protesters marched to the embassy in Dhaka": a crowd
        // is of the state where it gathers, named in its sentence after a
        // locative word (not a mission's nationality: "at the British
        // Embassy"), else the dateline's.
        std::optional<std::string> c;
        for (std::size_t j = 0; j + 1 < size() && !c; ++j) {
          if (j == start || !word(j, WordFunction::kAt)) continue;
          std::size_t p = j + 1;
          if (word(p, WordFunction::kDet)) ++p;
          if (const auto seat = seat_at(p)) c = seat->actor.country;
        }
        if (!c) c = state_.dateline_country;
        if (c) emit(start, end, kind, state_actor(*c, sector), std::nullopt, 0.5);
      } else if (last.default_org == "@story") {
        // "two militants", "the gunmen": the armed group of the story.
        // (An armed group has a home base, or none at all: the Islamic State.)
        const auto g = newest(start, index_, [](const Mention& x) {
          return !x.actor.base.empty() || (x.actor.country.empty() && !x.actor.org.empty() && x.actor.sector == "REB");
        });
        if (g) emit(start, end, MentionKind::kReference, state_.mentions[*g].actor, g, 0.5);
      }
      return finish_title(std::max(of_end, end));
    }
    // Adjectives and places share the role ("Kenyan and British governments"
    // -> KENGOV "Kenyan", GBRGOV "British governments"; "Mombasa and
    // Kristiansand leaders"); in a list of names or organisations only the
    // last one owns it ("Australië, Canada, de EU-lidstaten"), as it does when
    // the role is glued to it in one word.
    const Mod& tail = mods.back();
    const bool glued = pieces_[items_[k].begin].token == pieces_[items_[tail.end - 1].end - 1].token;
    // "een Frans fregat van de Europese marinemissie", "Kenyan troops of the
    // AU mission": a state's unit in an organisation's force is named apart
    // from the organisation (read on from the "of"), which the coder may take
    // as the doer.
    if (!titled && of_end > end && !of.org.empty() && of.country.empty() && of.base.empty()) of_end = end;
    for (std::size_t i = 0; i < mods.size(); ++i) {
      const Mod& m = mods[i];
      const bool is_last = i + 1 == mods.size();
      const bool shares = is_last || (!glued && (m.adjective || m.kind == MentionKind::kPlace));
      const MentionKind mk = m.kind == MentionKind::kOrganisation ? MentionKind::kOrganisation : kind;
      if (m.kind == MentionKind::kPlace && shares) note_place(m.item);
      if (!shares) {
        emit(m.item, m.item + 1, m.kind, m.actor);
      } else {
        emit(m.item, is_last ? std::max(of_end, end) : m.item + 1, mk, with_sector(m.actor, sector));
      }
    }
    return finish_title(std::max(of_end, end));
  }

  // "the Afghan branch of the Islamic State", "de Afghaanse tak van IS": a
  // part of an organisation is the organisation — its branch based in the
  // adjective's state when the registry has one — and the adjective names
  // no party of its own.
  std::size_t parse_branch(const std::vector<Mod>& mods, std::size_t start, std::size_t end) {
    Actor of;
    std::size_t of_end = parse_of(end, of);
    if (of_end == end && word(end, WordFunction::kOf)) {
      // "of the terrorist group Islamic State", "van terreurgroep IS": the
      // organisation after a few common words describing it.
      std::size_t j = end + 1;
      if (word(j, WordFunction::kDet)) ++j;
      for (std::size_t n = 0; n < 3 && j < size() && pieces_[items_[j].begin].shape.has_letter &&
                              !pieces_[items_[j].begin].shape.upper_initial;
           ++n)
        ++j;
      Mod m;
      if (j > end + 1 && make_mod(j, m) && m.kind == MentionKind::kOrganisation) {
        of = m.actor;
        of_end = m.end;
      }
    }
    if (of_end == end || of.org.empty()) {
      emit_mods(mods, end);
      return std::max(end, start + 1);
    }
    const Organisation* whole = reg_.organisation(of.org);
    const Organisation* part = nullptr;
    if (whole && mods.size() == 1 && mods[0].adjective) part = reg_.branch(whole->id, mods[0].actor.country);
    emit(start, of_end, MentionKind::kOrganisation, part ? org_actor(*part) : of);
    return of_end;
  }

  std::size_t finish_title(std::size_t pos) {
    pending_title_.clear();
    pending_role_.clear();
    pending_default_.clear();
    pending_home_ = nullptr;
    return pos;
  }

  // Modifiers with no role noun after them. Names stand on their own; an
  // adjective names its state when a common noun follows ("Kenyan
  // businesses", "Russische raketten"), not before a name or at the end.
  // "Saudi and US mediators": an adjective of state coordinated with
  // another state's that modifies a noun.
  bool coordinated_mod(std::size_t next) const {
    if (!word(next, WordFunction::kAnd)) return false;
    Mod other;
    if (!make_mod(next + 1, other) || other.end >= size()) return false;
    const Piece& p = pieces_[items_[other.end].begin];
    return items_[other.end].entries.empty() && !p.shape.upper_initial && p.shape.has_letter;
  }

  void emit_mods(const std::vector<Mod>& mods, std::size_t next) {
    const bool noun_follows = (next < size() && items_[next].entries.empty() &&
                               pieces_[items_[next].begin].shape.has_letter &&
                               !pieces_[items_[next].begin].shape.upper_initial) ||
                              (word(next, WordFunction::kSuffix) && !pieces_[items_[next].begin - 1].token_end) ||
                              coordinated_mod(next);
    // "het Ministerie van Buitenlandse Zaken van Marokko", "the Ministry of
    // Foreign Affairs of Kenya": a national body the registry knows by its
    // home state's name is the body of the state its "of" names.
    if (mods.size() == 1 && !mods[0].adjective && mods[0].kind == MentionKind::kOrganisation &&
        !mods[0].actor.country.empty() && word(next, WordFunction::kOf)) {
      std::size_t p = next + 1;
      if (word(p, WordFunction::kDet)) ++p;
      Mod owner;
      if (make_mod(p, owner) && !owner.adjective && owner.kind == MentionKind::kState &&
          owner.actor.country != mods[0].actor.country) {
        emit(mods[0].item, mods[0].item + 1, MentionKind::kCollective,
             state_actor(owner.actor.country, mods[0].actor.sector.empty() ? "GOV" : mods[0].actor.sector));
        return;
      }
    }
    for (const Mod& m : mods) {
      if (!m.adjective) {
        emit(m.item, m.item + 1, m.kind, m.actor);
      } else if (noun_follows) {
        emit(m.item, m.item + 1, MentionKind::kState, m.actor, std::nullopt, 0.8);
      }
    }
  }

  // "the Belgian aid worker Olivier Vandecasteele", "de Belgische
  // hulpverlener …": a national described by a common noun before the name
  // takes the adjective's state. Returns the item after the name, or `k`.
  std::size_t parse_national(const std::vector<Mod>& mods, std::size_t k) {
    if (mods.size() != 1 || !mods[0].adjective) return k;
    std::size_t j = k;
    while (j < size() && j < k + 2 && items_[j].entries.empty() && pieces_[items_[j].begin].shape.has_letter &&
           !pieces_[items_[j].begin].shape.upper_initial) {
      ++j;
    }
    if (j == k) return k;
    const std::size_t e = parse_name_run(j);
    if (e - j < 2) return k;
    Resolved res = resolve_person(j, e);
    Actor a = res.actor;
    take_principal(a, mods[0].actor);
    a.code = code_of(a);
    emit(mods[0].item, e, MentionKind::kPerson, a, res.antecedent, 0.9);
    return e;
  }

  // Further states of an "of" list ("the governments of Qatar, Oman and
  // Switzerland"), each a mention of its own.
  void emit_of_list() {
    std::vector<std::pair<std::size_t, Actor>> list;
    list.swap(of_list_);
    for (auto& [item, actor] : list) emit(item, item + 1, MentionKind::kState, actor);
  }

  // A name without a title: a registry person, an earlier person by first
  // name or surname, or an unknown body "of PLACE".
  std::size_t parse_name(std::size_t start) {
    const std::size_t run_end = parse_name_run(start);
    bool known = false;
    for (std::size_t i = start; i < run_end; ++i) known = known || find(i, EntryKind::kPerson);
    if (!known && run_end - start >= 2) {
      Actor of;
      const std::size_t e = parse_of(run_end, of);
      if (e > run_end && of.org.empty()) {
        emit(start, e, MentionKind::kOrganisation, with_sector(of, "GOV"));
        return e;
      }
    }
    const std::vector<std::string> keys = keys_of(start, run_end);
    if (known) {
      Resolved res = resolve_person(start, run_end, {}, apposed_office(start));
      Actor of;
      const std::size_t e = parse_of(run_end, of);
      if (e > run_end) {
        take_principal(res.actor, of);
        res.actor.code = code_of(res.actor);
      }
      emit(start, e, MentionKind::kPerson, res.actor, res.antecedent);
      return e;
    }
    // "Amina said", "Mike handed over": a word of an earlier person's name.
    for (std::size_t i = start; i < run_end; ++i) {
      std::size_t last = i + 1;
      if (i == start && run_end - start <= 3 && earlier_person(keys)) last = run_end;
      const auto m = earlier_person(keys_of(i, last));
      if (m) {
        emit(i, last, MentionKind::kPerson, state_.mentions[*m].actor, m);
        i = last - 1;
      }
    }
    return run_end;
  }

  // "he", "zij": the one person mentioned in this sentence so far or the
  // previous one; nothing when there are none or several.
  void resolve_pronoun(std::size_t i, const Word& w) {
    if (w.ref_class == "party") return resolve_party(i, 0.5, is_party);
    if (w.ref_class == "parties") return resolve_party(i, 0.5, is_parties);
    if (w.ref_class == "owner") return resolve_party(i, 0.5, is_party, true);
    if (w.ref_class == "owners") return resolve_party(i, 0.5, is_parties, true);
    const std::size_t before = state_.mentions.size();
    if (w.ref_class == "speaker") return resolve_speaker(i);
    if (w.ref_class == "author") return resolve_author(i);
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    std::optional<std::size_t> found;
    bool seen = false;
    // "Maman Sidikou, head of the mission, offered his condolences": a full
    // name earlier in the sentence that the registry does not know is the
    // likelier "he"; no earlier person is. Only with tags: untagged, a
    // sentence's capitalised first words ("On Friday") look like a name.
    for (std::size_t j = 0; upos_ && j + 1 < i; ++j) {
      const std::size_t e = parse_name_run(j);
      if (e < j + 2 || e > i) continue;
      const std::size_t b = pieces_[items_[j].begin].span.begin;
      const bool named = std::any_of(state_.mentions.begin(), state_.mentions.end(), [&](const Mention& x) {
        return x.sentence == index_ && x.span.begin <= b && b < x.span.end;
      });
      if (!named) return;
      j = e - 1;
    }
    // Each person in reach (by name, else code) and their latest mention.
    // Persons named inside a quotation are spoken about: "he" outside it is
    // not them. After a quote ("…,” he said) the reach starts from where the
    // quote began.
    const std::optional<std::size_t> own_quote = quotation_at(state_.quotes, begin);
    std::size_t reach = index_;
    if (const auto q = own_quote ? std::nullopt : attributed_quote(state_, doc_.text, begin)) {
      reach = std::min(reach, sentence_of(state_.quotes[*q].inner.begin));
    }
    std::vector<std::pair<std::string, std::size_t>> people;
    for (std::size_t m = state_.mentions.size(); m-- > 0;) {
      const Mention& x = state_.mentions[m];
      if (x.sentence + 1 < reach) break;
      if (x.sentence == index_ && x.span.begin >= begin) continue;
      if (x.kind != MentionKind::kPerson && x.kind != MentionKind::kPronoun) continue;
      if (const auto xq = quotation_at(state_.quotes, x.span.begin); xq && xq != own_quote) continue;
      if (x.actor.name.empty() && x.kind == MentionKind::kPronoun) continue;
      seen = true;
      const std::string id = x.actor.name.empty() ? x.actor.code : x.actor.name;
      if (std::none_of(people.begin(), people.end(), [&](const auto& p) { return p.first == id; }))
        people.emplace_back(id, m);
    }
    if (people.size() == 1) {
      found = people.front().second;
    } else if (people.size() > 1) {
      // Several: the one whose allegiance is known ("Wadephul met President
      // X, Prime Minister Y …" with the hosts' state unknown), else none.
      std::optional<std::size_t> known;
      std::size_t count = 0;
      for (const auto& [id, m] : people) {
        const Actor& a = state_.mentions[m].actor;
        if (a.country.empty() && a.org.empty()) continue;
        ++count;
        known = m;
      }
      if (count == 1) found = known;
      // "Minister X met his Moroccan counterpart. He pledged …": "he"
      // opening its sentence continues the previous sentence's subject when
      // that is the one person named (two named persons stay ambiguous).
      const auto named = std::count_if(people.begin(), people.end(),
                                       [&](const auto& p) { return !state_.mentions[p.second].actor.name.empty(); });
      if (!found && i == 0 && named == 1)
        found = previous_opener([](const Mention& x) {
          return x.kind == MentionKind::kPerson && !x.actor.name.empty() && (!x.actor.country.empty() || !x.actor.org.empty());
        });
    }
    if (found) emit(i, i + 1, MentionKind::kPronoun, state_.mentions[*found].actor, found, 0.7);
    // NL "zij": she, else — with no person in reach — they.
    if (!seen && state_.mentions.size() == before && w.ref_class == "person|parties") {
      resolve_party(i, 0.5, is_parties);
    }
    // NL "haar": her, else — with no person in reach — its (a state's).
    if (!seen && state_.mentions.size() == before && w.ref_class == "person|party") resolve_party(i, 0.5, is_party);
  }

  // The sentence that byte `at` is in.
  std::size_t sentence_of(std::size_t at) const {
    const auto& b = state_.sentence_begins;
    const auto it = std::upper_bound(b.begin(), b.end(), at);
    return it == b.begin() ? 0 : static_cast<std::size_t>(it - b.begin()) - 1;
  }

  // Mentions before item `i` in this sentence and the `back` sentences
  // before it, newest first.
  template <typename F>
  std::optional<std::size_t> newest(std::size_t i, std::size_t back, F accept) const {
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    for (std::size_t m = state_.mentions.size(); m-- > 0;) {
      const Mention& x = state_.mentions[m];
      if (x.sentence + back < index_) break;
      if (x.sentence == index_ && x.span.begin >= begin) continue;
      if (accept(x)) return m;
    }
    return std::nullopt;
  }

  // A state, organisation or group standing for a party (not a person, not
  // an adjective on some noun).
  static bool is_party(const Mention& x) {
    if (!x.actor.name.empty()) return false;
    switch (x.kind) {
      case MentionKind::kState: return x.confidence >= 1.0;
      // A body named again ("the embassy", kEarlierConfidence) is too weak
      // to stand behind a later "it" or "they".
      case MentionKind::kReference: return x.confidence > kEarlierConfidence;
      case MentionKind::kOrganisation:
      case MentionKind::kCollective:
      case MentionKind::kPronoun: return true;
      default: return false;
    }
  }

  // What "they" may stand for: a plural — a collective ("the Kenyan
  // police"), a plural reference, an organisation ("the Houthis", "ECOWAS
  // ... they") — not a state's name, which is "it".
  static bool is_parties(const Mention& x) {
    if (!is_party(x)) return false;
    return x.kind != MentionKind::kState;
  }

  static std::string principal_of(const Actor& a) { return !a.country.empty() ? a.country : a.org; }

  // "it", "they", "its": the nearest party before it in the sentence, else
  // the one party of the previous sentence (several there: unresolved). A
  // plural reference ("both countries") is taken whole.
  template <typename F>
  void resolve_party(std::size_t i, double confidence, F accept, bool first_in_sentence = false) {
    auto m = newest(i, 0, accept);
    // A possessive ("its ambassador", "their leader") is mostly the
    // sentence's topic: its first party, not the nearest — unless the
    // nearest is the subject of an infinitive the possessive is in ("asked
    // Venezuela to explain its decision").
    auto before_infinitive = [&](const Mention& x) {
      for (std::size_t j = 0; j + 1 < items_.size(); ++j)
        if (pieces_[items_[j].end - 1].span.end == x.span.end) return word(j + 1, WordFunction::kInfinitive) != nullptr;
      return false;
    };
    if (m && first_in_sentence && !before_infinitive(state_.mentions[*m])) {
      for (std::size_t k = 0; k < *m; ++k) {
        const Mention& x = state_.mentions[k];
        if (x.sentence == index_ && accept(x)) {
          m = k;
          break;
        }
      }
    }
    if (!m) m = unique_before(i, accept);
    // "Poland thanked Germany for its help. It also praised …": a pronoun
    // opening its sentence continues the previous sentence's subject — the
    // party that opens that sentence — when several parties are there.
    if (!m && i == 0) m = previous_opener(accept);
    if (!m) return;
    const Mention& x = state_.mentions[*m];
    std::vector<std::size_t> all{*m};
    for (std::size_t o = *m; o-- > 0 && state_.mentions[o].span == x.span;) all.insert(all.begin(), o);
    for (std::size_t o : all) {
      emit(i, i + 1, MentionKind::kPronoun, state_.mentions[o].actor, o, confidence);
    }
  }

  // The newest mention of the nearest earlier sentence (up to two back) with
  // any that `accept`s, when all such mentions there share one principal.
  template <typename F>
  std::optional<std::size_t> previous_opener(F accept) const {
    if (index_ == 0 || index_ - 1 >= state_.sentence_begins.size()) return std::nullopt;
    const std::size_t start = state_.sentence_begins[index_ - 1];
    for (std::size_t m = 0; m < state_.mentions.size(); ++m) {
      const Mention& x = state_.mentions[m];
      if (x.sentence != index_ - 1) continue;
      // At most a determiner before it ("The Kenyan government …").
      const std::string_view before = std::string_view(doc_.text).substr(start, x.span.begin - start);
      const bool opens = before.find_first_not_of(" \t\n") == std::string_view::npos || before.find(' ') == before.size() - 1;
      return opens && accept(x) ? std::optional<std::size_t>(m) : std::nullopt;
    }
    return std::nullopt;
  }

  template <typename F>
  std::optional<std::size_t> unique_before(std::size_t i, F accept) const {
    (void)i;
    std::optional<std::size_t> found;
    for (std::size_t m = state_.mentions.size(); m-- > 0;) {
      const Mention& x = state_.mentions[m];
      if (x.sentence >= index_) continue;
      if (x.sentence + 2 < index_) break;
      if (found && x.sentence != state_.mentions[*found].sentence) break;
      if (!accept(x)) continue;
      if (found && principal_of(state_.mentions[*found].actor) != principal_of(x.actor)) return std::nullopt;
      if (!found) found = m;
    }
    return found;
  }

  // "we", "our", "ons", "I": whoever speaks — the one person in this
  // sentence so far and the previous one, else the one body (a ministry's
  // statement); nothing when several are in reach (a quote before its
  // attribution). A state named in the sentence before is as often the
  // partner spoken about as the speaker, so states do not count. Inside a
  // closed quotation the attribution after it comes first ("…,” Tokayev
  // said), so the choice waits for the end of the document.
  void resolve_speaker(std::size_t i) {
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    // "Ik heb President Erdogan mijn condoleances overgebracht": a person
    // named after the sentence's first "I" is spoken to, not speaking.
    if (!first_speaker_) first_speaker_ = begin;
    const std::optional<std::size_t> quote = quotation_at(state_.quotes, begin);
    if (!quote) state_.first_person.emplace_back(index_, Span{begin, pieces_[items_[i].end - 1].span.end});
    const std::optional<std::size_t> before = speaker_before(begin, quote.has_value());
    if (quote && state_.quotes[*quote].closed) {
      PendingSpeaker p;
      p.mention.sentence = index_;
      p.mention.span = {begin, pieces_[items_[i].end - 1].span.end};
      p.mention.text = doc_.text.substr(p.mention.span.begin, p.mention.span.size());
      p.mention.kind = MentionKind::kPronoun;
      p.quote = *quote;
      p.fallback = before;
      state_.pending_speakers.push_back(std::move(p));
      return;
    }
    if (before) emit(i, i + 1, MentionKind::kPronoun, state_.mentions[*before].actor, before, 0.5);
  }

  // "I", "ik": inside a quotation its speaker; outside, the author of a
  // document written in the first person, else the speaker in reach.
  void resolve_author(std::size_t i) {
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    if (quotation_at(state_.quotes, begin)) return resolve_speaker(i);
    state_.first_person.emplace_back(index_, Span{begin, pieces_[items_[i].end - 1].span.end});
    PendingAuthor p;
    p.mention.sentence = index_;
    p.mention.span = {begin, pieces_[items_[i].end - 1].span.end};
    p.mention.text = doc_.text.substr(p.mention.span.begin, p.mention.span.size());
    p.mention.kind = MentionKind::kPronoun;
    if (!first_speaker_) first_speaker_ = begin;
    p.fallback = speaker_before(begin, false);
    state_.pending_authors.push_back(std::move(p));
  }

  // The speaker named before byte `begin`: a person, else a body. Inside a
  // quote, names in any quotation are spoken about ("… my brother President
  // X …. We will …"), not speaking.
  std::optional<std::size_t> speaker_before(std::size_t begin, bool quoted) const {
    auto person = [](const Mention& x) {
      return x.kind == MentionKind::kPerson && !x.actor.name.empty() &&
             (!x.actor.country.empty() || !x.actor.org.empty());
    };
    auto body = [](const Mention& x) {
      return x.kind == MentionKind::kCollective || x.kind == MentionKind::kOrganisation;
    };
    for (const auto& accept : {std::function<bool(const Mention&)>(person), std::function<bool(const Mention&)>(body)}) {
      std::optional<std::size_t> found;
      for (std::size_t m = state_.mentions.size(); m-- > 0;) {
        const Mention& x = state_.mentions[m];
        if (x.sentence + 1 < index_) break;
        if (x.sentence == index_ && (x.span.begin >= begin || x.span.begin > *first_speaker_)) continue;
        if (!accept(x)) continue;
        if (quoted && quotation_at(state_.quotes, x.span.begin)) continue;
        if (found && principal_of(state_.mentions[*found].actor) != principal_of(x.actor)) return std::nullopt;
        if (!found) found = m;
      }
      if (found) return found;
    }
    return std::nullopt;
  }

  // "the two countries", "beide landen": the last N distinct earlier actors
  // of a class, one mention each over the same words.
  void resolve_ref(std::size_t i, std::size_t last, const Word& w) {
    if (w.ref_class == "place") return resolve_place_ref(i, last, w);
    if (w.ref_class == "country" && w.ref_count == 1) return resolve_one_country(i, last, w);
    if (w.ref_class == "neighbour") return resolve_neighbour(i, last, w);
    // "both warring parties" in a story of an armed group: the group and the
    // state it fights at home ("the RSF" → the RSF and Sudan); else, as
    // "the parties", the last two named.
    if (w.ref_class == "warring") {
      for (std::size_t m = state_.mentions.size(); m-- > 0 && state_.mentions[m].sentence + 5 >= index_;) {
        const Mention& x = state_.mentions[m];
        if (!is_armed_group(x.actor) || x.actor.base.empty()) continue;
        std::optional<std::size_t> home;
        for (std::size_t k = state_.mentions.size(); k-- > 0 && !home;)
          if (state_.mentions[k].actor.country == x.actor.base && state_.mentions[k].kind != MentionKind::kPlace) home = k;
        emit(i, last, MentionKind::kReference, home ? state_.mentions[*home].actor : state_actor(x.actor.base, ""),
             home, 0.6);
        emit(i, last, MentionKind::kReference, x.actor, m, 0.6);
        return;
      }
      Word parties = w;
      parties.ref_class = "party";
      return resolve_ref(i, last, parties);
    }
    std::vector<std::size_t> picked;
    std::vector<std::string> ids;
    // "the group", "the militants": an armed group in reach before any bloc
    // ("Al-Shabaab … attacked the AU base … the group's spokesman").
    const bool armed_in_reach =
        w.ref_class == "group" && std::any_of(state_.mentions.begin(), state_.mentions.end(), [&](const Mention& x) {
          return x.sentence + 2 >= index_ && x.actor.country.empty() && !x.actor.base.empty();
        });
    // "beide presidenten", "both ministers": the persons named with that
    // title, when the story has enough of them (not the judge named since).
    const std::string& noun = pieces_[items_[last - 1].end - 1].key;
    auto titled_as = [&](std::size_t m) {
      return std::any_of(state_.persons.begin(), state_.persons.end(), [&](const DocPerson& d) {
        return d.mention == m && !d.title.empty() && noun.starts_with(d.title);
      });
    };
    std::size_t titled = 0;
    if (w.ref_class == "person")
      for (std::size_t m = 0; m < state_.mentions.size(); ++m) titled += titled_as(m);
    const bool by_title = titled >= static_cast<std::size_t>(w.ref_count);
    // "China's envoy to Niger praised both countries", "urged the two
    // sides": as the object of a verb or preposition, the parties the
    // sentence named before it act on them; as a subject ("Kenya and
    // Somalia said the two countries …") they may be them.
    // Only one such party, not counting those inside a phrase of a
    // preposition ("to Niger").
    std::set<std::string> acting;
    if ((w.ref_class == "country" || w.ref_class == "party") && w.ref_count >= 2 && upos_ && i > 0) {
      auto tag_before = [&](std::size_t byte) -> std::string {
        for (std::size_t k = items_.size(); k-- > 0;) {
          const Piece& p = pieces_[items_[k].begin];
          if (p.span.begin >= byte) continue;
          return p.token < upos_->size() ? (*upos_)[p.token] : std::string();
        }
        return {};
      };
      const std::string tag = tag_before(pieces_[items_[i].begin].span.begin);
      if (tag == "VERB" || tag == "ADP")
        for (std::size_t m = state_.mentions.size(); m-- > 0 && state_.mentions[m].sentence == index_;)
          if (!state_.mentions[m].actor.country.empty() && tag_before(state_.mentions[m].span.begin) != "ADP")
            acting.insert(state_.mentions[m].actor.country);
      if (acting.size() != 1) acting.clear();
    }
    for (std::size_t m = state_.mentions.size(); m-- > 0 && picked.size() < static_cast<std::size_t>(w.ref_count);) {
      const Mention& x = state_.mentions[m];
      std::string id;
      if (armed_in_reach && x.actor.base.empty()) continue;
      if (x.sentence == index_ && acting.count(x.actor.country)) continue;
      if (by_title && x.kind == MentionKind::kPerson && !titled_as(m)) continue;
      // One of them named with the title: the others are named persons too.
      if (titled > 0 && x.kind == MentionKind::kPerson && x.actor.name.empty()) continue;
      if (w.ref_class == "country" && x.confidence >= 0.8) {
        id = x.actor.country;
      } else if (w.ref_class == "person" &&
                 (x.kind == MentionKind::kPerson || (x.kind == MentionKind::kPronoun && !x.actor.sector.empty()))) {
        // "both ministers": persons, or pronouns for persons (not "its");
        // unnamed ones count once per party.
        id = x.actor.name.empty() ? principal_of(x.actor) : x.actor.name;
      } else if (w.ref_class == "group" && x.actor.country.empty() && !x.actor.org.empty() &&
                 (w.ref_sector != "REB" || !x.actor.base.empty() || x.actor.sector == "REB")) {
        id = x.actor.org;  // "the group": an armed group or a bloc; "the rebels": an armed group
      } else if (w.ref_class == "igo" && x.actor.country.empty() && x.actor.base.empty() && !x.actor.org.empty()) {
        id = x.actor.org;  // "the bloc"
      } else if (w.ref_class == "party" && is_party(x) && !(x.actor.country.empty() && x.actor.base.empty())) {
        id = principal_of(x.actor);  // "the parties": states and groups alike, not an IGO
      } else if (w.ref_class == "owncountry" && x.kind == MentionKind::kPerson) {
        id = x.actor.country;  // "his country": the newest person's
        if (id.empty()) break;
      }
      if (id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      ids.push_back(id);
      picked.push_back(m);
    }
    if (picked.size() < static_cast<std::size_t>(w.ref_count)) return;
    for (auto it = picked.rbegin(); it != picked.rend(); ++it) {
      Actor a = state_.mentions[*it].actor;
      if (w.ref_class == "country" || w.ref_class == "owncountry") a = state_actor(a.country, w.ref_sector);
      emit(i, last, MentionKind::kReference, a, *it, 0.7);
    }
  }

  // The one state named in this sentence so far or, failing that, in the
  // nearest earlier sentence (up to two back) that names any; nothing when
  // several are named there.
  // A mention of this sentence right after a locative preposition ("in
  // Washington"), a determiner between allowed.
  bool after_at(const Mention& x) const {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (pieces_[items_[i].begin].span.begin != x.span.begin) continue;
      std::size_t k = i;
      if (k > 0 && word(k - 1, WordFunction::kDet)) --k;
      return k > 0 && word(k - 1, WordFunction::kAt);
    }
    return false;
  }

  // "In Beijing, the foreign ministry said …", "In a televised address from
  // Caracas, Interior Minister X …": the state of the place named in a
  // locative phrase that opens the sentence and ends at its comma, for a
  // word after that comma.
  std::optional<std::string> opening_seat(std::size_t after) const {
    if (size() == 0 || !word(0, WordFunction::kAt)) return std::nullopt;
    std::size_t comma = 1;
    while (comma < size() && comma < kOpeningPhraseItems && !is_comma(comma)) ++comma;
    if (comma >= size() || !is_comma(comma)) {
      // No comma: the place right after the preposition, the verb next
      // (Dutch "In Spanje pakte de politie …").
      const auto m = seat_at(word(1, WordFunction::kDet) ? 2 : 1);
      if (!m || after <= m->end || word(m->end, WordFunction::kAnd) || word(m->end, WordFunction::kOf) || is_comma(m->end))
        return std::nullopt;
      return m->actor.country;
    }
    if (after <= comma) return std::nullopt;
    std::optional<std::string> found;
    for (std::size_t i = 1; i < comma; ++i) {
      const auto m = seat_at(i);
      if (!m) continue;
      if (found && *found != m->actor.country) return std::nullopt;
      found = m->actor.country;
    }
    return found;
  }

  std::optional<std::string> context_country() const {
    std::optional<std::string> found;
    std::optional<std::size_t> sentence;
    for (std::size_t m = state_.mentions.size(); m-- > 0;) {
      const Mention& x = state_.mentions[m];
      if (x.actor.country.empty()) continue;
      // "At the ceremony in Washington, the Minister of ...": a place in the
      // same sentence is where it happens, not whose minister.
      if (x.sentence == index_ && (x.kind == MentionKind::kPlace || after_at(x))) continue;
      // "in the capital": a place named again names no state anew; nor do
      // "both sides", "the two countries".
      if ((x.kind == MentionKind::kPlace || x.kind == MentionKind::kReference) && x.antecedent) continue;
      if (sentence && x.sentence != *sentence) break;
      if (x.sentence + 2 < index_) break;
      sentence = x.sentence;
      if (found && *found != x.actor.country) return std::nullopt;
      found = x.actor.country;
    }
    return found;
  }

  // The state of a titled person the text gives none for ("Prime Minister
  // X"): the one named nearby, else the dateline's.
  std::optional<std::string> official_country(std::size_t start) const {
    // "minister Veldhuis van Buitenlandse Zaken" in a Dutch paper: a title
    // the press writes bare for its own states' officials, when the story
    // names one of them at all.
    const bool home = pending_home_ && !pending_home_->empty();
    home_guessed_ = home;
    if (home)
      if (auto c = named_most(*pending_home_)) {
        home_guessed_ = false;
        return c;
      }
    // "In Caracas, Defense Minister X denied …" in a story filed from
    // Georgetown: a sentence that opens with a bare seat turns to that side
    // (not "At the ceremony in Washington, the Minister …", a venue).
    if (size() > 1 && word(0, WordFunction::kAt))
      if (const auto m = seat_at(1); m && is_comma(m->end) && start > m->end) return m->actor.country;
    if (auto c = context_country()) return c;
    if (auto c = opening_seat(start)) return c;
    if (state_.dateline_country) return state_.dateline_country;
    // Nothing nearby either: the press's own minister ("minister X van
    // Buitenlandse Zaken" is written bare only for one's own).
    if (home) return pending_home_->front();
    // "Ministry of Foreign Affairs, Republic of Korea" heading a press
    // release: the one state the page's first line names publishes it.
    if (index_ > 0) {
      std::optional<std::string> head;
      bool one = true;
      for (const Mention& x : state_.mentions) {
        if (x.sentence != 0) break;
        if (x.actor.country.empty()) continue;
        if (head && *head != x.actor.country) one = false;
        head = x.actor.country;
      }
      if (head && one) return head;
    }
    return std::nullopt;
  }

  // Of `states`, the one the document names most so far; none if it names none.
  std::optional<std::string> named_most(const std::vector<std::string>& states) const {
    return most_named(state_.mentions, states);
  }

  // The state a bare "government" belongs to. "@home:NLD|BEL" (a word the
  // language's press uses only for its own states, "het kabinet"): of those
  // states the one the document names most so far; otherwise, and for a
  // bare "@home", the one state named nearby.
  std::optional<std::string> home_country(const std::vector<std::string>& home_states) const {
    if (auto c = named_most(home_states)) return c;
    if (auto c = context_country()) return c;
    // None named yet ("Vanmorgen besloot het kabinet …" opening the
    // story): the first listed, the language's main home state.
    if (!home_states.empty()) return home_states.front();
    return std::nullopt;
  }

  // "the country", "the kingdom": the one state of the nearest earlier
  // sentence that names any; nothing when that sentence names several (a
  // story about two states leaves "the country" open).
  // "its neighbour", "the neighbouring country", "het buurland": the state
  // named most recently (up to three sentences back) other than the one
  // that has the neighbour — the newest acting party ("it", "Turkish
  // troops"; a bare state name is as often the one acted on), else the
  // first state of the newest sentence naming one (its subject, mostly).
  void resolve_neighbour(std::size_t i, std::size_t last, const Word& w) {
    auto in_reach = [&](const Mention& x) { return x.sentence + 3 >= index_; };
    std::optional<std::string> own;
    // Who has the neighbour: the nearest acting party before it in the
    // sentence ("the ministry said it …, urging its neighbour", "we will send
    // help to the neighbouring country"), else the sentence's first state
    // ("Litouwen beschuldigt het buurland").
    for (std::size_t m = state_.mentions.size(); m-- > 0 && !own && state_.mentions[m].sentence == index_;) {
      const Mention& x = state_.mentions[m];
      if (!x.actor.country.empty() && x.kind != MentionKind::kPlace && x.kind != MentionKind::kState) own = x.actor.country;
    }
    for (std::size_t m = state_.mentions.size(); m-- > 0 && state_.mentions[m].sentence == index_;) {
      const Mention& x = state_.mentions[m];
      if (!x.actor.country.empty() && x.kind == MentionKind::kState && !own) own = x.actor.country;
    }
    for (std::size_t m = state_.mentions.size(); m-- > 0 && !own && in_reach(state_.mentions[m]);) {
      const Mention& x = state_.mentions[m];
      if (!x.actor.country.empty() && x.kind != MentionKind::kState && x.kind != MentionKind::kPlace)
        own = x.actor.country;
    }
    if (!own) {
      std::optional<std::size_t> newest_sentence;
      for (std::size_t m = state_.mentions.size(); m-- > 0 && in_reach(state_.mentions[m]);) {
        const Mention& x = state_.mentions[m];
        if (x.actor.country.empty()) continue;
        if (newest_sentence && x.sentence != *newest_sentence) break;
        newest_sentence = x.sentence;
        own = x.actor.country;  // ends on the sentence's first
      }
    }
    if (!own) return;
    // "accused its northern neighbour of …, closing its airspace to flights
    // from Algeria": a state the sentence names later is the one meant.
    if (w.ref_count == 1)
      for (std::size_t j = last; j < size(); ++j)
        if (const auto seat = seat_at(j); seat && seat->actor.country != *own) {
          emit(i, last, MentionKind::kReference, state_actor(seat->actor.country, w.ref_sector), std::nullopt,
               kNeighbourConfidence);
          return;
        }
    // "mediate between its two neighbours": as many other states as it says.
    std::vector<std::size_t> picked;
    for (std::size_t m = state_.mentions.size(); m-- > 0 && in_reach(state_.mentions[m]) &&
                                                  picked.size() < static_cast<std::size_t>(w.ref_count);) {
      const Mention& x = state_.mentions[m];
      if (x.actor.country.empty() || x.actor.country == *own) continue;
      if (std::any_of(picked.begin(), picked.end(), [&](std::size_t p) { return state_.mentions[p].actor.country == x.actor.country; }))
        continue;
      picked.push_back(m);
    }
    if (picked.size() < static_cast<std::size_t>(w.ref_count)) return;
    for (auto it = picked.rbegin(); it != picked.rend(); ++it)
      emit(i, last, MentionKind::kReference, state_actor(state_.mentions[*it].actor.country, w.ref_sector), *it,
           kNeighbourConfidence);
  }

  void resolve_one_country(std::size_t i, std::size_t last, const Word& w) {
    std::optional<std::size_t> found;
    std::optional<std::size_t> sentence;
    // "the kingdom" after "Canada … Saudi Arabia": the newest state of that
    // kind in this sentence or the two before, however many others are named.
    if (!w.ref_kind.empty()) {
      found = newest(i, 2, [&](const Mention& x) {
        return !x.actor.country.empty() && reg_.state_is(x.actor.country, w.ref_kind);
      });
    } else if (!(found = country_left(i, last))) {
      // A state the sentence only describes ("Litouwen beschuldigt het
      // buurland") leaves the one it names: "Het land sloot de grens".
      std::optional<std::size_t> described;
      bool several = false, several_described = false;
      for (std::size_t m = state_.mentions.size(); m-- > 0;) {
        const Mention& x = state_.mentions[m];
        if (x.sentence >= index_ || x.actor.country.empty()) continue;
        if (sentence && x.sentence != *sentence) break;
        if (x.sentence + 2 < index_) break;
        sentence = x.sentence;
        auto& slot = x.kind == MentionKind::kReference ? described : found;
        bool& many = x.kind == MentionKind::kReference ? several_described : several;
        if (slot && state_.mentions[*slot].actor.country != x.actor.country) many = true;
        slot = m;
      }
      if (several || (!found && several_described)) return;
      if (!found) found = described;
    }
    if (!found) return;
    Actor a{"", state_.mentions[*found].actor.country, "", w.ref_sector, ""};
    a.code = a.country + a.sector;
    emit(i, last, MentionKind::kReference, a, found, 0.6);
  }

  // "ordered the Ruritanian ambassador to leave the country", "Alle
  // Freedonische diplomaten moeten het land verlaten": the country left is
  // the host — the newest state in reach other than that of the persons
  // leaving, the nearest person or group named before it in the sentence.
  std::optional<std::size_t> country_left(std::size_t i, std::size_t last) const {
    auto exit_at = [&](std::size_t x, bool follows) {
      if (x >= items_.size()) return false;
      return std::any_of(items_[x].entries.begin(), items_[x].entries.end(), [&](const Entry* e) {
        return e->kind == EntryKind::kWord && reg_.word(e->index).function == WordFunction::kExit &&
               reg_.word(e->index).follows == follows;
      });
    };
    if (!(i > 0 && exit_at(i - 1, false)) && !exit_at(last, true)) return std::nullopt;
    const auto leavers = newest(i, 0, [](const Mention& x) {
      return x.kind == MentionKind::kPerson || x.kind == MentionKind::kCollective;
    });
    if (!leavers) return std::nullopt;
    const std::string& own = state_.mentions[*leavers].actor.country;
    if (own.empty()) return std::nullopt;
    return newest(i, 2, [&](const Mention& x) {
      return !x.actor.country.empty() && x.actor.country != own && x.confidence >= 0.8;
    });
  }

  void resolve_place_ref(std::size_t i, std::size_t last, const Word& w) {
    std::vector<const DocPlace*> picked;
    for (auto it = state_.places.rbegin(); it != state_.places.rend(); ++it) {
      if (picked.size() == static_cast<std::size_t>(w.ref_count)) break;
      if (std::none_of(picked.begin(), picked.end(), [&](const DocPlace* p) { return p->key == it->key; })) {
        picked.push_back(&*it);
      }
    }
    if (picked.size() < static_cast<std::size_t>(w.ref_count)) return;
    std::vector<DocPlace> chosen;
    for (auto it = picked.rbegin(); it != picked.rend(); ++it) chosen.push_back(**it);
    // "the two cities" signing a memorandum are parties; "in the capital"
    // is where, like the city it stands for.
    const MentionKind kind = w.ref_count == 1 ? MentionKind::kPlace : MentionKind::kReference;
    for (const DocPlace& p : chosen) {
      emit(i, last, kind, Actor{p.country + w.ref_sector, p.country, "", w.ref_sector, ""}, p.mention);
    }
  }

  std::size_t parse(std::size_t i) {
    of_list_.clear();
    pending_title_.clear();
    pending_role_.clear();
    pending_default_.clear();
    pending_home_ = nullptr;
    const std::size_t next = parse_phrase(i);
    emit_of_list();
    return next;
  }

  std::size_t parse_phrase(std::size_t i) {
    pending_places_.clear();
    std::size_t start = i;
    if (word(i, WordFunction::kDet) && i + 1 < size()) start = i + 1;
    if (auto next = parse_acronym(start)) return *next;
    // "the Latin American country", "the Central Asian nation": one or two
    // capitalised words that name nothing themselves, between the
    // determiner and a one-word description, describe the same state.
    // The second may be a state's adjective ("Latin American", "South
    // American") — not the first ("the American country" is the US).
    if (start > i) {
      std::size_t j = start;
      auto describing = [&](std::size_t x) {
        if (x < size() && word(x, WordFunction::kRegion)) return true;  // "the Latin American country"
        if (x >= size() || items_[x].end - items_[x].begin != 1) return false;
        if (word(x, WordFunction::kPrefix)) return true;  // "the west African country"
        if (!pieces_[items_[x].begin].shape.upper_initial) return false;
        if (items_[x].entries.empty()) return true;
        const Entry* c = find(x, EntryKind::kCountry);
        return x > start && c && c->form == CountryForm::kAdjective && items_[x].entries.size() == 1;
      };
      while (j < start + 2 && describing(j)) ++j;
      if (j > start) {
        const Word* w = word(j, WordFunction::kRef);
        if (w && items_[j].end - items_[j].begin == 1 && !pieces_[items_[j].begin].shape.upper_initial &&
            w->ref_class == "country" && w->ref_count == 1) {
          resolve_ref(i, j + 1, *w);
          return j + 1;
        }
      }
    }
    if (const Word* w = word(start, WordFunction::kRef)) {
      // "the country", "het land": a one-word description needs its
      // determiner, and "the Republic of Ruritania" is a name, not a
      // reference ("the group for its attack" is one).
      const bool one_word = items_[start].end - items_[start].begin == 1;
      auto names_a_state = [&](std::size_t j) {  // "of (the) Netherlands"
        if (!word(j, WordFunction::kOf)) return false;
        if (word(j + 1, WordFunction::kDet)) ++j;
        Mod m;
        return make_mod(j + 1, m);
      };
      if ((!one_word || start > i) && !names_a_state(start + 1)) {
        resolve_ref(i, start + 1, *w);
        return start + 1;
      }
      // Otherwise the word may be a name ("Minister Blok") or start one.
    } else if (const Word* w = word(i, WordFunction::kRef)) {  // the ref phrase begins with the determiner
      resolve_ref(i, i + 1, *w);
      return i + 1;
    }
    if (const Word* w = word(start, WordFunction::kPronoun)) {
      // "It's", "it’s": a contraction, not a possessive.
      if (pieces_[items_[start].end - 1].token_end) resolve_pronoun(start, *w);
      return start + 1;
    }
    if (const Entry* g = find(start, EntryKind::kCountryGroup)) {
      // "the Baltic states": one mention per member, over the same words.
      for (const std::string& c : reg_.country_group(g->index)) {
        emit(start, start + 1, MentionKind::kState, Actor{c, c, "", "", ""});
      }
      return start + 1;
    }
    std::vector<Mod> mods;
    const std::size_t k = parse_mods(start, mods);
    if (!mods.empty()) {
      if (role(k) || (role(k, true) && role(k + 1))) return parse_role_phrase(mods, mods.front().item, k);
      // "a French freelance journalist", "Somalische onafhankelijke
      // journalisten": one adjective of no party between the state and the role.
      if (plain_adjective(k) && role(k + 1)) return parse_role_phrase(mods, mods.front().item, k + 1);
      // "Iraq's transport minister", "the Nigerian petroleum minister": a
      // portfolio the registry does not list, one or two lower-case words
      // ("trade and industry" too) before a title.
      for (std::size_t j = k, words = 0; j < size() && words < 2 && portfolio_word(j); ++j, ++words) {
        if (word(j + 1, WordFunction::kAnd) && portfolio_word(j + 2)) j += 2;
        const Role* r = role(j + 1);
        if (r && r->type == RoleType::kTitle) return parse_role_phrase(mods, mods.front().item, j + 1);
      }
      if (std::size_t e = parse_national(mods, k); e > k) return e;
      emit_mods(mods, k);
      return k;
    }
    if (role(start)) return parse_role_phrase(mods, start, start);
    if (name_like(start)) return parse_name(start);
    // "Van Leeuwen belde …": a surname that opens with its particle, capitalised.
    if (word(start, WordFunction::kParticle) && pieces_[items_[start].begin].shape.upper_initial && name_like(start + 1))
      return parse_name(start);
    return start == i ? i + 1 : start;
  }

  // A group of state `country` with `sector` ("the government", "protesters").
  Actor state_actor(const std::string& country, const std::string& sector) const {
    Actor a{"", country, "", sector, ""};
    a.code = code_of(a);
    return a;
  }

  // A lower-case noun or adjective the registry knows nothing of: a
  // portfolio before a title ("transport", "petroleum").
  bool portfolio_word(std::size_t i) const {
    if (!upos_ || i >= size() || !items_[i].entries.empty() || items_[i].end - items_[i].begin != 1) return false;
    const Piece& p = pieces_[items_[i].begin];
    return !p.shape.upper_initial && p.shape.has_letter && p.token_begin && p.token_end && p.token < upos_->size() &&
           ((*upos_)[p.token] == "NOUN" || (*upos_)[p.token] == "ADJ");
  }

  // A lower-case word the tagger calls an adjective and the registry knows nothing of.
  bool plain_adjective(std::size_t i) const {
    if (!upos_ || i >= size() || !items_[i].entries.empty() || items_[i].end - items_[i].begin != 1) return false;
    const Piece& p = pieces_[items_[i].begin];
    return !p.shape.upper_initial && p.token_begin && p.token_end && p.token < upos_->size() &&
           (*upos_)[p.token] == "ADJ";
  }

  const Registry& reg_;
  const Document& doc_;
  std::size_t index_;
  const Sentence& sentence_;
  const std::vector<std::string>* upos_;
  DocState& state_;
  std::vector<Piece> pieces_;
  std::vector<Item> items_;
  bool all_caps_text_ = false;
  mutable std::vector<DocPlace> pending_places_;  // places inside the phrase being parsed
  std::string pending_title_;                     // the title of the person being emitted
  std::string pending_role_;                      // … and its whole role
  std::optional<std::size_t> first_speaker_;      // where the sentence's first "I"/"we" begins
  std::string pending_default_;                   // the organisation that title belongs to by default
  const std::vector<std::string>* pending_home_ = nullptr;
  mutable bool home_guessed_ = false;  // official_country() had a home title and no home state named yet  // the states the press's own titles are of ("@home:NLD|BEL")
  mutable std::vector<std::pair<std::size_t, Actor>> of_list_;  // further states of an "of" list
};

// Mentions from `old_size` on were added after the document was read, in
// document order among themselves: each goes before the first old one that
// begins after it; the old ones keep their order, and indices into the
// list (antecedents, home guesses) follow.
void merge_new_mentions(DocState& state, std::size_t old_size) {
  std::vector<Mention>& mentions = state.mentions;
  if (mentions.size() == old_size) return;
  std::vector<std::size_t> order;
  order.reserve(mentions.size());
  std::size_t next_new = old_size;
  for (std::size_t k = 0; k < old_size; ++k) {
    while (next_new < mentions.size() && mentions[next_new].span.begin < mentions[k].span.begin) order.push_back(next_new++);
    order.push_back(k);
  }
  while (next_new < mentions.size()) order.push_back(next_new++);
  std::vector<std::size_t> where(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) where[order[k]] = k;
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (std::size_t k : order) {
    sorted.push_back(std::move(mentions[k]));
    if (sorted.back().antecedent) sorted.back().antecedent = where[*sorted.back().antecedent];
  }
  mentions = std::move(sorted);
  for (auto& guess : state.home_guesses) guess.first = where[guess.first];
}

// The speaker of each pending "we"/"I": the party named in the quote's
// attribution after it, else the one named before the quote. The new
// mentions go in document order; antecedent indices follow.
void resolve_quoted_speakers(DocState& state, std::string_view text) {
  if (state.pending_speakers.empty()) return;
  std::vector<Mention>& mentions = state.mentions;
  const std::size_t old_size = mentions.size();
  for (PendingSpeaker& p : state.pending_speakers) {
    std::optional<std::size_t> speaker;
    double confidence = 0.5;
    for (std::size_t m = 0; m < old_size; ++m) {
      const Mention& x = mentions[m];
      if (x.span.begin < state.quotes[p.quote].close_end) continue;
      if (attributed_quote(state, text, x.span.begin) != p.quote) break;
      if (quotation_at(state.quotes, x.span.begin)) continue;
      if (x.kind == MentionKind::kPlace) continue;
      speaker = m;
      confidence = 0.6;
      break;
    }
    if (!speaker) speaker = p.fallback;
    if (!speaker) continue;
    p.mention.actor = mentions[*speaker].actor;
    p.mention.antecedent = speaker;
    p.mention.confidence = confidence;
    mentions.push_back(std::move(p.mention));
  }
  merge_new_mentions(state, old_size);
}

// Whether byte `at` lies on a line with no sentence-final punctuation (a
// letterhead, a signature, a headline).
bool on_unpunctuated_line(std::string_view text, std::size_t at) {
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\r' || text[end - 1] == '\t')) --end;
  if (end == 0) return true;
  const char last = text[end - 1];
  return last != '.' && last != '!' && last != '?' && last != '"';
}

// The author of a document written in the first person ("Hierbij informeer
// ik uw Kamer …", "I have instructed my ministry …"): in two sentences or
// more outside quotations. The author is the government body or official
// the letterhead before the first such sentence names ("Ministerie van
// Buitenlandse Zaken"), else the signature after the last ("De Minister
// voor …,\nSanne Koster", whose state a bare title may only guess): a line
// with no final punctuation. Otherwise each "I" is the speaker in reach.
void resolve_authors(DocState& state, std::string_view text) {
  if (state.pending_authors.empty()) return;
  std::vector<Mention>& mentions = state.mentions;
  const std::size_t old_size = mentions.size();
  std::set<std::size_t> sentences;
  for (const PendingAuthor& p : state.pending_authors) sentences.insert(p.mention.sentence);
  std::optional<std::size_t> author;
  if (sentences.size() >= 2) {
    auto official = [&](const Mention& x) {
      const bool person = x.kind == MentionKind::kPerson && !x.actor.country.empty();
      const bool body = (x.kind == MentionKind::kOrganisation || x.kind == MentionKind::kCollective) &&
                        !x.actor.country.empty() && x.actor.sector == "GOV";
      return (person || body) && !quotation_at(state.quotes, x.span.begin) && on_unpunctuated_line(text, x.span.end);
    };
    const std::size_t first = state.pending_authors.front().mention.span.begin;
    const std::size_t last = state.pending_authors.back().mention.span.end;
    for (std::size_t m = 0; m < old_size && !author && mentions[m].span.end < first; ++m)
      if (official(mentions[m])) author = m;
    for (std::size_t m = old_size; m-- > 0 && !author;)
      if (mentions[m].span.begin > last && official(mentions[m])) author = m;
  }
  for (PendingAuthor& p : state.pending_authors) {
    const std::optional<std::size_t> who = author ? author : p.fallback;
    if (!who) continue;
    p.mention.actor = mentions[*who].actor;
    p.mention.antecedent = who;
    p.mention.confidence = author ? 0.6 : 0.5;
    mentions.push_back(std::move(p.mention));
  }
  merge_new_mentions(state, old_size);
}

}  // namespace

// An interview printed as questions and answers ("Why expel a diplomat
// now?" on a line of its own, the answer after it): "we", "I", "our" in
// the answers are the interviewee's — the person with a state or
// organisation the story named last before the first question ("We spoke
// to Foreign Minister X").
void resolve_interviewee(DocState& state, const Document& doc, const std::vector<Sentence>& sentences) {
  auto question = [&](std::size_t s) {
    const Span sp = sentences[s].span;
    const bool line_start = sp.begin == 0 || doc.text[sp.begin - 1] == '\n';
    return line_start && sp.end > sp.begin && doc.text[sp.end - 1] == '?';
  };
  std::optional<std::size_t> first_question;
  std::size_t questions = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s)
    if (question(s) && s + 1 < sentences.size() && !question(s + 1)) {
      ++questions;
      if (!first_question) first_question = s;
    }
  if (questions < 2) return;
  std::optional<std::size_t> who;
  for (std::size_t m = 0; m < state.mentions.size() && state.mentions[m].sentence < *first_question; ++m) {
    const Mention& x = state.mentions[m];
    if (x.kind == MentionKind::kPerson && !x.actor.name.empty() && !(x.actor.country.empty() && x.actor.org.empty())) who = m;
  }
  if (!who) return;
  const std::size_t old_size = state.mentions.size();
  for (const auto& first : state.first_person) {
    const std::size_t sentence = first.first;
    const Span span = first.second;
    if (sentence <= *first_question || question(sentence)) continue;
    auto at = std::find_if(state.mentions.begin(), state.mentions.begin() + static_cast<std::ptrdiff_t>(old_size),
                           [&](const Mention& x) { return x.span.begin == span.begin; });
    if (at == state.mentions.begin() + static_cast<std::ptrdiff_t>(old_size)) {
      Mention m;
      m.sentence = sentence;
      m.span = span;
      m.text = doc.text.substr(span.begin, span.size());
      m.kind = MentionKind::kPronoun;
      state.mentions.push_back(std::move(m));
      at = state.mentions.end() - 1;
    }
    at->actor = state.mentions[*who].actor;
    at->antecedent = who;
    at->confidence = 0.6;
  }
  merge_new_mentions(state, old_size);
}

// "Minister Veldhuis van Buitenlandse Zaken" opening a Dutch story told
// from Paramaribo took the state of the place before the story named its
// minister's own: once the whole story is read, a title the press writes
// bare for its own states is of the one of them the story names most, and
// so is every later mention of the same person.
void settle_home_titles(DocState& state) {
  for (const auto& [at, homes] : state.home_guesses) {
    const auto best = most_named(state.mentions, homes);
    const Actor old = state.mentions[at].actor;
    if (!best || *best == old.country || old.name.empty() || old.code != old.country + old.sector) continue;
    for (std::size_t m = at; m < state.mentions.size(); ++m) {
      Actor& a = state.mentions[m].actor;
      if (a.name != old.name || a.code != old.code) continue;
      a.country = *best;
      a.code = a.country + a.sector;
    }
  }
}

std::vector<Mention> Recognizer::recognize(const Document& doc, const std::vector<Sentence>& sentences,
                                           const std::vector<std::vector<std::string>>* upos) const {
  DocState state;
  state.quotes = find_quotations(doc.text);
  for (const Sentence& s : sentences) state.sentence_begins.push_back(s.span.begin);
  const std::vector<LineHead> heads = find_line_heads(doc.text);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<std::string>* tags = upos && s < upos->size() ? &(*upos)[s] : nullptr;
    const std::size_t before = state.mentions.size();
    SentenceRecognizer(registry_, doc, s, sentences[s], tags, state).run();
    if (!state.dateline_country && !heads.empty())
      state.dateline_country = dateline_country(std::span(state.mentions).subspan(before), heads);
  }
  resolve_quoted_speakers(state, doc.text);
  resolve_authors(state, doc.text);
  resolve_interviewee(state, doc, sentences);
  settle_home_titles(state);
  return std::move(state.mentions);
}

std::optional<std::size_t> dateline_mention(std::span<const Mention> mentions, const std::vector<LineHead>& heads) {
  for (const LineHead& head : heads) {
    if (head.metadata) continue;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      if (m.span.begin < head.span.begin || m.span.end > head.span.end || m.actor.country.empty()) continue;
      if (m.kind != MentionKind::kPlace && m.kind != MentionKind::kState) continue;
      // "NAIROBI -", or the state after a city the registry lacks
      // ("GEORGETOWN, Guyana (AP) —").
      if (shape_of(m.text).all_caps || m.kind == MentionKind::kState) return i;
    }
  }
  return std::nullopt;
}

}  // namespace dyad
