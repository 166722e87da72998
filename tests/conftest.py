import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def analyze():
    """Analyse a string with the whole pipeline; returns the Document."""
    from ficlens.pipeline import analyze_text

    return analyze_text


def run_cli(*args, cwd=None):
    import subprocess

    return subprocess.run([sys.executable, "-m", "ficlens", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
