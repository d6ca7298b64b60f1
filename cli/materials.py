"""`cfp materials BOM.xlsx`: how each material grade of a BOM maps, and which have no
factor. `--format table|json` (the former `--json` still works, hidden), `-o FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ViewFormat,
    check_gwp,
    check_output,
    data_table,
    data_type_text,
    emit_json,
    handle_errors,
    limits_of,
    parse_factor_columns,
    print_table,
    resolve_lang,
    shown,
    stdout_console,
    view_format,
)
from .options import (
    DebugOption,
    FactorColumnsOption,
    FileList,
    GwpOption,
    JsonFlag,
    LangOption,
    MaterialsOption,
    MaxCellsOption,
    MaxUnzippedOption,
    OutputOption,
    ViewFormatOption,
)


def materials(
    bom: Annotated[Path | None, typer.Argument(
        help="BOM workbook (.xlsx); without it, the built-in categories and their spellings. "
        "部品表ブック(省略すると組み込みの分類と表記の一覧)。")] = None,
    factors: FileList = None,
    factor_columns: FactorColumnsOption = None,
    materials_file: MaterialsOption = None,
    gwp: GwpOption = None,
    max_cells: MaxCellsOption = None,
    max_unzipped_mb: MaxUnzippedOption = None,
    output_format: ViewFormatOption = ViewFormat.table,
    output: OutputOption = None,
    as_json: JsonFlag = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """List how each material grade maps to a category and factor. 材質の対応を表示します。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from cfp.lca.api import Options
        from cfp.lca.app.catalog import material_mapping
        from cfp.lca.read.masters import MasterFiles

        check_gwp(gwp)
        chosen = view_format(output_format, as_json, language)
        check_output(output, chosen is ViewFormat.table)

        # the options of `cfp calc` that decide a material's factor: same decision
        options = Options(factor_files=list(factors or []),
                          factor_columns=parse_factor_columns(factor_columns),
                          masters=MasterFiles(materials=materials_file), gwp=gwp,
                          limits=limits_of(max_cells, max_unzipped_mb))
        if bom is None:  # the categories a 分類 cell may name (issue 15)
            _categories(options, chosen, output, language)
            return
        # the JSON names the categories in English whatever --lang (as it always did)
        rows = material_mapping(bom, options, "en" if chosen is ViewFormat.json else language)
        if chosen is ViewFormat.json:
            emit_json(rows, output, [bom, *options.input_files()])
            return
        from cfp.lca.messages import tr

        labels = [tr(label, language) for label in (
            "materials.grade", "materials.category", "materials.parts", "materials.mass",
            "factors.key", "factors.factor", "factors.type")]
        cells = []
        for r in rows:
            missing = r["factor_key"] is None
            cells.append((  # markup: every text from the files through `shown`
                shown(r["grade"]), shown(r["category_name"] or r["category"]), str(r["parts"]),
                f"{r['mass_kg']:.3f}",
                f"[red]{tr('materials.no_factor', language)}[/]" if missing
                else shown(r["factor_key"]),
                "" if missing else shown(f"{r['factor']:.4g} /{r['unit']}"),
                shown(data_type_text(r["data_type"], language))))
        # the category's name wraps (it is read, not copied); narrow: the type, then the key
        # (often the category's) left out; grades, keys and numbers stay whole
        print_table(data_table(labels, cells, right=(2, 3, 5), flexible=(1,), flex_max=32,
                               optional=(6, 4)), labels, language)


def _categories(options: object, chosen: ViewFormat, output: Path | None, lang: str) -> None:
    """`cfp materials` without a workbook: every built-in category, its spellings and its
    factor; purchased components marked."""
    from cfp.lca.app.catalog import category_records, load_table
    from cfp.lca.messages import tr

    table, log = load_table(options)  # type: ignore[arg-type]
    log.raise_if_any()
    rows = category_records(table, lang)
    if chosen is ViewFormat.json:
        emit_json(rows, output, list(options.input_files()))  # type: ignore[attr-defined]
        return
    labels = [tr(label, lang) for label in ("materials.category", "materials.name",
                                            "materials.spellings", "factors.factor")]
    cells = [(shown(r["category"]) + (" *" if r["component"] else ""), shown(r["name"]),
              shown(", ".join(r["aliases"])),
              "" if r["factor"] is None else shown(f"{r['factor']:.4g} /{r['unit']}"))
             for r in rows]
    table = data_table(labels, cells, right=(3,), flexible=(1, 2), cut=True)
    stdout_console().print(table, crop=False)
    stdout_console().print(tr("materials.components_marked", lang))
