"""Speaker and addressees of each quote, from the project's own cast.

Cues, strongest first (``Quote.method``):
- ``explicit``: a speech tag next to the quote whose subject is a name or a nominal with a
  mention ("said Willow", "Willow said", "asked Mr. Bennet", "Willow's voice");
- ``anaphoric``: the tag's subject is a pronoun ("she asked"): the coref mention on it, else
  the gender-compatible party of the conversation who did not speak last;
- ``narrator``: "I said" or the narrator's own beat in a first-person section;
- ``beat``: the subject of an action in the same paragraph ("Buffy tilts her head.");
- ``turn``: untagged exchanges alternate between the two parties of the conversation;
- ``vocative``: a name inside the quote addresses someone, so the speaker is the other party;
- ``recent``: the most recently mentioned character (a guess with some evidence).

Walks the blocks once, in order, so the cost is linear in the work.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from typing import Optional

from ficlens.characters.names import TITLES, listed_gender, norm_name
from ficlens.document import Block, Document, Quote

SPEECH_LEMMAS = frozenset("""
say ask reply answer cry exclaim shout whisper murmur mutter continue add repeat return
rejoin retort observe remark respond call begin interrupt insist suggest declare demand
inquire enquire explain protest snap growl hiss sigh laugh sob scream yell thunder roar
bark breathe gasp groan moan plead beg agree admit announce assure shriek stammer stutter
whimper urge warn think wonder pursue persist resume tell chuckle giggle grumble grunt
squeal drawl purr croak rasp sneer scoff tease quip counter correct confess concede
conclude muse note offer order command exclaim shriek wail howl bellow call chime chirp
mumble pant prompt reason reassure recall recollect reflect reiterate reproach scold
sing speak stammer state urge venture vow whine write read
""".split())
# verbs of a beat that can also carry the line ("Hi," she smiled.)
BEAT_TAG_LEMMAS = frozenset("smile grin nod shrug frown sniff smirk huff beam wink glare".split())
_IRREGULAR = {"say": ["said", "says", "saying"], "tell": ["told"], "begin": ["began", "begun"],
              "think": ["thought"], "write": ["wrote"], "sing": ["sang"], "speak": ["spoke"],
              "read": ["read"], "go": ["went"]}


def verb_forms(lemma: str) -> set[str]:
    """A verb's inflected forms: "say" -> say, says, said, saying; "snap" -> snapped."""
    out = {lemma, lemma + "s"}
    if not lemma.endswith("e"):
        out.add(lemma + "ing")
    out.update(_IRREGULAR.get(lemma, []))
    if lemma.endswith("e"):
        out.update({lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out.update({lemma[:-1] + "ied", lemma[:-1] + "ies"})
    else:
        out.add(lemma + "ed")
        if lemma[-1:] in "pgnbt" and lemma[-2:-1] in "aeiou" and lemma[-3:-2] not in "aeiou":
            out.add(lemma + lemma[-1] + "ed")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        out.add(lemma + "es")
    return out


_SAY_WORDS = sorted({f for lem in SPEECH_LEMMAS - {"go", "read", "call", "write", "return", "think", "wonder", "reflect", "recall", "recollect", "order", "offer", "note", "sing", "correct", "counter"} for f in verb_forms(lem)}
                    | {"went on", "broke in", "put in", "cut in", "called out", "cried out", "returned"},
                    key=len, reverse=True)
_SAY = "(?:" + "|".join(re.escape(w) for w in _SAY_WORDS) + ")"
_ADV = r"(?:[a-z]+ly\s+|again\s+|then\s+|at\s+last\s+|at\s+length\s+|presently\s+)?"
_LEAD = re.compile(r"[\s,;:\u2014\u2013-]*")
_VERB_FIRST = re.compile(_ADV + _SAY + r"\b\s*,?\s*")
_AFTER_SUBJ = re.compile(r"\s+" + _ADV + _SAY + r"\b")
_PRON_FIRST = re.compile(r"(he|she|I|you)\s+" + _ADV + _SAY + r"\b")
_CAPS = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|St)\.?\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2}")
_BEFORE_TAG = re.compile(r"(?P<subj>\b(?:he|she|I|you)|(?:(?:Mr|Mrs|Ms|Dr|St)\.?\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})\s+" + _ADV + _SAY
                         + r"\b(?:\s+[\w'\-]+){0,6}\s*[,:\u2014\u2013-]+\s*$")
_WAS_POSS = re.compile(r"was\s+(?:the\s+)?")
_INVERTED = re.compile(r"(?:[a-z]+ed|[a-z]+ied)\s+")
_BEFORE_INV = re.compile(_SAY + r"\s+(?P<subj>(?:he|she|I)\b|(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|St)\.?\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,2})\s*[,:\u2014\u2013-]+\s*$")
FIRST = frozenset("i me my myself".split())
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
_SENT_END = frozenset(".!?;")


def _gender_of(pronouns: Optional[str]) -> Optional[str]:
    if not pronouns:
        return None
    p = pronouns.lower()
    if p.startswith("she"):
        return "f"
    if p.startswith("he"):
        return "m"
    if p.startswith("they"):
        return "n"
    return None


# "I had not meant to say it.", "I said it before I could stop myself": the teller owns
# the line just spoken
_OWNED = re.compile(r"\s*I(?:\s+|['’]d\s+)(?:(?:had|did)(?:\s+not|\s+never)?\s+|(?:hadn|didn)['’]t\s+|never\s+)?"
                    r"(?:(?:even\s+)?(?:meant|mean|intended|planned)\s+to\s+)?"
                    r"(?:say|said|ask|asked|tell|told|blurt(?:ed)?|shout(?:ed)?|whisper(?:ed)?)\s+"
                    r"(?:it|that|this|those\s+words|the\s+words)\b")
_MARKS = " \t\n\"'\u201c\u201d\u2018\u2019\u2014\u2013-"
BEAT_NAMED = 0.9     # a named actor's beat: above what the ranker may overrule


@dataclass
class Cue:
    speaker: Optional[str]
    method: str
    confidence: float
    addressee: Optional[str] = None


@dataclass
class State:
    """The conversation so far (reset at scene breaks and long narration)."""
    speakers: list = field(default_factory=list)      # speaker per turn, latest last
    addressees: list = field(default_factory=list)
    strong: list = field(default_factory=list)        # addressee named by the text
    vocs: list = field(default_factory=list)          # vocatives per turn
    call: Optional[tuple] = None                      # (paragraph, one its line called by name)
    scene: Optional[Block] = None                     # the narration paragraph just before the talk
    newcomer: Optional[str] = None                    # named in that narration, new to the talk before


TOPIC_WINDOW = 1500      # characters before a tag in which a name said aloud makes a topic


class Recency(dict):
    """character -> last view position seen. ``top(k)`` is ``sorted(items, key=-position)[:k]``
    (ties in insertion order) without sorting every character of the work per paragraph:
    positions only grow during the walk, so the latest updated come first."""

    def __init__(self):
        super().__init__()
        self._updated: dict[str, None] = {}     # keys, least recently updated first
        self._first: dict[str, int] = {}        # key -> insertion rank (dict order)
        self._max = None
        self._monotone = True

    def __setitem__(self, key, pos) -> None:
        if self._max is not None and pos < self._max:
            self._monotone = False
        else:
            self._max = pos
        if key not in self._first:
            self._first[key] = len(self._first)
        super().__setitem__(key, pos)
        self._updated.pop(key, None)
        self._updated[key] = None

    def top(self, k: int) -> list[tuple[str, int]]:
        if not self._monotone:
            return sorted(self.items(), key=lambda kv: -kv[1])[:k]
        out: list[tuple[str, int]] = []
        get = super().__getitem__
        for key in reversed(self._updated):
            pos = get(key)
            if len(out) >= k and pos != out[-1][1]:
                break
            out.append((key, pos))          # the k-th position's ties all come along
        out.sort(key=lambda kv: (-kv[1], self._first[kv[0]]))
        return out[:k]


class Attributor:
    def __init__(self, doc: Document, verbs: frozenset = frozenset()):
        self.doc = doc
        self.verbs = verbs
        self.gender = {c.id: _gender_of(c.pronouns) for c in doc.characters}
        # mentions in view coordinates, sorted
        qspans = sorted((q.vstart, q.vend) for q in doc.quotes)
        qstarts = [x[0] for x in qspans]
        self.qspans, self.qstarts = qspans, qstarts
        self.quote_blocks = {q.block for q in doc.quotes}
        ms = []
        for m in doc.mentions:
            if m.character is None:
                continue
            vs, ve = doc.to_view(m.start, m.end)
            i = bisect.bisect_right(qstarts, vs) - 1
            inq = i >= 0 and qspans[i][1] > vs
            ms.append((vs, ve, m.character, m.kind, inq))
        ms.sort()
        self.ments = ms
        # where each character is first named (view): a name said first in a line of its own
        # is an introduction
        self.first_named: dict[str, int] = {}
        for vs, _, cid, kind, _ in ms:
            if kind == "PROP":
                self.first_named.setdefault(cid, vs)
        self.freq: dict[str, int] = {}
        for m in ms:
            self.freq[m[2]] = self.freq.get(m[2], 0) + 1
        self.ment_starts = [m[0] for m in ms]
        self.recent = Recency()                 # character -> last view position seen
        self.lead = _tagged_lead(doc) or _counted_lead(doc)
        self._recent_upto = 0                   # index into ments consumed into recent
        self.sections = sorted(((s.start, s.end, s) for s in doc.sections), key=lambda x: x[0])
        self.sec_starts = [s[0] for s in self.sections]
        self._resolve_name = _name_resolver(doc)

    # ------------------------------------------------------------------ lookups ------
    def mentions_in(self, vs: int, ve: int):
        i = bisect.bisect_left(self.ment_starts, vs)
        # a mention may start a little before vs and still cover it
        j = max(0, i - 3)
        out = []
        ments = self.ments
        # walk by index: slicing ments per call copied the rest of the work each time
        for k in range(j, len(ments)):
            m = ments[k]
            if m[0] >= ve:
                break
            if m[1] > vs:
                out.append(m)
        return out

    def section_of(self, block) -> Optional[object]:
        i = bisect.bisect_right(self.sec_starts, block.start) - 1
        if i >= 0 and self.sections[i][1] > block.start:
            return self.sections[i][2]
        return None

    def advance_recent(self, vpos: int) -> None:
        while self._recent_upto < len(self.ments) and self.ments[self._recent_upto][0] < vpos:
            m = self.ments[self._recent_upto]
            if not m[4]:
                # names inside quotes are talked about, not present: narration only
                self.recent[m[2]] = m[0]
            self._recent_upto += 1

    # ------------------------------------------------------------------ resolution ---
    def char_of_span(self, vs: int, ve: int, text: str, is_name: bool) -> Optional[str]:
        for m in self.mentions_in(vs, ve):
            # a possessive pronoun inside "her husband" is someone else
            if m[3] == "PRON" and " " in text.strip():
                continue
            return m[2]
        if is_name:
            return self._resolve_name(text)
        return None

    def pronoun(self, word: str, vpos: int, state: State, block) -> Optional[str]:
        """A he/she/I subject without a coref link: the narrator for I, else the
        gender-compatible party of the conversation who did not speak last, else the most
        recent gender-compatible character."""
        w = word.lower()
        if w in FIRST:
            return self.narrator(block)
        g = "m" if w in MALE else "f" if w in FEMALE else None
        if g is None:
            return None
        # a name earlier in this paragraph's narration, or in the narration paragraph just
        # before it ("Emma was half-ashamed. / 'Upon my word,' she cried")
        hit = self.latest_named(block.vstart, vpos, g)
        if hit is None and block.index > 0:
            prev = self.doc.blocks[block.index - 1]
            if prev.kind == "text" and prev.index not in self.quote_blocks:
                hit = self.latest_named(prev.vstart, prev.vend, g)
        if hit is not None:
            return hit
        return self.by_gender(g, state)

    def latest_named(self, vs: int, ve: int, g: str, exclude: Optional[str] = None) -> Optional[str]:
        for m in reversed(self.mentions_in(vs, ve)):
            if not m[4] and m[0] < ve and self.gender.get(m[2]) == g and m[2] != exclude:
                return m[2]
        return None

    def by_gender(self, g: Optional[str], state: State, exclude: Optional[str] = None) -> Optional[str]:
        """The party of the conversation with gender g (None: any) who did not speak
        last, else the most recently seen such character."""
        last = state.speakers[-1] if state.speakers else None
        if exclude:
            last = exclude
        parties = [s for s in reversed(state.speakers[-4:]) if s]
        for p in parties:
            if p != last and (g is None or self.gender.get(p) == g):
                return p
        cands = self.recent.top(12)
        fallback = None
        for cid, pos in cands[:12]:
            cg = self.gender.get(cid)
            if g is None or cg == g:
                if cid != last:
                    return cid
                fallback = fallback or cid
        if fallback:
            return fallback
        for cid, pos in cands[:6]:
            if self.gender.get(cid) is None and cid != last:
                return cid
        return last if last and self.gender.get(last) in (g, None) else None

    def narrator(self, block) -> Optional[str]:
        """The one the section is told as: its first-person teller, or the "you" of a
        second-person section (who talks, and is talked to, the way a teller is)."""
        sec = self.section_of(block)
        if sec is not None and sec.narration == "first":
            return sec.narrator
        if sec is not None and sec.narration == "second":
            return sec.focal
        return None

    def first_person(self, block) -> bool:
        """Told as I, or as you with a "you" known."""
        sec = self.section_of(block)
        return sec is not None and (sec.narration == "first" or (sec.narration == "second" and sec.focal is not None))

    def second_person(self, block) -> bool:
        sec = self.section_of(block)
        return sec is not None and sec.narration == "second"


def _name_resolver(doc: Document):
    try:
        from ficlens.characters.names import resolve_name  # the characters stage's table
        return lambda text: resolve_name(doc, text)
    except ImportError:
        pass
    table: dict[str, Optional[str]] = {}
    for c in doc.characters:
        for a in c.forms:
            k = _norm(a)
            if k:
                table[k] = c.id if k not in table or table[k] == c.id else None
    return lambda text: table.get(_norm(text))


def _norm(s: str) -> str:
    s = re.sub(r"[^\w'\- ]", " ", s.replace(".", " ")).lower()
    s = re.sub(r"'s$", "", s.strip())
    return " ".join(w for w in s.split() if w != "the")


# ---------------------------------------------------------------------- tag parsing ------

def _tokens(sdoc, bvs: int, vs: int, ve: int):
    """Tokens of the block parse whose start lies in [vs, ve) (view offsets)."""
    out = []
    for t in sdoc:
        p = bvs + t.idx
        if p >= ve:
            break
        if p >= vs:
            out.append(t)
    return out


def _subject_span(tok):
    """(first token, last token, is_name) of a subject: a name with its title/compounds,
    the possessor of "X's voice", or the noun phrase (determiner, adjectives, noun)."""
    if tok.lemma_.lower() in ("voice", "tone", "reply", "answer", "words"):
        for c in tok.children:
            if c.dep_ == "poss":
                return _subject_span(c)
    doc = tok.doc
    if tok.pos_ == "PROPN":
        # "Mr. Bennet", "Miss Elizabeth Bennet": adjacent capitalised PROPNs on both sides
        i = tok.i
        while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and doc[i - 1].text not in ",":
            i -= 1
        j = tok.i
        while (j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title
               and doc[j + 1].head.i in (tok.i, j)):
            j += 1
        return doc[i], doc[j], True
    if tok.pos_ == "NOUN":
        i = tok.i
        while i > 0 and doc[i - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON") and doc[i - 1].head.i == tok.i \
                and doc[i - 1].dep_ in ("det", "amod", "compound", "poss"):
            i -= 1
        return doc[i], tok, False
    return tok, tok, False


# referential gender of common person nouns ("the old gentleman", "her husband")
NOUN_GENDER = {w: "m" for w in """man gentleman boy husband father brother son uncle lord sir king
prince fellow lad youth gent nephew grandfather master mister duke earl baron count squire
monk priest bishop vicar rector clergyman curate butler footman groom bridegroom widower
landlord host waiter sailor soldier""".split()}
NOUN_GENDER.update({w: "f" for w in """woman lady girl wife mother sister daughter aunt niece
queen princess maid maiden widow matron mistress landlady hostess governess nurse housekeeper
duchess countess baroness grandmother bride dame lass damsel actress heroine""".split()})
PERSON_NOUNS = frozenset(NOUN_GENDER) | frozenset("""stranger doctor visitor guest child
officer captain colonel major general lawyer clerk servant friend companion other voice
speaker listener old young elder younger jew undertaker beadle gentlefolk magistrate
policeman constable inspector detective professor teacher student master chairman secretary
cousin person individual creature wretch villain rogue man's""".split())


def _speech_verb(tokens, allow_beats: bool):
    for t in tokens:
        lem = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and (lem in SPEECH_LEMMAS or (allow_beats and lem in BEAT_TAG_LEMMAS)):
            return t
    return None


def _subject_of(verb, span_tokens):
    ids = {t.i for t in span_tokens}
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i in ids:
            return c
    h = verb
    for _ in range(2):
        if h.dep_ in ("conj", "advcl", "xcomp", "ccomp") and h.head is not h:
            h = h.head
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in ids:
                    return c
    # inverted tag with a parse error: the first name or pronoun right after the verb
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc), verb.i + 5)):
        t = doc[k]
        if k not in ids:
            break
        if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.dep_ != "dobj"):
            return t
        if t.pos_ not in ("DET", "ADJ", "ADV", "PUNCT"):
            break
    return None


def _addressee_token(verb):
    """"she told him", "said to Jane", "whispered to her sister": the listener's token."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "PRON", "NOUN"):
            if verb.lemma_.lower() in ("tell", "ask", "answer", "assure", "warn", "urge", "remind", "beg", "order", "promise", "inform", "reassure", "scold", "tease", "call"):
                return c
        elif c.dep_ == "prep" and c.lower_ == "to":
            for cc in c.children:
                if cc.dep_ == "pobj" and cc.pos_ in ("PROPN", "PRON", "NOUN"):
                    return cc
    return None


# ---------------------------------------------------------------------- cues -------------

_TAG_END = ",\u2014\u2013-:"
_VOC_BEFORE = re.compile(r"(?:^|[,;!?.:\u2014-]\s*|\b(?:dear|dearest|my|oh|o|ah|yes|no|well|poor|hey|hi|hello)\s+)$",
                         re.IGNORECASE)
_VOC_AFTER = re.compile(r"^\s*(?:[,!?.;:\u2014\u2013-]|$)")


# a line that asks who the listener is, and the bare name that answers it
_ASK_NAME = re.compile(r"\b(?:and you are|who are you|what['’]?s your name|your name)\s*[?.]?\s*$", re.I)
_NAME_ANSWER = re.compile(r"^\W*[A-Z][\w'’\-]*[.,]\s")
# "I'm Celeste", "call me Celeste", "nobody calls me Marguerite except my gran"
_SELF_NAMING = re.compile(r"\b(?:I['’]m|I am|[Mm]y name(?:['’]s| is)|[Cc]alls? me|[Tt]he name['’]s)\s+(?=[A-Z])")
# "You'll be Leopold's boy." -- "I am. Cyprian.": "I am" opening a sentence, then one's own
# name as a sentence (not "as I am. Mr. Palmer is ..."; a bare "Yes. Cunningham." confirms)
_SELF_ANSWER = re.compile(r"(?:^\W*|(?<=[.!?]\s))(?:I am|I['’]m|That['’]s me|It['’]s me)\.\s+"
                          r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Father|Mother)\b)(?=[A-Z][\w'’\-]*\.(?:\s|$))")
# a full name that is a sentence of its own, opening the line or after a one-word one
# ("Teodor. Teodor Vance."): an introduction of the speaker, not a call ("Delacroix, her
# badge says. Rose Delacroix." reads a name out)
_FULL_NAME_SENT = re.compile(r"^\W*(?:[A-Z][\w'’\-]*[.!?]\s+)*(?=[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+\.(?:\s|$))")


class BlockAttributor:
    """Cues for the quotes of one paragraph."""

    def __init__(self, att: Attributor, block, quotes: list[Quote], state: State):
        self.att = att
        self.doc = att.doc
        self.b = block
        self.qs = quotes
        self.state = state
        self.sdoc = self.doc.parses.get(block.index)
        self.bvs = block.vstart
        self.tag_gender: Optional[str] = None    # gender of a pronoun/noun subject in a tag
        self._text: Optional[str] = None
        self._named: Optional[set[str]] = None

    @property
    def named(self) -> set[str]:
        """Characters the paragraph's lines name (calls included): none of them is its
        speaker ("Papa! Jory says cheating's allowed!")."""
        if self._named is None:
            self._named = {m[2] for q in self.qs for m in self.att.mentions_in(q.vstart, q.vend)
                           if m[4] and m[3] == "PROP"}
        return self._named

    @property
    def text(self) -> str:
        # Doc.text joins every token of the paragraph on each access: once per paragraph
        if self._text is None:
            self._text = self.sdoc.text
        return self._text

    # ---- regions of narration around quote k
    def regions(self, k: int) -> tuple[tuple[int, int], tuple[int, int]]:
        q = self.qs[k]
        nxt = self.qs[k + 1].vstart - 1 if k + 1 < len(self.qs) else self.b.vend
        prv = self.qs[k - 1].vend + 1 if k > 0 else self.b.vstart
        return (prv, max(prv, q.vstart - 1)), (min(q.vend + 1, nxt), nxt)

    def toks(self, vs: int, ve: int):
        if self.sdoc is None or ve <= vs:
            return []
        sp = self.sdoc.char_span(vs - self.bvs, ve - self.bvs, alignment_mode="contract")
        if sp is None:
            return _tokens(self.sdoc, self.bvs, vs, ve)
        return list(sp)

    def resolve_subject(self, subj) -> tuple[Optional[str], str]:
        lo, hi, is_name = _subject_span(subj)
        vs, ve = self.bvs + lo.idx, self.bvs + hi.idx + len(hi)
        text = self.text[lo.idx:hi.idx + len(hi)]
        if subj.pos_ == "PRON":
            w = subj.lower_
            if w == "you" and self.att.second_person(self.b):
                return self.att.narrator(self.b), "narrator"
            self.tag_gender = "m" if w in MALE else "f" if w in FEMALE else self.tag_gender
            called = self.called(w, vs)
            if called:
                return called, "anaphoric"
            ms = self.att.mentions_in(vs, ve)
            if ms:
                return self._party_not_topic(ms[0][2], w, vs), ("narrator" if w in FIRST else "anaphoric")
            if w in FIRST:
                return self.att.narrator(self.b), "narrator"
            if w in MALE or w in FEMALE:
                return self.att.pronoun(w, vs, self.state, self.b), "anaphoric"
            return None, "anaphoric"
        cid = self.att.char_of_span(vs, ve, text, True)
        if cid is not None:
            return cid, ("explicit" if is_name else "nominal")
        if subj.pos_ == "NOUN" and subj.lemma_.lower() in PERSON_NOUNS:
            # "replied the old gentleman": a party of the conversation of that gender
            g = NOUN_GENDER.get(subj.lemma_.lower())
            self.tag_gender = g or self.tag_gender
            return self.att.by_gender(g, self.state), "anaphoric"
        return None, "explicit"

    def _party_not_topic(self, cid: str, w: str, vpos: int) -> str:
        """'"I brought up Prell." / "No," he agreed.': a he/she tag (w) that coreference gave
        to someone the talk is only about (seen less lately than everyone in it) is the party
        of the talk of that gender (the one who did not speak last, if two are)."""
        g = "m" if w in MALE else "f" if w in FEMALE else None
        if g is None:
            return cid
        parties = [s for s in self.state.speakers[-4:] if s]
        if not parties or cid in parties:
            return cid
        rec = self.att.recent
        if rec.get(cid, -1) >= min(rec.get(p, -1) for p in parties):
            return cid
        near = [m for m in self.att.mentions_in(max(0, vpos - TOPIC_WINDOW), vpos) if m[2] == cid]
        if not near or not all(m[4] for m in near):
            return cid      # not named in the talk, or also in its narration ("Noor came by")
        fit = [p for p in dict.fromkeys(parties) if self.att.gender.get(p) == g]
        if len(fit) == 1:
            return fit[0]
        alt = self.att.by_gender(g, self.state)
        return alt if alt in fit else cid

    def tag_cue(self, toks, before: bool) -> Optional[Cue]:
        verb = _speech_verb(toks, allow_beats=True)
        subj = None
        if verb is not None:
            subj = _subject_of(verb, toks)
        if subj is None:
            # "Right," Xander grins / "Come," the old man went on: any subject in the tag
            for t in toks:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "PRON", "NOUN"):
                    subj = t
                    verb = t.head
                    break
        if subj is None:
            return None
        cid, method = self.resolve_subject(subj)
        if cid is None:
            return None
        conf = {"explicit": 0.95, "nominal": 0.85, "narrator": 0.95, "anaphoric": 0.75}[method]
        if before:
            conf -= 0.05
        if verb is None or (verb.lemma_.lower() not in SPEECH_LEMMAS and verb.lemma_.lower() not in BEAT_TAG_LEMMAS):
            conf -= 0.15
        addr = None
        at = _addressee_token(verb) if verb is not None else None
        if at is not None:
            if at.pos_ == "PRON":
                w = at.lower_
                g = "m" if w in MALE else "f" if w in FEMALE else None
                if g:
                    addr = self.att.latest_named(self.b.vstart, self.bvs + at.idx, g, exclude=cid)
                    if addr is None:
                        addr = self.att.by_gender(g, self.state, exclude=cid)
            else:
                addr, _ = self.resolve_subject(at)
        return Cue(cid, method, conf, addr if addr != cid else None)

    def beat_cue(self, toks, after: bool) -> Optional[Cue]:
        """The subject of an action in a narration sentence of the paragraph."""
        for t in toks:
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.pos_ not in ("PROPN", "PRON", "NOUN"):
                continue
            if t.pos_ == "PRON" and t.lower_ not in FIRST | MALE | FEMALE and not (
                    t.lower_ == "you" and self.att.second_person(self.b)):
                continue
            cid, method = self.resolve_subject(t)
            if cid is None:
                continue
            if method == "narrator":
                return Cue(cid, "narrator", 0.9)
            if t.pos_ == "PROPN" and method == "explicit":
                # "Rosalind Quill patted the chair beside her": a named actor in the speech's
                # own paragraph is firmer than any guess from the turns
                return Cue(cid, "beat", BEAT_NAMED)
            return Cue(cid, "beat", 0.55 if after else 0.65)
        return None

    def name_at(self, vs: int, text: str, slack: int = 0) -> tuple[Optional[str], int]:
        """A character named at view position vs (a mention there, else a capitalised name
        the cast knows): (character, end of the name)."""
        for m in self.att.mentions_in(vs, vs + slack + 1):
            # a name or a nominal, not a pronoun ("said her husband": "her" is not him)
            if not m[4] and vs <= m[0] <= vs + slack and m[3] != "PRON":
                return m[2], m[1]
        mm = _CAPS.match(text)
        if mm:
            words = mm.group(0).split()
            # longest prefix the cast resolves ("Mr. Knightley dryly" -> "Mr. Knightley")
            for n in range(len(words), 0, -1):
                cand = " ".join(words[:n])
                cid = self.att._resolve_name(cand)
                if cid:
                    return cid, vs + len(cand)
        return None, vs

    def pronoun_cue(self, word: str, vpos: int, conf: float) -> Optional[Cue]:
        ms = [m for m in self.att.mentions_in(vpos, vpos + len(word)) if m[0] == vpos]
        w = word.lower()
        self.tag_gender = "m" if w in MALE else "f" if w in FEMALE else self.tag_gender
        called = self.called(w, vpos)
        if called:
            return Cue(called, "anaphoric", conf)
        if w == "you":
            # "you say", in a second-person section
            cid = self.att.narrator(self.b) if self.att.second_person(self.b) else None
            return Cue(cid, "narrator", max(conf, 0.92)) if cid else None
        if ms:
            cid = self._party_not_topic(ms[0][2], w, vpos)
        elif w in FIRST:
            cid = self.att.narrator(self.b)
        else:
            cid = self.att.pronoun(w, vpos, self.state, self.b)
        if cid is None:
            return None
        if w in FIRST:
            # "I said" in a first-person section names the narrator outright
            return Cue(cid, "narrator", max(conf, 0.92))
        return Cue(cid, "anaphoric", conf)

    def called(self, w: str, vpos: int) -> Optional[str]:
        """The paragraph before called someone by name ("say it now, Matthias") and this
        paragraph's "he"/"she" has no one named before it: the one called answers,
        whoever "he" was last."""
        st = self.state
        g = "m" if w in MALE else "f" if w in FEMALE else None
        if not (g and st.call and st.call[0] == self.b.index - 1):
            return None       # only a call in the paragraph just before
        who = st.call[1]
        if st.speakers and who == st.speakers[-1]:
            return None
        if self.att.gender.get(who) != g or self.b_has_name(vpos):
            return None
        # coreference gave this he/she to whoever was last of that gender; once the
        # speakers are known, run_quotes relinks it (and the pronouns that follow it)
        self.doc.__dict__.setdefault("_called_pronouns", {})[vpos] = who
        return who

    def b_has_name(self, vpos: int) -> bool:
        """A name or a noun for someone in this paragraph's narration before vpos ("Felix
        turned. 'No,' he said": then "he" is that one)."""
        return any(not m[4] and m[0] < vpos and m[3] in ("PROP", "NOM")
                   for m in self.att.mentions_in(self.b.vstart, vpos))

    def regex_tag(self, as_: int, ae: int, bs: int, be: int, tag_after: bool) -> Optional[Cue]:
        """Speech tags read from the text itself ("said Emma", "Emma said", "she cried",
        'Willow said, "'): robust to tokens the parser glued to quote marks."""
        view = self.doc.view
        if tag_after:
            t = view[as_:min(ae, as_ + 160)]
            o = _LEAD.match(t).end()
            m = _VERB_FIRST.match(t, o)
            if m:
                p = m.end()
                pm = re.match(r"(he|she|I|you)\b", t[p:])
                if pm:
                    return self.pronoun_cue(pm.group(1), as_ + p, 0.8)
                q = p + 4 if t[p:p + 4].lower() == "the " else p
                cid, _ = self.name_at(as_ + q, t[q:], slack=0)
                if cid is None and q != p:
                    cid, _ = self.name_at(as_ + p, t[p:], slack=4)
                if cid:
                    return Cue(cid, "explicit", 0.97)
            pm = _PRON_FIRST.match(t, o)
            if pm:
                return self.pronoun_cue(pm.group(1), as_ + o, 0.8)
            cid, end = self.name_at(as_ + o, t[o:], slack=4)
            if cid and _AFTER_SUBJ.match(view, end):
                return Cue(cid, "explicit", 0.97)
            # "was Emma's calm answer"; "bawled Giles" (a verb we do not list, inverted)
            for rx, conf in ((_WAS_POSS, 0.9), (_INVERTED, 0.85)):
                m = rx.match(t, o)
                if m:
                    cid, end = self.name_at(as_ + m.end(), t[m.end():], slack=0)
                    if cid and (rx is _INVERTED or view[end:end + 2] in ("'s", "\u2019s")):
                        return Cue(cid, "explicit", conf)
        before = view[max(bs, be - 120):be]
        off = max(bs, be - 120)
        m = _BEFORE_TAG.search(before) or _BEFORE_INV.search(before)
        if m:
            subj = m.group("subj")
            sp = off + m.start("subj")
            if subj.lower() in ("he", "she", "i", "you"):
                return self.pronoun_cue(subj, sp, 0.75)
            if subj.lower().startswith("the "):
                sp += 4
                subj = subj[4:]
            cid, _ = self.name_at(sp, subj, slack=0)
            if cid:
                return Cue(cid, "explicit", 0.93)
        return None

    def owned_after(self) -> Optional[Cue]:
        """The narration paragraph right after a paragraph that is only speech owns it:
        '"I love you." / I had not meant to say it.' is the teller's line."""
        i = self.b.index + 1
        if i >= len(self.doc.blocks):
            return None
        nxt = self.doc.blocks[i]
        if nxt.kind != "text" or nxt.index in self.att.quote_blocks:
            return None
        if not _OWNED.match(self.doc.view[nxt.vstart:nxt.vend]):
            return None
        me = self.att.narrator(self.b)
        return Cue(me, "narrator", 0.9) if me else None

    def lead_in(self) -> Optional[object]:
        """The narration paragraph just before this one when it ends on a colon or comma
        ('Mr. Darcy replied with great intrepidity,' / '"Miss Elizabeth Bennet."')."""
        i = self.b.index - 1
        if i < 0:
            return None
        prev = self.doc.blocks[i]
        if prev.kind != "text" or prev.index in self.att.quote_blocks:
            return None
        if self.doc.view[prev.vstart:prev.vend].rstrip()[-1:] in ",:\u2014-":
            return prev
        return None

    def cues(self) -> list[Optional[Cue]]:
        out: list[Optional[Cue]] = []
        for k, q in enumerate(self.qs):
            (bs, be), (as_, ae) = self.regions(k)
            # (an em-dash line opens on its dash: "and said:" / "— Mama, is this the one?")
            if k == 0 and not self.doc.view[bs:be].strip(" \t\n\u2014\u2013-"):
                lead = self.lead_in()
                if lead is not None:
                    cue = self.regex_tag(as_, as_, lead.vstart, lead.vend, False)
                    if cue is None:
                        sub = BlockAttributor(self.att, lead, [], self.state)
                        toks = _last_sentence(sub.toks(lead.vstart, lead.vend))
                        cue = sub.tag_cue(toks, before=True) or sub.beat_cue(toks, after=False)
                    if cue is not None:
                        out.append(cue)
                        continue
            cue = None
            qtext = self.doc.view[q.vstart:q.vend].rstrip()
            after_text = self.doc.view[as_:ae]
            after_toks = self.toks(as_, ae)
            first_after = _first_sentence(after_toks)
            tag_after = bool(after_text.strip()) and (
                qtext[-1:] in _TAG_END or (after_text.lstrip()[:1].islower()) or qtext[-1:] not in ".!?")
            cue = self.regex_tag(as_, ae, bs, be, tag_after or qtext[-1:] in "!?")
            if tag_after and first_after:
                parsed = self.tag_cue(first_after, before=False)
                if cue is None:
                    cue = parsed
                elif parsed is not None and parsed.speaker == cue.speaker:
                    cue.addressee = parsed.addressee
            before_text = self.doc.view[bs:be].rstrip()
            before_toks = self.toks(bs, be)
            last_before = _last_sentence(before_toks)
            if cue is None and before_text[-1:] in _TAG_END and last_before:
                cue = self.tag_cue(last_before, before=True)
            if cue is None and last_before:
                cue = self.beat_cue(last_before, after=False)
            if cue is None and first_after and not tag_after:
                cue = self.beat_cue(first_after, after=True)
            if cue is None and k == len(self.qs) - 1 and not self.doc.view[as_:ae].strip(_MARKS) \
                    and not self.doc.view[bs:be].strip(_MARKS):
                cue = self.owned_after()
            out.append(cue)
        return out

    def self_named(self) -> list[Optional[str]]:
        """Per quote, the character it names as its own speaker ("I'm Celeste", "my name
        is Celeste", "call me Celeste"): a name said of oneself is no vocative."""
        view = self.doc.view
        out = []
        for q in self.qs:
            cid = None
            ends = [m.end() for m in _SELF_NAMING.finditer(view, q.vstart, q.vend)] + \
                [q.vstart + m.end() for m in _SELF_ANSWER.finditer(view[q.vstart:q.vend])]
            for e in ends:
                c, end = self.name_at(e, view[e:q.vend])
                # "I'm Celeste's cousin" names someone else
                if c and not re.match(r"['’]s\b", view[end:end + 3]):
                    cid = c
                    break
            m = _FULL_NAME_SENT.match(view[q.vstart:q.vend]) if cid is None else None
            if m:
                vs = q.vstart + m.end()
                c, end = self.name_at(vs, view[vs:q.vend])
                words = view[vs:end].split()
                # only a name heard here first (else a call by full name, "Joos. Joos
                # Vantongeren."), no title ("Mr Strand." is a call) and no order ("Fetch
                # Tobiah.")
                if c and len(words) > 1 and view[end:end + 1] == "." \
                        and self.att.first_named.get(c, -1) >= q.vstart \
                        and words[0].lower().rstrip(".") not in TITLES and not self._word_name(words[0], c):
                    cid = c
            body = view[q.vstart:q.vend]
            if cid is None and _NAME_ANSWER.match(body) and self._asked_name(q):
                # "And you are?" / "Ruth. Efua's wife.": the name that answers is the speaker's
                lead = len(body) - len(body.lstrip(_MARKS))
                c, end = self.name_at(q.vstart + lead, body[lead:])
                if c and view[end:end + 1] in (".", ","):
                    cid = c
            out.append(cid)
        return out

    def _asked_name(self, q) -> bool:
        """The line just before asks the listener's name."""
        i = bisect.bisect_left(self.att.qstarts, q.vstart) - 1
        return i >= 0 and bool(_ASK_NAME.search(self.doc.view[slice(*self.att.qspans[i])]))

    def _word_name(self, w: str, cid: str) -> bool:
        """A verb that no name list gives a sex and the cast never answers to alone
        ("Fetch", not "Will", nor "Ash" when Ash Corvin is "Ash")."""
        return (w.lower() in self.att.verbs and listed_gender(w.lower(), True) is None
                and self.att._resolve_name(w) != cid)

    def vocatives(self) -> list[str]:
        view = self.doc.view
        found = []
        for q in self.qs:
            for (vs, ve, cid, kind, _) in self.att.mentions_in(q.vstart, q.vend):
                if kind != "PROP":
                    continue
                pre = view[q.vstart:vs]
                post = view[ve:q.vend]
                if _VOC_BEFORE.search(pre) and _VOC_AFTER.match(post):
                    found.append(cid)
        return found

    def narration_mentions(self) -> list[str]:
        """Characters named in this paragraph's narration (outside its quotes)."""
        out = []
        pos = self.b.vstart
        spans = [(q.vstart, q.vend) for q in self.qs] + [(self.b.vend, self.b.vend)]
        for s, e in spans:
            for (vs, ve, cid, kind, _) in self.att.mentions_in(pos, s):
                out.append(cid)
            pos = e
        return out


def _first_actor(doc: Document, att: "Attributor", b) -> Optional[str]:
    """The character who is the subject of a narration paragraph's first sentence."""
    sdoc = doc.parses.get(b.index)
    if sdoc is None:
        return None
    sent = next(iter(sdoc.sents), None)
    if sent is None:
        return None
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass"):
            vs = b.vstart + t.idx
            for m in att.mentions_in(vs, vs + len(t.text)):
                if m[0] <= vs < m[1] and not m[4] and m[3] in ("PROP", "PRON", "NOM"):
                    return m[2]
            return None
    return None


def _first_sentence(toks):
    out = []
    for t in toks:
        if t.text in _SENT_END and out:
            break
        if t.text in _SENT_END:
            continue
        out.append(t)
    return out


def _last_sentence(toks):
    out = []
    for t in reversed(toks):
        if t.text in _SENT_END and out:
            break
        if t.text in _SENT_END:
            continue
        out.append(t)
    return list(reversed(out))


# ---------------------------------------------------------------------- the walk ---------

def attribute_quotes(doc: Document, collect=None, use_ranker: bool = True, verbs: frozenset = frozenset()) -> None:
    """Fill speaker, addressees, method and confidence of every quote.

    ``collect(block, quotes, candidates, features, rule_cue)`` sees the ranker's input for every
    paragraph (training); ``use_ranker=False`` keeps the rules' answer. ``verbs``: English
    verbs (a name that starts with one, "Fetch Tobiah.", may be an order)."""
    from ficlens.quotes import ranker

    # FICLENS_QUOTE_RANKER=off (rules only) or =PATH (other weights): for evaluation, e.g.
    # scoring each novel with a model that did not see it
    env = os.environ.get("FICLENS_QUOTE_RANKER", "")
    if not use_ranker or env.lower() in ("0", "off", "none"):
        weights = None
    else:
        weights = ranker.load(env) if env else ranker.load()
    att = Attributor(doc, verbs)
    by_block: dict[int, list[Quote]] = {}
    for q in doc.quotes:
        by_block.setdefault(q.block, []).append(q)
    state = State()
    group_speaker: dict[int, tuple[str, str, float]] = {}
    narr_gap = 0
    last_narr = None      # the narration paragraph just before, if any
    newcomer = None       # someone new the narration since the last line brought in
    for b in doc.blocks:
        if b.kind != "text":
            if b.kind in ("chapter", "break", "pov"):
                state = State()
                last_narr = None
            continue
        qs = by_block.get(b.index)
        if not qs:
            narr_gap += b.vend - b.vstart
            last_narr = b
            newcomer = newcomer or _newcomer(att, b, state)
            continue
        state.scene, last_narr = last_narr, None
        if narr_gap > 1200 or newcomer:
            scene = state.scene
            state = State()
            state.scene = scene
            state.newcomer = newcomer or None
        newcomer = None
        narr_gap = 0
        att.advance_recent(b.vstart)
        ba = BlockAttributor(att, b, qs, state)
        cues = ba.cues()
        selfn = ba.self_named()
        for k, cid in enumerate(selfn):
            # a quote naming its own speaker outranks everything but an explicit tag
            if cid and (cues[k] is None or cues[k].confidence < 0.93):
                cues[k] = Cue(cid, "self-named", 0.93)
        vocs = [v for v in ba.vocatives() if v not in selfn]
        best = max((c for c in cues if c), key=lambda c: c.confidence, default=None)
        # quotes of one group share their best cue; the rest of the paragraph follows the
        # paragraph's best cue (one speaker per paragraph)
        by_group: dict[int, Cue] = {}
        for q, c in zip(qs, cues):
            if c and (q.group not in by_group or by_group[q.group].confidence < c.confidence):
                by_group[q.group] = c
        inherited = qs[0].group in group_speaker and qs[0].group not in by_group
        group_prev = group_speaker[qs[0].group][0] if qs[0].group in group_speaker else None
        turn = turn_cue(att, ba, state, vocs)
        if best is None:
            if inherited:
                sp, method, conf = group_speaker[qs[0].group]
                best = Cue(sp, method, conf)
            else:
                best = turn
        elif best.speaker in vocs and best.confidence < 0.7:
            if turn.speaker and turn.speaker not in vocs:
                best = turn
        if collect is not None or (weights is not None and best.confidence < 0.9):
            order, X = ranker.candidates(att, ba, state, vocs, best, turn, group_prev)
            if collect is not None:
                collect(b, qs, order, X, best)
            if weights is not None and best.confidence < 0.9 and order:
                cid, p = ranker.pick(weights, order, X)
                if cid != best.speaker and cid not in ba.named:
                    best = Cue(cid, "ranker", round(0.3 + 0.5 * p, 3), best.addressee if best.addressee != cid else None)
                by_group = {g: c for g, c in by_group.items() if c.confidence >= 0.9}
        speaker = None
        for q in qs:
            c = by_group.get(q.group) or best
            q.speaker = c.speaker
            q.method = c.method if c.speaker else None
            q.confidence = c.confidence if c.speaker else 0.0
            speaker = speaker or c.speaker
            if q.speaker:
                group_speaker[q.group] = (q.speaker, q.method, q.confidence)
        addr = best.addressee
        if addr is None:
            addr = next((v for v in vocs if v != speaker), None)
        strong = addr is not None
        if addr is None and state.speakers and state.speakers[-1] and state.speakers[-1] != speaker:
            addr = state.speakers[-1]
        # a line with no one else in the talk, in a first-person telling, is said to the
        # teller ('She laces our fingers and says, into my collar, "I love you."'); only
        # for the line itself: the turn-taking below goes on from what the text showed
        told = addr
        if told is None and speaker and att.first_person(b) and att.narrator(b) not in (None, speaker):
            told = att.narrator(b)
        for q in qs:
            if told and told != q.speaker:
                q.addressees = [told]
        if speaker:
            att.recent[speaker] = b.vstart
        state.speakers.append(speaker)
        state.addressees.append(addr)
        state.strong.append(strong)
        state.vocs.append(vocs)
        state.call = (b.index, addr) if addr is not None and addr in vocs else None
    _alternate_before_introduction(doc, att)


_LOOSE = {"turn", "narrator", "recent", "none", None}


def _alternate_before_introduction(doc: Document, att: Attributor) -> None:
    """"Says here you're Greer." / "I know." / "Good. I'm Teodor.": the talk before a line
    whose speaker names themself, one line a paragraph and no tags, took turns between
    that speaker and the one they spoke to; walked back from the introduction, the
    untagged lines alternate (the lines after it already do), when they were all given to
    one speaker."""
    qs = sorted(doc.quotes, key=lambda q: q.start)
    blocks: dict[int, list[Quote]] = {}
    for q in qs:
        blocks.setdefault(q.block, []).append(q)
    for q in qs:
        if q.method != "self-named" or not q.speaker:
            continue
        b = doc.blocks[q.block]
        other = q.addressees[0] if q.addressees else (
            att.narrator(b) if att.first_person(b) and att.narrator(b) != q.speaker else None)
        if other is None or other == q.speaker:
            continue
        run, bi = [], q.block
        while bi - 1 in blocks and all(x.method in _LOOSE for x in blocks[bi - 1]):
            run.append(blocks[bi - 1])
            bi -= 1
        # only a run given to one speaker throughout (a teller talking to no one): a run
        # that already takes turns is left as it is
        if len(run) < 2 or len({x.speaker for line in run for x in line}) != 1:
            continue
        for turn, line in enumerate(run, 1):
            who, to = (other, q.speaker) if turn % 2 else (q.speaker, other)
            for x in line:
                x.speaker, x.addressees, x.method = who, [to], "turn"


def _counted_lead(doc: Document) -> Optional[str]:
    """The named character mentioned most, when clearly ahead of the next (1.5 times)."""
    cast = sorted((c for c in doc.characters if c.named and c.kind == "person"), key=lambda c: -c.count)
    if not cast or (len(cast) > 1 and cast[0].count < 1.5 * cast[1].count):
        return None
    return cast[0].id


def _tagged_lead(doc: Document) -> Optional[str]:
    """The character the author lists first ("Characters: Saoirse Kavanagh, Mateus ..."),
    when it is one of the cast."""
    names = [re.sub(r"\([^)]*\)", "", n).strip() for n in (doc.work.characters or [])] if doc.work else []
    if not names or not names[0]:
        return None
    want = norm_name(names[0])
    for c in doc.characters:
        if c.named and c.kind == "person" and want in {norm_name(a) for a in (c.name, *c.aliases)}:
            return c.id
    return None


def _newcomer(att: Attributor, b, state: State) -> Optional[str]:
    """"Her father rang on Sunday evening, ... because Brendan Kavanagh believed": a
    narration paragraph between two talks that names someone outside the talk going on,
    and neither of its two speakers, opens a new talk."""
    talk = set(state.speakers[-2:])
    if not talk:
        return None
    named = [m[2] for m in att.mentions_in(b.vstart, b.vend) if m[3] == "PROP" and not m[4] and m[2]]
    if not named or set(named) & talk or att.narrator(b) in named:
        return None
    return named[0]


def turn_cue(att: Attributor, ba: BlockAttributor, state: State, vocs: list[str]) -> Cue:
    """No cue in the paragraph: alternate with the conversation, away from vocatives."""
    last = state.speakers[-1] if state.speakers else None
    prev2 = state.speakers[-2] if len(state.speakers) > 1 else None
    cands: list[tuple[str, str, float]] = []
    if state.strong and state.strong[-1] and state.addressees[-1] != last:
        # the previous line named its listener ("..., Mr. Darcy?"): they answer
        cands.append((state.addressees[-1], "turn", 0.6))
    if prev2 and prev2 != last:
        cands.append((prev2, "turn", 0.55))
    if state.addressees and state.addressees[-1] and state.addressees[-1] != last:
        cands.append((state.addressees[-1], "turn", 0.5))
    if state.newcomer and not state.speakers and state.newcomer != att.narrator(ba.b):
        # the one the narration just brought into the scene ("Her father rang ... because
        # Brendan Kavanagh believed") opens the new talk
        cands.append((state.newcomer, "beat", 0.6))
    actor = _first_actor(att.doc, att, state.scene) if not state.speakers and state.scene else None
    if actor and actor != att.narrator(ba.b):
        # a talk that opens on a paragraph of someone's action ("Bea walked me down to the
        # street." / "You were quiet tonight."): the one who acted speaks first
        cands.append((actor, "beat", 0.45))
    if att.first_person(ba.b) and att.narrator(ba.b) and att.narrator(ba.b) != last:
        cands.append((att.narrator(ba.b), "narrator", 0.4))
    for cid in ba.narration_mentions():
        if cid != last:
            cands.append((cid, "beat", 0.45))
    if len(state.speakers) == 1 and att.lead and att.lead != last and not att.first_person(ba.b):
        # a talk with one voice so far, in a third-person telling: its lead answers
        cands.append((att.lead, "turn", 0.4))
    for cid, _ in att.recent.top(8):
        if cid != last:
            cands.append((cid, "recent", 0.25))
    # nor one the line names in the third person
    for cid, method, conf in cands:
        if cid not in vocs and cid not in ba.named:
            return Cue(cid, "vocative" if vocs and method == "turn" else method, conf)
    if cands:
        cid, method, conf = cands[0]
        return Cue(cid, method, conf * 0.8)
    return Cue(last, "turn", 0.2) if last else Cue(None, "none", 0.0)
