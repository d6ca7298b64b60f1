"""Compute: the flows of every life-cycle stage, arithmetic on typed columns."""
