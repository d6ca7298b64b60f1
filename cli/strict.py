"""`--strict` (issue 14): the rules of the profile in force that a result does not meet
(emission cut-off, data quality) end `cfp calc` with exit code 1, a check failed, as the
CI gates do. Without `--strict` they are warnings of the result. The outputs asked for
are written either way: they name the rules broken."""

from __future__ import annotations


def exit_code(result: object, lang: str, strict: bool) -> int:
    """1 (each broken rule printed on stderr) when `strict` and a rule is broken, else 0."""
    failures = getattr(result, "rule_failures", None) or []
    if not strict or not failures:
        return 0
    from cfp.lca.messages import tr

    from .common import stderr_console, visible

    console = stderr_console()
    for key, params in failures:
        console.print(visible(f"✗ {tr(key, lang, **params)}"), markup=False, highlight=False,
                      soft_wrap=True)
    profile = (getattr(result, "rules", None) or {}).get("name", "")
    console.print(visible(tr("rules.strict_failed", lang, count=len(failures),
                             profile=profile)), markup=False, highlight=False, soft_wrap=True)
    return 1
