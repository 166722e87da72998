"""A third-person subject taking the narrator's hand (original passage)."""
from ficlens.characters.names import norm_name


def cid_of(doc, alias):
    n = norm_name(alias)
    hits = [c.id for c in doc.characters if n in {norm_name(a) for a in [c.name, *c.aliases]}]
    return hits[0] if hits else None


PASSAGE = """Juno POV

Wren came in out of the snow and stamped her boots. She looked tired. I gave her the last roll and she ate it standing up.

***

Wrenna POV

The bakery opened at six, and Juno was already inside, flour on her sleeves.

"You're early," I said.

"You're late, Wren." Juno pushed a mug across the counter at me. "Drink that."

We worked without talking for an hour. When the ovens were loaded she wiped her palms on her apron, smiled at nothing, and took my floury hand in both of hers, and we stood like that until the timer went.
"""


def test_she_took_my_hand_pairs_the_narrator_with_her(analyze):
    doc = analyze(PASSAGE)
    wren, juno = cid_of(doc, "Wren"), cid_of(doc, "Juno")
    assert wren and juno and wren != juno
    assert cid_of(doc, "Wrenna") == wren
    rel = next(r for r in doc.relationships if set(r.characters) == {wren, juno})
    assert any(e.cue == "holding hands" for e in rel.evidence)
    # hand-holding alone leans romantic but stays modest
    assert 0 < rel.scores["romantic"] < 1.0
