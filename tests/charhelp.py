"""Finding a character by one of its names, for the character tests."""
from ficlens.characters.names import norm_name


def cid_of(doc, alias):
    """The id of the one character answering to this name (None when none does)."""
    n = norm_name(alias)
    hits = [c.id for c in doc.characters if n in {norm_name(a) for a in [c.name, *c.aliases]}]
    assert len(hits) <= 1, (alias, hits)
    return hits[0] if hits else None


def one_character(doc, *forms):
    """The id every one of these forms names; each must name someone, and the same one."""
    cid = cid_of(doc, forms[0])
    assert cid is not None
    for f in forms[1:]:
        assert cid_of(doc, f) == cid, f
    return cid
