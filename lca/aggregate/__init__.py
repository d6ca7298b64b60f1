"""Aggregate: the one place every figure of a result is computed."""
