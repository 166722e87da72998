"""Analyse every work of a gold set in one process (spaCy loaded once, parses from
FICLENS_PARSE_CACHE): a quick loop for tuning; score with ../shared/eval/score.py.

    FICLENS_PARSE_CACHE=/tmp/ficlens-cache python tools/fast_predict.py GOLD_DIR OUT_DIR [--works a,b]
"""
import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ficlens.export.contract import to_contract, write_json_atomic  # noqa: E402
from ficlens.pipeline import analyze_path  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--works")
    ap.add_argument("--extra", action="append", default=[], help="cfg.extra KEY=VALUE (python literal)")
    a = ap.parse_args()
    import ast
    from ficlens.config import DEFAULT
    for kv in a.extra:
        k, v = kv.split("=", 1)
        DEFAULT.extra[k] = ast.literal_eval(v)
    os.makedirs(a.out, exist_ok=True)
    works = set(a.works.split(",")) if a.works else None
    t = {}
    for txt in sorted(Path(a.gold).glob("*.txt")):
        if works and txt.stem not in works:
            continue
        doc = analyze_path(str(txt))
        write_json_atomic(to_contract(doc), os.path.join(a.out, txt.stem + ".json"))
        for k, v in doc.timings.items():
            t[k] = t.get(k, 0.0) + v
    print(" ".join(f"{k}={v:.1f}s" for k, v in t.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
