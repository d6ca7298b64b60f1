"""The wheel works away from the source tree: one `cfp` package with its templates and
built-in data, no bare `cli`/`lca` module."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True)
    (path,) = out.glob("cfp-*.whl")
    return path


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.startswith("cfp-")}
    assert tops == {"cfp"}  # no bare cli/, lca/, templates/ on the import path
    for needed in ("cfp/lca/data/factors.csv", "cfp/lca/data/grades.csv",
                   "cfp/lca/data/categories.csv", "cfp/lca/data/gwp.csv",
                   "cfp/lca/data/rules/default.toml", "cfp/lca/data/rules/pact.toml",
                   "cfp/templates/report.html.j2", "cfp/templates/sheet.html.j2",
                   "cfp/templates/report.typ", "cfp/templates/sheet.typ", "cfp/templates/_pdf.typ",
                   "cfp/cli/main.py", "cfp/lca/api.py", "cfp/lca/app/server/app.py",
                   "cfp/cli/serve.py", "cfp/__init__.py"):
        assert needed in names, needed
    # every package of the source tree is in the wheel (a new subpackage must be listed
    # in pyproject.toml's packages)
    for init in sorted(ROOT.glob("lca/**/__init__.py")):
        module = "cfp/" + init.relative_to(ROOT).as_posix()
        assert module in names, f"{module} missing from the wheel: add it to pyproject.toml"
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "cfp = cfp.cli.main:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_wheel_runs_from_another_directory(wheel, tmp_path):
    # unpack the wheel alone on the path (dependencies come from this environment) and
    # compute a sample from a directory that is not the source tree
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    sample = ROOT / "samples" / "multilevel-en.xlsx"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "import cfp.lca.api as api; assert api.__file__.startswith(sys.argv[1]); "
            "print(round(api.calculate(Path(sys.argv[2])).total, 6))")
    out = subprocess.run([sys.executable, "-I", "-c", code, str(target), str(sample)],
                         check=True, capture_output=True, text=True, cwd=tmp_path)
    # samples/README.md: 35.829358 kg-CO2e
    assert out.stdout.strip() == "35.829358"


def test_python_api_from_a_checkout_without_installing(tmp_path):
    # `import cfp` from the source tree alone (the editable install's finder removed):
    # cfp/__init__.py makes cli/, lca/, templates/ its subpackages. samples/README.md:
    # multilevel-en totals 35.829358 kg-CO2e.
    code = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path "
            "if 'editable' not in getattr(f, '__module__', '') "
            "and 'editable' not in repr(f)]; "
            "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith('cfp')]; "
            "sys.path.insert(0, sys.argv[1]); import cfp; "
            "r = cfp.calculate(sys.argv[2]); import cfp.lca.api as api; "
            "assert api.__file__.startswith(sys.argv[1] + '/lca'), api.__file__; "
            "print(round(r.total, 6), type(r).__name__)")
    out = subprocess.run([sys.executable, "-I", "-c", code, str(ROOT),
                          str(ROOT / "samples" / "multilevel-en.xlsx")],
                         check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.split() == ["35.829358", "Result"]


def test_python_api_input_error_names_the_cell(tmp_path):
    import cfp

    bad = tmp_path / "bad.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "部品表"
    book.active.append(["品番", "個数", "材質", "重量(kg)"])
    book.active.append(["P-1", "二個", "SS400", 1.0])
    book.save(bad)
    with pytest.raises(cfp.InputError) as caught:
        cfp.calculate(bad)
    assert "部品表!B2" in caught.value.render("ja")
