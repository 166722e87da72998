"""Readable reports of one analysis: terminal (Rich) and a self-contained HTML page.

analysis JSON -> ``build_report`` (model.py, pure) -> ``render_terminal`` / ``render_html``.
"""
from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Optional

from ficlens.errors import FiclensError
from ficlens.report.model import Report, build_report, check_analysis

__all__ = ["Report", "build_report", "load_input", "render_html", "render_terminal", "write_text_atomic"]


def render_html(report: Report) -> str:
    from ficlens.report.html import render_html as _r

    return _r(report)


def render_terminal(report: Report, console=None, show_all: bool = False) -> None:
    from ficlens.report.terminal import render_terminal as _r

    _r(report, console, show_all)


def _looks_like_json(path: str) -> bool:
    if path.lower().endswith(".json"):
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"{")


def _max_offset(data: dict) -> int:
    ends = [int(x.get("end", 0)) for key in ("quotes", "sections", "mentions")
            for x in data.get(key) or [] if isinstance(x, dict)]
    ends += [int(e.get("end", 0)) for r in data.get("relationships") or [] if isinstance(r, dict)
             for e in r.get("evidence") or [] if isinstance(e, dict)]
    return max(ends, default=0)


def load_input(path: str, source: Optional[str] = None, cfg: Any = None) -> tuple[dict, Optional[str]]:
    """A saved analysis (JSON) or a work to analyse now -> (analysis dict, source text or None).

    ``source``: for a saved analysis of a plain-text work (whose JSON carries no text), the
    original file, read exactly as ``analyze`` reads it so the offsets line up.
    """
    if not os.path.exists(path):
        raise FiclensError(f"no such file: {path}")
    if os.path.isdir(path):
        raise FiclensError(f"{path} is a directory; give one work or one analysis JSON (for a folder: ficlens corpus)")
    if _looks_like_json(path):
        try:
            with open(path, encoding="utf-8-sig") as f:
                data = json.load(f)
        except UnicodeDecodeError:
            raise FiclensError(f"{path} is not UTF-8 JSON") from None
        except json.JSONDecodeError as e:
            raise FiclensError(f"{path} is not valid JSON ({e.msg} at line {e.lineno})") from None
        except OSError as e:
            raise FiclensError(f"cannot read {path}: {e.strerror or e}") from None
        check_analysis(data)
        text = data.get("text") if isinstance(data.get("text"), str) else None
        if text is None and source:
            from ficlens.ingest import load

            text = load(source).source
            if _max_offset(data) > len(text):
                raise FiclensError(f"{source} does not match the analysis (its offsets run past the end of the text)")
        return data, text
    from ficlens.config import Config
    from ficlens.export.contract import to_contract
    from ficlens.pipeline import analyze_path

    doc = analyze_path(path, cfg or Config())
    return to_contract(doc), doc.source


def write_text_atomic(text: str, out_path: str) -> None:
    """Write beside OUT and rename: a reader never sees half a page."""
    directory = os.path.dirname(os.path.abspath(out_path)) or "."
    if not os.path.isdir(directory):
        raise FiclensError(f"cannot write {out_path}: no such directory {directory}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".ficlens-", suffix=".tmp", dir=directory)
    except OSError as e:
        raise FiclensError(f"cannot write {out_path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)     # mkstemp makes 0600; a page is meant to be shared
        os.replace(tmp, out_path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
