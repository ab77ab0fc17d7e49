#!/usr/bin/env python3
"""Validates the holdout5 blind set: JSON format of docs.jsonl and gold.jsonl,
page sizes, ids and languages, the negative pages and the en/nl clusters,
evidence substrings, codes against the CAMEO table, actor syntax, the
uncertain flag, and one event per key (symmetric and 04 events unordered).

Self-contained (the shared tests/realdev/set_check.py shape helper is fixed to
holdout4's 20 + 10 pages; this set has 14 English and 16 Dutch pages).
Usage: python3 tests/holdout5/check.py [DIR] [--cameo=PATH]"""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EN_IDS = ["n%d" % i for i in range(121, 135)]     # 14 English pages
NL_IDS = ["n%d" % i for i in range(311, 327)]     # 16 Dutch pages
NEGATIVE = {"en": 1, "nl": 2}
CLUSTERS = 2                                      # each one en + one nl page
MIN_BYTES, MAX_BYTES = 1200, 2500
DOC_FIELDS = ["id", "lang", "url", "cluster", "pub_date", "topic", "query", "negative"]
GOLD_FIELDS = ["doc", "src", "tgt", "code", "root", "symmetric", "date", "evidence"]
GOLD_OPTIONAL = ["note", "uncertain"]
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
ACTOR = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9_]+|NSA:[A-Z0-9_]+)$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except (TypeError, ValueError):
        return False


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (os.path.basename(path), n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad JSON: %s" % (os.path.basename(path), n, e))
    return rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--cameo=")]
    d = args[0] if args else HERE
    cameo = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--cameo=")),
                 os.path.join(HERE, "..", "..", "..", "shared", "reference", "cameo_event_codes.tsv"))
    codes = {}
    with open(cameo, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[0] != "code":
                codes[parts[0]] = (parts[1], parts[2])

    # docs.jsonl
    docs = read_jsonl(os.path.join(d, "docs.jsonl"))
    by_id = {}
    for doc in docs:
        if list(doc.keys()) != DOC_FIELDS:
            err("doc fields %s" % list(doc.keys()))
        i = doc.get("id")
        if i in by_id:
            err("duplicate doc %s" % i)
        by_id[i] = doc
        want_lang = "en" if i in EN_IDS else "nl" if i in NL_IDS else None
        if want_lang is None:
            err("bad id %s" % i)
        elif doc.get("lang") != want_lang:
            err("%s: lang %s, want %s" % (i, doc.get("lang"), want_lang))
        if doc.get("url") is not None or doc.get("query") is not None:
            err("%s: url and query must be null" % i)
        if doc.get("pub_date") is not None and not valid_date(doc["pub_date"]):
            err("%s: bad pub_date %r" % (i, doc["pub_date"]))
        if not isinstance(doc.get("negative"), bool):
            err("%s: negative must be a boolean" % i)
        if not isinstance(doc.get("topic"), str) or not doc["topic"]:
            err("%s: empty topic" % i)
    for i in EN_IDS + NL_IDS:
        if i not in by_id:
            err("missing doc %s" % i)

    # texts
    tdir = os.path.join(d, "texts")
    texts = {}
    for name in sorted(os.listdir(tdir)):
        i = name[:-4] if name.endswith(".txt") else name
        if i not in by_id:
            err("stray text file %s" % name)
    for i in by_id:
        p = os.path.join(tdir, i + ".txt")
        if not os.path.exists(p):
            err("%s: no text" % i)
            continue
        raw = open(p, "rb").read()
        if not MIN_BYTES <= len(raw) <= MAX_BYTES:
            err("%s: %d bytes (want %d-%d)" % (i, len(raw), MIN_BYTES, MAX_BYTES))
        try:
            texts[i] = raw.decode("utf-8")
        except UnicodeDecodeError:
            err("%s: not UTF-8" % i)

    # negatives and clusters
    for lang, ids in (("en", EN_IDS), ("nl", NL_IDS)):
        neg = sum(1 for i in ids if by_id.get(i, {}).get("negative"))
        if neg != NEGATIVE[lang]:
            err("%s: %d negative pages (want %d)" % (lang, neg, NEGATIVE[lang]))
    clusters = collections.defaultdict(list)
    for i, doc in by_id.items():
        if doc.get("cluster"):
            clusters[doc["cluster"]].append(doc.get("lang"))
    if len(clusters) != CLUSTERS:
        err("%d clusters (want %d)" % (len(clusters), CLUSTERS))
    for c, langs in clusters.items():
        if sorted(langs) != ["en", "nl"]:
            err("cluster %s has %s (want one en and one nl page)" % (c, langs))

    # gold.jsonl
    gold = read_jsonl(os.path.join(d, "gold.jsonl"))
    keys = {}
    per_doc = collections.Counter()
    for n, g in enumerate(gold, 1):
        where = "gold:%d" % n
        ks = list(g.keys())
        if ks[:len(GOLD_FIELDS)] != GOLD_FIELDS or any(k not in GOLD_OPTIONAL for k in ks[len(GOLD_FIELDS):]):
            err("%s: fields %s" % (where, ks))
            continue
        doc = by_id.get(g["doc"])
        if doc is None:
            err("%s: unknown doc %s" % (where, g["doc"]))
            continue
        if doc["negative"]:
            err("%s: event on negative page %s" % (where, g["doc"]))
        per_doc[g["doc"]] += 1
        for side in ("src", "tgt"):
            a = g[side]
            if not (ACTOR.match(a or "") or (side == "tgt" and a == "---")):
                err("%s: bad %s %r" % (where, side, a))
        if g["src"] == g["tgt"]:
            err("%s: src == tgt" % where)
        code = g["code"]
        if code not in codes or codes[code][1] == "root":
            err("%s: code %r not a CAMEO event code" % (where, code))
        elif codes[code][0] != g["root"] or code[:2] != g["root"]:
            err("%s: root %r does not match code %s" % (where, g["root"], code))
        if not isinstance(g["symmetric"], bool):
            err("%s: symmetric must be a boolean" % where)
        elif g["symmetric"] and g["root"] not in SYMMETRIC_ROOTS:
            err("%s: symmetric event with root %s" % (where, g["root"]))
        if g["symmetric"] and g["tgt"] == "---":
            err("%s: symmetric event without a target" % where)
        if g["date"] is not None and not valid_date(g["date"]):
            err("%s: bad date %r" % (where, g["date"]))
        if not isinstance(g["evidence"], str) or not g["evidence"]:
            err("%s: empty evidence" % where)
        elif g["evidence"] not in texts.get(g["doc"], ""):
            err("%s: evidence not in %s: %r" % (where, g["doc"], g["evidence"]))
        note = g.get("note")
        if "note" in g and (not isinstance(note, str) or not note):
            err("%s: empty note" % where)
        if "uncertain" in g:
            if g["uncertain"] is not True or not (note or "").startswith("uncertain:"):
                err("%s: uncertain needs true and a note starting 'uncertain:'" % where)
        elif note and "uncertain" in note.lower():
            err("%s: note mentions uncertain without the flag" % where)
        unordered = g["symmetric"] or g["root"] == "04"
        pair = (g["doc"], "pair", tuple(sorted((g["src"], g["tgt"]))), g["root"])
        if unordered:
            if pair in keys:
                err("duplicate key %s" % (pair,))
            keys[pair] = "unordered"
        else:
            directed = (g["doc"], "dir", (g["src"], g["tgt"]), g["root"])
            if directed in keys or keys.get(pair) == "unordered":
                err("duplicate key %s" % (directed,))
            keys[directed] = "directed"
            keys.setdefault(pair, "directed")
    for i, doc in by_id.items():
        if not doc["negative"] and per_doc[i] == 0:
            err("%s: non-negative page without events" % i)

    # summary
    lang_of = {i: doc["lang"] for i, doc in by_id.items()}
    for lang in ("en", "nl"):
        ids = [i for i in by_id if lang_of[i] == lang]
        ev = [g for g in gold if lang_of.get(g.get("doc")) == lang]
        print("%s: %d pages (%d negative), %d events (%d uncertain)" % (
            lang, len(ids), sum(1 for i in ids if by_id[i]["negative"]), len(ev),
            sum(1 for g in ev if g.get("uncertain"))))
    roots = collections.Counter(g.get("root") for g in gold)
    print("roots: " + ", ".join("%s x%d" % (r, roots[r]) for r in sorted(roots)))
    if errors:
        print("%d errors" % len(errors))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
