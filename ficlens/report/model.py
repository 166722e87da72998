"""Analysis JSON (``ficlens/1``) -> a report model: what a reader wants to see, already
resolved (names instead of ids, counts, evidence snippets cut from the source).

Pure: ``build_report(data, source)`` reads nothing else, so a saved analysis renders the
same as a fresh one. Every list may be empty (stages still being built, a work with no
dialogue): the renderers then say so instead of failing.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from ficlens import SCHEMA
from ficlens.errors import FiclensError

# AO3 tag families in display order; the predicted dict may hold more keys (shown after)
TAG_FAMILIES = [
    ("rating", "Rating"), ("warnings", "Archive Warnings"), ("categories", "Categories"),
    ("fandoms", "Fandoms"), ("relationships", "Relationships"), ("characters", "Characters"),
    ("pov", "POV"), ("tags", "Additional Tags"),
]
SNIPPET_RADIUS = 110        # characters of context either side of an evidence cue
MAX_EVIDENCE = 3            # snippets shown per relationship


@dataclass
class CastMember:
    id: str
    name: str
    aliases: list[str]            # other names, the display name excluded
    pronouns: Optional[str]
    lines: int                    # quotes attributed to them
    mentions: int
    named: bool = True


@dataclass
class SectionRow:
    index: int                    # 1-based
    start: int
    end: int
    narration: str                # first | second | third | unknown
    narrator: Optional[str]       # display name
    narrator_id: Optional[str]
    focal: Optional[str]
    header: Optional[str]
    chapter: Optional[str]        # title of the chapter it starts in
    words: int


@dataclass
class Snippet:
    before: str
    cue: str
    after: str
    kind: Optional[str] = None
    stage: Optional[str] = None
    start: int = 0
    end: int = 0

    @property
    def text(self) -> str:
        return self.before + self.cue + self.after


@dataclass
class RelationshipRow:
    pair: tuple[str, str]         # display names
    ids: tuple[str, str]
    kind: str
    score: float
    status: Optional[str]
    evidence: list[Snippet]
    n_evidence: int               # all evidence items, not only those shown


@dataclass
class TagRow:
    family: str                   # display label
    predicted: list[str]
    author: list[str]
    agreed: list[bool] = field(default_factory=list)   # per predicted tag: the author used it too


def tag_key(tag: str) -> str:
    """Compare tags as AO3 readers do: case and spacing aside, and a pairing's names in any
    order ("B/A" is "A/B"; "/" and "&" stay different)."""
    t = " ".join(tag.casefold().split())
    for sep in ("/", " & "):
        if sep in t:
            return sep.join(sorted(x.strip() for x in t.split(sep)))
    return t


@dataclass
class QuoteSpan:
    start: int
    end: int
    speaker_id: Optional[str]
    speaker: Optional[str]


@dataclass
class Report:
    title: str
    authors: list[str]
    words: Optional[int]
    chapters: list[str]
    format: str
    is_ao3: bool
    summary: Optional[str]
    cast: list[CastMember]
    sections: list[SectionRow]
    relationships: list[RelationshipRow]
    tags: list[TagRow]
    quotes: list[QuoteSpan]
    n_quotes: int
    n_attributed: int
    source: Optional[str]         # the text offsets point into, when known
    section_starts: list[int] = field(default_factory=list)
    generator: Optional[str] = None


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if x is not None and str(x).strip()]
    s = str(v).strip()
    return [s] if s else []


def is_tag_list(v: Any) -> bool:
    """Tags are strings; the predicted dict may also carry structured extras (evidence,
    pair records, counts) that are not tags."""
    return isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))


def _words(text: str) -> int:
    return len(text.split())


def snippet(source: str, start: int, end: int, radius: int = SNIPPET_RADIUS) -> Snippet:
    """The cue with its sentence(s) around it, cut at sentence ends or at ``radius``
    characters (then at a word boundary), whitespace collapsed to single spaces."""
    start, end = max(0, min(start, len(source))), max(0, min(end, len(source)))
    lo = max(0, start - radius)
    before = source[lo:start]
    # start after the last sentence end or paragraph break before the cue, if any
    cut = max((m.end() for m in re.finditer(r"[.!?…][\"'”’)]*\s+|\n\s*\n", before)), default=None)
    if cut is not None:
        before = before[cut:]
    elif lo > 0:
        before = "…" + before[before.find(" ") + 1:] if " " in before else "…" + before
    hi = min(len(source), end + radius)
    after = source[end:hi]
    m = re.search(r"[.!?…][\"'”’)]*(?=\s)|\n\s*\n", after)
    if m:
        after = after[:m.end()] if not m.group(0).startswith("\n") else after[:m.start()]
    elif hi < len(source):
        after = (after[:after.rfind(" ")] if " " in after else after) + "…"
    norm = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return Snippet(norm(before).lstrip(), norm(source[start:end]), norm(after).rstrip(), start=start, end=end)


def check_analysis(data: Any) -> dict:
    """Raise a one-line FiclensError unless ``data`` looks like a ficlens/1 analysis."""
    if not isinstance(data, dict):
        raise FiclensError("not a ficlens analysis: the JSON is not an object")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise FiclensError(f"not a {SCHEMA} analysis (schema: {schema!r})")
    for key in ("characters", "quotes", "sections", "relationships"):
        if not isinstance(data.get(key, []), list):
            raise FiclensError(f"broken analysis: '{key}' is not a list")
    return data


def build_report(data: dict, source: Optional[str] = None, name: Optional[str] = None) -> Report:
    """``data``: a ficlens/1 analysis. ``source``: the text its offsets point into (the
    JSON's own ``text`` for HTML/EPUB input wins; for plain text pass the decoded file).
    ``name``: shown as the title when the work states none (e.g. the file's name)."""
    check_analysis(data)
    if isinstance(data.get("text"), str):
        source = data["text"]
    work = data.get("work") or {}
    chars = [c for c in data.get("characters") or [] if isinstance(c, dict) and c.get("id") is not None]
    names = {str(c["id"]): (c.get("name") or str(c["id"])) for c in chars}
    quotes = [q for q in data.get("quotes") or [] if isinstance(q, dict)]
    sections = [s for s in data.get("sections") or [] if isinstance(s, dict)]
    rels = [r for r in data.get("relationships") or [] if isinstance(r, dict)]

    def who(cid: Any) -> Optional[str]:
        return None if cid is None else names.get(str(cid), str(cid))

    lines = Counter(str(q["speaker"]) for q in quotes if q.get("speaker") is not None)
    mentions = Counter(str(m.get("character")) for m in data.get("mentions") or []
                       if isinstance(m, dict) and m.get("character") is not None)
    cast = []
    for c in chars:
        cid = str(c["id"])
        disp = names[cid]
        aliases, seen = [], {disp.casefold()}
        for a in _as_list(c.get("aliases")):
            if a.casefold() not in seen:
                seen.add(a.casefold())
                aliases.append(a)
        cast.append(CastMember(cid, disp, aliases, c.get("pronouns"), lines[cid],
                               mentions[cid] or int(c.get("count") or 0), bool(c.get("named", True))))
    # most present first: speech, then mentions; stable for ties (the analysis's order)
    cast.sort(key=lambda m: (-m.lines, -m.mentions))

    chapters = [ch for ch in work.get("chapters") or [] if isinstance(ch, dict)]

    def chapter_at(pos: int) -> Optional[str]:
        title = None
        for i, ch in enumerate(chapters):
            if int(ch.get("start", 0)) <= pos:
                title = ch.get("title") or f"Chapter {i + 1}"
        return title

    srows = []
    for i, s in enumerate(sorted(sections, key=lambda s: int(s.get("start", 0)))):
        a, b = int(s.get("start", 0)), int(s.get("end", 0))
        srows.append(SectionRow(
            i + 1, a, b, s.get("narration") or "unknown", who(s.get("narrator")),
            None if s.get("narrator") is None else str(s.get("narrator")),
            who(s.get("focal")), s.get("header"), chapter_at(a) if chapters else None,
            _words(source[a:b]) if source else 0))

    rrows = []
    for r in sorted(rels, key=lambda r: -float(r.get("score") or 0)):
        ids = [str(x) for x in (r.get("characters") or [])][:2]
        if len(ids) < 2:
            continue
        ev = [e for e in r.get("evidence") or [] if isinstance(e, dict)]
        ev.sort(key=lambda e: -float(e.get("weight") or 0))
        snips = []
        for e in ev[:MAX_EVIDENCE]:
            a, b = int(e.get("start", 0)), int(e.get("end", 0))
            sn = snippet(source, a, b) if source else Snippet("", str(e.get("cue") or ""), "", start=a, end=b)
            sn.kind, sn.stage = e.get("kind"), e.get("stage")
            snips.append(sn)
        rrows.append(RelationshipRow((who(ids[0]), who(ids[1])), (ids[0], ids[1]),
                                     str(r.get("kind") or "?"), float(r.get("score") or 0.0),
                                     r.get("status"), snips, len(ev)))

    fmt = str(work.get("format") or "text")
    is_ao3 = fmt.startswith("ao3")
    predicted = data.get("tags") if isinstance(data.get("tags"), dict) else {}
    trows = []
    families = list(TAG_FAMILIES) + [(k, k.replace("_", " ").title()) for k in predicted
                                     if k not in dict(TAG_FAMILIES) and is_tag_list(predicted[k])]
    for key, label in families:
        pred = _as_list(predicted.get(key)) if is_tag_list(predicted.get(key)) else []
        auth = []
        if is_ao3:
            if key == "pov":  # AO3 has no POV family: authors put POV tags among the freeform ones
                auth = [t for t in _as_list(work.get("tags")) if re.search(r"\bPOV\b", t)]
            else:
                auth = _as_list(work.get(key))
        if pred or auth:
            keys = {tag_key(a) for a in auth}
            trows.append(TagRow(label, pred, auth, [is_ao3 and tag_key(p) in keys for p in pred]))

    qspans = sorted((QuoteSpan(int(q.get("start", 0)), int(q.get("end", 0)),
                               None if q.get("speaker") is None else str(q["speaker"]), who(q.get("speaker")))
                     for q in quotes), key=lambda q: (q.start, q.end))
    title = work.get("title") or name or "(untitled)"
    return Report(
        title=str(title), authors=_as_list(work.get("authors")),
        words=work.get("words") if isinstance(work.get("words"), int) else None,
        chapters=[str(ch.get("title") or f"Chapter {i + 1}") for i, ch in enumerate(chapters)],
        format=fmt, is_ao3=is_ao3, summary=work.get("summary"),
        cast=cast, sections=srows, relationships=rrows, tags=trows, quotes=qspans,
        n_quotes=len(quotes), n_attributed=sum(lines.values()), source=source,
        section_starts=[s.start for s in srows], generator=data.get("generator"))


# distinct on dark and light backgrounds; speakers beyond the palette share the last hue
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
           "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f"]


def colours(report: Report) -> dict[str, str]:
    """Character id -> colour, by rank in the cast (speakers first), the same in every renderer."""
    out = {}
    for i, m in enumerate(report.cast):
        out[m.id] = PALETTE[min(i, len(PALETTE) - 1)]
    return out
