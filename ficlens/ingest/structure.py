"""Cut the view text into blocks (paragraphs) and recognise structure lines.

Chapter and part headers, scene breaks, point-of-view headers, author's notes and the
title become blocks of their own kind; everything else is narrative text. Works are
laid out in two ways: paragraphs separated by blank lines (hard-wrapped or not), or one
paragraph per line; we detect which. A paragraph longer than ``MAX_BLOCK`` characters
(a file with no line breaks at all) is cut at sentence ends into pseudo-paragraphs so
that no later stage ever sees an unbounded block.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import Optional

from ficlens.document import Block, Chapter, Document

MAX_BLOCK = 20_000        # longer paragraphs are cut ...
CUT_AT = 10_000           # ... into pieces of about this many characters

_NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
             r"eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
             r"tenth|last|final")
_NUM = rf"(?:\d+(?:\.\d+)?|[IVXLC]+|(?:{_NUMWORDS})(?:[\s-](?:{_NUMWORDS}))?)"
# "Chapter 3", "Ch. 4", "Part Two", "Book II" followed by nothing, by a separator and a
# title, or by a short title in title case; never by an ordinary sentence
_HEAD = rf"(?:chapter|chap\.?|ch\.?|part|book|volume|vol\.?|act)\s*{_NUM}"
_SPECIAL = r"(?:prologue|epilogue|interlude|afterword|foreword|preface)"
CHAPTER_RE = re.compile(
    rf"^[\s*~=#\[(-]*(?P<head>{_HEAD}|{_SPECIAL})(?P<rest>.*?)[\s*~=#\])-]*$", re.IGNORECASE)
_SEP_TITLE = re.compile(r"^\s*(?:[:.\-–—|/)]|\s-)\s*\S.{0,90}$|^\s*[:.]?\s*$|^\s*\(.{1,60}\)$")
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "&"}

# scene breaks: a short line of ornaments (*** ~*~ -x- oOo xXx ~~~ --- <hr>)
_ORNAMENT = set("*~=#+_•·-–—§◊♦❖✦✧☆★♥♡○●◦°^|/\\<>:")
BREAK_RE = re.compile(r"^\s*<\s*hr\s*/?\s*>\s*$", re.IGNORECASE)
_BREAK_CHARS = re.compile("^[\\s" + re.escape("".join(sorted(_ORNAMENT))) + "xXoO0]+$")

_NAME_WORD = r"[A-Z][\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
_POV_WORD = r"(?:POV|P\.O\.V\.?|pov|Pov|perspective|Perspective|PERSPECTIVE|point of view|Point of View|Point Of View|POINT OF VIEW)"
_DECOR = r"[\s~*=\-–—_#\[\]()<>|:.]*"
POV_RES = [
    # "Willow POV", "Buffy's POV", "Giles' perspective", "Willow's point of view"
    re.compile(rf"^{_DECOR}(?P<name>{_NAME}?)(?:'s|’s|'|’|s')?\s+{_POV_WORD}{_DECOR}$"),
    # "POV: Faith", "POV - Faith", "Faith POV:" handled above
    re.compile(rf"^{_DECOR}{_POV_WORD}\s*(?:[:\-–—]\s*|\s+)(?P<name>{_NAME}){_DECOR}$"),
]
# a name between ornaments: "~Xander~", "*Dawn*", "-- Spike --", "~*~Faith~*~", "[Willow]"
DECORATED_RE = re.compile(r"^\s*(?P<l>[~*=\-–—_#\[(<]+)\s*(?P<name>" + _NAME + r")\s*(?P<r>[~*=\-–—_#\])>]+)\s*$")
# a bare name alone on a line ("Willow", "WILLOW"); only a header when the work has several
BARE_RE = re.compile(r"^\s*(?P<name>" + _NAME + r"|[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)?)\s*:?\s*$")

NOTE_RE = re.compile(
    r"^[\s*_\[(~-]*(?:A/N|A\.N\.|(?-i:AN)\s*[:\-–)]|(?-i:A N):|Author'?s'? ?notes?\b|Authors? notes?\b|Author’s notes?\b|"
    r"Disclaimer\b|Notes?\s*:|N/A\s*:|Beta'?s? note|Translator'?s? note|T/N\b|Warnings?\s*:|"
    r"Summary\s*:|Rating\s*:|Pairings?\s*:|Fandom\s*:|Spoilers?\s*:|Word count\s*:|Dedication\s*:)",
    re.IGNORECASE)
# what a closing note says (after the last paragraph of the story)
CLOSING_RE = re.compile(
    r"\b(?:thanks? (?:you )?(?:so much )?for reading|please (?:review|comment|leave)|reviews? (?:are|is|please)|"
    r"R\s?&\s?R\b|let me know what you (?:think|thought)|kudos|to be continued|TBC\b|"
    r"hope you (?:all )?(?:enjoyed|liked)|next chapter (?:will|should|is|coming)|until next time|"
    r"comments? (?:are|and kudos)|reviews? (?:make|keep))",
    re.IGNORECASE)
# a block that is nothing but an end marker
END_MARK_RE = re.compile(r"^[\s*~_\-=\[(]*(?:the end|fin|end|tbc|to be continued|end of (?:chapter|part) \w+)[\s.!*~_\-=\])]*$",
                         re.IGNORECASE)
_TITLE_OK = re.compile(r"^[^\s\"“‘'(\[].{0,79}$")


def is_break(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 40:
        return False
    if BREAK_RE.match(s):
        return True
    if not _BREAK_CHARS.match(s):
        return False            # a letter other than x/o, a digit, a quote: not a break
    core = s.replace(" ", "")
    # a lone "~" or "#" on its own line is a common scene break; "--" and "**" are not
    if len(core) < 3 and core not in ("§", "◊", "♦", "❖", "✦", "~", "#"):
        return False
    letters = [c for c in core if c.isalpha()]
    others = [c for c in core if not c.isalpha()]
    if any(c not in _ORNAMENT and not c.isdigit() for c in others):
        return False            # "..." and quotes are speech, not breaks
    if any(c.isdigit() and c != "0" for c in core):
        return False
    if letters:
        # only x and o may appear, and not as a word: oOo xXx o0o -x- ~o~ yes; "ooo" no
        if any(c not in "xXoO" for c in letters):
            return False
        if not others and (len(set(core)) < 2 or any(a == b for a, b in zip(core, core[1:]))):
            return False        # oOo and xXx alternate; "Ooo" is a sound
        if not others and core.lower() in ("xo", "xox", "xoxo", "ox"):
            return False
    return len(core) >= 3 or bool(others)


def chapter_label(line: str) -> Optional[str]:
    s = line.strip()
    if len(s) > 100 or "\n" in s:
        return None
    m = CHAPTER_RE.match(s)
    if not m:
        return None
    rest = m.group("rest")
    if rest.strip() and not _SEP_TITLE.match(rest):
        # no separator: a short title in title case ("Chapter 3 The Storm") is fine, an
        # ordinary sentence ("Part one of the plan was...") is not
        words = rest.split()
        if len(words) > 8 or rest.rstrip()[-1:] in ".,;" or not all(
                w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL or not w[0].isalpha() for w in words):
            return None
    return s.strip(" *~=#[]()-")


def pov_name(line: str) -> Optional[str]:
    """The name in an explicit POV header ("Willow POV", "POV: Faith"), else None."""
    s = line.strip()
    if len(s) > 60 or "\n" in s:
        return None
    for rx in POV_RES:
        m = rx.match(s)
        if m and m.group("name"):
            name = re.sub(r"(?:'s|’s|'|’)$", "", m.group("name").strip(" ."))
            if name.lower() not in ("my", "his", "her", "their", "our", "your", "the", "a"):
                return name
    return None


def decorated_name(line: str) -> Optional[str]:
    s = line.strip()
    if len(s) > 50 or "\n" in s:
        return None
    m = DECORATED_RE.match(s)
    if not m:
        return None
    l, r = m.group("l").strip(), m.group("r").strip()
    # brackets must pair; "-" alone on one side is a dash in a sentence fragment
    if l and l[0] in "[(<" and (not r or r[-1] not in "])>"):
        return None
    return m.group("name").strip()


def classify(text: str) -> tuple[str, Optional[str]]:
    """Kind and label of one block from its own text (context comes later)."""
    line = text.strip()
    if not line:
        return "empty", None
    one_line = "\n" not in line
    if one_line and is_break(line):
        return "break", line
    if one_line:
        label = chapter_label(line)
        if label:
            return "chapter", label
        name = pov_name(line)
        if name:
            return "pov", name
    elif line.count("\n") == 1:
        head, sub = (x.strip() for x in line.split("\n"))
        label = chapter_label(head)
        if label and len(sub) <= 60:
            return "chapter", label + (" " if label[-1:] in ".:-–—" else ": ") + sub
    if NOTE_RE.match(line):
        return "note", None
    return "text", None


# ---------------------------------------------------------------- paragraphs --------

def _lines(view: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``view`` (whitespace-trimmed)."""
    out = []
    for m in re.finditer(r"[^\n]+", view):
        s, e = m.start(), m.end()
        while s < e and view[s].isspace():
            s += 1
        while e > s and view[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _one_paragraph_per_line(view: str, lines: list[tuple[int, int]]) -> bool:
    """True for files with one paragraph per line (blank lines, if any, being rare)."""
    if len(lines) < 2:
        return True
    gaps = [view.count("\n", a[1], b[0]) - 1 for a, b in zip(lines, lines[1:])]
    blank = sum(1 for g in gaps if g > 0)
    if blank == 0:
        return True
    if blank * 4 > len(gaps):
        return False
    # lines that end a sentence and run long are paragraphs; hard-wrapped lines stop
    # mid-sentence at a fixed width
    lens = sorted(e - s for s, e in lines)
    ends = sum(1 for s, e in lines if view[e - 1] in ".!?\"”’…)*~-")
    if ends >= 0.75 * len(lines):
        return True             # short lines of dialogue, each a paragraph
    return ends >= 0.6 * len(lines) and lens[len(lens) * 9 // 10] > 100


def _is_header_line(line: str) -> bool:
    if len(line) > 100:
        return False
    return is_break(line) or chapter_label(line) is not None or pov_name(line) is not None


def _is_subtitle(view: str, lines, k: int) -> bool:
    """Line k, right under a chapter header line, is the chapter's title: short, no
    sentence end, and followed by a blank line or the end."""
    s, e = lines[k]
    prev = view[lines[k - 1][0]:lines[k - 1][1]]
    line = view[s:e]
    if chapter_label(prev) is None or len(line) > 60 or line[-1] in ",;" or _is_header_line(line):
        return False
    if line[-1] in ".!?" and not line.isupper():
        return False
    return k + 1 >= len(lines) or re.search(r"\n[^\S\n]*\n", view[e:lines[k + 1][0]]) is not None


def _cut_long(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a very long paragraph into pseudo-paragraphs at sentence ends (bounded time)."""
    if e - s <= MAX_BLOCK:
        return [(s, e)]
    out = []
    sentence_end = re.compile(r"[.!?…][\"”’)\]]*\s+")
    while e - s > MAX_BLOCK:
        lo, hi = s + CUT_AT, min(e, s + 2 * CUT_AT)
        m = sentence_end.search(view, lo, hi)
        if m:
            cut, nxt = m.end(), m.end()
            while cut > lo and view[cut - 1].isspace():
                cut -= 1
        else:
            ws = re.compile(r"\s+").search(view, lo, hi)
            cut, nxt = (ws.start(), ws.end()) if ws else (lo, lo)
        out.append((s, cut))
        s = nxt
    out.append((s, e))
    return [(a, b) for a, b in out if b > a]


def split_blocks(view: str) -> list[tuple[int, int, int]]:
    """Paragraph spans (start, end, blank lines before) of the view text."""
    lines = _lines(view)
    if not lines:
        return []
    if _one_paragraph_per_line(view, lines):
        paras = lines
    else:
        # a header or break line stands alone even without blank lines around it
        alone = [_is_header_line(view[s:e]) for s, e in lines]
        paras, cur = [], lines[0]
        for k in range(1, len(lines)):
            s, e = lines[k]
            blank = re.search(r"\n[^\S\n]*\n", view[cur[1]:s])
            if not blank and alone[k - 1] and cur == lines[k - 1] and _is_subtitle(view, lines, k):
                cur = (cur[0], e)           # "CHAPTER II" + "ENGLISH GOTHIC": one heading
                continue
            if alone[k] or alone[k - 1] or blank:
                paras.append(cur)
                cur = (s, e)
            else:
                cur = (cur[0], e)
        paras.append(cur)
    out = []
    prev_end = 0
    for s, e in paras:
        blanks = max(0, view.count("\n", prev_end, s) - 1) if out else 0
        for i, (a, b) in enumerate(_cut_long(view, s, e)):
            out.append((a, b, blanks if i == 0 else 0))
        prev_end = e
    return out


# ---------------------------------------------------------------- the work ----------

def build_structure(doc: Document, hints: Optional[dict[int, tuple[str, Optional[str]]]] = None) -> None:
    """Fill doc.blocks; for plain text also doc.work.chapters, title and words.

    ``hints`` (source start -> (kind, label)) come from a container format (HTML, EPUB)
    that knows what a paragraph is; they win over what the text looks like. Chapters of
    a container format are already in ``doc.work.chapters``.
    """
    view = doc.view
    hints = hints or {}
    spans = split_blocks(view)
    container = doc.work.format != "text"
    src = [doc.to_source(s, e) for s, e, _ in spans]
    kinds = [hints.get(ss) or classify(view[s:e]) for (s, e, _), (ss, _se) in zip(spans, src)]
    texts = [view[s:e] for s, e, _ in spans]
    names = _NameCheck(texts, kinds)
    _bare_name_headers(texts, kinds, hints, src, names)
    _decorated_headers(texts, kinds, hints, src, names)
    if not container:
        _title_and_byline(doc, spans, kinds)
        _header_tags(doc, texts, kinds)
    _closing_notes(texts, kinds, hints, src)
    if not container:
        n = len(spans)
        spans, kinds = _blank_line_breaks(spans, kinds)
        if len(spans) != n:
            src = [doc.to_source(s, e) for s, e, _ in spans]

    blocks = [Block(i, s, e, ss, se, kind, 0, label)
              for i, ((s, e, _), (ss, se), (kind, label)) in enumerate(zip(spans, src, kinds))]
    doc.blocks = blocks

    if container:
        chapters = doc.work.chapters
    else:
        chapters = []
        for b in blocks:
            if b.kind == "chapter":
                if chapters:
                    chapters[-1].end = b.start
                chapters.append(Chapter(b.label, b.start, doc.offsets.source_len))
        doc.work.chapters = chapters
    ci = 0
    for b in blocks:
        while ci + 1 < len(chapters) and chapters[ci + 1].start <= b.start:
            ci += 1
        b.chapter = ci
    if doc.work.words is None or not container:
        doc.work.words = sum(len(view[b.vstart:b.vend].split()) for b in blocks if b.kind == "text")


_STOP = {"the", "a", "an", "in", "at", "to", "of", "by", "and", "that", "this", "my", "our", "her", "his",
         "their", "its", "on", "for", "with", "from", "end", "fin", "part", "chapter", "book", "volume",
         "illustration", "contents", "preface", "introduction", "note", "notes", "finis", "i", "it", "we",
         "you", "he", "she", "they", "no", "yes", "oh", "what", "why", "how", "when", "where", "who", "later",
         "meanwhile", "now", "then", "before", "after", "earlier", "present", "past", "flashback", "elsewhere",
         "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
         "third", "last", "next", "interlude", "epilogue", "prologue", "morning", "evening", "night", "day"}
_ROMAN = re.compile(r"^[IVXLCDM]+\.?$")


class _NameCheck:
    """Is a header label a character's name? It must not be a function word, a numeral
    or a stock heading, and its first word must occur capitalised inside a sentence of
    the story (names do; chapter subtitles such as "The Exposure" do not)."""

    def __init__(self, texts, kinds) -> None:
        self._texts, self._kinds = texts, kinds
        self._mid: Optional[set[str]] = None

    def _mid_sentence(self) -> set[str]:
        if self._mid is None:
            rx = re.compile(r"(?<=[a-z,;] )([A-Z][a-z'’\-]+)")
            self._mid = set()
            for t, k in zip(self._texts, self._kinds):
                if k[0] == "text":
                    self._mid.update(re.sub(r"(?:'s|’s|'|’)$", "", w) for w in rx.findall(t))
        return self._mid

    def plausible(self, label: str) -> bool:
        words = label.split()
        first = words[0].strip(".,:;'’")
        if len(first) < 2 or first.lower() in _STOP or _ROMAN.match(first):
            return False
        return not all(w.lower().strip(".,:;") in _STOP for w in words)

    def all_in_story(self, label: str) -> bool:
        """Every word of the label (honorifics aside) is a name used inside sentences."""
        words = [re.sub(r"(?:'s|’s|'|’)$", "", w.strip(".,:;")) for w in label.split()]
        words = [w for w in words if w.lower() not in ("mr", "mrs", "ms", "miss", "dr")]
        mid = self._mid_sentence()
        return bool(words) and all(w in mid for w in words)

    def in_story(self, label: str) -> bool:
        first = re.sub(r"(?:'s|’s|'|’)$", "", label.split()[0].strip(".,:;"))
        if first.lower() in ("mr", "mrs", "ms", "miss", "dr") and len(label.split()) > 1:
            first = label.split()[1]
        return first in self._mid_sentence()


def _bare_name_headers(texts, kinds, hints, src, names: _NameCheck) -> None:
    """"Willow" alone on a line is a POV header only when the work does it at least
    twice, the line is followed by story, and the label is a name used in the story.
    A line just under a chapter header that occurs only once is that chapter's title."""
    cands = []
    for i, t in enumerate(texts):
        if kinds[i][0] != "text" or src[i][0] in hints or "\n" in t or t.rstrip().endswith("."):
            continue
        m = BARE_RE.match(t)
        if not m or i + 1 >= len(texts) or kinds[i + 1][0] != "text":
            continue
        name = m.group("name").strip()
        label = name.title() if name.isupper() else name
        if names.plausible(label) and names.all_in_story(label):
            cands.append((i, label))
    if len(cands) < 2:
        return
    seen = Counter(label for _, label in cands)
    for i, label in cands:
        if i and kinds[i - 1][0] == "chapter" and seen[label] == 1:
            continue
        kinds[i] = ("pov", label)


_DASH_LINE = re.compile(r"^\s*[—–]\s*\S+(?:\s+\S+){2,}")


def _decorated_headers(texts, kinds, hints, src, names: _NameCheck) -> None:
    """"~Xander~", "-- Spike --", "=Faith=": headers. "*Dawn*" and "[Willow]" only when
    the work has several such lines or the name occurs in the story too, because
    asterisks and brackets also mark sound effects and stock lines ("*Crash*",
    "[Illustration]")."""
    cands = []
    # in a work told in dash dialogue ("— Sit, — said the prince."), "— Ysolde—" is a
    # call broken off, not a header
    dash_talk = sum(1 for t in texts if _DASH_LINE.match(t)) >= 3
    for i, t in enumerate(texts):
        if kinds[i][0] == "text" and src[i][0] not in hints:
            name = decorated_name(t)
            if name and dash_talk and not texts[i].replace(name, "").strip(" \t\n—–-"):
                continue
            if name:
                label = name.title() if name.isupper() else name
                if names.plausible(label):
                    cands.append((i, name, label))
    for i, name, label in cands:
        ornaments = texts[i].replace(name, "")
        if not any(c in ornaments for c in "~=-–—#"):
            if not names.in_story(label) and (len(cands) < 2 or not any(names.in_story(l) for _, _, l in cands)):
                continue
        kinds[i] = ("pov", label)


def _blank_line_breaks(spans, kinds):
    """Runs of 3+ blank lines in a work that otherwise uses one: scene breaks. In a
    one-paragraph-per-line work, a (rare) blank line is one. The break block covers the
    blank run itself."""
    gaps = [b for _, _, b in spans[1:]]
    if not gaps:
        return spans, kinds
    common = Counter(gaps).most_common(1)[0][0]
    if common == 1:
        threshold = 3
    elif common == 0 and sum(1 for g in gaps if g) * 4 <= len(gaps):
        threshold = 1
    else:
        return spans, kinds
    out_s, out_k = [spans[0]], [kinds[0]]
    for i in range(1, len(spans)):
        if spans[i][2] >= threshold and kinds[i][0] not in ("break", "chapter", "title") \
                and kinds[i - 1][0] not in ("break", "chapter", "title", "note"):
            out_s.append((spans[i - 1][1], spans[i][0], 0))
            out_k.append(("break", "blank lines"))
        out_s.append(spans[i])
        out_k.append(kinds[i])
    return out_s, out_k


def _title_and_byline(doc: Document, spans, kinds) -> None:
    """The first line is the title when short, title-like and followed by a blank line."""
    if len(spans) < 2 or spans[0][0] != _first_nonspace(doc.view):
        return
    s, e, _ = spans[0]
    text = doc.view[s:e]
    if kinds[0][0] != "text" or "\n" in text or not _TITLE_OK.match(text) or len(text.split()) > 12:
        return
    if text.rstrip()[-1] in ".,;:" or not re.search(r"\n[^\S\n]*\n", doc.view[e:spans[1][0]]):
        return
    if not (text[0].isupper() or text[0].isdigit()):
        return
    words = text.split()
    if text.rstrip()[-1] in "?!" and (len(words) < 2 or not all(
            w[0].isupper() or w.lower() in _SMALL or not w[0].isalpha() for w in words)):
        return                  # "Run!", "Where are you going?": an opening line, not a title
    kinds[0] = ("title", text.strip())
    if not doc.work.title:
        doc.work.title = re.sub(r"^(?:title)\s*:\s*", "", text.strip(), flags=re.IGNORECASE)
    # "by Someone" just below it
    s2, e2, _ = spans[1]
    m = re.match(r"^\s*(?:by|written by|author:)\s+(\S.{0,60})$", doc.view[s2:e2], re.IGNORECASE)
    if m and "\n" not in doc.view[s2:e2]:
        kinds[1] = ("title", m.group(1).strip())
        if not doc.work.authors:
            doc.work.authors = [a.strip() for a in re.split(r",| and | & ", m.group(1)) if a.strip()]


# a tag line of an archive header pasted above a plain-text story ("Characters: A, B")
_TAG_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{2,20}?)\s*:\s*(?P<vals>\S.*?)\s*$")
_LIST_FIELDS = ("warnings", "categories", "fandoms", "relationships", "characters", "tags")


def _header_tags(doc: Document, texts: list[str], kinds) -> None:
    """The archive's tag lines in the notes before the story's first paragraph (Rating,
    Category, Relationships, Characters, ...): what the author tagged, for the work's
    metadata. Only fields the file has not already filled."""
    from ficlens.ingest.html import TAG_LABELS
    for text, (kind, _) in islice(zip(texts, kinds), 8):     # a header, not the story
        first = _TAG_LINE.match(text.split("\n", 1)[0])
        if kind == "text" and not (first and first.group("label").lower().strip() in TAG_LABELS):
            if doc.work.rating or doc.work.characters or doc.work.relationships or len(text.split()) > 12:
                break     # the story has begun
            continue      # the title and byline before the tags
        for line in text.splitlines():
            m = _TAG_LINE.match(line)
            field_name = TAG_LABELS.get(m.group("label").lower().strip()) if m else None
            if field_name == "rating" and not doc.work.rating:
                doc.work.rating = m.group("vals")
            elif field_name in _LIST_FIELDS and not getattr(doc.work, field_name):
                setattr(doc.work, field_name, [v.strip() for v in m.group("vals").split(",") if v.strip()])


def _first_nonspace(view: str) -> int:
    m = re.search(r"\S", view)
    return m.start() if m else 0


def _closing_notes(texts, kinds, hints, src) -> None:
    """Author's notes after the last paragraph of the story or of a chapter: trailing
    blocks that talk to the reader ("Thanks for reading!", "Please review")."""
    n = len(texts)
    ends = [j for j in range(n) if kinds[j][0] == "chapter"] + [n]
    for end in ends:
        j = end - 1
        while j >= 0 and kinds[j][0] in ("note", "break", "text"):
            if kinds[j][0] == "text":
                t = texts[j]
                talks = CLOSING_RE.search(t) and not re.search(r"[\"“”]", t)
                if src[j][0] in hints or len(t) > 600 or not (talks or END_MARK_RE.match(t)):
                    break
                kinds[j] = ("note", None)
            j -= 1
