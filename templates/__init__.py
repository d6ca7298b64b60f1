"""Jinja2 templates for reports and sheets (package data)."""
