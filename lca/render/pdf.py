"""PDF output: the study report and the CFP sheet HTML laid out on A4 pages by WeasyPrint.

The fonts are Noto Sans CJK JP from pip packages (regular and bold), so Japanese renders
on a machine with no fonts installed; the glyphs used are embedded (subset by harfbuzz)
in each PDF. The two font files are registered with fontconfig once per process under
the family name `PDF_FONT` (`font_configuration`): WeasyPrint's own `@font-face` path
would read both files (33 MB) and copy them to a temporary folder for every document,
and a fresh configuration also starts Pango's glyph and metrics caches cold. A batch
worker therefore loads the fonts once for all its BOMs (a forked worker inherits them
already loaded). WeasyPrint may fetch nothing at all: the documents are self-contained.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The family name the embedded fonts are registered under (the PDF's font names).
PDF_FONT = "CFP Noto Sans JP"


def font_files() -> dict[int, Path]:
    """weight -> font file of the pip-installed Noto Sans CJK JP (regular and bold)."""
    import noto_cjk_sans_jp_bold
    import noto_cjk_sans_jp_regular

    return {400: Path(str(noto_cjk_sans_jp_regular.FONT_PATH)),
            700: Path(str(noto_cjk_sans_jp_bold.FONT_PATH))}


def font_stack() -> str:
    """The CSS font-family of the PDF variant of a document."""
    return f'"{PDF_FONT}", sans-serif'


def html_to_pdf(html: str) -> bytes:
    """Lay out `html` on A4 pages (metadata from its <meta> tags) as PDF bytes."""
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=html, url_fetcher=_no_fetching())
    return bytes(document.write_pdf(font_config=font_configuration()))


@lru_cache(maxsize=1)
def font_configuration() -> Any:
    """One WeasyPrint FontConfiguration for the process with the two font files added
    to fontconfig under `PDF_FONT` (the family is prepended at scan time, as WeasyPrint
    does for `@font-face`: replacing it breaks Pango)."""
    _weasyprint()
    from weasyprint.text.ffi import ffi, fontconfig, pangoft2
    from weasyprint.text.fonts import FontConfiguration

    from ..errors import CfpError

    configuration = FontConfiguration()
    config = configuration._config  # the FcConfig WeasyPrint created and gave Pango
    for path in font_files().values():
        fontconfig.FcConfigParseAndLoadFromMemory(config, _family_rule(path), True)
        if not fontconfig.FcConfigAppFontAddFile(config, os.fsencode(path)):
            raise CfpError(f"PDF output: fontconfig cannot read the font file {path}; "
                           "reinstall noto-cjk-sans-jp-regular and noto-cjk-sans-jp-bold.")
    pangoft2.pango_fc_font_map_config_changed(
        ffi.cast("PangoFcFontMap *", configuration.font_map))
    return configuration


def _family_rule(path: Path) -> bytes:
    """Fontconfig XML giving the font file `path` the family `PDF_FONT` when scanned."""
    from xml.sax.saxutils import escape

    return (
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        '<fontconfig><match target="scan"><test name="file" compare="eq">'
        f"<string>{escape(path.as_posix())}</string></test>"
        f'<edit name="family" mode="prepend"><string>{PDF_FONT}</string></edit>'
        "</match></fontconfig>").encode()


@lru_cache(maxsize=1)
def _weasyprint() -> Any:
    try:
        return _import_weasyprint()
    except OSError as error:  # pango/harfbuzz missing: say how to get them
        from ..errors import CfpError

        raise CfpError(
            f"PDF output needs the pango libraries ({error}). On Debian/Ubuntu run "
            "`make system-deps` (apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
            "libharfbuzz-subset0).") from error


def _import_weasyprint() -> Any:
    """`import weasyprint`, on Linux without `ctypes.util.find_library`: the import opens
    pango, harfbuzz, fontconfig... trying names such as 'libpango-1.0-0' before
    'libpango-1.0.so.0', and for each miss cffi asks find_library, which runs `ldconfig
    -p` in a subprocess: 22 of them, ~0.3 s of every PDF run. The dynamic loader finds
    the '.so.0' names itself; if it does not, the import is retried the usual way."""
    if sys.platform.startswith("linux"):
        import ctypes.util

        find_library = ctypes.util.find_library
        ctypes.util.find_library = lambda name: None
        try:
            import weasyprint

            return weasyprint
        except OSError:
            for name in [m for m in sys.modules if m.split(".")[0] == "weasyprint"]:
                del sys.modules[name]
        finally:
            ctypes.util.find_library = find_library
    import weasyprint

    return weasyprint


@lru_cache(maxsize=1)
def _no_fetching() -> Any:
    _weasyprint()
    from weasyprint.urls import URLFetcher

    class NoFetching(URLFetcher):  # type: ignore[misc]
        """The documents are self-contained: no network, no local file, not even fonts
        (they are registered with fontconfig, not loaded through `@font-face`)."""

        def fetch(self, url: str, headers: object = None) -> object:
            raise ValueError(f"cfp reports load no external resources: {url}")

    return NoFetching()
