"""Characters: finding names, clustering aliases, what is not a character (original passages)."""
import pytest

from ficlens.characters.names import norm_name, resolve_name

from charhelp import cid_of, one_character


def chars(doc):
    return {c.name: c for c in doc.characters}


NICKNAMES = """Tamsin Okafor slammed her locker shut. Behind her, Rowena Blackwood was laughing.

"Tam, you forgot your scarf," Rowena said.

"Thanks, Ro," Tamsin said, and took it. Tamsin wrapped it twice round her neck.

Later that night Rowena texted her. Tamsin read the message twice before she answered.

"Tam!" Rowena shouted across the car park. Tamsin waved back.
"""


def test_nicknames_established_in_dialogue(analyze):
    doc = analyze(NICKNAMES)
    tam = cid_of(doc, "Tamsin")
    row = cid_of(doc, "Rowena")
    assert tam and row and tam != row
    assert cid_of(doc, "Tam") == tam
    assert cid_of(doc, "Tamsin Okafor") == tam
    assert chars(doc)["Tamsin Okafor"].id == tam
    assert resolve_name(doc, "Tam") == tam
    assert resolve_name(doc, "Rowena Blackwood") == row


REGISTERED = """William Hartley had not slept. He stood at the window until dawn.

"Bill, come away from there," said Margaret Hartley. Bill did not move. Margaret sighed and went back to bed.
"""


def test_registered_hypocorism(analyze):
    doc = analyze(REGISTERED)
    assert cid_of(doc, "Bill") == cid_of(doc, "William Hartley")
    assert cid_of(doc, "Margaret") != cid_of(doc, "William Hartley")


SURNAMES = """Mr. Ashdown came down to breakfast late. Mrs. Ashdown had already eaten.

"You are late," Mrs. Ashdown said. Mr. Ashdown only nodded and buttered his toast.

Clara Ashdown and Harriet Ashdown were walking in the orchard. Clara picked an apple. Harriet laughed at her sister.

"Give it here," Harriet said. Clara threw it, and Harriet caught it. Mr. Ashdown watched them from the window.
"""


def test_shared_surnames_never_merged(analyze):
    doc = analyze(SURNAMES)
    ids = {a: cid_of(doc, a) for a in ("Mr. Ashdown", "Mrs. Ashdown", "Clara Ashdown", "Harriet Ashdown")}
    assert None not in ids.values(), ids
    assert len(set(ids.values())) == 4, ids
    assert cid_of(doc, "Clara") == ids["Clara Ashdown"]
    assert cid_of(doc, "Harriet") == ids["Harriet Ashdown"]
    assert resolve_name(doc, "Mrs. Ashdown") == ids["Mrs. Ashdown"]


COMMON_WORDS = """Hope Garcia hoped the rain would stop. Faith Mbeki did not care either way.

"I will go first," said Will Turner. Will pulled on his boots. Hope watched him go.

"Have faith," Faith told her. Hope shook her head. It was a hope she could not hold. Rose petals covered the path, and Rose Tyler stepped over them. Rose rose early the next day.
"""


def test_names_that_are_common_words(analyze):
    doc = analyze(COMMON_WORDS)
    for name in ("Hope Garcia", "Faith Mbeki", "Will Turner", "Rose Tyler"):
        assert cid_of(doc, name), name
    will = cid_of(doc, "Will Turner")
    # "I will go" is not Will; lower-case "hope"/"faith" are not mentions
    for m in doc.mentions:
        text = doc.source[m.start:m.end]
        if m.kind == "PROP":
            assert text[0].isupper(), text
    will_texts = [doc.source[m.start:m.end] for m in doc.mentions if m.character == will and m.kind == "PROP"]
    assert "will" not in will_texts
    assert len(will_texts) == 2
    rose = cid_of(doc, "Rose Tyler")
    rose_props = [doc.source[m.start:m.end] for m in doc.mentions if m.character == rose and m.kind == "PROP"]
    assert "Rose petals" not in rose_props


NOT_PEOPLE = """God, it was cold in Edinburgh that January. Marguerite Osei pulled her coat tighter and walked towards Princes Street.

"Oh, Jesus," she muttered. "Monday again." She had promised her brother she would be in Glasgow by Friday.

The Whitlocks were already at the station. Marguerite waved to them. In March she would leave Scotland for good.
"""


def test_places_months_deities_families_are_not_characters(analyze):
    doc = analyze(NOT_PEOPLE)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "marguerite osei" in names
    for bad in ("god", "jesus", "edinburgh", "january", "monday", "friday", "glasgow",
                "whitlocks", "march", "scotland", "princes street", "oh", "oh jesus"):
        assert bad not in names, bad


TITLE_ONLY = """The Captain stood on the bridge with her arms folded. Nobody aboard knew her name.

"Captain, the engines are failing," said Ensign Paulo Reyes.

The Captain did not turn. "Then fix them, Reyes." Reyes ran below. The Captain watched the storm.
"""


def test_character_called_by_title_only(analyze):
    doc = analyze(TITLE_ONLY)
    cap = cid_of(doc, "Captain")
    assert cap is not None
    assert cap != cid_of(doc, "Reyes")
    assert len([m for m in doc.mentions if m.character == cap and m.kind == "PROP"]) >= 3


def test_norm_name_matches_scorer_rules():
    assert norm_name("Mr. Knightley") == "mr knightley"
    assert norm_name("the White Rabbit") == "white rabbit"
    assert norm_name("Willow\u2019s") == "willow"
    assert norm_name("'Mione") == "mione"


def test_resolve_name_unknown_is_none(analyze):
    doc = analyze(NICKNAMES)
    assert resolve_name(doc, "Zebedee") is None
    assert resolve_name(doc, "") is None


UNNAMED_NARRATOR = """I never learned the lighthouse keeper's name. I called him nothing at all, and he never asked what to call me.

Every morning Odalys Brandt rowed the supplies across. "You again," she said to me, and I nodded.

Odalys tied the boat and handed me the crate. I carried it up the stairs while she waited below.
"""


def test_unnamed_narrator_is_not_merged_with_a_named_character(analyze):
    doc = analyze(UNNAMED_NARRATOR)
    od = cid_of(doc, "Odalys Brandt")
    assert od is not None
    # no character is called "I", and the narrator's I/me never land on Odalys
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "i" not in names
    for m in doc.mentions:
        if doc.source[m.start:m.end] in ("I", "me"):
            assert m.character != od


FAMILY_AND_TITLES = """Mr. Okonkwo-Hale read the paper. Mrs. Okonkwo-Hale poured the tea, and Rosalind Okonkwo-Hale ate her toast without a word.

"Pass the jam, Ros," said Mr. Okonkwo-Hale. Rosalind passed it. Mrs. Okonkwo-Hale smiled at her daughter.
"""


def test_hyphenated_family_name_title_and_truncation(analyze):
    doc = analyze(FAMILY_AND_TITLES)
    ids = {a: cid_of(doc, a) for a in ("Mr. Okonkwo-Hale", "Mrs. Okonkwo-Hale", "Rosalind Okonkwo-Hale")}
    assert None not in ids.values() and len(set(ids.values())) == 3, ids
    assert cid_of(doc, "Ros") == ids["Rosalind Okonkwo-Hale"]


SENTENCE_INITIAL_ADVERB = """Perpetua Lindqvist locked the boathouse at six. Perpetua always checked the padlock twice.

"You're late," Perpetua said when Anselm finally came down the jetty.

"The tide was wrong," Anselm said. He dropped his bag on the boards.

Afterwards Anselm apologised. Upstairs Perpetua pretended not to hear him, and coiled the rope she had already coiled.
"""


def test_sentence_initial_word_is_not_part_of_a_name(analyze):
    # "Afterwards Anselm", "Upstairs Perpetua" (tagged NNP by the parser): dictionary words capitalised by position
    doc = analyze(SENTENCE_INITIAL_ADVERB)
    names = {c.name for c in doc.characters if c.named}
    assert "Anselm" in names and "Perpetua Lindqvist" in names
    assert not any(n.split()[0] in ("Afterwards", "Upstairs") for n in names)
    anselm = next(c for c in doc.characters if c.name == "Anselm")
    spans = [doc.source[m.start:m.end] for m in doc.mentions if m.character == anselm.id and m.kind == "PROP"]
    assert spans.count("Anselm") == 3


SURNAME_FORMS = """Anselme Vitrac had come down by the early train. Vitrac set his small
valise on the step and looked up at the house.

"You are expected, Monsieur Vitrac," said Corrie Dunmore at the door.

Vitrac bowed. He followed her into the hall, where Gideon Pell stood by the fire.

"Mr. Vitrac, I presume," Gideon said. He did not offer his hand.

Vitrac smiled at him. "The same," he said. "And you are the nephew."

Corrie looked from one to the other. She had not expected Vitrac to know so much.

Later Vitrac walked in the garden alone. He counted the windows twice.
"""


def test_surname_forms_of_one_man_are_one_character(analyze):
    # a full name met once, "Monsieur X", "Mr. X" and the bare surname: one person
    doc = analyze(SURNAME_FORMS)
    v = one_character(doc, "Vitrac", "Mr. Vitrac", "Monsieur Vitrac", "Anselme Vitrac")
    assert cid_of(doc, "Gideon") not in (None, v)


FAMILY_SURNAME = """Mr. Harrowgate read his paper by the window. Mrs. Harrowgate sewed.

"The rain will not stop," said Mr. Harrowgate.

"It never does in March," said Mrs. Harrowgate. She bit off her thread.

Harrowgate folded the paper and sighed. He went to find his boots.

Mrs. Harrowgate watched him go. She shook her head at the rain.
"""


def test_husband_and_wife_keep_their_surname_apart(analyze):
    doc = analyze(FAMILY_SURNAME)
    assert cid_of(doc, "Mr. Harrowgate") != cid_of(doc, "Mrs. Harrowgate")


def test_neutral_title_of_unknown_gender_stays_apart_from_a_daughter(analyze):
    # "Colonel X" never pronouned beside "Miss X"/"Imogen X": father and daughter
    doc = analyze("Imogen Sallow poured the tea. She passed a cup down the table to Colonel "
                  "Sallow.\n\n\"More sugar, Miss Sallow?\" asked the maid.\n\n"
                  "\"No, thank you,\" said Imogen. She smiled.\n\n"
                  "Colonel Sallow rang the bell twice.\n")
    assert cid_of(doc, "Colonel Sallow") != cid_of(doc, "Imogen Sallow")


def test_mrs_surname_stays_apart_from_a_daughters_full_name(analyze):
    # "Mrs. X" beside "Ottilie X": as often the mother as the daughter, so no surname merge
    doc = analyze("Ottilie Brisk was nine and cross. She sat on the stairs all afternoon.\n\n"
                  "Mrs. Brisk had gone to the races. She came home at dark and kissed the cook.\n\n"
                  "Ottilie heard the carriage. She ran down to the door.\n")
    assert cid_of(doc, "Mrs. Brisk") != cid_of(doc, "Ottilie Brisk")


def test_pronouns_and_sign_offs_at_the_start_of_a_line_are_not_characters(analyze):
    text = ('"Anyone who wants out says so by the new moon," said Captain Rusk. "Anyone.'
            ' None of you will be blamed."\n\n'
            '"Cheers, Wren," said Tobin, and drank.\n\n'
            '"Cheers," said Wren. "None for me, though. Anyone else?"\n\n'
            'Nobody answered. Wren looked at Tobin, and Tobin looked at the fire.\n')
    doc = analyze(text)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert {"wren", "tobin"} <= names
    assert not names & {"anyone", "none", "cheers"}


def test_a_name_given_to_a_thing_is_no_character(analyze):
    # a starter and a kettle with names are talked about like people, but are things
    text = ('The bakery across the square kept a sourdough starter called Dolores in a jar '
            'by the till. Marisol hated it on principle.\n\n'
            '"Dolores the starter won a ribbon last year," said Marisol. "A ribbon, Teodor."\n\n'
            '"She is very old," Teodor said. "Dolores is older than both of us."\n\n'
            'Marisol glared at the jar with Dolores in it. Teodor laughed at her.\n')
    doc = analyze(text)
    names = {norm_name(a) for c in doc.characters if c.named for a in [c.name, *c.aliases]}
    assert {"marisol", "teodor"} <= names
    assert "dolores" not in names


def test_a_doubled_consonant_pet_form_joins_a_two_letter_clip(analyze):
    # "Immy" is "Im(ogen)" with the pet form's doubled consonant and -y
    text = ('Imogen Rook came down to the yard before dawn. She fed the dogs and said nothing.\n\n'
            '"You\'re up early, Immy," said Bram.\n\n'
            '"Couldn\'t sleep," said Imogen. She looked at the gate.\n\n'
            '"Immy. He isn\'t coming back tonight."\n')
    doc = analyze(text)
    assert cid_of(doc, "Immy") == cid_of(doc, "Imogen Rook")


def test_you_are_x_introduces_a_person_in_a_second_person_part(analyze):
    text = ('You are Perrin Ashcombe. You have kept the toll bridge at Wenlow for nine years, '
            'and you have never once let a cart through without paying.\n\n'
            'Tonight you stand at the rail and watch the water, and you think about Hale.\n\n'
            '"Perrin," Hale says behind you. "Come inside."\n')
    doc = analyze(text)
    assert cid_of(doc, "Perrin Ashcombe") is not None
    assert cid_of(doc, "Perrin Ashcombe") == cid_of(doc, "Perrin")


def test_a_title_of_common_words_is_no_character(analyze):
    # a textbook's title, introduced with "It's", packed and studied: a thing, not a person
    text = ('"What are you reading?" asked Corwen.\n\n'
            '"It\'s Marine Salvage, third edition," said Perpetua. "Nobody reads it for fun."\n\n'
            'On Friday Perpetua packed two jumpers and Marine Salvage into her bag and walked '
            'to the harbour. Corwen was waiting by the crane. The exam in Marine Salvage was on '
            'Monday, and she told him so.\n')
    doc = analyze(text)
    names = {norm_name(a) for c in doc.characters if c.named for a in [c.name, *c.aliases]}
    assert {"perpetua", "corwen"} <= names
    assert "marine salvage" not in names


def test_miss_with_a_surname_is_not_joined_to_a_full_name_of_unknown_gender(analyze):
    # "Miss Farrow" is as likely the daughter of "Aldous Farrow" as anyone else
    text = ('"Aldous Farrow," the captain called up to the wall. "Open the gate."\n\n'
            'Farrow did not answer him. Miss Farrow stood at the top of the steps with her '
            'bow, and Farrow watched her from the tower.\n\n'
            '"Go home," said Miss Farrow.\n')
    doc = analyze(text)
    assert cid_of(doc, "Miss Farrow") != cid_of(doc, "Aldous Farrow")


def test_a_name_everybody_calls_him_joins_his_full_name(analyze):
    text = ('A man came out of the boathouse wiping his hands. His name was Ambrose Tillotson, '
            'but everybody on the quay called him Gannet, and nobody knew why.\n\n'
            '"Morning, Gannet," said Rowena.\n\n'
            'Gannet nodded at her and went back inside. Ambrose Tillotson never said much.\n')
    doc = analyze(text)
    assert cid_of(doc, "Gannet") == cid_of(doc, "Ambrose Tillotson")


def test_a_real_name_stated_for_a_nickname_joins_it(analyze):
    text = ('Doc met us at the gangway with his bag. Doc\'s real name is Lucius Ferrand; I have '
            'never heard anybody use it.\n\n'
            '"Who\'s bleeding?" Doc asked.\n\n'
            '"Nobody yet," said Rowena.\n\n'
            'The brass plate on the infirmary door said Lucius Ferrand in letters nobody polished.\n')
    doc = analyze(text)
    assert cid_of(doc, "Doc") is not None
    assert cid_of(doc, "Doc") == cid_of(doc, "Lucius Ferrand")


SHIP = """"That's the Calloway," Nessa said. "That's the bloody Calloway. She went down when I was a girl."

The Calloway's hull was green with weed. Nessa swam along it to the stern, and Ruairi Fenn followed her.

"We get to the Calloway first," Ruairi said. "Then we talk about the money."
"""


def test_a_name_that_never_goes_without_the_is_a_thing(analyze):
    doc = analyze(SHIP)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "calloway" not in names
    assert "nessa" in names and "ruairi fenn" in names


PET_E = """Ingrid Sola checked the seals twice before she let anyone aboard.

"Inge," Tomas said from the hatch, "the seals are fine. They were fine an hour ago."

"Then they'll still be fine when I check them again." Ingrid did not look up.
"""


def test_a_short_form_with_an_e_joins_its_full_name(analyze):
    doc = analyze(PET_E)
    assert cid_of(doc, "Inge") is not None and cid_of(doc, "Inge") == cid_of(doc, "Ingrid Sola")


PLACE = """"Everyone on the docks knows what you did on Ormsby," Gale said.

"Ormsby was nine years ago, and you lost that fair and square," Wenna said.

"I brought up Ormsby because you did."
"""


def test_a_name_used_as_a_place_and_never_as_a_person_is_no_character(analyze):
    doc = analyze(PLACE)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "ormsby" not in names and "gale" in names and "wenna" in names



GAME = """After supper Jorunn taught Zuza to play Knave's Ladder at the long table.

"You keep the low card under your thumb," Jorunn said.

"Isn't that cheating?" Zuza asked.
"""


def test_words_of_a_possessive_title_are_no_characters(analyze):
    doc = analyze(GAME)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "knave" not in names and "ladder" not in names
    assert "jorunn" in names and "zuza" in names


DAYS_PLURAL = """Mira ran the ghost walk on Tuesdays and Fridays. On Fridays it rained.

"Tuesdays are better," said Mira. "Fridays are for the brave."
"""


def test_plural_day_names_are_no_characters(analyze):
    doc = analyze(DAYS_PLURAL)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "fridays" not in names and "tuesdays" not in names and "mira" in names


SAINT = """When we got to St Ebba's the rain had stopped. Nia stood under the arch in St Ebba's and told the story.

"The nun walks here," Nia said. "Every March."
"""


def test_a_saint_only_owned_or_gone_to_is_a_church(analyze):
    doc = analyze(SAINT)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "st ebba" not in names and "nia" in names


INES = """The kettle clicked off. Florian came in from the yard with mud to his knees.

"You're late again, Ines."

"The bus was late."

"The bus is always late, Ines. Leave earlier."

Ines is not going to leave earlier, and both of them know it.
"""


def test_a_given_name_the_tagger_reads_as_a_plural_is_still_a_character(analyze):
    doc = analyze(INES)
    assert any(c.name == "Ines" for c in doc.characters)


PIANO = """The 1842 Broadwood stood under the skylight, and Harriet Lusk walked round it twice before she touched it.

"There's a curator in Leeds," said Milo Tarrant. "She's got a Broadwood too. Older than this one."

"Nothing is older than this one," Harriet said, and lifted the lid.
"""


def test_a_name_only_ever_said_with_an_article_is_a_thing(analyze):
    doc = analyze(PIANO)
    assert not any("Broadwood" in c.name for c in doc.characters)
    assert any(c.name == "Harriet Lusk" for c in doc.characters)


READER_INSERT = """Y/N walked into the library after midnight. Draco Malfoy was the only one still there, bent over a book he was not reading.

"You should be asleep," Draco said.

"So should you," Y/N said, and sat down across from him. Later, much later, Draco kissed Y/N between the stacks.
"""


def test_a_reader_insert_placeholder_is_one_character(analyze):
    doc = analyze(READER_INSERT)
    yn = [c for c in doc.characters if c.name == "Y/N"]
    assert len(yn) == 1 and not any(c.name in ("Y", "N") for c in doc.characters)
    q = next(q for q in doc.quotes if doc.source[q.start:q.end].startswith("So should you"))
    assert q.speaker == yn[0].id
    assert any(set(r.characters) == {yn[0].id, next(c.id for c in doc.characters if c.name == "Draco Malfoy")}
               and r.kind == "romantic" for r in doc.relationships)


def test_a_school_year_or_a_time_of_day_is_no_character(analyze):
    doc = analyze('"You teach Year Two," Matteo said. "You\'d give him a sticker."\n\n'
                  '"Morning, Matteo," I said. "Year Six would eat him alive."\n\n'
                  'Matteo laughed and went to make the coffee.')
    names = {c.name for c in doc.characters}
    assert "Matteo" in names
    assert not names & {"Year", "Year Two", "Year Six", "Morning"}, names
