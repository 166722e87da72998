"""The whole pipeline on short original passages: relationships and tags from the
characters, quotes, narration and coreference the upstream stages find themselves."""
import pytest

STORY = """The Lamplighter's Daughter

Mira Castellan had lit the lamps on Harrow Street every evening since she was twelve. Her mother, Agathe Castellan, had lit them before her, and complained about the ladder every single night.

Jonah Reed was waiting at the corner lamp with two cups of tea. He had been waiting there every evening for a month.

"You'll freeze," Mira told him.

"Then you'll have to warm me up," Jonah said.

She laughed at him, and climbed down the ladder, and took the tea.

"I love you," Jonah said to her. "I think I have since the first night."

Mira kissed him under the lamp, and Jonah kissed her back.

Agathe watched them from the window and shook her head. "About time," she said to the cat.
"""

FIGHT = """The Toll Bridge

Brennan Hale blocked the bridge with his cart and would not move it.

"Pay the toll or swim," he said.

Aldous Penrose punched Brennan in the jaw. Brennan hit him back, and they fought on the wet planks until the cart tipped into the river.

"I hate you," Aldous said, spitting blood. "I will always hate you."
"""


def _by_name(doc, first):
    for c in doc.characters:
        if c.name.split()[0] == first or first in c.aliases:
            return c.id
    return None


def _rel(doc, a, b):
    ia, ib = _by_name(doc, a), _by_name(doc, b)
    for r in doc.relationships:
        if set(r.characters) == {ia, ib}:
            return r
    return None


@pytest.fixture(scope="module")
def story(analyze):
    return analyze(STORY)


def test_romance_found_end_to_end(story):
    r = _rel(story, "Mira", "Jonah")
    assert r is not None and r.kind == "romantic" and r.score >= 0.5
    assert r.status == "together"
    assert {"confession", "first kiss"} <= {e.stage for e in r.evidence}


def test_family_by_possessive_end_to_end(story):
    r = _rel(story, "Mira", "Agathe")
    assert r is not None and r.kind == "family"


def test_tags_end_to_end(story):
    t = story.tags
    assert t["relationships"][0] in ("Jonah Reed/Mira Castellan", "Mira Castellan/Jonah Reed")
    assert t["categories"] == ["F/M"]
    assert t["rating"] == "General Audiences"
    assert t["words"] > 100


def test_fight_end_to_end(analyze):
    doc = analyze(FIGHT)
    r = _rel(doc, "Aldous", "Brennan")
    assert r is not None and r.kind == "adversarial" and r.score >= 0.7
    assert doc.tags["categories"] == ["Gen"]
    assert doc.tags["rating"] in ("General Audiences", "Teen And Up Audiences")


ONE_MOTHER = """Oren Castellane had not told his mother the truth, and now she was across the table from him. "Oren, darling, you look thin," Margit Castellane said. Oren's mother always said so.

"He eats," said Hal Halloran, and winked at her.

Hal was good at this. He stole the roast potatoes off Oren's plate and the mint off his mother's, and somewhere around the pudding his mother laughed so hard that her veil came unpinned.

"Mum," Oren said. "Please."
"""


def test_a_mother_is_not_everyones_by_a_stray_his(analyze):
    doc = analyze(ONE_MOTHER)
    assert _rel(doc, "Margit", "Oren").kind == "family"
    # "his mother" after "He stole": Oren's mother, not Hal's
    r = _rel(doc, "Hal", "Margit")
    assert r is None or r.kind != "family"


def _pair(doc, a, b):
    ids = {c.name.split()[0]: c.id for c in doc.characters if c.named}
    key = {ids.get(a), ids.get(b)}
    return next((r for r in doc.relationships if set(r.characters) == key), None)


CREW = """The garage under the arches smelled of oil and oranges. Dario Pell had his head under the bonnet of the grey van, and he said something in Portuguese that was not a prayer, and his husband laughed at him from the workbench.

Lorcan Pell laughed at most things. He laughed at the rain and at the plans and at the size of the safe, and Dario put up with it because somebody had to. Teddy Marchetti sat on the bench and read the floor plans out loud, and nobody listened to her either.

"It's a Brantwell," Lorcan said. "Nineteen-thirty. I could open it with a teaspoon."

"You said that about the last one," Teddy said.

"And I was right about the last one. Eventually."

The night before the job was cold and clear. Teddy walked the route twice and came back with frozen hands. Dario checked the van's tyres three times, and then a fourth time, and then went and sat in the cab with the engine off and the radio on low, because that was how he waited.

The house on the heath was lit like a wedding cake. Lorcan went in through the scullery at half past ten with a stethoscope round his neck and a teaspoon in his pocket for luck. The Brantwell was not a Brantwell. It had been fitted with something electronic, some time in the last year, and he crouched in front of it in the dark library and said a word he did not say in front of his husband.

It took him forty minutes. Teddy kept the guests busy in the ballroom with a tray of glasses and an accent from no country on earth. When the door swung open at last, Lorcan put the ledger inside his coat and walked out through the kitchens as if he owned them.

At dawn the garage was cold and grey, and Lorcan was asleep on the old sofa with his head in his husband's lap, and Dario was humming to him, off-key, very quietly. Teddy put the kettle on and did not wake either of them.
"""


def test_an_unnamed_his_husband_is_the_one_he_is_shown_to_love(analyze):
    doc = analyze(CREW)
    r = _pair(doc, "Dario", "Lorcan")
    assert r is not None and r.kind == "romantic" and r.score >= 0.5
    # no separate unnamed husband of Dario's or Lorcan's is left holding part of that romance
    names = {c.id: c.name for c in doc.characters}
    assert not any(set(r.characters) & {c for c in names if names[c].startswith(("Dario", "Lorcan"))}
                   and any("husband" in names[c].lower() for c in r.characters) for r in doc.relationships)


COUNTER = """Mara had the urn on by six. June came in at seven, the moment the sign was turned, and put her hands flat on the counter.

"I rang the Survey yesterday. They've got the north coast next. I said yes." June swallowed. "I'll need somewhere to drink tea."

For a moment Mara did not move at all. Then she reached under the counter and brought out the blue mug and set it down between June's hands.

"I've been keeping it warm since October," Mara said.

Mara came round the end of the counter. June had imagined this a great many times, and none of them had been anything like it: Mara's floury hands on either side of her face, Mara laughing into her mouth, the urn hissing behind them. The tea went cold.
"""


def test_laughing_into_her_mouth_is_a_kiss(analyze):
    doc = analyze(COUNTER)
    r = _pair(doc, "Mara", "June")
    assert r is not None and r.kind == "romantic" and r.score >= 0.5
    assert any(e.cue == "kiss" and "into her mouth" in doc.source[e.start:e.end] for e in r.evidence)


TEA_STALL = """Mabel Quarrie ran the tea stall at the Thursday market, and had for thirty years. She read the day's orders off Ned Abara's clipboard, passed the list to her husband without looking up, and went back to buttering scones.

Ambrose Quarrie carried the urn from the van. He carried it every Thursday, and every Thursday he said his back would not stand it again.

"Careful with that," Ned said. "It's older than me."

"Everything here is older than you," Ambrose said. He set it down and wiped his hands. "Don't tell my wife I've eaten the first scone."

"She can see you," Ned said.

Mabel could. She took the second scone out of his reach and went on buttering.
"""


def test_an_unnamed_spouse_is_the_one_of_that_sex_who_shares_the_family_name(analyze):
    doc = analyze(TEA_STALL)
    r = _pair(doc, "Mabel", "Ambrose")
    assert r is not None and r.kind == "romantic"
    # Ned's clipboard, named before "her husband" in the same sentence, is not her husband's
    n = _pair(doc, "Mabel", "Ned")
    assert n is None or n.kind != "romantic"


FERRY = """The ferry was late, and the house was cold when they got in.

Behind Marguerite, in the doorway, Ottoline Vesey stamped the rain off her boots and set both bags down at the foot of the stairs. She put her hand flat on her wife's back for a moment, between the shoulder blades, and took it away again.

"I'll light the stove," Ottoline said.

"There's no coal," Marguerite said. "There's never any coal."
"""


def test_a_spouse_whose_back_is_touched_is_the_one_the_paragraph_names(analyze):
    doc = analyze(FERRY)
    r = _pair(doc, "Marguerite", "Ottoline")
    assert r is not None and r.kind == "romantic"


BUNK = """Piet Vandermolen sat on his bunk with the bandage off. The door chimed, and Laszlo Orme came in and sat beside him.

"You took the dressing off," Laszlo said.

"It itched," Piet said, and leaned until his forehead rested against Laszlo's shoulder.

Laszlo wound fresh gauze round the burn. Then he lay down on the narrow bunk and pulled Piet down with him.
"""

SOFA = """Agnieszka Roe and her brother Tobiasz Roe cleared the flat all Sunday. At six Agnieszka lay down on the floor and pulled the rug down over her face, and Tobiasz laughed at her.
"""


def test_a_forehead_resting_on_a_shoulder_and_a_pull_down_onto_a_bunk_are_romance(analyze):
    doc = analyze(BUNK)
    r = _pair(doc, "Piet", "Laszlo")
    assert r is not None and r.kind == "romantic"
    names = {e.cue for e in r.evidence}
    assert {"head on shoulder", "pulled down onto the bed"} <= names
    # a rug pulled down, and no bed anywhere: nothing
    doc = analyze(SOFA)
    r = _pair(doc, "Agnieszka", "Tobiasz")
    assert r is None or not any(e.cue == "pulled down onto the bed" for e in r.evidence)


ROOF = """The roof of the dyeworks was slick with rain. Marisa Vell sat on the ridge with her boots hooked over the gutter, and Colm Ashby climbed up beside her in armour that was not made for climbing.

It was not a graceful kiss. Colm started it and did it badly, and Marisa caught him by the collar so he would not slide off the slates, and then did not let go.

"Stay where I can catch you," she said.

"All right," Colm said.
"""


def test_a_kiss_nobody_owns_in_a_paragraph_of_two_is_theirs(analyze):
    doc = analyze(ROOF)
    r = _pair(doc, "Marisa", "Colm")
    assert r is not None and r.kind == "romantic"
    assert any(e.cue == "kiss" for e in r.evidence)


BRIDGE = """Jonah Reed waited on the bridge. Mira Castellan came late, as always.

"You're late," Jonah said.

"I'm always late," Mira said.

They stood there in the rain for a long time. Their lips met, and the rain went on.
"""

TOWPATH = """Jonah Reed waited on the bridge. Mira Castellan came late, as always.

"You're late," Jonah said.

"I'm always late," Mira said, and nuzzled into Jonah's neck.
"""

UNCLE = """Jonah Reed waited on the bridge. His niece Mira Castellan came late, as always.

"You're late," Jonah said.

"I'm always late," Mira said. His lips brushed her forehead, once, the way they had when she was six.
"""


def test_lips_that_meet_and_a_nuzzle_are_romance_and_a_brushed_forehead_is_soft(analyze):
    r = _pair(analyze(BRIDGE), "Jonah", "Mira")
    assert r is not None and r.kind == "romantic" and any(e.cue == "kiss" for e in r.evidence)
    r = _pair(analyze(TOWPATH), "Jonah", "Mira")
    assert r is not None and any(e.cue == "nuzzle" for e in r.evidence)
    r = _pair(analyze(UNCLE), "Jonah", "Mira")
    assert r is not None and r.kind != "romantic"
    assert not any(e.cue == "kiss" for e in r.evidence)


def test_tender_acts_told_by_the_body(analyze):
    pre = ('Jonah Reed waited on the bridge. Mira Castellan came late, as always.\n\n'
           '"You\'re late," Jonah said.\n\n"I\'m always late," Mira said.\n\n')
    for act, cue in [("Jonah cupped Mira's face in his hands.", "cupped a face"),
                     ("Jonah tucked a strand of hair behind Mira's ear.", "hair tucked behind an ear"),
                     ("Mira climbed into Jonah's lap.", "in a lap"),
                     ("Jonah and Mira shared a bed that night.", "shared a bed")]:
        r = _pair(analyze(pre + act), "Jonah", "Mira")
        assert r is not None and any(e.cue == cue for e in r.evidence), act
    r = _pair(analyze(pre + "Mira sat on the bench beside Jonah and shared a sandwich with him."), "Jonah", "Mira")
    assert r is None or not any(e.cue in ("in a lap", "shared a bed") for e in r.evidence)


RIVALS = """Emeric Vasseur hated Kit Halvorsen from the first stage. Kit rode on his wheel for ninety kilometres and then took the sprint by half a length, and Emeric hated him for that too.

"I'll bury you on the mountain," Kit said at the start line.

"Try," Emeric said.

They climbed the col side by side for three days. On the last night, in the hotel car park, Kit kissed him, and Emeric kissed him back.
"""


def test_enemies_to_lovers_is_what_the_bond_has_become(analyze):
    doc = analyze(RIVALS)
    r = _pair(doc, "Emeric", "Kit")
    assert r is not None and r.kind == "romantic"
    # "hated" is read as a verb of hating, whatever the lemmatizer made of it
    assert any(e.cue == "hate" for e in r.evidence)


ORCHARD = """Tobias Wren planted the orchard the year he married, and he worked it for forty years.

In the spring of 2019 they buried Tobias Wren under the oldest pear tree. Agnes Wren stood at the graveside with her hat in both hands and would not sit down.

Dilys Wren, his daughter, drove up from Cardiff that night. "He'd have hated the hymns," Dilys said.

"He hated all hymns," Agnes said. "And sermons. And me, on Tuesdays."

Dilys laughed, and cried, and went out to look at the pear tree in the dark.
"""


def test_one_who_is_buried_and_the_one_of_the_other_sex_with_their_name_are_widowed(analyze):
    doc = analyze(ORCHARD)
    r = _pair(doc, "Agnes", "Tobias")
    assert r is not None and r.kind == "romantic"
    assert any(e.cue == "widowed" for e in r.evidence)
    # the death ends it: the status says so in the archive's own word
    assert r.status == "deceased"
    # his daughter, named as such, stays family
    d = _pair(doc, "Dilys", "Tobias")
    assert d is None or d.kind != "romantic"


def test_a_full_name_of_dictionary_words_is_still_the_given_names_bearer(analyze):
    # "Dorian" and "Cavell" are both dictionary words; "Dorian" alone is a name here twice
    text = ("The fair opened at nine. Mrs Pickering told me before I had my coat off.\n\n"
            "\"Dorian is engaged,\" she said. \"I thought you should hear it from me.\"\n\n"
            "Dorian Cavell and I were together for three years, from the summer I was twenty. "
            "He ate the crusts and left the middles, and I never minded.\n\n"
            "\"Good for Dorian,\" I said, and went to see about the pies.")
    doc = analyze(text)
    d, teller = _by_name(doc, "Dorian"), doc.sections[0].narrator
    assert d is not None and teller is not None and teller != d
    r = next((r for r in doc.relationships if set(r.characters) == {d, teller}), None)
    assert r is not None and r.kind == "romantic", r
    assert any(e.cue == "together" for e in r.evidence)


def test_a_name_nobody_else_uses_marks_the_one_who_said_it(analyze):
    text = ("The alley behind the kitchen smelled of wet cardboard. Tobiah Quist was standing by the bins "
            "with a bunch of tulips.\n\n"
            "\"Wrenny. Hey.\"\n\n"
            "Nobody calls me that anymore. I made sure of it.\n\n"
            "\"What do you want, Tobiah?\"\n\n"
            "Later Odile came out with the rubbish and found me sitting on the step.\n\n"
            "\"Hello, Wren,\" Odile said.\n\n"
            "Nobody calls me that. I told her so, and Odile laughed and sat down anyway.")
    doc = analyze(text)
    tob, odile, teller = _by_name(doc, "Tobiah"), _by_name(doc, "Odile"), doc.sections[0].narrator
    assert tob and odile and teller

    def pair(a, b):
        return next((r for r in doc.relationships if set(r.characters) == {a, b}), None)
    r = pair(tob, teller)
    assert r is not None and any(e.cue == "a name only they use" and e.past for e in r.evidence)
    # a bare "Nobody calls me that." refuses the name: no bond in it
    r = pair(odile, teller)
    assert r is None or all(e.cue != "a name only they use" for e in r.evidence)
