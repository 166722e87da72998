"""Per-story narration scores from the scorer's JSON (run.py --json or score.py --json).

    python tools/narration_report.py SCORES.json
"""
from __future__ import annotations

import json
import sys


def main(path: str) -> None:
    d = json.load(open(path))
    sc = d.get("scores", d)
    per = sc.get("per_work", {})
    keys = ("narration_acc", "narrator_acc", "narrator_acc_named")
    print(f"{'work':34s} " + " ".join(f"{k:>18s}" for k in keys))
    for w, m in sorted(per.items()):
        vals = [m.get(k) for k in keys]
        print(f"{w:34s} " + " ".join(f"{v:18.3f}" if isinstance(v, (int, float)) else f"{'-':>18s}" for v in vals))
    for tot in ("micro", "macro"):
        t = sc.get(tot, {})
        if t:
            print(f"{tot.upper():34s} " + " ".join(f"{t.get(k, float('nan')):18.3f}" for k in keys))


if __name__ == "__main__":
    main(sys.argv[1])
