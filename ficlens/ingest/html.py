"""HTML -> plain story text + metadata: AO3 "Download HTML" files and generic HTML.

Everything goes through BeautifulSoup with lxml; no regex ever touches markup. The story
text we extract (the Document's ``source``, the contract's ``text``) is chapter headings
and paragraphs, a blank line between paragraphs, ``<br>`` as a newline and ``<hr>`` as a
scene-break line ``* * *``. Author's notes (summary, notes, chapter notes, end notes) go
to the work's metadata, never into the story text. The same pieces serve the EPUB
reader: an AO3 EPUB is this HTML split into files by Calibre.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ficlens.document import Chapter, Document, WorkMeta
from ficlens.errors import FiclensError

SCENE_BREAK = "* * *"

# dt label (lower case, no colon) -> WorkMeta field; AO3 writes singular or plural
TAG_LABELS = {
    "rating": "rating", "ratings": "rating",
    "archive warning": "warnings", "archive warnings": "warnings",
    "category": "categories", "categories": "categories",
    "fandom": "fandoms", "fandoms": "fandoms",
    "relationship": "relationships", "relationships": "relationships",
    "character": "characters", "characters": "characters",
    "additional tag": "tags", "additional tags": "tags", "freeform": "tags",
    "language": "language", "series": "series", "collections": "collections",
    "collection": "collections", "stats": "stats",
}
# the live work page marks the same lists by class instead of by label
_DD_CLASSES = {"rating": "rating", "warning": "warnings", "category": "categories",
               "fandom": "fandoms", "relationship": "relationships", "character": "characters",
               "freeform": "tags", "language": "language", "series": "series",
               "collections": "collections", "stats": "stats"}

BLOCK_TAGS = {"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
              "center", "pre", "table", "tr", "td", "th", "section", "article", "header",
              "footer", "aside", "dl", "dt", "dd", "figure", "figcaption", "address", "main",
              "nav", "details", "summary", "tbody", "thead", "body", "html"}
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "svg", "math", "iframe",
             "object", "button", "select", "input", "textarea", "form"}
ITALIC_TAGS = {"em", "i", "cite", "var", "dfn"}
STRONG_TAGS = {"strong", "b", "u"}
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")


def parse(data: bytes | str):
    """BeautifulSoup over lxml; bytes are decoded by the document's own declaration."""
    from bs4 import BeautifulSoup
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return BeautifulSoup(data, "lxml")


def looks_like_markup(data: bytes) -> bool:
    """True when lxml finds at least one element a document author wrote (not just the
    html/body/p wrapper it invents around bare text)."""
    if b"<" not in data:
        return False
    soup = parse(data[:20_000])
    return any(getattr(el, "name", None) not in (None, "html", "body", "p") for el in soup.descendants) or \
        b"<p" in data.lower() or b"<html" in data.lower()


def text_of(el) -> str:
    """An element's text, whitespace collapsed (for labels, tags, titles): inline markup
    joins without a space ("<a>Chapter 1</a>: Title"), blocks with one."""
    if el is None:
        return ""
    if (getattr(el, "name", None) or "") in SKIP_TAGS:          # <title>
        return _WS.sub(" ", el.get_text(" ")).strip()
    tb = TextBuilder()
    tb.story(el)
    return _WS.sub(" ", " ".join(p.text for p in tb.paras)).strip()


# ---------------------------------------------------------------- story text ------------

@dataclass
class Para:
    text: str
    kind: Optional[str] = None                 # hint for the structure pass: chapter, break, pov, note
    label: Optional[str] = None
    italics: list[tuple[int, int]] = field(default_factory=list)   # offsets in text


class TextBuilder:
    """Walks story markup into paragraphs, collapsing HTML whitespace."""

    def __init__(self) -> None:
        self.paras: list[Para] = []
        self._buf: list[str] = []
        self._len = 0
        self._italic_depth = 0
        self._italic_start = 0
        self._italics: list[tuple[int, int]] = []
        self._strong_chars = 0

    # -- low level
    def _ends_with_space(self) -> bool:
        return not self._buf or self._buf[-1][-1:] in (" ", "\n")

    def _add(self, s: str) -> None:
        if s:
            self._buf.append(s)
            self._len += len(s)

    def text(self, s: str, strong: bool = False) -> None:
        s = _WS.sub(" ", s)
        if self._ends_with_space():
            s = s.lstrip(" ")
        self._add(s)
        if strong:
            self._strong_chars += len(s.strip())

    def newline(self) -> None:
        if self._buf and self._buf[-1].endswith(" "):
            self._buf[-1] = self._buf[-1][:-1]
            self._len -= 1
        self._add("\n")

    def flush(self, kind: Optional[str] = None, label: Optional[str] = None) -> None:
        if self._italic_depth:       # an italic run crossing a paragraph end
            self._italics.append((self._italic_start, self._len))
            self._italic_start = 0
        raw = "".join(self._buf)
        # trim, and keep italic offsets in step with the trimmed text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        text = re.sub(r" *\n *", "\n", text)         # no spaces around <br> line ends
        # three or more <br> in a row: a paragraph break, written as the blank line the
        # rest of the extracted text uses between paragraphs
        text = re.sub(r"\n{3,}", "\n\n", text)
        if text:
            ital = []
            if "\n" in raw.strip():
                ital = self._remap_italics(raw, text)
            else:
                for a, b in self._italics:
                    a, b = max(0, a - lead), min(len(text), b - lead)
                    if b > a:
                        ital.append((a, b))
            strong_only = self._strong_chars >= len(text.replace("\n", "").replace(" ", "")) > 0
            p = Para(text, kind, label, ital)
            if kind is None and strong_only:
                p.kind = "emphasis"       # a whole paragraph in bold: a header candidate
            self.paras.append(p)
        self._buf, self._len, self._italics, self._strong_chars = [], 0, [], 0

    def _remap_italics(self, raw: str, text: str) -> list[tuple[int, int]]:
        # map raw offsets to trimmed-text offsets by walking both strings
        mapping = {}
        j = 0
        for i, ch in enumerate(raw):
            if j < len(text) and ch == text[j]:
                mapping[i] = j
                j += 1
        out = []
        for a, b in self._italics:
            ks = [mapping[i] for i in range(a, b) if i in mapping]
            if ks:
                out.append((ks[0], ks[-1] + 1))
        return out

    def scene_break(self) -> None:
        self.flush()
        self.paras.append(Para(SCENE_BREAK, "break", SCENE_BREAK))

    def heading(self, title: Optional[str]) -> int:
        """A chapter heading paragraph; returns the index of the chapter's first paragraph
        (an empty heading adds none: the chapter starts with what follows)."""
        self.flush()
        if title and title.strip():
            self.paras.append(Para(title.strip(), "chapter", title.strip()))
            return len(self.paras) - 1
        return len(self.paras)

    # -- the walk
    def walk(self, el, strong: bool = False) -> None:
        self.walk_nodes(el.children, strong)

    def walk_nodes(self, nodes, strong: bool = False) -> None:
        from bs4 import NavigableString, Tag

        for child in nodes:
            cls = type(child)
            if cls is not Tag:
                # plain text (and CDATA); comments, doctypes and processing instructions are not text
                if cls is NavigableString or (isinstance(child, NavigableString) and cls.__name__ == "CData"):
                    self.text(str(child), strong)
                continue
            name = (child.name or "").lower()
            if name in SKIP_TAGS:
                continue
            if name == "br":
                self.newline()
                continue
            if name == "hr":
                self.scene_break()
                continue
            if name == "img":
                alt = child.get("alt") or ""
                if alt.strip() and not alt.lower().endswith((".jpg", ".png", ".gif", ".jpeg")):
                    self.text(f" {alt.strip()} ", strong)
                continue
            style = child.attrs.get("style")
            style = style.lower() if isinstance(style, str) else ""
            italic = name in ITALIC_TAGS or "italic" in style
            bold = strong or name in STRONG_TAGS or "bold" in style
            if name == "pre":
                # preformatted plain text (a story pasted whole): its line breaks count
                self.flush()
                for chunk in re.split(r"\n[^\S\n]*\n", child.get_text().replace("\r\n", "\n")):
                    for line in chunk.split("\n"):
                        if self._buf:
                            self.newline()
                        self.text(line, strong)
                    self.flush()
                continue
            if name in ("h1", "h2", "h3"):
                self.flush()
                self.walk(child, True)
                self.flush("heading")
            elif name in BLOCK_TAGS:
                self.flush()
                self.walk(child, bold if name not in ("p", "div", "blockquote") else False)
                self.flush()
            else:
                if italic and not self._italic_depth:
                    self._italic_start = self._len
                if italic:
                    self._italic_depth += 1
                self.walk(child, bold)
                if italic:
                    self._italic_depth -= 1
                    if not self._italic_depth and self._len > self._italic_start:
                        self._italics.append((self._italic_start, self._len))

    def story(self, el) -> None:
        """One element of story content: a block, or inline content on its own."""
        self.flush()
        self.walk_nodes([el])
        self.flush()


def blockquote_text(el) -> Optional[str]:
    """A notes/summary blockquote as plain paragraphs."""
    if el is None:
        return None
    tb = TextBuilder()
    tb.story(el)
    text = "\n\n".join(p.text for p in tb.paras if p.kind != "break")
    return text or None


# ---------------------------------------------------------------- AO3 metadata ----------

def _label(dt) -> str:
    return text_of(dt).rstrip(":").strip().lower()


def _values(dd) -> list[str]:
    links = dd.find_all("a")
    if links:
        return [t for t in (text_of(a) for a in links) if t]
    # tags cannot hold commas on AO3, so a plain list splits safely
    return [t.strip() for t in text_of(dd).split(",") if t.strip()]


def _stats(text: str) -> dict:
    """"Published: 2023-06-05 Completed: ... Words: 6,411 Chapters: 3/?" -> dict."""
    out: dict = {}
    for m in re.finditer(r"([A-Z][A-Za-z ]*?):\s*([^:]+?)(?=\s+[A-Z][A-Za-z ]*?:|\s*$)", text):
        key, val = m.group(1).strip().lower(), m.group(2).strip()
        if re.fullmatch(r"[\d,]+", val):
            out[key] = int(val.replace(",", ""))
        else:
            out[key] = val
    return out


def tags_from_dl(dl, work: WorkMeta) -> bool:
    """Fill ``work`` from AO3's tag list (``dl.tags``: dt label / dd links). True if found."""
    found = False
    for dt in dl.find_all("dt"):
        field_name = TAG_LABELS.get(_label(dt))
        dd = dt.find_next_sibling("dd")
        if not field_name or dd is None:
            continue
        found = True
        _set(work, field_name, dd)
    return found


def tags_from_work_page(soup, work: WorkMeta) -> bool:
    """The live work page: ``dd.rating.tags``, ``dd.fandom.tags``, ... ``dl.stats``."""
    found = False
    for dd in soup.select("dl.work dd, dl.meta dd"):
        classes = set(dd.get("class") or [])
        for cls, field_name in _DD_CLASSES.items():
            if cls in classes:
                found = True
                _set(work, field_name, dd)
                break
    return found


def _set(work: WorkMeta, field_name: str, dd) -> None:
    if field_name == "rating":
        vals = _values(dd)
        work.rating = ", ".join(vals) if vals else None
    elif field_name == "language":
        work.language = text_of(dd) or None
    elif field_name == "stats":
        stats = _stats(text_of(dd))
        work.stats.update(stats)
        if isinstance(stats.get("words"), int):
            work.words = stats["words"]
    elif field_name in ("series", "collections"):
        work.stats[field_name] = text_of(dd)
    else:
        setattr(work, field_name, _values(dd))


def _labelled(container, labels: Iterable[str]) -> dict[str, str]:
    """AO3's "<p>Summary</p><blockquote>...</blockquote>" pairs inside ``container``."""
    want = {l.lower(): l for l in labels}
    out: dict[str, str] = {}
    for p in container.find_all("p"):
        if len(p.get_text()) > 40:          # labels are one or three words
            continue
        key = text_of(p).rstrip(":").lower()
        if key in want and want[key] not in out:
            bq = p.find_next_sibling()
            while bq is not None and bq.name not in ("blockquote", "p", "div", "h2"):
                bq = bq.find_next_sibling()
            if bq is not None and bq.name == "blockquote":
                t = blockquote_text(bq)
                if t:
                    out[want[key]] = t
    return out


def _join_notes(*parts: Optional[str]) -> Optional[str]:
    kept = [p for p in parts if p]
    return "\n\n".join(kept) if kept else None


def preface_meta(preface, work: WorkMeta) -> None:
    """Title, authors, tags, summary and notes from AO3's preface (HTML or EPUB page)."""
    dl = preface.find("dl")
    if dl is not None:
        tags_from_dl(dl, work)
    h1 = preface.find("h1")
    if h1 is not None and text_of(h1):
        work.title = text_of(h1)
    elif preface.find("b") is not None and not work.title:
        work.title = text_of(preface.find("b")) or None
    # rel="author" survives Calibre, which rewrites class names
    rel = [text_of(a) for a in preface.find_all("a", attrs={"rel": "author"})]
    byline = preface.find(class_="byline")
    if rel:
        work.authors = [a for a in rel if a]
    elif byline is not None:
        authors = [text_of(a) for a in byline.find_all("a")]
        if not authors:
            authors = [a.strip() for a in re.split(r",| and ", re.sub(r"^\s*by\s+", "", text_of(byline))) if a.strip()]
        work.authors = [a for a in authors if a]
    lab = _labelled(preface, ["Summary", "Notes"])
    work.summary = lab.get("Summary") or work.summary
    work.notes = _join_notes(work.notes, lab.get("Notes"))


def afterword_meta(afterword, work: WorkMeta) -> None:
    lab = _labelled(afterword, ["End Notes"])
    if lab.get("End Notes"):
        work.notes = _join_notes(work.notes, "End Notes:\n\n" + lab["End Notes"])


def is_ao3(soup) -> bool:
    pre = soup.find(id="preface")
    if pre is not None and (pre.find("dl") is not None or "Archive of Our Own" in text_of(pre.find(class_="message"))):
        return True
    return soup.find(id="chapters") is not None and soup.find(id="afterword") is not None


# ---------------------------------------------------------------- AO3 chapters ----------

@dataclass
class ChapterInfo:
    title: Optional[str]
    para: int                                   # index of its first paragraph
    summary: Optional[str] = None
    notes: Optional[str] = None
    end_notes: Optional[str] = None


def _has_direct(el, name: str) -> bool:
    return any(getattr(c, "name", None) == name for c in el.children)


def ao3_chapters(container, tb: TextBuilder, chapters: list[ChapterInfo]) -> None:
    """Walk AO3's ``#chapters``: meta groups (heading, chapter summary and notes), story
    bodies, end-note blocks. Works on the HTML download and on Calibre's split files,
    without relying on class names Calibre may rewrite."""
    from bs4 import Tag

    for child in container.children:
        if not isinstance(child, Tag):
            if str(child).strip() and child.__class__.__name__ == "NavigableString":
                tb.text(str(child))          # stray text directly in the container
            continue
        name = child.name.lower()
        cid = child.get("id") or ""
        if name in ("h2", "h3"):
            title = text_of(child)
            if title:
                chapters.append(ChapterInfo(title, tb.heading(title)))
        elif cid.startswith("endnotes"):
            lab = _labelled(child, ["Chapter End Notes", "End Notes"])
            note = lab.get("Chapter End Notes") or lab.get("End Notes")
            if chapters and note:
                chapters[-1].end_notes = _join_notes(chapters[-1].end_notes, note)
        elif name == "div" and (_has_direct(child, "h2") or _has_direct(child, "h3")):
            head = next(c for c in child.children if getattr(c, "name", None) in ("h2", "h3"))
            title = text_of(head) or None
            chapters.append(ChapterInfo(title, tb.heading(title)))
            lab = _labelled(child, ["Chapter Summary", "Chapter Notes", "Summary", "Notes"])
            chapters[-1].summary = lab.get("Chapter Summary") or lab.get("Summary")
            chapters[-1].notes = lab.get("Chapter Notes") or lab.get("Notes")
        elif name == "div" and any(getattr(c, "name", None) == "div" and
                                   (_has_direct(c, "h2") or (c.get("id") or "").startswith("endnotes"))
                                   for c in child.children):
            ao3_chapters(child, tb, chapters)       # a wrapper (Calibre keeps ancestors)
        else:
            tb.story(child)


# ---------------------------------------------------------------- assembling ------------

@dataclass
class Extracted:
    text: str
    hints: dict[int, tuple[str, Optional[str]]]
    italics: list[tuple[int, int]]              # source offsets
    chapters: list[Chapter]


def assemble(paras: list[Para], chapters: list[ChapterInfo]) -> Extracted:
    """Join paragraphs with blank lines; map hints, italics and chapters to offsets."""
    parts: list[str] = []
    starts: list[int] = []
    hints: dict[int, tuple[str, Optional[str]]] = {}
    italics: list[tuple[int, int]] = []
    pos = 0
    paras = _pov_emphasis(paras)
    for p in paras:
        if parts:
            parts.append("\n\n")
            pos += 2
        starts.append(pos)
        if p.kind in ("chapter", "break", "pov", "note", "title"):
            hints[pos] = (p.kind, p.label)
        italics += [(pos + a, pos + b) for a, b in p.italics]
        parts.append(p.text)
        pos += len(p.text)
    text = "".join(parts)
    out_ch: list[Chapter] = []
    for c in chapters:
        start = starts[c.para] if c.para < len(starts) else len(text)
        if out_ch:
            out_ch[-1].end = start
        out_ch.append(Chapter(c.title, start, len(text), c.summary, c.notes, c.end_notes))
    return Extracted(text, hints, italics, out_ch)


def _pov_emphasis(paras: list[Para]) -> list[Para]:
    """A whole paragraph in bold is a POV header when it names a character of the story
    ("Maren", "Ines's POV"); other bold paragraphs ("Meanwhile", "Three years later")
    stay text, for the structure pass to look at again."""
    from ficlens.ingest.structure import BARE_RE, _NameCheck, chapter_label, decorated_name, pov_name

    if not any(p.kind == "emphasis" for p in paras):
        return paras
    names = _NameCheck([p.text for p in paras], [("text" if p.kind is None else p.kind, None) for p in paras])
    prose = "\n".join(p.text for p in paras if p.kind is None)
    out = []
    for p in paras:
        if p.kind == "emphasis":
            t = p.text
            name = pov_name(t) or decorated_name(t)
            if not name and "\n" not in t and BARE_RE.match(t) and len(t.split()) <= 3:
                bare = t.strip().rstrip(":")
                bare = bare.title() if bare.isupper() else bare
                # bold is deliberate: the name need only occur in the story, anywhere
                if names.plausible(bare) and re.search(rf"\b{re.escape(bare.split()[0])}\b", prose):
                    name = bare
            if name and not chapter_label(t):
                p = Para(t, "pov", name, p.italics)
            else:
                p = Para(t, None, None, p.italics)
        out.append(p)
    return out


def to_document(path: str, ex: Extracted, work: WorkMeta) -> Document:
    from ficlens.ingest import _document

    if not ex.text.strip():
        raise FiclensError(f"{path} has no story text")
    work.chapters = ex.chapters
    doc = _document(ex.text, path, work, extracted=True, hints=ex.hints)
    doc.italics = [doc.to_view(a, b) for a, b in ex.italics]
    return doc


# ---------------------------------------------------------------- entry points ----------

def load_html(path: str, data: bytes) -> Document:
    try:
        soup = parse(data)
    except Exception as e:  # lxml refuses some garbage outright
        raise FiclensError(f"{path} is not readable HTML ({type(e).__name__})") from None
    body = soup.body
    if body is None or not text_of(body):
        raise FiclensError(f"{path} is HTML with no body text")
    if is_ao3(soup):
        return _load_ao3(path, soup)
    if soup.select_one("dl.work.meta") is not None and soup.find(id="chapters") is not None:
        return _load_ao3_page(path, soup)
    return _load_generic(path, soup)


def _load_ao3(path: str, soup) -> Document:
    work = WorkMeta(format="ao3-html")
    preface = soup.find(id="preface")
    if preface is not None:
        preface_meta(preface, work)
    tb = TextBuilder()
    chapters: list[ChapterInfo] = []
    container = soup.find(id="chapters")
    if container is not None:
        ao3_chapters(container, tb, chapters)
    tb.flush()
    if not chapters:
        chapters = [ChapterInfo(None, 0)]
    afterword = soup.find(id="afterword")
    if afterword is not None:
        afterword_meta(afterword, work)
    return to_document(path, assemble(tb.paras, chapters), work)


def _module_text(el, cls: str) -> Optional[str]:
    """The blockquote of a live work page's ``div.<cls>.module`` (summary, notes)."""
    if el is None:
        return None
    mod = el.select_one(f"div.{cls}")
    return blockquote_text(mod.find("blockquote")) if mod is not None else None


def _load_ao3_page(path: str, soup) -> Document:
    """A saved AO3 work page (not a download): tags marked by class, chapters in
    ``div.chapter``, notes in ``div.notes.module`` / ``div.end.notes.module``."""
    work = WorkMeta(format="ao3-html")
    tags_from_work_page(soup, work)
    pre = soup.select_one("#workskin div.preface") or soup
    title = pre.select_one("h2.title")
    work.title = text_of(title) or None
    byline = pre.select_one(".byline")
    if byline is not None:
        work.authors = [text_of(a) for a in byline.find_all("a")] or [text_of(byline)]
    work.summary = _module_text(pre, "summary")
    work.notes = _module_text(pre, "notes")
    after = soup.select_one("#work_endnotes")
    if after is not None and after.find("blockquote") is not None:
        work.notes = _join_notes(work.notes, "End Notes:\n\n" + (blockquote_text(after.find("blockquote")) or ""))
    for lm in soup.select("#chapters .landmark"):
        lm.decompose()                               # "Chapter Text", "Work Text:"
    tb = TextBuilder()
    chapters: list[ChapterInfo] = []
    divs = soup.select("#chapters > div.chapter")
    if not divs:
        for us in soup.select("#chapters div.userstuff"):
            tb.story(us)
    for ch in divs:
        head = ch.select_one("div.preface h3.title") or ch.find("h3", class_="title")
        title = text_of(head) or None
        info = ChapterInfo(title, tb.heading(title))
        info.summary = _module_text(ch, "summary")
        info.notes = _module_text(ch, "notes:not(.end)")
        end = ch.select_one("div.end.notes")
        info.end_notes = blockquote_text(end.find("blockquote")) if end is not None else None
        chapters.append(info)
        for us in ch.select("div.userstuff"):
            if us.find_parent("blockquote") is None and us.name == "div":
                tb.story(us)
    tb.flush()
    if not chapters:
        chapters = [ChapterInfo(None, 0)]
    return to_document(path, assemble(tb.paras, chapters), work)


def _load_generic(path: str, soup) -> Document:
    work = WorkMeta(format="html")
    title = soup.find("title")
    work.title = text_of(title) or None
    meta_author = soup.find("meta", attrs={"name": re.compile("^(author|dc.creator)$", re.I)})
    if meta_author is not None and meta_author.get("content"):
        work.authors = [meta_author["content"].strip()]
    lang = soup.html.get("lang") if soup.html is not None else None
    work.language = lang or None
    tb = TextBuilder()
    tb.story(soup.body)
    paras, chapters = generic_headings(tb.paras, work.title)
    return to_document(path, assemble(paras, chapters), work)


def generic_headings(paras: list[Para], title: Optional[str]) -> tuple[list[Para], list[ChapterInfo]]:
    """In generic HTML, chapter headings are the paragraphs that say so ("Chapter 3",
    "Prologue"); a first paragraph repeating the title is the title."""
    from ficlens.ingest.structure import chapter_label

    out, chapters = [], []
    for p in paras:
        t = p.text
        if not out and title and t.strip().lower() == title.strip().lower():
            out.append(Para(t, "title", t, p.italics))
            continue
        if p.kind in (None, "emphasis", "heading") and "\n" not in t and (chapter_label(t) or p.kind == "heading"):
            chapters.append(ChapterInfo(t, len(out)))
            out.append(Para(t, "chapter", t, p.italics))
            continue
        out.append(p)
    if not chapters:
        chapters = [ChapterInfo(None, 0)]
    return out, chapters
