"""English texts: every message, label and report text cfp shows, by key.

The reference language. Every language file in this folder has the same keys with the
same str.format placeholders (tests/test_i18n.py); a new key goes into each of them.
"""

TEXTS: dict[str, str] = {
    # --- problems in input files -------------------------------------------------------
    "file.not_found": "file not found. Check the path.",
    "file.empty": "the file is empty (0 bytes). Save the workbook again from Excel.",
    "file.not_workbook": "not an Excel workbook ({detail}). Save it as .xlsx from Excel.",
    "os.error": "cannot use '{path}': {reason}. Check the path and its permissions.",
    "sheet.unreadable": (
        "the sheet cannot be read ({detail}). The file may be damaged: open it in Excel and save "
        "it again."
    ),
    "file.bad_extension": (
        "unsupported file type '{suffix}'. Use .xlsx, .xlsm or .csv (save other workbooks as .xlsx "
        "from Excel)."
    ),
    "file.encoding": "cannot decode the text as UTF-8 or CP932 (Shift_JIS). Save the CSV as UTF-8.",
    "sheet.no_header": (
        "no header row with a part-number column ({part}) and a quantity column ({qty}) in the "
        "first 20 rows. Add these headers above the data."
    ),
    "sheet.no_rows": "the sheet has a header but no data rows. Add the parts below the header.",
    "column.missing": "required column '{column}' is missing. Add a column headed {names}.",
    "column.duplicate": "column '{column}' appears twice (also {other}). Keep one of them.",
    "column.weight_unit": (
        "the weight column '{header}' has no unit. Write it in the header, e.g. '{header}(g)' or "
        "'{header}(kg)', or set weight_unit in the 設定/Settings sheet."
    ),
    "column.bad_unit": "unknown unit '{unit}' in header '{header}'. Use one of {allowed}.",
    "cell.not_number": (
        "'{value}' is not a number. Enter a number (e.g. 1200 or 1,200) or '-' for none."
    ),
    "cell.qty_not_positive": (
        "quantity {value} must be greater than 0. Enter the number used per parent."
    ),
    "cell.not_positive": "{value} must be greater than 0.",
    "column.process_name": (
        "time column '{value}' has no process name above it. Write the process (e.g. 旋盤, Lathe) "
        "in the row above, or as '旋盤 加工' in the same cell."
    ),
    "cell.qty_missing": "quantity is missing for part '{part}'. Enter the number used per parent.",
    "cell.negative": "{value} must not be negative. Enter 0 or a positive number.",
    "cell.part_missing": (
        "this row has values but no part number. Enter the part number or delete the row."
    ),
    "cell.raw_lt_net": (
        "raw-material weight {raw} is less than the net weight {net} of part '{part}'. The raw "
        "weight is what is bought before machining: it must be at least the net weight."
    ),
    "cell.no_mass": (
        "part '{part}' has a material but no weight. Enter the net weight (and raw weight for "
        "machined parts)."
    ),
    "cell.level_invalid": "level '{value}' must be a whole number of 1 or more.",
    "cell.level_first": (
        "the first row is level {value}: start at level 1 (or 0 for the product itself)."
    ),
    "cell.level_jump": (
        "level {value} follows level {previous}: a level may go at most one deeper than the row "
        "above. Fix the level or insert the missing assembly row."
    ),
    "material.no_factor": (
        "no emission factor for part '{part}' (material '{grade}', category '{category}'). Add a "
        "row with key '{key}' to the 排出原単位/Factors sheet or a --factors file, or set its "
        "category (分類); or allow a mass cut-off with --cutoff 5."
    ),
    "material.unit_mismatch": (
        "the factor '{key}' is per {unit}, which cannot be applied to a material. Use a factor per "
        "kg (or g, t) or per piece."
    ),
    "process.no_power": (
        "process '{process}' has times but no rated power. Add it to the 工程/Processes sheet with "
        "定格電力(kW) and 使用率, or add a measurement for part '{part}'."
    ),
    "process.bad_utilisation": "utilisation {value} must be between 0 and 1 (or 0% and 100%).",
    "measurement.zero_pieces": (
        "pieces must be more than 0 to divide the metered energy. Enter the number of pieces made "
        "between the two meter readings."
    ),
    "measurement.meter_decrease": (
        "meter end {end} kWh is less than meter start {start} kWh. Check the two readings."
    ),
    "measurement.unknown_part": (
        "measurement for part '{part}', which is not in the BOM. Fix the part number."
    ),
    "parent.unknown": (
        "parent '{parent}' is not a part number in this BOM. Fix the parent or add the assembly "
        "row."
    ),
    "parent.cycle": (
        "parent links form a cycle: {path}. A part cannot contain itself; fix the 親品番 column."
    ),
    "supplier.no_factor": (
        "no emission factor for transport mode '{mode}' of supplier '{supplier}'. Use a mode such "
        "as truck, rail, ship or air, or add a factor per t-km with key '{mode}'."
    ),
    "factor.bad_unit": (
        "unknown unit '{unit}'. Use kg, g, t, kWh, MJ, GJ, L, kL, m3, t-km or piece."
    ),
    "factor.unit_kind": (
        "the factor '{key}' is per {unit}, but it is used for {use}. Use a factor per {expected}."
    ),
    "factor.missing_value": "no factor value for key '{key}'. Enter kg-CO2e per unit.",
    "factor.no_electricity": (
        "no electricity factor. Set 電力排出係数 in the 設定/Settings sheet or add a factor with "
        "key 'electricity'."
    ),
    "factor.missing_column": (
        "required column '{column}' is missing. Add a column headed {names} or map it with "
        "--factor-columns."
    ),
    "settings.bad_value": "setting '{key}' has an invalid value '{value}'. {hint}",
    "settings.gwp_hint": "Use AR5 or AR6.",
    "settings.weight_unit_hint": "Use g, kg or t.",
    "settings.number_hint": "Enter a number.",
    "output.exists_dir": "output path {path} is a directory.",
    "problems.more": "... and {count} more problems of the same kinds.",
    # --- warnings in results ------------------------------------------------------------
    "warn.proxy_factor": (
        "{count} line(s) use proxy factors (a stand-in for the real material): {keys}. Replace "
        "them with your own database or supplier data for a defensible result."
    ),
    "warn.supplier_unknown": (
        "supplier '{supplier}' is not in the 仕入先/Suppliers sheet: no transport counted "
        "for {count} part(s)."
    ),
    "warn.assembly_material": (
        "assembly '{part}' has a material or weight; it is ignored because its children carry the "
        "material."
    ),
    "warn.assembly_material.many": (
        "{count} assemblies have a material or weight ({first} and {more} more); it is ignored "
        "because their children carry the material."
    ),
    "warn.excluded_no_factor.many": (
        "{count} parts have no factor and were left out (--allow-missing): {first} and {more} "
        "more; all are listed as excluded."
    ),
    "warn.excluded_no_factor": (
        "part '{part}' ({grade}) has no factor and was left out (--allow-missing)."
    ),
    "warn.cut_off": (
        "cut-off: {count} part(s) with no factor weigh {share} of the product (limit {limit}) and "
        "were excluded; check that none is a high-emission material."
    ),
    "warn.estimated_energy": (
        "{count} processing energy figure(s) are estimated from rated power; measured figures are "
        "more defensible."
    ),
    "warn.no_lot_size.many": (
        "no lot size for {count} parts ({first} and {more} more; ロット column or Settings): their "
        "set-up time is counted for a lot of 1 piece, which overstates it."
    ),
    "warn.no_lot_size": (
        "no lot size for part '{part}' (ロット column or Settings): its set-up time is counted for "
        "a lot of 1 piece, which overstates it."
    ),
    "warn.utilisation_default": (
        "process '{process}' has no utilisation: 100 % was assumed, which overstates its energy."
    ),
    "warn.no_supplier_sheet": "no 仕入先/Suppliers sheet: transport is not counted.",
    # --- CLI and report labels ---------------------------------------------------------
    "label.total": "Total",
    "label.per": "per {unit}",
    "label.stage": "Stage",
    "label.share": "Share",
    "label.part": "Part",
    "label.part_number": "Part number",
    "label.name": "Name",
    "label.quantity": "Qty/product",
    "label.kg_co2e": "kg-CO2e",
    "label.top_parts": "Top contributing parts",
    "label.warnings": "Warnings",
    "label.product": "Product",
    "label.declared_unit": "Declared unit",
    "label.primary_share": "Primary data share",
    "label.problems": "Problems in the input",
    "label.error": "Error",
    "label.category": "Material category",
    "label.process": "Process",
    "label.no_category": "(bought parts, factor per piece)",
    "stage.materials": "Materials",
    "stage.transport": "Transport",
    "stage.processing": "Processing",
    "stage.waste": "Waste",
    "unit.piece": "piece",
    "unit.one_piece": "1 piece",
    "factors.key": "Key",
    "factors.factor": "Factor",
    "factors.unit": "Unit",
    "factors.type": "Type",
    "factors.source": "Source",
    "factors.licence": "Licence",
    "factors.field.key": "Key",
    "factors.field.name": "Name",
    "factors.field.name_ja": "Japanese name",
    "factors.field.factor": "Factor (kg-CO2e/unit)",
    "factors.field.unit": "Unit",
    "factors.field.unit_given": "Unit as given",
    "factors.field.factor_given": "Factor as given",
    "factors.field.data_type": "Data type",
    "factors.field.source": "Source",
    "factors.field.source_ref": "Reference in source",
    "factors.field.licence": "Licence",
    "factors.field.geography": "Geography",
    "factors.field.reference_year": "Reference year",
    "factors.field.origin": "Loaded from",
    "factors.field.aliases": "Aliases",
    "factors.field.note": "Note",
    "factors.field.builtin": "Built-in",
    "factors.yes": "yes",
    "factors.no": "no",
    "materials.grade": "Grade",
    "materials.category": "Category",
    "materials.parts": "Parts",
    "materials.mass": "Mass kg/product",
    "materials.matched": "Matched by",
    "materials.no_factor": "no factor",
    "init.written": "Template written to {path}",
    "calc.written": "Written {path}",
    # --- batch runs and `cfp diff` (cli/batch.py, lca/batch.py, cli/diff.py, lca/diff.py) ---
    "batch.no_boms_in_dir": (
        "no BOM workbooks (*.xlsx, *.xlsm) in folder {path}. Put the workbooks there or name the "
        "files."
    ),
    "batch.no_match": (
        "no BOM workbooks (*.xlsx, *.xlsm) match {pattern}. Check the pattern; use ** to search "
        "sub-folders."
    ),
    "batch.same_stem": (
        "{first} and {second} would both write {name}.json in {out}. Rename one of them or run "
        "them with different --out folders."
    ),
    "batch.reserved_name": (
        "{path}: a BOM named {name} would overwrite the batch summary. Rename the file."
    ),
    "batch.timestamp": (
        "--timestamp {value} is not an ISO 8601 time. Write e.g. 2026-04-01T00:00:00Z."
    ),
    "batch.source_date_epoch": (
        "SOURCE_DATE_EPOCH={value} is not a whole number of seconds since 1970. Set e.g. "
        "1775001600 or unset it."
    ),
    "batch.baseline_missing": (
        "--baseline {path}: no such folder. Give the --out folder of an earlier run."
    ),
    "batch.internal": "internal error: {detail} (rerun with --debug and report it)",
    "batch.worker_died": (
        "the worker process computing this BOM stopped unexpectedly (out of memory?). Rerun this "
        "file alone to see the error."
    ),
    "batch.over_budget": "{total} kg-CO2e is above the budget of {budget} kg-CO2e",
    "batch.more_problems": "... and {count} more",
    "batch.status.ok": "ok",
    "batch.status.gate_failed": "over budget",
    "batch.status.invalid": "invalid input",
    "batch.status.error": "internal error",
    "batch.summary": (
        "{count} BOMs: {ok} ok, {gate_failed} over budget, {invalid} invalid, {error} internal "
        "errors ({seconds:.1f} s). Exit code {code}."
    ),
    "batch.problems_of": "{file}: {count} problem(s)",
    "batch.written": "Written {paths}",
    "batch.title": "Batch summary",
    "label.file": "File",
    "label.status": "Status",
    "label.budget": "Budget",
    "label.baseline": "Baseline",
    "label.change": "Change",
    "budgets.read": (
        "{path}: cannot read the budgets file ({detail}). Save it as CSV (UTF-8 or Shift_JIS)."
    ),
    "budgets.columns": (
        "{path}: the budgets file needs a column 'product' or 'file' and a column 'max_kg_co2e' in "
        "its first row (found: {found})."
    ),
    "budgets.value": (
        "{path} row {row}: max_kg_co2e '{value}' is not a number >= 0. Write the budget in "
        "kg-CO2e, e.g. 12.5."
    ),
    "budgets.unused": (
        "the budget for {kind} '{key}' matches no BOM of this run; check the spelling."
    ),
    "diff.not_found": (
        "{path}: no such file or folder. Give two result folders written by `cfp calc ... --out "
        "DIR`."
    ),
    "diff.no_results": (
        "{path}: no result files (*.json). Give a folder written by `cfp calc ... --out DIR`."
    ),
    "diff.unreadable": (
        "{path}: not a cfp result ({detail}). Compare the per-BOM JSON files that `cfp calc --out` "
        "writes."
    ),
    "diff.threshold": "{option} must be a number >= 0.",
    "diff.status.increased": "increased",
    "diff.status.decreased": "decreased",
    "diff.status.unchanged": "unchanged",
    "diff.status.added": "new (not in the baseline)",
    "diff.status.removed": "removed (not in the new results)",
    "diff.over": "above the threshold",
    "diff.by_stage": "by stage",
    "diff.lines": "lines that moved most",
    "diff.amount": "amount",
    "diff.factor": "factor",
    "diff.flow": "flow",
    "diff.line_added": "new line",
    "diff.line_removed": "line removed",
    "diff.summary": (
        "{count} products: {increased} increased, {decreased} decreased, {unchanged} "
        "unchanged, {added} new, {removed} removed; {failed} above the threshold. Exit code {code}."
    ),
    # --- command-line usage -------------------------------------------------------------
    "usage.gwp": "--gwp {value}: use AR5 or AR6.",
    "usage.report_kind": "--report {value}: use {kinds}.",
    "usage.report_needs_out": "--report needs --out DIR, the folder for the reports.",
    "usage.factor_columns": "--factor-columns: '{item}' is not field=header (e.g. key=製品コード).",
    "usage.exists": "{path} exists; use --force to replace it.",
    "usage.no_factor": "no factor '{key}' (try: cfp factors search {key}).",
    "usage.range": "{option} {value}: use a number from {low} to {high}.",
    "usage.at_least": "{option} {value}: use a whole number of at least {low}.",
    "xlsx.too_many_rows": (
        "the inventory needs {rows} rows; an Excel sheet holds at most {limit}. Write this BOM's "
        "inventory with --format csv or json instead of --report xlsx."
    ),
    "usage.pact_version": (
        "PACT spec version {value}: not supported; cfp writes {versions} (v2.x is not supported)."
    ),
    # --- PACT export --------------------------------------------------------------------
    "pact.company": (
        "PACT requires the company name: fill 会社名 / Company in the 設定/Settings sheet"
    ),
    "pact.declared_unit": (
        "declared unit '{value}': PACT export supports pieces (e.g. '1 piece', '1 個') or "
        "kilograms ('1 kg'); set 宣言単位 / Declared unit in the 設定/Settings sheet"
    ),
    "pact.reference_period": (
        "reference period '{value}': write it as 2025-04-01/2026-03-31, 2025 or FY2025 in 対象期間 "
        "/ Reference period of the 設定/Settings sheet"
    ),
    "pact.geography": (
        "geography '{value}': use an ISO 3166 country code (JP), a subdivision (JP-13) or Global "
        "in 地域 / Geography of the 設定/Settings sheet"
    ),
    "pact.id": (
        "PACT id '{value}': must be a UUID (e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6) or left "
        "blank"
    ),
    "pact.company_id": (
        "company id '{value}': PACT needs URNs, e.g. urn:company:example:company1 or a urn:uuid:"
        "..., in 会社ID / Company id of the 設定/Settings sheet"
    ),
    # --- defensible numbers (issue 10): precedence, silent errors, data loss ---------
    "calc.not_finite": (
        "the {stage} emission of part '{part}' is not a finite number (amount {amount}, "
        "factor {factor}): a quantity, weight or time is absurdly large. Check the row."
    ),
    "calc.total_not_finite": (
        "the total overflows (it is not a finite number): some quantities or weights are absurdly "
        "large. Check the BOM's numbers."
    ),
    "factor.negative": (
        "the factor {factor} for key '{key}' is negative. A credit (recycling, offsets) is not "
        "part of a cradle-to-gate total: enter the emission (>= 0) and report credits separately."
    ),
    "factor.column_not_found": (
        "--factor-columns maps '{field}' to the header '{header}', which is in none of the "
        "--factors files. Check the header's spelling."
    ),
    "master.missing_column": (
        "the {kind} table has no column {column}. Add a column with that header (the file or sheet "
        "is not used without it)."
    ),
    "output.is_input": (
        "this output would replace the input '{input}'. Choose another output file or folder: cfp "
        "never overwrites its inputs."
    ),
    "warn.zero_factor": (
        "factor '{factor}' is 0 ({origin}): correct for recycled input under the cut-off approach; "
        "check it is not a typo."
    ),
    "warn.part_inconsistent": (
        "part '{part}' is on several rows with a different material, category or weight ({sheet} "
        "rows {rows}): check which is right."
    ),
    "warn.part_inconsistent.many": (
        "{count} part numbers are on several rows with a different material, category or weight "
        "({first} and {more} more): check which is right."
    ),
    "warn.hidden_sheet": (
        "the hidden sheet '{sheet}' was read and used: check it is meant to be part of the "
        "calculation."
    ),
    "usage.factor_columns_field": (
        "--factor-columns: unknown field '{field}'. Use one of: {fields}."
    ),
    # --- malformed result files read by `cfp diff` / --baseline (lca/diff.py) -----------
    "diff.too_large": (
        "the file is {size} MB, more than the {limit} MB cfp reads as a result (a 100,000-line "
        "BOM's result is about 150 MB). Check that it is a cfp result file."
    ),
    "diff.os_error": "cannot be read ({reason}). Check the file and its permissions.",
    "diff.not_json": (
        "not JSON: {detail} at line {line}, column {column}. Compare the result files cfp calc "
        "writes (--format json or --out), unedited."
    ),
    "diff.not_utf8": (
        "not UTF-8 text: byte {offset} cannot be decoded. Compare the result files cfp calc writes "
        "(--format json or --out), unedited."
    ),
    "diff.too_deep": (
        "arrays or objects are nested too deeply to be read (a cfp result nests 4 levels). Compare "
        "the result files cfp calc writes (--format json or --out)."
    ),
    "diff.bad_type": (
        "{json_path}: expected {hint}, found {value}. Compare the result files cfp calc writes "
        "(--format json or --out), unedited."
    ),
    "diff.bad_cell": (
        "{json_path} (column {column}): expected {hint}, found {value}. Compare the result files "
        "cfp calc writes (--format json or --out), unedited."
    ),
    "diff.missing_key": (
        "{json_path} is missing: expected {hint}. Compare the result files cfp calc writes "
        "(--format json or --out), unedited."
    ),
    "diff.duplicate_key": (
        "{json_path}: the key {key} appears {count} times, so its value is ambiguous. Keep one."
    ),
    "diff.duplicate_column": (
        "{json_path}: the column {value} is named twice (first at {first}). Compare the result "
        "files cfp calc writes (--format json or --out), unedited."
    ),
    "diff.missing_column": (
        "{json_path}: no column {column}, which the comparison needs. Compare the result files cfp "
        "calc writes (--format json or --out), unedited."
    ),
    "diff.row_length": (
        "{json_path} has {count} values for {columns} columns. Compare the result files cfp calc "
        "writes (--format json or --out), unedited."
    ),
    "diff.kind.object": "a JSON object {…}",
    "diff.kind.array": "an array […]",
    "diff.kind.number": "a finite number",
    "diff.kind.number_or_null": "a finite number or null",
    "diff.kind.text": "a text (string)",
    "diff.kind.text_or_null": "a text or null",
    "diff.kind.unicode": "text without unpaired surrogates (such as \\udc80)",
    "diff.kind.inventory": (
        "an object {\"columns\": [...], \"rows\": [...]} or an array of row objects"
    ),
    # --- bounded, honest reading of workbooks (issue 10, lca/xlsxguard.py) -------------
    "file.xls": (
        "this is an Excel 97-2003 workbook (.xls): cfp reads .xlsx/.xlsm only, the format whose "
        "size it can check before reading. Open it in Excel and save it as .xlsx (File > Save As > "
        "Excel Workbook)."
    ),
    "file.xlsb": (
        "this is an Excel binary workbook (.xlsb): cfp reads .xlsx/.xlsm only. Open it in Excel "
        "and save it as .xlsx (File > Save As > Excel Workbook)."
    ),
    "file.ods": (
        "this is an OpenDocument spreadsheet (.ods), not an Excel workbook: cfp reads .xlsx/.xlsm "
        "only. Save it as .xlsx (Excel 2007-365) from Excel or LibreOffice."
    ),
    "file.encrypted": (
        "the workbook is encrypted (password-protected) and cannot be read. Open it in Excel, "
        "remove the password (File > Info > Protect Workbook > Encrypt with Password: clear it) "
        "and save it."
    ),
    "file.no_sheets": (
        "the workbook has no worksheet. Add a sheet holding the BOM and save it again."
    ),
    "file.part_too_large": (
        "the part {part} is too large: it expands to {size} MB, above the limit of {limit} MB. No "
        "BOM needs that much: it is probably not a real workbook. To read it anyway, raise the "
        "limit with --max-unzipped-mb N."
    ),
    "file.unzipped_too_large": (
        "the workbook is too large: it expands to {size} MB, above the limit of {limit} MB. Remove "
        "pictures and sheets cfp does not need, or raise the limit with --max-unzipped-mb N."
    ),
    "file.zip_ratio": (
        "the part {part} is compressed {ratio}:1, far beyond any real workbook (at most {limit}:1 "
        "is read): the file looks like a zip bomb. If it is a genuine workbook, open it in Excel "
        "and save it again."
    ),
    "file.zip_size_lies": (
        "the part {part} holds more data than the {size} MB its zip header declares: the file is "
        "damaged or crafted. Open it in Excel and save it again."
    ),
    "file.shared_strings_count": (
        "the shared-strings table declares {count} strings but can hold at most {most}: the file "
        "is damaged or crafted. Open it in Excel and save it again."
    ),
    "sheet.too_many_cells": (
        "the sheet is too large: its cells span A1:{corner} = {rows} rows x {cols} columns "
        "= {cells} cells, above the limit of {limit}. A value far outside the table (at {corner}) "
        "makes it that large: delete the rows and columns beyond the table and save, or raise the "
        "limit with --max-cells N."
    ),
    "sheet.too_many_cell_elements": (
        "the sheet has too many cells: it lists {count}, more than the limit of {limit}: the file "
        "is probably not a real BOM. To read it anyway, raise the limit with --max-cells N."
    ),
    "cell.excel_error": (
        "{value} — enter a value, or open and save the workbook in Excel so formulas are "
        "calculated."
    ),
    "cell.formula_no_value": (
        "the formula {value} has no calculated value — enter a value, or open and save the "
        "workbook in Excel so formulas are calculated."
    ),
    "cell.shared_formula_no_value": (
        "formula without a calculated value — enter a value, or open and save the workbook in "
        "Excel so formulas are calculated."
    ),
    "csv.too_large": (
        "the file is too large: {size} MB, above the limit of {limit} MB for CSV text. Split it, "
        "or raise the limit with --max-unzipped-mb N."
    ),
    "csv.too_many_cells": (
        "the file has too many cells: more than {limit} (rows x columns) by line {line}. No BOM "
        "needs that many: split it, or raise the limit with --max-cells N."
    ),
    "csv.field_too_long": (
        "line {line}: a field is too long (more than {limit} characters). A quote (\") is probably "
        "not closed; check the line."
    ),
    "csv.malformed": (
        "line {line}: not readable as CSV ({detail}). Save the table as CSV (UTF-8) again."
    ),
    "csv.is_workbook": (
        "this is a workbook, not CSV text. Rename it to .xlsx, or save it as CSV from Excel."
    ),
    # --- cfp serve (PACT v3 host) and cfp clients ---------------------------------------
    "serve.started": (
        "Serving {count} footprints from {path} at {url} for {clients} clients (PACT v3, HTTPS "
        "only). Ctrl+C stops."
    ),
    "serve.empty": (
        "no footprint (*-pact.json) in {path} yet; it is served as soon as one is written (cfp "
        "calc BOM --report pact --out {path})."
    ),
    "serve.no_folder": (
        "the results folder {path} does not exist or is not a folder. Give the --out folder of cfp "
        "calc ... --report pact."
    ),
    "serve.folder_unreadable": (
        "cannot read the results folder {path} ({reason}); the footprints read before are still "
        "served."
    ),
    "serve.tls_missing": (
        "TLS file {path} not found. Give the certificate and key files (PEM) with --tls-cert and "
        "--tls-key."
    ),
    "serve.tls_bad": (
        "cannot use the TLS certificate {cert} with the key {key} ({reason}). Give a PEM "
        "certificate and its matching unencrypted private key."
    ),
    "serve.bind": (
        "cannot listen on {host}:{port} ({reason}). Choose another --port or stop the program "
        "using it."
    ),
    "serve.bad_ttl": "--token-ttl {value} is out of range: give 60 to 86400 seconds.",
    "serve.bad_footprint.json": (
        "{path}: skipped, not valid JSON ({detail}). Write it again with cfp calc ... --report "
        "pact."
    ),
    "serve.bad_footprint.field": (
        "{path}: skipped, the field {field} is missing or not valid for a PACT v3 "
        "ProductFootprint. Write it again with cfp calc ... --report pact."
    ),
    "serve.bad_footprint.version": (
        "{path}: skipped, specVersion {value} is not PACT v3 (only 3.x is served)."
    ),
    "serve.bad_footprint.too_large": (
        "{path}: skipped, larger than {limit} bytes (not a cfp footprint file)."
    ),
    "serve.bad_footprint.unreadable": "{path}: skipped, cannot be read ({reason}).",
    "serve.duplicate_id": (
        "{path}: skipped, footprint id {id} is already served from {first}. Give each footprint "
        "its own id (Settings PACT id) or remove one file."
    ),
    "serve.changed": (
        "folder changed: {added} added, {replaced} replaced, {removed} removed; {total} footprints "
        "served."
    ),
    "serve.watch_polling": (
        "cannot watch the folder ({reason}); checking it every 2 seconds instead."
    ),
    "serve.clients_reloaded": "clients file reloaded: {count} clients.",
    "serve.internal_error": (
        "internal error on {method} {path}: {error} (answered 500; rerun with --debug for the "
        "traceback and report it)."
    ),
    "serve.internal": (
        "internal error of the server. Try again later; the data owner has been told."
    ),
    "serve.token.missing": (
        "no access token: send Authorization: Bearer <token> from POST /auth/token."
    ),
    "serve.token.malformed": "the Authorization header is not 'Bearer <token>'.",
    "serve.token.invalid": (
        "the access token is not valid here. Get a new one from POST /auth/token."
    ),
    "serve.token.expired": "the access token has expired. Get a new one from POST /auth/token.",
    "serve.auth.form": (
        "send the token request as application/x-www-form-urlencoded "
        "(grant_type=client_credentials)."
    ),
    "serve.auth.malformed": "the token request or its Basic credentials cannot be read.",
    "serve.auth.grant": "only grant_type=client_credentials is supported.",
    "serve.auth.two_methods": (
        "send the client credentials once: in the Basic header or in the form, not both."
    ),
    "serve.auth.scope": "unknown scope; the scopes are: {scopes}.",
    "serve.auth.invalid": "unknown client or wrong secret.",
    "serve.auth.throttled": "too many failed logins: try again in {seconds} s.",
    "serve.auth.failed_log": "failed login for client '{client}' from {address}.",
    "serve.bad_host": "the Host header is not a host name or address.",
    "serve.bad_id": "a footprint id is a UUID (8-4-4-4-12 hexadecimal digits).",
    "serve.not_found": "no footprint with this id.",
    "serve.access_denied": "you are not allowed to see this footprint.",
    "serve.no_route": (
        "no such endpoint. The API is /3/footprints, /3/footprints/{{id}}, /3/events and "
        "/auth/token."
    ),
    "serve.method": "this method is not allowed on this endpoint.",
    "serve.bad_request": "the request cannot be read.",
    "serve.body_too_large": "the request body is larger than {limit} bytes.",
    "serve.filter.unknown": (
        "unknown query parameter '{name}'; the filters are {known} (host-specific parameters start "
        "with x-)."
    ),
    "serve.filter.limit": "limit must be given once, as a whole number (got '{value}').",
    "serve.filter.time": (
        "{name} must be an RFC 3339 date-time such as 2025-04-01T00:00:00Z (got '{value}')."
    ),
    "serve.filter.cursor": "the pagination cursor is not valid: follow the Link header as it is.",
    "serve.filter.too_long": "the value of '{name}' is too long.",
    "serve.filter.too_many": "too many values for {name} (at most {max}).",
    "serve.event.content_type": "send events as application/cloudevents+json.",
    "serve.event.json": "the event is not a JSON object.",
    "serve.event.field": (
        "the event's {field} is missing or not valid (CloudEvents 1.0: specversion, id, source, "
        "type, time, data)."
    ),
    "serve.event.specversion": "specversion {value} is not supported: send CloudEvents 1.0.",
    "serve.event.type": (
        "unknown event type {value}; PACT v3 types end in .3 (e.g. "
        "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3)."
    ),
    "serve.event.criterion": (
        "{field} must be a text or a list of texts (dates as RFC 3339 date-times)."
    ),
    "serve.event.pfids": "data.pfIds must be a non-empty list of footprint ids (UUIDs).",
    "serve.event.no_endpoint": (
        "no event endpoint is configured for your client, so the answer could not be delivered. "
        "Ask the data owner to set one (cfp clients add --events-url)."
    ),
    "serve.event.no_match": "no footprint you may see matches the request.",
    "serve.event.busy": "too many events waiting to be sent; try again later.",
    "serve.event.received": "{type} received from client '{client}'.",
    "serve.event.sent": "{type} sent to client '{client}' ({url}).",
    "serve.event.retrying": (
        "event for client '{client}' not delivered ({reason}); retrying with growing delays."
    ),
    "serve.event.failed": "{type} for client '{client}' given up ({reason}).",
    "serve.event.bad_endpoint": (
        "event endpoint {url} of client '{client}' is not https (plain http only to loopback): "
        "event not sent."
    ),
    "serve.event.queue_full": "event queue full: an event for client '{client}' was not queued.",
    "serve.event.dropped": "{count} events not yet sent were dropped at shutdown.",
    "serve.stopped": "server stopped.",
    "clients.not_found": (
        "clients file {path} not found. Create it with cfp clients add CLIENT_ID --clients {path}."
    ),
    "clients.unreadable": "cannot read the clients file {path} ({reason}). Check its permissions.",
    "clients.invalid": (
        "the clients file {path} is not valid ({detail}). Restore it or recreate it with cfp "
        "clients add."
    ),
    "clients.bad_id": "client id '{value}' is not allowed: use 1-64 letters, digits and . _ ~ -.",
    "clients.bad_secret": (
        "the secret must be 16-256 characters of letters, digits and . _ ~ - (or let cfp generate "
        "one: run without standard input, or with --generate)."
    ),
    "clients.no_scope": (
        "say what the client may see: --company URN, --product URN (repeatable, a trailing * "
        "matches a prefix) or --all."
    ),
    "clients.scope_conflict": "--all cannot be combined with --company or --product.",
    "clients.events_url": (
        "event URL {url} must be https:// (plain http:// only to a loopback address)."
    ),
    "clients.subscribe_no_url": (
        "--subscribe needs --events-url (where to send the PublishedEvent)."
    ),
    "clients.exists": (
        "client {id} already exists in {path}. Use --force to replace it (its old secret and "
        "tokens stop working)."
    ),
    "clients.unknown": "no client {id} in {path}.",
    "clients.no_secret": (
        "no secret on standard input. Pipe it in (printf %s \"$SECRET\" | cfp clients add ...) or "
        "use --generate."
    ),
    "clients.added": "client {id} saved in {path}; it may see: {scope}.",
    "clients.generated": (
        "a new secret was printed on standard output: give it to the client now. Only its hash is "
        "stored; it cannot be shown again."
    ),
    "clients.removed": "client {id} removed from {path}; its tokens stop working within a second.",
    "clients.scope_all": "every footprint",
    "clients.scope_companies": "companies {values}",
    "clients.scope_products": "products {values}",
    "label.stdout": "standard output",
    # --- titles -------------------------------------------------------------------------
    "report.title": "Carbon Footprint of a Product (CFP) – Study Report",
    "report.subtitle": "Partial CFP, cradle to gate, according to ISO 14067:2018",
    "sheet.title": "Product Carbon Footprint",
    "sheet.subtitle": "Partial CFP · cradle to gate · ISO 14067:2018",
    "sheet.per": "kg-CO2e per {unit}",
    "sheet.breakdown": "Breakdown by life-cycle stage",
    "sheet.facts": "Scope and data",
    "sheet.contributors": "Main contributing parts",
    "sheet.note": (
        "Partial carbon footprint (cradle to gate) per declared unit, calculated according to ISO "
        "14067:2018. It is not a comparative assertion and has not been verified by a third party. "
        "Details: CFP study report."
    ),
    # --- report sections ----------------------------------------------------------------
    "sec.summary": "Summary",
    "sec.scope": "Goal and scope",
    "sec.product": "Product and declared unit",
    "sec.goal": "Goal and intended use",
    "sec.boundary": "System boundary",
    "sec.cutoff": "Cut-off criteria and exclusions",
    "sec.allocation": "Allocation",
    "sec.gwp": "Impact category and GWP set",
    "sec.data": "Data and data quality",
    "sec.data_types": "Primary, secondary and proxy data",
    "sec.databases": "Factor databases",
    "sec.factors": "Emission factors used",
    "sec.energy": "Processing energy: measured and estimated",
    "sec.results": "Results",
    "sec.by_stage": "By life-cycle stage",
    "sec.by_part": "By part",
    "sec.pareto": "Top 10 parts (Pareto)",
    "sec.by_category": "By material category",
    "sec.by_process": "By process",
    "sec.inventory": "Life cycle inventory (inputs and outputs per part)",
    "sec.interpretation": "Interpretation",
    "sec.hotspots": "Hotspots",
    "sec.quality": "Data quality and completeness",
    "sec.warnings": "Warnings from the calculation",
    "sec.limitations": "Assumptions and limitations",
    "sec.traceability": "Traceability",
    "toc": "Contents",
    "annex": "Annex {letter}.",
    # --- field labels -------------------------------------------------------------------
    "f.product": "Product",
    "f.product_id": "Product number",
    "f.declared_unit": "Declared unit",
    "f.total": "Carbon footprint",
    "f.company": "Company",
    "f.created": "Created",
    "f.reference_period": "Reference period",
    "f.geography": "Geography",
    "f.boundary": "System boundary",
    "f.standard": "Standard",
    "f.gwp": "GWP set",
    "f.pds": "Primary data share",
    "f.measured_share": "Measured processing energy",
    "f.proxy_share": "Share calculated with proxy factors",
    "f.verification": "Third-party verification",
    "f.input_file": "Input file",
    "f.sha256": "Input file SHA-256",
    "f.cfp_version": "cfp version",
    "f.builtin_sha256": "Built-in factor table SHA-256 (factors.csv)",
    "f.settings": "Settings used",
    "f.electricity": "Electricity factor",
    "v.not_stated": "not stated",
    "v.boundary": "Cradle to gate",
    "v.standard": "ISO 14067:2018",
    "v.gwp": "IPCC {set} GWP100",
    "v.not_verified": "none (not verified)",
    "v.none": "none",
    "v.not_stated_hint": "not stated (add 対象期間/Reference period to the Settings sheet)",
    "setting.product_name": "Product name",
    "setting.product_id": "Product number",
    "setting.declared_unit": "Declared unit",
    "setting.lot_size": "Default lot size",
    "setting.electricity_factor": "Electricity factor (kg-CO2e/kWh)",
    "setting.weight_unit": "Weight unit",
    "setting.gwp": "GWP set",
    "setting.company": "Company",
    "setting.reference_period": "Reference period",
    "setting.geography": "Geography",
    # --- table headers ------------------------------------------------------------------
    "h.row": "BOM row",
    "h.level": "Level",
    "h.part_number": "Part number",
    "h.name": "Name",
    "h.quantity": "Qty/product",
    "h.category": "Material category",
    "h.stage": "Stage",
    "h.kg": "kg-CO2e",
    "h.share": "Share",
    "h.cumulative": "Cumulative",
    "h.mass": "Mass (kg)",
    "h.process": "Process",
    "h.kwh": "kWh",
    "h.measured_kwh": "Measured kWh",
    "h.estimated_kwh": "Estimated kWh",
    "h.measured_share": "Measured",
    "h.direction": "In/out",
    "h.flow": "Flow",
    "h.amount": "Amount",
    "h.unit": "Unit",
    "h.factor": "Factor",
    "h.factor_unit": "Factor unit",
    "h.factor_key": "Factor key",
    "h.source": "Source and version",
    "h.reference": "Reference in source",
    "h.origin": "Loaded from",
    "h.matched_by": "Matched by",
    "h.master_origin": "Master data from",
    "h.parent_row": "Parent row",
    "h.quantity_per_parent": "Qty/parent",
    "h.amount_per_piece": "Amount per piece",
    "h.mass_basis": "Mass basis",
    "h.distance_km": "Distance (km)",
    "h.factor_given": "Factor as given",
    "h.factor_unit_given": "Unit as given",
    "h.factor_gases": "Factor per gas",
    "mb.part_number": "part number",
    "mb.grade": "grade",
    "mb.grade_map": "grade map key",
    "mb.category": "category",
    "mb.mode": "transport mode",
    "mb.electricity": "electricity",
    "mb.scrap": "scrap",
    "h.licence": "Licence",
    "h.data_type": "Data type",
    "h.energy_basis": "Energy",
    "h.flows": "Flows",
    "h.grade": "Material",
    "h.reason": "Reason",
    "h.part_mass": "Mass per product (kg)",
    "h.rank": "Rank",
    "h.item": "Item",
    "h.value": "Value",
    "h.note": "Note",
    "h.total": "Total",
    "dir.in": "In",
    "dir.out": "Out",
    # --- stages, data types, flows ------------------------------------------------------
    "stage.product": "Product",
    "stage_desc.materials": "Extraction and production of the raw materials and bought-in parts.",
    "stage_desc.transport": (
        "Inbound transport of materials and parts from the suppliers to our plant."
    ),
    "stage_desc.processing": (
        "Electricity used by our own manufacturing processes (machining, heat treatment, welding, "
        "assembly...)."
    ),
    "stage_desc.waste": (
        "Treatment of the chips and scrap of our own processing (raw minus net weight)."
    ),
    "dt.primary": "Primary",
    "dt.secondary": "Secondary",
    "dt.proxy": "Proxy",
    "dt_desc.primary": (
        "collected by the company or its suppliers: measured energy, supplier-specific footprints."
    ),
    "dt_desc.secondary": (
        "database or statistical averages for the very material, energy or service."
    ),
    "dt_desc.proxy": (
        "a factor for a similar material or a narrower scope standing in for the real one."
    ),
    "basis.measured": "measured",
    "basis.estimated": "estimated",
    "flow.electricity_cycle": "Electricity (cycle)",
    "flow.electricity_setup": "Electricity (set-up)",
    "flow.scrap": "Chips and scrap to treatment",
    "flow.product": "Part (net weight)",
    "reason.no_factor": "no emission factor (--allow-missing)",
    "reason.cut_off": "no emission factor; within the mass cut-off",
    "unit.kg_co2e_per": "kg-CO2e/{unit}",
    "builtin": "cfp built-in data",
    "user_source": "user's own source",
    # --- Excel workbook -----------------------------------------------------------------
    "xl.summary": "Summary",
    "xl.inventory": "Inventory",
    "xl.by_stage": "By stage",
    "xl.by_part": "By part",
    "xl.by_category": "By category",
    "xl.by_process": "By process",
    "xl.factors": "Factors",
    "xl.notes": "Notes",
    "xl.title": "Carbon footprint inventory – {product}",
    "xl.per_unit": "kg-CO2e per {unit}",
    "xl.top10": "Top 10 parts (Pareto)",
    "xl.top10_sheet": "Top 10 parts",
    "xl.stage_chart": "Emissions by life-cycle stage",
    "xl.category_chart": "Emissions by material category",
    "xl.process_chart": "Processing electricity",
    # --- prose --------------------------------------------------------------------------
    "text.goal": (
        "This study quantifies the partial carbon footprint (cradle to gate) of {product} per "
        "declared unit according to ISO 14067:2018. It is meant to be given to business customers, "
        "for example for their Scope 3 category 1 accounting, and to find reduction opportunities "
        "in materials, suppliers and processes. It is not intended for comparative assertions "
        "disclosed to the public."
    ),
    "text.declared_unit": (
        "The declared unit is {unit} of the product as it leaves our plant. As the life cycle ends "
        "at the factory gate, no functional unit (use) is defined."
    ),
    "text.boundary": (
        "Cradle to gate: from the extraction of raw materials to the product leaving our plant. "
        "Included stages:"
    ),
    "text.boundary_out": (
        "Outside the boundary: distribution to the customer, use, end of life, packaging, capital "
        "goods (machines, buildings), plant energy not assigned to a process (lighting, air "
        "conditioning, compressed air) and employee commuting."
    ),
    "text.cutoff": (
        "cfp applies no cut-off of its own: every BOM row with a weight and an emission factor is "
        "included. Rows left out because no emission factor was found are listed below. Where a "
        "product category rule (PCR) applies, its cut-off rule is to be checked against this list "
        "(a common rule: what is cut off stays below 5 % of the emissions of each life-cycle stage)"
        "."
    ),
    "text.cutoff_rule": (
        "Mass cut-off rule in force: parts without an emission factor that together weigh at "
        "most {limit} of the product are left out. Left out here: {mass} kg, {share} of the "
        "product mass ({product_mass} kg)."
    ),
    "text.no_exclusions": "None: every BOM row was included.",
    "text.allocation": (
        "Chips and scrap (raw minus net weight) follow the cut-off (recycled content) approach: "
        "the product carries the full production burden of the raw material bought, including the "
        "part that becomes scrap, and the scrap carries only its treatment; no credit is given for "
        "recycling. Processing electricity is allocated to parts by machine time: cycle time per "
        "piece plus set-up time per lot divided by the lot size (measured kWh per piece where "
        "available). Quantities of a multi-level BOM are multiplied along the path from each part "
        "to the product."
    ),
    "text.gwp": (
        "Impact category: climate change, GWP100 (kg-CO2e) with the IPCC {set} values ({name}). "
        "Factors given per gas were converted with this set; most database factors are already in "
        "CO2e. Biogenic carbon is not reported separately."
    ),
    "text.gwp.AR6": "IPCC 2021, Sixth Assessment Report",
    "text.gwp.AR5": "IPCC 2013, Fifth Assessment Report",
    "text.data_types": (
        "Shares of the total footprint by the type of the emission factor used. Activity data "
        "(weights, times, distances) come from the company's own BOM and master sheets in every "
        "case."
    ),
    "text.pds": (
        "Primary data share (WBCSD PACT): {share} of the footprint is calculated with primary data."
    ),
    "text.databases": (
        "Each database or source the factors come from, with its version as stated in the source "
        "name. Built-in factors are open data shipped with cfp (licences and attribution in "
        "DATA_LICENSES.md); licensed databases such as IDEA or ecoinvent are never shipped and are "
        "loaded from the user's own files."
    ),
    "text.energy": (
        "Measured: kWh per piece from the machine's energy meter, (end reading − start reading) ÷ "
        "pieces. Estimated: rated power × time × utilisation. Set-up energy is always estimated. "
        "Measured electricity: {share} of the processing kWh."
    ),
    "text.energy_none": "No processing energy in this BOM.",
    "text.inventory": (
        "Amounts are per declared unit (quantity per product included). Inputs carry an emission "
        "factor; the output \"part\" is the net weight leaving the process, the output \"chips and "
        "scrap\" goes to treatment."
    ),
    "text.capped": (
        "Showing {shown} of {count} rows. The complete table is in the Excel inventory workbook "
        "({file})."
    ),
    "text.parts_capped": (
        "Showing the {shown} largest of {count} parts. All parts are in the Excel inventory "
        "workbook ({file})."
    ),
    "text.no_warnings": "None.",
    "text.no_process": "No processing energy.",
    "text.electricity": "Electricity: {factor} kg-CO2e/kWh ({source}).",
    # --- hotspots -----------------------------------------------------------------------
    "hot.stage": (
        "{stage} is the largest life-cycle stage with {kg} kg-CO2e ({share} of the total)."
    ),
    "hot.part": "The largest part is {part} {name} with {kg} kg-CO2e ({share}).",
    "hot.top_parts": "The top {n} parts make up {share} of the total.",
    "hot.pareto": (
        "{n} of {count} parts account for 80 % of the total: improving these gives most of the "
        "reduction potential."
    ),
    "hot.category": (
        "The material category {category} contributes {kg} kg-CO2e ({share}) over all stages, "
        "for {mass} kg of material."
    ),
    "hot.categories": "Material categories by emissions: {items}.",
    "hot.process": (
        "Among processes, {process} uses the most electricity: {kwh} kWh, {kg} kg-CO2e ({share})."
    ),
    # --- data quality -------------------------------------------------------------------
    "q.pds": "Primary data share: {share}.",
    "q.proxy": (
        "{share} of the total is calculated with proxy factors ({keys}). Replace them with "
        "supplier-specific data or a database such as IDEA for a more defensible result."
    ),
    "q.no_proxy": "No proxy factors were used.",
    "q.energy": (
        "{share} of the processing electricity is measured; the rest is estimated from rated "
        "power, which usually overstates it."
    ),
    "q.excluded": "{count} BOM row(s) left out for want of an emission factor (see cut-off).",
    "q.complete": "Every BOM row is included; no cut-off was applied.",
    # --- limitations --------------------------------------------------------------------
    "lim.proxy": (
        "Proxy factors stand in for {share} of the total ({keys}); see the notes in the factor "
        "table for what each proxy leaves out."
    ),
    "lim.estimated": (
        "{share} of the processing electricity is estimated (rated power × time × utilisation); "
        "estimates are usually higher than measurements."
    ),
    "lim.overhead": (
        "Plant energy not assigned to a process (lighting, air conditioning, compressed air, idle "
        "time) is not included."
    ),
    "lim.transport": (
        "Transport covers inbound freight one way from the supplier, with the average load factor "
        "of the transport factor; no return trips."
    ),
    "lim.masses": (
        "Masses come from the BOM (net and raw weight); errors in the BOM go straight into the "
        "result."
    ),
    "lim.uncertainty": (
        "Uncertainty has not been quantified. Figures are printed with more digits than their "
        "accuracy so that they can be traced."
    ),
    "lim.boundary": (
        "Distribution, use and end of life are outside the boundary: the result cannot be compared "
        "with cradle-to-grave footprints."
    ),
    "lim.verification": "The study has not been critically reviewed or verified by a third party.",
}
