"""`中国` in a country cell: China to cfp, but also Japan's Chūgoku region (中国地方).

cfp reads `中国` as China (CN), the one country of that name, and warns on every run,
naming each cell, that a Chūgoku site should write JP or JP-31..35; the spellings that
can only mean China (中華人民共和国, 中国本土, China, CN) are not warned about.

The BOMs are those of tests/test_grid_country.py: 2.5 kWh of processing electricity per
piece (a 5 kW lathe, 30 minutes, 使用率 1.0), so the processing stage is 2.5 kWh x the
grid factor: China's built-in 0.55955 gives 1.398875, Japan's 0.423 gives 1.0575.
"""

from __future__ import annotations

import pytest
from test_grid_country import KWH, LATHE, bom, calc, grid_line, result

from cfp.lca.read.country import country_code, names_china_or_chugoku

CN, JP = 0.55955, 0.423


def china_warnings(doc: dict[str, object]) -> list[str]:
    return [w["message"] for w in doc["warnings"]  # type: ignore[attr-defined]
            if w["code"] == "warn.country_china"]


@pytest.mark.parametrize("text, ambiguous", [
    ("中国", True), ("ｃｈｉｎａ", False), ("中 国", True), ("中国本土", False),
    ("中華人民共和国", False), ("CN", False), ("China", False), ("中国地方", False), (None, False),
])
def test_which_spellings_are_ambiguous(text, ambiguous):
    assert names_china_or_chugoku(text) is ambiguous


def test_the_region_itself_is_no_country():
    # 中国地方 is refused like any region (関東); JP-34 (Hiroshima) is Japan
    assert country_code("中国地方") is None and country_code("JP-34") == "JP"


def test_site_in_china_is_read_as_china_and_warned(tmp_path):
    # 2.5 kWh x 0.55955 = 1.398875 kg-CO2e, the warning naming 設定!B2
    doc = result(bom(tmp_path / "s.xlsx", [["地域", "中国"]]))
    assert grid_line(doc)["factor_key"] == "electricity:cn"
    assert doc["stages"]["processing"] == pytest.approx(KWH * CN)  # type: ignore[index]
    (message,) = china_warnings(doc)
    assert "設定!B2" in message and "JP-31" in message and "JP-35" in message
    assert "Chūgoku" in message and "中華人民共和国" in message


def test_the_warning_in_japanese(tmp_path):
    done = calc(bom(tmp_path / "s.xlsx", [["地域", "中国"]]), lang="ja")
    assert done.returncode == 0, done.stderr
    text = "".join(done.stdout.split()) + "".join(done.stderr.split())
    assert "地域の「中国」は中国(中華人民共和国、CN)として読みました" in text
    assert "日本の中国地方のことなら、JPまたは県のコード(JP-31鳥取〜JP-35山口)" in text


@pytest.mark.parametrize("value", ["中華人民共和国", "中国本土", "CN", "China"])
def test_unambiguous_spellings_are_not_warned(tmp_path, value):
    doc = result(bom(tmp_path / "s.xlsx", [["地域", value]]))
    assert doc["stages"]["processing"] == pytest.approx(KWH * CN)  # type: ignore[index]
    assert china_warnings(doc) == []


def test_the_fix_for_a_chugoku_site_gives_japans_grid(tmp_path):
    # JP-34 (Hiroshima): Japan's 0.423 x 2.5 kWh = 1.0575, no warning
    doc = result(bom(tmp_path / "s.xlsx", [["地域", "JP-34"]]))
    assert doc["stages"]["processing"] == pytest.approx(KWH * JP)  # type: ignore[index]
    assert china_warnings(doc) == []


def test_site_warned_even_with_its_own_utility_factor(tmp_path):
    # 電力排出係数 0.5 gives the grid (2.5 x 0.5 = 1.25), but 地域 is still the PACT
    # geography and the rating's country: still warned
    doc = result(bom(tmp_path / "s.xlsx", [["地域", "中国"], ["電力排出係数", 0.5]]))
    assert doc["stages"]["processing"] == pytest.approx(KWH * 0.5)  # type: ignore[index]
    (message,) = china_warnings(doc)
    assert "設定!B2" in message


def test_a_process_in_china_is_warned_naming_its_cell(tmp_path):
    # no site 地域: Japan; the lathe's 国 中国 is read as China: 2.5 x 0.55955
    processes = [[*LATHE[0], "国"], [*LATHE[1], "中国"]]
    doc = result(bom(tmp_path / "p.xlsx", [], processes=processes))
    assert grid_line(doc)["factor_key"] == "electricity:cn"
    assert doc["stages"]["processing"] == pytest.approx(KWH * CN)  # type: ignore[index]
    (message,) = china_warnings(doc)
    assert "工程!D2" in message and "設定" not in message


def test_site_and_process_are_one_warning_naming_both_cells(tmp_path):
    processes = [[*LATHE[0], "国"], [*LATHE[1], "中国"]]
    doc = result(bom(tmp_path / "p.xlsx", [["地域", "中国"]], processes=processes))
    (message,) = china_warnings(doc)
    assert "設定!B2" in message and "工程!D2" in message


def test_your_electricity_factor_said_to_be_in_china_is_named(tmp_path):
    # a Hiroshima site (JP-34) with its utility's factor 0.472 marked 地域 中国: the row
    # is for China to cfp, so it is not used and Japan's built-in 0.423 is (2.5 x 0.423
    # = 1.0575); the warning names the factor, so the user sees why
    factors = [["electricity", "kWh", 0.472, "中国電力", "中国"]]
    doc = result(bom(tmp_path / "f.xlsx", [["地域", "JP-34"]], factors=factors))
    assert doc["stages"]["processing"] == pytest.approx(KWH * JP)  # type: ignore[index]
    (message,) = china_warnings(doc)
    assert "排出原単位" in message
