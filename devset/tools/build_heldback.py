#!/usr/bin/env python3
"""Build the held-back relationship stories (devset/heldback/src -> devset/heldback/fanfic)
with build_gold.py's own parser and checks. They are scored apart from devset/fanfic so
that tuning on the dev set can be checked on text nobody tuned on.

    python devset/tools/build_heldback.py
"""
import sys
from pathlib import Path

import build_gold

ROOT = Path(__file__).resolve().parent.parent / "heldback"
build_gold.SRC = ROOT / "src"
build_gold.OUT = ROOT / "fanfic"

if __name__ == "__main__":
    sys.exit(build_gold.main(sys.argv))
