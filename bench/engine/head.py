"""A read-only snapshot of the committed cfp (git HEAD) to measure "today" against.

The working tree of /work/main changes while these benchmarks run (other sessions'
uncommitted work: an xlsx guard scanning the sheet XML before calamine, new messages...),
so "today" is the committed code: `git archive HEAD` (read-only) of cfp/, lca/, cli/ and
templates/ into bench/_work/engine/head/src/ (a checkout: `cfp/__init__.py` makes the
folders beside it its subpackages). Processes that get `head_env()` (PYTHONPATH first)
import that `cfp` instead of the editable install (run them from a folder without a
`cfp/` of its own: `python -c` puts the current folder first);
`python bench/engine/head.py` makes or refreshes the snapshot and prints the commit.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ROOT = HERE.parent / "_work" / "engine" / "head"


def make() -> str:
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    stamp = ROOT / "COMMIT"
    if stamp.exists() and stamp.read_text() == commit:
        return commit
    shutil.rmtree(ROOT, ignore_errors=True)
    src = ROOT / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "cfp", "lca", "cli",
                              "templates"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    stamp.write_text(commit)
    return commit


def head_env() -> dict[str, str]:
    make()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def use_head_in_process() -> None:
    """Import the snapshot's cfp in this process (call before any cfp import)."""
    make()
    sys.path.insert(0, str(ROOT / "src"))


if __name__ == "__main__":
    print(make(), ROOT)
