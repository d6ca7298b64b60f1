"""PDF output: the study report and the CFP sheet typeset by Typst (the `typst` package).

    report_pdf(model) -> bytes      templates/report.typ
    sheet_pdf(model) -> bytes       templates/sheet.typ

The content is the HTML reports' (lca/render/pdf_content.py builds it from the same
`ReportModel`, labels and charts); the layout is the Typst templates'. All the data
goes to the template as ONE JSON string (`sys.inputs.data`, read there with
`json(bytes(...))`): every string from a BOM is shown as text and never parsed as
Typst markup. The templates import nothing but each other (no `@preview` package), and
Typst reads no file outside the templates folder (its `root`); no network.

Fonts: Noto Sans CJK JP from the pip packages (regular and bold) and nothing else
(no system or embedded font), so Japanese renders on a machine with no fonts and the
glyphs used are embedded in each PDF (subset). One `typst.Compiler` per process loads
them once for every document (a batch worker's BOMs share it).

Fork: a process that has run Typst cannot fork a child that runs it again (Typst's
worker threads do not survive the fork: the child waits forever). `typst_used()` says
whether this process has; the batch starts its workers before any PDF is made in the
parent, or by spawning (lca/app/batch.py `_pool_context`). A compiler is never reused
in another process than the one that created it.

Determinism: the creation date is the report's (`--timestamp`); same data, same bytes.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

#: The family of the embedded fonts (as the pip packages name it).
PDF_FONT = "Noto Sans CJK JP"

_lock = threading.Lock()
_used_in: set[int] = set()  # pids of the processes that ran Typst (inherited by a fork)
#: pid -> that process's compiler; a forked child neither uses nor drops its parent's
_compilers: dict[int, Any] = {}


def font_files() -> dict[int, Path]:
    """weight -> font file of the pip-installed Noto Sans CJK JP (regular and bold)."""
    import noto_cjk_sans_jp_bold
    import noto_cjk_sans_jp_regular

    return {400: Path(str(noto_cjk_sans_jp_regular.FONT_PATH)),
            700: Path(str(noto_cjk_sans_jp_bold.FONT_PATH))}


def templates_folder() -> Path:
    return Path(str(resources.files("cfp.templates")))


def typst_used() -> bool:
    """True if this process (or the one it was forked from) has typeset a PDF: it must
    then not fork workers that typeset (see the module's docstring)."""
    return bool(_used_in)


def report_pdf(model: Any) -> bytes:
    """The study report of `model` (a ReportModel) as PDF bytes."""
    from .pdf_content import report_data

    return typeset("report.typ", report_data(model), model.created)


def sheet_pdf(model: Any) -> bytes:
    """The one-page CFP sheet of `model` as PDF bytes."""
    from .pdf_content import sheet_data

    return typeset("sheet.typ", sheet_data(model), model.created)


def sheet_png(model: Any, ppi: float = 110) -> bytes:
    """The CFP sheet as a PNG image (the README's picture: `make screenshot`)."""
    from .pdf_content import sheet_data

    return typeset("sheet.typ", sheet_data(model), model.created, "png", ppi)


def typeset(template: str, data: dict[str, Any], created: datetime, format: str = "pdf",  # noqa: A002
            ppi: float | None = None) -> bytes:
    """PDF (or PNG) bytes of templates/`template` with `data` (JSON-able); `created` is
    the document's creation date."""
    from ..errors import CfpError

    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    with _lock:
        _used_in.add(os.getpid())
        try:
            pdf = _compiler().compile(
                input=str(templates_folder() / template), format=format, ppi=ppi,
                sys_inputs={"data": text}, timestamp=created)
        except RuntimeError as error:  # TypstError or a missing template: a bug of cfp's
            raise CfpError("pdf.typst_failed", template=template,
                           detail=_first_line(error)) from error
    assert isinstance(pdf, bytes)
    return pdf


def _first_line(error: Exception) -> str:
    message = getattr(error, "message", None) or str(error)
    return str(message).strip().splitlines()[0] if str(message).strip() else type(error).__name__


def _compiler() -> Any:
    """This process's compiler: the two font files only, the templates folder as root,
    packages from a folder that does not exist."""
    pid = os.getpid()
    if pid not in _compilers:
        _compilers[pid] = _new_compiler()
    return _compilers[pid]


def _new_compiler() -> Any:
    import typst

    from ..errors import CfpError

    folders = sorted({str(path.parent) for path in font_files().values()})
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                        font_paths=folders)
    if {f.weight for f in fonts.fonts() if f.family == PDF_FONT} != {400, 700}:
        raise CfpError("pdf.fonts_missing", folders=", ".join(folders))
    root = templates_folder()
    # the templates import no package; were one named, it would be looked for here
    no_packages = root / "no-packages"
    return typst.Compiler(root=str(root), font_paths=fonts, ignore_system_fonts=True,
                          package_path=str(no_packages), package_cache_path=str(no_packages))
