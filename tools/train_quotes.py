"""Train the speaker ranker (ficlens/quotes/ranker.py) on gold sets with the gold cast:
PDNC dev (novels) and the project's own fan-fiction dev set.

Cross-validated by work (5 folds: a work is never scored by a model that saw it), with the
accuracy reported per gold set; the shipped weights are then fit on every work. Dev-only:
numpy, no other dependency.

    python tools/train_quotes.py /work/shared/data/pdnc-dev devset/fanfic [--cache /tmp/quotes-train] [--write]
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldcast import load_gold_cast  # noqa: E402

from ficlens.config import Config  # noqa: E402
from ficlens.ingest import load  # noqa: E402
from ficlens.linguistics import parse  # noqa: E402
from ficlens.pipeline import stage  # noqa: E402
from ficlens.quotes import ranker  # noqa: E402
from ficlens.quotes.speakers import attribute_quotes  # noqa: E402


def collect_work(gf: Path, cfg: Config) -> list[dict]:
    gold = json.loads(gf.read_text())
    doc = load(str(gf.parent / gold["text_file"]), cfg)
    parse(doc, cfg)
    stage("quotes.detect")(doc, cfg)
    load_gold_cast(doc, gold)
    # gold ids such as "nate" or "gran" would read as the coref stage's own entity ids
    # (n…, g…, t…): prefix them
    for c in doc.characters:
        c.id = "c_" + c.id
    for m in doc.mentions:
        m.character = "c_" + m.character if m.character else m.character
    for c in gold["characters"]:
        c["id"] = "c_" + c["id"]
    for q in gold["quotes"]:
        q["speaker"] = "c_" + q["speaker"] if q.get("speaker") else q.get("speaker")
    for s in ("narration", "coref"):
        stage(s)(doc, cfg)
    # an unnamed entity the coref stage opened ("the policeman") is the gold character it
    # shares a scorer-normalised name with ("The Policeman"), as end to end
    sys.path.insert(0, "/work/shared/eval")
    from score import norm_name  # noqa: E402
    gnames: dict[str, set] = {}
    for c in gold["characters"]:
        for al in {c["name"], *(c.get("aliases") or [])}:
            gnames.setdefault(norm_name(al), set()).add(c["id"])
    same_as: dict[str, str] = {}
    for c in doc.characters:
        if not c.named:
            hits = set().union(*(gnames.get(norm_name(al), set()) for al in {c.name, *c.aliases} if al))
            if len(hits) == 1:
                same_as[c.id] = hits.pop()
    gq = sorted((q["start"], q["end"], q.get("speaker"), q.get("type")) for q in gold["quotes"])
    gstarts = [g[0] for g in gq]
    rows = []

    def gold_of(q):
        i = bisect.bisect_right(gstarts, q.end) - 1
        while i >= 0 and gq[i][1] > q.start - 2000:
            g = gq[i]
            if g[0] < q.end and g[1] > q.start:
                return g
            i -= 1
        return None

    def collect(b, qs, order, X, best):
        golds = [gold_of(q) for q in qs]
        spk = next((g[2] for g in golds if g and g[2]), None)
        n = sum(1 for g in golds if g and g[2])
        if spk is None or not order:
            return
        rows.append({"X": X[:, :len(ranker.BASE)].copy(), "y": [same_as.get(c, c) == spk for c in order], "n": n,
                     "rule": same_as.get(best.speaker, best.speaker) == spk, "conf": best.confidence,
                     "type": next((g[3] for g in golds if g and g[2]), None)})

    attribute_quotes(doc, collect=collect, use_ranker=False)
    return rows


def fit(groups: list[dict], l2: float = 1e-4, iters: int = 1500, lr: float = 0.05) -> np.ndarray:
    X = np.vstack([g["X"] for g in groups])
    y = np.concatenate([np.array(g["y"], float) for g in groups])
    sizes = np.array([len(g["y"]) for g in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    ysum = np.add.reduceat(y, starts)
    has = ysum > 0
    # several candidates can map to the gold speaker (a split cast): the target is the
    # probability of the set, so spread the label over its members
    y = y / np.repeat(np.maximum(ysum, 1.0), sizes)
    wq = np.repeat(np.where(has, np.array([g["n"] for g in groups], float), 0.0), sizes)
    w = np.zeros(X.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    seg = np.repeat(np.arange(len(groups)), sizes)
    for t in range(1, iters + 1):
        s = X @ w
        mx = np.maximum.reduceat(s, starts)
        e = np.exp(s - mx[seg])
        z = np.add.reduceat(e, starts)
        p = e / z[seg]
        grad = X.T @ ((p - y) * wq) / wq.sum() * len(groups) / max(1, has.sum()) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def evaluate(w: np.ndarray, groups: list[dict]) -> dict:
    out = {"quotes": 0, "rule": 0, "ranker": 0, "oracle": 0}
    by_type: dict = {}
    for g in groups:
        n = g["n"]
        i = int(np.argmax(g["X"] @ w))
        ok = bool(g["y"][i])
        out["quotes"] += n
        out["rule"] += n * g["rule"]
        out["ranker"] += n * ok
        out["oracle"] += n * any(g["y"])
        t = by_type.setdefault(g["type"], [0, 0, 0])
        t[0] += n
        t[1] += n * g["rule"]
        t[2] += n * ok
    out["by_type"] = {k: {"quotes": v[0], "rule": round(v[1] / v[0], 4), "ranker": round(v[2] / v[0], 4)}
                      for k, v in by_type.items() if v[0]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--cache", default="/tmp/quotes-train", help="prefix of one cache file per gold set")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--fold-dir", help="also write each fold's model (and its held-out works) here")
    a = ap.parse_args()
    cfg = Config(n_process=1)
    data = {}
    for gd in a.gold_dirs:
        tag = Path(gd).resolve().name
        cache = f"{a.cache}.{tag}.json"
        if os.path.exists(cache):
            part = json.load(open(cache))
        else:
            part = {}
            for gf in sorted(Path(gd).glob("*.gold.json")):
                rows = collect_work(gf, cfg)
                part[gf.name[:-len(".gold.json")]] = [dict(r, X=r["X"].tolist()) for r in rows]
                print("collected", gf.name, len(rows), file=sys.stderr)
            json.dump(part, open(cache, "w"))
        # works keyed by set ("pdnc-dev/Emma", "fanfic/b3-1"): folds mix the sets
        data.update({f"{tag}/{w}": rs for w, rs in part.items()})
    for rs in data.values():
        for r in rs:
            r["X"] = ranker.derive(np.asarray(r["X"], float).reshape(-1, len(ranker.BASE)))
    works = sorted(data)
    # the ranker only answers paragraphs without an explicit tag: train and score on those
    use = {w: [r for r in data[w] if r["conf"] < a.threshold] for w in works}
    folds = [works[i::a.folds] for i in range(a.folds)]
    tot = {"quotes": 0, "rule": 0, "ranker": 0, "oracle": 0}
    per_work = {}
    types: dict = {}
    for k, test in enumerate(folds):
        train = [r for w in works if w not in test for r in use[w]]
        w = fit(train)
        if a.fold_dir:
            os.makedirs(a.fold_dir, exist_ok=True)
            with open(os.path.join(a.fold_dir, f"fold{k}.json"), "w") as f:
                json.dump({"held_out": test, "weights": {n: float(x) for n, x in zip(ranker.FEATURES, w)}}, f)
        for t in test:
            ev = evaluate(w, use[t])
            per_work[t] = {"quotes": ev["quotes"], "rule": round(ev["rule"] / max(1, ev["quotes"]), 4),
                           "ranker": round(ev["ranker"] / max(1, ev["quotes"]), 4)}
            for key in tot:
                tot[key] += ev[key]
            for ty, v in ev["by_type"].items():
                tt = types.setdefault(ty, [0, 0, 0])
                tt[0] += v["quotes"]
                tt[1] += v["rule"] * v["quotes"]
                tt[2] += v["ranker"] * v["quotes"]
    by_set: dict = {}
    for wk, v in per_work.items():
        bs = by_set.setdefault(wk.split("/")[0], [0, 0.0, 0.0])
        bs[0] += v["quotes"]
        bs[1] += v["rule"] * v["quotes"]
        bs[2] += v["ranker"] * v["quotes"]
    cv = {"quotes": tot["quotes"], "rule_acc": round(tot["rule"] / tot["quotes"], 4),
          "by_set": {k: {"quotes": v[0], "rule": round(v[1] / v[0], 4), "ranker": round(v[2] / v[0], 4)}
                     for k, v in by_set.items() if v[0]},
          "ranker_acc": round(tot["ranker"] / tot["quotes"], 4),
          "candidate_recall": round(tot["oracle"] / tot["quotes"], 4),
          "by_type": {k: {"quotes": v[0], "rule": round(v[1] / v[0], 4), "ranker": round(v[2] / v[0], 4)}
                      for k, v in types.items()},
          "per_work": per_work}
    print(json.dumps({k: v for k, v in cv.items() if k != "per_work"}, indent=1))
    for wk, v in per_work.items():
        print(f"  {wk:32s} {v['quotes']:6d}  rule {v['rule']:.3f}  ranker {v['ranker']:.3f}")
    w = fit([r for wk in works for r in use[wk]])
    print(" ".join(f"{n}={x:+.2f}" for n, x in zip(ranker.FEATURES, w)))
    if a.write:
        os.makedirs(os.path.dirname(ranker.MODEL_PATH), exist_ok=True)
        with open(ranker.MODEL_PATH, "w") as f:
            json.dump({"model": "conditional logit over paragraph speaker candidates",
                       "trained_on": ", ".join(sorted({w.split("/")[0] for w in works}))
                                     + ", gold cast (tools/train_quotes.py)",
                       "works": works,
                       "cv": {k: v for k, v in cv.items() if k != "per_work"},
                       "weights": {n: round(float(x), 5) for n, x in zip(ranker.FEATURES, w)}},
                      f, indent=1)
        print("wrote", ranker.MODEL_PATH)


if __name__ == "__main__":
    main()
