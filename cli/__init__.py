"""Command-line interface of cfp (typer): one module per command."""
