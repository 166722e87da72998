"""The repaired *view*: mojibake and apostrophe damage fixed, recorded as sparse edits."""
from __future__ import annotations

import re

from ficlens.offsets import Edit

# A right single quote that went through the wrong code page and came back as "í"
# (cp1252 0x92 read as a Mac/Windows variant): "sheís", "Iím", "donít", "Youíre".
_APOS_DAMAGE = re.compile(r"(?<=[A-Za-z])[íÍ](?=(?:s|m|t|re|ll|ve|d)\b)")
# Runs that look like UTF-8 read as cp1252/latin-1 ("â€™", "Ã©"): ftfy fixes these.
_MOJIBAKE_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")


def find_edits(source: str) -> list[Edit]:
    edits: list[Edit] = []
    if any(ch in source for ch in "\u00c2\u00c3\u00e2\u00c5"):
        import ftfy

        for m in _MOJIBAKE_RUN.finditer(source):
            fixed = ftfy.fix_text(m.group(0), normalization="NFC", uncurl_quotes=False,
                                  fix_line_breaks=False, fix_character_width=False)
            if fixed != m.group(0) and len(fixed) <= len(m.group(0)):
                edits.append(Edit(m.start(), m.end(), fixed))
    for m in _APOS_DAMAGE.finditer(source):
        edits.append(Edit(m.start(), m.end(), "'"))
    edits.sort(key=lambda e: e.start)
    # drop overlaps (first wins)
    out: list[Edit] = []
    last = -1
    for e in edits:
        if e.start >= last:
            out.append(e)
            last = e.end
    return out
