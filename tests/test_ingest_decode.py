"""Bytes -> text on short, fan-fiction-like passages (written for these tests)."""
import codecs

import pytest

from ficlens.errors import FiclensError
from ficlens.ingest.decode import decode_bytes

PASSAGES = [
    "“Don’t,” she said. “I’m not going back there.” He shrugged — and left… ‘Fine.’",
    "Willow’s book lay open. “You’re late,” Buffy said.\n\nShe didn’t answer.",
    "The café was quiet. “Naïve,” he muttered. She’d had enough — really.",
    "Zoë didn’t care.",
    "It’s fine",
    "Señor Ruiz smiled at the crème brûlée.",
]


@pytest.mark.parametrize("text", PASSAGES)
@pytest.mark.parametrize("enc", ["cp1252", "mac_roman", "utf-16-le", "utf-16-be", "utf-16", "utf-8"])
def test_round_trip(text, enc):
    data = text.encode(enc)
    decoded, name = decode_bytes(data)
    assert decoded == text
    if enc in ("cp1252", "mac_roman") and any(ord(c) > 127 for c in text):
        # cp1252 without 0x80-0x9F bytes is the same text as latin-1
        assert name in ((enc,) if enc == "mac_roman" else ("cp1252", "latin-1"))


def test_cp1252_wins_ties_on_windows_punctuation():
    # 0x92 is ’ in cp1252 and í in Mac Roman: the contraction decides
    assert decode_bytes(b"I\x92m here, don\x92t go.") == ("I’m here, don’t go.", "cp1252")
    # and 0xD5 is ’ in Mac Roman, Õ in cp1252
    assert decode_bytes(b"I\xd5m here, don\xd5t go.") == ("I’m here, don’t go.", "mac_roman")
    assert decode_bytes(b"\x93Hi,\x94 she said \x97 twice.")[1] == "cp1252"


def test_latin1_without_windows_bytes():
    assert decode_bytes("Noël à la plage.".encode("latin-1")) == ("Noël à la plage.", "latin-1")


def test_utf8_bom_is_kept_in_source():
    text, enc = decode_bytes(codecs.BOM_UTF8 + "Hi “you”".encode())
    assert text == "\ufeffHi “you”" and enc == "utf-8-sig"


def test_mostly_utf8_with_stray_cp1252_bytes():
    data = "Café “ok” ".encode() + b"and \x93this\x94 too"
    assert decode_bytes(data) == ("Café “ok” and “this” too", "utf-8+cp1252")


def test_cyrillic_code_page_left_to_detector():
    text = "Привет, как дела? Это тест на кириллицу, довольно длинный текст для детектора. " * 3
    assert decode_bytes(text.encode("cp1251"))[0] == text


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02\x03\xff\xfe\x00\x00\x10" * 50,       # binary with NULs
    bytes(range(0, 32)) * 40,                            # control bytes
])
def test_binary_rejected(data):
    with pytest.raises(FiclensError, match="binary"):
        decode_bytes(data)


def test_bom_declared_utf16_that_is_not():
    data = codecs.BOM_UTF16_LE + "hello there".encode("utf-16-le") + b"\x00\xd8"   # lone surrogate
    with pytest.raises(FiclensError, match="not valid UTF-16"):
        decode_bytes(data)


def test_central_european_code_page():
    text = "„Nie wiem”, powiedziała cicho. Łza spłynęła jej po policzku, a ktoś się zaśmiał."
    assert decode_bytes(text.encode("cp1250")) == (text, "cp1250")


@pytest.mark.parametrize("text", ["Ça été", "ñáéíóú", "Ærø æble", "été à côté, où êtes-vous?"])
def test_short_accented_text_not_mistaken_for_another_script(text):
    for enc in ("cp1252", "mac_roman"):
        assert decode_bytes(text.encode(enc))[0] == text
