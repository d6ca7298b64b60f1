"""The cfp library, laid out as its pipeline: read -> resolve -> compute -> aggregate ->
render (lca/read, lca/resolve, lca/compute, lca/aggregate, lca/render), with the
application layer (batch runs, diff, the PACT server) in lca/app. Never imports typer or
rich."""

#: The version of cfp: the one place it is written (pyproject.toml reads it from here,
#: so a result names it without importlib.metadata at start-up).
__version__ = "0.1.0"
