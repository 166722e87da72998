"""Quote detection on original passages: conventions, apostrophes, recovery, non-speech."""
from ficlens.config import DEFAULT
from ficlens.ingest import from_text
from ficlens.quotes import detect


def quotes(text):
    doc = from_text(text)
    detect(doc, DEFAULT)
    return doc, [doc.source[q.start:q.end] for q in doc.quotes]


def test_curly_and_straight_double_quotes_and_a_split_by_a_tag():
    doc, qs = quotes(
        "\u201cYes,\u201d Marisol said, \u201cnow.\u201d\n\n"
        "\"Are you sure?\" asked Teodor.\n\n"
        "\u201cI was sure an hour ago.\u201d She pocketed the key.")
    assert qs == ["Yes,", "now.", "Are you sure?", "I was sure an hour ago."]
    q = doc.quotes
    assert q[0].group == q[1].group != q[2].group != q[3].group
    assert [x.block for x in q] == [0, 0, 1, 2]
    assert q[0].mark == "\u201c" and q[2].mark == '"'


def test_single_quote_dialogue_keeps_apostrophes_out():
    text = ("'Don't touch the dogs' bowls,' said Hettie. 'They're fussy about 'em.'\n\n"
            "'I'm tired 'cause it's late,' Bram said. 'Like the rock 'n' roll crowd at the pub.'\n\n"
            "Hettie's brother didn't answer. The twins' coats hung by the door.\n\n"
            "''Cause you're spoilt,' she said.")
    _, qs = quotes(text)
    assert qs == ["Don't touch the dogs' bowls,", "They're fussy about 'em.",
                  "I'm tired 'cause it's late,", "Like the rock 'n' roll crowd at the pub.",
                  "'Cause you're spoilt,"]


def test_curly_single_quote_dialogue():
    _, qs = quotes("\u2018Mind the step,\u2019 Aunt Oona said. \u2018It\u2019s the girls\u2019 fault "
                   "it\u2019s loose.\u2019\n\n\u2018I\u2019ll fix it,\u2019 said Pim.")
    assert qs == ["Mind the step,", "It\u2019s the girls\u2019 fault it\u2019s loose.", "I\u2019ll fix it,"]


def test_em_dash_dialogue():
    text = ("Rain again. The ferry was late.\n\n"
            "\u2014Where were you? asked Noor.\n\n"
            "\u2014At the harbour, all night.\n\n"
            "--You could have written.\n\n"
            "He shrugged and looked at the water.\n\n"
            "\u2014I lost the pen.")
    _, qs = quotes(text)
    assert qs == ["Where were you?", "At the harbour, all night.",
                  "You could have written.", "I lost the pen."]


def test_speech_over_several_paragraphs_is_one_quote_per_paragraph():
    doc, qs = quotes(
        "Grandfather cleared his throat.\n\n"
        "\"When I was a boy we walked to the quarry every morning. It was four miles.\n\n"
        "\"In winter the path froze and we slid half the way.\n\n"
        "\"And we were grateful for it,\" he finished.\n\n"
        "Nobody laughed.")
    assert qs == ["When I was a boy we walked to the quarry every morning. It was four miles.",
                  "In winter the path froze and we slid half the way.",
                  "And we were grateful for it,"]
    assert len({q.group for q in doc.quotes}) == 1


def test_nested_quote_stays_inside_the_outer_one():
    _, qs = quotes("\"Then he told me, 'Never again,' and left,\" Ilse said.\n\n"
                   "\u201cShe kept saying \u2018the tide, the tide\u2019 all night.\u201d")
    assert qs == ["Then he told me, 'Never again,' and left,",
                  "She kept saying \u2018the tide, the tide\u2019 all night."]


def test_missing_closing_mark_does_not_flip_later_quotes():
    _, qs = quotes("\"Hand me the lamp, said Corwin.\n\n"
                   "She did. The wick was wet.\n\n"
                   "\"It won't light,\" she said. \"Try the matches.\"\n\n"
                   "He tried them.")
    assert "She did. The wick was wet." not in qs
    assert qs[-2:] == ["It won't light,", "Try the matches."]
    assert not any("He tried" in q for q in qs)


def test_stray_mark_inside_a_paragraph_recovers_locally():
    _, qs = quotes("\"Wait here. \"I'll be back,\" said Dov.\n\n"
                   "\"Fine,\" Rina said.")
    assert qs[-1] == "Fine,"
    assert "I'll be back," in qs


def test_scare_quotes_titles_and_italic_thoughts_are_not_speech():
    _, qs = quotes(
        "The so-called \"fixer\" arrived at noon, three \"nights ago\" by his own count. "
        "He was humming \"Blue Harbour\" under his breath.\n\n"
        "*Not him again,* Wren thought. _Of all the people._\n\n"
        "\"You're late,\" she said.")
    assert qs == ["You're late,"]


def test_short_speech_is_kept():
    _, qs = quotes("\"No.\"\n\n\"Yes!\" he said.\n\nShe only said, \"Fine.\"")
    assert qs == ["No.", "Yes!", "Fine."]


def test_source_offsets_through_a_repaired_view():
    # mojibake in the source: the view repairs it, offsets must still point into the source
    text = "Her nameâ€™s Ada.\n\n\"Itâ€™s late,\" said Ada."
    doc, qs = quotes(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert doc.view[q.vstart:q.vend] == "It\u2019s late,"
    assert doc.source[q.start:q.end] == "Itâ€™s late,"


def test_em_dash_dialogue_split_by_a_tag():
    _, qs = quotes("Fog on the pass.\n\n"
                   "\u2014 The mules won't go, \u2014 Oskar said, slapping the nearest. \u2014 Not in this.\n\n"
                   "Ilka pulled her hood down. \u2014 Then we walk.\n\n"
                   "\u2014 In the dark\u2014\n\n"
                   "\u2014 Yes, \u2014 said Ilka.\n\n"
                   "The road bent north \u2014 as roads here did \u2014 and vanished.")
    assert qs == ["The mules won't go,", "Not in this.", "Then we walk.", "In the dark", "Yes,"]


def test_dash_scene_inside_a_quote_mark_story_with_tags_no_dash_sets_off():
    text = ("\u201cLate again,\u201d said Oriel.\n\n"
            "\u201cThe tram.\u201d Piet dropped his bag. \u201cAlways the tram.\u201d\n\n"
            "\u201cYou could walk.\u201d\n\n"
            "\u201cI could fly, too.\u201d\n\n"
            "That night the radiator knocked until two.\n\n"
            "\u2014You've packed already.\n\n"
            "\u2014Only the books, Piet said. The rest can wait.\n\n"
            "\u2014Piet. It's February.\n\n"
            "\u2014And do what? Oriel laughed, and it came out thin. Stand on the platform?\n\n"
            "\u2014I'd write, he said, very quietly.\n\n"
            "In the morning the radiator was cold.")
    _, qs = quotes(text)
    assert qs == ["Late again,", "The tram.", "Always the tram.", "You could walk.", "I could fly, too.",
                  "You've packed already.", "Only the books,", "The rest can wait.",
                  "Piet. It's February.", "And do what?", "Stand on the platform?", "I'd write,"]


def test_a_single_quote_line_resumed_after_its_tag_with_an_elision_like_word():
    # "'is" may be dialect for "his"; after "he said," the mark reopens the line
    _, qs = quotes("'Where's the lamp?' asked Bram. 'It was here.'\n\n"
                   "'Pet,' he said, 'is the only one here with any sense.'\n\n"
                   "'Right,' said Bram. ''Is boots are on my foot.'")
    assert qs == ["Where's the lamp?", "It was here.", "Pet,", "is the only one here with any sense.",
                  "Right,", "'Is boots are on my foot."]


def test_a_dash_line_that_opens_on_a_call_after_a_finished_line_is_speech():
    from ficlens.quotes.finder import dash_spans
    p = "— Nobody look in the box! — she shouts up the drive. — Mum, stop looking. — Mama, tell her."
    assert [p[s:e] for s, e in dash_spans(p)] == ["Nobody look in the box!", "Mum, stop looking.", "Mama, tell her."]
    # a name and a comma opening narration with a past tense stays a tag
    p2 = "— Go. — Kit, white-faced, did not move."
    assert [p2[s:e] for s, e in dash_spans(p2)] == ["Go."]


def test_a_dash_after_a_tag_no_dash_opened_resumes_the_speech():
    from ficlens.quotes.finder import dash_spans
    p = "— You won't, Marit said. — Put some boots on."
    assert [p[a:b] for a, b in dash_spans(p)] == ["You won't,", "Put some boots on."]
    # a tag set off by dashes on both sides still toggles as before
    p = "— Yes, — she said. — Now."
    assert [p[a:b] for a, b in dash_spans(p)] == ["Yes,", "Now."]
    # and a tag that runs on into narration is not speech
    p = "— I know, she said, and put the kettle on."
    assert [p[a:b] for a, b in dash_spans(p)] == ["I know,"]
