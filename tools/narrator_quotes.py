"""Speaker accuracy on the quotes a first-person narrator speaks (PDNC dev).

Which works are first person is read from the gold text, not from our output: a work is
first person when I/me/my are frequent in its narration outside double quotes. Its gold
narrator is the gold character called "Narrator" when there is one, else the speaker of
most quotes followed by an "I said"-style tag (independent of ficlens).

    python tools/narrator_quotes.py GOLD_DIR PRED_DIR [--works A,B]

Prints per first-person work: the gold narrator, the narrator quotes, speaker accuracy on
them (unmatched quotes count wrong, as in score.py), and the share of the work's
paragraphs whose predicted section narrator maps to the gold narrator.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))

import score  # noqa: E402  (the scorer's own matching and character mapping)

_TAG = re.compile(r'^\s*[,.!?]?\s*I\s+(?:said|asked|replied|answered|cried|remarked|observed|'
                  r'murmured|exclaimed|continued|added|returned|whispered|protested|suggested)\b')
_QUOTED = re.compile(r'"[^"]*"')
FIRST_RATE = 2.0   # I/me/my per 100 words of narration


def first_person(text: str) -> bool:
    words = re.findall(r"[A-Za-z']+", _QUOTED.sub(" ", text))
    fp = sum(1 for w in words if w in ("I", "me", "my", "myself"))
    return bool(words) and 100.0 * fp / len(words) >= FIRST_RATE


def gold_narrator(gold: dict) -> str | None:
    for c in gold["characters"]:
        if (c.get("name") or "").lower() == "narrator":
            return c["id"]
    text = gold["_text"]
    votes: Counter = Counter()
    for q in gold["quotes"]:
        if q.get("speaker") and _TAG.match(text[q["end"] + 1:q["end"] + 40]):
            votes[q["speaker"]] += 1
    return votes.most_common(1)[0][0] if votes else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("pred_dir")
    ap.add_argument("--works")
    a = ap.parse_args(argv)
    works = score.gold_works(a.gold_dir)
    if a.works:
        keep = set(a.works.split(","))
        works = [w for w in works if w in keep]
    tot_n = tot_ok = 0
    print(f"{'work':32s} {'narrator':22s} {'quotes':>7s} {'spk_acc':>8s} {'sect_narr':>9s}")
    for w in works:
        gold = score.load_gold(Path(a.gold_dir) / f"{w}.gold.json")
        if not first_person(gold["_text"]):
            continue
        gn = gold_narrator(gold)
        if gn is None:
            continue
        pred, _ = score.load_pred(Path(a.pred_dir) / f"{w}.json", len(gold["_text"]))
        cmap, _ = score.map_characters(gold, pred)
        gq = gold["quotes"]
        pq = pred["quotes"]
        qm = score.match_quotes([(q["start"], q["end"]) for q in gq], [(q["start"], q["end"]) for q in pq])
        idx = [i for i, q in enumerate(gq) if q.get("speaker") == gn]
        ok = sum(1 for i in idx if i in qm and cmap.get(pq[qm[i]].get("speaker")) == gn)
        # paragraphs whose covering predicted section names the gold narrator
        paras = score.paragraphs(gold["_text"])
        secs = [(s["start"], s["end"], s) for s in pred["sections"]]
        hit = 0
        for p0, p1 in paras:
            best = max(secs, key=lambda t: score._overlap(t[0], t[1], p0, p1), default=None)
            if best and best[2].get("narration") == "first" and cmap.get(best[2].get("narrator")) == gn:
                hit += 1
        name = next(c["name"] for c in gold["characters"] if c["id"] == gn)
        acc = ok / len(idx) if idx else float("nan")
        print(f"{w:32s} {name[:22]:22s} {len(idx):7d} {acc:8.3f} {hit / max(1, len(paras)):9.3f}")
        tot_n += len(idx)
        tot_ok += ok
    if tot_n:
        print(f"{'TOTAL':32s} {'':22s} {tot_n:7d} {tot_ok / tot_n:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
