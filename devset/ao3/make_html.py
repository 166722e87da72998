#!/usr/bin/env python3
"""Write AO3 "Download HTML" fixtures for a few devset stories (stdlib only).

    python devset/ao3/make_html.py      # rewrites devset/ao3/*.html

The layout follows shared/formats/ao3.md: div#preface (p.message, div.meta with
dl.tags dt/dd <a> links, Language, Stats), h1, div.byline, Summary/Notes blockquotes,
div#chapters with div.meta.group h2.heading + div.userstuff per chapter (a single
div.userstuff for a one-chapter work), div#afterword. Story text comes from
devset/fanfic/<work>.txt; the title line, A/N lines and chapter header lines are
lifted out of the body (AO3 shows them in the preface and in the chapter headings).
Work ids, dates, usernames and fandom names are invented.
"""
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FANFIC = HERE.parent / "fanfic"
SITE = "https://archiveofourown.org"

WORKS = [
    {
        "work": "harbour-lights", "id": 990001, "author": "saltwaterpen",
        "rating": ["General Audiences"], "warnings": ["No Archive Warnings Apply"],
        "categories": ["F/F"], "fandoms": ["Carrick Sound (TV 2021)"],
        "relationships": ["Hope Adair/Wren Calloway", "Hope Adair & Jonah", "Hope Adair & Maud Adair"],
        "characters": ["Wren Calloway", "Hope Adair", "Maud Adair", "Jonah", "Mr. Quill"],
        "tags": ["First Meetings", "First Kiss", "Alternating POV", "Island Life", "Fluff"],
        "published": "2023-03-02", "status": ("Completed", "2023-04-11"), "chapters_total": "4",
        "summary": ["Wren Calloway misses the last ferry to Carrick Island. Hope Adair tells her not to go anywhere. She doesn't."],
        "scene_break": "hr",
    },
    {
        "work": "salt-and-iron", "id": 990002, "author": "forgeandfable",
        "rating": ["Teen And Up Audiences"], "warnings": ["Creator Chose Not To Use Archive Warnings"],
        "categories": ["M/M"], "fandoms": ["The Ironwright Saga - M. Vell"],
        "relationships": ["Tobias Hale/Marek Novak", "Annelise Novak & Marek Novak"],
        "characters": ["Tobias Hale", "Marek Novak", "Annelise Novak", "Ferris", "Mr. Novak"],
        "tags": ["Break Up", "Getting Back Together", "Blacksmithing", "Siblings", "Happy Ending"],
        "published": "2022-11-20", "status": ("Updated", "2022-12-04"), "chapters_total": "?",
        "summary": ["Marek goes home to a dying father. Tobias tells him to go. Neither of them means it."],
        "scene_break": "hr",
    },
    {
        "work": "the-cartographers", "id": 990003, "author": "inkandcompass",
        "rating": ["Teen And Up Audiences"], "warnings": ["No Archive Warnings Apply"],
        "categories": ["M/M"], "fandoms": ["Guild of Surveyors (Video Game)"],
        "relationships": ["Anselm Reyt/Teodor Hollis"],
        "characters": ["Anselm Reyt", "Teodor Hollis", "Guildmaster Varro"],
        "tags": ["Maps", "Confessions", "First Kiss", "Workplace Romance", "Em Dash Dialogue"],
        "published": "2024-01-15", "status": None, "chapters_total": "1",
        "summary": ["The river moved. The Guildmaster would rather it hadn't."],
        "scene_break": "hr",
    },
    {
        "work": "grace-notes", "id": 990004, "author": "duetpedal",
        "rating": ["General Audiences"], "warnings": ["No Archive Warnings Apply"],
        "categories": ["F/F", "Gen"], "fandoms": ["Original Work"],
        "relationships": ["Daisy Lund/Hope", "Grace Whitlock & Hope"],
        "characters": ["Grace Whitlock", "Hope", "Daisy Lund", "Faith", "Mum"],
        "tags": ["Sisters", "Weddings", "Reconciliation", "Music", "Gift Fic"],
        "published": "2023-12-24", "status": ("Completed", "2023-12-24"), "chapters_total": "2",
        "collections": ["Sibling_Exchange_2023"],
        "summary": ["Grace goes to her sister's wedding. There is a mint-green piano."],
        "scene_break": "hr",
    },
]

HEADER_RE = re.compile(r"^(Chapter \d+(: .*)?|Part \d+)$")
BREAK_RE = re.compile(r"^(\*\*\*|~\*~|-x-|oOo)$")
NOTE_RE = re.compile(r"^(A/N|Disclaimer):")


def inline(p: str) -> str:
    s = html.escape(p, quote=False)
    s = re.sub(r"(?<![\w*])\*(\S[^*]*?\S|\S)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"(?<!\w)_(\S[^_]*?\S|\S)_(?!\w)", r"<em>\1</em>", s)
    return s


def split(work: str):
    text = (FANFIC / f"{work}.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    title = json.loads((FANFIC / f"{work}.gold.json").read_text(encoding="utf-8"))["title"]
    if paras[0] == title:
        paras.pop(0)
    notes = [p for p in paras if NOTE_RE.match(p)]
    paras = [p for p in paras if not NOTE_RE.match(p)]
    chapters = []
    for p in paras:
        if HEADER_RE.match(p):
            chapters.append([p, []])
        else:
            if not chapters:
                chapters.append([None, []])
            chapters[-1][1].append(p)
    return title, notes, chapters


def a(kind, tag):
    from urllib.parse import quote
    return f'<a href="{SITE}/tags/{quote(tag.replace("/", "*s*"))}/works">{html.escape(tag)}</a>'


def dtdd(label_one, label_many, items):
    label = label_one if len(items) == 1 else label_many
    return f"<dt>{label}</dt>\n<dd>{', '.join(a(label, t) for t in items)}</dd>\n"


def body_html(paras, brk):
    out = []
    for p in paras:
        if BREAK_RE.match(p):
            out.append("<hr />" if brk == "hr" else f"<p>{html.escape(p, quote=False)}</p>")
        elif re.match(r"^(\w[\w’']* POV|\w+['’]s POV|\w+['’] perspective|\w+['’]s perspective|POV: \w+|~\w+~)$", p):
            out.append(f"<p><strong>{html.escape(p, quote=False)}</strong></p>")
        else:
            out.append("<p>" + inline(p).replace("\n", "<br />\n") + "</p>")
    return "\n".join(out)


def words(chapters):
    n = 0
    for _, ps in chapters:
        for p in ps:
            if not BREAK_RE.match(p):
                n += len(re.findall(r"[\w’'-]+", p))
    return n


def render(w):
    title, notes, chapters = split(w["work"])
    nch = len(chapters)
    url = f"{SITE}/works/{w['id']}"
    author = w["author"]
    stats = [f"Published: {w['published']}"]
    if w.get("status"):
        stats.append(f"{w['status'][0]}: {w['status'][1]}")
    stats.append(f"Words: {words(chapters):,}")
    stats.append(f"Chapters: {nch}/{w['chapters_total']}")
    tags = ""
    tags += dtdd("Rating:", "Ratings:", w["rating"])
    tags += dtdd("Archive Warning:", "Archive Warnings:", w["warnings"])
    tags += dtdd("Category:", "Categories:", w["categories"])
    tags += dtdd("Fandom:", "Fandoms:", w["fandoms"])
    tags += dtdd("Relationship:", "Relationships:", w["relationships"])
    tags += dtdd("Character:", "Characters:", w["characters"])
    tags += dtdd("Additional Tags:", "Additional Tags:", w["tags"])
    tags += "<dt>Language:</dt>\n<dd>English</dd>\n"
    if w.get("collections"):
        links = ", ".join(f'<a href="{SITE}/collections/{c}">{html.escape(c)}</a>' for c in w["collections"])
        tags += f"<dt>Collections:</dt>\n<dd>{links}</dd>\n"
    tags += "<dt>Stats:</dt>\n<dd>\n" + "\n".join(stats) + "\n</dd>\n"
    summary = "\n".join(f"<p>{inline(p)}</p>" for p in w["summary"])
    notes_html = ""
    if notes:
        notes_html = ("<p>Notes</p>\n<blockquote class=\"userstuff\">"
                      + "\n".join(f"<p>{inline(p)}</p>" for p in notes) + "</blockquote>\n")
    if nch == 1 and chapters[0][0] is None:
        chap_html = ("<div id=\"chapters\" class=\"userstuff\">\n<div class=\"userstuff\"><!--chapter content-->\n"
                     + body_html(chapters[0][1], w["scene_break"]) + "\n<!--/chapter content--></div>\n</div>\n")
    else:
        parts = []
        for k, (head, ps) in enumerate(chapters, 1):
            m = re.match(r"Chapter \d+: (.*)", head or "")
            heading = f"Chapter {k}: {m.group(1)}" if m else f"Chapter {k}"
            parts.append(
                f"<div class=\"meta group\">\n<h2 class=\"heading\">{html.escape(heading)}</h2>\n</div>\n"
                f"<div class=\"userstuff\"><!--chapter content-->\n{body_html(ps, w['scene_break'])}\n"
                f"<!--/chapter content--></div>\n")
        chap_html = "<div id=\"chapters\" class=\"userstuff\">\n" + "\n".join(parts) + "</div>\n"
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<title>{html.escape(title)} - {author} - {html.escape(w['fandoms'][0])} [Archive of Our Own]</title>
<style type="text/css">
body {{ font-family: Georgia, serif; margin: 1em 5%; }}
#preface dl.tags dt {{ font-weight: bold; }}
.userstuff p {{ margin: 1em 0; }}
</style>
</head>
<body>
<div id="preface">
<p class="message">
<b>{html.escape(title)}</b><br/>
Posted originally on the <a href="{SITE}/">Archive of Our Own</a> at <a href="{url}">{url}</a>.
</p>
<div class="meta">
<dl class="tags">
{tags}</dl>
<h1>{html.escape(title)}</h1>
<div class="byline">by <a rel="author" href="{SITE}/users/{author}/pseuds/{author}">{author}</a></div>
<p>Summary</p>
<blockquote class="userstuff">{summary}</blockquote>
{notes_html}</div>
</div>
{chap_html}<div id="afterword">
<div class="meta">
<p class="message">Please <a href="{url}/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
</div>
</div>
</body>
</html>
"""
    (HERE / f"{w['work']}.html").write_text(doc, encoding="utf-8")
    print(f"{w['work']}.html: {nch} chapter(s), {words(chapters):,} words, notes: {len(notes)}")


if __name__ == "__main__":
    for w in WORKS:
        render(w)
