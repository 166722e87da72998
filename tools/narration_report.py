"""Per-story, per-paragraph narration scores (the scorer's own counting), with totals for
headed and silent multi-narrator works.

    python tools/narration_report.py GOLD_DIR PRED_DIR [--works a,b]
    python tools/narration_report.py SCORES.json          # per-work table from score.py --json

A work is "headed" when a gold first-person section after the first opens with a POV
header line, "silent" when its gold has two or more first-person narrators and no such
header, "single" otherwise. The group rows are micro-averaged over paragraphs.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(ROOT))

KEYS = ("narration_acc", "narrator_acc", "narrator_acc_named")


def _group(gold: dict) -> str:
    from ficlens.ingest.structure import is_break, pov_name
    text = gold["_text"]
    first = [s for s in gold["sections"] if s.get("narration") == "first"]
    if len({s.get("narrator") for s in first}) < 2:
        return "single"
    for s in gold["sections"][1:]:
        lines = [ln for ln in text[s["start"]:s["end"]].split("\n") if ln.strip()]
        if any(pov_name(ln) for ln in lines[:3] if not is_break(ln)):
            return "headed"
    return "silent"


def from_dirs(gold_dir: str, pred_dir: str, works=None) -> None:
    import score
    res = score.score_dirs(gold_dir, pred_dir, works=works)
    groups: dict[str, list[int]] = {}
    print(f"{'work':24s} {'group':7s} {'paras':>5s} {'type':>6s} {'narr':>6s} {'named':>6s}")
    for wid, w in sorted(res["works"].items()):
        c = w["counts"]
        gold = score.load_gold(Path(gold_dir) / f"{wid}.gold.json")
        g = _group(gold)
        n, t, k = c.get("par_gold", 0), c.get("par_type_ok", 0), c.get("par_narrator_ok", 0)
        nn, nk = c.get("par_named_gold", 0), c.get("par_named_ok", 0)
        acc = groups.setdefault(g, [0, 0, 0])
        acc[0] += n
        acc[1] += t
        acc[2] += k
        named = f"{nk / nn:6.3f}" if nn else f"{'-':>6s}"
        print(f"{wid:24s} {g:7s} {n:5d} {t / n if n else 0:6.3f} {k / n if n else 0:6.3f} {named}")
    tot = [sum(v[i] for v in groups.values()) for i in range(3)]
    for g, (n, t, k) in sorted(groups.items()) + [("ALL", tot)]:
        print(f"{g.upper():24s} {'':7s} {n:5d} {t / n if n else 0:6.3f} {k / n if n else 0:6.3f}")


def from_json(path: str) -> None:
    d = json.load(open(path))
    per = d.get("works") or d.get("per_work") or {}
    print(f"{'work':34s} " + " ".join(f"{k:>18s}" for k in KEYS))
    for w, m in sorted(per.items()):
        m = m.get("metrics", m)
        vals = [m.get(k) for k in KEYS]
        print(f"{w:34s} " + " ".join(f"{v:18.3f}" if isinstance(v, (int, float)) else f"{'-':>18s}" for v in vals))
    for tot in ("micro", "macro"):
        t = d.get(tot, {})
        if t:
            print(f"{tot.upper():34s} " + " ".join(f"{t.get(k, float('nan')):18.3f}" for k in KEYS))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--works")
    a = ap.parse_args(argv)
    if len(a.paths) == 1:
        from_json(a.paths[0])
    else:
        from_dirs(a.paths[0], a.paths[1], a.works.split(",") if a.works else None)


if __name__ == "__main__":
    main()
