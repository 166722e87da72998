"""The one document model carried through every stage (think spaCy's ``Doc``).

Coordinates
-----------
``source`` is the text exactly as decoded (for HTML/EPUB: the plain text we extracted,
which the output includes verbatim). ``view`` is the repaired text the stages read
(mojibake fixed, ``sheís`` -> ``she's``). ``offsets`` maps view positions back to the
source. **Every annotation stored on the document holds source offsets** (the contract's
coordinates); stages compute on the view and convert with ``doc.to_source(vstart, vend)``
at the moment they create an annotation. ``doc.to_view`` goes the other way.

Paragraph records (``blocks``) keep both coordinates because every stage walks them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ficlens.offsets import OffsetMap


# ---------------------------------------------------------------- structure ------------

@dataclass
class Block:
    """A paragraph-level block of the view text (blank-line separated, or one line).

    kind: "text" (narrative prose), "chapter" (a chapter/part header), "break" (a scene
    break line such as ``***``), "pov" (a point-of-view header such as "Willow POV"),
    "note" (author's note, disclaimer: kept out of the narrative analysis), "title".
    """
    index: int
    vstart: int            # view offsets
    vend: int
    start: int             # source offsets
    end: int
    kind: str = "text"
    chapter: int = 0       # index into doc.work.chapters (0 when the work has none)
    label: Optional[str] = None   # header text: chapter title, POV name ("Willow"), break glyph

    @property
    def is_narrative(self) -> bool:
        return self.kind == "text"


@dataclass
class Chapter:
    title: Optional[str]
    start: int             # source offsets
    end: int
    # the author's notes a container format (AO3 HTML/EPUB) keeps beside the chapter,
    # never inside the story text
    summary: Optional[str] = None
    notes: Optional[str] = None
    end_notes: Optional[str] = None


@dataclass
class WorkMeta:
    """What the file itself states (contract ``work``), never a prediction."""
    title: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    summary: Optional[str] = None
    notes: Optional[str] = None
    rating: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: Optional[str] = None
    words: Optional[int] = None
    chapters: list[Chapter] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    format: str = "text"   # text | ao3-html | ao3-epub | epub | html
    encoding: Optional[str] = None


# --------------------------------------------------------------- annotations -----------

@dataclass
class Character:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    pronouns: Optional[str] = None      # "she/her", "he/him", "they/them", ... or None
    named: bool = True                  # False for an unnamed narrator
    kind: str = "person"                # person | narrator | ...
    count: int = 0                      # name mentions found (salience)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def forms(self) -> list[str]:
        """The name and every alias, once each, in a fixed order (a set's order would
        change with the hash seed and with it whichever form is read first)."""
        return list(dict.fromkeys(a for a in (self.name, *self.aliases) if a))


@dataclass
class Mention:
    start: int                          # source offsets
    end: int
    character: Optional[str]            # character id
    kind: str = "PROP"                  # PROP | NOM | PRON | NARR (first-person narrator)
    in_quote: bool = False
    score: float = 1.0


@dataclass
class Quote:
    start: int                          # source offsets, quotation marks excluded
    end: int
    speaker: Optional[str] = None
    addressees: list[str] = field(default_factory=list)
    vstart: int = 0                     # the same span in view coordinates
    vend: int = 0
    block: int = 0                      # index of the Block it starts in
    mark: str = '"'                     # opening mark: " “ ' ‘ — (em dash) ...
    method: Optional[str] = None        # how the speaker was found: explicit, anaphoric, beat, vocative, turn, narrator, ...
    confidence: float = 0.0
    group: Optional[int] = None         # quotes split by one speech tag share a group


@dataclass
class Section:
    start: int                          # source offsets
    end: int
    narration: str = "third"            # first | second | third
    narrator: Optional[str] = None      # character id for first person
    focal: Optional[str] = None         # focal character of a third-person section; "you" of a second-person one
    header: Optional[str] = None        # the POV header that opened it, if any
    evidence: list[str] = field(default_factory=list)
    first_block: int = 0
    last_block: int = 0                 # inclusive


@dataclass
class Evidence:
    start: int
    end: int
    cue: str                            # "kiss", "i love you", "her mother", "fight", ...
    kind: str                           # romantic | platonic | family | adversarial
    stage: Optional[str] = None         # first meeting, confession, first kiss, break-up, ...
    weight: float = 1.0
    past: bool = False


@dataclass
class Relationship:
    characters: tuple[str, str]
    kind: str                           # romantic | platonic | family | adversarial
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    status: Optional[str] = None        # together | apart | past | deceased | unrequited
    scores: dict[str, float] = field(default_factory=dict)   # every kind's score


# ------------------------------------------------------------------ document -----------

@dataclass
class Document:
    path: str
    source: str                          # decoded source text (offset coordinates)
    view: str                            # repaired text the stages read
    offsets: OffsetMap                   # view -> source
    work: WorkMeta = field(default_factory=WorkMeta)
    extracted: bool = False              # True for HTML/EPUB: the contract then includes "text"
    blocks: list[Block] = field(default_factory=list)
    # italic stretches (thoughts, emphasis), view offsets: HTML/EPUB <em>/<i>, plain-text *x* and _x_ (markers excluded)
    italics: list[tuple[int, int]] = field(default_factory=list)

    # linguistics: one spaCy Doc per narrative block, parsed from the view text of the
    # block (newlines replaced by spaces, same length); token.idx + block.vstart = view offset
    parses: dict[int, Any] = field(default_factory=dict)

    characters: list[Character] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    tags: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    # ---- coordinates
    def to_source(self, vstart: int, vend: int) -> tuple[int, int]:
        return self.offsets.to_source(vstart, vend)

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_view(start, end)

    def view_text(self, vstart: int, vend: int) -> str:
        return self.view[vstart:vend]

    # ---- walking
    def narrative_blocks(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == "text")

    def block_at(self, vpos: int) -> Optional[Block]:
        """The block containing view position ``vpos`` (binary search)."""
        lo, hi = 0, len(self.blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.blocks[mid].vend <= vpos:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.blocks) and self.blocks[lo].vstart <= vpos < self.blocks[lo].vend:
            return self.blocks[lo]
        return None

    def character(self, cid: Optional[str]) -> Optional[Character]:
        if cid is None:
            return None
        for c in self.characters:
            if c.id == cid:
                return c
        return None

    def new_character_id(self) -> str:
        used = {c.id for c in self.characters}
        i = len(self.characters)
        while f"c{i}" in used:
            i += 1
        return f"c{i}"
