"""The repair view: mojibake, code-page apostrophe damage, stray BOMs; offsets back."""
import pytest

from ficlens.ingest import from_text
from ficlens.ingest.repair import find_edits
from ficlens.offsets import OffsetMap


def repaired(text: str) -> str:
    return OffsetMap.apply(text, find_edits(text))


@pytest.mark.parametrize("damaged,clean", [
    ("She said â€œhiâ€\x9d and left.", "She said “hi” and left."),
    ("Itâ€™s fine.", "It’s fine."),
    ("The cafÃ© was naÃ¯ve.", "The café was naïve."),
    ("Wait â€” what â€¦ no â€“ yes.", "Wait — what … no – yes."),
    ("She said â€œbyeâ€ and left.", "She said “bye” and left."),      # the 0x9D byte lost
    ("Twice over: Ã¢â‚¬â„¢ here.", "Twice over: ’ here."),
    ("\ufeffA stray mark\ufeff inside.", "A stray mark inside."),
])
def test_mojibake(damaged, clean):
    assert repaired(damaged) == clean


@pytest.mark.parametrize("damaged,clean", [
    ("sheís here, Iím sure, donít go.", "she’s here, I’m sure, don’t go."),
    ("Youíre late. Weíll see. Theyíve gone. Iíd know.", "You’re late. We’ll see. They’ve gone. I’d know."),
    ("Willowís book and the twinsí room. Itís ten oíclock.",
     "Willow’s book and the twins’ room. It’s ten o’clock."),
    ("ìDonít,î she said. ìWaitóno.î He laughedÖ then left ñ fine.",
     "“Don’t,” she said. “Wait—no.” He laughed… then left – fine."),
    ("ëYes,í she said. Itís okay.", "‘Yes,’ she said. It’s okay."),
    ("IÕm sure you donÕt. ÒHello,Ó he saidÑthen stopped. WellÉ",
     "I’m sure you don’t. “Hello,” he said—then stopped. Well…"),
])
def test_codepage_damage(damaged, clean):
    assert repaired(damaged) == clean


@pytest.mark.parametrize("text", [
    "Sí, she said, così così. The país was far. Luís waved.",
    "Isn't it? ÒLa maison est lˆÓ, the ÎLE and the île.",
    "Just a café in Málaga, with Señor Núñez and Zoë.",
])
def test_real_words_left_alone_without_proof(text):
    assert find_edits(text) == []


def test_real_words_left_alone_with_proof():
    text = "Iím sure. ìSí,î said Luís, ìcosì è.î The país was far."
    out = repaired(text)
    assert "Sí" in out and "Luís" in out and "così" in out and "país" in out
    assert out.startswith("I’m sure. “Sí,” said Luís")


def test_offsets_point_at_damaged_source():
    src = "Buffy thought sheís right.\r\nâ€œNo,â€\x9d Willow said."
    doc = from_text(src)
    assert "she’s" in doc.view and "“No,”" in doc.view
    v = doc.view.index("she’s")
    s, e = doc.to_source(v, v + len("she’s"))
    assert src[s:e] == "sheís"
    v = doc.view.index("Willow")
    s, e = doc.to_source(v, v + 6)
    assert src[s:e] == "Willow"
    v = doc.view.index("“No,”")
    assert src[slice(*doc.to_source(v, v + 1))] == "â€œ"       # one repaired char: its whole source
    assert src[slice(*doc.to_source(v + 1, v + 4))] == "No,"
    # two 3 -> 1 repairs; "í" -> "’" and CRLF -> " \n" keep the length
    assert len(doc.view) == len(src) - 4 and doc.view[26:28] == " \n"


def test_view_length_accounts_for_edits():
    src = "\ufeffâ€œHi.â€\x9d sheís"
    doc = from_text(src)
    assert doc.view == "“Hi.” she’s"
    assert doc.offsets.view_len == len(doc.view)
