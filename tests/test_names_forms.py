"""Truncations, pet-name extensions and dictionary words (original passages)."""
from ficlens.characters.names import is_diminutive, norm_name, resolve_name, same_name_form


def cid_of(doc, alias):
    n = norm_name(alias)
    hits = [c.id for c in doc.characters if n in {norm_name(a) for a in [c.name, *c.aliases]}]
    assert len(hits) <= 1, (alias, hits)
    return hits[0] if hits else None


def test_diminutive_rule():
    assert is_diminutive("tobey", "tobe")
    assert is_diminutive("robbie", "rob")     # doubled consonant
    assert is_diminutive("jossy", "jos")
    assert is_diminutive("katie", "kate")     # silent e dropped
    assert is_diminutive("bobkins", "bob")
    assert not is_diminutive("robert", "rob")
    assert not is_diminutive("al", "a")
    assert same_name_form("ros", "rosalind") and same_name_form("rosalind", "ros")
    assert not same_name_form("tom", "tim")


HEADER_FULL = """Ottoline POV

The greenhouse was too warm, and Fenwick had left the hose running again.

"Otto, the tomatoes are drowning," he called from the doorway.

"Then turn it off, Fenwick." I did not look up from the seed trays.

"Otto. Please." He was grinning. Fenwick always grinned when he had broken something.
"""


def test_pov_header_full_name_joins_truncation(analyze):
    doc = analyze(HEADER_FULL)
    otto = cid_of(doc, "Otto")
    assert otto is not None
    assert cid_of(doc, "Ottoline") == otto
    assert doc.character(otto).name == "Ottoline"
    assert resolve_name(doc, "Ottoline") == otto
    assert cid_of(doc, "Fenwick") not in (None, otto)
    named = [c for c in doc.characters if c.named]
    assert len(named) == 2, [c.name for c in named]


PET_NAME = """The bus was late, and Tobe had eaten all the crisps before it came.

"You could have saved me one," said Harriet. Tobe shrugged and folded the empty packet into a tiny square.

"Sorry, Tobey. I mean, sorry, Harriet." He laughed at himself. Harriet did not.

"Tobey, you are hopeless," she said at last, and took the square from him.
"""


def test_pet_name_extension_is_same_character(analyze):
    doc = analyze(PET_NAME)
    tobe = cid_of(doc, "Tobe")
    assert tobe is not None and cid_of(doc, "Tobey") == tobe
    assert doc.character(tobe).name == "Tobe"
    assert cid_of(doc, "Harriet") not in (None, tobe)


TWO_PEOPLE = """The kitchen was crowded. Stan stood at the sink and Stanford leaned on the fridge.

"Stan, pass the salt," Stanford said.

"Get it yourself, Stanford," Stan said.

Stanford rolled his eyes and got it himself. Stan went back to the dishes.
"""


def test_prefix_names_talking_to_each_other_stay_apart(analyze):
    doc = analyze(TWO_PEOPLE)
    a, b = cid_of(doc, "Stan"), cid_of(doc, "Stanford")
    assert a and b and a != b


BOTH_ADDRESSED = """Mrs. Pell called the register at nine, and the girls answered one by one.

"Ros? Yes, good. Rosalind? Good, you are both here." She ticked them off.

At break Ros hid behind the bike sheds, and Rosalind found her there.
"""


def test_prefix_names_both_addressed_in_one_exchange_stay_apart(analyze):
    doc = analyze(BOTH_ADDRESSED)
    a, b = cid_of(doc, "Ros"), cid_of(doc, "Rosalind")
    assert a and b and a != b


COMMON_WORD = """The ferry was an hour late. Jonah met me on the pier with two cups.

"Tea. Peace offering?" he said.

"Peace offering accepted," I said, and took a cup from Jonah. He looked relieved.
"""


def test_sentence_initial_dictionary_word_is_not_a_character(analyze):
    doc = analyze(COMMON_WORD)
    names = {norm_name(a) for c in doc.characters for a in [c.name, *c.aliases]}
    assert "peace" not in names and "tea" not in names
    assert cid_of(doc, "Jonah") is not None


WORD_NAMES = """Hope came in out of the rain, shaking her umbrella.

"Grace, are you home?" Hope called.

"In here," said Grace. Hope found her on the sofa with a book.
"""


def test_names_that_are_words_still_work_with_name_behaviour(analyze):
    doc = analyze(WORD_NAMES)
    hope, grace = cid_of(doc, "Hope"), cid_of(doc, "Grace")
    assert hope and grace and hope != grace


WORD_NAME_IN_NARRATION = """Flint dropped his bag by the door and kicked off his boots.

"You're soaked," I said.

"It's raining. Obviously." He shook his head like a dog.
"""


def test_word_name_acting_in_narration_is_a_character(analyze):
    doc = analyze(WORD_NAME_IN_NARRATION)
    assert cid_of(doc, "Flint") is not None


def test_first_name_index_finds_what_a_scan_finds():
    """resolve_name looks single words up in an index of first names; it must find
    exactly the characters a scan of every alias finds (registered variants both ways,
    truncations both ways, pet-name endings both ways, a title in front)."""
    from ficlens.characters.names import _resolve_single_scan, _state
    from ficlens.document import Character
    from ficlens.ingest import from_text

    doc = from_text("A short text.\n")
    names = ["William Pryce", "Elizabeth Moray", "Kate Lindqvist", "Dace", "Marisol Ortega", "Rob",
             "Hermione", "Mr. Tobe Angler", "Danny", "Josephine", "Ros", "Alexandra Blum",
             "Margaret", "Theodora Quill", "Bea", "Sister Carrie", "Fitz", "Ann", "Joss Whitlow", "Josie Marsh",
                 "Rosamund", "Augustin Vell", "Perpetua", "Tammy", "Isolde Frane", "Magnus Thorne"]
    doc.characters = [Character(f"c{i}", n, [n, n.split()[0]] if " " in n else [n]) for i, n in enumerate(names)]
    doc.characters.append(Character("c99", "narrator", [], named=False))
    firsts = _state(doc)[2]
    words = set()
    for n in names:
        f = norm_name(n).split()[-2 if n.startswith(("Mr.", "Sister")) else 0]
        words |= {f, f[:3], f[:4], f[:-1], f + "y", f + "ie", f + f[-1] + "y", f[:-1] + "ie", f + "kins",
                  f + "s", f + "e", "x" + f,
                      f[:3] + "y", f[:4] + "y", f[:3] + "ie", f[:3] + f[2] + "y"}
    words |= {"will", "bill", "liz", "beth", "katie", "dacey", "mari", "robbie", "mione", "tobey", "dan",
              "jo", "josie", "rosalind", "alex", "sandra", "maggie", "peggy", "theo", "beatrix", "carrie",
              "fitzwilliam", "annie", "jossy", "zebedee", "'mione", "jose",
                  "gus", "augustine", "rosie", "tamsin", "petty", "izzy", "mags", "miles"}
    found = 0
    for w in sorted(words):
        want = _resolve_single_scan(doc, w)
        assert firsts.hits(w) == want, w
        found += bool(want)
    assert found > 40        # the word list exercises the matching forms, not only misses
    assert resolve_name(doc, "Bill") == "c0" and resolve_name(doc, "Dacey") == "c3"


def test_tail_clips_start_with_a_consonant_and_are_no_words():
    from ficlens.characters.names import is_tail_clip
    assert is_tail_clip("teo", "mateo") and is_tail_clip("dris", "idris")
    assert is_tail_clip("liese", "anneliese")
    # a vowel-initial tail is a name of its own; a dictionary word is a thing of its own
    assert not is_tail_clip("anna", "joanna") and not is_tail_clip("ian", "brian")
    assert not is_tail_clip("mouse", "dormouse", frozenset({"mouse"}))
    assert not is_tail_clip("mateo", "mateo") and not is_tail_clip("eo", "mateo")


def test_inner_clips_repeat_the_names_first_letter():
    from ficlens.characters.names import is_inner_clip
    assert is_inner_clip("pet", "perpetua") and is_inner_clip("mos", "mimosa")
    # any three letters inside a name are not its nickname: only a syllable that starts
    # with the name's own first letter, never its start or its end
    assert not is_inner_clip("ann", "joanna") and not is_inner_clip("jon", "josephine")
    assert not is_inner_clip("per", "perpetua") and not is_inner_clip("tua", "perpetua")
    assert not is_inner_clip("ada", "adalinda")      # vowel-initial: a name of its own


INNER_CLIP = """The lamp went out at the top of the stairs, and I said a word my gran would have slapped me for.

"Language, Pern," said the Professor from the dark.

"Pimpernel Gray," she said a minute later, striking a match, "that is the third lamp this week."

"It's the same lamp. It keeps going out."

Pern is what everyone calls me except the Professor when she is cross, and she is cross most of the time.
"""


def test_a_nickname_cut_from_inside_the_name_joins_it(analyze):
    doc = analyze(INNER_CLIP)
    pern = cid_of(doc, "Pern")
    assert pern is not None and cid_of(doc, "Pimpernel Gray") == pern


TAGGED_HEADER = """The Long Watch
by someone_on_the_ridge

Rating: Teen And Up Audiences
Category: F/M
Relationships: Wynn Tallow/Cass Ferreira, Cass Ferreira & Oriel Ferreira
Characters: Wynn Tallow, Cass Ferreira, Oriel Ferreira, Marisol Quayle, Original Female Character

The wind came over the ridge at six and Wynn was already at the mast with her collar up.

"Tallow!" Sergeant Marisol Quayle shouted from the hut. "Tallow, inside!"

"Coming, Sarge!" Wynn shouted back, and did not move.

Cass came up the path with two mugs and handed her one. "Ferreira says you'll freeze," he said. "Oriel, I mean. The other Ferreira."

"Oriel always says that."

"Sarge says it too," said Cass.
"""


def test_the_authors_tags_give_full_names_and_join_a_surname_call(analyze):
    doc = analyze(TAGGED_HEADER)
    assert doc.work.rating == "Teen And Up Audiences"
    assert doc.work.relationships == ["Wynn Tallow/Cass Ferreira", "Cass Ferreira & Oriel Ferreira"]
    wynn = cid_of(doc, "Wynn")
    assert wynn is not None and cid_of(doc, "Tallow") == wynn
    assert doc.character(wynn).name == "Wynn Tallow"
    # a surname two tagged people share is left alone
    assert cid_of(doc, "Ferreira") not in (cid_of(doc, "Cass"), cid_of(doc, "Oriel"))
    # a clipped title used as a name belongs to the one who bears the title
    assert cid_of(doc, "Sarge") == cid_of(doc, "Sergeant Marisol Quayle") is not None
    assert doc.tags.get("author", {}).get("relationships") == doc.work.relationships


def test_tag_lines_inside_the_story_are_not_the_authors_tags(analyze):
    doc = analyze("Harbour Notes\n\nThe tide was out past the second buoy, and Bram sat on the wall writing a review of the chowder.\n\n"
                  "Rating: five stars, she wrote on the card.\n\n\"Characters: all of them,\" said Bram.\n")
    assert doc.work.rating is None and doc.work.characters == []


def test_listed_gender_only_for_names_given_to_one_sex():
    from ficlens.characters.names import listed_gender
    assert listed_gender("matthias") == "m" and listed_gender("ingrid") == "f"
    # a name given to both, an invented one, not a name at all: nothing
    assert listed_gender("sam") is None and listed_gender("ysolde") is None
    assert listed_gender("o'brien") is None and listed_gender("") is None


def test_a_cut_that_drops_the_opening_vowel():
    from ficlens.characters.names import is_inner_clip
    # "Dal" of "Odalys", "Del" would be of "Adelheid" but "del" is a listed name of its own
    assert is_inner_clip("dal", "odalys")
    # a short form that is itself a listed given name stays a name of its own
    assert not is_inner_clip("mara", "amara") and not is_inner_clip("lina", "alina")


def test_a_nickname_glossed_after_a_few_words_of_place():
    from ficlens.characters.names import GLOSSED
    m = GLOSSED.search("I could see Augustin Pell next door, Gus to everybody on the lane, on his knees.")
    assert m and (m.group("a"), m.group("b")) == ("Augustin Pell", "Gus")
    # "to everybody's surprise" glosses nothing
    assert GLOSSED.search("Mara went home early, Tom to everybody's surprise, stayed.") is None


def test_pet_forms_said_as_the_name_sounds_and_clipped_with_s():
    from ficlens.characters.names import is_clipped_pet
    assert is_clipped_pet("izzy", "isolde")      # "Iz-" as "Isolde" is said
    assert is_clipped_pet("mags", "magnus")      # a three-letter clip and "s"
    assert is_clipped_pet("toby", "tobiah")
    # two vowels said as one: "Leonie" is said "Len-", "Jeanne" "Jen-"
    assert is_clipped_pet("lenny", "leonie")
    assert is_clipped_pet("jenny", "jeanne")
    for short, full in [("miles", "milena"), ("benny", "beatrix"), ("lenny", "lionel"), ("jess", "jessica"), ("bess", "elizabeth"), ("cass", "cassandra")]:
        assert not is_clipped_pet(short, full), short


CREW_NAMES = """Isolde Frane came in through the skylight at midnight, as she always did, and dropped onto the workbench.

Magnus Thorne was already at his screens. He did not look up. "You're late."

"You're ugly," Izzy said. She pulled off her gloves and threw them at his head.

"Sit down, both of you," said Teodora from the door. "Mags, the plans. Izzy, the van."

Mags put the plans on the bench. Izzy went to check the van, and Magnus watched her go.
"""


def test_izzy_and_mags_are_isolde_and_magnus(analyze):
    doc = analyze(CREW_NAMES)
    by = {norm_name(a): c.id for c in doc.characters for a in [c.name, *c.aliases]}
    assert by.get("izzy") == by.get("isolde frane") is not None
    assert by.get("mags") == by.get("magnus thorne") is not None


def test_a_registered_short_form_of_the_masculine_name_and_a_gloss_join_the_feminine(analyze):
    # "Pip" is registered for Philip; Philippa is its feminine form, and the speaker
    # glosses it herself ("Pip. Philippa, if ...")
    text = ('Philippa Ashby knew everyone at the wedding, and Cosmo Thackeray knew nobody.\n\n'
            '"I\'m Cosmo," he said.\n\n'
            '"Pip. Philippa, if my mother\'s listening, and she is."\n\n'
            'Pip taught geography and was afraid of geese. Cosmo held Pip\'s shoes all evening.\n')
    doc = analyze(text)
    by = {norm_name(a): c.id for c in doc.characters for a in [c.name, *c.aliases]}
    assert by.get("pip") == by.get("philippa ashby") is not None


def test_a_double_barrelled_surname_that_holds_the_other_is_one_person(analyze):
    text = ('Delphine Okafor signed the register with a borrowed pen. Delphine Okafor-Castellane, '
            'the registrar read out, and everybody cheered.\n\nDelphine laughed and kissed her wife.\n')
    doc = analyze(text)
    by = {norm_name(a): c.id for c in doc.characters for a in [c.name, *c.aliases]}
    assert by.get("delphine okafor-castellane") == by.get("delphine okafor") is not None


TAGGED_TITLE = """Milk First
by kettle_on

Rating: General Audiences
Characters: Rafferty Doyle, Ashwin Kohli, Desmond Farrow

Ash made the tea, and I carried it down to the hall, where Mr Farrow was waiting with his arms folded.

"Morning, Mr Farrow," Ash said.

Mr Farrow looked at the mug and went back into his flat without a word.
"""


def test_a_tagged_full_name_joins_the_title_and_surname_the_story_uses(analyze):
    doc = analyze(TAGGED_TITLE)
    far = cid_of(doc, "Mr Farrow")
    assert far is not None and doc.character(far).name == "Desmond Farrow"
