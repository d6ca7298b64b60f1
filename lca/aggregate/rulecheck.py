"""The rule profile applied to one calculation (issue 14); called from `api._calculate`.

`profile_for` picks the profile (command line `--rules` > Settings 算定ルール > the
built-in `default`); `check_cutoff` estimates what is excluded and checks the emission
cut-off; `check_quality` the data-quality requirements. Every rule broken is a warning
and a `failure` (message key, params): `--strict` turns failures into exit code 1.
"""

from __future__ import annotations

from pathlib import Path

from ..compute import cutoff
from ..compute.flows import Notes
from ..errors import InputError, ProblemLog
from ..frame import Frame, is_in
from ..read.rules import RuleProfile, load_profile

Failure = tuple[str, dict[str, object]]


def profile_for(spec: str | None, settings_spec: str | None, bom: Path,
                log: ProblemLog) -> RuleProfile:
    """The profile in force; a bad one is added to `log` (the default stands in so that
    the other problems of the input are found in the same run)."""
    try:
        if spec:
            return load_profile(spec, "command_line")
        if settings_spec:
            return load_profile(settings_spec, "settings", base=bom.parent)
        return load_profile(None)
    except InputError as exc:
        log.extend(exc.problems)
        return load_profile(None)


def check_cutoff(inventory: Frame, notes: Notes, inputs: object,
                 profile: RuleProfile) -> tuple[dict[str, object], list[Failure]]:
    """The `emissions` part of the result's `cut_off`, with warnings in `notes`."""
    emissions = cutoff.assess(inventory, notes.excluded, inputs.factors,  # type: ignore[attr-defined]
                              inputs.materials,  # type: ignore[attr-defined]
                              inputs.masters.suppliers,  # type: ignore[attr-defined]
                              profile.emission_cutoff_pct, profile.cutoff_basis,
                              profile.proxy_kg_co2e_per_kg)
    limit = f"{profile.emission_cutoff_pct:g}%"
    checks = {"total": emissions["total"]} if profile.cutoff_basis == "total" \
        else emissions["stages"]
    failed: list[Failure] = []
    for name, check in checks.items():  # type: ignore[union-attr]
        if not check["excluded_items"]:
            continue
        params = {"count": check["excluded_items"],
                  "kg": f"{check['excluded_kg_co2e']:.4g}",
                  "share": f"{check['share_pct'] / 100:.2%}", "limit": limit,
                  "profile": profile.name}
        if check["not_estimated"]:
            failed.append((f"rules.cutoff_not_estimated.{name}",
                           {**params, "missing": check["not_estimated"]}))
        elif not check["within"]:
            failed.append((f"rules.cutoff_exceeded.{name}", params))
        else:
            notes.warn(f"warn.cutoff_emissions.{name}", **params)
    for key, params in failed:
        notes.warn(key, **params)
    return emissions, failed


def check_quality(primary_share: float, proxy_share: float,
                  profile: RuleProfile) -> list[Failure]:
    """Minimum primary data share, maximum proxy share (shares 0-1 of the total)."""
    failed: list[Failure] = []
    if profile.min_primary_data_pct is not None and \
            primary_share * 100 < profile.min_primary_data_pct - cutoff.TOLERANCE:
        failed.append(("rules.min_primary", {"share": f"{primary_share:.1%}",
                                             "limit": f"{profile.min_primary_data_pct:g}%",
                                             "profile": profile.name}))
    if profile.max_proxy_pct is not None and \
            proxy_share * 100 > profile.max_proxy_pct + cutoff.TOLERANCE:
        failed.append(("rules.max_proxy", {"share": f"{proxy_share:.1%}",
                                           "limit": f"{profile.max_proxy_pct:g}%",
                                           "profile": profile.name}))
    return failed


def stages_out(profile: RuleProfile) -> list[str]:
    from ..read.rules import STAGES

    return [s for s in STAGES if s not in profile.stages]


def mass_cutoff(option: float | None, setting: float | None,
                profile: RuleProfile) -> float | None:
    """The mass cut-off in force: --cutoff > Settings カットオフ > profile `cutoff.mass_pct`."""
    if option is not None:
        return option
    return setting if setting is not None else profile.mass_cutoff_pct


def before_result(inventory: Frame, notes: Notes,
                  inputs: object) -> tuple[Frame, dict[str, object]]:
    """The inventory within the profile's boundary, and the emission cut-off checked on
    what is excluded (warnings to `notes`)."""
    profile: RuleProfile = inputs.profile  # type: ignore[attr-defined]
    out = stages_out(profile)
    if out:
        notes.warn("warn.rules_stages_out", stages=", ".join(out), profile=profile.name)
        inventory = inventory.take(is_in(inventory["stage"], list(profile.stages)))
        # what is left out of a stage outside the boundary is not an exclusion of it
        notes.excluded[:] = [e for e in notes.excluded
                             if e.get("stage", "materials") in profile.stages]
    emissions, failed = check_cutoff(inventory, notes, inputs, profile)
    return inventory, {"emissions": emissions, "failed": failed}


def after_result(result: object, inputs: object, state: dict[str, object]) -> None:
    """Name the profile in the result, add the allocation and the data-quality checks."""
    from ..compute import allocation

    profile: RuleProfile = inputs.profile  # type: ignore[attr-defined]
    r = result  # an aggregate.result.Result
    if profile.declared_unit and not inputs.masters.settings.declared_unit:  # type: ignore[attr-defined]
        r.declared_unit = profile.declared_unit  # type: ignore[attr-defined]
    r.rules = rules_record(profile)  # type: ignore[attr-defined]
    r.cut_off_emissions = state["emissions"]  # type: ignore[attr-defined]
    r.allocation = allocation.credit(r.flows, r.total,  # type: ignore[attr-defined]
                                     profile.scrap_allocation, profile.recycling_rate_pct)
    if profile.scrap_allocation == "eol_recycling":
        r.warnings.append(("warn.rules_eol_credit", {  # type: ignore[attr-defined]
            "credit": f"{r.allocation['credit_kg_co2e']:.4g}",  # type: ignore[attr-defined]
            "profile": profile.name}))
        if 0 < profile.recycling_rate_pct < 1:  # 0.9 meant as 90 %: a credit 100 times small
            r.warnings.append(("warn.rules_rate_fraction", {  # type: ignore[attr-defined]
                "rate": f"{profile.recycling_rate_pct:g}", "profile": profile.name,
                "pct": f"{100 * profile.recycling_rate_pct:g}"}))
    quality = check_quality(r.primary_data_share(),  # type: ignore[attr-defined]
                            r.data_types["proxy"].share, profile)  # type: ignore[attr-defined]
    r.warnings.extend(quality)  # type: ignore[attr-defined]
    r.rule_failures = [*state["failed"], *quality]  # type: ignore[attr-defined, misc]


def rules_record(profile: RuleProfile) -> dict[str, object]:
    """The JSON `rules` object: which profile, from where, its hash and its rules."""
    return {"name": profile.name, "file": profile.file, "sha256": profile.sha256,
            "origin": profile.origin, "description": profile.description,
            "guideline": profile.guideline, "stages": list(profile.stages),
            "declared_unit": profile.declared_unit,
            "mass_cutoff_pct": profile.mass_cutoff_pct,
            "emission_cutoff_pct": profile.emission_cutoff_pct,
            "cutoff_basis": profile.cutoff_basis,
            "proxy_kg_co2e_per_kg": profile.proxy_kg_co2e_per_kg,
            "scrap_allocation": profile.scrap_allocation,
            "recycling_rate_pct": profile.recycling_rate_pct
            if profile.scrap_allocation == "eol_recycling" else None,
            "gwp": profile.gwp, "min_primary_data_pct": profile.min_primary_data_pct,
            "max_proxy_pct": profile.max_proxy_pct}


def is_file(spec: str) -> bool:
    """`--rules` names a file (an input: no output may replace it), not a built-in."""
    from ..read.rules import is_file_spec

    return is_file_spec(spec.strip())
