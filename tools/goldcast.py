"""Dev-only: run our quote stages with the GOLD cast loaded into the Document.

Measures attribution alone while the characters stage is being built. Numbers from this
script are "gold cast" numbers, not end to end. Mentions are the gold aliases found by
string matching (no pronoun mentions: coref is whatever the coref stage gives).

    python tools/goldcast.py pdnc /work/shared/data/pdnc-dev /tmp/gc-pdnc [--works a,b] [--stages narration,coref]
    python /work/shared/eval/score.py pdnc /work/shared/data/pdnc-dev /tmp/gc-pdnc
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from ficlens.config import Config
from ficlens.document import Character, Mention
from ficlens.export.contract import to_contract, write_json_atomic
from ficlens.ingest import load
from ficlens.linguistics import parse
from ficlens.pipeline import stage


def load_gold_cast(doc, gold: dict) -> None:
    chars = []
    owner: dict[str, tuple[int, str]] = {}
    for c in gold["characters"]:
        freq = (c.get("n_quotes") or 0) + (c.get("n_mentions") or 0)
        chars.append(Character(id=c["id"], name=c["name"], aliases=list(c.get("aliases") or []),
                               pronouns=c.get("pronouns"), named=c.get("named", True)))
        for a in {c["name"], *(c.get("aliases") or [])}:
            a = a.strip()
            if len(a) < 2 or not a[0].isupper():
                continue
            if a not in owner or owner[a][0] < freq:
                owner[a] = (freq, c["id"])
    doc.characters = chars
    if not owner:
        return
    alts = sorted(owner, key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")
    qspans = sorted((q.vstart, q.vend) for q in doc.quotes)
    import bisect
    qstarts = [s for s, _ in qspans]
    ments = []
    for m in rx.finditer(doc.view):
        i = bisect.bisect_right(qstarts, m.start()) - 1
        inq = i >= 0 and qspans[i][1] > m.start()
        s, e = doc.to_source(m.start(), m.end())
        ments.append(Mention(s, e, owner[m.group(0)][1], "PROP", inq))
    doc.mentions = ments


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("gold_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--works")
    ap.add_argument("--stages", default="narration,coref")
    a = ap.parse_args()
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cfg = Config(n_process=1)
    extra = [s for s in a.stages.split(",") if s]
    for gf in sorted(Path(a.gold_dir).glob("*.gold.json")):
        w = gf.name[:-len(".gold.json")]
        if a.works and w not in a.works.split(","):
            continue
        gold = json.loads(gf.read_text())
        doc = load(str(gf.parent / gold["text_file"]), cfg)
        parse(doc, cfg)
        stage("quotes.detect")(doc, cfg)
        load_gold_cast(doc, gold)
        for s in extra:
            stage(s)(doc, cfg)
        stage("quotes.attribute")(doc, cfg)
        write_json_atomic(to_contract(doc), str(out / f"{w}.json"))
        print(w, file=sys.stderr)


if __name__ == "__main__":
    main()
