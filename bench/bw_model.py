"""cfp's inventory as a Brightway 2.5 (bw2calc 3.1) system, for the benchmark and the
agreement test (tests/test_brightway.py). Benchmark-only: needs the `bench` extra.

One activity per distinct factor (it produces 1 unit and emits `factor` kg-CO2e of one
biosphere flow, characterised by 1) and one product activity that consumes each
inventory line's amount of its factor's activity: the product's score is
sum(amount x factor), the cfp total. With `model` (an `uncertainty.Model`) the
exchanges carry cfp's distributions (stats_arrays): every line's amount its own normal
(independent per exchange, as cfp samples it), every factor one lognormal / normal /
triangular / uniform on its biosphere exchange, shared by every line that uses it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

CO2E = 1_000_000  # the biosphere flow's id
PRODUCT = 1  # the product activity's id; factor k is activity 2 + k
#: stats_arrays ids of cfp's kinds (uncertainty.KINDS: none, lognormal, normal,
#: triangular, uniform)
STATS_ID = {0: 0, 1: 2, 2: 3, 3: 5, 4: 4}


def datapackage(model: Any, use_distributions: bool = False) -> Any:
    import bw_processing as bwp

    n_factor = len(model.keys)
    lines = len(model.amount)
    package = bwp.create_datapackage()
    activities = np.arange(n_factor + 1) + PRODUCT
    rows = np.concatenate([activities, 2 + model.factor_of])
    cols = np.concatenate([activities, np.full(lines, PRODUCT)])
    indices = np.array(list(zip(rows.tolist(), cols.tolist(), strict=True)),
                       dtype=bwp.INDICES_DTYPE)
    data = np.concatenate([np.ones(n_factor + 1), model.amount])
    flip = np.concatenate([np.zeros(n_factor + 1, bool), np.ones(lines, bool)])
    uncertain = np.zeros(len(data), dtype=bwp.UNCERTAINTY_DTYPE)
    uncertain["loc"] = data
    uncertain["scale"] = np.nan
    uncertain["shape"] = uncertain["minimum"] = uncertain["maximum"] = np.nan
    if use_distributions:
        spread = model.amount_sd > 0
        at = n_factor + 1 + np.flatnonzero(spread)
        uncertain["uncertainty_type"][at] = 3  # normal
        uncertain["scale"][at] = model.amount_sd[spread]
    package.add_persistent_vector(
        matrix="technosphere_matrix", indices_array=indices, data_array=data,
        flip_array=flip, distributions_array=uncertain, name="technosphere")
    bio_indices = np.array([(CO2E, 2 + k) for k in range(n_factor)], dtype=bwp.INDICES_DTYPE)
    bio = np.zeros(n_factor, dtype=bwp.UNCERTAINTY_DTYPE)
    bio["loc"] = model.loc
    bio["scale"] = bio["shape"] = bio["minimum"] = bio["maximum"] = np.nan
    if use_distributions:
        for k in range(n_factor):
            kind = int(model.kind[k])
            bio["uncertainty_type"][k] = STATS_ID[kind]
            if kind == 1:
                bio["loc"][k] = math.log(model.loc[k])
                bio["scale"][k] = model.scale[k]
            elif kind == 2:
                bio["scale"][k] = model.scale[k]
            elif kind in (3, 4):
                bio["minimum"][k], bio["maximum"][k] = model.low[k], model.high[k]
    package.add_persistent_vector(
        matrix="biosphere_matrix", indices_array=bio_indices, data_array=model.loc.copy(),
        distributions_array=bio, name="biosphere")
    package.add_persistent_vector(
        matrix="characterization_matrix",
        indices_array=np.array([(CO2E, CO2E)], dtype=bwp.INDICES_DTYPE),
        data_array=np.ones(1), name="characterization")
    return package


def lca(model: Any, use_distributions: bool = False, seed: int | None = None) -> Any:
    """A bw2calc LCA of one product, lci and lcia done (`.score` is the total)."""
    import bw2calc

    result = bw2calc.LCA({PRODUCT: 1}, data_objs=[datapackage(model, use_distributions)],
                         use_distributions=use_distributions, seed_override=seed)
    result.lci()
    result.lcia()
    return result


def monte_carlo(model: Any, iterations: int, seed: int = 14) -> np.ndarray:
    """Brightway's Monte Carlo of the same model: the score of each iteration."""
    result = lca(model, use_distributions=True, seed=seed)
    scores = np.empty(iterations)
    for i in range(iterations):
        next(result)
        scores[i] = result.score
    return scores
