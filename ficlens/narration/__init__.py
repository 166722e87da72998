"""Narration: who tells each part of the story (issue #5)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def run(doc: Document, cfg: Config) -> None:
    """Not built yet: leaves doc.sections empty (issue #5)."""
