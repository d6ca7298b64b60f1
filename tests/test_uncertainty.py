"""Monte Carlo, variance decomposition, sensitivity and advice (issue 14), on BOMs small
enough to work out by hand. Notation: a factor f lognormal with gsd g has sigma = ln g,
E[f] = f0 exp(sigma^2 / 2), Var f = f0^2 exp(sigma^2) (exp(sigma^2) - 1) (stats_arrays:
the factor written is the median); an amount a is normal with sd = cv x a."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from builders import PROCESSES, SETTINGS, write_book

from cfp.lca.aggregate.advice import advice_of
from cfp.lca.api import Options, calculate
from cfp.lca.compute.uncertainty import simulate, stats_of
from cfp.lca.errors import InputError

CFP = str(Path(sys.executable).with_name("cfp"))
FACTOR_HEAD = ["キー", "単位", "排出原単位", "出典", "種別", "分布", "幾何標準偏差", "標準偏差",
               "最小値", "最大値"]


def book(tmp_path: Path, bom: list[list[object]], factors: list[list[object]],
         **sheets: list[list[object]]) -> Path:
    return write_book(tmp_path / "u.xlsx", {"部品表": bom, "排出原単位": [FACTOR_HEAD, *factors],
                                           **sheets})


def no_amount_spread(tmp_path: Path) -> Path:
    path = tmp_path / "exact-amounts.toml"
    path.write_text("[amount_cv]\nmass = 0\ncount = 0\nestimated_energy = 0\n"
                    "measured_energy = 0\n", encoding="utf-8")
    return path


def test_lognormal_mean_matches_exp_mu_plus_half_sigma2(tmp_path):
    # One line: 2 kg x X1, X1 = 3.0 lognormal gsd 1.5 (the median), mass normal 5 %.
    # sigma = ln 1.5 = 0.405465, sigma^2 = 0.164402; E[f] = exp(mu + sigma^2/2) with
    # mu = ln 3: 3 x exp(0.082201) = 3.257022; E[total] = 2 x 3.257022 = 6.514044.
    # Var f = 9 x 1.178688 x 0.178688 = 1.895557; Var total = Var f (a^2 + sd^2) + E[f]^2
    # sd^2 = 1.895557 x 4.01 + 10.608192 x 0.01 = 7.707264 (sd 2.776196).
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]],
                [["X1", "kg", 3.0, "t", None, "lognormal", 1.5]])
    result = calculate(path, Options(uncertainty=200_000, seed=1))
    u = result.uncertainty
    assert result.total == pytest.approx(6.0)  # the static result is the median's
    means, variances = u.model.stage_moments()
    assert means[-1] == pytest.approx(6.514044, rel=1e-6)
    assert variances[-1] == pytest.approx(7.707264, rel=1e-6)
    # standard error of the mean: 2.776 / sqrt(200,000) = 0.0062; 4 SE = 0.025
    assert abs(u.total.mean - 6.514044) < 0.025
    assert u.total.sd == pytest.approx(2.776196, rel=0.02)
    # the median of a lognormal x a symmetric amount is close to the static value
    assert u.total.median == pytest.approx(6.0, rel=0.02)
    assert u.factors[0]["gsd"] == pytest.approx(1.5) and u.factors[0]["basis"] == "given"
    assert u.factors[0]["loc"] == pytest.approx(math.log(3.0))


def test_symmetric_distributions_converge_to_the_static_total(tmp_path):
    # normal (3.0, sd 0.3) x 2 kg = 6; triangular (1, 2, 3) x 1 kg = 2; uniform (4, 6),
    # written 5, x 0.5 kg = 2.5: static 10.5, every input symmetric: the mean is 10.5.
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "N1", 2],
                           ["P-2", 1, "T1", 1], ["P-3", 1, "U1", 0.5]],
                [["N1", "kg", 3.0, "t", None, "normal", None, 0.3],
                 ["T1", "kg", 2.0, "t", None, "triangular", None, None, 1, 3],
                 ["U1", "kg", 5.0, "t", None, "uniform", None, None, 4, 6]])
    result = calculate(path, Options(uncertainty=100_000, seed=3))
    u = result.uncertainty
    assert result.total == pytest.approx(10.5)
    means, variances = u.model.stage_moments()
    assert means[-1] == pytest.approx(10.5)
    # Var = Var f (a^2 + sd^2) + E[f]^2 sd^2 per line: normal 0.09 x (4 + 0.01) + 9 x
    # 0.01 = 0.4509; triangular Var f = (1+9+4-3-2-6)/18 = 1/6: 1/6 x 1.0025 + 4 x 0.0025
    # = 0.177083; uniform Var f = 2^2/12 = 1/3: 1/3 x (0.25 + 0.000625) + 25 x 0.000625
    # = 0.099167: 0.727150 in all
    assert variances[-1] == pytest.approx(0.727150, rel=1e-5)
    se = math.sqrt(0.727150 / 100_000)
    assert abs(u.total.mean - 10.5) < 4 * se
    assert u.total.sd == pytest.approx(math.sqrt(0.727150), rel=0.02)
    samples = simulate(u.model, 20_000, 5)[-1]
    assert samples.min() > 0  # triangular and uniform draws stay inside their range


def test_one_factor_on_two_lines_is_one_draw(tmp_path):
    # X1 = 3.0, normal sd 0.6, used by 2 kg and 1 kg; amounts exact (defaults file):
    # total = 3 kg x f: Var = 9 x 0.36 = 3.24 (sd 1.8). Drawn per line it would be
    # (4 + 1) x 0.36 = 1.8 (sd 1.342).
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2],
                           ["P-2", 1, "X1", 1]],
                [["X1", "kg", 3.0, "t", None, "normal", None, 0.6]])
    result = calculate(path, Options(uncertainty=100_000, seed=2,
                                     uncertainty_defaults=no_amount_spread(tmp_path)))
    u = result.uncertainty
    assert u.model.stage_moments()[1][-1] == pytest.approx(3.24)
    assert u.total.sd == pytest.approx(1.8, rel=0.015)
    # the shared factor's variance, split by amount: 0.36 x 2 x 3 = 2.16 (2/3) and
    # 0.36 x 1 x 3 = 1.08 (1/3)
    shares = {c["part_number"]: c["variance_share"] for c in u.contributors}
    assert shares == pytest.approx({"P-1": 2 / 3, "P-2": 1 / 3})
    assert all(c["amount_share"] == 0 for c in u.contributors)


def test_seed_gives_byte_identical_json(tmp_path):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2],
                           ["P-2", 3, "Y1", 0.4]],
                [["X1", "kg", 3.0, "t", None, "lognormal", 1.2], ["Y1", "kg", 1.5, "t"]])

    def run(*extra: str) -> bytes:
        done = subprocess.run([CFP, "calc", str(path), "--uncertainty", "3000", "--format",
                               "json", *extra], capture_output=True, check=True)
        return done.stdout

    first, second = run("--seed", "7"), run("--seed", "7")
    assert first == second
    assert run("--seed", "8") != first
    default = json.loads(run())["uncertainty"]
    assert default["seed"] == 14 and default["iterations"] == 3000
    assert default["generator"] == "numpy PCG64"
    assert run() == run("--seed", "14")
    doc = json.loads(first)["uncertainty"]
    assert set(doc["total"]) == {"mean", "median", "sd", "p2_5", "p97_5"}
    assert set(doc["stages"]) == {"materials"}
    assert sum(doc["histogram"]["counts"]) == 3000
    # without --uncertainty the JSON has no uncertainty object (goldens unchanged)
    plain = subprocess.run([CFP, "calc", str(path), "--format", "json"], capture_output=True,
                           check=True).stdout
    assert "uncertainty" not in json.loads(plain)


def sensitivity_book(tmp_path: Path) -> Path:
    # P-1: 2 kg X1 (3.0) = 6; 旋盤 60 min, metered 0 -> 50 kWh over 10 pieces = 5 kWh x
    #      0.388 = 1.94 (rated estimate 10 kW x 1 h x 0.7 = 7 kWh = 2.716)
    # P-2: 1 kg X1 = 3; 旋盤 30 min estimated: 10 x 0.5 x 0.7 = 3.5 kWh = 1.358
    # total 6 + 3 + 1.94 + 1.358 = 12.298
    return book(tmp_path, [["品番", "個数", "材質", "重量(kg)", "旋盤"],
                           [None, None, None, None, "加工(分)"],
                           ["P-1", 1, "X1", 2, 60], ["P-2", 1, "X1", 1, 30]],
                [["X1", "kg", 3.0, "t"]], 工程=PROCESSES, 設定=SETTINGS,
                実測=[["品番", "工程", "開始積算電力量(kWh)", "終了積算電力量(kWh)", "加工数"],
                    ["P-1", "旋盤", 0, 50, 10]])


def test_sensitivity_one_at_a_time(tmp_path):
    result = calculate(sensitivity_book(tmp_path), Options(uncertainty=100))
    assert result.total == pytest.approx(12.298)
    items = {(i["kind"], i["name"]): i for i in result.uncertainty.sensitivity}
    # ±10 %: factor X1 scales 9 -> ±0.9; the electricity factor scales 1.94 + 1.358 =
    # 3.298 -> ±0.3298; utilisation of 旋盤 scales only the estimated 1.358 -> ±0.1358
    assert items[("factor", "X1")]["low"] == pytest.approx(11.398)
    assert items[("factor", "X1")]["high"] == pytest.approx(13.198)
    grid = items[("electricity_factor", "電力排出係数")]
    assert (grid["low"], grid["high"]) == pytest.approx((11.9682, 12.6278))
    util = items[("utilisation", "旋盤")]
    assert (util["low"], util["high"]) == pytest.approx((12.1622, 12.4338))
    # measured and rated estimate both shown: 12.298 with the meter, 12.298 - 1.94 +
    # 2.716 = 13.074 with the estimate
    basis = items[("energy_basis", "旋盤")]
    assert (basis["measured"], basis["estimated"]) == pytest.approx((12.298, 13.074))
    ordered = [i["kind"] for i in result.uncertainty.sensitivity]
    assert ordered[:3] == ["factor", "electricity_factor", "utilisation"]  # by size
    five = calculate(sensitivity_book(tmp_path), Options(uncertainty=100, sensitivity_pct=5))
    x1 = next(i for i in five.uncertainty.sensitivity if i["name"] == "X1")
    assert (x1["low"], x1["high"]) == pytest.approx((11.848, 12.748))


def advice_book(tmp_path: Path) -> Path:
    # P-1: 1 kg x X1 (1.0, proxy: gsd 2.0); P-2: 1 kg x Y1 (1.0, secondary: gsd 1.3) and
    # 旋盤 60 min estimated: 10 kW x 1 h x 0.7 = 7 kWh (sd 30 %) x 0.388 (gsd 1.1).
    return book(tmp_path, [["品番", "個数", "材質", "重量(kg)", "仕入先", "旋盤"],
                           [None, None, None, None, None, "加工(分)"],
                           ["P-1", 1, "X1", 1, "Z社", None], ["P-2", 1, "Y1", 1, "W社", 60]],
                [["X1", "kg", 1.0, "t", "proxy"], ["Y1", "kg", 1.0, "t"]],
                工程=PROCESSES, 設定=SETTINGS)


def test_advice_ranking_by_hand(tmp_path):
    # Var of a line = Var f (a^2 + sd^2) + E[f]^2 sd^2 (one factor per line here):
    #  P-1 X1 gsd 2: Var f = e^0.480453 (e^0.480453 - 1) = 0.997084, E f^2 = 2.613813:
    #       0.997084 x 1.0025 + 1.616729 x 0.0025 = 1.003792
    #  P-2 energy: Var f = 0.150544 x 1.009126 x 0.009126 = 0.0013864, E[f]^2 = 0.151918,
    #       a = 7, sd 2.1: 0.0013864 x 53.41 + 0.151918 x 4.41 = 0.744000
    #  P-2 Y1 gsd 1.3: 0.076338 x 1.0025 + 1.071260 x 0.0025 = 0.079206
    #  total variance 1.826999
    # Made primary: X1 -> gsd 1.1 (0.011754): reduction 0.992038; energy sd 30 % -> 5 %
    # (0.086709): 0.657291; Y1 -> gsd 1.1: 0.067452. Ranking: ask Z社 for P-1, measure
    # P-2 on 旋盤, ask W社 for P-2.
    result = calculate(advice_book(tmp_path), Options(uncertainty=20_000))
    assert result.uncertainty.model.stage_moments()[1][-1] == pytest.approx(1.826999, rel=1e-6)
    advice = advice_of(result)
    kinds = [(a["kind"], a["part_number"]) for a in advice.actions]
    assert kinds == [("ask_supplier", "P-1"), ("measure", "P-2"), ("ask_supplier", "P-2")]
    reductions = [a["variance_reduction_share"] * 1.826999 for a in advice.actions]
    assert reductions == pytest.approx([0.992038, 0.657291, 0.067452], rel=1e-5)
    first = advice.actions[0]
    assert first["supplier"] == "Z社" and first["basis"] == "proxy"
    assert first["proxy_share"] == pytest.approx(1 / (2 + 7 * 0.388))  # 1 / 4.716
    assert first["variance_share"] == pytest.approx(1.003792 / 1.826999, rel=1e-5)
    assert first["narrowing_kg"] > advice.actions[1]["narrowing_kg"] > 0
    assert first["interval_before"] == [advice.total.p2_5, advice.total.p97_5]
    assert advice.proxy_share == pytest.approx(1 / 4.716)


def test_advise_command(tmp_path):
    path = advice_book(tmp_path)
    out = tmp_path / "advice.json"
    done = subprocess.run([CFP, "advise", str(path), "--uncertainty", "5000", "--format",
                           "json", "-o", str(out), "--lang", "en"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["actions"][0]["text"].startswith("Ask Z社 for a PACT footprint of part P-1")
    assert doc["iterations"] == 5000 and doc["seed"] == 14
    ja = subprocess.run([CFP, "advise", str(path), "--lang", "ja", "--uncertainty", "2000",
                         "--format", "json"], capture_output=True, text=True, check=True)
    texts = [a["text"] for a in json.loads(ja.stdout)["actions"]]
    assert "部品「P-2」の「旋盤」の加工電力量を実測する(推定値、分散の 41%)" in texts
    table = subprocess.run([CFP, "advise", str(path), "--lang", "ja", "--uncertainty", "2000"],
                           capture_output=True, text=True)
    assert table.returncode == 0, table.stderr
    assert "95% 区間の縮小" in table.stdout and "Z社" in table.stdout


@pytest.mark.parametrize(("row", "cell", "text"), [
    (["X1", "kg", 3.0, "t", None, "gamma", 1.2], "F2", "unknown distribution"),
    (["X1", "kg", 3.0, "t", None, "lognormal", 0.9], "G2", "below 1"),
    (["X1", "kg", 3.0, "t", None, "triangular", None, None, 4, 2], "I2", "above the maximum"),
    (["X1", "kg", 3.0, "t", None, "uniform", None, None, 4, 6], "C2", "outside its range"),
    (["X1", "kg", 3.0, "t", None, "normal"], "H2", "needs the column sd"),
])
def test_bad_distribution_cells_name_the_cell(tmp_path, row, cell, text):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]], [row])
    with pytest.raises(InputError) as error:
        calculate(path, Options(uncertainty=100))
    problem = error.value.problems[0]
    assert problem.cell == cell and problem.sheet == "排出原単位"
    assert text in error.value.render("en")


def test_defaults_file_is_checked(tmp_path):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]],
                [["X1", "kg", 3.0, "t"]])
    bad = tmp_path / "bad.toml"
    bad.write_text("[amount_cv]\nmass = 2\n[factor_gsd]\nproxy = 0.5\nnope = 1\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as error:
        calculate(path, Options(uncertainty=100, uncertainty_defaults=bad))
    cells = [p.cell for p in error.value.problems]
    assert cells == ["amount_cv.mass", "factor_gsd.proxy", "factor_gsd.nope"]


def test_usage_errors(tmp_path):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]],
                [["X1", "kg", 3.0, "t"]])
    for args in (["--seed", "3"], ["--uncertainty", "1"], ["--uncertainty", "100",
                                                           "--sensitivity", "0"]):
        done = subprocess.run([CFP, "calc", str(path), *args, "--lang", "en"],
                              capture_output=True, text=True)
        assert done.returncode == 2, (args, done.stderr)


def test_stats_of_known_samples():
    # 1..100: mean 50.5, median 50.5, sd (ddof 1) = sqrt(100 x 101 / 12) = 29.011492,
    # percentiles (linear): 2.5 % at position 2.475 -> 3.475; 97.5 % -> 97.525
    s = stats_of(np.arange(1.0, 101.0))
    assert (s.mean, s.median, s.p2_5, s.p97_5) == pytest.approx((50.5, 50.5, 3.475, 97.525))
    assert s.sd == pytest.approx(29.011492, rel=1e-6)


def test_batch_and_terminal_view(tmp_path):
    # the same Monte Carlo per BOM of a batch (same seed: same numbers as one BOM alone)
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "X1", 2]],
                [["X1", "kg", 3.0, "t", None, "lognormal", 1.5]])
    other = tmp_path / "copy.xlsx"
    other.write_bytes(path.read_bytes())
    out = tmp_path / "results"
    done = subprocess.run([CFP, "calc", str(path), str(other), "--uncertainty", "1000",
                           "--out", str(out), "--jobs", "1"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    alone = json.loads(subprocess.run([CFP, "calc", str(path), "--uncertainty", "1000",
                                       "--format", "json"], capture_output=True,
                                      check=True).stdout)["uncertainty"]
    for name in ("u.json", "copy.json"):
        assert json.loads((out / name).read_text(encoding="utf-8"))["uncertainty"] == alone
    view = subprocess.run([CFP, "calc", str(path), "--uncertainty", "1000", "--lang", "en"],
                          capture_output=True, text=True, check=True).stdout
    total = alone["total"]
    assert f"95 % interval: {total['p2_5']:,.3f} – {total['p97_5']:,.3f} kg-CO2e" in view
    assert "Largest contributions to the variance: P-1 X1 100%" in view


def test_supplier_footprints_by_their_dqr():
    # gsd = best + (worst - best) x q, q = (mean rating - low) / (high - low):
    #  v3 ratings 1, 3, 5 on 1-5: q = (3 - 1) / 4 = 0.5 -> 1.05 + 0.35 x 0.5 = 1.225
    #  v2 ratings 3, 3, 3, 3, 3 on 1-3: q = 1 -> 1.40; no DQI: 1.20 (supplier_pcf)
    from types import SimpleNamespace

    from cfp.lca.compute.uncertainty import build_model, supplier_dqr
    from cfp.lca.frame import Frame
    from cfp.lca.read.supplier_pcf import Dqi

    footprints = [
        SimpleNamespace(id="fp-v3", dqi=Dqi(technological=1, geographical=3, temporal=5)),
        SimpleNamespace(id="fp-v2", dqi=Dqi(3, 3, 3, 3, 3, scale=(1.0, 3.0))),
        SimpleNamespace(id="fp-none", dqi=None)]
    dqr = supplier_dqr(footprints)
    assert dqr == pytest.approx({"fp-v3": 0.5, "fp-v2": 1.0})
    flows = Frame({"amount": np.array([1.0, 2.0, 3.0]), "stage": "materials",
                   "unit": "piece", "energy_basis": None,
                   "factor_key": ["fp-v3", "fp-v2", "fp-none"],
                   "factor": np.array([4.0, 5.0, 6.0]), "matched_by": "supplier_pcf",
                   "data_type": "primary"}, 3)
    model = build_model(flows, {}, dqr=dqr)
    assert np.exp(model.scale) == pytest.approx([1.225, 1.40, 1.20])
    assert model.basis == ["supplier_pcf"] * 3
    assert (model.amount_sd == 0).all()  # pieces are counted


def test_percentiles_are_numpys_to_the_bit():
    # the summary statistics use one sort instead of np.percentile (whose first call
    # imports numpy.ma): the same linear interpolation, the same bits
    from cfp.lca.compute.uncertainty import percentiles

    rng = np.random.default_rng(7)
    for shape in [(5, 10000), (10000,), (3, 7), (1, 1), (2, 2), (4, 10001)]:
        samples = rng.lognormal(size=shape) * 1000
        ours = percentiles(samples, [2.5, 50.0, 97.5])
        theirs = np.percentile(samples, [2.5, 50.0, 97.5], axis=-1)
        for a, b in zip(ours, theirs, strict=True):
            assert np.array_equal(np.asarray(a), np.asarray(b))
    # worked: 1..5, 50 % -> index 2 -> 3; 2.5 % -> index 0.1 -> 1.1; 97.5 % -> 4.9 -> 4.9
    low, mid, high = percentiles(np.array([5.0, 1.0, 4.0, 2.0, 3.0]), [2.5, 50.0, 97.5])
    assert (low, mid, high) == (pytest.approx(1.1), 3.0, pytest.approx(4.9))


def _fdlibm_exp(v: float) -> float:
    """fdlibm's exp step by step in Python floats: one IEEE-754 operation at a time, so
    the same bits on every platform (the reference `uncertainty.exp` must equal)."""
    from cfp.lca.compute import uncertainty as u

    if not abs(v) <= u._EXP_FINITE:
        return math.exp(v) if v != v or v < 0 else math.inf
    k = math.trunc(v * u._INV_LN2 + (-0.5 if v < 0 else 0.5))
    hi, lo = v - k * u._LN2_HI, k * u._LN2_LO
    r = hi - lo
    t = r * r
    p1, p2, p3, p4, p5 = u._P
    c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi)
    try:
        return math.ldexp(y, k)
    except OverflowError:
        return math.inf


def test_exp_has_the_same_bits_as_ieee_steps_and_is_within_one_ulp() -> None:
    """The Monte Carlo's lognormal samples use `uncertainty.exp`, not `np.exp` (which takes
    an AVX-512 routine on CPUs that have one: other last digits than elsewhere, so the same
    seed gave other percentiles on another machine). Its numpy steps must give exactly the
    scalar IEEE steps, and stay within 1 ulp of the C library's exp."""
    from cfp.lca.compute.uncertainty import exp

    rng = np.random.default_rng(5)
    x = np.concatenate([rng.standard_normal(40_000) * 0.4, rng.uniform(-60, 60, 40_000),
                        rng.uniform(-745, 709.7, 2_000),
                        [0.0, -0.0, 1e-300, 0.5 * math.log(2), -1.5 * math.log(2), 709.78,
                         -745.1, 710.0, -746.0, math.inf, -math.inf, math.nan]])
    got = exp(x.reshape(2, -1)).ravel()  # any shape, in blocks
    want = np.array([_fdlibm_exp(v) for v in x.tolist()])
    assert np.array_equal(got, want, equal_nan=True)
    libm = np.array([math.exp(v) if v < 709.78 or v != v else math.inf for v in x.tolist()])
    normal = np.isfinite(libm) & (libm > 2.3e-308)
    ulps = np.abs(got[normal].view(np.int64) - libm[normal].view(np.int64))
    assert ulps.max() <= 1
    assert exp(np.array([0.0]))[0] == 1.0 and exp(np.zeros((3, 0))).shape == (3, 0)
    assert np.isnan(exp(np.array([math.nan]))[0]) and exp(np.array([-math.inf]))[0] == 0.0


# -- a factor rescaled into the unit it was given in (fuels: m3, kL, t) -----------------

GAS_BOM = [["品番", "個数", "材質", "重量(kg)", "ロット", "熱処理 加工(分)", "熱処理 段取(分)"],
           ["P-1", 2, "SS400", 1.0, 10, 30, 60]]
GAS_PROCESSES = [["工程", "定格電力(kW)", "使用率", "燃料", "燃料消費量(m3/h)"],
                 ["熱処理", 5, 0.5, "都市ガス13A", 4]]


def gas_book(tmp_path: Path, gas: list[object]) -> Path:
    return book(tmp_path, GAS_BOM, [gas, ["SS400", "kg", 1.91, "t", None, "none"]],
                工程=GAS_PROCESSES, 設定=SETTINGS)


def test_fuel_distribution_given_per_m3_through_the_cli(tmp_path):
    # City gas 2.09 kg-CO2e/m3, uniform 1.9 - 2.3 per m3 (the row is kept per L, its
    # factor and bounds / 1000; the fuel lines show the factor per m3 again, and so must
    # the bounds). Gas: 2 pcs x 0.5 h x 4 m3/h = 4 m3 + 1 h x 4 m3/h / lot 10 x 2 = 0.8 m3:
    # 4.8 m3 x 2.09 = 10.032. Electricity: 5 kW x 0.5 x (2 x 0.5 h + 2 x 1 h / 10) = 3 kWh
    # x 0.388 = 1.164 (lognormal, default gsd 1.1). SS400: 2 kg x 1.91 = 3.82, exact.
    # Static: 15.016. Mean: 3.82 + 4.8 x (1.9 + 2.3) / 2 + 1.164 x exp(ln(1.1)^2 / 2)
    # = 3.82 + 10.08 + 1.169299 = 15.069299 (the amounts' spread leaves the mean alone).
    # Amounts exact: Var = 4.8^2 x 0.4^2 / 12 + 3^2 x 0.388^2 e^s2 (e^s2 - 1) (s2 =
    # ln(1.1)^2 = 0.009084) = 0.3072 + 0.012477 = 0.319677 (sd 0.565400); 20,000 draws:
    # standard error 0.0040. The 95 % interval is ~ 3.82 + 1.16 + 4.8 x [1.91, 2.29] =
    # [14.15, 15.98] (the uniform dominates), around the static total.
    # Per L (the bug), the gas would be 4.8 x [0.0019, 0.0023]: a mean near 5.0.
    path = gas_book(tmp_path, ["city_gas_13a", "kg-CO2e/m3", 2.09, "t", None, "uniform",
                               None, None, 1.9, 2.3])
    done = subprocess.run([CFP, "calc", str(path), "--uncertainty", "20000", "--format",
                           "json", "--uncertainty-defaults", str(no_amount_spread(tmp_path)),
                           "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    u = json.loads(done.stdout)["uncertainty"]
    assert u["static_total_kg_co2e"] == pytest.approx(15.016)
    assert abs(u["total"]["mean"] - 15.069299) < 4 * 0.565400 / math.sqrt(20_000)
    assert u["total"]["sd"] == pytest.approx(0.565400, rel=0.03)
    assert u["total"]["p2_5"] < 15.016 < u["total"]["p97_5"]
    assert u["total"]["p2_5"] == pytest.approx(14.15, abs=0.05)
    assert u["total"]["p97_5"] == pytest.approx(15.98, abs=0.05)
    gas = next(d for d in u["distributions"] if d["factor_key"] == "city_gas_13a")
    assert gas == {"factor_key": "city_gas_13a", "distribution": "uniform", "basis": "given",
                   "factor": pytest.approx(2.09), "min": pytest.approx(1.9),
                   "max": pytest.approx(2.3)}
    # `cfp advise` reruns the same model: the same mean and interval
    done = subprocess.run([CFP, "advise", str(path), "--uncertainty", "20000", "--format",
                           "json", "--uncertainty-defaults", str(no_amount_spread(tmp_path)),
                           "--lang", "en"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    advice = json.loads(done.stdout)
    assert advice["total"]["mean"] == pytest.approx(u["total"]["mean"])
    assert advice["total"]["p2_5"] < 15.016 < advice["total"]["p97_5"]


@pytest.mark.parametrize(("per_m3", "per_l", "shown"), [
    # (row per m3, the same per L, the parameters shown per m3)
    (["uniform", None, None, 1.9, 2.3], ["uniform", None, None, 0.0019, 0.0023],
     {"min": 1.9, "max": 2.3}),
    (["triangular", None, None, 1.9, 2.5], ["triangular", None, None, 0.0019, 0.0025],
     {"min": 1.9, "max": 2.5}),
    (["normal", None, 0.2], ["normal", None, 0.0002], {"sd": 0.2}),
    # a gsd is a ratio: the same per m3 and per L (only the median, the factor, scales)
    (["lognormal", 1.2], ["lognormal", 1.2], {"gsd": 1.2, "loc": math.log(2.09)}),
])
def test_fuel_distribution_is_the_same_per_m3_and_per_l(tmp_path, per_m3, per_l, shown):
    # The same gas, its factor written per m3 (2.09) or per L (0.00209): the fuel lines
    # are in m3 or L, the total's distribution is the same (analytic moments), and each
    # distribution is shown in the unit of its factor.
    moments, tables = [], []
    for name, unit, factor, dist in (("m3", "kg-CO2e/m3", 2.09, per_m3),
                                     ("l", "kg-CO2e/L", 0.00209, per_l)):
        (tmp_path / name).mkdir()
        path = gas_book(tmp_path / name, ["city_gas_13a", unit, factor, "t", None, *dist])
        u = calculate(path, Options(uncertainty=100, seed=1)).uncertainty
        means, variances = u.model.stage_moments()
        moments.append((means[-1], variances[-1]))
        tables.append(next(d for d in u.factors if d["factor_key"] == "city_gas_13a"))
    assert moments[0] == pytest.approx(moments[1], rel=1e-9)
    assert tables[0]["factor"] == pytest.approx(2.09)
    assert tables[1]["factor"] == pytest.approx(0.00209)
    assert {k: tables[0][k] for k in shown} == pytest.approx(shown)


def test_scaled_distribution_parameters():
    # per L -> per m3 (1000 L): bounds and sd x 1000; a lognormal's gsd is scale-free
    # (ln(1000 f) = ln f + ln 1000: the geometric mean, the factor, scales, the
    # geometric sd does not)
    from cfp.lca.compute.uncertainty import scaled_distribution, unit_size

    assert scaled_distribution({"distribution": "uniform", "min": 0.0019, "max": 0.0023},
                               1000) == pytest.approx(
        {"distribution": "uniform", "min": 1.9, "max": 2.3})
    assert scaled_distribution({"distribution": "triangular", "min": 0.0019, "max": 0.0025},
                               1000) == pytest.approx(
        {"distribution": "triangular", "min": 1.9, "max": 2.5})
    assert scaled_distribution({"distribution": "normal", "sd": 0.0002}, 1000) == \
        pytest.approx({"distribution": "normal", "sd": 0.2})
    assert scaled_distribution({"distribution": "lognormal", "gsd": 1.2}, 1000) == \
        {"distribution": "lognormal", "gsd": 1.2}
    assert scaled_distribution({"distribution": "none"}, 1000) == {"distribution": "none"}
    assert (unit_size("m3", "volume"), unit_size("kL", "volume"), unit_size("L", "volume"),
            unit_size("t", "mass"), unit_size("kg", "mass"), unit_size("m3", "mass"),
            unit_size(None, "mass")) == (1000.0, 1000.0, 1.0, 1000.0, 1.0, 1.0, 1.0)


@pytest.mark.parametrize(("settings", "key", "basis", "gsd"), [
    # Settings 電力排出係数 0.388: the site's own utility, gsd 1.10
    (SETTINGS, "電力排出係数", "electricity", 1.10),
    # no Settings factor: the built-in Japanese average (0.423), a country's average grid
    # is not the site's own supply: gsd 1.20
    ([["製品名", "テスト製品"]], "electricity", "electricity_average", 1.20),
    # your own factor keyed `electricity` (your utility's): gsd 1.10, not an average
    ([["製品名", "テスト製品"]], "own", "electricity", 1.10),
])
def test_a_country_average_grid_is_wider_than_the_utility_factor(tmp_path, settings, key,
                                                                  basis, gsd):
    path = book(tmp_path, [["品番", "個数", "材質", "重量(kg)", "旋盤"],
                           [None, None, None, None, "加工(分)"], ["P-1", 1, "X1", 1, 60]],
                [["X1", "kg", 1.0, "t"], *([["electricity", "kWh", 0.5, "my utility"]]
                                           if key == "own" else [])],
                工程=PROCESSES, 設定=settings)
    result = calculate(path, Options(uncertainty=100))
    key = "electricity" if key == "own" else key
    grid = next(f for f in result.uncertainty.factors if f["factor_key"] == key)
    assert (grid["basis"], grid["gsd"]) == (basis, pytest.approx(gsd))
