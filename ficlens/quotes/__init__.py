"""Quotes: find direct speech (detect) and name its speaker and addressees (attribute)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def detect(doc: Document, cfg: Config) -> None:
    """Not built yet: leaves doc.quotes empty (issue #4)."""


def attribute(doc: Document, cfg: Config) -> None:
    """Not built yet: leaves speakers null (issue #4)."""
