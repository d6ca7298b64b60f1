"""Lines of the terminal view that say what the number rests on (cli/render.py):
how many BOM lines use supplier footprints and the share of the total they carry
(issue 12). One line each, so that the view still fits 80 x 40."""

from __future__ import annotations

from typing import Any

from cfp.lca.messages import tr


def view_lines(result: Any, lang: str) -> list[str]:
    """The context lines of `result` (none when there is nothing to say)."""
    lines: list[str] = []
    used = result.supplier_footprints() if result.supplier_pcfs else []
    if used:
        count = sum(len(f["rows"]) for f in used)  # BOM rows, each under one footprint
        kg = sum(float(f["kg_co2e"]) for f in used)
        share = kg / result.total if result.total else 0.0
        lines.append(tr("view.supplier_pcfs", lang, lines=count, share=f"{share:.1%}"))
    return lines
