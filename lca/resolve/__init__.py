"""Resolve: each BOM line matched to its structure, factor and master data by one
precedence rule; problems collected, nothing computed."""
