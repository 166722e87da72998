"""Run the stages over one Document, in the order the config gives (spaCy-style pipeline)."""
from __future__ import annotations

import importlib
import time
from typing import Callable

from ficlens.config import DEFAULT, Config
from ficlens.document import Document

# stage name -> "module:function"; each function takes (doc, cfg) and fills its part of doc
STAGES: dict[str, str] = {
    "quotes.detect": "ficlens.quotes:detect",
    "characters": "ficlens.characters:run",
    "narration": "ficlens.narration:run",
    "coref": "ficlens.characters.coref:run",                 # pronouns/nominals in narration
    "quotes.attribute": "ficlens.quotes:attribute",
    "coref.quotes": "ficlens.characters.coref:run_quotes",   # I/you inside attributed quotes
    "relationships": "ficlens.relationships:run",
    "tags": "ficlens.relationships.tags:run",
}


def stage(name: str) -> Callable[[Document, Config], None]:
    mod, fn = STAGES[name].split(":")
    return getattr(importlib.import_module(mod), fn)


def run_stages(doc: Document, cfg: Config = DEFAULT) -> Document:
    for name in cfg.stages:
        t0 = time.perf_counter()
        stage(name)(doc, cfg)
        doc.timings[name] = time.perf_counter() - t0
    return doc


def analyze_document(doc: Document, cfg: Config = DEFAULT) -> Document:
    from ficlens.linguistics import parse

    parse(doc, cfg)
    return run_stages(doc, cfg)


def analyze_path(path: str, cfg: Config = DEFAULT) -> Document:
    from ficlens.ingest import load

    t0 = time.perf_counter()
    doc = load(path, cfg)
    doc.timings["ingest"] = time.perf_counter() - t0
    return analyze_document(doc, cfg)


def analyze_text(text: str, cfg: Config = DEFAULT) -> Document:
    """Analyse a string (tests, notebooks)."""
    from ficlens.ingest import from_text
    from ficlens.document import WorkMeta

    return analyze_document(from_text(text, "<text>", WorkMeta(format="text")), cfg)
