"""The spaCy backbone: which blocks are parsed, token coordinates, the two-process parse,
the fast attribute ruler and the parse cache. Inputs are original passages."""
import numpy
import pytest
from spacy.attrs import DEP, HEAD, IDX, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG

from ficlens.config import Config
from ficlens.document import Block, Document
from ficlens.ingest import from_text
from ficlens.linguistics import _tasks, block_text, last_parallel, load_nlp, parse
from ficlens.offsets import OffsetMap

ATTRS = [ORTH, NORM, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, SPACY, IDX]

# (kind, text) in order; texts hold hard wraps, tabs, runs of spaces, a CRLF's " \n"
PIECES = [
    ("title", "The Tidewatch"),
    ("note", "A/N: thanks to everyone who left kudos on the last one!"),
    ("chapter", "Chapter 1: Salt"),
    ("text", "Mira hauled the lamp up the last\nstair and set it down\twith a thunk."),
    ("text", '"You\'re gonna break it," Oren said.  "Again."'),
    ("pov", "Oren's POV"),
    ("text", "I didn't answer her. Y'all would've laughed, \t too.\n\nShe got the wick lit\n anyway."),
    ("break", "* * *"),
    ("text", "C'mon, let's go. There's rain coming, and the keeper's\r\ntired."),
    ("text", "Ol' Ness gets somethin' from the cellar; the dog ate it."),
]


def make_doc(pieces=PIECES) -> Document:
    """A Document with blocks of the given kinds, built by hand (no structure guessing)."""
    view, blocks = "", []
    for i, (kind, text) in enumerate(pieces):
        if view:
            view += "\n\n"
        text = text.replace("\r\n", " \n")        # what ingest does with CRLF in the view
        blocks.append(Block(i, len(view), len(view) + len(text), len(view), len(view) + len(text), kind))
        view += text
    return Document(path="<test>", source=view, view=view, offsets=OffsetMap(len(view), []), blocks=blocks)


def arrays(doc: Document) -> dict:
    return {k: (d.text, d.to_array(ATTRS), [str(t.morph) for t in d]) for k, d in doc.parses.items()}


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        a[k][0] == b[k][0] and numpy.array_equal(a[k][1], b[k][1]) and a[k][2] == b[k][2] for k in a)


@pytest.fixture(autouse=True)
def no_cache(monkeypatch):
    monkeypatch.delenv("FICLENS_PARSE_CACHE", raising=False)


def test_only_narrative_blocks_are_parsed():
    doc = make_doc()
    parse(doc, Config(n_process=1))
    assert list(doc.parses) == [b.index for b in doc.blocks if b.kind == "text"]
    assert all(len(doc.parses[b.index]) > 0 for b in doc.narrative_blocks())


def test_parses_follow_ingest_blocks():
    text = ("Chapter One\n\nDessa counted the gulls.\nThere were nine.\n\n~*~\n\n"
            "Disclaimer: the lighthouse is not mine.\n\n\"Nine,\" said Tam.\n")
    doc = from_text(text)
    parse(doc, Config(n_process=1))
    assert set(doc.parses) == {b.index for b in doc.blocks if b.kind == "text"}
    assert set(doc.parses)          # something was parsed


def test_token_offsets_index_the_view():
    doc = make_doc()
    parse(doc, Config(n_process=1))
    seen_ws = 0
    for b in doc.narrative_blocks():
        sdoc = doc.parses[b.index]
        assert sdoc.text == block_text(doc, b)
        assert len(sdoc.text) == b.vend - b.vstart
        for tok in sdoc:
            vs = b.vstart + tok.idx
            piece = doc.view[vs:vs + len(tok.text)]
            if tok.is_space:
                seen_ws += 1
                # a whitespace token: view line breaks and tabs are spaces in the parse
                assert piece.replace("\n", " ").replace("\t", " ") == tok.text
            else:
                assert piece == tok.text
    assert seen_ws >= 3     # the double space, the tab run and the blank line made tokens


def test_line_breaks_do_not_split_sentences_or_tokens():
    doc = make_doc()
    parse(doc, Config(n_process=1))
    first = doc.parses[3]
    assert [t.text for t in first][:8] == ["Mira", "hauled", "the", "lamp", "up", "the", "last", "stair"]
    assert not any("\n" in t.text or "\t" in t.text for d in doc.parses.values() for t in d)


def test_two_processes_give_the_same_parses():
    # a threshold of 1 and tiny tasks: every block is its own task, both processes work
    pieces = PIECES * 12
    one = make_doc(pieces)
    parse(one, Config(n_process=1))
    two = make_doc(pieces)
    cfg = Config(n_process=0, parallel_min_chars=1, parse_task_chars=1)
    assert cfg.workers(10) == 2 or pytest.skip("one core")
    parse(two, cfg)
    assert last_parallel["by_workers"] > 0 and last_parallel["redone"] == 0
    assert same(arrays(one), arrays(two))
    assert list(two.parses) == [b.index for b in two.blocks if b.kind == "text"]


def test_failed_worker_tasks_are_parsed_here(monkeypatch):
    from spacy.tokens import DocBin

    one = make_doc(PIECES * 12)
    parse(one, Config(n_process=1))

    def broken(self, *a, **k):
        raise RuntimeError("worker cannot serialise")

    monkeypatch.setattr(DocBin, "to_bytes", broken)   # inherited by the forked worker
    two = make_doc(PIECES * 12)
    parse(two, Config(n_process=2, parse_task_chars=1))
    assert last_parallel["redone"] == last_parallel["by_workers"] > 0
    assert same(arrays(one), arrays(two))


def test_fast_attribute_ruler_matches_spacy():
    # contractions and dialect forms the ruler's exception patterns are about, an
    # expletive "there", aux vs main verb "have"/"do", whitespace tokens, "I" as object
    pieces = [("text", t) for t in (
        "Y'all are gonna love it, c'mon!",
        "Let's see. There's a fox and there are two owls in the barn.",
        "She gets the post; he got the milk, and they had had enough of it.",
        "Did you do it?  I did.  Give it to I and me, ol' friend, 'cause somethin' 's off.",
        "He's been gotta-go all day.\t\tWe'll see 'em 'nuff, I'd say.",
        "Those who know, know. That one was his; this is hers.",
    )]
    fast, slow = make_doc(pieces), make_doc(pieces)
    parse(fast, Config(n_process=1, fast_rules=True))
    parse(slow, Config(n_process=1, fast_rules=False))
    assert same(arrays(fast), arrays(slow))
    assert {t.lemma_ for d in fast.parses.values() for t in d} >= {"go", "get", "have"}


def test_fast_ruler_compiles_for_the_shipped_model():
    from ficlens.linguistics.rules import compile_ruler

    cfg = Config()
    nlp = load_nlp(cfg.model, tuple(cfg.disable))
    assert compile_ruler(nlp.get_pipe("attribute_ruler")) is not None


def test_parse_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("FICLENS_PARSE_CACHE", str(tmp_path))
    first = make_doc()
    parse(first, Config(n_process=1))
    assert len(list(tmp_path.glob("*.spacy"))) == 1
    again = make_doc()
    parse(again, Config(n_process=1))
    assert same(arrays(first), arrays(again))


def test_tasks_cover_every_block_in_order():
    texts = ["a" * n for n in (5, 50, 1, 1, 30, 7, 90, 2)]
    for size in (1, 10, 60, 1000):
        tasks = _tasks(texts, size)
        assert tasks[0][0] == 0 and tasks[-1][1] == len(texts)
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(tasks, tasks[1:]))
    assert _tasks([], 10) == []


def _parse_in_daemon(q):
    doc = make_doc()
    parse(doc, Config(n_process=2, parse_task_chars=1))
    q.put(sorted(doc.parses))


def test_parse_inside_a_daemonic_worker_stays_in_one_process():
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_parse_in_daemon, args=(q,), daemon=True)
    p.start()
    got = q.get(timeout=60)
    p.join(timeout=30)
    assert got == [b.index for b in make_doc().blocks if b.kind == "text"]


def test_a_nickname_before_a_full_stop_is_a_word_and_a_stop():
    # "Jun.", "Dec.", "Pa." are months and states to the model's tokenizer; in fiction they
    # are names, and the full stop ends the sentence. Titles keep theirs.
    doc = from_text('"Jun. Hey." Thanks, Pa. Dec. came in with Mr. Hale.\n')
    parse(doc)
    words = [t.text for sdoc in doc.parses.values() for t in sdoc]
    assert {"Jun", "Pa", "Dec", "Mr."} <= set(words)
    assert not {"Jun.", "Pa.", "Dec."} & set(words)
