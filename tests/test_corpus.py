"""ficlens corpus: a folder -> DuckDB, resumable, failures logged, on small original stories."""
import os

import duckdb
import pytest

from conftest import run_cli
from ficlens.corpus import Job, Outcome, _run_pool, build_corpus
from ficlens.corpus.rows import work_id, work_rows

KETTLE = (
    "The Kettle War\n\n"
    "\"You took my kettle,\" said Brannagh.\n\n"
    "\"I borrowed your kettle,\" said Tobin. \"There is a difference.\"\n\n"
    "Brannagh folded her arms. \"Name it.\"\n"
)
LANTERN = (
    "Lantern Hours\n\n"
    "I lit the lanterns one by one along the quay. Sefa followed with the ladder.\n\n"
    "\"Left one's crooked,\" she said.\n\n"
    "\"Left one's always crooked,\" I told her.\n"
)


def make_corpus(root):
    (root / "stories" / "nested").mkdir(parents=True)
    (root / "stories" / "kettle.txt").write_text(KETTLE, encoding="utf-8")
    (root / "stories" / "nested" / "lantern.txt").write_text(LANTERN, encoding="cp1252")
    (root / "stories" / "broken.txt").write_bytes(b"   \n\n  ")           # empty: cannot be analysed
    (root / "stories" / ".hidden.txt").write_text("\"Not me,\" said nobody.\n")
    (root / "stories" / "notes.md").write_text("not a work")
    return root / "stories"


def count(con, table):
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_corpus_builds_resumes_and_logs_errors(tmp_path):
    folder = make_corpus(tmp_path)
    db = str(tmp_path / "c.duckdb")
    seen = []
    stats = build_corpus(str(folder), db, jobs=1, progress=lambda d, t, f: seen.append((d, t, f)))
    assert (stats.found, stats.analysed, stats.failed, stats.skipped) == (3, 2, 1, 0)
    assert seen[-1] == (3, 3, 1)

    con = duckdb.connect(db, read_only=True)
    works = dict(con.execute("SELECT path, work_id FROM works").fetchall())
    assert set(works) == {"kettle.txt", "nested/lantern.txt"}
    assert works["kettle.txt"].startswith("kettle.txt@") and len(works["kettle.txt"]) == len("kettle.txt@") + 12
    err = con.execute("SELECT path, error FROM errors").fetchall()
    assert err == [("broken.txt", err[0][1])] and "empty" in err[0][1]
    # every quote row carries its text, cut from the decoded source (cp1252 file included)
    rows = con.execute("SELECT q.text, substr(w.text, q.start_char + 1, q.end_char - q.start_char) "
                       "FROM quotes q JOIN works w USING (work_id)").fetchall()
    assert len(rows) >= 6 and all(a == b and a for a, b in rows)
    assert ("Left one's crooked,",) in con.execute("SELECT text FROM quotes").fetchall()
    n_quotes = count(con, "quotes")
    assert con.execute("SELECT sum(n_quotes) FROM works").fetchone()[0] == n_quotes
    con.close()

    # re-run: unchanged works are skipped, the broken one is retried (and fails again), nothing doubles
    stats = build_corpus(str(folder), db, jobs=1)
    assert (stats.skipped, stats.analysed, stats.failed) == (2, 0, 1)
    con = duckdb.connect(db, read_only=True)
    assert count(con, "works") == 2 and count(con, "quotes") == n_quotes and count(con, "errors") == 1
    con.close()

    # an edited work replaces its old rows; a fixed broken one leaves the errors table
    (folder / "kettle.txt").write_text(KETTLE + "\n\"Fine,\" said Tobin.\n", encoding="utf-8")
    (folder / "broken.txt").write_text("\"At last,\" said Quill.\n", encoding="utf-8")
    stats = build_corpus(str(folder), db, jobs=1)
    assert (stats.skipped, stats.analysed, stats.failed) == (1, 2, 0)
    con = duckdb.connect(db, read_only=True)
    assert count(con, "works") == 3 and count(con, "errors") == 0
    ids = [r[0] for r in con.execute("SELECT DISTINCT work_id FROM quotes WHERE work_id LIKE 'kettle.txt@%'").fetchall()]
    assert ids == [works_now := con.execute("SELECT work_id FROM works WHERE path='kettle.txt'").fetchone()[0]]
    assert works_now != works["kettle.txt"]
    con.close()

    # --prune: a work deleted from the folder leaves the database, the others stay
    (folder / "nested" / "lantern.txt").unlink()
    stats = build_corpus(str(folder), db, jobs=1)
    assert stats.removed == 0                                  # only on request
    stats = build_corpus(str(folder), db, jobs=1, remove_missing=True)
    assert (stats.removed, stats.skipped, stats.analysed) == (1, 2, 0)
    con = duckdb.connect(db, read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT path FROM works").fetchall()) == ["broken.txt", "kettle.txt"]
    assert con.execute("SELECT count(*) FROM quotes WHERE work_id LIKE 'nested/%'").fetchone()[0] == 0
    con.close()


def test_work_rows_from_a_full_analysis():
    src = "Ada met Bo. Ada kissed Bo. \"Hi,\" said Bo."
    q = src.index("Hi")
    data = {
        "schema": "ficlens/1", "generator": "t",
        "work": {"title": "T", "authors": ["x"], "format": "ao3-html", "rating": "Mature",
                 "relationships": ["Ada/Bo"], "tags": ["Fluff"], "words": 8, "chapters": []},
        "characters": [{"id": "c0", "name": "Ada", "aliases": ["Ada"], "pronouns": "she/her"},
                       {"id": "c1", "name": "Bo", "aliases": ["Bo", "Bobby"], "pronouns": None}],
        "mentions": [{"start": 0, "end": 3, "character": "c0"}, {"start": 12, "end": 15, "character": "c0"}],
        "quotes": [{"start": q, "end": q + 3, "speaker": "c1", "addressees": ["c0"], "method": "explicit",
                    "confidence": 0.9}],
        "sections": [{"start": 0, "end": len(src), "narration": "third", "narrator": None}],
        "relationships": [{"characters": ["c0", "c1"], "kind": "romantic", "score": 0.7,
                           "evidence": [{"start": 16, "end": 22, "cue": "kiss", "kind": "romantic", "weight": 1}]}],
        "tags": {"rating": "General Audiences", "relationships": ["Ada/Bo"], "words": 8,
                 "rating_evidence": [{"cue": "kiss"}]},
    }
    rows = work_rows(data, src, "a/b.txt", "f" * 40, 0.5)
    wid = work_id("a/b.txt", "f" * 40)
    assert rows["works"][0][:4] == (wid, "a/b.txt", "f" * 40, "T")
    chars = {r[1]: r for r in rows["characters"]}
    assert chars["c0"][7] == 2 and chars["c1"][6] == 1 and chars["c1"][3] == ["Bo", "Bobby"]
    assert rows["quotes"] == [(wid, 0, q, q + 3, "c1", "Bo", ["c0"], "explicit", 0.9, "Hi,")]
    assert rows["sections"][0][4:6] == ("third", None) and rows["sections"][0][-1] == 9
    assert rows["relationships"][0][3:7] == ("Ada", "Bo", "romantic", 0.7)
    assert rows["evidence"][0][5] == "kiss" and rows["evidence"][0][-1] == "Ada kissed Bo."
    tags = {(r[1], r[2], r[3]) for r in rows["tags"]}
    assert ("author", "rating", "Mature") in tags and ("predicted", "rating", "General Audiences") in tags
    assert ("author", "tags", "Fluff") in tags and ("predicted", "relationships", "Ada/Bo") in tags
    assert {r[2] for r in rows["tags"] if r[1] == "predicted"} == {"rating", "relationships"}  # no counts, no records


def _crash_on_bomb(job):
    """Test worker: dies like an out-of-memory kill on one work, succeeds on the others."""
    if job.rel == "bomb":
        os._exit(9)
    return Outcome(job, rows={})


def test_pool_isolates_a_work_that_kills_its_worker():
    jobs = [Job(f"/x/{n}", n, "0" * 40) for n in ("a", "bomb", "b", "c", "d")]
    got = []
    _run_pool(jobs, 2, got.append, worker=_crash_on_bomb)
    by = {o.job.rel: o for o in got}
    assert sorted(by) == ["a", "b", "bomb", "c", "d"] and len(got) == 5
    assert by["bomb"].error and "died" in by["bomb"].error
    assert all(by[n].error is None for n in "abcd")


def test_cli_corpus_and_query(tmp_path):
    folder = make_corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    r = run_cli("corpus", folder, "--db", db, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert "2 analysed" in r.stderr and "1 failed" in r.stderr
    r = run_cli("corpus-query", "--db", db, "--csv", "SELECT path FROM works ORDER BY path")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["path", "kettle.txt", "nested/lantern.txt"]
    r = run_cli("corpus-query", "--db", db, "SELECT * FROM no_such_table")
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = run_cli("corpus", tmp_path / "nowhere", "--db", tmp_path / "d.duckdb")
    assert r.returncode != 0 and "no such folder" in r.stderr and not (tmp_path / "d.duckdb").exists()


def test_ctrl_c_exits_130_and_the_next_run_resumes(tmp_path, monkeypatch):
    import sys

    import ficlens.corpus as corpus
    from ficlens import cli

    folder = make_corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    real = corpus.analyse_job

    def interrupted(job):
        if job.rel == "nested/lantern.txt":
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(corpus, "analyse_job", interrupted)
    monkeypatch.setattr(sys, "argv", ["ficlens", "corpus", str(folder), "--db", str(db), "--jobs", "1", "-q"])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130
    con = duckdb.connect(str(db), read_only=True)
    assert [r[0] for r in con.execute("SELECT path FROM works").fetchall()] == ["kettle.txt"]   # whole works only
    con.close()
    monkeypatch.setattr(corpus, "analyse_job", real)
    stats = corpus.build_corpus(str(folder), str(db), jobs=1)
    assert (stats.skipped, stats.analysed, stats.failed) == (1, 1, 1)


def test_find_works_recurses_by_suffix_and_skips_hidden(tmp_path):
    from ficlens.corpus import find_works

    for rel in ("a.txt", "b/C.HTM", "b/d.html", "b/e/f.epub", "g.md", ".h.txt", ".git/i.txt", "b/j.json"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in find_works(str(tmp_path))]
    assert got == ["a.txt", "b/C.HTM", "b/d.html", "b/e/f.epub"]


def test_a_work_past_the_time_limit_is_logged_and_the_run_goes_on(tmp_path, monkeypatch):
    """In-process run: the slow work stops itself at the limit (alarm) and lands in errors."""
    import time

    import ficlens.pipeline as pipeline

    real = pipeline.analyze_path

    def slow_on_one(path, cfg=None):
        if path.endswith("slow.txt"):
            while True:              # a pathological work: pure-Python work that never ends
                time.sleep(0.01)
        return real(path, cfg)

    monkeypatch.setattr(pipeline, "analyze_path", slow_on_one)
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "kettle.txt").write_text(KETTLE, encoding="utf-8")
    (folder / "slow.txt").write_text(LANTERN, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    pipeline.analyze_text(KETTLE)      # load the model first: the limit is for the work
    t0 = time.monotonic()
    stats = build_corpus(str(folder), db, jobs=1, timeout=4.0)
    assert time.monotonic() - t0 < 60
    assert (stats.analysed, stats.failed) == (1, 1)
    con = duckdb.connect(db, read_only=True)
    assert [p for (p,) in con.execute("SELECT path FROM works").fetchall()] == ["kettle.txt"]
    (path, error), = con.execute("SELECT path, error FROM errors").fetchall()
    assert path == "slow.txt" and "timed out after 4 s" in error
    con.close()


def _hang_on_stuck(job):
    """Test worker: one work blocks the alarm (as a long native call would) and hangs."""
    import signal
    import time

    if job.rel == "stuck":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(120)
    return Outcome(job, rows={})


def test_pool_kills_a_worker_that_does_not_stop_at_the_limit():
    import time
    from functools import partial

    from ficlens.corpus import analyse_job  # noqa: F401 - the real worker takes timeout=

    jobs = [Job(f"/x/{n}", n, "0" * 40) for n in ("a", "stuck", "b", "c")]
    got = []
    t0 = time.monotonic()
    _run_pool(jobs, 2, got.append, worker=partial(_hang_on_stuck), timeout=0.5, grace=0.5)
    assert time.monotonic() - t0 < 60
    by = {o.job.rel: o for o in got}
    assert sorted(by) == ["a", "b", "c", "stuck"] and len(got) == 4
    assert "timed out" in by["stuck"].error and "killed" in by["stuck"].error
    assert all(by[n].error is None for n in "abc")
