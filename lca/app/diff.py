"""Comparing two sets of results: what changed per product, and which lines moved it.

Both sides are the per-BOM JSON files a batch run writes (`cfp calc boms/ --out DIR`),
matched by file name; two single JSON files can be compared too. A product's change is
explained by its inventory lines grouped by (part number, stage, process): the groups
whose kg-CO2e moved most, with what changed in them (flow, amount, factor).

The inventory in the JSON is either a list of row objects (schema 1) or
{"columns": [...], "rows": [[...]]}; `inventory_rows` reads both.

A result file is checked before it is compared (`read_result`): every value the
comparison reads must have the type cfp writes, or the file's problems are raised
together (`MalformedResult`, exit 2), each naming the JSON path of the bad value
(`$.inventory.rows[3][6]`). The file is refused above `MAX_RESULT_BYTES`.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..details import json_detail, os_reason
from ..errors import MAX_PROBLEMS, CfpError, InputError, Message, Problem
from ..read.jsontext import NonFinite, object_pairs
from ..read.names import one_piece
from ..read.results import decoded_column, inventory_rows, table_records  # noqa: F401
from ..records import frozen

#: Written by batch runs next to the per-BOM results; never a result itself.
SUMMARY_NAMES = ("_summary.json",)
SUMMARY_SCHEMA = "cfp-batch-summary/"  # the "schema" of a batch summary, any version
#: Changes smaller than this (relative to the old total, at least 1e-9 kg) are float
#: noise from summation order, not a change of the product.
EPSILON = 1e-9
#: Result files larger than this are refused unread. A 100,000-line BOM's result is
#: ~150 MB and ~1.2 GB in memory once parsed (a comparison holds two); 512 MiB is 3.4
#: times that (BOMs of ~340,000 lines), while a stray multi-GB file cannot exhaust memory.
MAX_RESULT_BYTES = 512 * 1024 * 1024
#: Problems listed per result file; the rest are counted (one wrong inventory column
#: would otherwise give a line per flow).
MAX_FILE_PROBLEMS = 20


class ResultReadError(CfpError):
    """A result file or folder that cannot be read (exit code 2)."""


class MalformedResult(ResultReadError, InputError):
    """Result files that are not what `cfp calc` writes: every problem found, each with
    its file and the JSON path of the bad value (printed like workbook problems)."""


@frozen
class ResultFile:
    """The parts of one result JSON that comparisons need."""

    name: str
    product: str
    total: float
    stages: dict[str, float]
    data: dict[str, object]
    #: the inventory fields the comparison reads (`INVENTORY_FIELDS`), one list each
    columns: dict[str, list[object]] = field(default_factory=dict, repr=False,
                                             compare=False)
    #: what the total is of (`BASIS_FIELDS`: declared unit, GWP set), where the file says
    basis: dict[str, str] = field(default_factory=dict, compare=False)


def result_files(folder: Path) -> dict[str, Path]:
    """Per-BOM result files of a folder by file name, sorted, without the summary (nor
    a folder or pipe named *.json)."""
    return {p.name: p for p in sorted(folder.glob("*.json"))
            if p.name not in SUMMARY_NAMES and not p.name.startswith(".") and p.is_file()}


def read_result(path: Path, lang: str = "en") -> ResultFile | None:
    """One result JSON, checked, or None for a batch summary (e.g. `-o DIR/summary.json`
    of a run). `MalformedResult` lists what is wrong with it. (`lang` is kept for
    callers; problems are rendered in the user's language where they are printed.)"""
    check = _Check(str(path))
    data = _load(path, check)
    if isinstance(data, dict) and str(data.get("schema", "")).startswith(SUMMARY_SCHEMA):
        return None
    result = None if check.problems else _checked(path, data, check)
    if check.problems or result is None:
        raise MalformedResult(check.problems, check.dropped)
    return result


# --- reading and checking a result file -----------------------------------------------

#: The inventory fields the comparison reads, and what each must hold.
INVENTORY_FIELDS = {
    "part_number": "text", "stage": "text", "process": "text_or_null",
    "flow": "text_or_null", "amount": "number_or_null", "unit": "text_or_null",
    "factor_key": "text_or_null", "factor": "number_or_null", "kg_co2e": "number"}
REQUIRED_FIELDS = ("part_number", "stage", "kg_co2e")
#: What a total is of: two totals of another declared unit are not comparable (fails the
#: comparison), of another GWP set are (said: part of the change is the method's)
BASIS_FIELDS = ("declared_unit", "gwp")
_TYPES: dict[str, set[type]] = {
    "text": {str}, "text_or_null": {str, type(None)}, "number": {int, float},
    "number_or_null": {int, float, type(None)}}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ESCAPED_COLON = re.compile(rb"\\u003[aA]")
_ABSENT = object()  # a required field missing from a row object


def _integer(text: str) -> int | float:
    # beyond 18 digits a float: no kg figure needs more, and Python refuses to read
    # integers of more than 4,300 digits (a 1e400-sized one becomes inf and is refused)
    return int(text) if len(text) <= 18 else float(text)


class _Check:
    """The problems of one result file, each at the JSON path of its value (bounded).
    `strict`: read by orjson, so no NaN, no infinity and no unpaired surrogate."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.dropped = 0
        self.strict = False

    @property
    def full(self) -> bool:
        return len(self.problems) >= MAX_FILE_PROBLEMS

    def add(self, code: str, json_path: str, value: object = None, **params: object) -> None:
        if self.full:
            self.dropped += 1
            return
        self.problems.append(Problem(code, self.file, value=value,
                                     params={"json_path": json_path, **params}))

    def wrong(self, json_path: str, kind: str, value: object, column: str | None = None
              ) -> None:
        """`value` at `json_path` is not of `kind` (a key of `_TYPES`, or object...)."""
        if isinstance(value, str) and kind.startswith("text"):
            kind = "unicode"  # the right type, but text no file can hold
        code, extra = ("diff.bad_cell", {"column": column}) if column else ("diff.bad_type", {})
        self.add(code, json_path, _found(value), hint=f"diff.kind.{kind}", **extra)

    def duplicates(self, json_path: str, obj: object) -> None:
        for key, count in getattr(obj, "duplicates", {}).items():
            self.add("diff.duplicate_key", json_path, key=_quoted(key), count=count)


def _load(path: Path, check: _Check) -> object:
    """The parsed JSON, or None with the problem recorded.

    orjson first (3x faster than the stdlib on a 150 MB result): it refuses NaN,
    1e400, unpaired surrogates and deep nesting, and accepts only one thing silently,
    duplicate keys (the last value wins). A document has none iff it has as many colons
    as its re-encoding: one per member, plus those inside strings, which orjson writes
    as they are (a string spelling a colon `\\u003a` takes the slow path). Anything else
    is parsed by the stdlib, whose hooks mark duplicate keys and NaN so that they are
    reported at their JSON path, like 1e400 (read as inf)."""
    import orjson

    data = _read(path, check)
    if data is None:
        return None
    try:
        document = orjson.loads(data)
        if (_ESCAPED_COLON.search(data) is None
                and data.count(b":") == orjson.dumps(document).count(b":")):
            check.strict = True
            return document
        del document
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):  # encoding: > 254 levels
        pass
    try:
        return json.loads(data, object_pairs_hook=object_pairs, parse_constant=NonFinite,
                          parse_int=_integer)
    except json.JSONDecodeError as exc:
        check.add("diff.not_json", "$", detail=json_detail(exc.msg), line=exc.lineno,
                  column=exc.colno)
    except UnicodeDecodeError as exc:
        check.add("diff.not_utf8", "$", offset=exc.start)
    except RecursionError:
        check.add("diff.too_deep", "$")
    return None


def _read(path: Path, check: _Check) -> bytes | None:
    """The file's bytes, unless it is not a regular file or above MAX_RESULT_BYTES
    (checked before reading, and the read is bounded: the file may grow meanwhile)."""
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                check.add("diff.os_error", "$", reason=Message("file.reason.not_regular"))
                return None
            size = info.st_size
            data = b"" if size > MAX_RESULT_BYTES else handle.read(MAX_RESULT_BYTES + 1)
    except OSError as exc:
        check.add("diff.os_error", "$", reason=os_reason(exc))
        return None
    if max(size, len(data)) > MAX_RESULT_BYTES:
        check.add("diff.too_large", "$", size=f"{max(size, len(data)) / 2**20:,.0f}",
                  limit=f"{MAX_RESULT_BYTES / 2**20:,.0f}")
        return None
    return data


def _checked(path: Path, data: object, check: _Check) -> ResultFile | None:
    """The result, or None when a value the comparison reads is missing or wrong."""
    if not isinstance(data, dict):
        check.wrong("$", "object", data)
        return None
    check.duplicates("$", data)
    total = _member(check, data, "$", "total_kg_co2e", "number", required=True)
    product = _member(check, data, "$", "product", "text_or_null")
    stages = _member(check, data, "$", "stages", "object", required=True)
    if isinstance(stages, dict):
        check.duplicates("$.stages", stages)
        for stage in stages:
            if _unicode(stage):
                _member(check, stages, "$.stages", stage, "number")
            else:
                check.wrong(_path("$.stages", stage), "unicode", stage)
    basis = {k: v for k in BASIS_FIELDS
             if isinstance(v := _member(check, data, "$", k, "text_or_null"), str)}
    warnings = _member(check, data, "$", "warnings", "array")
    for i, warning in enumerate(warnings if isinstance(warnings, list) else []):
        if not isinstance(warning, dict):
            check.wrong(f"$.warnings[{i}]", "object", warning)
    columns = _inventory(check, data)
    if check.problems:
        return None
    return ResultFile(path.name, str(product or path.stem), float(total),  # type: ignore[arg-type]
                      {k: float(v) for k, v in stages.items()}, data,  # type: ignore[union-attr]
                      columns, basis)


def _member(check: _Check, obj: dict[str, object], path: str, key: str, kind: str,
            required: bool = False) -> object:
    """`obj[key]` if it is of `kind`, else None with the problem recorded (a missing
    key is a problem only when `required`)."""
    where = _path(path, key)
    if key not in obj:
        if required:
            check.add("diff.missing_key", where, hint=f"diff.kind.{kind}")
        return None
    value = obj[key]
    if not _is(value, kind):
        check.wrong(where, kind, value)
        return None
    return value


def _is(value: object, kind: str) -> bool:
    """`value` is of `kind`: an object, an array, or one of `_TYPES` (numbers finite,
    text valid Unicode)."""
    if kind in ("object", "array"):
        return isinstance(value, dict if kind == "object" else list)
    if type(value) not in _TYPES[kind]:
        return False
    if type(value) is float:
        return math.isfinite(value)  # type: ignore[arg-type]
    if type(value) is int:
        return abs(value) <= sys.float_info.max  # type: ignore[arg-type]
    return not isinstance(value, str) or _unicode(value)


def _unicode(text: str) -> bool:
    """No unpaired surrogate (`\\udc80` in the JSON): such text cannot be printed or
    written as UTF-8."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _inventory(check: _Check, data: dict[str, object]) -> dict[str, list[object]]:
    """The inventory fields the comparison reads, one list each, from either shape; a
    bad row is recorded and left out."""
    inventory = data.get("inventory")
    if "inventory" not in data:
        check.add("diff.missing_key", "$.inventory", hint="diff.kind.inventory")
    elif isinstance(inventory, dict) and "data" in inventory:
        return _column_table(check, inventory)
    elif isinstance(inventory, dict):
        return _table(check, inventory)
    elif isinstance(inventory, list):
        return _records(check, inventory)
    else:
        check.wrong("$.inventory", "inventory", inventory)
    return {}


def _table(check: _Check, inventory: dict[str, object]) -> dict[str, list[object]]:
    """{"columns": [...], "rows": [[...], ...]}: names unique, rows as long as them."""
    check.duplicates("$.inventory", inventory)
    names = _member(check, inventory, "$.inventory", "columns", "array", required=True)
    rows = _member(check, inventory, "$.inventory", "rows", "array", required=True)
    if not isinstance(names, list) or not isinstance(rows, list):
        return {}
    index: dict[str, int] = {}
    for j, name in enumerate(names):
        if not _is(name, "text"):
            check.wrong(f"$.inventory.columns[{j}]", "text", name)
        elif name in index:
            check.add("diff.duplicate_column", f"$.inventory.columns[{j}]", _quoted(name),
                      first=f"$.inventory.columns[{index[name]}]")
        else:
            index[name] = j
    missing = [name for name in REQUIRED_FIELDS if name not in index]
    if missing:
        check.add("diff.missing_column", "$.inventory.columns", column=", ".join(missing))
    width = len(names)
    good: list[int] | range = range(len(rows))
    if set(map(type, rows)) - {list} or set(map(len, rows)) - {width}:
        good = [i for i, row in enumerate(rows) if type(row) is list and len(row) == width]
        for i in sorted(set(range(len(rows))) - set(good)):
            if isinstance(rows[i], list):
                check.add("diff.row_length", f"$.inventory.rows[{i}]", count=len(rows[i]),
                          columns=width)
            else:
                check.wrong(f"$.inventory.rows[{i}]", "array", rows[i])
        rows = [rows[i] for i in good]
    columns: dict[str, list[object]] = {}
    for name, kind in INVENTORY_FIELDS.items():
        j = index.get(name)
        columns[name] = values = [None] * len(rows) if j is None else [row[j] for row in rows]
        if j is not None:
            _column(check, values, kind, lambda i, j=j: f"$.inventory.rows[{good[i]}][{j}]",
                    name)
    return columns


def _column_table(check: _Check, inventory: dict[str, object]) -> dict[str, list[object]]:
    """Schema 2: {"columns": [...], "data": {name: column}}, every column as long as the
    first; a text column an array or {"values": [...], "codes": [...]}."""
    check.duplicates("$.inventory", inventory)
    names = _member(check, inventory, "$.inventory", "columns", "array", required=True)
    data = _member(check, inventory, "$.inventory", "data", "object", required=True)
    if not isinstance(names, list) or not isinstance(data, dict):
        return {}
    check.duplicates("$.inventory.data", data)
    missing = [name for name in REQUIRED_FIELDS if name not in data]
    if missing:
        check.add("diff.missing_column", "$.inventory.columns", column=", ".join(missing))
    columns: dict[str, list[object]] = {}
    length: int | None = None
    for name, kind in INVENTORY_FIELDS.items():
        where = _path("$.inventory.data", name)
        values = _column_values(check, data[name], where) if name in data else None
        if values is None:
            continue
        if length is None:
            length = len(values)
        elif len(values) != length:
            check.add("diff.column_length", where, count=len(values), rows=length)
            continue
        columns[name] = values
        _column(check, values, kind, lambda i, w=where: f"{w}[{i}]", name)
    return {name: columns.get(name, [None] * (length or 0)) for name in INVENTORY_FIELDS}


def _column_values(check: _Check, column: object, where: str) -> list[object] | None:
    """A column's values: an array as is, a dictionary-encoded one decoded (its codes
    whole numbers from -1 to the number of values - 1)."""
    if isinstance(column, list):
        return column
    if not isinstance(column, dict) or not isinstance(column.get("values"), list) \
            or not isinstance(column.get("codes"), list):
        check.wrong(where, "column", column)
        return None
    values, codes = column["values"], column["codes"]
    if set(map(type, codes)) - {int} or (codes and not -1 <= min(codes) <= max(codes)
                                          < len(values)):
        bad = next(i for i, c in enumerate(codes)
                   if type(c) is not int or not -1 <= c < len(values))
        check.add("diff.bad_code", f"{where}.codes[{bad}]", _found(codes[bad]),
                  count=len(values))
        return None
    return decoded_column(column)


def _records(check: _Check, inventory: list[object]) -> dict[str, list[object]]:
    """[{"part_number": ..., ...}, ...]: one object per row (schema 1)."""
    rows = []
    for i, row in enumerate(inventory):
        if isinstance(row, dict):
            check.duplicates(f"$.inventory[{i}]", row)
            rows.append((i, row))
        else:
            check.wrong(f"$.inventory[{i}]", "object", row)
    columns: dict[str, list[object]] = {}
    for name, kind in INVENTORY_FIELDS.items():
        absent = _ABSENT if name in REQUIRED_FIELDS else None
        columns[name] = values = [row.get(name, absent) for _, row in rows]
        _column(check, values, kind,
                lambda k, name=name: _path(f"$.inventory[{rows[k][0]}]", name))
    return columns


def _column(check: _Check, values: list[object], kind: str, where: Callable[[int], str],
            column: str | None = None) -> None:
    """Check one inventory field over all rows: by the set of its types (C speed on
    600,000 rows), value by value only where that finds something wrong or, read by the
    stdlib, there may be NaN, infinity or unpaired surrogates."""
    types = set(map(type, values))
    if types <= _TYPES[kind] and (check.strict or all(map(
            partial(_is, kind=kind), {v for v in values if type(v) is not float}))
            and math.inf not in values and -math.inf not in values):
        return
    for i, value in enumerate(values):
        if value is _ABSENT:
            check.add("diff.missing_key", where(i), hint=f"diff.kind.{kind}")
        elif not _is(value, kind):
            check.wrong(where(i), kind, value, column)
        else:
            continue
        if check.full:  # count the rest
            check.dropped += sum(1 for v in values[i + 1:] if not _is(v, kind))
            return


def _path(parent: str, key: str) -> str:
    """`$.stages.materials`, or `$["odd key"]` for a key that is not an identifier."""
    return f"{parent}.{key}" if _IDENTIFIER.match(key) else f"{parent}[{_quoted(key)}]"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _found(value: object) -> str:
    """A short, language-neutral picture of a JSON value: `"abc"`, `5`, `[]`, `{…}`."""
    if isinstance(value, NonFinite):
        return value.text
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, float | int) and not abs(value) <= sys.float_info.max:
        return ">1.8e308" if value > 0 else "<-1.8e308"  # read from a literal like 1e400
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _quoted(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, list):
        return "[…]" if value else "[]"
    return "{…}" if value else "{}"


@dataclass
class LineChange:
    """One group of inventory lines (part, stage, process) on both sides. Amounts are
    summed per unit, never across units (kWh of electricity and m3 of gas in one
    process): `amounts` holds (unit, old amount, new amount) for each unit; the single
    `old_amount`, `new_amount` and `unit` are set only when the group has one unit."""

    part_number: str
    stage: str
    process: str | None
    old_kg: float = 0.0
    new_kg: float = 0.0
    old_amount: float | None = None
    new_amount: float | None = None
    unit: str | None = None
    amounts: tuple[tuple[str | None, float | None, float | None], ...] = ()
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
    #: the new batch could not compute it (its summary says invalid / error): no result
    not_computed: bool = False
    #: `BASIS_FIELDS` that differ between the two results: {field: (old, new)}
    differs: dict[str, tuple[str, str]] = field(default_factory=dict)

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
        if self.not_computed:
            return "not_computed"
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
        counts = dict.fromkeys(("increased", "decreased", "unchanged", "added", "removed",
                                "not_computed"), 0)
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
    """Compare two result folders (or two result files) product by product. Every
    result file is checked first; `MalformedResult` lists the problems of all of them."""
    old_files, new_files = _collect(baseline, lang), _collect(results, lang)
    if baseline.is_file() and results.is_file():  # two files: one pair, whatever the names
        old_files = {results.name: old_files[baseline.name]}
    products: list[ProductChange] = []
    problems: list[Problem] = []
    dropped = 0
    for name in sorted(set(old_files) | set(new_files)):
        sides: list[ResultFile | None] = []
        for files in (old_files, new_files):
            try:
                sides.append(read_result(files[name], lang) if name in files else None)
            except MalformedResult as exc:
                problems += exc.problems
                dropped += exc.dropped
        if problems or sides == [None, None]:  # a summary, not a product
            continue
        products.append(_product_change(name, *sides, threshold_abs, threshold_pct, top))
    if products and not problems:
        _mark_not_computed(products, results)
    if problems:
        raise MalformedResult(problems[:MAX_PROBLEMS],
                              dropped + max(0, len(problems) - MAX_PROBLEMS))
    return DiffReport(products, threshold_abs, threshold_pct)


def _mark_not_computed(products: list[ProductChange], results: Path) -> None:
    """A baseline product without a new result is "removed" (exit 0) only if the new
    batch did not try it: one its summary lists as invalid or failed is "not_computed"
    and fails the comparison (a broken BOM must not pass a regression gate)."""
    failed = _failed_in_summary(results)
    for product in products:
        if product.new_total is None and product.old_total is not None \
                and product.name in failed:
            product.not_computed = product.over_threshold = True


def _failed_in_summary(results: Path) -> set[str]:
    """Result names of the BOMs a batch summary in `results` lists as invalid or failed
    (a summary that cannot be read names none)."""
    import orjson

    summary = results / SUMMARY_NAMES[0] if results.is_dir() else None
    try:
        if summary is None or summary.stat().st_size > MAX_RESULT_BYTES:
            return set()
        data = orjson.loads(summary.read_bytes())
        boms = data.get("boms") if isinstance(data, dict) and str(
            data.get("schema", "")).startswith(SUMMARY_SCHEMA) else None
        return {f"{Path(str(b['file'])).stem}.json" for b in boms or []
                if isinstance(b, dict) and b.get("status") in ("invalid", "error")
                and isinstance(b.get("file"), str)}
    except (OSError, orjson.JSONDecodeError):
        return set()


def _collect(path: Path, lang: str) -> dict[str, Path]:
    if path.is_file():
        return {path.name: path}
    if not path.is_dir():
        raise ResultReadError("diff.not_found", path=path)
    files = result_files(path)
    if not files:
        raise ResultReadError("diff.no_results", path=path)
    return files


def _product_change(name: str, old: ResultFile | None, new: ResultFile | None,
                    threshold_abs: float | None, threshold_pct: float | None,
                    top: int) -> ProductChange:
    change = ProductChange(name, (new or old).product,  # type: ignore[union-attr]
                           old.total if old else None, new.total if new else None)
    if old is None or new is None:
        return change
    change.differs = basis_differs(old.basis, new.basis)
    if change.status == "unchanged":
        change.over_threshold = "declared_unit" in change.differs
        return change
    change.over_threshold = exceeds(old.total, new.total, threshold_abs, threshold_pct) \
        or "declared_unit" in change.differs  # per piece vs per kg: not comparable
    stages = sorted(set(old.stages) | set(new.stages), key=_stage_order(old, new))
    change.stage_deltas = {s: new.stages.get(s, 0.0) - old.stages.get(s, 0.0) for s in stages}
    change.lines = _moved(old.columns, new.columns, top)
    return change


def basis_differs(old: dict[str, str], new: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The `BASIS_FIELDS` in which two results differ: {field: (old, new)}. Two spellings
    of one piece (`1 個`, `1 piece`, `1 台`) are the same declared unit."""
    return {k: (old[k], new[k]) for k in BASIS_FIELDS
            if k in old and k in new and _folded(old[k]) != _folded(new[k])
            and not (k == "declared_unit" and one_piece(old[k]) and one_piece(new[k]))}


def _folded(text: str) -> str:
    from ..read.textnorm import nfkc

    return " ".join(nfkc(text).casefold().split())


def _stage_order(old: ResultFile, new: ResultFile):  # noqa: ANN202 - a sort key
    order = list(dict.fromkeys([*old.stages, *new.stages]))
    return order.index


def moved_lines(old: dict[str, object], new: dict[str, object],
                top: int = 5) -> list[LineChange]:
    """The `top` line groups whose kg-CO2e changed most (by absolute change), between
    two result documents of the shape `read_result` checks."""
    def fields(data: dict[str, object]) -> dict[str, list[object]]:
        rows = inventory_rows(data)
        return {name: [row.get(name) for row in rows] for name in INVENTORY_FIELDS}

    return _moved(fields(old), fields(new), top)


#: Per line group and side: [kg-CO2e, {unit: amount}, flows, (factor key, factor)s]
_Sums = list
_NONE: _Sums = [0.0, {}, (), ()]  # a group absent on one side


def _moved(old: dict[str, list[object]], new: dict[str, list[object]],
           top: int) -> list[LineChange]:
    sums = _group(old), _group(new)
    moved = []
    for key in sums[0].keys() | sums[1].keys():
        was, now = sums[0].get(key, _NONE), sums[1].get(key, _NONE)
        delta = now[0] - was[0]
        if abs(delta) > _noise(abs(was[0])):
            moved.append((-abs(delta), key[0], key[1], key[2] or "", key, was, now))
    moved.sort(key=lambda m: m[:4])
    return [_line_change(key, was, now) for *_, key, was, now in moved[:top]]


def _line_change(key: tuple[str, str, str | None], was: _Sums, now: _Sums) -> LineChange:
    units = sorted(was[1].keys() | now[1].keys(), key=lambda u: (u is None, u or ""))
    amounts = tuple((u, was[1].get(u), now[1].get(u)) for u in units)
    unit, old_amount, new_amount = amounts[0] if len(amounts) == 1 else (None, None, None)
    return LineChange(
        *key, old_kg=was[0], new_kg=now[0], old_amount=old_amount, new_amount=new_amount,
        unit=unit, amounts=amounts, old_flows=tuple(sorted(set(was[2]))),
        new_flows=tuple(sorted(set(now[2]))), old_factors=tuple(sorted(set(was[3]))),
        new_factors=tuple(sorted(set(now[3]))))


def _group(c: dict[str, list[object]]) -> dict[tuple[str, str, str | None], _Sums]:
    """One side's inventory summed per (part number, stage, process), the amounts per
    unit too (never kWh + m3), in one pass (a 100,000-line BOM has 600,000 rows); the
    values are of the types `_table` checks."""
    sums: dict[tuple[str, str, str | None], _Sums] = {}
    for key, kg, amount, unit, flow, factor_key, factor in zip(
            zip(c["part_number"], c["stage"], c["process"], strict=True), c["kg_co2e"],
            c["amount"], c["unit"], c["flow"], c["factor_key"], c["factor"], strict=True):
        line = sums.get(key)
        if line is None:
            line = sums[key] = [0.0, {}, [], []]  # type: ignore[index]
        line[0] += kg
        if amount is not None:
            line[1][unit] = line[1].get(unit, 0.0) + amount
        if flow is not None:
            line[2].append(flow)
        if factor_key is not None and factor is not None:
            line[3].append((factor_key, float(factor)))  # type: ignore[arg-type]
    return sums


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
             "differs": {k: {"old": a, "new": b} for k, (a, b) in p.differs.items()},
             "lines": [{"part_number": x.part_number, "stage": x.stage, "process": x.process,
                        "old_kg_co2e": x.old_kg, "new_kg_co2e": x.new_kg,
                        "change_kg_co2e": x.delta, "old_amount": x.old_amount,
                        "new_amount": x.new_amount, "unit": x.unit,
                        "amounts": [{"unit": u, "old_amount": a, "new_amount": b}
                                    for u, a, b in x.amounts],
                        "old_flows": list(x.old_flows), "new_flows": list(x.new_flows),
                        "old_factors": dict(x.old_factors), "new_factors": dict(x.new_factors)}
                       for x in p.lines]}
            for p in report.products
        ],
    }


__all__ = ["DiffReport", "LineChange", "MalformedResult", "ProductChange", "ResultFile",
           "ResultReadError", "compare", "exceeds", "report_dict", "inventory_rows",
           "moved_lines", "read_result", "result_files"]
