"""The report's view of processing by energy carrier (issue 15, aggregate/energy.py):
on-site fuel (Scope 1) and purchased electricity incl. compressed air (Scope 2).

Shown only when a process burns fuel or uses compressed air: for electricity alone the
split says nothing the process table does not.
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr


def view(result: Any, lang: str) -> dict[str, object] | None:
    """Rows (carrier label, scope label, amount, unit, kg-CO2e, share of the total) and
    the two scope totals; None when processing is electricity only."""
    scopes = result.processing_scopes
    if all(c.key == "electricity" for c in scopes.carriers):
        return None
    names = result.factor_details

    def label(key: str) -> str:
        if key == "electricity":
            return tr("carrier.electricity", lang)
        if key == "compressed_air":
            return tr("carrier.compressed_air", lang)
        detail = names.get(key, {})
        return str(detail.get("name_ja" if lang == "ja" else "name") or key)

    scope_label = {1: tr("scope.scope1", lang), 2: tr("scope.scope2", lang)}
    rows = [{"carrier": label(c.key), "scope": scope_label[c.scope],
             "amount": c.amount, "unit": c.unit, "kg_co2e": c.kg_co2e, "share": c.share}
            for c in scopes.carriers]
    return {"rows": rows, "scope1": scopes.scope1_kg, "scope2": scopes.scope2_kg}
