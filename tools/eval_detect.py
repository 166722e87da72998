"""Dev-only: quote detection P/R per work, straight from the text (no parse, no pipeline).

    python tools/eval_detect.py pdnc /work/shared/data/pdnc-dev [--works a,b] [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from score import match_quotes  # noqa: E402

from ficlens.ingest import from_text  # noqa: E402
from ficlens.quotes.finder import choose_convention, find_quotes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("gold_dir")
    ap.add_argument("--works")
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    tot = [0, 0, 0]
    for gf in sorted(Path(a.gold_dir).glob("*.gold.json")):
        w = gf.name[:-len(".gold.json")]
        if a.works and w not in a.works.split(","):
            continue
        gold = json.loads(gf.read_text())
        text = (gf.parent / gold["text_file"]).read_text()
        doc = from_text(text)
        spans = find_quotes(doc.view, doc.blocks)
        conv = choose_convention([doc.view[b.vstart:b.vend] for b in doc.blocks if b.kind == "text"])
        pred = [doc.to_source(s.vstart, s.vend) for s in spans]
        gs = [(q["start"], q["end"]) for q in gold["quotes"]]
        m = match_quotes(gs, pred)
        tp = len(m)
        partial = gold["layers"].get("quotes") == "partial"
        tot[0] += tp; tot[1] += len(pred); tot[2] += len(gs)
        p = tp / len(pred) if pred else 1.0
        r = tp / len(gs) if gs else 1.0
        print(f"{w[:40]:40s} {conv:6s} P {p:.3f} R {r:.3f}  pred {len(pred)} gold {len(gs)}")
        if a.show:
            mp = set(m.values())
            fps = [i for i in range(len(pred)) if i not in mp][:a.show]
            fns = [i for i in range(len(gs)) if i not in m][:a.show]
            for i in fps:
                s, e = pred[i]
                print("   FP", repr(text[max(0, s - 40):s]), "[[", repr(text[s:e][:80]), "]]", repr(text[e:e + 30]))
            for i in fns:
                s, e = gs[i]
                print("   FN", repr(text[max(0, s - 40):s]), "[[", repr(text[s:e][:80]), "]]", repr(text[e:e + 30]))
    P = tot[0] / tot[1] if tot[1] else 0
    R = tot[0] / tot[2] if tot[2] else 0
    print(f"TOTAL P {P:.4f} R {R:.4f} F {2*P*R/(P+R) if P+R else 0:.4f}")


if __name__ == "__main__":
    main()
