"""The one entry point the CLI calls: `calculate(path, options) -> Result`.

read (workbook, masters, factors) -> map (structure, categories) -> compute (flows per
stage) -> aggregate (`Result`). Every problem found on the way is collected and raised
once as `InputError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .aggregate import quality, rulecheck
from .aggregate.result import DEFAULT_DECLARED_UNIT, Result
from .compute import flows as compute
from .compute import supplier as supplier_flows
from .errors import ProblemLog
from .frame import Frame, isnull, positions
from .read.bom import Bom, read_bom
from .read.factors import FactorRow, FactorTable, load_factors
from .read.masters import MasterFiles, Masters, read_masters
from .read.materials import MaterialMap, load_material_map
from .read.names import METER_LOG_SHEET_NAMES
from .read.workbook import Workbook, find_sheet, open_workbook
from .read.xlsxguard import Limits
from .resolve import checks, supplier
from .resolve.structure import check_named_product, resolve_structure
from .resolve.supplier import supplier_input_files

Progress = Callable[[str], None]


@dataclass(eq=False, repr=False)
class Options:
    """What a calculation may be told besides the BOM file."""

    factor_files: list[Path] = field(default_factory=list)
    factor_columns: dict[str, str] | None = None
    masters: MasterFiles = field(default_factory=MasterFiles)
    gwp: str | None = None  # overrides the Settings sheet; default AR6
    allow_missing: bool = False
    cutoff_pct: float | None = None  # mass cut-off for parts with no factor; else Settings
    progress: Progress | None = None
    prefetched: Any = None  # a prefetch.Prefetch of the BOM, started early by the CLI
    limits: Limits = field(default_factory=Limits)  # bounds on what a file may make cfp read
    #: supplier PACT footprints (files, or folders of *.json): primary data (issue 12)
    supplier_pcf: list[Path] = field(default_factory=list)
    #: the moment supplier footprints' validity is checked against (--timestamp); None: now
    as_of: datetime | None = None
    #: PACT extensions to add to the export: "gxd" (Green x Digital, render/gxd.py)
    pact_extensions: list[str] = field(default_factory=list)
    #: rule profile (issue 14, lca/read/rules.py): a built-in name or a TOML file; else
    #: Settings 算定ルール, else the built-in `default`. `strict`: a broken rule is exit 1
    rules: str | None = None
    strict: bool = False
    #: Monte Carlo (issue 14, lca/compute/uncertainty.py): iterations, seed, sensitivity step (%),
    #: data-quality defaults (a TOML file, an `uncertainty.Defaults`; None: built in)
    uncertainty: int | None = None
    seed: int | None = None
    sensitivity_pct: float | None = None
    uncertainty_defaults: Any = None
    #: power-logger exports (--meter-log, issue 15, lca/read/meterlog.py), mapped to part,
    #: process and time window by the workbook's 計測ログ / Meter logs sheet
    meter_logs: list[Path] = field(default_factory=list)
    #: what-if variants (--scenarios, issue 15, lca/app/scenarios.py): a TOML file or a
    #: workbook with a シナリオ / Scenarios sheet; never change the footprint itself
    scenarios: Path | None = None

    def input_files(self) -> list[Path]:
        """Every file these options make cfp read besides the BOM (no output may be one
        of them: `output.check_outputs`)."""
        masters = [getattr(self.masters, name) for name in vars(self.masters)]
        if self.rules and rulecheck.is_file(self.rules):  # a rule profile file (issue 14)
            masters.append(Path(self.rules))
        return [*self.factor_files, *(p for p in masters if p is not None),
                *supplier_input_files(self.supplier_pcf),
                *([self.uncertainty_defaults] if isinstance(self.uncertainty_defaults, Path)
                  else []), *self.meter_logs,
                *([Path(self.scenarios)] if self.scenarios is not None else [])]


@lru_cache(maxsize=1)
def version() -> str:
    from . import __version__

    return __version__


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def calculate(path: Path, options: Options | None = None) -> Result:
    """Cradle-to-gate footprint of the product in the BOM workbook at `path`."""
    return _calculate(path, options or Options())


@dataclass(eq=False, repr=False)
class Inputs:
    """What `read` and `resolve` give the calculation (and `cfp materials`)."""

    book: Workbook
    masters: Masters
    bom: Bom
    factors: FactorTable
    materials: MaterialMap
    parts: Frame
    gwp: str
    profile: Any = None  # rules.RuleProfile in force (issue 14)
    #: master and factor tables read with rows or columns hidden in Excel (ProblemLog.hidden)
    hidden_tables: list[dict[str, object]] = field(default_factory=list)


def read_inputs(path: Path, options: Options, log: ProblemLog) -> Inputs:
    """Read the workbook, its masters and every factor source; build the structure and
    the categories. Problems go to `log`; a BOM without a usable header raises."""
    book = open_workbook(path, options.prefetched, options.limits)
    masters = read_masters(book, log, options.masters)
    if options.meter_logs or find_sheet(book, METER_LOG_SHEET_NAMES) is not None:
        from .read import meterlog  # issue 15: --meter-log (imported only when used)

        meterlog.add_meter_logs(book, masters, options.meter_logs, log)
    bom = read_bom(book, log, masters.settings.weight_unit)
    profile = rulecheck.profile_for(options.rules, masters.settings.rules, path, log)
    gwp = (options.gwp or masters.settings.gwp or profile.gwp or "AR6").upper()
    factors = load_factors(book, options.factor_files, log, gwp, options.factor_columns)
    materials = load_material_map(masters.materials)
    parts = resolve_structure(bom, log)
    check_named_product(bom, parts, masters.settings.product_id, masters.settings.product_name,
                        log)
    compute.assign_categories(parts, materials)
    inputs = Inputs(book, masters, bom, factors, materials, parts, gwp,
                    hidden_tables=log.hidden)
    inputs.profile = profile
    return inputs


def _calculate(path: Path, options: Options) -> Result:
    say = options.progress or (lambda _msg: None)
    log = ProblemLog(str(path))
    inputs = read_inputs(path, options, log)
    say("read")
    notes = compute.Notes()
    match = supplier.resolve(inputs.bom, inputs.parts, options.supplier_pcf, log, notes,
                             options.as_of)
    _warn_assembly_material(inputs.parts, notes, match)
    _warn_assembly_supplier(inputs.bom, inputs.parts, notes, match)
    _warn_product_rows(inputs.bom, inputs.parts, notes)
    supplier.warn_gwp(match, inputs.gwp, notes.warn)  # an AR5 footprint in an AR6 run
    supplier.warn_figures(inputs.bom, inputs.parts, match, notes.warn)  # likely mistakes
    say("compute")
    cutoff = rulecheck.mass_cutoff(options.cutoff_pct, inputs.masters.settings.cutoff_pct,
                                   inputs.profile)
    inventory = compute_inventory(inputs, options, log, notes, cutoff, match)
    inventory, rules = rulecheck.before_result(inventory, notes, inputs)
    checks.warn_inputs(inputs, inventory, notes)
    _warn_proxies(inventory, notes)
    result = _result(path, inputs, inventory, notes, cutoff)
    result.supplier_pcfs = tuple(match.footprints)
    result.supplier_match = match  # product mass: delivered, not double (issue 12)
    rulecheck.after_result(result, inputs, rules)
    quality.add_ratings(result, options.as_of)  # DQR per line (issue 12, PACT dqi)
    result.pact_extensions = tuple(options.pact_extensions)
    if options.scenarios is not None:  # issue 15: what-if variants, base result unchanged
        from .app import scenarios

        result.scenarios = scenarios.for_options(path, inputs, options, result, cutoff, match)
    if options.uncertainty:  # issue 14: the Monte Carlo, variance ranking, sensitivity
        from .compute import uncertainty

        say("uncertainty")
        result.uncertainty = uncertainty.run(result, inputs, uncertainty.spec_of(options))
    return result


def compute_inventory(inputs: Inputs, options: Options, log: ProblemLog,
                      notes: compute.Notes, cutoff: float | None,
                      match: supplier.SupplierMatch | None = None) -> Frame:
    """Every flow of the product (one row per flow, `compute.FLOW_COLUMNS` and the
    structure), checked for non-finite numbers; problems raise as one `InputError`."""
    masters, bom, factors, parts = inputs.masters, inputs.bom, inputs.factors, inputs.parts
    # absurd magnitudes (1e308 min of set-up) overflow to inf like in any spreadsheet;
    # they are refused below (`checks.non_finite`), without a numpy warning on stderr
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        flows = [
            compute.material_flows(bom, parts, factors, inputs.materials, log, notes,
                                   options.allow_missing, cutoff,
                                   skip=(match.matched | match.covered) if match else None),
            supplier_flows.supplier_flows(bom, parts, match, log) if match else None,
            compute.transport_flows(bom, supplier_flows.transport_parts(parts, match),
                                    masters, factors, log, notes),
            compute.processing_flows(bom, parts, masters, factors, log, notes),
            compute.waste_flows(bom, parts, factors, inputs.materials, log),
        ]
    supplier_flows.refuse_unread_units(bom, parts, match, log)
    log.raise_if_any()
    inventory = Frame.concat([f for f in flows if f is not None], compute.FLOW_COLUMNS)
    supplier_flows.refuse_per_piece_flows(bom, parts, match, inventory, log)  # kg x per piece
    log.raise_if_any()
    if match:  # supplier footprints replace what they cover (compute/supplier.py)
        inventory = supplier_flows.apply(inventory, match)
    supplier_flows.carbon_split(inventory, match, inputs.gwp)  # fossil, biogenic, packaging
    compute.with_structure(inventory, parts)
    checks.non_finite(inventory, bom, log)
    log.raise_if_any()
    return inventory


def _result(path: Path, inputs: Inputs, inventory: Frame, notes: compute.Notes,
            cutoff: float | None) -> Result:
    """The typed result of a calculation: the inventory and what the outputs name."""
    settings = inputs.masters.settings
    product = settings.product_name or _product_from_bom(inputs.parts) or path.stem
    categories = {key: {"ja": row["name_ja"], "en": row["name_en"]}
                  for key, row in inputs.materials.categories.items()}
    return Result(
        product_name=product,
        declared_unit=settings.declared_unit or DEFAULT_DECLARED_UNIT,
        flows=inventory,
        part_rows=inputs.parts,
        warnings=notes.warnings,
        excluded=notes.excluded,
        process_countries=notes.process_countries,
        input_file=path.name,
        input_sha256=sha256_of(path),
        gwp=inputs.gwp,
        settings={k: v for k, v in vars(settings).items()
                  if k not in ("cells", "places") and v is not None},
        cfp_version=version(),
        category_names=categories,
        cutoff_pct=cutoff,
        factor_details=_factor_details(inventory, inputs.factors),
    )


DETAIL_FIELDS = ("name", "name_ja", "licence", "note", "geography", "reference_year", "note_ja",
                 "licence_ja")


def _factor_details(inventory: Frame, factors: FactorTable) -> dict[str, dict[str, object]]:
    """Licence, note... of each factor the inventory uses (a handful of rows)."""
    details: dict[str, dict[str, object]] = {}
    for key in dict.fromkeys(inventory["factor_key"]):
        row = factors.find(key) if key is not None else None
        if row is not None:
            details[str(key)] = factor_detail(row)
    return details


def factor_detail(row: FactorRow) -> dict[str, object]:
    """The `Result.factor_details` entry of a factor row: its names, licence, note..."""
    return {f: _given(row.get(f)) for f in DETAIL_FIELDS}


def _given(value: object) -> object:
    return None if value is None or (isinstance(value, float) and value != value) else value


def _product_from_bom(parts: Frame) -> str | None:
    """A level-0 row is the product itself; its name names the product."""
    top = positions(parts["level"] == 0)
    if len(top) == 1:
        return parts["name"][top[0]] or parts["part_number"][top[0]]
    return None


def _warn_assembly_material(parts: Frame, notes: compute.Notes,
                            match: supplier.SupplierMatch | None = None) -> None:
    """An assembly's material or weight is ignored (its children carry them); not so for
    an assembly bought with a supplier footprint: its weight is what is delivered."""
    has = parts["is_assembly"] & (~isnull(parts["grade"]) | ~np.isnan(parts["raw_kg"]))
    if match:
        has &= ~(match.matched | match.covered)  # inside a footprint: nothing ignored
    # one warning per part number, not per row (a sub-assembly used in two assemblies)
    notes.warn_each("warn.assembly_material",
                    [{"part": part} for part in dict.fromkeys(parts["part_number"][has].tolist())])


def _warn_assembly_supplier(bom: Bom, parts: Frame, notes: compute.Notes,
                            match: supplier.SupplierMatch | None = None) -> None:
    """A supplier on an assembly's row gives no transport: transport is counted per part
    from each part's own supplier, so the parts inside a bought-in assembly would travel
    0 t-km without a word. Warned naming the cell (not guessed: whether the parts came
    from that supplier, and at which weight, is the user's to say). An assembly bought
    with a supplier footprint is one delivered part: its supplier is used."""
    has = parts["is_assembly"] & ~isnull(parts["supplier"])
    if match:
        has &= ~(match.matched | match.covered)
    items = [{"part": parts["part_number"][i], "supplier": parts["supplier"][i],
              "cell": f"{bom.sheet}!{bom.cell(int(parts['row'][i]), 'supplier')}"}
             for i in positions(has).tolist()]
    notes.warn_each("warn.assembly_supplier", list({i["part"]: i for i in items}.values()))


def _warn_product_rows(bom: Bom, parts: Frame, notes: compute.Notes) -> None:
    """Level 0 is the product itself (README); several level-0 rows are read as parts of
    one product, their footprints added: right for levels counted from 0 for the direct
    children, wrong for two products in one sheet. Warned, naming the rows."""
    top = positions(parts["level"] == 0)
    if len(top) > 1 and "level" in bom.columns:
        cells = [bom.cell(int(parts["row"][i]), "level") for i in top[:5].tolist()]
        notes.warn("warn.product_rows", count=len(top), sheet=bom.sheet,
                   cells=", ".join(cells) + (", …" if len(top) > 5 else ""))


def _warn_proxies(inventory: Frame, notes: compute.Notes) -> None:
    proxies = inventory["data_type"] == "proxy"
    if proxies.any():
        keys = tuple(sorted(map(str, set(inventory["factor_key"][proxies].tolist()))))
        # `keys` as the keys; a document lists them by name (`Result.warning_text`)
        notes.warn("warn.proxy_factor", count=int(proxies.sum()), keys=", ".join(keys),
                   factor_keys=keys)


__all__ = ["Options", "calculate", "FactorTable", "Result"]
