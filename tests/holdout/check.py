#!/usr/bin/env python3
"""Validates this hold-out set: JSON, texts, evidence substrings, CAMEO codes, keys
(tests/realdev/set_check.py).
Usage: python3 tests/holdout/check.py [DIR] [--cameo=PATH]"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realdev"))
import set_check  # noqa: E402

set_check.main()
