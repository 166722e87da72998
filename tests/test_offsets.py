"""The sparse view <-> source map, against a brute-force character-level oracle."""
import pytest
from hypothesis import given, settings, strategies as st

from ficlens.offsets import Edit, OffsetMap


def oracle(source: str, edits: list[Edit]) -> list[tuple[int, int]]:
    """For every view character, the source stretch it comes from."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out += [(i, i + 1) for i in range(pos, e.start)]
        out += [(e.start, e.end)] * len(e.text)
        pos = e.end
    out += [(i, i + 1) for i in range(pos, len(source))]
    return out


@st.composite
def source_and_edits(draw):
    source = draw(st.text(alphabet="ab cd\n", min_size=0, max_size=30))
    n = len(source)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    edits, last, last_insert = [], 0, -1
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < last:
            continue
        text = draw(st.text(alphabet="XYZ", max_size=3))
        if a == b and (not text or a == last_insert):
            continue
        edits.append(Edit(a, b, text))
        last = b
        if a == b:
            last_insert = a
    return source, edits


@settings(max_examples=300, deadline=None)
@given(source_and_edits(), st.data())
def test_to_source_matches_oracle(se, data):
    source, edits = se
    m = OffsetMap(len(source), edits)
    view = OffsetMap.apply(source, edits)
    assert m.view_len == len(view)
    chars = oracle(source, edits)
    a = data.draw(st.integers(0, len(view)))
    b = data.draw(st.integers(a, len(view)))
    s, e = m.to_source(a, b)
    assert 0 <= s <= e <= len(source)
    if a < b:
        assert (s, e) == (min(c[0] for c in chars[a:b]), max(c[1] for c in chars[a:b]))
        # never split a replaced stretch
        for ed in edits:
            if ed.start < ed.end and s < ed.end and e > ed.start:
                assert s <= ed.start and e >= ed.end
        # the view span is recovered (and widened only to whole replacements)
        va, vb = m.to_view(s, e)
        # (inserted characters have no source to come back from: leave them out)
        real = [i for i in range(a, b) if chars[i][0] < chars[i][1]]
        if real:
            assert va <= real[0] and vb >= real[-1] + 1
        if all(c[1] - c[0] == 1 and view[i] == source[c[0]] for i, c in zip(range(a, b), chars[a:b])) \
                and not any(ed.start < e and ed.end > s or ed.start == ed.end and s <= ed.start < e for ed in edits):
            assert source[s:e] == view[a:b]
            assert (va, vb) == (a, b)


@settings(max_examples=300, deadline=None)
@given(source_and_edits(), st.data())
def test_to_view_matches_oracle(se, data):
    source, edits = se
    m = OffsetMap(len(source), edits)
    view = OffsetMap.apply(source, edits)
    chars = oracle(source, edits)
    s = data.draw(st.integers(0, len(source)))
    e = data.draw(st.integers(s, len(source)))
    va, vb = m.to_view(s, e)
    assert 0 <= va <= vb <= len(view)
    if s < e:
        inside = [i for i, (cs, ce) in enumerate(chars) if (cs < e and ce > s) or (cs == ce and s <= cs < e)]
        if inside:
            assert (va, vb) == (min(inside), max(inside) + 1)
        else:
            assert va == vb
        # and back: every source character that survives into the view is covered
        if va < vb:
            s2, e2 = m.to_source(va, vb)
            kept = [i for i in range(s, e) if any(cs <= i < ce for cs, ce in chars)]
            assert all(s2 <= i < e2 for i in kept)


@settings(max_examples=200, deadline=None)
@given(source_and_edits())
def test_positions_are_monotonic(se):
    source, edits = se
    m = OffsetMap(len(source), edits)
    starts = [m.source_start(v) for v in range(m.view_len + 1)]
    ends = [m.source_end(v) for v in range(m.view_len + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert starts[-1] == len(source) and ends[0] == 0
    vs = [m.view_start(i) for i in range(len(source) + 1)]
    assert vs == sorted(vs)


def test_edits_at_start_and_end():
    src = "\ufeffabc\u00e2\u20ac\u2122"      # BOM deleted at 0, mojibake at the end
    m = OffsetMap(len(src), [Edit(0, 1, ""), Edit(4, 7, "\u2019")])
    view = OffsetMap.apply(src, m.edits)
    assert view == "abc\u2019" and m.view_len == 4
    assert m.to_source(0, 1) == (1, 2)          # "a" skips the deleted BOM
    assert m.to_source(0, 4) == (1, 7)
    assert m.to_source(3, 4) == (4, 7)          # the repaired apostrophe: its whole source
    assert m.to_view(0, 1) == (0, 0)            # the BOM alone has no view
    assert m.to_view(5, 6) == (3, 4)            # a source char inside the replacement
    assert m.to_view(0, 7) == (0, 4)
    assert m.to_source(4, 4) == (7, 7)


def test_insertion_and_adjacent_edits():
    src = "abcd"
    # replace "b" by "BB", insert "+" before "c", delete "d"
    m = OffsetMap(4, [Edit(1, 2, "BB"), Edit(2, 2, "+"), Edit(3, 4, "")])
    assert OffsetMap.apply(src, m.edits) == "aBB+c"
    assert m.to_source(1, 2) == (1, 2)          # half of "BB" -> the whole "b"
    assert m.to_source(3, 4) == (2, 2)          # only the inserted "+": empty at its point
    assert m.to_source(3, 5) == (2, 3)
    assert m.to_source(4, 5) == (2, 3)          # "c"
    assert m.to_view(2, 3) == (3, 5)            # a span starting at the insertion takes it
    assert m.to_view(1, 2) == (1, 3)            # a span ending there does not
    assert m.to_source(0, 5) == (0, 3)          # the deleted "d" stays outside


def test_overlapping_edits_rejected():
    with pytest.raises(ValueError):
        OffsetMap(5, [Edit(0, 3, "x"), Edit(2, 4, "y")])
    with pytest.raises(ValueError):
        OffsetMap(5, [Edit(2, 2, "x"), Edit(2, 2, "y")])
    with pytest.raises(ValueError):
        OffsetMap(3, [Edit(2, 5, "x")])
