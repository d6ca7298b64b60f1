"""The catalogue of texts (lca/i18n/): complete in every language, used keys exist.

Every language module has every key, with the same str.format placeholders and no empty
text; the Japanese file is written in Japanese; every key the code and the templates look
up exists; the former catalogues (`messages.CATALOG`, `render.text.LABELS`) still work as
facades and `tests/i18n_fold.py` moves what is left in them into the language files.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import i18n_fold
import pytest
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca import i18n, messages
from cfp.lca.errors import InputError
from cfp.lca.messages import tr
from cfp.lca.render import text

ROOT = Path(__file__).resolve().parents[1]
# importing the facades above merged any entry still written in them
CATALOGUES = i18n.CATALOGUES
REFERENCE = CATALOGUES["en"]
OTHERS = [lang for lang in i18n.LANGS if lang != "en"]

#: Japanese texts allowed to be ASCII only: units, the standard's and GWP's names, which
#: Japanese documents write the same way.
JA_ASCII_ONLY = {
    "label.kg_co2e",  # kg-CO2e
    "h.kg",  # kg-CO2e
    "h.kwh",  # kWh
    "unit.kg_co2e_per",  # kg-CO2e/{unit}
    "sheet.per",  # kg-CO2e / {unit}
    "xl.per_unit",  # kg-CO2e / {unit}
    "v.standard",  # ISO 14067:2018
    "v.gwp",  # IPCC {set} GWP100
    "setting.gwp",  # GWP
}
JAPANESE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def placeholders(text: str) -> set[tuple[str, str, str]]:
    """The {name!conversion:spec} fields of a str.format text."""
    return {(name, conversion or "", spec or "")
            for _, name, spec, conversion in string.Formatter().parse(text) if name is not None}


def test_languages_are_the_modules_present() -> None:
    files = {p.stem for p in (ROOT / "lca" / "i18n").glob("*.py") if p.stem != "__init__"}
    assert set(i18n.LANGS) == files and i18n.LANGS[0] == "en"
    assert {"en", "ja"} <= files
    assert messages.LANGS == i18n.LANGS


@pytest.mark.parametrize("lang", OTHERS)
def test_every_key_in_every_language(lang: str) -> None:
    texts = CATALOGUES[lang]
    assert sorted(set(REFERENCE) - set(texts)) == [], f"missing in {lang}.py"
    assert sorted(set(texts) - set(REFERENCE)) == [], f"in {lang}.py but not in en.py"


@pytest.mark.parametrize("lang", OTHERS)
def test_same_placeholders(lang: str) -> None:
    differ = {key: (sorted(placeholders(en)), sorted(placeholders(CATALOGUES[lang][key])))
              for key, en in REFERENCE.items()
              if key in CATALOGUES[lang] and placeholders(en) != placeholders(
                  CATALOGUES[lang][key])}
    assert differ == {}


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_empty_text(lang: str) -> None:
    assert [key for key, value in CATALOGUES[lang].items()
            if not isinstance(value, str) or not value.strip()] == []


def test_japanese_texts_are_japanese() -> None:
    ascii_only = {key for key, value in CATALOGUES["ja"].items() if not JAPANESE.search(value)}
    assert sorted(ascii_only - JA_ASCII_ONLY) == []
    assert JA_ASCII_ONLY <= set(REFERENCE)  # the allow-list names real keys


def test_language_modules_are_plain_dicts() -> None:
    # one literal dict per file, what a translator edits and i18n_fold.py rewrites; the
    # catalogue is that dict plus the entries still written in the facades
    legacy = {e.key: e.texts for *_, entries in i18n_fold.pending() for e in entries}
    for lang in i18n.LANGS:
        path = ROOT / "lca" / "i18n" / f"{lang}.py"
        node = i18n_fold.dict_node(path.read_text("utf-8"), "TEXTS")
        assert node is not None, path
        position = i18n.LEGACY_ORDER.index(lang) if lang in i18n.LEGACY_ORDER else None
        merged = {k: texts[position] for k, texts in legacy.items() if position is not None}
        assert ast.literal_eval(node) | merged == CATALOGUES[lang]


# ---------------------------------------------------------------- keys used in the code

#: a message key: namespace.name[.more]; file names are not keys
KEY = re.compile(r"[a-z][a-z0-9_]*(\.[A-Za-z0-9_\-]+)+")
FILE_NAME = re.compile(r"\.(csv|py|md|j2|html|css|json|jsonl|xlsx|xlsm|xls|ods|pdf|yaml|yml|txt"
                       r"|png|svg|toml|zip|typ)$")
NAMESPACES = {key.split(".")[0] for key in REFERENCE}
TEMPLATE_CALL = re.compile(r"""\bt\(\s*(['"])([^'"]*)\1\s*(~?)""")


def python_sources() -> list[Path]:
    return [p for folder in ("lca", "cli") for p in sorted((ROOT / folder).rglob("*.py"))
            if "i18n" not in p.relative_to(ROOT).parts]


def lookups(path: Path) -> tuple[set[str], set[str]]:
    """Keys passed literally to `tr(...)`/`t(...)`/`x.t(...)`, and the constant prefixes
    of f-string keys (`t(f"stage.{s}")` -> `stage.`)."""
    keys, prefixes = set(), set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else None)
        if name not in ("tr", "t"):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            keys.add(first.value)
        elif isinstance(first, ast.JoinedStr) and first.values and isinstance(
                first.values[0], ast.Constant):
            prefixes.add(str(first.values[0].value))
    return keys, prefixes


def key_like_literals(path: Path) -> set[str]:
    """String constants shaped like a key of a known namespace: keys handed to
    `log.add`, `Problem`, `warn`... and tables of keys (`INVENTORY_HEADERS`)."""
    return {node.value for node in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and KEY.fullmatch(node.value) and node.value.split(".")[0] in NAMESPACES
            and not FILE_NAME.search(node.value)}


def test_keys_looked_up_in_the_code_exist() -> None:
    missing, unknown_prefixes = [], []
    for path in python_sources():
        keys, prefixes = lookups(path)
        where = path.relative_to(ROOT)
        missing += [f"{where}: {k}" for k in sorted(keys) if k not in REFERENCE]
        unknown_prefixes += [f"{where}: {p}" for p in sorted(prefixes)
                             if not any(k.startswith(p) for k in REFERENCE)]
    assert not missing and not unknown_prefixes, "\n".join(missing + unknown_prefixes)


def test_key_shaped_literals_in_the_code_exist() -> None:
    missing = [f"{path.relative_to(ROOT)}: {key}" for path in python_sources()
               for key in sorted(key_like_literals(path)) if key not in REFERENCE]
    assert not missing, "\n".join(missing)


def test_keys_used_in_the_templates_exist() -> None:
    missing, found = [], 0
    for path in sorted((ROOT / "templates").glob("*.j2")):
        for match in TEMPLATE_CALL.finditer(path.read_text("utf-8")):
            key, is_prefix = match.group(2), match.group(3) == "~"
            found += 1
            ok = any(k.startswith(key) for k in REFERENCE) if is_prefix else key in REFERENCE
            if not ok:
                missing.append(f"{path.name}: {key}{' ~ ...' if is_prefix else ''}")
    assert found > 100 and not missing, "\n".join(missing)


def test_the_scan_finds_keys() -> None:
    # the scanners above must see the usual call shapes, or they prove nothing
    keys, prefixes = lookups(ROOT / "lca" / "render" / "model.py")
    assert "hot.categories" in keys and "stage." in prefixes
    assert "factor.missing_column" in key_like_literals(ROOT / "lca" / "read" / "factors.py")


# ---------------------------------------------------------------- lookup and facades

def test_lookup_fills_parameters_and_has_no_fallback(monkeypatch) -> None:
    assert i18n.tr("calc.written", "ja", path="x.json") == "「x.json」を書き出しました"
    assert i18n.tr("calc.written", "en", path="x.json") == "Written x.json"
    assert i18n.tr("calc.written", "de", path="x") == "Written x"  # a language cfp lacks
    monkeypatch.delitem(CATALOGUES["ja"], "calc.written")
    with pytest.raises(KeyError):
        i18n.tr("calc.written", "ja", path="x")  # never English in a Japanese text


@pytest.mark.parametrize(("env", "lang"), [
    ({"CFP_LANG": "ja", "LANG": "en_US.UTF-8"}, "ja"),
    ({"CFP_LANG": "xx", "LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LC_ALL": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
])
def test_default_lang(monkeypatch, env: dict[str, str], lang: str) -> None:
    for var in ("CFP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.default_lang() == lang


def test_facades_keep_the_old_names_working() -> None:
    assert messages.tr is i18n.tr and text.t is i18n.tr
    assert messages.default_lang is i18n.default_lang
    assert "stage.materials" in messages.CATALOG and "reason.no_factor" in text.LABELS
    assert messages.CATALOG["label.total"] == ("Total", "合計")
    assert text.LABELS["report.title"][1] == CATALOGUES["ja"]["report.title"]


# ---------------------------------------------------------------- i18n_fold.py

def copy_checkout(tmp_path: Path) -> Path:
    for relative in ("lca/i18n/en.py", "lca/i18n/ja.py", "lca/messages.py",
                     "lca/render/text.py"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, tmp_path / relative)
    return tmp_path


def add_entries(path: Path, name: str, lines: list[str]) -> None:
    source = path.read_text("utf-8")
    node = i18n_fold.dict_node(source, name)
    assert node is not None
    rows = source.splitlines()
    rows[node.lineno:node.lineno] = lines  # just after the opening brace
    path.write_text("\n".join(rows) + "\n", "utf-8")


def texts_of(path: Path) -> dict[str, str]:
    node = i18n_fold.dict_node(path.read_text("utf-8"), "TEXTS")
    assert node is not None
    return ast.literal_eval(node)


def test_fold_moves_legacy_entries_into_the_language_files(tmp_path: Path) -> None:
    root = copy_checkout(tmp_path)
    waiting = {e.key for *_, entries in i18n_fold.pending(root) for e in entries}  # others'
    add_entries(root / "lca/messages.py", "CATALOG", [
        "    # --- a new section -------------------------------------------------",
        '    "test.new": ("New {count} texts, long enough to be cut into pieces by the fold '
        'script: one, two, three.", "新しい {count} 件の文章。折り返されるほど長い日本語の文章'
        'です。一、二、三、四、五、六、七、八、九、十。"),',
    ])
    add_entries(root / "lca/render/text.py", "LABELS",  # a one-line and a long text replaced
                ['    "h.total": ("Grand total", "総合計"),',
                 '    "text.goal": ("Goal of {product}.", "{product} の目的。"),'])
    before = {lang: texts_of(root / f"lca/i18n/{lang}.py") for lang in ("en", "ja")}

    assert i18n_fold.main(["--check", "--root", str(root)]) == 1
    assert set(i18n_fold.fold(root)) == waiting | {"h.total", "text.goal", "test.new"}

    en, ja = (texts_of(root / f"lca/i18n/{lang}.py") for lang in ("en", "ja"))
    assert en["test.new"].startswith("New {count} texts") and ja["test.new"].endswith("十。")
    assert en["h.total"] == "Grand total" and ja["h.total"] == "総合計"
    assert en["text.goal"] == "Goal of {product}." and ja["text.goal"] == "{product} の目的。"
    # replaced in place, new ones appended; nothing else touched
    assert list(en)[:len(before["en"])] == list(before["en"]) and set(en) == set(
        before["en"]) | waiting | {"test.new"}
    replaced = waiting | {"h.total", "text.goal"}
    assert {k: v for k, v in en.items() if k in before["en"] and k not in replaced} == {
        k: v for k, v in before["en"].items() if k not in replaced}
    assert "# --- a new section" in (root / "lca/i18n/en.py").read_text("utf-8")
    for relative, name in (("lca/messages.py", "CATALOG"), ("lca/render/text.py", "LABELS")):
        node = i18n_fold.dict_node((root / relative).read_text("utf-8"), name)
        assert node is not None and node.keys == []
    assert i18n_fold.main(["--check", "--root", str(root)]) == 0
    assert i18n_fold.fold(root) == []
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():  # the rewritten files stay within the line length
        lint = subprocess.run([str(ruff), "check", "--no-cache", "--config",
                               str(ROOT / "pyproject.toml"), str(root / "lca" / "i18n")],
                              capture_output=True, text=True)
        assert lint.returncode == 0, lint.stdout


# ---------------------------------------------------------------- data a user reads

def test_factors_show_in_japanese() -> None:
    shown = CliRunner().invoke(app, ["factors", "show", "steel", "--lang", "ja"],
                               env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    out = shown.stdout
    for label in ("キー", "名称", "排出原単位", "出典", "ライセンス", "備考", "内蔵データ"):
        assert label in out, label
    assert "代替: 粗鋼" in out and "proxy: crude steel" not in out  # note_ja
    assert "事実(公表された単一の統計値)" in out  # licence_ja
    assert "cfp 内蔵:" in out and "built-in" not in out  # where it was read
    assert not re.search(r"^\s*(key|name|note|licence|builtin)\s", out, re.M)
    narrow = CliRunner().invoke(app, ["factors", "show", "steel", "--lang", "ja"],
                                env={"COLUMNS": "90"})
    assert "…" not in narrow.stdout  # a note without spaces is folded, never cut


def test_factors_show_in_english_keeps_the_english_note() -> None:
    shown = CliRunner().invoke(app, ["factors", "show", "steel", "--lang", "en"],
                               env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "proxy: crude steel CO2 only" in shown.stdout and "粗鋼" not in shown.stdout
    assert "fact (single published statistic)" in shown.stdout


def test_every_factor_field_has_a_label() -> None:
    # `cfp factors show` labels each field of the record it prints
    from cfp.lca.app.catalog import FACTOR_FIELDS

    assert [f for f in [*FACTOR_FIELDS, "builtin"] if f"factors.field.{f}" not in REFERENCE] == []


def test_doubled_braces_are_one_brace_with_or_without_parameters():
    # serve.no_route has no parameters and a literal {id}: the server said
    # "/3/footprints/{{id}}" to every client
    from cfp.lca.messages import tr

    for lang in ("en", "ja"):
        text = tr("serve.no_route", lang)
        assert "/3/footprints/{id}" in text and "{{" not in text


def test_english_messages_name_english_headers_too() -> None:
    # an English sheet's user was told to fill 個数 or 定格電力(kW) with no word of Qty or
    # Rated power: where an English text names a Japanese header cfp reads, it names one
    # of that header's English spellings nearby too (the longest name matched first)
    from cfp.lca.read import bom, masters, meterlog, utilities

    english: dict[str, set[str]] = {}
    for table in (bom.BOM_ALIASES, masters.PROCESS_ALIASES, masters.MEASUREMENT_ALIASES,
                  masters.SUPPLIER_ALIASES, masters.MATERIAL_ALIASES, masters.SETTING_KEYS,
                  meterlog.MAP_ALIASES, utilities.PROCESS_UTILITY_ALIASES,
                  utilities.MEASUREMENT_UTILITY_ALIASES):
        for spellings in table.values():
            ascii_names = {s.lower() for s in spellings if s.isascii()}
            for name in spellings:
                if not name.isascii() and ascii_names:
                    english.setdefault(name, set()).update(ascii_names)
    names = sorted(english, key=len, reverse=True)
    # a header inside a longer Japanese word (単位 in 排出原単位) is not that header
    pattern = re.compile(r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?:"
                         + "|".join(map(re.escape, names)) + ")")
    missing = []
    for key, message in REFERENCE.items():
        for match in pattern.finditer(message):
            near = message[max(0, match.start() - 40):match.end() + 60].lower()
            if not any(name in near for name in english[match.group()]):
                missing.append(f"{key}: {match.group()}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize(("document", "ja"), [
    ("", "値が必要な位置に値がありません"),
    ("{x", "二重引用符で囲んだキー名が必要です"),
    ('{"a": 1 "b": 2}', "区切りのカンマ(,)がありません"),
    ('"abc', "文字列が閉じられていません"),
    ("1 2", "JSON の後に余分なデータがあります"),
])
def test_a_json_parsers_words_are_translated(tmp_path, document, ja) -> None:
    # `cfp diff` of a file that is not JSON said "(Expecting value)" inside Japanese
    from cfp.lca.app.diff import compare

    (tmp_path / "r.json").write_text(document, encoding="utf-8")
    with pytest.raises(InputError) as info:
        compare(tmp_path / "r.json", tmp_path / "r.json")
    english = json_error_text(document)
    problem = info.value.problems[0]
    assert f"({ja})。" in problem.message("ja") and english not in problem.message("ja")
    assert english in problem.message("en")


def json_error_text(document: str) -> str:
    try:
        json.loads(document)
    except json.JSONDecodeError as exc:
        return exc.msg
    raise AssertionError(document)


def test_zip_and_system_reasons_are_translated(tmp_path) -> None:
    from cfp.lca.details import os_reason, technical
    from cfp.lca.read.workbook import open_workbook

    cases = [(b"not a workbook", "先頭に ZIP の署名がありません", "no zip signature"),
             (b"PK\x03\x04 cut short", "ZIP の終端レコードがありません",
              "zip end record missing (truncated?)")]
    for data, ja, en in cases:
        (tmp_path / "b.xlsx").write_bytes(data)
        with pytest.raises(InputError) as info:
            open_workbook(tmp_path / "b.xlsx")
        problem = info.value.problems[0]
        assert ja in problem.message("ja") and f"({en})" in problem.message("en")
    missing = OSError(2, os.strerror(2), "x")
    assert os_reason(missing).render("ja") == "ファイルまたはフォルダーがありません"
    assert os_reason(missing).render("en") == os.strerror(2)
    own = NotADirectoryError(20, "Not a directory: 'out' is a file")
    assert os_reason(own).render("en") == "Not a directory: 'out' is a file"
    assert os_reason(own).render("ja") == "「Not a directory: 'out' is a file」"
    assert technical("CalamineError").render("ja") == "「CalamineError」"
    assert tr("os.error", "ja", path="p", reason=os_reason(missing)) == \
        "「p」を使えません(ファイルまたはフォルダーがありません)。パスと権限を確認してください。"
