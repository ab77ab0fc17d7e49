"""Validation shared by the project's own event sets (tests/holdout,
tests/holdout2): JSON fields, page sizes, evidence substrings, CAMEO codes,
actor syntax and one event per scoring key. Each set's check.py adds its
own shape (ids, page counts, clusters) and calls main()."""
import collections, json, os, re, sys

ACTOR = re.compile(r"^([A-Z]{3}|IGO:[A-Z0-9_]+|NSA:[A-Z0-9_]+|---)$")
DOC_FIELDS = {"id", "lang", "url", "cluster", "pub_date", "topic", "query", "negative"}
GOLD_FIELDS = {"doc", "src", "tgt", "code", "root", "symmetric", "date", "evidence"}


def cameo_table(d, argv):
    given = next((a.split("=", 1)[1] for a in argv if a.startswith("--cameo=")), None)
    if given:
        return given
    cands = [os.path.join(d, "..", "..", "..", "shared", "reference", "cameo_event_codes.tsv"),
             os.path.join(d, "..", "..", "..", "..", "shared", "reference", "cameo_event_codes.tsv")]
    return next((c for c in cands if os.path.exists(c)), cands[0])


def uncertain(g):
    return bool(g.get("uncertain")) or "uncertain" in g.get("note", "")


def validate(d, cameo, errors):
    """Checks the set in `d`; appends to `errors`; returns (docs, gold)."""
    docs = {}
    for n, line in enumerate(open(os.path.join(d, "docs.jsonl"), encoding="utf-8"), 1):
        m = json.loads(line)
        if set(m) != DOC_FIELDS: errors.append(f"docs.jsonl:{n}: fields {sorted(m)}"); continue
        if m["id"] in docs: errors.append(f"docs.jsonl:{n}: duplicate id {m['id']}")
        if m["pub_date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["pub_date"]):
            errors.append(f"{m['id']}: bad pub_date")
        docs[m["id"]] = m
    texts = {}
    for i in docs:
        t = open(os.path.join(d, "texts", i + ".txt"), encoding="utf-8").read()
        texts[i] = t
        size = len(t.encode("utf-8"))
        if not 1200 <= size <= 2500: errors.append(f"{i}: {size} bytes")
    codes = {}
    if os.path.exists(cameo):
        for row in open(cameo, encoding="utf-8").read().splitlines()[1:]:
            c = row.split("\t")
            codes[c[0]] = c[1]
    else:
        print(f"warning: {cameo} not found, codes not checked", file=sys.stderr)
    keys = collections.Counter()
    gold = []
    for n, line in enumerate(open(os.path.join(d, "gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        gold.append(g)
        where = f"gold.jsonl:{n} ({g.get('doc')})"
        if not GOLD_FIELDS <= set(g) or set(g) - GOLD_FIELDS - {"note", "uncertain"}:
            errors.append(f"{where}: fields {sorted(g)}")
        if "uncertain" in g:
            if g["uncertain"] is not True: errors.append(f"{where}: uncertain must be true when present")
            if not g.get("note", "").startswith("uncertain"):
                errors.append(f"{where}: 'uncertain': true and a note starting 'uncertain' go together")
        if g["doc"] not in docs: errors.append(f"{where}: unknown doc"); continue
        if docs[g["doc"]]["negative"]: errors.append(f"{where}: event on a negative page")
        if g["evidence"] not in texts[g["doc"]]: errors.append(f"{where}: evidence not in text: {g['evidence'][:60]}")
        if codes and g["code"] not in codes: errors.append(f"{where}: unknown code {g['code']}")
        if g["root"] != g["code"][:2] or (codes and codes.get(g["code"]) != g["root"]): errors.append(f"{where}: root")
        for a in (g["src"], g["tgt"]):
            if not ACTOR.match(a): errors.append(f"{where}: actor {a}")
        if g["src"] == g["tgt"]: errors.append(f"{where}: src == tgt")
        if g["src"] == "---": errors.append(f"{where}: no source")
        if g["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]): errors.append(f"{where}: date")
        if not isinstance(g["symmetric"], bool): errors.append(f"{where}: symmetric")
        # the scorer matches symmetric events and every 04 event in either direction
        both = g["symmetric"] or g["root"] == "04"
        pair = tuple(sorted((g["src"], g["tgt"]))) if both else (g["src"], g["tgt"])
        keys[(g["doc"], pair, g["root"])] += 1
        # a symmetric key also collides with either directed key
        for p in (((g["src"], g["tgt"]), (g["tgt"], g["src"])) if both else ((g["src"], g["tgt"]),)):
            keys[(g["doc"], ("dir",) + p, g["root"])] += 1
    for k, c in keys.items():
        if c > 1: errors.append(f"duplicate key {k}")
    for i, m in docs.items():
        if not m["negative"] and not any(g["doc"] == i for g in gold): errors.append(f"{i}: no events and not negative")
    return docs, gold


def blind_set_shape(letter, en=(101, 120), nl=(301, 310), negative=(2, 1)):
    """The shape of a blind set of invented pages (tests/holdout2 to holdout5):
    ids <letter><en[0]>-<letter><en[1]> English and <letter><nl[0]>-<letter><nl[1]>
    Dutch, `negative` negative pages per language (en, nl), 2 clusters each
    reporting one event in both languages, no url or query."""
    ranges = {"en": range(en[0], en[1] + 1), "nl": range(nl[0], nl[1] + 1)}
    def shape(docs, gold, errors):
        for i, m in docs.items():
            number = int(i[len(letter):]) if i.startswith(letter) and i[len(letter):].isdigit() else -1
            lang = next((L for L, r in ranges.items() if number in r), None)
            if lang is None: errors.append(f"bad id {i}")
            elif m["lang"] != lang: errors.append(f"{i}: lang {m['lang']}")
            if m["url"] is not None or m["query"] is not None: errors.append(f"{i}: url/query must be null")
        for (lang, r), neg in zip(ranges.items(), negative):
            got = [m for m in docs.values() if m["lang"] == lang]
            if len(got) != len(r) or sum(m["negative"] for m in got) != neg:
                errors.append(f"{lang}: {len(got)} pages, {sum(m['negative'] for m in got)} negative (want {len(r)}, {neg})")
        clusters = collections.defaultdict(set)
        for m in docs.values():
            if m["cluster"]: clusters[m["cluster"]].add(m["lang"])
        if len(clusters) != 2 or any(v != {"en", "nl"} for v in clusters.values()):
            errors.append(f"clusters: {dict(clusters)} (want 2, each en + nl)")
    return shape


def main(shape=None):
    """Validates the set named on the command line (default: the caller's
    folder); `shape(docs, gold, errors)` adds the set's own checks."""
    caller = os.path.dirname(os.path.abspath(sys.modules["__main__"].__file__))
    d = next((a for a in sys.argv[1:] if not a.startswith("--")), caller)
    errors = []
    docs, gold = validate(d, cameo_table(d, sys.argv[1:]), errors)
    if shape:
        shape(docs, gold, errors)
    for e in errors: print("ERROR", e)
    lang = {i: m["lang"] for i, m in docs.items()}
    for L in ("en", "nl"):
        gs = [g for g in gold if lang.get(g["doc"]) == L]
        print(f"{L}: {sum(1 for m in docs.values() if m['lang'] == L)} pages "
              f"({sum(1 for m in docs.values() if m['lang'] == L and m['negative'])} negative), "
              f"{len(gs)} events ({sum(1 for g in gs if uncertain(g))} uncertain)")
    print("roots:", ", ".join(f"{r} x{c}" for r, c in sorted(collections.Counter(g["root"] for g in gold).items())))
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)
