"""Archive tags in AO3's vocabulary, predicted from the analysis (issue #6)."""
from __future__ import annotations

from ficlens.config import Config
from ficlens.document import Document


def run(doc: Document, cfg: Config) -> None:
    """Only what is counted, not predicted, until issue #6: the word count."""
    doc.tags = {"words": sum(len(doc.view[b.vstart:b.vend].split()) for b in doc.narrative_blocks())}
