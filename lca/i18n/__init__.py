"""Every text a user reads, one module per language, behind one lookup.

Each language is one module here (`en.py`, `ja.py`...) holding `TEXTS`, a plain dict from
key to text; parameters use str.format names. The languages are the modules present:
adding a language is adding one file with every key, and tests/test_i18n.py checks that
each file has every key, the same placeholders and text in its own script.

Library code never formats user-facing text itself: it records a key and its parameters
(`errors.Problem`, the warnings of a result) and the CLI or a renderer turns them into
words with `tr(key, lang, **params)`. There is no fallback from one language to another
for a key: a key missing in Japanese is a bug the test catches, not English in a Japanese
report. Only a language cfp does not have at all (`de`) is shown in the reference
language, English.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator, Mapping

REFERENCE = "en"
#: Order of the texts in the `(English, Japanese)` tuples of the former catalogues.
LEGACY_ORDER = ("en", "ja")
_LANG_MODULE = re.compile(r"[a-z]{2,3}(_[a-z]{2,4})?")


def _discover() -> tuple[str, ...]:
    """The language modules of this package, the reference language first. (A listing of
    the folder: pkgutil imports inspect, some 15 ms of start-up.)"""
    names: set[str] = set()
    for folder in __path__:
        try:
            files = os.listdir(folder)
        except OSError:  # not a folder (a zip): ask the import system
            import pkgutil

            files = [f"{m.name}.py" for m in pkgutil.iter_modules([folder])]
        names.update(stem for stem, dot, ext in (f.partition(".") for f in files)
                     if dot and ext in ("py", "pyc") and _LANG_MODULE.fullmatch(stem))
    return tuple(sorted(names, key=lambda name: (name != REFERENCE, name)))


LANGS: tuple[str, ...] = _discover()
#: lang -> key -> text
CATALOGUES: dict[str, dict[str, str]] = {
    lang: dict(importlib.import_module(f"{__name__}.{lang}").TEXTS) for lang in LANGS}


def tr(key: str, lang: str = REFERENCE, /, **params: object) -> str:
    """The text for `key` in `lang`, with parameters filled in. A parameter that can
    `render(lang)` itself (an `errors.Message`: a parser's detail, a kind of table) is
    rendered in the same language.

    A key the language lacks raises KeyError (never English in its place)."""
    text = CATALOGUES.get(lang, CATALOGUES[REFERENCE])[key]
    if params:
        for name, value in params.items():
            render = getattr(value, "render", None)
            if render is not None and not isinstance(value, str):
                params[name] = render(lang)
        return text.format(**params)
    # without parameters a text is not formatted: its doubled braces ({{id}}) said so
    return text.replace("{{", "{").replace("}}", "}") if "{{" in text or "}}" in text else text


def default_lang() -> str:
    """The user's language: CFP_LANG if cfp has it, else the locale's (`ja_JP.UTF-8` ->
    `ja`), else English."""
    env = os.environ.get("CFP_LANG")
    if env in CATALOGUES:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return _lang_of(value)
    import locale  # only when no variable says it

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return _lang_of(loc)


def _lang_of(locale_name: str) -> str:
    name = locale_name.lower()
    return next((lang for lang in LANGS if name.startswith(lang)), REFERENCE)


def merge_legacy(entries: Mapping[str, tuple[str, ...]]) -> None:
    """Add `(English, Japanese)` tuples still written in a former catalogue
    (`messages.CATALOG`, `render.text.LABELS`) to the language catalogues. A tuple's
    text replaces the language file's: it is the newer edit. `tests/i18n_fold.py` moves
    them into the files for good."""
    for key, texts in entries.items():
        for lang, text in zip(LEGACY_ORDER, texts, strict=True):
            if lang in CATALOGUES:
                CATALOGUES[lang][key] = text


class LegacyView(Mapping[str, tuple[str, ...]]):
    """The whole catalogue as `key -> (English, Japanese)`, read-only: what the former
    `CATALOG` and `LABELS` dicts gave, for `key in CATALOG` and old callers."""

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return tuple(CATALOGUES[lang][key] for lang in LEGACY_ORDER)

    def __contains__(self, key: object) -> bool:
        return key in CATALOGUES[REFERENCE]

    def __iter__(self) -> Iterator[str]:
        return iter(CATALOGUES[REFERENCE])

    def __len__(self) -> int:
        return len(CATALOGUES[REFERENCE])
