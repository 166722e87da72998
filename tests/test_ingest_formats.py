"""AO3 HTML, AO3 EPUB, generic EPUB/HTML and plain-text variants of one fixture story."""
import json
import sys

import pytest

from conftest import FIXTURES, run_cli
from ficlens.errors import FiclensError
from ficlens.ingest import load
from ficlens.ingest.html import load_html

HERE = FIXTURES / "ingest"
sys.path.insert(0, str(HERE))
import story  # noqa: E402

TAGS = dict(story.TAGS)
HEADINGS = ["Chapter 1: The Lamp Room", "Chapter 2: Low Tide", "Chapter 3"]


def check_ao3_work(doc):
    w = doc.work
    assert w.title == "Lamp Oil and Low Tide"
    assert w.authors == ["saltwick_scribe", "Gull (harbourmaster)"]
    assert w.rating == "Teen And Up Audiences"
    assert w.warnings == ["No Archive Warnings Apply"]
    assert w.categories == ["F/F", "Gen"]
    assert w.fandoms == ["The Saltwick Chronicles (Web Series)"]
    assert w.relationships == ["Maren Holt/Ines Calder", "Maren Holt & Tobias Vance"]
    assert w.characters == TAGS["Character"]
    assert "Ines Calder's Grandmother (Saltwick Chronicles)" in w.characters
    assert w.tags == ["Alternate Universe - Lighthouse Keepers", "Found Family", "POV Alternating",
                      "Storms & Shipwrecks", "Fluff and Angst"]
    assert w.language == "English"
    assert w.words == 1024
    assert w.stats["published"] == "2024-01-14" and w.stats["completed"] == "2024-02-02"
    assert w.stats["chapters"] == "3/3"
    assert w.summary == story.SUMMARY[0]
    assert story.NOTES[0] in w.notes and story.END_NOTES[0] in w.notes
    # chapters: headings, spans in the text, contiguous, with their own notes
    assert [c.title for c in w.chapters] == HEADINGS
    for c in w.chapters:
        assert doc.source[c.start:c.end].startswith(c.title)
    assert w.chapters[0].start == 0 and w.chapters[-1].end == len(doc.source)
    assert all(a.end == b.start for a, b in zip(w.chapters, w.chapters[1:]))
    assert w.chapters[0].summary == "Maren is not expecting company."
    assert w.chapters[0].notes.startswith("Maren's chapters")
    assert w.chapters[1].end_notes == "Next chapter is short. Sorry!"
    check_story_text(doc)


def check_story_text(doc):
    text = doc.source
    # notes stay out of the story
    for note in story.NOTES + story.END_NOTES + story.SUMMARY + ["Next chapter is short", "Chapter Summary",
                                                                "Posted originally", "Please drop by"]:
        assert note not in text
    assert doc.extracted
    # <br/> became a newline, <hr/> a scene break line, entities decoded
    assert "the Trust’s.\nIt said, in a clerk’s careful hand:\nMiss I. Calder" in text
    assert "\n\n* * *\n\n" in text
    assert "“You look like a drowned ferret,” I said." in text
    kinds = [(b.kind, b.label) for b in doc.blocks if b.kind != "text"]
    assert kinds == [("chapter", HEADINGS[0]), ("pov", "Maren"), ("break", "* * *"), ("pov", "Ines"),
                     ("chapter", HEADINGS[1]), ("pov", "Ines"), ("pov", "Maren"),
                     ("chapter", HEADINGS[2]), ("pov", "Maren")]
    assert [doc.view[a:b] for a, b in doc.italics] == ["I’m the keeper,", "leave"]
    for b in doc.blocks:
        assert doc.source[b.start:b.end] == doc.view[b.vstart:b.vend]
    assert [b.chapter for b in doc.blocks if b.kind == "chapter"] == [0, 1, 2]


def test_ao3_html():
    doc = load(str(HERE / "lamp-oil.html"))
    assert doc.work.format == "ao3-html"
    check_ao3_work(doc)


def test_ao3_epub_matches_html():
    doc = load(str(HERE / "lamp-oil.epub"))
    assert doc.work.format == "ao3-epub"
    check_ao3_work(doc)
    assert doc.source == load(str(HERE / "lamp-oil.html")).source


def test_generic_epub_uses_opf_metadata_and_spine_order():
    doc = load(str(HERE / "lamp-oil-generic.epub"))
    w = doc.work
    assert w.format == "epub"
    assert (w.title, w.authors, w.language) == ("Lamp Oil and Low Tide", ["saltwick_scribe"], "en")
    assert w.summary == story.SUMMARY[0]
    assert w.tags == ["FanFiction", "Romance", "Found Family"]
    assert [c.title for c in w.chapters] == HEADINGS
    for c in w.chapters:
        assert doc.source[c.start:c.end].startswith(c.title)
    assert "Status:" not in doc.source           # the title page is front matter
    check_story_text(doc)


def test_ao3_html_bare_chapter_titles_and_single_chapter():
    # current AO3 views print a titled chapter's heading as the title alone
    data = (HERE / "lamp-oil.html").read_text(encoding="utf-8").replace("Chapter 1: The Lamp Room", "The Lamp Room")
    doc = load_html("x.html", data.encode())
    assert doc.work.chapters[0].title == "The Lamp Room"
    assert doc.source.startswith("The Lamp Room\n\nMaren\n\n")
    one = ('<html><body><div id="preface"><p class="message"><b>Short</b><br/>Posted originally on the '
           '<a href="https://archiveofourown.org/">Archive of Our Own</a></p><div class="meta"><dl class="tags">'
           '<dt>Rating:</dt><dd><a href="#">General Audiences</a></dd><dt>Archive Warning:</dt>'
           '<dd><a href="#">Creator Chose Not To Use Archive Warnings</a></dd></dl><h1>Short</h1></div></div>'
           '<div id="chapters" class="userstuff"><div class="userstuff"><p>One <i>line</i> only.</p>'
           '<p>And a second.</p></div></div><div id="afterword"></div></body></html>')
    doc = load_html("one.html", one.encode())
    assert doc.work.warnings == ["Creator Chose Not To Use Archive Warnings"]
    assert doc.source == "One line only.\n\nAnd a second."
    assert [(c.title, c.start, c.end) for c in doc.work.chapters] == [(None, 0, len(doc.source))]
    assert [doc.view[a:b] for a, b in doc.italics] == ["line"]


def test_generic_html():
    page = ("<html lang='en'><head><title>A Quiet Harbour</title><meta name='author' content='Pell'></head>"
            "<body><h1>A Quiet Harbour</h1><h2>Chapter 1</h2><p>The boats were in.   The gulls\n were not.</p>"
            "<p>She waited.<br>Then she went home.</p><hr><p>Morning came.</p>"
            "<h2>Chapter 2</h2><p>It rained.</p><script>var x = 1;</script></body></html>")
    doc = load_html("g.html", page.encode())
    assert doc.work.format == "html" and doc.work.title == "A Quiet Harbour" and doc.work.authors == ["Pell"]
    assert doc.source == ("A Quiet Harbour\n\nChapter 1\n\nThe boats were in. The gulls were not.\n\n"
                          "She waited.\nThen she went home.\n\n* * *\n\nMorning came.\n\nChapter 2\n\nIt rained.")
    assert [c.title for c in doc.work.chapters] == ["Chapter 1", "Chapter 2"]
    assert [b.kind for b in doc.blocks] == ["title", "chapter", "text", "text", "break", "text", "chapter", "text"]


@pytest.mark.parametrize("page", [b"<html><head><title>x</title></head></html>",
                                  b"<html><body>   </body></html>", b"<!DOCTYPE html><html><body><script>1</script></body></html>"])
def test_html_without_body_text(page):
    with pytest.raises(FiclensError, match="no body text"):
        load_html("empty.html", page)


@pytest.mark.parametrize("name,enc", [("lamp-oil.txt", "utf-8"), ("lamp-oil-cp1252.txt", "cp1252"),
                                      ("lamp-oil-macroman.txt", "mac_roman"), ("lamp-oil-utf16.txt", "utf-16"),
                                      ("lamp-oil-crlf.txt", "utf-8"), ("lamp-oil-mojibake.txt", "utf-8"),
                                      ("lamp-oil-macdamage.txt", "utf-8")])
def test_plain_text_variants(name, enc):
    clean = load(str(HERE / "lamp-oil.txt"))
    doc = load(str(HERE / name))
    assert doc.work.encoding == enc and doc.work.format == "text" and not doc.extracted
    # every variant reads as the same view, line ends one for one
    assert doc.view.replace(" \n", "\n") == clean.view
    assert doc.work.title == "Lamp Oil and Low Tide" and doc.work.authors == ["saltwick_scribe"]
    assert [c.title for c in doc.work.chapters] == HEADINGS
    for c in doc.work.chapters:
        assert doc.source[c.start:c.end].startswith(c.title)
    kinds = [(b.kind, b.label) for b in doc.blocks if b.kind != "text"]
    assert kinds == [("title", "Lamp Oil and Low Tide"), ("title", "saltwick_scribe"), ("note", None),
                     ("chapter", HEADINGS[0]), ("pov", "Maren"), ("break", "* * *"), ("pov", "Ines"),
                     ("chapter", HEADINGS[1]), ("pov", "Ines"), ("pov", "Maren"),
                     ("chapter", HEADINGS[2]), ("pov", "Maren"), ("note", None)]
    # a word after the damage maps back to itself in the source
    v = doc.view.index("doesn’t know")
    s, e = doc.to_source(v, v + len("doesn’t know"))
    expect = {"lamp-oil-mojibake.txt": "doesnâ€™t know", "lamp-oil-macdamage.txt": "doesnít know"}
    assert doc.source[s:e] == expect.get(name, "doesn’t know")


def _cli_json(tmp_path, path):
    out = tmp_path / "out.json"
    r = run_cli("analyze", path, "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["lamp-oil.html", "lamp-oil.epub"])
def test_cli_output_offsets_index_into_text(tmp_path, name):
    data = _cli_json(tmp_path, HERE / name)
    text = data["text"]
    assert data["work"]["relationships"] == ["Maren Holt/Ines Calder", "Maren Holt & Tobias Vance"]
    for c in data["work"]["chapters"]:
        assert text[c["start"]:c["end"]].startswith(c["title"])
    for key in ("mentions", "quotes", "sections"):
        for item in data[key]:
            assert 0 <= item["start"] <= item["end"] <= len(text)


def test_cli_plain_text_has_no_text_field(tmp_path):
    data = _cli_json(tmp_path, HERE / "lamp-oil-cp1252.txt")
    assert "text" not in data
    src = (HERE / "lamp-oil-cp1252.txt").read_bytes().decode("cp1252")
    for c in data["work"]["chapters"]:
        assert src[c["start"]:c["end"]].startswith(c["title"])


LIVE_PAGE = """<!DOCTYPE html><html><head><title>Tin Cups - Chapter 1 - pellmell - Original Work [Archive of Our Own]</title></head>
<body><div id="main"><div class="wrapper"><dl class="work meta group">
<dt class="rating tags">Rating:</dt><dd class="rating tags"><ul class="commas"><li><a class="tag" href="#">General Audiences</a></li></ul></dd>
<dt class="warning tags">Archive Warning:</dt><dd class="warning tags"><ul class="commas"><li><a class="tag" href="#">Creator Chose Not To Use Archive Warnings</a></li></ul></dd>
<dt class="category tags">Category:</dt><dd class="category tags"><ul class="commas"><li><a class="tag" href="#">Gen</a></li></ul></dd>
<dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul class="commas"><li><a class="tag" href="#">Original Work</a></li></ul></dd>
<dt class="relationship tags">Relationship:</dt><dd class="relationship tags"><ul class="commas"><li><a class="tag" href="#">Odo &amp; Pell</a></li></ul></dd>
<dt class="character tags">Characters:</dt><dd class="character tags"><ul class="commas"><li><a class="tag" href="#">Odo</a></li><li><a class="tag" href="#">Pell</a></li></ul></dd>
<dt class="freeform tags">Additional Tags:</dt><dd class="freeform tags"><ul class="commas"><li><a class="tag" href="#">Tea</a></li></ul></dd>
<dt class="language">Language:</dt><dd class="language" lang="en">English</dd>
<dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="published">Published:</dt><dd class="published">2022-03-01</dd><dt class="words">Words:</dt><dd class="words">1,210</dd><dt class="chapters">Chapters:</dt><dd class="chapters">2/2</dd><dt class="kudos">Kudos:</dt><dd class="kudos">12</dd></dl></dd>
</dl></div>
<div id="workskin"><div class="preface group"><h2 class="title heading">Tin Cups</h2><h3 class="byline heading"><a rel="author" href="#">pellmell</a></h3>
<div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Two cups, one kettle.</p></blockquote></div>
<div class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>For my sister.</p></blockquote></div></div>
<div id="chapters" role="article">
<div class="chapter" id="chapter-1"><div class="chapter preface group" role="complementary"><h3 class="title"><a href="#">Chapter 1</a>: Kettle</h3>
<div id="notes" class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Short one.</p></blockquote></div></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3><p>Odo filled the kettle.</p><p>Pell found the cups.</p></div>
<div class="chapter preface group"><div id="chapter_1_endnotes" class="end notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>More soon.</p></blockquote></div></div></div>
<div class="chapter" id="chapter-2"><div class="chapter preface group"><h3 class="title"><a href="#">Chapter 2</a></h3></div>
<div class="userstuff module" role="article"><h3 class="landmark heading">Chapter Text</h3><p>The tea was <em>terrible</em>.</p></div></div>
</div></div></div></body></html>"""


def test_ao3_live_work_page():
    doc = load_html("page.html", LIVE_PAGE.encode())
    w = doc.work
    assert (w.title, w.authors, w.rating) == ("Tin Cups", ["pellmell"], "General Audiences")
    assert w.warnings == ["Creator Chose Not To Use Archive Warnings"] and w.relationships == ["Odo & Pell"]
    assert w.characters == ["Odo", "Pell"] and w.tags == ["Tea"] and w.language == "English"
    assert w.words == 1210 and w.stats["kudos"] == 12 and w.summary == "Two cups, one kettle."
    assert doc.source == "Chapter 1: Kettle\n\nOdo filled the kettle.\n\nPell found the cups.\n\nChapter 2\n\nThe tea was terrible."
    assert [(c.title, c.notes, c.end_notes) for c in w.chapters] == [("Chapter 1: Kettle", "Short one.", "More soon."),
                                                                   ("Chapter 2", None, None)]
    assert [doc.view[a:b] for a, b in doc.italics] == ["terrible"]


def test_bold_paragraphs_are_pov_headers_only_for_names():
    page = (b"<html><body><p><b>Meanwhile</b></p><p>Odo sat down, and Pell laughed at him.</p>"
            b"<p><strong>Pell</strong></p><p>I laughed.</p><p><b>Three years later</b></p><p>Nothing.</p>"
            b"<p><b>Chapter 2</b></p><p>Odo again.</p></body></html>")
    doc = load_html("x.html", page)
    assert [(b.kind, b.label) for b in doc.blocks if b.kind != "text"] == [("pov", "Pell"), ("chapter", "Chapter 2")]


def test_preformatted_story_keeps_its_paragraphs():
    page = b"<html><body><pre>Chapter 1\n\nShe left at dawn,\nquietly.\n\n\"Bye,\" he said.</pre></body></html>"
    doc = load_html("pre.html", page)
    assert doc.source == "Chapter 1\n\nShe left at dawn,\nquietly.\n\n\"Bye,\" he said."
    assert [b.kind for b in doc.blocks] == ["chapter", "text", "text"]
