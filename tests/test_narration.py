"""Narration: sections, narrative person, narrators (issue #5). Original passages."""
from __future__ import annotations

import re

import pytest

HEADED = """The Salt Road

Marta POV

I found the letter under the door before breakfast. Ines had written it in pencil, which meant she had been writing it in the dark, which meant she had not slept.

"You read it already," Ines said when I came down. "I can tell. You have your reading face."

"I don't have a reading face."

"You do. It's the same as your worrying face, Marta, only slower."

Ines's POV

She had the letter folded in her fist like she meant to throw it in the stove. I would have let her. I had written most of it at three in the morning and none of it was any good.

"It's a good letter," Marta said.

"It's a terrible letter."

"It's a terrible letter," she agreed, and kissed me anyway, and I forgot what I had been afraid of.

POV: Odile

My sisters think I cannot hear them through the floor. I can hear everything in this house. I heard Marta come down the stairs and I heard Ines stop breathing for a moment when she did.

~Callum~

I deliver the post on the salt road and I have delivered a great many letters, but I have never seen anyone look at an envelope the way Ines looked at mine that morning. I waited at the gate. I am not proud of it.

Bram's perspective

I was the one who told Callum to wait at the gate. I regret nothing. My brother has been in love with the whole village for years and someone had to keep him on his route.
"""

SILENT = """Harbour Days

Noor POV

The boats came in late, and I had been on the quay since five, counting crates and pretending not to look for Jess.

"Noor!" Jess shouted from the deck of the second boat. "Catch!"

I caught the rope. I always catch the rope.

***

I have sold fish on this quay for forty years and I know a courting when I see one. Noor stood there with that rope in her hands like it was a ring. Jess jumped down onto the stones and laughed at her.

"Morning, missus," Jess called to me, and I waved my knife at the pair of them and went back to my herring.
"""

THIRD_WITH_DIALOGUE = """The Workshop

Tobiah pushed the door open with his shoulder and dropped the crate on the bench. The workshop smelled of glue and cold iron.

"I told you I'd bring it," he said. "I always bring it. I'm not the one who forgets."

"I never forget," said Ruth. "I just remember later than you do. My memory is on a delay."

He laughed and began to pull the straw out of the crate. She watched him work, and she thought about the summer they had built the first clock together, and she said nothing about it.

"I need the small pliers," he said. "Mine are at home. Can I borrow yours?"

"You can borrow my pliers when you return my hammer."

_I should have kept the hammer_, he thought, and handed her the crate lid instead.
"""

SECOND = """Arrival

You step off the train into a station that smells of rain and diesel. Your suitcase has a broken wheel, and you drag it behind you like a stubborn dog.

Nobody is waiting for you. You knew nobody would be, but you look anyway, along the whole platform, under the clock, by the newspaper stand.

"Lost?" the guard asks you. He has a kind face and a terrible moustache.

"I'm fine," you tell him. "I know where I'm going."

You do not know where you are going. You walk out into the rain and you keep walking.
"""

NAME_IN_DIALOGUE = """Market Night

The stalls go up at dusk, and by the time the lamps are lit I have already burned my thumb on the griddle twice. My grandmother says it is how the griddle knows who owns it.

"Tomasz," Babcia said, not looking up from her dough. "You are daydreaming again."

"I'm working."

"You are working with your eyes on the girl who sells the candles."

I did not answer, because there was no good answer, and because the girl who sells the candles had just looked over at me.

She came over at closing time with a paper bag. "Trade you," she said. "Two candles for one of those pancakes, Tomasz. Your grandmother told me your name."
"""


def _sections_cover(doc):
    secs = doc.sections
    assert secs[0].start == 0
    assert secs[-1].end == len(doc.source)
    for a, b in zip(secs, secs[1:]):
        assert a.end == b.start and a.start < a.end


def _section_at(doc, needle: str):
    pos = doc.source.index(needle)
    for s in doc.sections:
        if s.start <= pos < s.end:
            return s
    raise AssertionError(needle)


def _narrator_name(doc, needle: str):
    s = _section_at(doc, needle)
    assert s.narration == "first", (needle, s)
    c = doc.character(s.narrator)
    assert c is not None
    return c


def test_headed_alternating_pov_all_header_styles(analyze):
    doc = analyze(HEADED)
    _sections_cover(doc)
    expect = {
        "I found the letter": "Marta",
        "She had the letter folded": "Ines",
        "My sisters think": "Odile",
        "I deliver the post": "Callum",
        "I was the one who told": "Bram",
    }
    for needle, name in expect.items():
        c = _narrator_name(doc, needle)
        assert name in [c.name, *c.aliases] or c.name.startswith(name), (needle, c)
    ids = [_section_at(doc, n).narrator for n in expect]
    assert len(set(ids)) == 5
    assert _section_at(doc, "I found the letter").header == "Marta"


def test_silent_switch_after_break_gets_unnamed_narrator(analyze):
    doc = analyze(SILENT)
    _sections_cover(doc)
    noor = _narrator_name(doc, "The boats came in late")
    assert noor.name.startswith("Noor")
    other = _narrator_name(doc, "I have sold fish")
    assert other.id != noor.id
    assert other.named is False and other.kind == "narrator"
    # the switch is the section boundary, at the scene break
    sec = _section_at(doc, "I have sold fish")
    assert doc.source[sec.start:sec.start + 3] == "***"


def test_third_person_with_first_person_dialogue_and_thoughts(analyze):
    doc = analyze(THIRD_WITH_DIALOGUE)
    _sections_cover(doc)
    assert {s.narration for s in doc.sections} == {"third"}
    assert all(s.narrator is None for s in doc.sections)
    assert not [m for m in doc.mentions if m.kind == "NARR"]


def test_second_person_story(analyze):
    doc = analyze(SECOND)
    _sections_cover(doc)
    assert {s.narration for s in doc.sections} == {"second"}
    assert all(s.narrator is None for s in doc.sections)


def test_narrator_named_only_in_others_dialogue(analyze):
    doc = analyze(NAME_IN_DIALOGUE)
    c = _narrator_name(doc, "The stalls go up")
    assert "Tomasz" in [c.name, *c.aliases]
    assert c.named


def test_narr_mentions_only_outside_quotes(analyze):
    doc = analyze(NAME_IN_DIALOGUE)
    narr = [m for m in doc.mentions if m.kind == "NARR"]
    # every I/me/my/mine/myself of the narration, none of those spoken
    spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', doc.source)]
    expected = [m.start() for m in re.finditer(r"\b(?:I|me|my|mine|myself|My)\b", doc.source)
                if not any(s <= m.start() < e for s, e in spans)]
    assert sorted(m.start for m in narr) == expected
    sec = _section_at(doc, "The stalls go up")
    assert all(m.character == sec.narrator for m in narr)
    for m in narr:
        assert not any(s <= m.start < e for s, e in spans)
        assert doc.source[m.start:m.end].lower() in {"i", "me", "my", "mine", "myself"}


def test_self_naming_and_relations(analyze):
    text = """Letters Home

My name is Halvard and I keep the lighthouse on the point. My sister, Brit, says it is a job for a man who dislikes people, and she is right.

Brit came on the Sunday boat with a basket of bread and a great deal of advice. "You need a dog," Brit said. "Or a wife. Or at least a radio."

"I have the gulls," I told her.
"""
    doc = analyze(text)
    c = _narrator_name(doc, "My name is Halvard")
    assert c.name.startswith("Halvard")


def test_third_person_pov_header_gives_focal(analyze):
    text = """Winter Orders

Sabine's POV

Sabine saw the rider before anyone else did, a dark speck on the white road. She knew the horse at once and felt her stomach turn over.

Her father came out onto the step behind her. He shaded his eyes and did not see anything at all.

"Who is it?" he asked.

"Nobody," Sabine said, and she wondered why she had lied.
"""
    doc = analyze(text)
    sec = _section_at(doc, "Sabine saw the rider")
    assert sec.narration == "third"
    assert sec.narrator is None
    c = doc.character(sec.focal)
    assert c is not None and c.name.startswith("Sabine")


def test_unit_person_rates_ignore_quotes():
    """The person decision on bare features (no parse needed for the regex fallback)."""
    from ficlens.narration import Stretch, _person
    from ficlens.narration.features import BlockFeat

    feats = {0: BlockFeat(0, n_tok=200, fp=1, tp=12), 1: BlockFeat(1, n_tok=200, fp=9, tp=6),
             2: BlockFeat(2, n_tok=200, fp=1, sp=10)}
    assert _person(Stretch(text_blocks=[0]), feats)[0] == "third"
    assert _person(Stretch(text_blocks=[1]), feats)[0] == "first"
    assert _person(Stretch(text_blocks=[2]), feats)[0] == "second"


def test_fallback_quote_styles():
    from ficlens.narration.features import _dash_spans, _double_spans, _single_spans

    t = "'Don't,' she said. 'It's Agnes's cup.'"
    spans = [t[s:e] for s, e in _single_spans(t)]
    assert spans == ["Don't,", "It's Agnes's cup."]
    t = "\u2014 My hands are cold, \u2014 Teo said. \u2014 Look."
    assert [t[s:e].strip() for s, e in _dash_spans(t)] == ["My hands are cold,", "Look."]
    t = '"I said so," I said. "And I meant it'
    assert [t[s:e] for s, e in _double_spans(t)] == ["I said so,", "And I meant it"]


@pytest.mark.parametrize("header", ["Ines POV", "Ines's POV", "POV: Ines", "~Ines~", "Ines' perspective"])
def test_header_styles_each(analyze, header):
    text = f"""{header}

I woke before the bells and lay listening to the rain on the slates. Nobody else in the house was awake, and for once I did not mind being alone with my thoughts.
"""
    doc = analyze(text)
    c = _narrator_name(doc, "I woke before")
    assert c.name.startswith("Ines")


def test_generic_pov_header_names_no_one(analyze):
    text = """Normal POV

The storm reached the harbour after midnight. Every boat strained at its rope, and the harbourmaster walked the quay with a lantern, counting them twice.

Nobody slept. Pia sat up with her grandmother and listened to the shutters bang, and Arno paced the kitchen until his father told him to sit down.
"""
    doc = analyze(text)
    assert {s.narration for s in doc.sections} == {"third"}
    assert not any(c.name.lower().startswith("normal") for c in doc.characters)
    assert doc.sections[0].header == "Normal"


def test_pov_in_chapter_title_and_name_as_title(analyze):
    text = """Chapter 1 - Kit's POV

I was late for the ferry, which is normal, and the ferry was late for me, which is not. I stood on the slipway with my bag and watched the grey water do nothing at all. Lorne was somewhere behind me with the tickets, and Lorne is never on time.

Chapter 2: Lorne

I saw her before she saw me. She was standing on the slipway with a bag over her shoulder, glaring at the sea as if she could make the boat come by frowning at it. I bought two teas.
"""
    doc = analyze(text)
    assert _narrator_name(doc, "I was late for the ferry").name.startswith("Kit")
    lorne = _narrator_name(doc, "I saw her before")
    assert lorne.name.startswith("Lorne")


def test_long_first_person_keeps_its_narrator_across_chapters(analyze):
    """Chapters of a first-person work keep the narrator found in the first one even when
    a later chapter has lines addressed to other people and nothing names the narrator."""
    ch1 = """Chapter 1

I came to Ashgrove in the spring, at my cousin's invitation. Edwin met me at the station.

"Welcome, Harriet," Edwin said, shaking my hand. "You look tired."

"It was a long journey," I said.
"""
    ch2 = """Chapter 2

The next morning I walked down to the orchard with Edwin and his sister. Clara talked the whole way about the new vicar, and Edwin said nothing at all.

"Clara, leave it," Edwin said at last.

"I will not leave it, Edwin," she said. "He is the most interesting man in the county."

I laughed, and they both turned to look at me as though they had forgotten I was there. I walked on between the trees and listened to the bees.
"""
    doc = analyze(ch1 + "\n" + ch2)
    a = _narrator_name(doc, "I came to Ashgrove")
    b = _narrator_name(doc, "The next morning I walked")
    assert a.id == b.id and a.name.startswith("Harriet")


UNMARKED = """The Crossing

The ferry left the mainland at dawn with eleven passengers, a van full of post, and a dog that belonged to no one. The captain counted the passengers twice, because he always did, and then went up to the wheelhouse to drink his tea. The sea was flat and grey and the gulls followed the wake all the way out past the last buoy.

Among the passengers was a woman in a green coat who stood at the rail the whole time. She did not sit down when the others went inside to get out of the wind. She held a letter in one hand and the rail in the other, and she watched the island grow out of the mist until it was close enough to see the harbour wall and the white houses above it.

The dog came and sat by her feet. She did not notice it. The captain noticed, and he thought that was strange, because the dog never sat by anyone. He made a note of it in his head, the way he made notes of the weather, and then he forgot it.

I had not been home in nine years. I had told myself I would not cry when I saw the harbour, and I did not, but only because I was too busy reading my mother's letter again. My hands were cold and my eyes were tired and I had read it so many times that the paper had gone soft at the folds.

I knew what it said. I knew every word. I read it anyway, because reading it was easier than looking at the house on the hill where my mother was waiting, or was not waiting, or had stopped waiting years ago. I folded the letter and put it in my pocket and I went down the gangway with the dog behind me, as if it had decided I was the one it had been waiting for. I did not send it away. I thought that if I was going to walk up that hill, I would rather not walk it alone.
"""


def test_unmarked_switch_of_person(analyze):
    doc = analyze(UNMARKED)
    _sections_cover(doc)
    assert _section_at(doc, "The ferry left").narration == "third"
    assert _section_at(doc, "The dog came and sat").narration == "third"
    assert _section_at(doc, "I had not been home").narration == "first"
    assert _section_at(doc, "I knew what it said").narration == "first"


def test_chapter_subtitles_are_not_pov_headers(analyze):
    text = """CHAPTER I.

THE ARRIVAL

I reached the farm at dusk. My uncle was waiting at the gate with a lamp, and he did not say a word until we were inside.

"You took your time, Anselm," he said at last.

CHAPTER II.

THE FIELDS

[Illustration]

In the morning I walked the fields with my uncle. He showed me where the river had broken the bank in the winter, and where the sheep had drowned.

"Anselm, you will mend that wall before the spring," he said.
"""
    doc = analyze(text)
    a = _narrator_name(doc, "I reached the farm")
    b = _narrator_name(doc, "In the morning I walked")
    assert a.id == b.id and a.name.startswith("Anselm")
    names = " ".join(c.name for c in doc.characters).lower()
    assert "fields" not in names and "illustration" not in names and "arrival" not in names


def test_scene_label_between_ornaments_is_not_a_narrator(analyze):
    text = """Marisol POV

I kept the logbook open on my knees and waited for the storm to reach the lamp. Dace was late again, and I was not going to say anything about it.

~Flashback~

I was nine the first time I climbed the lighthouse stairs. My father carried the lantern and I counted the steps out loud, all two hundred and twelve of them.
"""
    doc = analyze(text)
    a = _narrator_name(doc, "I kept the logbook")
    b = _narrator_name(doc, "I was nine")
    assert a.id == b.id and a.name.startswith("Marisol")
    assert not any(c.name.lower().startswith("flashback") for c in doc.characters)


# ---- silent switches to a teller outside the cast, letters, written names (original passages)

TWO_TELLERS_THEN_STRANGER = """The Ferry Cafe

The first ferry docks at six, and by ten past I have usually burned the toast. Dad says the burning is part of the recipe. Dad says a lot of things.

"Priya," Kasim called from the door, "the milk's not come."

"Then we'll have it black," I said, and threw him the keys to the van.

***

The milk had come. It was sitting on the step of the wrong cafe, which is the kind of morning it was.

"Kasim," the woman at the wrong cafe said, "is this yours?"

"It's Priya's," I said. "Everything is Priya's. I just drive the van." I carried the crate back along the quay and Priya took it from me without a word, and Dad laughed at both of us from behind the till.

***

I have cleaned the windows along this quay for thirty years, and I am not a man who notices much, but I noticed that crate go back and forth. Priya came out with two cups and gave me one.

"You missed a bit," she said, and pointed at a smear by the door.

"I always miss that bit," I said. "It's tradition." She laughed, and I thought that her father had raised her well, whatever the boy with the van believed.
"""


def test_silent_switch_to_a_stranger_is_not_forced_onto_a_known_teller(analyze):
    doc = analyze(TWO_TELLERS_THEN_STRANGER)
    _sections_cover(doc)
    priya = _narrator_name(doc, "The first ferry docks")
    kasim = _narrator_name(doc, "The milk had come")
    assert priya.name.startswith("Priya") and kasim.name.startswith("Kasim")
    # Priya is spoken of in the third person; Kasim is never named there, but the teller
    # is "not a man who ..." and Kasim is a he, and "her father" is not his "Dad"
    stranger = _narrator_name(doc, "I have cleaned the windows")
    assert stranger.id not in (priya.id, kasim.id)
    assert stranger.named is False and stranger.kind == "narrator"


NAMELESS_PART = """Lighthouse Keepers

Oren had the lamp apart on the table again when I came up the stairs.

"It's the seal," he said. "Again. Hand me the small spanner, Wynn."

"You said that last week," I said, and handed it to him anyway.

~*~

Wynn thinks I do not know the seal is fine. I know. I take the lamp apart because it is the only time she sits still beside me for an hour.

"Oren," she said, "you've put that washer in backwards."

I had. I left it there a while longer.

~*~

The boat comes out to the rock on the first of the month, and I have rowed it for longer than the lamp has been electric. The keeper met me at the landing with his sleeves rolled up and oil to the elbows.

"Post?" he asked.

"Two letters and a seed catalogue," I said. "And the washers you ordered."

"Small ones?"

"The smallest they had." He looked so pleased that I gave him the catalogue for nothing and rowed home before the tide turned.
"""


def test_part_that_names_none_of_the_cast_is_told_by_an_outsider(analyze):
    doc = analyze(NAMELESS_PART)
    wynn = _narrator_name(doc, "Oren had the lamp apart")
    oren = _narrator_name(doc, "Wynn thinks I do not know")
    assert wynn.name.startswith("Wynn") and oren.name.startswith("Oren")
    rower = _narrator_name(doc, "The boat comes out to the rock")
    assert rower.id not in (wynn.id, oren.id) and rower.named is False


LETTERS = """Winter Post

The snow shut the pass in November, and after that the only way anything reached the valley was the postman on his skis. Nell read the weather off the mountain every morning.

"You'll hear," Nell said to me at the gate. "Teodora, you always hear."

~~~

Dear Teodora,

The city is all wet stone and bells. I have a room over a baker and I smell of bread all day, which you would laugh at.

I miss the snow. I miss you more than the snow, which I did not expect to write down.

Yours,
Marek

~~~

I read it on the bench by the stove, twice, with my boots still on. Nell pretended to sweep the same square of floor until I read the good part out loud.

"He misses the snow," I said.

"He misses you," said Nell, "the fool."
"""


def test_letter_signed_at_the_end_names_its_writer(analyze):
    doc = analyze(LETTERS)
    teo = _narrator_name(doc, "The snow shut the pass")
    assert teo.name.startswith("Teodora")
    writer = _narrator_name(doc, "The city is all wet stone")
    assert writer.name.startswith("Marek") and writer.named
    # the signature is not the narration speaking of Marek; the letter's reader returns
    back = _narrator_name(doc, "I read it on the bench")
    assert back.id == teo.id


LETTER_READ_ALOUD = """The Parcel

Sister Agnes brought the parcel up from the gate at noon, addressed to Miss Clementine Hale in a hand I knew at once, and I took it up to my room to open alone.

"Clementine," Agnes said at the door, "your mother wants to know who it's from."

Dear Clem, the note inside said. The violets are from the garden. Do not let them die this time.

— Osric

I put the violets in a glass on the sill, and I did not let them die.
"""


def test_written_names_and_an_embedded_letter_do_not_change_the_narrator(analyze):
    doc = analyze(LETTER_READ_ALOUD)
    secs = [s for s in doc.sections if s.narration == "first"]
    assert len({s.narrator for s in secs}) == 1
    c = doc.character(secs[0].narrator)
    assert c.name.startswith("Clementine") or "Clementine" in c.aliases


def test_signature_and_gender_features():
    from ficlens.narration.features import (
        ADDRESS_GENDER, KIN_THIRD, SELF_GENDER, SIGNATURE, VALEDICTION_LINE,
    )
    assert SIGNATURE.match("\u2014 Hollis").group("n") == "Hollis"
    assert SIGNATURE.match("Love always, Priya").group("n") == "Priya"
    assert SIGNATURE.match("-- Wynn Adair.").group("n") == "Wynn Adair"
    assert SIGNATURE.match("Hollis went home.") is None
    assert VALEDICTION_LINE.match("Yours ever,") and not VALEDICTION_LINE.match("Yours is the blue one.")
    assert SELF_GENDER.search("I am not a woman who waits").group("g") == "woman"
    assert SELF_GENDER.search("I was the only boy in the choir").group("g") == "boy"
    m = SELF_GENDER.search("I am the woman's son")
    assert m is None or m.group("g") != "woman"
    assert SELF_GENDER.search("I'm sure of it") is None
    assert ADDRESS_GENDER.search("Morning, missus").group("g") == "missus"
    assert ADDRESS_GENDER.search("Can I help you, sir?").group("g") == "sir"
    assert ADDRESS_GENDER.search("Miss Frost is late") is None
    assert KIN_THIRD.search("she has her father's eyes").group("k") == "father"


SPOKEN_OF = """Night Ferry

The night ferry leaves at eleven, and I was on it with a rucksack and a bad feeling. Jonah had the cabin key and no sense of direction.

"Ilse, it's this way," Jonah said, pointing the wrong way.

"It's never this way with you," I told him, and took the key.

Jonah laughed and followed me down the stairs.

***

The cabin had two bunks and a porthole the size of a dinner plate. My mother rang before we had even left the harbour.

"Is Ilse looking after you?" she asked. "Put Ilse on. I want to hear that she's not letting you sleep in your clothes."

"She's asleep already," I said. "In her clothes."

"Then don't you dare do the same."
"""


def test_others_speaking_of_someone_to_the_narrator_rules_them_out(analyze):
    doc = analyze(SPOKEN_OF)
    ilse = _narrator_name(doc, "The night ferry leaves")
    assert ilse.name.startswith("Ilse")
    # no name in the second part's narration: only the mother's "Is Ilse looking after
    # you?" says the teller is not Ilse, and Jonah is the one left
    other = _narrator_name(doc, "The cabin had two bunks")
    assert other.id != ilse.id and other.name.startswith("Jonah")


HEADED_WITH_BREAK = """Two Kitchens

Mirela POV

The oven in the back kitchen runs hot on the left, and I was the only one who remembered it. Dov burned the first tray anyway.

"Mirela, it's the oven," Dov said. "It hates me."

"It hates everyone on the left," I said.

Dov's POV

She moved the tray to the right without a word. I have worked beside Mirela for two winters and she has never once told me I was wrong; she just moves the tray.

***

The delivery man came at six with the flour and a cold.

"Sign here," he said, and sneezed on the clipboard.

"Bless you," I said. "Leave the sacks by the door."

"They're heavy, mind."

"So am I," I said, and he laughed and left them by the door.
"""


def test_break_inside_a_headed_part_keeps_its_teller(analyze):
    doc = analyze(HEADED_WITH_BREAK)
    dov = _narrator_name(doc, "She moved the tray")
    assert dov.name.startswith("Dov")
    # no header after the break, and no one of the cast named there: still Dov's part
    assert _section_at(doc, "The delivery man came").narrator == dov.id


def test_closing_ornament_is_not_a_signature(analyze):
    text = """Harvest

The rain held off until the last cart was in, and I stood in the barn door and let it come.

"Corin," Maud called from the yard, "you'll catch your death."

"Let it catch me," I said.

—Fin
"""
    doc = analyze(text)
    c = _narrator_name(doc, "The rain held off")
    assert c.name.startswith("Corin")
    assert not any(ch.name.lower().startswith("fin") for ch in doc.characters)


OUTSIDER_HEADER = """The Bell Foundry

Hesper POV

The bell cracked on the third strike, and I felt it in my teeth before I heard it.

"Hesper," Abel said quietly, "step back from it."

Abel's POV

She did not step back. She never steps back from anything she has made, and I have stopped asking her to. I stood beside her instead and I listened to the crack sing itself out.

Outsider POV

I have swept the foundry floor for eleven years and I have seen a good many bells crack. I had never seen anyone put both hands flat on one afterwards, as if to say sorry.

"Leave the broom," the foreman told me. "Go home early."
"""


def test_outsider_pov_header_gives_an_unnamed_teller(analyze):
    doc = analyze(OUTSIDER_HEADER)
    hesper = _narrator_name(doc, "The bell cracked")
    abel = _narrator_name(doc, "She did not step back")
    sweeper = _narrator_name(doc, "I have swept the foundry floor")
    assert sweeper.id not in (hesper.id, abel.id)
    assert sweeper.named is False and sweeper.kind == "narrator"
    assert not any(c.name.lower().startswith("outsider") for c in doc.characters)


def test_note_quoted_at_the_end_of_a_scene_does_not_name_the_narrator(analyze):
    text = """Morning

My sister woke me at seven by dropping a boot on the stairs.

"Sorry," she called up. "Go back to sleep, Rook."

I did not go back to sleep. When I came down she had gone, and there was a note on the kettle in her square capitals.

Gone to the market. Eggs in the blue bowl. Do not touch the bread.

Love, Tansy
"""
    doc = analyze(text)
    c = _narrator_name(doc, "My sister woke me")
    assert c.name.startswith("Rook")


def test_nameless_part_opening_on_a_known_pronoun_keeps_its_teller(analyze):
    # as NAMELESS_PART, but the third part goes on with Oren: it opens on "She", someone
    # the story has already met, though it names no one
    text = NAMELESS_PART.split("~*~")
    third = """
She had gone down to the landing by the time I had the washer right, and the boat was already in.

"Post?" she called up to me.

"Throw it up," I said. "I've oil to the elbows."
"""
    doc = analyze("~*~".join(text[:2]) + "~*~\n" + third)
    oren = _narrator_name(doc, "Wynn thinks I do not know")
    assert oren.name.startswith("Oren")
    assert _section_at(doc, "She had gone down to the landing").narrator == oren.id


NAME_COMES_LATER = """The Glassblowers

The furnace has to be lit by five, so I light it at half past four, because Marit is always early and I like to be earlier.

"Tove," Marit said from the doorway, "you'll melt the whole street one day."

"Only the ugly half," I said.

+++

Marit stood at the bench with a gather on her pipe and the face she makes when she is about to be brilliant. Tove was out on a delivery, so it was only the two of us. I handed her the jacks. I always hand her the jacks; it is most of what I am for, this first year.

Marit turned the pipe once, twice, and the glass bloomed like breath on a window.

"Again," Marit said, and I passed her the next one.

+++

"Idris," Marit said at the end of the week, and put a small green bowl in my hands, "this one's yours. You blew it while I wasn't looking."

I had not. I had only held the pipe while she turned it. But I took the bowl home on the bus, and I held it on my knees the whole way.
"""


def test_unnamed_part_before_its_narrator_is_first_named_is_theirs(analyze):
    doc = analyze(NAME_COMES_LATER)
    tove = _narrator_name(doc, "The furnace has to be lit")
    assert tove.name.startswith("Tove")
    idris = _narrator_name(doc, "Idris,")
    assert idris.name.startswith("Idris")
    # the middle part names no teller and rules out Tove and Marit, and Idris is not met
    # until the part after it: the name comes later
    assert _section_at(doc, "Marit stood at the bench").narrator == idris.id


def test_a_relation_known_only_as_gran_is_not_the_teller_left_over(analyze):
    text = """Bees

Gran kept bees, and when Gran died the bees came to me, along with her veil and her opinions.

"Lale," my brother said on the phone, "sell the hives."

"Never," I said, and hung up on him.

***

The girl from the end house, Lale, came over my fence in a veil three sizes too big for her, and I put the kettle on. I have kept bees on this lane for longer than she has been alive.

"They're angry," Lale said.

"They're grieving," I said. "Give them a week."
"""
    doc = analyze(text)
    lale = _narrator_name(doc, "Gran kept bees")
    assert lale.name.startswith("Lale")
    other = _narrator_name(doc, "The girl from the end house")
    assert other.id != lale.id and other.named is False


def test_salutation_forms():
    from ficlens.narration.features import SALUTE
    assert SALUTE.match("Dear Mara,").group("n") == "Mara"
    assert SALUTE.match("My dearest Teo \u2014").group("n") == "Teo"
    assert SALUTE.match("To Hollis,").group("t") == "Hollis"
    assert SALUTE.match("To London, then, and no further.") is None


STRANGER_IN_THE_MIDDLE = """The Reading Room

I open the reading room at nine, and by five past Otto is always at the door with his flask, pretending he has come for the newspapers.

"Morning, Sabine," Otto said. "Anything new on the shelves?"

"Same as yesterday," I said. "Sit down."

Otto sat by the window, where the light is best, and fell asleep over the shipping news.

***

I came in out of the rain to find a book about knots for my grandson. The woman at the desk, a tall woman with her glasses on a chain, did not laugh at me.

"Sailing knots or climbing knots?" she asked.

"Whichever ones he can't already tie."

"Then both," she said, and went to the shelves. Her name was Sabine, she told me, and she wrote my card out in green ink.

My grandson ties them all now. He says the bowline is his favourite.

***

Sabine thinks I come for the newspapers. I come because the reading room is warm and because she hums when she shelves, and at my age a man takes his music where he can.

"Otto," she said at noon, "you're snoring."

"I'm listening," I said.
"""


def test_middle_part_of_a_stranger_who_meets_the_teller_by_description(analyze):
    doc = analyze(STRANGER_IN_THE_MIDDLE)
    _sections_cover(doc)
    sabine = _narrator_name(doc, "I open the reading room")
    otto = _narrator_name(doc, "Sabine thinks I come")
    assert sabine.name.startswith("Sabine") and otto.name.startswith("Otto")
    # only one teller is known when the middle part begins; it meets her as "the woman
    # at the desk" and learns her name ("Her name was Sabine": not self-naming), and
    # names no one else: a stranger's part, not Sabine's and not Otto's
    stranger = _narrator_name(doc, "I came in out of the rain")
    assert stranger.id not in (sabine.id, otto.id) and stranger.named is False


TWO_NAMELESS = """Spin Cycle

I run the launderette on Copper Street, and on Tuesdays my cousin Dario comes in to fix whatever the machines have broken that week.

"Ines, number four is eating socks again," Dario said.

"Then feed it fewer socks," I said.

***

I work nights on the children's ward, and I do my washing at six in the morning, when the launderette on Copper Street is empty. The girl behind the counter, a small girl with a spanner in her apron pocket, always has the dryer by the window ready for me.

"Long shift?" she asked.

"Three new babies and a boy with a bead up his nose."

"Did you get the bead out?"

"I always get the bead out," I said, and she laughed.

***

Dario fixed number four by kicking it, which he says is engineering. I paid him in coffee and folded the nurse's sheets while they were still warm.

***

My landlord says I must wash my own curtains before I move out, so I carried them round the corner to the launderette. Ines, the owner, looked at the curtains and then at me.

"Those are older than I am," she said.

"They were my mother's," I said. "Be kind to them."

She was kind to them. They came out cleaner than they have been since my mother hung them.
"""


def test_two_nameless_tellers_are_not_one(analyze):
    doc = analyze(TWO_NAMELESS)
    _sections_cover(doc)
    ines = _narrator_name(doc, "I run the launderette")
    assert ines.name.startswith("Ines")
    nurse = _narrator_name(doc, "I work nights")
    assert nurse.id != ines.id and nurse.named is False
    # after a stranger's part the telling goes back to the owner, not on with the stranger
    assert _narrator_name(doc, "Dario fixed number four").id == ines.id
    # the last teller rules Ines out and is nameless too, but nothing ties them to the
    # nurse (no shared "my ...", no name): a second unnamed teller
    tenant = _narrator_name(doc, "My landlord says")
    assert tenant.named is False and tenant.id not in (ines.id, nurse.id)


def test_a_name_said_alone_inside_a_speech_is_a_call(analyze):
    text = """The Pottery

Juno has been throwing pots in my back room since March, and I have been sweeping up after her since March. She is going to be very good. I have not told her so.

***

The wheel was spinning too fast again. Hal watched from the doorway with his arms folded, the way he has watched every pot I have ruined this spring.

"You're pulling it like it owes you rent," he said. "Slowly. Juno. Slowly."

I slowed the wheel, and the pot wobbled, and I swore at it.

"Don't fight it," Hal said. "Breathe. Juno. Breathe."

I breathed, and the pot stood up straight for the first time all week, and Hal said nothing at all, which from Hal is a medal. At closing a woman came in for a jug.

"Juno made that one," Hal told her, and did not look at me, and I did not look at him.
"""
    doc = analyze(text)
    # "Slowly. Juno. Slowly." calls the teller; it does not speak of Juno
    assert _narrator_name(doc, "The wheel was spinning").name.startswith("Juno")
    from ficlens.narration.features import VOC_MID
    assert VOC_MID.search("Slowly. Juno. Slowly.").group("n") == "Juno"
    assert all(m.group("n") != "Juno" for m in VOC_MID.finditer("Slowly, Juno said. Slowly."))


def test_untagged_line_after_anothers_action_and_a_firm_name(analyze):
    text = """Lund & Sons

The sign over the workshop has said Lund & Sons since my grandfather painted it, though there were never any sons, only a granddaughter with a plane and a bad temper.

Mikkel came in at eight with two coffees and sawdust already in his hair.

"Morning, Freja. The oak or the walnut today?"

"The walnut," I said. "The oak can wait another week."

"The oak has waited a month."

"Then it's good at it."
"""
    doc = analyze(text)
    # the first line follows a paragraph of Mikkel's action: his, so "Freja" is the teller;
    # "Lund & Sons" is a firm, not someone spoken of
    assert _narrator_name(doc, "The sign over the workshop").name.startswith("Freja")


def test_name_learned_on_meeting_is_not_self_naming():
    from ficlens.narration.features import INTRO, SELF_NAME
    assert SELF_NAME.search("He said his name was Tomas, and shook my hand") is None
    assert SELF_NAME.search("My name was Tomas then").group("n") == "Tomas"
    assert INTRO.search("He said his name was Tomas").group("n") == "Tomas"
    assert INTRO.search("a badge that said WILHELMINA and a pen").group("n") == "WILHELMINA"


NOTE_FROM_THE_NAMELESS = """Upstairs, Downstairs

The new tenant in the flat below plays the cello at seven every morning, and for a week I lay in bed and hated him with my whole heart.

"Ask him to stop," my flatmate said. "Mirela, just knock on his door."

"I'm not knocking on anyone's door," I said.

~

Mirela from upstairs knocked on my door on the eighth morning in her dressing gown, with her hair in a towel and murder in her eyes.

"Do you know what time it is?" she said.

"Seven," I said. "That's why I play at seven. Nobody's asleep at seven."

"I am," she said, and shut my door for me, from the outside.

~

I found a jar of honey outside my door the next evening, with a card tied round its neck.

For the throat you must have after all that shouting. I will practise at nine from now on. – T.

I ate a spoonful standing in the hallway and did not forgive him, quite.

~

"Tomasz," she said, on the stairs a month later, "you can go back to seven. I've got used to it."

I did not tell her that I had never once played at nine. I had only played more quietly.
"""


def test_note_signed_with_an_initial_is_written_to_the_teller(analyze):
    doc = analyze(NOTE_FROM_THE_NAMELESS)
    mirela = _narrator_name(doc, "The new tenant")
    assert mirela.name.startswith("Mirela")
    tomasz = _narrator_name(doc, "Tomasz,")
    assert tomasz.name.startswith("Tomasz")
    # the cellist's first part rules Mirela out and no one else is met yet: his, the name
    # comes later
    assert _narrator_name(doc, "Mirela from upstairs").id == tomasz.id
    # the part with the note "– T." was written to its teller: not Tomasz's, Mirela's
    assert _narrator_name(doc, "I found a jar of honey").id == mirela.id
    from ficlens.narration.features import NOTE_SIGNED
    assert NOTE_SIGNED.search("I will practise at nine. – T.").group("n") == "T"
    assert NOTE_SIGNED.search("It was the end of the road - and then some.") is None


MY_NAME_ON_THE_LIST = """The results went up on the noticeboard at noon, and my name, Ottilie Brandvold, was fourth, which meant I had not made the relay team.

I read it twice to be sure. The corridor smelled of chlorine and wet towels, and somebody behind me was already laughing about something else.

"Fourth is not nothing," Halvard said, leaning on the radiator. He had come first, of course. He always came first.

"Fourth is nothing with a number on it."

He did not argue, which was the kindest thing he had done all term. We walked down to the canteen and I bought him a bun I could not afford.
"""


def test_teller_named_in_apposition_to_my_name(analyze):
    # "my name, X Y," on a list is the teller's own name, though the surname is a common
    # word elsewhere; the character takes the full name
    doc = analyze(MY_NAME_ON_THE_LIST)
    sec = doc.sections[0]
    assert sec.narration == "first"
    teller = doc.character(sec.narrator)
    assert teller is not None and teller.named
    assert teller.name == "Ottilie Brandvold"
    assert teller.name != "Halvard"


NAMED_AND_SHORTENED = """I keep the ferry ledger for the Lisle crossing, and most mornings the only person who speaks to me before nine is Halvard with the coffee.

"Two sugars, Wenna," he said today, which is what he says every day, though I take none.

I wrote down the fog and the tide and the number of bicycles, and then I went home.

* * *

My mother named me Bartholomew after an uncle who drowned, and my cousin Ilse shortened it to Tolly before I could spell it, and that is the only name that has stuck.

I work the rope on the Lisle ferry. I have never once been asked what I think about the fog.

"Tolly, the bow line," Halvard said at seven.

"I've got it."

"You've got it wrapped round your boot."

He was right. I fixed it, and Ilse laughed at me from the landing.
"""


def test_teller_named_at_length_then_by_a_stated_short_form(analyze):
    # "named me Bartholomew ... shortened it to Tolly": a rare long name counts as the
    # teller's own, and it is the cast's Tolly who tells the part, not a new character
    doc = analyze(NAMED_AND_SHORTENED)
    firsts = [s for s in doc.sections if s.narration == "first"]
    assert len(firsts) == 2
    second = doc.character(firsts[1].narrator)
    assert second is not None and second.named
    assert {"Tolly", "Bartholomew"} <= {second.name, *second.aliases}
    assert doc.character(firsts[0].narrator).id != second.id
    assert not any(c.name == "Bartholomew" and c.id != second.id for c in doc.characters)


ANSWERS_WITH_A_NAME = """The woman at the kiln door had clay to the elbows and did not offer to shake.

"The new glazer," she said. "Sefton, isn't it?"

I had rehearsed this on the train and still got it wrong.

"Bram," I said. "Sefton's my surname. Nobody uses it but the bank."

"Bram, then. The wheel by the window is yours. Don't touch the blue."

I touched the blue by lunchtime, and she saw, and said nothing at all.

* * *

He thinks I didn't see him with the blue. I see everything in this room; it's my room.

"Mistress Quill," the delivery boy called from the yard, "where d'you want the sacks?"

"By the wall, Tobin. Not on the step."

Bram carried them in himself after, without being asked, and set them in a row like bread.
"""


def test_narrator_answering_who_they_are_is_named_so(analyze):
    # "Sefton, isn't it?" asks who the listener is; the narrator's bare "Bram," back is their
    # own name (not a call to a Bram); the silent switch goes to the woman called Quill
    doc = analyze(ANSWERS_WITH_A_NAME)
    firsts = [s for s in doc.sections if s.narration == "first"]
    assert len(firsts) == 2
    one, two = (doc.character(s.narrator) for s in firsts)
    assert one is not None and "Bram" in {one.name, *one.aliases}
    assert two is not None and two.id != one.id
    assert "Quill" in " ".join([two.name, *two.aliases])


READ_OFF_A_LIST = """The ferry office smelled of diesel and wet wool, and the clerk did not look up.

"Oriel Vantongeren," she read off her list. "That's you?"

"That's me. Is the crossing still on?"

"If you can call it a crossing." She stamped my ticket twice. "Pier four. Don't dawdle."

I didn't dawdle. I ran, and the deckhand hauled my bag aboard before the ramp came up.

* * *

The girl from the office came aboard soaking, and I gave her the dry bench by the wheelhouse.

"Thanks," Oriel said. "Is it always this rough?"

"Only on days ending in y," I told her, and she laughed properly for the first time.
"""


def test_name_read_out_and_put_to_the_listener_names_the_narrator(analyze):
    # '"Oriel Vantongeren," she read. "That's you?"' asks whether the listener is Oriel: the
    # teller of the first part; the part after the break, which speaks of Oriel, is another's
    doc = analyze(READ_OFF_A_LIST)
    firsts = [s for s in doc.sections if s.narration == "first"]
    assert len(firsts) == 2
    one, two = (doc.character(s.narrator) for s in firsts)
    assert one is not None and "Oriel" in " ".join([one.name, *one.aliases])
    assert two is None or two.id != one.id


FAMILY_NAMES_RETURN = """Mum put me on the early bus with a cake tin and instructions, and Nan was waiting at the stop \
in her yellow mac, exactly where Mum said she would be.

"You've got thin," she said.

"I've got taller, Nan. It happens."

She let me carry the cake tin and took my bag herself, which I knew better than to argue with. \
Her cottage smelled of coal and lavender, and the clock in the hall still ran ten minutes fast.

~*~

The child sleeps late, which suits me. I had the kettle on before the light came and sat with the \
paper, not reading it, listening to the house with two people in it again.

My son would say I am too old to live out here alone. My son does not get a vote.

"Morning, Hester!" the postman called over the gate. "Got your visitor, then?"

"I have, Dennis. Leave the parcel on the step."

When she came down at last she ate four slices of toast and asked about the bees.

"Dead, most of them," I said. "The winter took them."

"We could get more."

"We could," I said, and found I meant it.

~*~

Nan showed me the hives after lunch, the empty frames stacked like books. Mum never told me she kept bees. \
There is a lot Mum never told me, I am starting to think.

"Your grandad built these, Petra," Nan said. "Every one."

"Will you teach me, Nan?"

"If you'll listen, Petra. Your mother never would."
"""


def test_unnamed_opening_teller_is_the_later_teller_who_calls_the_same_family_by_name(analyze):
    # the opening part names no teller; its "Mum" and "Nan" are the third part's (Petra's),
    # not the second teller's, who says "my son": the opening is Petra's, not the next teller's
    doc = analyze(FAMILY_NAMES_RETURN)
    firsts = [s for s in doc.sections if s.narration == "first"]
    tellers = [s.narrator for s in firsts]
    petra = doc.character(tellers[-1])
    assert petra is not None and "Petra" in " ".join([petra.name, *petra.aliases])
    assert tellers[0] == tellers[-1]
    assert all(t != tellers[0] for t in tellers[1:-1])


SWAPS_AFTER_BREAKS = """The night bus was empty except for the woman with the cello case, and she was there again, \
three seats from the back, reading a score with a pencil in her teeth.

I sat where I always sit. Nell, the driver called her, when she got on, because everyone on this route knows \
everyone. I had never said a word to her.

She got off at the hospital stop, the way she always does, and the bus felt bigger than it should have.

***

"You're on my seat."

"It's a bus," I said. "They're all your seat."

He laughed at that, the man who always sits by the window, and moved his bag so I could set the cello down.

"Corin Ashby. I've been meaning to say hello for about a month."

"That's a long time to mean something."

"I'm slow. Ask anyone." He looked at the score on my knees. "Is that hard?"

"It's the hardest thing I've ever played."

We didn't talk much after that, but when my stop came he stood to let me out.

"Goodnight, Nell," he said.

"Goodnight, Corin."

***

My brother thinks I should just ask her for a drink. My brother has never taken a night bus in his life.

"Morning, Corin," the driver said on the Friday. "Your friend's late."

"She's not my friend," I said. "Not yet."

Nell got on two stops later, soaked, and sat down beside me as if we had always done it.
"""


def test_tellers_swapping_at_breaks_with_the_first_named_only_later(analyze):
    # part 1 names no teller but speaks of Nell in the third person; part 2 is Nell's (she is
    # called Nell; "Corin Ashby." is the other speaker introducing himself, no call to her);
    # part 3 is Corin's: so part 1, ruling out the next teller, is the one other teller's
    doc = analyze(SWAPS_AFTER_BREAKS)
    firsts = [s for s in doc.sections if s.narration == "first"]
    assert len(firsts) == 3
    names = [" ".join([doc.character(s.narrator).name, *doc.character(s.narrator).aliases])
             if doc.character(s.narrator) else "" for s in firsts]
    assert "Corin" in names[0] and "Nell" in names[1] and "Corin" in names[2]


def test_teller_naming_their_own_kin_role_gives_their_gender():
    from ficlens.narration.features import GENDER_OF, SELF_GENDER
    for line, g in [("I'm only her brother, not her keeper.", "m"), ("I was his wife for nine years.", "f"),
                    ("I am a widow now.", "f")]:
        m = SELF_GENDER.search(line)
        assert m is not None and GENDER_OF[m.group("g")] == g, line
    assert SELF_GENDER.search("I'm her brother's friend.") is None      # someone else's brother


STATE_IS_NO_BEAT = """I was sorting the post on the counter when Maud came in from the yard with two mugs.

"Drink this," she said. "Then sit down."

"Why would I sit down?"

"Because Corran's back, Tam. He came in on the noon boat."

He was back. He hadn't written, not once in a year.

"Where is he now?"

"At the Anchor, with his brother. Tam. Listen to me."

"I'm listening."

I drank the tea. It was too sweet, and I drank all of it anyway so that my hands had something to do.
"""


def test_a_state_of_someone_absent_is_no_action_beat_before_a_line(analyze):
    # "He was back. He hadn't written": said of Corran, who is not in the room, so the
    # untagged "Where is he now?" is not his; the reply that calls "Tam" is Maud's to the
    # teller, who is Tam
    doc = analyze(STATE_IS_NO_BEAT)
    teller = _narrator_name(doc, "I drank the tea")
    assert "Tam" in [teller.name, *teller.aliases]


REPORTED_CALLS = """Gran was at the sink when I came in, and she did not turn round.

"You're late, Cora," she said.

"The bus broke down."

"Your grandad was always late too. I used to tell him, Aldous, you'll be late for your own funeral, and he was." She dried a cup. "He'd only laugh."

"I know, Gran."

"He used to say, "Aldous, you're never late, the world is early." Daft man."

I took the cup from her and put it away, and she let me.
"""


def test_a_call_inside_reported_speech_does_not_name_the_teller(analyze):
    # "I used to tell him, Aldous, ..." and a quote inside the speech ("He used to say,
    # "Aldous, ...") call a dead man, not the listener: the teller is Cora
    doc = analyze(REPORTED_CALLS)
    teller = _narrator_name(doc, "I took the cup")
    assert "Cora" in [teller.name, *teller.aliases]


THIRD_PARTY_CALL = """The storm took the shutters off the chandlery at two in the morning, and by six the whole harbour knew I had been out in it.

Aunt Philippa came in without knocking, as she has done all my life, and set a pot of soup on the stove.

"You look like a drowned cat," she said.

"I feel like one."

She turned to the man mending nets by my fire. "Tobias, has he slept at all?"

"Not a wink, Philippa. He sat up with the lamp."

"Typical." She ladled soup into a bowl and pushed it at me. "Eat. Then sleep."

I ate. Aunt Philippa sat and watched me until the bowl was empty.
"""


def test_a_call_to_a_third_one_in_the_room_does_not_name_the_teller(analyze):
    # "Tobias, has he slept?" is asked of Tobias about the teller: Tobias is not the teller
    doc = analyze(THIRD_PARTY_CALL)
    s = _section_at(doc, "I ate.")
    assert s.narration == "first"
    c = doc.character(s.narrator)
    assert c is None or "Tobias" not in [c.name, *c.aliases]


SHARED_SURNAME_CALL = """The ferry came in crooked, and I knew who was at the wheel before the ropes were thrown.

"Ahoy the quay!" Bettina shouted from the deck. "A berth for the night, and no questions."

"Questions are the job," I said.

"Not tonight they're not, Quayle." She jumped the gap onto the quay. "Your mother sends her love."

"Does she."

"And your father would have sent his, if the sea had left him any. I sailed with Gideon Quayle for nine years."

I let that pass. The sea took Gideon eleven winters ago. Rosamund Quayle has kept the lamp lit for him ever since, though he isn't coming home and she knows it.

"Berth six," I said. "Stay off my lamp."
"""


def test_a_surname_the_family_shares_calls_the_teller_not_one_of_the_family(analyze):
    # "Quayle" is said to the teller; Gideon Quayle and Rosamund Quayle both carry it, so it
    # stands for no one of them: the teller is the one called "Quayle"
    doc = analyze(SHARED_SURNAME_CALL)
    teller = _narrator_name(doc, "Berth six")
    forms = [teller.name, *teller.aliases]
    assert "Quayle" in forms
    assert not {"Gideon Quayle", "Rosamund Quayle", "Gideon", "Rosamund", "Bettina"} & set(forms)


CALLED_ACROSS = """Chapter One

Dacre stood on the bank and watched the barge pull out, his warrant rolled tight in his fist. Nell Brightwater, at the tiller, did not so much as look at him.

"You'll answer for this, Brightwater!" he shouted.

"I always do, Magistrate!" she shouted back.

I stood at the bow and said nothing. The river took us round the bend, and the town was gone.

"Cast the lines, Wren," Nell said to me, when we were clear. "And stop grinning."

"I'm not grinning."

"You are. You have been since the lock."
"""


def test_two_others_calling_each_other_do_not_name_the_teller(analyze):
    # a call answered by its listener ("she shouted back"), both told in the third person,
    # is between those two; the teller is Wren, whom Nell calls by name later
    doc = analyze(CALLED_ACROSS)
    teller = _narrator_name(doc, "I stood at the bow")
    forms = [teller.name, *teller.aliases]
    assert "Wren" in forms
    assert not {"Dacre", "Magistrate", "Nell Brightwater", "Brightwater"} & set(forms)


CALLED_UP = """The riders came over the ridge at noon, and I went up onto the gatehouse to meet them.

Their captain reined in below the wall and looked up at me for a long moment.

"Alder Finch," he called up. "Still here. Still the last man on the wall."

"Still here," I said.

"Open the gate and your people walk out free."

"No."

He laughed and turned his horse, and I stood on the wall until they were gone.
"""


def test_a_full_name_called_up_to_the_teller_is_a_call_not_an_introduction(analyze):
    # '"Will Okafor," she said' introduces the speaker; '"Alder Finch," he called up' calls
    # the one on the wall, the teller
    doc = analyze(CALLED_UP)
    teller = _narrator_name(doc, "He laughed")
    assert "Alder Finch" in [teller.name, *teller.aliases]


ANSWERED_I_AM = """The van gave out at the top of the quay, and a woman in oilskins came out of the chandlery to look at it.

"You'll be the Marwood girl," she said.

"I am. Tamsin. And this is Bryony, who said the van would make it."

"It nearly did," said Bryony.

The woman laughed and went to fetch a rope, and I sat on the bonnet and watched the gulls.
"""


def test_a_name_said_after_i_am_is_the_tellers_own(analyze):
    # "I am. Tamsin." answers who the teller is; "Bryony" is the other one, named after
    teller = _narrator_name(analyze(ANSWERED_I_AM), "watched the gulls")
    assert "Tamsin" in [teller.name, *teller.aliases]


CALLED_THEN_YOU = """The lamp at the end of the yard had gone out again, and I was up the ladder with a new mantle when the gate banged.

"Ambrose Kettering," she said, very low, "are you up a ladder in the dark?"

"Only a little way up."

"Come down before you break your neck."

I came down. Rosamund held the ladder and did not say another word about it.
"""


def test_a_full_name_followed_by_a_question_to_you_is_a_call(analyze):
    # '"Ambrose Kettering," she said, "are you ...?"' calls the teller; it introduces nobody
    teller = _narrator_name(analyze(CALLED_THEN_YOU), "I came down")
    assert "Ambrose Kettering" in [teller.name, *teller.aliases]


AFTER_MY_OWN_BEAT = """Ferrin and I worked the far field together that whole summer, and nobody else came near it.

o0o

The letter was in his jacket. He went still. So did I.

"What is this?"

"Juno. Give it back."

"What is this, Ferrin?"

"Juno, please. It's a way out."

I threw it in the stove and walked out, and Ferrin did not follow me.
"""


def test_an_untagged_line_after_the_tellers_own_action_is_the_tellers(analyze):
    # after "So did I." the line is the teller's, the next one the other's: "Juno" calls
    # the teller and "Ferrin" is the one she talks to
    teller = _narrator_name(analyze(AFTER_MY_OWN_BEAT), "threw it in the stove")
    assert "Juno" in [teller.name, *teller.aliases]


TITLE_IS_THE_SUBJECT = """Chapter 1: Hyacinth

Hyacinth had not bloomed in six years, and I had sat by her pot every night this week waiting for it.

Crane came in from the yard at midnight and leaned on the doorframe.

"She won't do it with you watching, Perpetua."

"She will. She likes an audience."

Crane laughed and went to lock up, and I stayed by the pot with my torch until the first petal opened.
"""


def test_a_chapter_titled_with_a_name_spoken_of_in_the_third_person_is_no_teller(analyze):
    # "Chapter 1: Hyacinth" over "Hyacinth had not bloomed": the chapter is about her
    teller = _narrator_name(analyze(TITLE_IS_THE_SUBJECT), "first petal opened")
    assert "Perpetua" in [teller.name, *teller.aliases]


ONE_HEADER_THEN_SILENT = """Chapter 1

I locked the bakery at six and walked down to the harbour, where Morwenna was already waiting on the wall.

"You're late, Petra," she said.

"I'm never late. The clock is early."

She laughed at me, and we sat on the wall until the lamps came on.

~Morwenna~

Petra always says the clock is early. She has said it for eleven years, and I have never once told her it isn't.

"Same time tomorrow?" Petra asked.

"Same time," I said.

***

I do the night round on the harbour wall, and I see most things. The baker girl and the ferryman's daughter were sitting there till the lamps came on.

"Evening, Mr. Lusk."

"Evening, girls. Mind the wet steps."

I walked on and left them to it.
"""


def test_a_silent_switch_after_a_single_header(analyze):
    # the first telling has no header, the second has one: the work heads only some of its
    # switches, so the unheaded break to the night watchman may change the teller
    doc = analyze(ONE_HEADER_THEN_SILENT)
    last = _narrator_name(doc, "left them to it")
    assert "Morwenna" not in [last.name, *last.aliases]


TITLED_TELLER = """The Dome at Harrow Fell

The Professor had left the dome open again, so I spent the first hour of my shift chasing frost off the mirror with a hairdryer and a prayer.

"You're late, Pern," the Professor said from the top of the ladder, without looking down.

"I'm early. You're just always here."

"Pimpernel Gray, are you arguing with me before coffee?"

"Always," I said, and went to put the kettle on. The kettle in the dome is older than I am and it screams like a gull when it boils. I like it more than most people.

I logged the seeing, which was terrible, and the cloud, which was worse, and then I sat on the floor with my back against the pier and watched the old telescope turn on its rails like a ship coming about.

* * *

The student thinks I don't sleep. I do sleep; I just do it in the afternoon, like a cat, where nobody can see.

I watched her from the ladder while she fought the kettle. She talks to it. She thinks nobody hears that either.

"Professor, the dome's stuck again," Pern called up. "It's making the noise."

"It always makes the noise."

"It's making the bad noise."

I came down. It was the bad noise. We spent the next forty minutes with a crowbar and the manual, and when the slit finally ground open there was a hole in the cloud the exact size of Saturn, and I let her have the eyepiece first. I am not a sentimental woman. I was tired, that's all.

"Pern," I told her, "you're the only one up here who reads the manual."

"Somebody has to."

* * *

I came up the hill road in the rain because the inn said there was a telescope at the top and I had not looked through one since my husband died. The door was open. Nobody stopped me.

There was a girl on the floor with a mug and a woman on a ladder, and the woman looked at me the way you look at weather.

"We're closed," the woman said.

"The sign said Thursdays."

"It's Thursday," the girl said. "Let her in. She came all this way."

"Come up, then," said the woman on the ladder. "Mind the rail. It bites."

I minded the rail. I looked through the eyepiece at a small cold planet with a ring round it, and I cried, and neither of them said a single word about it, which is the kindest thing anyone has done for me in a year.
"""


def test_a_teller_known_only_by_a_title_and_an_outsider_who_names_no_one(analyze):
    # the Professor's part: "Professor" calls her and names the student in the third
    # person; the visitor's part meets "the woman on the ladder" and names none of the cast
    doc = analyze(TITLED_TELLER)
    assert "Pern" in _narrator_name(doc, "chasing frost").aliases
    prof = _narrator_name(doc, "The student thinks")
    assert prof.name == "Professor"
    visitor = _section_at(doc, "came up the hill road")
    assert visitor.narrator not in (prof.id, _section_at(doc, "chasing frost").narrator)
    assert not doc.character(visitor.narrator).named


ROWING = """

I had the oars and the ferryman had the opinions, which is how it always goes on the Coldwater crossing.

"Pull left," the ferryman said. "Left. Your other left."

"I know where left is."

"Then go there, Tansy."

The boy in the bow was asleep with his hat over his face. He had been asleep since the jetty. The ferryman looked at him and then back at me.

"Moss," he said, "is the only one of you who can row, and look at him."

"He rowed all morning."

"He rowed badly all morning."

I pulled left. The current took us anyway, the way it always does, and we came in sideways to the far bank with the ferryman swearing and the boy still asleep.
"""


def test_a_name_before_a_split_tag_may_be_the_sentences_subject(analyze):
    # '"Moss," he said, "is the only one who can row"': Moss is spoken of, not to
    assert _narrator_name(analyze(ROWING), "I had the oars").name == "Tansy"


TURNED_CALL = """Low Tide at Penmarrow

I had the nets half mended when Bram came down the slip with the weather in his face.

"Nell, the forecast," he said. "Gale by four."

"By four I'll be in."

"You said that last winter."

I had said that last winter. I put the needle down anyway and went to look at the sky, which was the colour of a bruise going yellow, and I knew he was right and I hated him a little for it.

***

The boat was my husband's before it was mine, and I talk to her like he did, which the village thinks is grief and is really only habit.

I had the engine turning over when Osgood came down the steps with his coat flapping. He stood on the bottom step and dripped at me.

"Wenna, you're not going out."

"I'm going as far as the Skerries. The pots won't lift themselves."

Nell came down behind him at a run, pulling her hat on.

"Then I'm coming with you." She was already untying the bow line. "Don't start, Harbourmaster. Two of us is faster."

He looked at the pair of us, said a word I'll not write down, and threw us the stern line.

We were in by half past three. Nell steered. I let her.
"""


def test_a_call_after_the_speakers_own_action_may_turn_to_someone_else(analyze):
    # '"Then I'm coming with you." She was untying the line. "Don't start, Harbourmaster."'
    # speaks to the teller first and then calls a third one in the scene
    assert _narrator_name(analyze(TURNED_CALL), "my husband's before").name == "Wenna"


HEADED_WITH_OUTSIDER = """The Ferry Inn

Morwen's POV

The river came up the lane in the night and into the taproom, and Da stood in it to his knees and laughed, because what else do you do.

"Morwen, the chairs," he said. "Up on the tables, love."

"They're up."

"Then the barrels."

I did the barrels. Kerensa was on the far bank with the ferry, and the ferry was not running, and I was not going to cry about it in front of him.

~*~

POV: Kerensa

I tied the ferry to the big oak and sat in it all night with the lamp, watching the inn's one lit window across the water, and I told the river exactly what I thought of it.

***

I have walked this coast end to end and I have learned not to give my name to innkeepers. The innkeeper sat me by the fire and gave me broth and asked me nothing, which I liked.

In the morning I found the daughter at the window with a shawl round her.

"You came from the other side, sir. Didn't you?"

"On the last boat before they stopped running."

"Was there a woman at the ferry? Tall. Shouting."

"There was. She said to tell the girl at the inn that she's coming if she has to swim."

The girl put both hands over her mouth. I left before noon. I am not a man for weddings.
"""


def test_an_outsiders_part_after_a_break_in_a_headed_work(analyze):
    # a work that heads its tellers' parts; the unheaded part after a break talks with
    # people it meets by their roles and names none of the cast: a stranger tells it
    doc = analyze(HEADED_WITH_OUTSIDER)
    kerensa = _narrator_name(doc, "tied the ferry").id
    stranger = _section_at(doc, "walked this coast")
    assert stranger.narrator not in (kerensa, _narrator_name(doc, "river came up").id)
    assert not doc.character(stranger.narrator).named


SIBLING_TELLER = """Salt Station

The relief boat is late again. There are three of us on the rock this winter: the keeper, who does not believe in boats, and the Penroses, Wenna with her medicine chest and her terrible hymns, and her little brother Kit with his fishing rods and his worse jokes.

"Morwen?" Kit put his head round the lamp-room door. "You've been up here all night."

"Somebody has to watch for the boat."

"The boat's not coming till Tuesday." He sat down beside me on the step and didn't say anything else, and after a while I let my head rest on his shoulder.

***

My sister, Wenna, has decided that the way to survive a storm is to sing every hymn she knows. She's on thirty-eight. I'm keeping count so I can tell our mother.

"Hands," she said, when I came down from the lamp room.

"They're fine."

"Hands, or I'll look at them anyway."

I gave her my hands. She turned them over under the lamp and frowned at them the way she frowned at my grazed knees when I was six.
"""


def test_my_sister_names_the_teller_the_story_made_her_brother(analyze):
    # part one says Kit is Wenna's little brother; the part after the break says "My
    # sister, Wenna": its teller is Kit, not the teller of part one
    doc = analyze(SIBLING_TELLER)
    assert _narrator_name(doc, "relief boat is late").name == "Morwen"
    assert _narrator_name(doc, "every hymn she knows").name == "Kit"


OVERHEARD = """The first thing I heard when I came in through the back of the shop was my parents arguing about the bread.

'You've burnt it again,' Mum was saying. 'Every loaf.'

'I like it dark.'

'Then eat it yourself, Ambrose. Nobody else will.'

'Thirty years I've baked it this way, Greta, and nobody has died.'

I stood in the doorway with my bag and listened to them for a while, because it was nicer than the train.

'Hello,' I said. 'Your daughter's home.'

Then Dad wrapped me up and lifted me an inch off the floor, and put me down again.

'Hello, Wren. Kettle's on.'
"""


def test_a_talk_the_teller_only_listened_to_is_not_the_tellers(analyze):
    # the untagged lines are two others' turns ("listened to them"): "Ambrose" called in
    # them is not the teller; the teller is Wren, whom both parents call by name
    doc = analyze(OVERHEARD)
    assert _narrator_name(doc, "The first thing").name == "Wren"


# a call right after someone acts on the teller's relative is to that relative
RELATIVE_CALLED = """The morning of the wedding, my mother retied my father's tie four times.

'Clem. Tie.'

'It's fine.'

'It's under your ear.'

I watched them from the stairs with my speech in my pocket.
"""


def test_a_call_after_an_action_on_the_tellers_father_is_not_to_the_teller(analyze):
    doc = analyze(RELATIVE_CALLED)
    names = {c.id: c.name for c in doc.characters}
    who = {names.get(s.narrator) for s in doc.sections if s.narration == "first"}
    assert "Clem" not in who


NOTE_SAYS = """Speech Notes
by someone

Notes: Emrys narrates. Sorry for the sad ending.

The morning of the wedding my mother retied my father's tie four times.

Dad was feeling all his pockets in turn.

'Del, have you seen the keys?'

'Inside left. And Emrys has the rings.'

I sat on the stairs with my speech in my pocket and said nothing at all.
"""


def test_the_authors_note_names_the_teller(analyze):
    doc = analyze(NOTE_SAYS)
    names = {c.id: c.name for c in doc.characters}
    who = [names.get(s.narrator) for s in doc.sections if s.narration == "first"]
    assert who and all(w == "Emrys" for w in who)


def test_note_tellers_reads_the_usual_phrasings():
    from ficlens.ingest import from_text
    from ficlens.narration import note_tellers
    for note, want in (("Notes: Emrys narrates.", {"Emrys"}), ("A/N: narrated by Wren.", {"Wren"}),
                       ("Notes: told from Tam's POV.", {"Tam"}), ("Notes: Bea's POV throughout.", {"Bea"}),
                       ("Notes: the middle bit is Jory's POV.", set())):
        doc = from_text(f"A Title\nby someone\n\n{note}\n\nI went out. It was cold.\n")
        assert note_tellers(doc) == want, note


NAME_TAG = """The first time he comes in, it's raining sideways and he's carrying a dead umbrella.

I'm on bar. Vivienne is on till, and Vivienne watches me steam the milk the way other people watch bomb disposal.

"Is it too early for a cortado?"

"It's never too early for a cortado."

He points very carefully at my name tag. "Says here you're Greer. I was reading the badge."

"I know you were reading the badge."

~*~

He comes back on Thursday, and on Friday, and I start making the cortado before he reaches the counter.

"You're early," I tell him. Vivienne writes something in her notebook.

"So are you, Greer," he says.
"""


def test_a_name_read_off_the_tellers_badge_names_the_teller(analyze):
    doc = analyze(NAME_TAG)
    # "Says here you're Greer.": said to the teller, who is Greer, in both scenes
    assert _narrator_name(doc, "I'm on bar").name == "Greer"
    assert _narrator_name(doc, "You're early").name == "Greer"



def test_a_name_put_to_the_listener_and_the_name_answered_first():
    from ficlens.narration.features import ASK_NAME, IDENT_Q, NAME_FIRST
    # "You'll be Teodor." puts a name to the listener, like "You must be Wren."
    m = IDENT_Q.search("You'll be Teodor.")
    assert m and m.group("n2") == "Teodor"
    assert ASK_NAME.search("You’ll be Teodor.")
    assert not IDENT_Q.search("You'll be late.")
    # the answer may open with the name before anything else: "Teo. Yes. Good morning."
    assert NAME_FIRST.match("Teo. Yes. Good morning.").group("n") == "Teo"
    assert not NAME_FIRST.match("Teo, yes, good morning.")


OFFERED_NAME = """I put the kettle on before he had finished knocking, because Elsie had told him about the tea and I knew he would come.

‘Tea?’ I said.

‘Sol,’ he said. ‘Please. Nobody has called me Mr Achterberg since I stopped teaching.’

I made the tea the way Maren used to, with the pot warmed first, and he drank it standing up by the back door.
"""


def test_a_name_a_speaker_offers_for_himself_is_no_call_to_the_teller(analyze):
    doc = analyze(OFFERED_NAME)
    sec = _section_at(doc, "I put the kettle on")
    assert sec.narration == "first"
    c = doc.character(sec.narrator) if sec.narrator else None
    assert c is None or not ({"Sol", "Solomon", "Mr Achterberg"} & {c.name, *c.aliases})


SECOND_PERSON = """You take the early bus to the harbour because the van is full of boxes, and Ottilie Branagh is already on the quay when you get there, sitting on a bollard with two coffees.

"You're late, Wendell."

"The bus was late," you say.

"The bus is always late, Wendell. Leave earlier." She hands you the coffee that is yours, no sugar, the lid already off.

You drink it standing up. Ottilie watches the boats come in and says nothing for a while, and you let her.

"Your mother rang," she says at last. "She wants you home by Sunday."

"Tell her Monday," you say, and Ottilie laughs at you.
"""

READER = """You find him in the library after midnight, the only lamp still on.

"Y/N," he says, without looking up. "You should be asleep."

"So should you," you tell him, and you sit down across the table.
"""


def test_second_person_you_is_the_one_others_call_by_name(analyze):
    doc = analyze(SECOND_PERSON)
    wendell = next(c.id for c in doc.characters if c.name == "Wendell")
    sec = next(s for s in doc.sections if s.narration == "second")
    assert sec.focal == wendell
    src = doc.source
    # the narration's "you" are his mentions
    yous = [m for m in doc.mentions if src[m.start:m.end].lower() == "you" and m.kind == "PRON"
            and src[m.start:].startswith("you get there")]
    assert yous and yous[0].character == wendell
    # "you say" names the speaker
    q = next(q for q in doc.quotes if src[q.start:q.end] == "The bus was late,")
    assert q.speaker == wendell
    q = next(q for q in doc.quotes if src[q.start:q.end] == "Tell her Monday,")
    assert q.speaker == wendell


def test_a_reader_insert_you_is_the_reader(analyze):
    doc = analyze(READER)
    sec = next(s for s in doc.sections if s.narration == "second")
    you = doc.character(sec.focal)
    assert you is not None and you.name == "Y/N"
    src = doc.source
    q = next(q for q in doc.quotes if src[q.start:q.end].startswith("So should you"))
    assert q.speaker == you.id


def _second_first_second() -> str:
    you = ("You walk the long way home along the canal, because the short way goes past the "
           "school, and you are not ready for the school. The water is brown and slow and a heron "
           "stands in it like a folded umbrella. You count the locks. You count the boats. You stop "
           "at the bench where you used to wait for the bus and you sit on it until your hands go "
           "cold, and then you get up and go on. ")
    me = ("I saw him from my kitchen window, the way I had seen him every evening for a month, "
          "coming along the towpath with his collar up. I had decided I would not wave. I waved. "
          "I always waved, and he never looked up, and I told myself that was a kindness to both of "
          "us. My sister said I should knock on his door with a cake like a normal neighbour. I did "
          "not own a cake tin. I owned a kettle and a cat and a great many opinions. ")
    return "\n\n".join([you, you.replace("canal", "river"), me, me.replace("kitchen", "bedroom"),
                        you.replace("heron", "swan"), you.replace("locks", "bridges")]) + "\n"


def test_two_unmarked_changes_of_person_make_three_parts(analyze):
    doc = analyze(_second_first_second())
    assert [s.narration for s in doc.sections] == ["second", "first", "second"]


TELLER_CALLED_BY_SURNAME = """
Nell Ashby's Kitchen Notebook

I got to the bakery at five, and my brother was already asleep on the flour sacks in the back with his boots on.

"Nellie-bean," Rafe Ashby said, without opening his eyes. "You're out of sugar."

"You're out of a flat," I said. "Get up before Mrs Quell sees you."

He got up. He ate two croissants standing at the window, and I shaped the rye and did not tell him he could stay another week, because he knew.

***

The morning service was a disaster, and Mrs Quell watched all of it from the pass.

"Ashby." She did not look up from the ledger. "Your loaves are late again."

"The oven's running cold, Chef."

"Then run it hotter, Ashby. I do not pay you for weather reports."

I ran it hotter. Dorian Fitch, who had wanted my bench since the day I got it, smirked at me over the proving drawers and said nothing.

***

That night I lay on the sofa with my feet in Tomas's lap and told him about the oven.

"She's testing you, Nell," he said, and rubbed my ankle with his thumb. "She does that to the ones she likes."

"She doesn't like anyone."

"She hired you, Nell Ashby, and she never hires anyone." He leaned down and kissed my forehead. "Go to sleep, love."
"""


def test_a_teller_called_by_the_family_name_in_one_part_is_the_one_teller(analyze):
    # her brother shares "Ashby", so the chef's "Ashby" alone could be either; the part
    # told under that call is still Nell's, as the parts around it are
    doc = analyze(TELLER_CALLED_BY_SURNAME)
    tellers = {s.narrator for s in doc.sections if s.narration == "first"}
    assert len(tellers) == 1
    nell = doc.character(tellers.pop())
    assert nell.name == "Nell Ashby" and "Ashby" in nell.aliases
    assert not any(c.name == "Ashby" for c in doc.characters)


TELLER_CALLED_THREE_WAYS = """
Matteo was asleep when I left for the market, and still asleep when I came back with the crab.

"Juno," he said into the pillow. "Is that crab?"

"It's crab. Get up."

"Five more minutes, Juno. Please."

"Not one."

"Junebug!" my brother Ollie yelled from the sofa. "Save me a claw."

He got up. We ate it on the balcony with too much lemon, and he told me about the school trip, and I did not tell him about the letter.

***

The letter was from Cass, and Cass was waiting outside the restaurant at six with a bunch of yellow tulips.

"Jun. Hey."

Nobody had called me that in two years. I stood in the alley with my knife roll under my arm and looked at him.

"You can't be here."

"I came to say sorry. I've changed, Jun, I really have."

I took the tulips, because it was easier than not taking them, and went inside.
"""


def test_calls_that_clip_the_tellers_name_are_the_teller(analyze):
    # her boyfriend says "Juno", her brother "Junebug", her ex "Jun": one teller, and the
    # ex's "Jun" is no person of its own
    doc = analyze(TELLER_CALLED_THREE_WAYS)
    tellers = {s.narrator for s in doc.sections if s.narration == "first"}
    assert len(tellers) == 1
    teller = doc.character(tellers.pop())
    assert {"Jun", "Juno", "Junebug"} <= {teller.name, *teller.aliases}
    assert not any(c.name in ("Jun", "Juno") for c in doc.characters if c.id != teller.id)


SILENT_PAIR = """The Lighthouse Year

The relief boat brought Casimir out to the rock in October with a crate of tinned peaches and a stack of charts he did not need. Tobin rowed him the last stretch, because the swell was up, and I stood on the landing stage and watched him climb the ladder with the crate balanced on one shoulder. Casimir did not look down once. Tobin said afterwards that he had never seen a man so determined not to be helped.

I showed him the lamp room and the log and the kettle, in that order, and he wrote everything down.

***

She keeps the log in green ink, and she expects everybody else to. Edda told me so on the first night, and again on the second, and by the end of the week I had bought green ink from Tobin's brother on the mainland just to stop her saying it. Edda does not smile much. When she does, it is at the weather.

I sat up with the lamp while she slept, and I counted the ships, and I wrote them down in green.

***

The first storm came in November. The boat could not get out to us for nine days, and Tobin sent messages by the radio that got shorter each time. I rationed the peaches. Casimir pretended not to notice, and then on the fifth night he opened the last tin and split it into two bowls and put one in front of me without a word.

I ate them. I did not tell him they were the best thing I had eaten all year.

***

In March the boat came for him. Tobin tied up at the landing stage and shouted up the ladder.

"Edda! He's got a ship to catch!"

"Then he should climb down," I said.

"Edda," Tobin said, more gently, when I had come down to the stage myself, "you could ask him to stay."

I did not ask him. I stood on the landing stage and watched the boat go, and I kept the log in green ink all that summer.
"""


def test_unnamed_part_goes_to_the_one_teller_it_does_not_speak_of(analyze):
    doc = analyze(SILENT_PAIR)
    edda = _narrator_name(doc, "In March the boat came")
    assert edda.name.startswith("Edda")
    # the opening part speaks of Casimir and Tobin in the third person and of no one else
    # the work names often: the one teller it leaves is Edda, named only in the last part
    assert _section_at(doc, "The relief boat brought").narrator == edda.id
    assert _section_at(doc, "The first storm came").narrator == edda.id
    # the part that speaks of Edda in the third person is not hers
    assert _section_at(doc, "She keeps the log").narrator != edda.id


SNOWED_IN = """The Inn at Harrow Cross

The coach went into the ditch a mile short of the inn, and we walked the last of it with our skirts held up out of the snow. Honoria Vell took my arm the whole way and complained about her boots, which was a comfort, because it meant she was not frightened.

'Tilda,' she said at the door, 'my boots are ruined.'

The landlady gave us the back parlour and a fire that smoked. I had just got my gloves off when the door opened again.

'Mr Jasper Quill, ma'am,' the landlady said. 'Says he knows you.'

He did know me. He had danced with me at the assembly in May and then gone to sea without a word, and I had not forgiven him for either.

'Thank you, Mr Quill. You are very wet.'

'I am. Good evening, Miss Thorne.' He bowed, and dripped. 'Miss Vell.'

Honoria looked from him to me and went to see about the tea, very slowly.

'You might have written,' I said to the fire. Then I turned round. 'Well? Why didn't you?'

'Because I had nothing to offer but a hammock,' said Mr Quill. 'I have a house now. May I call on your father, Miss Matilda Thorne?'

Honoria came back with the tea and found me laughing, and Mr Quill with his hat in his hands.

'Til,' she said, 'you are as pink as a ham.'

'I am not, Honoria.'

'You are, Til. Drink your tea.'
"""


def test_a_visitor_announced_to_the_teller_and_a_thanks_are_no_calls_to_the_teller(analyze):
    from ficlens.narration.features import ANNOUNCED, VOC_START, self_intros
    # "Thank you, Cousin Jasper." calls the listener; a full name alone introduces the speaker
    assert self_intros("Thank you, Cousin Jasper. You are very wet.") == set()
    assert self_intros("Rosalind Quenby. I don't think we've met.") == {"Rosalind Quenby"}
    # "Mr Jasper Quill, ma'am": the name is announced to the one the line calls ma'am
    q = "Mr Jasper Quill, ma'am. Says he knows you."
    m = VOC_START.match(q)
    assert m and ANNOUNCED.match(q[m.end():])
    assert not ANNOUNCED.match("Jasper, come in out of the snow."[len("Jasper,"):])
    doc = analyze(SNOWED_IN)
    teller = _narrator_name(doc, "The coach went into the ditch")
    assert "Quill" not in teller.name and "Thorne" in teller.name


def test_a_cut_of_a_nickname_joins_its_bearer(analyze):
    from charhelp import cid_of
    doc = analyze(SNOWED_IN)
    tilda = cid_of(doc, "Tilda")
    assert tilda is not None and cid_of(doc, "Miss Matilda Thorne") == tilda
    # "Til" is cut from "Tilda", one of her forms (not her first name, Matilda)
    assert cid_of(doc, "Til") == tilda


SECOND_PERSON_PARTS = """The Allotment

You get to the allotment before seven, the way you always have, and Oskar is already on his knees in the onion bed.

"Morning," he says, without looking up.

Nobody else has called you Pim since you were eleven. Your mother started it, and Oskar kept it up after she died.

***

The rain comes in at noon. You sit in the shed with the door open and watch it flatten the beans, and Oskar pours the tea from the flask into the two chipped cups.

"Next year," he says. "Next year the beans, Pim."

You drink your tea. You do not tell him that he says this every year.
"""


def test_second_person_named_in_one_part_is_the_same_you_in_the_next(analyze):
    from charhelp import cid_of
    doc = analyze(SECOND_PERSON_PARTS)
    pim = cid_of(doc, "Pim")
    assert pim is not None
    # the narration says who "you" is ("Nobody else has called you Pim"), in the first part
    # only: the work has one "you", and the second part's is the same
    assert _section_at(doc, "You get to the allotment").focal == pim
    assert _section_at(doc, "The rain comes in").focal == pim


def test_a_line_set_for_the_listener_to_say_is_no_call_to_them():
    from ficlens.narration.features import _reported_call
    # 'Say, "What do you want, Master Reed?"': the name is the speaker's own, demanded
    assert _reported_call("Say, 'What do you want,")
    assert _reported_call("Go on. Say, \u201cSorry,")
    # a plain "say" inside a sentence of one's own is no such line
    assert not _reported_call("I want to say,")
    assert not _reported_call("Okay,")
