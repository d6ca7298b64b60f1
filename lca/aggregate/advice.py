"""Next-best-data advice (issue 14): what to measure or ask a supplier for next.

Two kinds of action, each on the inventory's own lines:

- **measure**: the estimated energy lines of one part on one process (rated power x time
  x utilisation) become a meter reading: their amounts take the default spread of a
  measured value (`Defaults.amount_cv["measured_energy"]`, 5 %) instead of an
  estimate's (30 %).
- **ask_supplier**: the material lines of one part computed with a proxy or secondary
  factor get a supplier PACT footprint: the part gets a factor of its own (no longer
  moving with every other user of the shared factor), lognormal with the default of a
  primary value (`Defaults.factor_gsd["primary"]`, gsd 1.10). The proxy share of the
  total falls by the part's share.

Ranking: every candidate's reduction of Var(total) is computed analytically (exact for
the model, `uncertainty.Model.stage_moments`); a candidate that lowers it by less than
0.1 % and lowers no proxy share is dropped; the `top` best, with the `top` largest
proxy shares, are re-run through the same Monte Carlo (same iterations and seed: the
same random numbers, so the difference is the action's, not noise), and ranked by how
much the 95 % interval of the total narrows (then by proxy share).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..compute.uncertainty import (
    Model,
    Spec,
    Stats,
    build_model,
    simulate,
    stats_of,
)

#: smallest analytic reduction of Var(total) an action must bring (share), unless it
#: lowers the proxy share
MIN_REDUCTION = 0.001


@dataclass
class Advice:
    iterations: int
    seed: int
    static_total: float
    total: Stats
    proxy_share: float
    actions: list[dict[str, Any]]

    def to_dict(self) -> dict[str, object]:
        return {"method": "monte_carlo_rerun", "iterations": self.iterations,
                "seed": self.seed, "static_total_kg_co2e": self.static_total,
                "total": self.total.to_dict(), "proxy_share": self.proxy_share,
                "actions": self.actions}


def candidates(result: Any, model: Model) -> list[dict[str, Any]]:
    """Every action the inventory allows: (kind, part, process or supplier, lines)."""
    flows, parts = result.flows, result.part_rows
    stage = np.asarray(flows["stage"], dtype=object)
    energy = np.asarray(flows["energy_basis"], dtype=object)
    process = np.asarray(flows["process"], dtype=object)
    data_type = np.asarray(flows["data_type"], dtype=object)
    matched = np.asarray(flows["matched_by"], dtype=object)
    part = np.asarray(flows["part"]).astype(np.intp)
    number = np.asarray(flows["part_number"], dtype=object)
    keys = np.asarray(flows["factor_key"], dtype=object)
    supplier = np.asarray(parts["supplier"], dtype=object) if "supplier" in parts \
        else np.full(len(parts), None, dtype=object)
    out: list[dict[str, Any]] = []
    estimated = np.flatnonzero((stage == "processing") & (energy == "estimated"))
    seen: dict[tuple[int, object], list[int]] = {}
    for i in estimated.tolist():
        seen.setdefault((int(part[i]), process[i]), []).append(i)
    for (_part, name), lines in seen.items():
        out.append({"kind": "measure", "part": number[lines[0]], "process": name,
                    "lines": np.array(lines, dtype=np.intp)})
    asked = (stage == "materials") & np.isin(data_type, ("proxy", "secondary")) \
        & (matched != "supplier_pcf") & (model.kind[model.factor_of] != 0)
    by_part: dict[int, list[int]] = {}
    for i in np.flatnonzero(asked).tolist():
        by_part.setdefault(int(part[i]), []).append(i)
    for p, lines in by_part.items():
        out.append({"kind": "ask_supplier", "part": number[lines[0]],
                    "supplier": supplier[p] if p < len(supplier) else None,
                    "key": keys[lines[0]], "basis": data_type[lines[0]],
                    "lines": np.array(lines, dtype=np.intp)})
    return out


def variant(model: Model, action: dict[str, Any], spec: Spec) -> Model:
    """The model with the action's input made primary."""
    lines = action["lines"]
    if action["kind"] == "measure":
        out = model.copy()
        out.amount_sd[lines] = np.abs(out.amount[lines]) * \
            spec.defaults.amount_cv["measured_energy"]
        return out
    return model.with_own_factor(lines, spec.defaults.factor_gsd["primary"], "primary")


def advise(result: Any, factor_dists: dict[str, dict[str, object]], spec: Spec,
           top: int = 10, dqr: dict[str, float] | None = None) -> Advice:
    """The ranked actions for `result` (module docstring)."""
    model = build_model(result.flows, factor_dists, spec.defaults, dqr)
    total = float(result.total)
    kg = np.nan_to_num(result.flows["kg_co2e"].astype(float))
    proxy = np.asarray(result.flows["data_type"], dtype=object) == "proxy"
    base = stats_of(simulate(model, spec.iterations, spec.seed)[-1])
    base_var = float(model.stage_moments()[1][-1])
    found = candidates(result, model)
    _score(found, model, spec, kg, proxy, total, base_var)
    actions = []
    for i in _chosen(found, base_var, top):
        action = found[i]
        after = stats_of(simulate(action["_model"], spec.iterations, spec.seed)[-1])
        actions.append(_action_row(result, action, base, after, base_var))
    actions.sort(key=lambda a: (-round(a["narrowing_kg"], 12), -a["proxy_share"],
                                str(a["part_number"])))
    return Advice(spec.iterations, spec.seed, total, base,
                  float(kg[proxy].sum() / total) if total else 0.0, actions[:top])


def _score(found: list[dict[str, Any]], model: Model, spec: Spec, kg: np.ndarray,
           proxy: np.ndarray, total: float, base_var: float) -> None:
    """Adds to each candidate its shares (of the variance, of the total, of the proxy
    emissions), its model (`_model`) and its analytic reduction of Var(total)."""
    factor_part, amount_part = model.line_contributions()
    contribution = factor_part + amount_part
    for action in found:
        lines = action["lines"]
        action["variance_share"] = float(contribution[lines].sum() / base_var) \
            if base_var > 0 else 0.0
        action["share_of_total"] = float(kg[lines].sum() / total) if total else 0.0
        action["proxy_share"] = float(kg[lines][proxy[lines]].sum() / total) if total else 0.0
        action["_model"] = variant(model, action, spec)
        action["variance_reduction"] = base_var - float(action["_model"].stage_moments()[1][-1])


def _chosen(found: list[dict[str, Any]], base_var: float, top: int) -> list[int]:
    """The candidates re-run through the Monte Carlo: the `top` largest variance
    reductions and the `top` largest proxy shares (indices into `found`)."""
    # an action that neither lowers the variance by 0.1 % nor the proxy share is no advice
    # (its Monte Carlo narrowing would be sampling noise)
    useful = [i for i in range(len(found))
              if found[i]["variance_reduction"] >= MIN_REDUCTION * base_var
              or found[i]["proxy_share"] > 0]
    order = sorted(useful, key=lambda i: (-found[i]["variance_reduction"], i))
    by_proxy = sorted((i for i in range(len(found)) if found[i]["proxy_share"] > 0),
                      key=lambda i: (-found[i]["proxy_share"], i))
    return list(dict.fromkeys([*order[:top], *by_proxy[:top]]))


def _action_row(result: Any, action: dict[str, Any], base: Stats, after: Stats,
                base_var: float) -> dict[str, Any]:
    """The output of one re-run action: what it is, its rows, shares and intervals."""
    narrowing = base.width - after.width
    return {
        "kind": action["kind"], "part_number": action["part"],
        **({"process": action["process"]} if action["kind"] == "measure" else
           {"supplier": action["supplier"], "factor_key": action["key"],
            "basis": action["basis"]}),
        "rows": sorted({int(r) for r in np.asarray(result.flows["row"])[action["lines"]]
                        + 1}),
        "variance_share": action["variance_share"],
        "share_of_total": action["share_of_total"],
        "proxy_share": action["proxy_share"],
        "interval_before": [base.p2_5, base.p97_5],
        "interval_after": [after.p2_5, after.p97_5],
        "narrowing_kg": narrowing,
        "narrowing_pct": narrowing / base.width if base.width else 0.0,
        "variance_reduction_share": action["variance_reduction"] / base_var
        if base_var > 0 else 0.0}


def advice_of(result: Any, top: int = 10) -> Advice:
    """The actions for a result calculated with `--uncertainty`, computed once and kept on
    its analysis (the report, the workbook and `cfp advise` show the same)."""
    analysis = result.uncertainty
    if analysis.advice_cache is None:
        analysis.advice_cache = advise(result, analysis.factor_dists,
                                       analysis.spec or Spec(analysis.iterations), top,
                                       analysis.dqr)
    return analysis.advice_cache


def action_text(action: dict[str, Any], lang: str, result: Any = None) -> str:
    """The sentence of an action (messages `advice.*`); the factor by its name in `lang`
    where the result is given (`Result.factor_name`)."""
    from ..messages import tr

    variance = f"{action['variance_share']:.0%}"
    if action["kind"] == "measure":
        return tr("advice.measure", lang, part=action["part_number"],
                  process=action["process"], variance=variance)
    supplier = action.get("supplier") or tr("advice.no_supplier", lang)
    return tr("advice.ask_supplier", lang, supplier=supplier, part=action["part_number"],
              basis=tr(f"advice.basis.{action['basis']}", lang),
              key=action["factor_key"] if result is None else result.factor_name(
                  action["factor_key"], lang),
              share=f"{action['share_of_total']:.0%}", variance=variance)
