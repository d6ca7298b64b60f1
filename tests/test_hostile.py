"""The hostile-input corpus (issue 10, "Defensible numbers") through the real `cfp` process.

The corpus is generated once per session by `tests/hostile/make_corpus.py` (see its
README), one folder per case, and `cfp` runs there as a user would run it, with a memory
limit, a file-size limit where the case asks for one, and a timeout. The runs of all the
selected tests are started together by a session fixture (a few at a time: each is a
process start, ~0.5 s) and each test then checks its own.
Every run must: exit with the code expected; name the case's places (file, sheet!cell,
option, JSON path) and its keyword on stderr; print no traceback, no Rust panic or
allocation failure, no raw control character; leave every input byte-identical; leave no
temporary file; and create no file when it fails.

Cases cfp gets wrong today are strict xfails naming the bug (`KNOWN_BUGS`): the day a bug
is fixed its case XPASSes, which fails the run, and the mark must be removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from make_corpus import Case, all_cases, write_case  # noqa: E402

CFP = Path(sys.executable).with_name("cfp")
#: Address-space limit of each cfp process (RLIMIT_AS). Measured: `cfp calc` of a sample
#: (json, batch of two with --jobs 2, diff) runs under 256 MiB, the PDF + HTML + XLSX
#: reports under 512 MiB (not under 384). 1 GiB is twice the heaviest normal run, and a
#: reader that expands a bomb into memory hits it within a second instead of taking the
#: CI runner down (several cases run at once).
MEMORY_LIMIT = 1 << 30
#: Runs at the same time: each bomb case may take up to MEMORY_LIMIT.
WORKERS = max(2, min(4, len(os.sched_getaffinity(0))))
TIMEOUT = 60
#: C0 controls but newline and tab, DEL, C1, and the bidi embeddings/overrides/isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
CRASH_TEXT = ("Traceback", "panicked", "memory allocation", "internal error")

# --- today's bugs: case id -> what is wrong (strict xfail) -----------------------------------
KNOWN_BUGS: dict[str, str] = {}
#: The Japanese runs check the places, not the English keyword: these fail in Japanese too.
KNOWN_BUGS_JA: dict[str, str] = {}

CASES = all_cases()
BY_ID = {case.id: case for case in CASES}


def params(cases: list[Case], bugs: dict[str, str]) -> list:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=bugs[c.id])]
                         if c.id in bugs else []) for c in cases]


@dataclass
class Run:
    """One cfp run of a case: its folder before and after, and what the process did."""

    case: Case
    lang: str
    home: Path
    before: dict[str, str]
    result: subprocess.CompletedProcess[bytes] | None = None
    error: BaseException | None = None  # e.g. the timeout
    skip: str | None = None  # why the case cannot run here


@pytest.fixture(scope="session")
def runs(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Run]:
    """The corpus written once, then every selected (case, language) run, WORKERS at a
    time, each in its own copy of the case folder."""
    wanted = {(item.callspec.params["case"].id, LANG_OF[item.originalname])
              for item in request.session.items
              if getattr(item, "originalname", None) in LANG_OF}
    corpus = tmp_path_factory.mktemp("corpus")
    todo = []
    for case_id, lang in sorted(wanted):
        case = BY_ID[case_id]
        if not (corpus / case_id).exists():
            write_case(case, corpus)
        home = tmp_path_factory.mktemp(f"run-{lang}") / case_id
        shutil.copytree(corpus / case_id, home, symlinks=True)
        todo.append(Run(case, lang, home, state(home)))

    def start(one: Run) -> Run:
        if one.case.read_only and os.geteuid() == 0:
            one.skip = "root writes into a 0555 folder (output_write_fails covers it)"
            return one
        for folder in one.case.read_only:
            (one.home / folder).chmod(0o555)
        try:
            one.result = run(one.case, one.home, one.lang)
        except (subprocess.TimeoutExpired, OSError) as exc:
            one.error = exc
        finally:
            for folder in one.case.read_only:
                (one.home / folder).chmod(0o755)
        return one

    with ThreadPoolExecutor(WORKERS) as pool:
        return {(one.case.id, one.lang): one for one in pool.map(start, todo)}


def limits(fsize: int | None):  # noqa: ANN201 - a preexec_fn
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    return apply


def run(case: Case, home: Path, lang: str = "en") -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("FORCE_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "CLICOLOR_FORCE")}
    env.update(CFP_LANG="en", COLUMNS="1000", OPENBLAS_NUM_THREADS="1")
    env.update({k: v.replace("{case}", str(home)) for k, v in case.env.items()})
    args = [a.replace("{case}", str(home)) for a in case.args]
    if lang != "en":
        args.append(f"--lang={lang}")
    return subprocess.run([str(CFP), *args], cwd=home, env=env, capture_output=True,
                          timeout=TIMEOUT, preexec_fn=limits(case.fsize_limit), check=False)


def state(home: Path) -> dict[str, str]:
    """Every entry of the folder: a file's sha256, a link's target, or 'dir'."""
    found = {}
    for path in sorted(home.rglob("*")):
        name = str(path.relative_to(home))
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_dir():
            found[name] = "dir"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def has(text: str, want: str | tuple[str, ...], fold: bool = False) -> bool:
    options = (want,) if isinstance(want, str) else want
    if fold:
        return any(o.casefold() in text.casefold() for o in options)
    return any(o in text for o in options)


def check(one: Run) -> str:
    """The checks every run must pass; returns stderr as text."""
    if one.skip is not None:
        pytest.skip(one.skip)
    if one.error is not None:
        raise one.error
    case, home, before, result, lang = one.case, one.home, one.before, one.result, one.lang
    assert result is not None
    stderr = result.stderr.decode("utf-8", errors="replace")
    report = f"exit {result.returncode}\nstderr:\n{stderr[-3000:]}"
    assert result.returncode == case.exit_code, report
    for crash in CRASH_TEXT:
        assert crash not in stderr, report
    raw = CONTROL.search(stderr)
    assert raw is None, f"raw control character {raw[0]!r} on stderr\n{report}"
    if case.clean_stdout:
        raw = CONTROL.search(result.stdout.decode("utf-8", errors="replace"))
        assert raw is None, f"raw control character {raw[0]!r} on stdout"
    for place in case.places:
        assert has(stderr, place), f"{place!r} not named\n{report}"
    if lang == "en" and case.keyword:
        assert has(stderr, case.keyword, fold=True), f"{case.keyword!r} not said\n{report}"
    after = state(home)
    for name, digest in before.items():  # every input unchanged (and still there)
        if name not in case.outputs:
            assert after.get(name) == digest, f"{name} changed or removed\n{report}"
    assert not [n for n in after if re.search(r"(^|/)\.[^/]*\.tmp$", n)], \
        f"temporary file left: {sorted(after)}"
    created = set(after) - set(before)
    if result.returncode != 0:
        assert not created, f"a failed run created {sorted(created)}"
    else:
        assert created <= set(case.outputs), f"unexpected files {sorted(created)}"
    if case.warning is not None:  # exit 0 with a JSON result on stdout
        warnings = json.loads(result.stdout)["warnings"]
        assert any(case.warning in w["message"] for w in warnings), warnings
    return stderr


@pytest.mark.parametrize("case", params(CASES, KNOWN_BUGS))
def test_hostile_input(case: Case, runs: dict[tuple[str, str], Run]) -> None:
    check(runs[case.id, "en"])


@pytest.mark.parametrize("case", params([c for c in CASES if c.japanese], KNOWN_BUGS_JA))
def test_hostile_input_in_japanese(case: Case, runs: dict[tuple[str, str], Run]) -> None:
    # the same places are named in the Japanese message, which is really Japanese
    stderr = check(runs[case.id, "ja"])
    assert re.search(r"[\u3040-\u30ff]", stderr), stderr


#: Which language each test function runs its cases in (the `runs` fixture reads it).
LANG_OF = {"test_hostile_input": "en", "test_hostile_input_in_japanese": "ja"}


def test_every_class_has_a_case() -> None:
    kinds = {c.kind for c in CASES}
    assert kinds == {"excel_error", "non_finite", "negative_factor", "output_is_input",
                     "environment", "hostile_workbook", "csv_huge_field", "diff_malformed",
                     "control_chars", "hidden_sheet", "option_cannot_apply", "bad_input"}
    assert set(KNOWN_BUGS) <= set(BY_ID), set(KNOWN_BUGS) - set(BY_ID)
    assert {c.id for c in CASES if c.japanese} >= set(KNOWN_BUGS_JA)
