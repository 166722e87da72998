"""ficlens report: JSON -> report model -> terminal / HTML, on small original stories."""
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rich.console import Console

from conftest import run_cli
from ficlens.errors import FiclensError
from ficlens.report import build_report, load_input, render_html, render_terminal
from ficlens.report.model import snippet

STORY = (
    "Ferry Weather\n\n"
    "Chapter 1: Ropes\n\n"
    "I counted the gulls while Pell tied off the stern. \"You're late,\" I said.\n\n"
    "\"The tide is late,\" said Pell. \"I am exactly on time.\"\n\n"
    "Chapter 2: Harbour\n\n"
    "Oriel Vance watched them from the pier. She had loved Pell since the winter of the flood, "
    "and she kissed him once, badly, behind the net sheds. Nobody knew. \"Idiots,\" Oriel muttered.\n\n"
    "A <b> & [bold]tag[/bold] in the text stays text.\n"
)


def span(text, needle, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = STORY.index(needle, i + 1)
    return i, i + len(needle)


def analysis(with_sections=True, with_rels=True, ao3=True):
    """A hand-made ficlens/1 analysis of STORY (as an HTML/EPUB one would carry it: with text)."""
    q1 = span(STORY, "You're late")
    q2 = span(STORY, "The tide is late,")
    q3 = span(STORY, "I am exactly on time.")
    q4 = span(STORY, "Idiots,")
    ch2 = STORY.index("Chapter 2")
    kiss = span(STORY, "kissed")
    data = {
        "schema": "ficlens/1", "generator": "ficlens test", "text": STORY,
        "work": {"title": "Ferry Weather", "authors": ["quayside"], "words": len(STORY.split()),
                 "format": "ao3-html" if ao3 else "text",
                 "rating": "Teen And Up Audiences", "relationships": ["Pell/Oriel Vance"],
                 "tags": ["Pining", "First Person POV"],
                 "chapters": [{"title": "Chapter 1: Ropes", "start": STORY.index("Chapter 1"), "end": ch2},
                              {"title": "Chapter 2: Harbour", "start": ch2, "end": len(STORY)}]},
        "characters": [
            {"id": "c0", "name": "Oriel Vance", "aliases": ["Oriel", "Oriel Vance"], "pronouns": "she/her"},
            {"id": "c1", "name": "Pell", "aliases": ["Pell"], "pronouns": "he/him"},
            {"id": "c2", "name": "Narrator", "aliases": [], "pronouns": None, "named": False},
        ],
        "mentions": [{"start": a, "end": b, "character": "c1"} for a, b in (span(STORY, "Pell", 0), span(STORY, "Pell", 1))],
        "quotes": [
            {"start": q1[0], "end": q1[1], "speaker": "c2", "addressees": ["c1"]},
            {"start": q2[0], "end": q2[1], "speaker": "c1", "addressees": []},
            {"start": q3[0], "end": q3[1], "speaker": "c1", "addressees": []},
            {"start": q4[0], "end": q4[1], "speaker": None, "addressees": []},
        ],
        "sections": [
            {"start": 0, "end": ch2, "narration": "first", "narrator": "c2", "header": None},
            {"start": ch2, "end": len(STORY), "narration": "third", "narrator": None, "focal": "c0"},
        ] if with_sections else [],
        "relationships": [
            {"characters": ["c0", "c1"], "kind": "romantic", "score": 0.81, "status": "secret",
             "evidence": [{"start": kiss[0], "end": kiss[1], "cue": "kiss", "kind": "romantic",
                           "stage": "first kiss", "weight": 1.0, "past": True}]},
        ] if with_rels else [],
        "tags": {"rating": "Teen And Up Audiences", "relationships": ["Oriel Vance/Pell"],
                 "pov": ["First Person POV", "Third Person Limited"], "words": 68,
                 "rating_evidence": [{"start": 0, "end": 3, "cue": "kiss"}], "setting": ["Harbour"]},
    }
    return data


def terminal_text(report, **kw):
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=120, color_system=None), **kw)
    return buf.getvalue()


def test_model_resolves_names_counts_and_evidence():
    r = build_report(analysis())
    assert [m.name for m in r.cast] == ["Pell", "Narrator", "Oriel Vance"]   # by lines spoken
    pell = r.cast[0]
    assert pell.lines == 2 and pell.mentions == 2 and pell.aliases == []      # the name is not an alias of itself
    assert r.cast[2].aliases == ["Oriel"]
    assert r.n_quotes == 4 and r.n_attributed == 3
    s1, s2 = r.sections
    assert (s1.narration, s1.narrator, s1.chapter) == ("first", "Narrator", None)
    assert (s2.narration, s2.focal, s2.chapter) == ("third", "Oriel Vance", "Chapter 2: Harbour")
    rel = r.relationships[0]
    assert rel.pair == ("Oriel Vance", "Pell") and rel.kind == "romantic" and rel.status == "secret"
    ev = rel.evidence[0]
    assert ev.cue == "kissed" and ev.before.startswith("She had loved Pell") and ev.after.endswith("net sheds.")
    fams = {t.family: t for t in r.tags}
    assert fams["POV"].author == ["First Person POV"]            # POV found among the freeform tags
    assert fams["Relationships"].predicted == ["Oriel Vance/Pell"] and fams["Relationships"].author == ["Pell/Oriel Vance"]
    assert fams["Relationships"].agreed == [True]              # a pairing's order does not matter
    assert fams["POV"].agreed == [True, False]
    assert fams["Setting"].predicted == ["Harbour"]            # an unknown family of strings is still shown
    assert "Rating Evidence" not in fams and "Words" not in fams  # structured extras and counts are not tags


def test_title_falls_back_to_the_given_name():
    data = analysis()
    data["work"]["title"] = None
    assert build_report(data, name="ferry-weather").title == "ferry-weather"
    assert build_report(data).title == "(untitled)"


def test_terminal_renders_everything_and_keeps_brackets_literal():
    out = terminal_text(build_report(analysis()))
    for s in ("Ferry Weather", "quayside", "Oriel Vance", "she/her", "Narration", "follows Oriel Vance",
              "romantic 0.81", "kissed", "Author's tags", "First Person POV ✓"):
        assert s in out, s
    data = analysis()
    data["characters"][1]["name"] = "[bold]Pell[/bold]"
    assert "[bold]Pell[/bold]" in terminal_text(build_report(data))


def test_renders_gracefully_without_sections_relationships_or_cast():
    data = analysis(with_sections=False, with_rels=False, ao3=False)
    data.update(characters=[], quotes=[], mentions=[], tags={})
    del data["text"]
    r = build_report(data)
    out = terminal_text(r)
    assert "No characters found" in out and "no sections" in out and "none found" in out
    page = render_html(r)
    ET.fromstring(page[page.index("<html"):])
    assert "No sections in this analysis" in page and "not in this analysis" in page


def test_html_is_well_formed_with_cast_and_coloured_quotes():
    page = render_html(build_report(analysis()))
    assert page.startswith("<!DOCTYPE html>")
    root = ET.fromstring(page[page.index("<html"):])     # strict XML parse: every tag closed, all escaped
    text = "".join(root.itertext())
    for name in ("Oriel Vance", "Pell", "Narrator"):
        assert name in text
    spans = [e for e in root.iter("span") if "q" in (e.get("class") or "").split()]
    said = {(e.text, e.get("title")) for e in spans}
    assert ("The tide is late,", "Pell") in said and ("You're late", "Narrator") in said
    unknown = [e for e in spans if "unk" in e.get("class")]
    assert [e.text for e in unknown] == ["Idiots,"]
    assert "A <b> & [bold]tag[/bold] in the text stays text." in text
    assert "<script" not in page and "http" not in page.replace('xmlns="http', "")   # no scripts, no network
    secs = [e for e in root.iter("div") if e.get("class") == "sec"]
    assert len(secs) == 2 and "Narrator" in secs[0].text
    story = next(e for e in root.iter("div") if e.get("class") == "story")
    assert [m.text for m in story.iter("mark")] == ["kissed"]             # the evidence cue, in the text
    links = {a.get("href") for a in root.iter("a") if a.get("href")}
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    assert {"#ev0-0", "#s1", "#s2"} <= links and {"ev0-0", "s1", "s2"} <= ids   # report -> text links land


def test_html_survives_overlapping_and_out_of_range_spans():
    data = analysis()
    n = len(STORY)
    data["quotes"] += [{"start": 5, "end": 40, "speaker": "c0"}, {"start": 20, "end": 30, "speaker": "c1"},
                       {"start": n - 3, "end": n + 50, "speaker": "c1"}]
    data["sections"].append({"start": 25, "end": 35, "narration": "second", "narrator": None})
    page = render_html(build_report(data))
    ET.fromstring(page[page.index("<html"):])


def test_snippet_cuts_at_sentences_and_collapses_whitespace():
    src = "First thing. Then she\nkissed him, twice. After that nothing."
    sn = snippet(src, src.index("kissed"), src.index("kissed") + 6)
    assert sn.text == "Then she kissed him, twice."
    long = "word " * 100 + "CUE" + " word" * 100
    sn = snippet(long, long.index("CUE"), long.index("CUE") + 3)
    assert sn.before.startswith("…") and sn.after.endswith("…") and len(sn.text) < 260


def test_rejects_what_is_not_an_analysis(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "something/else"}')
    with pytest.raises(FiclensError, match="not a ficlens/1 analysis"):
        load_input(str(bad))
    bad.write_text("{broken")
    with pytest.raises(FiclensError, match="not valid JSON"):
        load_input(str(bad))


def test_cli_report_from_json_writes_html_atomically(tmp_path):
    src = tmp_path / "a.json"
    src.write_text(json.dumps(analysis()), encoding="utf-8")
    out = tmp_path / "a.html"
    r = run_cli("report", src, "--html", out)
    assert r.returncode == 0, r.stderr
    assert "Oriel Vance" in r.stdout and "Ferry Weather" in r.stdout
    assert "Pell" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []   # no temp files left


def test_cli_report_bad_input_one_line_and_no_page(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    out = tmp_path / "x.html"
    r = run_cli("report", bad, "--html", out)
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "not a ficlens analysis" in r.stderr
    assert not out.exists()
    r = run_cli("report", tmp_path / "missing.json")
    assert r.returncode != 0 and "no such file" in r.stderr and "Traceback" not in r.stderr
    good = tmp_path / "good.json"
    good.write_text(json.dumps(analysis()))
    r = run_cli("report", good, "--html", tmp_path / "no" / "dir.html")
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "no such directory" in r.stderr


def test_cli_report_txt_json_with_source(tmp_path):
    """A plain-text analysis carries no text: --source supplies it, and must fit the offsets."""
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    data = analysis(ao3=False)
    del data["text"]
    saved = tmp_path / "ferry.json"
    saved.write_text(json.dumps(data))
    page = tmp_path / "ferry.html"
    r = run_cli("report", saved, "--source", story, "--html", page, "-q")
    assert r.returncode == 0, r.stderr
    assert "behind the net sheds" in page.read_text(encoding="utf-8") and r.stdout == ""
    short = tmp_path / "short.txt"
    short.write_text("Just a line of story.\n")
    r = run_cli("report", saved, "--source", short)
    assert r.returncode != 0 and "does not match" in r.stderr


def test_cli_report_analyses_a_work_first(tmp_path):
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    page = tmp_path / "ferry.html"
    r = run_cli("report", story, "--html", page)
    assert r.returncode == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    ET.fromstring(html[html.index("<html"):])
    assert "I am exactly on time." in html and "2 chapters" in r.stdout and "Narration" in r.stdout


def test_tag_key_matches_pairings_in_any_order_but_keeps_kind():
    from ficlens.report.model import tag_key

    assert tag_key("Tobias Hale/Marek  Novak") == tag_key("marek novak/Tobias Hale")
    assert tag_key("A & B") == tag_key("B & A") != tag_key("A/B")
