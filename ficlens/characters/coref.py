"""Coreference of character mentions: pronouns, nominals, first person (issue #3)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def run(doc: Document, cfg: Config) -> None:
    """Not built yet: adds no pronoun mentions (issue #3)."""


def run_quotes(doc: Document, cfg: Config) -> None:
    """Not built yet: I/me/you inside quotes to speaker/addressee (issue #3)."""
