"""Diagnose coreference on a gold set: per pronoun form, how many gold mentions are
missed, linked right, or linked wrong (through the scorer's character mapping).

    python tools/coref_diag.py GOLD_DIR PRED_DIR [--works a,b]
"""
import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score as S  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--works")
    ap.add_argument("--show", type=int, default=0, help="print N wrong examples")
    a = ap.parse_args()
    stats = collections.defaultdict(collections.Counter)
    shown = 0
    works = a.works.split(",") if a.works else None
    for gp in sorted(Path(a.gold).glob("*.gold.json")):
        w = gp.name[:-len(".gold.json")]
        if works and w not in works:
            continue
        gold = S.load_gold(gp)
        text = gold["_text"]
        pred, _ = S.load_pred(Path(a.pred) / f"{w}.json", len(text))
        gm = gold["mentions"]
        pm = pred["mentions"]
        al = S.align_mentions([(m["start"], m["end"]) for m in gm], [(m["start"], m["end"]) for m in pm])
        cmap, _ = S.map_characters(gold, pred, [(gm[g], pm[p]) for g, p in al.items()])
        size = collections.Counter(m["character"] for m in gm)
        for gi, m in enumerate(gm):
            s = text[m["start"]:m["end"]]
            k = s.lower() if m["kind"] == "PRON" else m["kind"]
            st = stats[k]
            st["gold"] += 1
            if gi not in al:
                st["missed"] += 1
                continue
            p = pm[al[gi]]
            if p["character"] is None:
                st["null"] += 1
            elif cmap.get(p["character"]) == m["character"]:
                st["right"] += 1
            else:
                st["wrong"] += 1
                if a.show and shown < a.show and m["kind"] == "PRON":
                    shown += 1
                    ctx = text[max(0, m["start"] - 150):m["end"] + 30].replace("\n", " ")
                    print(f"[{w}] {s!r} gold={m['character']} pred={p['character']}->{cmap.get(p['character'])}: ...{ctx}")
    print(f"{'form':12} {'gold':>6} {'missed':>6} {'null':>6} {'right':>6} {'wrong':>6}  acc")
    for k, st in sorted(stats.items(), key=lambda kv: -kv[1]["gold"])[:30]:
        print(f"{k:12} {st['gold']:6} {st['missed']:6} {st['null']:6} {st['right']:6} {st['wrong']:6}  {st['right'] / st['gold']:.2f}")


if __name__ == "__main__":
    main()
