"""The command line: ``ficlens analyze PATH -o OUT.json`` and friends (Typer + Rich)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from ficlens.errors import FiclensError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Reads fan fiction and tells you what is in it.")


def _fail(msg: str, code: int = 1) -> None:
    # one line, no traceback: the user's contract
    sys.stderr.write("ficlens: error: " + " ".join(str(msg).split()) + "\n")
    raise typer.Exit(code)


@app.command()
def analyze(
    path: Path = typer.Argument(..., help="One work: a .txt (any encoding), an AO3 HTML download or an EPUB."),
    out: Path = typer.Option(..., "-o", "--out", help="Where to write the analysis JSON (ficlens/1)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print nothing on success."),
    processes: int = typer.Option(0, "--processes", "-p", help="Parser processes (0 = automatic)."),
) -> None:
    """Analyse one work and write the ficlens/1 JSON contract."""
    from ficlens.config import Config
    from ficlens.export.contract import to_contract, write_json_atomic
    from ficlens.pipeline import analyze_path

    cfg = Config(n_process=processes)
    doc = analyze_path(str(path), cfg)
    write_json_atomic(to_contract(doc), str(out))
    if not quiet:
        from rich.console import Console

        Console(stderr=True).print(
            f"[green]wrote[/green] {out}: {len(doc.characters)} characters, {len(doc.quotes)} quotes, "
            f"{len(doc.sections)} sections, {len(doc.relationships)} relationships")


@app.command()
def report(
    path: Path = typer.Argument(..., help="A saved analysis (.json, ficlens/1) or a work to analyse first."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML page here."),
    source: Optional[Path] = typer.Option(
        None, "--source", help="For a saved analysis of a .txt: the original file, to quote passages from it."),
    show_all: bool = typer.Option(False, "--all", help="List every character and section, not only the first ones."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No terminal report (with --html: just write the page)."),
    processes: int = typer.Option(0, "--processes", "-p", help="Parser processes when analysing (0 = automatic)."),
) -> None:
    """A readable account of one work: cast, narrators, relationships, tags."""
    from ficlens.config import Config
    from ficlens.report import build_report, load_input, render_html, render_terminal, write_text_atomic

    if html is not None and not html.resolve().parent.is_dir():   # before a possibly long analysis
        _fail(f"cannot write {html}: no such directory {html.resolve().parent}")
    data, text = load_input(str(path), str(source) if source else None, Config(n_process=processes))
    rep = build_report(data, text, name=path.stem)
    if html is not None:
        write_text_atomic(render_html(rep), str(html))
    if not quiet:
        from rich.console import Console

        render_terminal(rep, Console(), show_all=show_all)
        if html is not None:
            Console(stderr=True).print(f"[green]wrote[/green] {html}")


@app.command()
def corpus(
    folder: Path = typer.Argument(..., help="A folder of works (searched recursively: .txt, .html, .htm, .epub)."),
    db: Path = typer.Option(..., "--db", help="The DuckDB database to create or extend (e.g. corpus.duckdb)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0 = one per core)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar or summary."),
    prune: bool = typer.Option(False, "--prune", help="Drop works whose files are no longer in the folder."),
    timeout: float = typer.Option(1800.0, "--timeout", help="Seconds per work; a work past it is logged as failed (0 = no limit)."),
) -> None:
    """Analyse a whole folder into one DuckDB database (resumable; failures go to the errors table)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from ficlens.corpus import build_corpus

    err = Console(stderr=True)
    if quiet:
        stats = build_corpus(str(folder), str(db), jobs, remove_missing=prune, timeout=timeout)
    else:
        bar = Progress(TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       TextColumn("eta"), TimeRemainingColumn(), TextColumn("{task.fields[failed]}"), console=err)
        task = bar.add_task("works", total=None, failed="")

        def on_plan(found: int, skipped: int, todo: int) -> None:
            err.print(f"{found} works under {folder}: {skipped} already in {db}, {todo} to analyse")
            bar.update(task, total=todo)
            if todo:
                bar.start()   # only once there is something to show

        try:
            stats = build_corpus(
                str(folder), str(db), jobs, on_plan=on_plan, remove_missing=prune, timeout=timeout,
                progress=lambda d, t, f: bar.update(task, completed=d, failed=f"[red]{f} failed[/red]" if f else ""))
        finally:
            bar.stop()
    if not quiet:
        err.print(f"[green]{db}[/green]: {stats.analysed} analysed, {stats.skipped} skipped (unchanged), "
                  f"{stats.failed} failed" + (" (see the errors table)" if stats.failed else "")
                  + (f", {stats.removed} removed (gone from the folder)" if stats.removed else ""))
        for rel, msg in stats.errors[:5]:
            err.print(f"  failed {rel}: {msg}", markup=False, highlight=False)


@app.command("corpus-query")
def corpus_query(
    sql: str = typer.Argument(..., help='One SQL statement, e.g. "SELECT title, words FROM works".'),
    db: Path = typer.Option(..., "--db", help="The corpus database (from ficlens corpus)."),
    csv_out: bool = typer.Option(False, "--csv", help="Write CSV to stdout instead of a table."),
    limit: int = typer.Option(100, "--limit", help="Rows shown in the table (CSV: all)."),
) -> None:
    """Query a corpus database (read-only). Tables: works, characters, quotes, sections, relationships, evidence, tags, errors."""
    from ficlens.corpus import query

    cols, rows = query(str(db), sql)
    if csv_out:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    tb = Table(*cols, show_edge=False)
    for r in rows[:limit]:
        tb.add_row(*("" if v is None else str(v) for v in r))
    if len(rows) > limit:
        tb.caption = f"{limit} of {len(rows)} rows (--limit N, or --csv for all)"
    Console().print(tb)


@app.command()
def version() -> None:
    """Print the version."""
    from ficlens import __version__
    print(f"ficlens {__version__}")


def main() -> None:
    try:
        # without standalone mode Typer *returns* the code of an Exit (Ctrl-C included: 130)
        rc = app(standalone_mode=False)
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except FiclensError as e:
        try:
            _fail(str(e))
        except typer.Exit as x:
            sys.exit(x.exit_code)
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as e:  # click usage errors and anything unexpected: still one line
        import click

        if isinstance(e, click.exceptions.Abort):
            sys.exit(130)
        if isinstance(e, click.ClickException):
            sys.stderr.write("ficlens: error: " + " ".join(e.format_message().split()) + "\n")
            sys.exit(e.exit_code)
        if os.environ.get("FICLENS_DEBUG"):
            raise
        first = " ".join(str(e).split())[:300]
        sys.stderr.write(f"ficlens: internal error ({type(e).__name__}): {first} (set FICLENS_DEBUG=1 for details)\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
