"""`Frame`: the pipeline's table, named numpy columns of one length.

The calculation runs on numpy arrays, not pandas objects: a pandas call costs 20-100 µs
whatever the size of its data, a numpy call ~1 µs, and a BOM of 50 lines went through
~500 of them (70 ms, of which 0.7 ms was reading the workbook). The reports are made
from the same arrays (`lca.aggregate`); pandas is imported only by `Result.to_pandas`,
for Python users.

Conventions: text columns are object arrays with None for "not given"; numbers are
float64 with NaN for "not given"; masks are bool.

A text column may be held as a `Text`: dictionary codes (an integer per row, -1 for
None) and the list of distinct values. Most text columns repeat a few values (stage,
unit, factor key, source...) over hundreds of thousands of flows: as codes they are
taken, concatenated and written (JSON) without touching a Python object per row, and
grouped without hashing every row again. `frame[name]` always gives the plain object
array (decoded once, read-only); `frame.text(name)` gives the codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Any

import numpy as np


class Text:
    """A text column as dictionary codes: `values[codes[i]]` is row i (-1: None)."""

    __slots__ = ("codes", "values", "_decoded")

    def __init__(self, codes: np.ndarray, values: list[Any]) -> None:
        self.codes = codes
        self.values = values
        self._decoded: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.codes)

    # -- behaving like the object array it stands for (numpy calls decode it) ----------
    dtype = np.dtype(object)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = self.decoded()
        return out if dtype is None else out.astype(dtype)

    def __getitem__(self, selector: Any) -> Any:
        if isinstance(selector, (int, np.integer)):
            code = self.codes[selector]
            return None if code < 0 else self.values[code]
        return self.take(selector)

    def __eq__(self, other: object) -> Any:  # type: ignore[override]
        """Per row, equal to a scalar (compared on the codes)."""
        if isinstance(other, (np.ndarray, Text, list)):
            return self.decoded() == np.asarray(other, dtype=object)
        code = next((i for i, v in enumerate(self.values) if v == other), None)
        return self.codes == code if code is not None else np.zeros(len(self), dtype=bool)

    def __ne__(self, other: object) -> Any:  # type: ignore[override]
        return ~self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def astype(self, dtype: Any) -> np.ndarray:
        return self.decoded().astype(dtype)

    def tolist(self) -> list[Any]:
        return self.decoded().tolist()

    @staticmethod
    def const(value: str | None, n: int) -> Text:
        if value is None:
            return Text(np.full(n, -1, dtype=np.intp), [])
        return Text(np.zeros(n, dtype=np.intp), [value])

    @staticmethod
    def mapped(codes: np.ndarray, mapped: list[Any]) -> Text:
        """`mapped[code]` per element (code -1: None) as codes: values that repeat in
        `mapped` become one, None becomes code -1 (few values: a Python loop)."""
        if None not in mapped and len(set(mapped)) == len(mapped) \
                and all(map(isinstance, mapped, repeat(str))):
            return Text(codes, mapped)  # distinct texts (part numbers): nothing to merge
        index: dict[Any, int] = {}
        lookup = np.empty(len(mapped) + 1, dtype=np.intp)
        for i, value in enumerate(mapped):
            missing = value is None or (isinstance(value, float) and value != value)
            lookup[i] = -1 if missing else index.setdefault(value, len(index))
        lookup[-1] = -1
        return Text(lookup[codes], list(index))

    @staticmethod
    def of(values: np.ndarray) -> Text:
        """The codes of an object column (one `factorize`)."""
        codes, uniques = factorize(values)
        return Text(codes, uniques)

    def take(self, selector: np.ndarray) -> Text:
        return Text(self.codes[selector], self.values)

    def decoded(self) -> np.ndarray:
        """The column as an object array (None where missing), made once, read-only so
        that no caller changes it behind the codes."""
        if self._decoded is None:
            out = map_codes(self.codes, self.values)
            out.flags.writeable = False
            self._decoded = out
        return self._decoded

    @staticmethod
    def concat(parts: list[Text]) -> Text:
        """One column of the rows of `parts`; their dictionaries merged (a few values)."""
        shared = next((p.values for p in parts if p.values), [])
        if all(p.values is shared or not p.values for p in parts):
            # parts taken from one column (part numbers of every stage): same dictionary
            codes = [p.codes for p in parts]
            return Text(np.concatenate(codes) if codes else np.empty(0, dtype=np.intp),
                        shared)
        merged: dict[Any, int] = {}
        joined = np.empty(sum(len(p.codes) for p in parts), dtype=np.intp)
        at = 0
        for part in parts:
            lookup = np.empty(len(part.values) + 1, dtype=np.intp)
            lookup[:-1] = [merged.setdefault(v, len(merged)) for v in part.values]
            lookup[-1] = -1
            # straight into the joined column, no temporaries ("wrap": code -1 takes the
            # last entry, as indexing does; codes are never out of range)
            np.take(lookup, part.codes, out=joined[at:at + len(part.codes)], mode="wrap")
            at += len(part.codes)
        return Text(joined, list(merged))


def column(value: Any, n: int) -> np.ndarray | Text:
    """`value` as a column of length `n`: arrays and `Text` pass through (lists become
    arrays, text as objects), scalars are repeated (None and text as `Text` codes)."""
    if isinstance(value, Text):
        return value
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "US":
            return value.astype(object)
        return value
    if isinstance(value, (list, tuple)):
        out = np.empty(len(value), dtype=object)
        out[:] = value
        if out.size and all(isinstance(v, (float, int)) and not isinstance(v, bool)
                            for v in value):
            return out.astype(float)
        return out
    if value is None or isinstance(value, str):
        return Text.const(value, n)
    return np.full(n, value)


class Frame:
    """Named numpy columns of equal length."""

    __slots__ = ("cols", "n")

    def __init__(self, cols: dict[str, Any] | None = None, n: int | None = None) -> None:
        cols = cols or {}
        if n is None:
            n = next((len(v) for v in cols.values()
                      if isinstance(v, (np.ndarray, list, tuple))), 0)
        self.n = n
        self.cols: dict[str, np.ndarray | Text] = {}
        for name, value in cols.items():
            # the usual columns (a float or bool array, Text codes) without a call each
            kind = value.dtype.kind if type(value) is np.ndarray else None
            if (kind in "fbiuO" if kind else type(value) is Text) and len(value) == n:
                self.cols[name] = value
            else:
                self[name] = value

    @classmethod
    def of_columns(cls, cols: dict[str, np.ndarray | Text], n: int) -> Frame:
        """A frame of columns that are already columns of `n` rows (taken, selected or
        concatenated from frames): no conversion or length check, ~4 us per column less
        (a 50-line BOM makes ~650 of them)."""
        frame = cls.__new__(cls)
        frame.n = n
        frame.cols = cols
        return frame

    def __len__(self) -> int:
        return self.n

    def __contains__(self, name: object) -> bool:
        return name in self.cols

    def __iter__(self) -> Iterator[str]:
        return iter(self.cols)

    def __getitem__(self, name: str) -> np.ndarray:
        value = self.cols[name]
        return value.decoded() if isinstance(value, Text) else value

    def column(self, name: str) -> np.ndarray | Text:
        """The column as stored: a `Text` stays codes (to build another frame from)."""
        return self.cols[name]

    def text(self, name: str) -> Text:
        """A text column as codes (factorized once and kept, if it was an array)."""
        value = self.cols[name]
        if not isinstance(value, Text):
            value = self.cols[name] = Text.of(value)
        return value

    def __setitem__(self, name: str, value: Any) -> None:
        values = column(value, self.n)
        if len(values) != self.n:
            raise ValueError(f"column {name!r}: {len(values)} values for {self.n} rows")
        self.cols[name] = values

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self.cols else default

    @property
    def empty(self) -> bool:
        return self.n == 0

    def take(self, selector: np.ndarray) -> Frame:
        """Rows by a bool mask or by positions."""
        selector = np.asarray(selector)
        n = int(selector.sum()) if selector.dtype == bool else len(selector)
        return Frame.of_columns({k: v.take(selector) if isinstance(v, Text) else v[selector]
                                 for k, v in self.cols.items()}, n)

    def select(self, names: Iterable[str]) -> Frame:
        return Frame.of_columns({k: self.cols[k] for k in names}, self.n)

    def copy(self) -> Frame:
        return Frame.of_columns(dict(self.cols), self.n)

    @staticmethod
    def concat(frames: list[Frame], names: list[str]) -> Frame:
        """Rows of `frames` one after the other, in the columns `names` (a column a
        frame lacks is None / NaN there)."""
        given, frames = frames, [f for f in frames if f.n]
        if not frames:  # keep the column types of an empty frame (integer positions)
            like = given[0].cols if given else {}
            return Frame({k: _empty_like(like[k]) if k in like else np.empty(0, dtype=object)
                          for k in names}, 0)
        if len(frames) == 1:  # one frame with rows: its columns, copied
            only = frames[0]
            return Frame.of_columns({name: _copied_column(only.cols.get(name), only.n)
                                     for name in names}, only.n)
        out: dict[str, np.ndarray | Text] = {}
        sizes = [f.n for f in frames]
        for name in names:
            out[name] = _concat_column([f.cols.get(name) for f in frames], sizes)
        return Frame.of_columns(out, sum(sizes))


def _copied_column(part: np.ndarray | Text | None, n: int) -> np.ndarray | Text:
    """`_concat_column` of one part: the same column, its arrays copied."""
    if part is None or isinstance(part, Text) and not part.values:
        return Text.const(None, n)
    if isinstance(part, Text):
        return Text(part.codes.copy(), part.values)
    return part.copy() if part.dtype.kind in "fiub" else part.astype(object)


def _concat_column(parts: list[np.ndarray | Text | None], sizes: list[int]
                   ) -> np.ndarray | Text:
    """One column of several frames; a frame without it gives None (text) or NaN
    (a numeric column stays numeric)."""
    # a text column of nothing but None (`column(None, n)`) is no column: a numeric
    # column stays numeric where a frame lacks it
    arrays = False
    numeric = True
    for i, part in enumerate(parts):
        if type(part) is Text:
            if not part.values:
                parts[i] = None
            else:
                numeric = False
        elif part is not None:
            arrays = True
            numeric = numeric and part.dtype.kind in "fiub"
    if not arrays:
        return Text.concat([p if p is not None else Text.const(None, n)
                            for p, n in zip(parts, sizes, strict=True)])
    filled = [(p.decoded() if type(p) is Text else p) if p is not None
              else (np.full(n, np.nan) if numeric else np.full(n, None, dtype=object))
              for p, n in zip(parts, sizes, strict=True)]
    if not numeric:
        filled = [a.astype(object) if a.dtype != object else a for a in filled]
    return np.concatenate(filled)


def _empty_like(value: np.ndarray | Text) -> np.ndarray | Text:
    """No rows of a column, of its type (integer positions stay integers)."""
    return value.take(np.empty(0, dtype=np.intp)) if isinstance(value, Text) else value[:0]


def isnull(values: np.ndarray | Text) -> np.ndarray:
    """Missing per element: NaN for numbers, None (or NaN) for objects."""
    if isinstance(values, Text):
        return values.codes < 0
    if values.dtype.kind == "f":
        return np.isnan(values)
    if values.dtype.kind != "O":
        return np.zeros(len(values), dtype=bool)
    # both comparisons run element by element in C; NaN is the one value != itself
    return np.equal(values, None) | (values != values)


def fill_at(column: np.ndarray | Text, rows: np.ndarray, value: str) -> np.ndarray | Text:
    """`fill(column[rows], value)`, on the codes where the column is a `Text` of distinct
    values (`factorize` then gives the same codes and values either way)."""
    if not isinstance(column, Text) or len(set(column.values)) != len(column.values):
        return fill(np.asarray(column)[rows], value)
    values = list(column.values)
    if value not in values:
        values.append(value)
    codes = column.codes[rows]
    return Text(np.where(codes < 0, values.index(value), codes), values)


def notnull(values: np.ndarray) -> np.ndarray:
    return ~isnull(values)


def fill(values: np.ndarray | Text, other: Any) -> np.ndarray:
    """`values` with its missing elements taken from `other` (array or scalar)."""
    values = values.decoded() if isinstance(values, Text) else values
    other = other.decoded() if isinstance(other, Text) else other
    missing = isnull(values)
    if not missing.any():
        return values
    text = values.dtype == object or isinstance(other, str) or (
        isinstance(other, np.ndarray) and other.dtype == object)
    out = values.astype(object if text else float)  # a copy
    out[missing] = other[missing] if isinstance(other, np.ndarray) else other
    return out


def choose(mask: np.ndarray, yes: object, no: object) -> Text:
    """`yes` where `mask`, else `no`, as `Text` codes of those two values (no object per
    row; `.decoded()` gives the array)."""
    return Text.mapped(np.asarray(mask, dtype=bool).astype(np.intp), [no, yes])


def factorize(values: np.ndarray | Text) -> tuple[np.ndarray, list[Any]]:
    """(codes, uniques) in order of first appearance; missing values get code -1."""
    if isinstance(values, Text):
        return _first_appearance(values)
    codes, uniques, _starts = factorize_first(values)
    return codes, uniques


def _first_appearance(text: Text) -> tuple[np.ndarray, list[Any]]:
    """A Text's codes renumbered like `factorize` numbers them: the values that occur,
    in the order of their first row (a dictionary merged from several parts is in
    another order, and may hold values no row uses). O(n) on the codes."""
    n, k = len(text.codes), len(text.values)
    if not k:
        return text.codes, []
    used = text.codes >= 0
    first = np.full(k, n, dtype=np.intp)
    np.minimum.at(first, text.codes[used], positions(used))
    order = np.argsort(first, kind="stable")
    order = order[first[order] < n]
    if (order == np.arange(len(order))).all():  # in order; unused values only at the end
        return text.codes, text.values if len(order) == k else text.values[:len(order)]
    renumber = np.full(k + 1, -1, dtype=np.intp)
    renumber[order] = np.arange(len(order))
    return renumber[text.codes], [text.values[i] for i in order.tolist()]


def text_where(mask: np.ndarray, yes: Text | str | None, no: Text | str | None) -> Text:
    """`yes` where `mask`, else `no` (each a Text or one value), on the codes; of two
    dictionaries only the values the chosen rows use are kept (yes's first)."""
    mask = np.asarray(mask, dtype=bool)
    n = len(mask)
    yes = yes if isinstance(yes, Text) else Text.const(yes, n)
    no = no if isinstance(no, Text) else Text.const(no, n)
    if yes.values is no.values:
        return Text(np.where(mask, yes.codes, no.codes), yes.values)
    merged: dict[Any, int] = {}
    lookups = []
    for text, chosen in ((yes, mask), (no, ~mask)):
        used = np.bincount(text.codes[chosen] + 1, minlength=len(text.values) + 1)[1:] > 0
        lookups.append(np.array([merged.setdefault(v, len(merged)) if u else -1
                                 for v, u in zip(text.values, used.tolist(), strict=True)]
                                + [-1], dtype=np.intp))
    return Text(np.where(mask, lookups[0][yes.codes], lookups[1][no.codes]), list(merged))


def text_fill(values: Text, other: Text | str | None) -> Text:
    """`values` with its missing rows taken from `other`, on the codes."""
    return text_where(values.codes >= 0, values, other)


def factorize_first(values: np.ndarray) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """`factorize`, and the position of each unique's first appearance.

    One C-level pass of `dict.setdefault` gives each element the position of the first
    equal element; positions that are their own first are the uniques."""
    n = len(values)
    if n == 0:
        return np.empty(0, dtype=np.intp), [], np.empty(0, dtype=np.intp)
    table: dict[Any, int] = {}
    first = np.fromiter(map(table.setdefault, values, range(n)), dtype=np.intp, count=n)
    starts = positions(first == np.arange(n))
    dense = np.empty(n, dtype=np.intp)
    dense[starts] = np.arange(len(starts))
    codes = dense[first]
    uniques = values[starts].tolist()
    missing = [i for i, u in enumerate(uniques) if u is None or u != u]
    if missing:
        drop = np.zeros(len(uniques), dtype=bool)
        drop[missing] = True
        renumber = np.cumsum(~drop) - 1
        renumber[drop] = -1
        codes = renumber[codes]
        uniques = [u for u, d in zip(uniques, drop, strict=True) if not d]
        starts = starts[~drop]
    return codes, uniques, starts


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (for values without NaN): `np.unique` without its
    first-call import of `numpy.ma` (~15 ms of a single run's start-up)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def map_codes(codes: np.ndarray, mapped: list[Any], dtype: Any = object) -> np.ndarray:
    """`mapped[code]` per element; code -1 gives None (objects) or NaN (floats)."""
    table = np.empty(len(mapped) + 1, dtype=dtype)
    table[:-1] = mapped
    table[-1] = None if dtype is object else np.nan
    return table[codes]


def group_sum(codes: np.ndarray, weights: np.ndarray, size: int) -> np.ndarray:
    """Sum of `weights` per code 0..size-1 (NaN weights count as 0)."""
    if not len(codes):
        return np.zeros(size)
    return np.bincount(codes, weights=nan_to_zero(weights.astype(float)), minlength=size)


# -- numpy's conveniences without their Python-level overhead ----------------------------
# (np.flatnonzero ~3 us, np.isin ~40 us, np.nan_to_num ~15 us a call whatever the size;
# a 50-line BOM makes ~150 of these calls, and a batch computes thousands of BOMs)

def positions(mask: Any) -> np.ndarray:
    """`np.flatnonzero(mask)`: the indices of the true (nonzero) elements."""
    return np.asarray(mask).ravel().nonzero()[0]


def is_in(values: Any, candidates: Iterable[Any]) -> np.ndarray:
    """`np.isin(values, candidates)`; for a few candidates one comparison each (what
    np.isin itself does for them, after its checks)."""
    candidates = list(candidates)
    values = np.asarray(values)
    if len(candidates) > 8 or values.dtype.kind not in "biufO":
        return np.isin(values, candidates)
    out = np.zeros(values.shape, dtype=bool)
    for candidate in candidates:
        out |= values == candidate
    return out


def nan_to_zero(values: Any) -> np.ndarray:
    """`np.nan_to_num(values)` (a copy: NaN as 0, infinities as the largest floats)."""
    values = np.asarray(values)
    if values.dtype != np.float64:
        return np.nan_to_num(values)
    out = np.where(np.isnan(values), 0.0, values)
    return np.nan_to_num(values) if np.isinf(out).any() else out
