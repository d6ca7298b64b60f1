"""cfp: product carbon footprints (ISO 14067, cradle-to-gate) from BOM workbooks.

The Python API, for notebooks and scripts::

    import cfp

    result = cfp.calculate("bom.xlsx", factors=["idea-export.csv"], gwp="AR6")
    result.total                 # kg-CO2e per declared unit
    result.stages()              # {"materials": ..., "transport": ..., ...}
    result.to_dict("ja")         # the JSON document of `cfp calc --format json`

Works from a source checkout (this folder sits beside `cli/`, `lca/` and `templates/`,
which become `cfp.cli`, `cfp.lca`, `cfp.templates`) and from the installed wheel. Only
this module is imported by `import cfp`; the library loads on the first call.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if not os.path.isdir(os.path.join(os.path.dirname(__file__), "lca")):
    # a checkout: the packages are the repository's top-level folders
    __path__.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

if TYPE_CHECKING:
    from cfp.lca.aggregate.result import Result as Result
    from cfp.lca.errors import InputError as InputError

PathLike = str | os.PathLike[str]

__all__ = ["calculate", "Result", "InputError"]


def calculate(bom: PathLike, *, factors: Sequence[PathLike] = (),
              factor_columns: dict[str, str] | None = None,
              processes: PathLike | None = None, measurements: PathLike | None = None,
              suppliers: PathLike | None = None, settings: PathLike | None = None,
              materials: PathLike | None = None, gwp: str | None = None,
              allow_missing: bool = False, cutoff_pct: float | None = None,
              rules: PathLike | None = None,
              supplier_pcf: Sequence[PathLike] = (), as_of: object = None,
              meter_logs: Sequence[PathLike] = (), scenarios: PathLike | None = None,
              uncertainty: int | None = None, seed: int | None = None,
              sensitivity_pct: float | None = None,
              uncertainty_defaults: PathLike | None = None,
              pact_extensions: Sequence[str] = ()) -> Result:
    """The footprint of the product in the BOM workbook `bom`, as `cfp calc` computes it.

    The keyword arguments are the options of `cfp calc` (`--factors`, `--processes`,
    `--supplier-pcf`, `meter_logs` for `--meter-log`, `scenarios` for `--scenarios`:
    `result.scenarios`...); `as_of` (a datetime) is the
    time supplier footprints' validity is checked against (`--timestamp`; default now).
    `uncertainty=10000` runs the Monte Carlo (`--uncertainty`):
    `result.uncertainty.total.p97_5`, `.to_dict()`...
    `rules` is `--rules`: a built-in profile name (`default`, `pact`) or a TOML file;
    `result.rules` names it, `result.rule_failures` lists the rules not met.
    `pact_extensions=["gxd"]` is `--pact-extension gxd` (the Green x Digital extension in
    the PACT export).
    Bad input raises `cfp.InputError`, whose `.problems` name every cell at fault
    (`.render("ja")` gives them in Japanese)."""
    from pathlib import Path

    from cfp.lca.api import Options
    from cfp.lca.api import calculate as run
    from cfp.lca.read.masters import MasterFiles

    def path(value: PathLike | None) -> Path | None:
        return None if value is None else Path(value)

    options = Options(
        factor_files=[Path(f) for f in factors], factor_columns=factor_columns,
        masters=MasterFiles(settings=path(settings), processes=path(processes),
                            measurements=path(measurements), suppliers=path(suppliers),
                            materials=path(materials)),
        gwp=gwp, allow_missing=allow_missing, cutoff_pct=cutoff_pct,
        rules=None if rules is None else str(rules),
        supplier_pcf=[Path(p) for p in supplier_pcf], as_of=as_of,  # type: ignore[arg-type]
        meter_logs=[Path(p) for p in meter_logs], scenarios=path(scenarios),
        uncertainty=uncertainty, seed=seed, sensitivity_pct=sensitivity_pct,
        uncertainty_defaults=path(uncertainty_defaults),
        pact_extensions=_pact_extensions(pact_extensions))
    if uncertainty is not None:
        from cfp.cli.uncertainty import check_numbers

        check_numbers(uncertainty, seed, sensitivity_pct)
    return run(Path(bom), options)


def _pact_extensions(names: Sequence[str]) -> list[str]:
    """The PACT extensions asked for, checked as `--pact-extension` is (UsageError)."""
    from cfp.cli.calc_core import pact_extensions

    return pact_extensions(",".join(names))


def __getattr__(name: str) -> object:
    if name == "Result":
        from cfp.lca.aggregate.result import Result

        return Result
    if name == "InputError":
        from cfp.lca.errors import InputError

        return InputError
    raise AttributeError(f"module 'cfp' has no attribute {name!r}")
