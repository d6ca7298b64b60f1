"""The typer option types the commands share: one name and one help text per option.

`--format` is the output format everywhere, `-o/--output` the one file a command writes,
`--lang` and `--debug` on every command. The help texts are in English and Japanese.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import Lang, ViewFormat

LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages and reports (default: from the locale). "
                 "表示言語 (ja/en)。"),
]
DebugOption = Annotated[
    bool, typer.Option("--debug",
                       help="Show a traceback on errors. エラー時にトレースバックを表示。")
]
FactorColumnsOption = Annotated[
    str | None,
    typer.Option("--factor-columns", help="Map headers of a factor file: 'key=製品コード,"
                 "factor=GWP,unit=単位,source=出典'. 排出原単位ファイルの見出しの対応付け。"),
]
MaterialsOption = Annotated[
    Path | None,
    typer.Option("--materials", help="Grade -> category map (CSV/XLSX): its rows replace "
                 "the 材質 sheet's rows of the same grade. 材質マップ。"),
]
MaxCellsOption = Annotated[
    int | None,
    typer.Option("--max-cells", help="Refuse a sheet whose cells span more than this many "
                 "(rows x columns; default 10,000,000). シートのセル数の上限。", min=1),
]
MaxUnzippedOption = Annotated[
    int | None,
    typer.Option("--max-unzipped-mb", help="Refuse a workbook or CSV larger than this "
                 "uncompressed (MB; default 512). 展開後サイズの上限(MB)。", min=1),
]
FileList = Annotated[
    list[Path] | None,
    typer.Option("--factors", help="Emission-factor file (CSV or XLSX), repeatable; later files "
                 "win. 排出原単位ファイル(複数可、後のものが優先)。"),
]
GwpOption = Annotated[
    str | None,
    typer.Option("--gwp", help="GWP100 set for per-gas factors: AR5 or AR6 (default: Settings, "
                 "else AR6). ガス別原単位の GWP (AR5/AR6)。"),
]
#: --format of the commands with a table view and JSON
ViewFormatOption = Annotated[
    ViewFormat, typer.Option("--format", "-f", help="table (terminal) or json. "
                             "出力形式 (table: 表、json)。")
]
#: the former --json flag: hidden, still works (with a note to use --format json)
JsonFlag = Annotated[
    bool, typer.Option("--json", hidden=True, help="Deprecated: use --format json.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the json output to this file (atomically) "
                 "instead of stdout. json 出力の書き出し先ファイル。"),
]
