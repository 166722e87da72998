"""Coreference of character mentions: pronouns, nominals, first person (issue #3).

A rule-based mention-ranking resolver, one left-to-right pass over the blocks (no pair
loop over the novel): every name or resolved pronoun updates a short salience history;
a third-person pronoun picks the best compatible character in it by recency, subject
salience, gender agreement and binding. Referential gender comes from the pronouns the
work uses: a first pass counts pronouns that have only one possible antecedent.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

from ficlens.config import Config
from ficlens.document import Document, Mention
from ficlens.characters import lexicon as lx
from ficlens.characters import quote_index
from ficlens.characters.names import norm_name

_SUBJ = ("nsubj", "nsubjpass")
WINDOW_SENTS = 6          # how far back a pronoun looks for its antecedent
MAX_HIST = 24


@dataclass
class Ent:
    cid: str
    vpos: int
    sent: int
    block: int
    subj: bool
    head: int            # token index of the mention's syntactic head (same block only)
    quote: int           # quote index or -1


def _known_mentions(doc: Document) -> dict[int, tuple[int, str, str]]:
    """view start -> (view end, character id, kind) of mentions already placed."""
    out = {}
    for m in doc.mentions:
        if m.character is None:
            continue
        vs, ve = doc.to_view(m.start, m.end)
        out[vs] = (ve, m.character, m.kind)
    return out


def _first_person_spans(doc: Document) -> list[tuple[int, int]]:
    spans = []
    for s in doc.sections:
        if s.narration == "first":
            spans.append(doc.to_view(s.start, s.end))
    return spans


def _plural_context(sp, i_from: int, i_to: int) -> bool:
    """A plural noun phrase or a coordination between two points: "they" may be plural."""
    for t in sp[max(0, i_from):i_to]:
        if (t.tag_ == "NNS" and t.lemma_.lower() in lx.PERSON_NOUNS) or t.tag_ == "NNPS" or (
                t.dep_ == "cc" and t.lower_ == "and" and t.head.pos_ == "PROPN"):
            return True
        if t.lower_ in ("we", "us", "both", "together", "everyone", "all"):
            return True
    return False


def _walk(doc: Document, genders: dict[str, str], votes: Optional[dict], emit: Optional[list]):
    """One pass: with votes given, count pronouns with a single possible antecedent; with
    emit given, resolve every pronoun and append (vstart, vend, cid, in_quote)."""
    known = _known_mentions(doc)
    qi = quote_index(doc)
    starts = sorted(known)
    hist: list[Ent] = []
    sent = 0
    first_spans = _first_person_spans(doc)
    for b in doc.narrative_blocks():
        sp = doc.parses.get(b.index)
        if sp is None:
            continue
        lo = bisect_left(starts, b.vstart)
        block_known = {}
        while lo < len(starts) and starts[lo] < b.vend:
            block_known[starts[lo]] = known[starts[lo]]
            lo += 1
        for t in sp:
            if t.is_sent_start:
                sent += 1
            v = b.vstart + t.idx
            k = block_known.get(v)
            if k is not None:
                ve, cid, kind = k
                head = _span_head(sp, t, b.vstart, ve)
                hist.append(Ent(cid, v, sent, b.index, head.dep_ in _SUBJ, head.i, qi.find(v)))
                if len(hist) > MAX_HIST:
                    del hist[0]
                continue
            low = t.lower_
            pr = lx.PRONOUNS.get(low)
            if pr is None:
                continue
            g, case = pr
            if low == "her" and t.tag_ == "PRP$":
                case = "poss"
            if g == "ey" and low in ("em",) and t.tag_ not in ("PRP",):
                continue
            if g in ("ey", "fae") and not any(genders.get(c) == g for c in genders):
                continue   # "em"/"ey" as words or names; only for a character so referred to
            qv = qi.find(v)
            cands = _candidates(hist, sent, qv)
            if votes is not None:
                distinct = {e.cid for e in cands if sent - e.sent <= 1}
                if len(distinct) == 1:
                    cid = distinct.pop()
                    if g == "t" and (low != "themself" and _plural_context(sp, 0, t.i)):
                        continue
                    votes[cid][g] += 1
                continue
            cid, score = _choose(cands, g, case, t, sp, genders, sent, qv, b.index)
            if cid is None:
                continue
            if g == "t" and (genders.get(cid) != "t" or _they_plural(hist, cid, sent, sp, t, b.index)):
                continue
            emit.append((v, v + len(t.text), cid, qv >= 0))
            hist.append(Ent(cid, v, sent, b.index, t.dep_ in _SUBJ, t.i, qv))
            if len(hist) > MAX_HIST:
                del hist[0]
        sent += 1   # paragraph boundary weighs like a sentence


def _they_plural(hist: list[Ent], cid: str, sent: int, sp, t, blk: int) -> bool:
    """Singular "they" only right after its character, with no plural in between."""
    last = next((e for e in reversed(hist) if e.cid == cid), None)
    if t.lower_ == "themself":
        return False
    if last is None or sent - last.sent > 2:
        return True
    start = last.head + 1 if last.block == blk else 0
    return _plural_context(sp, start, t.i)


def _span_head(sp, first, base: int, ve: int):
    j = first.i + 1
    while j < len(sp) and base + sp[j].idx < ve:
        j += 1
    return sp[first.i:j].root


def _candidates(hist: list[Ent], sent: int, qv: int) -> list[Ent]:
    out = []
    for e in reversed(hist):
        if sent - e.sent > WINDOW_SENTS:
            break
        out.append(e)
    return out


def _choose(cands: list[Ent], g: str, case: str, tok, sp, genders, sent: int, qv: int, blk: int):
    best, best_s = None, -1e9
    seen = set()
    for rank, e in enumerate(cands):
        if e.cid in seen:
            continue
        seen.add(e.cid)
        cg = genders.get(e.cid)
        if cg is not None and cg != g:
            continue
        if cg is None and g not in ("m", "f"):
            continue
        s = -0.8 * (sent - e.sent) - 0.15 * rank
        if e.subj:
            s += 1.0
        if cg is None:
            s -= 1.0
        same_sent = e.sent == sent and e.block == blk
        if same_sent and e.head >= 0:
            # binding: "he saw him" -- a non-reflexive object is not its clause's subject
            try:
                ant = sp[e.head]
                if case == "obj" and ant.dep_ in _SUBJ and ant.head.i == tok.head.i:
                    s -= 5
                if case == "refl" and ant.dep_ in _SUBJ and ant.head.i == tok.head.i:
                    s += 3
            except IndexError:
                pass
        if (qv >= 0) != (e.quote >= 0):
            s -= 0.5
        if s > best_s:
            best, best_s = e.cid, s
    return best, best_s


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
        if g:
            out[c.id] = g
    return out


def run(doc: Document, cfg: Config) -> None:
    """Third-person pronouns (narration and dialogue) to characters, and pronoun sets."""
    if not doc.characters:
        return
    votes: dict[str, Counter] = defaultdict(Counter)
    prior = _genders(doc, {})
    _walk(doc, prior, votes, None)
    genders = _genders(doc, votes)
    emit: list = []
    _walk(doc, genders, None, emit)
    used = Counter()
    existing = {(m.start, m.end) for m in doc.mentions}
    new = []
    for vs, ve, cid, inq in emit:
        s, e = doc.to_source(vs, ve)
        if (s, e) in existing:
            continue
        new.append(Mention(s, e, cid, "PRON", inq))
        used[(cid, lx.PRONOUNS[doc.view[vs:ve].lower()][0])] += 1
    doc.mentions.extend(new)
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    for c in doc.characters:
        g = genders.get(c.id)
        if g:
            c.pronouns = lx.PRONOUN_SETS.get(g, c.pronouns)


def run_quotes(doc: Document, cfg: Config) -> None:
    """I/me/my inside a quote to its speaker; you/your to its addressee (when one)."""
    if not doc.quotes:
        return
    existing = {(m.start, m.end) for m in doc.mentions}
    new = []
    for q in doc.quotes:
        if q.speaker is None and len(q.addressees) != 1:
            continue
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
                    if low in lx.FIRST_PERSON and (low != "i" or t.text == "I"):
                        cid = q.speaker
                    elif low in lx.SECOND_PERSON and len(q.addressees) == 1:
                        cid = q.addressees[0]
                    if cid is None:
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
