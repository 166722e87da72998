"""The linguistic backbone: spaCy, parsed once, in batches, only the components we need.

``parse(doc, cfg)`` fills ``doc.parses``: block index -> spaCy Doc of the block's view text
(line breaks and tabs as spaces, same length), for every narrative block and only those.

Speed (see bench/throughput.py): NER is off (cfg.disable); the attribute ruler and the
lemmatizer are replaced by exact faster equivalents (rules.py); long works are parsed by two processes that pull
batches of blocks from one shared counter, the worker returning compact DocBin bytes (far
cheaper than what ``nlp.pipe(n_process=2)`` pickles). Docs keep no tok2vec tensor (no stage
reads it, parses loaded from the cache have none either, and it is 384 bytes a token).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import queue as queue_mod
import time
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

import numpy

from ficlens.config import DEFAULT, Config
from ficlens.document import Document

_NO_TENSOR = numpy.zeros((0,), dtype="float32")
# how the last parallel parse went (tests, benchmarks): tasks in all, done by workers,
# sent back unusable by a worker and redone here
last_parallel = {"tasks": 0, "by_workers": 0, "redone": 0}


# reader-insert placeholders ("Y/N" for your name, "L/N" for your last name): one token
# each, and a proper noun, as the name they stand for would be
READER_NAMES = ("Y/N", "y/n", "Y/L/N", "L/N", "F/N")
# the model's tokenizer keeps "Jun.", "Dec.", "Pa.", "Id.", "Mo." whole as abbreviations of
# months and American states, which fiction hardly writes; nicknames it writes often
# ("Jun. Hey.", "Thanks, Pa."): there the full stop is a full stop. (Titles stay: "Mr.")
NOT_ABBREVIATIONS = frozenset(
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Ak. Ala. Ariz. Ark. "
    "Calif. Colo. Conn. Del. Fla. Ga. Ia. Id. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nebr. Nev. Okla. Ore. Pa. Tenn. Va. Wash. Wis.".split())
_NOT_ABBREVIATION = re.compile("|".join(re.escape(w) for w in sorted(NOT_ABBREVIATIONS)))


@lru_cache(maxsize=4)
def load_nlp(model: str, disable: tuple[str, ...]):
    import spacy
    from spacy.symbols import ORTH

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError:
        from ficlens.errors import FiclensError
        raise FiclensError(f"the spaCy model {model} is not installed; reinstall ficlens (pip install -e .)") from None
    for w in READER_NAMES:
        nlp.tokenizer.add_special_case(w, [{ORTH: w}])
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in NOT_ABBREVIATIONS}
    return nlp


def _reader_names(sdoc) -> None:
    """The tagger reads "Y/N" as a common noun; it names someone."""
    for t in sdoc:
        if t.text in READER_NAMES:
            t.tag_, t.pos_ = "NNP", "PROPN"


@lru_cache(maxsize=4)
def _fast_tail(model: str, disable: tuple[str, ...]):
    """Exact faster stand-ins for the attribute ruler and the lemmatizer, or None."""
    from ficlens.linguistics.rules import compile_lemmatizer, compile_ruler

    nlp = load_nlp(model, disable)
    ruler = compile_ruler(nlp.get_pipe("attribute_ruler"))
    lemmatizer = compile_lemmatizer(nlp.get_pipe("lemmatizer")) if "lemmatizer" in nlp.pipe_names else None
    if ruler is None or ("lemmatizer" in nlp.pipe_names and lemmatizer is None):
        return None
    return {"attribute_ruler": ruler, "lemmatizer": lemmatizer}


def pipeline(nlp, cfg: Config) -> Callable[[Iterable[str]], Iterator]:
    """texts -> parsed Docs, the model's enabled components in order; the attribute ruler
    (and the lemmatizer after it, which reads its POS) run per doc outside nlp.pipe when
    the fast ruler applies."""
    names = nlp.pipe_names
    tail: list[tuple[str, Callable]] = []
    if cfg.fast_rules and "attribute_ruler" in names:
        rest = names[names.index("attribute_ruler"):]
        fast = _fast_tail(cfg.model, tuple(cfg.disable)) if set(rest) <= {"attribute_ruler", "lemmatizer"} else None
        if fast is not None:
            tail = [(n, fast[n]) for n in rest]
    skip = [n for n, _ in tail]

    def run(texts: Iterable[str]) -> Iterator:
        for sdoc in nlp.pipe(texts, batch_size=cfg.batch_size, disable=skip):
            for _, proc in tail:
                sdoc = proc(sdoc)
            sdoc.tensor = _NO_TENSOR
            yield sdoc

    return run


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
    if any(w in doc.view for w in READER_NAMES):
        key.update(b"|reader-names")     # tokenised apart before they were one token
    if _NOT_ABBREVIATION.search(doc.view):
        key.update(b"|not-abbreviations")    # kept whole before
    key.update(doc.view.encode("utf-8", "surrogatepass"))
    os.makedirs(root, exist_ok=True)
    return os.path.join(root, key.hexdigest() + ".spacy")


def parse(doc: Document, cfg: Config = DEFAULT) -> None:
    """Fill doc.parses: block index -> spaCy Doc, for every narrative block."""
    from spacy.tokens import DocBin

    t0 = time.perf_counter()
    nlp = load_nlp(cfg.model, tuple(cfg.disable))
    blocks = [b for b in doc.blocks if b.kind == "text"]
    cache = _cache_path(doc, cfg)
    if cache and os.path.exists(cache):
        cached = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        # the key holds the text, not the block cut: a cache written before a change in
        # block structure must not hand one block's parse to another
        if len(cached) == len(blocks) and all(len(d.text) == b.vend - b.vstart for b, d in zip(blocks, cached)):
            for b, sdoc in zip(blocks, cached):
                _reader_names(sdoc)
                doc.parses[b.index] = sdoc
            doc.timings["parse"] = time.perf_counter() - t0
            return
    texts = [block_text(doc, b) for b in blocks]
    n = cfg.workers(sum(map(len, texts)))
    # a daemonic process (e.g. a multiprocessing.Pool worker) may not start children
    if n > 1 and "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon:
        sdocs = parse_parallel(nlp, texts, cfg, n)
    else:
        sdocs = list(pipeline(nlp, cfg)(texts))
    for b, sdoc in zip(blocks, sdocs):
        _reader_names(sdoc)
        doc.parses[b.index] = sdoc
    if cache:
        DocBin(docs=sdocs, store_user_data=False).to_disk(cache)
    doc.timings["parse"] = time.perf_counter() - t0


def _tasks(texts: list[str], task_chars: int) -> list[tuple[int, int]]:
    """Consecutive runs of blocks of about task_chars characters each."""
    out, lo, size = [], 0, 0
    for i, t in enumerate(texts):
        size += len(t)
        if size >= task_chars:
            out.append((lo, i + 1))
            lo, size = i + 1, 0
    if lo < len(texts):
        out.append((lo, len(texts)))
    return out


def parse_parallel(nlp, texts: list[str], cfg: Config, n: int) -> list:
    """Parse with this process and n-1 forked workers. Work is cut into tasks of about
    cfg.parse_task_chars; every process takes the next task from a shared counter, so a
    process slowed by other load simply does fewer. Workers send DocBin bytes back; a task
    whose worker failed is parsed here."""
    from spacy.tokens import DocBin

    run = pipeline(nlp, cfg)
    # small enough that the two processes finish together, large enough to batch well
    task_chars = min(cfg.parse_task_chars, sum(map(len, texts)) // (4 * n) + 1)
    tasks = _tasks(texts, task_chars)
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    results: queue_mod.Queue = ctx.Queue()

    def take() -> int:
        with counter.get_lock():
            i = counter.value
            counter.value = i + 1
        return i

    def work() -> None:
        while (i := take()) < len(tasks):
            lo, hi = tasks[i]
            try:
                payload: Optional[bytes] = DocBin(docs=run(texts[lo:hi]), store_user_data=False).to_bytes()
            except Exception:
                payload = None
            results.put((i, payload))

    procs = [ctx.Process(target=work, daemon=True) for _ in range(n - 1)]
    for p in procs:
        p.start()
    done: dict[int, list] = {}
    redone: list[int] = []
    while (i := take()) < len(tasks):
        lo, hi = tasks[i]
        done[i] = list(run(texts[lo:hi]))
    local = len(done)
    while len(done) < len(tasks):
        try:
            i, payload = results.get(timeout=0.5)
        except queue_mod.Empty:
            if any(p.is_alive() for p in procs):
                continue
            try:
                i, payload = results.get(timeout=0.5)
            except queue_mod.Empty:
                break           # a worker died with its task: parse what is missing here
        if payload is None:
            redone.append(i)
            lo, hi = tasks[i]
            done[i] = list(run(texts[lo:hi]))
        else:
            done[i] = list(DocBin().from_bytes(payload).get_docs(nlp.vocab))
    by_workers = len(tasks) - local
    for i, (lo, hi) in enumerate(tasks):
        if i not in done:
            redone.append(i)
            done[i] = list(run(texts[lo:hi]))
    last_parallel.update(tasks=len(tasks), by_workers=by_workers, redone=len(redone))
    for p in procs:
        p.join(timeout=5)
        if p.is_alive():
            p.kill()
    return [sdoc for i in range(len(tasks)) for sdoc in done[i]]
