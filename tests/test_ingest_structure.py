"""Structure of plain-text works: layouts, headers, breaks, POV lines, notes, title."""
import pytest

from ficlens.ingest import from_text
from ficlens.ingest.structure import chapter_label, classify, is_break, pov_name


def kinds(text):
    doc = from_text(text, "<t>", None)
    return [(b.kind, b.label) for b in doc.blocks], doc


def narrative(doc):
    return [doc.view[b.vstart:b.vend] for b in doc.blocks if b.kind == "text"]


@pytest.mark.parametrize("line", ["Chapter 3: Title", "Ch. 4", "Chapter Twelve", "Prologue", "Part 2",
                                  "CHAPTER TWENTY-ONE", "Chapter 3 - The Storm", "Chapter 3 The Storm",
                                  "Epilogue: Ten Years Later", "Book II: The Return", "Chapter 7.", "~Chapter 9~",
                                  "Part One", "Chapter 1 (Part 2)", "Interlude"])
def test_chapter_headers(line):
    assert classify(line)[0] == "chapter"
    assert chapter_label(line)


@pytest.mark.parametrize("line", ["Part of me wanted to go.", "Part one of the plan was simple.",
                                  "Chapter and verse, she said.", "Book club was on Tuesday.",
                                  "Prologue to a disaster, that was what it was.", "Part 2 of the deal is that you leave.",
                                  "Chapter 3 was the one where everything went wrong and she knew it"])
def test_not_chapter_headers(line):
    assert classify(line)[0] != "chapter"


@pytest.mark.parametrize("line", ["***", "* * *", "~*~", "-x-", "oOo", "xXx", "~~~", "---", "<hr>", "o0o",
                                  "~o~", "=====", "# # #", "*~*~*", "-oOo-", "XxX", "§", "~", "#"])
def test_scene_breaks(line):
    assert is_break(line) and classify(line)[0] == "break"


@pytest.mark.parametrize("line", ['"..."', "...", "…", "Ooo", "xoxo", "Oh.", "--", "**", "*sigh*", "'*'", "1-2-3"])
def test_not_scene_breaks(line):
    assert not is_break(line)


@pytest.mark.parametrize("line,name", [("Willow POV", "Willow"), ("Buffy's POV", "Buffy"), ("Buffy’s POV", "Buffy"),
                                       ("POV: Faith", "Faith"), ("Giles' perspective", "Giles"),
                                       ("Willow's point of view", "Willow"), ("Xander pov", "Xander"),
                                       ("POV - Spike", "Spike"), ("~*~ Dawn's POV ~*~", "Dawn"),
                                       ("Mr. Giles' POV", "Mr. Giles")])
def test_explicit_pov_headers(line, name):
    assert pov_name(line) == name


@pytest.mark.parametrize("line", ["My POV", "Her point of view was wrong.", "\"Willow?\"", "Willow.",
                                  "From her point of view, it was fine."])
def test_not_explicit_pov_headers(line):
    assert pov_name(line) is None


STORY = """{header_a}

I found the key under the mat, where Willow always left it. Nobody was home.

{header_b}

I watched her from across the street. Buffy had never been good at waiting, said Buffy's mother.
"""


@pytest.mark.parametrize("a,b", [("~Willow~", "~Buffy~"), ("*Willow*", "*Buffy*"), ("-- Willow --", "-- Buffy --"),
                                 ("WILLOW", "BUFFY"), ("Willow", "Buffy")])
def test_decorated_and_bare_pov_headers_in_context(a, b):
    ks, doc = kinds(STORY.format(header_a=a, header_b=b))
    assert [k for k in ks if k[0] == "pov"] == [("pov", "Willow"), ("pov", "Buffy")]


def test_single_asterisk_word_is_not_a_header_without_context():
    ks, _ = kinds("The plate slid off the shelf.\n\n*Crash*\n\nShe did not even look up from the sink.\n")
    assert ("pov", "Crash") not in ks
    ks, _ = kinds("~Spike~\n\nI never liked the sun, and the sun never liked me.\n")
    assert ks[0] == ("pov", "Spike")


def test_a_call_broken_off_in_dash_dialogue_is_no_header():
    text = ("— You were late again, — said Marisol.\n\n— The ferry was slow and the road was worse.\n\n"
            "— Tobin—\n\n— Let me finish, for once in your life.\n\nShe turned back to the window.\n\n"
            "— Tobin—\n\n— I said let me finish.\n")
    ks, _ = kinds(text)
    assert not any(k == "pov" for k, _ in ks)
    # the same dashes round a name in a work without dash dialogue still make a header
    ks, _ = kinds(STORY.format(header_a="— Willow —", header_b="— Buffy —"))
    assert [k for k in ks if k[0] == "pov"] == [("pov", "Willow"), ("pov", "Buffy")]


def test_one_word_dialogue_lines_are_text():
    text = "\"Willow?\"\n\n\"Yes.\"\n\nShe did not turn around.\n\nWillow.\n\nThe name hung there.\n"
    ks, _ = kinds(text)
    assert all(k == "text" for k, _ in ks)


def test_notes_and_closing_notes():
    text = ("A/N: This is my first story, be nice!\n\nDisclaimer: I own nothing.\n\n"
            "An hour later she left the house. Nobody followed her.\n\n"
            "Author's Note: the next part is sad.\n\nAN: thanks to my beta\n\n"
            "She closed the door behind her.\n\nThanks for reading! Please review.\n\nTBC\n")
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["note", "note", "text", "note", "note", "text", "note", "note"]
    assert narrative(doc) == ["An hour later she left the house. Nobody followed her.", "She closed the door behind her."]


def test_closing_phrases_inside_the_story_stay_text():
    text = ("She read the letter twice.\n\n\"Thanks for reading it to me,\" he said.\n\n"
            "It was the end of the world, and she knew it.\n")
    ks, _ = kinds(text)
    assert [k for k, _ in ks] == ["text", "text", "text"]


def test_title_and_byline():
    ks, doc = kinds("The Long Way Home\n\nby quietwren\n\nIt was raining when she left.\n\nShe did not look back.\n")
    assert ks[:2] == [("title", "The Long Way Home"), ("title", "quietwren")]
    assert doc.work.title == "The Long Way Home" and doc.work.authors == ["quietwren"]


@pytest.mark.parametrize("first", ["It was raining.", "\"Hello,\" she said.", "she never came back", "Run!",
                                   "Where are you going?",
                                   "A very long first line that goes on and on well past what anyone would ever call a title, surely"])
def test_no_title_when_first_line_is_prose(first):
    ks, doc = kinds(f"{first}\n\nThe rest of it followed.\n")
    assert ks[0][0] != "title" and doc.work.title is None


def test_question_title():
    ks, doc = kinds("What Now?\n\nShe asked it twice.\n")
    assert ks[0] == ("title", "What Now?")


def test_no_title_without_blank_line():
    ks, doc = kinds("The Long Way Home\nIt was raining when she left.\nShe did not look back.\n")
    assert doc.work.title is None


def test_hard_wrapped_paragraphs():
    text = ("It was a truth not often spoken in the village that the mill\n"
            "had stopped turning long before the miller died, and that\n"
            "nobody had thought to ask why.\n\n"
            "The miller's daughter knew. She had known since she was\n"
            "nine years old and had watched her father lock the sluice.\n")
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["text", "text"]
    assert narrative(doc)[0].endswith("nobody had thought to ask why.")


def test_one_paragraph_per_line_with_rare_blank_line_break():
    lines = [f"Line {i}: she walked along the shore and thought about everything that had happened that summer, slowly." for i in range(12)]
    text = "\n".join(lines[:6]) + "\n\n" + "\n".join(lines[6:]) + "\n"
    ks, doc = kinds(text)
    assert [k for k, _ in ks].count("text") == 12
    assert [k for k, _ in ks].count("break") == 1 and ks[6] == ("break", "blank lines")


def test_runs_of_blank_lines_are_breaks_in_a_single_blank_line_work():
    paras = ["She left at dawn.", "The road was empty.", "Nobody saw her go.", "In the city, it was raining.",
             "He waited by the window."]
    text = "\n\n".join(paras[:3]) + "\n\n\n\n\n" + "\n\n".join(paras[3:]) + "\n"
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["text", "text", "text", "break", "text", "text"]
    b = doc.blocks[3]
    assert doc.view[b.vstart:b.vend].strip() == "" and b.end <= doc.blocks[4].start


def test_tabs_and_crlf_one_paragraph_per_line():
    text = "\tShe said nothing at all.\r\n\tHe waited for an answer.\r\n\tThe clock ticked on the wall.\r\n"
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["text", "text", "text"]
    assert doc.source[doc.blocks[1].start:doc.blocks[1].end] == "He waited for an answer."


def test_chapter_subtitle_line_joins_its_header():
    text = "CHAPTER II\nTHE INQUEST\n\nThe room was full. Nobody spoke.\n\nCHAPTER III.\nA Walk\n\nThey walked.\n"
    ks, doc = kinds(text)
    assert ks[0] == ("chapter", "CHAPTER II: THE INQUEST") and ks[2] == ("chapter", "CHAPTER III. A Walk")
    assert [c.title for c in doc.work.chapters] == ["CHAPTER II: THE INQUEST", "CHAPTER III. A Walk"]


def test_chapter_subtitles_are_not_pov_headers():
    text = ("Chapter 1\n\nThe Exposure\n\nIt began at the Exposure of the plot, said Gregory.\n\n"
            "Chapter 2\n\nThe Duel\n\nThe Duel was at dawn, said Syme.\n\n"
            "Chapter 3\n\nBrenda.\n\nShe waited, and Brenda was late.\n")
    ks, _ = kinds(text)
    assert not [k for k in ks if k[0] == "pov"]


def test_header_lines_split_from_paragraphs_without_blank_lines():
    text = "Chapter 1\nShe woke early.\nIt was cold.\n\nChapter 2\nHe woke late.\n"
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["chapter", "text", "chapter", "text"]
    assert [c.title for c in doc.work.chapters] == ["Chapter 1", "Chapter 2"]
    assert doc.source[doc.work.chapters[1].start:].startswith("Chapter 2")
    assert [b.chapter for b in doc.blocks] == [0, 0, 1, 1]


def test_words_counted_from_narrative_only():
    _, doc = kinds("A/N: not counted here at all\n\nOne two three.\n\n***\n\nFour five.\n")
    assert doc.work.words == 5


def test_blank_lines_made_of_nbsp_and_unicode_line_separators():
    text = "She left.\n\u00a0\u00a0\nHe stayed, and the kettle sang.\u2028It was late.\n \t\nThe end came quietly for them."
    ks, doc = kinds(text)
    assert narrative(doc) == ["She left.", "He stayed, and the kettle sang.\nIt was late.", "The end came quietly for them."]
    assert len(doc.view) == len(text)


def test_short_dialogue_lines_one_per_line_with_a_blank_line_break():
    lines = ['"Where were you?"', '"Out."', '"Out where?"', '"Just out, Mum."', "She sighed.",
             '"Fine."', "The kettle clicked off.", '"Tea?"', '"Please."']
    text = "\n".join(lines[:5]) + "\n\n" + "\n".join(lines[5:]) + "\n"
    ks, doc = kinds(text)
    assert [k for k, _ in ks] == ["text"] * 5 + ["break"] + ["text"] * 4


def test_plain_text_italics():
    text = ("She thought, *not again*, and smiled. It was _very_ late.\n\n"
            "Two * stars * and snake_case_words and 5*3*2 stay plain.\n\n*Dawn*\n\nDawn said hi, and Dawn left.\n")
    _, doc = kinds(text)
    assert [doc.view[a:b] for a, b in doc.italics] == ["not again", "very"]
