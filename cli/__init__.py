"""Command-line interface of cfp: one module per command (typer, `cli/app.py`), and a
fast path for the common `cfp calc FILE [options]` that runs without typer
(`cli/main.py`, `cli/fast.py`)."""
