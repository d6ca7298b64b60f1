"""Errors of cfp: problems a user can act on.

Inner code records a `Problem` with its position (sheet, cell) and a message key; the
loader adds the file name. All problems of one input are collected in a `ProblemLog`
and raised together as one `InputError`, so that a user fixes a workbook in one pass
instead of one error per run.

Every error carries message keys and parameters, never rendered text: library code does
not know the user's language. `message(lang)` renders it where it is shown (the CLI's
`handle_errors`, a batch record, the server); `str(error)` is the English text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field, replace
from typing import Any

from .messages import CATALOG, tr
from .records import frozen

#: Problems reported in full; the rest are counted (a 100,000-row BOM with a wrong
#: column would otherwise print 100,000 lines).
MAX_PROBLEMS = 200


#: Problems that explain whatever else is said about their cell (see `ProblemLog.extend`).
CELL_CAUSES = frozenset({"cell.excel_error", "cell.formula_no_value",
                         "cell.shared_formula_no_value"})


@frozen
class Message:
    """A message key of `messages.CATALOG` and its parameters, rendered on demand. A
    parameter that is itself a `Message` is rendered in the same language."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        if self.code not in CATALOG:
            # text rendered by a caller not yet converted to keys (kept as it is)
            return self.code
        params = {k: v.render(lang) if isinstance(v, Message) else v
                  for k, v in self.params.items()}
        return tr(self.code, lang, **params)


class CfpError(Exception):
    """Base class of every error cfp raises on purpose (exit code 2 in the CLI):
    `CfpError(code, **params)`, rendered by `message(lang)`. Several messages in one
    error (`of`) are rendered one per line."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params
        self.messages: tuple[Message, ...] = (Message(code, params),)

    @classmethod
    def of(cls, messages: list[Message]) -> CfpError:
        """One error reporting every message (e.g. each bad row of a file)."""
        error = cls(messages[0].code, **messages[0].params)
        error.messages = tuple(messages)
        return error

    def message(self, lang: str = "en") -> str:
        return "\n".join(m.render(lang) for m in self.messages)

    def __str__(self) -> str:
        return self.message("en")

    def __reduce__(self) -> tuple[object, ...]:
        # whatever the subclass's __init__, a copy (a batch worker's error) keeps it all
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[CfpError], args: tuple[object, ...],
             state: dict[str, object]) -> CfpError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


@frozen
class Problem:
    """One thing wrong with an input: where it is, what it is, how to fix it."""

    code: str
    file: str = ""
    sheet: str | None = None
    cell: str | None = None
    value: object = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def location(self) -> str:
        where = self.file
        if self.sheet is not None:
            place = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
            where = f"{where}: {place}" if where else place
        return where

    def message(self, lang: str = "en") -> str:
        value = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a cell holding -2 is shown as -2, not -2.0
        params = {k: v.render(lang) if isinstance(v, Message) else v
                  for k, v in {"value": value, **self.params}.items()}
        if "hint" in params:  # a message key, translated with the message
            params["hint"] = tr(str(params["hint"]), lang)
        return f"{self.location}: {tr(self.code, lang, **params)}"

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        return {
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": None if self.value is None else str(self.value),
            "message": self.message(lang),
        }


class ProblemLog:
    """Collects problems while reading; `raise_if_any` ends the run with all of them."""

    def __init__(self, file: str = "") -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.dropped = 0
        self._error_cells: set[tuple[str, str | None, str | None]] = set()
        #: tables read with rows or columns hidden in Excel (`workbook.find_table`): not
        #: problems, warned by resolve/checks.py (table, file, sheet, rows, columns)
        self.hidden: list[dict[str, object]] = []

    def add(self, code: str, sheet: str | None = None, cell: str | None = None,
            value: object = None, *, file: str | None = None, **params: object) -> None:
        self.extend([Problem(code, file or self.file, sheet, cell, value, dict(params))])

    def at(self, table: Any, i: int, fieldname: str, code: str, **params: object) -> None:
        """A problem in the cell of `fieldname` on data row `i` (position in
        `table.data`) of a located table."""
        row = int(table.data["row"][i])
        self.add(code, table.sheet, table.cell(row, fieldname), table.data[fieldname][i],
                 file=table.file, **params)

    def extend(self, problems: list[Problem]) -> None:
        """Add problems; a cell already reported as an Excel error (or a formula without
        its value) is not reported again as blank or missing: the error is the cause."""
        for problem in problems:
            if not problem.file:  # (a copy only then: a 100,000-row BOM may give 100,000)
                problem = replace(problem, file=self.file)
            where = (problem.file, problem.sheet, problem.cell)
            if problem.cell is not None and where in self._error_cells:
                continue
            if problem.code in CELL_CAUSES:
                self._error_cells.add(where)
            if len(self.problems) >= MAX_PROBLEMS:
                self.dropped += 1
            else:
                self.problems.append(problem)

    def explained(self, sheet: str, cells: Iterable[str], file: str | None = None) -> None:
        """Cells whose problem is said already (a merged range refused): nothing else is
        reported about them, as for an Excel error cell."""
        self._error_cells.update((file or self.file, sheet, cell) for cell in cells)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems, self.dropped)


class InputError(CfpError):
    """The input cannot be computed; `problems` says every reason found."""

    def __init__(self, problems: list[Problem], dropped: int = 0) -> None:
        self.problems = problems
        self.dropped = dropped
        super().__init__(problems[0].code if problems else "problems.more")

    def render(self, lang: str = "en") -> str:
        lines = [p.message(lang) for p in self.problems]
        if self.dropped:
            lines.append(tr("problems.more", lang, count=self.dropped))
        return "\n".join(lines)

    def message(self, lang: str = "en") -> str:
        return self.render(lang)


class UsageError(CfpError):
    """A command-line option or a combination of them cannot be used:
    `UsageError("usage.gwp", value="AR9")`."""
