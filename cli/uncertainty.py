"""The Monte Carlo options of `cfp calc` and `cfp advise` (issue 14), checked once."""

from __future__ import annotations

from typing import Any


def options_of(args: Any) -> dict[str, object]:
    """`api.Options` fields from `--uncertainty N --seed S --sensitivity PCT
    --uncertainty-defaults FILE`; a usage error names what cannot apply."""
    from cfp.lca.errors import UsageError

    iterations = getattr(args, "uncertainty", None)
    if iterations is None:
        for option, value in (("--seed", args.seed), ("--sensitivity", args.sensitivity),
                              ("--uncertainty-defaults", args.uncertainty_defaults)):
            if value is not None:
                raise UsageError("usage.needs_uncertainty", option=option)
        return {}
    check_numbers(iterations, args.seed, args.sensitivity)
    return {"uncertainty": iterations, "seed": args.seed,
            "sensitivity_pct": args.sensitivity,
            "uncertainty_defaults": args.uncertainty_defaults}


def check_numbers(iterations: int, seed: int | None, sensitivity: float | None) -> None:
    from cfp.lca.compute.uncertainty import MAX_ITERATIONS
    from cfp.lca.errors import UsageError

    if not 2 <= iterations <= MAX_ITERATIONS:
        raise UsageError("usage.range", option="--uncertainty", value=iterations, low=2,
                         high=f"{MAX_ITERATIONS:,}")
    if seed is not None and not 0 <= seed < 2 ** 63:
        raise UsageError("usage.at_least", option="--seed", value=seed, low=0)
    if sensitivity is not None and not 0 < sensitivity <= 100:
        raise UsageError("usage.range", option="--sensitivity", value=f"{sensitivity:g}",
                         low=0, high=100)


def view_lines(result: Any, lang: str) -> list[str]:
    """The terminal view's Monte Carlo lines (cli/render.py; one line each, so the
    80 x 40 view keeps its room): the 95 % interval with mean and sd, and the lines
    contributing most to the variance."""
    analysis = getattr(result, "uncertainty", None)
    if analysis is None:
        return []
    from cfp.lca.messages import tr

    from .common import shown

    total = analysis.total
    run = tr("label.unc.run", lang, iterations=f"{analysis.iterations:,}", seed=analysis.seed)
    lines = [f"[bold]{tr('label.unc.interval', lang)}: {total.p2_5:,.3f} – {total.p97_5:,.3f} "
             f"kg-CO2e[/]  {tr('label.unc.mean', lang)} {total.mean:,.3f}  "
             f"{tr('label.unc.sd', lang)} {total.sd:,.3f}  ({run})"]
    top = analysis.contributors[:3]
    if top:
        from cfp.lca.render.uncertainty_view import flow_name

        parts = tr("list.sep", lang).join(
            f"{shown(c['part_number'])} {shown(flow_name(result, c, lang))} "
            f"{c['variance_share']:.0%}" for c in top)
        lines.append(f"{tr('label.unc.contributors', lang)}: {parts}")
    return lines
