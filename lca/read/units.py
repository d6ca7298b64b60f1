"""Units written in headers (`重量(g)`, `定格電力(W)`, `距離(m)`): one table per kind of
column and the one reading of a header's unit that the BOM and every master table share.

A header's unit is the last bracketed text (`names.split_unit`). A column's values are
multiplied by the size of that unit in cfp's base unit of the kind (kg, hours, kW, km,
kWh, a fraction for percentages); a header without a unit is in the base unit (the
caller decides otherwise, e.g. the BOM's weight, which needs a unit). A unit cfp does not
know is never guessed: it is a problem on the header cell (`column.bad_unit`) naming the
header and the units accepted, and the column gives no numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ProblemLog
from ..records import frozen
from .names import nfkc, split_unit, trailing_unit

if TYPE_CHECKING:
    from .workbook import Table


@frozen
class UnitKind:
    """The units a kind of column may be written in: spelling (case-folded, no spaces) ->
    size in the kind's base unit; `allowed` is how messages list them."""

    sizes: Mapping[str, float]
    allowed: str

    def size(self, unit: str | None) -> float | None:
        """Size of `unit` in the base unit; None when this kind has no such unit."""
        if unit is None:
            return None
        return self.sizes.get(nfkc(unit).casefold().replace(" ", ""))


#: kg per unit of a weight column.
WEIGHT = UnitKind({"g": 0.001, "kg": 1.0, "t": 1000.0, "グラム": 0.001, "キログラム": 1.0},
                  "g, kg, t")
#: hours per unit of a time column (BOM process times; `m` is a minute there).
TIME = UnitKind({"分": 1 / 60, "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60,
                 "minutes": 1 / 60, "m": 1 / 60, "h": 1.0, "hr": 1.0, "hrs": 1.0,
                 "hour": 1.0, "hours": 1.0, "時間": 1.0, "時": 1.0, "s": 1 / 3600,
                 "sec": 1 / 3600, "秒": 1 / 3600}, "分/min, h/時間, s/秒")
#: kW per unit of a power column (rated power).
POWER = UnitKind({"kw": 1.0, "w": 0.001, "mw": 1000.0}, "kW, W, MW")
#: km per unit of a distance column.
DISTANCE = UnitKind({"km": 1.0, "m": 0.001, "キロ": 1.0, "キロメートル": 1.0,
                     "メートル": 0.001}, "km, m")
#: kWh per unit of an energy column (meter readings).
ENERGY = UnitKind({"kwh": 1.0, "wh": 0.001, "mwh": 1000.0}, "kWh, Wh, MWh")
#: a fraction per unit of a share column: a header saying % means the values are percent.
PERCENT = UnitKind({"%": 0.01, "パーセント": 0.01}, "%")
#: pieces per unit of a count (a lot size).
COUNT = UnitKind(dict.fromkeys(("個", "pcs", "pc", "piece", "pieces", "台", "本", "枚", "点", "式",
                                "セット", "set", "ea", "each", "unit", "units"), 1.0),
                 "個, pcs")


def header_size(log: ProblemLog, file: str | None, sheet: str, cell: str, header: object,
                kind: UnitKind, trailing: bool = False) -> float | None:
    """Size of the unit in `header` in the base unit of `kind`: None when the header has
    no unit, NaN (and a problem on the header cell) when the unit is not of `kind`.
    `trailing`: only a bracket at the end is the unit (`MC(大型) 加工` has none)."""
    unit = None if not isinstance(header, str) else \
        trailing_unit(header)[1] if trailing else split_unit(header)[1]
    if unit is None:
        return None
    size = kind.size(unit)
    if size is None:
        log.add("column.bad_unit", sheet, cell, header, file=file, unit=unit,
                header=header, allowed=kind.allowed)
        return np.nan
    return size


def column_size(table: Table, fieldname: str, kind: UnitKind, log: ProblemLog) -> float:
    """`header_size` of a located table's column; 1 (the base unit) when the column or
    its unit is absent."""
    if fieldname not in table.headers:
        return 1.0
    size = header_size(log, table.file, table.sheet, table.header_cell(fieldname),
                       table.headers[fieldname], kind)
    return 1.0 if size is None else size
