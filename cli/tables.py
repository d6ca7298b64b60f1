"""Column widths of the terminal tables: what fits the window, and what gives way.

Pure arithmetic on cell widths (display columns: a kanji is 2, as rich counts them), so
the rules are testable alone. A table here has no outer edge (`show_edge=False`): each column
takes its cells' width plus a space either side, with a rule between two columns.

The rules, in the order they apply when a table is wider than the window:

- *optional* columns (low-value text: a licence, a data type) are left out, one by one
  in the order given; the caller says which were left out;
- *flexible* columns (long free text: a source, an action) share what the others leave,
  between `FLEX_MIN` and `FLEX_MAX` columns each (they wrap, or are cut with "…");
- *foldable* key columns (a file name) give way last, the widest first, down to
  `FOLD_MIN`: their text folds onto further lines only when it can never fit whole;
- every other column (keys users copy, numbers) keeps its widest cell: never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len as cells_width

#: the width range of a flexible column
FLEX_MIN, FLEX_MAX = 8, 40
#: the narrowest a foldable key column becomes
FOLD_MIN = 8


def table_width(widths: Sequence[int]) -> int:
    """A table's width from its columns' widths: a space either side of each column and
    a rule between two."""
    return sum(widths) + 3 * len(widths) - 1 if widths else 0


def header_need(header: str, cells: int) -> int:
    """The width a header needs beside cells `cells` wide: its longest word (a header
    wraps between words); a word in Japanese, which breaks anywhere, needs at most 8."""
    words = [cells_width(w) if w.isascii() else min(cells_width(w), 8)
             for w in re.split(r"\s+", header.strip()) if w]
    return max([cells, *words])


@dataclass(frozen=True)
class Spec:
    """One column: its widest cell, its header (plain text) and how it may give way."""

    cells: int
    header: str
    flexible: bool = False
    foldable: bool = False
    #: the widest a flexible column grows (None: as wide as its text)
    limit: int | None = FLEX_MAX

    @property
    def need(self) -> int:
        """Its narrowest without cutting or folding anything but the header."""
        full = header_need(self.header, self.cells)
        return min(FLEX_MIN, full) if self.flexible else full

    @property
    def want(self) -> int:
        """Its width with nothing wrapped, the header on one line."""
        full = max(self.cells, cells_width(self.header))
        return min(self.limit, full) if self.flexible and self.limit is not None else full


def fit(specs: Sequence[Spec], width: int, optional: Sequence[int] = ()) -> dict[int, int]:
    """Column index -> width of the columns kept in a table at most `width` wide (if it
    can be done without cutting a key or a number): optional columns left out in the
    order given until the rest fits, then foldable columns narrowed; spare room goes to
    the flexible columns first (in equal shares), then to the headers of the others."""
    kept = list(range(len(specs)))
    for index in optional:
        if table_width([specs[i].need for i in kept]) <= width:
            break
        kept.remove(index)
    widths = {i: specs[i].need for i in kept}
    _fold(widths, specs, width)
    spare = width - table_width(list(widths.values()))
    flexible = [i for i in kept if specs[i].flexible]
    for n, i in enumerate(flexible):
        share = max(0, spare) // (len(flexible) - n)
        grown = min(specs[i].want, widths[i] + share)
        spare -= grown - widths[i]
        widths[i] = grown
    for i in kept:
        if not specs[i].flexible and spare > 0:
            grown = min(specs[i].want, widths[i] + spare)
            spare -= grown - widths[i]
            widths[i] = grown
    return widths


def _fold(widths: dict[int, int], specs: Sequence[Spec], width: int) -> None:
    """Narrow the foldable columns, the widest first, down to FOLD_MIN, until the table
    fits `width` (in place)."""
    while (excess := table_width(list(widths.values())) - width) > 0:
        foldable = [i for i in widths if specs[i].foldable and widths[i] > FOLD_MIN]
        if not foldable:
            return
        widest = max(foldable, key=lambda i: widths[i])
        others = [widths[i] for i in foldable if i != widest]
        floor = max([FOLD_MIN, *(w for w in others if w < widths[widest])], default=FOLD_MIN)
        widths[widest] = max(floor, widths[widest] - excess)
