"""EPUB -> plain story text + metadata, with ebooklib (container, OPF, spine) and the
HTML extraction of ``html.py`` for each spine document.

AO3 EPUBs are Calibre conversions of the AO3 HTML download, split at the preface, each
chapter heading and the afterword: the preface page's tag list gives the typed tags (the
OPF's subjects flatten them), the chapter files give the story. Other EPUBs (FanFicFare,
Calibre conversions of anything) are read in spine order, with their OPF metadata;
each spine document's leading heading is a chapter heading.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Optional

from ficlens.document import Document, WorkMeta
from ficlens.errors import FiclensError
from ficlens.ingest import html as H

# spine documents that hold no story: covers, title pages, tables of contents
_FRONT = re.compile(r"(?:^|[/_-])(?:cover|titlepage|title_page|title-page|toc|toc_page|nav|copyright|"
                    r"info|log_page|about)(?:[_.-]|$)", re.IGNORECASE)


def _check_zip(path: str, data: bytes) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()
    except zipfile.BadZipFile:
        raise FiclensError(f"{path} is a damaged or truncated ZIP/EPUB file") from None
    except Exception as e:
        raise FiclensError(f"{path} is not a readable ZIP/EPUB file ({type(e).__name__})") from None
    if "META-INF/container.xml" not in names:
        if not any(n.lower().endswith(".opf") for n in names):
            raise FiclensError(f"{path} is a ZIP archive but not an EPUB (no META-INF/container.xml)")
    bad = None
    try:
        bad = zf.testzip()
    except Exception:
        bad = "?"
    if bad is not None:
        raise FiclensError(f"{path} is a damaged or truncated EPUB (member {bad} cannot be read)")
    return zf


class Book:
    """What we need of an EPUB: Dublin Core metadata and the spine's documents in order."""

    def __init__(self, meta: dict[str, list[str]], docs: list[tuple[str, bytes]]) -> None:
        self.meta, self.docs = meta, docs

    def dc(self, name: str) -> list[str]:
        return [v for v in self.meta.get(name, []) if v and v.strip()]


_DC_NAMES = ("title", "creator", "description", "subject", "language", "publisher")


def _read_book(path: str, data: bytes, zf: zipfile.ZipFile) -> Book:
    """ebooklib first; when it refuses a damaged package (a manifest entry whose file is
    missing, say), our own reading of container.xml and the OPF with lxml's XML parser."""
    import warnings
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
        meta = {}
        for name in _DC_NAMES:
            try:
                meta[name] = [str(v) for v, _a in book.get_metadata("DC", name) if v is not None]
            except Exception:
                meta[name] = []
        return Book(meta, _spine_docs(book))
    except Exception as e:
        first = e
    try:
        return _read_package(zf)
    except FiclensError as e:
        raise FiclensError(f"{path} {e}") from None
    except Exception:
        msg = " ".join(str(first).split())[:100]
        raise FiclensError(f"{path} is a damaged EPUB: its package cannot be read ({msg})") from None


def _read_package(zf: zipfile.ZipFile) -> Book:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        container = etree.fromstring(zf.read("META-INF/container.xml"), parser)
    except KeyError:
        container = None
        opfs = [n for n in zf.namelist() if n.lower().endswith(".opf")]
        if not opfs:
            raise FiclensError("is not an EPUB (no META-INF/container.xml)") from None
        opf_path = opfs[0]
    else:
        if container is None:
            raise FiclensError("is a damaged EPUB: META-INF/container.xml is not XML")
        roots = container.xpath("//*[local-name()='rootfile']/@full-path")
        if not roots:
            raise FiclensError("is a damaged EPUB: META-INF/container.xml names no package file")
        opf_path = roots[0]
    try:
        opf = etree.fromstring(zf.read(opf_path), parser)
    except KeyError:
        raise FiclensError(f"is a damaged EPUB: its package file {opf_path} is missing") from None
    if opf is None:
        raise FiclensError(f"is a damaged EPUB: its package file {opf_path} is not XML")
    base = posixpath.dirname(opf_path)
    meta = {name: ["".join(el.itertext()) for el in opf.xpath(f"//*[local-name()='{name}']")]
            for name in _DC_NAMES}
    items = {el.get("id"): (el.get("href"), el.get("media-type") or "", el.get("properties") or "")
             for el in opf.xpath("//*[local-name()='manifest']/*[local-name()='item']")}
    docs = []
    for ref in opf.xpath("//*[local-name()='spine']/*[local-name()='itemref']/@idref"):
        href, mtype, props = items.get(ref, (None, "", ""))
        if not href or "nav" in props.split() or "html" not in mtype:
            continue
        name = posixpath.normpath(posixpath.join(base, href))
        try:
            docs.append((name, zf.read(name)))
        except (KeyError, zipfile.BadZipFile, OSError, EOFError):
            continue        # a missing or broken chapter file: read the rest
    return Book(meta, docs)


def _opf_meta(book: Book, work: WorkMeta) -> None:
    titles = book.dc("title")
    work.title = titles[0].strip() if titles else None
    work.authors = [a.strip() for a in book.dc("creator")]
    desc = book.dc("description")
    if desc:
        # descriptions are often HTML: read them with the HTML parser, never a regex
        work.summary = H.blockquote_text(H.parse(f"<div>{desc[0]}</div>").div) or desc[0].strip()
    work.tags = [t.strip() for t in book.dc("subject")]
    langs = book.dc("language")
    work.language = langs[0].strip() if langs else None


def _spine_docs(book) -> list[tuple[str, bytes]]:
    import ebooklib

    out = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() not in (ebooklib.ITEM_DOCUMENT,):
            continue
        if getattr(item, "properties", None) and "nav" in (item.properties or []):
            continue
        try:
            content = item.get_content()
        except Exception:
            continue
        out.append((item.get_name(), content))
    return out


def load_epub(path: str, data: bytes) -> Document:
    zf = _check_zip(path, data)
    book = _read_book(path, data, zf)
    docs = book.docs
    if not docs:
        raise FiclensError(f"{path} is an EPUB with no readable documents in its spine")
    soups = []
    for name, content in docs:
        try:
            soups.append((name, H.parse(content)))
        except Exception:
            continue
    ao3 = any(_is_ao3_preface(s) for _, s in soups) or any(
        "Archive of Our Own" in v for v in book.dc("publisher"))
    work = WorkMeta(format="ao3-epub" if ao3 else "epub")
    _opf_meta(book, work)
    tb = H.TextBuilder()
    chapters: list[H.ChapterInfo] = []
    if ao3:
        _ao3_docs(soups, work, tb, chapters)
    else:
        _generic_docs(soups, tb, chapters)
    tb.flush()
    if not any(p.kind not in ("chapter", "break") and p.text.strip() for p in tb.paras):
        raise FiclensError(f"{path} is an EPUB with no story text")
    if not chapters:
        chapters = [H.ChapterInfo(None, 0)]
    return H.to_document(path, H.assemble(tb.paras, chapters), work)


def _is_ao3_preface(soup) -> bool:
    pre = soup.find(id="preface")
    if pre is None:
        return False
    dl = pre.find("dl")
    return dl is not None and any(H._label(dt) in H.TAG_LABELS for dt in dl.find_all("dt"))


def _ao3_docs(soups, work: WorkMeta, tb: H.TextBuilder, chapters: list) -> None:
    opf_tags = list(work.tags)
    work.tags = []
    typed = False
    for _name, soup in soups:
        body = soup.body
        if body is None:
            continue
        pre = soup.find(id="preface")
        after = soup.find(id="afterword")
        if pre is not None:
            before = (work.title, list(work.authors))
            H.preface_meta(pre, work)
            typed = True
            # the preface's h1 and byline are what AO3 displays; keep the OPF's if absent
            work.title = work.title or before[0]
            work.authors = work.authors or before[1]
            continue
        if after is not None:
            H.afterword_meta(after, work)
            continue
        container = soup.find(id="chapters") or body
        H.ao3_chapters(container, tb, chapters)
    if not typed:
        work.tags = opf_tags


def _generic_docs(soups, tb: H.TextBuilder, chapters: list) -> None:
    for name, soup in soups:
        body = soup.body
        if body is None:
            continue
        sub = H.TextBuilder()
        sub.story(body)
        sub.flush()
        paras = sub.paras
        if not paras:
            continue
        if _FRONT.search(posixpath.basename(name)) and sum(len(p.text) for p in paras) < 3000:
            continue            # cover, title page, contents: front matter, not story
        first = paras[0]
        head: Optional[str] = None
        if first.kind == "heading" or (first.kind in (None, "emphasis") and "\n" not in first.text
                                        and _chapter_label(first.text)):
            head = first.text
            paras = paras[1:]
        if head is not None:
            chapters.append(H.ChapterInfo(head, tb.heading(head)))
        for p in paras:
            tb.paras.append(H.Para(p.text, None if p.kind == "heading" else p.kind, p.label, p.italics))


def _chapter_label(text: str) -> Optional[str]:
    from ficlens.ingest.structure import chapter_label

    return chapter_label(text)
