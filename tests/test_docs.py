"""Documentation stays true: every command has help text and appears in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from cfp.cli.main import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_is_in_readme(name):
    command = get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help and len(command.help) > 20
    assert f"cfp {name}" in README, f"README has no example of `cfp {name}`"


def test_readme_states_the_two_commands_and_ci_runs_the_test_one():
    assert "make demo" in README and "make test" in README
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    assert "make test" in ci


def test_exit_codes_documented():
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in README


def test_help_does_not_import_heavy_modules():
    # `cfp --help` must stay fast: the CLI imports the library only inside commands
    import subprocess
    import sys

    code = ("import sys, cfp.cli.main; heavy = {'pandas', 'numpy', 'openpyxl', "
            "'python_calamine', 'jinja2'} & set(sys.modules); assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


#: `cfp ARGS` in a fresh process, then a check of what it imported: through the console
#: script's `run()` (the fast path of `cfp calc`) or the typer app
ENTRY = {"run": "from cfp.cli.main import run\nsys.argv[0] = 'cfp'\nrun()",
         "typer": "from cfp.cli.main import app\napp(sys.argv[1:])"}


def _imports_after(entry: str, args: list[str], check: str) -> None:
    import subprocess
    import sys

    code = (f"import sys\ntry:\n    {ENTRY[entry].replace(chr(10), chr(10) + '    ')}\n"
            f"except SystemExit as stop:\n    assert not stop.code, stop.code\n{check}\n")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("entry", ["run", "typer"])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_calc_does_not_import_pandas(fmt, entry, tmp_path):
    # pandas costs ~0.25 s to import; the terminal view (the default), JSON and CSV are
    # built from the numpy aggregates, so `cfp calc bom.xlsx` never pays it
    sample = Path(__file__).parent.parent / "samples" / "machined-assembly-ja.xlsx"
    args = ["calc", str(sample)]
    if fmt != "table":
        args += ["--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]
    _imports_after(entry, args, "assert 'pandas' not in sys.modules, 'pandas imported'")


def test_a_small_calc_imports_neither_typer_nor_rich(tmp_path):
    # start-up of one small BOM (bench/bench_startup.py): typer imports pydantic (~0.1 s
    # together), rich ~0.05 s; `cfp calc BOM --format json -o F` needs neither
    sample = Path(__file__).parent.parent / "samples" / "machined-assembly-ja.xlsx"
    heavy = "{'typer', 'click', 'pydantic', 'rich', 'pandas', 'openpyxl', 'jinja2'}"
    _imports_after("run", ["calc", str(sample), "--format", "json", "-o",
                           str(tmp_path / "r.json")],
                   f"heavy = {heavy} & set(sys.modules)\nassert not heavy, heavy")


def test_terminal_view_in_japanese():
    from typer.testing import CliRunner

    sample = Path(__file__).parent.parent / "samples" / "machined-assembly-ja.xlsx"
    result = CliRunner().invoke(app, ["calc", str(sample), "--lang", "ja"],
                                env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    # samples/README.md: 15.623987 kg-CO2e per 1 個; PU-103 is the largest part
    for text in ("合計: 15.624 kg-CO2e", "原材料", "加工", "排出量の多い部品", "PU-103",
                 "材料分類", "工程", "警告"):
        assert text in result.stdout, text
