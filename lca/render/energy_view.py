"""The report's view of processing by energy carrier (issue 15, aggregate/energy.py):
on-site fuel (Scope 1) and purchased electricity incl. compressed air (Scope 2).

Shown only when a process burns fuel or uses compressed air: for electricity alone the
split says nothing the process table does not. The same figures go to the report
(`view`), the workbook's energy-carrier sheet (`xlsx_sheet`, an `xlsx.EXTRA_SHEETS`
entry) and one line of the terminal view (`terminal_lines`, cli/render.py).
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
    scope_label = {1: tr("scope.scope1", lang), 2: tr("scope.scope2", lang)}
    rows = [{"carrier": carrier_name(result, c.key, lang), "scope": scope_label[c.scope],
             "amount": c.amount, "unit": c.unit, "kg_co2e": c.kg_co2e, "share": c.share}
            for c in scopes.carriers]
    return {"rows": rows, "scope1": scopes.scope1_kg, "scope2": scopes.scope2_kg}


def carrier_name(result: Any, key: str, lang: str) -> str:
    """An energy carrier (the inventory's `energy_carrier`) by what it is: purchased
    electricity, compressed air, or the fuel's factor name in `lang`."""
    if key == "electricity":
        return tr("carrier.electricity", lang)
    if key == "compressed_air":
        return tr("carrier.compressed_air", lang)
    detail = result.factor_details.get(key, {})
    return str(detail.get("name_ja" if lang == "ja" else "name") or key)


def terminal_lines(result: Any, lang: str) -> list[str]:
    """One line under the stages: processing as Scope 1 and Scope 2 (nothing for
    electricity alone)."""
    v = view(result, lang)
    if v is None:
        return []
    return [tr("scope.terminal", lang, scope1=f"{v['scope1']:,.3f}",
               scope2=f"{v['scope2']:,.3f}")]


def xlsx_sheet(m: Any) -> Any:
    """The workbook's energy-carrier sheet: each carrier of the processing stage with its
    scope, amount and emissions, then the Scope 1 and Scope 2 totals."""
    v = getattr(m, "processing_scopes", None)
    if v is None:
        return None
    from .text import t
    from .xlsx import KG, PCT, ExtraSheet

    lang = m.lang

    def write(s: Any) -> None:
        s.header([t(h, lang) for h in ("h.energy_carrier", "h.scope", "h.amount", "h.unit",
                                       "h.kg", "h.share")])
        for row in v["rows"]:
            s.append([row["carrier"], row["scope"], s.cell(row["amount"], fmt="#,##0.000"),
                      row["unit"], s.cell(row["kg_co2e"], fmt=KG),
                      s.cell(row["share"], fmt=PCT)])
        for key in ("scope1", "scope2"):
            s.append([t(f"scope.{key}", lang), None, None, None, s.cell(v[key], fmt=KG)])

    return ExtraSheet(t("sec.processing_scopes", lang), [34, 30, 14, 10, 14, 10], write)
