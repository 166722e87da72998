"""Speaker attribution on original passages, with a hand-given cast (so these tests check
attribution alone, whatever the characters stage finds)."""
import re

import pytest

from ficlens.config import DEFAULT
from ficlens.document import Character, Mention, Section
from ficlens.ingest import from_text
from ficlens.linguistics import parse
from ficlens.quotes import attribute, detect


def _line(doc, start):
    """The quote whose text starts so."""
    return next(q for q in doc.quotes if doc.source[q.start:q.end].startswith(start))


def _cid(doc, start):
    """The character whose name starts so."""
    return next(c.id for c in doc.characters if c.name.startswith(start))


def run(text, cast, first_person_narrator=None):
    """cast: {id: (pronouns, [aliases])}; mentions are the aliases found in the text."""
    doc = from_text(text)
    parse(doc, DEFAULT)
    detect(doc, DEFAULT)
    doc.characters = [Character(id=cid, name=al[0], aliases=al, pronouns=pr,
                                kind="narrator" if cid == first_person_narrator else "person")
                      for cid, (pr, al) in cast.items()]
    owner = {a: cid for cid, (_, al) in cast.items() for a in al}
    rx = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, owner), key=len, reverse=True)) + r")\b")
    doc.mentions = [Mention(m.start(), m.end(), owner[m.group(0)]) for m in rx.finditer(text)]
    if first_person_narrator:
        doc.sections = [Section(0, len(text), "first", first_person_narrator)]
    attribute(doc, DEFAULT)
    return doc, [(text[q.start:q.end], q.speaker) for q in doc.quotes]


CAST = {"mara": ("she/her", ["Mara Quill", "Mara"]), "tobin": ("he/him", ["Tobin"]),
        "edda": ("she/her", ["Aunt Edda", "Edda"])}


def test_explicit_tags_both_orders_and_a_split_quote():
    doc, qs = run(
        "\"The boat leaks,\" said Tobin.\n\n"
        "Mara said, \"Then bail.\"\n\n"
        "\"I am bailing,\" Tobin said, \"with a teacup.\"\n\n"
        "\"Use the bucket,\" called Aunt Edda from the porch.", CAST)
    assert [s for _, s in qs] == ["tobin", "mara", "tobin", "tobin", "edda"]
    assert all(q.method == "explicit" for q in doc.quotes)


def test_anaphoric_tag_follows_gender_and_the_conversation():
    _, qs = run(
        "Mara found Tobin in the shed, sorting nails into jars.\n\n"
        "\"You missed supper,\" she said.\n\n"
        "\"I wasn't hungry,\" he said.\n\n"
        "\"Edda made the pie,\" she said.", CAST)
    assert [s for _, s in qs] == ["mara", "tobin", "mara"]


def test_long_untagged_exchange_alternates():
    _, qs = run(
        "\"Where's the key?\" asked Mara.\n\n"
        "\"Which key?\" Tobin said.\n\n"
        "\"The shed key.\"\n\n"
        "\"On the hook.\"\n\n"
        "\"It isn't.\"\n\n"
        "\"Then the dog ate it.\"\n\n"
        "\"We don't have a dog.\"\n\n"
        "\"Then the neighbour's dog ate it.\"", CAST)
    assert [s for _, s in qs] == ["mara", "tobin", "mara", "tobin", "mara", "tobin", "mara", "tobin"]
    

def test_action_beats_name_the_speaker():
    doc, qs = run(
        "\"Tea?\" Tobin asked.\n\n"
        "Aunt Edda tilts her head. \"You noticed the cups?\"\n\n"
        "\"Only the chipped one.\" Tobin set the kettle down.", CAST)
    assert [s for _, s in qs] == ["tobin", "edda", "tobin"]
    assert doc.quotes[1].method == "beat"


def test_vocative_points_at_the_addressee_not_the_speaker():
    doc, qs = run(
        "Mara and Tobin stood at the gate.\n\n"
        "\"Tobin, close it behind you.\"\n\n"
        "\"It sticks, Mara.\"", CAST)
    assert [s for _, s in qs] == ["mara", "tobin"]
    assert doc.quotes[0].addressees == ["tobin"]
    assert doc.quotes[1].addressees == ["mara"]


def test_first_person_narrator_speaks():
    cast = {"nar": (None, ["Wren"]), "tobin": ("he/him", ["Tobin"])}
    doc, qs = run(
        "I waited by the ferry until Tobin came down the hill.\n\n"
        "\"You're late,\" I said.\n\n"
        "\"The road was flooded,\" Tobin said.\n\n"
        "I shook my head. \"It hasn't rained in a week.\"", cast, first_person_narrator="nar")
    assert [s for _, s in qs] == ["nar", "tobin", "nar"]
    assert doc.quotes[0].method == "narrator"


def test_told_him_gives_the_addressee():
    doc, qs = run("Edda looked at Tobin.\n\n\"Sit down,\" she told him.", CAST)
    assert qs[0][1] == "edda"
    assert doc.quotes[0].addressees == ["tobin"]


CALLED_ANSWERS = """Ros and Matthias skated last. When the music stopped he put her down as gently as a cup.

In the kiss and cry they sat in a blaze of light and waited for the scores. Jules was shouting somewhere up in the stands. Felix, for once in his life, was shouting with him.

"Ros, wait, I—"

The scores came up. The arena exploded. She did not look at the board.

"No. You say it. Whatever it is, say it now, Matthias."

"I've been in love with you since we were fifteen." He said it to her, not to the camera. "I never said."
"""


def test_the_one_called_by_name_answers_under_a_pronoun_tag():
    # "say it now, Matthias" / "..." He said it to her: he is Matthias, not Felix, the
    # last man the narration spoke of
    cast = {"r": ("she/her", ["Ros"]), "m": ("he/him", ["Matthias"]),
            "j": ("he/him", ["Jules"]), "f": ("he/him", ["Felix"])}
    _, quotes = run(CALLED_ANSWERS, cast)
    spk = {text[:12]: who for text, who in quotes}
    assert spk["No. You say "] == "r"
    assert spk["I've been in"] == "m"


def test_a_line_with_no_one_else_in_a_first_person_telling_is_said_to_the_teller():
    text = ("The lorry hit a rut. Anouk woke, and found my hand under the blanket, and said, "
            "very quietly, into my collar, \"I love you. I've been meaning to say.\"\n")
    doc = from_text(text)
    parse(doc, DEFAULT)
    detect(doc, DEFAULT)
    doc.characters = [Character(id="i", name="Idris", aliases=["Idris"], pronouns="he/him", kind="narrator"),
                      Character(id="a", name="Anouk", aliases=["Anouk"], pronouns="she/her")]
    doc.mentions = [Mention(text.index("Anouk"), text.index("Anouk") + 5, "a")]
    doc.sections = [Section(0, len(text), "first", "i")]
    attribute(doc, DEFAULT)
    assert [(q.speaker, q.addressees) for q in doc.quotes] == [("a", ["i"])]


OPENS_ON_ACTION = """I packed the last box at six and sat on it, because there was nowhere else to sit.

Juno rang at seven. Juno always rings at seven.

***

Marisol walked me down to the bus stop after the party.

"You were quiet tonight. What happened with Felix?"

"He asked me out. I said no."

"Oh, love."
"""


def test_a_talk_that_opens_after_someones_action_starts_with_them(analyze):
    doc = analyze(OPENS_ON_ACTION)
    src = doc.source
    mari = _cid(doc, "Marisol")
    q = next(q for q in doc.quotes if src[q.start:q.end].startswith("You were quiet"))
    # a new scene, first line untagged, right after "Marisol walked me down": hers,
    # not the teller's
    assert q.speaker == mari


def test_nobody_calls_me_names_the_speaker_not_the_one_spoken_to():
    cast = {"tobin": ("he/him", ["Tobin"]), "mara": ("she/her", ["Marguerite", "Mara"])}
    doc, qs = run(
        "Tobin picked up the form and read it. \"Marguerite?\"\n\n"
        "\"Mara. Nobody calls me Marguerite except my gran.\"\n\n"
        "\"Mara, then.\"\n", cast)
    assert ("Mara. Nobody calls me Marguerite except my gran.", "mara") in qs


def test_a_line_that_names_someone_in_the_third_person_is_not_theirs():
    cast = {"jory": ("she/her", ["Jory"]), "zuza": ("she/her", ["Zuza"]), "pavel": ("he/him", ["Pavel"])}
    doc, qs = run(
        "Jory taught Zuza to play cards at the long table. Pavel slept on the bench.\n\n"
        "\"Keep the low card under your thumb,\" said Jory.\n\n"
        "\"Isn't that cheating?\" asked Zuza.\n\n"
        "\"Papa! Jory says cheating's allowed!\"\n", cast)
    said = dict(qs)
    assert said["Papa! Jory says cheating's allowed!"] != "jory"


def test_an_em_dash_line_after_and_said_colon_is_the_sayers():
    cast = {"zuza": ("she/her", ["Zuza"]), "liesl": ("she/her", ["Liesl"])}
    doc, qs = run(
        "Liesl put the bags down. Zuza took off her red hat, looked round the hut, and said:\n\n"
        "— Is this the one? With the goat on the roof?\n\n"
        "— That was a long time ago, love.\n\n"
        "— There's always a goat, — said Zuza. — It's a different goat.\n\n"
        "— Sit down, — said Liesl. — I'll find you some soup.\n", cast)
    assert ("Is this the one? With the goat on the roof?", "zuza") in qs


SELF_INTRODUCTION = """The café was nearly empty when I came in. He was already at the window table, with two menus and a pot of tea, and when he saw me he stood up so fast he knocked the sugar over.

"Hi. Sorry. You must be Rosalind."

"I am. And you're—"

"Teodor. Teodor Vance." He held out his hand. "I've just introduced myself like a spy."

We ordered. He asked about my work, and I told him, and he laughed in the right places.

At the bus stop he kissed me, and I kissed him back.
"""


def test_a_full_name_said_as_a_sentence_of_its_own_introduces_the_speaker(analyze):
    doc = analyze(SELF_INTRODUCTION)
    src = doc.source
    teodor = next(c.id for c in doc.characters if c.name == "Teodor Vance")
    intro = next(q for q in doc.quotes if src[q.start:q.end].startswith("Teodor."))
    assert intro.speaker == teodor
    # no call to the teller: the teller is not Teodor; and the "he" who was waiting is
    # Teodor, not a person of his own
    assert doc.sections[0].narrator != teodor
    assert not any(c.name in ("he", "him") for c in doc.characters)
    pair = next(r for r in doc.relationships if teodor in r.characters)
    assert pair.kind == "romantic" and doc.sections[0].narrator in pair.characters


def test_a_full_name_read_off_a_badge_is_no_introduction():
    cast = {"mags": ("she/her", ["Mags"]), "rose": ("she/her", ["Rose Delacroix", "Delacroix"])}
    doc, qs = run('Mags came back from the desk. "Delacroix, her badge says. Rose Delacroix. She put me in bay four."\n', cast)
    assert not any(sp == "rose" for _, sp in qs)


NAMED_AFTER_THE_TALK = """The first time he comes in, it's raining sideways.

"Sorry. Hi. Is it too early for a coffee?"

"It's never too early."

"Says here you're Greer. I was reading the badge."

"I know you were reading the badge."

"Good. Great. I'm Teodor. Teo, if you have to write it on a cup."

I write TEO on the cup. Teodor laughs.
"""


def test_a_he_who_names_himself_later_in_the_talk_is_that_man(analyze):
    doc = analyze(NAMED_AFTER_THE_TALK)
    teodor = _cid(doc, "Teodor")
    # the "he" who came in and spoke first is Teodor, not a person of his own
    assert not any(c.name in ("he", "him") for c in doc.characters)
    src = doc.source
    first = next(q for q in doc.quotes if src[q.start:q.end].startswith("Sorry"))
    assert first.speaker == teodor


NAMED_BEAT = """It was past four and nearly dark when June came into the cafe, and there was a small woman with silver hair sitting at the table by the window in June's usual place.

"You must be the map girl. Sit down, love, you're letting the heat out."

"Mum. Leave her alone." Mara had come out of the kitchen with flour to her elbows.

"I'm being friendly. Somebody in this family has to be." Rosalind Quill patted the chair beside her, and June sat down.

"Thank you," June said.

"Now. Tell me what you've done to my bay."
"""




OWNED_LINE = """I walked Wren down to the quay. Her brother Abel was already in the boat with the engine running, and he sounded the horn twice.

"You'll miss it," Wren said.

"I won't." Abel sounded the horn again. He was not looking at us, carefully.

"I love you."

I had not meant to say it. It came out in the wrong place, with the gulls screaming and the whole island watching.
"""


def test_a_bare_line_the_teller_owns_next_is_the_tellers(analyze):
    doc = analyze(OWNED_LINE)
    q = _line(doc, "I love you")
    sec = next(s for s in doc.sections if s.start <= q.start < s.end)
    assert sec.narration == "first"
    assert q.speaker == sec.narrator


def test_owning_a_line_is_saying_it_not_saying_something_else():
    from ficlens.quotes.speakers import _OWNED
    for t in ["I had not meant to say it.", "I hadn’t meant to say that.", "I said it before I could stop myself."]:
        assert _OWNED.match(t), t
    for t in ["I said nothing.", "I told him to go.", "Abel said it twice."]:
        assert not _OWNED.match(t), t


PHONE_CALL = """Saoirse Kavanagh ate her lunch on the bench by the orchids, and Adaeze Nwosu sat beside her with a packet of crisps.

"He wants to move the benches," Adaeze said.

"Over my dead body."

"He's gorgeous, though."

"He's a menace."

Her father rang on Sunday evening, the way he had rung every Sunday since she moved away, because Brendan Kavanagh believed that a phone call at any other time meant somebody had died.

"How's my girl? How are the flowers?"

"They're not flowers, Dad, they're orchids."
"""


def test_a_newcomer_named_between_two_talks_opens_a_new_talk(analyze):
    doc = analyze(PHONE_CALL)
    ids = {c.name: c.id for c in doc.characters}
    src = doc.source
    first = next(q for q in doc.quotes if src[q.start:q.end].startswith("How's my girl"))
    assert first.speaker == ids["Brendan Kavanagh"]
    # and "Dad" and the "her father" of that sentence are that same man, not more fathers
    assert "Dad" not in ids and "Her father" not in ids
    reply = next(q for q in doc.quotes if src[q.start:q.end].startswith("They're not flowers"))
    assert ids["Brendan Kavanagh"] in reply.addressees


LEAD_ANSWERS = """Wren Halloway took the glasshouse on a Tuesday. Wren swept it out, and Wren mended the door, and by Friday Wren had the first seedlings in. Tobias Marr from next door watched over the fence and said nothing at all.

On Saturday Wren went down to the village for string, and Tobias went to the pub.

***

Mrs Abara was waiting at the gate when she came back up the lane.

"You'll be the new tenant, then," said Mrs Abara.

"For my sins."

"There's a parcel. I left it with Marr."
"""


@pytest.mark.parametrize("text,line,speaker", [
    # a named actor right after the line is its speaker
    (NAMED_BEAT, "I'm being friendly", "Rosalind"),
    # the lead answers a talk that has one voice so far
    (LEAD_ANSWERS, "For my sins", "Wren"),
], ids=["named-actor-after-the-line", "lead-answers-a-one-voice-talk"])
def test_the_speaker_of_a_line_with_no_tag(analyze, text, line, speaker):
    doc = analyze(text)
    assert _line(doc, line).speaker == _cid(doc, speaker)


NAME_ASKED = """Ruth Calloway put the kettle on, and Efua Asante laid the table for three.

Kofi Asante stood in the kitchen doorway and looked at the woman beside his niece.

"And you are?"

"Ruth. Efua's wife."

"My brother never mentioned a wife," Kofi said.
"""


def test_a_bare_name_that_answers_and_you_are_is_the_speakers(analyze):
    doc = analyze(NAME_ASKED)
    ruth = _cid(doc, "Ruth")
    q = _line(doc, "Ruth.")
    assert q.speaker == ruth
    # and what she calls herself makes the couple
    efua = _cid(doc, "Efua")
    r = next((r for r in doc.relationships if set(r.characters) == {ruth, efua}), None)
    assert r is not None and r.kind == "romantic"


def test_oaths_and_calls_for_attention_are_no_names(analyze):
    doc = analyze("""'Oi. Your queue's in my window,' Wiremu said.\n\n'Shit, Stel, I ate four of your buns,' Wiremu said.\n\nStellan laughed at him.\n""")
    names = {c.name for c in doc.characters}
    assert "Oi" not in names and "Shit" not in names


TAGGED_LEAD = """Glasshouse
by fernwright

Rating: General Audiences
Characters: Saoirse Kavanagh, Adaeze Nwosu, Brendan Kavanagh

Adaeze Nwosu ate her crisps on the bench by the orchids, and Adaeze talked about the car park, and Adaeze talked about the new manager, and Saoirse Kavanagh let her.

"He's gorgeous, though," Adaeze said.

"He's a menace."

That Sunday her father rang, because Brendan Kavanagh always rang on Sundays.

"How's my girl?"

"Tired."
"""


def test_the_lead_is_the_character_the_authors_tags_list_first(analyze):
    from ficlens.quotes.speakers import Attributor
    doc = analyze(TAGGED_LEAD)
    ids = {c.name: c.id for c in doc.characters}
    # Adaeze is named more often; the author lists Saoirse first
    assert Attributor(doc).lead == ids["Saoirse Kavanagh"]
    doc.work.characters = []
    assert Attributor(doc).lead != ids["Saoirse Kavanagh"]


def test_a_yes_and_ones_own_name_names_the_speaker():
    # "I am. Tobin.": the answer to "you'll be X's boy" says who speaks, whoever
    # the turn-taking would have picked
    cast = {"tobin": ("he/him", ["Tobin"]), "edda": ("she/her", ["Aunt Edda", "Edda"]),
            "mara": ("she/her", ["Mara"])}
    _, qs = run(
        "Aunt Edda looked at the boat for a long time, then at me.\n\n"
        "\"You'll be Mara's boy,\" she said.\n\n"
        "\"Well, look at the state of it.\"\n\n"
        "\"I am. Tobin. This is her boat.\"", cast, first_person_narrator="tobin")
    assert dict(qs)["I am. Tobin. This is her boat."] == "tobin"


def test_i_am_inside_a_sentence_names_no_one():
    # "fine as I am. Tobin. Go home.": the name after it is a call, not her own
    cast = {"tobin": ("he/him", ["Tobin"]), "mara": ("she/her", ["Mara"])}
    _, qs = run(
        "Tobin found Mara on the slipway with the nets.\n\n"
        "\"Do you want a hand with those?\" he asked.\n\n"
        "\"I'm fine as I am. Tobin. Go home.\"", cast)
    assert dict(qs)["I'm fine as I am. Tobin. Go home."] == "mara"
