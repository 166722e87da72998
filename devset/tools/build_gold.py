#!/usr/bin/env python3
"""Build devset/fanfic/<work>.txt and <work>.gold.json from devset/src/<work>.story.

Standard library only. Usage:

    python devset/tools/build_gold.py            # build every story, check, report
    python devset/tools/build_gold.py WORK ...   # only these

A .story file is a JSON header, a line `---TEXT---`, then the story with light markup:

  {{spk>addr1,addr2|spoken words}}   one gold quote; the markup is removed, the words
                                     stay. spk is a character id or `?` (unknowable);
                                     `>addr...` is optional. Quotation marks are written
                                     outside the braces (they are never part of a quote).
  @@ first ID | @@ second | @@ third  on a line of its own: a new gold section starts at
                                     the paragraph that follows (the line is removed).
  @@ skip                            the following paragraphs belong to no section
                                     (author's notes); a later @@ line ends the gap.

  [spk>addr]"spoken words"           shorthand for "{{spk>addr|spoken words}}" (double
                                     quotation marks, straight or curly, on one line).

Header fields: title, notes, characters (dicts in ficlens-gold/1 shape, or the short
form [id, name, [aliases], pronouns]; the name is added to the aliases when it occurs
in the text), relationships (dicts or [a, b, kind, {extra}]), tags (free-form archivist
tags, ignored by the scorer).
"""
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
OUT = ROOT / "fanfic"

QUOTE_RE = re.compile(r"\{\{([^|{}]*)\|([^{}]*)\}\}")
MARK_RE = re.compile(r"^@@ *(first|second|third|skip) *([A-Za-z0-9_-]*) *$")
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u2014"


def parse(path: Path):
    raw = path.read_text(encoding="utf-8")
    head, body = raw.split("\n---TEXT---\n", 1)
    meta = json.loads(head)
    out = []          # pieces of the final text
    pos = 0           # code points emitted so far
    quotes, marks = [], []
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = MARK_RE.match(line)
        if m:
            marks.append((pos, m.group(1), m.group(2) or None, i + 1))
            i += 1
            continue
        line = expand_prefix(line, path.name, i + 1)
        j = 0
        for qm in QUOTE_RE.finditer(line):
            seg = line[j:qm.start()]
            out.append(seg)
            pos += len(seg)
            spec, words = qm.group(1), qm.group(2)
            if ">" in spec:
                spk, addr = spec.split(">", 1)
                addr = [a for a in addr.split(",") if a]
            else:
                spk, addr = spec, []
            spk = None if spk in ("?", "") else spk
            quotes.append({"start": pos, "end": pos + len(words), "text": words,
                           "speaker": spk, "addressees": addr, "_line": i + 1})
            out.append(words)
            pos += len(words)
            j = qm.end()
        seg = line[j:]
        if "{{" in seg or "}}" in seg or "{{" in line[:j] and False:
            raise SystemExit(f"{path.name}:{i+1}: malformed quote markup: {line!r}")
        out.append(seg)
        pos += len(seg)
        if i < len(lines) - 1:
            out.append("\n")
            pos += 1
        i += 1
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    return meta, text, quotes, marks


PREFIX_RE = re.compile(r"\[([A-Za-z0-9_?,>-]+)\]([\"\u201c])")
CLOSE = {'"': '"', "\u201c": "\u201d"}


def expand_prefix(line, name, ln):
    """`[spk>addr]"words"` is shorthand for `"{{spk>addr|words}}"` (double quotes only)."""
    while True:
        m = PREFIX_RE.search(line)
        if not m:
            return line
        k = line.find(CLOSE[m.group(2)], m.end())
        if k < 0:
            raise SystemExit(f"{name}:{ln}: no closing quotation mark after {m.group(0)!r}")
        line = (line[:m.start()] + m.group(2) + "{{" + m.group(1) + "|" + line[m.end():k]
                + "}}" + line[k:])


def para_starts(text):
    starts = set()
    for m in re.finditer(r"(?:^|\n[ \t]*\n)(?=\S)", text):
        starts.add(m.end())
    return starts


def build(path: Path) -> list:
    work = path.stem
    problems = []
    meta, text, quotes, marks = parse(path)
    if "\r" in text or "\t" in text:
        problems.append("CR or TAB in text")
    if re.search(r"\n\n\n", text):
        problems.append("triple newline in text")
    # characters
    chars = []
    for c in meta["characters"]:
        if isinstance(c, list):
            cid, name, aliases, pron = c[:4]
            c = {"id": cid, "name": name, "aliases": list(aliases), "pronouns": pron}
        c = dict(c)
        c.setdefault("aliases", [])
        if c.get("named", True) and c["name"] in text and c["name"] not in c["aliases"]:
            c["aliases"].insert(0, c["name"])
        if c.get("named", True) and c["name"] not in text:
            problems.append(f"name not in text: {c['id']}: {c['name']!r}")
        if c.get("named", True):
            for a in c["aliases"]:
                if not re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                    problems.append(f"alias not in text: {c['id']}: {a!r}")
        chars.append(c)
    ids = {c["id"] for c in chars}
    # quotes
    starts = para_starts(text)
    for q in quotes:
        if q["speaker"] is not None and q["speaker"] not in ids:
            problems.append(f"line {q['_line']}: unknown speaker {q['speaker']!r}")
        for a in q["addressees"]:
            if a not in ids:
                problems.append(f"line {q['_line']}: unknown addressee {a!r}")
        t = q["text"]
        if not t or t != t.strip() or t[0] in QUOTE_CHARS[:3] or t[-1] in "\"\u201d":
            problems.append(f"line {q['_line']}: suspicious quote edges {t!r}")
        assert text[q["start"]:q["end"]] == t
    # unmarked double quotation marks (possible missed quotes; scare quotes are fine)
    masked = list(text)
    for q in quotes:
        for k in range(q["start"], q["end"]):
            masked[k] = "\x00"
    for m in re.finditer(r"[\"\u201c]([^\"\u201c\u201d\n]{1,600})[\"\u201d]", "".join(masked)):
        if "\x00" not in m.group(1):
            problems.append(f"note: unmarked double-quoted span {m.group(1)!r}")
    # sections
    secs = []
    for k, (p, kind, nar, ln) in enumerate(marks):
        if p not in starts:
            problems.append(f"line {ln}: section marker not at a paragraph start")
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        if kind == "skip":
            continue
        if kind == "first":
            if nar not in ids:
                problems.append(f"line {ln}: unknown narrator {nar!r}")
        else:
            nar = None
        secs.append({"start": p, "end": end, "narration": kind, "narrator": nar})
    if not secs:
        problems.append("no sections")
    elif marks[0][0] != 0 and marks[0][1] != "skip":
        problems.append("first section does not start at 0")
    # relationships
    rels = []
    for r in meta.get("relationships", []):
        if isinstance(r, list):
            extra = r[3] if len(r) > 3 else {}
            r = {"characters": [r[0], r[1]], "kind": r[2], **extra}
        for x in r["characters"]:
            if x not in ids:
                problems.append(f"relationship: unknown id {x!r}")
        if r["kind"] not in ("romantic", "platonic", "family", "adversarial"):
            problems.append(f"relationship: bad kind {r['kind']!r}")
        rels.append(r)
    words = len(text.split())
    gold = {
        "schema": "ficlens-gold/1",
        "work": work,
        "source": "fanfic",
        "title": meta["title"],
        "text_file": f"{work}.txt",
        "length": len(text),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "layers": {"quotes": "full", "speakers": "full", "characters": "full",
                   "mentions": "none", "sections": "full", "relationships": "full"},
        "char_min_count": meta.get("char_min_count", 0),
        "notes": meta.get("notes", []),
        "words": words,
        "characters": chars,
        "quotes": [{k: v for k, v in q.items() if not k.startswith("_")} for q in quotes],
        "mentions": [],
        "sections": secs,
        "relationships": rels,
        "tags": meta.get("tags", {}),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / f"{work}.txt").write_bytes(text.encode("utf-8"))
    js = json.dumps(gold, ensure_ascii=False, indent=1)
    # keep quotes one per line for readable diffs
    (OUT / f"{work}.gold.json").write_text(js + "\n", encoding="utf-8")
    print(f"{work}: {words} words, {len(quotes)} quotes, {len(secs)} sections, "
          f"{len(chars)} characters, {len(rels)} relationships")
    return problems


def main(argv):
    names = argv[1:] or sorted(p.stem for p in SRC.glob("*.story"))
    bad = 0
    for n in names:
        probs = build(SRC / f"{n}.story")
        for p in probs:
            print("   ", p)
            bad += not p.startswith("note:")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
