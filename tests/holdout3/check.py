#!/usr/bin/env python3
"""Validates the holdout3 blind set: what tests/realdev/set_check.py checks,
and the set's shape (ids, page counts, negatives, clusters).
Usage: python3 tests/holdout3/check.py [DIR] [--cameo=PATH]"""
import collections, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realdev"))
import set_check  # noqa: E402


def shape(docs, gold, errors):
    for i, m in docs.items():
        if not re.fullmatch(r"m1(0[1-9]|1\d|20)|m3(0[1-9]|10)", i): errors.append(f"bad id {i}")
        if m["lang"] != ("en" if i.startswith("m1") else "nl"): errors.append(f"{i}: lang {m['lang']}")
        if m["url"] is not None or m["query"] is not None: errors.append(f"{i}: url/query must be null")
    # 20 English pages (m101-m120), 10 Dutch (m301-m310), 2 + 1 negative, 2 en/nl clusters
    for lang, (pages, negative) in {"en": (20, 2), "nl": (10, 1)}.items():
        got = [m for m in docs.values() if m["lang"] == lang]
        if len(got) != pages or sum(m["negative"] for m in got) != negative:
            errors.append(f"{lang}: {len(got)} pages, {sum(m['negative'] for m in got)} negative (want {pages}, {negative})")
    clusters = collections.defaultdict(set)
    for m in docs.values():
        if m["cluster"]: clusters[m["cluster"]].add(m["lang"])
    if len(clusters) != 2 or any(v != {"en", "nl"} for v in clusters.values()):
        errors.append(f"clusters: {dict(clusters)} (want 2, each en + nl)")


set_check.main(shape)
