"""Which parsed tokens stand for which character.

Upstream stages give mentions (names, nominals, pronouns, the narrator's I) in source
offsets; here they become token anchors in each block's spaCy parse, so a dependency
("Willow kissed her") links characters. Where an upstream layer is missing the anchors
fall back to cheap rules of their own: I/you inside an attributed quote are its speaker and
addressee, I/my in a first-person section is its narrator, names match aliases, and a
third-person pronoun takes the last character of its gender.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from ficlens.document import Document

FIRST = {"i", "me", "my", "mine", "myself"}
SECOND = {"you", "your", "yours", "yourself", "ya", "thee", "thou", "thy"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
THIRD = {"he": "he", "him": "he", "his": "he", "himself": "he",
         "she": "she", "her": "she", "hers": "she", "herself": "she"}


_PRONOUNS = FIRST | SECOND | FIRST_PLURAL | set(THIRD)


@dataclass
class QuoteInfo:
    vstart: int
    vend: int
    speaker: Optional[str]
    addressee: Optional[str]        # one addressee (given or inferred), else None
    index: int


@dataclass
class Anchors:
    tok: dict[int, dict[int, str]] = field(default_factory=dict)            # block -> token -> char
    group: dict[int, dict[int, tuple[str, ...]]] = field(default_factory=dict)  # "we" -> chars
    quotes: dict[int, list[QuoteInfo]] = field(default_factory=dict)       # block -> quotes in it
    order_pos: list[int] = field(default_factory=list)                     # view pos of anchors
    order_char: list[str] = field(default_factory=list)
    narrator_at: list[tuple[int, int, Optional[str], str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)                  # char -> "he" | "she"
    block_start: dict[int, int] = field(default_factory=dict)             # block -> view start
    nominal: set = field(default_factory=set)     # unnamed entities opened by a noun phrase
    indefinite: set = field(default_factory=set)  # ... by an indefinite one ("a normal person")
    # he/she tokens that cue pairs resolved by guess (no coreference link): char -> {F, M}
    guessed_pron: dict = field(default_factory=dict)

    def char(self, block: int, i: int) -> Optional[str]:
        return self.tok.get(block, {}).get(i)

    def chars(self, block: int, i: int) -> tuple[str, ...]:
        c = self.char(block, i)
        if c:
            return (c,)
        return self.group.get(block, {}).get(i, ())

    def guess(self, block: int, t, want: Optional[str] = None) -> Optional[str]:
        """A he/she that coreference left open: the last character of that gender (or of
        unknown gender) before it, never a first-person narrator or the pronoun's own
        verb's subject. ``want`` gives the gender of a pointing noun ("that man")."""
        want = want or THIRD.get(t.lower_)
        if want is None:
            return None
        own = self.char(block, t.i)
        vpos = self.block_start.get(block, 0) + t.idx
        narrator, narration = self.section(vpos)
        toks = self.tok.get(block, {})
        exclude = {narrator} if narration == "first" and narrator else set()
        q = self.quote_at(block, vpos)
        if q is not None:
            exclude |= {q.speaker, q.addressee}
        if t.dep_ in ("dobj", "pobj", "dative"):
            exclude |= _subjects(t, toks)
        if own:
            exclude.add(own)    # asked again because the anchor it had was impossible
        exclude.discard(None)
        loose = None
        for c in self.recent(vpos, 6, exclude=tuple(exclude), window=2500):
            g = self.gender.get(c)
            if g == want:
                return c
            if g is None and loose is None and c not in self.nominal:
                loose = c
        return loose

    def quote_at(self, block: int, vpos: int) -> Optional[QuoteInfo]:
        for q in self.quotes.get(block, ()):
            if q.vstart <= vpos < q.vend:
                return q
        return None

    def recent(self, vpos: int, n: int = 2, exclude: tuple = (), window: int = 1500) -> list[str]:
        """The last n distinct characters anchored before vpos (within window chars)."""
        out: list[str] = []
        k = bisect_right(self.order_pos, vpos) - 1
        while k >= 0 and len(out) < n and vpos - self.order_pos[k] <= window:
            c = self.order_char[k]
            if c not in out and c not in exclude:
                out.append(c)
            k -= 1
        return out

    def section(self, vpos: int) -> tuple[Optional[str], str]:
        """(narrator, narration) of the section covering view position vpos."""
        for vs, ve, narrator, narration in self.narrator_at:
            if vs <= vpos < ve:
                return narrator, narration
        return None, "third"


# a name said to someone: "Tobias, ...", "..., Tobias Hale." at the quote's edge
_VOC_OPEN = re.compile(r"^\W*((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)\s*,")
_VOC_CLOSE = re.compile(r",\s*((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)\W*$")


def _vocative_of(text: str, names: dict) -> Optional[str]:
    for rx in (_VOC_CLOSE, _VOC_OPEN):
        m = rx.search(text)
        if m and m.group(1) in names:
            return names[m.group(1)]
    return None


def _quote_infos(doc: Document) -> list[QuoteInfo]:
    """Quotes with one addressee each: the one the quote names ("Look after him, Tobias"),
    else the given one, else the other side of the exchange."""
    qs = sorted(doc.quotes, key=lambda q: q.vstart)
    owners: dict[str, set] = {}
    for c in doc.characters:
        if c.named and c.kind != "group":
            for a in c.forms:
                if a and a[:1].isupper():
                    owners.setdefault(a, set()).add(c.id)
    names = {a: next(iter(ids)) for a, ids in owners.items() if len(ids) == 1}
    out = []
    for i, q in enumerate(qs):
        addr = q.addressees[0] if len(q.addressees) == 1 else None
        voc = _vocative_of(doc.view[q.vstart:q.vend], names) if names else None
        if voc and voc != q.speaker:
            addr = voc
        if addr is None and not q.addressees and q.speaker:
            # turn-taking: the nearest other speaker around it, within a short exchange
            for j in (i - 1, i + 1, i - 2, i + 2):
                if 0 <= j < len(qs) and abs(qs[j].block - q.block) <= 2:
                    s = qs[j].speaker
                    if s and s != q.speaker:
                        addr = s
                        break
        if addr == q.speaker:
            addr = None
        out.append(QuoteInfo(q.vstart, q.vend, q.speaker, addr, i))
    return out


def build(doc: Document) -> Anchors:
    an = Anchors()
    # groups ("the guests") are never one side of a pair
    chars = {c.id: c for c in doc.characters if c.kind != "group"}
    an.nominal = {c.id for c in doc.characters if not c.named and c.kind not in ("narrator",)}
    an.indefinite = {c.id for c in doc.characters if c.id in an.nominal
                     and (c.name or "").lower().startswith(("a ", "an ", "some "))}
    for qi in _quote_infos(doc):
        b = doc.block_at(qi.vstart)
        if b is None:
            continue
        an.quotes.setdefault(b.index, []).append(qi)
        # a quote running over several blocks is looked up from each
        # (walk by index: slicing doc.blocks per quote made this quadratic in length)
        for j in range(b.index + 1, len(doc.blocks)):
            bb = doc.blocks[j]
            if bb.vstart >= qi.vend:
                break
            an.quotes.setdefault(bb.index, []).append(qi)
    for s in doc.sections:
        vs, ve = doc.to_view(s.start, s.end)
        an.narrator_at.append((vs, ve, s.narrator, s.narration))

    # 1. upstream mentions: each anchors its head token
    has_prop = has_pron = has_narr = has_inquote = False
    for m in doc.mentions:
        if not m.character or m.character not in chars:
            continue
        has_prop |= m.kind == "PROP"
        has_pron |= m.kind == "PRON"
        has_narr |= m.kind == "NARR"
        has_inquote |= m.in_quote
        vs, ve = doc.to_view(m.start, m.end)
        b = doc.block_at(vs)
        if b is None or b.index not in doc.parses:
            continue
        sdoc = doc.parses[b.index]
        span = sdoc.char_span(vs - b.vstart, min(ve, b.vend) - b.vstart, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        an.tok.setdefault(b.index, {})[span.root.i] = m.character

    # 2. fallbacks, token by token in story order (recency needs the order)
    alias_first: dict[str, list[tuple[list[str], str]]] = {}
    if not has_prop:
        owners: dict[str, set] = {}
        for c in doc.characters:
            for a in c.forms:
                if a:
                    owners.setdefault(a, set()).add(c.id)
        for a, ids in owners.items():
            if len(ids) == 1:
                words = a.split()
                alias_first.setdefault(words[0], []).append((words, next(iter(ids))))
        for v in alias_first.values():
            v.sort(key=lambda t: -len(t[0]))
    gender = {}
    for c in doc.characters:
        p = (c.pronouns or "").lower()
        if p.startswith("she"):
            gender[c.id] = "she"
        elif p.startswith("he"):
            gender[c.id] = "he"

    an.gender = gender
    from ficlens.relationships.cues import candidates
    lookfor = frozenset(_PRONOUNS | {w.lower() for w in alias_first})
    last_by_gender: dict[str, str] = {}
    for b in doc.narrative_blocks():
        sdoc = doc.parses.get(b.index)
        if sdoc is None:
            continue
        an.block_start[b.index] = b.vstart
        toks = an.tok.setdefault(b.index, {})
        groups = an.group.setdefault(b.index, {})
        skip_to = -1
        # only the tokens that are or may become anchors, in story order
        wanted = sorted(set(toks) | set(candidates(sdoc, lookfor)))
        for t in (sdoc[i] for i in wanted):
            if t.i < skip_to:
                continue
            low = t.lower_
            vpos = b.vstart + t.idx
            c = toks.get(t.i)
            if c is None and low not in _PRONOUNS and not (alias_first and t.text in alias_first):
                continue      # most tokens: nothing to anchor, nothing to look up
            if c is None:
                q = an.quote_at(b.index, vpos)
                if q is not None:
                    if low in FIRST and q.speaker:
                        c = q.speaker
                    elif low in SECOND and q.addressee:
                        c = q.addressee
                    elif low in FIRST_PLURAL and q.speaker and q.addressee:
                        groups[t.i] = (q.speaker, q.addressee)
                else:
                    narrator, narration = an.section(vpos)
                    if narration == "first" and narrator and low in FIRST:
                        c = narrator
                    elif narration == "first" and narrator and low in FIRST_PLURAL:
                        near = [x for x in an.recent(vpos, 3) if x != narrator]
                        # "Anselm built her the year we married": the sentence's named
                        # subject before the nearer object
                        subj = [toks[x.i] for x in t.sent if x.i < t.i and x.dep_ in ("nsubj", "nsubjpass")
                                and x.pos_ == "PROPN" and toks.get(x.i) in near]
                        other = subj[-1:] or near[:1]
                        if other:
                            groups[t.i] = (narrator, other[0])
                # a capitalised alias is a name even when the tagger calls it a verb
                # ("Willow and Tara are dating"); "Will" the auxiliary is not
                if c is None and alias_first and t.text in alias_first and t.pos_ not in ("AUX", "ADP", "DET"):
                    for words, cid in alias_first[t.text]:
                        if [x.text for x in sdoc[t.i:t.i + len(words)]] == words:
                            span = sdoc[t.i:t.i + len(words)]
                            toks[span.root.i] = cid
                            an.order_pos.append(vpos)
                            an.order_char.append(cid)
                            if cid in gender:
                                last_by_gender[gender[cid]] = cid
                            skip_to = t.i + len(words)
                            break
                    if skip_to > t.i:
                        continue
                if c is None and not has_pron and low in THIRD and q is None:
                    cand = last_by_gender.get(THIRD[low])
                    narrator, narration = an.section(vpos)
                    if narration == "first" and cand == narrator:
                        # he/she in first-person narration is never the narrator
                        cand = next((x for x in an.recent(vpos, 4) if gender.get(x) == THIRD[low]
                                     and x != narrator), None)
                    # "Willow kissed her": an object pronoun is not its own verb's subject;
                    # "Joyce, her mother": nor is a possessive the name it is in apposition to
                    if cand and ((t.dep_ in ("dobj", "pobj", "dative") and cand in _subjects(t, toks))
                                 or (t.dep_ == "poss" and t.head.dep_ == "appos" and toks.get(t.head.head.i) == cand)
                                 or (t.dep_ == "poss" and t.head.dep_ == "attr" and cand in _subjects(t.head, toks))):
                        cand = next((x for x in an.recent(vpos, 4) if gender.get(x) == THIRD[low] and x != cand), None)
                    c = cand
                if c is not None:
                    toks[t.i] = c
            if c is not None:
                an.order_pos.append(vpos)
                an.order_char.append(c)
                if c in gender:
                    last_by_gender[gender[c]] = c
    return an


def _subjects(t, toks: dict[int, str]) -> set:
    """Characters that are subjects of the verb governing token t."""
    v = t.head
    while v.dep_ in ("prep", "pobj", "dobj", "poss") and v.head is not v:
        v = v.head
    for _ in range(3):
        subj = {toks.get(ch.i) for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")}
        # "she turned and kissed her": a conjoined verb shares the subject; an embedded
        # one ("asked Anya to marry him") does not bind the pronoun
        if subj or v.dep_ != "conj" or v.head is v:
            return subj
        v = v.head
    return set()
