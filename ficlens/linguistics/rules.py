"""An exact, faster stand-in for spaCy's ``attribute_ruler`` (tag -> POS/morph, lemma
exceptions).

Why: in ``en_core_web_sm`` the ruler runs a Matcher with ~180 token patterns at every
token; that costs about a quarter of the whole parse (NER off), more than the tagger and
parser heads together. The patterns only test token attributes (TAG, LOWER, DEP, IS_SPACE)
that are fixed before the ruler runs, so the answer for a token depends only on those
values: we compute, per attribute value, the set of pattern tokens it satisfies (a bit
mask, memoised), AND the masks per token, and write the winning attributes with one
``Doc.from_array``. Same semantics as ``AttributeRuler.__call__``: every pattern is
matched against the doc as the ruler received it, then matches are applied in pattern
order, so the last pattern that sets an attribute on a token wins.

Anything outside that pattern subset (operators, other attributes) makes ``compile_ruler``
return None and the caller keeps spaCy's own component.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG, intify_attr
from spacy.strings import get_string_id

# attribute name in a pattern -> the id to read it with Doc.to_array
_READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
# attributes the ruler may set, written in bulk (every token gets POS and MORPH)
_BULK = (POS, MORPH, LEMMA)
# attributes the ruler may set on a few tokens (whitespace tokens), written one by one
_SINGLE = {TAG: "tag", DEP: "dep"}


class Unsupported(Exception):
    pass


def _predicate(value: Any) -> tuple[Optional[frozenset], Optional[Callable[[Any], bool]]]:
    """One token-attribute constraint of a Matcher pattern, on the attribute's string
    (or bool for IS_SPACE): (the accepted values, None) for equality and IN, which are
    looked up in a table, else (None, test)."""
    if isinstance(value, (str, bool)):
        return frozenset([value]), None
    if not isinstance(value, dict) or not value:
        raise Unsupported(repr(value))
    if set(value) == {"IN"}:
        return frozenset(value["IN"]), None
    tests = []
    for op, arg in value.items():
        if op == "IN":
            tests.append(lambda v, s=frozenset(arg): v in s)
        elif op == "NOT_IN":
            tests.append(lambda v, s=frozenset(arg): v not in s)
        elif op == "REGEX":
            # the Matcher uses re.search on the attribute's string
            tests.append(lambda v, rx=re.compile(arg): isinstance(v, str) and rx.search(v) is not None)
        else:
            raise Unsupported(op)
    return None, lambda v: all(t(v) for t in tests)


class FastRuler:
    def __init__(self, ruler) -> None:
        self.vocab = ruler.vocab
        self.attrs: list[dict[int, int]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        # spec = one token of one pattern; bit i of a mask = spec i accepts the token
        self.specs: list[dict[str, tuple]] = []
        # (rule id, spec bit of each token of the pattern, index of the target token)
        self.patterns: list[tuple[int, tuple[int, ...], int]] = []
        for rid in range(len(self.attrs)):
            if any(intify_attr(a) is None for a in self.attrs[rid]):
                raise Unsupported("attribute")
            if any(a not in _BULK and a not in _SINGLE for a in self.attrs[rid]):
                raise Unsupported("attribute")
            _, pats = ruler.matcher.get(str(rid))
            for pat in pats:
                bits = []
                for tok in pat:
                    spec = {}
                    for key, val in tok.items():
                        if key not in _READ:
                            raise Unsupported(key)
                        spec[key] = _predicate(val)
                    bits.append(len(self.specs))
                    self.specs.append(spec)
                if not bits:
                    raise Unsupported("empty pattern")
                self.patterns.append((rid, tuple(bits), self.indices[rid]))
        self.single = [p for p in self.patterns if len(p[1]) == 1]
        self.multi = [p for p in self.patterns if len(p[1]) > 1]
        self.multi_first = 0
        for _, bits, _ in self.multi:
            self.multi_first |= 1 << bits[0]
        self.keys = list(_READ)
        # per pattern attribute: specs it does not constrain, value -> specs that accept
        # it by equality, and the specs with a test to run
        self.free: list[int] = []
        self.equal: list[dict[Any, int]] = []
        self.tested: list[list[tuple[int, Callable]]] = []
        for key in self.keys:
            free, equal, tested = 0, {}, []
            for i, spec in enumerate(self.specs):
                if key not in spec:
                    free |= 1 << i
                    continue
                values, test = spec[key]
                if test is not None:
                    tested.append((i, test))
                else:
                    for v in values:
                        equal[v] = equal.get(v, 0) | 1 << i
            self.free.append(free)
            self.equal.append(equal)
            self.tested.append(tested)
        self.read_ids = [_READ[k] for k in self.keys]
        self.masks: list[dict[int, int]] = [{} for _ in self.keys]
        self.results: dict[int, dict[int, tuple[int, int]]] = {}

    # -- masks
    def _mask(self, k: int, value: int) -> int:
        key = self.keys[k]
        v: Any = bool(value) if key == "IS_SPACE" else self.vocab.strings[value]
        m = self.free[k] | self.equal[k].get(v, 0)
        for i, test in self.tested[k]:
            if test(v):
                m |= 1 << i
        self.masks[k][value] = m
        return m

    def _result(self, mask: int) -> dict[int, tuple[int, int]]:
        """attribute -> (rule id, value) from the one-token patterns a token satisfies."""
        out: dict[int, tuple[int, int]] = {}
        for rid, bits, _ in self.single:     # in rule order: the last one wins
            if mask >> bits[0] & 1:
                for a, val in self.attrs[rid].items():
                    out[a] = (rid, val)
        self.results[mask] = out
        return out

    # -- the component
    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        cols = doc.to_array(self.read_ids).tolist()
        mt, ml, md, ms = self.masks
        get_mask = self._mask
        token_masks = []
        for t, l, d, s in cols:
            m = mt.get(t)
            if m is None:
                m = get_mask(0, t)
            x = ml.get(l)
            if x is None:
                x = get_mask(1, l)
            m &= x
            x = md.get(d)
            if x is None:
                x = get_mask(2, d)
            m &= x
            x = ms.get(s)
            if x is None:
                x = get_mask(3, s)
            token_masks.append(m & x)
        results = self.results
        final: list[dict[int, tuple[int, int]]] = []
        for m in token_masks:
            r = results.get(m)
            if r is None:
                r = self._result(m)
            final.append(r)
        if self.multi_first:
            final = self._apply_multi(token_masks, final)
        bulk = doc.to_array(list(_BULK))
        for i, r in enumerate(final):
            for a, (_, val) in r.items():
                if a in _SINGLE:
                    setattr(doc[i], _SINGLE[a], val)
                else:
                    bulk[i, _BULK.index(a)] = val
        doc.from_array(list(_BULK), bulk)
        return doc

    def _apply_multi(self, token_masks: list[int], final: list[dict]) -> list[dict]:
        n = len(token_masks)
        first = self.multi_first
        for start, m in enumerate(token_masks):
            if not m & first:
                continue
            for rid, bits, index in self.multi:
                end = start + len(bits)
                if end > n or not all(token_masks[start + j] >> b & 1 for j, b in enumerate(bits)):
                    continue
                target = (start + index) if index >= 0 else (end + index)
                if not start <= target < end:
                    raise Unsupported("index outside the match")
                r = dict(final[target])
                for a, val in self.attrs[rid].items():
                    if a not in r or r[a][0] <= rid:
                        r[a] = (rid, val)
                final[target] = r
        return final


def compile_ruler(ruler) -> Optional[FastRuler]:
    try:
        return FastRuler(ruler)
    except Unsupported:
        return None


class FastLemmatizer:
    """spaCy's rule lemmatizer, same answers, memoised per (word, POS, morph), which is all
    it reads. spaCy's own version caches only some answers, walks Python attributes per
    token even on a hit, and tests membership in its lemma index with ``form in list``
    over lists of up to 57,000 words (most of its cost); here the index is sets and the
    lemmas are written with one from_array."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.memo: dict[tuple[int, int, int], int] = {}
        lookups = lemmatizer.lookups
        self.index = {k: set(v) for k, v in lookups.get_table("lemma_index", {}).items()}
        self.index_any = {k: bool(v) for k, v in lookups.get_table("lemma_index", {}).items()}
        self.exc = lookups.get_table("lemma_exc", {})
        self.rules = lookups.get_table("lemma_rules", {})

    def lemma(self, token) -> str:
        """``Lemmatizer.rule_lemmatize(token)[0]``, step for step."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.lemmatizer.lemmatize(token)[0]      # spaCy warns for a missing POS
        if self.lemmatizer.is_base_form(token):
            return string.lower()
        key = get_string_id(univ_pos)           # lookups tables are keyed by string id
        has_index = self.index_any.get(key, False)
        exceptions = self.exc.get(univ_pos, {})
        rules = self.rules.get(univ_pos, {})
        if not (has_index or exceptions or rules):
            return string if univ_pos == "propn" else string.lower()
        index = self.index.get(key, ())
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def __call__(self, doc):
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        memo = self.memo
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = self.strings.add(self.lemma(doc[i]))
            arr[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], arr[:, 3:4])
        return doc


def compile_lemmatizer(lemmatizer) -> Optional[FastLemmatizer]:
    if getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite:
        return None
    return FastLemmatizer(lemmatizer)
