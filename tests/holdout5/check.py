#!/usr/bin/env python3
"""Validates the holdout5 blind set: what tests/realdev/set_check.py checks,
and the set's shape (ids, page counts, negatives, clusters).
Usage: python3 tests/holdout5/check.py [DIR] [--cameo=PATH]"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realdev"))
import set_check  # noqa: E402

# 14 English pages (n121-n134), 16 Dutch (n311-n326), 1 + 2 negative, 2 en/nl clusters.
set_check.main(set_check.blind_set_shape("n", en=(121, 134), nl=(311, 326), negative=(1, 2)))
