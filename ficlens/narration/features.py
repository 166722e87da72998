"""Per-paragraph evidence for narration: pronoun counts outside quotes, names used in the
narration, vocatives and self-naming in dialogue, who seems to speak each paragraph's
lines, and perception verbs for the focal character.

Everything here reads one block (its parse and the quote spans that touch it) and returns
plain records; the decisions are taken in ``ficlens.narration``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ficlens.document import Block, Document
from ficlens.linguistics import kinship
from ficlens.quotes.speakers import verb_forms

FIRST_SG = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PL = frozenset({"we", "us", "our", "ours", "ourselves"})
SECOND = frozenset({"you", "your", "yours", "yourself", "yourselves"})
THIRD = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# first-person forms that become NARR mentions (the contract's I/me/my/mine/myself)
NARR_FORMS = FIRST_SG

SPEECH_LEMMAS = frozenset("""
say ask tell reply answer whisper shout call mutter murmur snap add continue cry yell laugh
sigh begin repeat exclaim demand insist admit offer suggest agree protest mumble breathe
hiss growl groan tease explain warn respond retort interrupt note observe remark announce
declare inquire enquire plead beg grumble chuckle scoff snort huff drawl sob scream echo
return correct confirm promise counter joke stammer stutter gasp whine pant purr croak
""".split())
PERCEPTION_LEMMAS = frozenset("""
see saw feel think wonder know notice realize realise hear watch remember recognize recognise
imagine wish hope fear suspect decide understand sense smell taste consider doubt believe
want worry forget glimpse spot observe regret
""".split())
# the teller's relations: kin (the shared table, English words) and the people of a life
KIN = "(?:%s)" % "|".join(sorted([re.escape(w) for w, k in kinship.KIN.items() if not k.foreign] + [
    "wife", "husband", "girlfriend", "boyfriend", "fianc[eé]e?", "friend", "partner", "boss", "roommate",
    "flatmate", "neighbour", "neighbor", "lover", "ex", "colleague", "mentor"], key=len, reverse=True))
# capitalised words that open quotes and sentences but are never names
NOT_NAMES = frozenset("""
i i'm i'll i've i'd im ive yes no oh ah hey hi hello well okay ok look listen thanks thank
sorry morning night goodnight please bye goodbye right honestly seriously god lord jesus
christ sir ma'am madam mum mom dad mother father honey baby darling love sweetheart dear
miss mister yeah yep nope what why who where when how come stop wait hush shh uh um er
hmm huh wow damn hell shit fuck good great fine sure and but so then now just maybe mr
mrs ms dr the a an it its this that you we they he she my your our their there here
""".split())
NUMBERS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december
christmas easter halloween
""".split()) - {"may", "june", "april", "august"}
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Lady|Lord|Captain|Professor|Mister|Madame|Monsieur|Aunt|Uncle|Sister|Brother|Father|Mother|Master|Mistress|Doctor|Agent|Detective|Officer|Coach|Nurse)\.?"
TITLE_FULL = re.compile(TITLES)
# words set off like names in scene headers ("~Flashback~", "*Later*") that name no one
TIME_WORDS = frozenset("""
flashback flashbacks later present past now then before after earlier meanwhile morning
evening night today yesterday tomorrow end beginning start interlude prologue epilogue fin
dream memory memories elsewhere somewhere home
""".split())
_WORD = r"[A-Z][\w'’\-]*[\w]"
NAME = rf"(?:{TITLES}\s+)?{_WORD}(?:\s+{_WORD})?"
_INTERJ = (r"(?:Hey|Hi|Hello|Oh|Ah|Look|Listen|Thanks|Thank you|Sorry|Morning|Good morning|Night|"
           r"Goodnight|Good night|Yes|No|Yeah|Okay|OK|Well|Come on|Please|Bye|Goodbye|Right|"
           r"Honestly|Seriously|Wait|Hush|God|Christ|Jesus|Damn|Dammit|Ugh|Um|Uh|Hmm|Hm)")
# a quote that is only a name ("Will?", "Rose!"): a call; a bare full name is more often
# an introduction ("Will Okafor," she said) and is left out
VOC_WHOLE = re.compile(rf"^\W*(?P<n>(?:{TITLES}\s+)?{_WORD})\s*(?:[?!\u2014\u2026]+|\.\.\.|--)?\W*$")
VOC_START = re.compile(rf"^\W*(?:{_INTERJ}[,!.]?\s+)?(?P<n>{NAME})\s*(?:[,!?]|\u2014|\u2013|--|\.\.\.|\u2026|\.(?=\s+\S))")
# a full name that is a sentence of its own after a one-word one: "Teodor. Teodor Vance."
# (not after a longer one: "Delacroix, her badge says. Rose Delacroix." reads it out)
FULL_NAME_SENT = re.compile(rf"(?:^|(?<=[.!?]\s))\W*{_WORD}[.!?]\s+(?P<n>{_WORD}\s+{_WORD})\.(?=\s|$)")
# a name that is a sentence of its own inside a speech: "Gently. Bertil. Gently."
VOC_MID = re.compile(rf"[.!?]\s+(?P<n>{_WORD})[.!?]+(?=\s|$)")
# a past or habitual speech verb with a subject, and its listener, just before a call: the
# call is quoted, not made ("I used to tell him, Joos, ..."); not the imperative "Tell me,
# Mara, ..." nor the present "I tell you, Edward, ..."
_REPORTED_PAST = r"(?:told|said|asked|shouted|yelled|went|telling|saying)"
REPORTED_CALL = re.compile(rf"(?:\b{_REPORTED_PAST}|(?:\bused to|\bwould|"
                           r"['\u2019]d|\balways|\bnever)\s+(?:tell|say|ask|shout|yell|go))"
                           r"(?:\s+(?:him|her|them|me|you|us))?\s*,$", re.I)
REPORT_SUBJECT = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|[Ww]ho|used to|would|always|once|never)\b|['\u2019]d\b")
# a name, then the call to the listener: the name is announced to them, not called
ANNOUNCED = re.compile(r"\s*(?:ma['’]am|madam|sir|miss|my lady|my lord|your grace|milady|milord|your honou?r)\b",
                       re.IGNORECASE)
VOC_END = re.compile(rf",\s*(?P<n>{NAME})\s*(?=[.!?,;\u2014\u2026]|$)")
SELF_NAME = re.compile(
    rf"\b(?:I['’]m|I am|[Mm]y name(?:['’]s| is)|[Cc]all me|[Cc]alled me|[Cc]alls me|[Cc]alling me|"
    rf"[Nn]amed me|(?<![Hh]is )(?<![Hh]er )(?<![Tt]heir )(?<![Ii]ts )[Nn]ame was)\s+(?P<n>{NAME})\b")
# a name that answers "You'll be Leopold's boy?" as a sentence of its own: "I am. Cyprian."
# (only after a full stop: "Yes, Emrys." is a call)
SELF_ANSWER = re.compile(rf"(?:^|(?<=[\s\W]))(?:[Yy]es|I am|I['’]m|[Tt]hat['’]s me|[Ii]t['’]s me)\.\s+(?P<n>{NAME})\.(?=\s|$)")
# asking who the listener is: "Captain Oduya, isn't it?", "You must be Wren", "And you are?"
# "Maren Solvik," he read. "That's you?" / "Are you Tam?": the name put to the listener
IDENT_Q = re.compile(rf"(?:(?P<n>{NAME}),\s+(?:isn['’]t it|aren['’]t you|is it|right)\?"
                     rf"|\b[Yy]ou(?:['’]re| are| must be|['’]ll be| will be)\s+(?P<n2>{NAME})\b(?!['’]s)(?:[^.!?]{{0,20}}\?|\s*[.!](?=\s|$))"
                     rf"|(?P<n3>{NAME})[,.?!]*\s+(?:[Tt]hat['’]s|[Tt]hat is|[Ii]s that|[Tt]hat['’]d be|[Tt]hat would be)\s+you\?"
                     rf"|\b[Aa]re you\s+(?P<n4>{NAME})\s*\?)")
ASK_NAME = re.compile(r"what['’]?s your name|\byour name\b|\bwho are you\b|\band you are\b|\byou are\?"
                      r"|isn['’]t it\?|aren['’]t you\?|\bmust be\b"
                      r"|\byou['’]ll be\b|\byou will be\b", re.IGNORECASE)
NAME_FIRST = re.compile(rf"^\W*(?P<n>{NAME})\.\s+(?=[A-Z])")
CALLED_ME = re.compile(r"\b(?:call|calls|called|calling)\s+me\b", re.I)
W_INTRO = 1.5     # a speaker's own full name said as a sentence of its own
SELF_APPOS = re.compile(rf"\bI,\s+(?P<n>{NAME}),")
# "my name, Leo Marsh, was second on the list": the teller's own name in apposition
MY_NAME_APPOS = re.compile(rf"\b[Mm]y\s+(?:full\s+|own\s+)?name,\s+(?P<n>{NAME}),")
RELATION = re.compile(rf"\b[Mm]y\s+(?:(?:little|big|older|younger|baby|best|late|dear|new|old|kid)\s+)?{KIN}s?,?\s+(?P<n>{NAME})\b")
# thoughts set off by underscores or asterisks: not narration for counting person
THOUGHT = re.compile(r"(?<![\w*_])([_*])(?=\S)([^_*\n]{1,300}?)(?<=\S)\1(?![\w*_])")
# a name learned on meeting ("He said his name was Idris", "a badge that said AGNIESZKA"):
# the teller did not know that person before, so does not belong to their circle
INTRO = re.compile(rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+name\s+(?:was|is|turned\s+out\s+to\s+be)|"
                   rf"introduced\s+(?:himself|herself|themselves)\s+as|"
                   rf"(?:badge|name\s?tag|tag|sign|plaque|label)\s+(?:that\s+|which\s+)?(?:said|read|says|reads))"
                   rf"\s+(?P<n>{NAME}|[A-Z][A-Z'’\-]+)")
# a person met by description, not by name: "The young woman behind the counter", "the man
# who kept the hut", "the apprentice, a lanky boy"
PERSON_NOUNS = frozenset("""
man woman boy girl lad lass lady gentleman guy fellow bloke kid child person stranger
apprentice clerk driver owner keeper warden attendant assistant cashier waiter waitress
receptionist porter guard officer nurse doctor baker barman barmaid landlord landlady
""".split())
# a name on an envelope, a label or a plaque is written, not said of a third person
INSCRIBED = re.compile(rf"\b(?:addressed|made out|labell?ed|engraved|inscribed|marked)\s+(?:to|for|with)?\s*(?P<n>{NAME})")
# letters and diary entries: a salutation opens them, a signature closes them
SALUTE = re.compile(rf"^\W*(?:(?:My\s+)?(?:[Dd]ear(?:est)?|[Dd]arling)\s+(?P<n>{NAME})\s*[,:\u2014!-]"
                    rf"|To\s+(?P<t>{NAME})\s*[,:\u2014-]?\s*$)")   # "To London, then." is not one
VALEDICTION = (r"(?:Yours(?:\s+(?:truly|ever|always|sincerely|faithfully))?|Ever\s+yours|Love|All\s+my\s+love|"
               r"With\s+love|Lots\s+of\s+love|Best(?:\s+wishes)?|Regards|Kind\s+regards|Sincerely|"
               r"Faithfully|Cheers|Always|Forever|xx?x?)")
_VAL_TAIL = r"(?:\s+(?:always|ever|forever|and\s+always|from|as\s+ever))?"
SIGNATURE = re.compile(rf"^\s*(?:(?:[\u2014\u2013~]|--?)\s*|{VALEDICTION}{_VAL_TAIL}\s*[,.\u2014-]?\s+)(?P<n>{NAME})\s*[.!x]*\s*$")
# a note closing on its writer's name or initial in the same paragraph: "Fifteen centimetres. – S."
NOTE_SIGNED = re.compile(r"[.!?]\s+(?:[\u2014\u2013~]|--?)\s?(?P<n>[A-Z](?:[\w'’\-]*\w)?)\.?\s*$")
VALEDICTION_LINE = re.compile(rf"^\s*{VALEDICTION}{_VAL_TAIL}\s*[,.\u2014-]?\s*$")
BARE_NAME = re.compile(rf"^\s*(?P<n>{NAME})\s*[.!]?\s*$")
# the narrator's own gender, said in the narration ("I am not a woman who ...")
SELF_GENDER = re.compile(
    r"\bI(?:['’]m|\s+am|\s+was|['’]ve\s+been|\s+have\s+been|\s+had\s+been)\s+"
    r"(?:not\s+|never\s+|no\s+longer\s+|only\s+|just\s+|still\s+)?(?:a|an|the(?:\s+only)?|her|his|their|your)\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?P<g>woman|girl|lady|widow|wife|mother|daughter|sister|grandmother|"
    r"man|boy|guy|gentleman|widower|husband|father|son|brother|grandfather)\b(?!['’])")
GENDER_OF = {w: "f" for w in "woman girl lady widow wife mother daughter sister grandmother".split()}
GENDER_OF.update({w: "m" for w in "man boy guy gentleman widower husband father son brother grandfather".split()})
# how others address the narrator: "Morning, missus", "Can I help you, sir?"
ADDRESS_GENDER = re.compile(
    r"(?:^|[,;]\s*|\b(?:Morning|Evening|Afternoon|Hello|Hi|Thanks|Thank you|Sorry|Yes|No|Excuse me),?\s+)"
    r"(?P<g>sir|ma['’]am|madam|miss|missus|mister|lad|lass|young man|young lady)\s*(?=[,.!?\u2014]|$)",
    re.IGNORECASE)
ADDRESS_OF = {"sir": "m", "mister": "m", "lad": "m", "young man": "m",
              "ma'am": "f", "ma’am": "f", "madam": "f", "miss": "f", "missus": "f", "lass": "f",
              "young lady": "f"}
# a relative called by the kin word as a name ("Dad said") belongs to the narrator; the
# same relative as "her father" belongs to someone else
KIN_WORD = {w: k.relation for w, k in kinship.NAME_WORDS.items()
            if k.relation in kinship.PARENTS | kinship.GRANDPARENTS}
# "Father" and "Mother" alone are also a priest's and a nun's title
KIN_NAMES = {w: r for w, r in KIN_WORD.items() if w not in kinship.FORMAL}
KIN_THIRD = re.compile(r"\b(?:her|his|their)\s+(?P<k>%s)\b" % "|".join(sorted(KIN_WORD, key=len, reverse=True)))
_SIMPLE_QUOTES = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201c\u201d]*\u201d")


@dataclass
class BlockFeat:
    index: int
    n_tok: int = 0                    # word tokens outside quotes and thoughts
    fp: int = 0                       # I/me/my/mine/myself
    fpl: int = 0                      # we/us/our
    sp: int = 0                       # you/your
    tp: int = 0                       # he/she/him/her
    narr_spans: list[tuple[int, int]] = field(default_factory=list)   # view spans of I/me/my
    names: Counter = field(default_factory=Counter)        # names in narration (3rd person)
    qnames: Counter = field(default_factory=Counter)       # names inside quotes (salience)
    pos: Counter = field(default_factory=Counter)          # name -> narrator evidence weight
    neg: Counter = field(default_factory=Counter)          # name -> not-narrator weight
    why: list[tuple[str, str]] = field(default_factory=list)   # (name, short evidence)
    speaker: Optional[str] = None     # "narr" | "other" | None: who speaks the lines here
    tagged: bool = False              # speaker known from a speech tag, not a beat
    reply: bool = False               # a tag that answers the line before ("she shouted back")
    has_quote: bool = False
    percept: Counter = field(default_factory=Counter)      # name -> perception verbs (3rd p.)
    gender: Counter = field(default_factory=Counter)       # "f"/"m" -> the narrator's own gender cues
    kin_named: set = field(default_factory=set)            # relations called "Dad", "Gran" in narration
    kin_third: set = field(default_factory=set)            # relations as "her father", "his gran"
    lead_pron: bool = False           # the first narration sentence says "he"/"she" before any name or noun
    salute: Optional[str] = None      # "Dear Mara," opening the block: a letter to Mara
    signed: Optional[str] = None      # "— Hollis", "Yours, Hollis": a letter signed by Hollis
    note_by: Optional[str] = None     # "... Fifteen centimetres. – S.": a note ending on its writer
    beat: Optional[str] = None        # a paragraph with no speech: whose action it tells ("narr"/"other")
    beat_last: bool = False           # ... and its last sentence is the teller's own ("So did I.")
    beat_pos: Counter = field(default_factory=Counter)     # calls in a line read as the actor's (weak)
    intro: set = field(default_factory=set)                # names learned on meeting ("his name was X")
    described: int = 0                # people met by a description in the narration ("the man who ...")
    kin_my: set = field(default_factory=set)               # "my husband", "my son": the teller's own people
    sibling_of: set = field(default_factory=set)           # "my sister, Bettany": the teller is her sibling


# ------------------------------------------------------------------ quote spans --------

_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014]))[\u2018'](?=[A-Za-z0-9\u2026.])")
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?;:\u2014\u2026\-])[\u2019'](?=[\s)\]\u2014]|$)")
_DASH_OPEN = re.compile(r"^\s*(?:\u2014|\u2015|--)\s*")
_DASH_SEP = re.compile(r"\s(?:\u2014|\u2015|--)\s?|(?:\u2014|\u2015|--)$")


def _double_spans(text: str) -> list[tuple[int, int]]:
    out = [(m.start() + 1, m.end() - 1) for m in _SIMPLE_QUOTES.finditer(text)]
    # an odd straight mark opens a speech running to the paragraph's end
    rest = _SIMPLE_QUOTES.sub(lambda m: " " * len(m.group(0)), text)
    k = rest.find('"')
    if k >= 0 and rest.count('"') % 2 == 1:
        out.append((k + 1, len(text)))
    k = rest.find("\u201c")
    if k >= 0:
        out.append((k + 1, len(text)))
    return out


def _single_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while True:
        m = _SINGLE_OPEN.search(text, pos)
        if not m:
            return out
        c = _SINGLE_CLOSE.search(text, m.end())
        end = c.start() if c else len(text)
        out.append((m.end(), end))
        pos = end + 1


def _dash_spans(text: str) -> list[tuple[int, int]]:
    m = _DASH_OPEN.match(text)
    if not m:
        return []
    out, start, speech = [], m.end(), True
    for sep in _DASH_SEP.finditer(text, m.end()):
        if speech:
            out.append((start, sep.start()))
        start, speech = sep.end(), not speech
    if speech and start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def quote_spans(doc: Document) -> list[tuple[int, int]]:
    """View spans of direct speech, from quotes.detect; a plain reading of double, single
    and dash dialogue when that stage found nothing (it may be switched off)."""
    if doc.quotes:
        return sorted((q.vstart, q.vend) for q in doc.quotes if q.vend > q.vstart)
    texts = [(b, doc.view[b.vstart:b.vend]) for b in doc.blocks if b.kind == "text"]
    n_double = sum(t.count('"') + t.count("\u201c") for _, t in texts)
    n_single = sum(len(_SINGLE_OPEN.findall(t)) for _, t in texts)
    n_dash = sum(1 for _, t in texts if _DASH_OPEN.match(t))
    style = max((n_double, "double"), (n_single // 2, "single"), (n_dash, "dash"))[1]
    finder = {"double": _double_spans, "single": _single_spans, "dash": _dash_spans}[style]
    out: list[tuple[int, int]] = []
    for b, text in texts:
        out.extend((b.vstart + s, b.vstart + e) for s, e in finder(text))
    return sorted(out)


def sent_starts(sdoc) -> set[int]:
    """Token indices that open a sentence, read once per parse (Token.is_sent_start
    re-checks the whole Doc's annotation on every call)."""
    cached = sdoc.user_data.get("_ficlens_sent_starts")
    if cached is None:
        cached = {s.start for s in sdoc.sents} if len(sdoc) else set()
        sdoc.user_data["_ficlens_sent_starts"] = cached
    return cached


class SpanIndex:
    """Membership of view positions in sorted, non-nested spans."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def inside(self, pos: int) -> bool:
        i = bisect_left(self.starts, pos + 1) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def within(self, vstart: int, vend: int) -> list[tuple[int, int]]:
        """Spans overlapping [vstart, vend), clipped to it."""
        i = max(0, bisect_left(self.starts, vstart) - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < vend:
            s, e = self.spans[i]
            if e > vstart:
                out.append((max(s, vstart), min(e, vend)))
            i += 1
        return out


# ------------------------------------------------------------------- names --------------

def is_name_word(w: str, propn: Counter, known: set[str]) -> bool:
    """A capitalised word that behaves like a name in this work: a known character's name,
    or tagged as a proper noun at least twice."""
    lw = w.lower().strip("'’")
    if not w[:1].isupper() or lw in NOT_NAMES or lw in NUMBERS or lw in TIME_WORDS or len(lw) < 2:
        return False
    return lw in known or propn.get(w, 0) >= 2


def clean_name(n: str) -> str:
    n = re.sub(r"\s+", " ", n.strip())
    return re.sub(r"['’]s?$", "", n)


class Cast(set):
    """The lower-cased words of the named characters' names, and (``titles``) the bare
    titles some character goes by ("the Captain", never named otherwise)."""
    titles: frozenset = frozenset()


def name_ok(n: str, propn: Counter, known: set[str], loose: bool = False) -> bool:
    """Every word of n is a name word; loose: only capitalised and not a common word (for
    contexts that say it is a name, "my name is X"). A bare title names no one, unless a
    character goes by it."""
    words = [w for w in n.split() if not re.fullmatch(TITLES, w)]
    if not words and not loose and n.lower().rstrip(".") in getattr(known, "titles", ()):
        return True
    if loose:
        return bool(words) and all(w[:1].isupper() and w.lower() not in NOT_NAMES
                                   and w.lower() not in NUMBERS for w in words)
    return bool(words) and all(is_name_word(w, propn, known) for w in words)


# --------------------------------------------------------------- the block pass -------

def _is_i(t) -> bool:
    # "So did I." may keep its full stop on the "I"
    return t.lower_.rstrip(".") == "i"


def _speaker_class(sdoc, off: int, qidx: SpanIndex, beat: bool = False) -> tuple[Optional[str], bool]:
    """Who speaks this paragraph's lines, from its narration: a speech tag with subject
    "I" (narrator) or a third party (other); failing that, the first subject of a verb in
    the narration (an action beat). Returns (class, from_tag). ``beat``: a paragraph of
    narration alone, read for who acted last; a state ("She was back", "She hadn't") is
    no action, and may be said of someone not there."""
    first_subj = None
    for t in sdoc:
        if t.dep_ not in ("nsubj", "nsubjpass") or qidx.inside(off + t.idx):
            continue
        head = t.head
        if qidx.inside(off + head.idx):
            continue
        if beat and (head.lemma_.lower() in ("be", "have") or any(c.dep_ == "neg" for c in head.children)):
            continue
        low = t.lower_
        cls = "narr" if _is_i(t) else ("other" if (low in ("he", "she", "they") or t.pos_ in ("PROPN", "NOUN")) else None)
        if cls is None:
            continue
        if beat and cls == "narr" and head.dep_ not in ("ROOT", "conj"):
            continue      # "... eyes red from something that I could see": she acted last
        if head.lemma_.lower() in SPEECH_LEMMAS:
            return cls, True
        if first_subj is None or beat:
            first_subj = cls      # a beat: whoever acted last
    return first_subj, False


_DETERMINERS = frozenset("my your his her our their the a an this that".split())


def _calendar(low: str) -> bool:
    """Days, months, holidays ("Thursdays", "Christmas"): capitalised, not characters unless
    the cast has one by that name."""
    return low in NUMBERS or (low.endswith("s") and low[:-1] in NUMBERS) or low in TIME_WORDS


def block_features(doc: Document, b: Block, qidx: SpanIndex, propn: Counter,
                   known: set[str]) -> BlockFeat:
    f = BlockFeat(b.index)
    sdoc = doc.parses.get(b.index)
    off = b.vstart
    text = doc.view[b.vstart:b.vend]
    thoughts = [(off + m.start(), off + m.end()) for m in THOUGHT.finditer(text)]
    tidx = SpanIndex(thoughts)
    quotes = qidx.within(b.vstart, b.vend)
    f.has_quote = bool(quotes)

    # narration text with quotes blanked (same length), for the regex patterns
    chars = list(text)
    for s, e in quotes:
        for k in range(s - off, e - off):
            chars[k] = " "
    narr_text = "".join(chars)
    f.reply = bool(quotes) and bool(REPLY_TAG.search(narr_text))

    if sdoc is not None:
        starts = sent_starts(sdoc)
        last_name = None
        group = None      # (first token, last token, text) of the name being read
        # "She ate my toast": a part that opens on a pronoun with nothing before it to
        # stand for goes on with people the story has already met
        for t in sdoc:
            if qidx.inside(off + t.idx):
                continue
            if t.i > 0 and t.i in starts:
                break
            if t.lower_ in ("he", "she", "him", "her", "his"):
                f.lead_pron = True
                break
            if t.pos_ in ("PROPN", "NOUN"):
                break
        for t in sdoc:
            p = off + t.idx
            if qidx.inside(p):
                if t.pos_ == "PROPN" and is_name_word(t.text, propn, known):
                    f.qnames[clean_name(t.text)] += 1
                continue
            if not t.is_alpha and t.lower_ not in ("i",):
                continue
            in_thought = tidx.inside(p)
            low = t.lower_
            if low in FIRST_SG and (low != "i" or t.text == "I"):
                f.narr_spans.append((p, p + len(t.text)))
            if in_thought:
                continue
            f.n_tok += 1
            if low in FIRST_SG and (low != "i" or t.text == "I"):
                f.fp += 1
            elif low in FIRST_PL and not (low == "us" and t.text == "US"):
                f.fpl += 1
            elif low in SECOND:
                f.sp += 1
            elif low in THIRD:
                f.tp += 1
            if (low in PERSON_NOUNS and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
                    and any(c.lower_ == "the" for c in t.lefts)
                    and any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in t.rights)):
                f.described += 1       # "The young woman behind the counter had a badge"
            if (t.text[:1].isupper() and low in KIN_NAMES
                    and (t.i == 0 or t.nbor(-1).lower_ not in _DETERMINERS)):
                f.kin_named.add(KIN_NAMES[low])     # "Dad said": the narrator's own father
            if (t.text[:1].isupper() and t.lower_ not in NOT_NAMES and not TITLE_FULL.fullmatch(t.text)
                    and not (t.text.isupper() and len(t.text) > 1)     # capitals: a sign, a badge
                    and not (t.i + 1 < len(sdoc) and t.nbor(1).text == "&")   # "Brandt & Daughter": a firm
                    and not (_calendar(low) and low not in known)) and (
                    t.pos_ == "PROPN" or (is_name_word(t.text, propn, known)
                                          and (t.pos_ in ("NOUN", "X", "ADJ") or t.i not in starts))):
                # a name in the narration: said of a third person. Consecutive name
                # words and a title before them make one name ("Mrs. Cavendish").
                if group is not None and group[1] == t.i - 1:
                    f.names[group[2]] -= 1
                    name = clean_name(sdoc[group[0]:t.i + 1].text)
                    group = (group[0], t.i, name)
                else:
                    g0 = t.i - 1 if t.i > 0 and TITLE_FULL.fullmatch(t.nbor(-1).text) else t.i
                    name = clean_name(sdoc[g0:t.i + 1].text)
                    group = (g0, t.i, name)
                f.names[name] += 1
                if t.dep_ in ("nsubj", "nsubjpass"):
                    last_name = name
                    if t.head.lemma_.lower() in PERCEPTION_LEMMAS:
                        f.percept[last_name] += 1
            elif low in ("he", "she") and t.dep_ == "nsubj" and last_name:
                if t.head.lemma_.lower() in PERCEPTION_LEMMAS:
                    f.percept[last_name] += 1
        if quotes:
            f.speaker, f.tagged = _speaker_class(sdoc, off, qidx)
        else:
            f.beat = _speaker_class(sdoc, off, qidx, beat=True)[0]
            sents = list(sdoc.sents)
            root = sents[-1].root if sents else None
            f.beat_last = root is not None and any(
                c.dep_ == "nsubj" and _is_i(c) for c in root.children)
    else:
        for m in re.finditer(r"[A-Za-z']+", narr_text):
            f.n_tok += 1
            w, low = m.group(0), m.group(0).lower()
            if low in FIRST_SG and (low != "i" or w == "I"):
                f.fp += 1
                f.narr_spans.append((off + m.start(), off + m.end()))
            elif low in FIRST_PL:
                f.fpl += 1
            elif low in SECOND:
                f.sp += 1
            elif low in THIRD:
                f.tp += 1

    # a letter: "Dear Mara," opens it; "— Hollis" or "Yours,\nHollis" closes it. A written
    # name is not the narration speaking of a third person.
    m = SALUTE.match(narr_text)
    if m and name_ok(clean_name(m.group("n") or m.group("t")), propn, known, loose=True):
        f.salute = clean_name(m.group("n") or m.group("t"))
        if f.names.get(f.salute, 0) > 0:
            f.names[f.salute] -= 1
    m = NOTE_SIGNED.search(narr_text)
    if m and not f.has_quote:
        f.note_by = m.group("n")
    m = SIGNATURE.match(narr_text)
    dash_only = m is not None and not re.match(rf"\s*{VALEDICTION}", narr_text)
    if m is None and b.index > 0 and doc.blocks[b.index - 1].kind == "text":
        pb = doc.blocks[b.index - 1]
        if VALEDICTION_LINE.match(doc.view[pb.vstart:pb.vend]):
            m = BARE_NAME.match(narr_text)
    if m is None and "\n" in narr_text.strip():
        # valediction and name on two lines of one paragraph
        head, _, last = narr_text.rstrip().rpartition("\n")
        if VALEDICTION_LINE.match(head.rpartition("\n")[2]):
            m = BARE_NAME.match(last)
    if m:
        n = clean_name(m.group("n"))
        # a bare "— Name" must be a name of the work ("—Fin", "— Later" are not)
        if (name_ok(n, propn, known, loose=not dash_only)
                and not any(w.lower() in TIME_WORDS or w.lower() in ("love", "yours", "tbc")
                            for w in n.split())):
            f.signed = n
            f.names[n] -= 1
            f.why.append((n, f"signs the letter: {m.group(0).strip()!r}"))
    for m in INSCRIBED.finditer(narr_text):
        n = clean_name(m.group("n"))
        for form in (n, " ".join(w for w in n.split() if not TITLE_FULL.fullmatch(w))):
            if f.names.get(form, 0) > 0:
                f.names[form] -= 1
                break
    for m in INTRO.finditer(narr_text):
        n = clean_name(m.group("n"))
        f.intro.add(n[:1] + n[1:].lower() if n.isupper() else n)
    for m in re.finditer(rf"\b[Mm]y\s+(?:(?:late|little|big|older|younger|eldest|baby)\s+)?(?P<k>{KIN})\b", narr_text):
        f.kin_my.add(m.group("k").lower())
    for m in SELF_GENDER.finditer(narr_text):
        f.gender[GENDER_OF[m.group("g").lower()]] += 1
    for m in KIN_THIRD.finditer(narr_text):
        f.kin_third.add(KIN_WORD[m.group("k").lower()])

    # self-naming and relations in the narration
    for rx in (SELF_NAME, SELF_APPOS, MY_NAME_APPOS):
        for m in rx.finditer(narr_text):
            n = clean_name(m.group("n"))
            # "my name is X", "named me X", "my name, X,": the words say X is a name,
            # however rare; not "called me X", which takes pet names and insults as readily
            loose = rx is MY_NAME_APPOS or (
                rx is SELF_NAME and m.group(0).lower().startswith(("my name", "named me")))
            if name_ok(n, propn, known, loose=loose):
                f.pos[n] += 3.0
                f.names[n] -= 1
                f.why.append((n, f"self-naming: {m.group(0)!r}"))
    for m in RELATION.finditer(narr_text):
        n = clean_name(m.group("n"))
        if name_ok(n, propn, known):
            f.neg[n] += 3.0
            f.why.append((n, f"relation: {m.group(0)!r}"))
            if re.search(r"\b(?:sister|brother|twin)s?\b", m.group(0), re.I):
                f.sibling_of.add(n)
    return f


_SIB = r"(?:(?:little|big|older|younger|baby|twin|kid|elder)\s+)?(?:brother|sister)"
# "Bettany's little brother Idris", "Bettany ..., and her little brother Idris": who is
# whose sibling, as the narration states it
SIBLING_STATED = [
    re.compile(rf"(?P<a>{_WORD})['\u2019]s\s+{_SIB},?\s+(?P<b>{_WORD})\b"),
    # the nearest name before "her brother" in its sentence (no other capitalised word between)
    re.compile(rf"(?P<a>{_WORD})\b(?:(?![A-Z])[^.;!?\n]){{0,80}}?\b(?:her|his)\s+{_SIB},?\s+(?P<b>{_WORD})\b"),
]


def stated_siblings(text: str) -> list[tuple[str, str]]:
    """(a, b) pairs the text states are siblings (b is a's brother or sister)."""
    out = []
    for rx in SIBLING_STATED:
        for m in rx.finditer(text):
            out.append((clean_name(m.group("a")), clean_name(m.group("b"))))
    return out


def _reported_call(head: str) -> bool:
    """``head`` ends with a speech verb that has a subject, and its listener ("I used to
    tell him,"): what follows is quoted speech, not the speaker's own call."""
    head = head.rstrip()
    if re.search(r"(?:^|[.!?]\s+)\W*[Ss]ay\s*[,:]?\s*(?:['‘\"“][^'’\"”]*)?$", head):
        return True       # 'Say, "What do you want, Master Reed?"': a line set for the listener
    rep = REPORTED_CALL.search(head)
    # a subject before the verb in its sentence ("I used to", "he'd"), not an imperative
    # after a conjunction ("But, tell me, Watson, ...")
    if rep is None:
        return False
    if not re.match(rf"{_REPORTED_PAST}\b", rep.group(0), re.I):
        return True       # "used to say", "he'd say": habitual, never an imperative
    return bool(REPORT_SUBJECT.search(re.split(r"[.!?\u2026]", head[:rep.start()])[-1]))


# a speech tag that answers the line before ("she shouted back", "he replied")
REPLY_TAG = re.compile(r"\b(?:said|shouted|called|yelled|snapped|fired|threw|tossed|shot|hollered|"
                       r"muttered|whispered|grinned|smiled)\s+back\b|\b(?:replied|answered|retorted)\b")

# a tag that calls out to someone ('"Corbin Hask," he called up'): the name is a call
CALL_TAG = re.compile(r"\W{0,3}\s*(?:he|she|they|[A-Z][\w'\u2019-]+)\s+(?:called|shouted|yelled|bellowed|hollered|roared)\b")

# a call followed by talk of "he"/"she" and never "you" is made to a third one in the room,
# about someone there (often the narrator): it names nobody as the listener-narrator
_THIRD_SUBJ = re.compile(r"\b(?:he|she)\b", re.I)
_SECOND = re.compile(r"\b(?:%s)\b" % "|".join(sorted(SECOND | {"ye"})), re.I)


def _resumed(doc: Document, spans: list, k: int) -> str:
    """The next line of the paragraph when only a short tag parts it from line k (the
    same speech going on), else ""."""
    if k + 1 >= len(spans) or spans[k + 1][0] - spans[k][1] > 40:
        return ""
    return doc.view[spans[k + 1][0]:spans[k + 1][1]]


def _then_you(doc: Document, spans: list, k: int) -> bool:
    """The speech goes on, after a short tag, to talk to "you": '"Bartholomew Ostrowski,"
    she said, "are you crying?"' is a call, not an introduction."""
    return bool(_SECOND.search(_resumed(doc, spans, k)))


# the words that go on a sentence whose subject is the name before the tag
_PREDICATE = re.compile(r"^\W*(?:is|was|has|had|does|did|will|would|can|could|should|must|might|"
                        r"isn't|wasn't|hasn't|doesn't|didn't|won't|wouldn't|can't|couldn't|"
                        r"says|said|thinks|knows|wants|never|always)\b(?!\s+you\b)", re.I)


def _then_predicate(doc: Document, spans: list, k: int) -> bool:
    """The speech goes on, after a short tag, with the verb of which the name before it
    is the subject: "'Pet,' he said, 'is the only one with any sense.'" is no call."""
    return bool(_PREDICATE.match(_resumed(doc, spans, k)))


_KIN_WORD = re.compile(KIN + r"s?$")


def beat_on_relative(sdoc) -> bool:
    """The paragraph's last sentence has someone do something to the teller's relative:
    "my mother retied my father's tie", "she handed my brother the keys"."""
    if sdoc is None:
        return False
    sents = list(sdoc.sents)
    if not sents:
        return False
    for t in sents[-1]:
        if not _KIN_WORD.match(t.lower_) or not any(c.dep_ == "poss" and c.lower_ == "my" for c in t.children):
            continue
        x = t.head if t.dep_ == "poss" else t       # "my father's tie": the tie
        if x.dep_ in ("dobj", "dative", "pobj") and not any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in x.head.children):
            return True
    return False


def _after_beat(gap: str) -> bool:
    """The narration between two quotes of one paragraph is a sentence of action, not a
    speech tag: '... with you." She was pulling a lifejacket out. "Don't ...'."""
    words = re.findall(r"[a-z]+", gap.lower())
    return (bool(re.search(r"[.!?]\s*\W*$", gap.rstrip(" \"'\u201c\u2018"))) and len(words) >= 3
            and not any(w in _SPEECH_WORDS for w in words))


# the inflected forms of the speech verbs ("said", "asked", "snapped"); not the -ing forms
# a beat can hold ("She was laughing.")
_SPEECH_WORDS = frozenset(f for lem in SPEECH_LEMMAS for f in verb_forms(lem) if not f.endswith("ing"))


def _about_third(rest: str) -> bool:
    return bool(_THIRD_SUBJ.search(rest)) and not _SECOND.search(rest)


def self_intros(q: str) -> set[str]:
    """Full names a line says as a sentence of their own, at its start or after a one-word
    one ("Rosalind Quenby. I don't think we've met", "Teodor. Teodor Vance."): the
    speaker introducing themself; not after a greeting ("Thank you, Cousin Septimus."),
    which calls the listener."""
    out = set()
    for m in [VOC_START.match(q), *FULL_NAME_SENT.finditer(q)]:
        if m and m.re is VOC_START and re.search(r"\w", m.group(0)[:m.start("n") - m.start()]):
            continue
        if m and m.group(0).endswith(".") and not m.group(0).endswith(".."):
            n = clean_name(m.group("n"))
            if len(n.split()) > 1 and not TITLE_FULL.fullmatch(n.split()[0]):
                out.add(n)
    return out


def quote_evidence(doc: Document, f: BlockFeat, b: Block, qidx: SpanIndex, cls: Optional[str],
                   weight: float, propn: Counter, known: set[str], asked_who: bool = False) -> None:
    """Vocatives and self-naming inside this block's quotes, given who speaks them
    (cls: "narr", "other" or None). ``asked_who``: the line before, someone else's, asked
    who the listener is, so a bare name said back is the narrator's own."""
    spans = qidx.within(b.vstart, b.vend)
    # read over the whole line: the name and the question may be two quotes
    # ('"Maren Solvik," he read. "That's you?"')
    idents = set()
    if cls == "other":
        said = " ".join(doc.view[s:e] for s, e in spans)
        idents = {clean_name(next(g for g in m.group("n", "n2", "n3", "n4") if g)) for m in IDENT_Q.finditer(said)}
    # a full name that is a sentence of its own ("Rosalind Quenby. I don't think we've met")
    # introduces the speaker; it is no call, and a first name said with it is theirs too
    intros = set()
    for s, e in spans:
        intros |= self_intros(doc.view[s:e]) - idents
    intro_words = {w for n in intros for w in n.split()}
    if cls in ("narr", "other"):
        for n in intros:
            if name_ok(n, propn, known):
                (f.pos if cls == "narr" else f.neg)[n] += W_INTRO
                f.why.append((n, f"introduces {'themself' if cls == 'narr' else 'the other speaker'}: {n!r}"))
    called_me = any(CALLED_ME.search(doc.view[s:e]) for s, e in spans)
    for k, (s, e) in enumerate(spans):
        q = doc.view[s:e]
        if asked_who and k == 0 and cls == "narr":
            # "Teo." or "Teo. Yes. Good morning.": the name alone, as the line's first sentence
            m = VOC_WHOLE.match(q) or NAME_FIRST.match(q)
            if m and name_ok(clean_name(m.group("n")), propn, known):
                n = clean_name(m.group("n"))
                f.pos[n] += 3.0
                f.why.append((n, f"answers with their name: {q.strip()!r}"))
                continue
        # in the order the line says them (a set's order changes with the hash seed, and
        # with it the order of the evidence shown)
        vocs = dict.fromkeys(n for n in sorted(idents) if n in q)
        answers = {clean_name(m.group("n")) for m in SELF_ANSWER.finditer(q)}
        if k == 0 and called_me:
            # "'Sol,' he said. 'Please. Nobody has called me Mr Achterberg in years.'": the
            # name the line opens on is the speaker's own, offered, not a call
            m = VOC_START.match(q) or VOC_WHOLE.match(q)
            if m:
                own = clean_name(m.group("n"))
                answers.add(own)
                if cls == "other" and name_ok(own, propn, known):
                    f.neg[own] += W_INTRO
        # a quote inside a speech, after "your father used to say,": its call is reported
        # (only inside another speech: '"Hello," she said, "Mara, come in."' is a call)
        lo = max(0, s - 60)
        pre = doc.view[lo:s].rstrip(" \"'\u201c\u2018")
        reported = bool(pre) and qidx.inside(lo + len(pre) - 1) and _reported_call(pre)
        for rx in (VOC_WHOLE, VOC_START):
            m = rx.match(q)
            if m and not reported:
                n = clean_name(m.group("n"))
                if rx is VOC_START and not re.search(r"\w", q[m.end():]) and len(n.split()) > 1 \
                        and not CALL_TAG.match(doc.view[e:e + 40]) and not _then_you(doc, spans, k):
                    continue      # '"Will Okafor," she said': an introduction, not a call
                if rx is VOC_START and cls == "other" and _about_third(q[m.end():]):
                    continue      # "Leopold, has he eaten?": asked of a third one in the room
                if rx is VOC_START and m.group(0).rstrip().endswith(",") and ANNOUNCED.match(q[m.end():]):
                    continue      # "Mr Septimus Ashgrove, ma'am": a visitor announced to her
                if not re.search(r"\w", q[m.end():]) and _then_predicate(doc, spans, k):
                    continue      # the subject of a sentence split by its tag
                vocs[n] = None
        for rx in (VOC_END, VOC_MID):
            for m in rx.finditer(q):
                if _reported_call(q[:m.start() + 1]):
                    # "I used to tell him, Joos, you'll drown": a call inside reported
                    # speech, to someone not in the scene
                    continue
                vocs[clean_name(m.group("n"))] = None
        for n in answers:
            vocs.pop(n, None)
        if cls == "other":
            for m in ADDRESS_GENDER.finditer(q):
                f.gender[ADDRESS_OF[m.group("g").lower()]] += 1
        if cls in ("narr", "other"):
            # the narrator speaking of someone in the third person: not the narrator
            voc_words = {w for n in [*vocs, *answers] for w in n.split()} | intro_words
            for m in re.finditer(_WORD, q):
                w = clean_name(m.group(0))
                if w not in voc_words and m.start() > 0 and is_name_word(w, propn, known):
                    # said of someone in the third person: by the narrator, or to the
                    # narrator by the one they talk with (weaker: it may be said to a third)
                    f.neg[w] += 1.0 if cls == "narr" else 0.5
        for n in vocs:
            if not name_ok(n, propn, known) or set(n.split()) & intro_words:
                continue
            if known and not all(w.lower().strip("'’.") in known for w in n.split()
                                 if not TITLE_FULL.fullmatch(w)):
                continue      # a cast exists: a call to no one in it is an exclamation
            if cls == "other":
                # a call in a line resumed after the speaker's own action, when the line
                # before it already spoke to "you" ('"I'm coming with you." She took a
                # lifejacket. "Don't start, Harbourmaster."'), may turn to a third one in
                # the scene: half the weight
                turned = (k > 0 and _after_beat(doc.view[spans[k - 1][1]:s])
                          and bool(_SECOND.search(doc.view[spans[k - 1][0]:spans[k - 1][1]])))
                f.pos[n] += weight / 2 if turned else weight
                f.why.append((n, f"addressed as {n!r}"))
            elif cls == "narr":
                f.neg[n] += 1.0
        for m in [*SELF_NAME.finditer(q), *SELF_ANSWER.finditer(q)]:
            n = clean_name(m.group("n"))
            if not name_ok(n, propn, known):
                continue
            if m.group(0).lower().startswith(("call", "name")) and "me" in m.group(0).lower():
                # "they called me X" said by the narrator, or "call me X"
                if cls == "narr":
                    f.pos[n] += 2.0
                continue
            if cls == "narr":
                f.pos[n] += 3.0
                f.why.append((n, f"self-naming in speech: {m.group(0)!r}"))
            elif cls == "other":
                f.neg[n] += 3.0
        for m in RELATION.finditer(q):
            n = clean_name(m.group("n"))
            if cls == "narr" and name_ok(n, propn, known):
                f.neg[n] += 2.0
