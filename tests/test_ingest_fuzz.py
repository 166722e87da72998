"""HTML and EPUB readers on generated and damaged input: a Document or a FiclensError,
never a crash; whatever comes out has consistent offsets."""
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import FIXTURES
from ficlens.errors import FiclensError
from ficlens.ingest.epub import load_epub
from ficlens.ingest.html import load_html

PIECES = ["<p>", "</p>", "<br/>", "<hr/>", "<em>", "</em>", "<i>", "</i>", "<strong>", "</strong>",
          "<div id='chapters' class='userstuff'>", "<div class='meta group'>", "</div>", "<h2 class='heading'>",
          "</h2>", "Chapter 1", "She said nothing.", "“Fine,” he said.", "&amp;", "&#8217;", "<!--chapter content-->",
          "<script>var x=1;</script>", "<dl class='tags'><dt>Rating:</dt><dd><a>Mature</a></dd></dl>",
          "<div id='preface'>", "<div id='afterword'>", "<p>Notes</p>", "<blockquote>", "</blockquote>",
          "Itâ€™s", "\r\n", "  ", "<b>Willow</b>", "***", "<span style='font-style: italic'>", "</span>",
          "<div id='endnotes1'>", "<p>Chapter End Notes</p>", "<table><tr><td>", "</td></tr></table>", "<"]


@st.composite
def html_pages(draw):
    body = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=40)))
    wrap = draw(st.sampled_from(["<html><head><title>T</title></head><body>{}</body></html>", "{}",
                                 "<!DOCTYPE html><html><body>{}"]))
    return wrap.format(body)


def _consistent(doc):
    n = len(doc.source)
    assert doc.offsets.view_len == len(doc.view)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= n and (b.start, b.end) == doc.to_source(b.vstart, b.vend)
    for c in doc.work.chapters:
        assert 0 <= c.start <= c.end <= n
    assert all(c1.end <= c2.start for c1, c2 in zip(doc.work.chapters, doc.work.chapters[1:]))
    for a, b in doc.italics:
        assert 0 <= a <= b <= len(doc.view)
    # extracted text: paragraphs apart by one blank line, no stray markup
    assert "\n\n\n" not in doc.source and not re.search(r"<(?:p|div|br|em)\b", doc.source)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages())
def test_html_never_crashes(page):
    try:
        doc = load_html("fuzz.html", page.encode("utf-8"))
    except FiclensError as e:
        assert "\n" not in str(e)
        return
    _consistent(doc)


EPUB = (FIXTURES / "ingest" / "lamp-oil.epub").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(EPUB) - 1), st.integers(0, 255)), min_size=1, max_size=6),
       st.integers(len(EPUB) // 2, len(EPUB)))
def test_damaged_epub_never_crashes(flips, cut):
    data = bytearray(EPUB[:cut])
    for pos, val in flips:
        if pos < len(data):
            data[pos] = val
    try:
        doc = load_epub("fuzz.epub", bytes(data))
    except FiclensError as e:
        assert "\n" not in str(e)
        return
    _consistent(doc)


def _members():
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(EPUB)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


MEMBERS = _members()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(MEMBERS) - 1), st.integers(0, 10_000), st.integers(0, 400), st.booleans())
def test_epub_with_damaged_member_never_crashes(which, start, length, drop):
    """A well-formed ZIP whose OPF, container or chapter file is cut short or missing."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(MEMBERS):
            if i == which:
                if drop:
                    continue
                s = start % max(1, len(data))
                data = data[:s] + data[s + length:]
            z.writestr(name, data)
    try:
        doc = load_epub("fuzz.epub", buf.getvalue())
    except FiclensError as e:
        assert "\n" not in str(e)
        return
    _consistent(doc)


def test_runs_of_line_breaks_become_one_blank_line():
    # found by the fuzz test above: three <br/> in a row left "\n\n\n" in the text
    doc = load_html("brs.html", b"<b>Marguerite</b><br/><br/><br/>Chapter 1<br/><br/><br/><br/>She rowed out alone.")
    _consistent(doc)
    assert "Marguerite\n\nChapter 1" in doc.source
