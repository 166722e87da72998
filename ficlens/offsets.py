"""A sparse map between the repaired *view* of a text and its *source*.

The view is the source with a few replacements (mojibake fixed, ``ís`` -> ``'s``). We keep
only the replacements, sorted, so the map costs memory in proportion to the damage, not
to the length of the work. A view span that covers part of a replacement maps to the
whole replaced source stretch: annotations never split a repaired character.
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
        # per edit: (view start, view end, source start, source end)
        self._v: list[tuple[int, int, int, int]] = []
        delta = 0
        for e in self.edits:
            vs = e.start + delta
            ve = vs + len(e.text)
            self._v.append((vs, ve, e.start, e.end))
            delta += len(e.text) - (e.end - e.start)
        self._vstarts = [t[0] for t in self._v]
        self._sstarts = [t[2] for t in self._v]
        self.view_len = self.source_len + delta

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(n, [])

    @staticmethod
    def apply(source: str, edits: list[Edit]) -> str:
        """The view text that ``edits`` make of ``source``."""
        out, pos = [], 0
        for e in edits:
            out.append(source[pos:e.start])
            out.append(e.text)
            pos = e.end
        out.append(source[pos:])
        return "".join(out)

    # -- view -> source
    def _src(self, v: int, as_end: bool) -> int:
        i = bisect_right(self._vstarts, v) - 1
        if i < 0:
            return v
        vs, ve, ss, se = self._v[i]
        if v >= ve:
            # after edit i: shift by the accumulated delta up to and including it
            return se + (v - ve)
        if v == vs:
            return ss
        # strictly inside a replacement: snap outwards
        return se if as_end else ss

    def to_source(self, vstart: int, vend: int) -> tuple[int, int]:
        s = self._src(vstart, as_end=False)
        e = self._src(vend, as_end=True)
        if vend > vstart and e <= s:
            e = s + 1 if s < self.source_len else s
        return s, e

    def source_pos(self, v: int) -> int:
        return self._src(v, as_end=False)

    # -- source -> view
    def _view(self, s: int, as_end: bool) -> int:
        i = bisect_right(self._sstarts, s) - 1
        if i < 0:
            return s
        vs, ve, ss, se = self._v[i]
        if s >= se and not (se == ss and s == ss):
            return ve + (s - se)
        if s == ss:
            return vs
        return ve if as_end else vs

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        return self._view(start, as_end=False), self._view(end, as_end=True)
