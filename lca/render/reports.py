"""Reports of one result: the study report, the CFP sheet, PDFs, the Excel inventory.

    write_reports(result, ["html", "sheet", "pdf", "xlsx"], out_dir, "ja")

writes `<stem>-report.html`, `<stem>-sheet.html`, `<stem>-report.pdf` +
`<stem>-sheet.pdf`, `<stem>-inventory.xlsx` (and `<stem>.json` / `<stem>.csv` for
"json"/"csv"). Every file is rendered in memory first, then written to a temporary
file beside its target; only when all are written are they renamed into place
(`output.atomic_set`): a failing run leaves every existing report untouched, and the
set is replaced only by a complete new set, never a mix of old and new files.

The "created" date printed in the reports is `timestamp` (ISO 8601), else
SOURCE_DATE_EPOCH, else now: with a pinned time, identical inputs give byte-identical
files. The pieces: `report_model` (figures), `report_text` (ja/en words),
`report_charts` (SVG), `report_html` (HTML/PDF), `report_xlsx` (workbook).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..aggregate.result import Result
from ..clock import resolve_time
from ..errors import UsageError
from ..output import atomic_set

KINDS = ("html", "sheet", "pdf", "xlsx", "json", "csv", "pact")

#: The files of each report kind, as suffixes of the BOM file's stem.
FILE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "html": ("-report.html",), "sheet": ("-sheet.html",),
    "pdf": ("-report.pdf", "-sheet.pdf"), "xlsx": ("-inventory.xlsx",),
    "json": (".json",), "csv": (".csv",), "pact": ("-pact.json",)}


def report_file_names(stem: str, kinds: list[str]) -> list[str]:
    """The names `write_reports` gives the files of `kinds` for a BOM named `stem`: the
    one list both the writers and the check that no output replaces an input use."""
    return [stem + suffix for kind in kinds for suffix in FILE_SUFFIXES.get(kind, ())]


def resolve_created(timestamp: str | None = None, lang: str = "en") -> datetime:
    """The creation time printed in reports, in the user's zone (`clock.resolve_time`:
    JST for a Japanese user)."""
    return resolve_time(timestamp, lang)[0]


def write_reports(result: Result, kinds: list[str], out_dir: Path, lang: str,
                  timestamp: str | None = None) -> list[Path]:
    """Write the reports in `kinds` to `out_dir`; return the files written, in order."""
    wanted = list(dict.fromkeys(k.strip().lower() for k in kinds if k.strip()))
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise UsageError("usage.report_kind", value=",".join(unknown), kinds=", ".join(KINDS))
    lang = "ja" if lang == "ja" else "en"
    created = resolve_created(timestamp, lang)
    try:
        rendered = render_reports(result, wanted, lang, created, out_dir)
    except OSError as exc:
        if exc.filename is not None:
            raise
        # openpyxl renders through temporary files: a full or unwritable
        # temporary folder is the environment, named as such
        import tempfile

        raise OSError(exc.errno, exc.strerror or type(exc).__name__,
                      tempfile.gettempdir()) from exc
    written = [Path(out_dir) / name for name, _data in rendered]
    with atomic_set() as stage:  # all replaced, or none: never a mixed old/new set
        for path, (_name, data) in zip(written, rendered, strict=True):
            stage(path, _writer(data))
    return written


def render_reports(result: Result, kinds: list[str], lang: str, created: datetime,
                   out_dir: Path | None = None) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each requested report, all rendered before any is written.
    `out_dir`: where an earlier PACT footprint of the product may be (`pact_chain`)."""
    from . import formats
    from .model import build_model

    model = build_model(result, lang, created) if set(kinds) - {"json", "csv", "pact"} \
        else None
    out: list[tuple[str, bytes]] = []
    for kind in kinds:
        stem = Path(result.input_file).stem
        if kind == "pact":  # PACT v3 ProductFootprint JSON (pact.py), its version chain
            from .pact_chain import pact_files

            out.extend(pact_files(result, created, lang, out_dir,
                                  report_file_names(stem, [kind])[0]))
            continue
        if kind in ("json", "csv"):
            text = formats.to_json(result, lang) if kind == "json" \
                else formats.to_csv(result, lang)
            # CSV with a BOM: Excel in Japan opens UTF-8 CSV correctly only with it.
            out.append((report_file_names(stem, [kind])[0],
                        text.encode("utf-8" if kind == "json" else "utf-8-sig")))
            continue
        assert model is not None
        out.extend(_render_kind(model, kind))
    return out


def _render_kind(model: object, kind: str) -> list[tuple[str, bytes]]:
    from . import html as report_html
    from .model import ReportModel

    assert isinstance(model, ReportModel)
    files = model.files
    if kind == "html":
        return [(files["html"], report_html.render_report(model).encode())]
    if kind == "sheet":
        return [(files["sheet"], report_html.render_sheet(model).encode())]
    if kind == "pdf":  # typeset by Typst from the same model (pdf.py)
        from . import pdf

        return [(files["pdf"], pdf.report_pdf(model)), (files["sheet_pdf"], pdf.sheet_pdf(model))]
    from .xlsx import workbook_bytes

    return [(files["xlsx"], workbook_bytes(model))]


def _writer(data: bytes) -> Callable[[Path], None]:
    return lambda tmp: tmp.write_bytes(data)
