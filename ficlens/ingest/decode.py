"""Bytes -> text: BOMs, UTF-16, cp1252, latin-1, Mac Roman, detected with charset-normalizer."""
from __future__ import annotations

import codecs

from ficlens.errors import FiclensError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 text, or many control bytes, mean not text."""
    head = data[:65536]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return False
    nul = head.count(0)
    if nul:
        # BOM-less UTF-16: every other byte NUL in ASCII-heavy text
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > 0.3 * (len(head) / 2) and min(even, odd) < 0.02 * len(head):
            return False
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > 0.01 * len(head)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding name). Raises FiclensError on failure."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise FiclensError(f"the file starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise FiclensError("this looks like a binary file, not text, HTML or EPUB")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    candidates = []
    if best is not None and best.encoding:
        candidates.append(best.encoding)
    candidates += ["cp1252", "mac_roman", "latin-1"]
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise FiclensError("cannot decode the file's bytes in any known text encoding")
