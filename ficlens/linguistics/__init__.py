"""The linguistic backbone: spaCy, parsed once, in batches, only the components we need."""
from __future__ import annotations

import hashlib
import os
import time
from functools import lru_cache

from ficlens.config import DEFAULT, Config
from ficlens.document import Document


@lru_cache(maxsize=4)
def load_nlp(model: str, disable: tuple[str, ...]):
    import spacy

    try:
        return spacy.load(model, disable=list(disable))
    except OSError:
        from ficlens.errors import FiclensError
        raise FiclensError(f"the spaCy model {model} is not installed; reinstall ficlens (pip install -e .)") from None


def block_text(doc: Document, block) -> str:
    """What spaCy sees for a block: its view text with line breaks as spaces (same length,
    so token.idx + block.vstart is the view offset)."""
    return doc.view[block.vstart:block.vend].replace("\n", " ").replace("\t", " ")


def _cache_path(doc: Document, cfg: Config) -> str | None:
    """FICLENS_PARSE_CACHE=DIR keeps parses on disk, keyed by the text and the model
    settings: re-analysing the same work (tuning, evaluation) skips the parse."""
    root = os.environ.get("FICLENS_PARSE_CACHE")
    if not root:
        return None
    key = hashlib.sha1()
    key.update(f"{cfg.model}|{','.join(cfg.disable)}|{len(doc.blocks)}".encode())
    key.update(doc.view.encode("utf-8", "surrogatepass"))
    os.makedirs(root, exist_ok=True)
    return os.path.join(root, key.hexdigest() + ".spacy")


def parse(doc: Document, cfg: Config = DEFAULT) -> None:
    """Fill doc.parses: block index -> spaCy Doc, for every narrative block."""
    t0 = time.perf_counter()
    nlp = load_nlp(cfg.model, tuple(cfg.disable))
    blocks = [b for b in doc.blocks if b.kind == "text"]
    cache = _cache_path(doc, cfg)
    if cache and os.path.exists(cache):
        from spacy.tokens import DocBin

        for b, sdoc in zip(blocks, DocBin().from_disk(cache).get_docs(nlp.vocab)):
            doc.parses[b.index] = sdoc
        doc.timings["parse"] = time.perf_counter() - t0
        return
    texts = (block_text(doc, b) for b in blocks)
    n = cfg.workers(len(doc.view))
    kwargs = {"batch_size": cfg.batch_size}
    if n > 1:
        kwargs["n_process"] = n
    for b, sdoc in zip(blocks, nlp.pipe(texts, **kwargs)):
        doc.parses[b.index] = sdoc
    if cache:
        from spacy.tokens import DocBin

        DocBin(docs=[doc.parses[b.index] for b in blocks], store_user_data=False).to_disk(cache)
    doc.timings["parse"] = time.perf_counter() - t0
