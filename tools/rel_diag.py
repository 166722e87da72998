"""Dev script: relationships predicted vs gold, pair by pair, with the evidence behind
each prediction (for diagnosing misses; score with ../shared/eval/score.py).

    python tools/rel_diag.py GOLD_DIR PRED_DIR [--works a,b] [--all]

Lists every gold pair (gold kind, predicted kind/score, evidence cues) and every predicted
romantic pair (>= 0.5) that the gold lacks; --all also lists the other predicted pairs.
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--works")
    ap.add_argument("--all", action="store_true")
    a = ap.parse_args()
    works = set(a.works.split(",")) if a.works else None
    for gp in sorted(Path(a.gold).glob("*.gold.json")):
        w = gp.name[:-len(".gold.json")]
        if works and w not in works:
            continue
        gold = score.load_gold(gp)
        pred, _ = score.load_pred(Path(a.pred) / f"{w}.json", len(gold["_text"]))
        raw = json.loads((Path(a.pred) / f"{w}.json").read_text())
        cmap, _ = score.map_characters(gold, pred, [])
        pname = {c["id"]: c.get("name") for c in raw["characters"]}
        text = gold["_text"]
        print(f"== {w}")
        byg = {}
        for r in raw["relationships"]:
            key = frozenset(cmap.get(x) or f"?{pname.get(x)}" for x in r["characters"])
            if key not in byg or r["score"] > byg[key]["score"]:
                byg[key] = r
        for g in gold["relationships"]:
            key = frozenset(g["characters"])
            r = byg.pop(key, None)
            mark = "ok " if r and r["kind"] == g["kind"] and (g["kind"] != "romantic" or r["score"] >= 0.5) else "BAD"
            got = f"{r['kind']} {r['score']:.2f} {r.get('status')}" if r else "-"
            print(f"  {mark} {'/'.join(g['characters']):24s} gold {g['kind']:11s} {g.get('status_at_end', '')!s:10s} pred {got}")
            if r and mark == "BAD" or (r and a.all):
                sc = {k: round(v, 2) for k, v in (r.get("scores") or {}).items() if v}
                print(f"        scores {sc}")
                for e in r["evidence"][:12]:
                    print(f"        {e['kind'][:4]} {e['weight']:.2f} {e['stage'] or '':12s} {e['cue']!r:28s} {text[e['start']:e['end']][:70]!r}")
        for key, r in byg.items():
            if r["kind"] == "romantic" and r["score"] >= 0.5 or a.all:
                print(f"  xtra {'/'.join(sorted(key)):24s} pred {r['kind']} {r['score']:.2f}")
                for e in r["evidence"][:6]:
                    print(f"        {e['kind'][:4]} {e['weight']:.2f} {e['stage'] or '':12s} {e['cue']!r:28s} {text[e['start']:e['end']][:70]!r}")


if __name__ == "__main__":
    main()
