"""Archive tags: relationship tags, category from the romantic pairs' genders, rating by
content, point of view, author-tag agreement for AO3 downloads."""
import re

from ficlens.config import DEFAULT
from ficlens.document import Section, WorkMeta
from ficlens.relationships import run as run_relationships
from ficlens.relationships import tags

from relhelp import make_doc

ROMANCE = ('{a} kissed {b} under the bridge, and {b} kissed {a} back. '
           'By winter {b} was {a_pos} {noun}.\n\nThe river froze early that year.')


def tagged(text, chars, speakers=(), narration=None, work=None):
    doc = make_doc(text, chars, speakers, narration, work)
    run_relationships(doc, DEFAULT)
    tags.run(doc, DEFAULT)
    return doc


def romance(a, b, pron_a, pron_b, noun):
    pos = {"she/her": "her", "he/him": "his", "they/them": "their"}[pron_a]
    text = ROMANCE.format(a=a, b=b, a_pos=pos, noun=noun)
    return tagged(text, [("a", a + " Lind", [a], pron_a), ("b", b + " Marsh", [b], pron_b)])


def test_category_from_the_romantic_pairs_genders():
    assert romance("Edie", "Ruth", "she/her", "she/her", "girlfriend").tags["categories"] == ["F/F"]
    assert romance("Owen", "Felix", "he/him", "he/him", "boyfriend").tags["categories"] == ["M/M"]
    assert romance("Edie", "Owen", "she/her", "he/him", "boyfriend").tags["categories"] == ["F/M"]
    assert romance("Edie", "Kit", "she/her", "they/them", "partner").tags["categories"] == ["Other"]


def test_relationship_tag_uses_full_names_and_slash_for_romance():
    doc = romance("Edie", "Ruth", "she/her", "she/her", "girlfriend")
    assert doc.tags["relationships"] == ["Edie Lind/Ruth Marsh"]
    assert doc.tags["relationship_pairs"][0]["kind"] == "romantic"


def test_gen_without_romance_and_ampersand_for_friends():
    text = ('Edie and Ruth had been best friends since they were six. Ruth hugged Edie at '
            'the station.\n\n"You\'re my best friend," Edie told her.')
    doc = tagged(text, [("a", "Edie Lind", ["Edie"], "she/her"), ("b", "Ruth Marsh", ["Ruth"], "she/her")],
                 speakers=[("a", ["b"])])
    assert doc.tags["categories"] == ["Gen"]
    assert doc.tags["relationships"] == ["Edie Lind & Ruth Marsh"]


def _rating(text):
    return tagged(text, [("a", "Edie Lind", ["Edie"], "she/her")]).tags


def test_rating_escalates_with_content():
    calm = 'Edie watered the tomatoes and read the paper on the step until the light went.'
    assert _rating(calm)["rating"] == "General Audiences"
    teen = ('"Oh, shit," Edie said when the shelf came down. Blood ran from the cut on her '
            'hand, and she swore again, a bloody long string of it.')
    t = _rating(teen)
    assert t["rating"] == "Teen And Up Audiences"
    assert any(e["cue"].lower() == "shit" for e in t["rating_evidence"])
    mature = ('The soldier was disemboweled in the square, his entrails spilling over the '
              'stones while the crowd watched. They found the severed head by the well, and '
              'the gore on the cobbles took a week to wash away. ' * 2)
    m = _rating(mature)
    assert m["rating"] == "Mature"
    assert "Graphic Depictions Of Violence" in m["warnings"]
    explicit = ('She pushed him onto the bed and took his cock in her hand; he moaned, and '
                'later her orgasm left her shaking. His cock, her clit, the sweat: ' * 2)
    e = _rating(explicit)
    assert e["rating"] == "Explicit"
    assert e["rating_evidence"] and e["rating_evidence"][0]["severity"] == "Explicit"
    assert t["warnings"] == ["No Archive Warnings Apply"]


def test_pov_tags_from_sections():
    text = 'One.\n\nTwo.\n\nThree.\n\nFour.'
    chars = [("a", "Edie Lind", ["Edie"], "she/her"), ("b", "Ruth Marsh", ["Ruth"], "she/her")]
    doc = tagged(text, chars, narration=[("One", "first", "a"), ("Two", "first", "b"),
                                        ("Three", "first", "a"), ("Four", "first", "b")])
    # two tellers are more than one point of view, as the archives tag it
    assert doc.tags["pov"] == ["First Person POV", "Alternating POV", "Multiple POVs"]
    doc.sections = [Section(0, len(doc.source), "second")]
    assert tags.pov_tags(doc) == ["Second Person POV"]
    # "you" parts beside the teller's "I" parts: one teller, two points of view
    doc.sections = [Section(0, 5, "first", "a"), Section(5, len(doc.source), "second")]
    assert tags.pov_tags(doc) == ["First Person POV", "Second Person POV", "Multiple POVs"]
    doc.sections = [Section(0, 5, "third", focal="a", header="Edie"),
                    Section(5, len(doc.source), "third", focal="b", header="Ruth")]
    # the broad tag and the narrow one, as wranglers give both
    assert tags.pov_tags(doc) == ["Third Person POV", "Third Person Limited", "Alternating POV", "Multiple POVs"]
    # focal shifts a header never announces are not an archive's "Alternating POV"
    doc.sections = [Section(0, 5, "third", focal="a"), Section(5, len(doc.source), "third", focal="b")]
    assert tags.pov_tags(doc) == ["Third Person POV", "Third Person Limited"]
    # no single view kept: the broad tag alone
    doc.sections = [Section(0, len(doc.source), "third")]
    assert tags.pov_tags(doc) == ["Third Person POV"]


def test_author_tags_beside_predicted_with_agreement():
    work = WorkMeta(format="ao3-html", rating="General Audiences", categories=["F/F"],
                    relationships=["Edie Lind/Ruth Marsh (Original Work)", "Ruth Marsh & Someone Else"])
    text = ROMANCE.format(a="Edie", b="Ruth", a_pos="her", noun="girlfriend")
    doc = tagged(text, [("a", "Edie Lind", ["Edie"], "she/her"), ("b", "Ruth Marsh", ["Ruth"], "she/her")],
                 work=work)
    assert doc.tags["author"]["categories"] == ["F/F"]
    ag = doc.tags["agreement"]
    assert ag["rating"] is True and ag["category"] is True
    assert ag["relationships"]["romantic_matched"] == 1
    assert ag["relationships"]["author_unmatched"] == ["Ruth Marsh & Someone Else"]


def test_plain_text_has_no_author_block():
    doc = romance("Edie", "Ruth", "she/her", "she/her", "girlfriend")
    assert "author" not in doc.tags and "agreement" not in doc.tags
    assert doc.tags["words"] > 10


def test_category_gender_from_linked_pronouns_when_pronouns_are_open():
    from ficlens.document import Mention
    text = ('Edie kissed Ruth under the bridge, and Ruth kissed Edie back. She was my '
            'girlfriend by winter, Edie thought. She smiled. She laughed.')
    doc = make_doc(text, [("a", "Edie Lind", ["Edie"], None), ("b", "Ruth Marsh", ["Ruth"], "she/her")])
    import re
    for m in re.finditer(r"\bShe\b", doc.view):
        doc.mentions.append(Mention(m.start(), m.end(), "a", "PRON"))
    run_relationships(doc, DEFAULT)
    tags.run(doc, DEFAULT)
    assert doc.tags["categories"] == ["F/F"]
    doc.mentions = []
    tags.run(doc, DEFAULT)
    assert doc.tags["categories"] == []


def test_two_kinds_of_romantic_pair_make_both_categories_and_a_past_one_none():
    text = ('Edie kissed Ruth under the bridge, and Ruth kissed Edie back. By winter Ruth was '
            'her girlfriend.\n\n'
            'Owen kissed Mara at the dance, and Mara kissed Owen back. By spring Mara was his '
            'girlfriend.')
    chars = [("a", "Edie Lind", ["Edie"], "she/her"), ("b", "Ruth Marsh", ["Ruth"], "she/her"),
             ("c", "Owen Pell", ["Owen"], "he/him"), ("d", "Mara Dunn", ["Mara"], "she/her")]
    # two couples of two kinds are tagged with both kinds; Multi is for three together
    assert tagged(text, chars).tags["categories"] == ["F/F", "F/M"]
    triad = ('Edie kissed Ruth under the bridge, and Ruth kissed Edie back. Owen kissed Edie '
             'at the dance, and Edie kissed Owen back. Ruth kissed Owen on the stairs, and Owen '
             'kissed Ruth back. All three of them shared the flat over the bakery.')
    assert tagged(triad, chars[:3]).tags["categories"] == ["F/F", "F/M", "Multi"]
    past = ('Years ago Owen had been married to Mara. He had loved her once, and she had '
            'left him.\n\nNow Owen kept bees and talked to nobody but Edie, his oldest friend.')
    doc = tagged(past, chars)
    pairs = [p for p in doc.tags["relationship_pairs"] if p["kind"] == "romantic"]
    assert pairs and all(p["status"] == "past" for p in pairs)
    assert "F/M" not in doc.tags["categories"]


def test_speech_tags_give_the_gender_of_a_narrator_quoted_in_another_section():
    text = ('Wren POV\n\n'
            'Kit came down the jetty with two coffees. "You look frozen," she said.\n\n'
            'I kissed her, and she kissed me back, and the coffees went cold.\n\n'
            'Kit POV\n\n'
            'I had meant to say something clever. "Hi," I said instead.')
    chars = [("w", "Wren Calloway", ["Wren"], "she/her"), ("k", "Kit", ["Kit"], None)]
    doc = make_doc(text, chars, speakers=[("k", ["w"]), ("k", ["w"])],
                   narration=[("Wren POV", "first", "w"), ("Kit POV", "first", "k")])
    assert tags.speech_tag_votes(doc)["k"]["F"] == 1
    assert tags.pronoun_votes(doc).get("k") == "F"
    # a pronoun opening the next paragraph is no speech tag of the quote before it
    text2 = ('Wren POV\n\n"You look frozen."\n\nHe said nothing; the ferryman only nodded.\n\n'
             'Kit POV\n\nI had meant to say something clever.')
    doc2 = make_doc(text2, chars, speakers=[("k", ["w"])],
                    narration=[("Wren POV", "first", "w"), ("Kit POV", "first", "k")])
    assert "k" not in tags.speech_tag_votes(doc2)


def test_outsider_pov_and_epistolary_parts():
    from ficlens.document import Character
    text = ('The orchard was bare when I came home, and Ruth was up the ladder.\n\n'
            'Dear Edie,\n\nThe city is loud. I miss the ladder.\n\n— Ruth\n\n'
            'I have lived across the lane from them for thirty years and never once been asked in.')
    chars = [("a", "Edie Lind", ["Edie"], "she/her"), ("b", "Ruth Marsh", ["Ruth"], "she/her")]
    doc = tagged(text, chars, narration=[("The orchard", "first", "a"), ("Dear Edie", "first", "b"),
                                        ("I have lived", "first", "n")])
    doc.characters.append(Character("n", "narrator", ["narrator"], None, named=False))
    pov = tags.pov_tags(doc)
    assert "Outsider POV" in pov and "Epistolary" in pov and "Multiple POVs" in pov
    # two named tellers and no letter: neither tag
    doc.sections = doc.sections[:1] + [Section(doc.sections[1].start, len(doc.source), "first", "b")]
    doc.source = doc.source.replace("Dear Edie,", "Then Edie,")
    pov = tags.pov_tags(doc)
    assert "Outsider POV" not in pov and "Epistolary" not in pov


def test_a_swear_word_used_as_an_ordinary_verb_is_not_swearing():
    calm = _rating('Edie jerked her chin at the door and screwed the lid back on the jar.')
    assert not any(e["category"] == "profanity" for e in calm["rating_evidence"])
    rude = _rating('"You absolute jerk," Edie said.')
    assert any(e["cue"].lower() == "jerk" for e in rude["rating_evidence"])


def test_a_pronoun_a_cue_resolved_to_a_character_of_open_gender_gives_the_category():
    text = ('Kit came down the jetty with two coffees and sat on the bollard.\n\n'
            'I kissed her before either of us could think about it, and Kit kissed me back.')
    chars = [("w", "Wren Calloway", ["Wren"], "she/her"), ("k", "Kit Marsh", ["Kit"], None)]
    doc = tagged(text, chars, narration=("first", "w"))
    assert doc.character("k").extra.get("pronoun_guesses") == {"F": 1}
    assert doc.tags["categories"] == ["F/F"]


def test_recurring_mild_violence_or_kisses_rate_teen():
    # no swearing and no blood: a dagger drawn, a punch and a wound make it Teen
    fight = ("Corin drew his dagger when the bandit came over the wall. The bandit punched him "
             "and Corin kicked back, and by the end of it he had a wound in his arm.")
    assert _rating(fight)["rating"] == "Teen And Up Audiences"
    # one knife in a kitchen stays General
    assert _rating("Mara sliced the bread with the old knife and put the kettle on.")["rating"] \
        == "General Audiences"


def test_many_pronouns_decide_a_gender_at_two_to_one():
    from ficlens.document import Mention
    text = " ".join(["He ran."] * 14 + ["She sat."] * 6)
    doc = tagged(text, [("a", "Lucan Ferreira", ["Lucan"], None)])
    doc.mentions = [Mention(m.start(), m.start() + len(m.group(0)), "a", "PRON")
                    for m in re.finditer(r"\b(He|She)\b", doc.source)]
    # 14 he against 6 she: the strays of a couple's crossing pronouns do not hide him
    assert tags.pronoun_votes(doc).get("a") == "M"
    doc.mentions = doc.mentions[:8] + doc.mentions[14:]
    # 8 against 6 is no decision
    assert tags.pronoun_votes(doc).get("a") is None


ONE_VIEW = """Wren Halloway noticed the crack in the glass first. She wondered how long it had been there, and she thought of the winter coming.

Tobias came in with the post and dropped it on the bench. "Another letter from the council."

Wren felt her stomach drop. She knew what it would say before she opened it. She remembered the last one, and the one before.

"Read it to me," Tobias said.

She saw the word at once: demolition. She realised she had been holding her breath, and she thought of her mother's roses.
"""

TWO_VIEWS = """Wren Halloway noticed the crack in the glass first. Wren wondered how long it had been there.

Tobias Marr watched her from the door. Tobias thought she looked tired, and Tobias wondered whether to tell her about the letter.

Wren felt the cold through her coat. Wren knew he was there. Tobias remembered the last winter, and said nothing yet.
"""


def test_point_of_view_limited_or_omniscient_from_who_perceives(analyze):
    from ficlens.relationships.tags import pov_tags
    one = pov_tags(analyze(ONE_VIEW))
    assert "Third Person Limited" in one and "Third Person Omniscient" not in one
    two = pov_tags(analyze(TWO_VIEWS))
    assert "Third Person Omniscient" in two and "Third Person Limited" not in two


def test_mild_swearing_or_a_scuffle_is_teen_but_one_kiss_is_not():
    swear = 'Edie dropped the tray. "Oh, damn," she said, and picked up the cups.'
    assert _rating(swear)["rating"] == "Teen And Up Audiences"
    scuffle = 'Edie shoved the man off the step and he hit the railings on the way down.'
    assert _rating(scuffle)["rating"] == "Teen And Up Audiences"
    kiss = 'Edie kissed her on the platform, once, and then the train came.'
    assert _rating(kiss)["rating"] == "General Audiences"
