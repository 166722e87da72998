"""Build small Documents with hand-set upstream annotations (characters, quotes, sections)
so the relationship stage can be tested on its own."""
from __future__ import annotations

import re

from ficlens.config import DEFAULT
from ficlens.document import Character, Quote, Section, WorkMeta
from ficlens.ingest import from_text
from ficlens.linguistics import parse

QUOTE_RE = re.compile(r'"([^"]+)"')


def make_doc(text, chars, speakers=(), narration=None, work=None):
    """chars: [(id, name, aliases, pronouns)]; speakers: one (speaker, [addressees]) per
    quoted stretch in order; narration: None (third) or (first, narrator id) for the whole
    text, or a list of (start_text, narration, narrator)."""
    doc = from_text(text, "<test>", work or WorkMeta(format="text"))
    parse(doc, DEFAULT)
    doc.characters = [Character(cid, name, list(aliases), pron) for cid, name, aliases, pron in chars]
    for i, m in enumerate(QUOTE_RE.finditer(doc.view)):
        spk, addr = speakers[i] if i < len(speakers) else (None, [])
        vs, ve = m.start(1), m.end(1)
        s, e = doc.to_source(vs, ve)
        b = doc.block_at(vs)
        doc.quotes.append(Quote(s, e, spk, list(addr), vs, ve, b.index if b else 0))
    if narration is None:
        doc.sections = [Section(0, len(doc.source), "third")]
    elif isinstance(narration, tuple):
        doc.sections = [Section(0, len(doc.source), narration[0], narration[1])]
    else:
        starts = [doc.view.index(st) for st, _, _ in narration]
        starts[0] = 0
        ends = starts[1:] + [len(doc.source)]
        doc.sections = [Section(s, e, n, who) for s, e, (_, n, who) in zip(starts, ends, narration)]
    return doc


def rel(doc, a, b):
    for r in doc.relationships:
        if set(r.characters) == {a, b}:
            return r
    return None
