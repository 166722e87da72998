"""`ficlens analyze` writes the same bytes whatever the interpreter's hash seed: no output
may depend on the iteration order of a set (alias order, character ids, ties in sorting)."""
import os
import subprocess
import sys

from conftest import ROOT

# an original passage: six people each named once in full and once by the first name
# (a tie in alias counts), and several pairs that share a paragraph (ties in rank)
PASSAGE = """The ferry left at dawn, and Marta Kowal stood at the rail beside Tobias Reyne.

"You packed the maps?" asked Tobias.

"Twice," said Marta. Below them, Ilse Varga argued with Dorian Pike about the engine, \
while Henrike Sato counted the crates and Osric Bell slept on a coil of rope.

At noon Ilse climbed the ladder. "The engine will hold," she said, and Dorian followed \
her, wiping his hands.

Later Henrike woke Osric with a cup of tea. "We land within the hour," Henrike told him, \
and Osric groaned.
"""


def test_output_is_independent_of_hash_seed(tmp_path):
    src = tmp_path / "ferry.txt"
    src.write_text(PASSAGE, encoding="utf-8")
    procs, outs = [], []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
        env.pop("FICLENS_PARSE_CACHE", None)
        # both at once: each pays the interpreter start and model load
        procs.append(subprocess.Popen([sys.executable, "-m", "ficlens", "analyze", str(src), "-o", str(out), "-q"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        outs.append(out)
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    a, b = (o.read_bytes() for o in outs)
    assert b'"Marta Kowal"' in a and b'"Osric"' in a      # the passage was analysed
    assert a == b
