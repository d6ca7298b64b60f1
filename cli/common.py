"""What the commands share without typer, and the one place errors become exit codes.

Exit codes: 0 ok; 1 a check failed (a gate such as --fail-above); 2 bad input or
usage. Errors go to stderr as a short panel; a traceback only with --debug. Library
errors carry message keys (`cfp.lca.errors.CfpError`) and are rendered here, in the
user's language.

Nothing here imports typer: the fast path of `cfp calc` (cli/fast.py) runs without it.
The typer option types are in cli/options.py (and reachable here by name, for the
commands that import them from this module).

Text from input files reaches the terminal only through `visible` (or `shown` inside
rich markup): a part number holding ESC, a C1 control or a bidi override is printed
escaped (`\x1b`, `\u202e`), never as the control itself. The consoles made here apply
`visible` to every string they print as a safety net; table cells need it explicitly.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import BinaryIO

EXIT_OK, EXIT_GATE, EXIT_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `git log | head`


class Lang(StrEnum):
    ja = "ja"
    en = "en"


class ViewFormat(StrEnum):
    """--format of the commands that show a table or write JSON."""

    table = "table"
    json = "json"


#: the typer option types of cli/options.py, importable from here too
_OPTION_TYPES = frozenset({"LangOption", "DebugOption", "FactorColumnsOption",
                           "MaterialsOption", "MaxCellsOption", "MaxUnzippedOption",
                           "FileList"})


def __getattr__(name: str) -> object:
    """The typer option types (`LangOption`...) for modules importing them from here;
    only those names import typer (`__path__` and the like must not)."""
    if name in _OPTION_TYPES:
        from . import options

        return getattr(options, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def limits_of(max_cells: int | None, max_unzipped_mb: int | None):  # noqa: ANN201
    """The reading limits (`xlsxguard.Limits`) with the options given."""
    from cfp.lca.read.xlsxguard import Limits

    given = {k: v for k, v in (("max_cells", max_cells),
                               ("max_unzipped_mb", max_unzipped_mb)) if v is not None}
    return Limits(**given)


#: What a terminal would act on or that reorders or hides text: C0 controls (with tab
#: and line breaks, so that a value never breaks a line), DEL, C1 controls (0x9b is
#: CSI on many terminals), bidi marks, overrides and isolates, the Unicode line and
#: paragraph separators, and unpaired surrogates (which cannot even be encoded).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                        "\u2066-\u2069\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: object) -> str:
    """`text` safe for a terminal: every character of `_INVISIBLE` written as its
    Python escape (`\\x1b`, `\\n`, `\\u202e`); everything else as it is."""
    text = str(text)
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_escape_char, text)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT_ESCAPES.get(char) or (f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")


def shown(text: object) -> str:
    """`visible(text)` for a rich markup string: its brackets escaped too."""
    from rich.markup import escape

    return escape(visible(text))


def resolve_lang(lang: Lang | str | None, ctx: object = None) -> str:
    """The language of a command: its --lang; else, for a sub-command (`ctx`, its typer
    Context), the --lang given to its group (`cfp factors --lang ja list`); else
    CFP_LANG or the locale's."""
    if lang is None and ctx is not None:
        parent = getattr(ctx, "parent", None)
        lang = parent.params.get("lang") if parent is not None else None
    if lang is not None:
        return str(lang.value if isinstance(lang, Lang) else lang)
    import os

    from cfp.lca.messages import LANGS, default_lang, tr

    chosen = default_lang()
    asked = os.environ.get("CFP_LANG")
    if asked and asked not in LANGS:  # --lang fr is refused; CFP_LANG=fr must not be silent
        warn(tr("usage.cfp_lang", chosen, value=asked, langs=", ".join(LANGS), chosen=chosen))
    return chosen


def _is_exit(exc: BaseException) -> bool:
    """typer.Exit (or click's): a command ending with its exit code, not an error."""
    typer = sys.modules.get("typer")
    return typer is not None and isinstance(exc, typer.Exit)


@contextmanager
def handle_errors(lang: str, debug: bool) -> Iterator[None]:
    """Turn cfp errors into a message on stderr (in `lang`) and SystemExit(2)."""
    try:
        yield
    except BrokenPipeError:
        # the reader of stdout stopped early (`cfp calc ... | head`): not an error of
        # cfp; say nothing and exit like a program stopped by SIGPIPE
        _stdout_to_devnull()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except Exception as exc:  # noqa: BLE001 - the boundary of the program
        if _is_exit(exc):
            raise
        from cfp.lca.errors import CfpError, InputError

        if debug:
            raise
        # the error is reported below; half-finished generators of a library (openpyxl
        # writing to a full disk) finalised at exit must not add tracebacks after it
        sys.unraisablehook = lambda _unraisable: None
        if isinstance(exc, InputError):
            print_problems(exc, lang)
            raise SystemExit(EXIT_INPUT) from None
        if isinstance(exc, CfpError):
            error_panel(exc.message(lang), lang)
            raise SystemExit(EXIT_INPUT) from None
        from cfp.lca.details import os_reason
        from cfp.lca.messages import tr

        if isinstance(exc, OSError) and exc.filename is not None:
            # an output folder that cannot be made, a file that cannot be written...: the
            # environment, not a bug
            error_panel(tr("os.error", lang, path=exc.filename, reason=os_reason(exc)), lang)
            raise SystemExit(EXIT_INPUT) from None
        if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:
            # writing standard output to a full disk (`cfp calc ... > /dev/full`)
            error_panel(tr("os.error", lang, path=tr("label.stdout", lang),
                           reason=os_reason(exc)), lang)
            raise SystemExit(EXIT_INPUT) from None
        error_panel(tr("batch.internal", lang, detail=f"{type(exc).__name__}: {exc}"), lang)
        raise SystemExit(3) from None


def warn(message: str) -> None:
    """A note on stderr (never on stdout, which may be JSON)."""
    stderr_console().print(f"[yellow]•[/] {shown(message)}")


def _environment_errnos() -> frozenset[int]:
    import errno

    names = ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS", "EACCES", "EPERM")
    return frozenset(getattr(errno, n) for n in names if hasattr(errno, n))


_ENVIRONMENT_ERRNOS = _environment_errnos()


def no_cyclic_gc() -> None:
    """Switch the cyclic garbage collector off for the rest of this short-lived command.

    A large BOM or result allocates millions of small containers (cells, inventory rows,
    the lists of a 150 MB result JSON); the collector would scan them again and again for
    nothing (measured on 100,000 rows: 5-15 % of a calc, +0.7 s more while the BOM sheet
    is read in a thread, and 4x the time of loading a large result in `cfp diff`).
    Reference counting still frees everything that is not a cycle."""
    import gc

    gc.disable()


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of the buffered
    output cannot fail on the closed pipe again."""
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout replaced (tests) or already closed
        pass
    finally:
        os.close(devnull)


#: Width of tables written to a file, a pipe or a CI log (no terminal, no COLUMNS): rich
#: would assume 80 columns and squeeze columns away.
PIPE_WIDTH = 160


@cache
def _visible_console():  # noqa: ANN202 - rich is imported lazily
    """A rich Console class that prints every string argument through `visible`; made,
    Japanese text wraps between characters, never inside a number (`cli/wrap.py`)."""
    from rich.console import Console

    from .wrap import install

    install()

    class VisibleConsole(Console):
        def print(self, *objects: object, **options: object) -> None:  # type: ignore[override]
            super().print(*(visible(o) if isinstance(o, str) else o for o in objects),
                          **options)  # type: ignore[arg-type]

    return VisibleConsole


def stdout_console(**options: object):  # noqa: ANN201 - rich is imported lazily
    """A rich console on stdout. Not on a terminal (and COLUMNS unset) it is PIPE_WIDTH
    wide. A closed pipe (`| head`) ends the command through `handle_errors` (exit 141,
    silent) instead of rich's own exit 1, which would read as a failed check."""
    import os

    class _StdoutConsole(_visible_console()):  # type: ignore[misc]
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    # emoji=False: a `:smile:` in a file or part name is printed as it is written
    console = _StdoutConsole(highlight=False, emoji=False, **options)  # type: ignore[arg-type]
    if "width" not in options and not console.is_terminal and "COLUMNS" not in os.environ:
        console = _StdoutConsole(highlight=False, emoji=False, width=PIPE_WIDTH,
                                 **options)  # type: ignore[arg-type]
    return console


def data_type_text(value: object, lang: str) -> str:
    """A factor's data type as a reader of `lang` reads it (二次データ, not secondary)."""
    from cfp.lca.messages import tr

    return tr(f"dt.{value}", lang) if value in ("primary", "secondary", "proxy") else \
        str(value or "")


def data_table(labels: list[str], rows: list[tuple[str, ...]], *, flexible: tuple[int, ...] = (),
               right: tuple[int, ...] = (), cut: bool = False, optional: tuple[int, ...] = (),
               foldable: tuple[int, ...] = (), flex_max: int | None = 40,
               width: int | None = None):  # noqa: ANN201 - rich, lazily
    """A rich table (cells in rich markup, values escaped with `shown`) that fits the
    console by the rules of `cli/tables.py`: key cells and numbers are never cut (each
    column at least as wide as its widest cell, a long header wraps instead); the
    `optional` columns are left out, in that order, while the rest would not fit; the
    `flexible` columns (long free text) share what the others leave (8 to `flex_max`
    columns each): they wrap (an action of `cfp advise`), or with `cut` stay on one line, cut with
    "…" (a listing's sources and spellings: folded into 40-column pieces over eight lines
    they were unreadable; the full text is in the JSON and in `cfp factors show`); the
    `foldable` columns (a file name) fold only when they cannot fit whole. The columns
    left out are the labels missing from the table's headers (`left_out`). `width`: the
    console's unless given. Controls left in a cell are made `visible` here too."""
    from rich.table import Table
    from rich.text import Text

    from .tables import Spec, fit

    rows = [tuple(map(visible, row)) for row in rows]
    specs = [Spec(max((Text.from_markup(row[i], emoji=False).cell_len for row in rows),
                      default=0),
                  Text.from_markup(label, emoji=False).plain, i in flexible, i in foldable,
                  flex_max)
             for i, label in enumerate(labels)]
    widths = fit(specs, width or stdout_console().width, optional)
    table = Table(show_edge=False)
    for i, width in widths.items():
        one_line = cut and i in flexible
        table.add_column(labels[i], width=width, no_wrap=one_line,
                         overflow="ellipsis" if one_line else "fold",
                         justify="right" if i in right else "left")
    cuts = {i: widths[i] for i in flexible if cut and i in widths}
    for row in rows:
        table.add_row(*(_cut_between_words(row[i], cuts[i]) if i in cuts else row[i]
                        for i in widths))
    return table


def _cut_between_words(markup: str, width: int) -> str:
    """A cell of a cut column that does not fit, cut between words ("…"), never inside
    a number (a source's year cut to '20…' would be another year)."""
    from rich.markup import escape
    from rich.text import Text

    from .wrap import shorten

    text = Text.from_markup(markup, emoji=False)
    return markup if text.cell_len <= width else escape(shorten(text.plain, width))


def left_out(table, labels: list[str]) -> list[str]:  # noqa: ANN001 - a rich Table
    """The labels of `data_table`'s optional columns it left out, in their order."""
    shown_headers = {column.header for column in table.columns}
    return [label for label in labels if label not in shown_headers]


def print_table(table, labels: list[str], lang: str,  # noqa: ANN001 - a rich Table
                note: str = "table.left_out") -> None:
    """`table` on stdout, never cropped (a terminal wraps), and a line naming the columns
    left out at this width (`note`, a message key with {columns}), if any."""
    from cfp.lca.messages import tr

    console = stdout_console()
    console.print(table, crop=False)
    missing = left_out(table, labels)
    if missing:
        columns = tr("table.separator", lang).join(missing)
        console.print(shown(tr(note, lang, columns=columns)))


def stderr_console():  # noqa: ANN201 - rich is imported lazily
    return _visible_console()(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def print_problems(exc, lang: str) -> None:  # noqa: ANN001 - cfp.lca.errors.InputError
    """One line per problem, never cut: no panel (a panel crops lines at its edge), and no
    wrapping when stderr is a file or CI log, so each problem stays greppable (a line
    break inside a value is shown as \\n)."""
    from cfp.lca.messages import tr

    console = stderr_console()
    console.print(f"[bold red]{tr('label.problems', lang)}[/]")
    lines = [p.message(lang) for p in exc.problems]
    if exc.dropped:
        lines.append(tr("problems.more", lang, count=exc.dropped))
    for line in lines:
        console.print(f"[red]•[/] {shown(line)}")


def error_panel(message: str, lang: str) -> None:
    """One uncut line: no panel, which would crop the message at its edge in CI logs."""
    from cfp.lca.messages import tr

    stderr_console().print(f"[bold red]{tr('label.error', lang)}:[/] {shown(message)}")


def write_stdout(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()


def parse_factor_columns(text: str | None, lang: str = "en") -> dict[str, str] | None:
    """`--factor-columns "key=製品コード,factor=GWP"` to {field: header}; an item that is
    not field=header, or an unknown field, is a usage error (it could not apply)."""
    if not text:
        return None
    from cfp.lca.errors import UsageError
    from cfp.lca.read.factors import FACTOR_ALIASES

    mapping = {}
    for item in text.split(","):
        name, sep, header = item.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise UsageError("usage.factor_columns", item=item)
        if name.strip() not in FACTOR_ALIASES:
            raise UsageError("usage.factor_columns_field", field=name.strip(),
                             fields=", ".join(FACTOR_ALIASES))
        mapping[name.strip()] = header.strip()
    return mapping


def check_gwp(gwp: str | None) -> None:
    if gwp is not None and gwp.upper() not in ("AR5", "AR6"):
        from cfp.lca.errors import UsageError

        raise UsageError("usage.gwp", value=gwp)


def check_output(output: Path | None, table: bool, formats: str = "json") -> None:
    """-o writes a machine format; with the table view it would write nothing: refused,
    saying which --format to add."""
    if output is not None and table:
        from cfp.lca.errors import UsageError

        raise UsageError("usage.output_needs_format", path=output, formats=formats)


def view_format(output_format: ViewFormat | str, as_json: bool, lang: str) -> ViewFormat:
    """--format, or the deprecated --json flag (which still works, with a note)."""
    if as_json:
        from cfp.lca.messages import tr

        warn(tr("usage.json_deprecated", lang))
        return ViewFormat.json
    return ViewFormat(output_format)


def emit(write: Callable[[BinaryIO], object], output: Path | None,
         inputs: Sequence[Path] = ()) -> None:
    """Write bytes to stdout, or to `output` atomically once it is known not to be one of
    the `inputs`. `write(handle)` writes to a binary handle."""
    if output is None:
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    from cfp.lca.output import atomic_write, check_outputs

    check_outputs([output], list(inputs))

    def write_file(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            write(handle)

    atomic_write(output, write_file)


def emit_json(data: object, output: Path | None, inputs: Sequence[Path] = ()) -> None:
    """`data` as indented JSON (and a final line break) on stdout or in `output`."""
    import orjson

    text = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    from cfp.lca.output import write_all

    emit(lambda handle: write_all(handle.write, text), output, inputs)
