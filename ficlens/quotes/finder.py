"""Find direct speech in the view text, paragraph by paragraph.

Works on plain strings (pure functions) so it can be tested without a parse. The result is
a list of ``Span`` in view coordinates; ``ficlens.quotes.detect`` turns them into Quotes.

Conventions handled, chosen once per work (``choose_convention``):
- double quotes, straight or curly (the default);
- single-quote dialogue (British style), with apostrophes ("don't", "the dogs' bowls",
  "'cause", "rock 'n' roll") kept out;
- dash dialogue: a paragraph opening with an em dash or "--" is a line of speech.

Marks are paired per paragraph from their context (a mark after a space and before a
letter opens, one after a letter or punctuation and before a space closes); the glyph
(“ vs ”) only breaks ties, so a stray or missing mark costs one quote, not every later one.
A paragraph that ends inside a quote continues into the next paragraph only when that one
opens with a mark (the multi-paragraph speech convention); each paragraph's part is its own
quote, the parts share a group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

DOUBLE_OPEN = "\u201c\u201e\u00ab"        # “ „ «
DOUBLE_CLOSE = "\u201d\u00bb"             # ” »
DOUBLE = '"' + DOUBLE_OPEN + DOUBLE_CLOSE + "\u201f\u2033"
SINGLE_OPEN = "\u2018\u201b"              # ‘ ‛
SINGLE_CLOSE = "\u2019"                   # ’
SINGLE = "'" + SINGLE_OPEN + SINGLE_CLOSE
DASH_OPEN_RE = re.compile(r"^[ \t]*(?:\u2014+|\u2015+|--+|\u2013(?=\s?\S))[ \t]*")

# words that start with an apostrophe (elision), so a leading ' is not an opening mark
ELISIONS = frozenset("""
em tis twas twere twould twill til till cause cos coz bout round nuff n ere im er
e is ave ad ow ope alf ome ee un ud ll re ve s d t m ee ye kay sup scuse fraid spose
appen eard ell ere ouse ello arf uns neath mongst gainst midst
""".split())
_WORD_RE = re.compile(r"[A-Za-z]+")
_OPEN_PREV = set(" \t\n([{<\u2014\u2013-/") | set(DOUBLE) | set(SINGLE)
_CLOSE_NEXT = set(" \t\n.,;:!?)]}>\u2014\u2013-\u2026*_") | set(DOUBLE) | set(SINGLE)
_STRONG_CLOSE_PREV = set(".,!?;:\u2014\u2013-\u2026")
_SPEECH_VERBS = frozenset("""
say says said saying ask asks asked asking reply replies replied answer answers answered
cry cries cried shout shouts shouted whisper whispers whispered
murmur murmurs murmured mutter mutters muttered exclaim exclaims exclaimed continue
continues continued add adds added repeat repeats repeated tell tells told yell yells
yelled scream screamed snap snapped growl growled sigh sighed laugh laughed begin began
go goes went write wrote writes read reads echo echoed interrupt interrupted insist insisted
observe observed remark remarked respond responded return returned retort retorted
demand demanded inquire inquired enquire enquired suggest suggested declare declared
thought think thinks hiss hissed breathe breathed groan groaned sob sobbed plead pleaded
beg begged agree agreed explain explained protest protested
""".split())


@dataclass
class Span:
    vstart: int            # view offsets, marks excluded
    vend: int
    block: int             # block index
    mark: str              # opening mark ('"', '“', "'", '‘', '—', ...)
    group: int = 0


# ------------------------------------------------------------------ mark context ----------

def _hint(p: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the quote mark at p[i], from its neighbours."""
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + 1] if i + 1 < len(p) else " "
    can_open = prev in _OPEN_PREV and not nxt.isspace()
    can_close = nxt in _CLOSE_NEXT and not prev.isspace()
    if i + 1 >= len(p):
        can_open = False
        can_close = True
    if i == 0:
        can_close = False
        can_open = True
    return can_open, can_close


def _is_elision(p: str, i: int) -> bool:
    m = _WORD_RE.match(p, i + 1)
    if not m:
        return False
    w = m.group(0).lower()
    if w in ELISIONS:
        # "'n'" in "rock 'n' roll": an elision when the word is followed by another apostrophe
        # but not just after a speech tag: "'Pet,' he said, 'is the only one'" resumes a line
        tag = _TAG_BEFORE.search(p, 0, i)
        return not (tag and tag.group(1).lower() in _SPEECH_VERBS)
    return False


# a speech verb and a comma just before a mark: the mark reopens the line after its tag
_TAG_BEFORE = re.compile(r"\b([A-Za-z]+),\s*$")


# ------------------------------------------------------------------ conventions -----------

def _single_marks(p: str) -> tuple[int, int]:
    """(strong openers, strong closers) of single-quote dialogue in paragraph p."""
    op = cl = 0
    for i, ch in enumerate(p):
        if ch not in SINGLE:
            continue
        o, c = _hint(p, i)
        if o and not c and not _is_elision(p, i):
            nxt = p[i + 1] if i + 1 < len(p) else ""
            if nxt.isupper() or nxt in "\u2014-.":
                op += 1
        elif c and not o:
            prev = p[i - 1] if i > 0 else ""
            if prev in _STRONG_CLOSE_PREV:
                cl += 1
    return op, cl


def choose_convention(paras: list[str]) -> str:
    """'double', 'single' or 'dash' for a whole work, from counts of the marks."""
    n_double = 0
    n_single = 0
    n_dash = 0
    n_dq_paras = 0
    for p in paras:
        d = sum(p.count(c) for c in DOUBLE)
        n_double += d
        if d:
            n_dq_paras += 1
        op, cl = _single_marks(p)
        n_single += min(op, cl)     # single-quote pairs that look like dialogue
        if DASH_OPEN_RE.match(p):
            n_dash += 1
    if n_dash >= 3 and n_dash > n_dq_paras and n_dash * 2 > n_single:
        return "dash"
    # n_double counts marks (two per quote): single wins when its pairs outnumber half
    # the double pairs (double-quote works still nest a few single quotes)
    if n_single >= 2 and n_single > n_double / 4:
        return "single"
    return "double"


# ------------------------------------------------------------------ pairing ---------------

def _double_marks(p: str) -> list[tuple[int, bool, bool]]:
    """Each double mark in p with (position, can open, can close); the glyph decides ties."""
    out = []
    for i, ch in enumerate(p):
        if ch not in DOUBLE:
            continue
        o, c = _hint(p, i)
        if o and c:
            if ch in DOUBLE_OPEN:
                c = False
            elif ch in DOUBLE_CLOSE:
                o = False
        if not o and not c:
            # word"word: trust the glyph, else either
            o = ch not in DOUBLE_CLOSE
            c = ch not in DOUBLE_OPEN
        out.append((i, o, c))
    return out


def _single_quote_marks(p: str) -> list[tuple[int, bool, bool, bool]]:
    """Single marks that may be quotation marks: (position, can open, can close, strong).

    An apostrophe between two letters is never a mark; a leading elision ("'cause") never
    opens; a closing candidate after a letter ("the dogs' bowls") is weak."""
    out = []
    for i, ch in enumerate(p):
        if ch not in SINGLE:
            continue
        prev = p[i - 1] if i > 0 else " "
        nxt = p[i + 1] if i + 1 < len(p) else " "
        if prev.isalnum() and nxt.isalnum():
            continue
        o, c = _hint(p, i)
        if o and _is_elision(p, i):
            o = False
        if o and c:
            if ch in SINGLE_OPEN:
                c = False
            elif ch in SINGLE_CLOSE:
                o = False
        if not o and not c:
            continue
        strong = True
        if c and not o:
            strong = prev in _STRONG_CLOSE_PREV or i + 1 >= len(p.rstrip()) or (
                prev.isalnum() and nxt in ".,;:!?\u2014-" )
            if prev.isalnum() and nxt.isspace():
                strong = False
        out.append((i, o, c, strong))
    return out


def _pair_double(p: str, inside: bool) -> tuple[list[tuple[int, int]], bool]:
    """Quote spans (paragraph-relative, marks excluded) and whether p ends inside a quote."""
    spans: list[tuple[int, int]] = []
    start = 0 if inside else -1
    marks = _double_marks(p)
    for k, (i, o, c) in enumerate(marks):
        if start < 0:
            if o:
                start = i + 1
            elif c and not spans and k == 0 and _looks_like_speech_end(p, i):
                # a closing mark with no opener before it: the opener was lost
                spans.append((0, i))
        else:
            if c and (not o or i > start):
                # o and c both: a straight mark inside a quote closes it
                spans.append((start, i))
                start = -1
            elif o:
                # an opening mark while open: the closer was missing; end the quote just
                # before this mark and start again (local recovery)
                spans.append((start, i))
                start = i + 1
    ends_inside = start >= 0
    if ends_inside:
        spans.append((start, len(p)))
    return spans, ends_inside


def _looks_like_speech_end(p: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and p[j].isspace():
        j -= 1
    return j >= 0 and p[j] in ".,!?\u2014-\u2026"


def _pair_single(p: str, inside: bool) -> tuple[list[tuple[int, int]], bool]:
    spans: list[tuple[int, int]] = []
    start = 0 if inside else -1
    marks = _single_quote_marks(p)
    for k, (i, o, c, strong) in enumerate(marks):
        if start < 0:
            if o and not c:
                start = i + 1
        else:
            if c and i > start:
                if not strong and any(c2 and s2 for (_, o2, c2, s2) in marks[k + 1:]
                                      if not (o2 and not c2)):
                    # a weak closer ("dogs' ") with a better one later: an apostrophe
                    continue
                spans.append((start, i))
                start = -1
    ends_inside = start >= 0
    if ends_inside:
        spans.append((start, len(p)))
    return spans, ends_inside


def _trim(p: str, s: int, e: int) -> tuple[int, int]:
    while s < e and p[s].isspace():
        s += 1
    while e > s and p[e - 1].isspace():
        e -= 1
    return s, e


_FUNCTION_WORDS = frozenset("""
a an the of to in on at for from with by as about into than like his her their its my our your
this that these those some no any word words term phrase called named entitled marked known
so-called labelled labeled titled dubbed
""".split())


def _is_scare(p: str, s: int, e: int) -> bool:
    """A short quoted phrase inside a sentence of narration (a scare quote, a title, a
    term), not a line of speech: few words, no exclamation or question, the mark glued to a
    narration word before it (no comma or colon), no speech verb there, and narration
    going on around it."""
    inner = p[s:e].strip()
    words = inner.split()
    if not words or len(words) > 4 or inner[-1] in "!?—-…" or inner[0] in "—-":
        return False
    before = p[:s - 1].rstrip()
    after = p[e + 1:].lstrip()
    if not before or not before[-1].isalpha():
        return False
    prev_word = before.split()[-1].lower().strip(".,;:!?")
    if prev_word in _SPEECH_VERBS and prev_word not in _FUNCTION_WORDS:
        return False
    ends_sentence = inner[-1] in ".;:"
    if prev_word in _FUNCTION_WORDS:
        return True
    if not after:
        return False
    nxt = after[0]
    # a lowercase start inside, or narration running on lowercase after it
    if inner[0].islower() and not ends_sentence:
        return True
    return not ends_sentence and (nxt.islower() or nxt in ".;:)")


def find_quotes(view: str, blocks: Iterable, convention: Optional[str] = None) -> list[Span]:
    """All quotes in the narrative blocks of ``view``, in text order.

    ``blocks`` yields objects with index, vstart, vend and kind (``Block``)."""
    blocks = [b for b in blocks if b.kind == "text"]
    paras = [view[b.vstart:b.vend] for b in blocks]
    conv = convention or choose_convention(paras)
    opens = [DASH_OPEN_RE.match(p) is not None for p in paras]
    if conv == "dash":
        # every line is dash dialogue but one in quote marks that opens with no dash
        dashed = [o or sum(p.count(c) for c in DOUBLE) < 2 for o, p in zip(opens, paras)]
    else:
        # a scene of dash dialogue in a work that otherwise uses quote marks: paragraphs that
        # open with a dash and hold no mark, when there are a few of them (not one stray dash)
        marks_of = DOUBLE if conv == "double" else SINGLE
        dashed = [o and not any(c in p for c in marks_of) for o, p in zip(opens, paras)]
        if sum(dashed) < 3:
            dashed = [False] * len(paras)
    # a line in quote marks inside a work of dash dialogue is read as double quotes
    pconv = "double" if conv == "dash" else conv
    out: list[Span] = []
    group = 0
    inside = False
    for b, p, dash_para in zip(blocks, paras, dashed):
        if dash_para:
            spans = dash_spans(p)
            if spans:
                group += 1
            for s, e in spans:
                out.append(Span(b.vstart + s, b.vstart + e, b.index, "\u2014", group))
            continue
        marks = DOUBLE if pconv == "double" else SINGLE
        first = p.lstrip()[:1]
        # continuation: the previous paragraph ended inside a quote and this one opens with
        # a mark; the opening mark is then consumed as the re-opener
        cont = inside and first in marks and _hint(p, len(p) - len(p.lstrip()))[0]
        if pconv == "double":
            spans, inside = _pair_double(p, False)
        else:
            spans, inside = _pair_single(p, False)
        mark_default = '"' if pconv == "double" else "'"
        for k, (s, e) in enumerate(spans):
            opener = p[s - 1] if s > 0 and p[s - 1] in marks else mark_default
            closed = e < len(p)
            s2, e2 = _trim(p, s, e)
            if e2 <= s2:
                continue
            if closed and s > 0 and _is_scare(p, s2, e2):
                continue
            if not (k == 0 and cont) and not _same_group(p, spans, k):
                group += 1
            out.append(Span(b.vstart + s2, b.vstart + e2, b.index, opener, group))
    return out


_DASH_SEP = re.compile(r"\s+(?:\u2014+|\u2015+|--+)\s+")
# a segment that opens on a name set off by a comma ("Mama, tell her."); not a pronoun
_CALL_OPEN = re.compile(r"(?!(?:He|She|They|It|I|We|You|This|That|Then|There)\b)[A-Z][\w'’-]+,\s")
# a past-tense verb: narration ("Kit, white-faced, did not move")
_PAST = re.compile(r"\b(?:was|were|had|did|\w{2,}ed)\b")


def dash_spans(p: str) -> list[tuple[int, int]]:
    """Speech in a paragraph of dash dialogue. A spaced dash separates speech from a tag:
    "— Yes, — she said. — Now." is speech, tag, speech. A paragraph that opens with
    narration may end in speech after a sentence: "He smiled. — Go west." """
    m = DASH_OPEN_RE.match(p)
    cuts = [(x.start(), x.end()) for x in _DASH_SEP.finditer(p)]
    out = []
    if m:
        pos, speech = m.end(), True
        for cs, ce in cuts + [(len(p), len(p))]:
            if cs < pos:
                continue
            if not speech and out and p[:pos].rstrip(" \u2014\u2015-")[-1:] in ".!?" and _CALL_OPEN.match(p, pos) \
                    and not _PAST.search(p, pos, cs):
                # "— Mum, stop looking at the box. — Mama, tell her.": a finished line, then
                # one that opens on a call, is a second line, not a tag
                speech = True
            resumed = False
            if speech:
                s, e = _trim(p, pos, cs)
                e = _strip_trailing_dashes(p, s, e)
                subs = _split_unmarked_tags(p, s, e)
                out.extend(subs)
                # "— You won't, Ilse said. — Put some trousers on.": the segment ended on
                # a tag no dash opened, so the dash after it resumes the speech
                resumed = bool(subs) and subs[-1][1] < e and _UNMARKED_TAG.search(p, subs[-1][1], e) is not None
            pos, speech = ce, resumed or not speech
        return out
    for cs, ce in cuts:
        before = p[:cs].rstrip()
        if before[-1:] in ".!?" and p[ce:ce + 1].isupper():
            s, e = _trim(p, ce, len(p))
            e = _strip_trailing_dashes(p, s, e)
            if e > s:
                out.append((s, e))
            break
    return out


_TAG_VERBS = r"""(?:said|says|asked|asks|replied|replies|answered|whispered|whispers|murmured|muttered|
shouted|called|cried|added|laughed|sighed|snapped|repeated|continued|insisted|admitted|breathed|
agreed|offered|began|went\ on|demanded|mumbled|yelled|hissed|echoed)""".replace("\n", "")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# a speech tag with no dash around it inside a dash line: "—It's late, Kit said. Go home."
_UNMARKED_TAG = re.compile(
    r"(?<=[,!?.…—-])\s+(?:(?:" + _NAME + r"|he|she|I|they|we)\s+" + _TAG_VERBS
    + r"|" + _TAG_VERBS + r"\s+(?:" + _NAME + r"|he|she))(?:\s+\w+ly)?(?P<end>[,.!?]|\s*$)")


def _split_unmarked_tags(p: str, s: int, e: int) -> list[tuple[int, int]]:
    """Speech [s, e) of a dash line cut around tags that no dash sets off: the tag (and
    the narration it runs on into after a comma) is not speech."""
    out = []
    pos = s
    while pos < e:
        m = _UNMARKED_TAG.search(p, pos, e)
        if m is None:
            out.append((pos, e))
            break
        out.append((pos, m.start()))
        nxt = m.end()
        if m.group("end") == ",":
            # "Sander said, and he never used the whole name. Go." : narration to the full stop
            rest = re.compile(r"[.!?…]+(?=\s+[^a-z\s]|\s*$)").search(p, nxt, e)
            if p[nxt:e].lstrip()[:1].islower():
                nxt = rest.end() if rest else e
        pos = nxt
    spans = []
    for a, b in out:
        a, b = _trim(p, a, b)
        b = _strip_trailing_dashes(p, a, b)
        if b > a:
            spans.append((a, b))
    return spans


def _same_group(p: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Quote k continues quote k-1 across a speech tag: "Yes," she said, "now." """
    if k == 0:
        return False
    pe = spans[k - 1][1]
    s = spans[k][0]
    between = p[pe + 1:s - 1]
    if "\n\n" in between or len(between) > 120:
        return False
    last = p[:pe].rstrip()[-1:] if p[:pe].strip() else ""
    if last in ",\u2014-" or (last and last.isalpha()):
        return True
    b = between.strip()
    # tag after a full sentence, then more speech: "Yes." She smiled. "Now." -> same speaker
    return bool(b) and len(b) < 80 and not re.search(r"[\"\u201c\u201d]", b)


def _strip_trailing_dashes(p: str, s: int, e: int) -> int:
    while e > s and p[e - 1] in "-\u2014 ":
        e -= 1
    return e
