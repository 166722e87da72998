#!/usr/bin/env python3
"""Build an EPUB from an AO3 "Download HTML" file the way Calibre builds AO3's EPUBs.

    python devset/ao3/build_epub.py devset/ao3/harbour-lights.html [OUT.epub]

Standard library only. Layout (as in AO3's Calibre-made EPUBs, see
shared/formats/ao3.md): `mimetype` stored first and uncompressed;
META-INF/container.xml; content.opf with dc:title, dc:creator, dc:description (the
summary), dc:publisher, dc:identifier, dc:date, dc:language and one dc:subject per tag,
all tag types flattened together after "Fanworks"; toc.ncx; the book split into
index_split_000.xhtml (the preface with its dl.tags), one index_split_NNN.xhtml per
chapter (split at each chapter heading) and one for the afterword; stylesheet.css.
The output is deterministic (fixed timestamps) so the committed .epub can be rebuilt.
"""
import html
import re
import sys
import uuid
import zipfile
from pathlib import Path

FIXED = (2024, 1, 1, 0, 0, 0)


def grab(pat, s, flags=re.S):
    m = re.search(pat, s, flags)
    return m.group(1) if m else None


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s)).strip()


def xhtml_page(title, body):
    return f"""<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <title>{html.escape(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
    <link rel="stylesheet" type="text/css" href="stylesheet.css"/>
  </head>
  <body class="calibre">
{body}
  </body>
</html>
"""


def xhtmlify(s):
    """HTML fragments from the AO3 file -> well-formed XHTML (void tags closed)."""
    s = re.sub(r"<br\s*/?>", "<br/>", s)
    s = re.sub(r"<hr\s*/?>", "<hr/>", s)
    return s


def main(argv):
    src = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else src.with_suffix(".epub")
    doc = src.read_text(encoding="utf-8")
    title = strip_tags(grab(r"<h1>(.*?)</h1>", doc))
    authors = [strip_tags(x) for x in re.findall(r'<a rel="author"[^>]*>(.*?)</a>', doc)]
    url = grab(r'Posted originally on the .*?at <a href="([^"]+)"', doc)
    summary = grab(r"<p>Summary</p>\s*<blockquote class=\"userstuff\">(.*?)</blockquote>", doc) or ""
    dl = grab(r'(<dl class="tags">.*?</dl>)', doc)
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", dl, re.S)
    tag_types = ("Rating", "Archive Warning", "Categor", "Fandom", "Relationship", "Character", "Additional Tags")
    subjects = ["Fanworks"]
    language = "en"
    published = None
    for dt, dd in pairs:
        if dt.startswith(tag_types):
            subjects += [strip_tags(x) for x in re.findall(r"<a [^>]*>(.*?)</a>", dd)]
        if dt.startswith("Language"):
            language = {"English": "en"}.get(strip_tags(dd), strip_tags(dd))
        if dt.startswith("Stats"):
            published = grab(r"Published: (\S+)", dd)
    preface = grab(r'(<div id="preface">.*?)\n<div id="chapters"', doc)
    chapters_div = grab(r'<div id="chapters" class="userstuff">\n(.*)</div>\n<div id="afterword">', doc)
    afterword = grab(r'(<div id="afterword">.*?)</body>', doc)
    chunks = re.findall(r'(<div class="meta group">.*?<!--/chapter content--></div>)', chapters_div, re.S)
    if not chunks:
        chunks = [chapters_div]
    pages = [("Preface", preface)]
    for k, ch in enumerate(chunks, 1):
        head = grab(r'<h2 class="heading">(.*?)</h2>', ch)
        pages.append((strip_tags(head) if head else title, f'<div id="chapters" class="userstuff">\n{ch}\n</div>'))
    pages.append(("Afterword", afterword))
    book_id = str(uuid.uuid5(uuid.NAMESPACE_URL, url or title))

    files = []
    manifest, spine, navpoints = [], [], []
    for k, (ptitle, body) in enumerate(pages):
        name = f"index_split_{k:03d}.xhtml"
        files.append((name, xhtml_page(title, xhtmlify(body))))
        manifest.append(f'    <item href="{name}" id="id{k}" media-type="application/xhtml+xml"/>')
        spine.append(f'    <itemref idref="id{k}"/>')
        navpoints.append(f"""    <navPoint id="np{k}" playOrder="{k + 1}">
      <navLabel><text>{html.escape(ptitle)}</text></navLabel>
      <content src="{name}"/>
    </navPoint>""")
    creators = "\n".join(f'    <dc:creator opf:file-as="{html.escape(a)}" opf:role="aut">{html.escape(a)}</dc:creator>'
                         for a in authors)
    subj = "\n".join(f"    <dc:subject>{html.escape(s)}</dc:subject>" for s in subjects)
    opf = f"""<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
  <metadata xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:opf="http://www.idpf.org/2007/opf" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <dc:title>{html.escape(title)}</dc:title>
{creators}
    <dc:description>{html.escape(summary.strip())}</dc:description>
    <dc:publisher>Archive of Our Own</dc:publisher>
    <dc:identifier id="uuid_id" opf:scheme="uuid">{book_id}</dc:identifier>
    <dc:identifier opf:scheme="URI">{html.escape(url or "")}</dc:identifier>
    <dc:date>{published}T00:00:00+00:00</dc:date>
    <dc:language>{language}</dc:language>
{subj}
    <meta name="calibre:timestamp" content="2024-01-01T00:00:00+00:00"/>
    <meta name="calibre:title_sort" content="{html.escape(title)}"/>
  </metadata>
  <manifest>
{chr(10).join(manifest)}
    <item href="stylesheet.css" id="css" media-type="text/css"/>
    <item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>
  </manifest>
  <spine toc="ncx">
{chr(10).join(spine)}
  </spine>
  <guide>
    <reference href="index_split_000.xhtml" title="Preface" type="text"/>
  </guide>
</package>
"""
    ncx = f"""<?xml version='1.0' encoding='utf-8'?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="{language}">
  <head>
    <meta content="{book_id}" name="dtb:uid"/>
    <meta content="2" name="dtb:depth"/>
    <meta content="calibre (7.0.0)" name="dtb:generator"/>
    <meta content="0" name="dtb:totalPageCount"/>
    <meta content="0" name="dtb:maxPageNumber"/>
  </head>
  <docTitle><text>{html.escape(title)}</text></docTitle>
  <navMap>
{chr(10).join(navpoints)}
  </navMap>
</ncx>
"""
    container = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
   <rootfiles>
      <rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""
    css = ".calibre { display: block; font-size: 1em; margin: 0 5pt; }\ndl.tags dt { font-weight: bold; }\n"

    def add(z, name, data, compress=zipfile.ZIP_DEFLATED):
        zi = zipfile.ZipInfo(name, FIXED)
        zi.compress_type = compress
        z.writestr(zi, data)

    with zipfile.ZipFile(out, "w") as z:
        add(z, "mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        add(z, "META-INF/container.xml", container)
        add(z, "content.opf", opf)
        add(z, "toc.ncx", ncx)
        add(z, "stylesheet.css", css)
        for name, data in files:
            add(z, name, data)
    print(f"wrote {out}: {len(pages)} xhtml files ({len(chunks)} chapters), {len(subjects)} subjects")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
