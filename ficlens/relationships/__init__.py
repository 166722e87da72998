"""Relationships: who loves, befriends or fights whom, and how the arc runs (issue #6)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def run(doc: Document, cfg: Config) -> None:
    """Not built yet: leaves doc.relationships empty (issue #6)."""
