"""Test-wide settings: property tests are derandomised in CI (CI=true), so a run there
is repeatable; on a developer's machine they explore new examples each time."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
