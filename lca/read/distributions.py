"""A factor row's own uncertainty (issue 14): the optional columns distribution, gsd, sd,
min and max of a factor table, read and checked (Brightway stats_arrays conventions).

- lognormal: gsd (geometric standard deviation, 1 - GSD_MAX; stats_arrays loc =
  ln(factor), scale = ln(gsd)): the factor is the median. The factor must be > 0.
- normal: sd (>= 0, in the factor's unit, at most the factor): the factor is the mean.
- triangular: 0 <= min <= factor <= max (the factor is the mode).
- uniform: 0 <= min <= factor <= max; min < max.

A gsd above GSD_MAX, an sd above the factor or a min below 0 is refused: each is what a
percentage gives (gsd 10 or sd 10 for "10 %", min -10 and max 10 for "±10 %"), and would
otherwise widen the interval many times over without a word.
- none: no uncertainty (the factor is exact).

A blank distribution with only a gsd means lognormal, with only an sd normal. Every
bad cell is an input error naming it (`factor.dist_*` messages).
"""

from __future__ import annotations

import numpy as np

from ..errors import ProblemLog
from .textnorm import lookup_key, report_not_numbers, to_numbers, to_text

#: header synonyms of the columns (FACTOR_ALIASES in factors.py)
ALIASES: dict[str, list[str]] = {
    "distribution": ["分布", "確率分布", "distribution", "uncertainty type", "Uncertainty"],
    "gsd": ["幾何標準偏差", "gsd", "GSD", "geometric sd", "geometric standard deviation"],
    "sd": ["標準偏差", "sd", "SD", "standard deviation"],
    "min": ["最小値", "最小", "min", "minimum"],
    "max": ["最大値", "最大", "max", "maximum"],
}
#: spellings of the distributions (stats_arrays names and ids, Japanese)
NAMES = {"lognormal": "lognormal", "log-normal": "lognormal", "対数正規": "lognormal",
         "対数正規分布": "lognormal", "2": "lognormal",
         "normal": "normal", "正規": "normal", "正規分布": "normal", "3": "normal",
         "uniform": "uniform", "一様": "uniform", "一様分布": "uniform", "4": "uniform",
         "triangular": "triangular", "三角": "triangular", "三角分布": "triangular",
         "5": "triangular",
         "none": "none", "undefined": "none", "no uncertainty": "none", "なし": "none",
         "0": "none", "1": "none"}
FIELDS = ("distribution", "gsd", "sd", "min", "max")
#: the largest gsd accepted: 5 spans a 95 % interval of factor / 23 - factor x 23; a
#: larger one is a percentage (10 for "10 %"), not a geometric standard deviation
GSD_MAX = 5.0


def read_distributions(table, log: ProblemLog, value: np.ndarray,  # noqa: ANN001 - Table
                       size: list[float | None]) -> list[dict[str, object]]:
    """Per data row of `table`: {distribution, gsd, sd, min, max} in the base unit
    (`value` the factor as given, `size` the unit's size per row), {} when none given."""
    n = len(table.data)
    if not any(f in table.data for f in FIELDS):
        return [{} for _ in range(n)]
    names = to_text(table.data["distribution"]) if "distribution" in table.data \
        else np.full(n, None, dtype=object)
    numbers: dict[str, np.ndarray] = {}
    for name in FIELDS[1:]:
        if name in table.data:
            numbers[name], bad = to_numbers(table.data[name])
            report_not_numbers(log, table, bad, name)
        else:
            numbers[name] = np.full(n, np.nan)
    out: list[dict[str, object]] = []
    for i in range(n):
        out.append(_row(table, log, i, names[i], {k: float(v[i]) for k, v in numbers.items()},
                        float(value[i]), size[i]))
    return out


def _row(table, log: ProblemLog, i: int, name: object,  # noqa: ANN001 - Table
         given: dict[str, float], factor: float, size: float | None) -> dict[str, object]:
    if size is None or factor != factor:
        return {}  # no key, or the unit or the factor is refused already
    has = {k for k, v in given.items() if v == v}
    kind = _kind(table, log, i, name, has)
    if kind is None:
        return {}
    if kind == "lognormal":
        return _lognormal(table, log, i, given, has, factor)
    if kind == "normal":
        return _normal(table, log, i, given, has, factor, size)
    if kind in ("triangular", "uniform"):
        return _bounded(table, log, i, kind, given, has, factor, size)
    return {"distribution": "none"}


def _kind(table, log: ProblemLog, i: int, name: object,  # noqa: ANN001 - Table
          has: set[str]) -> str | None:
    """The distribution of row `i`: its name, else what its given columns imply; None
    when there is none (or it is refused, logged)."""
    if name is not None:
        kind = NAMES.get(lookup_key(str(name)))
        if kind is None:
            log.at(table, i, "distribution", "factor.dist_unknown", names=", ".join(_KINDS))
        return kind
    if not has:
        return None
    if has == {"gsd"}:
        return "lognormal"
    if has == {"sd"}:
        return "normal"
    if not has & {"min", "max"}:  # a gsd and an sd: lognormal or normal?
        log.at(table, i, "gsd", "factor.dist_gsd_and_sd")
        return None
    field = "min" if "min" in has else "max"
    log.at(table, i, field, "factor.dist_needs_name", names=", ".join(_KINDS))
    return None


def _need(table, log: ProblemLog, i: int, kind: str, has: set[str],  # noqa: ANN001 - Table
          field: str) -> bool:
    """Whether the `field` the distribution `kind` needs is given (logged if not)."""
    if field not in has:
        where = field if field in table.data else "distribution"
        log.at(table, i, where, "factor.dist_missing", distribution=kind, column=field)
        return False
    return True


def _lognormal(table, log: ProblemLog, i: int, given: dict[str, float],  # noqa: ANN001 - Table
               has: set[str], factor: float) -> dict[str, object]:
    ok = _need(table, log, i, "lognormal", has, "gsd")
    if ok and given["gsd"] < 1:
        log.at(table, i, "gsd", "factor.dist_gsd", gsd=f"{given['gsd']:g}")
        ok = False
    if ok and given["gsd"] > GSD_MAX:
        log.at(table, i, "gsd", "factor.dist_gsd_large", gsd=f"{given['gsd']:g}",
               most=f"{GSD_MAX:g}")
        ok = False
    if ok and factor <= 0:
        log.at(table, i, "distribution", "factor.dist_lognormal_zero")
        ok = False
    return {"distribution": "lognormal", "gsd": given["gsd"]} if ok else {}


def _normal(table, log: ProblemLog, i: int, given: dict[str, float],  # noqa: ANN001 - Table
            has: set[str], factor: float, size: float) -> dict[str, object]:
    ok = _need(table, log, i, "normal", has, "sd")
    if ok and given["sd"] < 0:
        log.at(table, i, "sd", "factor.dist_sd", sd=f"{given['sd']:g}")
        ok = False
    if ok and 0 < factor < given["sd"]:  # (the factor and sd both in the unit written)
        log.at(table, i, "sd", "factor.dist_sd_large", sd=f"{given['sd']:g}",
               factor=f"{factor:g}", tenth=f"{factor / 10:g}")
        ok = False
    return {"distribution": "normal", "sd": given["sd"] / size} if ok else {}


def _bounded(table, log: ProblemLog, i: int, kind: str,  # noqa: ANN001 - Table
             given: dict[str, float], has: set[str], factor: float,
             size: float) -> dict[str, object]:
    """A triangular or uniform distribution: min <= factor <= max."""
    ok = _need(table, log, i, kind, has, "min") & _need(table, log, i, kind, has, "max")
    if not ok:
        return {}
    low, high = given["min"], given["max"]
    if low > high:
        log.at(table, i, "min", "factor.dist_min_max", low=f"{low:g}", high=f"{high:g}")
        return {}
    if low < 0:  # a factor is >= 0 (factors.py refuses a negative one)
        log.at(table, i, "min", "factor.dist_min_negative", low=f"{low:g}",
               below=f"{factor * 0.9:g}", above=f"{factor * 1.1:g}")
        return {}
    if not low <= factor <= high:
        log.at(table, i, "factor" if "factor" in table.data else "min",
               "factor.dist_outside", factor=f"{factor:g}", low=f"{low:g}",
               high=f"{high:g}")
        return {}
    return {"distribution": kind, "min": low / size, "max": high / size}


_KINDS = ("lognormal", "normal", "triangular", "uniform", "none")
