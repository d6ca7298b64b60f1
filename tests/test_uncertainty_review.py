"""Review of the uncertainty analysis for wrong numbers with exit code 0: a percentage
written where a gsd, sd or min belongs; the sensitivity's utilisation and meter-vs-rating
bases. Notation as tests/test_uncertainty.py."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from builders import SETTINGS, write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError

FACTOR_HEAD = ["キー", "単位", "排出原単位", "出典", "種別", "分布", "幾何標準偏差", "標準偏差",
               "最小値", "最大値"]
BOM = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]]


def book(tmp_path: Path, factors: list[list[object]], bom: list[list[object]] = BOM,
         **sheets: list[list[object]]) -> Path:
    return write_book(tmp_path / "u.xlsx", {"部品表": bom, "排出原単位": [FACTOR_HEAD, *factors],
                                           **sheets})


@pytest.mark.parametrize(("dist", "cell", "en", "ja"), [
    # gsd 10 for "10 %": a 95 % interval of factor / 91 - factor x 91 (e^(1.96 ln 10))
    (["lognormal", 10], "G2", "gsd is a ratio", "幾何標準偏差「10」が 5 を超えています"),
    # sd 10 for "10 %" of a factor of 2.0: the factor would be negative in 42 % of the
    # draws (P(z < -2 / 10)); 10 % of 2 is 0.2
    (["normal", None, 10], "H2", "10 % of 2 is 0.2", "標準偏差「10」が原単位「2」より大きい"),
    # "±10 %" as -10 and 10: uniform on [-10, 10], mean 0 instead of 2.0; ±10 % of 2 is
    # 1.8 - 2.2
    (["uniform", None, None, -10, 10], "I2", "write 1.8 and 2.2", "最小値「-10」が 0 未満"),
    (["triangular", None, None, -10, 10], "I2", "write 1.8 and 2.2", "±10% なら 1.8 と 2.2"),
    # a gsd and an sd with no distribution: which one? (before: "min/max are given
    # without a distribution", naming columns that are blank)
    ([None, 1.2, 0.2], "G2", "Write lognormal (it uses the gsd) or normal",
     "幾何標準偏差と標準偏差の両方"),
])
def test_a_percentage_in_place_of_the_parameter_is_refused(tmp_path, dist, cell, en, ja):
    path = book(tmp_path, [["X1", "kg", 2.0, "t", None, *dist]])
    with pytest.raises(InputError) as error:
        calculate(path, Options(uncertainty=100))
    problem = error.value.problems[0]
    assert (problem.sheet, problem.cell) == ("排出原単位", cell)
    assert en in error.value.render("en")
    assert ja in error.value.render("ja")


@pytest.mark.parametrize("dist", [["lognormal", 5], ["normal", None, 2.0],
                                  ["uniform", None, None, 0, 4]])
def test_the_limits_themselves_are_accepted(tmp_path, dist):
    # gsd 5, sd = the factor, min 0: allowed (wide, but not a percentage's signature)
    path = book(tmp_path, [["X1", "kg", 2.0, "t", None, *dist]])
    assert calculate(path, Options(uncertainty=100)).total == pytest.approx(4.0)


def test_sd_and_bounds_per_t_are_compared_and_converted_in_their_unit(tmp_path):
    # 1910 kg-CO2e/t (1.91 per kg), sd 191 per t (10 %, below the factor 1910: accepted),
    # a second material triangular 1800 - 2100 per t around 1910: per kg 1.8, 1.91, 2.1.
    # 2 kg of each: static 2 x 1.91 x 2 = 7.64. Mean: 2 x 1.91 + 2 x (1.8 + 1.91 + 2.1) / 3
    # = 3.82 + 3.873333 = 7.693333. Var f: normal 0.191^2 = 0.036481; triangular
    # (3.24 + 4.41 + 3.6481 - 3.78 - 3.438 - 4.011) / 18 = 0.0691 / 18 = 0.0038389; with
    # exact amounts Var total = 4 x (0.036481 + 0.0038389) = 0.1612796.
    exact = tmp_path / "exact.toml"
    exact.write_text("[amount_cv]\nmass = 0\n", encoding="utf-8")
    bom = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2], ["P-2", 1, "X2", 2]]
    path = book(tmp_path, [["X1", "kg-CO2e/t", 1910, "t", None, "normal", None, 191],
                           ["X2", "kg-CO2e/t", 1910, "t", None, "triangular", None, None,
                            1800, 2100]], bom)
    result = calculate(path, Options(uncertainty=100, uncertainty_defaults=exact))
    means, variances = result.uncertainty.model.stage_moments()
    assert result.total == pytest.approx(7.64)
    assert means[-1] == pytest.approx(7.693333, rel=1e-6)
    assert variances[-1] == pytest.approx(0.1612796, rel=1e-6)


def test_defaults_file_gsd_as_a_percentage_is_refused(tmp_path):
    path = book(tmp_path, [["X1", "kg", 2.0, "t"]])
    bad = tmp_path / "bad.toml"
    # gsd 30 for "30 %" and cv 1 for "1 %" (100 %) refused; gsd 5 and cv 0.99 accepted
    bad.write_text("[amount_cv]\nmass = 1\nscrap = 0.99\n[factor_gsd]\nsecondary = 30\n"
                   "proxy = 5\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        calculate(path, Options(uncertainty=100, uncertainty_defaults=bad))
    assert [p.cell for p in error.value.problems] == ["amount_cv.mass", "factor_gsd.secondary"]
    assert "from 1 to 5" in error.value.render("en")
    assert "0.01 = 1 %" in error.value.render("en")
    assert "1 から 5 の幾何標準偏差" in error.value.render("ja")
    assert "0 以上 1 未満の変動係数" in error.value.render("ja")


# -- the sensitivity's bases --------------------------------------------------------------

GAS_BOM = [["品番", "個数", "材質", "重量(kg)", "ロット", "熱処理 加工(分)", "熱処理 段取(分)"],
           ["P-1", 2, "SS400", 1.0, 10, 30, 60]]
GAS_PROCESSES = [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
                 ["熱処理", 5, 0.5, "都市ガス13A", 4]]
GAS_FACTORS = [["SS400", "kg", 1.91, "t", None, "none"]]


def _item(result, kind: str) -> dict:
    return next(s for s in result.uncertainty.sensitivity if s["kind"] == kind)


def test_utilisation_scales_the_electricity_not_the_fuel(tmp_path):
    # Electricity: 5 kW x 0.5 x (2 x 0.5 h + 2 x 1 h / 10) = 3 kWh x 0.388 = 1.164; gas:
    # 4 m3/h x (2 x 0.5 h + 2 x 1 h / 10) = 4.8 m3 x 2.09 = 10.032 (no utilisation in it);
    # steel 2 x 1.91 = 3.82: total 15.016. ±10 % utilisation: ±0.1164 (before: ±1.1196,
    # the gas counted as if it scaled with the utilisation).
    path = book(tmp_path, GAS_FACTORS, GAS_BOM, 工程=GAS_PROCESSES, 設定=SETTINGS)
    result = calculate(path, Options(uncertainty=100))
    assert result.total == pytest.approx(15.016)
    item = _item(result, "utilisation")
    assert item["delta"] == pytest.approx(0.1164)
    assert (item["low"], item["high"]) == pytest.approx((15.016 - 0.1164, 15.016 + 0.1164))
    assert item["share_scaled"] == pytest.approx(1.164 / 15.016)


def test_meter_reading_against_rating_is_electricity_only(tmp_path):
    # Metered: 4 kWh for 2 pieces (cycle) and 1.5 m3 gas a piece. Lines: electricity cycle
    # 2 x 2 kWh = 4 x 0.388 = 1.552 (measured), set-up 5 x 1 h / 10 x 0.5 x 2 = 0.5 kWh x
    # 0.388 = 0.194; gas cycle 2 x 1.5 = 3 m3 x 2.09 = 6.27 (measured), set-up 0.8 m3 x
    # 2.09 = 1.672; steel 3.82: total 13.508. The rating's cycle: 2 x 5 kW x 0.5 h x 0.5
    # = 2.5 kWh x 0.388 = 0.97 against the meter's 1.552: 13.508 - 0.582 = 12.926. Before,
    # the gas line was given the same 2.5 "kWh" x 2.09 per m3 = 5.225 as its estimate.
    # Utilisation: only the estimated electricity (the set-up 0.194): ±0.0194.
    meter = [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数",
              "燃料使用量(m3/個)"], ["P-1", "熱処理", 100, 104, 2, 1.5]]
    path = book(tmp_path, GAS_FACTORS, GAS_BOM, 工程=GAS_PROCESSES, 実測=meter,
                設定=SETTINGS)
    result = calculate(path, Options(uncertainty=100))
    assert result.total == pytest.approx(13.508)
    item = _item(result, "energy_basis")
    assert (item["measured_kg"], item["estimated_kg"]) == pytest.approx((1.552, 0.97))
    assert item["estimated"] == pytest.approx(12.926)
    assert item["delta"] == pytest.approx(-0.582)
    assert _item(result, "utilisation")["delta"] == pytest.approx(0.0194)
    assert not math.isnan(item["delta"])


def test_a_metered_fuel_keeps_the_spread_of_its_database_factor(tmp_path):
    # The gas line that comes first is the metered cycle (data type primary: the meter
    # makes the amount primary); the city gas factor 2.09 is still a database factor:
    # secondary, gsd 1.30, not the primary 1.10. Its mean: 2.09 x exp(ln(1.3)^2 / 2) =
    # 2.09 x exp(0.068835 / 2) = 2.09 x 1.035017 = 2.163186 (with gsd 1.1: 2.099504).
    meter = [["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数",
              "燃料使用量(m3/個)"], ["P-1", "熱処理", 100, 104, 2, 1.5]]
    path = book(tmp_path, GAS_FACTORS, GAS_BOM, 工程=GAS_PROCESSES, 実測=meter,
                設定=SETTINGS)
    u = calculate(path, Options(uncertainty=100)).uncertainty
    gas = next(f for f in u.factors if f["factor_key"] == "city_gas_13a")
    assert (gas["basis"], gas["gsd"]) == ("secondary", pytest.approx(1.3))
    mean, _ = u.model.factor_moments()
    assert mean[u.model.keys.index("city_gas_13a")] == pytest.approx(2.163186, rel=1e-6)
