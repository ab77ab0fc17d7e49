#!/usr/bin/env python3
"""Converts PETRARCH's English CAMEO verb dictionary into a dyad event lexicon.

    scripts/import-petrarch-verbs.py [CAMEO.2.0.txt] [-o data/lang/en/events/90_petrarch.txt]
    scripts/import-petrarch-verbs.py --check      # exit 1 when the committed file is stale

A dev-time command (stdlib only): dyad reads the generated file, never this
script. The conversion is rule-based over the whole dictionary; which kinds of
entries are left out, and why, is written into the generated file's header
(see SKIPPED_* below), so the file explains itself.

PETRARCH's format (CAMEO.2.0.txt, read_verb_dictionary in PETRARCH 2):
  &NAME / +WORD lines       a synonym set, used in patterns as &NAME
  ---  NAME  [code]  ---    a verb block and its default code ([---]: none)
  VERB {forms} [code]       a verb of the block, its irregular forms, its own code
  +VERB_PARTICLE ...        a multi-word verb
  - PRE * POST [code] # V   a pattern of verb V: words before the verb (PRE),
                            after it (POST): WORD, {MOD HEAD}, (PREP PHRASE),
                            &SET; '$' marks the source, '+' the target, '^'
                            skips a word, '%' a compound subject.
dyad's format: data/lang/EVENTS.md.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_DICT = ROOT.parent / "shared" / "petrarch" / "dictionaries" / "CAMEO.2.0.txt"
DEFAULT_CODES = ROOT.parent / "shared" / "reference" / "cameo_event_codes.tsv"
DEFAULT_OUT = ROOT / "data" / "lang" / "en" / "events" / "90_petrarch.txt"

# Which entries are imported was decided by measurement (realdev EN events,
# the dev set and the seeds; one root at a time, then together) and by the
# firings of each imported pattern in `dyad code --explain` on realdev,
# whatever the actors (is there a gold event of that root in the sentence?).
# The per-root figures are in the commit log.
#
# Verb-block defaults (the code a verb gets with no object or preposition): a
# default is the verb's whole meaning in any context, so only roots whose
# verbs are acts towards a party in themselves: 10 demand, 11 disapprove
# (not 110, the blocks of feelings: despair, dismay, regret, distrust), 16
# reduce relations, 20 mass violence.
# Left out: 01 statements (say, explain: most sentences of a page); 02 and 03
# (hope, suggest, decide, aim, vote: measured, "decided to cut ties" became
# an intent instead of the cut); 04, 05, 06, 08 (hear, consider, respect,
# boost, allow: WordNet synonyms far from the code; "asked X to respect"
# coded 051, measured); 07 (contribute, intervene, evacuate: generic or
# domestic); 09, 12, 13, 15 (monitor, search, delay, endanger, patrol: vague
# or habitual); 14, 17, 18 (loot, convict, steal, injure, beat: in the
# explain firings mostly crime news or the victim as subject, 9 of 11 wrong);
# 19 (destroy, target: measured +1 false event; the hand-written lexicon has
# the fighting verbs).
DEFAULT_ROOTS = {"10", "11", "16", "20"}
DEFAULT_CODES_SKIPPED = {"110"}
# "own": a verb's default only when the verb has a code of its own or names
# its block, not the block's other WordNet synonyms (BEAT, BEST, BREAK are
# in DESTROY [190]; CATCH in APPREHEND).
DEFAULTS = "own"
# Blocks whose synonyms all keep the block's meaning: 111 criticise/denounce
# (castigate, censure, rebuke, reprimand, lambaste…) and 202 mass killing
# (slaughter, butcher). Other blocks drift (DEMAND [100] holds need, push,
# bid; DISRUPT [160] disarray).
SYNONYM_CODES = {"111", "202"}
# Single verbs whose default is not their news meaning: left out by name.
DEFAULT_VERBS_SKIPPED = {
    "express",     # EXPRESS [110]: "expressed hope/support/condolences" are not disapproval
    "die",         # DIE [190]: no party acts on another
    "help",        # HELP [070]: "helped to", "helps explain"
    "order",       # ORDER [100]: "ordered a review", "in order to"
    "engage",      # ENGAGE [190]: "engage with", "engaged in talks"
    "compensate",  # COMPLAIN [114]: paying damages is no complaint
    "lecture",     # DENIGRATE [111]: mostly teaching
}
# Verbs the coder reads as grammar (data/lang/en/events/00_grammar.txt:
# refusal, intent, decision, report…): their complement is the act, so they
# get no imported code of their own ("declined to comment", "failed to").
GRAMMAR_FILE = ROOT / "data" / "lang" / "en" / "events" / "00_grammar.txt"
# Patterns only for verbs the lexicon already codes in some use: a verb with a
# hand-written entry (these files) or an imported default. The coder treats a
# verb with any pattern as a coded act: an intent verb leaves the coding to
# such a complement ("agreed to strengthen ties" would lose its 030 when no
# "strengthen" pattern matches), so patterns of an otherwise unknown verb
# ("strengthen", "continue", "increase") would cost more intents than they add.
HAND_WRITTEN = sorted((ROOT / "data" / "lang" / "en" / "events").glob("0*.txt"))

ALL_VERBS = False  # experiment: patterns of every verb

# Word forms of the verbs the lexicon codes (`forms` lines: regular forms by
# the spelling rules plus the dictionary's irregular ones).
FORMS = True

# Patterns (a verb with an object or a preposition): every root but 01
# (statements), 02 and 03, where PETRARCH's codes follow other conventions
# than dyad's annotation (extend an invitation 028, launch a campaign 020,
# present a project 020, send a team 036) and the coder's intent rules
# already read plans and pledges, and 17 (coerce: PETRARCH's patterns code
# domestic repression and over-reach: ordering a solution 1721, destroying
# missiles 1712). Measured one root at a time: no root changed realdev or the
# dev set once patterns are limited to known verbs (above).
PATTERN_ROOTS = {"04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "18", "19", "20"}

PARTICLES = {"up", "down", "out", "off", "over", "back", "away", "on", "in", "forward",
             "around", "through", "together", "apart", "aside", "along", "ahead"}
PREPOSITIONS = {"for", "at", "to", "with", "against", "from", "into", "by", "of", "on", "in",
                "about", "over", "toward", "towards", "upon", "under", "behind", "before",
                "after", "as", "onto", "between", "among", "through", "across", "near"}
ARTICLES = {"a", "an", "the"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}
# Codes of joint acts: dyad's `sym` ("X and Y met" is one event between them).
# Cooperation codes are joint only with an object ("restore ties", "set up a
# joint force"); a bare cooperation verb ("support") is directed.
SYMMETRIC = {"040", "046", "057"}
SYMMETRIC_WITH_OBJECT = {"050", "060", "061", "062", "064"}
WORD = re.compile(r"^[a-z][a-z'-]*$")


def read_codes(path):
    codes = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            codes.add(line.split("\t")[0])
    return codes


def word(w):
    """A PETRARCH noun or verb token as a dyad lemma, or None."""
    w = w.strip().rstrip("_").lower()
    return w if WORD.match(w) else None


class Dictionary:
    def __init__(self, text):
        self.sets = {}     # name -> [lower-case words]
        self.blocks = []   # {"name","code","verbs":[(token, code)], "patterns":[(line, comment)]}
        self.forms = {}    # lemma -> irregular forms listed in { } (lower-case)
        section = None
        current_set = None
        block = None
        for raw in text.splitlines():
            line = raw.rstrip()
            if line.startswith("#######"):
                section = line
                current_set = block = None
                continue
            if "SYNONYM SETS" in (section or ""):
                body = line.split("#", 1)[0].strip()
                if body.startswith("&"):
                    current_set = body[1:].rstrip("_")
                    self.sets[current_set] = []
                elif body.startswith("+") and current_set:
                    self.sets[current_set].append(body[1:])
                continue
            if "VERB PATTERNS" not in (section or ""):
                continue
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                block = {"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []}
                self.blocks.append(block)
                continue
            if block is None or not line.strip() or line.lstrip().startswith("#"):
                continue
            body, _, comment = line.partition("#")
            if line.startswith("-"):
                block["patterns"].append((body[1:].strip(), comment.strip()))
                continue
            forms = re.search(r"\{([^}]*)\}", body)
            body = re.sub(r"\{[^}]*\}", " ", body)
            cm = re.search(r"\[([^\]]*)\]", body)
            token = body[:cm.start()].strip() if cm else body.strip()
            if token:
                block["verbs"].append((token.split()[0], cm.group(1) if cm else None))
                lemma = word(token.split()[0])
                if lemma and forms:
                    listed = {word(f) for f in forms.group(1).replace(",", " ").split()}
                    self.forms.setdefault(lemma, set()).update(f for f in listed if f and f != lemma)


def verb_lemma(token):
    """('lemma', 'particle', extra-constraint) for a PETRARCH verb token, or None.
    ASK -> ask; +SET_UP -> set+up; +ASK_FOR -> ask pp=for; +TAKE_NOTE -> take obj=note."""
    parts = token.lstrip("+").rstrip("_").split("_")
    parts = [p.lower() for p in parts]
    if not all(WORD.match(p) for p in parts) or parts[0] in AUXILIARIES:
        return None
    if len(parts) == 1:
        return parts[0], "", ""
    if len(parts) != 2:
        return None  # GET_HOLD_OF, SET_IN_MOTION: more than dyad's verb+particle
    if parts[1] in PARTICLES:
        return parts[0], parts[1], ""
    if parts[1] in PREPOSITIONS:
        return parts[0], "", "pp=" + parts[1]
    return parts[0], "", "obj=" + parts[1]


def split_codes(code):
    """'057:057' -> ('057','057'); ':173' -> ('','173'); '---' -> None."""
    code = code.strip()
    if not code or "-" in code:
        return None
    active, _, passive = code.partition(":")
    if active == passive:
        passive = ""
    return active, passive


class Converter:
    def __init__(self, dictionary, valid_codes, grammar=frozenset()):
        self.grammar = grammar
        self.d = dictionary
        self.valid = valid_codes
        self.used_sets = set()
        self.skipped = {}  # reason -> count
        self.total_patterns = 0
        self.total_defaults = 0

    def skip(self, reason):
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
        return None

    def term(self, w):
        if w.startswith("&"):
            name = w[1:].rstrip("_")
            if name not in self.d.sets:
                return None
            self.used_sets.add(name)
            return "&PETR-" + name.replace("_", "-")
        lw = word(w)
        if lw is None or lw in ARTICLES:
            return None
        return lw

    def phrase(self, tokens):
        """Words of one noun phrase (modifiers then head) as MOD_…_HEAD, or None."""
        words = [t for t in tokens if t.lower() not in ARTICLES]
        if not words:
            return None
        terms = [self.term(t) for t in words]
        if any(t is None for t in terms):
            return None
        return "_".join(terms)

    def pattern(self, text):
        """A PETRARCH pattern's text before the code as dyad constraints:
        (particle, obj, pp) or None when dyad cannot express it."""
        if any(c in text for c in "$+^%|<>@="):
            return self.skip("marks the source or target ($ +), skips words (^) or a compound (%)")
        pre, star, post = text.partition("*")
        if not star:
            return self.skip("no verb position")
        if pre.strip():
            return self.skip("words before the verb (subject constraints)")
        items = re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+", post)
        particle, obj, pps = "", None, []
        bare = []
        for it in items:
            if it.startswith("("):
                inner = it[1:-1].split()
                if not inner or word(inner[0]) not in PREPOSITIONS:
                    return self.skip("a parenthesised phrase that is not a preposition phrase")
                prep = word(inner[0])
                rest = [t for t in " ".join(inner[1:]).replace("{", " ").replace("}", " ").split()]
                if rest:
                    ph = self.phrase(rest)
                    if ph is None:
                        return self.skip("a word dyad cannot match (unknown set, digits, multi-word)")
                    pps.append(f"pp={prep}:{ph}")
                else:
                    pps.append(f"pp={prep}")
            elif it.startswith("{"):
                if obj is not None:
                    return self.skip("two object phrases")
                obj = self.phrase(it[1:-1].split())
                if obj is None:
                    return self.skip("a word dyad cannot match (unknown set, digits, multi-word)")
            else:
                if pps or obj is not None:
                    return self.skip("words after the object or a preposition phrase")
                bare.append(it)
        if bare:
            if len(bare) >= 2 and word(bare[0]) in PARTICLES:
                particle = word(bare[0])
                bare = bare[1:]
            elif len(bare) == 1 and word(bare[0]) in PARTICLES and obj is None:
                particle = word(bare[0])
                bare = []
            if len(bare) > 1:
                return self.skip("a sequence of bare words (not one object noun)")
            if bare:
                if obj is not None:
                    return self.skip("two object phrases")
                obj = self.phrase(bare)
                if obj is None:
                    return self.skip("a word dyad cannot match (unknown set, digits, multi-word)")
        if len(pps) > 1:
            return self.skip("two preposition phrases (dyad patterns hold one)")
        if not obj and not pps and not particle:
            return self.skip("no constraint after the verb")
        return particle, obj, pps[0] if pps else ""

    def codes_ok(self, codes):
        return all(c == "" or c in self.valid for c in codes)

    def line(self, lemma, particle, constraints, codes):
        active, passive = codes
        head = lemma + ("+" + particle if particle else "")
        code = active + (":" + passive if passive else "")
        flags = []
        if active in SYMMETRIC or (active in SYMMETRIC_WITH_OBJECT and any(constraints)):
            flags.append("sym")
        flags.append("fallback")
        return " ".join(["verb", head] + [c for c in constraints if c] + ["->", code] + flags)

    def convert(self):
        out = {}  # "verb HEAD constraints" -> line: the first entry in dictionary order wins
        for block in self.d.blocks:
            verbs = {}
            for token, code in block["verbs"]:
                lem = verb_lemma(token)
                if lem:
                    verbs[token.lstrip("+").upper()] = (lem, code)
            # Verb defaults.
            for token, (lem, code) in verbs.items():
                own = split_codes(code) if code is not None else None
                eff = own if code is not None else split_codes(block["code"])
                if code is not None and own is None:
                    eff = None  # [---] on the verb: no event
                if eff is None:
                    continue
                self.total_defaults += 1
                main = eff[0] or eff[1]
                if not self.codes_ok(eff):
                    self.skip("default: a code not in CAMEO")
                    continue
                if main[:2] not in DEFAULT_ROOTS or main in DEFAULT_CODES_SKIPPED:
                    self.skip(f"default: root {main[:2]} left out" if main[:2] not in DEFAULT_ROOTS
                              else f"default: code {main} left out")
                    continue
                lemma, particle, extra = lem
                if lemma in DEFAULT_VERBS_SKIPPED:
                    self.skip("default: verb left out by name (" + ", ".join(sorted(DEFAULT_VERBS_SKIPPED)) + ")")
                    continue
                if lemma in self.grammar:
                    self.skip("default: a verb the coder reads as grammar (00_grammar.txt)")
                    continue
                if (DEFAULTS == "own" and code is None and token != block["name"]
                        and main not in SYNONYM_CODES):
                    self.skip("default: a block synonym without a code of its own")
                    continue
                self.add(out, self.line(lemma, particle, [extra], eff))
            # Patterns: each applies to the verb(s) its comment names (where
            # it was found), else to the block's first verb.
            first = next(iter(verbs), None)
            for text, comment in block["patterns"]:
                m = re.match(r"^(.*?)\[([^\]]*)\]\s*-*\s*$", text)
                if not m:
                    self.skip("pattern without a code")
                    continue
                self.total_patterns += 1
                codes = split_codes(m.group(2))
                if codes is None:
                    self.skip("pattern coded [---] (a noun or non-event reading)")
                    continue
                if not self.codes_ok(codes):
                    self.skip("pattern with a code not in CAMEO")
                    continue
                root = (codes[0] or codes[1])[:2]
                if root not in PATTERN_ROOTS:
                    self.skip(f"pattern of root {root} left out")
                    continue
                named = [t.strip().upper() for t in re.split(r"[,\s]+", comment) if t.strip().upper() in verbs]
                targets = sorted(set(named)) if named else ([first] if first else [])
                if not targets:
                    self.skip("pattern of a block with no usable verb")
                    continue
                conv = self.pattern(m.group(1))
                if conv is None:
                    continue
                particle, obj, pp = conv
                if not obj and not pp and (root not in DEFAULT_ROOTS or codes[0] in DEFAULT_CODES_SKIPPED):
                    # "- * DOWN [080]": a phrasal verb alone ("back down") is a
                    # default, under the defaults' rules.
                    self.skip(f"particle-only pattern (a phrasal verb's default) of root {root}")
                    continue
                for t in targets:
                    (lemma, vparticle, extra) = verbs[t][0]
                    if vparticle and particle:
                        self.skip("two particles")
                        continue
                    if extra and (obj and extra.startswith("obj=") or pp and extra.startswith("pp=")):
                        self.skip("a multi-word verb plus a constraint of the same kind")
                        continue
                    line = self.line(lemma, vparticle or particle,
                                     [extra, "obj=" + obj if obj else "", pp], codes)
                    self.add(out, line)
        return out

    def add(self, out, line):
        key = line.split(" -> ")[0]
        if key in out:
            self.skip("same verb and constraints as an earlier entry (the first is kept)")
        else:
            out[key] = line

    def classes(self):
        lines = []
        for name in sorted(self.used_sets):
            members = sorted({w for w in (word(x) for x in self.d.sets[name]) if w})
            if members:
                lines.append(f"class PETR-{name.replace('_', '-')}: " + " ".join(members))
        return lines


HEADER = """\
# GENERATED by scripts/import-petrarch-verbs.py from PETRARCH's English CAMEO
# verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance, last update 30 April
# 2015). Do not edit: change the script and run it again.
#
# The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to
# deal in the Software without restriction, including without limitation the
# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
# sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright
# notice and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
# THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
# TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
# THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Every line is `fallback`: for one lemma, a hand-written pattern (files 0*)
# that matches always wins over an imported one (data/lang/EVENTS.md).
# Synonym sets become classes named PETR-<SET> so they never extend the
# hand-written classes. A pattern applies to the verb its comment names (the
# verb it was written for), not to the whole WordNet block.
"""


def regular_forms(lemma):
    """-s, -ed and -ing forms by the spelling rules (consonant doubling is
    irregular: the dictionary lists it, as PETRARCH itself expects)."""
    cons = lambda c: c not in "aeiou"
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        third = lemma + "es"
    elif len(lemma) > 1 and lemma.endswith("y") and cons(lemma[-2]):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif len(lemma) > 1 and lemma.endswith("y") and cons(lemma[-2]):
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not re.search(r"(ee|ye|oe)$", lemma):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return {third, past, ing}


def forms_lines(dictionary, known):
    """`forms LEMMA: …` for the dictionary's one-word verbs the lexicon codes:
    the coder falls back to these when the lemmatiser gets a verb wrong
    ("extraditing" -> "extradit", "froze" -> "froze", "slew" -> "slow")."""
    lines = []
    verbs = set()
    for block in dictionary.blocks:
        for token, _ in block["verbs"]:
            lemma = word(token)
            if lemma and lemma in known and not token.startswith("+"):
                verbs.add(lemma)
    for lemma in sorted(verbs):
        forms = (regular_forms(lemma) | dictionary.forms.get(lemma, set())) - {lemma}
        lines.append(f"forms {lemma}: " + " ".join(sorted(forms)))
    return lines


def render(conv, lines, sets_lines, forms=()):
    counts = sorted(conv.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    out = [HEADER.rstrip("\n")]
    out.append("#")
    defaults = sum(1 for l in lines if l.split()[2] == "->")
    out.append(f"# Imported: {defaults} verb defaults and {len(lines) - defaults} patterns, from the dictionary's "
               f"{conv.total_patterns} patterns")
    out.append(f"# and {conv.total_defaults} verbs with a code; {len(forms)} forms lines; "
               f"{len(sets_lines)} synonym sets as classes.")
    out.append("# Verb defaults (a verb alone) for roots " + " ".join(sorted(DEFAULT_ROOTS))
               + " (not " + " ".join(sorted(DEFAULT_CODES_SKIPPED)) + "), for verbs with a code of their own;")
    out.append("# patterns (a verb with an object or preposition) for roots " + " ".join(sorted(PATTERN_ROOTS)) + ",")
    out.append("# for verbs the lexicon codes anyway (a hand-written entry or an imported default);")
    out.append("# `forms` of the dictionary's verbs the lexicon codes (regular by spelling rule, and")
    out.append("# the dictionary's irregular ones), for when the lemmatiser gets a verb wrong.")
    out.append("# The other roots' entries are vague verbs or follow other coding conventions than")
    out.append("# dyad's annotation; why each class is left out: scripts/import-petrarch-verbs.py.")
    out.append("# Left out (entries, reason):")
    for reason, n in counts:
        out.append(f"#   {n:5d}  {reason}")
    out.append("")
    out.extend(sets_lines)
    out.append("")
    out.extend(forms)
    out.append("")
    for line in sorted(lines, key=lambda l: (l.split()[1], l)):
        out.append(line)
    return "\n".join(out) + "\n"


def read_grammar(path):
    """The verbs of the coder's word roles (words intent: pledge promise …)."""
    words = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("#", 1)[0].split()
            if len(f) >= 3 and f[0] == "words":
                words.update(f[2:])
    return frozenset(words)


def read_verbs(paths):
    """Verb lemmas with a hand-written pattern (the particle stripped)."""
    verbs = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("#", 1)[0].split()
            if len(f) >= 2 and f[0] == "verb":
                verbs.add(f[1].split("+")[0])
    return verbs


def build(dict_path, codes_path):
    conv = Converter(Dictionary(pathlib.Path(dict_path).read_text(encoding="latin-1")), read_codes(codes_path),
                     read_grammar(GRAMMAR_FILE))
    lines = conv.convert()
    known = read_verbs(HAND_WRITTEN)
    for line in lines.values():
        f = line.split()
        if f[2] == "->" and "+" not in f[1]:
            known.add(f[1])  # an imported default: the verb codes in any use
    kept = []
    for line in lines.values():
        if ALL_VERBS or line.split()[1].split("+")[0] in known:
            kept.append(line)
        else:
            conv.skip("pattern of a verb with no hand-written entry and no default (intent verbs would defer to it)")
    conv.used_sets = {n for n in conv.used_sets if any("&PETR-" + n.replace("_", "-") in l for l in kept)}
    coded = {l.split()[1].split("+")[0] for l in kept} | read_verbs(HAND_WRITTEN)
    return render(conv, kept, conv.classes(), forms_lines(conv.d, coded) if FORMS else ())


def main():
    global DEFAULTS, DEFAULT_ROOTS, PATTERN_ROOTS, FORMS, ALL_VERBS, SYNONYM_CODES
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dictionary", nargs="?", default=str(DEFAULT_DICT))
    ap.add_argument("--codes", default=str(DEFAULT_CODES))
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true", help="exit 1 when the output file differs")
    # Experiments (measuring a class before changing the defaults above).
    ap.add_argument("--defaults", choices=["all", "own", "none"], help="which verb defaults")
    ap.add_argument("--pattern-roots", help="comma-separated roots whose patterns are imported")
    ap.add_argument("--default-roots", help="comma-separated roots whose verb defaults are imported")
    ap.add_argument("--no-forms", action="store_true", help="no forms lines")
    ap.add_argument("--synonym-codes", help="comma-separated block codes whose synonyms get the default")
    ap.add_argument("--all-verbs", action="store_true", help="patterns also of verbs the lexicon does not code")
    args = ap.parse_args()
    if args.synonym_codes is not None:
        SYNONYM_CODES = set(filter(None, args.synonym_codes.split(",")))
    if args.all_verbs:
        ALL_VERBS = True
    if args.no_forms:
        FORMS = False
    if args.default_roots is not None:
        DEFAULT_ROOTS = set(filter(None, args.default_roots.split(",")))
    if args.pattern_roots is not None:
        PATTERN_ROOTS = set(filter(None, args.pattern_roots.split(",")))
    if args.defaults:
        DEFAULTS = args.defaults
        if DEFAULTS == "none":
            DEFAULT_ROOTS = set()
    text = build(args.dictionary, args.codes)
    out = pathlib.Path(args.output)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out}: stale; run scripts/import-petrarch-verbs.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
