"""The `cfp` command: registers one module per command.

Only typer is imported here so that `cfp --help` stays fast; each command imports the
library (pandas, calamine...) inside its function.
"""

from __future__ import annotations

import typer

from . import calc, clients, diff, factors, init, materials, serve

app = typer.Typer(
    name="cfp",
    help="Product carbon footprints (ISO 14067, cradle-to-gate) from BOM workbooks. "
    "BOM 表から製品カーボンフットプリントを計算します。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("calc")(calc.calc)
app.command("init")(init.init)
app.command("diff")(diff.diff)
app.command("materials")(materials.materials)
app.add_typer(factors.app, name="factors")
app.command("serve")(serve.serve)
app.add_typer(clients.app, name="clients")


def run() -> None:
    app()
