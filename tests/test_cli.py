"""The command line through the real `cfp` process: both ways into `cfp calc` (the fast
path of cli/fast.py and typer) behave the same, options are named alike in every
command, usage errors (cfp's and the parser's own) read in both languages, and the
terminal view fits its window.

Exit codes: 0 ok, 1 a gate failed, 2 bad input or usage (README "Exit codes").
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from builders import write_book
from test_supplier_pcf import ID3, V3, footprint

from cfp.cli.calc_core import CalcArgs
from cfp.cli.fast import OPTIONS, parse_calc
from cfp.lca.errors import InputError, Message, Problem, UsageError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "machined-assembly-ja.xlsx"
EN_SAMPLE = ROOT / "samples" / "multilevel-en.xlsx"
CFP = Path(sys.executable).with_name("cfp")
#: the typer path of the same command line, in a fresh process like the `cfp` script
TYPER = "import sys; from cfp.cli.app import app; sys.argv[0] = 'cfp'; app()"
#: the fast path, saying afterwards whether typer was imported
WHICH = ("import sys\nfrom cfp.cli.main import run\nsys.argv[0] = 'cfp'\ntry:\n    run()\n"
         "finally:\n    print('TYPER', 'typer' in sys.modules, file=sys.stderr)\n")


def cfp(*args: object, typer: bool = False, env: dict[str, str | None] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command; `typer=True` runs the same argv through the typer app. `env`
    adds variables (None: unset)."""
    argv = [str(a) for a in args]
    command = [sys.executable, "-c", TYPER, *argv] if typer else [str(CFP), *argv]
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("CFP_LANG", "COLUMNS", "LINES")}
    environment.update({"LANG": "C.UTF-8", "COLUMNS": "200"})
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(command, capture_output=True, text=True, env=environment,
                          cwd=cwd, check=False)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    # cut-off refused: O-1 is 2 x 20 g of 1.04 kg = 3.85 % > 3 %
    cutoff = write_book(root / "cutoff.xlsx", {"部品表": [
        ["品番", "個数", "材質", "重量(g)"], ["P-1", 1, "SS400", 1000],
        ["O-1", 2, "その他材", 20]]})
    one = root / "one.csv"
    one.write_text("key,unit,factor,source\nSS400,kg,2.0,mine\n", encoding="utf-8")
    two = root / "two.csv"
    two.write_text("key,unit,factor,source\nSS400,kg,3.0,theirs\n", encoding="utf-8")
    # bought with supplier footprints (issue 12): PU-100 2 x 2.5 = 5.0 (pcf.json), P-3
    # 1 x 2.5 = 2.5 (the folder's footprint), P-2 1 x 0.5 kg x 2.0 = 1.0: total 8.5, of
    # which 2 lines from footprints carry 7.5 / 8.5 = 88.2 %
    bought = write_book(root / "bought.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["PU-100", 2, None, 0.25],
                  ["P-3", 1, None, None], ["P-2", 1, "SS400", 0.5]],
        "排出原単位": [["キー", "単位", "排出原単位"], ["SS400", "kg", 2.0]]})
    pcf = root / "pcf.json"
    pcf.write_text(json.dumps(V3), encoding="utf-8")
    (root / "pcfs").mkdir()
    other = footprint(V3, id=ID3, productIds=["urn:pact:product-id:P-3"])
    (root / "pcfs" / "p3.json").write_text(json.dumps(other), encoding="utf-8")
    return {"cutoff": cutoff, "one": one, "two": two, "root": root, "bought": bought,
            "pcf": pcf, "pcfs": root / "pcfs"}


# --- the fast path and typer: the same command lines, the same behaviour ---------------

#: (id, argv after `cfp`, exit code, taken by the fast path); {out} is a file to write,
#: {dir} a folder, {cutoff}/{one}/{two} the fixtures
CASES = [
    ("json-o", ["calc", SAMPLE, "--format", "json", "-o", "{out}"], 0, True),
    ("csv-o-joined", ["calc", SAMPLE, "-fcsv", "-o{out}", "--lang=en"], 0, True),
    ("table-ja", ["calc", SAMPLE, "--lang", "ja", "--top", "3"], 0, True),
    ("json-stdout", ["calc", "--format=json", SAMPLE, "--lang", "en"], 0, True),
    ("dashdash", ["calc", "--top", "2", "--", SAMPLE], 0, True),
    ("last-wins", ["calc", SAMPLE, "--top", "1", "--top", "2", "--lang", "en"], 0, True),
    ("factors-twice", ["calc", "{cutoff}", "--factors", "{one}", "--factors", "{two}",
                       "--allow-missing", "--format", "csv"], 0, True),
    ("gwp", ["calc", SAMPLE, "--gwp", "AR9", "--lang", "ja"], 2, True),
    ("cutoff-range", ["calc", SAMPLE, "--cutoff", "500", "--lang", "en"], 2, True),
    ("top-negative", ["calc", SAMPLE, "--top", "-1", "--lang", "ja"], 2, True),
    ("o-with-table", ["calc", SAMPLE, "-o", "{out}", "--lang", "ja"], 2, True),
    ("out-no-report", ["calc", SAMPLE, "--out", "{dir}", "--lang", "en"], 2, True),
    ("top-json", ["calc", SAMPLE, "--format", "json", "--top", "3", "--lang", "en"], 2, True),
    ("jobs-one-bom", ["calc", SAMPLE, "-j", "2", "--lang", "ja"], 2, True),
    ("missing-file", ["calc", "{dir}/nope.xlsx", "--lang", "ja"], 2, True),
    ("cutoff-refused", ["calc", "{cutoff}", "--cutoff", "3", "--lang", "ja"], 2, True),
    ("factor-columns", ["calc", SAMPLE, "--factor-columns", "bad", "--lang", "en"], 2, True),
    ("supplier-pcf-json", ["calc", "{bought}", "--supplier-pcf", "{pcf}", "--supplier-pcf",
                           "{pcfs}", "--format", "json", "--timestamp", "2026-01-15T00:00:00Z"],
     0, True),
    ("supplier-pcf-table", ["calc", "{bought}", "--supplier-pcf={pcf}", "--supplier-pcf",
                            "{pcfs}", "--lang", "ja"], 0, True),
    ("supplier-pcf-missing", ["calc", "{bought}", "--supplier-pcf", "{dir}/nope.json",
                              "--lang", "en"], 2, True),
    # the parser's business: typer parses (and refuses) these on both paths
    ("not-integer", ["calc", SAMPLE, "--top", "x", "--lang", "ja"], 2, False),
    ("unknown-option", ["calc", SAMPLE, "--bogus", "--lang", "en"], 2, False),
    ("bad-format", ["calc", SAMPLE, "--format", "xml", "--lang", "ja"], 2, False),
    ("max-cells-0", ["calc", SAMPLE, "--max-cells", "0", "--lang", "en"], 2, False),
    ("needs-value", ["calc", SAMPLE, "--top"], 2, False),
    ("no-file", ["calc", "--lang", "ja"], 2, False),
    ("flag-value", ["calc", SAMPLE, "--debug=1", "--lang", "en"], 2, False),
    ("help", ["calc", SAMPLE, "--help"], 0, False),
]


def _argv(args: list[object], files: dict[str, Path], out: Path, folder: Path) -> list[str]:
    values = {"out": out, "dir": folder, **files}
    return [str(a).format(**values) for a in args]


@pytest.mark.parametrize(("argv", "code", "fast"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_fast_path_and_typer_behave_the_same(files, tmp_path, argv, code, fast):
    results = []
    for typer in (False, True):
        out, folder = tmp_path / f"out-{typer}.txt", tmp_path / f"dir-{typer}"
        done = cfp(*_argv(argv, files, out, folder), typer=typer)
        written = out.read_bytes() if out.exists() else None
        # the output file's own name is the only thing allowed to differ
        results.append((done.returncode, done.stdout.replace(str(out), "OUT"),
                        done.stderr.replace(str(out), "OUT").replace(str(folder), "DIR"),
                        written, folder.exists()))
    assert results[0] == results[1]
    assert results[0][0] == code, results[0][2]
    assert "Traceback" not in results[0][2]


def test_the_console_script_ends_a_single_calc_with_every_output_flushed(tmp_path):
    # `main` ends a one-BOM calc by os._exit, after flushing: the table on stdout, a JSON
    # on stdout, a file and an error on stderr are all there, with the exit code of `run`
    end = "import sys; from cfp.cli.main import {}; sys.argv[0] = 'cfp'; {}()"
    ran = {}
    for entry in ("main", "run"):
        command = [sys.executable, "-c", end.format(entry, entry), "calc", str(SAMPLE)]
        table = subprocess.run(command, capture_output=True, text=True)
        piped = subprocess.run([*command, "--format", "json", "--timestamp",
                                "2026-01-01T00:00:00Z"], capture_output=True)
        out = tmp_path / f"{entry}.csv"
        written = subprocess.run([*command, "--format", "csv", "-o", str(out)])
        bad = subprocess.run([*command[:-1], str(tmp_path / "missing.xlsx")],
                             capture_output=True, text=True)
        ran[entry] = (table.returncode, table.stdout, piped.returncode, piped.stdout,
                      written.returncode, out.read_bytes(), bad.returncode, bad.stderr)
    assert ran["main"] == ran["run"]
    code, shown, _, document, _, csv, refused, said = ran["main"]
    assert code == 0 and "kg-CO2e" in shown.splitlines()[1]
    assert json.loads(document)["total_kg_co2e"] > 0
    assert csv.count(b"\r\n") > 10 and refused == 2 and "missing.xlsx" in said


@pytest.mark.parametrize(("argv", "fast"), [(c[1], c[3]) for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_fast_path_takes_the_common_command_lines(files, tmp_path, argv, fast):
    args = _argv(argv, files, tmp_path / "o", tmp_path / "d")
    assert (parse_calc(args[1:]) is not None) is fast


def test_the_fast_path_does_not_import_typer(tmp_path):
    out = tmp_path / "r.json"
    done = subprocess.run([sys.executable, "-c", WHICH, "calc", str(SAMPLE), "--format",
                           "json", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("TYPER False")
    refused = subprocess.run([sys.executable, "-c", WHICH, "calc", str(SAMPLE), "--top",
                              "x"], capture_output=True, text=True)
    assert refused.returncode == 2 and refused.stderr.strip().endswith("TYPER True")


def test_the_fast_path_knows_every_option_of_the_typer_command():
    # the same option names, each for the same parameter, the same flags and repeatable
    # options, and CalcArgs' defaults are the command's
    from typer.main import get_command

    from cfp.cli.app import app
    from cfp.cli.calc import calc

    command = get_command(app).commands["calc"]  # type: ignore[attr-defined]
    typer_options = {opt: p.name for p in command.params
                     if p.param_type_name == "option" for opt in p.opts}
    assert typer_options == {opt: field for opt, (field, _) in OPTIONS.items()}
    assert not any(p.secondary_opts for p in command.params)
    for p in command.params:
        if p.param_type_name != "option":
            continue
        kind = OPTIONS[p.opts[0]][1]
        assert p.is_flag == (kind == "flag"), p.name
        assert p.multiple == (kind == "paths"), p.name
    signature = inspect.signature(calc)
    defaults = {f: CalcArgs.__dataclass_fields__[f].default for f in signature.parameters
                if f != "boms"}
    assert defaults == {name: param.default for name, param in signature.parameters.items()
                        if name != "boms"}
    hints = typing.get_type_hints(calc, include_extras=True)
    for name, kind in dict(OPTIONS.values()).items():
        base = typing.get_args(hints[name])[0]  # Annotated[base, option]
        expected = {"flag": bool, "int": int | None, "positive": int | None,
                    "float": float | None, "text": str | None, "path": Path | None,
                    "paths": list[Path] | None}.get(kind)
        if expected is not None:
            assert base == expected, name


def test_supplier_pcf_parses_alike_on_both_paths(files):
    # repeatable, `=` or a separate value, files and folders, in the order given: the
    # fast path's CalcArgs equal typer's (the typer command's parameter, same converter)
    from typer.main import get_command

    from cfp.cli.app import app

    argv = ["b.xlsx", f"--supplier-pcf={files['pcf']}", "--supplier-pcf", str(files["pcfs"])]
    fast = parse_calc(argv)
    assert fast is not None
    assert fast.supplier_pcf == [files["pcf"], files["pcfs"]]
    command = get_command(app).commands["calc"]  # type: ignore[attr-defined]
    context = command.make_context("calc", list(argv))
    assert [Path(p) for p in context.params["supplier_pcf"]] == fast.supplier_pcf


def test_the_fast_path_reads_numbers_as_typer_does():
    # only plain digits are taken; anything typer might read differently goes to typer
    for text, value in (("7", 7), ("007", 7), ("-3", -3)):
        assert parse_calc(["b.xlsx", "--top", text]).top == value
    for text in ("1.5", "1e3", "+5", " 5", "٣", "1_000", "0x10", ""):
        assert parse_calc(["b.xlsx", "--top", text]) is None, text
    assert parse_calc(["b.xlsx", "--cutoff", "2.5"]).cutoff == 2.5
    assert parse_calc(["b.xlsx", "--cutoff", "nan"]) is None
    assert parse_calc(["b.xlsx", "--max-cells", "0"]) is None
    assert parse_calc(["b.xlsx", "-j2"]).jobs == 2


# --- usage errors: exact texts, both languages -----------------------------------------

@pytest.mark.parametrize(("args", "env", "command", "last"), [
    (["calc", SAMPLE, "--top", "x", "--lang", "ja"], {}, "cfp calc",
     "エラー: --top x: 整数を指定してください。"),
    (["calc", SAMPLE, "--top", "x", "--lang", "en"], {}, "cfp calc",
     "Error: --top x: use a whole number."),
    (["calc", SAMPLE, "--cutoff", "much"], {"CFP_LANG": "ja"}, "cfp calc",
     "エラー: --cutoff much: 数値を指定してください。"),
    (["calc", SAMPLE, "--format", "xml"], {"CFP_LANG": "ja"}, "cfp calc",
     "エラー: --format xml: table, json, csv のいずれかを指定してください。"),
    (["calc", SAMPLE, "--format", "xml"], {"CFP_LANG": "en"}, "cfp calc",
     "Error: --format xml: use table, json, csv."),
    (["calc", SAMPLE, "--max-cells", "0", "--lang", "ja"], {}, "cfp calc",
     "エラー: --max-cells 0: 1 以上の整数を指定してください。"),
    (["calc", SAMPLE, "--bogus"], {"CFP_LANG": "ja"}, "cfp calc",
     "エラー: --bogus というオプションはありません(--budgets, --jobs, --out のことですか?)。"),
    (["calc", SAMPLE, "--bogus"], {"CFP_LANG": "en"}, "cfp calc",
     "Error: no such option: --bogus (did you mean --budgets, --jobs, --out?)."),
    (["calc", "--lang", "ja"], {}, "cfp calc", "エラー: 引数「BOMS」を指定してください。"),
    (["calc", "--lang", "en"], {}, "cfp calc", "Error: missing argument BOMS."),
    (["factors", "show", "--lang", "ja"], {}, "cfp factors show",
     "エラー: 引数「KEY」を指定してください。"),
    (["nosuch", "--lang", "ja"], {}, "cfp",
     "エラー: 「nosuch」というコマンドはありません。コマンド: advise, calc, clients, diff, "
     "factors, init, materials, serve。"),
    (["init", "a.xlsx", "b.xlsx"], {"CFP_LANG": "ja"}, "cfp init",
     "エラー: 余分な引数があります: b.xlsx。"),
    (["serve", "results"], {"CFP_LANG": "en"}, "cfp serve", "Error: missing option --tls-cert."),
])
def test_parser_errors_read_in_the_users_language(args, env, command, last):
    done = cfp(*args, env=env)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    ja = last.startswith("エラー")
    assert lines[0].startswith(f"使い方: {command} " if ja else f"Usage: {command} ")
    assert lines[1:] == [f"ヘルプは「{command} --help」で表示できます。" if ja
                         else f"Try '{command} --help' for help.", last]


@pytest.mark.parametrize(("args", "en", "ja"), [
    (["calc", SAMPLE, "-o", "x.json"],
     "Error: -o x.json is where --format json|csv output goes; the table is only shown on "
     "the terminal. Add --format json, or drop -o to see the table.",
     "エラー: -o x.json は --format json|csv の出力先です。表は端末に表示するだけです。"
     "--format json を付けるか、表を見るには -o を外してください。"),
    (["calc", SAMPLE, "--out", "reports"],
     "Error: --out reports: for one BOM, --out is the folder of the reports, and no --report "
     "was asked for. Add --report (html, pdf, xlsx, sheet, pact, json, csv), or write the "
     "result with --format json -o FILE.",
     "エラー: --out reports: 部品表 1 件では --out は報告書の出力フォルダですが、--report の"
     "指定がありません。--report(html, pdf, xlsx, sheet, pact, json, csv)を付けるか、"
     "--format json -o ファイル で結果を書き出してください。"),
    (["factors", "list", "-o", "f.json"],
     "Error: -o f.json is where --format json output goes; the table is only shown on the "
     "terminal. Add --format json, or drop -o to see the table.",
     "エラー: -o f.json は --format json の出力先です。表は端末に表示するだけです。"
     "--format json を付けるか、表を見るには -o を外してください。"),
    (["factors", "list", "--kind", "weight"],
     "Error: --kind weight: use mass, energy, volume, transport, count, component.",
     "エラー: --kind weight: mass, energy, volume, transport, count, component の"
     "いずれかを指定してください。"),
    (["factors", "show", "unobtainium"],
     "Error: no factor 'unobtainium' (try: cfp factors search unobtainium).",
     "エラー: 排出原単位「unobtainium」はありません(cfp factors search unobtainium で検索"
     "できます)。"),
    (["diff", SAMPLE, SAMPLE, "--format", "xml"],
     "Error: --format xml: use table, json.",
     "エラー: --format xml: table, json のいずれかを指定してください。"),
    # the GxD extension was accepted and nothing written without the PACT file
    (["calc", SAMPLE, "--pact-extension", "gxd"],
     "Error: --pact-extension applies to the PACT file: add --report pact (with --out DIR).",
     "エラー: --pact-extension は PACT ファイルに使うオプションです: --report pact(と --out "
     "DIR)を追加してください。"),
    # a Monte Carlo whose results the CSV inventory cannot carry (it was run and dropped)
    (["calc", SAMPLE, "--format", "csv", "--uncertainty", "100"],
     "Error: --uncertainty: the CSV inventory has no place for its results. Use --format json "
     "or the table view, or add --report html / pdf / xlsx with --out DIR.",
     "エラー: --uncertainty: CSV インベントリにはその結果を書く場所がありません。--format json "
     "か表形式を使うか、--out DIR とともに --report html / pdf / xlsx を追加してください。"),
])
def test_silent_no_ops_are_refused_saying_why(tmp_path, args, en, ja):
    for lang, text in (("en", en), ("ja", ja)):
        done = cfp(*args, "--lang", lang, cwd=tmp_path)
        assert (done.returncode, done.stderr.strip()) == (2, text)
        assert list(tmp_path.iterdir()) == []  # nothing written


def test_o_with_the_table_of_a_batch_is_refused(tmp_path):
    done = cfp("calc", SAMPLE, EN_SAMPLE, "-o", tmp_path / "s.csv", "--lang", "en")
    assert done.returncode == 2 and "-o " in done.stderr and "--format json|csv" in done.stderr
    assert not (tmp_path / "s.csv").exists()


def test_a_refused_cutoff_says_the_share_and_the_limit(files):
    for lang, words in (("en", "weigh 3.85% of the material bought (raw weights), more than "
                               "the mass cut-off of 3%"),
                        ("ja", "質量は購入材料(素材重量)の 3.85% で、"
                               "質量カットオフの基準 3% を超える")):
        done = cfp("calc", files["cutoff"], "--cutoff", "3", "--lang", lang)
        assert done.returncode == 2
        lines = [line for line in done.stderr.splitlines() if line.startswith("•")]
        assert words in lines[0]  # first, then the part without a factor
        assert "O-1" in lines[1] and "--cutoff 5" not in lines[1]


# --- one option name for one thing ------------------------------------------------------

def test_every_command_names_its_options_alike():
    from typer.main import get_command

    from cfp.cli.app import app

    def commands(group, path=()):  # noqa: ANN001, ANN202
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                yield from commands(command, (*path, name))
            else:
                yield " ".join((*path, name)), command

    for name, command in commands(get_command(app)):
        options = {opt: p for p in command.params for opt in p.opts}
        assert "--lang" in options and "--debug" in options, name
        if "--format" in options:  # a command with a machine format writes it to -o too
            assert options["-f"] is options["--format"], name
            assert options["-o"] is options["--output"], name
        visible_json = "--json" in options and not options["--json"].hidden
        assert not visible_json, f"cfp {name}: --json is hidden (use --format json)"
    # the ones that had --json keep it, hidden
    for name in ("factors list", "factors search", "factors show", "materials"):
        command = dict(commands(get_command(app)))[name]
        assert any("--json" in p.opts and p.hidden for p in command.params), name


def test_the_deprecated_json_flag_still_works(tmp_path):
    new = cfp("factors", "show", "steel", "--format", "json")
    old = cfp("factors", "show", "steel", "--json", "--lang", "en")
    assert new.returncode == old.returncode == 0
    assert old.stdout == new.stdout and json.loads(new.stdout)["key"] == "steel"
    assert old.stderr.strip() == "• --json is deprecated and will be removed: use --format json."
    ja = cfp("materials", SAMPLE, "--json", "--lang", "ja")
    assert ja.stderr.strip() == ("• --json は非推奨で、今後削除されます。"
                                 "--format json を使ってください。")
    assert ja.stdout == cfp("materials", SAMPLE, "--format", "json").stdout


def test_json_goes_to_o_in_every_command(tmp_path):
    for args in (["factors", "list", "--kind", "transport"], ["factors", "search", "steel"],
                 ["factors", "show", "steel"], ["materials", SAMPLE]):
        stdout = cfp(*args, "--format", "json").stdout
        out = tmp_path / "out.json"
        done = cfp(*args, "-f", "json", "-o", out)
        assert done.returncode == 0 and done.stdout == ""
        assert out.read_text(encoding="utf-8") == stdout
    result = tmp_path / "r.json"
    assert cfp("calc", SAMPLE, "--format", "json", "-o", result).returncode == 0
    diff = cfp("diff", result, result, "--format", "json")
    assert cfp("diff", result, result, "-f", "json", "-o", tmp_path / "d.json").stdout == ""
    assert (tmp_path / "d.json").read_text(encoding="utf-8") == diff.stdout
    # `text`, the former name of the table view, still works
    table = cfp("diff", result, result, "--lang", "en")
    assert table.stdout == cfp("diff", result, result, "--format", "text", "--lang", "en").stdout
    assert "1 products: 0 increased" in table.stdout


def test_a_search_that_matches_nothing_says_so(tmp_path):
    for lang, text in (
            ("en", "• no factor matches 'zzqx' (searched: key, names, aliases, source, "
                   "note). Try a shorter word, or list them all: cfp factors list"),
            ("ja", "• 「zzqx」に一致する排出原単位はありません(検索対象: キー、名称、別名、出典、"
                   "備考)。短い語で検索するか、cfp factors list で一覧を表示してください。")):
        done = cfp("factors", "search", "zzqx", "--lang", lang)
        assert (done.returncode, done.stdout, done.stderr.strip()) == (0, "", text)
    as_json = cfp("factors", "search", "zzqx", "--format", "json", "--kind", "mass",
                  "--lang", "en")
    assert as_json.returncode == 0 and as_json.stdout == "[]\n"
    assert "no factor of kind mass matches 'zzqx'" in as_json.stderr
    found = cfp("factors", "search", "steel", "--lang", "en")
    assert found.returncode == 0 and "steel" in found.stdout and found.stderr == ""


# --- the terminal view: 80 x 40 ------------------------------------------------------------

def _on_terminal(args: list[object], rows: int, columns: int) -> str:
    """`cfp` at a terminal (a pseudo-terminal of rows x columns): what it shows."""
    pty = pytest.importorskip("pty")
    import fcntl
    import re
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "CFP_LANG")}
    env["TERM"] = "xterm-256color"
    process = subprocess.Popen([str(CFP), *map(str, args)], stdin=slave, stdout=slave,
                               stderr=slave, env=env, close_fds=True)
    os.close(slave)
    out = b""
    while select.select([master], [], [], 30)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    os.close(master)
    assert process.wait() == 0
    text = out.decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07", "", text)


@pytest.mark.parametrize(("sample", "lang", "total"), [
    (SAMPLE, "ja", "合計: 15.624 kg-CO2e"), (EN_SAMPLE, "en", "Total: 35.829 kg-CO2e")])
@pytest.mark.parametrize("columns", [80, 60])
def test_the_terminal_view_fits_80_by_40_with_the_total_on_top(sample, lang, total, columns):
    from rich.cells import cell_len

    shown = _on_terminal(["calc", sample, "--lang", lang], 40, columns)
    lines = shown.rstrip("\n").split("\n")
    assert len(lines) <= 39  # and the shell prompt below
    assert lines[0].startswith(total)
    assert max(cell_len(line) for line in lines) <= columns
    # one line per part: each of the top 10 part numbers starts a row, numbers never cut
    rows = [line for line in lines if line.startswith((" PU-", " GM-"))]
    assert len(rows) == 10
    assert "18.542" in shown or "3.409" in shown
    assert ("警告:" if lang == "ja" else "Warnings:") in shown


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "仕入先のCFP(一次データ): 2 行、合計の 88.2%"),
    ("en", "Supplier footprints (primary data): 2 line(s), 88.2% of the total")])
def test_the_terminal_view_says_what_supplier_footprints_carry(files, lang, line):
    # the `files` BOM: 2 lines bought with footprints carry 7.5 of 8.5 kg = 88.2 %
    from rich.cells import cell_len

    shown = _on_terminal(["calc", files["bought"], "--supplier-pcf", files["pcf"],
                          "--supplier-pcf", files["pcfs"], "--lang", lang], 40, 80)
    lines = shown.rstrip("\n").split("\n")
    assert line in lines
    assert lines[0].startswith("合計: 8.500 kg-CO2e" if lang == "ja" else "Total: 8.500")
    assert len(lines) <= 39 and max(cell_len(t) for t in lines) <= 80


@pytest.mark.parametrize(("args", "header"), [
    (["--lang", "ja"], "ポンプユニット PU-100  (宣言単位: 1 個)  算定ルール: default"),
    (["--lang", "en", "--rules", "pact"], "Rule profile: pact")])
def test_the_terminal_view_names_the_rule_profile(args, header):
    # in the header line (issue 14): no extra line, the 80 x 40 view keeps its room
    from rich.cells import cell_len

    lines = _on_terminal(["calc", SAMPLE, *args], 40, 80).rstrip("\n").split("\n")
    assert lines[1].startswith(header) or lines[1].endswith(header)
    assert len(lines) <= 39 and max(cell_len(t) for t in lines) <= 80


def test_a_profile_file_is_named_with_its_hash(tmp_path):
    import hashlib

    rules = tmp_path / "customer-a.toml"
    rules.write_text('name = "customer-a"\n', encoding="utf-8")
    digest = hashlib.sha256(rules.read_bytes()).hexdigest()[:8]
    done = cfp("calc", SAMPLE, "--rules", rules, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"Rule profile: customer-a sha256:{digest}" in done.stdout.splitlines()[0]


def test_a_narrow_terminal_cuts_text_not_numbers():
    import re

    shown = _on_terminal(["calc", EN_SAMPLE, "--lang", "en"], 40, 50)
    assert "Gear motor" not in shown  # the names are left out below ~60 columns
    assert re.search(r"^ GM-230 +│ 1 +│ +18\.542 │ 51\.8%", shown, re.MULTILINE)
    # the category names wrap, never cut: 'Aluminium alloy (wrought)' and 'Aluminium
    # casting / die casting' were both 'Aluminiu…'
    assert "Aluminium alloy (wrought)" in shown and "Aluminiu…" not in shown
    assert re.search(r"^ Aluminium casting / die +│ +1\.445 │ +4\.0% \n casting ", shown,
                     re.MULTILINE)


def test_warnings_that_do_not_fit_are_counted():
    # the sample's view takes 33 lines (with the Scope 1/2 line under the stages, two
    # category names wrapped onto a second line and the row of the 2 categories after the
    # sixth) before its 4 warnings (the 計測ログ sheet's log not given: 3 lines at 80
    # columns; estimated energy, no reference period, proxies): in 39 lines, the heading,
    # the first warning and a count of the rest
    shown = _on_terminal(["calc", SAMPLE, "--lang", "ja"], 39, 80)
    lines = shown.rstrip("\n").split("\n")
    assert len(lines) == 38
    assert lines[-5] == "警告:"
    assert lines[-4].startswith("  • 「計測ログ」シートにロガーのファイルが対応付けられていますが")
    assert lines[-1] == "  …ほか警告 3 件(すべて表示するには: cfp calc ... | less)"


def test_to_a_pipe_nothing_is_cut():
    done = cfp("calc", SAMPLE, "--lang", "ja", env={"COLUMNS": None})
    lines = done.stdout.splitlines()
    assert lines[0].startswith("ポンプユニット PU-100")  # the product first, as before
    assert lines[1].startswith("合計: 15.624 kg-CO2e")
    assert "…" not in done.stdout
    assert "置き換えてください。" in done.stdout  # the last warning in full


# --- typed errors -------------------------------------------------------------------------

def test_errors_carry_a_key_and_render_in_either_language():
    import pickle

    error = UsageError("usage.gwp", value="AR9")
    assert (error.code, error.params) == ("usage.gwp", {"value": "AR9"})
    assert error.message("ja") == "--gwp AR9: AR5 か AR6 を指定してください。"
    assert str(error) == error.message("en") == "--gwp AR9: use AR5 or AR6."
    copy = pickle.loads(pickle.dumps(error))  # e.g. from a batch worker
    assert type(copy) is UsageError and copy.message("ja") == error.message("ja")
    rows = UsageError.of([Message("budgets.value", {"path": "b.csv", "row": r, "value": "x"})
                          for r in (2, 3)])
    assert rows.message("en").splitlines()[1].startswith("b.csv row 3: max_kg_co2e 'x'")
    problems = InputError([Problem("file.not_found", "b.xlsx")])
    assert pickle.loads(pickle.dumps(problems)).message("ja") == \
        "b.xlsx: ファイルが見つかりません。パスを確認してください。"


def test_no_library_call_site_renders_a_usage_error():
    # library code raises keys and parameters; the CLI renders (lca/errors.py)
    import re

    for folder in ("cli", "lca/app", "lca/render/reports.py", "lca/render/html.py"):
        paths = [ROOT / folder] if folder.endswith(".py") else (ROOT / folder).rglob("*.py")
        for path in paths:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"(UsageError|CfpError|ResultReadError)\(\s*tr\(", text), path


def test_an_unknown_cfp_lang_is_said_not_silently_dropped(tmp_path):
    # --lang fr is refused; CFP_LANG=fr fell back to English without a word
    env_run = subprocess.run([str(CFP), "calc", SAMPLE, "--format", "json", "-o",
                              str(tmp_path / "r.json")], capture_output=True, text=True,
                             env={**os.environ, "CFP_LANG": "fr", "LC_ALL": "C", "LANG": "C"})
    assert env_run.returncode == 0
    assert "CFP_LANG=fr is not a language of cfp (en, ja): using en." in env_run.stderr


def test_python_dash_m_runs_the_same_command(tmp_path):
    # `python -m cfp` and, in a checkout, `python -m cli.main` are `cfp` (they did
    # nothing with exit 0: a check of the results that way saw success and no output)
    want = cfp("calc", SAMPLE, "--format", "json", "--timestamp", "2026-01-01T00:00:00Z")
    assert want.returncode == 0 and json.loads(want.stdout)["total_kg_co2e"] > 0
    for module, cwd in (("cfp", tmp_path), ("cli.main", ROOT)):
        done = subprocess.run(
            [sys.executable, "-m", module, "calc", str(SAMPLE), "--format", "json",
             "--timestamp", "2026-01-01T00:00:00Z"],
            capture_output=True, text=True, cwd=cwd, check=False)
        assert (done.returncode, done.stdout) == (0, want.stdout), module
