"""Every text a user reads: the former catalogue, now a facade over `lca/i18n/`.

The texts live in lca/i18n/, one module per language (`en.py`, `ja.py`), looked up by
`tr(key, lang, **params)`; `from ..messages import tr, default_lang` keeps working. Write
a new key into every file of lca/i18n/. A key added to `CATALOG` below as
`"key": ("English", "日本語")` still works (it is merged into the catalogues at import)
until `python tests/i18n_fold.py` moves it into the language files. After the merge
`CATALOG` is a read-only view of the whole catalogue, `key -> (English, Japanese)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import LANGS, LegacyView, default_lang, merge_legacy, tr

__all__ = ["CATALOG", "LANGS", "default_lang", "tr"]

# key: (English, Japanese). Parameters use str.format names.
CATALOG: Mapping[str, tuple[str, ...]] = {
    # --- PDF reports typeset by Typst (lca/render/pdf.py) ---------------------------------
    "pdf.typst_failed": (
        "the PDF could not be typeset ({template}: {detail}). This is a bug in cfp, not in "
        "your input: please report it with the command you ran; the other reports can be "
        "written without --report pdf.",
        "PDF を組版できませんでした({template}: {detail})。入力ではなく cfp の不具合です。実行"
        "したコマンドを添えて報告してください。--report pdf を外せば他のレポートは出力できます。"),
    "pdf.fonts_missing": (
        "PDF output needs the fonts Noto Sans CJK JP Regular and Bold, not found in {folders}: "
        "reinstall the packages noto-cjk-sans-jp-regular and noto-cjk-sans-jp-bold "
        "(pip install --force-reinstall ...).",
        "PDF の出力にはフォント Noto Sans CJK JP の Regular と Bold が必要ですが、{folders} に"
        "見つかりません。パッケージ noto-cjk-sans-jp-regular と noto-cjk-sans-jp-bold を再"
        "インストールしてください(pip install --force-reinstall ...)。"),
}

merge_legacy(CATALOG)
CATALOG = LegacyView()
