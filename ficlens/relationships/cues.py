"""Find relationship evidence in the parses: cue words linked to two characters.

Three sources, all tied to characters through token anchors (see anchors.py):
- syntax: a cue verb between its subject and object ("Willow kissed Buffy", "she held his
  hand", "they broke up"), a relation noun between its possessor and referent ("Joyce, her
  mother", "You're my best friend", "they were sisters"), an adjective with its partner
  ("married to him", "in love with her");
- dialogue: vocatives and formulas said by the speaker to the addressee ("Mom, ...",
  "..., babe", "nice to meet you", "it's over");
- deaths ("she died"), which enter the arcs of every bond of the one who dies.

Each hit keeps its modality: negated hits are dropped, unreal ones (wished, conditional,
asked) weigh less and mark no arc stage, remembered ones (pluperfect, "used to", "ex")
are past.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ficlens.document import Document
from ficlens.relationships import lexicon as L
from ficlens.relationships.anchors import Anchors


@dataclass
class Hit:
    a: str
    b: str
    vstart: int
    vend: int
    cue: L.Cue
    name: str                       # the cue as shown ("kiss", "her mother", "best friend")
    weights: dict
    stage: Optional[str] = None
    past: bool = False
    unreal: bool = False
    in_quote: bool = False
    agent: Optional[str] = None     # who did it, for directed cues
    guessed: bool = False           # one side was guessed from the scene, not read off the syntax
    role: Optional[str] = None      # the kinship word b is to a ("mother": b is a's mother)


@dataclass
class Death:
    char: str
    vstart: int
    vend: int
    past: bool


@dataclass
class Found:
    hits: list[Hit] = field(default_factory=list)
    deaths: list[Death] = field(default_factory=list)
    talk: dict = field(default_factory=dict)        # frozenset(pair) -> quotes between them
    together: dict = field(default_factory=dict)    # frozenset(pair) -> blocks shared
    first_seen: dict = field(default_factory=dict)  # frozenset(pair) -> view pos of first shared block


# ------------------------------------------------------------------ token helpers --------

def _conj_closure(t) -> list:
    out = [t]
    for c in t.children:
        if c.dep_ == "conj":
            out.extend(_conj_closure(c))
    return out


_POINTED = {"man": "he", "boy": "he", "woman": "she", "girl": "she"}


def _pointed_gender(x) -> Optional[str]:
    """'that man', 'that woman' with nothing after them: a person already known, by gender."""
    want = _POINTED.get(x.lower_)
    if want and any(c.dep_ == "det" and c.lower_ == "that" for c in x.children) and not any(
            c.dep_ in ("prep", "relcl", "acl", "amod", "compound") for c in x.children):
        return want
    return None


def _speaks_of_talker(an: Anchors, bi: int, x, cs) -> bool:
    """A him/his/her inside a quote that coreference gave to the quote's own speaker or
    listener."""
    q = an.quote_at(bi, an.block_start.get(bi, 0) + x.idx)
    return q is not None and bool(set(cs) & {q.speaker, q.addressee} - {None})


def _chars_of(an: Anchors, bi: int, toks: Iterable) -> list[str]:
    out: list[str] = []
    for t in toks:
        for x in _conj_closure(t):
            cs = an.chars(bi, x.i)
            if not cs and x.lower_ in ("who", "whom"):
                # "Lady Ismay, who he'd been promised to": the relative pronoun is the one
                # its clause hangs on
                y = x.head
                for _ in range(3):
                    if y.dep_ == "relcl":
                        cs = an.chars(bi, y.head.i)
                        break
                    y = y.head
            if not cs:
                # "her sister Buffy": the name in apposition is who the noun is
                cs = tuple(c for a in x.children if a.dep_ == "appos" for c in an.chars(bi, a.i))
            if not cs and x.pos_ == "NOUN":
                # "a schoolteacher called Marion", "a boy named Kit"
                cs = tuple(c for a in x.children if a.dep_ == "acl" and a.lemma_.lower() in ("call", "name")
                           for o in a.children if o.dep_ in ("oprd", "dobj", "attr") for c in an.chars(bi, o.i))
            pointed = _pointed_gender(x) if not cs or set(cs) <= an.nominal else None
            if pointed:
                # "I loved that man for thirty years": the man is one already in the talk
                g = an.guess(bi, x, want=pointed)
                cs = (g,) if g else ()
            elif not cs and x.lower_ in ("he", "him", "his", "she", "her"):
                g = an.guess(bi, x)
                cs = (g,) if g else ()
                if g and g not in an.gender:
                    # "I kissed her" with her guessed as a character of open gender: a vote
                    v = an.guessed_pron.setdefault(g, {})
                    k = "F" if x.lower_ in ("she", "her") else "M"
                    v[k] = v.get(k, 0) + 1
            elif cs and x.lower_ in ("him", "his", "her") and _speaks_of_talker(an, bi, x, cs):
                # '"I was holding his hand," said Mrs Ashcombe' to Cornelius: a him/his/her
                # said aloud is neither the one speaking nor the one spoken to; who it is instead
                # is not sure enough to pair anyone (a subject he/she is left to the noun it
                # names: "He's my brother, Dace.")
                cs = ()
            elif cs and set(cs) <= an.indefinite and x.lower_ in ("he", "him", "his", "she", "her"):
                # "a normal person would ..." is seldom who a later "her" is: a character
                # of the scene is, when there is one
                g = an.guess(bi, x)
                if g and g not in an.nominal:
                    cs = (g,)
            for c in cs:
                if c not in out:
                    out.append(c)
    return out


def _negated(t) -> bool:
    """'did not kiss', 'never kissed', 'didn't want to kiss', 'without kissing', 'nobody kissed'."""
    x = t
    for _ in range(4):
        for c in x.children:
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "nsubj") and c.lower_ in L.NEG_WORDS):
                return True
        if x.dep_ == "pcomp" and x.head.lower_ == "without":
            return True
        if x.dep_ in ("xcomp", "conj") and x.head is not x:
            if x.dep_ == "conj":
                # "turned and kissed her": negation of the first verb does not carry over
                break
            x = x.head
            continue
        break
    return False


def _asked_for(t) -> bool:
    """ "Can I kiss you?", "May I?", "asked if he could kiss me", "asked her to dance"."""
    x = t
    for _ in range(3):
        if x.dep_ in ("ccomp", "xcomp", "advcl"):
            if x.head.lemma_.lower() in ("ask", "beg", "wonder"):
                return True
            x = x.head
            continue
        break
    return (t.sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?")
            and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in t.children)
            and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in t.children))


def _unreal(t) -> bool:
    """Wished, conditional, planned, asked, bidden or almost: not something that happened."""
    if t.tag_ == "VB" and t.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return True      # an imperative: "Marry her.", "Kiss me."
    x = t
    for _ in range(4):
        for c in x.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in L.MODALS and not _had(c):
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return True
            if c.dep_ == "advmod" and c.lower_ in ("almost", "nearly", "maybe", "perhaps"):
                return True
        if x.dep_ in ("xcomp", "ccomp") and x.head is not x:
            if x.head.lemma_.lower() in L.IRREALIS_HEADS:
                return True
            x = x.head
            continue
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in x.children):
            return True
        break
    sent = t.sent
    text = sent.text.rstrip()
    if not text.endswith("?"):
        return False
    # "I was engaged to a lad called Dennis, did you know that?": a tag question after
    # the statement asks nothing about it
    cut = text.rfind(",")
    if cut > t.idx - sent.start_char and _TAG_QUESTION.match(text[cut + 1:]):
        return False
    return True


_POSSIBLE = frozenset({"could", "might", "may", "can"})


def _possibility(t) -> bool:
    """t (or the verb it hangs on) is only a possibility: "we could get married"."""
    x = t
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _POSSIBLE for c in x.children):
            return True
        if x.dep_ not in ("xcomp", "acomp"):
            return False
        x = x.head
    return False


def _had(c) -> bool:
    """"he'd been promised", "she'd kissed him": this 'd is 'had' (a past participle next)."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return c.lower_ in ("'d", "’d") and nxt is not None and nxt.tag_ in ("VBN", "VBD")


_TAG_QUESTION = re.compile(r"\s*(?:did|didn't|do|don't|does|doesn't|is|isn't|was|wasn't|were|weren't|are|"
                           r"aren't|have|haven't|had|hadn't|won't|wouldn't|right|eh|yeah|you know)\b", re.I)


def _future(t) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "gonna") for c in t.children) or \
        (t.dep_ == "xcomp" and t.head.lemma_ == "go" and t.head.tag_ == "VBG")


def _past(t, in_quote: bool) -> bool:
    """Remembered and over: pluperfect, 'used to', '... ago', or simple past of a state in dialogue."""
    kids = list(t.children)
    if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in kids):
        return True
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in L.PAST_ADVERBS for c in kids):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("ago",) for k in kids for c in k.children):
        return True
    h = t.head
    if t.dep_ in ("xcomp", "pobj") and (h.lemma_ == "use" or (h.lower_ == "to" and h.head.lemma_ == "use")):
        return True
    if in_quote and t.tag_ == "VBD" and t.lemma_ in ("date", "love", "see"):
        return True
    return False


def _subjects(an: Anchors, bi: int, v, in_quote: Optional[object]) -> list[str]:
    """Characters doing the action of verb v: its subject, inherited subjects, or the
    addressee of an imperative."""
    x = v
    for _ in range(4):
        subj = [c for c in x.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return _chars_of(an, bi, subj)
        if x.dep_ == "xcomp" and x.head is not x:
            # object control: "she asked him to marry her" -> him
            objs = [c for c in x.head.children if c.dep_ == "dobj"]
            if objs and x.head.lemma_.lower() in ("ask", "beg", "tell", "want", "need", "order", "force", "urge"):
                return _chars_of(an, bi, objs)
            x = x.head
            continue
        if x.dep_ in ("conj", "advcl") and x.head is not x:
            x = x.head
            continue
        if x.dep_ == "relcl" and x.head is not x:
            return _chars_of(an, bi, [x.head])
        break
    if in_quote is not None and _elided_i(v) and in_quote.speaker:
        return [in_quote.speaker]      # "Love you.": the "I" left out, not an order
    if in_quote is not None and v.tag_ == "VB" and v.dep_ in ("ROOT", "conj") and in_quote.addressee:
        if v.dep_ == "ROOT" and any(c.dep_ == "cc" and c.i < v.i for c in v.children):
            return []     # '"And marry her," said Tobe': the end of another's sentence, not an order
        return [in_quote.addressee]
    return []


_PART_OF = {"top", "back", "side", "crown", "tip", "corner", "bridge", "nape", "curve"}


def _part_of(o):
    """ "the top of her head", "the corner of his mouth": the body part itself."""
    if o.lower_ in _PART_OF:
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                g = next((g for g in p.children if g.dep_ == "pobj"), None)
                if g is not None and (g.lower_ in L.BODY_PARTS or g.lemma_.lower() in L.BODY_PARTS):
                    return g
    return o


def _elided_i(v) -> bool:
    """ "Love you.", "Miss you already": a feeling said to "you" with its "I" left out."""
    return (v.lemma_.lower() in ("love", "miss") and v.dep_ == "ROOT"
            and all(x.is_punct or x.is_quote for x in v.doc[v.sent.start:v.i])
            and not any(c.dep_ in ("nsubj", "aux") for c in v.children)
            and any(c.dep_ == "dobj" and c.lower_ in ("you", "ya") for c in v.children))


def _subject_toks(v) -> list:
    """The subject tokens of v, inherited through coordinated verbs ("she laughed and
    took ...")."""
    x = v
    for _ in range(4):
        subj = [c for c in x.children if c.dep_ == "nsubj"]
        if subj or x.dep_ != "conj" or x.head is x:
            return subj
        x = x.head
    return []


def _span(b, toks) -> tuple[int, int]:
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t) for t in toks)
    return b.vstart + lo, b.vstart + hi


def _pairs(agents: list[str], patients: list[str]) -> list[tuple[str, str]]:
    out = []
    for a in agents:
        for p in patients:
            if a != p and (a, p) not in out and (p, a) not in out:
                out.append((a, p))
    return out


def _reciprocal(an: Anchors, bi: int, vpos: int, subj_toks: list, agents: list[str]) -> list[str]:
    """Plural subjects of a reciprocal verb: 'Willow and Tara kissed', 'we kissed', 'they
    kissed' (the last two characters)."""
    if len(agents) >= 2:
        return agents
    plural = [t for t in subj_toks if t.lower_ in L.GROUP_WORDS]
    # "they" is never the one telling the story, nor the two talking when it is said
    out = ()
    if any(t.lower_ in ("they", "them") for t in plural):
        narrator, narration = an.section(vpos)
        q = an.quote_at(bi, vpos)
        out = tuple(x for x in ((narrator if narration == "first" else None),
                                *((q.speaker, q.addressee) if q is not None else ())) if x)
    if plural and not agents:
        return an.recent(vpos, 2, exclude=out)
    if plural and len(agents) == 1:
        more = an.recent(vpos, 2, exclude=tuple(agents) + out)
        return agents + more[:1]
    return agents


# ------------------------------------------------------------------ the scan -------------

def scan(doc: Document, an: Anchors) -> Found:
    found = Found()
    for b in doc.narrative_blocks():
        sdoc = doc.parses.get(b.index)
        if sdoc is None:
            continue
        _cooccurrence(found, an, b)
        for i in candidates(sdoc, _ANY_CUE):
            t = sdoc[i]
            if t.is_punct or t.is_space:
                continue
            lem = L.LEMMA_FIX_FORMS.get(t.lower_, t.lemma_.lower())
            q = an.quote_at(b.index, b.vstart + t.idx)
            before = len(found.hits)
            if t.pos_ in ("VERB", "AUX") or (lem in L.VERBS and t.tag_.startswith("VB")):
                _verb(found, an, b, t, lem, q)
            elif t.pos_ in ("NOUN", "PROPN") or lem in L.NOUNS:
                _noun(found, an, b, t, lem, q)
            # "got married" is one event, whether read as a verb or as an adjective
            if len(found.hits) == before and (t.pos_ in ("ADJ", "VERB") and lem in L.ADJECTIVES
                                              or t.lower_ in L.ADJECTIVES):
                _adjective(found, an, b, t, q)
            if lem == "love" and t.dep_ == "pobj" and t.head.lower_ == "in":
                _in_love(found, an, b, t, q)
            if t.lower_ == "together":
                _together(found, an, b, t, q)
            if t.lower_ in L.YEARS_OF_SPANS:
                _years_of(found, an, b, t, q)
            if t.lower_ == "item" and t.dep_ == "attr":
                _an_item(found, an, b, t, q)
            if lem in L.DEATH_NOUNS and q is None:
                _death_noun(found, an, b, t)
            if t.lower_ == "with" and t.head.lemma_.lower() == "be":
                _been_with(found, an, b, t, q)
            if lem in L.TENSION_VERBS or lem == "heart" or lem == "wedding" or \
                    (t.lower_ in L.ATTRACTIVE and t.dep_ == "acomp"):
                _tension(found, an, b, t, lem, q)
            if lem in L.BLUSH_VERBS or (t.lower_ in L.BLUSH_COLOURS and t.dep_ in ("acomp", "oprd")) or \
                    (lem in ("colour", "color") and t.dep_ in ("dobj", "attr")):
                _blush(found, an, b, t, lem, q)
        _my_name(found, an, b, sdoc)
    _dialogue(found, doc, an)
    _refused_proposals(found, doc, an)
    _only_their_name(found, doc, an)
    _letters(found, doc, an)
    return found


# "marry me", "be my wife": a proposal, and a no that opens a line answering it
_PROPOSAL = re.compile(r"\bmarry me\b|\bbe my wife\b|\bbe my husband\b", re.IGNORECASE)
_NO = re.compile(r"^\W*no\b", re.IGNORECASE)


def _quotes_in_order(an: Anchors) -> list:
    """Every quote of the work in text order, as the anchors list them by paragraph."""
    return sorted((qi for qs in an.quotes.values() for qi in qs), key=lambda qi: qi.vstart)


def _refused_proposals(found: Found, doc: Document, an: Anchors) -> None:
    """'"Marry me, and your mother keeps her rooms." / "No."': a proposal answered within a
    few lines by another's line that opens with a no was turned down; its marry and its
    proposal cues say nothing of a bond (a mercenary offer, refused)."""
    infos = _quotes_in_order(an)
    spans = []
    for k, qi in enumerate(infos):
        if not qi.speaker or not _PROPOSAL.search(doc.view[qi.vstart:qi.vend]):
            continue
        # (the no may come a turn or two later: "That is the least romantic thing ..." /
        # "Well?" / "No.")
        replies = [o for o in infos[k + 1:k + 5] if o.speaker and o.speaker != qi.speaker]
        if any(_NO.match(doc.view[o.vstart:o.vend]) for o in replies):
            spans.append((qi.vstart, qi.vend))
    if spans:
        found.hits = [h for h in found.hits if not (h.cue.stage == "proposal" or h.name == "marry")
                      or not any(a <= h.vstart < b for a, b in spans)]


# "nobody ELSE calls me that", "nobody calls me that ANYMORE": a name that was one person's
# own; a bare "Nobody calls me that." refuses the name instead ("'Hello, Genny.' Nobody
# calls me that.")
_ONLY_THEY = re.compile(r"\b(?:[Nn]obody|[Nn]o one|[Nn]o-one)(?P<else> else)?(?: has| had|'s|’s)?(?: ever)?"
                        r" call(?:s|ed)? (?:me|him|her) that\b(?P<still> any ?more| now| these days)?")


def _only_their_name(found: Found, doc: Document, an: Anchors) -> None:
    """'"Jun. Hey." / Nobody calls me that anymore.': the line just before called its
    listener by a name only its speaker used for them."""
    infos = _quotes_in_order(an)
    starts = [qi.vstart for qi in infos]
    done = set()
    for b in doc.narrative_blocks():
        text = doc.view[b.vstart:b.vend]
        for m in _ONLY_THEY.finditer(text):
            vs = b.vstart + m.start()
            if not (m.group("else") or m.group("still")) or an.quote_at(b.index, vs) is not None:
                continue
            k = bisect_right(starts, vs) - 1
            if k < 0 or vs - infos[k].vend > 400:
                continue
            qi = infos[k]
            if not (qi.speaker and qi.addressee) or qi.speaker == qi.addressee or qi.index in done:
                continue
            done.add(qi.index)      # ("Nobody calls me that. Nobody has called me that since...")
            found.hits.append(Hit(qi.speaker, qi.addressee, vs, b.vstart + m.end(), L.ONLY_THEIR_NAME,
                                  L.ONLY_THEIR_NAME.name, dict(L.ONLY_THEIR_NAME.weights), None,
                                  bool(m.group("still")), False, False, qi.speaker))


_MY = frozenset({"my"})


def _my_name(found: Found, an: Anchors, b, sdoc) -> None:
    """"My Irena used to fall asleep on me": a character's given name owned by the teller
    (or by the speaker of the line); not a kin word used as a name ("my Gran")."""
    for i in candidates(sdoc, _MY):
        t = sdoc[i]
        if t.lower_ != "my" or t.dep_ != "poss" or t.head.pos_ != "PROPN":
            continue
        h = t.head
        if h.lower_ in L.FAMILY_NOUNS or h.lower_ in L.FOREIGN_KIN or any(c.i != t.i for c in h.lefts):
            continue      # "my Gran", "my Aunt Edda": a relation; "my dear Emma": an address
        q = an.quote_at(b.index, b.vstart + t.idx)
        owner = an.chars(b.index, t.i)
        # a person (a known he or she; not "my Italy", "my Virgil"), spoken of, not to
        # ("My Emma!" to Emma is an endearment of any bond)
        named = [c for c in an.chars(b.index, h.i) if c not in an.nominal and an.gender.get(c)
                 and not (q is not None and c == q.addressee)]
        pairs = [(o, x) for o in owner for x in named if o != x]
        _add(found, b, h.head if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else h,
             L.MY_NAME, pairs, [t, h], q, agent=owner[0] if owner else None)


_VERB_LEMMAS = (set(L.VERBS) | {v for v, _ in L.PHRASALS} | {v for v, _ in L.PREP_VERBS}
                | L.HAND_VERBS | L.HAND_MEET_VERBS | L.LEAN_VERBS | L.BED_PULL_VERBS | L.LIPS_MEET_VERBS
                | L.NUZZLE_VERBS | set(L.TENDER_ACTS) | L.PUT_VERBS | L.INTO_VERBS | L.GAZE_VERBS
                | L.DATE_VERBS | set(L.SUPERLATIVE_VERBS) | L.DEATH_VERBS | L.DEATH_BY_OTHERS
                | {"make", "leave", "pass"})


_ANY_CUE = frozenset(_VERB_LEMMAS | set(L.NOUNS) | set(L.ADJECTIVES) | set(L.TENSION_VERBS) | L.ATTRACTIVE
                     | {"together", "with", "item"} | L.YEARS_OF_SPANS | set(L.LEMMA_FIX_FORMS) | L.DEATH_NOUNS
                     | {"love", "heart", "wedding", "colour", "color"} | L.BLUSH_VERBS | L.BLUSH_COLOURS)


_HASHES: dict = {}


def candidates(sdoc, words) -> list[int]:
    """Indices of the tokens whose lowercase form or lemma is in ``words``, from the hash
    array (no Token objects are made for the other tokens)."""
    from spacy.attrs import LEMMA, LOWER

    if len(sdoc) == 0:
        return []
    key = (id(sdoc.vocab.strings), words)     # a frozenset: its hash is cached
    h = _HASHES.get(key)
    if h is None:
        if len(_HASHES) > 32:
            _HASHES.clear()
        strings = sdoc.vocab.strings
        h = {strings.add(w) for w in words} | {strings.add(w.capitalize()) for w in words}
        _HASHES[key] = h
    arr = sdoc.to_array([LEMMA, LOWER]).tolist()
    return [i for i, (a, b) in enumerate(arr) if a in h or b in h]


_TURNED_DOWN = re.compile(r"\b(?:(?:do|does|did)(?:n['’]t| not) (?:feel|think of you|see you) (?:that way|like that)"
                          r"|(?:just|only) (?:as )?friends?\b|(?:do|does|did)(?:n['’]t| not) love you"
                          r"|not (?:in )?that way)", re.I)


def _turned_down(b, t, q) -> bool:
    """The line is a refusal: "I don't feel that way about you", "just friends"."""
    base = b.vstart
    text = t.doc.text[max(0, q.vstart - base):max(0, q.vend - base)]
    return bool(_TURNED_DOWN.search(text))


def _add(found: Found, b, t, cue: L.Cue, pairs, toks, q, name=None, agent=None,
         weights=None, past=None, unreal=None, guessed=False, role=None):
    if not pairs or cue is None:
        return
    in_quote = q is not None
    unreal = _unreal(t) if unreal is None else unreal
    past = (_past(t, in_quote) or cue.past) if past is None else past
    w = dict(weights or cue.weights)
    if unreal:
        # a threat is hostile even unfulfilled; a wish for a kiss is half a romance; a
        # mere possibility ("We could get married," for the lease) is less than that
        hostile = 0.3 if cue.name in ("hate", "resent") else 0.8
        other = 0.25 if _possibility(t) or _possibility(t.head) else 0.4
        if t.lemma_.lower() in ("kiss", "date") and _asked_for(t):
            other = 0.8      # "Can I kiss you?", "he asks if he can kiss me": a romance's own question
        w = {k: v * (hostile if k == L.A else other) for k, v in w.items()}
    if in_quote and w.get(L.R, 0.0) > 0 and _turned_down(b, t, q):
        # "You're lovely ... I just don't feel that way about you": praise in a refusal
        w = {k: v for k, v in w.items() if k != L.R}
        if not w:
            return
    vs, ve = _span(b, [x for x in toks if x is not None])
    for a, p in pairs:
        found.hits.append(Hit(a, p, vs, ve, cue, name or cue.name, w,
                              None if unreal else cue.stage, past, unreal, in_quote,
                              agent if agent in (a, p) else None, guessed, role))


def _matched_by_others(t) -> bool:
    """'they told me I was going to marry you': a marriage others foretold or arranged
    says nothing of the two (a betrothal since childhood)."""
    x = t.head if t.dep_ == "xcomp" else t
    return (x.lower_ == "going" and x.dep_ == "ccomp" and x.head.lemma_.lower() in ("tell", "say")
            and any(c.dep_ == "nsubj" and c.lower_ in ("they", "everyone", "everybody", "people")
                    for c in x.head.children))


def _verb(found: Found, an: Anchors, b, t, lem: str, q) -> None:
    if lem not in _VERB_LEMMAS:
        return
    if lem in ("marry", "wed") and _matched_by_others(t):
        return
    bi = b.index
    kids = list(t.children)
    prt = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    cue = None
    if prt and (lem, prt) in L.PHRASALS:
        cue = L.PHRASALS[(lem, prt)]
        if cue is None:
            if (lem, prt) == ("pass", "away"):
                _death(found, an, b, t, q)
            return
    if (lem, prt) == ("go", "out") and not _dating_out(t, kids):
        return
    if cue is None and lem in L.DEATH_VERBS:
        _death(found, an, b, t, q)
        return
    if cue is None and lem in L.DEATH_BY_OTHERS and lem not in L.VERBS:
        _death(found, an, b, t, q)      # "they buried Kwabena Asante": no bond, a death
        return
    preps = {c.lower_: c for c in kids if c.dep_ in ("prep", "dative")}
    via = None      # the preposition a (verb, preposition) cue came by: its object is the other
    if cue is None:
        for p, ptok in preps.items():
            if (lem, p) in L.PREP_VERBS:
                cue = L.PREP_VERBS[(lem, p)]
                if cue is None:
                    return
                via = p
                break
    if cue is None and lem in L.DATE_VERBS and "to" in preps and any(
            g.dep_ == "pobj" and g.lower_ in L.DATE_OUTINGS for g in preps["to"].children):
        cue = L.OUTING_CUE
    if cue is None and lem == "make" and any(c.dep_ == "dobj" and c.lower_ == "love" for c in kids):
        cue = L.Cue("made love", {L.R: 2.0}, None, True, ("with",))
    hand = None
    if cue is None and lem in L.HAND_VERBS:
        hand = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in ("hand", "finger")), None)
        if hand is not None and lem != "kiss":
            cue = L.HAND_CUE
    if cue is None and lem in L.GAZE_VERBS:
        if lem in L.COLD_VERBS:
            _cold(found, an, b, t, kids, preps, q)
        _gaze(found, an, b, t, kids, preps, q)
        return
    if cue is None and lem in L.LIPS_MEET_VERBS and _lips_meet(found, an, b, t, kids, preps, q):
        return
    if cue is None and lem in L.HAND_MEET_VERBS and _hand_meets(found, an, b, t, kids, preps, q):
        return
    if cue is None and lem in L.NUZZLE_VERBS:
        _nuzzle(found, an, b, t, kids, preps, q)
        return
    if cue is None and lem in L.TENDER_ACTS and _tender(found, an, b, t, lem, kids, preps, q):
        return
    if cue is None and lem in L.PUT_VERBS and _hand_on_hand(found, an, b, t, kids, preps, q):
        return
    if cue is None and lem in L.LEAN_VERBS:
        _lean(found, an, b, t, kids, preps, q)
        return
    if cue is None and lem in L.BED_PULL_VERBS:
        _bed_pull(found, an, b, t, kids, q)
        return
    if cue is None and lem in L.INTO_VERBS and "into" in preps:
        _into(found, an, b, t, preps, q)
        return
    if cue is None and lem == "leave":
        # "she left me": a leaving with a person as the whole object, no place or time
        objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
        if len(objs) == 1 and objs[0].dep_ == "dobj" and not any(
                c.dep_ in ("prep", "advmod", "xcomp", "oprd", "ccomp", "npadvmod", "attr", "dative", "prt")
                for c in kids) and _chars_of(an, bi, objs):
            cue = L.LEFT_CUE
    if cue is None:
        cue = L.VERBS.get(lem)
    if lem in L.SUPERLATIVE_VERBS and _superlative(found, an, b, t, lem, kids, q):
        return
    if cue is None or _negated(t):
        return
    if lem in L.DEATH_BY_OTHERS:
        _death(found, an, b, t, q)

    subj_toks = [c for c in kids if c.dep_ in ("nsubj",)]
    agents = _subjects(an, bi, t, q)
    patients: list[str] = []
    pat_toks = []
    weights = None
    name = cue.name
    # passive: "she was kissed by him"
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    if passive:
        patients = _chars_of(an, bi, passive)
        pat_toks = passive
        by = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        agents = _chars_of(an, bi, by)
        if not agents and cue.reciprocal:
            # "he had been married, once, to a schoolteacher called Marion"
            with_ = [g for p in cue.preps if p in preps for g in preps[p].children if g.dep_ == "pobj"]
            agents = [x for x in _chars_of(an, bi, with_) if x not in patients]
            pat_toks = pat_toks + with_
        if not agents and cue.reciprocal and len(patients) >= 2:
            agents, patients = patients[:1], patients[1:]
        elif not agents and cue.reciprocal:
            grp = _reciprocal(an, bi, b.vstart + t.idx, passive, patients)
            agents, patients = grp[:1], grp[1:]
    else:
        for o in (c for c in kids if c.dep_ in ("dobj", "dative", "iobj")):
            o = _part_of(o)      # "the top of her head": her head
            if o.lemma_.lower() in L.BODY_PARTS or o.lower_ in L.BODY_PARTS:
                poss = [c for c in o.children if c.dep_ == "poss"]
                owners = _chars_of(an, bi, poss)
                if lem in ("kiss", "snog", "smooch") and set(owners) & set(agents) and poss \
                        and poss[0].lower_ in ("his", "her"):
                    # "Juno kissed the top of her head": nobody kisses their own head
                    g = an.guess(bi, poss[0])
                    owners = [g] if g and g not in agents else []
                patients.extend(x for x in owners if x not in patients)
                pat_toks.append(o)
                if lem in ("kiss", "snog", "smooch"):
                    if o.lower_ in L.KISS_SOFT and not _then_properly(kids):
                        weights, name = {L.R: 0.35, L.F: 0.2, L.P: 0.2}, "kiss on the " + o.lower_
                        cue = L.SOFT_KISS
                    elif o.lower_ in L.KISS_STRONG:
                        weights, name = {L.R: 1.7}, "kiss on the " + o.lower_
            elif o.lower_ not in ("love",):
                got = _chars_of(an, bi, [o])
                if lem in ("kiss", "snog", "smooch") and o.lower_ in ("him", "her"):
                    held = _held_face_owner(an, bi, t, o, agents)
                    if held and held not in got:
                        got = [held]
                if o.lower_ in ("him", "her", "them") and set(got) & set(agents):
                    # "Anselm kissed him": a plain object pronoun is never its own subject
                    g = an.guess(bi, o)
                    got = [g] if g and g not in agents else []
                patients.extend(x for x in got if x not in patients)
                pat_toks.append(o)
        for p in dict.fromkeys((*cue.preps, *(("with",) if cue.reciprocal else ()), *((via,) if via else ()))):
            if p in preps:
                objs = [g for g in preps[p].children if g.dep_ == "pobj"]
                got = _part_owners(an, bi, objs)      # ("spat in his face": whose face)
                patients.extend(x for x in got if x not in patients and x not in agents)
                pat_toks.extend(objs)
        if lem in ("kiss", "snog") and "on" in preps:
            # any "on" that names a place to kiss ("On the quay she kissed Jorunn on both
            # cheeks and Anselm on one")
            places = [g for p in kids if p.dep_ in ("prep", "conj") and p.lower_ == "on"
                      for g in p.children if g.dep_ == "pobj" and g.lower_ in L.KISS_SOFT | L.KISS_STRONG]
            # "on the cheek and then on the mouth": the last place kissed says the kiss
            where = next((g for g in places if g.lower_ in L.KISS_STRONG), places[0] if places else None)
            if where is not None and where.lower_ in L.KISS_SOFT and not _then_properly(kids):
                weights, name = {L.R: 0.35, L.F: 0.2, L.P: 0.2}, "kiss on the " + where.lower_
                cue = L.SOFT_KISS
            elif where is not None and where.lower_ in L.KISS_STRONG:
                weights, name = {L.R: 1.7}, "kiss on the " + where.lower_
        if lem in L.HAND_VERBS and cue is L.HAND_CUE and set(patients) <= set(agents):
            # "laced her fingers through Priya's": her own hand, the other's in the prep
            for p in L.HAND_PREPS:
                if p in preps:
                    objs = [g for g in preps[p].children if g.dep_ == "pobj"]
                    got = [x for x in _chars_of(an, bi, objs) if x not in agents]
                    if got:
                        patients = got
                        pat_toks.extend(objs)
                        break
        if not patients and cue.reciprocal:
            grp = _reciprocal(an, bi, b.vstart + t.idx, subj_toks, agents)
            if len(grp) >= 2:
                agents, patients = grp[:1], grp[1:]
                if hand is None and lem in L.HAND_VERBS and any(
                        c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in kids):
                    cue = L.HAND_CUE
    if set(agents) & set(patients) and any(x.lower_ in ("she", "he") for x in _subject_toks(t)) and any(
            g.lower_ in ("my", "our") for o in pat_toks for g in o.children if g.dep_ == "poss"):
        # "she took my hand": a third-person subject is never the first-person owner
        # (the narrator); the one she is is the character at hand
        agents = _near_other(an, b.index, t, exclude=patients)
    if patients and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in kids) and \
            any(x.lower_ in ("she", "he") for x in _subject_toks(t)):
        # "I kissed her ... and she kissed me back": whoever the sentence's first kiss
        # went to, not the last woman named in between
        lo, hi = b.vstart + t.sent.start_char, b.vstart + t.idx
        for h in reversed(found.hits):      # in story order: only the latest few are looked at
            if h.vstart < lo:
                break
            if h.cue.name == cue.name and h.vstart < hi and patients[0] in (h.a, h.b) and h.a != h.b:
                agents = [h.b if h.a == patients[0] else h.a]
                break
    if cue is L.HAND_CUE:
        name = "holding hands"
    if lem in L.DEATH_BY_OTHERS or cue.kind == L.A:
        if _future(t) or (q is not None and _unreal(t)):
            name = "threat: " + name
    if lem == "marry" and t.dep_ == "xcomp" and t.head.lemma_.lower() in ("ask", "beg"):
        # "he asked her to marry him": a proposal, not yet a marriage
        cue = L.Cue("proposal", cue.weights, "proposal", cue.reciprocal, cue.preps)
        name = "proposal"
    if pat_toks and all(x.lower_ in ("us", "we", "ourselves") for x in pat_toks):
        patients = []     # "she'd kill us all": a group, not the one character "us" was tied to
    pairs = _pairs(agents, patients)
    toks = [t, *pat_toks, *subj_toks]
    if q is not None and lem == "love" and pairs and _friendly_vocative(an, b, q, t):
        # "Love you, mate": a friend's word in the same quote makes it a friend's love
        cue = L.Cue("love (friends)", {L.P: 1.0}, None, cue.reciprocal, cue.preps)
        weights, name = None, "love (friends)"
    if q is not None and lem == "love" and _elided_i(t) and weights is None and cue.name == "love":
        # said in passing, at a door or on the phone: less than a declaration
        cue = L.Cue("love you", {k: w * 0.5 for k, w in cue.weights.items()}, None, cue.reciprocal,
                    cue.preps, cue.affection)
        name = "love you"
    if q is not None and lem == "love" and not _past(t, True) and pairs:
        # "I love you" said to the one it is about is a confession; about others it is not
        if not (q.speaker in agents and q.addressee in patients):
            cue = L.Cue(cue.name, cue.weights, None, cue.reciprocal, cue.preps, cue.affection)
    _add(found, b, t, cue, pairs, toks, q, name=name, agent=agents[0] if agents else None, weights=weights)


def _dating_out(t, kids) -> bool:
    """'go out' is dating when it is with someone, together, or going on ('they've been
    going out for a year'); 'had gone out into the garden', 'went out of the room' is not."""
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    if preps - {"with", "for", "since", "before", "after", "during", "until", "till"}:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("again", "together") for c in kids) or "with" in preps:
        return True
    return t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids)


def _held_face_owner(an: Anchors, bi: int, v, o, agents) -> Optional[str]:
    """'took Anatole's face in both hands and kissed him': the him of the kiss is the one
    whose face (hand, jaw) the kisser's other verb just took, when that one is named there
    and of the pronoun's gender (coreference may have chosen a nearer "the pilot")."""
    want = "he" if o.lower_ == "him" else "she"
    sibs = [v.head] if v.dep_ == "conj" else []
    sibs += [c for c in v.children if c.dep_ == "conj"]
    for s_ in sibs:
        for obj in (c for c in s_.children if c.dep_ == "dobj" and c.lower_ in L.BODY_PARTS):
            for p in (c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
                who = [x for x in an.chars(bi, p.i) if x not in agents and an.gender.get(x) in (want, None)]
                if len(who) == 1:
                    return who[0]
    return None


def _then_properly(kids) -> bool:
    """'kissed her, on the forehead first and then properly': the soft kiss was only the
    first of two."""
    return any(t.lower_ == "properly" for k in kids if k.dep_ == "advmod" for t in k.subtree)


def _part_owners(an: Anchors, bi: int, toks) -> list[str]:
    """Characters a token stands for, or who own it when it is a body part ("Ewan's",
    "his shoulder")."""
    out = []
    for o in toks:
        if o.lemma_.lower() in L.BODY_PARTS or o.lower_ in L.BODY_PARTS:
            got = _chars_of(an, bi, [c for c in o.children if c.dep_ == "poss"])
        else:
            got = _chars_of(an, bi, [o])
        out.extend(x for x in got if x not in out)
    return out


def _hand_of(tok):
    """The hand a noun phrase is: "his hand", "the back of his hand", "her fingers"."""
    if tok.lemma_.lower() in L.HAND_SUBJECTS or tok.lower_ in L.HAND_SUBJECTS:
        return tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            g = next((g for g in p.children if g.dep_ == "pobj"), None)
            if g is not None and (g.lemma_.lower() in L.HAND_SUBJECTS or g.lower_ in L.HAND_SUBJECTS):
                return g
    return None


def _hand_meets(found: Found, an: Anchors, b, t, kids, preps, q) -> bool:
    """'His hand found hers', 'the back of her hand brushed his', 'her fingers closed round
    Tom's': one person's hand meeting another's. True when the verb's subject is a hand."""
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    hand = _hand_of(subj) if subj is not None else None
    if hand is None or _negated(t):
        return hand is not None
    bi = b.index
    agents = _chars_of(an, bi, [c for c in hand.children if c.dep_ == "poss"])
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for p in ("round", "around", "over", "with", "through", "against", "on", "in", "into")
             if p in preps for g in preps[p].children if g.dep_ == "pobj"]
    partners = []
    for o in objs:
        got = _part_owners(an, bi, [o])
        if not got and o.lower_ == "hers":
            got = [x for x in [an.guess(bi, o)] if x]    # coref leaves a bare "hers" open
        partners.extend(x for x in got if x not in agents and x not in partners)
    if agents and partners:
        _add(found, b, t, L.HAND_CUE, _pairs(agents[:1], partners[:1]), [t, hand, *objs], q,
             name="holding hands", agent=agents[0])
    return True


def _lips_meet(found: Found, an: Anchors, b, t, kids, preps, q) -> bool:
    """'Their lips met', 'her mouth found his', 'his lips brushed Nell's': a kiss told by
    the mouths. True when the verb's subject is a mouth."""
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.lemma_.lower() in L.LIPS), None)
    if subj is None:
        return False
    if _negated(t):
        return True
    bi = b.index
    owner = [c for c in subj.children if c.dep_ == "poss"]
    agents = _chars_of(an, bi, owner)
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for p in ("against", "on", "over", "with", "to") if p in preps
             for g in preps[p].children if g.dep_ == "pobj"]
    partners = [x for x in _part_owners(an, bi, objs) if x not in agents]
    if not partners and owner and owner[0].lower_ in ("their", "our"):
        # "their lips met": the two last seen; "our lips met": the teller and the other
        vpos = b.vstart + t.idx
        teller, narration = an.section(vpos)
        if owner[0].lower_ == "our" and narration == "first" and teller:
            grp = [teller, *an.recent(vpos, 1, exclude=(teller,))]
        else:
            grp = an.recent(vpos, 2)
        agents, partners = grp[:1], grp[1:2]
    soft = next((o for o in objs if o.lower_ in L.KISS_SOFT), None)
    weights, name = ({L.R: 0.35, L.F: 0.2, L.P: 0.2}, "kiss on the " + soft.lower_) if soft is not None \
        else (dict(L.VERBS["kiss"].weights), "kiss")    # ("his lips brushed her forehead")
    if agents and partners:
        _add(found, b, t, L.VERBS["kiss"], _pairs(agents[:1], partners[:1]), [t, subj, *objs], q,
             name=name, weights=weights, agent=agents[0], unreal=_unreal(t))
    return True


def _nuzzle(found: Found, an: Anchors, b, t, kids, preps, q) -> None:
    """'nuzzled into his neck', 'spooned her'."""
    if _negated(t):
        return
    bi = b.index
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for p in ("into", "against", "up", "to", "on") if p in preps
             for g in preps[p].children if g.dep_ == "pobj"]
    partners = _part_owners(an, bi, objs)
    agents = [x for x in _subjects(an, bi, t, q) if x not in partners]
    if agents and partners:
        _add(found, b, t, L.NUZZLE_CUE, _pairs(agents[:1], partners[:1]), [t, *objs], q, agent=agents[0])


def _tender(found: Found, an: Anchors, b, t, lem: str, kids, preps, q) -> bool:
    """A tender act told by the body (lexicon.TENDER_ACTS): 'wrapped his arms around Tom',
    'cupped her face', 'tucked a strand of hair behind her ear', 'climbed into his lap',
    'they shared a bed'. True when the verb is that act."""
    act = L.TENDER_ACTS[lem]
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    if act.things and (dobj is None or dobj.lemma_.lower() not in act.things):
        return False
    # (the preposition may hang on the object: "tucked a strand of hair behind her ear")
    heads = [t] + ([dobj] if dobj is not None else [])
    pobjs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in act.preps
             for g in c.children if g.dep_ == "pobj"]
    if act.target:
        pobjs = [g for g in pobjs if g.lemma_.lower() in act.target]
        if not pobjs:
            return False
    if _negated(t):
        return True
    bi = b.index
    agents = _subjects(an, bi, t, q)
    if act.whose == "group":
        subj = [c for c in kids if c.dep_ == "nsubj"]
        grp = _reciprocal(an, bi, b.vstart + t.idx, subj, agents)
        agents, partners = grp[:1], grp[1:2]
    elif act.whose == "obj":
        partners = _part_owners(an, bi, [dobj])
    elif act.whose == "prep":
        partners = _part_owners(an, bi, pobjs)
    else:
        partners = _chars_of(an, bi, [c for o in pobjs for c in o.children if c.dep_ == "poss"])
    partners = [x for x in partners if x not in agents]
    if agents and partners:
        toks = [t, *([dobj] if dobj is not None else []), *pobjs]
        _add(found, b, t, act.cue, _pairs(agents[:1], partners[:1]), toks, q, agent=agents[0])
    return True


def _earlier_hand(t):
    """The hand an "it" stands for: the last hand the sentence named before t ("took one
    hand out of his pocket and ... put it over Lachlan's")."""
    return next((x for x in reversed(t.doc[t.sent.start:t.i]) if x.dep_ == "dobj" and _hand_of(x) is not None), None)


def _hand_owners(an: Anchors, bi: int, hand) -> list[str]:
    """Whose hand: its possessor ("his hand"), else the subject of the verb that holds it."""
    got = _chars_of(an, bi, [c for c in hand.children if c.dep_ == "poss"])
    return got or _chars_of(an, bi, [c for c in hand.head.children if c.dep_ == "nsubj"])


def _hand_on_hand(found: Found, an: Anchors, b, t, kids, preps, q) -> bool:
    """'put it over Lachlan's', 'she put hers into it', 'laid her hand over his': one
    person's hand set on another's. True when the verb's object is a hand."""
    d = next((c for c in kids if c.dep_ == "dobj"), None)
    if d is None:
        return False
    bi = b.index
    objs = [g for p in ("over", "on", "onto", "into", "atop", "against") if p in preps
            for g in preps[p].children if g.dep_ == "pobj"]
    # the hand an "it" stands for, on either side
    earlier = _earlier_hand(t) if any(x.lower_ == "it" for x in (d, *objs)) else None
    hand = _hand_of(d)
    if hand is not None:
        agents = _hand_owners(an, bi, hand) or _subjects(an, bi, t, q)
    elif d.lower_ in ("hers", "his"):
        agents = _subjects(an, bi, t, q)
    elif d.lower_ == "it" and earlier is not None:
        agents = _hand_owners(an, bi, earlier)
    else:
        return False
    if _negated(t) or not agents:
        return True
    partners: list[str] = []
    for g in objs:
        gh = _hand_of(g)
        if gh is not None:
            got = _hand_owners(an, bi, gh)
        elif g.lower_ in ("hers", "his"):
            got = [x for x in [an.guess(bi, g)] if x]
        elif g.lower_ == "it" and earlier is not None:
            got = _hand_owners(an, bi, earlier)
        elif any(c.dep_ == "case" for c in g.children):
            got = _chars_of(an, bi, [g])      # "over Lachlan's": Lachlan's hand
        else:
            got = []
        partners.extend(x for x in got if x not in agents and x not in partners)
    if partners:
        _add(found, b, t, L.HAND_CUE, _pairs(agents[:1], partners[:1]), [t, d, *objs], q,
             name="holding hands", agent=agents[0])
    return True


def _into(found: Found, an: Anchors, b, t, preps, q) -> None:
    """'He was laughing into my shoulder', 'she said, into my hair': a face pressed to
    someone, the speaker's and the one whose shoulder it is."""
    part = next((g for g in preps["into"].children if g.dep_ == "pobj" and g.lemma_.lower() in L.INTO_PARTS), None)
    if part is None or _negated(t):
        return
    bi = b.index
    agents = _subjects(an, bi, t, q)
    partners = [x for x in _part_owners(an, bi, [part]) if x not in agents]
    if part.lemma_.lower() in ("mouth", "lip"):
        # "laughing into her mouth": only a kiss puts a laugh there (and never into one's own)
        if not partners and agents:
            partners = [x for x in _near_other(an, bi, t, exclude=agents)]
        _add(found, b, t, L.VERBS["kiss"], _pairs(agents[:1], partners[:1]), [t, part], q,
             name="kiss", agent=agents[0] if agents else None)
        return
    _add(found, b, t, L.INTO_CUE, _pairs(agents[:1], partners[:1]), [t, part], q,
         name="face into a shoulder", agent=agents[0] if agents else None)


def _lean(found: Found, an: Anchors, b, t, kids, preps, q) -> None:
    """'rested his forehead against Ewan's', 'leaned her head on his shoulder', 'until his
    forehead rested against Emeric's shoulder'."""
    part = next((c for c in kids if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in L.LEAN_PARTS
                 and (c.dep_ == "dobj" or any(g.dep_ == "poss" for g in c.children))), None)
    if part is None or _negated(t):
        return
    bi = b.index
    agents = _chars_of(an, bi, [c for c in part.children if c.dep_ == "poss"]) or _subjects(an, bi, t, q)
    objs = [g for p in ("against", "on", "onto", "into", "to") if p in preps
            for g in preps[p].children if g.dep_ == "pobj"]
    partners = [x for x in _part_owners(an, bi, objs) if x not in agents]
    _add(found, b, t, L.LEAN_CUE, _pairs(agents[:1], partners[:1]), [t, part, *objs], q,
         agent=agents[0] if agents else None)


def _bed_pull(found: Found, an: Anchors, b, t, kids, q) -> None:
    """'lay down on the narrow bunk and pulled Bastien down with him', 'drew her down onto
    the bed': pulled down, in a sentence with a bed in it."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in kids) or _negated(t):
        return
    if not any(x.lemma_.lower() in L.BEDS for x in t.sent):
        return
    bi = b.index
    objs = [c for c in kids if c.dep_ == "dobj"]
    partners = _chars_of(an, bi, objs)
    agents = [x for x in _subjects(an, bi, t, q) if x not in partners]
    _add(found, b, t, L.BED_CUE, _pairs(agents[:1], partners[:1]), [t, *objs], q,
         agent=agents[0] if agents else None)


def _superlative(found: Found, an: Anchors, b, t, lem: str, kids, q) -> bool:
    """'I have never liked anyone so quickly': said of the one the text was just about (the
    subject of the nearest sentence before that names someone else)."""
    if not any(c.dep_ == "neg" and c.lower_ == "never" for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj" and c.lower_ in L.ANYONE), None)
    if obj is None:
        return False
    degree = any((c.dep_ == "advmod" and (c.lower_ in ("so", "as", "more") or
                                          any(g.lower_ in ("so", "as", "more") for g in c.children)))
                 or (c.dep_ == "npadvmod" and c.lower_ == "way")
                 or (c.dep_ == "prep" and c.lower_ == "like") for c in kids)
    if not degree:
        return False
    bi = b.index
    who = _subjects(an, bi, t, q)
    if not who:
        return True
    target = _topic_before(an, bi, t, who)
    _add(found, b, t, L.SUPERLATIVE_VERBS[lem], _pairs(who[:1], target), [t, obj], q,
         agent=who[0], unreal=False)
    return True


def _topic_before(an: Anchors, bi: int, t, exclude: list[str]) -> list[str]:
    """The character who is the subject of the nearest earlier sentence (this paragraph,
    then the one before) that has a character subject other than ``exclude``."""
    doc = t.doc
    toks = an.tok.get(bi, {})
    sents = [s for s in doc.sents if s.end <= t.sent.start]
    for s in reversed(sents):
        for x in s:
            c = toks.get(x.i)
            if c and c not in exclude and x.dep_ in ("nsubj", "nsubjpass"):
                return [c]
    prev = an.recent(an_vpos(t, bi, an) - t.idx - 1, 1, exclude=tuple(exclude), window=800)
    return prev


def _cold(found: Found, an: Anchors, b, t, kids, preps, q) -> None:
    """'looked at him for a long, cold moment', 'eyed him coldly', 'smiled without warmth'."""
    cold = any(c.dep_ == "advmod" and c.lower_ in L.COLD_ADVERBS for c in kids)
    for p, ptok in preps.items():
        for g in ptok.children:
            if g.dep_ != "pobj":
                continue
            if p == "without" and g.lemma_.lower() in ("warmth", "kindness", "humour", "humor", "mirth"):
                cold = True
            elif p in ("for", "with") and any(a.dep_ == "amod" and a.lower_ in L.COLD_ADJECTIVES for a in g.children):
                cold = True
    if not cold or _negated(t):
        return
    bi = b.index
    who = _subjects(an, bi, t, q)
    if not who:
        return
    objs = [c for c in kids if c.dep_ == "dobj"] + [g for p in ("at", "on", "to") if p in preps
                                                     for g in preps[p].children if g.dep_ == "pobj"]
    target = [x for x in _chars_of(an, bi, objs) if x not in who] if objs else []
    if not target:
        target = _interlocutor(an, bi, b.vstart + t.idx, who) or _near_other(an, bi, t, who)
    _add(found, b, t, L.COLD_CUE, _pairs(who[:1], target[:1]), [t, *objs], q, agent=who[0])


def _gaze(found: Found, an: Anchors, b, t, kids, preps, q) -> None:
    """'his eyes dropped to her mouth', 'stared at Rufus's lips'; 'they looked at each other
    for so long' (a long mutual look)."""
    if _negated(t):
        return
    bi = b.index
    objs = [g for p in ("at", "to", "on") if p in preps for g in preps[p].children if g.dep_ == "pobj"]
    subj = _subject_toks(t)
    # the looker: the subject, or the owner of the eyes that move
    who = _part_owners(an, bi, subj) if subj and subj[0].lemma_.lower() in ("eye", "gaze", "glance") \
        else _subjects(an, bi, t, q)
    mouth = [o for o in objs if o.lemma_.lower() in L.GAZE_PARTS or o.lower_ in L.GAZE_PARTS]
    if mouth and who:
        target = [x for x in _part_owners(an, bi, mouth) if x not in who]
        _add(found, b, t, L.GAZE_CUE, _pairs(who[:1], target[:1]), [t, *mouth], q, agent=who[0])
        return
    if t.lemma_.lower() not in ("look", "stare", "gaze") or "for" not in preps:
        return
    dur = [g for g in preps["for"].children if g.dep_ in ("pobj", "pcomp")]
    long_ = any(g.lower_ == "long" or any(a.lower_ == "long" for a in g.children) for g in dur)
    mutual = any(o.lower_ == "other" and any(d.lower_ == "each" for d in o.children) for o in objs)
    if long_ and mutual:
        grp = _reciprocal(an, bi, b.vstart + t.idx, subj, _chars_of(an, bi, subj))
        if len(grp) >= 2:
            _add(found, b, t, L.LONG_LOOK_CUE, [(grp[0], grp[1])], [t, *objs], q)


def _interlocutor(an: Anchors, bi: int, vpos: int, who: list[str], want: Optional[str] = None) -> list[str]:
    """The one ``who`` is talking with around vpos (this paragraph or the next); with
    ``want``, only someone of that gender (or unknown)."""
    best = None
    for qb in (bi, bi + 1):
        for q in an.quotes.get(qb, ()):
            if q.speaker in who and q.addressee and q.addressee not in who:
                other = q.addressee
            elif q.addressee in who and q.speaker and q.speaker not in who:
                other = q.speaker
            else:
                continue
            if want is not None and an.gender.get(other) not in (want, None):
                continue
            d = min(abs(q.vstart - vpos), abs(q.vend - vpos))
            if best is None or d < best[0]:
                best = (d, other)
    return [best[1]] if best else []


def _blush(found: Found, an: Anchors, b, t, lem: str, q) -> None:
    """'she blushed', 'his ears went pink', 'had gone the colour of ...', 'flushed to the
    collar': the one blushing and the one they are with."""
    if q is not None:
        return      # "You went pink when I said Porto": a blush talked about, over someone else
    bi = b.index
    v = t if lem in L.BLUSH_VERBS else t.head
    if lem not in L.BLUSH_VERBS and v.lemma_.lower() not in ("go", "turn", "flush", "be"):
        return
    if lem in ("colour", "color") and v.lemma_.lower() not in ("go", "turn"):
        return
    if _negated(v):
        return
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in L.NOT_BLUSH for g in c.children) for c in (*t.children, *v.children)):
        return      # "red with anger", "pink with cold"
    subj = _subject_toks(v) or [c for c in v.children if c.dep_ == "nsubj"]
    if v.lemma_.lower() == "be" and not any(x.lemma_.lower() in L.BLUSH_PARTS or x.lower_ in L.BLUSH_PARTS
                                            for x in subj):
        return      # "the door was red", "she was red" (sunburn? anger?): only a face or ears
    who = _part_owners(an, bi, subj) if subj else []
    if not who:
        who = _subjects(an, bi, v, q)
    if not who:
        return
    vpos = b.vstart + t.idx
    target = _interlocutor(an, bi, vpos, who) or _near_other(an, bi, t, who)
    _add(found, b, t, L.BLUSH_CUE, _pairs(who[:1], target[:1]), [v, t, *subj], q, agent=who[0])


_FRIEND_WORDS = sorted(w for w, c in L.VOCATIVES.items() if c.kind == L.P)
_FRIEND_VOC = re.compile(r"(?:,|\bmy)\s+(?:" + "|".join(_FRIEND_WORDS) + r")\b", re.I)
# "Love you, idiot": a bare "love you" with a teasing insult for a name is friends' talk
# ("I love you, you idiot" is not: with its "I" it is a declaration)
_BANTER = re.compile(r"^\W*love (?:you|ya)(?: too)?\s*,\s*(?:you\s+)?(?:" + "|".join(L.TEASING) + r")\b", re.I)


def _friendly_vocative(an: Anchors, b, q, t) -> bool:
    """A friend's vocative (mate, man, bro, buddy) in what the speaker says in this
    paragraph: '"Love you, mate," he said. "I love you."'"""
    for x in an.quotes.get(b.index, ()):
        if x is q or (x.speaker == q.speaker and x.addressee == q.addressee):
            lo, hi = max(0, x.vstart - b.vstart), max(0, x.vend - b.vstart)
            said = t.doc.text[lo:hi]
            if _FRIEND_VOC.search(said) or (x is q and _BANTER.search(said)):
                return True
    return False


def _death(found: Found, an: Anchors, b, t, q) -> None:
    # dialogue is full of figurative deaths ("I'll kill you", "I nearly died"): narration only
    if q is not None or _negated(t) or _unreal(t) or _future(t):
        return
    lem = t.lemma_.lower()
    if lem in L.DEATH_BY_OTHERS:
        who = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
    else:
        who = [c for c in t.children if c.dep_ in ("nsubj",)]
    for c in _chars_of(an, b.index, who):
        vs, ve = _span(b, [t, *who])
        found.deaths.append(Death(c, vs, ve, _past(t, False)))


def _death_noun(found: Found, an: Anchors, b, t) -> None:
    """'a month too late for Kwabena's funeral', 'at Hesper's grave': its named owner is
    dead (told in the narration; "it's your funeral" is said aloud). A name only: "his
    mother's funeral" would lean on whoever coreference took "his mother" for."""
    owner = [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    for c in _chars_of(an, b.index, owner):
        vs, ve = _span(b, [*owner, t])
        found.deaths.append(Death(c, vs, ve, True))


def _noun_referent(an: Anchors, bi: int, t) -> tuple[list[str], list]:
    """Who the relation noun names: its own coreference anchor, an apposition, the subject
    of a copula, the object it was introduced as."""
    own = an.char(bi, t.i)
    if own and own not in an.nominal:
        return [own], [t]
    if t.dep_ == "appos":
        return _chars_of(an, bi, [t.head]), [t.head]
    if t.dep_ == "attr":
        # "He's my brother, Dace": the copula's subject is the brother; the name after
        # the comma is the one spoken to
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        got = _chars_of(an, bi, subj)
        if got:
            return got, subj
    app = [c for c in t.children if c.dep_ in ("appos",)] + \
          [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if app:
        return _chars_of(an, bi, app), app
    if t.dep_ == "compound" and t.head.pos_ == "PROPN":
        return _chars_of(an, bi, [t.head]), [t.head]
    if t.dep_ in ("attr", "acomp", "oprd") or (t.dep_ == "conj" and t.head.dep_ == "attr"):
        h = t.head if t.dep_ != "conj" else t.head.head
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _chars_of(an, bi, subj), subj
    if t.dep_ == "pobj" and t.head.lower_ == "as":
        v = t.head.head
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if objs:
            return _chars_of(an, bi, objs), objs
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _chars_of(an, bi, subj), subj
    return [], []


def _noun(found: Found, an: Anchors, b, t, lem: str, q) -> None:
    bi = b.index
    low = t.lower_
    cue = L.NOUNS.get(lem) or L.NOUNS.get(low)
    if cue is None:
        return
    if lem == "date" and t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_ == "use":
        # "we used to date": a verb spaCy tagged as a noun
        cue = L.VERBS["date"]
    kids = list(t.children)
    mods = {c.lower_ for c in kids if c.dep_ in ("amod", "compound", "nmod")}
    prev = [x.lower_ for x in t.doc[max(0, t.i - 2):t.i]]
    past = cue.past or bool(mods & {"ex", "former", "late", "previous", "deceased", "dead"}) or \
        (prev[-2:] == ["ex", "-"]) or (cue.kind == L.R and "old" in mods)
    name = cue.name
    weights = dict(cue.weights)
    if "best" in mods and cue.kind == L.P:
        name, weights = "best friend", {L.P: 1.7}
    if mods & L.WEAK_MODIFIERS:
        weights = {L.P: 0.3}
        name = f"{min(mods & L.WEAK_MODIFIERS)} {low}"
    if any(c.dep_ == "neg" or c.lower_ in ("no", "not", "never") for c in kids) or \
            (t.dep_ == "attr" and _negated(t.head) and not any(c.dep_ == "amod" for c in kids)):
        # ("It was not a precise kiss" denies the adjective, not the kiss)
        return
    if cue.kind == L.F and t.dep_ == "pobj" and t.head.lower_ == "like":
        _like_family(found, an, b, t, q)
        return
    poss_toks = [c for c in kids if c.dep_ == "poss"]
    if not poss_toks and t.dep_ == "compound":
        poss_toks = [c for c in t.head.children if c.dep_ == "poss"]
    # "the mother of X"
    if not poss_toks:
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            poss_toks = [g for g in of.children if g.dep_ == "pobj"]
    # "our mother": who "we" are is too unsure to make anyone family
    owners = _chars_of(an, bi, [p for p in poss_toks if p.lower_ not in ("our", "their")])
    # "a crush on her", "feelings for him", "friends with Buffy": the partner is a pobj
    partner_toks = [g for c in kids if c.dep_ == "prep" and c.lower_ in cue.preps
                    for g in c.children if g.dep_ == "pobj"]
    if t.dep_ == "attr" and not partner_toks:
        partner_toks = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ in cue.preps
                        for g in c.children if g.dep_ == "pobj"]
    partners = _chars_of(an, bi, partner_toks)
    if partners:
        holders = owners
        if not holders:
            h = t.head
            while h.dep_ in ("prep", "pobj", "dobj", "attr") and h.head is not h:
                h = h.head
            holders = _subjects(an, bi, h, q)
        if holders:
            _add(found, b, t, cue, _pairs(holders, partners), [t, *partner_toks], q, name=name,
                 weights=weights, past=past, agent=holders[0], unreal=_unreal(t.head))
        return
    if owners:
        refs, ref_toks = _noun_referent(an, bi, t)
        if refs and lem in L.GENDERED_NOUNS:
            # "I'm your mother" in a line given to a man: the line's speaker is wrong, not
            # the word; a relation noun names only someone of its own gender
            want = "she" if lem in L.FEMALE_NOUNS else "he"
            refs = [r for r in refs if an.gender.get(r) in (want, None)]
            ref_toks = ref_toks if refs else []
        if q is not None and q.speaker and q.speaker not in owners and t.dep_ == "ROOT" and t.sent.start > 0:
            # "Ruth. Efua's wife.": a speaker who names herself, then says what she is
            prev = t.doc[t.sent.start - 1].sent
            if len(prev) <= 3 and any(an.char(bi, x.i) == q.speaker for x in prev):
                refs, ref_toks = [q.speaker], [t]
        guessed = False
        if not refs and (cue.kind in (L.F, L.R)) and t.dep_ not in ("attr",):
            # said in a quote, "your father" is neither of the two talking
            skip = owners + ([x for x in (q.speaker, q.addressee) if x] if q is not None else [])
            refs, ref_toks, sure = _nearby_referent(an, bi, t, skip, lem)
            # a fragment that renames the one just named is an apposition across a full
            # stop, as sure as one inside the sentence; the other guesses weigh less
            guessed = bool(refs) and not sure
            if guessed:
                factor = 0.6 if cue.kind == L.F else 0.35
                weights = {k: v * factor for k, v in weights.items()}
        own = an.char(bi, t.i)
        want = "she" if lem in L.FEMALE_NOUNS else "he" if lem in L.MALE_NOUNS else None
        if not refs and own and (want is None or an.gender.get(own) in (want, None)):
            # an unnamed "her sister" entity of its own, when no named one fits
            refs, ref_toks = [own], [t]
        if refs:
            lead = []
            if low in ("mother", "father", "mom", "dad", "mum") and len(poss_toks) == 1:
                lead = [poss_toks[0]]
            _add(found, b, t, cue, _pairs(owners, refs), [t, *ref_toks, *poss_toks, *lead], q,
                 name=_poss_name(poss_toks, name), weights=weights, past=past,
                 unreal=_unreal(t.head) if t.dep_ in ("attr",) else False, guessed=guessed,
                 role=lem if cue.kind == L.F else None)
        return
    # "It was not a precise kiss. Evaine was the one who started it": a kiss nobody owns,
    # told in a paragraph that names two people and no one else, is theirs
    if lem == "kiss" and q is None and not poss_toks and not partner_toks and t.tag_ == "NN":
        toks = an.tok.get(bi, {})
        named = {toks[i] for i in toks if t.doc[i].pos_ == "PROPN" and toks[i] not in an.nominal}
        if len(named) == 2:
            a, b2 = sorted(named)
            _add(found, b, t, cue, [(a, b2)], [t], q, name=name, weights={L.R: BARE_KISS},
                 past=past, unreal=_unreal(t.head))
            return
    # "they were friends", "we're sisters", "Willow and Tara were girlfriends"
    if cue.reciprocal and t.tag_ in ("NNS", "NNPS") and t.dep_ in ("attr",):
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        agents = _chars_of(an, bi, subj)
        grp = _reciprocal(an, bi, b.vstart + t.idx, subj, agents)
        if len(grp) >= 2:
            _add(found, b, t, cue, [(grp[0], x) for x in grp[1:]], [t, *subj], q, name=name,
                 weights=weights, past=past, unreal=_unreal(t.head))


def _like_family(found: Found, an: Anchors, b, t, q) -> None:
    """'Mira was like a sister to Jonah', 'he loved her like his own daughter': chosen
    family, which the archive tags as friendship ("&"), not kin."""
    bi = b.index
    v = t.head.head
    for _ in range(3):      # ("loved Pia like his own daughter": "like" may hang on Pia)
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    holders = _subjects(an, bi, v, q)
    tos = [g for h in (t, t.head, v) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
           for g in c.children if g.dep_ == "pobj"]
    others = _chars_of(an, bi, tos) or _chars_of(an, bi, [c for c in v.children if c.dep_ == "dobj"])
    others = [x for x in others if x not in holders]
    _add(found, b, t, L.LIKE_FAMILY, _pairs(holders[:1], others[:1]), [t, *tos], q,
         agent=holders[0] if holders else None)


BARE_KISS = 0.8     # a kiss given to the paragraph's two named people: less sure than "kissed her"
_TELL = frozenset({"tell", "ask", "whisper", "promise", "warn", "remind", "admit", "confess"})


def _nearby_referent(an: Anchors, bi: int, t, owners: list[str], lem: str) -> tuple[list[str], list, bool]:
    """'Her father was mending nets. Gunnar had mended nets there for years': a relation noun
    nobody resolved names the nearest character of its gender after it in its own sentence, else the
    first one of the next sentence, else the last one of the sentence before. The flag says
    the noun is a verbless fragment renaming the one just named (no guess)."""
    want = "she" if lem in L.FEMALE_NOUNS else "he" if lem in L.MALE_NOUNS else None
    toks = an.tok.get(bi, {})
    # "I told him I thought my father knew": the one told about a relative is not that
    # relative
    told = {toks[c.i] for v in t.sent if v.lemma_.lower() in _TELL for c in v.children
            if c.dep_ in ("dobj", "dative") and c.i in toks}

    def ok(i):
        c = toks.get(i)
        if c is None or c in owners or c in told:
            return False
        return want is None or an.gender.get(c) in (want, None)

    def named(i):
        # a name, not a pronoun: pronouns near a kin noun are as often the owner as not
        return t.doc[i].pos_ != "PRON" and t.doc[i].text[:1].isupper()

    sent = t.sent
    # "Lucan is going to your cousin's wedding": the subject of the verb the noun hangs
    # from does something to or at the relative; it is not the relative
    v = t
    while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    actor = ({c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
             if v.i != t.i and t.dep_ != "nsubj" else set())
    same = [i for i in range(sent.start, sent.end) if i != t.i and ok(i) and named(i)
            and t.doc[i].head.i != t.i       # not the noun's own possessor
            and i not in actor and not (t.doc[i].dep_ == "compound" and t.doc[i].head.i in actor)
            and not _parallel(t, t.doc[i])
            # "Hattie read it on Gus's phone and passed it to her husband": one named
            # earlier in the sentence would be "him" by now, not her husband
            and i > t.i]
    if same:
        i = min(same, key=lambda i: abs(i - t.i))
        return [toks[i]], [t.doc[i]], False
    # the one the owner is talking with in this scene ("Hope looked back at her sister"),
    # in narration only (in dialogue "your mother" is mostly someone absent), and not for
    # a noun that only owns another ("my sister's girlfriend")
    vpos = an.block_start.get(bi, 0) + t.idx
    in_quote = an.quote_at(bi, vpos) is not None
    if not in_quote and t.dep_ == "poss" and t.head.lemma_.lower() in L.BODY_PARTS:
        # "put her hand flat in the middle of her wife's back": one whose back can be
        # touched is in the scene -- the one person of that gender the paragraph names
        here = {toks[i] for i in range(len(t.doc)) if i != t.i and ok(i) and named(i)}
        if len(here) == 1:
            return [here.pop()], [t], False
    if not in_quote and t.dep_ != "poss":
        other = [x for x in _interlocutor(an, bi, vpos, owners, want) if x not in told]
        if other:       # ("He told me about his mother": not the one told)
            return other, [t], False
    # a verbless fragment names the one just named: "That's Hester. My wife."
    if t.dep_ == "ROOT" and sent.start > 0:
        prev = t.doc[sent.start - 1].sent
        for i in range(prev.end - 1, prev.start - 1, -1):
            # (or a name said as a sentence of its own: "Ruth. Efua's wife.")
            if ok(i) and named(i) and (t.doc[i].dep_ in ("attr", "nsubj", "appos", "dobj")
                                       or (t.doc[i].dep_ == "ROOT" and len(prev) <= 3)):
                return [toks[i]], [t], True
    # the next sentence, when it is about that character: "Her father was mending nets.
    # Gunnar had mended nets there for thirty years."
    doc = t.doc
    for i in range(sent.end, min(len(doc), sent.end + 40)):
        if doc[i].sent.start != sent.end:
            break
        if ok(i) and named(i) and doc[i].dep_ in ("nsubj", "nsubjpass"):
            return [toks[i]], [t], False
    # the last sentence of its paragraph, the noun its subject: "Ewan's sister rang every
    # Sunday." then '"You sound tired," Morag said.' -- the one who speaks first next
    if t.dep_ == "nsubj" and sent.end == len(doc) and not in_quote:
        for q in an.quotes.get(bi + 1, ())[:1]:
            c = q.speaker
            if c and c not in owners and (want is None or an.gender.get(c) in (want, None)):
                return [c], [t], False
    return [], [], False


def _parallel(a, b) -> bool:
    """Two members of one list ("with Dad, and then with Mum, and then with Kit's fiancée";
    "Mum and Kit's fiancée"): different people."""
    if a.head.i == b.i or b.head.i == a.i:
        return a.dep_ == "conj" or b.dep_ == "conj"
    if a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i:
        return True
    return a.dep_ == b.dep_ == "pobj" and a.head.lower_ == b.head.lower_ and a.head.i != b.head.i and (
        a.head.head.i == b.head.head.i or "conj" in (a.head.dep_, b.head.dep_))


def _poss_name(poss_toks, name: str) -> str:
    if len(poss_toks) == 1 and poss_toks[0].pos_ == "PRON":
        return f"{poss_toks[0].lower_} {name}"
    return name


def _adjective(found: Found, an: Anchors, b, t, q) -> None:
    cue = L.ADJECTIVES.get(t.lower_) or L.ADJECTIVES.get(t.lemma_.lower())
    if cue is None or _negated(t) or (t.dep_ == "acomp" and _negated(t.head)):
        return
    bi = b.index
    partner_toks = [g for c in t.children if c.dep_ == "prep" and c.lower_ in cue.preps
                    for g in c.children if g.dep_ == "pobj"]
    if t.dep_ in ("acomp", "attr"):
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not partner_toks:
            partner_toks = [g for c in t.head.children if c.dep_ == "prep" and c.lower_ in cue.preps
                            for g in c.children if g.dep_ == "pobj"]
    else:
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    agents = _chars_of(an, bi, subj)
    partners = _chars_of(an, bi, partner_toks)
    if cue.name == "promised to" and not (partners and any(c.dep_ == "auxpass" for c in t.children)):
        return      # "I promised", "she promised to come": a promise, not a betrothal
    if not partners and cue.reciprocal:
        grp = _reciprocal(an, bi, b.vstart + t.idx, subj, agents)
        if len(grp) >= 2:
            agents, partners = grp[:1], grp[1:]
    head = t.head if t.dep_ in ("acomp", "attr") else t
    _add(found, b, t, cue, _pairs(agents, partners), [t, *subj, *partner_toks], q,
         unreal=_unreal(head), past=_past(head, q is not None) or cue.past,
         agent=agents[0] if agents else None)


def _subject_couple(an: Anchors, b, v, at: int) -> tuple[list[str], list]:
    """The two a verb's subject makes ("X and I", "we", "they": read as at view offset
    ``at`` in the block), and the subject tokens."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _reciprocal(an, b.index, b.vstart + at, subj, _chars_of(an, b.index, subj)), subj


def _together(found: Found, an: Anchors, b, t, q) -> None:
    """'X and I had been together two years', 'we got together': a couple."""
    v = t.head
    if v.lemma_.lower() not in L.TOGETHER_HEADS or _negated(v):
        return
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)
    timed = any(w.lower_ in L.TOGETHER_TIME for w in v.subtree)
    # "when we were together, I mean": a time of their life named by the bond (not "when
    # we were together in Paris", a trip)
    bare_when = (any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while") for c in v.children)
                 and not any(c.dep_ in ("prep", "attr", "acomp", "dobj", "npadvmod") for c in v.children)
                 and not list(t.children))
    if not (v.lemma_.lower() == "get" or perfect or timed or bare_when):
        return
    grp, subj = _subject_couple(an, b, v, t.idx)
    if len(grp) < 2:
        return
    # said aloud, "when we were together" is over
    _add(found, b, t, L.TOGETHER, _pairs(grp[:1], grp[1:2]), [t, *subj], q,
         unreal=_unreal(v), past=_past(v, q is not None) or (bare_when and q is not None and v.tag_ == "VBD"),
         agent=grp[0])


def _years_of(found: Found, an: Anchors, b, t, q) -> None:
    """'in five years of me he never once wore a colour', 'for all four years of him', 'the
    last two years of us': a counted stretch of someone, as the teller lived it (not 'three
    years of him checking my phone', a habit; not 'six months of her bank statements')."""
    if not any(c.dep_ == "nummod" for c in t.children):
        return
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    who = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if who is None or who.lower_ not in L.YEARS_OF_WHO or list(who.children) or list(of.children)[1:]:
        return
    nxt = who.nbor(1) if who.i + 1 < len(who.doc) else None
    if nxt is not None and (nxt.tag_ in ("VBG", "VBN") or nxt.pos_ in ("NOUN", "PROPN")):
        return
    vpos = b.vstart + who.idx
    narrator, narration = an.section(vpos)
    teller = q.speaker if q is not None else (narrator if narration == "first" else None)
    if not teller:
        return
    v = t.head.head if t.dep_ == "pobj" else t.head
    if who.lower_ in ("him", "her"):
        other = list(an.chars(b.index, who.i)) or [g for g in [an.guess(b.index, who)] if g]
    else:
        # "of me" / "of us": the other one is the one the sentence is about ("he never wore"),
        # or the one the teller was with ("the easiest silence I had had with him")
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        withs = [g for w in v.subtree if w.lower_ == "with" and w.dep_ == "prep"
                 for g in w.children if g.dep_ == "pobj"]
        other = _chars_of(an, b.index, subj + withs)
    other = [x for x in other if x != teller]
    if len(other) != 1:
        return
    _add(found, b, t, L.YEARS_OF, [(teller, other[0])], [t, who], q, agent=teller)


def _an_item(found: Found, an: Anchors, b, t, q) -> None:
    """'they had been an item', 'are you two an item?': a couple, said of two at once."""
    v = t.head
    if v.lemma_.lower() != "be" or _negated(v) or not any(c.lower_ == "an" for c in t.children):
        return
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("they had been, as Delphine's grandmother put it, an item": they, before the aside)
    grp, subj = _subject_couple(an, b, v, subj[0].idx if subj else t.idx)
    if len(grp) < 2:
        return
    _add(found, b, t, L.TOGETHER, _pairs(grp[:1], grp[1:2]), [t, *subj], q, name="an item",
         unreal=_unreal(v), past=_past(v, q is not None), agent=grp[0])


def _been_with(found: Found, an: Anchors, b, t, q) -> None:
    """'Anj has been with me fourteen months', 'he'd been with Tom for years': a couple
    (with a perfect and a length of time; 'she has been with me all day' is not)."""
    v = t.head
    if _negated(v) or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children):
        return
    if not any(w.lower_ in L.TOGETHER_TIME - {"since"} for w in v.subtree):
        return
    partners = _chars_of(an, b.index, [g for g in t.children if g.dep_ == "pobj"])
    agents = [x for x in _subjects(an, b.index, v, q) if x not in partners]
    if not partners or not agents:
        return
    _add(found, b, t, L.TOGETHER, _pairs(agents[:1], partners[:1]), [v, t], q,
         unreal=_unreal(v), past=_past(v, q is not None), agent=agents[0])


def _in_love(found: Found, an: Anchors, b, t, q) -> None:
    """'in love with her', 'fell in love with him': the with-phrase may hang on either word."""
    prep_in = t.head
    v = prep_in.head
    withs = [c for c in (*t.children, *v.children) if c.dep_ == "prep" and c.lower_ == "with"]
    partner_toks = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    if _negated(v):
        return
    agents = _subjects(an, b.index, v, q)
    partners = _chars_of(an, b.index, partner_toks)
    if not partners:
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        grp = _reciprocal(an, b.index, b.vstart + t.idx, subj, agents)
        if len(grp) >= 2 and subj and subj[0].lower_ in L.GROUP_WORDS | {"and"} or len(agents) >= 2:
            agents, partners = grp[:1], grp[1:]
    _add(found, b, t, L.IN_LOVE, _pairs(agents, partners), [v, t, *partner_toks], q,
         unreal=_unreal(v), past=_past(v, q is not None), agent=agents[0] if agents else None)


def _near_other(an: Anchors, bi: int, t, exclude: list[str]) -> list[str]:
    """The character at hand: nearest other one in the sentence, else the last one seen."""
    toks = an.tok.get(bi, {})
    sent = t.sent
    same = [i for i in range(sent.start, sent.end) if toks.get(i) and toks[i] not in exclude]
    if same:
        return [toks[min(same, key=lambda i: abs(i - t.i))]]
    return an.recent(an_vpos(t, bi, an), 1, exclude=tuple(exclude), window=600)


def an_vpos(t, bi, an) -> int:
    return an.block_start.get(bi, 0) + t.idx


def _feeler(an: Anchors, bi: int, vpos: int, q) -> list[str]:
    """Who is looking: the speaker of a quote, the narrator of a first-person section."""
    if q is not None:
        return [q.speaker] if q.speaker else []
    narrator, narration = an.section(vpos)
    return [narrator] if narration == "first" and narrator else []


def _tension(found: Found, an: Anchors, b, t, lem: str, q) -> None:
    bi = b.index
    vpos = b.vstart + t.idx
    if lem == "wedding":
        poss = [c for c in t.children if c.dep_ == "poss"]
        grp = _chars_of(an, bi, poss)
        if poss and poss[0].lower_ in ("their", "our"):
            if len(grp) < 2:
                grp = _reciprocal(an, bi, vpos, poss, grp)
            # "Osric was best man at our wedding", "At our wedding he gave a speech": the
            # one the clause is about was at the wedding, not one of "us"
            v = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            me = an.section(vpos)[0]
            guests = {x for x in (_subjects(an, bi, v, q) if v is not None else []) if x != me}
            grp = [x for x in grp if x not in guests]
        if len(grp) >= 2 and not _negated(t.head):
            _add(found, b, t, L.WEDDING_CUE, [(grp[0], x) for x in grp[1:]], [t, *poss], q,
                 unreal=_unreal(t.head) if t.head is not t else False)
        elif not poss and q is None and t.dep_ == "pobj":
            # "Annelise came for the wedding": the one who comes is a guest; the couple are
            # the two others in the paragraph, when there are exactly two
            v = t.head.head
            guests = _subjects(an, bi, v, q)
            present = set(an.tok.get(bi, {}).values())
            present |= {x for qi in an.quotes.get(bi, ()) for x in (qi.speaker, qi.addressee) if x}
            others = sorted(present - set(guests) - an.nominal)
            if guests and len(others) == 2 and not _negated(v):
                w = {k: x * 0.7 for k, x in L.WEDDING_CUE.weights.items()}
                # read off the scene's structure, not guessed from proximity
                _add(found, b, t, L.WEDDING_CUE, [(others[0], others[1])], [t], q,
                     weights=w, unreal=_unreal(v))
        return
    if _negated(t) or (t.dep_ in ("acomp", "nsubj") and _negated(t.head)):
        return
    if lem in L.TENSION_VERBS:
        cue = L.TENSION_VERBS[lem]
        who = _subjects(an, bi, t, q)
        at = [g for c in t.children if c.dep_ == "prep" and c.lower_ in cue.preps
              for g in c.children if g.dep_ == "pobj"]
        target = _chars_of(an, bi, at) or _near_other(an, bi, t, who)
        _add(found, b, t, cue, _pairs(who, target), [t, *at], q, agent=who[0] if who else None)
    elif lem == "heart":
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in L.HEART_VERBS:
            return
        who = _chars_of(an, bi, [c for c in t.children if c.dep_ == "poss"])
        target = _near_other(an, bi, t, who)
        _add(found, b, t, L.HEART_CUE, _pairs(who, target), [t, t.head], q, agent=who[0] if who else None)
    else:
        # "you're beautiful", "she was lovely": said or thought by someone of someone
        subj = [c for c in t.head.children if c.dep_ == "nsubj"]
        target = _chars_of(an, bi, subj)
        who = [w for w in _feeler(an, bi, vpos, q) if w not in target]
        if target and who and t.head.lemma_ in ("be", "look", "seem"):
            _add(found, b, t, L.ATTRACTIVE_CUE, _pairs(who, target), [t, *subj], q, agent=who[0])


# ------------------------------------------------------------------ dialogue -------------

_WORD = r"([A-Za-z]+)"
_OPEN = re.compile(r"^\W*" + _WORD + r"\s*[,!]")
_CLOSE = re.compile(r"[,]\s*(?:my\s+)?" + _WORD + r"\W*$")


_INTRO = re.compile(r"\b(?:I'm|I am|My name is|My name's|Name's|Call me)\s+([A-Z][\w'-]+)")
_INTRO_CUE = L.Cue("introduction", {L.P: 0.05}, "first meeting")


_SALUTE = re.compile(r"^(?:my\s+)?(?:dear|dearest)\s+((?:[A-Z][\w'-]*\.?\s*){1,3}),?\s*$", re.I)
_TITLES = {"miss", "mrs", "mr", "ms", "mx", "dr", "mrs.", "mr.", "ms.", "dr."}


def _letters(found: Found, doc: Document, an: Anchors) -> None:
    """A part that is a letter ("Dear Mara," ... "— Hollis") is said by its writer (the
    part's narrator) to the one it salutes: the dialogue formulas run over it as over a
    quote ("I think about you more than I should")."""
    by_name = {}
    for c in doc.characters:
        for a in c.forms:
            words = [w for w in (a or "").split() if w.lower().rstrip(".") not in _TITLES]
            if words:
                by_name.setdefault(" ".join(words).lower(), set()).add(c.id)
                by_name.setdefault(words[0].lower(), set()).add(c.id)
    for vs, ve, narrator, narration in an.narrator_at:
        if narration != "first" or not narrator:
            continue
        text = doc.view[vs:ve]
        lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
        to = None
        for off, ln in lines[:3]:
            m = _SALUTE.match(ln)
            if m:
                words = [w for w in m.group(1).split() if w.lower().rstrip(".") not in _TITLES]
                ids = by_name.get(" ".join(words).lower()) or by_name.get(words[0].lower() if words else "")
                if ids and len(ids) == 1:
                    to = next(iter(ids))
                break
        if to is None or to == narrator:
            continue
        low = text.lower().replace("\u2019", "'")
        for rx, cue in L.FORMULAS + L.LETTER_FORMULAS:
            m = rx.search(low)
            if m and cue.kind != L.A:
                found.hits.append(Hit(narrator, to, vs + m.start(), vs + m.end(), cue, cue.name,
                                      dict(cue.weights), cue.stage, False, False, True, narrator))


def family_name(c) -> Optional[str]:
    """The last word of a name of two words or more ("Brisco" of Hattie Brisco)."""
    parts = c.name.split() if c is not None else []
    return parts[-1] if len(parts) >= 2 and parts[-1][:1].isupper() else None


def _surname_call(doc: Document) -> dict[str, re.Pattern]:
    """Per character whom the text also calls by a given name, a pattern for a call by the
    bare family name ("Lie flat, Brackwater.", "Frane. She's got a man with her.")."""
    out = {}
    for c in doc.characters:
        sur = family_name(c)
        if not c.named or sur is None:
            continue
        given = c.name.split()[0]
        # (and by a name of their own: one everybody calls "Vasko" is not kept at a distance)
        own = [a for a in c.aliases if len(a.split()) == 1 and a != sur and a.lower().rstrip(".") not in _TITLES]
        if given.lower().rstrip(".") in _TITLES or not own or sur not in c.aliases:
            continue
        w = re.escape(sur)
        out[c.id] = re.compile(rf"(?:^\W*|[,.!?]\s+){w}\s*[,.!?]|,\s*{w}\W*$")
    return out


def _dialogue(found: Found, doc: Document, an: Anchors) -> None:
    names = {c.id: {w for a in (c.name, *c.aliases) for w in a.split()} for c in doc.characters}
    calls = _surname_call(doc)
    family = {c.id: family_name(c) for c in doc.characters}
    seen = set()
    for infos in an.quotes.values():
        for qi in infos:
            if qi.index in seen:
                continue
            seen.add(qi.index)
            if not (qi.speaker and qi.addressee) or qi.speaker == qi.addressee:
                continue
            text = doc.view[qi.vstart:qi.vend]
            for rx in (_OPEN, _CLOSE):
                m = rx.search(text)
                if m:
                    word = m.group(1).lower()
                    cue = L.VOCATIVES.get(word)
                    if cue is not None:
                        vs = qi.vstart + m.start(1)
                        found.hits.append(Hit(qi.speaker, qi.addressee, vs, vs + len(word), cue,
                                              cue.name, dict(cue.weights), None, False, False, True,
                                              qi.speaker))
            rx = calls.get(qi.addressee)
            m = rx.search(text) if rx is not None and family.get(qi.speaker) != family.get(qi.addressee) else None
            if m:
                # rivals keep each other at a family name's length ("Lie flat, Brackwater")
                found.hits.append(Hit(qi.speaker, qi.addressee, qi.vstart + m.start(), qi.vstart + m.end(),
                                      L.SURNAME_CALL, L.SURNAME_CALL.name, dict(L.SURNAME_CALL.weights), None,
                                      False, False, True, qi.speaker))
            m = _INTRO.search(text.replace("’", "'"))
            if m and m.group(1) in names.get(qi.speaker, ()):
                # "I'm Celeste": the speaker introduces themself to the addressee
                vs = qi.vstart + m.start()
                found.hits.append(Hit(qi.speaker, qi.addressee, vs, qi.vstart + m.end(), _INTRO_CUE,
                                      "introduction", dict(_INTRO_CUE.weights), "first meeting",
                                      False, False, True, qi.speaker))
            low = text.lower().replace("’", "'")
            refused = bool(_TURNED_DOWN.search(text))
            for rx, cue in L.FORMULAS:
                m = rx.search(low)
                if m and refused and cue.weights.get(L.R, 0.0) > 0 and cue.stage != "break-up":
                    continue     # "You're lovely ... I just don't feel that way about you"
                if m:
                    vs = qi.vstart + m.start()
                    found.hits.append(Hit(qi.speaker, qi.addressee, vs, qi.vstart + m.end(), cue,
                                          cue.name, dict(cue.weights), cue.stage, False, False, True,
                                          qi.speaker))


def _cooccurrence(found: Found, an: Anchors, b) -> None:
    chars = set(an.tok.get(b.index, {}).values())
    for g in an.group.get(b.index, {}).values():
        chars.update(g)
    cs = sorted(chars)
    for i in range(len(cs)):
        for j in range(i + 1, len(cs)):
            k = frozenset((cs[i], cs[j]))
            found.together[k] = found.together.get(k, 0) + 1
            found.first_seen.setdefault(k, b.vstart)
    seen = set()
    for qi in an.quotes.get(b.index, ()):
        if qi.index in seen or qi.vstart < b.vstart:
            continue
        seen.add(qi.index)
        if qi.speaker and qi.addressee and qi.speaker != qi.addressee:
            k = frozenset((qi.speaker, qi.addressee))
            found.talk[k] = found.talk.get(k, 0) + 1
            found.first_seen.setdefault(k, qi.vstart)
