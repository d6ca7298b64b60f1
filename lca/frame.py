"""`Frame`: the pipeline's table, named numpy columns of one length.

The calculation runs on numpy arrays, not pandas objects: a pandas call costs 20-100 µs
whatever the size of its data, a numpy call ~1 µs, and a BOM of 50 lines went through
~500 of them (70 ms, of which 0.7 ms was reading the workbook). pandas is kept for the
renderers (reports, terminal tables), which get DataFrames from `Frame.to_pandas`, and
is not even imported by `cfp calc --format json`.

Conventions: text columns are object arrays with None for "not given"; numbers are
float64 with NaN for "not given"; masks are bool.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np


def column(value: Any, n: int) -> np.ndarray:
    """`value` as a column of length `n`: arrays pass through (lists become arrays,
    text as objects), scalars are repeated (None and text as objects)."""
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
        out = np.empty(n, dtype=object)
        out[:] = value
        return out
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
        self.cols: dict[str, np.ndarray] = {}
        for name, value in cols.items():
            self[name] = value

    def __len__(self) -> int:
        return self.n

    def __contains__(self, name: object) -> bool:
        return name in self.cols

    def __iter__(self) -> Iterator[str]:
        return iter(self.cols)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.cols[name]

    def __setitem__(self, name: str, value: Any) -> None:
        values = column(value, self.n)
        if len(values) != self.n:
            raise ValueError(f"column {name!r}: {len(values)} values for {self.n} rows")
        self.cols[name] = values

    def get(self, name: str, default: Any = None) -> Any:
        return self.cols.get(name, default)

    @property
    def empty(self) -> bool:
        return self.n == 0

    def take(self, selector: np.ndarray) -> Frame:
        """Rows by a bool mask or by positions."""
        selector = np.asarray(selector)
        n = int(selector.sum()) if selector.dtype == bool else len(selector)
        return Frame({k: v[selector] for k, v in self.cols.items()}, n)

    def select(self, names: Iterable[str]) -> Frame:
        return Frame({k: self.cols[k] for k in names}, self.n)

    def copy(self) -> Frame:
        return Frame(dict(self.cols), self.n)

    @staticmethod
    def concat(frames: list[Frame], names: list[str]) -> Frame:
        """Rows of `frames` one after the other, in the columns `names` (a column a
        frame lacks is None / NaN there)."""
        given, frames = frames, [f for f in frames if f.n]
        if not frames:  # keep the column types of an empty frame (integer positions)
            like = given[0].cols if given else {}
            return Frame({k: like[k][:0] if k in like else np.empty(0, dtype=object)
                          for k in names}, 0)
        out: dict[str, np.ndarray] = {}
        for name in names:
            parts = [f.cols[name] if name in f.cols else column(None, f.n) for f in frames]
            if any(p.dtype == object for p in parts):
                parts = [p.astype(object) if p.dtype != object else p for p in parts]
            out[name] = np.concatenate(parts)
        return Frame(out, sum(f.n for f in frames))

    def to_pandas(self, index: Any = None, names: Iterable[str] | None = None) -> Any:
        """A DataFrame for the renderers (the one place pandas meets a Frame)."""
        import pandas as pd

        from .pdcompat import object_strings

        with object_strings():
            cols = {k: self.cols[k] for k in (names or self.cols)}
            return pd.DataFrame(cols, index=index)


def isnull(values: np.ndarray) -> np.ndarray:
    """Missing per element: NaN for numbers, None (or NaN) for objects."""
    if values.dtype.kind == "f":
        return np.isnan(values)
    if values.dtype.kind != "O":
        return np.zeros(len(values), dtype=bool)
    # both comparisons run element by element in C; NaN is the one value != itself
    return np.equal(values, None) | (values != values)


def notnull(values: np.ndarray) -> np.ndarray:
    return ~isnull(values)


def fill(values: np.ndarray, other: Any) -> np.ndarray:
    """`values` with its missing elements taken from `other` (array or scalar)."""
    missing = isnull(values)
    if not missing.any():
        return values
    text = values.dtype == object or isinstance(other, str) or (
        isinstance(other, np.ndarray) and other.dtype == object)
    out = values.astype(object if text else float)  # a copy
    out[missing] = other[missing] if isinstance(other, np.ndarray) else other
    return out


def choose(mask: np.ndarray, yes: object, no: object) -> np.ndarray:
    """`yes` where `mask`, else `no`, as an object array of those two objects (not a
    numpy string array, which would become a new string per element later)."""
    out = np.full(len(mask), no, dtype=object)
    out[mask] = yes
    return out


def factorize(values: np.ndarray) -> tuple[np.ndarray, list[Any]]:
    """(codes, uniques) in order of first appearance; missing values get code -1."""
    codes, uniques, _starts = factorize_first(values)
    return codes, uniques


def factorize_first(values: np.ndarray) -> tuple[np.ndarray, list[Any], np.ndarray]:
    """`factorize`, and the position of each unique's first appearance.

    One C-level pass of `dict.setdefault` gives each element the position of the first
    equal element; positions that are their own first are the uniques."""
    n = len(values)
    if n == 0:
        return np.empty(0, dtype=np.intp), [], np.empty(0, dtype=np.intp)
    table: dict[Any, int] = {}
    first = np.fromiter(map(table.setdefault, values, range(n)), dtype=np.intp, count=n)
    starts = np.flatnonzero(first == np.arange(n))
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
    return np.bincount(codes, weights=np.nan_to_num(weights.astype(float)), minlength=size)
