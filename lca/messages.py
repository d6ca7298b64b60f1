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
}

merge_legacy(CATALOG)
CATALOG = LegacyView()
