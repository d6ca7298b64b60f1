"""What the number rests on, in the terminal view (cli/render.py): the rule profile in
force, at the end of the header line (issue 14), and how many BOM lines use supplier
footprints with the share of the total they carry, one line (issue 12). The view still
fits 80 x 40."""

from __future__ import annotations

from typing import Any

from cfp.lca.messages import tr
from cfp.lca.render.model import fmt_pct


def view_lines(result: Any, lang: str) -> list[str]:
    """The context lines of `result` (none when there is nothing to say)."""
    lines: list[str] = []
    used = result.supplier_footprints() if result.supplier_pcfs else []
    if used:
        count = sum(len(f["rows"]) for f in used)  # BOM rows, each under one footprint
        kg = sum(float(f["kg_co2e"]) for f in used)
        share = kg / result.total if result.total else 0.0
        lines.append(tr("view.supplier_pcfs", lang, lines=count, share=fmt_pct(share)))
    return lines


def rules_text(result: Any, lang: str) -> str:
    """'  Rule profile: pact' for the header; a profile from a file shows the start of its
    SHA-256 too (`name sha256:1a2b3c4d`); '' when no profile is recorded."""
    from .common import shown

    rules = result.rules
    if not rules:
        return ""
    name = shown(str(rules["name"]))
    if not str(rules.get("file", "")).startswith("built-in:") and rules.get("sha256"):
        name += f" sha256:{str(rules['sha256'])[:8]}"
    return "  " + tr("view.rules", lang, name=name)
