"""Characters: who is who under every name (issue #3).

Names are found from the parse and from how a word behaves, not from NER (disabled for
speed): capitalised nominal runs, titles, subjects of speech verbs, vocatives in
dialogue, possessives. Places, months, interjections, deities used as exclamations and
plural families are filtered by their behaviour and a few closed word classes. Names are
then clustered (full name / first / surname / title + surname / registered hypocorisms /
truncations the work establishes) without ever merging two people who share a surname.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ficlens.config import Config
from ficlens.document import Character, Document, Mention
from ficlens.characters.names import (DIMINUTIVE_SUFFIXES, TITLES, feminine_forms, is_clipped_pet, is_diminutive,
                                      is_inner_clip, is_registered_pair, is_tail_clip, is_truncation, listed_gender,
                                      nicknames_of, norm_name, pet_stems, registered_forms, resolve_name, said_as,
                                      same_name_form, split_title, stated_short_forms, title_gender)
from ficlens.characters import lexicon as lx
from ficlens.linguistics import READER_NAMES, kinship

# a married woman's titles before a surname ("Mrs. X", "Lady X"): beside "Mary X" as often her mother
_WIFE_TITLES = frozenset(("mrs", "mme", "madame", "lady"))
_EPITHET_HEADS = frozenset("man boy girl lady kid".split())
# honorifics that only ever stand before a person's surname
SURNAME_HONORIFICS = frozenset("mr mister mrs miss ms mx dr doctor madame mme mademoiselle mlle monsieur herr signor senor".split())

__all__ = ["run", "resolve_name", "norm_name", "find_names", "quote_index"]


# ---------------------------------------------------------------- occurrences ----------

@dataclass
class Occ:
    """One occurrence of a candidate name in the view."""
    vstart: int
    vend: int
    block: int
    sent: int                 # global sentence number (for "same sentence" vetoes)
    surface: str
    norm: str
    initial: bool             # sentence-initial (capital letter says nothing)
    in_quote: bool
    head_i: int = -1          # token index of the span's head in the block parse
    apos: bool = False        # preceded by an elision apostrophe ('Mione)
    the: bool = False         # preceded by "the"
    feats: Counter = field(default_factory=Counter)


class QuoteIndex:
    """View-offset intervals of direct speech, for in-quote tests by bisection."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def find(self, v: int) -> int:
        """Index of the quote containing view offset v, or -1."""
        i = bisect_right(self.starts, v) - 1
        if i >= 0 and self.spans[i][0] <= v < self.spans[i][1]:
            return i
        return -1

    def contains(self, v: int) -> bool:
        return self.find(v) >= 0


def quote_index(doc: Document) -> QuoteIndex:
    """From doc.quotes when quote detection ran; else a crude pairing of double quotation
    marks per block, so in-quote flags and vocatives still work without it."""
    if doc.quotes:
        return QuoteIndex([(q.vstart, q.vend) for q in doc.quotes])
    cached = doc.__dict__.get("_fallback_quotes")
    if cached is not None:
        return cached
    spans = []
    for b in doc.narrative_blocks():
        text = doc.view[b.vstart:b.vend]
        for m in lx.FALLBACK_QUOTE_RE.finditer(text):
            spans.append((b.vstart + m.start() + 1, b.vstart + m.end() - 1))
    qi = QuoteIndex(spans)
    doc.__dict__["_fallback_quotes"] = qi
    return qi


def _cap(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _name_token(tok) -> bool:
    """Can this token be part of a proper name?"""
    t = tok.text
    if not _cap(t) or t in ("I", "I'm", "I'd", "I'll", "I've", "O"):
        return False
    if tok.tag_ in ("NNP", "NNPS"):
        return True
    if tok.is_sent_start or _after_open(tok):
        return tok.tag_ in ("NN", "NNS") and tok.dep_ in lx.NAME_DEPS
    return tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "X", "INTJ") and tok.tag_ not in ("PRP", "PRP$", "MD")


def _after_open(tok) -> bool:
    """True when only opening punctuation separates the token from a sentence start."""
    d = tok.doc
    j = tok.i - 1
    while j >= 0 and d[j].is_punct and d[j].text not in (",", ";", ":"):
        if d[j].is_sent_start:
            return True
        j -= 1
    return j < 0 or (tok.i > 0 and d[tok.i - 1].is_sent_start and d[tok.i - 1].is_punct)


def _is_initial(doc_sp, i0: int) -> bool:
    tok = doc_sp[i0]
    if tok.is_sent_start or i0 == 0:
        return True
    prev = doc_sp[i0 - 1]
    if prev.text in ("\u201c", "\u2018", "\u00ab") or prev.tag_ in ("``", "-LRB-") or prev.text in ("—", "--", "-", "…", "..."):
        return True
    if prev.text in (".", "!", "?") and prev.whitespace_ and tok.tag_ not in ("NNP", "NNPS"):
        return True      # "Pineapple. Remember.", "Fine! Slippery.": a sentence the parse did not split off
    return _after_open(tok)


def lower_vocab(doc: Document) -> Counter:
    """How often each word occurs in lower case in the work (common words)."""
    cached = doc.__dict__.get("_lower_vocab")
    if cached is not None:
        return cached
    c: Counter = Counter()
    for b in doc.narrative_blocks():
        sp = doc.parses.get(b.index)
        if sp is not None:
            c.update(t.text for t in sp if t.is_lower)
    doc.__dict__["_lower_vocab"] = c
    return c


def find_names(doc: Document) -> list[Occ]:
    """Every capitalised name-like span in the narrative blocks, with behaviour features."""
    qi = quote_index(doc)
    lv = lower_vocab(doc)
    occs: list[Occ] = []
    sent_no = 0
    # words the work writes as a name mid-sentence ("'...,' Sunny said"): at a sentence start,
    # tagged as an adjective before a surname, they still open a name ("Sunny Okoro has")
    named = {t.lower_ for b in doc.narrative_blocks() for t in (doc.parses.get(b.index) or ())
             if t.tag_ == "NNP" and not t.is_sent_start and t.is_title}
    for b in doc.narrative_blocks():
        sp = doc.parses.get(b.index)
        if sp is None:
            continue
        n = len(sp)
        i = 0
        sent_starts = 0
        while i < n:
            tok = sp[i]
            if tok.is_sent_start:
                sent_starts += 1
            if not _name_token(tok) and not (
                    tok.tag_ == "JJ" and tok.is_title and tok.lower_ in named and i + 1 < n
                    and sp[i + 1].tag_ == "NNP" and sp[i + 1].is_title and tok.lower_ not in lv) and not (
                    _cap(tok.text) and tok.tag_ == "MD" and i + 1 < n and (
                        (sp[i + 1].tag_ == "NNP" and _cap(sp[i + 1].text) and not _is_initial(sp, i))
                        or sp[i + 1].tag_ in ("VBD", "VBZ", "VBN")
                        # '"Will Okafor," she said': a modal and a name, then a stop, is
                        # a full name even at the start of a sentence (never "Will you?")
                        or (sp[i + 1].tag_ == "NNP" and _cap(sp[i + 1].text) and sp[i + 1].whitespace_ == ""
                            and i + 2 < n and sp[i + 2].text in (",", ".", "!", ";")))):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = sp[j]
                if t.whitespace_ == "" and j + 1 < n and t.text in ("-",) and sp[j - 1].whitespace_ == "" and _cap(sp[j + 1].text):
                    j += 2       # Mary-Kate
                    continue
                if t.text.lower() in lx.NAME_PARTICLES and j + 1 < n and _cap(sp[j + 1].text) and sp[j + 1].tag_ == "NNP":
                    j += 2
                    continue
                if t.is_sent_start or not _name_token(t) or t.tag_ not in ("NNP", "NNPS") and not _cap(t.text):
                    break
                if t.tag_ not in ("NNP", "NNPS") and t.pos_ not in ("PROPN", "NOUN"):
                    break
                j += 1
            k = len(occs)
            _emit(doc, b, sp, i, j, qi, occs, sent_no + sent_starts, lv)
            if len(occs) > k and tok.tag_ == "MD" and j == i + 1 and j < n and sp[j].tag_ in ("VBD", "VBZ", "VBN"):
                # "Will pulled": a modal is never followed by a finite verb, so a name
                occs[-1].feats.update(("nnp", "subj"))
            i = j
        sent_no += sent_starts + 1
    return occs


_CUT = re.compile(r"--|[^\w'\u2019\-. ]|\d|_")


# "by Friday Wren had the seedlings in": a day is no part of the name after it
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _emit(doc, b, sp, i0, i1, qi, occs, sent, lower_vocab=None):
    # strip leading non-names ("Oh Harry", "Poor Lydia" -> "Harry", "Lydia")
    while i0 < i1 - 1:
        w0 = sp[i0].text.lower().strip(".")
        if w0 in TITLES:
            break
        if w0 in lx.NOT_NAME_WORDS or w0 in lx.LEADING_ADJ or w0 in _WEEKDAYS or (
                sp[i0].tag_ in ("JJ", "JJR", "JJS", "RB", "UH", "DT", "PRP$", "IN", "CC", "VB", "VBP")
                and lower_vocab is not None and w0 in lower_vocab):
            i0 += 1
            continue
        break
    if i0 >= i1:
        return
    # a token glued to punctuation ("Knightley.--It") ends the name there ("Y/N" is one)
    for j in range(i0, i1):
        if _CUT.search(sp[j].text) and sp[j].text not in READER_NAMES:
            i1 = j + 1
            break
    span = sp[i0:i1]
    vs = b.vstart + span[0].idx
    ve = b.vstart + span[-1].idx + len(span[-1].text)
    surface = doc.view[vs:ve]
    m = _CUT.search(surface) if surface not in READER_NAMES else None
    if m:
        surface = surface[:m.start()]
    surface = surface.rstrip(" -'\u2019")
    if surface.endswith(".") and norm_name(surface).split()[-1:] and norm_name(surface).split()[-1] not in TITLES:
        surface = surface.rstrip(".")
    if not surface or not surface[0].isupper():
        return
    ve = vs + len(surface)
    if ve - vs < len(span[0].text) and len(span) == 1 and not surface[:1].isalpha():
        return
    nrm = norm_name(surface)
    if not nrm:
        return
    head = span.root
    initial = _is_initial(sp, i0)
    if nrm in lx.ADDRESS_NAMES and i0 > 0 and sp[i0 - 1].lower_ in ("your", "his", "her"):
        return      # "Your Honour": an address, not the name Honor
    if len(surface) == 1 and any(0 <= j < len(sp) and j != i0 and len(sp[j].text) == 1 and sp[j].text.isupper()
                                 for j in (i0 - 2, i0 + 2)):
        return      # a name spelt out letter by letter ("N, I, E")
    if (surface.isupper() and len(surface.split()) > 1 and lower_vocab is not None
            and all(w.lower() in lower_vocab for w in surface.split())):
        return      # a sign ("NO JOB TOO SMALL") whose words the text writes in lower case
    if sp[i0].text.isupper() and len(sp[i0].text) > 1 and lower_vocab is not None and sp[i0].lower_ in lower_vocab:
        initial = True      # "I typed NOT PINEAPPLE", and "pineapple" elsewhere: capitals say nothing
    prev = sp[i0 - 1] if i0 > 0 else None
    o = Occ(vs, ve, b.index, sent, surface, nrm, initial, qi.contains(vs), head.i)
    if prev is not None and prev.text in ("'", "\u2019", "\u2018") and prev.whitespace_ == "" \
            and (i0 < 2 or sp[i0 - 2].whitespace_ != "" or sp[i0 - 2].is_punct):
        o.apos = True
    if prev is not None and (prev.lower_ in ("the", "a", "an") or (
            prev.pos_ in ("ADJ", "NUM") and i0 > 1 and sp[i0 - 2].lower_ in ("the", "a", "an"))):
        o.the = True      # "the bloody Anselm", "the 1842 Broadwood", "a Broadwood"
    f = o.feats
    dep = head.dep_
    if head.tag_ == "NNP":
        f["nnp"] += 1
    if (len(span) == 1 and span[0].tag_ == "NNPS" and not listed_gender(nrm)) or (
            o.the and surface.endswith("s") and not surface.endswith("ss")):
        # (the tagger reads a given name in -s as a plural: "..., Ines.", "Agnes is here")
        f["plural"] += 1
    if dep in ("nsubj", "nsubjpass"):
        f["subj"] += 1
        if head.head.lemma_.lower() in lx.SPEECH_VERBS:
            f["speech"] += 1
        elif head.head.pos_ == "VERB" and head.head.lemma_ != "be":
            f["agent"] += 1
    elif dep == "poss" or (head.i + 1 < len(sp) and sp[head.i + 1].tag_ == "POS"):
        f["poss"] += 1
    # one word of a title made with a possessive: "Knave's Ladder", "Devil's Dyke"
    if head.i + 2 < len(sp) and sp[head.i + 1].tag_ == "POS" and sp[head.i + 2].text[:1].isupper() \
            or (prev is not None and prev.tag_ == "POS" and i0 >= 2 and sp[i0 - 2].text[:1].isupper()):
        f["poss_title"] += 1
    elif dep == "pobj" and head.head.lower_ in lx.LOC_PREPS and not (
            head.head.lower_ in ("at", "to", "on", "upon") and head.head.head.lemma_.lower() in lx.PERSON_DIRECTED):
        f["loc"] += 1
    elif dep == "dobj" and head.head.lemma_.lower() in lx.PLACE_VERBS:
        f["loc"] += 1
    elif dep in ("dobj", "dative") or (dep == "pobj" and head.head.lower_ in ("with", "by", "for", "beside")):
        f["obj"] += 1
    elif dep == "conj" and head.head.pos_ == "PROPN" or dep == "appos":
        f["conj"] += 1     # "Clara and Harriet": coordinated with another name
    elif dep in ("amod",) or (dep == "compound" and head.head.pos_ == "NOUN"):
        f["modifier"] += 1
    # a name given to a thing: "a sourdough starter called Bea", "Bea the starter" (a dog
    # or a horse so named may still be a character; "Dee, our director" is a person whose
    # trade the lexicon may not know, so only "the" right after the name counts)
    up = head.head
    # "a ... called X", "a ... named X": the noun the name is given to
    called = (dep in ("oprd", "attr", "dobj", "npadvmod") and up.lemma_.lower() in ("call", "name")
              and up.dep_ in ("acl", "relcl"))
    if (called and lx.thing_noun(up.head)) \
            or (i1 + 1 < len(sp) and sp[i1].lower_ == "the" and sp[i1 + 1].dep_ == "appos"
                and sp[i1 + 1].head.i == head.i and lx.thing_noun(sp[i1 + 1])):
        f["thing"] += 1
    # an introduction: "That's Hester", "I'm Hester", "my name is Hester", "my name, Leo
    # Marsh, was second" (said of a person, never of a place)
    if (dep == "attr" and up.lemma_ == "be" and any(
            c.dep_ == "nsubj" and (c.lower_ in _INTRO_SUBJ or c.lemma_ == "name") for c in up.children)) \
            or (dep == "appos" and up.lemma_ == "name"):
        f["intro"] += 1
    elif called and up.head.lemma_.lower() in lx.PERSON_NOUNS:
        f["intro"] += 1      # "a lad called Dennis Pugh", "a girl named Ruth"
    nxt = sp[i1] if i1 < len(sp) else None
    if o.in_quote and (prev is None or prev.is_punct or prev.lower_ in lx.VOC_PRECEDERS) and \
            (nxt is None or nxt.text in (",", "!", "?", ".", "\u2026", "...", ";") or nxt.is_quote):
        f["voc"] += 1
        # set off by a comma or an exclamation ("Grace, wait", "oh, Grace!"), unlike a
        # one-word sentence that may be a thing offered ("Tea.", "Coffee?")
        if (nxt is not None and nxt.text in (",", "!")) or (prev is not None and (
                prev.text == "," or prev.lower_ in lx.VOC_PRECEDERS)):
            f["voc_strong"] += 1
        if nxt is not None and nxt.text == "," and i1 + 2 < len(sp) and sp[i1 + 1].text[:1].isupper() \
                and sp[i1 + 2].text in (".", "!", "?"):
            f["then_call"] += 1      # "Contact, Cap.": another call follows; this is the message
    if nxt is not None and nxt.lower_ in lx.SPEECH_VERBS_FORMS and nxt.i > head.i - 1:
        f["speech"] += 1
    if split_title(nrm)[0] is not None or (nrm in TITLES and (o.the or o.in_quote)):
        f["title"] += 1
    if o.the:
        f["the"] += 1
    occs.append(o)


_INTRO_SUBJ = {"that", "this", "i", "it", "you"}


# ---------------------------------------------------------------- filtering ------------

def _person_like(norm: str, occs: list[Occ], lower_counts: Counter, words_dict: frozenset = frozenset()) -> bool:
    words = norm.split()
    title, core = split_title(norm)
    last = words[-1]
    if any(w in lx.DEITIES for w in words) and len(words) <= 2 and title is None:
        return False
    if len(words) == 1:
        w = words[0]
        if w in lx.NOT_NAME_WORDS or w in lx.DAYS or w in lx.NATIONALITIES or w in lx.DEITIES:
            return False
        if w.endswith("s") and w[:-1] in lx.DAYS:
            return False      # "Fridays", "Tuesdays"
        if w in TITLES and w not in lx.KIN_NAMES and not any(o.the for o in occs):
            return False
        if w in lx.MONTHS:
            # a month is a name only with person behaviour and never in a date
            pers = sum(o.feats["speech"] + o.feats["voc"] + o.feats["agent"] for o in occs)
            if pers < 2:
                return False
    # "Mr. Hall", "Mrs. Green", "Miss Day": an honorific before one word makes it a surname,
    # however much the word looks like a place ("Hall", "Green" alone stay places)
    surname = title in SURNAME_HONORIFICS and len(core) == 1
    if not surname and (last in lx.PLACE_HEADS or words[0] in lx.PLACE_HEADS and len(words) > 1 and title is None):
        return False
    if not surname and core and core[-1] in lx.PLACE_HEADS:
        return False
    f = Counter()
    for o in occs:
        f.update(o.feats)
    # "the Invisible Man", "the Little Girl": a capitalised epithet with a person head is a
    # name when it speaks or is spoken to ("man" alone is an interjection or a common noun)
    epithet = (len(core) > 1 and core[-1] in _EPITHET_HEADS and f["speech"] + f["voc"] >= 2
               and not any(w in lx.NOT_NAME_WORDS for w in core[:-1]))
    if any(w in lx.NOT_NAME_WORDS for w in core) and title is None and not epithet:
        return False
    n = len(occs)
    non_initial = sum(1 for o in occs if not o.initial)
    if f["plural"] * 2 > n:
        return False
    if f["modifier"] * 2 > n and f["speech"] + f["voc"] == 0:
        return False
    person = 2 * f["speech"] + 2 * f["voc"] + 2 * f["title"] + 2 * f["intro"] + f["agent"] + f["poss"] + f["obj"] + 0.5 * f["subj"] \
        + 0.5 * f["conj"]
    place = 2 * f["loc"] + (f["the"] if not f["title"] and not (core and core[0] in TITLES) else 0)
    if f["the"] * 2 > n and not f["title"] and person < 3 and place > 0:
        return False
    if place >= 2 and place > person and f["speech"] + f["voc"] + f["title"] + f["intro"] == 0 \
            and all(o.in_quote for o in occs):
        # "what you did on Vesta", "Vesta was years ago": only ever said aloud, a place
        # more than a person, and never one who speaks, is called or introduced
        return False
    if len(words) == 1 and words[0] in words_dict and f["poss_title"] == n and f["speech"] + f["voc"] == 0:
        return False     # "taught Zuza to play Knave's Ladder": a game, not two people
    if title in ("st", "saint") and (f["poss"] + f["loc"]) * 2 > n and f["speech"] + f["voc"] == 0:
        return False     # "when we got to St Ebba's", "the arch in St Ebba's": a church
    if f["the"] == n >= 2 and not f["title"] and f["speech"] + f["voc"] == 0 and not (core and core[0] in TITLES):
        # a given name that never goes without "the" ("the Anselm's airlock", "we get to the
        # Anselm first") names a ship, a house or a pub, however it acts
        return False
    if non_initial == 0:
        # only ever capitalised by position: a word, unless it behaves like a person
        nnp = sum(1 for o in occs if o.feats["nnp"])
        if len(words) == 1 and (lower_counts.get(words[0], 0) > 0 or person < 1 or
                                (person < 2 and nnp * 2 < n)):
            return False
        # a dictionary word ("Apology accepted?") the short text never writes in lower
        # case: a name only when it speaks, is spoken to, is titled or acts in the
        # narration without an article ("Dash slid onto the stool"); dialogue drops
        # articles, so a bare noun there says nothing
        narr_actor = sum(1 for o in occs if not o.in_quote and (o.feats["agent"] or o.feats["poss"]))
        # ("Contact, Cap.", "Paperwork, Inspector": a word said once before a call, or
        # parsed as a common noun, is the message, not a call)
        lone_call = (n == 1 and (f["then_call"] == 1 or f["voc_strong"] == 1 and f["nnp"] == 0)
                     and f["speech"] + f["title"] == 0 and occs[0].in_quote
                     and words[0] not in lx.KIN_NAMES)     # "Mama, tell her." is a call
        if (len(words) == 1 and words[0] in words_dict and not narr_actor
                and (f["speech"] + f["voc_strong"] + f["title"] == 0 or lone_call)
                and not registered_forms(words[0])):     # the lexicon lists "john", "mary" too
            return False
    if len(words) == 1 and lower_counts.get(words[0], 0) > 2 * non_initial + 1 and f["speech"] + f["voc"] + f["title"] == 0:
        return False
    # a phrase of common words ("Revenue Law", "Field Notes"): a title of a book or a
    # course, unless it speaks, is spoken to, is titled or acts in the narration (a given
    # name among the words, "Rose Marsh", keeps it a person's name)
    if (title is None and len(core) > 1 and words_dict and all(w in words_dict for w in core)
            and not any(registered_forms(w) for w in core)
            and f["speech"] + f["voc_strong"] + f["title"] + f["agent"] == 0):
        return False
    if place > person + 1:
        return False
    if f["thing"] and f["speech"] + f["voc"] + f["title"] == 0:
        return False      # named as a thing and never speaks nor is spoken to
    if person == 0:
        # never a subject, object, owner, addressee or speaker: a place or a thing
        return False
    return True


def _part_ok(w: str, occs: list[Occ], lower_counts: Counter) -> bool:
    if w in lx.NOT_NAME_WORDS or w in lx.DAYS or w in lx.MONTHS or w in lx.DEITIES or w in TITLES:
        return False
    non_initial = sum(1 for o in occs if not o.initial)
    behaves = sum(1 for o in occs if _occ_ok(o, lower_counts))
    return non_initial > 0 or lower_counts.get(w, 0) == 0 or behaves * 2 >= len(occs)


def _full_of_given(o: Occ, norm_to_id: dict[str, str]) -> Optional[str]:
    """"Dorian Cavell and I were together", once, beside "Dorian" twice: a two-word name
    left out as a phrase of dictionary words, whose first word is a character's own name,
    is a mention of that character when it acts as a person (it makes no new name form;
    "at Greenhill Fair" is a place)."""
    t, core = split_title(o.norm)
    f = o.feats
    acts = f["subj"] or f["agent"] or f["poss"] or f["speech"] or f["voc"]
    if t is None and len(core) == 2 and f["nnp"] and acts and not f["loc"] and core[1] not in norm_to_id:
        # (not when the second word is someone's name too: "John Durbeyfield" beside a
        # "Sir John" and a "Durbeyfield" is no sure mention of either)
        return norm_to_id.get(core[0])
    return None


def _occ_ok(o: Occ, lower_counts: Counter) -> bool:
    """A sentence-initial occurrence of a name that is also a common word ("Rose petals",
    "Will you") counts only when it is tagged and used as a proper name."""
    if not o.initial or " " in o.norm or lower_counts.get(o.norm, 0) == 0:
        return True
    f = o.feats
    return bool(f["nnp"]) and not f["modifier"] and (f["subj"] or f["voc"] or f["poss"] or f["obj"] or f["speech"])


# ---------------------------------------------------------------- clustering -----------

@dataclass
class Cluster:
    first: Optional[str] = None
    last: Optional[str] = None
    title: Optional[str] = None
    gender: Optional[str] = None
    norms: set = field(default_factory=set)
    count: int = 0
    sents: set = field(default_factory=set)
    blocks: list = field(default_factory=list)
    vote: Counter = field(default_factory=Counter)
    lean: Optional[str] = None    # a full name's gender on slight evidence (one he/she)

    def add(self, nrm: str, occs: list[Occ]):
        self.norms.add(nrm)
        self.count += len(occs)
        self.sents.update(o.sent for o in occs)
        self.blocks.extend(o.block for o in occs)


def _glossed(a_occs: list[Occ], cl: Cluster, by_norm) -> bool:
    """"Pip. Philippa, if my mother's listening": a short form said and then its full form
    straight after (a gloss, one person): every shared sentence has them side by side."""
    theirs = [o for n in cl.norms for o in by_norm.get(n, ())]
    shared = [o for o in a_occs if o.sent in cl.sents]
    return bool(shared) and all(any(p.block == o.block and 0 <= p.vstart - o.vend <= 3 for p in theirs)
                                for o in shared)


def _same_sentence(a_occs: list[Occ], cl: Cluster) -> bool:
    """Two names in one sentence are (nearly always) two people (a stray parse or an
    apposition aside: a few co-occurrences among many are tolerated)."""
    shared = sum(1 for o in a_occs if o.sent in cl.sents)
    return shared > max(0, 0.03 * min(len(a_occs), cl.count))


def name_gender_votes(doc: Document, occs: list[Occ]) -> dict[str, Counter]:
    """he/she right after a name that is alone in its sentence: a vote for the name's
    referential gender (before any coreference; names only as a weak prior)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    by_block: dict[int, list[Occ]] = defaultdict(list)
    for o in sorted(occs, key=lambda o: o.vstart):
        by_block[o.block].append(o)     # in text order: the next name stops the search
    sent_count = Counter(o.sent for o in occs)
    qi = quote_index(doc)
    # a family name ("Inglethorp, her husband") is shared: kin words say nothing of it
    titled = {" ".join(core) for t, core in map(split_title, {o.norm for o in occs}) if t and core}
    for bi, os_ in by_block.items():
        sp = doc.parses.get(bi)
        if sp is None:
            continue
        base = doc.blocks[bi].vstart
        for k, o in enumerate(os_):
            g = _said_to_be(sp, o.head_i, kin=o.norm not in titled)
            if g:
                votes[o.norm][g] += 2      # "Tomas is a kind man": the text says so
            if sent_count[o.sent] != 1 or o.in_quote:
                continue
            stop = os_[k + 1].vstart if k + 1 < len(os_) else None
            i = o.head_i + 1
            n_sent = 0
            while i < len(sp) and i < o.head_i + 40:
                t = sp[i]
                if stop is not None and base + t.idx >= stop:
                    break
                if t.is_sent_start:
                    n_sent += 1
                    if n_sent > 1:
                        break
                g = _PRON_G.get(t.lower_)
                if g and qi.contains(base + t.idx):
                    # '"He's cutting in," Ingrid said.': a he in speech is someone else
                    i += 1
                    continue
                if g:
                    # object pronouns are bound away from the clause's subject: no vote
                    if t.dep_ in ("nsubj", "nsubjpass", "poss") or t.lower_.endswith("self"):
                        votes[o.norm][g] += 1
                    break
                i += 1
    return votes


_SEX_NOUNS = {**{w: "m" for w in ("man", "boy", "gentleman", "king", "prince", "lad", "widower")},
              **{w: "f" for w in ("woman", "girl", "lady", "queen", "princess", "lass", "widow")}}
# kin and partner words say a person's gender too ("This is Emrys, my husband", "her
# brother Tom"); only a name's own apposition counts, never a neighbour's
_KIN_SEX = {**{w: "m" for w in ("husband", "boyfriend", "fiance", "fiancé", "brother", "son", "father",
                                "dad", "uncle", "nephew", "grandfather", "grandson")},
            **{w: "f" for w in ("wife", "girlfriend", "fiancee", "fiancée", "sister", "daughter", "mother",
                                "mum", "mom", "aunt", "niece", "grandmother", "granddaughter")}}


def _said_to_be(sp, i: int, kin: bool = True) -> Optional[str]:
    """The gender a name is said to have by a predicate or an apposition: "Tomas is a
    kind man", "Hester, his wife,", "my husband, Emrys"."""
    if i < 0 or i >= len(sp):
        return None
    h = sp[i]
    nouns = [c for c in h.children if c.dep_ == "appos"]
    if h.dep_ == "nsubj" and h.head.lemma_ == "be":
        nouns += [c for c in h.head.children if c.dep_ == "attr"]
    gs = {_SEX_NOUNS.get(c.lemma_.lower()) for c in nouns} - {None}
    if kin:
        if h.dep_ == "appos":
            nouns.append(h.head)      # "my husband, Emrys"
        gs |= {_KIN_SEX[c.lemma_.lower()] for c in nouns if _owned_kin(c)}
    return gs.pop() if len(gs) == 1 else None


def _owned_kin(noun) -> bool:
    """'my husband', 'her brother': a kin word with its possessor."""
    return noun.lemma_.lower() in _KIN_SEX and any(d.dep_ == "poss" for d in noun.children)


_PRON_G = {"he": "m", "him": "m", "his": "m", "himself": "m",
           "she": "f", "her": "f", "herself": "f"}


def _vote_gender(v: Counter) -> Optional[str]:
    m, f = v.get("m", 0), v.get("f", 0)
    if m + f >= 2 and m >= 3 * f:
        return "m"
    if m + f >= 2 and f >= 3 * m:
        return "f"
    return None


def cluster_names(by_norm: dict[str, list[Occ]], votes: Optional[dict] = None,
                  words: frozenset = frozenset()) -> list[Cluster]:
    votes = votes or {}
    clusters: list[Cluster] = []
    parsed = {n: _split_titles(n) for n in by_norm}
    first_at = {n: min(o.vstart for o in v) for n, v in by_norm.items()}
    cnt = {n: len(v) for n, v in by_norm.items()}

    def gender_of(n):
        t, _ = parsed[n]
        return title_gender(t) or _vote_gender(votes.get(n, Counter()))

    def join(cl, n):
        cl.add(n, by_norm[n])
        cl.gender = cl.gender or gender_of(n)
        cl.vote.update(votes.get(n, Counter()))

    def apart(cl, occs) -> bool:
        """Named in one sentence, or side by side in two paragraphs: two people."""
        if _same_sentence(occs, cl):
            return True
        mine, theirs = {o.block for o in occs}, set(cl.blocks)
        shared = len(mine & theirs)
        return shared >= 2 and shared >= 0.25 * min(len(mine), len(theirs))

    # 1. full names (two or more words besides a title) seed characters
    def initial(w):
        return len(w) == 1

    # (a first name cut to its initial, "T. Lisk" on a badge, comes after the names it may shorten)
    full = sorted((n for n, (t, c) in parsed.items() if len(c) >= 2),
                  key=lambda n: (-len(parsed[n][1]), initial(parsed[n][1][0]), -cnt[n]))
    for n in full:
        t, core = parsed[n]
        # the bare first name's pronouns count for the full name ("Caroline ... she")
        g = gender_of(n) or (_vote_gender(votes.get(core[0], Counter())) if core[0] in by_norm else None)
        same = [c for c in clusters if c.first == core[0] and c.last == core[-1] and _gender_compatible(c, g)
                and (t is None or _title_compatible(c, t))]
        if not same:
            # "Delphine Okafor-Castellane" on her wedding day is Delphine Okafor: a
            # double-barrelled surname that holds the other
            same = [c for c in clusters if c.first == core[0] and c.last and c.last != core[-1]
                    and (c.last in core[-1].split("-") or core[-1] in c.last.split("-"))
                    and _gender_compatible(c, g)]
            if len(same) != 1:
                same = []
        if not same and initial(core[0]):
            # "T. Lisk" beside "Teodor Lisk": the one person of that surname with that initial
            same = [c for c in clusters if c.last == core[-1] and c.first and not initial(c.first)
                    and c.first[0] == core[0] and _gender_compatible(c, g)]
            if len(same) != 1 or len([c for c in clusters if c.last == core[-1]]) != 1:
                same = []
        if not same:
            # "Eliza Bennet" and "Elizabeth Bennet": a registered variant of one person's name
            same = [c for c in clusters if c.last == core[-1] and c.first and _gender_compatible(c, g)
                    and (_nick_of(core[0], c.first) or _nick_of(c.first, core[0]))
                    and not apart(c, by_norm[n])]
            if len(same) != 1:
                same = []
        if same:
            cl = same[0]
            if t and not cl.title:
                cl.title = t
            join(cl, n)
            continue
        cl = Cluster(first=core[0], last=core[-1], title=t, gender=g)
        join(cl, n)
        cl.lean = g or _lean_gender(votes.get(n, Counter()) + votes.get(core[0], Counter()))
        clusters.append(cl)

    def opposite_titled(w, g, count):
        """A more frequent "Mr. X" when placing "Mrs. X" (or the reverse) claims the
        gender-neutral full name first."""
        return any(c.first is None and c.last == w and c.title and c.gender and g and c.gender != g
                   and c.count >= count for c in clusters)

    def with_last(w, full_only=False):
        return [c for c in clusters if c.last == w and (c.first is not None or not full_only)]

    def with_first(w):
        return [c for c in clusters if c.first == w]

    # 2. titled single names: "Mr. Bennet", "Lady Catherine", "the Captain"
    titled = sorted((n for n, (t, c) in parsed.items() if t and len(c) == 1), key=lambda n: -cnt[n])
    for n in titled:
        t, core = parsed[n]
        w, g = core[0], gender_of(n)
        occs = by_norm[n]
        fulls = with_last(w, full_only=True)
        cands = [c for c in fulls if _gender_compatible(c, g) and _title_compatible(c, t)]
        others_known = all(c.gender is not None and c.gender != g for c in fulls if c not in cands)
        # a gendered title joins a full name only when that person's gender is known;
        # "Mrs. X" beside "Mary X" is as often the mother as the daughter: apart (and "Lady X"
        # with a surname is a married woman's title too: Lady Otway beside Cassandra Otway)
        if t in _WIFE_TITLES and cands and cands[0].title != t:
            cands = []
        # a neutral title ("Colonel X" beside "Cordelia X") needs its own pronouns to agree
        # ("Miss X" joins the one "Ivy X" when even a single he/she of hers agrees)
        if len(cands) == 1 and g is not None and (cands[0].gender or cands[0].lean) == g \
                and (len(fulls) == 1 or (g is not None and others_known)) \
                and not (cands[0].title == t and _established_before(occs, cands[0], first_at)) \
                and not apart(cands[0], occs) and not (cands[0].gender is None and opposite_titled(w, g, len(occs))):
            cl = cands[0]
            cl.title = cl.title or t
            join(cl, n)
            continue
        # the same title on the one full name so titled, introduced earlier ("Dr. Howard
        # Archie ... Dr. Archie"): that person; a titled short name seen first stays apart
        # (a later "Mr. John Knightley" is the brother, not "Mr. Knightley")
        same_t = [c for c in fulls if c.title == t]
        if len(same_t) == 1 and _gender_compatible(same_t[0], g) and not apart(same_t[0], occs) \
                and min(first_at[x] for x in same_t[0].norms) < first_at[n]:
            join(same_t[0], n)
            continue
        # "Reverend Mr. Kronborg" after "Mr. Kronborg": one title + surname, one person
        again = [c for c in clusters if c.first is None and c.last == w and c.title == t]
        if len(again) == 1:
            join(again[0], n)
            continue
        cands = [c for c in with_first(w) if c.last is not None and _gender_compatible(c, g)]
        if not cands and t in lx.FIRST_NAME_TITLES:
            # "Sister Carrie" for Caroline Meeber: a registered hypocorism of one first name
            cands = [c for c in clusters if c.first and c.last and _gender_compatible(c, g) and _nick_of(w, c.first)]
        # "Lady Catherine" -> Catherine de Bourgh; "Mrs. Rachel" -> Mrs. Rachel Lynde (the
        # same title with the first name)
        if len(cands) == 1 and (t in lx.FIRST_NAME_TITLES or cands[0].title == t) and not apart(cands[0], occs):
            join(cands[0], n)   # "Lady Catherine" -> Catherine de Bourgh
            continue
        cl = Cluster(first=None, last=w, title=t, gender=g)
        join(cl, n)
        clusters.append(cl)

    # 3. bare single names, most frequent first
    singles = sorted((n for n, (t, c) in parsed.items() if not t and len(c) == 1), key=lambda n: -cnt[n])
    pending = []
    for n in singles:
        w = n
        occs = by_norm[n]
        g = gender_of(n)
        role = ROLE_TITLES.get(w) or ROLE_TITLES.get(TITLE_CLIPS.get(w, ""))
        if role:
            # "the Colonel" alone, or a clipped title used as a name ("Sarge", "Doc"): the one
            # character who bears that title in the work, never one named beside it
            bearers = [c for c in clusters if c.title and ROLE_TITLES.get(c.title) == role]
            if len(bearers) == 1 and _gender_compatible(bearers[0], g) and not _same_sentence(occs, bearers[0]):
                join(bearers[0], n)
                continue
        # a name whose he/she clearly lean one way (8 he, 3 she) keeps off a full name of the
        # other gender that starts with it ("Hamidullah" is not "Hamidullah Begum")
        v = votes.get(n, Counter())
        lean = g or ("m" if v["m"] >= 2 * v["f"] + 2 else "f" if v["f"] >= 2 * v["m"] + 2 else None)
        firsts = [c for c in with_first(w) if _gender_compatible(c, lean)]
        # (a full name said once, the first name often: "Vivienne is on till, because
        # Vivienne Crouch has managed the place for years" introduces one woman, not two)
        if len(firsts) == 1 and (not _same_sentence(occs, firsts[0]) or (firsts[0].count <= 2 and len(occs) >= 3)):
            join(firsts[0], n)
            continue
        if len(firsts) > 1:
            # two people share a first name: the one most often called by it in full
            best = max(firsts, key=lambda c: sum(cnt[x] for x in c.norms if parsed[x][1][:1] == [w]))
            join(best, n)
            continue
        lasts = [c for c in with_last(w) if _gender_compatible(c, g)]
        if lasts:
            ok = [c for c in lasts if not _same_sentence(occs, c)]
            if len(with_last(w)) == 1 and ok:
                join(ok[0], n)
                continue
            # shared surname: a bare surname goes to the man so addressed (Mr. X) when
            # there is exactly one, else it stays apart
            men = [c for c in ok if c.title in ("mr", "sir", "lord", "captain", "colonel", "dr")]
            if len(men) == 1:
                join(men[0], n)
                continue
            cl = Cluster(first=None, last=w, gender=g)
            join(cl, n)
            clusters.append(cl)
            continue
        pending.append(n)

    # 4. remaining single words: hypocorisms and truncations of a unique first name,
    # else a character of their own (frequent first so nicknames find their full form)
    forms = _FormIndex()
    where: dict[int, int] = {}            # id(cluster) -> its place in clusters

    def index(i: int) -> None:
        c = clusters[i]
        where[id(c)] = i
        forms.add(c.first, i)
        for x in c.norms:
            if " " not in x:
                forms.add(x, i)

    for i in range(len(clusters)):
        index(i)
    for n in pending:
        occs = by_norm[n]
        g = gender_of(n)
        apos = sum(o.apos for o in occs) * 2 >= len(occs)
        key = ("'" + n) if apos else n
        hits = []
        for c in (clusters[i] for i in sorted(forms.candidates(n))):
            if not _gender_compatible(c, g):
                continue
            names = [c.first] if c.first else []
            names += [x for x in c.norms if " " not in x]
            if any(_nick_of(n, f) or is_truncation(key, f) or is_diminutive(n, f) or is_clipped_pet(n, f)
                   or is_tail_clip(n, f, words) or is_inner_clip(n, f)
                   for f in names if f and f != n):
                hits.append(c)
        if not hits and len(n) >= 3 and n.isalpha():
            # "Wil" for Wilhelmina Frost: a longer cut of a first name, when exactly one
            # character's first name starts so
            pre = [c for c in clusters if c.first and c.first.startswith(n) and c.first != n]
            if len(pre) == 1 and pre[0].last and pre[0].last != pre[0].first and _gender_compatible(pre[0], g):
                hits = pre
        hits = [c for c in hits if (not _same_sentence(occs, c) and not _talk_apart(occs, c, by_norm))
                or _glossed(occs, c, by_norm)]
        if len(hits) == 1 and (hits[0].count >= len(occs) or hits[0].first is not None):
            join(hits[0], n)
            if hits[0].first is None and hits[0].last is None:
                # sorted: a tie in length must not depend on set order (hash seed)
                hits[0].first = max(sorted(x for x in hits[0].norms if " " not in x), key=len)
            index(where[id(hits[0])])       # its new name
            continue
        cl = Cluster(first=n, gender=g)
        join(cl, n)
        clusters.append(cl)
        index(len(clusters) - 1)
    # a short single-name character that is a truncation of a longer single-name one
    _merge_truncations(clusters, by_norm, words)
    _merge_cuts_of_forms(clusters, by_norm)
    for c in clusters:
        v = c.vote
        kin = lx.KIN_GENDER.get(c.first) if c.first and not c.last and not c.title else None
        if kin and v.get("m", 0) + v.get("f", 0) < 3:
            c.gender = kin      # "Gran" is a woman whatever one stray "he" after her says
            continue
        # the few he/she right after the name decide only when they agree three to one;
        # else a given name the name lists give to one sex (a "she" after "Matthias" in a
        # sentence about two people is most often the other one), else their lean
        c.gender = c.gender or _vote_gender(v) or (_listed_gender(c) if c.first and not c.title else None) or (
            "m" if v.get("m", 0) > v.get("f", 0) else "f" if v.get("f", 0) > v.get("m", 0) else None)
        if c.gender is None and c.first and not c.title and not v.get("m", 0) + v.get("f", 0):
            # no he/she after the name at all: the sex the lists give the name mostly ("Kit"
            # walks in, "I hadn't seen him in two years"), which later pronouns can overturn
            c.gender = _listed_gender(c, lean=True)
    _merge_parent_names(clusters, by_norm)
    _late_titled(clusters, by_norm)
    _merge_surname_forms(clusters, by_norm)
    return [c for c in clusters if c.norms]


def _late_titled(clusters: list[Cluster], by_norm) -> None:
    """"Miss Frost" left apart while Wilhelmina Frost's gender was unknown: once every name
    form has brought its he/she, a gendered title + surname joins the one full name with
    that surname whose gender now agrees."""
    for c in clusters:
        g = title_gender(c.title)
        if not c.norms or c.first is not None or not c.last or c.title not in ("miss", "ms", "mlle", "mr"):
            continue
        fulls = [d for d in clusters if d.norms and d is not c and d.last == c.last and d.first
                 and d.first != d.last]
        if len(fulls) > 1:
            if any(n in _PARENT_NAMES for n in c.norms):
                continue    # "Mr. X" who is "Papa": the father of the full names
            # the one man or woman of the name ("Miss X" beside "Mary X" and her brother
            # "Henry X"); a rare full name of unknown gender does not count against it
            same = [d for d in fulls if d.gender == g]
            if len(same) == 1 and all(d.count * 5 <= same[0].count for d in fulls if d.gender is None):
                fulls = same
        elif c.title == "mr":
            # "Mr. X" beside a lone "Charles X" is as often his father
            continue
        if len(fulls) != 1 or fulls[0].gender != g or not _title_compatible(fulls[0], c.title):
            continue
        # "Mrs. X" beside "Minnie X" is as often her mother; "Miss X" beside "Miss Jane X"
        # is the elder sister or aunt
        if c.title in ("mrs", "mme", "madame") and fulls[0].title != c.title:
            continue
        if any(split_title(n)[0] == c.title and len(split_title(n)[1]) >= 2 for n in fulls[0].norms):
            continue
        occs = [o for n in c.norms for o in by_norm[n]]
        if _same_sentence(occs, fulls[0]):
            continue
        for n in list(c.norms):
            fulls[0].add(n, by_norm[n])
        fulls[0].title = fulls[0].title or c.title
        c.norms.clear()


_PARENT_NAMES = {w: k.sex for w, k in kinship.NAME_WORDS.items() if k.relation in kinship.PARENTS}


def _listed_gender(c: Cluster, lean: bool = False) -> Optional[str]:
    """The sex the name lists give the cluster's given names, when they agree: "Immy" is
    in no list, "Imogen" beside it is."""
    got = {listed_gender(core[0], lean) for core in (split_title(n)[1] for n in c.norms) if core} - {None}
    return got.pop() if len(got) == 1 else None


def _merge_parent_names(clusters: list[Cluster], by_norm) -> None:
    """"Papa" used as a name is the one head of a family the work names: the only man (or
    woman, for "Mama") called by a title and a surname that another character carries
    with a first name ("Colonel Fennick" beside "Cordelia Fennick")."""
    heads = [c for c in clusters if c.norms and c.title and c.first is None and c.last
             and any(d is not c and d.norms and d.last == c.last and d.first and d.first != c.last
                     for d in clusters)]
    planned = []     # (kin cluster, head), or (kin cluster, None) when it has no head
    for c in clusters:
        g = _PARENT_NAMES.get(c.first or "")
        if not c.norms or g is None or c.last is not None or c.title is not None or c.norms != {c.first}:
            continue
        # a head of unknown gender ("General Tilney" beside "Mr. Tilney") may be the one
        cands = [h for h in heads if (h.gender or title_gender(h.title)) in (g, None)]
        occs = by_norm[c.first]
        ok = (len(cands) == 1 and (cands[0].gender or title_gender(cands[0].title)) == g
              and not _same_sentence(occs, cands[0])
              # "Mr Pell says some people argue to go, Dad": two men in one paragraph
              and not {o.block for o in occs} & {o.block for n in cands[0].norms if split_title(n)[0]
                                                  for o in by_norm.get(n, ())})
        planned.append((c, cands[0] if ok else None))
    # a mother and a father called so are one couple: both heads of one family name, or
    # neither (a neighbour's "Mrs Pell" is not the teller's "Mum" when "Dad" is not "Mr Pell")
    heads_of = [h for _, h in planned]
    if len(planned) >= 2 and (None in heads_of or len({h.last for h in heads_of}) > 1):
        return
    for c, h in planned:
        if h is not None:
            h.add(c.first, by_norm[c.first])
            c.norms.clear()


def _lean_gender(v: Counter) -> Optional[str]:
    m, f = v.get("m", 0), v.get("f", 0)
    return "m" if m > 3 * f else "f" if f > 3 * m else None


# titles that name one rank or office ("the Colonel", "the Professor"); courtesy and kin
# titles (Mr., Miss, Sister, Father) are said of many
ROLE_TITLES = {t: {"doctor": "dr", "prof": "professor", "capt": "captain", "col": "colonel", "lt": "lieutenant",
                   "sgt": "sergeant", "rev": "reverend"}.get(t, t)
               for t, g in TITLES.items() if g is None and t not in (
                   "cousin", "saint", "st", "mx", "agent", "officer", "private", "nurse", "chief", "coach")} | {
    t: t for t in ("king", "queen", "prince", "princess", "duke", "duchess", "countess", "baron", "baroness",
                   "earl", "emperor", "empress", "abbot", "abbess", "squire", "headmaster", "headmistress")}
# a clipped title used as a name ("Sarge", "Doc") -> the title it clips
TITLE_CLIPS = {"sarge": "sergeant", "doc": "doctor", "prof": "professor", "cap": "captain",
               "skip": "captain", "lieut": "lieutenant", "loot": "lieutenant", "sarj": "sergeant"}


def _merge_surname_forms(clusters: list[Cluster], by_norm) -> None:
    """One person under several forms of one surname ("Hercule Poirot", "Mr. Poirot",
    "Monsieur Poirot", "Poirot"; "Inspector X" and "Mr. X") when nothing says two people
    share it: at most one first name, one gender, titles of one marital status, no titled
    full name that tells a namesake apart ("Mr. John X" beside "Mr. X"), and the forms
    not named together in one sentence."""
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        # "Papa X" is a relation, not a first name: it neither joins nor blocks
        if c.norms and c.last and not (c.first and c.first in lx.KIN_NAMES):
            by_last[c.last].append(c)
    for w, group in by_last.items():
        if len(group) < 2:
            continue
        firsts = {c.first for c in group if c.first and c.first != w}
        genders = {c.gender for c in group if c.gender}
        titles = {c.title for c in group if c.title}
        if len(firsts) > 1 or len(genders) > 1:
            continue
        # "Colonel X" of unknown gender beside "Cordelia X": as often her father as her
        if any(c.title and title_gender(c.title) is None and c.gender is None for c in group):
            continue
        if any(not _title_compatible(Cluster(title=t), u) for t in titles for u in titles if t != u):
            continue
        # "Mr. John X" used again and again, or after a plain "Mr. X" was established, marks
        # a namesake (one mention at the start is an introduction)
        norms = {n for c in group for n in c.norms}

        def namesake(n):
            t, core = split_title(n)
            if not t or len(core) < 2:
                return False
            short = f"{t} {w}"
            return len(by_norm[n]) >= 3 or (short in norms and min(o.vstart for o in by_norm[short])
                                              < min(o.vstart for o in by_norm[n]))
        if any(namesake(n) for n in norms):
            continue
        full = [c for c in group if c.first and c.first != w]
        rest = [c for c in group if c not in full]
        # "Mrs. X" beside "Mary X" is as often the mother as the daughter (as in step 2)
        if full and any(c.title in _WIFE_TITLES for c in rest) and full[0].title not in _WIFE_TITLES:
            continue
        # "Miss X" beside "Corbin X" of unknown gender: as often his daughter as himself
        if full and full[0].gender is None and any(c.title == "miss" for c in rest):
            continue
        # a full name of unknown gender must be the minor form (its pronouns may differ)
        if full and full[0].gender is None and full[0].count >= sum(c.count for c in rest):
            continue
        together = False
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                shared = len(a.sents & b.sents)
                if shared > max(1, 0.1 * min(a.count, b.count)):
                    together = True
        if together:
            continue
        target = full[0] if full else max(group, key=lambda c: c.count)
        for c in group:
            if c is target:
                continue
            for n in list(c.norms):
                target.add(n, by_norm[n])
            target.gender = target.gender or c.gender
            target.title = target.title or c.title
            c.norms.clear()


def _established_before(occs: list[Occ], cl: Cluster, first_at: dict) -> bool:
    """The titled short name ("Mr. Knightley") was in use, several times, before the same
    title came with a first name ("Mr. John Knightley"): the full name is someone else."""
    start = min(first_at[x] for x in cl.norms)
    return sum(1 for o in occs if o.vstart < start) >= 3


def _split_titles(n: str):
    """split_title, with a stacked title taken off too ("reverend mr kronborg" ->
    ("mr", ["kronborg"])): the inner title is the one that carries gender."""
    t, core = split_title(n)
    if t and len(core) > 1 and core[0] in _INNER_TITLES:     # never "st" of "M. St. Aubert"
        t, core = core[0], core[1:]
    return t, core


_INNER_TITLES = {"mr", "mrs", "miss", "ms", "mister", "dr", "doctor"}


class _FormIndex:
    """Single-word names -> items (cluster numbers), looked up by the forms the clustering
    rules accept (registered hypocorisms, truncations, pet-name endings), so that placing a
    name looks at a few clusters instead of all of them. A superset: every candidate is
    still checked with the rule itself, in cluster order."""

    def __init__(self):
        self.items: dict[str, set[int]] = defaultdict(set)
        self.nick: dict[str, set[str]] = defaultdict(set)    # w -> names f with w in nicknames_of(f)
        self.pre: dict[str, set[str]] = defaultdict(set)     # truncations of f at the end (3+ letters, 5 cut at most)
        self.suf: dict[str, set[str]] = defaultdict(set)     # f with its start dropped ('mione)
        self.odd: set[str] = set()                           # names the forms do not cover: always candidates
        self.stem: dict[str, set[str]] = defaultdict(set)    # every start of f of 2+ letters (clipped pet forms)
        self.chop: dict[str, set[str]] = defaultdict(set)    # f less its last letter (spelling variants)
        self.pet: dict[str, set[str]] = defaultdict(set)     # the clipped stem of f = stem + pet ending
        self.inner: dict[str, set[str]] = defaultdict(set)   # f's inner cuts from its own first letter

    def add(self, name: Optional[str], item: int) -> None:
        if not name:
            return
        if name not in self.items:
            if name != name.strip() or name[:1] == "'" or name[-1:] == "'":
                self.odd.add(name)
            for x in nicknames_of(name):
                self.nick[x].add(name)
            for k in range(max(3, len(name) - 5), len(name)):
                self.pre[name[:k]].add(name)
            for k in range(3, len(name)):
                self.suf[name[-k:]].add(name)
            for said in said_as(name):       # "iz(olde)" of "izzy": the name as said
                for k in range(2, len(said)):     # from two letters: "im(ogen)" of "immy"
                    self.stem[said[:k]].add(name)
            self.chop[name[:-1]].add(name)
            for x in pet_stems(name):
                self.pet[x].add(name)
            for i in range(1, len(name) - 3):
                if name[i] == name[0]:
                    for k in range(i + 3, len(name)):
                        self.inner[name[i:k]].add(name)
            if name[:1] in "aeiou":
                for k in range(4, len(name)):
                    self.inner[name[1:k]].add(name)
        self.items[name].add(item)

    def candidates(self, w: str) -> set[int]:
        """Items with a name f that may be w's hypocorism, truncation or pet-name form (or
        the reverse)."""
        if w != w.strip() or w[:1] == "'" or w[-1:] == "'":
            return set().union(*self.items.values())
        names = set(self.odd) | self.nick.get(w, set()) | self.pre.get(w, set()) | self.suf.get(w, set())
        names |= self.inner.get(w, set())                                         # w is cut from inside f
        names.update(w[i:k] for i in range(1, len(w) - 3) if w[i] == w[0]        # f is cut from inside w
                     for k in range(i + 3, len(w)))
        if w[:1] in "aeiou":
            names.update(w[1:k] for k in range(4, len(w)))                     # f is w less its opening vowel
        names.update(w[:k] for k in range(max(3, len(w) - 5), len(w)))           # f truncates w
        names.update(w[-k:] for k in range(3, len(w)))                            # f is w's tail
        if len(w) >= 3:
            for suf in DIMINUTIVE_SUFFIXES:                                       # w is f + ending
                if w.endswith(suf):
                    st = w[:-len(suf)]
                    names.update((st, st[:-1], st + "e"))
            for x in pet_stems(w):                                                # w is a clipped f + ending
                names |= self.stem.get(x, set())
            if w.endswith("s"):                                                   # "mags" of "magnus"
                names |= self.stem.get(w[:-1], set())
            for said in said_as(w):                                              # f is a clipped w + ending
                for k in range(2, len(said)):
                    names |= self.pet.get(said[:k], set())
            for r in registered_forms(w):                                         # another spelling
                names.add(r[:-1])
                names |= self.chop.get(r, set())
                names.update(feminine_forms(r))                                   # "pip": philippa
        out: set[int] = set()
        for f in names:
            got = self.items.get(f)
            if got:
                out |= got
        return out


def _nick_of(short: str, full: str) -> bool:
    """``short`` is a registered hypocorism of ``full`` (directional: Bill of William,
    not Louisa of Eliza)."""
    from ficlens.characters.names import _spelling_variant, nicknames_of
    return short != full and (short in nicknames_of(full) or _spelling_variant(short, full))


def _merge_truncations(clusters: list[Cluster], by_norm, words: frozenset = frozenset()) -> None:
    solo = [c for c in clusters if c.last is None and c.title is None and c.first]
    # first names of the solo clusters (they do not change here), by position in clusters
    forms = _FormIndex()
    for i, d in enumerate(clusters):
        if d.last is None and d.title is None and d.first:
            forms.add(d.first, i)
    for c in sorted(solo, key=lambda c: c.count):
        if not c.norms:
            continue
        occs = [o for n in c.norms for o in by_norm[n]]
        apos = sum(o.apos for o in occs) * 2 >= len(occs)
        key = ("'" + c.first) if apos else c.first
        # c the rarer form: a truncation or hypocorism of d, or d's fuller form ("Marisol"
        # met once beside a frequent "Mari"), or d plus a pet-name ending ("Dacey")
        near = [clusters[i] for i in sorted(forms.candidates(c.first))]
        # (a tie in count: the cut joins the name it cuts, "Tam" twice and "Tamsin" twice)
        hits = [d for d in near if d is not c and d.norms and d.first and
                (d.count > c.count or (d.count == c.count and is_truncation(key, d.first))) and
                d.last is None and d.title is None and _gender_compatible(d, c.gender) and
                (is_truncation(key, d.first) or _nick_of(c.first, d.first)
                 or is_truncation(d.first, c.first) or is_diminutive(c.first, d.first)
                 or is_clipped_pet(c.first, d.first) or is_clipped_pet(d.first, c.first)
                 or is_tail_clip(c.first, d.first, words) or is_tail_clip(d.first, c.first, words)
                 or is_inner_clip(c.first, d.first) or is_inner_clip(d.first, c.first))]
        # "Gil" beside "Gilbert Blythe": a cut from the start beats one from the end ("Virgil")
        hits = [d for d in hits if not _tail_yields(c.first, d.first, words, clusters)]
        hits = [d for d in hits if not _same_sentence(occs, d) and not _talk_apart(occs, d, by_norm)]
        if len(hits) == 1:
            for n in list(c.norms):
                hits[0].add(n, by_norm[n])
            c.norms.clear()


def _merge_cuts_of_forms(clusters: list[Cluster], by_norm) -> None:
    """"Min" beside Araminta Ashgrove, whom others call "Minta": a short single name cut
    from the start of another one-word form of one named character (not of the first name,
    which _merge_truncations already tried), when no other character has such a form."""
    for c in sorted((c for c in clusters if c.last is None and c.title is None and c.first and c.norms),
                    key=lambda c: c.count):
        hits = [d for d in clusters if d is not c and d.norms and d.count > c.count
                and _gender_compatible(d, c.gender)
                and any(" " not in w and w != d.first and is_truncation(c.first, w) for w in d.norms)]
        occs = [o for n in c.norms for o in by_norm[n]]
        if len(hits) == 1 and not _talk_apart(occs, hits[0], by_norm):
            for n in list(c.norms):
                hits[0].add(n, by_norm[n])
            c.norms.clear()


def _tail_yields(a: str, b: str, words: frozenset, clusters: list[Cluster]) -> bool:
    """One of ``a``, ``b`` joins the other only as its tail, by no other rule, and it also
    starts another cluster's first name: the cut from the start is the likelier."""
    return any(is_tail_clip(short, full, words) and not _nick_of(short, full)
               and not is_truncation(short, full) and not is_clipped_pet(short, full)
               and any(d.norms and d.first and d.first != short and d.first.startswith(short) for d in clusters)
               for short, full in ((a, b), (b, a)))


def _talk_apart(occs: list[Occ], cl: Cluster, by_norm) -> bool:
    """Two name forms used for two people in one exchange: both spoken to in one
    paragraph, one spoken to while the other speaks there ("Dan, wait," Daniel said),
    or both speaking in one or two adjacent paragraphs (turns alternate). A vocative
    answered in the next paragraph is the same person and keeps them together."""
    def roles(os):
        voc, spk = set(), set()
        for o in os:
            if o.feats["voc"]:
                voc.add(o.block)
            if o.feats["speech"]:
                spk.add(o.block)
        return voc, spk
    v1, s1 = roles(occs)
    v2, s2 = roles([o for n in cl.norms for o in by_norm.get(n, [])])
    if v1 & v2 or v1 & s2 or s1 & v2:
        return True
    return any(b in s2 or b + 1 in s2 or b - 1 in s2 for b in s1)


def _gender_compatible(c: Cluster, g: Optional[str]) -> bool:
    return g is None or c.gender is None or c.gender == g


def _title_compatible(c: Cluster, t: str) -> bool:
    # "Mrs. Smith" is not "Miss Smith"; a cluster already titled differently by marital
    # status stays apart
    if c.title is None or c.title == t:
        return True
    pair = {c.title, t}
    if "miss" in pair and pair & {"mrs", "lady", "madam", "madame", "mme"}:
        return False
    return not (pair & {"mrs", "miss", "ms"} and len(pair & {"mrs", "miss", "ms", "mr"}) == 2)


def _join_stated_nicknames(doc: Document, keep: dict[str, list[Occ]], clusters: list[Cluster]) -> list[Cluster]:
    """Merge two clusters the narration states are long and short form of one name: the
    short form a plain single name, the long one a first name with or without surname."""
    for a, b in stated_short_forms(doc):
        if a == b or a not in keep or b not in keep:
            continue
        ca = [c for c in clusters if a in c.norms]
        cb = [c for c in clusters if b in c.norms]
        if len(ca) != 1 or len(cb) != 1 or ca[0] is cb[0]:
            continue
        x, y = ca[0], cb[0]
        # the short form stands alone; the long one may carry a surname ("Cordula Mayhew
        # (Bunny to everyone)")
        if y.last or y.title or (x.title and not x.last) or (x.gender and y.gender and x.gender != y.gender):
            continue
        clusters = _absorb(x, y, keep, clusters)
    return clusters


def _absorb(x: Cluster, y: Cluster, keep: dict[str, list[Occ]], clusters: list[Cluster]) -> list[Cluster]:
    """y's names, gender and votes go to x; the clusters without y."""
    for n in sorted(y.norms):
        x.add(n, keep[n])
    x.gender = x.gender or y.gender
    x.vote.update(y.vote)
    return [c for c in clusters if c is not y]


_NOT_TAGGED = re.compile(r"\b(?:original|character|characters|reader|you|everyone|various|others?)\b", re.I)


def _author_full_names(doc: Document) -> list[str]:
    """Full names (two words or more) the author's Characters and Relationships tags
    give, as written ("Anouk Brenner"; not "Original Female Character", "(mentioned)")."""
    names = list(doc.work.characters)
    for r in doc.work.relationships:
        names += re.split(r"\s*(?:/|&)\s*", r)
    out: dict[str, str] = {}
    for n in names:
        n = re.sub(r"\([^)]*\)|\|.*$", "", n).strip()      # "(mentioned)", "Name | Alias"
        _, core = split_title(norm_name(n))
        if len(core) >= 2 and not _NOT_TAGGED.search(n):
            out.setdefault(norm_name(n), n)
    return list(out.values())


def _titled_as(c: Cluster, last: str, first: str) -> bool:
    """c is only a title and this surname ("Mr Farrow"), the title of the sex the name
    lists give the first name."""
    if c.first is not None or c.last != last or not c.title:
        return False
    g = title_gender(c.title)
    return g is not None and g == listed_gender(first) and all(split_title(n)[1] == [last] for n in c.norms)


def _join_tagged_names(doc: Document, keep: dict[str, list[Occ]],
                       clusters: list[Cluster]) -> tuple[list[Cluster], dict[int, str]]:
    """The author's tags give full names the story may never spell out ("Anouk Brenner"
    in the header; "Anouk" and a surname call "Brenner!" in the text): a cluster that is
    only that surname joins the one cluster with that first name, when no other tagged
    name shares the surname. Returns the clusters and, by cluster, its tagged full name."""
    full = _author_full_names(doc)
    if not full:
        return clusters, {}
    cores = [split_title(norm_name(n))[1] for n in full]
    lasts = Counter(c[-1] for c in cores)
    tagged: dict[int, str] = {}
    for n, core in zip(full, cores):
        first, last = core[0], core[-1]
        xs = [c for c in clusters if (c.first == first or first in c.norms) and c.last in (None, last)]
        if not xs:
            # the story uses only a short form ("Holly" of a tagged "Hollis Arden")
            xs = [c for c in clusters if c.first and c.last in (None, last) and not c.title
                  and (is_registered_pair(c.first, first) or same_name_form(c.first, first))]
        if not xs and lasts[last] == 1:
            # only the title and the surname in the story ("Mr Farrow" of a tagged
            # "Desmond Farrow"): that one carries the tagged name
            titled = [c for c in clusters if _titled_as(c, last, first)]
            if len(titled) == 1:
                tagged.setdefault(id(titled[0]), n)
            continue
        if len(xs) != 1:
            continue
        x = xs[0]
        tagged.setdefault(id(x), n)
        # (or the surname with the first name's initial: "T. Lisk" on a badge)
        ys = [c for c in clusters if c is not x and last in c.norms and not c.title
              and c.norms <= {last, f"{first[0]} {last}"}]
        if not ys:
            # or the title and the surname alone ("Mr Farrow" of a tagged "Desmond Farrow"),
            # when the title's sex is the one the name lists give the first name
            ys = [c for c in clusters if c is not x and _titled_as(c, last, first)]
        # (a surname only ever called out in speech, "Forty minutes, Thorne.", has no he/she
        # of its own: the ones around it are the speaker's)
        if lasts[last] != 1 or len(ys) != 1 or (x.gender and ys[0].gender and x.gender != ys[0].gender
                                               and not all(o.in_quote for n in ys[0].norms for o in keep[n])):
            continue
        x.last = x.last or last
        clusters = _absorb(x, ys[0], keep, clusters)
    return clusters, tagged


def _strip_initial_words(by_norm: dict[str, list[Occ]], words_dict: frozenset) -> None:
    """"Afterwards Callum held out his hand": a dictionary word capitalised only by its
    place at the start of a sentence, before a name the work uses on its own, is not part
    of the name. Only when every occurrence of the pair is sentence-initial, the word is no
    registered given name (Rose, Will, Grace) and no title."""
    for n in [n for n in by_norm if " " in n]:
        occs = by_norm[n]
        w0, rest = n.split(" ", 1)
        if (rest not in by_norm or w0 not in words_dict or w0 in TITLES
                or registered_forms(w0) or not all(o.initial for o in occs)):
            continue
        cuts = []
        for o in occs:
            cut = o.surface.find(" ")
            if cut < 0 or norm_name(o.surface[cut:].strip()) != rest:
                break
            cuts.append(cut + len(o.surface[cut:]) - len(o.surface[cut:].lstrip()))
        else:
            for o, skip in zip(occs, cuts):
                o.vstart += skip
                o.surface = o.surface[skip:]
                o.norm = rest
                o.initial = False      # the name itself stands mid-sentence
            by_norm[rest].extend(occs)
            by_norm[rest].sort(key=lambda o: o.vstart)
            del by_norm[n]


# ---------------------------------------------------------------- the stage ------------

def run(doc: Document, cfg: Config) -> None:
    """Fill doc.characters and a PROP mention for every name occurrence."""
    occs = find_names(doc)
    lower_counts = lower_vocab(doc)
    by_norm: dict[str, list[Occ]] = defaultdict(list)
    for o in occs:
        if _occ_ok(o, lower_counts):
            by_norm[o.norm].append(o)
    # a sentence-initial name is only trusted once the name is established elsewhere
    words_dict = lx.dictionary_words(cfg.model) if cfg is not None else frozenset()
    _strip_initial_words(by_norm, words_dict)
    keep = {n: v for n, v in by_norm.items() if _person_like(n, v, lower_counts, words_dict)}
    # a single word that is the first or last name of an accepted full name is a name
    parts = set()
    for n in keep:
        t, core = split_title(n)
        if len(core) >= 2:
            parts.update((core[0], core[-1]))
    for n, v in by_norm.items():
        if n in parts and n not in keep and _part_ok(n, v, lower_counts):
            keep[n] = v
    clusters = cluster_names(keep, name_gender_votes(doc, [o for v in keep.values() for o in v]), words_dict)
    clusters = _join_stated_nicknames(doc, keep, clusters)
    clusters, tagged = _join_tagged_names(doc, keep, clusters)
    clusters.sort(key=lambda c: min(o.vstart for n in c.norms for o in keep[n]))
    doc.characters = [c for c in doc.characters if not c.extra.get("_from_names")]
    norm_to_id: dict[str, str] = {}
    for cl in clusters:
        cid = doc.new_character_id()
        surf_counts: Counter = Counter()
        # norms in order of first occurrence: most_common breaks ties by insertion
        # order, and set order changes with the hash seed
        for n in sorted(cl.norms, key=lambda n: (keep[n][0].vstart, n)):
            surf_counts.update(_display(o.surface) for o in keep[n])
        by_n: dict[str, str] = {}
        for s, _ in surf_counts.most_common():
            by_n.setdefault(norm_name(s), s)
        aliases = list(by_n.values())
        if id(cl) in tagged and norm_name(tagged[id(cl)]) not in by_n:
            aliases.append(tagged[id(cl)])      # the full name the author's tags give
        name = _fullest(aliases)
        ch = Character(id=cid, name=name, aliases=aliases, count=cl.count,
                       pronouns=_prior_pronouns(cl.gender))
        ch.extra = {}
        doc.characters.append(ch)
        for n in cl.norms:
            norm_to_id[n] = cid
    mentions = []
    for o in occs:
        cid = norm_to_id.get(o.norm) or _full_of_given(o, norm_to_id)
        if cid is None or not _occ_ok(o, lower_counts):
            continue
        s, e = doc.to_source(o.vstart, o.vend)
        mentions.append(Mention(s, e, cid, "PROP", o.in_quote))
    doc.mentions = [m for m in doc.mentions if m.kind != "PROP"] + mentions
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    doc.__dict__["_name_occs"] = [(o, norm_to_id.get(o.norm)) for o in occs]


def _display(s: str) -> str:
    s = " ".join(s.split())
    if s.isupper() and len(s) > 3:
        # letters' headings and shouting: "CAROLINE BINGLEY" -> "Caroline Bingley"
        s = " ".join(w[:1] + w[1:].lower() for w in s.split())
    return s


def _fullest(aliases: list[str]) -> str:
    """The fullest proper name: most words without a title, then with one; never a
    pet-name extension of another alias ("Tobey" of "Tobe")."""
    norms = [norm_name(a) for a in aliases]

    def key(a):
        n = norm_name(a)
        t, core = split_title(n)
        pet = len(core) == 1 and any(is_diminutive(n, m) for m in norms if m != n)
        # ("Teodor Lisk" before the badge's "T. Lisk")
        spelt = bool(core) and len(core[0]) > 1
        return (len(core), not pet, spelt, t is not None, -aliases.index(a))
    return max(aliases, key=key)


def _prior_pronouns(g: Optional[str]) -> Optional[str]:
    return {"m": "he/him", "f": "she/her"}.get(g or "")
