#include "actors/recognizer.h"

#include <algorithm>
#include <optional>

#include "actors/pieces.h"

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
  }
  return "?";
}

namespace {

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

struct DocState {
  std::vector<Mention> mentions;
  std::vector<DocPerson> persons;
  std::vector<DocPlace> places;
};

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
    match();
    for (std::size_t i = 0; i < items_.size();) i = parse(i);
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

  bool is_comma(std::size_t i) const {
    return i < items_.size() && items_[i].entries.empty() && pieces_[items_[i].begin].key == ",";
  }

  // A word that can be part of a person's name.
  bool name_like(std::size_t i) const {
    if (i >= items_.size()) return false;
    if (find(i, EntryKind::kPerson)) return true;
    if (!items_[i].entries.empty()) return false;
    const Piece& p = pieces_[items_[i].begin];
    if (upos_ && p.token < upos_->size()) return (*upos_)[p.token] == "PROPN";
    return p.shape.upper_initial;
  }

  // ---- emitting -----------------------------------------------------------

  static Actor with_sector(Actor a, const std::string& sector) {
    if (!a.org.empty()) return a;  // a named organisation keeps its own code
    if (!sector.empty()) a.sector = sector;
    a.code = a.country + a.sector;
    return a;
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
                                  std::optional<std::size_t> antecedent = std::nullopt) {
    if (first >= last || last > items_.size()) return std::nullopt;
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
    const std::size_t at = state_.mentions.size();
    if (kind == MentionKind::kPerson && !m.actor.name.empty()) {
      state_.persons.push_back({surface_keys(m.actor.name), at});
    }
    if (kind == MentionKind::kPlace) note_place(first);
    for (DocPlace& p : pending_places_) {
      p.mention = at;
      state_.places.push_back(std::move(p));
    }
    pending_places_.clear();
    state_.mentions.push_back(std::move(m));
    return at;
  }

  // Remembers the place at item `i` for the next mention emitted.
  void note_place(std::size_t i) const {
    if (const Entry* e = find(i, EntryKind::kPlace)) {
      pending_places_.push_back({fold_case(reg_.place(e->index).name), reg_.place(e->index).country, 0});
    }
  }

  // ---- patterns -----------------------------------------------------------

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
      const Organisation& o = reg_.organisation(e->index);
      m.actor = {o.code, o.country, o.id, o.sector, ""};
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
    Mod m;
    if (!make_mod(j, m) || m.adjective) return i;
    out = m.actor;
    note_place(j);
    j = m.item + 1;
    while (is_comma(j)) {
      Mod more;
      if (!make_mod(j + 1, more) || more.adjective || more.kind == MentionKind::kOrganisation) break;
      note_place(j + 1);
      if (more.kind == MentionKind::kState || out.country.empty()) out = more.actor;
      j += 2;
    }
    return j;
  }

  // A person's name: capitalised words, registry names and particles inside.
  std::size_t parse_name_run(std::size_t i) const {
    std::size_t j = i;
    while (j < size()) {
      if (name_like(j)) {
        ++j;
      } else if (j > i && word(j, WordFunction::kParticle) && name_like(j + 1)) {
        ++j;
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

  Actor person_actor(const Person& p) const {
    const PersonRole& r = p.role_at(doc_.date ? &*doc_.date : nullptr);
    Actor a{"", r.country, r.org, r.sector, p.name};
    a.code = code_of(a);
    return a;
  }

  // Who the name run [first, last) is: an earlier mention, else a registry
  // person, else a new person known only by this mention.
  Resolved resolve_person(std::size_t first, std::size_t last) const {
    const std::vector<std::string> keys = keys_of(first, last);
    if (auto m = earlier_person(keys)) return {state_.mentions[*m].actor, m};
    for (std::size_t i = first; i < last; ++i) {
      if (const Entry* e = find(i, EntryKind::kPerson)) return {person_actor(reg_.person(e->index)), std::nullopt};
    }
    if (const auto* ids = reg_.persons_by_surname(keys.back())) {
      for (std::uint32_t id : *ids) {
        const Person& p = reg_.person(id);
        if (keys.size() == 1 || keys.front() == p.name_keys.front()) return {person_actor(p), std::nullopt};
      }
    }
    Actor a;
    a.name = text_of(first, last);
    return {a, std::nullopt};
  }

  // Title(s) and name(s) after `mods`: "Dutch Foreign minister Bert
  // Koenders", "ministers Blok en Grapperhaus", "Governor Hassan Ali Joho of
  // Mombasa, Kenya", "minister Blok van Buitenlandse Zaken".
  std::size_t emit_persons(const std::vector<Mod>& mods, std::size_t start, const std::string& sector,
                           std::size_t name_begin, std::size_t name_end) {
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
      Resolved res = resolve_person(runs[r].first, runs[r].second);
      Actor a = res.actor;
      // What the text says beats what the registry remembers.
      if (!sector.empty()) a.sector = sector;
      const Actor* where = !mods.empty() ? &mods.back().actor : has_of ? &of : nullptr;
      if (where) {
        a.country = where->country;
        a.org = where->org;
      }
      a.code = code_of(a);
      if (a.code.empty() && !a.name.empty()) a.code = a.sector;  // a titled person of unknown country
      const std::size_t first = r == 0 ? start : runs[r].first;
      const std::size_t last = r + 1 == runs.size() ? pos : runs[r].second;
      emit(first, last, MentionKind::kPerson, a, res.antecedent);
    }
    return pos;
  }

  // Role nouns, with or without modifiers before them: "the Kenyan and
  // British governments", "Ghana's Minister of ...", "Al Shabaab militants",
  // "the government of Kenya", "police".
  std::size_t parse_role_phrase(const std::vector<Mod>& mods, std::size_t start, std::size_t k) {
    std::vector<const Role*> roles;
    std::size_t end = k;
    while (roles.size() < 3 && role(end)) roles.push_back(role(end++));
    if (roles.empty()) {
      for (const Mod& m : mods) {
        if (!m.adjective) emit(m.item, m.item + 1, m.kind, m.actor);
      }
      return std::max(k, start + 1);
    }
    std::string sector;
    for (const Role* r : roles) {
      if (sector.empty()) sector = r->sector;
    }
    const Role& last = *roles.back();
    const bool titled = last.type == RoleType::kTitle || last.type == RoleType::kHonorific;
    if (titled) {
      if (word(end, WordFunction::kOf) && role(end + 1, true)) end += 2;
      const std::size_t name_end = parse_name_run(end);
      if (name_end > end) return emit_persons(mods, start, sector, end, name_end);
      // "Deputy Mayor Kristiansand": a title right before a place.
      Mod place;
      if (mods.empty() && make_mod(end, place) && !place.adjective && place.kind != MentionKind::kOrganisation) {
        emit(start, end + 1, MentionKind::kPerson, with_sector(place.actor, sector));
        return end + 1;
      }
      if (last.type == RoleType::kHonorific) {
        for (const Mod& m : mods) {
          if (!m.adjective) emit(m.item, m.item + 1, m.kind, m.actor);
        }
        return end;
      }
    }
    Actor of;
    const std::size_t of_end = parse_of(end, of);
    const MentionKind kind = titled ? MentionKind::kPerson : MentionKind::kCollective;
    if (mods.empty()) {
      // A role noun with no state or organisation ("the police",
      // "terrorists") is left out: without a country it codes nothing useful.
      if (of_end > end) {
        emit(start, of_end, of.org.empty() ? kind : MentionKind::kOrganisation, with_sector(of, sector));
      }
      return std::max(of_end, end);
    }
    // Adjectives and places share the role ("Kenyan and British governments"
    // -> KENGOV "Kenyan", GBRGOV "British governments"; "Mombasa and
    // Kristiansand leaders"); in a list of names or organisations only the
    // last one owns it ("Australië, Canada, de EU-lidstaten"), as it does when
    // the role is glued to it in one word.
    const Mod& tail = mods.back();
    const bool glued = pieces_[items_[k].begin].token == pieces_[items_[tail.end - 1].end - 1].token;
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
    return std::max(of_end, end);
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
      Resolved res = resolve_person(start, run_end);
      Actor of;
      const std::size_t e = parse_of(run_end, of);
      if (e > run_end) {
        res.actor.country = of.country;
        res.actor.org = of.org;
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
  void resolve_pronoun(std::size_t i) {
    const std::size_t begin = pieces_[items_[i].begin].span.begin;
    std::optional<std::size_t> found;
    std::string who;
    for (std::size_t m = state_.mentions.size(); m-- > 0;) {
      const Mention& x = state_.mentions[m];
      if (x.sentence + 1 < index_) break;
      if (x.sentence == index_ && x.span.begin >= begin) continue;
      if (x.kind != MentionKind::kPerson && x.kind != MentionKind::kPronoun) continue;
      const std::string id = x.actor.name.empty() ? x.actor.code : x.actor.name;
      if (!found) {
        found = m;
        who = id;
      } else if (id != who) {
        return;  // ambiguous
      }
    }
    if (found) emit(i, i + 1, MentionKind::kPronoun, state_.mentions[*found].actor, found);
  }

  // "the two countries", "beide landen": the last N distinct earlier actors
  // of a class, one mention each over the same words.
  void resolve_ref(std::size_t i, const Word& w) {
    if (w.ref_class == "place") return resolve_place_ref(i, w);
    std::vector<std::size_t> picked;
    std::vector<std::string> ids;
    for (std::size_t m = state_.mentions.size(); m-- > 0 && picked.size() < static_cast<std::size_t>(w.ref_count);) {
      const Mention& x = state_.mentions[m];
      std::string id;
      if (w.ref_class == "country") id = x.actor.country;
      else if (w.ref_class == "person" && (x.kind == MentionKind::kPerson || x.kind == MentionKind::kPronoun)) {
        id = x.actor.name.empty() ? x.actor.code : x.actor.name;
      }
      if (id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      ids.push_back(id);
      picked.push_back(m);
    }
    if (picked.size() < static_cast<std::size_t>(w.ref_count)) return;
    for (auto it = picked.rbegin(); it != picked.rend(); ++it) {
      Actor a = state_.mentions[*it].actor;
      if (w.ref_class != "person") {
        a = Actor{"", a.country, "", w.ref_sector, ""};
        a.code = a.country + a.sector;
      }
      emit(i, i + 1, MentionKind::kReference, a, *it);
    }
  }

  void resolve_place_ref(std::size_t i, const Word& w) {
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
    for (const DocPlace& p : chosen) {
      emit(i, i + 1, MentionKind::kReference, Actor{p.country + w.ref_sector, p.country, "", w.ref_sector, ""},
           p.mention);
    }
  }

  std::size_t parse(std::size_t i) {
    pending_places_.clear();
    std::size_t start = i;
    if (word(i, WordFunction::kDet) && i + 1 < size()) start = i + 1;
    if (const Word* w = word(start, WordFunction::kRef)) {
      resolve_ref(start, *w);
      return start + 1;
    }
    if (const Word* w = word(i, WordFunction::kRef)) {  // the ref phrase begins with the determiner
      resolve_ref(i, *w);
      return i + 1;
    }
    if (word(start, WordFunction::kPronoun)) {
      resolve_pronoun(start);
      return start + 1;
    }
    std::vector<Mod> mods;
    const std::size_t k = parse_mods(start, mods);
    if (!mods.empty()) {
      if (role(k)) return parse_role_phrase(mods, mods.front().item, k);
      for (const Mod& m : mods) {
        if (!m.adjective) emit(m.item, m.item + 1, m.kind, m.actor);
      }
      return k;
    }
    if (role(start)) return parse_role_phrase(mods, start, start);
    if (name_like(start)) return parse_name(start);
    return start == i ? i + 1 : start;
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
};

}  // namespace

std::vector<Mention> Recognizer::recognize(const Document& doc, const std::vector<Sentence>& sentences,
                                           const std::vector<std::vector<std::string>>* upos) const {
  DocState state;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<std::string>* tags = upos && s < upos->size() ? &(*upos)[s] : nullptr;
    SentenceRecognizer(registry_, doc, s, sentences[s], tags, state).run();
  }
  return std::move(state.mentions);
}

}  // namespace dyad
