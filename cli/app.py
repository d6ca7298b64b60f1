"""The typer app of `cfp`: one module per command, and the parser's errors in the user's
language.

`cfp calc FILE [options]` usually does not come here: `cli/main.py` runs it through
the fast path, and sends everything else (other commands, --help, anything the fast
path does not parse) to this app. Its group renders typer's own usage errors (unknown
option, missing argument, a value that is not a number) like cfp's, in Japanese under
`--lang ja` / CFP_LANG=ja, exit 2 (`cli/usage.py`), and draws the help's frame (Usage:,
Options, [required]...) in the same language (`cli/helpframe.py`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from . import calc, clients, diff, factors, init, materials, serve


class CfpGroup(TyperGroup):
    """The `cfp` group: typer parses in non-standalone mode, so that its usage errors
    reach `cli/usage.py` instead of being printed in English."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        from .helpframe import use
        from .usage import language_of

        use(language_of(argv))  # the help's frame words (Usage:, Options...) in the language
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except Exception as exc:
            from .usage import is_parser_error, report

            if not is_parser_error(exc):
                raise
            code = report(exc, argv)
            if not standalone_mode:
                raise SystemExit(code) from None
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="cfp",
    cls=CfpGroup,
    help="Product carbon footprints (ISO 14067, cradle-to-gate) from BOM workbooks. "
    "BOM 表から製品カーボンフットプリントを計算します。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("calc")(calc.calc)
app.command("advise")(__import__("cfp.cli.advise", fromlist=["advise"]).advise)  # issue 14
app.command("init")(init.init)
app.command("diff")(diff.diff)
app.command("materials")(materials.materials)
app.add_typer(factors.app, name="factors")
app.command("serve")(serve.serve)
app.add_typer(clients.app, name="clients")
