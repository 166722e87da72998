"""A whole folder of works -> one embedded DuckDB database (``ficlens corpus``).

- Resumable: a work whose relative path and content sha1 are already in ``works`` is
  skipped; a changed file replaces its old rows; each work is written in one transaction,
  so an interrupted run leaves only whole works behind.
- Fault-tolerant: a work that fails (unreadable, crashes a worker) lands in ``errors``
  and the run goes on; failed works are retried on the next run.
- Bounded: a work that runs past the per-work time limit (``timeout``, seconds) is
  stopped and logged as failed with that reason, so one pathological work cannot stall
  an archive run. The worker stops itself (an alarm signal); a worker stuck where the
  signal cannot reach it is killed by the parent a little later.
- Parallel over processes: each worker parses single-process and returns finished rows;
  only this (parent) process writes to the database. For archives spread over several
  machines, the same worker function maps onto Ray tasks; see the README.
"""
from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from contextlib import contextmanager
from functools import partial
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional

from ficlens.corpus.rows import work_rows
from ficlens.corpus.schema import SCHEMA_VERSION, WORK_TABLES, columns, ddl
from ficlens.errors import FiclensError

SUFFIXES = (".txt", ".html", ".htm", ".epub")
# per-work time limit (seconds) by default: a 500,000-word work takes a few minutes on a
# loaded 2-core machine; 0 or None means no limit
DEFAULT_TIMEOUT = 1800.0
# how long past the limit the parent waits for a worker that did not stop itself
KILL_GRACE = 30.0


@dataclass
class Job:
    path: str           # absolute
    rel: str            # relative to the corpus root, "/"-separated
    sha1: str


@dataclass
class Outcome:
    job: Job
    rows: Optional[dict[str, list[tuple]]] = None
    error: Optional[str] = None


@dataclass
class RunStats:
    found: int = 0
    skipped: int = 0
    analysed: int = 0
    failed: int = 0
    removed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def find_works(root: str) -> list[Path]:
    """Every .txt/.html/.htm/.epub under ``root``, hidden files and folders left out, sorted."""
    base = Path(root)
    out = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith(".") and f.lower().endswith(SUFFIXES):
                out.append(Path(dirpath) / f)
    return out


def sha1_file(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class WorkTimeout(BaseException):
    """Raised in the worker when a work runs past its time limit. A BaseException, so the
    stages' own ``except Exception`` fallbacks cannot swallow it."""


def timeout_message(seconds: float) -> str:
    return f"timed out after {seconds:g} s (the per-work limit; ficlens corpus --timeout)"


@contextmanager
def time_limit(seconds: Optional[float]):
    """Raise WorkTimeout in this (main) thread after ``seconds``; no limit when None or 0,
    or off the main thread (signals go to the main thread only)."""
    if not seconds or seconds <= 0 or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise WorkTimeout()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def analyse_job(job: Job, timeout: Optional[float] = None) -> Outcome:
    """Worker body: analyse one work (parse single-process), return its rows or the error.
    Never raises for a bad work, so one work cannot stop the run; ``timeout`` seconds at
    most."""
    t0 = time.perf_counter()
    try:
        from ficlens.config import Config
        from ficlens.export.contract import to_contract
        from ficlens.pipeline import analyze_path

        with time_limit(timeout):
            doc = analyze_path(job.path, Config(n_process=1))
            data = to_contract(doc)
        rows = work_rows(data, doc.source, job.rel, job.sha1, time.perf_counter() - t0,
                         datetime.now(timezone.utc).replace(tzinfo=None))
        return Outcome(job, rows=rows)
    except WorkTimeout:
        if not timeout:
            raise             # the caller's limit: the caller reports it
        return Outcome(job, error=timeout_message(timeout))
    except FiclensError as e:
        return Outcome(job, error=" ".join(str(e).split()))
    except Exception as e:  # noqa: BLE001 - anything a work can throw is that work's error
        return Outcome(job, error=f"{type(e).__name__}: {' '.join(str(e).split())}"[:1000])


# ------------------------------------------------------------------ database -----------

def connect(db_path: str, read_only: bool = False):
    import duckdb

    if read_only and not os.path.exists(db_path):
        raise FiclensError(f"no such database: {db_path}")
    try:
        con = duckdb.connect(db_path, read_only=read_only)
    except duckdb.Error as e:
        raise FiclensError(f"cannot open {db_path}: {' '.join(str(e).split())}") from None
    if not read_only:
        for stmt in ddl():
            con.execute(stmt)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return con


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Insert through a registered dict of numpy object columns: DuckDB's executemany is
    ~1 ms a row, this is bulk."""
    if not rows:
        return
    import numpy as np

    cols = columns(table)
    data = {}
    for j, c in enumerate(cols):
        arr = np.empty(len(rows), dtype=object)   # elementwise: lists must stay list cells
        for i, r in enumerate(rows):
            arr[i] = r[j]
        data[c] = arr
    name = f"_ficlens_{table}"
    con.register(name, data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
    finally:
        con.unregister(name)


def store(con, out: Outcome) -> None:
    """Write one outcome in one transaction: replace the path's old rows, or log the error."""
    job = out.job
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM errors WHERE path = ?", [job.rel])
        if out.rows is not None:
            old = [r[0] for r in con.execute("SELECT work_id FROM works WHERE path = ?", [job.rel]).fetchall()]
            for wid in old:          # an earlier version of the same file
                for t in WORK_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE work_id = ?", [wid])
            for t, rows in out.rows.items():
                _insert(con, t, rows)
        else:
            con.execute("INSERT INTO errors VALUES (?, ?, ?, ?)",
                        [job.rel, job.sha1, out.error or "unknown error",
                         datetime.now(timezone.utc).replace(tzinfo=None)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


# ------------------------------------------------------------------- running -----------

def plan(root: str, con, files: list[Path]) -> tuple[list[Job], int, int]:
    """Jobs still to do, works found, works skipped (already in the db, same content)."""
    done = set(con.execute("SELECT path, sha1 FROM works").fetchall())
    jobs, skipped = [], 0
    base = Path(root)
    for p in files:
        rel = p.relative_to(base).as_posix()
        try:
            digest = sha1_file(p)
        except OSError:
            digest = ""          # unreadable: let the worker report why
        if (rel, digest) in done:
            skipped += 1
        else:
            jobs.append(Job(str(p), rel, digest))
    return jobs, len(files), skipped


def _run_pool(jobs: list[Job], n: int, emit: Callable[[Outcome], None],
              worker: Callable[[Job], Outcome] = analyse_job, timeout: Optional[float] = None,
              grace: float = KILL_GRACE) -> None:
    """Process pool with a bounded window. A worker that dies (out of memory, a crash in
    native code) breaks the whole pool and every work in flight with it: those works are
    retried one at a time in a fresh pool, so only the culprit is logged as failed.
    ``timeout``: the per-work limit the worker enforces itself; a work still running
    ``grace`` seconds past it (counted from submission, and from one work ahead of it in
    the window) gets the pool killed: in a shared pool its works are retried alone, alone
    it is logged as timed out."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")     # no fork of a process holding a DuckDB connection
    queue, solo = deque(jobs), deque()
    while queue or solo:
        single = not queue
        todo = queue if queue else solo
        workers = 1 if single else n
        # a work may wait in the window behind one other work of its worker
        hard = (timeout * (1 if single else 2) + grace) if timeout and timeout > 0 else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            inflight: dict[Any, Job] = {}
            since: dict[Any, float] = {}
            broken = False
            while (todo or inflight) and not broken:
                while todo and len(inflight) < (1 if single else 2 * workers):
                    job = todo.popleft()
                    f = pool.submit(worker, job)
                    inflight[f], since[f] = job, time.monotonic()
                done, _ = wait(inflight, return_when=FIRST_COMPLETED,
                               timeout=None if hard is None else max(0.05, min(5.0, hard / 4)))
                if not done and hard is not None:
                    now = time.monotonic()
                    late = [f for f in inflight if now - since[f] > hard and not f.done()]
                    if late:
                        _kill_workers(pool)
                        broken = True
                        if single:
                            for f in late:
                                emit(Outcome(inflight.pop(f), error=timeout_message(timeout)
                                             + "; the worker did not stop and was killed"))
                        continue
                for f in done:
                    job = inflight.pop(f)
                    try:
                        emit(f.result())
                    except BrokenProcessPool:
                        broken = True
                        if single:
                            emit(Outcome(job, error="the worker process died on this work (out of memory or a crash)"))
                        else:
                            solo.append(job)
            for f, job in inflight.items():   # after a crash: keep what finished, retry the rest alone
                if f.done() and not f.cancelled() and f.exception() is None:
                    emit(f.result())
                else:
                    solo.append(job)


def _kill_workers(pool) -> None:
    """Kill a pool's worker processes (the executor has no public way to stop a running
    task); the pool then reports itself broken and the caller starts a fresh one."""
    for p in list(getattr(pool, "_processes", {}).values()):
        try:
            p.kill()
        except Exception:  # noqa: BLE001 - already gone
            pass


def prune(con, keep: set[str]) -> int:
    """Delete the works (and logged errors) whose files are no longer under the root."""
    gone = [(w, p) for w, p in con.execute("SELECT work_id, path FROM works").fetchall() if p not in keep]
    con.execute("BEGIN TRANSACTION")
    try:
        for wid, _ in gone:
            for t in WORK_TABLES:
                con.execute(f"DELETE FROM {t} WHERE work_id = ?", [wid])
        for (path,) in con.execute("SELECT DISTINCT path FROM errors").fetchall():
            if path not in keep:
                con.execute("DELETE FROM errors WHERE path = ?", [path])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(gone)


def build_corpus(root: str, db_path: str, jobs: int = 0,
                 progress: Optional[Callable[[int, int, int], Any]] = None,
                 on_plan: Optional[Callable[[int, int, int], Any]] = None,
                 remove_missing: bool = False, timeout: Optional[float] = DEFAULT_TIMEOUT) -> RunStats:
    """Analyse every work under ``root`` into ``db_path``. ``progress(done, total, failed)``
    after each work; ``on_plan(found, skipped, todo)`` once the plan is known;
    ``remove_missing``: first drop works whose files are gone from ``root``; ``timeout``:
    seconds per work (0 or None: no limit), a work past it is logged as failed."""
    if not os.path.isdir(root):
        raise FiclensError(f"no such folder: {root}")
    files = find_works(root)
    if not files:
        raise FiclensError(f"no .txt, .html, .htm or .epub files under {root}")
    con = connect(db_path)
    try:
        todo, found, skipped = plan(root, con, files)
        stats = RunStats(found=found, skipped=skipped)
        if remove_missing:
            stats.removed = prune(con, {p.relative_to(Path(root)).as_posix() for p in files})
        if on_plan:
            on_plan(found, skipped, len(todo))
        n = jobs or os.cpu_count() or 1

        def emit(out: Outcome) -> None:
            store(con, out)
            if out.rows is not None:
                stats.analysed += 1
            else:
                stats.failed += 1
                stats.errors.append((out.job.rel, out.error or ""))
            if progress:
                progress(stats.analysed + stats.failed, len(todo), stats.failed)

        if not todo:
            return stats
        if n <= 1 or len(todo) == 1:
            for job in todo:          # in-process: no worker start-up for small runs
                try:
                    with time_limit(timeout):
                        out = analyse_job(job)
                except WorkTimeout:
                    out = Outcome(job, error=timeout_message(timeout or 0))
                emit(out)
        else:
            _run_pool(todo, min(n, len(todo)), emit, worker=partial(analyse_job, timeout=timeout), timeout=timeout)
        con.execute("CHECKPOINT")
        return stats
    finally:
        con.close()


def query(db_path: str, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement on a corpus database, read-only."""
    import duckdb

    con = connect(db_path, read_only=True)
    try:
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall() if cols else []
    except duckdb.Error as e:
        raise FiclensError(" ".join(str(e).split())) from None
    finally:
        con.close()
