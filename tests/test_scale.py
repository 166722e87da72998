"""Structures that replace a scan or a sort for speed give exactly the scan's answer."""
import random

from ficlens.quotes.speakers import Recency


def test_recency_top_is_the_sorted_prefix():
    rng = random.Random(7)
    for trial in range(300):
        r, ref = Recency(), {}
        pos = 0
        for _ in range(rng.randrange(1, 120)):
            key = f"c{rng.randrange(25)}"
            # positions grow in the walk, often repeat (a speaker and a name at one
            # paragraph start); a few trials go backwards (the exact fallback)
            pos += rng.choice((0, 0, 1, 5)) if trial % 10 else rng.randrange(-50, 50)
            r[key] = ref[key] = pos
            for k in (1, 6, 8, 12):
                assert r.top(k) == sorted(ref.items(), key=lambda kv: -kv[1])[:k]
        assert dict(r) == ref
