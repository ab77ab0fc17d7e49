#!/usr/bin/env python3
"""Validates the holdout4 blind set: what tests/realdev/set_check.py checks,
and the set's shape (ids, page counts, negatives, clusters).
Usage: python3 tests/holdout4/check.py [DIR] [--cameo=PATH]"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realdev"))
import set_check  # noqa: E402

# 20 English pages (n101-n120), 10 Dutch (n301-n310), 2 + 1 negative, 2 en/nl clusters.
set_check.main(set_check.blind_set_shape("n"))
