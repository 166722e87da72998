"""Bad input: one clear line on stderr, a non-zero exit, no output file, no traceback."""
import codecs
import os
import time
import zipfile

import pytest

from conftest import FIXTURES, run_cli
from ficlens.errors import FiclensError
from ficlens.ingest import load
from ficlens.ingest.structure import MAX_BLOCK

EPUB = FIXTURES / "ingest" / "lamp-oil.epub"


def _container_only_epub(path, body):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                   '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>'
                   '</rootfiles></container>')
        z.writestr("content.opf",
                   '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="u">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title>'
                   '<dc:identifier id="u">x</dc:identifier></metadata><manifest>'
                   '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>'
                   '<spine><itemref idref="a"/></spine></package>')
        z.writestr("a.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>{body}</body></html>')


def _make(tmp_path, kind):
    p = tmp_path / {"dir": "folder", "missing": "nope.txt", "zip": "archive.zip", "notepub": "fake.epub",
                    "truncated": "cut.epub", "html": "page.html", "notext": "blank.epub"}.get(kind, f"{kind}.txt")
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "whitespace":
        p.write_bytes(b"  \r\n\t\n   \n")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 40)
    elif kind == "zip" or kind == "notepub":
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("notes.txt", "not a book")
    elif kind == "truncated":
        data = EPUB.read_bytes()
        p.write_bytes(data[: len(data) // 2])
    elif kind == "html":
        p.write_text("<!DOCTYPE html><html><head><title>Nothing</title></head></html>")
    elif kind == "notext":
        _container_only_epub(p, "<p> </p>")
    elif kind == "undecodable":
        p.write_bytes(codecs.BOM_UTF16_LE + "half a story".encode("utf-16-le") + b"\x00\xd8")
    elif kind == "dir":
        p.mkdir()
    return p


CASES = {
    "empty": "is empty",
    "whitespace": "empty (only whitespace)",
    "binary": "binary file",
    "zip": "not an EPUB",
    "notepub": "not an EPUB",
    "truncated": "damaged or truncated",
    "html": "no body text",
    "notext": "no story text",
    "undecodable": "not valid UTF-16",
    "dir": "is a directory",
    "missing": "no such file",
}


def _cli_in_process(capsys, monkeypatch, *args):
    """The CLI's main() in this process (a subprocess per case costs seconds of imports)."""
    import sys

    from ficlens.cli import main

    monkeypatch.setattr(sys, "argv", ["ficlens", *map(str, args)])
    with pytest.raises(SystemExit) as ex:
        main()
    return ex.value.code, capsys.readouterr().err


@pytest.mark.parametrize("kind", list(CASES))
def test_bad_input_one_line(tmp_path, kind, capsys, monkeypatch):
    path = _make(tmp_path, kind)
    out = tmp_path / "out.json"
    code, err = _cli_in_process(capsys, monkeypatch, "analyze", path, "-o", out, "-q")
    assert code not in (0, None)
    assert err.count("\n") == 1 and err.startswith("ficlens: error: "), err
    assert CASES[kind] in err and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".ficlens-*"))


@pytest.mark.parametrize("kind", ["binary", "truncated", "html"])
def test_bad_input_subprocess(tmp_path, kind):
    path = _make(tmp_path, kind)
    out = tmp_path / "out.json"
    r = run_cli("analyze", path, "-o", out, "-q")
    assert r.returncode != 0
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("ficlens: error: "), r.stderr
    assert CASES[kind] in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_cli(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("A story nobody may read.")
    p.chmod(0)
    out = tmp_path / "out.json"
    r = run_cli("analyze", p, "-o", out, "-q")
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "cannot read" in r.stderr
    assert not out.exists()


def test_unreadable_file_message(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("A story nobody may read.")
    import builtins

    real_open = builtins.open

    def deny(file, *a, **k):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", deny)
    with pytest.raises(FiclensError, match="cannot read .*Permission denied"):
        load(str(p))


@pytest.mark.parametrize("filler", ["She walked on. Then she stopped! Why? ", "x" * 97 + " ", "y"])
def test_huge_file_without_line_breaks_is_cut_in_bounded_time(tmp_path, filler):
    # the same property as a 50 MB file, at 8 MB to keep the suite fast
    p = tmp_path / "oneline.txt"
    p.write_text(filler * (8_000_000 // len(filler)))
    t0 = time.perf_counter()
    doc = load(str(p))
    assert time.perf_counter() - t0 < 30
    assert len(doc.blocks) >= 8_000_000 // MAX_BLOCK
    assert max(b.vend - b.vstart for b in doc.blocks) <= MAX_BLOCK
    # pieces tile the text: nothing but whitespace between them
    for a, b in zip(doc.blocks, doc.blocks[1:]):
        assert not doc.view[a.vend:b.vstart].strip()
    if "." in filler:
        assert all(doc.view[b.vend - 1] in ".!?" for b in doc.blocks[:-1])
