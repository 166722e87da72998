"""Quotes: find direct speech (detect) and name its speaker and addressees (attribute)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document, Quote
from ficlens.quotes.finder import find_quotes


def detect(doc: Document, cfg: Config) -> None:
    """Fill doc.quotes (text order) with every stretch of direct speech."""
    conv = cfg.extra.get("quote_convention") if cfg.extra else None
    quotes = []
    for sp in find_quotes(doc.view, doc.blocks, conv):
        s, e = doc.to_source(sp.vstart, sp.vend)
        quotes.append(Quote(start=s, end=e, vstart=sp.vstart, vend=sp.vend, block=sp.block,
                            mark=sp.mark, group=sp.group))
    doc.quotes = quotes


def attribute(doc: Document, cfg: Config) -> None:
    """Speaker (and addressees, method, confidence) of every quote, from doc.characters,
    doc.mentions and doc.sections (see ficlens.quotes.speakers)."""
    from ficlens.characters.lexicon import dictionary_verbs
    from ficlens.quotes.speakers import attribute_quotes

    attribute_quotes(doc, verbs=dictionary_verbs(cfg.model))
