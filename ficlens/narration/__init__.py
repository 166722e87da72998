"""Narration: who tells each part of the story (issue #5).

1. Cut the work into candidate stretches at chapters, parts, scene breaks, POV headers
   and wide blank-line gaps.
2. Give each stretch its narrative person from the narration outside quotes (rates of
   I/me/my, you, he/she per 100 words), so dialogue full of "I" never makes a
   third-person story first-person.
3. Name the narrator of each first-person stretch: the POV header; else evidence
   (others addressing the narrator, self-naming, exclusion of everyone the narration
   speaks of in the third person, relations named) weighed against continuity with the
   previous narrator; a stretch whose evidence excludes every earlier narrator and names
   no one gets a new unnamed narrator. Against a known teller with no evidence of their
   own: the narrator's own gender ("I am not a woman who"), a relation of theirs ("Dad")
   now spoken of as "her father", and, in a work whose tellers already change at breaks,
   a part that talks with people but names none of the cast (an outsider's part).
   A letter that makes up a part names its writer by its signature ("— Hollis").
4. Third-person stretches: the focal character when one character clearly dominates
   the perception and cognition verbs.
5. Merge neighbours told the same way, write doc.sections, and one NARR mention per
   I/me/my/mine/myself outside quotes in first-person sections.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ficlens.config import Config
from ficlens.document import Character, Document, Mention, Section
from ficlens.ingest.structure import pov_name
from ficlens.narration.features import (
    KIN_NAMES, KIN_WORD, NOT_NAMES, TIME_WORDS, TITLES, BlockFeat, Cast, SpanIndex, block_features, clean_name,
    ASK_NAME, VOC_END, VOC_START, VOC_WHOLE, beat_on_relative, quote_evidence, quote_spans, sent_starts, stated_siblings,
)

# thresholds (per 100 narration words), tuned on the fan-fiction dev set and PDNC dev
FIRST_RATE = 1.2          # I/me/my (+ half of we/us/our) at or above: first person
SECOND_RATE = 2.0         # you/your at or above, and above the first-person rate: second
SPLIT_MIN = 150           # words on each side of an unmarked change of person ...
SPLIT_FIRST = 3.0         # ... one side at least this first-person rate ...
SPLIT_THIRD = 0.3         # ... the other at most this
TINY = 15                 # stretches with fewer words and no header join the next one
SHORT = 40                # stretches with fewer narration words borrow a neighbour's person
NOVEL_SECTIONS = 6        # in a work cut into this many stretches or more ...
NOVEL_FIRST_RATE = 2.0    # ... a lone first-person stretch among third needs this rate
# second person: the name "you" is called by, net of third-person uses, must reach this
# and lead the next by this much
YOU_MIN = 1.5
YOU_MARGIN = 1.0
# narrator evidence weights
W_EXCLUDE = 1.5           # per third-person use of a name in the narration (capped)
EXCLUDE_CAP = 4
W_CONTINUE = 1.0          # same narrator as the previous first-person stretch
W_CONTINUE_UNNAMED = 0.9  # ... when that narrator is unnamed (a name found wins ties)
W_CONTINUE_SWITCHING = 0.5  # ... across a break in a work whose narrators have already changed
W_CONTINUE_LEN = 500      # ... plus one per this many narration words
W_CONTINUE_LEN_CAP = 8.0
W_TITLED = 2.5            # "Chapter 2: Priya"
W_SOLE = 0.6              # the one character met so far whom nothing rules out
W_RETURN = 0.5            # a narrator seen earlier (not the previous one)
W_VOC_TAGGED = 1.5        # vocative in a line a speech tag gives to someone else
W_CONTINUE_STRANGER = 0.25  # ... from a stranger's part (an interlude: the telling goes back)
W_VOC_BEAT = 0.75         # ... that follows a paragraph of another's action
W_VOC_TURN = 1.0          # vocative in a line that answers the narrator's line
W_SIGNED = 3.0            # a letter that makes up the section is signed with this name
W_GENDER = 3.0            # the narrator's own gender ("I am not a woman who") against a candidate's
W_KIN = 0.5               # "Dad"/"Gran" as a name, as in that earlier narrator's telling
W_SIBLING = 1.5           # "my sister, X" in a part, and the story made Y X's brother: Y
W_NOTE = 2.0              # the author's note says who tells it: "Emrys narrates", "Tam's POV throughout"
W_KIN_CHANGE = 1.0        # ... the same relation now "her father": not that narrator's family
STRANGER_QUOTES = 2       # lines of dialogue in a part that names no one of the cast
STRANGER_HEADED_WORDS = 60  # ... and its narration words, after an unheaded break in a headed work
SOLE_FREQ = 3             # uses of a name that make its bearer a possible teller of a part
POOL_MIN = 1.5            # evidence summed over an unnamed narrator's stretches to name them
FOCAL_MIN = 3             # perception verbs for a focal character ...
FOCAL_RATIO = 2.0         # ... and this many times the runner-up's


@dataclass
class Stretch:
    blocks: list[int] = field(default_factory=list)     # every block index, markers included
    text_blocks: list[int] = field(default_factory=list)
    header: Optional[str] = None                         # POV header label
    generic: Optional[str] = None                        # "Normal POV": a header naming no one
    titled: Optional[str] = None                         # "Chapter 2: Priya": a name as title
    opener: str = "start"                                # start | chapter | break | pov | gap
    narration: str = "third"
    confident: bool = True
    fpr: float = 0.0                                     # I/me/my per 100 narration words
    narrator: Optional[str] = None                       # label (key) until characters exist
    focal: Optional[str] = None
    evidence: list[str] = field(default_factory=list)
    letter: bool = False                                 # a letter or diary entry, whole
    outsider: bool = False                               # "Outsider POV": a teller outside the cast
    stranger: bool = False                               # an unnamed teller met only in passing
    gender: Optional[str] = None                         # the teller's own gender, when the part says


TITLE_RE = re.compile(TITLES)
POV_WORD = re.compile(r"\b(?:POV|P\.O\.V|[Pp]ov|[Pp]erspective|PERSPECTIVE|[Pp]oint [Oo]f [Vv]iew|POINT OF VIEW)\b")
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u2014\u2013-(_*"


def _resolver(doc: Document):
    """name string -> character id or None, through the characters stage's alias table
    when it is there, else by comparing with names and aliases ourselves."""
    try:
        from ficlens.characters.names import resolve_name  # type: ignore
    except Exception:
        resolve_name = None

    def norm(s: str) -> str:
        s = s.replace("\u2019", "'").casefold()
        s = re.sub(r"'s?$", "", s.strip())
        s = re.sub(r"[^\w'\- ]", " ", s)
        return " ".join(s.split())

    def resolve(name: str) -> Optional[str]:
        if resolve_name is not None:
            try:
                cid = resolve_name(doc, name)
            except Exception:
                cid = None
            if cid:
                return cid
        n = norm(name)
        if not n:
            return None
        exact, first = forms()
        if n in exact:
            return exact[n]
        hits = first.get(n, set())
        return next(iter(hits)) if len(hits) == 1 else None

    table: dict = {}

    def forms():
        """norm alias -> id, and first word -> ids; rebuilt when characters are added."""
        if table.get("n") != len(doc.characters):
            exact: dict[str, str] = {}
            first: dict[str, set] = {}
            for c in doc.characters:
                for a in [c.name, *c.aliases]:
                    f = norm(a) if a else ""
                    if not f:
                        continue
                    exact.setdefault(f, c.id)
                    if c.named:
                        first.setdefault(f.split()[0], set()).add(c.id)
            table.update(n=len(doc.characters), exact=exact, first=first)
        return table["exact"], table["first"]

    return resolve


def _gaps(doc: Document) -> set[int]:
    """Indices of blocks preceded by a wider blank-line gap than the work's usual one."""
    blocks = doc.blocks
    seps = []
    for a, b in zip(blocks, blocks[1:]):
        seps.append(doc.view.count("\n", a.vend, b.vstart))
    if not seps:
        return set()
    usual = Counter(seps).most_common(1)[0][0]
    wide = [i + 1 for i, n in enumerate(seps) if n >= usual + 2]
    # a work that separates everything irregularly has no usable gaps
    if len(wide) > max(2, 0.05 * len(seps)):
        return set()
    return set(wide)


def _stretches(doc: Document, header_ok) -> list[Stretch]:
    gaps = _gaps(doc)
    out: list[Stretch] = [Stretch()]
    for b in doc.blocks:
        cur = out[-1]
        marker = b.kind in ("chapter", "break", "pov")
        if (marker or (b.kind == "text" and b.index in gaps)) and cur.text_blocks:
            cur = Stretch(opener=b.kind if marker else "gap")
            out.append(cur)
        elif marker and cur.opener == "start" and not cur.text_blocks and b.kind != "pov":
            cur.opener = b.kind
        cur.blocks.append(b.index)
        if b.kind == "pov" and header_ok(doc.view[b.vstart:b.vend], b.label or ""):
            _set_header(cur, b.label or "")
        elif b.kind == "chapter" and b.label:
            rest = CHAPTER_HEAD.sub("", b.label).strip()
            name = pov_name(rest) if rest else None
            if name:
                _set_header(cur, name)       # "Chapter 3 - Buffy's POV"
            elif rest and re.fullmatch(r"[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*)?", rest):
                cur.titled = rest     # kept only if it names a known character
        elif b.kind == "text":
            cur.text_blocks.append(b.index)
    if len(out) > 1 and not out[-1].text_blocks:
        # trailing markers (a final break, "The End" header) join the last stretch
        out[-2].blocks.extend(out.pop().blocks)
    return out


# labels of POV headers that name no character: the narration is not anyone's
GENERIC_POV = frozenset("""
normal general third 3rd first 1st second 2nd omniscient author author's narrator narrator's
nobody nobody's no one everyone everyone's everybody regular neutral unknown mystery random
outside other others original main multiple mixed alternating switching various team
""".split())
# ... and of those, the ones that say a teller outside the cast tells the part
OUTSIDER_POV = frozenset("""
outsider outsider's outsiders outsiders' stranger stranger's bystander bystander's observer
observer's witness witness's anonymous unnamed unknown mystery
""".split())
CHAPTER_HEAD = re.compile(
    r"^[\s*~=#\[(-]*(?:chapter|chap\.?|ch\.?|part|book|volume|vol\.?|act|prologue|epilogue|interlude)"
    r"\s*(?:\d+(?:\.\d+)?|[IVXLC]+|[a-z]+(?:[\s-][a-z]+)?)?\s*(?:[:.\-–—|/)]\s*)?", re.IGNORECASE)


_NAME_W = r"[A-Z][a-z][\w'’-]*"
_NOTE_TELLER = re.compile(
    rf"\b(?:(?P<a>{_NAME_W})\s+narrates\b"
    rf"|narrated\s+by\s+(?P<b>{_NAME_W})"
    rf"|(?:told\s+)?(?:from|in)\s+(?P<c>{_NAME_W})['’]s?\s+(?:POV|pov|point\s+of\s+view|perspective)"
    rf"|(?P<d>{_NAME_W})['’]s?\s+(?:POV|pov|point\s+of\s+view)\s+throughout)")


def note_tellers(doc: Document) -> set[str]:
    """The names an author's note gives as the teller ("Emrys narrates", "narrated by Wren",
    "told from Tam's POV", "Bea's POV throughout")."""
    out = set()
    for b in doc.blocks:
        if b.kind == "note":
            for m in _NOTE_TELLER.finditer(doc.view[b.vstart:b.vend]):
                out.add(next(g for g in m.groups() if g))
    return out


def _set_header(st: "Stretch", label: str) -> None:
    name = clean_name(label)
    if not name:
        return
    first = name.split()[0].lower()
    if name.lower() in GENERIC_POV or first in GENERIC_POV or first in OUTSIDER_POV:
        st.generic = name
        st.header = None
        st.outsider = first in OUTSIDER_POV
    else:
        st.header = name


def _fold_tiny(stretches: list[Stretch], feats: dict[int, BlockFeat]) -> list[Stretch]:
    """A stretch of a few words with no header (a title, an epigraph line, a lone
    "Later." between breaks) joins the next stretch instead of standing alone."""
    out: list[Stretch] = []
    carry: Optional[Stretch] = None
    for st in stretches:
        if carry is not None:
            st.blocks = carry.blocks + st.blocks
            st.text_blocks = carry.text_blocks + st.text_blocks
            st.header = st.header or carry.header
            st.generic = st.generic or carry.generic
            st.outsider = st.outsider or carry.outsider
            st.titled = st.titled or carry.titled
            st.opener = carry.opener
            carry = None
        words = sum(feats[i].n_tok for i in st.text_blocks)
        if words < TINY and st.header is None and st.generic is None:
            carry = st
            continue
        out.append(st)
    if carry is not None:
        if out:
            out[-1].blocks.extend(carry.blocks)
            out[-1].text_blocks.extend(carry.text_blocks)
        else:
            out.append(carry)
    return out


def _split_unmarked(stretches: list[Stretch], feats: dict[int, BlockFeat]) -> list[Stretch]:
    """A change of person with no marker at all (a third-person opening, then "I"): split
    a stretch where the narration before and after are each long and clearly of a
    different person, at the paragraph that best separates them; then each side again
    (second person, first, then second again, with no break between)."""
    out: list[Stretch] = []
    for st in stretches:
        tb = st.text_blocks
        if len(tb) < 4:
            out.append(st)
            continue
        n = [feats[i].n_tok for i in tb]
        fp = [feats[i].fp + 0.5 * feats[i].fpl for i in tb]
        tot_n, tot_fp = sum(n), sum(fp)
        best, best_gap = None, 0.0
        cn = cfp = 0.0
        for k in range(1, len(tb)):
            cn += n[k - 1]
            cfp += fp[k - 1]
            rn, rfp = tot_n - cn, tot_fp - cfp
            if cn < SPLIT_MIN or rn < SPLIT_MIN:
                continue
            a, b = 100.0 * cfp / cn, 100.0 * rfp / rn
            lo, hi = min(a, b), max(a, b)
            if hi >= SPLIT_FIRST and lo <= SPLIT_THIRD and hi - lo > best_gap:
                best, best_gap = k, hi - lo
        if best is None:
            out.append(st)
            continue
        cut = st.blocks.index(tb[best])
        head = Stretch(blocks=st.blocks[:cut], text_blocks=tb[:best], header=st.header,
                       opener=st.opener, generic=st.generic, titled=st.titled, outsider=st.outsider)
        tail = Stretch(blocks=st.blocks[cut:], text_blocks=tb[best:], opener="shift")
        tail.evidence.append("narrative person changes here with no marker")
        out.extend(_split_unmarked([head, tail], feats))
    return out


def _person(st: Stretch, feats: dict[int, BlockFeat]) -> tuple[str, bool, float, float]:
    n = fp = fpl = sp = tp = 0
    for i in st.text_blocks:
        f = feats[i]
        n, fp, fpl, sp, tp = n + f.n_tok, fp + f.fp, fpl + f.fpl, sp + f.sp, tp + f.tp
    if n == 0:
        return "third", False, 0.0, 0.0
    fpr = 100.0 * (fp + 0.5 * fpl) / n
    spr = 100.0 * sp / n
    if spr >= SECOND_RATE and spr > 1.2 * fpr:
        kind = "second"
    elif fpr >= FIRST_RATE:
        kind = "first"
    else:
        kind = "third"
    confident = (n >= SHORT or (kind == "first" and fp >= 2 and n >= TINY)
                 or (kind == "third" and (tp >= 3 or (fp == 0 and n >= 20))))
    return kind, confident, fpr, spr


def run(doc: Document, cfg: Config) -> None:
    resolve = _resolver(doc)
    qidx = SpanIndex(quote_spans(doc))

    # words that behave like names in this work (propn[w] >= 2): tagged PROPN twice,
    # capitalised mid-sentence twice, or a rare name; and every word of a known
    # character's names
    propn: Counter = Counter()
    midcap: Counter = Counter()       # capitalised away from a sentence start
    capcount: Counter = Counter()
    lower_seen: set[str] = set()
    pairs: list[tuple[str, str]] = []     # (word before, PROPN) for "Will Okafor"
    for bi, sdoc in doc.parses.items():
        starts = sent_starts(sdoc)
        vstart = doc.blocks[bi].vstart
        prev = prev2 = None
        for t in sdoc:
            text = t.text
            if t.is_lower:
                lower_seen.add(text)
            elif text[:1].isupper():
                capcount[text] += 1
                if t.pos_ == "PROPN":
                    propn[text] += 1
                    if prev is not None and prev[:1].isupper() and not (prev2 or "")[:1].isupper():
                        pairs.append((prev, text))
                # mid-sentence, and not the first word of a quote ('"Stop," she said')
                if (t.i not in starts and t.is_alpha and t.idx > 0
                        and doc.view[vstart + t.idx - 1] not in QUOTE_MARKS):
                    midcap[text] += 1
            prev2, prev = prev, text
    firsts: dict[str, set[str]] = {}  # "Okafor" -> {"Will"} from "Will Okafor"
    for p, w in pairs:
        if midcap[p] >= 2 and not TITLE_RE.fullmatch(p) and p != w:
            firsts.setdefault(w, set()).add(p)
    # a surname used with one given name only stands for that person (not for a family)
    # (the cast's full names count too: "Joos Vantongeren" and "Odile Vantongeren" share it)
    bearers = Counter(w for c in doc.characters if c.named
                      for w in {a.split()[-1] for a in c.forms if len(a.split()) > 1})
    surname = {w: next(iter(fs)) for w, fs in firsts.items() if len(fs) == 1 and bearers[w] < 2}
    known = Cast()
    for c in doc.characters:
        if c.named:
            for a in [c.name, *c.aliases]:
                known.update(w.lower().strip("'’.") for w in (a or "").split())
    # a character known by a title alone ("the Captain" of a crew that never names her): the
    # title is their name; not one with a name of their own ("Captain Varga")
    known.titles = frozenset(c.name.lower().rstrip(".") for c in doc.characters
                             if c.named and c.name and TITLE_RE.fullmatch(c.name))
    # a rare name: capitalised twice, once as a name, never written in lower case
    for w, c in capcount.items():
        if midcap[w] >= 2 or (c >= 2 and (propn[w] or midcap[w]) and w.lower() not in lower_seen):
            propn[w] = max(propn[w], 2)

    feats: dict[int, BlockFeat] = {}
    called: Optional[tuple[BlockFeat, Counter]] = None    # the last line's calls, by someone else
    prev_cls: Optional[str] = None
    prev_beat: Optional[str] = None
    prev_text: Optional[int] = None      # the narration paragraph that set prev_beat
    prev_last = False
    asked_who = False
    turns: list = []     # (feat, pos gain, neg gain) of the untagged lines of the current talk
    for b in doc.blocks:
        if b.kind != "text":
            if b.kind in ("chapter", "break", "pov"):
                prev_cls = prev_beat = called = None
                asked_who = False
                turns = []
            continue
        f = block_features(doc, b, qidx, propn, known)
        feats[b.index] = f
        if f.has_quote:
            cls, weight = f.speaker, (W_VOC_TAGGED if f.tagged else W_VOC_TURN)
            if cls is None and prev_cls is not None:
                # an untagged line answers the line before it (two-party turn taking)
                cls, weight = ("other" if prev_cls == "narr" else "narr"), W_VOC_TURN
            elif cls is None and prev_beat == "narr" and prev_last:
                # an untagged line right after the teller's own action ("He went still.
                # So did I.") is the teller's, and the turns alternate from it
                cls, weight = "narr", W_VOC_TURN
            elif cls is None and prev_beat == "other":
                # an untagged line right after a paragraph of someone else's action
                # ("Bertil came in ...") is most often theirs: a weak cue, kept apart and
                # counted once per part (a crowded scene has many such lines); not when
                # that action was done to the teller's relative ("my mother retied my
                # father's tie" / "Clem. Tie."): the call is to the relative
                before = Counter(f.pos)
                if not beat_on_relative(doc.parses.get(prev_text)):
                    quote_evidence(doc, f, b, qidx, "other", W_VOC_BEAT, propn, known)
                f.beat_pos = f.pos - before
                f.pos = before
                prev_cls = "other"
                prev_beat = None
                continue
            before, before_neg = Counter(f.pos), Counter(f.neg)
            quote_evidence(doc, f, b, qidx, cls, weight, propn, known, asked_who=asked_who)
            gain = f.pos - before
            if not f.tagged:
                # read off the turns alone: undone if the teller turns out to have only
                # been listening to the two of them
                turns.append((f, gain, f.neg - before_neg))
            if called is not None and cls == "other" and f.tagged and f.reply:
                # '"Not over, Rell!" he shouted. / "It never is, Inspector!" she shouted
                # back': two others call each other; neither call names the teller
                for g, g_gain in (called, (f, gain)):
                    g.pos = g.pos - g_gain
                gain = Counter()
            called = (f, gain) if cls == "other" else None
            asked_who = cls == "other" and any(ASK_NAME.search(doc.view[s:e]) for s, e in qidx.within(b.vstart, b.vend))
            prev_cls = cls
            prev_beat = None
        else:
            if turns and _overheard(doc.parses.get(b.index)):
                # "I stood in the doorway and listened to them": the untagged lines were
                # two others talking, not the teller's own turns
                for g, g_pos, g_neg in turns:
                    g.pos = g.pos - g_pos
                    g.neg = g.neg - g_neg
            turns = []
            called = None
            prev_cls = None
            prev_beat = f.beat     # a question stays open over a line of narration
            prev_last = f.beat_last
            prev_text = b.index

    def header_ok(line: str, label: str) -> bool:
        """An explicit POV header ("Willow POV") always names its teller; a bare or
        decorated line ("~Xander~", "WILLOW") only when it is a character's name, not a
        chapter subtitle ("THE INQUEST", "[Illustration]")."""
        if POV_WORD.search(line):
            return True
        name = clean_name(label)
        if not name:
            return False
        if resolve(name):
            return True
        stripped = line.strip()
        if (re.fullmatch(r"[A-Z][a-z][\w'’\-]*", name) and stripped[:1] in "~*=-–—_#"
                and name.lower() not in NOT_NAMES and name.lower() not in TIME_WORDS):
            return True       # "~Xander~": one name between ornaments
        words = [w[:1].upper() + w[1:].lower() if w.isupper() else w for w in name.split()]
        return all(w.lower() not in NOT_NAMES and (propn.get(w, 0) >= 2 or w.lower() in known)
                   for w in words)

    stretches = _split_unmarked(_fold_tiny(_stretches(doc, header_ok), feats), feats)
    for st in stretches:
        st.narration, st.confident, st.fpr, spr = _person(st, feats)
        st.evidence.append(f"I/me/my {st.fpr:.1f}, you {spr:.1f} per 100 narration words")
    _smooth_person(stretches)
    _assign_narrators(doc, stretches, feats, resolve, surname)
    _assign_focal(doc, stretches, feats, resolve)
    _assign_you(doc, stretches, feats, resolve, qidx)
    _write(doc, stretches, feats)


def _smooth_person(stretches: list[Stretch]) -> None:
    """Short stretches borrow their person from the nearest confident one; in a long work
    told in the third person, a lone first-person chapter needs a higher rate (letters,
    a narrator's aside)."""
    conf = [i for i, s in enumerate(stretches) if s.confident]
    for i, s in enumerate(stretches):
        if s.confident or not conf:
            continue
        j = max((k for k in conf if k < i), default=None)
        if j is None:
            j = min(k for k in conf if k > i)
        if s.header is None or s.narration == "third":
            s.narration = stretches[j].narration
            s.evidence.append("too short to tell; person of its neighbour")
    if len(stretches) >= NOVEL_SECTIONS:
        kinds = Counter(s.narration for s in stretches)
        if kinds["third"] >= 0.8 * len(stretches):
            for s in stretches:
                if s.narration == "first" and s.header is None:
                    if s.fpr < NOVEL_FIRST_RATE:
                        s.narration = "third"
                        s.evidence.append("first-person rate too low for a lone stretch in a third-person work")


# ------------------------------------------------------------------ narrators ----------

def _raw_key(name: str, surname: dict[str, str], seen: list[str]) -> str:
    """A name no character resolves to -> a stable key: the given name ("Will Okafor",
    "Okafor" -> "?will"), and a truncation shares its full form's key ("Bea", "Beatrix")."""
    words = [w for w in name.split() if not TITLE_RE.fullmatch(w)] or name.split()
    w = words[0]
    if len(words) == 1 and w in surname:
        w = surname[w]
    k = w.lower()
    for other in seen:
        o = other[1:]
        if len(k) >= 3 and len(o) >= 3 and (o.startswith(k) or k.startswith(o)):
            return other
    return "?" + k


def _loose_resolve(doc: Document, name: str, resolve) -> Optional[str]:
    """A form the cast does not list: a full name whose given name is a character's
    ("Linnea Sorensen" for Linnea), or the long form of a character's short name
    ("Beatrix" for Bea) when exactly one character fits."""
    words = [w for w in name.split() if not TITLE_RE.fullmatch(w)]
    if len(words) > 1:
        cid = resolve(words[0])
        if cid:
            return cid
    if len(words) != 1 or len(words[0]) < 4:
        return None
    w = words[0].lower()
    hits = set()
    short = _short_forms(doc)
    for k in range(1, len(w)):       # the one-word names that start w (an index, not a scan)
        for a, cid in short.get(w[:k], ()):
            if (len(a) >= 3 and a.lower() != w and w.startswith(a.lower())
                    and len(w) - len(a) <= 5):      # "Beatrix" for Bea, not "Willowbrook" for Will
                hits.add(cid)
    return next(iter(hits)) if len(hits) == 1 else None


def _short_forms(doc: Document) -> dict[str, list[tuple[str, str]]]:
    """Lower-cased one-word names and aliases of named characters -> (the word, id),
    rebuilt when the characters change (the alias table's signature)."""
    from ficlens.characters.names import _signature

    sig = _signature(doc)
    cached = doc.__dict__.get("_narr_short_forms")
    if cached is not None and cached[0] == sig:
        return cached[1]
    out: dict[str, list[tuple[str, str]]] = {}
    for c in doc.characters:
        if not c.named:
            continue
        for a in [c.name, *c.aliases]:
            a = (a or "").split()
            if len(a) == 1:
                out.setdefault(a[0].lower(), []).append((a[0], c.id))
    doc.__dict__["_narr_short_forms"] = (sig, out)
    return out


def _note_writer(doc: Document, n: str, key) -> Optional[str]:
    """The character who signed a note: by name, or by an initial only one named
    character's name starts with."""
    if len(n) > 1:
        k = key(n)
        return k if doc.character(k) is not None else None
    hits = [c.id for c in doc.characters if c.named and c.name
            and any(w[:1] == n for w in [c.name.split()[0], *c.aliases] if w)
            and not all((a or "").lower() in KIN_NAMES for a in [c.name, *c.aliases])]
    return hits[0] if len(hits) == 1 else None


def _kin_only(doc: Document, k: str, display: dict[str, str]) -> bool:
    """A character whose every name is a kin word ("Gran", "Dad")."""
    c = doc.character(k)
    forms = [c.name, *c.aliases] if c is not None else [display.get(k) or k.lstrip("?")]
    return all((f or "").lower().strip("'’") in KIN_NAMES for f in forms)


def _gender_of(c: Optional[Character]) -> Optional[str]:
    p = (c.pronouns or "") if c is not None else ""
    return "f" if p.startswith("she") else "m" if p.startswith("he") else None


_LISTEN = frozenset({"listen", "overhear", "eavesdrop", "watch"})


def _overheard(sdoc) -> bool:
    """A paragraph where the teller listens to or watches "them" ("I stood in the doorway
    and listened to them for a bit"): the talk before it was between two others."""
    if sdoc is None:
        return False
    for t in sdoc:
        if t.lemma_.lower() not in _LISTEN or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"] or \
            ([c for c in t.head.children if c.dep_ == "nsubj"] if t.dep_ == "conj" else [])
        objs = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children] + \
            [c for c in t.children if c.dep_ == "dobj"]
        if any(x.lower_ == "i" for x in subj) and any(o.lower_ == "them" for o in objs):
            return True
    return False


def _assign_narrators(doc: Document, stretches: list[Stretch], feats: dict[int, BlockFeat],
                      resolve, surname: dict[str, str]) -> None:
    keymemo: dict[str, str] = {}
    display: dict[str, str] = {}
    raw_keys: dict[str, None] = {}      # "?name" keys in creation order: the first that matches wins

    def key(name: str) -> str:
        if name not in keymemo:
            if name in surname and name not in surname.values():
                # one key for "Will" and "Okafor" even when the cast keeps them apart
                keymemo[name] = key(surname[name])
                return keymemo[name]
            cid = resolve(name) or _loose_resolve(doc, name, resolve) or _stated_short_form(doc, name)
            if cid is None:
                cid = _raw_key(name, surname, list(raw_keys))
            keymemo[name] = cid
            if cid.startswith("?"):
                raw_keys.setdefault(cid)
            if len(name) > len(display.get(cid, "")):
                display[cid] = name
        return keymemo[name]

    # how often each name is used in the whole work (who is a character worth considering)
    freq: Counter = Counter()
    for f in feats.values():
        for n, c in list(f.names.items()) + list(f.qnames.items()):
            if c > 0:
                freq[key(n)] += c
    siblings: dict[str, set] = {}
    for a, b in stated_siblings(doc.view):
        ka, kb = key(a), key(b)
        if ka != kb and not ka.startswith("?") and not kb.startswith("?"):
            siblings.setdefault(ka, set()).add(kb)
            siblings.setdefault(kb, set()).add(ka)
    # the author's note names the one teller of the work ("Notes: Emrys narrates."): a
    # part with no header of its own leans to them
    told = {key(n) for n in note_tellers(doc)}
    note_teller = told.pop() if len(told) == 1 else None
    if note_teller is not None and note_teller.startswith("?"):
        note_teller = None
    seen: set[str] = set()
    unnamed = 0
    strangers: set[str] = set()          # unnamed tellers of a part that names none of the cast
    used: list[str] = []
    prev: Optional[str] = None
    headers: list[str] = []
    unheaded_start: Optional[bool] = None    # the first first-person part had no header
    per_stretch: list[tuple[Counter, Counter]] = []
    by_letter: set[str] = set()          # tellers met only as the writers of letters
    first_seen: dict[str, int] = {}      # name key -> the stretch where it is first met
    kin_of: dict[str, set] = {}          # narrator -> relations called "Dad", "Gran" in their telling
    my_kin_of: dict[str, set] = {}       # narrator -> "my husband", "my son" in their telling
    last_neg: dict[str, Counter] = {}    # narrator -> who their latest part ruled out
    for st in stretches:
        pos: Counter = Counter()
        neg: Counter = Counter()
        for i in st.text_blocks:
            f = feats[i]
            for n, w in f.pos.items():
                pos[key(n)] += w
            for n, w in f.neg.items():
                neg[key(n)] += w
            for n, c in f.names.items():
                if c > 0:
                    neg[key(n)] += c * W_EXCLUDE
        for k in neg:
            neg[k] = min(neg[k], W_EXCLUDE * EXCLUDE_CAP + 3.0)
        # "My sister, Bettany": the teller is the one the text made Bettany's brother
        for i in st.text_blocks:
            for n in feats[i].sibling_of:
                for y in siblings.get(key(n), ()):
                    pos[y] += W_SIBLING
                    feats[i].why.append((display.get(y, y), f"{n}'s sibling, as the story states"))
        if note_teller is not None and not st.header:
            pos[note_teller] += W_NOTE
            st.evidence.append(f"the author's note names {display.get(note_teller, note_teller)!r} as the teller")
        beat_keys = dict.fromkeys(key(n) for i in st.text_blocks for n in feats[i].beat_pos)
        for k in beat_keys:
            pos[k] += W_VOC_BEAT
        # (not when its narration speaks of that one in the third person: "Chapter 1:
        # Gertrude" over "Gertrude had not flowered in nine years" names its subject)
        if st.titled and resolve(st.titled) and not any(
                c > 0 and key(n) == key(st.titled) for i in st.text_blocks for n, c in feats[i].names.items()):
            # a chapter titled with a character's name, in a first-person work, is
            # usually that character's telling
            pos[key(st.titled)] += W_TITLED
            st.evidence.append(f"chapter title names {st.titled!r}")
        # a letter that is the whole section: "Dear Mara," at its head or its signature
        # closing it names the writer
        tb = st.text_blocks
        letter = bool(tb) and feats[tb[0]].salute is not None
        if letter:
            neg[key(feats[tb[0]].salute)] += W_EXCLUDE      # written to them, not by them
        talk = any(feats[i].has_quote for i in tb)
        for i in tb:
            sig = feats[i].signed
            # a signature closing a part with no dialogue; a note quoted at the end of a
            # scene ("I found it on the pillow ... — Jess") is not the narrator's
            if sig and (letter or (i == tb[-1] and not talk)):
                pos[key(sig)] += W_SIGNED
                letter = True
        st.letter = letter
        if not letter:
            # a note in the part signed by someone ("... – S."): written to the teller
            for i in tb:
                k = _note_writer(doc, feats[i].note_by, key) if feats[i].note_by else None
                if k:
                    neg[k] += W_EXCLUDE
        per_stretch.append((pos, neg))
        # the cast this part speaks of, in narration or dialogue, before it is added to `seen`
        met = [(key(n), n) for i in tb for n, c in [*feats[i].names.items(), *feats[i].qnames.items()] if c > 0]
        cast_here = {k for k, _ in met} | {k for k, w in pos.items() if w > 0}
        cast_here = {k for k in cast_here if doc.character(k) is not None and doc.character(k).named}
        # a character met here only by a bare title ("the Captain") is named by no one: an
        # outsider's telling speaks of people by their roles
        untitled = {k for k, n in met if not TITLE_RE.fullmatch(n)}
        titled_only = cast_here - untitled
        # a name learned on meeting ("he said his name was Idris") is no tie to the cast
        intro = {key(n) for i in tb for n in feats[i].intro}
        cast_here -= {k for k in intro if pos.get(k, 0.0) <= 0}
        described = sum(feats[i].described for i in tb)
        kin_my = set().union(*(feats[i].kin_my for i in tb)) if tb else set()
        for i in st.text_blocks:
            for n in list(feats[i].names) + list(feats[i].qnames):
                first_seen.setdefault(key(n), len(per_stretch) - 1)
            seen.update(key(n) for n in feats[i].names)
            seen.update(key(n) for n in feats[i].qnames)
        if st.narration != "first":
            continue
        if unheaded_start is None:
            unheaded_start = not st.header
        if st.header:
            k = key(st.header)
            st.narrator = k
            st.evidence.append(f"POV header {st.header!r}")
            headers.append(k)
        else:
            cands: dict[str, float] = {}
            for k, w in pos.items():
                if w > 0:
                    cands[k] = w - neg.get(k, 0.0)
            for k in used:
                cands.setdefault(k, -neg.get(k, 0.0) + pos.get(k, 0.0))
                if k != prev and (not k.startswith("#") or kin_my & my_kin_of.get(k, set())):
                    # an earlier unnamed teller returns only on evidence of their own (the
                    # same "my husband"): two nameless tellers are not one by default
                    cands[k] += W_RETURN
            # a long chapter holds many calls to many people: switching away from the
            # narrator needs evidence in proportion to its length
            words = sum(feats[i].n_tok for i in st.text_blocks)
            cont_len = min(W_CONTINUE_LEN_CAP, words / W_CONTINUE_LEN)
            named_before = {k for k in used if not k.startswith("#") and k not in by_letter}
            # a break in a work whose tellers change silently may change the teller; in a
            # work that heads its tellers' parts, a break with no header does not (a work
            # whose first telling had no header heads only some of its switches)
            broken = st.opener in ("break", "gap", "chapter") and (not headers or unheaded_start)
            if prev is not None:
                w_cont = (W_CONTINUE_STRANGER if prev in strangers and broken else
                          W_CONTINUE_UNNAMED if prev.startswith("#") else
                          W_CONTINUE_SWITCHING if broken and len(named_before) >= 2 else W_CONTINUE)
                if prev.startswith("#") and broken:
                    # the unnamed teller before spoke of someone in the third person whom
                    # this part addresses as its teller: that evidence is against going on
                    ruled = last_neg.get(prev, Counter())
                    w_cont -= max((w for k, w in pos.items() if ruled.get(k, 0.0) > 0), default=0.0)
                cands[prev] = cands.get(prev, -neg.get(prev, 0.0) + pos.get(prev, 0.0)) + w_cont + cont_len
            # a silent switch: when the previous narrator is ruled out and one character
            # already met is all that remains, that character is the likeliest teller
            sole = None
            if prev is not None and neg.get(prev, 0.0) > 0 and not any(v > 0 for v in pos.values()):
                # not someone known only as a relation ("Gran", "Dad"): a teller is a person
                # the story names
                left = [k for k in seen if freq[k] >= 2 and k != prev and neg.get(k, 0.0) == 0
                        and not _kin_only(doc, k, display)]
                if len(left) == 1:
                    cands[left[0]] = cands.get(left[0], 0.0) + W_SOLE
                    sole = left[0]
            # an alternation of headed narrators (A, B, A, B) weakly predicts the next one
            if len(headers) >= 3 and headers[-1] != headers[-2] and headers[-3] == headers[-1]:
                alt = headers[-2]
                if alt in cands:
                    cands[alt] += 0.4
            # the narrator's own gender, and the family their telling calls by kin names
            gender: Counter = Counter()
            kin_named: set = set()
            kin_third: set = set()
            for i in tb:
                gender.update(feats[i].gender)
                kin_named |= feats[i].kin_named
                kin_third |= feats[i].kin_third
            g = None
            if gender and len(gender) == 1:
                g = next(iter(gender))
            st.gender = g
            for k in list(cands):
                if pos.get(k, 0.0) - (W_VOC_BEAT if k in beat_keys else 0.0) > 1e-9:
                    # weak cues: they only choose among tellers with no evidence here (a
                    # line after someone's action is too weak a call to count as such)
                    continue
                if g and _gender_of(doc.character(k)) not in (None, g):
                    cands[k] -= W_GENDER
                    c = doc.character(k)
                    st.evidence.append(f"the narrator's gender rules out {c.name if c else k}")
                own = kin_of.get(k, set())
                if kin_named & own:
                    cands[k] += W_KIN
                if (kin_third - kin_named) & own:
                    cands[k] -= W_KIN_CHANGE
                if not k.startswith("#") and kin_my & my_kin_of.get(k, set()):
                    cands[k] += W_KIN      # "my father" again, as in that teller's telling
            best, score = None, 0.0
            for k, s in sorted(cands.items(), key=lambda kv: (-kv[1], kv[0] != prev, kv[0].startswith("#"))):
                best, score = k, s
                break
            if st.outsider:
                # only a teller the part itself names, and not one of the earlier tellers
                best, score = max(((k, w - neg.get(k, 0.0)) for k, w in pos.items()
                                   if w - neg.get(k, 0.0) > 0 and k not in used),
                                  key=lambda kv: kv[1], default=(None, 0.0))
            # a part after a break that talks with people but names none of the cast: an
            # outsider's, once the work has had two tellers (in a work that heads its
            # tellers' parts, only a scene of some length: a short one after a break goes on
            # with its teller), or when it meets people by description
            # ("the man who kept the hut") or learns a name ("his name was Idris")
            stranger = ((len(named_before) >= 2 or (named_before and (described or intro)))
                        and (broken or (st.opener == "break" and words >= STRANGER_HEADED_WORDS))
                        and not feats[tb[0]].lead_pron
                        and not any(w > 0 for w in pos.values()) and not (cast_here - titled_only)
                        and sum(feats[i].has_quote for i in tb) >= STRANGER_QUOTES)
            if best is None or score <= 0.0 or stranger:
                unnamed += 1
                best = f"#{unnamed}"
                if stranger:
                    strangers.add(best)
                    st.stranger = True
                st.evidence.append("talks with people but names none of the cast: a teller from outside it"
                                   if stranger and score > 0.0 else
                                   f"header {st.generic!r}: a teller from outside the cast" if st.outsider else
                                   "no named narrator fits: an unnamed narrator")
            else:
                if pos.get(best, 0) > 0:
                    why = "evidence in the section"
                elif best == prev:
                    why = "continues the previous narrator"
                elif best == sole:
                    why = "the previous narrator is ruled out; the one character left"
                else:
                    why = "an earlier narrator returns"
                st.evidence.append(f"narrator: {why} (score {score:.1f})")
            st.narrator = best
        if st.narrator not in used:
            used.append(st.narrator)
            if st.letter:
                by_letter.add(st.narrator)
        elif not st.letter:
            by_letter.discard(st.narrator)
        if st.letter and prev is not None and st.narrator != prev:
            # a letter is an interlude: the telling after it goes on from the one before
            prev_told = prev
        else:
            prev_told = st.narrator
        last_neg[st.narrator] = neg
        for i in st.text_blocks:
            kin_of.setdefault(st.narrator, set()).update(feats[i].kin_named)
            my_kin_of.setdefault(st.narrator, set()).update(feats[i].kin_my)
        prev = prev_told
        for i in st.text_blocks:
            # only what speaks for the narrator chosen (the calls to others are noise here)
            st.evidence.extend(w for n, w in feats[i].why if key(n) == st.narrator)
        st.evidence = st.evidence[:12]

    # each teller's own people: relations called "Mum", "Grandad" and "my father"
    family = {t: kin_of.get(t, set()) | {KIN_WORD.get(k, k) for k in my_kin_of.get(t, ())}
              for t in dict.fromkeys(s.narrator for s in stretches if s.narrator)}
    _name_unnamed(stretches, per_stretch, first_seen, family)
    _sole_teller_left(stretches, per_stretch, freq)
    _make_characters(doc, stretches, display)


def _name_unnamed(stretches: list[Stretch], per_stretch: list[tuple[Counter, Counter]],
                  first_seen: dict[str, int], family: dict[str, set]) -> None:
    """An unnamed narrator whose stretches together name them (a vocative here, another
    there) takes that name; an unnamed stretch right before a named narrator's, with
    nothing against them, is theirs (the name comes later in the telling), unless one
    other teller, and not that one, calls the same family by the same names."""
    labels = {s.narrator for s in stretches if s.narrator}
    for u in sorted(l for l in labels if l.startswith("#")):
        idx = [i for i, s in enumerate(stretches) if s.narrator == u]
        total: Counter = Counter()
        for i in idx:
            pos, neg = per_stretch[i]
            for k in dict.fromkeys([*pos, *neg]):      # not a set: max() below keeps the first of ties
                total[k] += pos.get(k, 0.0) - neg.get(k, 0.0)
        named_labels = labels - {u}
        best = max(((k, v) for k, v in total.items() if k not in named_labels and not k.startswith("#")),
                   key=lambda kv: kv[1], default=None)
        if best and best[1] >= POOL_MIN:
            for i in idx:
                stretches[i].narrator = best[0]
                stretches[i].evidence.append(f"named from evidence across its sections ({best[1]:.1f})")
            continue
        # backward continuity: the opening first-person stretches, unnamed, then a named
        # narrator with no header and nothing against them there: the name came later
        # Likewise an unnamed run in the middle, when the named narrator right after it
        # had not been met at all before the run began.
        first = [i for i, st in enumerate(stretches) if st.narration == "first"]
        if not idx or idx[0] not in first:
            continue
        at = first.index(idx[0])
        if first[at:at + len(idx)] != idx or at + len(idx) >= len(first):
            continue
        nxt = first[at + len(idx)]
        k = stretches[nxt].narrator
        named = [t for t in dict.fromkeys(stretches[j].narrator for j in first) if t and not t.startswith("#")]
        clear = [t for t in named if all(per_stretch[i][1].get(t, 0.0) == 0 for i in idx)]   # not ruled out here
        own = family.get(u, set())
        kin = [t for t in clear if family.get(t, set()) & own]
        if len(kin) == 1 and kin[0] != k and not family.get(k, set()) & own:
            # "Mum" and "Grandad" here and in that teller's parts: the same teller
            for i in idx:
                stretches[i].narrator = kin[0]
                stretches[i].evidence.append("calls the same family by the same names as a later part's teller "
                                             f"({', '.join(sorted(family[kin[0]] & own))})")
            continue
        # the run's last parts may rule that teller out (a note they signed, written to
        # the teller): those are not theirs but the one other teller's
        good = [i for i in idx if per_stretch[i][1].get(k, 0.0) == 0]
        if not good and k and not k.startswith("#") and not any(stretches[i].stranger for i in idx):
            # the next teller is spoken of in the third person here: the one other
            # teller of the work whom nothing here rules out
            left = [t for t in clear if t != k]
            if len(left) == 1:
                for i in idx:
                    stretches[i].narrator = left[0]
                    stretches[i].evidence.append("the next part's teller is spoken of here; the one other teller")
            continue
        if (stretches[nxt].header is None and k and not k.startswith("#") and good
                and good == idx[:len(good)]
                and (at == 0 or (first_seen.get(k, len(stretches)) >= idx[0]
                                 and all(stretches[j].narrator != k for j in first[:at])))):
            for i in good:
                stretches[i].narrator = k
                stretches[i].evidence.append("same narrator as the next section (the name comes later)")
            tellers = [t for t in named if t != k]
            for i in idx[len(good):]:
                left = [t for t in tellers if per_stretch[i][1].get(t, 0.0) == 0]
                if len(left) == 1:
                    stretches[i].narrator = left[0]
                    stretches[i].evidence.append("that later-named teller is ruled out here; the one other teller")


def _sole_teller_left(stretches: list[Stretch], per_stretch: list[tuple[Counter, Counter]],
                      freq: Counter) -> None:
    """A first-person part still without a teller, in a work whose other parts have named
    tellers: when one of those tellers is the only character the work names often whom
    this part does not speak of in the third person, the part is theirs (two tellers who
    alternate silently, each naming the other; the first is named only in a later part)."""
    tellers = list(dict.fromkeys(s.narrator for s in stretches if s.narration == "first"
                                 and s.narrator and not s.narrator.startswith("#")))
    for i, st in enumerate(stretches):
        if (st.narration != "first" or not st.narrator or not st.narrator.startswith("#")
                or st.stranger or st.outsider):
            continue
        neg = per_stretch[i][1]
        left = [k for k, n in freq.items() if n >= SOLE_FREQ and not k.startswith("?") and neg.get(k, 0.0) == 0]
        if len(left) == 1 and left[0] in tellers:
            st.narrator = left[0]
            st.evidence.append("the one teller of the work whom nothing here rules out")


def _make_characters(doc: Document, stretches: list[Stretch], display: dict[str, str]) -> None:
    """Labels -> character ids: raw names become named characters, '#n' unnamed ones."""
    mapping: dict[str, str] = {}
    spare = [c for c in doc.characters if not c.named and c.kind == "narrator"]
    n_unnamed = 0
    for st in stretches:
        k = st.narrator
        if k is None or k in mapping:
            if k is not None:
                st.narrator = mapping[k]
            continue
        if doc.character(k) is not None:
            mapping[k] = k
            if display.get(k):
                # the header's fuller form ("Marisol" for "Mari") joins the character
                try:
                    from ficlens.characters.names import adopt_alias
                    adopt_alias(doc, k, display[k])
                except ImportError:
                    pass
        elif k.startswith("#"):
            if spare:
                c = spare.pop(0)
            else:
                n_unnamed += 1
                name = "narrator" if n_unnamed == 1 else f"narrator {n_unnamed}"
                c = Character(doc.new_character_id(), name, aliases=[], named=False, kind="narrator")
                doc.characters.append(c)
            mapping[k] = c.id
        else:
            name = display.get(k) or k.lstrip("?").title()
            c = Character(doc.new_character_id(), name, aliases=[name])
            doc.characters.append(c)
            mapping[k] = c.id
        st.narrator = mapping[k]


def _stated_short_form(doc: Document, name: str) -> Optional[str]:
    """The one named character whose name the work says is a short form of ``name``
    ("named me Lorenzo ... shortened it to Enzo": the cast's Enzo)."""
    from ficlens.characters.names import norm_name, stated_short_forms
    n = norm_name(name)
    found = set()
    for a, b in stated_short_forms(doc):
        if a != n:
            continue
        for c in doc.characters:
            if c.named and b in {norm_name(x) for x in (c.name, *c.aliases) if x}:
                found.add(c.id)
    return found.pop() if len(found) == 1 else None


# ------------------------------------------------------------------- focal --------------

def _assign_focal(doc: Document, stretches: list[Stretch], feats: dict[int, BlockFeat], resolve) -> None:
    """Third-person stretches: the POV header's character, else the one character who
    clearly dominates the perception and cognition verbs. A name no character has yet
    becomes a character (the header or the narration says it is one)."""
    def cid_of(name: str) -> str:
        cid = resolve(name)
        if cid is None:
            c = Character(doc.new_character_id(), name, aliases=[name])
            doc.characters.append(c)
            cid = c.id
        return cid

    for st in stretches:
        if st.narration != "third":
            continue
        if st.header:
            st.focal = cid_of(st.header)
            st.evidence.append(f"POV header {st.header!r} names the focal character")
            continue
        cnt: Counter = Counter()
        for i in st.text_blocks:
            for n, c in feats[i].percept.items():
                cnt[resolve(n) or n] += c
        top = cnt.most_common(2)
        if top and top[0][1] >= FOCAL_MIN and (len(top) == 1 or top[0][1] >= FOCAL_RATIO * top[1][1]):
            k = top[0][0]
            st.focal = k if doc.character(k) is not None else cid_of(k)
            st.evidence.append(f"focal: subject of {top[0][1]} perception verbs")


# the second person's "you" named outright: "You are Leopold Ashgrove", "your name is Teo"
_YOU_ARE = re.compile(r"\b(?:[Yy]ou are|[Yy]ou['’]re|[Yy]our name is|[Yy]our name['’]s"
                      # "Nobody else has called you Holly since you were eleven"
                      r"|(?:call|calls|called|calling) you)\s+(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# "you say", "you tell him": a line of "you"'s own
_YOU_SAY = re.compile(r"\byou\s+(?:\w+ly\s+)?(?:say|said|ask|asked|tell|told|call|called|reply|replied|answer|"
                      r"answered|whisper|whispered|mutter|muttered|shout|shouted|manage|managed)\b", re.I)
# the reader-insert placeholder for the reader's own name (linguistics.READER_NAMES has
# the others: a last name, a first name)
_READER = re.compile(r"\b(?:Y/N|y/n)")


def _assign_you(doc: Document, stretches: list[Stretch], feats: dict[int, BlockFeat], resolve,
                qidx: SpanIndex) -> None:
    """Second-person stretches: who "you" is. The narration says so ("You are Leopold
    Ashgrove"), or, over all the work's second-person parts together (one "you", mostly),
    others call them by name ("You're making one now, Ivo.") and the narration does not
    name them in the third person; a reader-insert's "Y/N" is the reader. Failing that,
    a character of their own (like a teller never named)."""
    spans = quote_spans(doc)
    second = [st for st in stretches if st.narration == "second"]
    local = {id(st): _you_votes(doc, st, feats, resolve, qidx, spans) for st in second}
    work: Counter = Counter()
    work_said: Counter = Counter()
    for said, called in local.values():
        work.update(called)
        work_said.update(said)
    for st in second:
        said, _ = local[id(st)]
        who, why = None, ""
        if said:
            who, why = said.most_common(1)[0][0], "the narration says who 'you' is"
        elif len(work_said) == 1:
            # one "you" for the work: another part's narration said who it is
            who, why = next(iter(work_said)), "another part's narration says who 'you' is"
        else:
            top = [kv for kv in work.most_common(2) if kv[1] > 0]
            # clearly ahead: "you" call others by name too ("Morning, Mr Kestrel")
            if top and top[0][1] >= YOU_MIN and (len(top) == 1 or top[0][1] - top[1][1] >= YOU_MARGIN):
                who, why = top[0][0], "called so, and not named in the third person"
        if who is not None:
            c = doc.character(who)
            st.evidence.append(f"'you' is {c.name if c else who}: {why}")
        elif any(_READER.search(doc.view, doc.blocks[i].vstart, doc.blocks[i].vend) for i in st.text_blocks):
            who = _reader(doc, "Y/N")
            st.evidence.append("'you' is the reader (Y/N)")
        else:
            who = _reader(doc, "you")
            st.evidence.append("'you' is never named")
        st.focal = who


def _you_votes(doc: Document, st: Stretch, feats: dict[int, BlockFeat], resolve, qidx: SpanIndex,
               spans: list[tuple[int, int]]) -> tuple[Counter, Counter]:
    """One second-person stretch's evidence: (names the narration gives "you", names
    others call "you" net of third-person uses)."""
    said: Counter = Counter()
    called: Counter = Counter()
    # named in the narration: a mark against (the narration calls "you" "you"), not a
    # veto ("the nurse calls out for Teodor Wiśniewski, and you stand up")
    for i in st.text_blocks:
        for n, c in feats[i].names.items():
            cid = resolve(n)
            if cid and c > 0:
                called[cid] -= 0.5 * c
    for i in st.text_blocks:
        b = doc.blocks[i]
        for m in _YOU_ARE.finditer(doc.view, b.vstart, b.vend):
            cid = None if qidx.inside(m.start()) else resolve(clean_name(m.group("n")))
            if cid:
                said[cid] += 1
        inb = [(vs, ve) for vs, ve in spans if b.vstart <= vs < b.vend]
        # the paragraph's own tag says "you" spoke: its calls name someone else
        narr = doc.view[b.vstart:b.vend]
        for vs, ve in reversed(inb):
            narr = narr[:vs - b.vstart] + " " * (ve - vs) + narr[ve - b.vstart:]
        sign = -1 if _YOU_SAY.search(narr) else 1
        for vs, ve in inb:
            q = doc.view[vs:ve]
            for m in [*VOC_END.finditer(q), VOC_START.match(q), VOC_WHOLE.match(q)]:
                if m is None:
                    continue
                n = clean_name(m.group("n"))
                if n.lower() in KIN_NAMES:
                    continue     # "Mum", "Dad": said to "you" or by "you"
                cid = resolve(n)
                if cid:
                    called[cid] += sign
    return said, called


def _reader(doc: Document, name: str) -> str:
    """The character "you" of second-person narration, when no one in the cast is."""
    for c in doc.characters:
        if c.name == name and (c.kind == "narrator" or name != "you"):
            return c.id      # ("Y/N" may already be in the cast, met by name)
    c = Character(doc.new_character_id(), name, aliases=[name] if name != "you" else [],
                  named=name != "you", kind="narrator")
    doc.characters.append(c)
    return c.id


# ------------------------------------------------------------------- output -------------

def _write(doc: Document, stretches: list[Stretch], feats: dict[int, BlockFeat]) -> None:
    merged: list[Stretch] = []
    for st in stretches:
        if merged:
            m = merged[-1]
            same = (m.narration == st.narration and m.narrator == st.narrator
                    and (m.focal is None or st.focal is None or m.focal == st.focal))
            if same and st.blocks:
                m.blocks.extend(st.blocks)
                m.text_blocks.extend(st.text_blocks)
                m.focal = m.focal or st.focal
                continue
        merged.append(st)
    merged = [m for m in merged if m.blocks]
    doc.sections = []
    n = doc.offsets.source_len
    for i, st in enumerate(merged):
        start = 0 if i == 0 else doc.blocks[st.blocks[0]].start
        end = n if i == len(merged) - 1 else doc.blocks[merged[i + 1].blocks[0]].start
        doc.sections.append(Section(
            start=start, end=end, narration=st.narration,
            narrator=st.narrator if st.narration == "first" else None,
            focal=st.focal if st.narration in ("third", "second") else None,
            header=st.header or st.generic, evidence=st.evidence,
            first_block=st.blocks[0], last_block=st.blocks[-1]))
        if st.narration == "first" and st.narrator:
            for bi in st.text_blocks:
                for vs, ve in feats[bi].narr_spans:
                    s, e = doc.to_source(vs, ve)
                    doc.mentions.append(Mention(s, e, st.narrator, kind="NARR"))
    doc.mentions.sort(key=lambda m: (m.start, m.end))
