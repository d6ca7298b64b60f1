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
    from cfp.lca.errors import UsageError
    from cfp.lca.uncertainty import MAX_ITERATIONS

    if not 2 <= iterations <= MAX_ITERATIONS:
        raise UsageError("usage.range", option="--uncertainty", value=iterations, low=2,
                         high=f"{MAX_ITERATIONS:,}")
    if seed is not None and not 0 <= seed < 2 ** 63:
        raise UsageError("usage.at_least", option="--seed", value=seed, low=0)
    if sensitivity is not None and not 0 < sensitivity <= 100:
        raise UsageError("usage.range", option="--sensitivity", value=f"{sensitivity:g}",
                         low=0, high=100)
