"""Dev-only: speaker errors by method and gold type, with examples.

    python tools/quote_errors.py /work/shared/data/pdnc-dev /tmp/gc-pdnc --works Emma [--show 20] [--type Explicit] [--method beat]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from score import align_mentions, load_gold, load_pred, map_characters, match_quotes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("pred_dir")
    ap.add_argument("--works")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--type")
    ap.add_argument("--method")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    tab = Counter()
    examples = []
    for gf in sorted(Path(a.gold_dir).glob("*.gold.json")):
        w = gf.name[:-len(".gold.json")]
        if a.works and w not in a.works.split(","):
            continue
        gold = load_gold(gf)
        text = (gf.parent / gold["text_file"]).read_text()
        pf = Path(a.pred_dir) / f"{w}.json"
        if not pf.exists():
            continue
        pred = load_pred(pf, len(text))[0]
        raw = {(q["start"], q["end"]): q for q in json.loads(pf.read_text())["quotes"]}
        for q in pred["quotes"]:
            q["method"] = raw.get((q["start"], q["end"]), {}).get("method")
        # the scorer's mapping: aligned mentions are its fallback for a character with no shared alias
        gm, pm = gold["mentions"], pred["mentions"]
        mp = align_mentions([(m["start"], m["end"]) for m in gm], [(m["start"], m["end"]) for m in pm]) if gm else {}
        cmap = map_characters(gold, pred, [(gm[g], pm[q]) for g, q in mp.items()])
        if isinstance(cmap, tuple):
            cmap = cmap[0]
        gnames = {c["id"]: c["name"] for c in gold["characters"]}
        pnames = {c["id"]: c["name"] for c in pred["characters"]}
        gq = [q for q in gold["quotes"]]
        pq = pred["quotes"]
        m = match_quotes([(q["start"], q["end"]) for q in gq], [(q["start"], q["end"]) for q in pq])
        for gi, q in enumerate(gq):
            if q.get("speaker") is None:
                continue
            t = q.get("type", "?")
            if gi not in m:
                tab[(t, "UNMATCHED", False)] += 1
                continue
            p = pq[m[gi]]
            meth = p.get("method") or "none"
            ok = p.get("speaker") is not None and cmap.get(p["speaker"]) == q["speaker"]
            tab[(t, meth, ok)] += 1
            if not ok and (not a.type or a.type == t) and (not a.method or a.method == meth):
                s = q["start"]
                examples.append((w, t, meth, gnames.get(q["speaker"]), pnames.get(p.get("speaker")),
                                 text[max(0, s - 250):s].replace("\n", " / ") + " [[" + text[s:q["end"]][:150].replace("\n", " / ") + "]] " + text[q["end"]:q["end"] + 120].replace("\n", " / ")))
    types = sorted({k[0] for k in tab})
    meths = sorted({k[1] for k in tab})
    print(f"{'method':12s}" + "".join(f"{t[:9]:>18s}" for t in types))
    for mth in meths:
        row = f"{mth:12s}"
        for t in types:
            ok = tab[(t, mth, True)]
            n = ok + tab[(t, mth, False)]
            row += f"{ok:>8d}/{n:<6d}{(100*ok/n if n else 0):3.0f}%"
        print(row)
    random.Random(a.seed).shuffle(examples)
    for e in examples[:a.show]:
        print(f"\n{e[0]} {e[1]} {e[2]} gold={e[3]} pred={e[4]}\n   {e[5]}")


if __name__ == "__main__":
    main()
