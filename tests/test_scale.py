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


def test_form_index_finds_every_cluster_the_rules_would_join():
    """The clustering looks names up in an index of forms; every name the rules relate
    to a word as they use them (the word a hypocorism, a truncation or a pet-name form of
    the name; the name a truncation of the word) must come back as a candidate."""
    from ficlens.characters import _FormIndex, _nick_of
    from ficlens.characters.names import is_diminutive, is_truncation

    names = ["william", "elizabeth", "kate", "dace", "marisol", "rob", "hermione", "tobe", "danny",
             "josephine", "ros", "alexandra", "margaret", "theodora", "bea", "carrie", "fitz", "ann",
             "joss", "josie", "robbie", "mari", "katie", "liz", "o'brien", "jo"]
    idx = _FormIndex()
    for i, n in enumerate(names):
        idx.add(n, i)
    words = set(names)
    for n in names:
        words |= {n[:3], n[:4], n[:-1], n + "y", n + "ie", n + n[-1] + "y", n[:-1] + "ie", n + "kins",
                  n[1:], n[2:], n[-4:], "x" + n}
    words |= {"will", "bill", "beth", "dacey", "mione", "tobey", "dan", "jose", "bob", "peggy", "alex"}
    related = 0
    for w in sorted(words):
        got = idx.candidates(w)
        for i, f in enumerate(names):
            if f == w:
                continue
            rel = (_nick_of(w, f) or is_truncation(w, f) or is_truncation("'" + w, f)
                   or is_truncation(f, w) or is_diminutive(w, f))
            if rel:
                related += 1
                assert i in got, (w, f)
    assert related > 60
