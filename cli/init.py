"""`cfp init FILE`: write a blank BOM template workbook with every sheet, in the user's
language (`--lang`, else CFP_LANG or the locale): Japanese sheets and headers explained in
both languages, or English ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import handle_errors, resolve_lang, stderr_console
from .options import DebugOption, LangOption


def init(
    path: Annotated[Path, typer.Argument(
        help="Where to write the template (.xlsx). テンプレートの書き出し先。")] = Path(
        "bom-template.xlsx"),
    force: Annotated[bool, typer.Option(
        "--force", help="Replace an existing file. 既存のファイルを置き換えます。")] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Write a blank BOM template with every sheet, in the language of --lang.
    空の部品表テンプレートを書き出します(--lang の言語で)。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.errors import UsageError
        from cfp.lca.messages import tr
        from cfp.lca.render.template import write_template

        if path.suffix.lower() != ".xlsx":  # an .xlsx workbook under a .csv name opens nowhere
            raise UsageError("init.not_xlsx", path=path)
        if path.exists() and not force:
            raise UsageError("usage.exists", path=path)
        write_template(path, language)
        stderr_console().print(tr("init.written", language, path=path))
