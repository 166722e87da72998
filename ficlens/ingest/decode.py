"""Bytes -> text: BOMs, UTF-8, UTF-16 with or without BOM, cp1252, latin-1, Mac Roman.

Fan fiction is mostly English with a sprinkling of curly quotes, dashes and accented
names, so a general detector (charset-normalizer) often guesses a neighbour of the right
code page on short texts (cp1250 for cp1252, mac_iceland for Mac Roman). We therefore
decide among the Western single-byte code pages ourselves, by how plausible the
decoded high bytes look in context (``don’t`` beats ``donít`` and ``donÕt``), and ask
charset-normalizer only whether the text is in another script altogether.
"""
from __future__ import annotations

import codecs
import unicodedata

from ficlens.errors import FiclensError

_BOMS = [
    # a UTF-8 BOM stays in the source as U+FEFF (what a plain UTF-8 decode gives, so
    # offsets agree with it); the repair view drops it
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
]

# code pages we judge ourselves; cp1252 first: it wins ties (Windows is where most
# single-byte fan fiction files come from); cp1250 last, for Central European texts
# ("się", "łza"), which it only wins when its letters fit clearly better
WESTERN = ("cp1252", "mac_roman", "latin-1", "cp1250")
_SINGLE_BYTE_OTHER = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "cp1253",
                      "iso8859_7", "mac_greek", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874",
                      "tis_620", "cp1254", "iso8859_9"}
_MULTI_BYTE_OTHER = {"shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5",
                     "big5hkscs", "euc_kr", "cp949", "iso2022_kr"}
_CURLY_OPEN = "“‘„"
_CURLY_CLOSE = "”’"
_DASHES = "–—"
_NEUTRAL_SYMBOLS = set("©®°£€¥½¼¾§¡¿™¢«»•…·µ×÷±¶")


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 text, or many control bytes, mean not text."""
    head = data[:65536]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return False
    if head.count(0):
        return utf16_without_bom(head) is None
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > 0.01 * len(head)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when ``data`` looks like BOM-less UTF-16 text."""
    head = data[:65536]
    head = head[: len(head) // 2 * 2]
    n = len(head) // 2
    if n < 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # in UTF-16 of Latin, Cyrillic, Greek... text the high byte of every space, digit and
    # ASCII letter is NUL and the low byte almost never is
    if odd > 0.05 * n and even <= 0.005 * n:
        enc = "utf-16-le"
    elif even > 0.05 * n and odd <= 0.005 * n:
        enc = "utf-16-be"
    else:
        return None
    text = head.decode(enc, errors="replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return enc if printable >= 0.95 * len(text) else None


def _char_score(prev: str, ch: str, nxt: str) -> float:
    """How plausible a decoded non-ASCII character is between its neighbours."""
    cat = unicodedata.category(ch)
    if cat == "Cc":                     # C1 control: a wrong code page
        return -5.0
    pl, nl = prev.isalpha(), nxt.isalpha()
    if ch in "’" and pl and nl:         # don’t, she’s
        return 3.0
    if ch in _CURLY_OPEN and not pl and (nl or nxt.isdigit() or nxt in "'\"…—–"):
        return 2.0
    if ch in _CURLY_CLOSE and not nl and (pl or prev in ".,!?…—–;:'\"" or prev.isdigit()):
        return 2.0
    if ch in _CURLY_OPEN + _CURLY_CLOSE:
        return 0.5
    if ch == "…":
        # trails a word ("well…") or stands before a space; "…l" at a word start is odd
        return 1.0 if (pl or prev in ".!?\"'’”" or not nxt.strip() or nxt in "\"'’”") else 0.2
    if ch in _DASHES:
        return 1.0
    if cat.startswith("L"):
        if ch.isupper() and prev.islower():
            return -2.0                 # donÕt, cafŽ: capitals do not follow small letters
        if ch.islower() and (pl or nl):
            return 1.0 if (pl and nl) else 0.5
        if ch.isupper() and (nl and nxt.islower() and not prev.isalpha()):
            return 0.5                  # Émile, Ángel
        return -0.5 if cat not in ("Lu", "Ll") else 0.0
    if ch in _NEUTRAL_SYMBOLS or ch == "\u00a0":
        return 0.0
    return -1.0                         # math and odd symbols: ∂ √ ◊ ˆ ¯ ...


def plausibility(text: str, limit: int = 200_000) -> float:
    total = 0.0
    t = text[:limit]
    for i, ch in enumerate(t):
        if ord(ch) < 128:
            continue
        prev = t[i - 1] if i else " "
        nxt = t[i + 1] if i + 1 < len(t) else " "
        total += _char_score(prev, ch, nxt)
    return total


def _decode_western(data: bytes) -> tuple[str, str, float]:
    """Best of WESTERN by plausibility: (text, encoding, share of letters that are non-ASCII)."""
    best: tuple[float, int, str] | None = None
    sample = data[:200_000]
    for rank, enc in enumerate(WESTERN):
        try:
            decoded = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        # ties go to the earlier code page (cp1252 > Mac Roman > latin-1)
        key = (plausibility(decoded), -rank)
        if best is None or key > best[:2]:
            best = (key[0], key[1], enc)
    assert best is not None          # latin-1 decodes anything
    enc = best[2]
    if enc == "cp1252" and not any(0x80 <= b <= 0x9F for b in data):
        # bytes 0x80-0x9F are where cp1252 and latin-1 differ; without them the text is both
        enc = "latin-1"
    text = data.decode(enc)
    sample_text = text[:200_000]
    letters = sum(1 for ch in sample_text if ch.isalpha())
    high = sum(1 for ch in sample_text if ord(ch) > 127 and ch.isalpha())
    return text, enc, high / max(1, letters)


def _is_other_script(data: bytes) -> tuple[str, str] | None:
    """Text in a non-Latin single/multi-byte encoding charset-normalizer is sure of."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data[:500_000]).best()
    except Exception:   # the detector is a heuristic; never let it crash the ingest
        return None
    if best is None or not best.encoding:
        return None
    enc = best.encoding.lower().replace("-", "_")
    # on short texts the detector guesses wildly (big5 for "ñáéíóú"): take only the
    # common pages of other scripts, and only with enough bytes to judge by
    if enc in _SINGLE_BYTE_OTHER:
        if len(data) < 64:
            return None
    elif enc in _MULTI_BYTE_OTHER:
        if len(data) < 200:
            return None
    else:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _fallback_cp1252(err: UnicodeDecodeError) -> tuple[str, int]:
    out = []
    for b in err.object[err.start:err.end]:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))      # the five bytes cp1252 leaves undefined: as latin-1
    return "".join(out), err.end


codecs.register_error("ficlens-cp1252", _fallback_cp1252)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding name). Raises FiclensError on failure."""
    for bom, enc, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), ("utf-8-sig" if bom == codecs.BOM_UTF8 else enc)
            except UnicodeDecodeError as e:
                if bom == codecs.BOM_UTF8:
                    break       # a UTF-8 BOM over mixed bytes: handled as mixed UTF-8 below
                raise FiclensError(
                    f"the file starts with a {label} byte-order mark but its bytes are not valid {label} "
                    f"(at byte {e.start}: {e.reason})") from None
    if 0 in data[:65536]:
        # NUL bytes: BOM-less UTF-16 (NULs are valid UTF-8, so ask before UTF-8) or binary
        enc16 = utf16_without_bom(data)
        if not enc16:
            raise FiclensError("this looks like a binary file, not text, HTML or EPUB")
        try:
            return data.decode(enc16), enc16
        except UnicodeDecodeError as e:
            raise FiclensError(f"the file looks like UTF-16 but its bytes are not valid UTF-16 "
                               f"(at byte {e.start}: {e.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise FiclensError("this looks like a binary file, not text, HTML or EPUB")
    # mostly valid UTF-8 with a few stray single-byte characters (pasted from a Windows
    # editor): keep the UTF-8 and read the stray bytes as cp1252
    probe = data[:2_000_000].decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in probe if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in probe if ord(ch) > 127 and not "\udc80" <= ch <= "\udcff")
    if good > bad or data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8", errors="ficlens-cp1252"), "utf-8+cp1252"
    text, enc, high_share = _decode_western(data)
    if high_share > 0.3:
        # most letters outside ASCII: Cyrillic, Greek... in a code page of their own?
        other = _is_other_script(data)
        if other:
            return other
    return text, enc
