"""Property tests of the whole plain-text ingest: damage in, faithful offsets out."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from ficlens.errors import FiclensError
from ficlens.ingest import from_text, normalize_line_ends
from ficlens.offsets import OffsetMap

WORDS = ["the", "cat", "ran", "Willow", "Buffy", "said", "and", "café", "naïve", "don’t", "she’s",
         "I’m", "Xander’s", "we’ll", "they’ve", "“Hello,”", "“Yes.”", "“No!”", "—", "wait…", "Zoë"]


def mojibake(word: str) -> str:
    """UTF-8 read as cp1252 (bytes cp1252 leaves undefined read as latin-1)."""
    out = []
    for b in word.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def macroman_damage(word: str) -> str:
    """cp1252 punctuation read as Mac Roman: ’ -> í, “ -> ì, ” -> î ..."""
    return word.translate(str.maketrans({"’": "í", "“": "ì", "”": "î", "—": "ó", "…": "Ö"}))


@st.composite
def damaged_text(draw):
    """(clean, damaged): paragraphs of words, some damaged, with odd line ends and BOMs."""
    n_par = draw(st.integers(1, 5))
    clean_pars, bad_pars = [], []
    family = draw(st.sampled_from(["none", "mojibake", "macroman"]))
    for _ in range(n_par):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
        clean_pars.append(" ".join(words))
        bad = []
        for w in words:
            if family == "mojibake" and draw(st.booleans()):
                w = mojibake(w)
            bad.append(w)
        bad_pars.append(" ".join(bad))
    if family == "macroman":
        # the damage is proved by a contraction no language spells with í
        clean_pars.append("I don’t know.")
        bad_pars = [macroman_damage(p) for p in bad_pars] + ["I donít know."]
    sep = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\r\r", "\n", "\r\n", "\n\n\n\n"]))
    clean, bad = sep.join(clean_pars), sep.join(bad_pars)
    if draw(st.booleans()):
        clean, bad = clean, "\ufeff" + bad
    if draw(st.booleans()):
        i = draw(st.integers(0, len(bad)))
        if i == 0 or bad[i - 1] in " \n\r":
            bad = bad[:i] + "\ufeff" + bad[i:]
    return clean, bad


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_text())
def test_repair_restores_clean_text_and_offsets_map_back(pair):
    clean, bad = pair
    try:
        doc = from_text(bad)
    except FiclensError:
        return          # e.g. a work of headers only: refused, never a crash
    # the view is the clean text (line ends one for one)
    assert doc.view == normalize_line_ends(clean)
    edits = doc.offsets.edits
    for b in doc.blocks:
        assert doc.to_source(b.vstart, b.vend) == (b.start, b.end)
        _check_span(doc, bad, edits, b.vstart, b.vend)
    for b in doc.blocks:
        for m in re.finditer(r"\S+", doc.view[b.vstart:b.vend]):
            _check_span(doc, bad, edits, b.vstart + m.start(), b.vstart + m.end())


def _check_span(doc, src, edits, a, b):
    s, e = doc.to_source(a, b)
    assert 0 <= s <= e <= len(src)
    touched = [x for x in edits if x.start < e and (x.end > s or x.start == x.end == s)]
    for x in touched:       # a repaired character is never split
        assert s <= x.start and x.end <= e
    local = [type(x)(x.start - s, x.end - s, x.text) for x in touched]
    # the source span, repaired by the same edits, is the view span (widened only to
    # whole repaired characters)
    va, vb = doc.to_view(s, e)
    assert va <= a and b <= vb
    assert normalize_line_ends(OffsetMap.apply(src[s:e], local)) == doc.view[va:vb]
    if not touched:
        assert normalize_line_ends(src[s:e]) == doc.view[a:b]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ’“”\r\n\t*~-xo.í\u00c3\u00a9\u00e2\u20ac\u2122\ufeffPOVChapter1:")),
               max_size=200))
def test_from_text_never_crashes(text):
    try:
        doc = from_text(text)
    except FiclensError:
        return
    assert doc.offsets.view_len == len(doc.view)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(text)
        assert 0 <= b.vstart < b.vend <= len(doc.view)
        _check_span(doc, text, doc.offsets.edits, b.vstart, b.vend)
