"""Cut the view text into blocks (paragraphs) and recognise structure lines.

Chapter and part headers, scene breaks, point-of-view headers and author's notes become
blocks of their own kind; everything else is narrative text.
"""
from __future__ import annotations

import re
from typing import Optional

from ficlens.document import Block, Chapter, Document

_NUM = r"(?:\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
CHAPTER_RE = re.compile(
    rf"^\s*(?:(?:chapter|ch\.?|part|book|volume)\s+{_NUM}\b.*|prologue\b.*|epilogue\b.*|interlude\b.*)$",
    re.IGNORECASE)
BREAK_RE = re.compile(r"^\s*(?:(?:[*~=#+_•·.\-]\s*){3,}|[~*\-=]*\s*[xXoO0]\s*[~*\-=]+\s*[xXoO0]?\s*[~*\-=]*|oOo|OoO|\*\s*~\s*\*|~\s*\*\s*~|<hr\s*/?>)\s*$")
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
POV_RES = [
    re.compile(rf"^\s*[~*\-=]*\s*(?P<name>{_NAME}?)(?:'s|’s|'|’)?\s+(?:POV|P\.O\.V\.?|pov|Pov|perspective|Perspective|point of view|Point of View)\s*[~*\-=:]*\s*$"),
    re.compile(rf"^\s*[~*\-=]*\s*(?:POV|P\.O\.V\.?|Pov)\s*[:\-–—]\s*(?P<name>{_NAME})\s*[~*\-=]*\s*$"),
    re.compile(rf"^\s*[~*=]+\s*(?P<name>{_NAME})\s*[~*=]+\s*$"),
]
NOTE_RE = re.compile(r"^\s*(?:A/N|A\.N\.|AN:|Author'?s'? ?notes?|Authors? notes?|Disclaimer|Note:|Notes:|N/A:)", re.IGNORECASE)


def pov_name(line: str) -> Optional[str]:
    if len(line) > 60 or "\n" in line.strip():
        return None
    for rx in POV_RES:
        m = rx.match(line)
        if m and m.group("name"):
            return m.group("name").strip()
    return None


def classify(text: str) -> tuple[str, Optional[str]]:
    line = text.strip()
    if not line:
        return "empty", None
    if BREAK_RE.match(line):
        return "break", line
    one_line = "\n" not in line
    if one_line and len(line) <= 80 and CHAPTER_RE.match(line):
        return "chapter", line
    if one_line:
        name = pov_name(line)
        if name:
            return "pov", name
    if NOTE_RE.match(line):
        return "note", None
    return "text", None


def split_blocks(view: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated when the work uses blank lines, else lines."""
    spans: list[tuple[int, int]] = []
    uses_blank = re.search(r"\n[ \t\r]*\n", view) is not None
    sep = re.compile(r"\n[ \t\r]*\n\s*" if uses_blank else r"\n\s*")
    pos = 0
    for m in sep.finditer(view):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(view)))
    out = []
    for s, e in spans:
        # trim whitespace at both ends
        while s < e and view[s].isspace():
            s += 1
        while e > s and view[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def build_structure(doc: Document) -> None:
    """Fill doc.blocks and, for plain text, doc.work.chapters and words."""
    blocks: list[Block] = []
    chapter_idx = 0
    chapters: list[Chapter] = []
    for s, e in split_blocks(doc.view):
        kind, label = classify(doc.view[s:e])
        ss, se = doc.to_source(s, e)
        if kind == "chapter":
            if chapters:
                chapters[-1].end = ss
            chapters.append(Chapter(label, ss, doc.offsets.source_len))
            chapter_idx = len(chapters) - 1
        blocks.append(Block(len(blocks), s, e, ss, se, kind, chapter_idx, label))
    doc.blocks = blocks
    if doc.work.format == "text":
        doc.work.chapters = chapters
        doc.work.words = sum(len(doc.view[b.vstart:b.vend].split()) for b in blocks if b.kind == "text")
