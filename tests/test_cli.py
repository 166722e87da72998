import json

from conftest import ROOT, run_cli


def test_analyze_sample_writes_contract(tmp_path):
    out = tmp_path / "out.json"
    r = run_cli("analyze", ROOT / "ficlens/samples/lighthouse-shift.txt", "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert data["schema"] == "ficlens/1"
    for key in ("characters", "mentions", "quotes", "sections", "relationships"):
        assert isinstance(data[key], list)
    assert data["work"]["words"] > 300


def test_missing_path_one_line_error_and_no_output(tmp_path):
    out = tmp_path / "out.json"
    r = run_cli("analyze", tmp_path / "nope.txt", "-o", out)
    assert r.returncode != 0
    assert r.stderr.count("\n") == 1 and "no such file" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_output_file_has_ordinary_permissions(tmp_path):
    import os
    import stat

    out = tmp_path / "out.json"
    r = run_cli("analyze", ROOT / "ficlens/samples/lighthouse-shift.txt", "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
