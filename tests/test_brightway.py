"""cfp's static totals agree with Brightway 2.5 (bw2calc 3.1) on a generated BOM (issue 14).

The Brightway system is built from cfp's own inventory (bench/bw_model.py): one
activity per factor emitting `factor` of one flow, the product consuming each line's
amount of it; Brightway solves the technosphere and characterises the biosphere, so
the agreement checks the inventory's arithmetic (sum of amount x factor per line, the
per-factor grouping the Monte Carlo samples by) against an independent LCA engine.
Skipped when Brightway is not installed (pip install -e .[bench])."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

pytest.importorskip("bw2calc", reason="Brightway (bw2calc) not installed: pip install -e "
                    ".[bench] to check cfp against it")

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import bw_model  # noqa: E402
from bomgen import make_bom  # noqa: E402

from cfp.lca.api import Options, calculate  # noqa: E402


@pytest.mark.parametrize("seed", [0, 3])
def test_static_totals_agree_with_brightway(tmp_path, seed):
    path = tmp_path / "generated.xlsx"
    make_bom(path, 120, seed=seed)  # 120 rows: materials, transport, processing, waste
    result = calculate(path, Options(uncertainty=10))
    model = result.uncertainty.model
    assert len(model.amount) > 200 and len(model.keys) > 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lca = bw_model.lca(model)
    assert lca.score == pytest.approx(result.total, rel=1e-8, abs=0)
    # per stage: the same system restricted to a stage's lines
    for index, stage in enumerate(("materials", "transport", "processing", "waste")):
        at = model.stage_of == index
        part = model.copy()
        part.amount = part.amount * at
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            score = bw_model.lca(part).score
        assert score == pytest.approx(result.stages()[stage], rel=1e-8, abs=1e-12)


def test_monte_carlo_means_agree_with_brightway(tmp_path):
    # the benchmark's model on both sides (every factor lognormal gsd 1.2, every amount
    # normal 5 %): 2,000 iterations each. Each mean is within 4 standard errors of the
    # analytic mean (uncertainty.Model.stage_moments), and they agree within 1 %.
    from bench_uncertainty import DEFAULTS

    path = tmp_path / "generated.xlsx"
    make_bom(path, 60)
    defaults = tmp_path / "bench.toml"
    defaults.write_text(DEFAULTS, encoding="utf-8")
    result = calculate(path, Options(uncertainty=2000, uncertainty_defaults=defaults))
    u = result.uncertainty
    assert all(abs(f["gsd"] - 1.2) < 1e-12 for f in u.factors if "gsd" in f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scores = bw_model.monte_carlo(u.model, 2000, seed=5)
    mean = u.model.stage_moments()[0][-1]
    # lognormal mean: above the static total by about exp(ln(1.2)^2 / 2) - 1 = 1.7 %
    assert mean / result.total - 1 == pytest.approx(0.0168, abs=0.001)
    for sample_mean, sd in ((u.total.mean, u.total.sd), (scores.mean(), scores.std())):
        assert abs(sample_mean - mean) < 4 * sd / 2000 ** 0.5
    assert u.total.mean == pytest.approx(scores.mean(), rel=0.01)
