"""Coreference of character mentions: pronouns, nominals, first person (issue #3).

A rule-based mention-ranking resolver, one left-to-right pass over the blocks (no pair
loop over the novel): every name, nominal or resolved pronoun updates a short salience
history; a third-person pronoun picks the best compatible entity in it by recency,
subject salience, gender agreement and binding. Referential gender comes from the
pronouns the work uses: a first pass counts pronouns that have only one possible
antecedent. Person nominals ("the parson", "her father") open discourse entities; one
that a later pronoun or nominal picks up becomes an unnamed character.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

from ficlens.config import Config
from ficlens.document import Character, Document, Mention
from ficlens.characters import lexicon as lx
from ficlens.linguistics import kinship
from ficlens.characters import TITLE_CLIPS, quote_index
from ficlens.characters.names import TITLES, _table, listed_gender, norm_name, split_title, title_gender

_SUBJ = ("nsubj", "nsubjpass")
WINDOW_SENTS = 15         # how far back a pronoun looks for its antecedent (sentences)
NOMINAL_WINDOW = 100      # how far back "the parson" looks for an earlier "the parson" (sentences)
MAX_HIST = 24
WE_WINDOW = 30            # sentences over which a narrator's "we" stays one group
# mention-ranking weights (tuned on LitBank dev; see tools/). "quote": the step across the
# quotation marks, raised from 0.5 to 1.5 once salience counted each side apart (speaker
# accuracy rose on LitBank, PDNC and the fan-fiction dev set alike)
WEIGHTS = {"dist": 0.8, "rank": 0.15, "subj": 1.0, "unk": 1.0, "unk_nom": 2.0, "quote": 1.5, "samequote": 0.0,
           "freq": 0.25, "named": 0.0,    # freq: mentions in the recent history (salience)
           "reported": 1.0,               # a mention inside a told or thought clause
           "poss_subj": 1.0}              # his/he in a clause hanging from that one's verb (+1 for its object)
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
GENERIC_YOU = {"you", "your", "yourself", "yourselves"}
# nouns of address that, set off in dialogue, mention the one spoken to
VOCATIVE_NOUNS = {"sir", "madam", "ma'am", "dear", "darling", "mamma", "mama", "papa", "mother",
                  "father", "miss", "mister", "sister", "brother", "child", "boy", "girl", "lad"}
# "mine", "hers": possessive pronouns that stand for a thing, not a mention of a person
STANDALONE_POSS = {"mine", "yours", "hers", "theirs", "ours", "thine"}
# the men of a family, who keep its name (a sister or a mother may carry a husband's)
_BLOOD_KIN = frozenset(w for w, k in kinship.KIN.items() if not k.foreign and k.relation in (
    "father", "grandfather", "brother", "son"))
# "her father" of a Woodhouse is the one Mr. Woodhouse; "his wife" of a Bennet, Mrs. Bennet
KIN_TITLE = {"father": "mr", "husband": "mr", "mother": "mrs", "wife": "mrs"}
# titles that a definite nominal names on its own ("the doctor" for Dr. Archie); kin and
# courtesy titles (Mr., Aunt, Lady) say nothing about which one
ROLE_TITLES = {"dr": "doctor", "doctor": "doctor", "captain": "captain", "capt": "captain",
               "colonel": "colonel", "col": "colonel", "major": "major", "general": "general",
               "lieutenant": "lieutenant", "lt": "lieutenant", "sergeant": "sergeant",
               "sgt": "sergeant", "admiral": "admiral", "commander": "commander",
               "professor": "professor", "prof": "professor", "judge": "judge",
               "inspector": "inspector", "detective": "detective", "reverend": "reverend",
               "rev": "reverend", "squire": "squire", "mayor": "mayor", "governor": "governor",
               "senator": "senator", "president": "president", "corporal": "corporal",
               "constable": "constable", "superintendent": "superintendent", "pastor": "pastor",
               "bishop": "bishop", "abbot": "abbot", "abbess": "abbess", "nurse": "nurse",
               "coach": "coach", "headmaster": "headmaster", "headmistress": "headmistress"}


def _opt(cfg: Config, key: str, default):
    return (getattr(cfg, "extra", None) or {}).get(key, default)


@dataclass
class Ent:
    eid: str             # character id, or "n<k>" for a nominal discourse entity
    vpos: int
    sent: int
    block: int
    subj: bool
    head: int            # token index of the mention's syntactic head (in its block)
    quote: int           # quote index or -1
    usable: bool = True  # False for the narrator's I and for vocatives
    reported: bool = False   # inside what someone told or thought ("I told him my father knew")


def _known_mentions(doc: Document) -> dict[int, tuple[int, str, str]]:
    """view start -> (view end, character id, kind) of mentions already placed."""
    out = {}
    for m in doc.mentions:
        if m.character is None:
            continue
        vs, ve = doc.to_view(m.start, m.end)
        out[vs] = (ve, m.character, m.kind)
    return out


def _plural_context(sp, i_from: int, i_to: int) -> bool:
    """A plural of people or a coordination of names between two points."""
    for t in sp[max(0, i_from):i_to]:
        if (t.tag_ == "NNS" and t.lemma_.lower() in lx.PERSON_NOUNS) or t.tag_ == "NNPS" or (
                t.dep_ == "cc" and t.lower_ == "and" and t.head.pos_ == "PROPN"):
            return True
        if t.lower_ in ("we", "us", "both", "together", "everyone", "all"):
            return True
    return False


def _span_head(sp, first, base: int, ve: int):
    j = first.i + 1
    while j < len(sp) and base + sp[j].idx < ve:
        j += 1
    return sp[first.i:j].root, j


def _is_vocative(sp, i0: int, i1: int, in_quote: bool) -> bool:
    if not in_quote:
        return False
    prev = sp[i0 - 1] if i0 > 0 else None
    nxt = sp[i1] if i1 < len(sp) else None
    return (prev is None or prev.is_punct) and (nxt is None or nxt.text in (",", "!", "?", ".") or nxt.is_quote)


_PERSON_EVIDENCE = 3


def doc_person_lemmas(doc: Document) -> set[str]:
    """Nouns this work treats as people: subjects of speech and mental verbs, heads of
    a who-relative ("the waggoner said", "a newcomer who")."""
    out = set()
    said = Counter()
    for b in doc.narrative_blocks():
        sp = doc.parses.get(b.index)
        if sp is None:
            continue
        for t in sp:
            if t.tag_ not in ("NN", "NNS") or not t.text.islower():
                continue
            h = t.head
            if t.dep_ in _SUBJ and h.lemma_.lower() in lx.PERSON_VERBS:
                said[t.lemma_.lower()] += 1
            else:
                nxt = sp[t.i + 1] if t.i + 1 < len(sp) else None
                # the who-clause must hang on this noun ("forty people in this city who
                # would kill": the people's, not the city's), and not on a person it is a
                # prep object of ("a man with a laptop who": the man's)
                if nxt is not None and nxt.lower_ in lx.WHO and nxt.head.dep_ == "relcl" \
                        and nxt.head.head.i == t.i and not (
                            t.dep_ == "pobj" and t.head.head.lemma_.lower() in lx.PERSON_NOUNS):
                    out.add(t.lemma_.lower())
    out.update(w for w, n in said.items() if n >= _PERSON_EVIDENCE and w not in lx.NOT_PERSON_NOUNS)
    return out - lx.NOT_PERSON_NOUNS


def _nominal(t, person_lemmas=frozenset()):
    """(start token index, kind, plural) when t heads a person nominal, else None."""
    if t.tag_ not in ("NN", "NNS") or t.dep_ in ("compound", "amod", "npadvmod") and t.head.tag_.startswith("NN"):
        return None
    lem = t.lemma_.lower()
    low = t.lower_
    if lem not in lx.PERSON_NOUNS and low not in lx.PERSON_NOUNS and lem not in person_lemmas \
            and not lx.suffix_person(lem):
        return None
    if t.text[0].isupper() and not t.is_sent_start:
        return None   # part of a name or title ("Aunt", "Captain") handled as a name
    i0 = t.i
    for c in t.lefts:
        if c.dep_ in ("punct", "cc", "preconj", "prep", "advmod", "neg", "dative", "aux", "mark", "intj"):
            continue
        i0 = min(i0, c.left_edge.i)
    first = t.doc[i0]
    det = first.lower_
    if det in lx.DEFINITE:
        kind = "def"
    elif first.tag_ == "PRP$" or first.dep_ == "poss" or any(c.dep_ == "poss" for c in t.lefts):
        kind = "poss"
    elif det in lx.INDEFINITE:
        kind = "indef"
    elif t.tag_ == "NN" and (t.lemma_.lower() in lx.KIN_BARE or t.lower_ in lx.KIN_BARE):
        kind = "def"     # "Mother said", "papa came": kin words used like names
    else:
        kind = "bare"
    return i0, kind, t.tag_ == "NNS"


def _clause_chain(t) -> set[int]:
    """The verbs of the clause a pronoun stands in and of the clauses it hangs from
    (an adverbial, a complement or a second verb of the same subject)."""
    v = _governing_verb(t) if t.dep_ == "poss" else (t.head.i if t.head.pos_ in ("VERB", "AUX") else -1)
    out = set()
    x = t.doc[v] if v >= 0 else None
    for _ in range(4):
        if x is None:
            break
        out.add(x.i)
        if x.dep_ not in ("advcl", "conj", "ccomp", "xcomp") or x.head.i == x.i:
            break
        x = x.head
    if t.dep_ != "poss":
        out.discard(t.head.i)     # the pronoun's own verb: its subject is the pronoun itself
    return out


def _governing_verb(t) -> int:
    """Index of the verb whose clause a possessive's noun phrase belongs to ("put his
    arm", "with his hands in his pockets"), or -1."""
    x = t.head
    for _ in range(4):
        if x.pos_ in ("VERB", "AUX"):
            return x.i
        if x.dep_ not in ("dobj", "pobj", "prep", "npadvmod", "attr", "dative") or x.head.i == x.i:
            return -1
        x = x.head
    return -1


def _predicate_antecedent(t, sp, base: int, hist: list) -> Optional[str]:
    """The entity of the subject of a copula ("X was a man") or of the noun an
    apposition hangs on, when that is a mention already in the history."""
    if t.dep_ == "attr":
        subj = next((c for c in t.head.children if c.dep_ in _SUBJ), None)
    else:
        subj = t.head
    if subj is None:
        return None
    pos = base + subj.idx
    for e in reversed(hist[-6:]):
        if e.vpos == pos or (e.head == subj.i and e.vpos >= base):
            return e.eid
    return None


def _noun_gender(t) -> Optional[str]:
    lem = t.lemma_.lower()
    if lem in lx.MALE_NOUNS or t.lower_ in lx.MALE_NOUNS:
        return "m"
    if lem in lx.FEMALE_NOUNS or t.lower_ in lx.FEMALE_NOUNS:
        return "f"
    return None


class Walker:
    """One left-to-right pass over the narrative blocks."""

    def __init__(self, doc: Document, genders: dict[str, str], cfg: Config, votes=None,
                 nominals: bool = True):
        self.doc = doc
        self.cfg = cfg
        self.w = {k: _opt(cfg, "coref_w_" + k, v) for k, v in WEIGHTS.items()}
        self.window = _opt(cfg, "coref_window", WINDOW_SENTS)
        self.genders = dict(genders)
        self.votes = votes
        self.nominals = nominals and votes is None
        self.emit_null = _opt(cfg, "coref_null_mentions", True)
        self.hist: list[Ent] = []
        self.out: list[tuple[int, int, Optional[str], str, bool]] = []
        self.alts: dict[int, list[str]] = {}     # in-quote pronoun view start -> runners-up
        self.nom_last: dict[str, tuple[int, str, str]] = {}  # head lemma -> (sent, entity id, kind)
        self.n_ent = 0
        self.ent_text: dict[str, str] = {}
        self.alias = _table(doc)
        self.person_lemmas = doc_person_lemmas(doc) if self.nominals else set()
        self.plural_hist: list[tuple[int, str]] = []    # (sentence, group id)
        self.group_last: dict[str, tuple[int, str]] = {}
        self.we_last: dict[bool, tuple[int, str]] = {}  # in quote? -> (sentence, group id)
        self.they_last: Optional[tuple[int, str]] = None  # last run of unplaced "they"
        self.open_pron: Optional[tuple[int, str, str]] = None   # (sentence, entity, gender)
        self.second: Optional[list[tuple[int, int, Optional[str]]]] = None   # second-person sections and their "you"
        self.first: Optional[list[tuple[int, int, str]]] = None   # first-person sections and tellers
        self.merged: dict[str, str] = {}   # pronoun-opened entity -> the character named next
        self.name_at: set[int] = set()     # view starts of name mentions
        self.titled = _role_titled(doc)
        self.once = {c.id: c.count <= 1 for c in doc.characters if c.aliases} \
            if _opt(cfg, "coref_skip_once", True) else {}
        self.surname, self.by_title = _family_names(doc)
        self.at: dict[int, str] = {}     # view start of a placed mention -> entity
        self.scene_v = 0                   # view start of the current scene
        self.seen: Counter = Counter()     # entity -> mentions so far
        self.block_known: dict = {}        # view start -> (view end, character, kind) in this block

    def push(self, e: Ent) -> None:
        if self.votes is None and self.w["reported"] and e.quote < 0:
            # (only the resolving pass ranks candidates; the voting pass never reads it)
            sp = self.doc.parses.get(e.block)
            if sp is not None and 0 <= e.head < len(sp):
                e.reported = _reported(sp[e.head])
        self.at[e.vpos] = e.eid
        self.seen[e.eid] += 1
        self.hist.append(e)
        if len(self.hist) > MAX_HIST:
            del self.hist[0]

    def run(self) -> None:
        doc = self.doc
        known = _known_mentions(doc)
        qi = quote_index(doc)
        starts = sorted(known)
        sent = 0
        prev_kind = "break"
        for b in doc.blocks:
            kind, prev_kind = prev_kind, b.kind
            if b.kind != "text":
                continue
            if kind != "text":
                self.scene_v = b.vstart
            sp = doc.parses.get(b.index)
            if sp is None:
                continue
            lo = bisect_left(starts, b.vstart)
            block_known = self.block_known = {}
            while lo < len(starts) and starts[lo] < b.vend:
                block_known[starts[lo]] = known[starts[lo]]
                lo += 1
            skip_to = -1
            for t in sp:
                if t.is_sent_start:
                    sent += 1
                if t.i < skip_to:
                    continue
                v = b.vstart + t.idx
                k = block_known.get(v)
                if k is not None:
                    ve, cid, kind = k
                    head, j = _span_head(sp, t, b.vstart, ve)
                    skip_to = j
                    qv = qi.find(v)
                    usable = kind != "NARR" and not _is_vocative(sp, t.i, j, qv >= 0)
                    if self.open_pron is not None and usable and kind == "PROP":
                        # cataphora: the first name after a pronoun-opened person, close
                        # by and of its gender, names that person
                        s0, n_id, g0 = self.open_pron
                        if sent - s0 <= _opt(self.cfg, "coref_cataphora_window", 8) \
                                and self.genders.get(cid) in (None, g0):
                            self.merged[n_id] = cid
                        self.open_pron = None
                    self.push(Ent(cid, v, sent, b.index, head.dep_ in _SUBJ, head.i, qv, usable))
                    if kind == "PROP":
                        self.name_at.add(v)
                    continue
                low = t.lower_
                if low in STANDALONE_POSS:
                    continue
                if low in lx.PRONOUNS:
                    self.pronoun(t, low, v, sent, b, sp, qi)
                elif low in GENERIC_YOU and t.tag_ in ("PRP", "PRP$") and self.votes is None \
                        and not qi.contains(v):
                    you = self._you_at(v)
                    if you is not None:
                        # second-person narration: "you" is its one character
                        self.out.append((v, v + len(t.text), you, "PRON", False))
                    elif self.emit_null and not self._second_person(v) and \
                            _opt(self.cfg, "coref_generic_you", True):
                        # narration's "you" outside second-person narration is generic ("you
                        # could see the sea"): a mention of nobody in particular
                        self.out.append((v, v + len(t.text), None, "PRON", False))
                elif low in FIRST_PLURAL and t.tag_ in ("PRP", "PRP$"):
                    if self.votes is None:
                        self.we(v, t, sent, qi)
                elif self.nominals and t.tag_ in ("NN", "NNS"):
                    self.nominal(t, sent, b, sp, qi)
            sent += 1   # a paragraph boundary weighs like a sentence

    # ---- pronouns
    def pronoun(self, t, low, v, sent, b, sp, qi) -> None:
        g, case = lx.PRONOUNS[low]
        if low == "her" and t.tag_ == "PRP$":
            case = "poss"
        if g in ("ey", "fae") and not any(x == g for x in self.genders.values()):
            return   # "em"/"ey" as words; only for a character so referred to
        if g == "ze" and low == "hir" and not any(x == "ze" for x in self.genders.values()):
            return
        qv = qi.find(v)
        cands = [e for e in self._recent(sent) if e.usable]
        if qv < 0 and g in ("m", "f", "t"):
            # the narration's he/she is never the first-person narrator telling it
            me = self._narrator_at(v)
            if me is not None:
                cands = [e for e in cands if e.eid != me]
        if self.votes is not None:
            # a name said inside a quote is no evidence for the narration's next he/she
            # ("'Tomas asked me!' she said")
            distinct = {e.eid for e in cands if sent - e.sent <= 1 and (qv >= 0 or e.quote < 0)}
            bound = _clause_subjects(t)
            if bound:
                # "Dash slid onto the stool beside her": an object pronoun is never the
                # subject of its own clause (no vote for it)
                distinct -= {e.eid for e in cands if e.block == b.index and e.head in bound}
            if len(distinct) == 1:
                cid = distinct.pop()
                if g == "t" and low != "themself" and _plural_context(sp, 0, t.i):
                    return
                self.votes[cid][g] += 1
            return
        ranked = self._choose(cands, g, case, t, sp, sent, qv, b.index)
        if qv < 0 and g in ("m", "f"):
            other = self._other_teller(v, g)
            if other is not None:
                ranked = [other] + [x for x in ranked if x != other]
        if case == "poss" and g in ("m", "f"):
            kin = self._kin_surname(t, b.vstart, g)
            if kin is not None:
                ranked = [kin] + [x for x in ranked if x != kin]
        if qv < 0 and g in ("m", "f") and ranked and ranked[0][0] == "n":
            ranked = self._scene_lead(ranked, g, v) + ranked
        eid = ranked[0] if ranked else None
        inq = qv >= 0
        if inq and len(ranked) > 1:
            self.alts[v] = ranked[1:3]
        if eid is not None and g == "t" and (self.genders.get(eid) != "t" or
                                             self._they_plural(eid, sent, sp, t, b.index)):
            eid = None
        if eid is None:
            if g == "t":
                gid = self._group(sent)
                if gid is not None:
                    self.out.append((v, v + len(t.text), gid, "PRON", inq))
                    self.plural_hist.append((sent, gid))
                elif _opt(self.cfg, "coref_they_runs", True):
                    # no group in sight: a run of they/them close together is one group;
                    # a lone one is dropped (a null singleton costs more than it gives)
                    last = self.they_last
                    if last is not None and sent - last[0] <= _opt(self.cfg, "coref_they_window", 2):
                        gid = last[1]
                    else:
                        self.n_ent += 1
                        gid = f"t{self.n_ent}"
                        self.ent_text[gid] = t.text.lower()
                    self.they_last = (sent, gid)
                    self.out.append((v, v + len(t.text), gid, "PRON", inq))
                elif self.emit_null and _opt(self.cfg, "coref_null_they", False):
                    self.out.append((v, v + len(t.text), None, "PRON", inq))
                return
            if g not in ("m", "f") or not _opt(self.cfg, "coref_new_pronoun_entity", True):
                return
            # nobody of this gender in sight ("He had come from Geneva" before any name):
            # the pronoun opens a person of its own that the next he/she can pick up
            self.n_ent += 1
            eid = f"n{self.n_ent}"
            self.ent_text[eid] = t.text.lower()
            self.open_pron = (sent, eid, g)
        if eid.startswith("n") and eid not in self.genders and g in ("m", "f"):
            self.genders[eid] = g
        self.out.append((v, v + len(t.text), eid, "PRON", inq))
        self.push(Ent(eid, v, sent, b.index, t.dep_ in _SUBJ, t.i, qv))

    def _kin_surname(self, t, base: int, g: str) -> Optional[str]:
        """"Her father rang ..., because Brendan Kavanagh believed": the owner of a father,
        brother or son named in the same sentence shares that man's family name, so "her" is
        the one woman met so far called Kavanagh, however long ago (not the friend who
        spoke last). Only "her", and only when every name in the sentence is a man's: "his
        father" beside a man's name, or "Efua had her father's eyes", may name the owner."""
        if g != "f" or t.head.lemma_.lower() not in _BLOOD_KIN or t.head.i == t.i:
            return None
        sent = t.sent
        lo, hi = base + sent.start_char, base + sent.end_char
        named = {cid for v, (ve, cid, kind) in self.block_known.items() if lo <= v < hi and kind == "PROP"}
        if any(self.genders.get(c) != "m" for c in named):
            return None
        surnames = {self.surname[c] for c in named if c in self.surname}
        if len(surnames) != 1:
            return None
        (sur,) = surnames
        owners = {c for c in self.seen if c not in named and self.surname.get(c) == sur
                  and self.genders.get(c) == g}
        return owners.pop() if len(owners) == 1 else None

    def _scene_lead(self, ranked: list[str], g: str, v: int) -> list[str]:
        """A scene that opens on "He's outside when I lock up" goes on with its story's
        man, not with the unnamed passer-by ("the man with the laptop") the last scene
        ended on: when the best candidate is an unnamed person last seen before the
        break, the named character of that gender mentioned most so far."""
        top = ranked[0]
        words = self.ent_text.get(top, "").lower().split()
        if len(words) < 2 or words[0] not in lx.DEFINITE | lx.INDEFINITE or words[-1] in kinship.KIN:
            return []    # someone met by a pronoun or as somebody's kin is no passer-by
        if any(e.eid == top and e.vpos >= self.scene_v for e in self.hist):
            return []
        me = self._narrator_at(v)
        best = max((c for c in self.seen if c[0] == "c" and c != me and self.genders.get(c) == g),
                   key=lambda c: self.seen[c], default=None)
        if best is None or self.seen[best] < 3 or self.seen[best] <= self.seen[top]:
            return []
        return [best]

    def _narrator_at(self, v: int) -> Optional[str]:
        if self.first is None:
            self.first = sorted((sec.start, sec.end, sec.narrator) for sec in self.doc.sections
                                if sec.narration == "first" and sec.narrator)
        if not self.first:
            return None
        s = self.doc.to_source(v, v)[0]
        i = bisect_left(self.first, (s + 1,)) - 1
        return self.first[i][2] if i >= 0 and self.first[i][0] <= s < self.first[i][1] else None

    def _other_teller(self, v: int, g: str) -> Optional[str]:
        """In alternating first-person parts, the narration's first he/she of a part whose
        teller meets nobody of that gender by name is the other teller: "He was waiting on
        the steps" opening her part is the one who told the part before."""
        me = self._narrator_at(v)
        if me is None:
            return None
        s = self.doc.to_source(v, v)[0]
        i = bisect_left(self.first, (s + 1,)) - 1
        start = self.first[i][0]
        other = next((n for _, e, n in reversed(self.first[:i]) if n != me), None)
        if other is None or self.genders.get(other) not in (g, None):
            return None
        vstart = self.doc.to_view(start, start)[0]
        for e in reversed(self.hist):
            if e.vpos < vstart:
                break
            if e.usable and e.eid not in (me, other) and self.genders.get(e.eid) in (g, None):
                return None
        return other

    def _second_person(self, v: int) -> bool:
        return self._second_at(v) is not None

    def _second_at(self, v: int):
        if self.second is None:
            self.second = sorted((sec.start, sec.end, sec.focal) for sec in self.doc.sections
                                 if sec.narration == "second")
        if not self.second:
            return None
        s = self.doc.to_source(v, v)[0]
        i = bisect_left(self.second, (s + 1,)) - 1
        return self.second[i] if i >= 0 and self.second[i][0] <= s < self.second[i][1] else None

    def _you_at(self, v: int) -> Optional[str]:
        """The character "you" is, in a second-person section."""
        sec = self._second_at(v)
        return sec[2] if sec is not None else None

    def we(self, v, t, sent, qi) -> None:
        """we/us/our: one group with the previous "we" of the same kind (narration or the
        same stretch of dialogue) when close; a new group otherwise."""
        qv = qi.find(v)
        inq = qv >= 0
        win = _opt(self.cfg, "coref_we_window", WE_WINDOW)
        last = self.we_last.get(inq)
        if last is not None and sent - last[0] <= (win if not inq else win // 3):
            gid = last[1]
        else:
            self.n_ent += 1
            gid = f"g{self.n_ent}"
            self.ent_text[gid] = t.text.lower()
        self.we_last[inq] = (sent, gid)
        self.out.append((v, v + len(t.text), gid, "PRON", inq))

    def _group(self, sent: int) -> Optional[str]:
        """Plural they: the most recent group of people, if close."""
        if self.plural_hist and sent - self.plural_hist[-1][0] <= _opt(self.cfg, "coref_group_window", 3):
            return self.plural_hist[-1][1]
        return None

    def _recent(self, sent: int) -> list[Ent]:
        out = []
        for e in reversed(self.hist):
            if sent - e.sent > self.window:
                break
            out.append(e)
        return out

    def _they_plural(self, eid, sent, sp, t, blk) -> bool:
        """Singular "they" only right after its character, with no plural in between."""
        if t.lower_ == "themself":
            return False
        last = next((e for e in reversed(self.hist) if e.eid == eid), None)
        if last is None or sent - last.sent > 2:
            return True
        start = last.head + 1 if last.block == blk else 0
        return _plural_context(sp, start, t.i)

    def _choose(self, cands, g, case, tok, sp, sent, qv, blk) -> list[str]:
        """Compatible entities, best first."""
        scored = []
        seen = set()
        W = self.w
        # salience counts the mentions on the pronoun's own side of the quotation marks:
        # "the pasty I was saving for the vicar" said aloud does not make the vicar the
        # narration's next "him"
        freq = Counter(e.eid for e in cands if (e.quote >= 0) == (qv >= 0)) if W["freq"] else {}
        # "Kwabena put his arm round her and said nothing, because he loved his brother":
        # his own arm, and he who said nothing -- the subject of the clause the pronoun's
        # clause hangs from (any of its mentions in the sentence)
        chain = _clause_chain(tok) if case in ("poss", "subj") and tok is not None else set()
        governs = {e.eid for e in cands if chain and e.sent == sent and e.block == blk and 0 <= e.head < len(sp)
                   and sp[e.head].dep_ in _SUBJ and sp[e.head].head.i in chain}
        # (the possessive in the object of that subject's own verb: "X put his arm")
        own = _governing_verb(tok) if case == "poss" and tok is not None else -1
        own_verb = {e.eid for e in cands if own >= 0 and e.eid in governs and 0 <= e.head < len(sp)
                    and e.block == blk and sp[e.head].head.i == own}
        for rank, e in enumerate(cands):
            if e.eid in seen:
                continue
            seen.add(e.eid)
            cg = self.genders.get(e.eid)
            if cg is not None and cg != g:
                continue
            if cg is None and g not in ("m", "f"):
                continue
            if cg is None and self.once.get(e.eid) and not e.subj and e.vpos in self.name_at:
                continue   # a name met once, never acting, no pronoun ("Newport and Saratoga")
            s = -W["dist"] * (sent - e.sent) - W["rank"] * rank
            if e.subj:
                s += W["subj"]
            if e.reported and qv < 0:
                s -= W["reported"]
            if freq:
                s += W["freq"] * min(freq[e.eid], 8)
            if e.eid[0] == "c":
                s += W["named"]
            if cg is None:
                s -= W["unk_nom"] if e.eid[0] == "n" else W["unk"]
            if e.eid[0] == "n":
                s -= _opt(self.cfg, "coref_nominal_penalty", 0.0)
            if e.sent == sent and e.block == blk and 0 <= e.head < len(sp):
                # binding: "he saw him" -- a non-reflexive object is not its clause's subject
                ant = sp[e.head]
                if case == "obj" and ant.dep_ in _SUBJ and ant.head.i == tok.head.i:
                    s -= 5
                if case == "refl" and ant.dep_ in _SUBJ and ant.head.i == tok.head.i:
                    s += 3
            if e.eid in governs:
                s += W["poss_subj"] + (1.0 if e.eid in own_verb else 0.0)
            if (qv >= 0) != (e.quote >= 0):
                s -= W["quote"]
            if qv >= 0 and e.quote == qv:
                s -= W["samequote"]
            scored.append((s, -rank, e.eid))
        scored.sort(reverse=True)
        return [eid for _, _, eid in scored]

    # ---- nominals
    def _kin_named(self, t, lem: str, base: int) -> Optional[str]:
        """"her father" when "her" is Emma Woodhouse and one character is Mr. Woodhouse."""
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        eid = self.at.get(base + owner.left_edge.idx)
        sur = self.surname.get(eid) if eid else None
        if sur is None:
            return None
        cid = self.by_title.get((KIN_TITLE[lem], sur))
        return cid if cid != eid else None

    def nominal(self, t, sent, b, sp, qi) -> None:
        got = _nominal(t, self.person_lemmas)
        if got is None:
            return
        i0, kind, plural = got
        vs = b.vstart + sp[i0].idx
        ve = b.vstart + t.idx + len(t.text)
        qv = qi.find(vs)
        inq = qv >= 0
        text = self.doc.view[vs:ve]
        cid = self.alias.get(norm_name(text)) if kind in ("def", "bare") else None
        lem = t.lemma_.lower()
        if cid is not None:
            self.out.append((vs, ve, cid, "NOM", inq))
            self.push(Ent(cid, vs, sent, b.index, t.dep_ in _SUBJ, t.i, qv))
            return
        if plural and kind != "bare" and t.dep_ not in ("attr", "appos") and lem not in lx.QUANT_PERSONS:
            gid = None
            last = self.group_last.get(lem)
            if kind in ("def", "poss") and last is not None and sent - last[0] <= NOMINAL_WINDOW:
                gid = last[1]
            if gid is None:
                self.n_ent += 1
                gid = f"g{self.n_ent}"
                self.ent_text[gid] = text
            self.group_last[lem] = (sent, gid)
            self.plural_hist.append((sent, gid))
            self.out.append((vs, ve, gid, "NOM", inq))
            return
        if not plural and t.dep_ in ("attr", "appos") and _opt(self.cfg, "coref_link_predicates", False):
            # "Nippers was a useful man", "Mary, the child": the same person as the subject
            ant = _predicate_antecedent(t, sp, b.vstart, self.hist)
            if ant is not None:
                self.out.append((vs, ve, ant, "NOM", inq))
                return
        if plural or lem in lx.QUANT_PERSONS or t.lower_ in lx.QUANT_PERSONS or t.dep_ in ("attr", "appos") \
                or kind == "bare" or sp[i0].lower_ in ("no", "any", "every", "each"):
            if self.emit_null:
                self.out.append((vs, ve, None, "NOM", inq))
            return
        eid = None
        if kind == "poss" and lem in KIN_TITLE and not plural:
            cid = self._kin_named(t, lem, b.vstart)
            if cid is not None:
                self.nom_last[lem] = (sent, cid, kind)
                self.out.append((vs, ve, cid, "NOM", inq))
                self.push(Ent(cid, vs, sent, b.index, t.dep_ in _SUBJ, t.i, qv))
                return
        if kind == "def" and lem in self.titled and _opt(self.cfg, "coref_role_titles", True):
            # "the doctor" where exactly one character is called Dr. Somebody
            cid = self.titled[lem]
            self.out.append((vs, ve, cid, "NOM", inq))
            self.push(Ent(cid, vs, sent, b.index, t.dep_ in _SUBJ, t.i, qv))
            return
        if kind in ("def", "poss"):
            last = self.nom_last.get(lem)
            if last is not None and sent - last[0] <= _opt(self.cfg, 'coref_nominal_window', NOMINAL_WINDOW) \
                    and (kind == "def" or last[2] != "indef"):
                # "his wife" never picks up a generic "a wife"
                eid = last[1]
        if eid is None and kind == "def" and lem in lx.DESCRIPTIVE_NOUNS and _opt(self.cfg, "coref_describe_named", False):
            # "the girl" right after the only girl named nearby is that girl
            g = _noun_gender(t)
            near = {e.eid for e in self._recent(sent) if sent - e.sent <= 3 and e.usable and e.eid[0] == "c"
                    and (g is None or self.genders.get(e.eid) == g)}
            if len(near) == 1:
                eid = near.pop()
                self.out.append((vs, ve, eid, "NOM", inq))
                self.push(Ent(eid, vs, sent, b.index, t.dep_ in _SUBJ, t.i, qv))
                return
        if eid is None:
            self.n_ent += 1
            eid = f"n{self.n_ent}"
            self.ent_text[eid] = text
            g = _noun_gender(t)
            if g:
                self.genders[eid] = g
        named = self._named_by_copula(t) if eid[0] == "n" else None
        if named is not None:
            # "The man was Pavel": the unnamed man, before and after, is Pavel
            self.merged[eid] = named
            eid = named
        self.nom_last[lem] = (sent, eid, kind)
        self.out.append((vs, ve, eid, "NOM", inq))
        self.push(Ent(eid, vs, sent, b.index, t.dep_ in _SUBJ, t.i, qv))

    def _named_by_copula(self, t) -> Optional[str]:
        """The character a "the man was Pavel" names its subject as."""
        v = t.head
        if t.dep_ != "nsubj" or v.lemma_ != "be" or any(c.dep_ == "neg" for c in v.children):
            return None
        # (the parser takes an unknown name after "was" for an adjective now and then)
        attr = next((c for c in v.children if c.dep_ in ("attr", "acomp")), None)
        if attr is None or not attr.text[:1].isupper():
            return None
        sub = [x for x in attr.subtree if not x.is_punct]
        if not all(x.text[:1].isupper() and x.is_alpha for x in sub):
            return None     # "an old Turtle", "the Duchess's cook": a description, not a name
        words = [x.text for x in sub]
        for form in ([" ".join(words)] + words[:1] if len(words) > 1 else words):
            cid = self.alias.get(norm_name(form))
            if cid is not None:
                return cid
        return None


_REPORT_VERBS = frozenset({"tell", "say", "think", "know", "believe", "wonder", "suppose", "guess",
                           "suspect", "hope", "fear", "ask", "whisper", "explain", "admit", "realise",
                           "realize", "imagine", "claim"})


def _reported(t) -> bool:
    """t stands inside the clause of a telling or a thought ("I told him I thought my father
    knew": the father is talked about, not in the scene)."""
    x = t
    for _ in range(8):
        if x.dep_ == "ccomp" and x.head.lemma_.lower() in _REPORT_VERBS:
            return True
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _family_names(doc: Document):
    """character -> surname (from a name of two words or more), and (title, surname) ->
    the one character called "Mr./Mrs. Surname" (pairs two characters share left out)."""
    surname: dict[str, str] = {}
    by_title: dict[tuple[str, str], Optional[str]] = {}
    for c in doc.characters:
        if not c.aliases:
            continue
        for a in c.forms:
            t, core = split_title(norm_name(a or ""))
            if len(core) >= 2 and c.id not in surname:
                surname[c.id] = core[-1]
            if t in ("mr", "mrs") and len(core) == 1:
                key = (t, core[0])
                by_title[key] = c.id if by_title.get(key, c.id) == c.id else None
                surname.setdefault(c.id, core[0])
    return surname, {k: v for k, v in by_title.items() if v}


def _role_titled(doc: Document) -> dict[str, str]:
    """role title ("doctor") -> the one named character who carries it; titles two
    characters share are left out."""
    out: dict[str, Optional[str]] = {}
    for c in doc.characters:
        if not c.aliases:
            continue
        seen = set()
        for a in c.forms:
            words = norm_name(a or "").split()
            t = split_title(" ".join(words))[0] if len(words) > 1 else (words[0] if words else None)
            # "Doc", "Sarge" as a name: the clipped title is the role ("the doctor")
            r = ROLE_TITLES.get(t or "") or (TITLE_CLIPS.get(words[0]) if len(words) == 1 else None)
            if r:
                seen.add(r)
        for r in seen:
            out[r] = c.id if r not in out else None
    return {r: cid for r, cid in out.items() if cid}


def _clause_subjects(t) -> set[int]:
    """Token indices of the subject of the clause whose object (or prepositional object)
    the non-reflexive pronoun t is; empty for subjects, possessives and reflexives."""
    if t.dep_ not in ("dobj", "dative", "pobj", "iobj") or t.lower_.endswith(("self", "selves")):
        return set()
    v = t.head
    if t.dep_ == "pobj":
        v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return set()
    out = set()
    for _ in range(3):
        out |= {c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
        # a verb in coordination shares the subject; never climb out of an infinitive
        # ("Aurelio asked me to marry him": him is Aurelio)
        if out or v.dep_ != "conj":
            break
        v = v.head
    return out


def _genders(doc: Document, votes: dict[str, Counter]) -> dict[str, str]:
    out = {}
    for c in doc.characters:
        v = votes.get(c.id, Counter())
        prior = {"he/him": "m", "she/her": "f", "they/them": "t"}.get(c.pronouns or "")
        total = sum(v.values())
        g = None
        if total:
            top, n = v.most_common(1)[0]
            if top == "t":
                # singular they needs clear evidence: plural they is everywhere
                if n >= 3 and n > 2 * (v["m"] + v["f"]):
                    g = "t"
                else:
                    mf = Counter({"m": v["m"], "f": v["f"]})
                    top, n = mf.most_common(1)[0]
                    g = top if n > 0 else None
            else:
                g = top
        if prior and (g is None or (prior in ("m", "f") and v[prior] * 3 >= v[g])):
            g = prior
        listed = _listed(c)
        if listed and g != listed and g in ("m", "f") and (
                (v[listed] > 0 and not (v[g] >= 6 and v[g] >= 4 * (v[listed] + 1)))
                or (v[listed] == 0 and v[g] <= 3 and prior != g)):
            # a given name the name lists give to one sex holds against pronouns that
            # cross to it from the other one of a couple (both kinds resolved to it),
            # unless they overwhelm it; pronouns of one kind only, when they are few and
            # the name's own he/she did not say so too
            g = listed
        titled = _title_genders(c)
        if len(titled) == 1:
            g = titled.pop()      # "Mrs. Brandvold" is a woman whatever the he's near her say
        if g:
            out[c.id] = g
    return out


def _listed(c) -> Optional[str]:
    """The sex the name lists give the character's given name ("Tomasz": m), if any."""
    t, core = split_title(norm_name(c.name or ""))
    return listed_gender(core[0]) if core and t is None and c.named else None


def _title_genders(c) -> set[str]:
    """Genders the character's titled names give ("Mrs.", "Mr."), none for "Dr."."""
    out = set()
    for a in c.forms:
        t, core = split_title(norm_name(a))
        g = title_gender(t) if t and core else None
        if g:
            out.add(g)
    return out


def run(doc: Document, cfg: Config) -> None:
    """Third-person pronouns and person nominals (narration and dialogue) to characters;
    referential gender of every character from the pronouns resolved to it."""
    votes: dict[str, Counter] = defaultdict(Counter)
    if doc.characters:
        Walker(doc, _genders(doc, {}), cfg, votes=votes).run()
    genders = _genders(doc, votes)
    w = Walker(doc, genders, cfg)
    w.run()
    # nominal entities picked up again become unnamed characters; the rest stay singletons
    w.out = [(vs, ve, w.merged.get(eid, eid) if eid else eid, kind, inq) for vs, ve, eid, kind, inq in w.out]
    ent_count = Counter(eid for _, _, eid, _, _ in w.out if eid and eid[0] in "ngt")
    ent_map: dict[str, Optional[str]] = {}
    min_ment = _opt(cfg, "coref_min_nominal_chain", 2)
    # an unnamed person goes by the definite description the text uses most ("the mariner"
    # for "an elderly mariner ... the mariner ... the mariner"), else by their first mention
    handles: dict[str, Counter] = defaultdict(Counter)
    for vs, ve, eid, kind, _ in w.out:
        if kind == "NOM" and eid and eid[0] == "n":
            t = " ".join(doc.view[vs:ve].split())
            if t[:4].lower() == "the " and len(t.split()) <= 3:
                handles[eid]["the " + t[4:]] += 1
    for eid, n in ent_count.items():
        if n >= min_ment:
            cid = doc.new_character_id()
            g = w.genders.get(eid)
            group = eid[0] in "gt"
            name = handles[eid].most_common(1)[0][0] if handles.get(eid) else " ".join(w.ent_text[eid].split())
            doc.characters.append(Character(id=cid, name=name, aliases=[],
                                            pronouns="they/them" if group else (lx.PRONOUN_SETS.get(g) if g else None),
                                            named=False, kind="group" if group else "person", count=0))
            ent_map[eid] = cid
    existing = {(m.start, m.end) for m in doc.mentions}
    new = []
    for vs, ve, eid, kind, inq in w.out:
        s, e = doc.to_source(vs, ve)
        if (s, e) in existing:
            continue
        existing.add((s, e))
        if eid is not None and eid[0] in "ngt":
            lone_they = eid[0] == "t"
            eid = ent_map.get(eid)
            if eid is None and (lone_they or not w.emit_null):
                continue
        new.append(Mention(s, e, eid, kind, inq))
    doc.mentions.extend(new)
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    # runners-up of pronouns inside quotes, for run_quotes once speakers are known
    alts = {}
    for v, ids in w.alts.items():
        ids = [ent_map.get(x) if x[0] in "ngt" else x for x in ids]
        alts[doc.to_source(v, v)[0]] = [x for x in ids if x]
    doc.__dict__["_coref_alts"] = alts
    for c in doc.characters:
        g = genders.get(c.id)
        if g:
            c.pronouns = lx.PRONOUN_SETS.get(g, c.pronouns)
    _merge_introduced(doc)
    _merge_named_relatives(doc)
    _merge_parent_called(doc)
    _merge_teller_calls(doc)


def _apply_merge(doc: Document, merged: dict[str, str]) -> None:
    """Characters merged into others (old id -> new id): every mention, quote, kept
    runner-up and section teller points to the one kept, and the old ones leave the cast."""
    if not merged:
        return
    for m in doc.mentions:
        if m.character in merged:
            m.character = merged[m.character]
    for q in doc.quotes:
        q.speaker = merged.get(q.speaker, q.speaker)
        q.addressees = list(dict.fromkeys(merged.get(a, a) for a in q.addressees if merged.get(a, a) != q.speaker))
    alts = doc.__dict__.get("_coref_alts") or {}
    for k, ids in alts.items():
        alts[k] = list(dict.fromkeys(merged.get(x, x) for x in ids))
    for s in doc.sections:
        s.narrator = merged.get(s.narrator, s.narrator)
        s.focal = merged.get(s.focal, s.focal)
    doc.characters = [c for c in doc.characters if c.id not in merged]


# "He said his name was Idris", "she introduced herself as Marguerite Vell"
_NAME_WAS = re.compile(r"\b(?P<p>[Hh]is|[Hh]er|[Hh]e|[Ss]he)\s+(?:name\s+(?:was|is|turned\s+out\s+to\s+be)|"
                       r"introduced\s+(?:himself|herself)\s+as)\s+(?P<n>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


def _merge_introduced(doc: Document) -> None:
    """"The man who kept the hut ... He said his name was Idris": a person met by
    description or known only as "he", who then gives a name in the narration, is the
    character of that name throughout."""
    if not doc.mentions:
        return
    alias = {}
    for c in doc.characters:
        if c.named:
            for a in (c.name, *c.aliases):
                alias.setdefault(norm_name(a), c.id)
    by_start = {m.start: m for m in doc.mentions if m.kind == "PRON"}
    by_id = {c.id: c for c in doc.characters}
    qi = quote_index(doc)
    merged: dict[str, str] = {}
    for m in _NAME_WAS.finditer(doc.view):
        if qi.find(m.start()) >= 0:
            continue
        s = doc.to_source(m.start("p"), m.start("p"))[0]
        pm = by_start.get(s)
        name = m.group("n")
        new = alias.get(norm_name(name)) or alias.get(norm_name(name.split()[0]))
        old = by_id.get(pm.character) if pm and pm.character else None
        if new and old is not None and not old.named and old.kind != "group" and old.id != new:
            merged.setdefault(old.id, new)
    _apply_merge(doc, merged)


_OWNED_KIN = re.compile(r"^(my|her|his)\s+(?:(?:little|big|older|younger|baby|kid|elder|eldest|twin)\s+)?(\w+)$", re.I)


def _merge_named_relatives(doc: Document) -> None:
    """"Her brother's van was parked outside. Casimir Marsh fixed boilers": an unnamed
    relative of a named character ("her brother", "my brother") is the one named character
    of that sex who carries the owner's surname, when there is exactly one (and the
    relative is never named beside them in one sentence)."""
    gender = _char_genders(doc)
    named = [c for c in doc.characters if c.named and c.kind != "group" and len(c.name.split()) >= 2
             and not any(w.lower() in kinship.KIN for w in c.name.split())]
    by_id = {c.id: c for c in doc.characters}
    firsts: dict[str, Mention] = {}
    pron_at: dict[int, Optional[str]] = {}      # "her" of "her brother" starts where it does
    for m in doc.mentions:
        if m.character and m.character not in firsts:
            firsts[m.character] = m
        if m.kind == "PRON":
            pron_at.setdefault(m.start, m.character)
    merged: dict[str, str] = {}
    for r in doc.characters:
        if r.named or r.kind == "group" or r.id not in firsts:
            continue
        mt = _OWNED_KIN.match(r.name.strip())
        k = kinship.KIN.get(mt.group(2).lower()) if mt else None
        if k is None or k.sex is None:
            continue
        first = firsts[r.id]
        if mt.group(1).lower() == "my":
            owner = next((s.narrator for s in doc.sections if s.narration == "first"
                          and s.start <= first.start < s.end), None)
        else:
            owner = pron_at.get(first.start)
        o = by_id.get(owner) if owner else None
        if o is None or not o.named or len(o.name.split()) < 2:
            continue
        surname = o.name.split()[-1]
        cands = [c for c in named if c.id != o.id and c.name.split()[-1] == surname and gender.get(c.id) == k.sex]
        if len(cands) == 1 and not _named_together(doc, r.id, cands[0].id):
            merged[r.id] = cands[0].id
    _apply_merge(doc, merged)


def _merge_parent_called(doc: Document) -> None:
    """"They're not flowers, Dad" and "Her father rang ... because Brendan Kavanagh
    believed": a character named only by a parent word ("Dad", "Mum") is the one named
    person of that sex who shares a surname with another character and is named after a
    parent noun of that sex in the same sentence ("her father ... Brendan Kavanagh", "my
    mom, Guadalupe Ibarra"; not "Efua had her mother's opinions", where Efua owns the
    mother). A mother and a father called so join a family together or not at all."""
    gender = _char_genders(doc)
    named = [c for c in doc.characters if c.named and c.kind != "group" and len(c.name.split()) >= 2
             and not any(w.lower() in kinship.KIN or w.lower().rstrip(".") in TITLES
                         for w in c.name.split())]
    surnames = Counter(c.name.split()[-1] for c in named)
    at: dict[str, list[int]] = defaultdict(list)
    for m in doc.mentions:
        if m.character and m.kind == "PROP":
            at[m.character].append(m.start)
    # "her father ..." earlier in the sentence that names someone, per sex
    before = {sex: re.compile(r"\b(?:my|her|his|your|their|our)\s+(?:" + "|".join(
        sorted(w for w in kinship.PARENT_WORDS if kinship.KIN[w].sex == sex)) + r")\b[^.!?\n]*$", re.I)
        for sex in {kinship.KIN[w].sex for w in kinship.PARENT_WORDS} - {None}}
    planned: dict[str, Optional[str]] = {}
    owned: dict[str, str] = {}      # unnamed "her father" -> the one named there
    for r in doc.characters:
        word = r.name.strip().lower()
        mt = _OWNED_KIN.match(r.name.strip()) if not r.named else None
        if mt:
            word = mt.group(2).lower()       # "Her father rang ... because Brendan Kavanagh"
        k = kinship.KIN.get(word)
        if (not r.named and not mt) or k is None or k.sex is None or word not in kinship.PARENT_WORDS:
            continue
        cands = [c for c in named if gender.get(c.id) == k.sex and surnames[c.name.split()[-1]] >= 2
                 and any(before[k.sex].search(doc.source[max(0, p - 200):p]) for p in at.get(c.id, ()))]
        # (an unnamed "her father" is named in that very sentence: no veto for that)
        ok = len(cands) == 1 and (mt or not _named_together(doc, r.id, cands[0].id))
        if mt:
            if ok:
                owned[r.id] = cands[0].id
            continue
        planned[r.id] = cands[0].id if ok else None
    heads = list(planned.values())
    by_id = {c.id: c for c in doc.characters}
    if len(heads) >= 2 and (None in heads or len({by_id[h].name.split()[-1] for h in heads}) > 1):
        planned = {}
    _apply_merge(doc, {**owned, **{r: h for r, h in planned.items() if h}})


def _merge_teller_calls(doc: Document) -> None:
    """One teller whom others call by different forms ("Junebug" from her brother,
    "Halloran" from the chef, "Juno" from her boyfriend, "Jun" from her ex): part tellers
    who are one person, then calls to the teller that made characters of their own."""
    firsts = [s for s in doc.sections if s.narration == "first" and s.narrator]
    by_id = {c.id: c for c in doc.characters}
    _merge_tellers(doc, firsts, by_id)
    _merge_calls_to_teller(doc, firsts, by_id)


def _tellers(firsts: list) -> list[str]:
    return list(dict.fromkeys(s.narrator for s in firsts))


def _fold_forms(doc: Document, merged: dict[str, str], by_id: dict) -> None:
    """The kept character takes the merged ones' forms of its name, then the merge."""
    for x, y in merged.items():
        by_id[y].aliases = list(dict.fromkeys([*by_id[y].aliases, by_id[x].name, *by_id[x].aliases]))
    _apply_merge(doc, merged)


def _merge_tellers(doc: Document, firsts: list, by_id: dict) -> None:
    """Where a part's teller was found only by the name others call them, and that one-word
    name is the family name or a clipped form of another part's teller (of a fuller name, or
    of a longer one-word one: "Jun" of "Junebug"), and neither name is ever used for a third
    person in the narration of the other's parts, they are one teller."""
    tellers = _tellers(firsts)
    # where each teller is named in narration (outside quotes), in the third person
    told_of: dict[str, list[int]] = defaultdict(list)
    for m in doc.mentions:
        if m.character in tellers and m.kind == "PROP" and not m.in_quote:
            told_of[m.character].append(m.start)

    def parts_of(cid):
        return [(s.start, s.end) for s in firsts if s.narrator == cid]

    def named_in(cid, parts):
        return any(a <= p < b for p in told_of.get(cid, ()) for a, b in parts)

    gender = _char_genders(doc)
    merged: dict[str, str] = {}
    for x in tellers:
        cx = by_id.get(x)
        if cx is None or not cx.named or len(cx.name.split()) != 1:
            continue
        for y in tellers:
            cy = by_id.get(y)
            if y == x or y in merged or cy is None or not cy.named or (len(cy.name.split()) < 2 and len(cy.name) <= len(cx.name)):
                continue
            if not _call_form(cx.name, cy) or (gender[x] and gender[y] and gender[x] != gender[y]):
                continue
            if named_in(x, parts_of(y)) or named_in(y, parts_of(x)):
                continue
            merged[x] = y
            break
    _fold_forms(doc, merged, by_id)


def _merge_calls_to_teller(doc: Document, firsts: list, by_id: dict) -> None:
    """"Jun. Hey." -- a one-word name only ever said inside quotes, in parts all told by
    one teller whose name it clips ("Jun" of Juno), is that teller called by an ex's
    form of the name, not a person of its own."""
    tellers = _tellers(firsts)
    said: dict[str, list[int]] = defaultdict(list)
    spoken_of = set()
    for m in doc.mentions:
        if m.character is None:
            continue
        if m.kind == "PROP" and m.in_quote:
            said[m.character].append(m.start)
        elif m.kind in ("PROP", "NOM"):
            spoken_of.add(m.character)
    merged: dict[str, str] = {}
    for x, starts in said.items():
        cx = by_id.get(x)
        if cx is None or x in tellers or x in spoken_of or not cx.named or len(cx.name.split()) != 1 \
                or cx.kind != "person":
            continue
        who = {next((s.narrator for s in firsts if s.start <= p < s.end), None) for p in starts}
        if len(who) != 1 or None in who:
            continue
        (y,) = who
        cy = by_id.get(y)
        if cy is not None and cy.named and cy.name != cx.name and _call_form(cx.name, cy):
            merged[x] = y
    _fold_forms(doc, merged, by_id)


def _call_form(name: str, c: Character) -> bool:
    """"Halloran" is Juno Halloran's family name; "Junebug" and "Juno" share a clipped
    start of three letters or more."""
    words = c.name.split()
    return name == words[-1] or len(os.path.commonprefix([name.lower(), words[0].lower()])) >= 3


def _named_together(doc: Document, a: str, b: str) -> bool:
    """Mentions of a and b in one sentence of one paragraph (two people, not one)."""
    where = defaultdict(set)
    for m in doc.mentions:
        if m.character in (a, b) and m.kind in ("PROP", "NOM"):
            v = doc.to_view(m.start, m.end)[0]
            blk = doc.block_at(v)
            sdoc = doc.parses.get(blk.index) if blk else None
            if sdoc is None:
                continue
            vs = v - blk.vstart
            tok = next((t for t in sdoc if t.idx <= vs < t.idx + len(t.text) + 1), None)
            if tok is not None:
                where[m.character].add((blk.index, tok.sent.start))
    return bool(where[a] & where[b])


def _fix_third_person(doc: Document) -> None:
    """A he/she inside a quote is rarely its own speaker or the one it is said to: take
    the runner-up."""
    alts = doc.__dict__.get("_coref_alts") or {}
    if not alts:
        return
    qs = sorted((q.start, q.end, q.speaker, q.addressees[0] if len(q.addressees) == 1 else None)
                for q in doc.quotes if q.speaker)
    starts = [q[0] for q in qs]
    from bisect import bisect_right
    for m in doc.mentions:
        if m.kind != "PRON" or not m.in_quote or m.start not in alts:
            continue
        i = bisect_right(starts, m.start) - 1
        # nor is it the one spoken to ("He could have killed you" said to you)
        if i < 0 or not (qs[i][0] <= m.start < qs[i][1]) or m.character not in qs[i][2:]:
            continue
        other = [x for x in alts[m.start] if x not in qs[i][2:]]
        if other:
            m.character = other[0]


def _pron_gender(doc: Document, m: Mention) -> Optional[str]:
    """"m" or "f" for a he/she mention, else None."""
    g = lx.PRONOUNS.get(doc.source[m.start:m.end].lower(), (None,))[0]
    return g if g in ("m", "f") else None


def _char_genders(doc: Document) -> dict[str, Optional[str]]:
    """Each character's gender from its pronouns: "m", "f", "x" (they, neopronouns) or
    None (no pronouns known)."""
    return {c.id: ("m" if c.pronouns.startswith("he") else "f" if c.pronouns.startswith("she") else "x")
            if c.pronouns else None for c in doc.characters}


def _relink_called(doc: Document) -> None:
    """"Say it now, Matthias." / "I've loved you for years." He said it to her: the
    speakers stage found that "He" answers the call, where coreference had taken the last
    man named. The pronoun goes to the one called, and so do the narration's next
    pronouns of that gender that followed the same wrong lead, through the next
    paragraph, until a name of that gender intervenes."""
    called = doc.__dict__.get("_called_pronouns") or {}
    if not called:
        return
    said = {(q.block, q.speaker) for q in doc.quotes if q.speaker}
    ments = doc.mentions
    starts = [m.start for m in ments]
    gender = _char_genders(doc)
    for vpos, who in sorted(called.items()):
        b = doc.block_at(vpos)
        if b is None or (b.index, who) not in said:
            continue
        s = doc.to_source(vpos, vpos)[0]
        i = bisect_left(starts, s)
        if i >= len(ments) or ments[i].start != s or ments[i].kind != "PRON":
            continue
        if ments[i].character == who or _pron_gender(doc, ments[i]) is None:
            continue
        nxt = next((x for x in doc.blocks[b.index + 1:] if x.is_narrative), None)
        _relink(doc, i, who, (nxt or b).end, gender)


def _born_of_pronoun(doc: Document, cid: Optional[str]) -> bool:
    c = doc.character(cid) if cid else None
    return c is not None and not c.named and c.name in lx.PRONOUNS


def _relink(doc: Document, i: int, who: str, stop: int, gender: dict) -> None:
    """Mention i goes to ``who``, and so do the narration's next pronouns of its gender
    that had the same character, up to source offset ``stop`` or a name of that gender."""
    ments = doc.mentions
    old = ments[i].character
    g = _pron_gender(doc, ments[i])
    for m in ments[i:]:
        if m.start >= stop:
            break
        if m.kind in ("PROP", "NOM") and not m.in_quote and gender.get(m.character) == g:
            break
        if m.kind == "PRON" and not m.in_quote and m.character == old and _pron_gender(doc, m) == g:
            m.character = who


def _relink_after_talk(doc: Document) -> None:
    """A paragraph of narration right after an exchange, opening on a he/she before any
    name ("'You can, actually.' / And I kissed her"), means someone in that exchange:
    when coreference took a person only talked about in it, and exactly one speaker or
    listener of the exchange has that gender (the first-person teller aside), the
    pronoun is that one."""
    ments = doc.mentions
    if not ments or not doc.quotes:
        return
    starts = [m.start for m in ments]
    gender = _char_genders(doc)
    by_block = defaultdict(list)
    for q in doc.quotes:
        by_block[q.block].append(q)
    blocks = list(doc.narrative_blocks())
    tellers = sorted((s.start, s.end, s.narrator) for s in doc.sections if s.narration == "first")
    for k, b in enumerate(blocks):
        if k < 1 or by_block.get(b.index) or not by_block.get(blocks[k - 1].index):
            continue
        talk = [q for x in blocks[max(0, k - 3):k] for q in by_block.get(x.index, ())]
        people = {x for q in talk for x in (q.speaker, *q.addressees) if x}
        # the paragraph's he/she before its first name, the teller's own I/me aside ("She
        # sat down on the deck beside him": both)
        nxt = blocks[k + 1] if k + 1 < len(blocks) else b
        i = bisect_left(starts, b.start)
        while i < len(ments) and ments[i].start < b.end:
            m = ments[i]
            i += 1
            if m.kind == "NARR":
                continue
            if m.kind != "PRON" or m.in_quote:
                break
            g = _pron_gender(doc, m)
            if g is None or m.character in people:
                continue
            j = bisect_left(tellers, (m.start + 1,)) - 1
            me = tellers[j][2] if j >= 0 and tellers[j][0] <= m.start < tellers[j][1] else None
            # one of unknown gender fits too ("Lucan", whom no list and no he/she has settled)
            fits = [x for x in people if x != me and x in gender and gender[x] in (g, None)]
            if len(fits) == 1:
                # a person born of a lone "she" (nobody of hers in sight) is the one found
                # for it, on until the next name of that gender
                born = _born_of_pronoun(doc, m.character)
                _relink(doc, i - 1, fits[0], len(doc.source) if born else nxt.end, gender)


def _relink_introduced(doc: Document) -> None:
    """"Teodor. Teodor Vance." He held out his hand: a speaker who names themself in the
    line was, until then, only "he". The he/she of that gender in the narration of the
    line's paragraph, when coreference gave it to someone else, is the speaker, and so is
    the run of that someone's pronouns it belongs to: back to where a name or a noun of
    that gender last stood in the narration, and on until the next one. A person born of
    a lone pronoun is the speaker throughout."""
    intros = [q for q in doc.quotes if q.method == "self-named" and q.speaker]
    if not intros:
        return
    gender = _char_genders(doc)
    ments = doc.mentions
    starts = [m.start for m in ments]
    by_block: dict[int, list] = defaultdict(list)
    for o in doc.quotes:
        by_block[o.block].append(o)
    merged: dict[str, str] = {}
    # a person known only as "he" who spoke or was spoken to in the talk just before the
    # line ("Says here you're Greer." / "Good. I'm Teodor.") is the one who names themself
    for q in intros:
        for o in (o for bi in range(q.block - 4, q.block + 1) for o in by_block.get(bi, ())):
            if o.start < q.start:
                for x in (o.speaker, *o.addressees):
                    if x and x != q.speaker and _born_of_pronoun(doc, x) and gender.get(q.speaker) in (gender.get(x), None):
                        merged.setdefault(x, q.speaker)
    said = {q.block: q.speaker for q in intros}
    for bi, who in sorted(said.items()):
        b = doc.blocks[bi]
        for i in range(bisect_left(starts, b.start), bisect_left(starts, b.end)):
            m = ments[i]
            if m.kind != "PRON" or m.in_quote or m.character in (None, who):
                continue
            g = _pron_gender(doc, m)
            if g is None or gender.get(who) not in (g, None):
                continue
            if _born_of_pronoun(doc, m.character):
                merged.setdefault(m.character, who)
                continue
            old = m.character
            for x in reversed(ments[:i]):
                if x.kind in ("PROP", "NOM") and not x.in_quote and gender.get(x.character) == g:
                    break
                if x.kind == "PRON" and not x.in_quote and x.character == old and _pron_gender(doc, x) == g:
                    x.character = who
            _relink(doc, i, who, len(doc.source), gender)
            break
    _apply_merge(doc, merged)     # and the lines given to "he" before the name was known


# a name that opens or closes a line, set off by a comma: "No, Mari," / "Mari, come here."
_CALL_OPEN = re.compile(r"^\W*([A-Z][\w'\u2019-]+)\s*,")
_CALL_CLOSE = re.compile(r",\s*([A-Z][\w'\u2019-]+)\W*$")


def _merge_called_pronoun_people(doc: Document) -> None:
    """'"No, Mari," I tell her': a person known so far only as "she" (born of a lone
    pronoun) who is spoken to by a name is the one of that name, when it is a named
    character of her gender (or of none known) other than the speaker."""
    gender = _char_genders(doc)
    names: dict[str, set] = defaultdict(set)
    for c in doc.characters:
        if c.named:
            for a in (c.name, *c.aliases):
                names[norm_name(a)].add(c.id)
    merged: dict[str, str] = {}
    for q in doc.quotes:
        if len(q.addressees) != 1 or not _born_of_pronoun(doc, q.addressees[0]):
            continue
        x = q.addressees[0]
        text = doc.view[q.vstart:q.vend]
        m = _CALL_OPEN.match(text) or _CALL_CLOSE.search(text)
        hits = names.get(norm_name(m.group(1)), set()) if m else set()
        if len(hits) == 1:
            cid = next(iter(hits))
            if cid != q.speaker and gender.get(cid) in (gender.get(x), None):
                merged.setdefault(x, cid)
    _apply_merge(doc, merged)


def _turn_partner(qs, i: int, doc: Document, cfg: Config) -> Optional[str]:
    """The one spoken to when the quote names nobody: in an exchange, the speaker of the
    quote just before (else just after) in a neighbouring paragraph, when that is
    someone else."""
    if not _opt(cfg, "coref_turn_addressee", True):
        return None
    q = qs[i]
    if q.speaker is None:
        return None
    for j in (i - 1, i + 1):
        if 0 <= j < len(qs):
            o = qs[j]
            if o.speaker and o.speaker != q.speaker and abs(o.block - q.block) <= 1:
                return o.speaker
    return None


def run_quotes(doc: Document, cfg: Config) -> None:
    """I/me/my inside a quote to its speaker; you/your to its addressee (when one); a
    he/she that coreference gave to the quote's own speaker goes to the runner-up."""
    if not doc.quotes:
        return
    _fix_third_person(doc)
    _relink_called(doc)
    _relink_after_talk(doc)
    _relink_introduced(doc)
    _merge_called_pronoun_people(doc)
    existing = {(m.start, m.end) for m in doc.mentions}
    new = []
    # unknown speakers' I/you stay unlinked (null singletons cost CEAF more than they give)
    null_ok = _opt(cfg, "coref_null_quote_pronouns", False)
    qs = sorted(doc.quotes, key=lambda q: q.start)
    for qi_, q in enumerate(qs):
        if q.speaker is None and len(q.addressees) != 1 and not null_ok:
            continue
        addressee = q.addressees[0] if len(q.addressees) == 1 else _turn_partner(qs, qi_, doc, cfg)
        b = doc.block_at(q.vstart)
        while b is not None and b.vstart < q.vend:
            sp = doc.parses.get(b.index)
            if sp is not None:
                for t in sp:
                    v = b.vstart + t.idx
                    if v < q.vstart or v >= q.vend:
                        continue
                    low = t.lower_
                    cid = None
                    if low in STANDALONE_POSS:
                        continue
                    if low in lx.FIRST_PERSON and (low != "i" or t.text == "I"):
                        cid = q.speaker
                    elif low in lx.SECOND_PERSON:
                        cid = addressee
                    elif low in VOCATIVE_NOUNS and len(q.addressees) == 1 and _opt(cfg, "coref_vocatives", True):
                        # "Yes, sir." / "my dear": the one addressed
                        i0 = t.i - 1 if t.i > 0 and sp[t.i - 1].lower_ == "my" else t.i
                        if not _is_vocative(sp, i0, t.i + 1, True):
                            continue
                        s, e = doc.to_source(b.vstart + sp[i0].idx, v + len(t.text))
                        if (s, e) not in existing:
                            existing.add((s, e))
                            new.append(Mention(s, e, q.addressees[0], "NOM", True))
                        continue
                    else:
                        continue
                    if cid is None and not null_ok:
                        continue
                    s, e = doc.to_source(v, v + len(t.text))
                    if (s, e) in existing:
                        continue
                    existing.add((s, e))
                    new.append(Mention(s, e, cid, "PRON", True))
            nxt = b.index + 1
            b = doc.blocks[nxt] if nxt < len(doc.blocks) else None
    doc.mentions.extend(new)
    doc.mentions.sort(key=lambda m: (m.start, m.end))
