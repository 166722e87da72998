"""Relationships: who loves, befriends or fights whom, and how the arc runs (issue #6).

Pairs come only from the work's own characters and what the text does with them: cue
words linking two anchored characters (cues.py), quotes between them, shared paragraphs.
Each pair gets a score per kind, the kind with the highest score, its evidence in story
order with arc stages, and a status at the end. ``doc.relationships`` is sorted with the
main pairing first.
"""
from __future__ import annotations

import math
from dataclasses import replace
from collections import Counter, defaultdict
from typing import Optional

from ficlens.config import Config
from ficlens.document import Document, Evidence, Relationship
from ficlens.linguistics import kinship
from ficlens.relationships import lexicon as L
from ficlens.relationships.anchors import Anchors, build as build_anchors
from ficlens.relationships.cues import Found, Hit, family_name, scan

# the scale of evidence: a kiss (1.3) gives ~0.66, a kiss and "my girlfriend" ~0.94
SATURATION = 1.2
# talk and shared paragraphs make a bond, but never outweigh one explicit cue
INTERACTION_CAP = 0.6
# all the evidence whose other side was guessed from the scene counts at most this much
# (below the 0.5 line on its own: a guess alone never makes a romance)
GUESSED_CAP = 0.8
# the cues decide the kind once their best kind reaches this; below it, talk decides
EXPLICIT_MIN = 0.3
MAX_EVIDENCE = 40
MAX_PAIRS = 200
ONCE = {"first meeting", "confession", "first kiss", "first date", "proposal", "marriage"}


def run(doc: Document, cfg: Config) -> None:
    doc.relationships = []
    if not doc.characters:
        return
    an = build_anchors(doc)
    found = scan(doc, an)
    for cid, v in an.guessed_pron.items():
        c = doc.character(cid)
        if c is not None:
            c.extra["pronoun_guesses"] = dict(v)
    found.hits.extend(_kin_named(doc, an))
    found.hits.extend(_shared_surnames(doc))
    found.hits.extend(_widowed(doc, found))
    # "Mum" and "Papa" are the teller's parents: neither is the other's mother or father
    # ("Papa peeled it the way his mother taught him"), whoever calls whom "Papa"
    parents = _parent_named(doc)
    found.hits = [h for h in found.hits if not (h.a in parents and h.b in parents and (
        h.role or h.weights.get(L.F, 0) > 0 and not h.cue.affection))]
    found.hits = _one_family_per_parent(found.hits)
    for d in found.deaths:
        c = doc.character(d.char)
        if c is not None and not d.past and "death" not in c.extra:
            c.extra["death"] = list(doc.to_source(d.vstart, d.vend))
    doc.relationships = build(doc, found)


# ------------------------------------------------------------------ extra evidence -------

def _kin_word(name: str) -> Optional[str]:
    w = name.strip().lower()
    return w if w in L.FAMILY_NOUNS else None       # (the family calls are kin words too)


def _one_family_per_parent(hits: list[Hit]) -> list[Hit]:
    """"He stole the mint off his mother's plate": a mother (or father) whom the text
    mostly makes one character's is not, by a stray "his", also the mother of someone who
    is no family of that character; the weaker claims are dropped."""
    claims: dict[str, Counter] = defaultdict(Counter)
    firm = set()      # (child, parent) claimed by a name or a call ("Oren's mother", "Mum!")
    kin = set()
    for h in hits:
        if h.role in L.PARENT_NOUNS:
            if not h.guessed:
                claims[h.b][h.a] += h.weights.get(L.F, 0.0)
                if not h.name.startswith(("his ", "her ")):
                    firm.add((h.a, h.b))
        elif h.weights.get(L.F, 0) >= 0.7:
            kin.add(frozenset((h.a, h.b)))
    drop = set()
    for parent, by in claims.items():
        if len(by) < 2:
            continue
        (top, w), *rest = by.most_common()
        for x, wx in rest:
            if wx < w and (x, parent) not in firm and frozenset((x, top)) not in kin:
                drop.add((x, parent))
    return [h for h in hits if not (h.role in L.PARENT_NOUNS and (h.a, h.b) in drop)]


def _parent_named(doc: Document) -> set[str]:
    """Characters every form of whose name is a parent's kinship word ("Mum", "Papa")."""
    return {c.id for c in doc.characters
            if all(f.strip().lower() in kinship.PARENT_WORDS for f in (c.name, *c.aliases))}


def _kin_named(doc: Document, an: Anchors) -> list[Hit]:
    """A character called by a kinship word ("Dad", "Papa") is family of whoever calls them
    that: the first-person narrator who writes "Dad said", the speaker who says it."""
    kin: dict[str, set] = {}
    for c in doc.characters:
        # the name itself ("Dad") or a kinship word leading one of its forms ("Grandad Alf")
        for form in (c.name, *c.aliases):
            words = form.split()
            w = (_kin_word(form) or _kin_word(words[0])) if words else None
            if w:
                kin.setdefault(c.id, set()).add(w)
    if not kin:
        return []
    cue = L.Cue("called", {L.F: 0.7})
    hits = []
    for b in doc.narrative_blocks():
        sdoc = doc.parses.get(b.index)
        for i, cid in an.tok.get(b.index, {}).items():
            if cid not in kin or sdoc is None:
                continue
            t = sdoc[i]
            if i > 0 and sdoc[i - 1].head.i == i and sdoc[i - 1].lower_ in kin[cid]:
                t = sdoc[i - 1]      # "Grandad Alf": the mention's head is the name
            w = t.lower_.removesuffix("'s").removesuffix("\u2019s")
            if w not in kin[cid]:
                continue
            vpos = b.vstart + t.idx
            q = an.quote_at(b.index, vpos)
            who = q.speaker if q is not None else an.section(vpos)[0] if an.section(vpos)[1] == "first" else None
            if who and who != cid:
                hits.append(Hit(who, cid, vpos, vpos + len(t), cue, f"called {t.text}", {L.F: 0.7},
                                None, False, False, q is not None, who, role=w))
    return hits


def _shared_surnames(doc: Document) -> list[Hit]:
    """Two characters with the same family name are probably family (a married couple
    too, but their romance outweighs it)."""
    by_surname = defaultdict(list)
    for c in doc.characters:
        sur = family_name(c)
        if sur and sur.isalpha():
            by_surname[sur].append(c)
    hits = []
    cue = L.Cue("same family name", {L.F: 0.6})
    married = L.Cue("Mr and Mrs", {L.R: 1.0})
    for surname, cs in by_surname.items():
        if len(cs) < 2:
            continue
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                a, b = cs[i], cs[j]
                if a.name.split()[0] == b.name.split()[0]:
                    continue
                vpos = next((p for c in (b, a) for n in (c.name, *c.aliases)
                             for p in [_first_name_pos(doc, n)] if p is not None), None)
                if vpos is None:
                    continue
                titles = {_title_of(a, surname), _title_of(b, surname)}
                if titles == {"mr", "mrs"}:
                    # "Mr Pell" and "Mrs Pell": a married couple more often than a
                    # mother and her grown son
                    hits.append(Hit(a.id, b.id, vpos, vpos + len(b.name), married, "Mr and Mrs",
                                    {L.R: 1.0}, None, False, False, False, None))
                    continue
                hits.append(Hit(a.id, b.id, vpos, vpos + len(b.name), cue, "same family name",
                                {L.F: 0.6}, None, False, False, False, None))
    return hits


def _sex(c) -> Optional[str]:
    """ "she" or "he" from the character's pronouns."""
    p = ((c.pronouns if c is not None else None) or "").lower()
    return "she" if p.startswith("she") else "he" if p.startswith("he") else None


def _namesakes(doc: Document, x: str, sex: Optional[str] = None) -> list[str]:
    """The other named characters with x's family name (of that sex, when given)."""
    sur = family_name(doc.character(x))
    if sur is None:
        return []
    return [c.id for c in doc.characters if c.id != x and c.named and family_name(c) == sur
            and (sex is None or _sex(c) == sex)]


def _widowed(doc: Document, found: Found) -> list[Hit]:
    """One who has died ("they buried Kwabena Asante") and the one person of the other sex
    with their family name whom nothing makes their parent, child or sibling: the widow or
    widower, not more family."""
    dead = {d.char: d for d in found.deaths}
    if not dead:
        return []
    kin = {frozenset((h.a, h.b)) for h in found.hits
           if h.weights.get(L.F, 0.0) > 0 and h.name != "same family name"}
    cue = L.Cue("widowed", {L.R: 1.0})
    out = []
    for cid, d in dead.items():
        c = doc.character(cid)
        if c is None or not c.named or _sex(c) is None:
            continue
        other = [x for x in _namesakes(doc, cid, "he" if _sex(c) == "she" else "she")
                 if frozenset((cid, x)) not in kin]
        if len(other) == 1:
            out.append(Hit(cid, other[0], d.vstart, d.vend, cue, "widowed", {L.R: 1.0},
                           None, False, False, False, None))
    return out


def _title_of(c, surname: str) -> Optional[str]:
    """ "mr" or "mrs" when the character is called by that title and the surname."""
    forms = {" ".join(f.replace(".", "").lower().split()) for f in (c.name, *c.aliases)}
    found = [t for t in ("mr", "mrs") if f"{t} {surname.lower()}" in forms]
    return found[0] if len(found) == 1 else None


def _first_name_pos(doc: Document, name: str) -> Optional[int]:
    i = doc.view.find(name)
    return i if i >= 0 else None


# ------------------------------------------------------------------ scoring --------------

def _squash(x: float) -> float:
    return 1.0 - math.exp(-max(0.0, x) / SATURATION)


def kind_scores(hits: list[Hit], talk: int = 0, together: int = 0, taken: bool = False) -> dict[str, float]:
    """Per-kind scores in [0, 1]. Affection (love, hugs, endearments) between relatives is
    family love, not romance; so is it a friend's love between two the text calls friends,
    or when one of them is ``taken``: kissed, dating or married to someone else, while
    these two share nothing beyond affection."""
    sums = {k: 0.0 for k in L.KINDS}
    if any(h.cue.name in _PARTNER_NOUNS and h.weights.get(L.R, 0.0) > 0 and not h.past for h in hits):
        # "his husband": a marriage explains a shared surname
        hits = [h for h in hits if h.name != "same family name"]
    if any(h.weights.get(L.R, 0.0) >= 0.3 and not h.guessed for h in hits):
        # lovers call each other by their family names too ("Rook", "Oduya"): only
        # between two with no romance is it distance
        hits = [h for h in hits if h.cue is not L.SURNAME_CALL]
    fam_explicit = sum(h.weights.get(L.F, 0.0) for h in hits if not h.cue.affection)
    if any(h.name == "same family name" for h in hits) and \
            not any(h.weights.get(L.R, 0.0) >= 1.0 and not h.unreal for h in hits):
        # two of one family name whose only romance is light affection (a hug, "love you",
        # a face in a shoulder) and no kiss, date, partner word or love, even long past
        # ("I loved that man for forty years"): brothers, not lovers
        fam_explicit = max(fam_explicit, 1.0)
    # named kin ("her daughter") or called by a kinship word ("Nana", "Dad") by the other
    kin = any(h.weights.get(L.F, 0.0) >= 0.7 and not h.cue.affection and not h.guessed
              and h.name != "same family name" for h in hits)
    # "Tobe was her best friend": between two the text calls friends, love and hugs with
    # no kiss, date or partner word beside them are a friend's love
    friends = any(h.weights.get(L.P, 0.0) >= 1.2 and not h.cue.affection and not h.guessed
                  and not h.past for h in hits) and \
        not any(h.weights.get(L.R, 0.0) >= 1.0 and not h.cue.affection for h in hits)
    friends = friends or (taken and not _shown(hits))
    guessed = {k: 0.0 for k in L.KINDS}
    for h in hits:
        if h.cue.affection and fam_explicit >= 1.0:
            total = sum(h.weights.values())
            sums[L.F] += 0.5 * total
            continue
        if h.cue.affection and friends:
            sums[L.P] += 0.5 * sum(h.weights.values())
            continue
        for k, w in h.weights.items():
            # relatives named as such ("her daughter") are not lovers: romance cues between
            # them are mostly about someone else ("her daughter will marry him")
            w *= 0.2 if kin and k == L.R else 1.0
            if h.guessed:
                guessed[k] += w
            else:
                sums[k] += w
    # one side guessed from the scene: the same guess repeated ("his wife" three times
    # with nobody named) is one piece of evidence, not three; but the same guess made
    # again far apart ("his husband" in three scenes, each time beside Dario) is more
    far = _far_apart([h.vstart for h in hits if h.guessed])
    for k, w in guessed.items():
        sums[k] += min(w, GUESSED_CAP * (1 + 0.5 * min(2, far - 1)) if far else GUESSED_CAP)
    sums[L.P] += min(INTERACTION_CAP, 0.08 * talk + 0.04 * together)
    return {k: round(_squash(v), 4) for k, v in sums.items()}


def _far_apart(positions: list[int], gap: int = 1000) -> int:
    """How many of these view positions lie at least ``gap`` characters after the last counted."""
    n, last = 0, None
    for p in sorted(positions):
        if last is None or p - last >= gap:
            n, last = n + 1, p
    return n


def _shown(hits: list[Hit]) -> bool:
    """A romance shown by more than affection: a kiss on the mouth, a date, a partner word."""
    return any(h.weights.get(L.R, 0.0) >= 1.0 and not h.cue.affection and not h.guessed
               and not h.unreal and not h.past for h in hits)


def corroborate(hits: list[Hit], talk: int, together: int, taken: bool = False) -> float:
    base = -SATURATION * math.log(max(1e-9, 1.0 - kind_scores(hits, taken=taken)[L.R]))
    return round(_squash(base + min(INTERACTION_CAP, 0.06 * talk + 0.03 * together)), 4)


def decide_kind(hits: list[Hit], scores: dict[str, float], taken: bool = False) -> str:
    """The kind the cues point to; talk and shared scenes only decide when no cue does."""
    explicit = kind_scores(hits, taken=taken)
    best = max(explicit, key=explicit.get)
    if best == L.A and explicit[L.R] >= 0.5 and _last(hits, L.R) > _last(hits, L.A):
        # enemies to lovers: "Emeric hated him" in the first stage, the kiss in the last;
        # the bond is what it has become
        return L.R
    if explicit[best] >= EXPLICIT_MIN:
        return best
    return max(scores, key=scores.get)


def _last(hits: list[Hit], kind: str) -> int:
    """Where the last cue that counts for this kind is (-1 with none)."""
    return max((h.vstart for h in hits if h.weights.get(kind, 0.0) >= 0.5 and not h.unreal), default=-1)


def _hit_kind(h: Hit, fam_explicit: float) -> tuple[str, float]:
    if h.cue.affection and fam_explicit >= 1.0:
        return L.F, 0.5 * sum(h.weights.values())
    k = max(h.weights, key=h.weights.get)
    return k, h.weights[k]


def _family_closure(pairs: dict, found: Found, unnamed: frozenset = frozenset()) -> None:
    """A's mother and A's brother are family to each other too; not through an unnamed
    "your sister" (two people's sisters may have been taken for one)."""
    fam = defaultdict(set)
    ev = {}
    for key, hits in pairs.items():
        # "called Dad" by both counts: two who call the same man Dad are siblings
        explicit = [h for h in hits if h.weights.get(L.F, 0) >= 0.7 and not h.cue.affection and not h.guessed]
        if explicit and not any(h.weights.get(L.R, 0) >= 1.0 for h in hits):
            a, b = sorted(key)     # not tuple(key): frozenset order changes with the hash seed
            fam[a].add(b)
            fam[b].add(a)
            ev[key] = explicit[0]
    cue = L.Cue("family of family", {L.F: 0.9})
    couple = L.Cue("parents of one child", {L.R: 1.0})
    added = {}
    for a, rel in fam.items():
        rel = sorted(rel)
        gen = {x: _generation(pairs.get(frozenset((a, x)), []), a, x) for x in rel}
        for i in range(len(rel)):
            for j in range(i + 1, len(rel)):
                key = frozenset((rel[i], rel[j]))
                (gi, si), (gj, sj) = gen[rel[i]], gen[rel[j]]
                if gi is not None and gi == gj and key not in added and (
                        {si, sj} == {"F", "M"} or _called_together(pairs, a, rel[i], rel[j])):
                    # a's mother and a's father (a's gran and a's grandad) are a couple,
                    # unless the text makes them relatives of each other
                    held = pairs.get(key, [])
                    if not any(h.weights.get(L.F, 0) >= 0.7 and not h.cue.affection for h in held):
                        src = _later(ev, a, rel[i], rel[j])
                        added[key] = Hit(rel[i], rel[j], src.vstart, src.vend, couple, couple.name,
                                         {L.R: 1.0}, None, False, False, src.in_quote, None)
                    continue
                if key in fam.get(rel[i], ()) or key in added or a in unnamed:
                    continue
                # lovers or enemies are not made family; light affection (a hug, a head on
                # a shoulder, a kiss on the cheek, "love you") between siblings does not stop
                # it, "I love you" does
                held = pairs.get(key, [])
                if sum(w for h in held for w in [h.weights.get(L.R, 0)] if not h.cue.affection or w >= 1.0) >= 0.8 \
                        or any(h.weights.get(L.A, 0) >= 0.5 for h in held):
                    continue
                src = _later(ev, a, rel[i], rel[j])
                added[key] = Hit(rel[i], rel[j], src.vstart, src.vend, cue, "family of family",
                                 {L.F: 0.9}, None, src.past, False, src.in_quote, None)
    for key, h in added.items():
        pairs.setdefault(key, []).append(h)


CALLED_TOGETHER = 400     # characters: "Mum, stop looking at the box. — Mama, tell her."


def _called_together(pairs: dict, child: str, x: str, y: str) -> bool:
    """Two parents of one sex (two mothers, two fathers) are a couple when the child calls
    out to both by their kinship words in one breath: two people spoken to, not one person
    named two ways ("my nan, Bernadette")."""
    def at(o):
        return [h.vstart for h in pairs.get(frozenset((child, o)), [])
                if not h.guessed and h.name.startswith("vocative")]
    return any(abs(p - q) <= CALLED_TOGETHER for p in at(x) for q in at(y))


def _later(ev: dict, a: str, x: str, y: str) -> Hit:
    """Of the cues that make x and y each a relative of a, the later one (where the inferred
    bond is shown)."""
    return max((ev[frozenset((a, x))], ev[frozenset((a, y))]), key=lambda h: h.vstart)


def _generation(hits: list[Hit], child: str, other: str) -> tuple[Optional[int], Optional[str]]:
    """What ``other`` is to ``child`` by the kinship words that name them: (1, "F") for a
    mother, (2, "M") for a grandfather; (None, None) when no word says, or words disagree."""
    found = set()
    for h in hits:
        if h.role and h.a == child and h.b == other and not h.guessed:
            g = 1 if h.role in L.PARENT_NOUNS else 2 if h.role in L.GRANDPARENT_NOUNS else None
            sex = "F" if h.role in L.FEMALE_NOUNS else "M" if h.role in L.MALE_NOUNS else None
            found.add((g, sex))
    if len(found) != 1:
        return None, None
    g, sex = found.pop()
    return (g, sex) if g is not None and sex is not None else (None, None)


def build(doc: Document, found: Found) -> list[Relationship]:
    order = {c.id: i for i, c in enumerate(doc.characters)}
    pairs: dict = defaultdict(list)
    seen = set()
    for h in found.hits:
        if h.a == h.b or h.a not in order or h.b not in order:
            continue
        key = frozenset((h.a, h.b))
        sig = (key, h.name, h.vstart)
        if sig in seen:
            continue
        seen.add(sig)
        pairs[key].append(h)
    nominal = {c.id for c in doc.characters if not c.named and c.kind != "narrator"}
    _fold_unnamed_partners(doc, pairs, nominal)
    _family_closure(pairs, found, frozenset(nominal))
    groups = {c.id for c in doc.characters if c.kind == "group"}
    for key in list(pairs):
        # two unnamed entities ("his wife", "a husband") make no pair anyone could use
        if key & groups or key <= nominal:
            del pairs[key]
    # talk and together are dicts: their union in insertion order (a set's order changes
    # with the hash seed, and ties in rank keep this order)
    known, unnamed = set(order), nominal | groups     # once, not per pair
    for key in dict.fromkeys([*found.talk, *found.together]):
        if key in pairs or len(key) != 2 or not key <= known or key & unnamed:
            continue
        # one line said to the other is an interaction; sharing a paragraph once is not
        if found.talk.get(key, 0) >= 1 or found.together.get(key, 0) >= 2:
            pairs[key] = []

    deaths = defaultdict(list)
    for d in found.deaths:
        deaths[d.char].append(d)

    def judge(key, hits, taken=False):
        talk, together = found.talk.get(key, 0), found.together.get(key, 0)
        scores = kind_scores(hits, talk, together, taken)
        kind = decide_kind(hits, scores, taken)
        if kind == L.R and any(h.weights.get(L.R, 0) >= 0.3 and not h.guessed for h in hits):
            # a romance the cues point to is corroborated by the pair's scenes together
            scores[L.R] = corroborate(hits, talk, together, taken)
        if key & nominal:
            # one side is only "her husband": a bond, but not one we can name
            scores = {k: round(min(0.45, v * 0.6), 4) for k, v in scores.items()}
        return scores, kind

    judged = {key: judge(key, hits) for key, hits in pairs.items()}
    # who is in a romance shown beyond affection (a kiss, a date, a partner word), and with whom
    shown = defaultdict(set)
    for key, (scores, kind) in judged.items():
        if kind == L.R and scores[kind] >= 0.5 and _shown(pairs[key]):
            for x in key:
                shown[x].add(key)
    rels = []
    for key, hits in pairs.items():
        talk, together = found.talk.get(key, 0), found.together.get(key, 0)
        scores, kind = judged[key]
        if any(k != key for x in key for k in shown[x]):
            scores, kind = judge(key, hits, taken=True)
        if scores[kind] < 0.05:
            continue
        a, b = sorted(key, key=order.get)
        evidence, status = arc(doc, hits, kind, deaths.get(a, []) + deaths.get(b, []))
        rel = Relationship((a, b), kind, scores[kind], evidence, status, scores)
        rel_rank = _rank(rel, talk, together)
        rels.append((rel_rank, rel))
    _unrequited([r for _, r in rels], pairs)
    rels.sort(key=lambda t: -t[0])
    return [r for _, r in rels[:MAX_PAIRS]]


_PARTNER_NOUNS = frozenset(w for w, c in L.NOUNS.items() if c.kind == L.R)


def _fold_unnamed_partners(doc: Document, pairs: dict, nominal: set) -> None:
    """"Dario said something, and his husband laughed": the unnamed "his husband" of a
    character whose romance the text shows with exactly one named person is that person;
    of one who shows none, the one named person of that sex with their family name."""
    names = {c.id: c.name.lower().split() for c in doc.characters}
    romance = defaultdict(set)      # named character -> named people romance cues tie them to
    for key, hits in pairs.items():
        if not key & nominal and any(h.weights.get(L.R, 0.0) > 0 and not h.past for h in hits):
            a, b = tuple(key)
            romance[a].add(b)
            romance[b].add(a)
    for key in list(pairs):
        unnamed = key & nominal
        if len(unnamed) != 1:
            continue
        (u,), (x,) = unnamed, key - unnamed
        words = names.get(u, [])
        if len(words) != 2 or words[0] not in ("his", "her", "their", "my") or words[1] not in _PARTNER_NOUNS:
            continue
        hits = pairs[key]
        if not all(h.weights.get(L.R, 0.0) > 0 for h in hits):
            continue
        if len(romance[x]) == 1:
            (y,) = romance[x]
        elif not romance[x] and words[1] in _SPOUSE_SEX:
            # "Hattie ... passed it to her husband" and one Lowell Brisco beside Hattie
            # Brisco: a spouse who shares the family name
            y = _same_name_spouse(doc, x, _SPOUSE_SEX[words[1]])
            if y is None:
                continue
        else:
            continue
        pairs[frozenset((x, y))].extend(replace(h, a=x, b=y, guessed=True) for h in hits)
        del pairs[key]


_SPOUSE_SEX = {"wife": "she", "husband": "he"}


def _same_name_spouse(doc: Document, x: str, sex: str) -> Optional[str]:
    """The one named character of that sex who shares x's family name."""
    found = _namesakes(doc, x, sex)
    return found[0] if len(found) == 1 else None


def _unrequited(rels: list[Relationship], pairs: dict) -> None:
    """A love only one side shows ("he had been in love with her for a year": every romantic
    cue has him as its agent, none is mutual) for someone who is together with another
    (kissed, married, engaged) ends unrequited."""
    together = {}
    for r in rels:
        if r.kind == L.R and r.score >= 0.5 and r.status == "together" and any(
                h.cue.reciprocal and h.weights.get(L.R, 0) >= 1.0 and not h.unreal
                for h in pairs.get(frozenset(r.characters), [])):
            for x in r.characters:
                together.setdefault(x, set()).add(frozenset(r.characters))
    for r in rels:
        if r.kind != L.R or r.status != "together":
            continue
        key = frozenset(r.characters)
        rom = [h for h in pairs.get(key, []) if h.weights.get(L.R, 0) >= 0.3 and not h.past]
        agents = {h.agent for h in rom}
        if not rom or len(agents) != 1 or None in agents or any(h.cue.reciprocal for h in rom):
            continue
        lover = next(iter(agents))
        beloved = next(x for x in r.characters if x != lover)
        if any(k != key and lover not in k for k in together.get(beloved, ())):
            r.status = "unrequited"


def _rank(rel: Relationship, talk: int, together: int) -> float:
    """Romance first (the main pairing leads), then the strongest bonds; presence in the
    story breaks ties between pairs with equally strong evidence."""
    romantic = rel.kind == L.R and rel.score >= 0.5
    weight = rel.score + 0.05 * math.log1p(talk + together) + 0.01 * min(len(rel.evidence), 20)
    return (10.0 if romantic else 0.0) + weight


# ------------------------------------------------------------------ arcs -----------------

def arc(doc: Document, hits: list[Hit], kind: str, deaths: list) -> tuple[list[Evidence], Optional[str]]:
    """The pair's evidence in story order with arc stages, and the status at the end."""
    fam_explicit = sum(h.weights.get(L.F, 0.0) for h in hits if not h.cue.affection)
    hits = sorted(hits, key=lambda h: h.vstart)
    staged: list[tuple[Hit, Optional[str], str, float]] = []
    used = set()
    broken_at = None
    last_break = None
    for h in hits:
        hk, w = _hit_kind(h, fam_explicit)
        stage = h.stage
        if stage and kind != L.R and stage in ONCE - {"first meeting"}:
            stage = None
        if stage in ONCE:
            if stage in used:
                stage = None
            else:
                used.add(stage)
        if stage == "break-up" and (h.unreal or kind != L.R):
            stage = None
        if stage == "break-up":
            broken_at = h.vstart
            last_break = h
        elif broken_at is not None and not h.past and not h.unreal and hk == L.R and w >= 1.0 \
                and stage is None:
            stage = "reconciliation"
            broken_at = None
        elif stage == "reconciliation":
            if broken_at is None and kind == L.R:
                stage = None
            broken_at = None
        staged.append((h, stage, hk, w))
    for d in deaths:
        h = Hit("", "", d.vstart, d.vend, L.Cue("death", {kind: 0.0}), "death", {kind: 0.0},
                "death", d.past)
        staged.append((h, "death", kind, 0.0))
    staged.sort(key=lambda t: t[0].vstart)
    evidence = []
    keep = staged
    if len(staged) > MAX_EVIDENCE:
        ranked = sorted(staged, key=lambda t: (t[1] is None, -t[3]))[:MAX_EVIDENCE]
        keep = sorted(ranked, key=lambda t: t[0].vstart)
    for h, stage, hk, w in keep:
        s, e = doc.to_source(h.vstart, h.vend)
        evidence.append(Evidence(s, e, h.name, hk, stage, round(w, 3), h.past))
    return evidence, _status(staged, kind)


def _status(staged, kind: str) -> Optional[str]:
    if kind != L.R:
        return "deceased" if any(st == "death" and not h.past for h, st, _, _ in staged) else None
    rom = [(h, st, hk, w) for h, st, hk, w in staged if hk == L.R and w > 0 and not h.unreal]
    if not rom:
        return None
    died = [h.vstart for h, st, _, _ in staged if st == "death"]
    if died and max(died) >= max(h.vstart for h, *_ in rom):
        # (a widowed cue sits where the death is told: the death still ends it)
        return "deceased"
    if all(h.past for h, *_ in rom):
        return "past"
    last_pos = None
    last_break = None
    for h, st, hk, w in staged:
        if st == "break-up" and not h.past:
            last_break = h.vstart
        elif st == "reconciliation" or (hk == L.R and not h.past and w >= 0.5 and st != "break-up"
                                          and (last_break is None or h.vstart > last_break)):
            last_pos = h.vstart
    if last_break is not None and (last_pos is None or last_pos < last_break):
        return "apart"
    return "together"


def main_pairing(doc: Document) -> Optional[Relationship]:
    """The pair an archive would tag first: the leading romantic relationship (>= 0.5)."""
    for r in doc.relationships:
        if r.kind == L.R and r.score >= 0.5:
            return r
    return None


def platonic_bonds(doc: Document, min_score: float = 0.5) -> list[Relationship]:
    return [r for r in doc.relationships if r.kind in (L.P, L.F) and r.score >= min_score]
