"""PACT exemptedEmissionsPercent / exemptedEmissionsDescription (review finding F2): the
share is what is actually excluded, item by item in its own stage, never a mass share of
parts that are in the product; an exclusion that cannot be estimated is named and left
out of the percent (a lower bound, said so). Through the CLI; numbers worked out by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from builders import write_book

CFP = Path(sys.executable).parent / "cfp"  # the console script of this environment

#: matA 2.0 kg-CO2e/kg, lorry 0.1 kg-CO2e/t-km, B-1 1.0 kg-CO2e per piece
FACTORS = [["キー", "単位", "排出原単位", "出典"], ["matA", "kg", 2.0, "test"],
           ["lorry", "t-km", 0.1, "test"], ["B-1", "個", 1.0, "own"]]
SETTINGS = [["製品名", "T"], ["会社名", "Test Co"], ["対象期間", "2025"]]


def cfp(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment["CFP_LANG"] = lang
    return subprocess.run([str(CFP), *args], capture_output=True, text=True, env=environment,
                          check=False)


def _book(tmp_path: Path, rows: list[list[object]]) -> Path:
    return write_book(tmp_path / "x.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "仕入先"], *rows],
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "lorry", 100]],
        "排出原単位": FACTORS, "設定": SETTINGS})


def _pact(tmp_path: Path, book: Path, lang: str = "en") -> tuple[dict, str]:
    out = tmp_path / f"out-{lang}"
    run = cfp("calc", str(book), "--report", "pact,html", "--out", str(out), "--lang", lang,
              "--timestamp", "2026-04-01T00:00:00Z", lang=lang)
    assert run.returncode == 0, run.stderr
    report = (out / f"{book.stem}-report.html").read_text("utf-8")
    return json.loads((out / f"{book.stem}-pact.json").read_text("utf-8"))["pcf"], report


def test_transport_only_exclusions_are_not_a_mass_share(tmp_path):
    # P-1: 2 kg of matA (4.0 kg-CO2e) from Z社, not in the supplier sheet: its transport
    # alone is excluded, estimated with the worst route: 2 kg / 1000 x 100 km x 0.1 =
    # 0.02 kg-CO2e. B-1: a piece (1.0 kg-CO2e) with no weight from A社: its transport is
    # excluded and cannot be estimated. Footprint 5.0; share 0.02 / 5.02 = 0.398406 %
    # (the former mass fallback said 2 / (2 + 2) = 50 %).
    book = _book(tmp_path, [["P-1", 1, "matA", 2.0, "Z社"], ["B-1", 1, "B-1", None, "A社"]])
    pcf, report = _pact(tmp_path, book)
    assert pcf["pcfExcludingBiogenicUptake"] == "5"
    assert pcf["exemptedEmissionsPercent"] == "0.398406"
    text = pcf["exemptedEmissionsDescription"]
    assert "P-1 (transport: supplier not in the supplier table): 0.02 kgCO2e estimated" in text
    assert "B-1 (transport: part without a weight (no t-km)): not quantified" in text
    assert "cannot be quantified and are not in the percent" in text and text.endswith("B-1.")
    assert "mass cut-off or no emission factor" not in text
    # the study report's cut-off section says the same
    assert "exemptedEmissionsPercent): 0.398406%." in report
    assert "B-1 (transport: part without a weight (no t-km)): not quantified" in report


def test_the_description_is_in_the_report_language(tmp_path):
    book = _book(tmp_path, [["P-1", 1, "matA", 2.0, "Z社"], ["B-1", 1, "B-1", None, "A社"]])
    pcf, report = _pact(tmp_path, book, "ja")
    assert pcf["exemptedEmissionsPercent"] == "0.398406"
    text = pcf["exemptedEmissionsDescription"]
    assert "P-1(輸送: 仕入先表にない仕入先): 推定 0.02 kgCO2e" in text and "推定不可" in text
    assert "exemptedEmissionsPercent): 0.398406%。" in report


def test_all_estimated_and_materials_exclusions(tmp_path):
    # P-1 as above (0.02 estimated). P-2: 0.1 kg of an unknown grade (no factor) with
    # --allow-missing, no category: its materials are excluded, estimated with the highest
    # per-kg factor of any category in force, the built-in printed circuit board's 24.8655
    # -> 2.48655 kg-CO2e; its transport (A社) stays: 0.1 / 1000 x 100 x 0.1 = 0.001.
    # Footprint 4.0 + 0.001 = 4.001; estimated 2.48655 + 0.02 = 2.50655;
    # share 2.50655 / 6.50755 = 38.5175 %.
    book = _book(tmp_path, [["P-1", 1, "matA", 2.0, "Z社"],
                            ["P-2", 1, "unobtainium", 0.1, "A社"]])
    out = tmp_path / "out"
    run = cfp("calc", str(book), "--report", "pact", "--out", str(out), "--allow-missing",
              "--timestamp", "2026-04-01T00:00:00Z")
    assert run.returncode == 0, run.stderr
    pcf = json.loads((out / "x-pact.json").read_text("utf-8"))["pcf"]
    assert pcf["pcfExcludingBiogenicUptake"] == "4.001"
    assert pcf["exemptedEmissionsPercent"] == "38.5175"
    text = pcf["exemptedEmissionsDescription"]
    assert "P-2 (materials: no emission factor (--allow-missing)): 2.48655 kgCO2e estimated" in text
    assert "cannot be quantified" not in text


def test_nothing_excluded(tmp_path):
    book = _book(tmp_path, [["P-1", 1, "matA", 2.0, "A社"]])
    pcf, _report = _pact(tmp_path, book)
    assert pcf["exemptedEmissionsPercent"] == "0"
    assert pcf["exemptedEmissionsDescription"] == "No parts excluded."
