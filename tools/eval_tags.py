"""Dev script: predicted archive tags against an archivist's.

    # our dev set: gold "tags" field of each <work>.gold.json vs the predictions' "tags"
    python tools/eval_tags.py fanfic devset/fanfic PRED_DIR [--works a,b] [--verbose]
    # AO3 downloads: the author's tags (the prediction's own "work") vs its "tags"
    python tools/eval_tags.py ao3 PRED_DIR [--verbose]

Reports rating agreement, category agreement (exact set, and any overlap), POV tag
agreement, and relationship tags: romantic ("/") precision/recall and all tags ("/" and
"&") precision/recall, pairs matched through the characters' names (for the dev set,
through the scorer's own character map).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from ficlens.document import Character  # noqa: E402
from ficlens.relationships.tags import name_matches, split_tag  # noqa: E402


def _chars(objs) -> list[Character]:
    return [Character(c["id"], c.get("name") or "", list(c.get("aliases") or []), c.get("pronouns"))
            for c in objs]


def tag_pairs(tags: list[str], chars: list[Character]) -> tuple[set, list]:
    """{(sign, frozenset(ids))} for the tags whose two names each name one character."""
    out, missed = set(), []
    for t in tags or []:
        sep, names = split_tag(t)
        ids = []
        for n in names:
            hit = [c.id for c in chars if name_matches(n, c)]
            if hit:
                ids.append(hit[0])
        if sep and len(names) == 2 and len(ids) == 2 and ids[0] != ids[1]:
            out.add((sep, frozenset(ids)))
        else:
            missed.append(t)
    return out, missed


def compare(pred_tags: dict, gold_tags: dict, pred_pairs: set, gold_pairs: set) -> dict:
    r = {}
    r["rating"] = pred_tags.get("rating") == gold_tags.get("rating") if gold_tags.get("rating") else None
    pc, gc = set(pred_tags.get("categories") or []), set(gold_tags.get("categories") or [])
    r["category"] = (pc == gc) if gc else None
    r["category_overlap"] = bool(pc & gc) if gc else None
    pp, gp = set(pred_tags.get("pov") or []), set(gold_tags.get("pov") or [])
    r["pov"] = (pp == gp) if gp else None
    prom = {p for s, p in pred_pairs if s == "/"}
    grom = {p for s, p in gold_pairs if s == "/"}
    r["rom_tp"], r["rom_pred"], r["rom_gold"] = len(prom & grom), len(prom), len(grom)
    r["all_tp"], r["all_pred"], r["all_gold"] = len(pred_pairs & gold_pairs), len(pred_pairs), len(gold_pairs)
    return r


def fanfic(gold_dir: Path, pred_dir: Path, works, verbose: bool) -> list[dict]:
    import score as S

    rows = []
    for g in sorted(gold_dir.glob("*.gold.json")):
        w = g.name[:-len(".gold.json")]
        if works and w not in works:
            continue
        gold = S.load_gold(g)
        gtags = json.loads(g.read_text(encoding="utf-8")).get("tags") or {}
        pfile = pred_dir / f"{w}.json"
        if not pfile.exists():
            rows.append({"work": w, "missing": True})
            continue
        pred = json.loads(pfile.read_text(encoding="utf-8"))
        ptags = pred.get("tags") or {}
        sp, _ = S.load_pred(pfile, gold["length"])
        cmap, _ = S.map_characters(gold, sp)
        gold_pairs, missed = tag_pairs(gtags.get("relationships"), _chars(gold["characters"]))
        pred_pairs = set()
        for p in ptags.get("relationship_pairs") or []:
            a, b = (cmap.get(x) for x in p["characters"])
            sign = "/" if p["kind"] == "romantic" else "&"
            # an unmappable pair still counts as a prediction (a false one)
            pred_pairs.add((sign, frozenset((a, b)) if a and b and a != b else ("?", p["tag"])))
        row = {"work": w, **compare(ptags, gtags, pred_pairs, gold_pairs)}
        row.update(arcs(gold, pred, cmap))
        if verbose:
            row["pred"] = {k: ptags.get(k) for k in ("rating", "categories", "relationships", "pov")}
            row["gold"] = {k: gtags.get(k) for k in ("rating", "categories", "relationships", "pov")}
            row["gold_tags_unmatched"] = missed
        rows.append(row)
    return rows


def arcs(gold: dict, pred: dict, cmap: dict) -> dict:
    """Gold pairs with a status at the end: same status on the mapped predicted pair;
    gold stages found among the pair's evidence stages."""
    by_pair = {}
    for r in pred.get("relationships") or []:
        a, b = (cmap.get(x) for x in r["characters"])
        if a and b and a != b:
            k = frozenset((a, b))
            if k not in by_pair or r["score"] > by_pair[k]["score"]:
                by_pair[k] = r
    out = {"status_ok": 0, "status_gold": 0, "stages_found": 0, "stages_gold": 0}
    for g in gold.get("relationships") or []:
        p = by_pair.get(frozenset(g["characters"]))
        if g.get("status_at_end") and g.get("kind") == "romantic":
            out["status_gold"] += 1
            out["status_ok"] += bool(p) and p.get("status") == g["status_at_end"]
        for st in g.get("stages") or []:
            out["stages_gold"] += 1
            out["stages_found"] += bool(p) and st in {e.get("stage") for e in p.get("evidence") or []}
    return out


def ao3(pred_dir: Path, verbose: bool) -> list[dict]:
    rows = []
    for f in sorted(pred_dir.glob("*.json")):
        if f.name.startswith("_"):
            continue
        pred = json.loads(f.read_text(encoding="utf-8"))
        work, ptags = pred.get("work") or {}, pred.get("tags") or {}
        chars = _chars(pred.get("characters") or [])
        gold_tags = {"rating": work.get("rating"), "categories": work.get("categories"),
                     "relationships": work.get("relationships")}
        if gold_tags["rating"] not in ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit"):
            gold_tags["rating"] = None      # "Not Rated": nothing to agree with
        gold_pairs, missed = tag_pairs(work.get("relationships"), chars)
        pred_pairs = {("/" if p["kind"] == "romantic" else "&", frozenset(p["characters"]))
                      for p in ptags.get("relationship_pairs") or []}
        row = {"work": f.stem, **compare(ptags, gold_tags, pred_pairs, gold_pairs)}
        row.pop("pov")
        if verbose:
            row["pred"] = {k: ptags.get(k) for k in ("rating", "categories", "relationships")}
            row["author"] = gold_tags
            row["author_tags_unmatched"] = missed
        rows.append(row)
    return rows


def summary(rows: list[dict]) -> dict:
    def rate(key):
        vals = [r[key] for r in rows if r.get(key) is not None]
        return (round(sum(vals) / len(vals), 3), len(vals)) if vals else (None, 0)

    def prf(tp, npred, ngold):
        t = sum(r.get(tp, 0) for r in rows)
        p = sum(r.get(npred, 0) for r in rows)
        g = sum(r.get(ngold, 0) for r in rows)
        return {"p": round(t / p, 3) if p else None, "r": round(t / g, 3) if g else None, "tp": t, "pred": p, "gold": g}

    return {"works": len(rows), "rating": rate("rating"), "category": rate("category"),
            "category_overlap": rate("category_overlap"), "pov": rate("pov"),
            "romantic_tags": prf("rom_tp", "rom_pred", "rom_gold"),
            "romantic_status_at_end": prf("status_ok", "status_gold", "status_gold")["p"],
            "arc_stages_found": prf("stages_found", "stages_gold", "stages_gold")["p"],
            "all_relationship_tags": prf("all_tp", "all_pred", "all_gold")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["fanfic", "ao3"])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--works")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    works = set(a.works.split(",")) if a.works else None
    if a.mode == "fanfic":
        if len(a.dirs) != 2:
            ap.error("fanfic needs GOLD_DIR PRED_DIR")
        rows = fanfic(Path(a.dirs[0]), Path(a.dirs[1]), works, a.verbose)
    else:
        rows = ao3(Path(a.dirs[0]), a.verbose)
    for r in rows:
        print(json.dumps(r, ensure_ascii=False, default=str))
    print(json.dumps({"summary": summary(rows)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
