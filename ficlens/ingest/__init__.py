"""Ingest: any fan fiction file -> one faithful Document (source, view, offsets, structure)."""
from __future__ import annotations

import os
import re

from ficlens.config import DEFAULT, Config
from ficlens.document import Document, WorkMeta
from ficlens.errors import FiclensError
from ficlens.ingest.decode import decode_bytes
from ficlens.offsets import OffsetMap
from ficlens.ingest.repair import find_edits
from ficlens.ingest.structure import build_structure

# CRLF, lone CR, and the rarer line and page separators (U+2028/2029, form feed, NEL)
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029\x0c\x85]")


def normalize_line_ends(text: str) -> str:
    """Line ends become "\\n" one for one ("\\r\\n" -> " \\n", a lone "\\r" -> "\\n"):
    the length never changes, so the offset map needs no entry for them."""
    if "\r" not in text and not any(c in text for c in "\u2028\u2029\x0c\x85"):
        return text
    return _LINE_ENDS.sub(lambda m: " \n" if m.group(0) == "\r\n" else "\n", text)


def read_bytes(path: str, cfg: Config = DEFAULT) -> bytes:
    if not os.path.exists(path):
        raise FiclensError(f"no such file: {path}")
    if os.path.isdir(path):
        raise FiclensError(f"{path} is a directory; give one work (a .txt, .html or .epub file)")
    try:
        size = os.path.getsize(path)
        if size > cfg.max_file_bytes:
            raise FiclensError(f"{path} is {size // 2**20} MiB, more than the {cfg.max_file_bytes // 2**20} MiB limit")
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise FiclensError(f"cannot read {path}: {e.strerror or e}") from None
    if not data:
        raise FiclensError(f"{path} is empty")
    if not data.strip():
        raise FiclensError(f"{path} is empty (only whitespace)")
    return data


def from_text(text: str, path: str = "<text>", work: WorkMeta | None = None, extracted: bool = False) -> Document:
    """A Document over already-decoded text (also used for text extracted from HTML/EPUB)."""
    return _document(text, path, work, extracted)


def _document(text: str, path: str, work: WorkMeta | None, extracted: bool,
              hints: dict | None = None) -> Document:
    edits = find_edits(text)
    offsets = OffsetMap(len(text), edits)
    view = normalize_line_ends(OffsetMap.apply(text, edits))
    doc = Document(path=path, source=text, view=view, offsets=offsets,
                   work=work or WorkMeta(), extracted=extracted)
    build_structure(doc, hints)
    if not any(b.kind == "text" for b in doc.blocks):
        raise FiclensError(f"{path} has no story text")
    if not extracted:
        doc.italics = plain_italics(doc)
    return doc


# *thought* and _emphasis_ in plain text, inside one paragraph, not around a whole line
_PLAIN_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![\w*])"
                           r"|(?<![\w_])_(?=[^\s_])([^_\n]{1,400}?)(?<=[^\s_])_(?![\w_])")


def plain_italics(doc: Document) -> list[tuple[int, int]]:
    """View spans of text marked as italic the plain-text way (the markers excluded)."""
    out = []
    for b in doc.blocks:
        if b.kind != "text" or ("*" not in doc.view[b.vstart:b.vend] and "_" not in doc.view[b.vstart:b.vend]):
            continue
        for m in _PLAIN_ITALIC.finditer(doc.view, b.vstart, b.vend):
            g = 1 if m.group(1) is not None else 2
            out.append((m.start(g), m.end(g)))
    return out


def _has_markup(data: bytes) -> bool:
    """Any tag at all? A ".html" file of plain text is read as plain text."""
    from ficlens.ingest.html import looks_like_markup

    return looks_like_markup(data)


def _sniff_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return b"<html" in head or b"<!doctype html" in head
    return head.startswith((b"<head", b"<body", b"<meta", b"<div", b"<p>"))


def load(path: str, cfg: Config = DEFAULT) -> Document:
    data = read_bytes(path, cfg)
    low = path.lower()
    if data[:4] == b"PK\x03\x04" or low.endswith(".epub"):
        from ficlens.ingest.epub import load_epub
        return load_epub(path, data)
    if (low.endswith((".html", ".htm", ".xhtml")) and _has_markup(data)) or _sniff_html(data):
        from ficlens.ingest.html import load_html
        return load_html(path, data)
    try:
        text, encoding = decode_bytes(data)
    except FiclensError as e:
        raise FiclensError(f"{path}: {e}") from None
    if not text.strip():
        raise FiclensError(f"{path} is empty (only whitespace)")
    # CR and CRLF stay in the source (offsets are into the text as decoded); the view
    # turns them into "\n" one for one
    return from_text(text, path, WorkMeta(format="text", encoding=encoding))
