"""A sparse map between the repaired *view* of a text and its *source*.

The view is the source with a few replacements (mojibake fixed, ``ís`` -> ``'s``, stray
byte-order marks dropped). We keep only the replacements, sorted, so the map costs memory
in proportion to the damage, not to the length of the work.

Semantics (character based, so they hold for insertions and deletions alike):

* a span *start* maps to the source position of the character it points at; a character
  produced by a replacement maps to the start of the replaced source stretch;
* a span *end* maps to just after the source of the character before it; a character
  produced by a replacement maps to the end of the replaced source stretch.

So a view span that covers any part of a replacement covers the whole replaced source
stretch: annotations never split a repaired character. Outside replacements the map is
exact, and ``to_view(*to_source(a, b)) == (a, b)`` there. A view span made only of
inserted characters maps to an empty source span at the insertion point.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    start: int      # source start
    end: int        # source end (exclusive)
    text: str       # what the view holds instead


@dataclass
class OffsetMap:
    source_len: int
    edits: list[Edit] = field(default_factory=list)   # sorted, non-overlapping

    def __post_init__(self) -> None:
        self.edits = sorted(self.edits, key=lambda e: (e.start, e.end))
        prev_end, prev_start = 0, -1
        for e in self.edits:
            if not (0 <= e.start <= e.end <= self.source_len):
                raise ValueError(f"edit {e} outside a source of length {self.source_len}")
            # two edits may touch but not overlap; two insertions at one point are ambiguous
            if e.start < prev_end or (e.start == e.end and e.start == prev_start):
                raise ValueError(f"overlapping edits at source {e.start}")
            if e.start == e.end and not e.text:
                raise ValueError(f"empty edit at source {e.start}")
            prev_end, prev_start = e.end, e.start
        # parallel arrays: view start/end, source start/end, and the view-minus-source
        # shift accumulated *after* each edit
        self._vs: list[int] = []
        self._ve: list[int] = []
        self._ss: list[int] = []
        self._se: list[int] = []
        self._after: list[int] = []
        delta = 0
        for e in self.edits:
            vs = e.start + delta
            delta += len(e.text) - (e.end - e.start)
            self._vs.append(vs)
            self._ve.append(vs + len(e.text))
            self._ss.append(e.start)
            self._se.append(e.end)
            self._after.append(delta)
        self.view_len = self.source_len + delta

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(n, [])

    @staticmethod
    def apply(source: str, edits: list[Edit]) -> str:
        """The view text that ``edits`` (sorted, non-overlapping) make of ``source``."""
        out, pos = [], 0
        for e in edits:
            out.append(source[pos:e.start])
            out.append(e.text)
            pos = e.end
        out.append(source[pos:])
        return "".join(out)

    def __bool__(self) -> bool:  # an OffsetMap is always "present", even with no edits
        return True

    # ---------------------------------------------------------------- view -> source
    def _char_to_source(self, v: int) -> tuple[int, int]:
        """Source stretch [s, e) that view character ``v`` comes from (0 <= v < view_len)."""
        # the last edit whose view stretch starts at or before v and is not empty
        i = bisect_right(self._ve, v)          # edits entirely before or ending at v
        if i < len(self._vs) and self._vs[i] <= v < self._ve[i]:
            return self._ss[i], self._se[i]
        shift = self._after[i - 1] if i else 0
        s = v - shift
        return s, s + 1

    def source_start(self, v: int) -> int:
        """Source position for a span starting at view position ``v``."""
        if v >= self.view_len:
            return self.source_len
        return self._char_to_source(max(v, 0))[0]

    def source_end(self, v: int) -> int:
        """Source position for a span ending (exclusive) at view position ``v``."""
        if v <= 0:
            return 0
        if v > self.view_len:
            v = self.view_len
        return self._char_to_source(v - 1)[1]

    def to_source(self, vstart: int, vend: int) -> tuple[int, int]:
        if not self.edits and 0 <= vstart <= vend <= self.view_len:
            return vstart, vend                 # the common case: nothing was repaired
        s = self.source_start(vstart)
        if vend <= vstart:
            return s, s
        return s, max(s, self.source_end(vend))

    def source_pos(self, v: int) -> int:
        return self.source_start(v)

    # ---------------------------------------------------------------- source -> view
    def _boundary(self, s: int) -> tuple[int, int]:
        """(index of the first edit not wholly before boundary s, view position of s)."""
        # edits whose source stretch ends at or before s, but an insertion *at* s is
        # not before s: it belongs to whatever starts at s
        k = bisect_right(self._se, s)
        while k and self._ss[k - 1] == self._se[k - 1] == s:
            k -= 1
        shift = self._after[k - 1] if k else 0
        return k, s + shift

    def view_start(self, s: int) -> int:
        s = min(max(s, 0), self.source_len)
        k, v = self._boundary(s)
        if k < len(self._ss) and self._ss[k] < s:      # inside a replaced stretch
            return self._vs[k]
        return v

    def view_end(self, s: int) -> int:
        s = min(max(s, 0), self.source_len)
        k, v = self._boundary(s)
        if k < len(self._ss) and self._ss[k] < s:
            return self._ve[k]
        if k < len(self._ss) and self._ss[k] == self._se[k] == s:
            return self._vs[k]                           # stop before an insertion at s
        return v

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        if not self.edits and 0 <= start <= end <= self.source_len:
            return start, end
        vs = self.view_start(start)
        if end <= start:
            return vs, vs
        return vs, max(vs, self.view_end(end))
