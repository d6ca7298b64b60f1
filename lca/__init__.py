"""The cfp library: read -> map -> compute -> aggregate -> render. Never imports typer or rich."""
