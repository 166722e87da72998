"""List impure predicted characters and missed eligible gold characters (PDNC-style sets).

    python tools/purity_diag.py GOLD_DIR PRED_DIR work1,work2
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
import score as S  # noqa: E402

gold_dir, pred_dir, works = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
for w in works:
    gold = S.load_gold(f"{gold_dir}/{w}.gold.json")
    pred = json.load(open(f"{pred_dir}/{w}.json"))
    cmap, info = S.map_characters(gold, pred)
    a2g = info["alias_to_gold"]
    gname = {c["id"]: c["name"] for c in gold["characters"]}
    for pc in pred["characters"]:
        A = {S.norm_name(a) for a in pc["aliases"] + [pc["name"]]}
        hits = {}
        for a in A:
            gs = a2g.get(a)
            if gs and len(gs) == 1:
                hits.setdefault(next(iter(gs)), []).append(a)
        if len(hits) > 1:
            print(w, "IMPURE", pc["name"], {gname[g]: v for g, v in hits.items()})
    found = {g for g in cmap.values() if g}
    for gc in gold["characters"]:
        if S._eligible(gc, 5) and gc["id"] not in found:
            print(w, "MISSING", gc["name"], gc["aliases"], gc.get("n_quotes"))
