"""Comparing two sets of results: what changed per product, and which lines moved it.

Both sides are the per-BOM JSON files a batch run writes (`cfp calc boms/ --out DIR`),
matched by file name; two single JSON files can be compared too. A product's change is
explained by its inventory lines grouped by (part number, stage, process): the groups
whose kg-CO2e moved most, with what changed in them (flow, amount, factor).

The inventory in the JSON is either a list of row objects (schema 1) or
{"columns": [...], "rows": [[...]]}; `inventory_rows` reads both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CfpError
from .messages import tr

#: Written by batch runs next to the per-BOM results; never a result itself.
SUMMARY_NAMES = ("_summary.json",)
SUMMARY_SCHEMA = "cfp-batch-summary/"  # the "schema" of a batch summary, any version
#: Changes smaller than this (relative to the old total, at least 1e-9 kg) are float
#: noise from summation order, not a change of the product.
EPSILON = 1e-9


class ResultReadError(CfpError):
    """A result file or folder that cannot be read (exit code 2)."""


@dataclass(frozen=True)
class ResultFile:
    """The parts of one result JSON that comparisons need."""

    name: str
    product: str
    total: float
    stages: dict[str, float]
    data: dict[str, object]


def result_files(folder: Path) -> dict[str, Path]:
    """Per-BOM result files of a folder by file name, sorted, without the summary."""
    return {p.name: p for p in sorted(folder.glob("*.json"))
            if p.name not in SUMMARY_NAMES and not p.name.startswith(".")}


def read_result(path: Path, lang: str = "en") -> ResultFile | None:
    """One result JSON, or None for a batch summary (e.g. `-o DIR/summary.json` of a
    run); `ResultReadError` names the file and what is wrong with it."""
    import orjson

    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ResultReadError(tr("diff.unreadable", lang, path=path, detail=exc)) from exc
    if isinstance(data, dict) and str(data.get("schema", "")).startswith(SUMMARY_SCHEMA):
        return None
    total = data.get("total_kg_co2e") if isinstance(data, dict) else None
    if not isinstance(total, int | float) or isinstance(total, bool):
        raise ResultReadError(tr("diff.unreadable", lang, path=path,
                                 detail="no total_kg_co2e"))
    stages = data.get("stages") if isinstance(data.get("stages"), dict) else {}
    return ResultFile(path.name, str(data.get("product") or path.stem), float(total),
                      {str(k): float(v) for k, v in stages.items()}, data)


def inventory_rows(data: dict[str, object]) -> list[dict[str, object]]:
    """Inventory rows as dicts from either JSON shape (list of rows, or columns + rows)."""
    inventory = data.get("inventory")
    if isinstance(inventory, dict):
        columns = list(inventory.get("columns") or [])
        return [dict(zip(columns, row, strict=False)) for row in inventory.get("rows") or []]
    if isinstance(inventory, list):
        return [row for row in inventory if isinstance(row, dict)]
    return []


@dataclass
class LineChange:
    """One group of inventory lines (part, stage, process) on both sides."""

    part_number: str
    stage: str
    process: str | None
    old_kg: float = 0.0
    new_kg: float = 0.0
    old_amount: float | None = None
    new_amount: float | None = None
    unit: str | None = None
    old_flows: tuple[str, ...] = ()
    new_flows: tuple[str, ...] = ()
    old_factors: tuple[tuple[str, float], ...] = ()
    new_factors: tuple[tuple[str, float], ...] = ()

    @property
    def delta(self) -> float:
        return self.new_kg - self.old_kg


@dataclass
class ProductChange:
    """One product (one result file name) in the baseline and/or the new results."""

    name: str
    product: str
    old_total: float | None
    new_total: float | None
    stage_deltas: dict[str, float] = field(default_factory=dict)
    lines: list[LineChange] = field(default_factory=list)
    over_threshold: bool = False

    @property
    def change_abs(self) -> float | None:
        if self.old_total is None or self.new_total is None:
            return None
        return self.new_total - self.old_total

    @property
    def change_pct(self) -> float | None:
        change = self.change_abs
        if change is None or self.old_total == 0:
            return None
        return 100.0 * change / abs(self.old_total)  # type: ignore[arg-type]

    @property
    def status(self) -> str:
        """added, removed, increased, decreased or unchanged."""
        if self.old_total is None:
            return "added"
        if self.new_total is None:
            return "removed"
        change = self.change_abs or 0.0
        if abs(change) <= _noise(self.old_total):
            return "unchanged"
        return "increased" if change > 0 else "decreased"


@dataclass
class DiffReport:
    products: list[ProductChange]
    threshold_abs: float | None
    threshold_pct: float | None

    @property
    def failed(self) -> list[ProductChange]:
        return [p for p in self.products if p.over_threshold]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("increased", "decreased", "unchanged", "added", "removed"), 0)
        for product in self.products:
            counts[product.status] += 1
        return counts


def _noise(old_total: float) -> float:
    return EPSILON * max(1.0, abs(old_total))


def exceeds(old_total: float, new_total: float, threshold_abs: float | None,
            threshold_pct: float | None) -> bool:
    """An increase fails the gate when it exceeds every threshold given (none given: any
    increase beyond float noise). Both given, small products' percentage jumps and big
    products' few-gram drifts are both tolerated."""
    change = new_total - old_total
    if change <= _noise(old_total):
        return False
    if threshold_abs is not None and change <= threshold_abs:
        return False
    if threshold_pct is not None:
        pct = math.inf if old_total == 0 else 100.0 * change / abs(old_total)
        if pct <= threshold_pct:
            return False
    return True


def compare(baseline: Path, results: Path, threshold_abs: float | None = None,
            threshold_pct: float | None = None, top: int = 5,
            lang: str = "en") -> DiffReport:
    """Compare two result folders (or two result files) product by product."""
    old_files, new_files = _collect(baseline, lang), _collect(results, lang)
    if baseline.is_file() and results.is_file():  # two files: one pair, whatever the names
        old_files = {results.name: old_files[baseline.name]}
    products = []
    for name in sorted(set(old_files) | set(new_files)):
        old = read_result(old_files[name], lang) if name in old_files else None
        new = read_result(new_files[name], lang) if name in new_files else None
        if old is None and new is None:  # a summary, not a product
            continue
        products.append(_product_change(name, old, new, threshold_abs, threshold_pct, top))
    return DiffReport(products, threshold_abs, threshold_pct)


def _collect(path: Path, lang: str) -> dict[str, Path]:
    if path.is_file():
        return {path.name: path}
    if not path.is_dir():
        raise ResultReadError(tr("diff.not_found", lang, path=path))
    files = result_files(path)
    if not files:
        raise ResultReadError(tr("diff.no_results", lang, path=path))
    return files


def _product_change(name: str, old: ResultFile | None, new: ResultFile | None,
                    threshold_abs: float | None, threshold_pct: float | None,
                    top: int) -> ProductChange:
    change = ProductChange(name, (new or old).product,  # type: ignore[union-attr]
                           old.total if old else None, new.total if new else None)
    if old is None or new is None or change.status == "unchanged":
        return change
    change.over_threshold = exceeds(old.total, new.total, threshold_abs, threshold_pct)
    stages = sorted(set(old.stages) | set(new.stages), key=_stage_order(old, new))
    change.stage_deltas = {s: new.stages.get(s, 0.0) - old.stages.get(s, 0.0) for s in stages}
    change.lines = moved_lines(old.data, new.data, top)
    return change


def _stage_order(old: ResultFile, new: ResultFile):  # noqa: ANN202 - a sort key
    order = list(dict.fromkeys([*old.stages, *new.stages]))
    return order.index


def moved_lines(old: dict[str, object], new: dict[str, object],
                top: int = 5) -> list[LineChange]:
    """The `top` line groups whose kg-CO2e changed most (by absolute change)."""
    groups: dict[tuple[str, str, str | None], LineChange] = {}
    for side, data in (("old", old), ("new", new)):
        for row in inventory_rows(data):
            key = (str(row.get("part_number")), str(row.get("stage")),
                   _text(row.get("process")))
            line = groups.get(key) or groups.setdefault(key, LineChange(*key))
            _add_row(line, side, row)
    moved = [g for g in groups.values() if abs(g.delta) > _noise(abs(g.old_kg))]
    moved.sort(key=lambda g: (-abs(g.delta), g.part_number, g.stage, g.process or ""))
    return moved[:top]


def _add_row(line: LineChange, side: str, row: dict[str, object]) -> None:
    kg = _number(row.get("kg_co2e")) or 0.0
    amount = _number(row.get("amount"))
    flow = _text(row.get("flow"))
    factor_key, factor = _text(row.get("factor_key")), _number(row.get("factor"))
    setattr(line, f"{side}_kg", getattr(line, f"{side}_kg") + kg)
    if amount is not None:
        setattr(line, f"{side}_amount", (getattr(line, f"{side}_amount") or 0.0) + amount)
    line.unit = line.unit or _text(row.get("unit"))
    if flow is not None:
        flows = getattr(line, f"{side}_flows")
        if flow not in flows:
            setattr(line, f"{side}_flows", tuple(sorted((*flows, flow))))
    if factor_key is not None and factor is not None:
        factors = getattr(line, f"{side}_factors")
        if (factor_key, factor) not in factors:
            setattr(line, f"{side}_factors", tuple(sorted((*factors, (factor_key, factor)))))


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
        return float(value)
    return None


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def report_dict(report: DiffReport) -> dict[str, object]:
    """The comparison as plain data (`cfp diff --format json`)."""
    return {
        "threshold_abs": report.threshold_abs,
        "threshold_pct": report.threshold_pct,
        "exit_code": report.exit_code,
        "counts": report.counts(),
        "products": [
            {"file": p.name, "product": p.product, "status": p.status,
             "old_kg_co2e": p.old_total, "new_kg_co2e": p.new_total,
             "change_kg_co2e": p.change_abs, "change_pct": p.change_pct,
             "over_threshold": p.over_threshold, "stages": p.stage_deltas,
             "lines": [{"part_number": x.part_number, "stage": x.stage, "process": x.process,
                        "old_kg_co2e": x.old_kg, "new_kg_co2e": x.new_kg,
                        "change_kg_co2e": x.delta, "old_amount": x.old_amount,
                        "new_amount": x.new_amount, "unit": x.unit,
                        "old_flows": list(x.old_flows), "new_flows": list(x.new_flows),
                        "old_factors": dict(x.old_factors), "new_factors": dict(x.new_factors)}
                       for x in p.lines]}
            for p in report.products
        ],
    }


__all__ = ["DiffReport", "LineChange", "ProductChange", "ResultFile", "ResultReadError",
           "compare", "exceeds", "report_dict", "inventory_rows", "moved_lines", "read_result",
           "result_files"]
