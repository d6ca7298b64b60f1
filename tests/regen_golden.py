"""Regenerate the golden report files in tests/golden/ (and the README screenshot).

    .venv/bin/python tests/regen_golden.py               # tests/golden/*.html
    .venv/bin/python tests/regen_golden.py --screenshot  # + docs/cfp-sheet.png
    make screenshot                                       # the same

The golden files are the study report and the CFP sheet (HTML) of both samples in
Japanese and English, rendered at a pinned time and with a fixed cfp version, so that
they change only when a template, a label or a figure changes. tests/test_reports.py
compares them byte for byte: after an intended change, run this script and review
`git diff tests/golden/` before committing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = ROOT / "samples"
SAMPLE_FILES = ["machined-assembly-ja.xlsx", "multilevel-en.xlsx"]
LANGS = ["ja", "en"]
KINDS = ["report", "sheet"]
#: Pinned creation time and version printed in the golden files.
TIMESTAMP = "2026-04-01T09:00:00+09:00"
GOLDEN_VERSION = "0.0.0-golden"
SCREENSHOT = ROOT / "docs" / "cfp-sheet.png"


def sample_result(name: str, pin_version: bool = True):  # -> cfp.lca.aggregate.result.Result
    from cfp.lca.api import calculate

    result = calculate(SAMPLES / name)
    if pin_version:  # a version bump must not change the golden files
        result.cfp_version = GOLDEN_VERSION
    return result


def golden_name(sample: str, lang: str, kind: str) -> str:
    return f"{Path(sample).stem}.{lang}-{kind}.html"


def render(sample: str, lang: str, kind: str, result=None) -> str:
    from cfp.lca.render import html as report_html
    from cfp.lca.render.model import build_model
    from cfp.lca.render.reports import resolve_created

    model = build_model(result or sample_result(sample), lang, resolve_created(TIMESTAMP))
    return (report_html.render_report if kind == "report" else report_html.render_sheet)(model)


def regenerate() -> list[Path]:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in SAMPLE_FILES:
        result = sample_result(sample)
        for lang in LANGS:
            for kind in KINDS:
                path = GOLDEN / golden_name(sample, lang, kind)
                path.write_text(render(sample, lang, kind, result), encoding="utf-8",
                                newline="")
                written.append(path)
    return written


def screenshot() -> Path:
    """The Japanese sample's CFP sheet as PNG (for the README), typeset like the PDF."""
    from cfp.lca.render.model import build_model
    from cfp.lca.render.pdf import sheet_png
    from cfp.lca.render.reports import resolve_created

    model = build_model(sample_result(SAMPLE_FILES[0], False), "ja", resolve_created(TIMESTAMP))
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.write_bytes(sheet_png(model, 110))
    return SCREENSHOT


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", action="store_true",
                        help="also render docs/cfp-sheet.png")
    args = parser.parse_args(argv)
    for path in regenerate():
        print(f"wrote {path.relative_to(ROOT)}")
    if args.screenshot:
        print(f"wrote {screenshot().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
