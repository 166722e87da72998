"""The repaired *view*: mojibake and code-page damage fixed, recorded as sparse edits.

Three kinds of damage, all found in real fan fiction files:

1. Classic mojibake, UTF-8 read as cp1252/latin-1 ("â€™", "Ã©", "â€œ", even twice over):
   maximal runs of the characters such damage is made of are handed to ftfy, and the
   fix is diffed back into small edits.
2. cp1252 text read as Mac Roman, then saved: ’ becomes "í" ("donít", "sheís", "Iím"),
   “ ” become "ì" "î", – — become "ñ" "ó", … becomes "Ö".
3. Mac Roman text read as cp1252: ’ becomes "Õ" ("donÕt"), “ ” become "Ò" "Ó", — "Ñ",
   – "Ð", … "É".

Families 2 and 3 turn a punctuation mark into a real letter of Spanish, Italian,
Portuguese or French, so they are only repaired when the work proves the damage with
contractions no language spells that way ("donít", "IÕm", "youíre"), and then only in
positions a letter cannot hold ("sí" and "così" are left alone).
Stray byte-order marks (U+FEFF) are dropped from the view.
"""
from __future__ import annotations

import re

from ficlens.offsets import Edit

# characters that UTF-8 read through cp1252/latin-1 is made of: Latin-1 high half, C1
# controls, and the cp1252 punctuation and letters at 0x80-0x9F
_MOJI_CHARS = ("\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
               "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_MOJI_RUN = re.compile(f"[{_MOJI_CHARS}]{{2,}}")
# a UTF-8 lead byte (as cp1252/latin-1) followed by a continuation byte: the signature
_MOJI_SIGNATURE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                             r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_LEAD = re.compile("[\u00c2\u00c3\u00c5\u00e2\u00f0\u00ce\u00d0\u00d1\u00c4]")

# contractions and possessives after a damaged apostrophe
_TAIL = r"(?:s|m|t|re|ll|ve|d)(?![^\W\d_])"
# words that prove the damage: no language spells them with í/Õ
_PROOF_WORDS = (r"(?:I|you|we|they|he|she|it|that|there|here|what|who|where|how|let|don|can|won|"
                r"isn|aren|wasn|weren|didn|doesn|couldn|wouldn|shouldn|haven|hasn|hadn|ain|mustn|needn)")
_SUBSTITUTES = {
    # family -> (apostrophe/closing single, opening single, open double, close double,
    #            em dash, en dash, ellipsis)
    "cp1252-as-macroman": ("í", "ë", "ì", "î", "ó", "ñ", "Ö"),
    "macroman-as-cp1252": ("Õ", "Ô", "Ò", "Ó", "Ñ", "Ð", "É"),
}
# real words of other languages that the apostrophe rule would otherwise touch
_FOREIGN = {"país", "maíz", "raíz", "luís", "oís", "reís", "leís", "creís", "oíd", "reíd"}


def _proof_re(apos: str, openers: str) -> re.Pattern:
    # the word starts after a non-letter or after the family's own damaged opening quote
    return re.compile(rf"(?:(?<![^\W\d_])|(?<=[{openers}])){_PROOF_WORDS}{apos}{_TAIL}", re.IGNORECASE)


_PROOF = {fam: _proof_re(subs[0], subs[1] + subs[2]) for fam, subs in _SUBSTITUTES.items()}


def _mojibake_edits(source: str) -> list[Edit]:
    if not _LEAD.search(source):
        return []
    import ftfy

    edits: list[Edit] = []
    for m in _MOJI_RUN.finditer(source):
        run = m.group(0)
        if not _MOJI_SIGNATURE.search(run):
            continue
        fixed = ftfy.fix_encoding(run)
        # "”" is E2 80 9D; 0x9D is undefined in cp1252 and usually lost on the way
        fixed = fixed.replace("\u00e2\u20ac", "\u201d")
        if fixed == run:
            continue
        # keep the characters the fix left alone at either end out of the edit, so their
        # offsets stay exact (a difflib alignment can pair the wrong "â"s)
        p = 0
        while p < min(len(run), len(fixed)) and run[p] == fixed[p]:
            p += 1
        q = 0
        while q < min(len(run), len(fixed)) - p and run[-1 - q] == fixed[-1 - q]:
            q += 1
        edits.append(Edit(m.start() + p, m.end() - q, fixed[p:len(fixed) - q]))
    return edits


def _family(source: str) -> str | None:
    """Which code-page damage (if any) the work proves, by its contractions."""
    best, count = None, 0
    for fam, rx in _PROOF.items():
        if fam == "cp1252-as-macroman" and "í" not in source and "Í" not in source:
            continue
        if fam == "macroman-as-cp1252" and "Õ" not in source:
            continue
        n = sum(1 for _ in rx.finditer(source))
        if n > count:
            best, count = fam, n
    return best


def _codepage_edits(source: str, fam: str) -> list[Edit]:
    apos, lsq, lq, rq, mdash, ndash, ell = _SUBSTITUTES[fam]
    L = r"[^\W\d_]"                          # a letter
    rules: list[tuple[re.Pattern, str]] = [
        # the apostrophe of a contraction or possessive: don't, she's, we'll, y'all, o'clock
        (re.compile(rf"(?<={L}){apos}(?=(?:s|m|t|re|ll|ve|d|all|clock|am)(?!{L}))"), "\u2019"),
        # a plural possessive ("the twins' room"); two letters before the s keep "así" safe
        (re.compile(rf"(?<={L}{{2}}s){apos}(?=[\s,.;:!?)]|$)", re.MULTILINE), "\u2019"),
        # closing single quote after punctuation, opening single at a word start
        (re.compile(rf"(?<=[.,!?]){apos}(?=\s|$)", re.MULTILINE), "\u2019"),
        (re.compile(rf"(?<![^\s(\[\u2014\u201c\ufeff]){lsq}(?={L})"), "\u2018"),
        # opening double quote: at a word start, before a non-space; closing: after a
        # non-space that is not a capital (all-caps "PERDIÓ " stays), before a space,
        # punctuation or the end of a line
        (re.compile(rf"(?<![^\s(\[\u2014\ufeff-]){lq}(?=\S)"), "\u201c"),
        (re.compile(rf"(?<=[^\sA-Z]){rq}(?=[\s,.;:!?)\]\u2014-]|$)", re.MULTILINE), "\u201d"),
        # dashes and the ellipsis, where a letter of the code page would sit between a
        # small letter or punctuation and a small letter or space; capitals never do
        (re.compile(rf"(?:(?<=[A-Za-z.,!?\s\u2019\ufeff])|^){mdash}(?=[a-z\s{lq}{rq}\u201c\u201d]|$)", re.MULTILINE), "\u2014"),
        (re.compile(rf"(?<=\s){ndash}(?=\s)"), "\u2013"),
        (re.compile(rf"(?<=[a-z.!?]){ell}(?=[\s{rq}\u201d.,!?]|$)", re.MULTILINE), "\u2026"),
    ]
    edits = []
    for rx, repl in rules:
        for m in rx.finditer(source):
            if repl == "\u2019" and m.group(0) == "í":
                w0, w1 = m.start(), m.end()
                while w0 and source[w0 - 1].isalpha():
                    w0 -= 1
                while w1 < len(source) and source[w1].isalpha():
                    w1 += 1
                if source[w0:w1].lower() in _FOREIGN:
                    continue
            edits.append(Edit(m.start(), m.end(), repl))
    return edits


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    last = -1
    for e in edits:
        if e.start >= last and not (e.start == e.end and out and out[-1].start == out[-1].end == e.start):
            out.append(e)
            last = e.end
    return out


def find_edits(source: str) -> list[Edit]:
    """Sorted, non-overlapping edits that turn ``source`` into the repaired view."""
    edits: list[Edit] = []
    if "\ufeff" in source:
        edits += [Edit(m.start(), m.end(), "") for m in re.finditer("\ufeff", source)]
    edits += _mojibake_edits(source)
    fam = _family(source)
    if fam:
        edits += _codepage_edits(source, fam)
    return _drop_overlaps(edits)
