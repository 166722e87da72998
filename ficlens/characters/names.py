"""Names: normalisation, titles, hypocorisms and the alias table other stages resolve with.

``resolve_name(doc, "Buff")`` -> character id or None. The table is built from
``doc.characters`` (name + aliases) on demand and rebuilt when the characters change, so
stages that append characters (an unnamed narrator, a POV-header name) need no hook.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import attrgetter
from typing import Optional

from ficlens.document import Document

# Titles that precede a name. value: referential gender prior ("m", "f", None)
TITLES: dict[str, Optional[str]] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "master": "m", "monsieur": "m",
    "m": "m", "herr": "m", "signor": "m", "senor": "m", "don": "m", "king": "m",
    "prince": "m", "duke": "m", "count": "m", "baron": "m", "earl": "m", "uncle": "m",
    "father": "m", "brother": "m", "grandpa": "m", "grandfather": "m",
    "mrs": "f", "miss": "f", "ms": "f", "lady": "f", "madam": "f", "madame": "f", "mme": "f",
    "mlle": "f", "mademoiselle": "f", "dame": "f", "queen": "f", "princess": "f",
    "duchess": "f", "countess": "f", "baroness": "f", "aunt": "f", "auntie": "f",
    "mother": "f", "sister": "f", "grandma": "f", "grandmother": "f", "granny": "f",
    "frau": "f", "fraulein": "f", "signora": "f", "senora": "f", "mistress": "f",
    "dr": None, "doctor": None, "professor": None, "prof": None, "captain": None,
    "capt": None, "colonel": None, "col": None, "major": None, "general": None,
    "lieutenant": None, "lt": None, "sergeant": None, "sgt": None, "admiral": None,
    "commander": None, "reverend": None, "rev": None, "judge": None, "inspector": None,
    "detective": None, "officer": None, "agent": None, "cousin": None, "saint": None,
    "st": None, "president": None, "senator": None, "governor": None, "coach": None,
    "nurse": None, "chief": None, "mx": None, "corporal": None, "private": None,
    "constable": None, "superintendent": None, "emperor": "m", "empress": "f",
    "pastor": None, "bishop": None, "archbishop": None, "cardinal": None, "abbot": "m",
    "abbess": "f", "squire": "m", "mayor": None, "headmaster": "m", "headmistress": "f",
    "farmer": "m", "parson": "m", "widow": "f",   # "Farmer Oak", "the Widow Douglas"
}

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                       "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


@lru_cache(maxsize=65536)
def norm_name(s: str) -> str:
    """The scorer's name normalisation: NFKC, casefold, punctuation (not apostrophes or
    inner hyphens) to spaces, trailing possessive and a leading "the" dropped."""
    s = unicodedata.normalize("NFKC", s).translate(_APOS).casefold()
    s = re.sub(r"\([^)]*\)", " ", s)
    s = s.replace(".", " ")
    s = re.sub(r"[^\w'\-]|_", " ", s)
    s = re.sub(r"'s\b\s*$", "", s.strip())
    words = s.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [w.strip("'-") for w in words]
    return " ".join(w for w in words if w)


def split_title(norm: str) -> tuple[Optional[str], list[str]]:
    """"mr elizabeth bennet" -> ("mr", ["elizabeth", "bennet"])."""
    words = norm.split()
    if len(words) > 1 and words[0] in TITLES:
        return words[0], words[1:]
    return None, words


def title_gender(title: Optional[str]) -> Optional[str]:
    return TITLES.get(title) if title else None


# ---------------------------------------------------------------- hypocorisms ----------

@lru_cache(maxsize=1)
def _nicknamer():
    try:
        from nicknames import NickNamer
        return NickNamer()
    except Exception:   # the data package is a hard dependency, but never crash on it
        return None


@lru_cache(maxsize=1)
def _gender_list():
    try:
        from gender_guesser.detector import Detector
        return Detector(case_sensitive=False)
    except Exception:   # a hard dependency, but never crash on it
        return None


@lru_cache(maxsize=65536)
def listed_gender(first: str, lean: bool = False) -> Optional[str]:
    """"m" or "f" for a given name the name lists give to one sex (Matthias, Ingrid);
    None for a name given to both (Sam, Hollis), an unknown or an invented one. With
    ``lean``, also a name the lists give mostly to one sex (Kit)."""
    d = _gender_list()
    if d is None or not first or not first.isalpha():
        return None
    try:
        g = d.get_gender(first)
    except Exception:
        return None
    if lean:
        g = g.replace("mostly_", "")
    return {"male": "m", "female": "f"}.get(g)


@lru_cache(maxsize=65536)
def registered_forms(first: str) -> frozenset[str]:
    """Every registered English variant of a given name (both directions): william ->
    will, bill, ...; will -> william, wilbur, ..."""
    nn = _nicknamer()
    if nn is None or not first:
        return frozenset()
    out = set()
    try:
        out |= {x.lower() for x in nn.nicknames_of(first)}
        out |= {x.lower() for x in nn.canonicals_of(first)}
    except Exception:
        pass
    out.discard(first)
    return frozenset(out)


@lru_cache(maxsize=65536)
def nicknames_of(first: str) -> frozenset[str]:
    """Registered hypocorisms of a given name (one direction: william -> will, bill)."""
    nn = _nicknamer()
    if nn is None or not first:
        return frozenset()
    try:
        return frozenset(x.lower() for x in nn.nicknames_of(first))
    except Exception:
        return frozenset()


def is_registered_pair(a: str, b: str) -> bool:
    return a != b and (b in registered_forms(a) or a in registered_forms(b)
                       or _spelling_variant(a, b) or _spelling_variant(b, a))


def _spelling_variant(short: str, full: str) -> bool:
    """A registered short form of another spelling of ``full``: "gus" of "augustin"
    (registered for "augustine": one final letter apart)."""
    if len(full) < 6 or len(short) >= len(full):
        return False
    # (or its feminine form: "pip" of "philippa", registered for "philip")
    return any(r != full and len(r) >= 6 and (
        (abs(len(r) - len(full)) <= 1 and (r.startswith(full) or full.startswith(r)))
        or full in feminine_forms(r)) for r in registered_forms(short))


def feminine_forms(name: str) -> tuple[str, ...]:
    """A given name's feminine forms made with an ending: "philip" -> "philippa"."""
    return (name + "a", name + name[-1] + "a", name + "ine", name + "ina")


PET_ENDINGS = ("ie", "ey", "y", "i")
# a clipped pet form may also end in a bare "e" ("inge" of "ingrid", "gabe" of "gabriel")
CLIP_ENDINGS = PET_ENDINGS + ("e",)


def pet_stems(w: str) -> tuple[str, ...]:
    """``w`` less its pet ending, and one letter shorter ("sunny" -> "sunn", "sun"; "inge"
    -> "ing", "in"): the starts a clipped pet form may share with its full name; () without
    such an ending."""
    for suf in CLIP_ENDINGS:
        if w.endswith(suf):
            st = w[:-len(suf)]
            return st, st[:-1]
    return ()


def said_as(full: str) -> set[str]:
    """The name as a pet form may spell its first sound: "Isolde" said "Iz-", "Theodora"
    "Teo-", "Philippa" "Fil-", "Cathleen" "Kath-"."""
    out = {full}
    for a, b in (("s", "z"), ("th", "t"), ("ph", "f"), ("c", "k")):
        i = full.find(a)
        if 0 <= i <= 2:
            out.add(full[:i] + b + full[i + len(a):])
    if len(full) >= 5 and full[0] not in _VOWELS and full[1] in _VOWELS and full[2] in _VOWELS:
        out.add(full[:2] + full[3:])      # two vowels said as one: "Leonie" "Len-", "Jeanne" "Jen-"
    return out


def is_clipped_pet(short: str, full: str) -> bool:
    """A clipped name with a pet ending: "sunny" of "sunniva", "toby" of "tobiah", "mags"
    of "magnus", "izzy" of "isolde" (said "Iz-"); not when the short form is a given name
    of its own with pet forms ("mary")."""
    for suf in CLIP_ENDINGS + ("s",):
        if short.endswith(suf):
            stem = short[:-len(suf)]
            least = 3
            said = said_as(full)
            if len(stem) >= 3 and stem[-1] == stem[-2] and not any(f.startswith(stem) for f in said):
                # "tommy" of "tomasz", "immy" of "imogen": the doubled consonant is the pet
                # form's, and marks even a two-letter clip
                stem, least = stem[:-1], 2
            if suf == "s" and (len(stem) != 3 or stem[-1] in _VOWELS or stem[-1] == "s"):
                return False     # "mags", not "bess", "jess" or "miles" (names of their own)
            if len(stem) >= least and len(full) >= len(stem) + 2 and full != short and \
                    any(f.startswith(stem) for f in said):
                return not nicknames_of(short)
            return False
    return False


_VOWELS = set("aeiou")


def is_tail_clip(short: str, full: str, words: frozenset = frozenset()) -> bool:
    """A nickname cut from the end of a name: "teo" of "mateo", "dris" of "idris", "liese"
    of "anneliese". Only a tail that starts with a consonant and is no dictionary word: a
    vowel-initial tail is most often a name of its own ("anna" in "joanna", "ian" in
    "brian"), a word a thing of its own ("mouse" in "dormouse")."""
    return (len(short) >= 3 and len(full) > len(short) and short.isalpha() and full.isalpha()
            and short[0] not in _VOWELS and full.endswith(short) and short not in words)


def is_inner_clip(short: str, full: str) -> bool:
    """A nickname cut from inside a name at a syllable that repeats the name's first
    letter: "pet" of "perpetua". Only that letter: any three letters inside a long name
    would join strangers ("ann" in "joanna")."""
    if (len(short) >= 3 and len(full) >= len(short) + 2 and short.isalpha() and full.isalpha()
            and full[0] in _VOWELS and short[0] not in _VOWELS and full[1:].startswith(short)
            and listed_gender(short, True) is None):
        return True      # the opening vowel dropped: "dal" of "odalys" (not "mara" of "amara")
    return (len(short) >= 3 and len(full) >= len(short) + 3 and short.isalpha() and full.isalpha()
            and short[0] == full[0] and short[0] not in _VOWELS and not full.startswith(short)
            and not full.endswith(short) and short in full[1:])


def is_truncation(short: str, full: str) -> bool:
    """A work-style truncation: "buff" of "buffy", "wil" of "willow", "'mione" of
    "hermione" (apostrophe marks the dropped start)."""
    short = short.strip()
    if short.startswith("'"):
        s = short.strip("'")
        return len(s) >= 3 and len(full) > len(s) and full.endswith(s)
    s = short.strip("'")
    return len(s) >= 3 and len(full) > len(s) + 0 and full.startswith(s) and len(full) - len(s) <= 5


DIMINUTIVE_SUFFIXES = ("kins", "sy", "ie", "ey", "y", "i")


def is_diminutive(long: str, short: str) -> bool:
    """``long`` is ``short`` plus a pet-name ending: "dacey" of "dace", "danny" of "dan"
    (doubled consonant), "katie" of "kate" (silent e dropped), "bobkins" of "bob"."""
    long, short = long.strip("'"), short.strip("'")
    if len(short) < 3 or len(long) <= len(short) or not long.startswith(short[:-1]):
        return False
    stems = {short, short + short[-1]}
    if short.endswith("e"):
        stems.add(short[:-1])
    return any(long == st + suf for st in stems for suf in DIMINUTIVE_SUFFIXES)


def same_name_form(a: str, b: str) -> bool:
    """One single-word name is a truncation (either way) or a pet-name extension
    (either way) of the other."""
    return a != b and (is_truncation(a, b) or is_truncation(b, a)
                       or is_diminutive(a, b) or is_diminutive(b, a)
                       or is_clipped_pet(a, b) or is_clipped_pet(b, a))


# ---------------------------------------------------------------- alias table ----------

_ALIASES = attrgetter("aliases")


def _signature(doc: Document) -> tuple:
    # what the cached table is keyed on; summed in C (every resolve_name call pays it)
    chars = doc.characters
    return (len(chars), sum(map(len, map(_ALIASES, chars))), tuple(c.id for c in chars[-3:]))


def _table(doc: Document) -> dict[str, Optional[str]]:
    """norm alias -> character id (None when two characters claim it)."""
    return _state(doc)[1]


def _state(doc: Document) -> tuple:
    """(signature, alias table, first-name index), rebuilt when the characters change."""
    sig = _signature(doc)
    cached = doc.__dict__.get("_alias_table")
    if cached is not None and cached[0] == sig:
        return cached
    table: dict[str, Optional[str]] = {}
    counts: dict[str, int] = {}
    for c in doc.characters:
        for a in c.forms:
            n = norm_name(a) if a else ""
            if not n:
                continue
            if n in table and table[n] != c.id:
                # ambiguous: keep the more frequent character
                if c.count > counts.get(n, 0):
                    table[n], counts[n] = c.id, c.count
                continue
            table[n], counts[n] = c.id, max(counts.get(n, 0), c.count)
    state = (sig, table, _FirstNames(doc))
    doc.__dict__["_alias_table"] = state
    return state


class _FirstNames:
    """First names of the named characters, indexed by the forms that can match a word
    (registered variants, prefixes, pet-name stems), so that resolving a single word
    looks at a few candidates instead of every alias of every character. Each candidate
    is still checked with ``_first_matches``: the index only has to find a superset."""

    def __init__(self, doc: Document):
        self.ids: dict[str, set[str]] = {}
        for c in doc.characters:
            if not c.named:
                continue
            for a in c.forms:
                first = _alias_first(a)
                if first is not None:
                    self.ids.setdefault(first, set()).add(c.id)
        self.rev_registered: dict[str, set[str]] = {}   # w -> firsts f with w in registered_forms(f)
        self.prefixes: dict[str, set[str]] = {}         # truncations of f (3+ letters, 5 at most cut)
        for f in self.ids:
            for x in registered_forms(f):
                self.rev_registered.setdefault(x, set()).add(f)
            for k in range(max(3, len(f) - 5), len(f)):
                self.prefixes.setdefault(f[:k], set()).add(f)
        # for clipped pet forms and spelling variants (is_clipped_pet, _spelling_variant)
        self.stems: dict[str, set[str]] = {}            # every prefix of f (as said) of 2+ letters
        self.pet_stems: dict[str, set[str]] = {}        # f = stem + pet ending
        self.chop: dict[str, set[str]] = {}             # f less its last letter
        self.rev_chop: dict[str, set[str]] = {}         # a registered form of f, less its last letter
        for f in self.ids:
            for said in said_as(f):
                for k in range(2, len(said)):
                    self.stems.setdefault(said[:k], set()).add(f)
            for x in pet_stems(f):
                self.pet_stems.setdefault(x, set()).add(f)
            self.chop.setdefault(f[:-1], set()).add(f)
            for x in registered_forms(f):
                self.rev_chop.setdefault(x[:-1], set()).add(f)

    def candidates(self, w: str) -> set[str]:
        if w[:1] == "'" or w[-1:] == "'" or w != w.strip():
            return set(self.ids)      # the forms below assume a bare word: check them all
        ids = self.ids
        out = {f for f in registered_forms(w) if f in ids}
        out |= self.rev_registered.get(w, set())
        out |= self.prefixes.get(w, set())                       # w truncates f
        out.update(w[:k] for k in range(max(3, len(w) - 5), len(w)) if w[:k] in ids)   # f truncates w
        if len(w) >= 3:
            for suf in DIMINUTIVE_SUFFIXES:                      # w is f plus a pet-name ending
                if w.endswith(suf):
                    st = w[:-len(suf)]
                    for f in (st, st[:-1], st + "e"):
                        if f in ids:
                            out.add(f)
            stems = (w, w + w[-1], w[:-1])                       # f is w plus a pet-name ending
            out.update(st + suf for st in stems for suf in DIMINUTIVE_SUFFIXES if st + suf in ids)
            for x in pet_stems(w):                               # w is a clipped f plus a pet ending
                out |= self.stems.get(x, set())
            if w.endswith("s"):                                  # "mags" of "magnus"
                out |= self.stems.get(w[:-1], set())
            for said in said_as(w):                             # f is a clipped w plus a pet ending
                for k in range(2, len(said)):
                    out |= self.pet_stems.get(said[:k], set())
            for r in registered_forms(w):                        # another spelling of w's registered form
                out |= self.chop.get(r, set())
                if r[:-1] in ids:
                    out.add(r[:-1])
            out |= self.rev_registered.get(w[:-1], set()) | self.rev_chop.get(w, set())
        return out

    def hits(self, w: str) -> set[str]:
        """Ids of the named characters with a first name that ``w`` matches."""
        out: set[str] = set()
        for f in self.candidates(w):
            if _first_matches(w, f):
                out |= self.ids[f]
        return out


def resolve_name(doc: Document, text: str) -> Optional[str]:
    """A surface name ("Will", "Mr. Bennet", "Buff", "Willow's") -> character id or None:
    the alias table first, then title-less form, then hypocorisms / truncations of a
    unique character's first name, in both directions ("Marisol" finds the only
    character called "Mari", "Dacey" the only "Dace")."""
    n = norm_name(text or "")
    if not n:
        return None
    _, table, firsts = _state(doc)
    if n in table:
        return table[n]
    title, core = split_title(n)
    if not core:
        return None
    if title is not None:
        rest = " ".join(core)
        if rest in table:
            cid = table[rest]
            c = doc.character(cid)
            g = title_gender(title)
            if c is None or g is None or _gender_ok(c, g):
                return cid
        return None
    if len(core) == 1:
        hits = firsts.hits(core[0])
        if len(hits) == 1:
            return hits.pop()
    return None


def _resolve_single_scan(doc: Document, w: str) -> set[str]:
    """The index's reference: every named character whose alias first name ``w`` matches
    (a scan of all of them; kept for the test that checks the index against it)."""
    hits = set()
    for c in doc.characters:
        if not c.named:
            continue
        for a in c.forms:
            first = _alias_first(a)
            if first is not None and _first_matches(w, first):
                hits.add(c.id)
                break
    return hits


# memoise the per-alias parsing (every table rebuild reads every alias)
@lru_cache(maxsize=65536)
def _alias_first(a: str) -> Optional[str]:
    _, cw = split_title(norm_name(a))
    return cw[0] if cw else None


# not memoised: on a long work nearly every (word, first name) pair is new, and a big
# cache cost memory for no gain
def _first_matches(w: str, first: str) -> bool:
    return is_registered_pair(w, first) or same_name_form(w, first)


def _gender_ok(c, g: str) -> bool:
    p = (c.pronouns or "")
    if p.startswith("he"):
        return g == "m"
    if p.startswith("she"):
        return g == "f"
    return True


def adopt_alias(doc: Document, cid: str, surface: str) -> None:
    """A name another stage resolved to ``cid`` (a POV header) joins its aliases; when
    the character's name is a truncation of it, the fuller form becomes the name."""
    c = doc.character(cid)
    if surface and surface.isupper() and len(surface) > 3:
        surface = surface.title()
    n = norm_name(surface or "")
    if c is None or not n or not c.named:
        return
    if n not in {norm_name(a) for a in (c.name, *c.aliases) if a}:
        c.aliases.append(surface)
    cur = norm_name(c.name or "")
    if " " not in n and " " not in cur and is_truncation(cur, n) and not is_diminutive(n, cur):
        c.name = surface
    elif " " in n and " " not in cur and n.split()[0] == cur:
        c.name = surface  # "Leo" joined by "Leo Marsh": the fullest name the work uses


# "named me Lorenzo, and my brother shortened it to Enzo": the work itself says the second
# name is a short form of the first
SHORTENED = re.compile(
    r"\b(?:(?:named|christened|called)\s+(?:me|him|her|them)|name\s+(?:is|was))\s+(?P<a>[A-Z][\w'\u2019-]+)\b"
    r"[^.!?\n]{0,80}?\b(?:shortened|cut|clipped|trimmed|turned|changed)"
    r"\s+(?:it|that|this)\s+(?:down\s+)?to\s+(?P<b>[A-Z][\w'\u2019-]+)\b")


# "Perpetua (Pet to everyone but our mother)", "Theodora, Teddy to her friends,": a name
# glossed at once with what the others call its bearer
GLOSSED = re.compile(
    r"\b(?P<a>[A-Z][a-z'\u2019-]{3,}(?:\s+[A-Z][a-z'\u2019-]+)?)(?:\s+[a-z]+){0,3}?\s*(?:\(|,|\u2014|\u2013|--)\s*(?:or\s+|just\s+)?[\"'\u201c\u2018]?"
    r"(?P<b>[A-Z][a-z'\u2019-]+)[\"'\u201d\u2019]?,?\s+to\s+(?:everyone|everybody|all|most|anyone|us|"
    r"(?:her|his|their|our|the)\s+(?:friends|family|mates|crew|squad|team|class|sisters|brothers))\b(?!['\u2019]s)")


# "His name was Horatio Blaylock, but everybody called him Fitch"; "Wendeline Ashgrove is
# on her business cards as Dr W. Ashgrove. Nobody had called her Dilly since school": the
# name the others use, stated beside the full one
_NM = r"[A-Z][a-z'\u2019-]+"
_CALLED_THEM = rf"(?:called|calls|call)\s+(?:him|her|them)\s+(?P<b>{_NM})\b"
CALLED_BY_OTHERS = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+name\s+(?:was|is)\s+(?P<a>{_NM}(?:\s+{_NM})?)\b[^.!?\n]{{0,80}}?"
    rf"\b{_CALLED_THEM}")
CALLED_NEXT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<a>{_NM}\s+{_NM})\s+(?:is|was)\b[^!?\n]{{0,240}}?[.!?]\s+"
    rf"(?:Nobody|No one|Everyone|Everybody|Only\s+\w+)\s+(?:had\s+|has\s+|ever\s+|still\s+)*"
    rf"{_CALLED_THEM}")

# "Doc's real name is Aurelian Mbeki": the name the story uses, then the one on the papers
REAL_NAME = re.compile(
    rf"\b(?P<b>[A-Z][a-z]+)['\u2019]s\s+(?:real|full|proper|actual|legal|given|christened)\s+name\s+"
    rf"(?:is|was|had\s+been)\s+(?P<a>{_NM}(?:\s+{_NM})?)\b")


def stated_short_forms(doc: Document) -> list[tuple[str, str]]:
    """(long, short) normalised name pairs the work states, found once per document."""
    pairs = doc.__dict__.get("_stated_short")
    if pairs is None:
        pairs = [(norm_name(m.group("a")), norm_name(m.group("b")))
                 for rx in (SHORTENED, GLOSSED, CALLED_BY_OTHERS, CALLED_NEXT, REAL_NAME)
                 for m in rx.finditer(doc.view)]
        doc.__dict__["_stated_short"] = pairs
    return pairs
