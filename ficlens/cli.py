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
def version() -> None:
    """Print the version."""
    from ficlens import __version__
    print(f"ficlens {__version__}")


def main() -> None:
    try:
        app(standalone_mode=False)
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
