#!/usr/bin/env python3
"""Validates the holdout2 blind set: JSON, texts, evidence substrings, CAMEO codes, keys, page counts.
Usage: python3 tests/holdout2/check.py [DIR] [--cameo=PATH]
The CAMEO table is looked up at DIR/../../../shared/reference/ (the set in
/work/main/tests/holdout2) and then at /work/shared/reference/."""
import collections, json, os, re, sys

d = next((a for a in sys.argv[1:] if not a.startswith("--")), os.path.dirname(os.path.abspath(__file__)))
cameo = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--cameo=")), None)
if cameo is None:
    cands = [os.path.join(d, "..", "..", "..", "shared", "reference", "cameo_event_codes.tsv"),
             "/work/shared/reference/cameo_event_codes.tsv"]
    cameo = next((c for c in cands if os.path.exists(c)), cands[0])
errors = []
docs = {}
for n, line in enumerate(open(os.path.join(d, "docs.jsonl"), encoding="utf-8"), 1):
    m = json.loads(line)
    assert set(m) == {"id", "lang", "url", "cluster", "pub_date", "topic", "query", "negative"}, m
    if m["id"] in docs: errors.append(f"docs.jsonl:{n}: duplicate id {m['id']}")
    if not re.fullmatch(r"k1(0[1-9]|1\d|20)|k3(0[1-9]|10)", m["id"]): errors.append(f"docs.jsonl:{n}: bad id {m['id']}")
    if m["lang"] != ("en" if m["id"].startswith("k1") else "nl"): errors.append(f"{m['id']}: lang {m['lang']}")
    if m["url"] is not None or m["query"] is not None: errors.append(f"{m['id']}: url/query must be null")
    if m["pub_date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["pub_date"]):
        errors.append(f"{m['id']}: bad pub_date")
    docs[m["id"]] = m
texts = {}
for i in docs:
    p = os.path.join(d, "texts", i + ".txt")
    t = open(p, encoding="utf-8").read()
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
actor = re.compile(r"^([A-Z]{3}|IGO:[A-Z0-9]+|NSA:[A-Z0-9]+|---)$")
keys = collections.Counter()
gold = []
for n, line in enumerate(open(os.path.join(d, "gold.jsonl"), encoding="utf-8"), 1):
    g = json.loads(line)
    gold.append(g)
    where = f"gold.jsonl:{n} ({g.get('doc')})"
    req = {"doc", "src", "tgt", "code", "root", "symmetric", "date", "evidence"}
    if not req <= set(g) or set(g) - req - {"note", "uncertain"}: errors.append(f"{where}: fields {sorted(g)}")
    if g.get("uncertain", True) is not True: errors.append(f"{where}: uncertain must be true when present")
    if bool(g.get("uncertain")) != g.get("note", "").startswith("uncertain"):
        errors.append(f"{where}: 'uncertain': true and a note starting 'uncertain' go together")
    if g["doc"] not in docs: errors.append(f"{where}: unknown doc"); continue
    if docs[g["doc"]]["negative"]: errors.append(f"{where}: event on a negative page")
    if g["evidence"] not in texts[g["doc"]]: errors.append(f"{where}: evidence not in text: {g['evidence'][:60]}")
    if codes and g["code"] not in codes: errors.append(f"{where}: unknown code {g['code']}")
    if g["root"] != g["code"][:2] or (codes and codes.get(g["code"]) != g["root"]): errors.append(f"{where}: root")
    for a in (g["src"], g["tgt"]):
        if not actor.match(a): errors.append(f"{where}: actor {a}")
    if g["src"] == g["tgt"]: errors.append(f"{where}: src == tgt")
    if g["src"] == "---": errors.append(f"{where}: no source")
    if g["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]): errors.append(f"{where}: date")
    if not isinstance(g["symmetric"], bool): errors.append(f"{where}: symmetric")
    # the scorer matches symmetric events and every 04 event in either direction
    pair = tuple(sorted((g["src"], g["tgt"]))) if g["symmetric"] or g["root"] == "04" else (g["src"], g["tgt"])
    keys[(g["doc"], pair, g["root"])] += 1
    # a symmetric key also collides with either directed key
    if g["symmetric"] or g["root"] == "04":
        for p in ((g["src"], g["tgt"]), (g["tgt"], g["src"])):
            keys[(g["doc"], ("dir",) + p, g["root"])] += 1
    else:
        keys[(g["doc"], ("dir", g["src"], g["tgt"]), g["root"])] += 1
for k, c in keys.items():
    if c > 1: errors.append(f"duplicate key {k}")
for i, m in docs.items():
    if not m["negative"] and not any(g["doc"] == i for g in gold): errors.append(f"{i}: no events and not negative")
# the set's shape: 20 English pages (k101-k120), 10 Dutch (k301-k310), 2 + 1 negative, 2 en/nl clusters
want = {"en": (20, 2), "nl": (10, 1)}
for L, (np_, nn) in want.items():
    got = [m for m in docs.values() if m["lang"] == L]
    if len(got) != np_ or sum(m["negative"] for m in got) != nn:
        errors.append(f"{L}: {len(got)} pages, {sum(m['negative'] for m in got)} negative (want {np_}, {nn})")
clusters = collections.defaultdict(set)
for m in docs.values():
    if m["cluster"]: clusters[m["cluster"]].add(m["lang"])
if len(clusters) != 2 or any(v != {"en", "nl"} for v in clusters.values()):
    errors.append(f"clusters: {dict(clusters)} (want 2, each en + nl)")

for e in errors: print("ERROR", e)
lang = {i: m["lang"] for i, m in docs.items()}
for L in ("en", "nl"):
    gs = [g for g in gold if lang[g["doc"]] == L]
    print(f"{L}: {sum(1 for m in docs.values() if m['lang'] == L)} pages "
          f"({sum(1 for m in docs.values() if m['lang'] == L and m['negative'])} negative), "
          f"{len(gs)} events ({sum(1 for g in gs if g.get('uncertain'))} uncertain)")
print("roots:", ", ".join(f"{r} x{c}" for r, c in sorted(collections.Counter(g["root"] for g in gold).items())))
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
