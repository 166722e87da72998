"""Rating agreement on rated gold stories, and a grid over the Teen thresholds.

    PYTHONPATH=. python tools/rating_grid.py devset/fanfic [more gold dirs ...]

Reads each *.gold.json with tags.rating, analyses its text, and counts the rating hits per
(category, severity) the way tags.decide_rating does. Prints the agreement of the shipped
rule and of the best threshold sets for mild kissing (sex1), mild violence (vio1), death
words (vio2), mild swearing (pro1) and suggestive words (sex2) as a Teen trigger.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from ficlens.pipeline import analyze_path
from ficlens.relationships import tags as T


def rows(dirs: list[str]) -> list[tuple[str, int, int, dict]]:
    out = []
    for d in dirs:
        for g in sorted(Path(d).glob("*.gold.json")):
            gold = (json.loads(g.read_text(encoding="utf-8")).get("tags") or {}).get("rating")
            if gold not in T.RATINGS:
                continue
            doc = analyze_path(str(g).replace(".gold.json", ".txt"))
            rating, _, n = T.rate(doc)
            out.append((g.name[:-10], T.RATINGS.index(gold), T.RATINGS.index(rating), n))
    return out


def agreement(data, rule) -> tuple[int, int, int]:
    ok = under = over = 0
    for _, gold, shipped, n in data:
        pred = shipped if shipped >= 2 else (1 if rule(n) else 0)
        ok += pred == gold
        under += pred < gold
        over += pred > gold
    return ok, under, over


def main() -> None:
    data = rows(sys.argv[1:])
    print(f"{len(data)} rated stories; shipped rule agrees on {sum(g == p for _, g, p, _ in data)}")
    f = lambda n, c, s: n.get((c, s), 0.0)  # noqa: E731
    grid = []
    for s1, v1, v2, p1, s2 in itertools.product([1, 2, 3, 99], [0.4, 0.8, 1.4, 2, 99], [0.4, 0.8, 2, 3, 99],
                                                 [0.4, 0.8, 3, 99], [0.4, 0.8, 2, 99]):
        def rule(n, s1=s1, v1=v1, v2=v2, p1=p1, s2=s2):
            return (f(n, "sexual", 1) >= s1 or f(n, "violence", 1) >= v1 or f(n, "violence", 2) >= v2
                    or f(n, "profanity", 1) >= p1 or f(n, "sexual", 2) >= s2 or f(n, "profanity", 2) >= 1
                    or f(n, "profanity", 3) >= 1 or f(n, "violence", 3) >= 1 or f(n, "sexual", 3) >= 1.5)
        grid.append((agreement(data, rule), (s1, v1, v2, p1, s2)))
    grid.sort(key=lambda x: -x[0][0])
    print("agree, under, over  (sex1, vio1, vio2, pro1, sex2)")
    for (ok, under, over), th in grid[:10]:
        print(f"{ok:5d} {under:6d} {over:5d}  {th}")


if __name__ == "__main__":
    main()
