"""Characters: who is who under every name (issue #3)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def run(doc: Document, cfg: Config) -> None:
    """Not built yet: leaves doc.characters empty (issue #3)."""
