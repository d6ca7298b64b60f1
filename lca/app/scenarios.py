"""What-if scenarios (issue 15): `cfp calc bom.xlsx --scenarios FILE`.

A scenario is a named list of changes to the inputs already read (`api.Inputs`): the
electricity factor, a part's grade, a recycled-content share, a part's supplier, a
supplier's transport mode or distance, a measured kWh in place of an estimate, a
process's utilisation, a part's cycle time. Each variant is computed with the very
functions of the base calculation (`api.compute_inventory`, the rule profile's
boundary, `tables.stage_slices`) from copies of the inputs: the workbook is not read
again and the reported footprint is never changed. Every change is checked first; a
part, grade, process, supplier or factor key that does not exist is an input error
naming the file (or sheet and cell), the scenario and the change, with the closest
match.

Scenarios come from a TOML file::

    [[scenario]]
    name = "再エネ電力メニュー"
    changes = [{change = "electricity", key = "electricity:jp:tepco:renewable"}]

or from a シナリオ / Scenarios sheet of the workbook (one change per row: シナリオ,
変更, 品番, 工程, 仕入先, 値, キー).
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import numpy as np

from ..details import technical
from ..errors import ProblemLog
from ..frame import Frame, Text
from ..read.masters import GRID_MAX_KG_PER_KWH, GRID_RANGE
from ..read.textnorm import lookup_key, nfkc, parse_number

#: a scenario file is a few pages of text; anything larger is refused unread
MAX_BYTES = 1 << 20
#: change kinds and the fields each needs (besides `change`)
KINDS: dict[str, tuple[str, ...]] = {
    "electricity": (),  # value (kg-CO2e/kWh) or key (a per-kWh factor)
    "grade": ("part",),  # value: the new 材質
    "recycled_share": ("part", "key"),  # value 0-1 (or %), key: the recycled material
    "supplier": ("part",),  # value: a 仕入先 of the supplier master
    "mode": ("supplier",),  # value: a transport mode (a factor key)
    "distance": ("supplier",),  # value: km
    "measured_kwh": ("part", "process"),  # value: kWh per piece
    "utilisation": ("process",),  # value: 0-1 (or %)
    "cycle_min": ("part", "process"),  # value: minutes per piece
}
FIELDS = ("change", "part", "process", "supplier", "value", "key")
#: a シナリオ / Scenarios sheet: header spellings of each column
SHEET_NAMES = ("シナリオ", "Scenarios", "Scenario", "What-if")
SHEET_COLUMNS: dict[str, tuple[str, ...]] = {
    "scenario": ("シナリオ", "シナリオ名", "scenario", "name"),
    "change": ("変更", "変更内容", "項目", "change", "kind"),
    "part": ("品番", "部品番号", "part", "part number", "part_number"),
    "process": ("工程", "process"),
    "supplier": ("仕入先", "supplier"),
    "value": ("値", "value", "new value"),
    "key": ("キー", "原単位キー", "key", "factor key"),
}
#: change kinds as a Japanese sheet may write them
KIND_ALIASES = {"電力": "electricity", "電力係数": "electricity", "材質": "grade",
                "再生材比率": "recycled_share", "リサイクル率": "recycled_share",
                "仕入先": "supplier", "輸送手段": "mode", "距離": "distance",
                "実測": "measured_kwh", "実測kwh": "measured_kwh", "使用率": "utilisation",
                "サイクルタイム": "cycle_min", "加工時間": "cycle_min",
                "utilization": "utilisation"}


@dataclass
class Change:
    kind: str
    where: str  # "plan.toml: scenario 'A', change 2" or "bom.xlsx!シナリオ!B3"
    scenario: str
    part: str | None = None
    process: str | None = None
    supplier: str | None = None
    value: Any = None
    key: str | None = None

    def describe(self) -> str:
        """The change in one line of codes (the JSON's `changes`)."""
        target = " ".join(f"{f}={getattr(self, f)}" for f in ("part", "process", "supplier")
                          if getattr(self, f) is not None)
        what = " ".join(str(v) for v in (self.value, self.key) if v is not None)
        return f"{self.kind}{' ' + target if target else ''}: {what}"

    def item(self) -> dict[str, Any]:
        """The change as fields (the JSON's `change_items`; the documents word it in their
        language, render/scenarios_view.py)."""
        return {"change": self.kind, **{f: getattr(self, f) for f in FIELDS[1:]
                                         if getattr(self, f) is not None}}

    def factor_texts(self) -> list[str]:
        """The factor keys (or spellings) the change names: its key, a transport mode."""
        return [str(v) for v in (self.key, self.value if self.kind == "mode" else None)
                if v is not None]


@dataclass
class Scenario:
    name: str
    changes: list[Change] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# reading


def read_scenarios(path: Path | None, book: Any, log: ProblemLog) -> list[Scenario]:
    """The scenarios of a TOML file (`path`), else of the workbook's シナリオ sheet."""
    if path is not None:
        return _from_toml(path, log)
    sheet = _sheet(book)
    return _from_sheet(book, sheet, log) if sheet else []


def has_sheet(book: Any) -> bool:
    return _sheet(book) is not None


def _sheet(book: Any) -> str | None:
    from ..read.workbook import find_sheet

    return find_sheet(book, SHEET_NAMES)


def _from_toml(path: Path, log: ProblemLog) -> list[Scenario]:
    name = path.name
    from ..read.small import read_small, reason

    try:
        data = tomllib.loads(read_small(path, MAX_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        log.add("scenario.unreadable", None, None, str(path), file=name, reason=reason(exc))
        return []
    except tomllib.TOMLDecodeError as exc:
        log.add("scenario.syntax", None, None, str(path), file=name, detail=technical(exc))
        return []
    items = data.get("scenario", data.get("scenarios"))
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) for i in items):
        log.add("scenario.none", None, None, str(path), file=name)
        return []
    out = []
    for n, item in enumerate(items, start=1):
        label = item.get("name")
        if not isinstance(label, str) or not label.strip():
            log.add("scenario.no_name", None, None, None, file=name, where=f"[[scenario]] {n}")
            continue
        scenario = Scenario(label.strip())
        changes = item.get("changes", item.get("change"))
        if not isinstance(changes, list) or not changes:
            log.add("scenario.no_changes", None, None, label, file=name, scenario=label)
            continue
        for k, raw in enumerate(changes, start=1):
            where = f"scenario '{label}', change {k}"
            if not isinstance(raw, dict):
                log.add("scenario.bad_change", None, None, raw, file=name, where=where)
                continue
            change = _change(raw, where, label, log, name)
            if change is not None:
                scenario.changes.append(change)
        out.append(scenario)
    return _unique(out, log, name)


def _from_sheet(book: Any, sheet: str, log: ProblemLog) -> list[Scenario]:
    from ..read.names import header_key
    from ..read.textnorm import cell_ref

    rows = book.rows(sheet)
    wanted = {header_key(s): f for f, names in SHEET_COLUMNS.items() for s in names}
    header_at, columns = None, {}
    for r, row in enumerate(rows[:10]):
        found = {wanted[header_key(str(c))]: i for i, c in enumerate(row)
                 if isinstance(c, str) and header_key(c) in wanted}
        if "scenario" in found and "change" in found:
            header_at, columns = r, found
            break
    file = book.path.name if hasattr(book, "path") else str(getattr(book, "file", ""))
    if header_at is None:
        log.add("scenario.sheet_header", sheet, "A1", None, file=file or None)
        return []
    scenarios: dict[str, Scenario] = {}
    for r in range(header_at + 1, len(rows)):
        row = rows[r]
        cell = {f: (row[i] if i < len(row) else None) for f, i in columns.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cell.values()):
            continue
        label = str(cell["scenario"]).strip() if cell["scenario"] is not None else ""
        where = f"{sheet}!{cell_ref(r, columns['change'])}, scenario '{label}'"
        if not label:
            log.add("scenario.no_name", sheet, cell_ref(r, columns["scenario"]), None,
                    where=where)
            continue
        raw = {f: v for f, v in cell.items() if f != "scenario" and v is not None
               and not (isinstance(v, str) and not v.strip())}
        change = _change(raw, where, label, log, None)  # `where` names sheet and cell
        scenario = scenarios.setdefault(label, Scenario(label))
        if change is not None:
            scenario.changes.append(change)
    return list(scenarios.values())


def _change(raw: dict[str, Any], where: str, scenario: str, log: ProblemLog,
            file: str | None, sheet: str | None = None, cell: str | None = None
            ) -> Change | None:
    for name in raw:
        if name not in FIELDS:
            _unknown(log, "field", name, FIELDS, where, file, sheet, cell)
            return None
    kind = raw.get("change")
    kind_key = KIND_ALIASES.get(lookup_key(str(kind)).replace(" ", ""),
                                lookup_key(str(kind))) if kind is not None else None
    if kind_key not in KINDS:
        _unknown(log, "change", kind, [*KINDS, *KIND_ALIASES], where, file, sheet, cell)
        return None
    text = {f: (nfkc(str(raw[f])).strip() if raw.get(f) is not None else None)
            for f in ("part", "process", "supplier", "key")}
    change = Change(kind_key, where, scenario, value=raw.get("value"), **text)
    need = [f for f in KINDS[kind_key] if getattr(change, f) is None]
    if kind_key == "electricity" and change.value is None and change.key is None:
        need.append("value or key")
    elif kind_key not in ("electricity",) and change.value is None:
        need.append("value")
    if need:
        log.add("scenario.missing", sheet, cell, kind, file=file, where=where, kind=kind_key,
                fields=", ".join(need))
        return None
    return change


def _unique(scenarios: list[Scenario], log: ProblemLog, file: str) -> list[Scenario]:
    seen: set[str] = set()
    for s in scenarios:
        if s.name in seen:
            log.add("scenario.duplicate", None, None, s.name, file=file, scenario=s.name)
        seen.add(s.name)
    return scenarios


def _unknown(log: ProblemLog, what: str, value: object, known: Any, where: str,
             file: str | None = None, sheet: str | None = None, cell: str | None = None
             ) -> None:
    names = [str(k) for k in known if k is not None]
    near = get_close_matches(str(value), names, n=1, cutoff=0.5) if value is not None else []
    if not near and value is not None:  # spelling of case or width
        folded = {lookup_key(n): n for n in names}
        near = [folded[k] for k in get_close_matches(lookup_key(str(value)), list(folded),
                                                     n=1, cutoff=0.5)]
    shown = names if len(names) <= 12 else [*names[:12], "..."]
    params = {"where": where, "what": what, "known": ", ".join(shown)}
    if near:
        log.add("scenario.unknown_near", sheet, cell, value, file=file, near=near[0], **params)
    else:
        log.add("scenario.unknown", sheet, cell, value, file=file, **params)


# ---------------------------------------------------------------------------------------
# applying


def apply(inputs: Any, base: Any, scenario: Scenario, log: ProblemLog) -> Any:
    """A copy of `inputs` with the scenario's changes; problems to `log`."""
    masters = inputs.masters
    state = {
        "settings": dataclasses.replace(masters.settings),
        "processes": _copy(masters.processes), "measurements": _copy(masters.measurements),
        "suppliers": _copy(masters.suppliers), "parts": _copy(inputs.parts),
        "times": _copy(inputs.bom.times),
        "factors": type(inputs.factors)(dict(inputs.factors.records),
                                        dict(inputs.factors.alias)),
    }
    for change in scenario.changes:
        APPLY[change.kind](state, change, inputs, base, log)
    new_masters = dataclasses.replace(masters, settings=state["settings"],
                                      processes=state["processes"],
                                      measurements=state["measurements"],
                                      suppliers=state["suppliers"])
    bom = dataclasses.replace(inputs.bom, times=state["times"])
    variant = dataclasses.replace(inputs, masters=new_masters, bom=bom,
                                  factors=state["factors"], parts=state["parts"])
    variant.profile = inputs.profile
    from ..compute.flows import assign_categories

    assign_categories(variant.parts, variant.materials)
    return variant


def _copy(frame: Frame) -> Frame:
    return frame.take(np.arange(len(frame)))


def _set(frame: Frame, name: str, rows: np.ndarray, value: Any) -> None:
    column = np.array(frame[name], dtype=object if not _numeric(frame, name) else float)
    column[rows] = value
    frame[name] = Text.of(column) if column.dtype == object else column


def _numeric(frame: Frame, name: str) -> bool:
    return np.asarray(frame[name]).dtype.kind in "fiub"


def _part_rows(state: dict, change: Change, log: ProblemLog) -> np.ndarray | None:
    parts = state["parts"]
    numbers = np.asarray(parts["part_number"], dtype=object)
    rows = np.flatnonzero(np.fromiter((lookup_key(str(n)) == lookup_key(change.part)
                                       for n in numbers), dtype=bool, count=len(numbers)))
    if not len(rows):
        _unknown(log, "part", change.part, dict.fromkeys(numbers), change.where)
        return None
    return rows


def _number(change: Change, log: ProblemLog, low: float = 0.0, high: float | None = None,
            expected: str = "number", percent: bool = False) -> float | None:
    value = change.value
    try:  # the cells' parser: '0,5' or '1_000' is no number, '%' only for a share
        parsed = parse_number(value, percent)
    except (TypeError, ValueError):
        parsed = None
    number = float("nan") if parsed is None else parsed
    if not np.isfinite(number) or number < low or (high is not None and number > high):
        code = "scenario.bad_value.share" if expected == "share" else "scenario.bad_value.number"
        log.add(code, None, None, value, where=change.where, kind=change.kind)
        return None
    return number


def _factor_row(state: dict, key: str, change: Change, log: ProblemLog,
                dimension: str) -> dict | None:
    table = state["factors"]
    row = table.find(key)
    if row is None:
        known = [k for k, r in table.records.items() if r.get("dimension") == dimension]
        _unknown(log, "key", key, known, change.where)
        return None
    if row.get("dimension") != dimension:
        code = ("scenario.bad_value.per_kwh" if dimension == "energy"
                else "scenario.bad_value.per_kg")
        log.add(code, None, None, key, where=change.where, kind=change.kind)
        return None
    return row


def _electricity(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    if change.key is not None:
        row = _factor_row(state, change.key, change, log, "energy")
        value = None if row is None else float(row["factor"])
    else:
        value = _number(change, log)
    if value is not None and value > GRID_MAX_KG_PER_KWH:  # 388 meant as g-CO2/kWh
        log.add("scenario.grid_too_high", None, None, change.value, where=change.where,
                factor=f"{value:g}", most=f"{GRID_MAX_KG_PER_KWH:g}")
        return
    if change.key is None and value is not None and 0 < value < GRID_RANGE[0]:
        # 0.000441 as Japan's list of utility factors writes t-CO2/kWh; 0 is a real tariff
        log.add("scenario.grid_too_low", None, None, change.value, where=change.where,
                factor=f"{value:g}", least=f"{GRID_RANGE[0]:g}", kg=f"{value * 1000:g}")
        return
    if value is not None:  # in kg-CO2e/kWh: the factor as written is this one
        state["settings"].electricity_factor = value
        state["settings"].electricity_given = state["settings"].electricity_unit = None


def _grade(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    rows = _part_rows(state, change, log)
    grade = nfkc(str(change.value)).strip()
    materials, factors = inputs.materials, state["factors"]
    if materials.category_of_grade(grade) is None and factors.find(grade) is None:
        _unknown(log, "grade", grade, [g for g in _grade_names(materials)], change.where)
        return
    if rows is not None:
        _set(state["parts"], "grade", rows, grade)
        if "category" in state["parts"]:  # the grade decides, not a 分類 written before
            _set(state["parts"], "category", rows, None)


def _grade_names(materials: Any) -> list[str]:
    from ..read.factors import read_builtin_csv

    return [r["grade"] for r in read_builtin_csv("grades.csv")] + list(materials.grades)


def _recycled(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    """The part's material factor becomes (1 - s) x its base factor + s x the recycled
    material's factor (both per kg): a factor row keyed by the part number."""
    rows = _part_rows(state, change, log)
    share = _number(change, log, 0.0, 1.0, "share", percent=True)
    recycled = _factor_row(state, change.key, change, log, "mass") if change.key else None
    if rows is None or share is None or recycled is None:
        return
    flows = base.flows
    number = state["parts"]["part_number"][rows[0]]
    line = np.flatnonzero((np.asarray(flows["stage"], dtype=object) == "materials")
                          & (np.asarray(flows["part_number"], dtype=object) == number))
    units = np.asarray(flows["factor_unit"], dtype=object)[line] if len(line) else []
    if not len(line) or any(u != "kg" for u in units):
        log.add("scenario.not_per_kg", None, None, change.part, where=change.where,
                part=change.part)
        return
    primary = float(np.asarray(flows["factor"], dtype=float)[line[0]])
    blended = (1 - share) * primary + share * float(recycled["factor"])
    row = dict(recycled)
    canon = lookup_key(str(number))
    # the scenario's row is the user's own (a built-in recycled key's row would otherwise
    # lose to the user's grade or category factor: the change silently without effect)
    row.update({"key": str(number), "canon": canon, "factor": blended, "factor_given": blended,
                "source": f"scenario {change.scenario}", "origin": change.where,
                "builtin": False})
    state["factors"].records[canon] = row
    state["factors"].alias[canon] = canon


def _supplier_switch(state: dict, change: Change, inputs: Any, base: Any,
                     log: ProblemLog) -> None:
    rows = _part_rows(state, change, log)
    at = _supplier_at(state, str(change.value), change, log)
    if rows is not None and at is not None:
        _set(state["parts"], "supplier", rows, state["suppliers"]["supplier"][at])


def _supplier_at(state: dict, name: str, change: Change, log: ProblemLog) -> int | None:
    suppliers = state["suppliers"]
    names = list(np.asarray(suppliers["supplier"], dtype=object)) if len(suppliers) else []
    hit = [i for i, n in enumerate(names) if lookup_key(str(n)) == lookup_key(name)]
    if not hit:
        _unknown(log, "supplier", name, names, change.where)
        return None
    return hit[0]


def _mode(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    at = _supplier_at(state, change.supplier, change, log)
    mode = nfkc(str(change.value)).strip()
    table = state["factors"]
    if table.find(mode) is None and table.lookup(np.array([mode], dtype=object))[0] is None:
        known = [k for k, r in table.records.items() if r.get("dimension") == "transport"]
        _unknown(log, "mode", mode, known, change.where)
        return
    if at is not None:
        _set(state["suppliers"], "mode", np.array([at]), mode)


def _distance(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    at = _supplier_at(state, change.supplier, change, log)
    km = _number(change, log)
    if at is not None and km is not None:
        _set(state["suppliers"], "distance_km", np.array([at]), km)


def _time_rows(state: dict, change: Change, log: ProblemLog) -> np.ndarray | None:
    from ..read.names import name_key

    rows = _part_rows(state, change, log)
    if rows is None:
        return None
    times = state["times"]
    keys = np.array([name_key(p) for p in np.asarray(times["process"], dtype=object)],
                    dtype=object)
    want = name_key(change.process)
    hit = np.flatnonzero(np.isin(np.asarray(times["part"]), rows) & (keys == want))
    if not len(hit):
        names = [p for p, part in zip(np.asarray(times["process"], dtype=object),
                                      np.asarray(times["part"]), strict=True) if part in rows]
        _unknown(log, "process", change.process, dict.fromkeys(names), change.where)
        return None
    return hit


def _measured(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    from ..read.names import name_key

    hit = _time_rows(state, change, log)
    kwh = _number(change, log)
    if hit is None or kwh is None:
        return
    meas = state["measurements"]
    number = state["parts"]["part_number"][state["times"]["part"][hit[0]]]
    key = name_key(change.process)
    pairs = np.flatnonzero((np.asarray(meas["part_number"], dtype=object) == number)
                           & (np.asarray(meas["process_key"], dtype=object) == key)) \
        if len(meas) else np.array([], dtype=int)
    if len(pairs):
        _set(meas, "kwh_per_piece", pairs, kwh)
        return
    row: dict[str, Any] = {}
    for name in meas:
        numeric = _numeric(meas, name) if len(meas) else name in (
            "meter_start_kwh", "meter_end_kwh", "pieces", "kwh_per_piece", "fuel_per_piece")
        row[name] = np.array([np.nan]) if numeric else np.array([None], dtype=object)
    row.update(part_number=np.array([number], dtype=object),
               process=np.array([change.process], dtype=object),
               process_key=np.array([key], dtype=object), kwh_per_piece=np.array([kwh]))
    state["measurements"] = Frame.concat([meas, Frame(row, 1)], list(meas))


def _utilisation(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    from ..read.names import name_key

    procs = state["processes"]
    keys = list(np.asarray(procs["process_key"], dtype=object)) if len(procs) else []
    share = _number(change, log, 0.0, 1.0, "share", percent=True)
    if name_key(change.process) not in keys:
        names = list(np.asarray(procs["process"], dtype=object)) if len(procs) else []
        _unknown(log, "process", change.process, names, change.where)
        return
    if share is not None:
        at = np.array([keys.index(name_key(change.process))])
        _set(procs, "utilisation", at, share)
        _set(procs, "utilisation_given", at, 1.0)


def _cycle(state: dict, change: Change, inputs: Any, base: Any, log: ProblemLog) -> None:
    hit = _time_rows(state, change, log)
    minutes = _number(change, log)
    if hit is not None and minutes is not None:
        _set(state["times"], "cycle_h", hit, minutes / 60)


APPLY = {"electricity": _electricity, "grade": _grade, "recycled_share": _recycled,
         "supplier": _supplier_switch, "mode": _mode, "distance": _distance,
         "measured_kwh": _measured, "utilisation": _utilisation, "cycle_min": _cycle}


# ---------------------------------------------------------------------------------------
# running


def run(scenarios: list[Scenario], inputs: Any, options: Any, result: Any,
        cutoff: float | None, match: Any, file: str | None = None,
        log: ProblemLog | None = None) -> list[dict[str, Any]]:
    """Total, stages and deltas against `result` for each scenario; every change is
    checked first (an `InputError` naming all problems)."""
    if log is None:  # problems name the scenario source
        log = ProblemLog(file or result.input_file)
    variants = [apply(inputs, result, s, log) for s in scenarios]
    log.raise_if_any()
    base_total, base_stages = result.total, result.stages()
    # the machinery itself must give the reported footprint for the unchanged inputs
    check_total, _ = _footprint(inputs, options, cutoff, match, "-", log)
    if abs(check_total - base_total) > 1e-9 * max(1.0, abs(base_total)):
        raise RuntimeError(f"scenario machinery gives {check_total!r} for the unchanged "
                           f"inputs, the calculation {base_total!r}")  # a bug: exit 3
    out = []
    for scenario, variant in zip(scenarios, variants, strict=True):
        total, stages = _footprint(variant, options, cutoff, match, scenario.name, log)
        out.append({
            "name": scenario.name,
            "changes": [c.describe() for c in scenario.changes],
            "change_items": [c.item() for c in scenario.changes],
            "total_kg_co2e": total, "stages": stages,
            "delta_kg_co2e": total - base_total,
            # in per cent, as every `_pct` of the JSON (-25.0 for -25 %, not -0.25)
            "delta_pct": 100.0 * (total - base_total) / base_total if base_total else None,
            "stage_deltas": {k: stages[k] - base_stages[k] for k in stages},
            "warnings": no_effect(scenario, (inputs, variant), options, result,
                                  (total, stages), (cutoff, match), log),
        })
    log.raise_if_any()
    return out


def no_effect(scenario: Scenario, both: tuple[Any, Any], options: Any, result: Any,
              figures: tuple[float, dict[str, float]], how: tuple[Any, Any],
              log: ProblemLog) -> list[dict[str, Any]]:
    """A warning ({code, params}) for each change of `scenario` that changes nothing: the
    scenario without it (from the `inputs` of `both`, the other the scenario's variant)
    has the same total and stages (`figures`); why, where known."""
    inputs, variant = both
    out = []
    for i, change in enumerate(scenario.changes):
        if len(scenario.changes) == 1:
            without = (float(result.total), result.stages())
        else:
            rest = Scenario(scenario.name, scenario.changes[:i] + scenario.changes[i + 1:])
            without = _footprint(apply(inputs, result, rest, log), options, *how,
                                 scenario.name, log)
        if _same(without, figures):
            code = "scenario.no_effect.measured" if _measured_lines(variant, change) \
                else "scenario.no_effect"
            out.append({"code": code, "params": {"scenario": scenario.name,
                                                  "change": change.describe()}})
    return out


def _same(a: tuple[float, dict[str, float]], b: tuple[float, dict[str, float]]) -> bool:
    def close(x: float, y: float) -> bool:
        return abs(x - y) <= 1e-12 * max(1.0, abs(x), abs(y))

    return close(a[0], b[0]) and all(close(a[1].get(k, 0.0), v) for k, v in b[1].items())


def _measured_lines(variant: Any, change: Change) -> bool:
    """Whether a cycle-time or utilisation change is on a part and process whose energy is
    measured in the scenario (a meter reading wins over rated power x time x use)."""
    from ..read.names import name_key

    meas = variant.masters.measurements
    if change.kind not in ("cycle_min", "utilisation") or not len(meas):
        return False
    hit = ~np.isnan(np.asarray(meas["kwh_per_piece"], dtype=float))
    hit &= np.array([name_key(p) == name_key(change.process)
                     for p in np.asarray(meas["process_key"], dtype=object)], dtype=bool)
    if change.part is not None:
        hit &= np.array([lookup_key(str(n)) == lookup_key(change.part)
                         for n in np.asarray(meas["part_number"], dtype=object)], dtype=bool)
    return bool(hit.any())


def document(items: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The JSON `scenarios`: each warning as {code, message} in `lang`."""
    from ..messages import tr

    return [{**s, "warnings": [{"code": w["code"], "message": tr(w["code"], lang, **w["params"])}
                               for w in s.get("warnings", [])]} for s in items]


def _footprint(inputs: Any, options: Any, cutoff: float | None, match: Any, name: str,
               log: ProblemLog) -> tuple[float, dict[str, float]]:
    from ..aggregate import rulecheck, tables
    from ..api import compute_inventory
    from ..compute.flows import Notes
    from ..errors import InputError

    notes = Notes()
    own = ProblemLog(log.file)
    try:
        inventory = compute_inventory(inputs, options, own, notes, cutoff, match)
    except InputError as exc:
        log.add("scenario.failed", None, None, name, scenario=name)
        log.extend(exc.problems[:5])
        return float("nan"), {}
    inventory, _rules = rulecheck.before_result(inventory, notes, inputs)
    kg = np.nan_to_num(inventory["kg_co2e"].astype(float))
    total = float(kg.sum())
    return total, {s.key: s.kg for s in tables.stage_slices(inventory, kg, total)}


def for_options(path: Path, inputs: Any, options: Any, result: Any, cutoff: float | None,
                match: Any) -> list[dict[str, Any]]:
    """`--scenarios FILE`: a TOML file, or a workbook's シナリオ sheet (the BOM itself, or
    another .xlsx); the variants' figures (`run`)."""
    from ..read.workbook import open_workbook

    source = Path(options.scenarios)
    log = ProblemLog(source.name)
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        same = source.resolve() == Path(path).resolve()
        book = inputs.book if same else open_workbook(source, limits=options.limits)
        if not has_sheet(book):
            log.add("scenario.no_sheet", None, None, source.name, file=source.name)
        scenarios = read_scenarios(None, book, log)
    else:
        scenarios = read_scenarios(source, None, log)
    # reading and applying problems are reported together (run raises them)
    out = run(scenarios, inputs, options, result, cutoff, match, source.name, log)
    _name_factors(result, inputs.factors, [c for s in scenarios for c in s.changes])
    return out


def _name_factors(result: Any, factors: Any, changes: list[Change]) -> None:
    """The names of the factors the changes name (a recycled material, a transport mode),
    for the documents (`Result.factor_name`): added to the result's factor details."""
    from ..api import factor_detail

    for change in changes:
        for text in change.factor_texts():
            row = factors.find(text)
            if row is not None and text not in result.factor_details:
                result.factor_details[text] = factor_detail(row)
