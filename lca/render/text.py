"""The report texts: the former catalogue, now a facade over `lca/i18n/`.

The templates are one set for all languages: they call `t('key')` and never contain prose
themselves. `t` is `i18n.tr`: report texts and messages are one catalogue (lca/i18n/,
one module per language). A key added to `LABELS` below as `"key": ("English", "日本語")`
still works (merged at import) until `python tests/i18n_fold.py` moves it into the
language files; after the merge `LABELS` is a read-only view `key -> (English, Japanese)`
of the whole catalogue. Values from the BOM put into a sentence are escaped by the
template like any other text.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import messages as _messages  # noqa: F401 - merges the entries left in CATALOG
from ..i18n import LegacyView, merge_legacy
from ..i18n import tr as t

__all__ = ["LABELS", "t"]

# key: (English, Japanese)
LABELS: Mapping[str, tuple[str, ...]] = {
}

merge_legacy(LABELS)
LABELS = LegacyView()
