"""English texts: every message, label and report text cfp shows, by key.

The reference language. Every language file in this folder has the same keys with the
same str.format placeholders (tests/test_i18n.py); a new key goes into each of them.
"""

TEXTS: dict[str, str] = {
    # --- problems in input files -------------------------------------------------------
    "file.not_found": "file not found. Check the path.",
    "file.not_regular": (
        "not a regular file (a folder, a pipe or a device?). Give the path of the file "
        "itself."),
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
    "sheet.second_bom": (
        "the workbook has a second BOM sheet '{other}' besides '{bom}': cfp reads only "
        "'{bom}', and the parts on '{other}' would not be counted. Move its rows into "
        "'{bom}', or rename the sheet that is not part of the product (e.g. '旧{bom}')."
    ),
    "sheet.no_rows": "the sheet has a header but no data rows. Add the parts below the header.",
    "column.missing": "required column '{column}' is missing. Add a column headed {names}.",
    "column.duplicate": "column '{column}' appears twice (also {other}). Keep one of them.",
    "column.weight_unit": (
        "the weight column '{header}' has no unit. Write it in the header, e.g. '{header}(g)' or "
        "'{header}(kg)', or set weight_unit in the 設定/Settings sheet."
    ),
    "column.qty_unit": (
        "the quantity column '{header}' is in '{unit}', but 個数 / Qty counts pieces per "
        "parent. Write the number of pieces (no unit in the header, or (個) / (pcs)) and the "
        "weight of one piece in the weight column; a line bought per kg, m or L with a supplier "
        "footprint takes its unit from a 数量単位 / Quantity unit column."
    ),
    "column.unit_conflict": (
        "the header '{header}' gives the unit '{unit}', but the cell below it says '{value}'. "
        "Keep one unit, in the header (e.g. '{name}(g)'), and delete the other."
    ),
    "column.bad_unit": "unknown unit '{unit}' in header '{header}'. Use one of {allowed}.",
    "cell.not_number": (
        "'{value}' is not a number. Enter a number (e.g. 1200 or 1,200) or '-' for none."
    ),
    "cell.unit_in_cell": (
        "'{value}' is not a number: the unit '{unit}' belongs in the column's header (e.g. "
        "重量(g) / Weight (g)), and the cell holds only the number, in the header's unit. "
        "Convert it if the units differ, and remove '{unit}'."
    ),
    "cell.decimal_comma": (
        "'{value}' is not a number: a comma is read only as a thousands separator (1,200). "
        "For a decimal write a point: {suggest}."
    ),
    "cell.bad_comma": (
        "'{value}' is not a number: a comma is read only between groups of three digits "
        "(1,200 or 1,234,567.5). Write the number with a point for decimals and no other comma."
    ),
    "cell.percent_not_ratio": (
        "'{value}' is not a number: a percentage is read only in a share such as 使用率/"
        "Utilisation. Enter the amount itself, without '%'."
    ),
    "cell.qty_not_positive": (
        "quantity {value} must be greater than 0. Enter the number used per parent."
    ),
    "cell.not_positive": "{value} must be greater than 0.",
    "column.process_name": (
        "time column '{value}' has no process name above it. Write the process (e.g. 旋盤, Lathe) "
        "in the row above, or as '旋盤 加工' in the same cell."
    ),
    "cell.total_row": (
        "'{value}' is a total row, not a part: read as one, the total would be counted once "
        "more. Delete the row (cfp adds up the parts itself)."
    ),
    "cell.qty_missing": "quantity is missing for part '{part}'. Enter the number used per parent.",
    "cell.negative": "{value} must not be negative. Enter 0 or a positive number.",
    "cell.part_missing": (
        "this row has values but no part number. Enter the part number or delete the row."
    ),
    "cell.lot_below_one": (
        "lot size {value} of part '{part}' is less than one piece: a lot is the number of "
        "pieces made per set-up, and the set-up time is divided by it. Enter the pieces per "
        "lot (at least 1)."
    ),
    "column.raw_is_total": (
        "on every row with a quantity above 1, '{header}' is the quantity x the net weight "
        "('{part}': {qty} x {net} = {raw}): it is the line's total, not the raw weight of one "
        "piece. Write the weight of one piece before machining (or '-' for bought parts)."
    ),
    "cell.raw_lt_net": (
        "raw-material weight {raw} is less than the net weight {net} of part '{part}'. The raw "
        "weight is what is bought before machining: it must be at least the net weight."
    ),
    "cell.no_mass": (
        "part '{part}' has a material but no weight. Enter the net weight (and raw weight for "
        "machined parts)."
    ),
    "cell.level_dotted": (
        "level '{value}' is written with dots before it (as SAP lists a BOM): write the "
        "level as a whole number alone ({digit})."
    ),
    "cell.level_invalid": "level '{value}' must be a whole number of 1 or more.",
    "cell.product_quantity": (
        "the product row '{part}' (level 0) has the quantity {value}: cfp computes the footprint "
        "of one product (the declared unit), and this quantity would multiply every part. Write "
        "1 on the product row and the quantities per product on its parts."
    ),
    "cell.product_named_quantity": (
        "the row '{part}' is the product itself (its part number or name is the one in the "
        "設定/Settings sheet) and has the quantity {value}: cfp computes the footprint of one "
        "product (the declared unit), and this quantity would multiply every part. Write 1 on "
        "the product row and the quantities per product on its parts."
    ),
    "cell.indented": (
        "'{value}' is indented (rows indented: {count}), as a part inside the row above would "
        "be, but the BOM has no レベル / Level or 親品番 / Parent column: every row would "
        "count as a part of the product with its quantity per product. Add a レベル / Level "
        "column (1 for the rows not indented, 2 under them...), or remove the indentation."
    ),
    "cell.position_number": (
        "the No. '{value}' numbers the row as a part inside another (rows numbered so: "
        "{count}), but the BOM has no レベル / Level or 親品番 / Parent column: every row would "
        "count as a part of the product with its quantity per product. Add a レベル / Level "
        "column (1 for '1', 2 for '1-1'...); if the numbers are no structure, rename the column "
        "(e.g. '図番')."
    ),
    "cell.level_first": (
        "the first row is level {value}: start at level 1 (or 0 for the product itself)."
    ),
    "cell.level_jump": (
        "level {value} follows level {previous}: a level may go at most one deeper than the row "
        "above. Fix the level or insert the missing assembly row."
    ),
    "cell.level_missing": (
        "the level of part '{part}' is blank while other rows have one. Enter its level (1 = a "
        "direct child of the product, one more than its assembly's for a part inside one): a "
        "blank level is not guessed."
    ),
    # merged cells over the data rows of the BOM sheet (lca/read/merges.py)
    "cell.merged_numbers": (
        "one merged cell holds {value} once for rows {first}–{last} ({lines} BOM lines) of the "
        "column {column}: cfp cannot tell if it is each line's value or all of them together "
        "(copied, it would count {lines} times; on the top row only, the other lines would "
        "count nothing). Unmerge the cells and put the value on each row."
    ),
    # ... and of a master or factor table (workbook.find_table)
    "cell.merged_table_numbers": (
        "one merged cell holds {value} once for rows {first}–{last} ({lines} rows of the "
        "table) of the column {column}: a number is not copied down a merged cell (cfp cannot "
        "tell if it is each row's value or the top row's only, the others left blank). "
        "Unmerge the cells and put the value on each row."
    ),
    "cell.merged_columns": (
        "one merged cell over the columns {column} and {others}, which cfp reads as separate "
        "fields: its value {value} is in {column} only, and {others} read as blank under it. "
        "Unmerge the cells and write each column's own value."
    ),
    "cell.merged_unread": (
        "one merged cell holds {value} in the column {column}, which cfp does not read, and is "
        "shown over {others}, read as blank under it. Unmerge the cells and write the value in "
        "the column it belongs to."
    ),
    "cell.unit_unread": (
        "part '{part}' has '{value}' in the column '{header}', which cfp does not read: 個数 / "
        "Qty counts pieces and a weight is in its header's unit. Write the quantity in pieces "
        "and the weight of one piece in the weight column's unit, then leave the cell blank or "
        "個 / pcs (a line bought per kg, m or L with a supplier footprint: name the column "
        "数量単位 / Quantity unit)."
    ),
    "cell.qty_unit_unread": (
        "part '{part}' has the quantity unit '{unit}', but 数量単位 / Quantity unit is read only "
        "on a line bought with a supplier footprint (--supplier-pcf): here 個数 / Qty counts "
        "pieces. Write the quantity in pieces (Quantity unit blank, 個 or pcs) and the weight of "
        "one piece in the weight column (200 g of paint: Qty 1, Net weight 200 g)."
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
        "定格電力 / Rated power (kW) and 使用率 / Utilisation, or add a measurement for part "
        "'{part}'."
    ),
    "process.bad_utilisation": "utilisation {value} must be between 0 and 1 (or 0% and 100%).",
    "process.utilisation_ambiguous": (
        "utilisation {value} is ambiguous: a bare number above 1 is read as per cent (70 is "
        "70 %), but {value} % is hardly a running machine and {value} times its rating is "
        "impossible. Write the fraction (0.7) or the per cent with its sign ({value}%)."
    ),
    "process.utilisation_fraction": (
        "utilisation {value} under the header '{header}' would read as {value} %: a cell "
        "formatted as a percentage holds the fraction (70% is 0.7). Write 70 for 70 %, or "
        "take (%) out of the header; for a share that small, write the sign ({value}%)."
    ),
    "process.bad_country": (
        "process '{process}': '{value}' in the 地域/Country column is not a country cfp knows. "
        "{hint}"
    ),
    "factor.no_grid_process": (
        "process '{process}' runs in {country} (地域 / Country '{value}'), and cfp has no grid "
        "electricity factor of {country}: its electricity is not computed with another "
        "country's. Add a factor keyed '{key}' in kg-CO2e/kWh (that site's utility) to the "
        "排出原単位/Factors sheet or a --factors file, or correct the 地域 / Country cell."
    ),
    "measurement.zero_pieces": (
        "pieces must be more than 0 to divide the metered energy. Enter the number of pieces made "
        "between the two meter readings."
    ),
    "measurement.pieces_not_whole": (
        "pieces {value} is not a whole number: the metered energy is divided by the pieces "
        "made. Enter the number of pieces made between the two meter readings."
    ),
    "measurement.meter_decrease": (
        "meter end {end} kWh is less than meter start {start} kWh. Check the two readings."
    ),
    "measurement.incomplete": (
        "the meter reading of part '{part}', process '{process}' has this cell blank: kWh per "
        "piece needs the meter start, the meter end and the pieces made between them. Fill it "
        "in, or clear the row's three meter cells (its energy is then estimated)."
    ),
    "measurement.unknown_part": (
        "measurement for part '{part}', which is not in the BOM. Fix the part number."
    ),
    "parent.level_differs": (
        "the level puts part '{part}' under '{above}' (row {row}), but its 親品番 / Parent says "
        "'{parent}'. Make the two agree, or delete the column that is wrong (with both, the "
        "level is read)."
    ),
    "parent.level_top": (
        "the level makes part '{part}' a part of the product itself, but its 親品番 / Parent says "
        "'{parent}', a part of this BOM. Make the two agree, or delete the column that is wrong "
        "(with both, the level is read)."
    ),
    "part.children_once": (
        "'{part}' has parts under it on row {row} but none here: this row would count as one "
        "part of its own material and weight, not as the assembly. List its parts under this "
        "row too (levels are read row by row), or give a different part a different number."
    ),
    "parent.unknown": (
        "parent '{parent}' is not a part number in this BOM. Fix the parent or add the assembly "
        "row."
    ),
    "parent.cycle": (
        "parent links form a cycle: {path}. A part cannot contain itself; fix the 親品番 / Parent "
        "column."
    ),
    "parent.children_differ": (
        "part '{part}' (rows {rows}) has different children under its rows: rows {first}, and "
        "rows {other}. With a parent column (親品番 / Parent) a part number has one structure, "
        "counted for every piece of '{part}': list its children once, or the same under each of "
        "its rows, or give the variants different part numbers."
    ),
    "supplier.no_factor": (
        "no emission factor for transport mode '{mode}' of supplier '{supplier}'. Use a mode such "
        "as truck, rail, ship or air, or add a factor per t-km with key '{mode}'."
    ),
    "supplier.bad_tonkm": (
        "transport mode '{mode}' of supplier '{supplier}' is not an improved ton-km spec cfp "
        "can compute: write 改良トンキロ:<maximum payload>t:<load factor>%, the load factor above "
        "0 and at most 100 %, and optionally :軽油 or :ガソリン, e.g. 改良トンキロ:4t:50%."
    ),
    "supplier.tonkm_fuel": (
        "transport mode '{mode}' of supplier '{supplier}': the improved ton-km formula gives "
        "litres of {fuel} per t-km, so the factor of {fuel} must be per volume (L, kL or m3), "
        "and the one found is not. Give {fuel} per litre in the 排出原単位/Factors sheet."
    ),
    "factor.bad_unit": (
        "unknown unit '{unit}'. Use kg, g, t, kWh, MJ, GJ, L, kL, m3, t-km or piece."
    ),
    "factor.header_unit": (
        "the unit '{unit}' disagrees with the unit in the factor column's header '{header}': "
        "one of them is wrong. Write the unit as the header gives it, or take the unit out "
        "of the header."
    ),
    "factor.header_unit_unknown": (
        "the factor column's header '{header}' gives the factor per a unit cfp does not read. "
        "Write the header without its unit and the whole unit in each unit cell (t-CO2/MWh), "
        "or use kg, g, t, kWh, MWh, MJ, GJ, L, kL, m3, t-km or piece after the '/'."
    ),
    "factor.gas_header_unit": (
        "the gas column '{header}' gives its unit in a way cfp does not read. A gas column "
        "holds the mass of that gas (not its CO2e: the GWP is applied) in g, kg or t, e.g. "
        "'ch4 (g)' or 'n2o (kg/kWh)'; a CO2e per gas belongs in the CO2e column as one sum."
    ),
    "factor.blank_unit": (
        "the unit of the factor for key '{key}' is blank. Write what the factor is per, e.g. "
        "kg-CO2e/kg, t-CO2/kWh or kg."
    ),
    "factor.bad_numerator": (
        "the unit '{unit}' does not say in what the emissions are given. Write the CO2e mass "
        "before the '/' as one of {allowed}, e.g. t-CO2e/t or kg-CO2/kWh."
    ),
    "factor.grid_implausible": (
        "the grid factor '{key}' ({origin}) is {factor} kg-CO2e/kWh, above any grid (at most "
        "{most}): a value in g-CO2/kWh? Write it per kWh in kg (388 g: 0.388) or give its unit "
        "as g-CO2/kWh."
    ),
    "factor.unit_kind": (
        "the factor '{key}' is per {unit}, but it is used for {use}. Use a factor per {expected}."
    ),
    "factor.missing_value": "no factor value for key '{key}'. Enter kg-CO2e per unit.",
    "factor.unknown_gas": (
        "column '{value}' looks like a per-gas column, but cfp has no GWP for that gas: its "
        "emissions would be left out. Use a gas column cfp knows ({known}; methane of known "
        "origin as ch4_fossil or ch4_non_fossil), or remove the column and give the factor in "
        "kg-CO2e."
    ),
    "factor.no_electricity": (
        "no electricity factor. Set 電力排出係数 / Electricity factor in the 設定/Settings sheet "
        "or add a factor with key 'electricity'."
    ),
    "factor.no_grid_country": (
        "the site's country {country} (地域 / Country '{value}') has no grid electricity factor "
        "in cfp, and Japan's is not used for a site elsewhere. Add a factor keyed '{key}' in "
        "kg-CO2e/kWh to the 排出原単位/Factors sheet or a --factors file, or set 電力排出係数 / "
        "Electricity factor in 設定/Settings (your utility's factor)."
    ),
    "factor.missing_column": (
        "required column '{column}' is missing. Add a column headed {names} or map it with "
        "--factor-columns."
    ),
    "settings.bad_value": "setting '{key}' has an invalid value '{value}'. {hint}",
    "settings.grid_implausible": (
        "電力排出係数 / Electricity factor {factor} kg-CO2e/kWh is no grid's factor (grids lie "
        "between about 0.01 and 1.2): without a unit in its label it is read in kg-CO2e/kWh. "
        "A factor published in t-CO2/kWh (0.000441) needs the label 電力排出係数(t-CO2/kWh) or "
        "Electricity factor (t-CO2/kWh), one in g-CO2/kWh the unit g-CO2/kWh; a factor under "
        "0.005 that is right, its unit written: Electricity factor (kg-CO2e/kWh)."
    ),
    "settings.gwp_hint": "Use AR5 or AR6.",
    "settings.weight_unit_hint": "Use g, kg or t.",
    "settings.lot_hint": (
        "A lot is the number of pieces made per set-up: enter a number of at least 1."
    ),
    "settings.number_hint": "Enter a number.",
    "settings.geography_hint": (
        "Write the site's country: a country name (中国, タイ, Japan, China), an ISO 3166 "
        "code (JP, CN, TH), a subdivision (JP-13) or Global."
    ),
    "settings.merged_number": (
        "the value of {key} is under the merged cell {where}, which holds {value} for the row "
        "above: a number is not copied down a merged cell. Unmerge the cells and write the "
        "value of {key} in its own cell."
    ),
    "settings.declared_unit": (
        "declared unit '{value}' cannot be computed: cfp gives the footprint of one piece of "
        "the product this BOM describes. Write 1 piece (1 個) or leave 宣言単位 / Declared unit "
        "empty; for a figure per kg, divide the total by the product mass (product_mass_kg)."
    ),
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
    "warn.transport_no_weight": (
        "{count} part(s) with a supplier have no weight, so their transport (t-km = mass x "
        "distance) cannot be computed: {parts}. It is excluded (listed in excluded); enter their "
        "weights (重量) to count it."
    ),
    "warn.supplier_zero_distance": (
        "supplier '{supplier}' has a distance of 0 km ({cell}): the transport of its {count} "
        "part line(s) is 0 kg-CO2e. Right for a supplier on your own site; otherwise write the "
        "distance."
    ),
    "warn.supplier_incomplete": (
        "supplier '{supplier}' ({row}) has no {missing}: no transport counted for {count} "
        "part(s); it is excluded and estimated like an unknown supplier's. Enter the value in "
        "the 仕入先/Suppliers sheet."
    ),
    "warn.assembly_supplier": (
        "assembly '{part}' has the supplier '{supplier}' ({cell}), which is not used: transport "
        "is counted per part from each part's own supplier, so the parts inside '{part}' get no "
        "transport from '{supplier}'. Write the supplier on the parts delivered in the assembly, "
        "or bring the assembly in with its supplier's footprint (--supplier-pcf)."
    ),
    "warn.assembly_supplier.many": (
        "{count} assemblies have a supplier ({first} and {more} more), which is not used: "
        "transport is counted per part from each part's own supplier. Write the supplier on the "
        "parts delivered in the assemblies."
    ),
    "warn.product_rows": (
        "{count} rows of '{sheet}' are at level 0 ({cells}), the level of the product itself: "
        "they are read as parts of one product and their footprints are added. If the sheet "
        "holds several products, give each its own BOM workbook; if level 0 means a direct "
        "child of the product, number the levels from 1."
    ),
    "warn.assembly_material": (
        "assembly '{part}' has a material or weight; it is ignored because its children carry the "
        "material."
    ),
    "warn.assembly_material.many": (
        "{count} assemblies have a material or weight ({first} and {more} more); it is ignored "
        "because their children carry the material."
    ),
    "warn.children_repeated": (
        "the children of '{part}' are listed under each of its rows ({sheet} rows {rows}): they "
        "are read once (rows {used}) and counted for every piece of '{part}'; rows {repeated} "
        "repeat them and are not counted again."
    ),
    "warn.children_repeated.many": (
        "{count} sub-assemblies have their children listed under each of their rows ({first} "
        "and {more} more): each list is read once and counted for every piece."
    ),
    "warn.excluded_no_factor.many": (
        "{count} parts have no factor and were left out (--allow-missing): {first} and {more} "
        "more; all are listed as excluded."
    ),
    "warn.excluded_no_factor": (
        "part '{part}' ({grade}) has no factor and was left out (--allow-missing)."
    ),
    "warn.cut_off": (
        "cut-off: {count} part(s) with no factor weigh {share} of the material bought (raw "
        "weights; limit {limit}) and were excluded; check that none is a high-emission "
        "material."
    ),
    "warn.estimated_energy": (
        "{count} processing energy figure(s) are estimated from rated power; measured figures are "
        "more defensible."
    ),
    "warn.grid_country": (
        "processing electricity uses {grid} = {factor} kg-CO2e/kWh, cfp's built-in grid of "
        "{country} (地域 / Country '{value}', {where}; year {year}): a location-based average of "
        "all "
        "generation there with lifecycle emissions (Ember), not comparable 1:1 with Japan's "
        "combustion-only factors. Your utility's factor (電力排出係数 / Electricity factor in "
        "設定/Settings) is "
        "more specific."
    ),
    "warn.grid_country.process": (
        "process '{process}' runs in {country} (地域 / Country '{value}', {where}): its "
        "electricity uses {grid} = {factor} kg-CO2e/kWh, cfp's built-in grid of {country} "
        "(year {year}), a location-based average of all generation there with lifecycle "
        "emissions (Ember). A factor keyed '{grid}' of that site's utility is more specific."
    ),
    "warn.grid_subdivision": (
        "地域 / Country '{value}' ({where}) is a part of {country}: cfp has no grid of its own "
        "for it, so processing electricity uses {grid} = {factor} kg-CO2e/kWh, the built-in grid "
        "of the whole of {country}. Your utility's factor (電力排出係数 / Electricity factor in "
        "設定/Settings) is more specific."
    ),
    "warn.grid_subdivision.process": (
        "process '{process}' runs in '{value}' ({where}), a part of {country}: cfp has no grid of "
        "its own for it, so its electricity uses {grid} = {factor} kg-CO2e/kWh, the built-in "
        "grid of the whole of {country}."
    ),
    "warn.grid_subdivision_own": (
        "processing electricity uses {grid} = {factor} kg-CO2e/kWh, cfp's built-in grid of "
        "{area} (地域 / Country '{value}', {where}; year {year}): it is not connected "
        "to the national grid, so {country}'s average is not used. It is the company-total "
        "reference value of the local utility; your utility's factor (電力排出係数 / Electricity "
        "factor in 設定/Settings, or a factor keyed '{grid}') is more specific."
    ),
    "warn.grid_subdivision_own.process": (
        "process '{process}' runs in {area} (地域 / Country '{value}', {where}): its electricity "
        "uses {grid} = {factor} kg-CO2e/kWh, cfp's built-in grid there (year {year}; not "
        "connected to the national grid), not the site's. A factor keyed '{grid}' of that "
        "site's utility is more specific."
    ),
    "warn.grid_subdivision_shared": (
        "process '{process}' runs in '{value}' ({where}), a part of {country} without a grid "
        "of its own in cfp: its electricity uses the site's grid."
    ),
    "warn.grid_generic_factor": (
        "your factor 'electricity' ({origin}) states no 地域/geography and is used for the "
        "site in {country} (地域 '{value}'). If it is not the grid of {country}, add a factor "
        "keyed '{grid}' or write its country in the factor's 地域 column."
    ),
    "warn.grid_generic_factor.process": (
        "your factor 'electricity' ({origin}) states no 地域/geography and is used for process "
        "'{process}' in {country} (地域 '{value}'). If it is not the grid of {country}, add a "
        "factor keyed '{grid}' or write its country in the factor's 地域 column."
    ),
    "warn.country_china": (
        "地域 / Country '中国' was read as the country China (CN): {cells}. If it means "
        "Japan's Chūgoku region (中国地方), write the country JP or a prefecture's code (JP-31 "
        "Tottori to JP-35 Yamaguchi; a Chūgoku utility's factor goes in Settings 電力排出係数 / "
        "Electricity factor). For China, the country name 中華人民共和国 or CN gives no warning."
    ),
    "warn.no_lot_size.many": (
        "no lot size for {count} parts ({first} and {more} more; ロット / Lot size column or "
        "Settings): their set-up time is counted for a lot of 1 piece, which overstates it."
    ),
    "warn.no_lot_size": (
        "no lot size for part '{part}' (ロット / Lot size column or Settings): its set-up time is "
        "counted for a lot of 1 piece, which overstates it."
    ),
    "warn.measured_process_unknown": (
        "the measurement of part '{part}' names process '{process}', which is neither a time "
        "column of the BOM nor a row of 工程/Processes: it is counted as one more process "
        "beside the part's BOM times. If it is one of them misspelt, correct the name, or "
        "its energy counts twice."
    ),
    "warn.meter_unchanged": (
        "the meter reading of part '{part}', process '{process}' ({row}) did not move (end = "
        "start): its energy counts 0 kWh instead of an estimate. Check the two readings."
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
    "label.more_rows": "({count} more)",
    "label.warnings": "Warnings",
    "label.product": "Product",
    "label.declared_unit": "Declared unit",
    "label.primary_share": "Primary data share",
    "label.problems": "Problems in the input",
    "label.error": "Error",
    "label.category": "Material category",
    "label.process": "Process",
    "label.no_category": "(no material category)",
    "label.assembly_processes": "(assemblies' own processes)",
    "stage.materials": "Materials",
    "stage.transport": "Transport",
    "stage.processing": "Processing",
    "stage.waste": "Waste",
    "unit.piece": "piece",
    "unit.one_piece": "1 piece",
    "factors.key": "Key",
    "factors.factor": "Factor",
    "factors.type": "Type",
    "factors.source": "Source",
    "factors.licence": "Licence",
    "factors.factor_per_unit": "Factor kg-CO2e",
    "factors.left_out": (
        "Not shown at this width: {columns} (cfp factors show KEY shows every field of a "
        "factor; so does --format json)."
    ),
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
    "init.not_xlsx": (
        "{path}: the template is an Excel workbook (.xlsx); give a file name ending in .xlsx."
    ),
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
    "batch.baseline_declared_unit": (
        "{file}: its baseline is per {old}, this run per {new}: the totals are not compared "
        "(no change shown). Compute both per the same declared unit."
    ),
    "batch.baseline_gwp": (
        "{file}: its baseline used {old}, this run {new}: part of the change is the "
        "characterisation factors', not the product's."
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
    "diff.status.not_computed": (
        "NOT COMPUTED in the new run (invalid input or an error: see the new _summary.json)"
    ),
    "diff.over": "above the threshold",
    "diff.differs.declared_unit": (
        "declared unit differs: {old} → {new}: the totals are not comparable (the comparison "
        "fails); compute both per the same declared unit (Settings Declared unit / 宣言単位)."
    ),
    "diff.differs.gwp": (
        "GWP set differs: {old} → {new}: part of the change is the characterisation factors, "
        "not the product."
    ),
    "diff.by_stage": "by stage",
    "diff.lines": "lines that moved most",
    "diff.amount": "amount",
    "diff.factor": "factor",
    "diff.flow": "flow",
    "diff.line_added": "new line",
    "diff.line_removed": "line removed",
    "diff.summary": (
        "{count} products: {increased} increased, {decreased} decreased, {unchanged} "
        "unchanged, {added} new, {removed} removed, {not_computed} not computed; {failed} above "
        "the threshold or not computed. Exit code {code}."
    ),
    # --- command-line usage -------------------------------------------------------------
    "usage.gwp": "--gwp {value}: use AR5 or AR6.",
    "usage.report_kind": "--report {value}: use {kinds}.",
    "usage.report_needs_out": "--report needs --out DIR, the folder for the reports.",
    "usage.needs_pact": "{option} applies to the PACT file: add --report pact (with --out DIR).",
    "usage.not_in_csv": (
        "{option}: the CSV inventory has no place for its results. Use --format json or the "
        "table view, or add --report html / pdf / xlsx with --out DIR."
    ),
    "usage.top_not_table": (
        "--top sets the parts shown in the table; --format {format} writes every part. Leave "
        "--top out, or use --format table."
    ),
    "usage.top_in_batch": (
        "--top sets the parts shown in the table of one BOM; a batch run shows only its "
        "summary. Leave --top out."
    ),
    "usage.jobs_one_bom": (
        "--jobs {value}: one BOM is computed in one process; --jobs is for several BOMs "
        "(files, a folder or a glob). Leave it out."
    ),
    "usage.factor_columns": "--factor-columns: '{item}' is not field=header (e.g. key=製品コード).",
    "usage.exists": "{path} exists; use --force to replace it.",
    "usage.no_factor": "no factor '{key}' (try: cfp factors search {key}).",
    "usage.range": "{option} {value}: use a number from {low} to {high}.",
    "usage.at_least": "{option} {value}: use a whole number of at least {low}.",
    "usage.cfp_lang": "CFP_LANG={value} is not a language of cfp ({langs}): using {chosen}.",
    "usage.non_negative": "{option} {value}: use a number of at least 0 (kg-CO2e).",
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
    "master.kind.processes": "processes (工程)",
    "master.kind.measurements": "measurements (実測)",
    "master.kind.suppliers": "suppliers (仕入先)",
    "master.kind.materials": "material map (材質)",
    "master.missing_column": (
        "the {kind} table has no column {column}. Add a column with that header (the file or sheet "
        "is not used without it)."
    ),
    "output.is_input": (
        "this output would replace the input '{input}'. Choose another output file or folder: cfp "
        "never overwrites its inputs."
    ),
    "warn.zero_weight": (
        "{count} part(s) counted per kg weigh 0 kg, so their material counts 0 kg-CO2e: {parts}. "
        "Enter the weight (重量 / Weight); a blank weight is refused, a 0 is taken as written."
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
    "warn.key_repeated": (
        "'{part}' is on two rows of one table: {used} is used and {ignored}, the same key "
        "again, is ignored. Delete or correct one of them."
    ),
    "warn.key_repeated.many": (
        "{count} keys are on several rows of one table ({first} and {more} more): the first row "
        "of each is used and the others are ignored. Delete or correct them."
    ),
    "warn.category_not_grade": (
        "part '{part}' ({sheet} row {row}): its category (分類/Category) '{category}' is "
        "{stated}, but the grade map puts its grade '{grade}' in {mapped}; the category cell "
        "is used. Correct it, or clear it to use the grade's category."
    ),
    "warn.category_not_grade.many": (
        "{count} parts have a category (分類/Category) of another material than their grade's "
        "({first} and {more} more); the category cell is used. Correct it, or clear it."
    ),
    "warn.factor_thousands": (
        "the factor '{part}' ({origin}) is written '{text}' and was read as {value}: the comma "
        "as a thousands separator. If a decimal comma was meant, write {suggest} with a point; "
        "if {value} is right, write it without the comma to silence this warning."
    ),
    "warn.factor_thousands.many": (
        "{count} factors are written with a thousands comma ({first} and {more} more) and were "
        "read as thousands: check that no decimal comma was meant (1,234 for 1.234)."
    ),
    "warn.category_rows_differ": (
        "lines of the material category '{category}' take different factors of yours by the "
        "way their 分類 is spelt: {rows}. Keep one row per category, or key the rows by grade "
        "(材質), so that lines of one material take one factor."
    ),
    "warn.gases_differ": (
        "the factor '{part}' ({origin}) gives {given} kg-CO2e in its CO2e cell, but its "
        "per-gas values make {gases} with {gwp} ({pct} %): the CO2e cell is used. Correct the "
        "row, or leave one of them blank, or check which GWP set the source used."
    ),
    "warn.gases_differ.many": (
        "{count} factors give a CO2e cell that disagrees with their per-gas values ({first} "
        "and {more} more): the CO2e cells are used. Correct the rows or check the GWP set."
    ),
    "warn.hidden_sheet": (
        "the hidden sheet '{sheet}' was read and used: check it is meant to be part of the "
        "calculation."
    ),
    "warn.hidden_rows": (
        "rows {rows} of the sheet '{sheet}' are hidden in Excel and are counted ({count} BOM "
        "lines): delete them if they are not part of the product."
    ),
    "warn.hidden_columns": (
        "columns hidden in Excel are read from the sheet '{sheet}': {columns}. Check they are "
        "meant to be part of the calculation."
    ),
    "warn.hidden_table_rows": (
        "rows {rows} of '{table}' are hidden in Excel and are read like the others ({count} "
        "rows): hiding a row does not switch it off. Delete it if it should not count."
    ),
    # a run of rows inside a warning (resolve/checks.py `RowRuns`): rows 3 to 4
    "fmt.row_range": "{first}–{last}",
    "warn.hidden_table_columns": (
        "columns hidden in Excel are read from '{table}': {columns}. Check they are meant to "
        "be part of the calculation."
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
    "serve.filter.limit_min": "limit must be at least 1 (got '{value}').",
    "serve.filter.limit_max": (
        "limit {value} is above the maximum, {max}. A page holds at most {page} footprints; the "
        "rest comes through the Link header."
    ),
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
    "f.product_mass": "Product mass (net weight)",
    "f.boundary": "System boundary",
    "f.standard": "Standard",
    "f.gwp": "GWP set",
    "f.pds": "Primary data share",
    "f.measured_share": "Measured processing energy",
    "f.excluded": "Left out of the total",
    "f.proxy_share": "Share calculated with proxy factors",
    "f.verification": "Third-party verification",
    "f.input_file": "Input file",
    "f.sha256": "Input file SHA-256",
    "f.cfp_version": "cfp version",
    "f.builtin_sha256": "Built-in factor table SHA-256 (factors.csv)",
    "f.settings": "Settings used",
    "f.electricity": "Electricity factor",
    "v.not_stated": "not stated",
    "v.geography_default": (
        "{code} (not stated: cfp's default, as in the PACT export and the ratings)"
    ),
    "v.boundary": "Cradle to gate",
    "v.standard": "ISO 14067:2018",
    "v.gwp": "IPCC {set} GWP100",
    "v.not_verified": "none (not verified)",
    "v.excluded": (
        "{count} BOM row(s), estimated at {share} of the footprint including them "
        "(study report, 1.4)"
    ),
    "v.excluded_lower": (
        "{count} BOM row(s), estimated at least {share} of the footprint including them "
        "({unknown} not quantified; study report, 1.4)"
    ),
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
    "h.mass": "Material bought (kg)",
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
    "h.amount_per_piece": "Amount/piece",
    "h.mass_basis": "Weight basis",
    "h.distance_km": "Distance (km)",
    "h.factor_given": "Factor as given",
    "h.factor_unit_given": "Unit as given",
    "h.factor_gases": "Gases as given",
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
    "h.factor_count": "Factors",
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
        "Energy (electricity, fuels, compressed air) used by our own manufacturing processes "
        "(machining, heat treatment, welding, assembly...)."
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
    "flow.air_cycle": "Compressed air (cycle)",
    "flow.air_setup": "Compressed air (set-up)",
    "flow.fuel_cycle": "Fuel {fuel} (cycle)",
    "flow.fuel_setup": "Fuel {fuel} (set-up)",
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
        "included. Rows left out because no emission factor was found are listed below, for "
        "comparison with the cut-off rule of a product category rule (PCR) where one applies (a "
        "common rule: what is cut off stays below 5 % of the emissions of each life-cycle stage)."
    ),
    "text.cutoff_rule": (
        "Mass cut-off rule in force: parts without an emission factor whose material together "
        "weighs at most {limit} of the material bought (raw weights, else net weights) are "
        "left out. Left out here: {mass} kg, {share} of the {input_mass} kg of material "
        "bought."
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
        "{share} of the total is calculated with proxy factors ({keys}); supplier-specific data or "
        "a database such as IDEA would make these figures more representative."
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
    "lim.uncertainty_quantified": (
        "Uncertainty is estimated by the Monte Carlo simulation below; where the data give no "
        "distribution, cfp's defaults by data quality are used, so the interval is indicative. "
        "Figures are printed with more digits than their accuracy so that they can be traced."
    ),
    "lim.boundary": (
        "Distribution, use and end of life are outside the boundary: the result cannot be compared "
        "with cradle-to-grave footprints."
    ),
    "lim.verification": "The study has not been critically reviewed or verified by a third party.",
    # --- purchased components, unknown categories, what-if scenarios (issue 15,
    # lca/read/materials.py, lca/compute/flows.py unknown_category, lca/app/scenarios.py) --
    "material.unknown_category_near": (
        "part '{part}': the category '{category}' (from {origin}) is not a known category and no "
        "factor has that key. Did you mean '{closest}' (category {closest_key})? Known categories:"
        " {known}. Write a known category or one of its spellings in 分類 (`cfp materials` lists "
        "them), or add a row with key '{category}' to the 排出原単位/Factors sheet."
    ),
    "file.reason.not_found": "file not found",
    "file.reason.not_regular": "not a regular file (a folder, a pipe or a device?)",
    "file.reason.too_large": "larger than {limit}",
    "scenario.unreadable": (
        "the scenario file cannot be read ({reason}). Give a readable UTF-8 TOML file."
    ),
    "scenario.syntax": (
        "the scenario file is not valid TOML: {detail}. Correct that line (README \"What-if "
        "scenarios\")."
    ),
    "scenario.none": (
        "no scenario: write one or more [[scenario]] tables, each with a name and changes."
    ),
    "scenario.no_name": "{where}: a scenario needs a name.",
    "scenario.no_changes": (
        "scenario '{scenario}' has no changes: give a list `changes = [{{change = ...}}]`."
    ),
    "scenario.bad_change": (
        "{where}: a change is a table such "
        "as {{change = \"grade\", part = \"P-1\", value = \"A6063\"}}."
    ),
    "scenario.missing": "{where}: a '{kind}' change needs {fields}.",
    "scenario.duplicate": "two scenarios are named '{scenario}': give each its own name.",
    "scenario.unknown_near": (
        "{where}: {what} '{value}' is not known; closest: '{near}'. Known: {known}."
    ),
    "scenario.unknown": "{where}: {what} '{value}' is not known. Known: {known}.",
    "scenario.grid_too_low": (
        "{where}: the electricity factor {factor} kg-CO2e/kWh is below any grid (at least "
        "{least}) but not 0: a value in t-CO2/kWh, as Japan's list of utility factors writes "
        "them? Write it in kg-CO2e/kWh ({kg}), or 0 for electricity without emissions."
    ),
    "scenario.grid_too_high": (
        "{where}: the electricity factor {factor} kg-CO2e/kWh is above any grid (at most {most}): "
        "a value in g-CO2/kWh? Write the value in kg-CO2e/kWh (0.388 for 388 g)."
    ),
    "scenario.bad_value.number": "{where}: the value of a '{kind}' change must be a number >= 0.",
    "scenario.bad_value.share": (
        "{where}: the value of a '{kind}' change must be a share from 0 to 1 (or 0-100 %)."
    ),
    "scenario.bad_value.per_kwh": (
        "{where}: '{value}' is not a factor per kWh: an electricity change needs a per-kWh factor "
        "key (cfp factors list --kind energy) or a value."
    ),
    "scenario.bad_value.per_kg": (
        "{where}: '{value}' is not a factor per kg: a recycled-content change needs the recycled "
        "material's per-kg factor key."
    ),
    "scenario.not_per_kg": (
        "{where}: part '{part}' has no per-kg material line, so a recycled-content share cannot "
        "apply to it."
    ),
    "scenario.failed": (
        "scenario '{scenario}' cannot be computed; the problems of its variant follow."
    ),
    "scenario.no_effect": (
        "scenario '{scenario}': the change '{change}' changes nothing: the footprint is the same "
        "without it. Check that it names what you meant to change."
    ),
    "scenario.no_effect.measured": (
        "scenario '{scenario}': the change '{change}' changes nothing: the energy of those lines "
        "is measured (a meter reading), which is used in place of rated power × time × "
        "utilisation. Change the measurement (measured_kwh) instead."
    ),
    "scenario.no_sheet": (
        "{value} has no シナリオ / Scenarios sheet: add one (columns シナリオ/Scenario, "
        "変更/Change, 品番/Part, 工程/Process, 仕入先/Supplier, 値/Value, キー/Key) or give a TOML "
        "file."
    ),
    "scenario.sheet_header": (
        "the scenario sheet needs a header row with シナリオ/Scenario and 変更/Change (optional: "
        "品番/Part, 工程/Process, 仕入先/Supplier, 値/Value, キー/Key)."
    ),
    "scen.title": "What-if scenarios (the footprint above is unchanged)",
    "scen.name": "Scenario",
    "scen.total": "kg-CO2e",
    "scen.delta": "Δ kg-CO2e",
    "scen.delta_pct": "Δ %",
    "scen.base": "Base (as reported)",
    "scen.more": "… and {count} more scenario(s) (all of them: --format json or --report xlsx)",
    "scen.changes": "Changes",
    "scen.chart": "Total per scenario",
    "scen.sheet": "Scenarios",
    "scen.section": "What-if scenarios",
    "scen.lead": (
        "Each scenario recomputes the product with the changes listed, from the same inputs and "
        "rules. The scenarios are not part of the footprint declared above; they compare options "
        "(a difference against the base, by stage)."
    ),
    "materials.name": "Name",
    "materials.spellings": "Spellings in 分類 / Category",
    "materials.components_marked": (
        "* purchased components (per kg of part mass, labelled proxies)."
    ),
    "material.unknown_category": (
        "part '{part}': the category '{category}' (from {origin}) is not a known category and no "
        "factor has that key. Known categories: {known}. Write a known category or one of its "
        "spellings in 分類 (`cfp materials` lists them), or add a row with key '{category}' to the "
        "排出原単位/Factors sheet."
    ),
    # --- rule profiles, emission cut-off, scrap allocation (issue 14, lca/read/rules.py) ---
    "rules.not_found": (
        "rule profile {value} not found. Give a TOML file that exists, or a built-in profile:"
        " {names}."
    ),
    "rules.unreadable": (
        "rule profile {value} cannot be read ({reason}). Give a readable TOML file."
    ),
    "rules.too_large": (
        "the rule profile is larger than {limit}, more than any profile needs. Check that --rules "
        "or 算定ルール / Rule profile names the profile's TOML file."
    ),
    "rules.not_utf8": (
        "the rule profile is not UTF-8 text. Save it as UTF-8 (TOML files are UTF-8)."
    ),
    "rules.syntax": (
        "the rule profile is not valid TOML: {detail}. Correct that line (README \"Rule profiles\" "
        "has a full example)."
    ),
    "rules.not_table": "{key} = {value}: {key} must be a table, written as a [{key}] section.",
    "rules.unknown_key": (
        "unknown key {key} (= {value}). Check its spelling; the keys are: {known}."
    ),
    "rules.bad_type": "{key} = {value} has the wrong type. {hint}",
    "rules.expect_text": "Write a text in quotes.",
    "rules.expect_number": "Write a number without quotes, e.g. 5.",
    "rules.expect_stages": "Write a list of stages, e.g. [\"materials\", \"processing\"].",
    "rules.range": "{key} = {value} is out of range: use a number from {low} to {high}.",
    "rules.proxy_zero": (
        "{key} = {value} estimates every excluded material at 0 kg-CO2e, so the emission "
        "cut-off rule would always hold: state a conservative value above 0 (e.g. the "
        "highest material factor of the product), or delete the key and cfp takes the "
        "highest factor of each excluded part's category."),
    "rules.bad_choice": "{key} = {value}: use one of {choices}.",
    "rules.declared_unit": (
        "{key} = {value} cannot be computed: cfp gives the footprint of one piece of the "
        "product. Use \"1 piece\" or leave the key out."
    ),
    "warn.cutoff_emissions.materials": (
        "cut-off (materials): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the materials stage (limit {limit}, rule profile {profile})"
        "; listed in the report."
    ),
    "warn.cutoff_emissions.transport": (
        "cut-off (transport): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the transport stage (limit {limit}, rule profile {profile})"
        "; listed in the report."
    ),
    "warn.cutoff_emissions.processing": (
        "cut-off (processing): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the processing stage (limit {limit}, rule "
        "profile {profile}); listed in the report."
    ),
    "warn.cutoff_emissions.waste": (
        "cut-off (waste): {count} excluded item(s) estimated at {kg} kg-CO2e with a conservative "
        "proxy, {share} of the waste stage (limit {limit}, rule profile {profile}); listed in the "
        "report."
    ),
    "warn.cutoff_emissions.total": (
        "cut-off (total): {count} excluded item(s) estimated at {kg} kg-CO2e with a conservative "
        "proxy, {share} of the footprint (limit {limit}, rule profile {profile}); listed in the "
        "report."
    ),
    "rules.cutoff_exceeded.materials": (
        "cut-off rule broken (materials): {count} excluded item(s) are estimated at {kg} kg-CO2e "
        "with a conservative proxy, {share} of the materials stage, above the limit {limit} of "
        "rule profile {profile}. Give these parts an emission factor (or their supplier a route), "
        "or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With --strict this "
        "is exit 1."
    ),
    "rules.cutoff_exceeded.transport": (
        "cut-off rule broken (transport): {count} excluded item(s) are estimated at {kg} kg-CO2e "
        "with a conservative proxy, {share} of the transport stage, above the limit {limit} of "
        "rule profile {profile}. Give these parts an emission factor (or their supplier a route), "
        "or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With --strict this "
        "is exit 1."
    ),
    "rules.cutoff_exceeded.processing": (
        "cut-off rule broken (processing): {count} excluded item(s) are estimated at {kg} kg-CO2e "
        "with a conservative proxy, {share} of the processing stage, above the limit {limit} of "
        "rule profile {profile}. Give these parts an emission factor (or their supplier a route), "
        "or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With --strict this "
        "is exit 1."
    ),
    "rules.cutoff_exceeded.waste": (
        "cut-off rule broken (waste): {count} excluded item(s) are estimated at {kg} kg-CO2e with "
        "a conservative proxy, {share} of the waste stage, above the limit {limit} of rule "
        "profile {profile}. Give these parts an emission factor (or their supplier a route), or "
        "state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With --strict this is "
        "exit 1."
    ),
    "rules.cutoff_exceeded.total": (
        "cut-off rule broken (total): {count} excluded item(s) are estimated at {kg} kg-CO2e with "
        "a conservative proxy, {share} of the footprint, above the limit {limit} of rule "
        "profile {profile}. Give these parts an emission factor (or their supplier a route), or "
        "state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With --strict this is "
        "exit 1."
    ),
    "rules.cutoff_not_estimated.materials": (
        "cut-off rule not shown (materials): {missing} of the {count} excluded item(s) have no "
        "weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is exit "
        "1."
    ),
    "rules.cutoff_not_estimated.transport": (
        "cut-off rule not shown (transport): {missing} of the {count} excluded item(s) have no "
        "weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is exit "
        "1."
    ),
    "rules.cutoff_not_estimated.processing": (
        "cut-off rule not shown (processing): {missing} of the {count} excluded item(s) have no "
        "weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is exit "
        "1."
    ),
    "rules.cutoff_not_estimated.waste": (
        "cut-off rule not shown (waste): {missing} of the {count} excluded item(s) have no weight, "
        "so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is exit "
        "1."
    ),
    "rules.cutoff_not_estimated.total": (
        "cut-off rule not shown (total): {missing} of the {count} excluded item(s) have no weight, "
        "so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is exit "
        "1."
    ),
    # documents state a broken rule as a fact (render/rules_view.py, issue 14)
    "rules.cutoff_exceeded.materials.doc": (
        "Materials: the {count} excluded item(s), estimated at {kg} kg-CO2e with a conservative "
        "proxy, are {share} of the materials stage with them, above the limit {limit} of rule "
        "profile {profile}."
    ),
    "rules.cutoff_exceeded.transport.doc": (
        "Transport: the {count} excluded item(s), estimated at {kg} kg-CO2e with a conservative "
        "proxy, are {share} of the transport stage with them, above the limit {limit} of rule "
        "profile {profile}."
    ),
    "rules.cutoff_exceeded.processing.doc": (
        "Processing: the {count} excluded item(s), estimated at {kg} kg-CO2e with a conservative "
        "proxy, are {share} of the processing stage with them, above the limit {limit} of rule "
        "profile {profile}."
    ),
    "rules.cutoff_exceeded.waste.doc": (
        "Waste: the {count} excluded item(s), estimated at {kg} kg-CO2e with a conservative proxy, "
        "are {share} of the waste stage with them, above the limit {limit} of rule "
        "profile {profile}."
    ),
    "rules.cutoff_exceeded.total.doc": (
        "Whole footprint: the {count} excluded item(s), estimated at {kg} kg-CO2e with a "
        "conservative proxy, are {share} of the footprint with them, above the limit {limit} of "
        "rule profile {profile}."
    ),
    "rules.cutoff_not_estimated.materials.doc": (
        "Materials: {missing} of the {count} excluded item(s) have no weight; whether they stay "
        "within the limit {limit} of rule profile {profile} is not shown."
    ),
    "rules.cutoff_not_estimated.transport.doc": (
        "Transport: {missing} of the {count} excluded item(s) have no weight; whether they stay "
        "within the limit {limit} of rule profile {profile} is not shown."
    ),
    "rules.cutoff_not_estimated.processing.doc": (
        "Processing: {missing} of the {count} excluded item(s) have no weight; whether they stay "
        "within the limit {limit} of rule profile {profile} is not shown."
    ),
    "rules.cutoff_not_estimated.waste.doc": (
        "Waste: {missing} of the {count} excluded item(s) have no weight; whether they stay within "
        "the limit {limit} of rule profile {profile} is not shown."
    ),
    "rules.cutoff_not_estimated.total.doc": (
        "Whole footprint: {missing} of the {count} excluded item(s) have no weight; whether they "
        "stay within the limit {limit} of rule profile {profile} is not shown."
    ),
    "rules.min_primary.doc": (
        "The primary data share, {share}, is below the minimum {limit} of rule profile {profile}."
    ),
    "rules.max_proxy.doc": (
        "{share} of the total is calculated with proxy factors, above the maximum {limit} of rule "
        "profile {profile}."
    ),
    "rules.min_primary": (
        "data quality: the primary data share is {share}, below the minimum {limit} of rule "
        "profile {profile}. Measure energy or obtain supplier-specific footprints for the largest "
        "lines. With --strict this is exit 1."
    ),
    "rules.max_proxy": (
        "data quality: {share} of the total is computed with proxy factors, above the "
        "maximum {limit} of rule profile {profile}. Give these materials your own or database "
        "factors. With --strict this is exit 1."
    ),
    "rules.strict_failed": (
        "{count} rule(s) of rule profile {profile} are not met (--strict): exit 1."
    ),
    "warn.rules_stages_out": (
        "rule profile {profile} leaves out the stage(s) {stages}: they are outside the system "
        "boundary and not in any figure."
    ),
    "warn.rules_rate_fraction": (
        "rule profile {profile}: allocation.recycling_rate_pct = {rate} is {rate} %, not {pct} %: "
        "the rate is in per cent (write {pct} for {pct} %)."
    ),
    "warn.rules_eol_credit": (
        "end-of-life recycling (avoided burden, rule profile {profile}): the recycling credit of "
        "the process scrap, {credit} kg-CO2e, is shown separately; it is not subtracted from the "
        "footprint or the PACT total."
    ),
    "diff.column_length": (
        "{json_path} has {count} values for {rows} rows. Compare the result files cfp calc writes "
        "(--format json or --out), unedited."
    ),
    "diff.bad_code": (
        "{json_path}: {value} is not a code of this column (whole numbers from -1 to {count} - 1). "
        "Compare the result files cfp calc writes, unedited."
    ),
    "diff.kind.column": "a column: an array, or {\"values\": [...], \"codes\": [...]}",
    # --- the command line (cli/): typer's own usage errors, cli/usage.py ------------------
    "cli.usage": "Usage: {usage}",
    "cli.try_help": "Try '{command}' for help.",
    "cli.aborted": "Aborted.",
    "cli.no_such_option": "no such option: {option}.",
    "cli.no_such_option_possible": "no such option: {option} (did you mean {options}?).",
    "cli.missing_option": "missing option {option}.",
    "cli.missing_argument": "missing argument {name}.",
    "cli.needs_value": "{option} needs a value.",
    "cli.takes_no_value": "{option} takes no value.",
    "cli.no_such_command": "no such command '{name}'. The commands: {commands}.",
    "cli.extra_arguments": "unexpected extra argument(s): {args}.",
    "cli.missing_command": "missing command.",
    "cli.not_integer": "{option} {value}: use a whole number.",
    "cli.not_number": "{option} {value}: use a number.",
    "cli.choice": "{option} {value}: use {choices}.",
    "cli.bad_value": "{option} {value}: not a valid value ({detail}).",
    "cli.other": "{detail}",
    # --- consistent options (cli/) --------------------------------------------------------
    "usage.output_needs_format": (
        "-o {path} is where --format {formats} output goes; the table is only shown on the "
        "terminal. Add --format json, or drop -o to see the table."
    ),
    "usage.out_needs_report": (
        "--out {path}: for one BOM, --out is the folder of the reports, and no --report was asked "
        "for. Add --report ({kinds}), or write the result with --format json -o FILE."
    ),
    "usage.json_deprecated": "--json is deprecated and will be removed: use --format json.",
    "usage.kind": "--kind {value}: use {kinds}.",
    "factors.bom_twice": (
        "the workbook is given twice ({path} and --bom {option}): give it once, as the "
        "argument (cfp factors list BOM.xlsx)."
    ),
    "factors.bom_deprecated": (
        "--bom is deprecated and will be removed: give the workbook as the argument "
        "(cfp factors list {path})."
    ),
    "factors.no_match": (
        "no factor matches '{term}' (searched: key, names, aliases, source, note). Try a shorter "
        "word, or list them all: cfp factors list"
    ),
    "factors.no_match_kind": (
        "no factor of kind {kind} matches '{term}' (searched: key, names, aliases, source, note). "
        "Try a shorter word or another --kind."
    ),
    "label.more_warnings": "… and {count} more warning(s) (all of them: cfp calc ... | less)",
    # --- a refused mass cut-off (lca/compute/flows.py `_missing_factors`) ------------------
    "material.cutoff_exceeded": (
        "the {count} part(s) without an emission factor weigh {share} of the material bought "
        "(raw weights), more than "
        "the mass cut-off of {limit}, so they cannot be cut off. Add their factors (parts listed "
        "below), allow a larger cut-off (--cutoff, or カットオフ in the 設定 sheet), or leave them "
        "out with --allow-missing."
    ),
    "material.cutoff_no_mass": (
        "the mass cut-off of {limit} cannot be applied to the {count} part(s) without an emission "
        "factor: the product's mass is not known (no weights). Enter the weights (重量) or add the "
        "factors of the parts listed below."
    ),
    "material.cutoff_no_weight": (
        "the mass cut-off of {limit} cannot weigh {count} part(s) without an emission factor that "
        "have no weight: their share of the product is not known, so they are not cut off. Add "
        "their factors (parts listed below), enter their weights (重量), or leave them out with "
        "--allow-missing."
    ),
    "material.no_factor_cut_off": (
        "no emission factor for part '{part}' (material '{grade}', category '{category}'). Add a "
        "row with key '{key}' to the 排出原単位/Factors sheet or a --factors file, or set its "
        "category (分類)."
    ),
    # --- documents finished (issue 11) ---------------------------------------------------
    # The reports show a neutral "not stated"; the calculation's warning says what to add
    # (to be raised where the settings are checked, e.g. resolve/checks.warn_inputs).
    "warn.no_reference_period": (
        "no reference period: add 対象期間 / Reference period (e.g. 2025-04-01/2026-03-31, 2025 or "
        "FY2025) to the 設定/Settings sheet; until then the reports say \"not stated\"."
    ),
    # The same warnings as a study report states them: facts, no instruction to the
    # author (the report's "Warnings from the calculation" is read by the customer).
    "warn.no_reference_period.doc": "The reference period is not stated in the settings.",
    "warn.proxy_factor.doc": (
        "{count} line(s) use proxy factors (a stand-in for the real material): {keys}."
    ),
    "warn.cut_off.doc": (
        "cut-off: {count} part(s) with no factor weigh {share} of the material bought (raw "
        "weights; limit {limit}) and were excluded."
    ),
    "warn.zero_factor.doc": (
        "factor '{factor}' is 0 ({origin}), as for recycled input under the cut-off approach."
    ),
    "warn.part_inconsistent.doc": (
        "part '{part}' is on several rows with a different material, category or weight ({sheet} "
        "rows {rows}); each row is counted as given."
    ),
    "warn.part_inconsistent.many.doc": (
        "{count} part numbers are on several rows with a different material, category or weight "
        "({first} and {more} more); each row is counted as given."
    ),
    "warn.hidden_sheet.doc": "the hidden sheet '{sheet}' of the workbook was read and used.",
    "warn.hidden_rows.doc": (
        "{count} BOM lines hidden in Excel were counted (rows {rows} of the sheet '{sheet}')."
    ),
    "warn.hidden_columns.doc": (
        "columns hidden in Excel were read from the sheet '{sheet}' and used: {columns}."
    ),
    "warn.hidden_table_rows.doc": (
        "{count} rows hidden in Excel were read from '{table}' and used (rows {rows})."
    ),
    "warn.hidden_table_columns.doc": (
        "columns hidden in Excel were read from '{table}' and used: {columns}."
    ),
    # --- PACT export: data quality, version chain, product ids, Green x Digital (issue 12,
    # lca/aggregate/quality.py, lca/render/pact_chain.py, lca/render/gxd.py) ---------------
    # the line's own ratings (cfp's), beside the supplier footprint's (h.pcf_dqr_*)
    "h.dqr_technological": "Line DQR technological",
    "h.dqr_geographical": "Line DQR geographical",
    "h.dqr_temporal": "Line DQR temporal",
    "setting.company_domain": "Company domain",
    "settings.domain_hint": (
        "Write the company's internet domain name, e.g. example.co.jp (letters, digits and "
        "hyphens; labels separated by dots; no http:// and no path)."
    ),
    "settings.yes_no_hint": "Write yes or no (はい / いいえ).",
    "usage.pact_extension": (
        "--pact-extension {value}: not an extension cfp writes; use {extensions}."
    ),
    # --- supplier footprints in (issue 12, lca/read/supplier_pcf.py) ----------------------
    "supplier_pcf.not_found": "no such file or folder. Check the --supplier-pcf path.",
    "supplier_pcf.no_json": (
        "the folder holds no *.json file (sub-folders are not read). Put the suppliers' PACT "
        "footprint files in it, or give the files themselves."
    ),
    "supplier_pcf.too_many_files": (
        "{count} supplier footprint files, more than the {limit} cfp reads in one run: the rest, "
        "from this file on, was not read. Give only the files this BOM needs."
    ),
    "supplier_pcf.not_file": (
        "not a regular file (a folder or a pipe?). Give a PACT footprint JSON file."
    ),
    "supplier_pcf.os_error": "cannot be read ({reason}). Check the file and its permissions.",
    "supplier_pcf.too_large": (
        "the file is {size} MB, more than the {limit} MB cfp reads as a supplier footprint file (a "
        "footprint is about 4 KB), so it was not read. Check that it is a PACT footprint file, or "
        "split it."
    ),
    "supplier_pcf.total_too_large": (
        "with this file the supplier footprint files exceed {limit} MB in all, so it was not read. "
        "Give only the files this BOM needs."
    ),
    "supplier_pcf.too_many_footprints": (
        "more than {limit} supplier footprints: cfp stopped reading at this file. Give only the "
        "files this BOM needs."
    ),
    "supplier_pcf.not_utf8": (
        "{json_path}: not UTF-8 text: byte {offset} (line {line}) cannot be decoded. PACT "
        "footprints are UTF-8 JSON: save the file as UTF-8."
    ),
    "supplier_pcf.not_json": (
        "{json_path}: not JSON: {detail} at line {line}, column {column}. Ask the supplier for the "
        "file as their system exported it."
    ),
    "supplier_pcf.too_deep": (
        "{json_path}: arrays or objects are nested deeper than {limit} levels (a PACT footprint "
        "nests about 7), so cfp does not read the file. Check that it is a PACT footprint file."
    ),
    "supplier_pcf.duplicate_key": (
        "{json_path}: the key {key} appears {count} times in one object, so its value is "
        "ambiguous. Keep one."
    ),
    "supplier_pcf.not_finite": (
        "{json_path}: {value} is not a finite number (NaN, Infinity and numbers beyond 1.8e308 are "
        "not allowed). Write the figure as a decimal string such as \"1.85\"."
    ),
    "supplier_pcf.bad_unicode": (
        "{json_path}: a text holds an unpaired surrogate (such as \\udc80), which no UTF-8 file "
        "can hold. Correct the text."
    ),
    "supplier_pcf.not_footprint": (
        "{json_path}: this is {value}, not a PACT footprint file. cfp reads one ProductFootprint "
        "(with id, specVersion, pcf...), a list of them, or a ListFootprints "
        "response {{\"data\": [...]}}."
    ),
    "supplier_pcf.unsupported_version": (
        "{json_path}: specVersion {value}: cfp reads PACT footprints of versions 2.x and 3.x. Ask "
        "the supplier for a v3 (or v2) export."
    ),
    "supplier_pcf.missing": (
        "{json_path} is missing: PACT {version} requires {field} ({hint}). Add it, or ask the "
        "supplier for a footprint that follows the spec."
    ),
    "supplier_pcf.wrong_type": (
        "{json_path}: expected {hint}, found {value}. Correct the file, or ask the supplier for "
        "one that follows the PACT spec."
    ),
    "supplier_pcf.bad_value": (
        "{json_path}: {value} is not {hint}. Correct the file, or ask the supplier for one that "
        "follows the PACT spec."
    ),
    "supplier_pcf.not_decimal": (
        "{json_path}: {value} is not a decimal number: PACT writes digits with an optional sign "
        "and decimal point, such as \"1.85\" (no exponent, no thousands separator)."
    ),
    "supplier_pcf.out_of_range": "{json_path}: {value} is out of range: it must be {range}.",
    "supplier_pcf.not_unique": (
        "{json_path}: {value} is listed twice (first at {first}); PACT lists each entry once. "
        "Remove the repetition."
    ),
    "supplier_pcf.geography_several": (
        "{json_path}: {fields} are given together; PACT allows one geography (a region, a country "
        "or a country subdivision). Keep the one that applies."
    ),
    "supplier_pcf.period_order": (
        "{json_path}: {end_field} {end} is before {start_field} {start}. Correct the dates."
    ),
    "supplier_pcf.packaging": (
        "{json_path}: packagingGhgEmissions is given but packagingEmissionsIncluded is not true "
        "(PACT: it must be left out unless packaging is included). Set packagingEmissionsIncluded "
        "to true if the footprint includes packaging, else remove packagingGhgEmissions."
    ),
    "supplier_pcf.density_impossible": (
        "{json_path}: productMassPerDeclaredUnit {value} makes {density} kg per liter for a "
        "footprint per {declared}, denser than any material (osmium: 22.6). In PACT {version} "
        "check whether it is the mass of one declared unit or of all of them (v2 and v3 "
        "differ), and ask the supplier for a corrected footprint."
    ),
    "supplier_pcf.duplicate_id": (
        "{json_path}: the footprint id {value} is also used at {other} by a different footprint. "
        "PACT gives every footprint its own id: remove the outdated one."
    ),
    "supplier_pcf.needs_mass": (
        "supplier footprint {id} ({file} {json_path}) is per {declared}: enter the part's weight "
        "(重量 / Net weight) so that cfp can convert it to one piece, or ask {company} for a "
        "footprint per piece."
    ),
    "supplier_pcf.mass_not_convertible": (
        "supplier footprint {id} ({file} {json_path}) is per {declared} and states a product "
        "mass of {mass} kg, but a weight is no amount of {declared} (PACT sets the mass of "
        "energy, transport and services to 0). Write the quantity in that unit: 数量単位 / "
        "Quantity unit kWh, MJ, t-km... and 個数 / Qty in it."
    ),
    "supplier_pcf.cannot_convert": (
        "supplier footprint {id} ({file} {json_path}) is per {declared}, which cfp cannot convert "
        "with what the line gives ({wanted}): the footprint states no product mass. Ask {company} "
        "for a footprint per piece or per kilogram."
    ),
    "supplier_pcf.kind.footprint": "a ProductFootprint object {…}",
    "supplier_pcf.kind.object": "a JSON object {…}",
    "supplier_pcf.kind.text": "a text (string)",
    "supplier_pcf.kind.nonempty": "a non-empty text",
    "supplier_pcf.kind.uuid": "a UUID such as \"f4b1225a-bd44-4c8e-861d-079e4e1dfd69\"",
    "supplier_pcf.kind.uuids": "a non-empty list of UUIDs, each once",
    "supplier_pcf.kind.semver": "a version major.minor.patch such as \"3.0.0\"",
    "supplier_pcf.kind.datetime": (
        "an RFC 3339 date and time with its time zone, such as \"2025-01-01T00:00:00Z\""
    ),
    "supplier_pcf.kind.status": "Active or Deprecated",
    "supplier_pcf.kind.unit": (
        "a PACT declared unit (piece, kilogram, liter, cubic meter, kilowatt hour, megajoule, "
        "square meter, ton kilometer, hour or megabit second)"
    ),
    "supplier_pcf.kind.urns": "a non-empty list of URNs (\"urn:...\"), each once",
    "supplier_pcf.kind.strings": "a non-empty list of texts",
    "supplier_pcf.kind.ar": "an IPCC assessment report such as \"AR6\"",
    "supplier_pcf.kind.ar_list": "a non-empty list of IPCC assessment reports such as [\"AR6\"]",
    "supplier_pcf.kind.bool": "true or false",
    "supplier_pcf.kind.decimal": "a decimal string such as \"1.85\"",
    "supplier_pcf.kind.number": "a JSON number such as 12.5",
    "supplier_pcf.kind.count": "a whole number, 0 or more",
    "supplier_pcf.kind.country": "an ISO 3166-1 country code such as \"JP\"",
    "supplier_pcf.kind.subdivision": "an ISO 3166-2 subdivision code such as \"JP-13\"",
    "supplier_pcf.warn.numbers": (
        "{file} {json_path}: {count} figure(s) are JSON numbers where PACT {version} writes "
        "decimal strings ({paths}); read as numbers. Ask the supplier to write them as strings "
        "(\"1.85\"), as the spec does."
    ),
    "supplier_pcf.warn.strings": (
        "{file} {json_path}: {count} figure(s) are decimal strings where PACT {version} writes "
        "JSON numbers ({paths}); read as numbers."
    ),
    "supplier_pcf.warn.unit_alias": (
        "{file} {json_path}: the declared unit {value} is not a PACT {version} spelling; read "
        "as {unit}."
    ),
    "supplier_pcf.warn.empty": "{file}: the file holds no footprint.",
    "supplier_pcf.warn.older_version": (
        "supplier footprint {id}: version {version} ({newer}) is used; version "
        "{older_version} ({older}) is an earlier state of the same footprint and is ignored. "
        "Remove the outdated file to silence this warning."
    ),
    "supplier_pcf.warn.density_high": (
        "supplier footprint {id} ({file} {json_path}): productMassPerDeclaredUnit {value} makes "
        "{density} kg per liter for a footprint per {declared}, heavier than almost any liquid, "
        "and parts' weights are converted to liters with it. If it is the mass of the whole "
        "product where one liter's is meant (PACT v2 and v3 differ), the figures are off: "
        "check with {company}."
    ),
    "supplier_pcf.warn.duplicate": (
        "{file} {json_path}: the same footprint {id} as at {other}; read once."
    ),
    "supplier_pcf.warn.deprecated_only": (
        "supplier footprint {id} ({file} {json_path}) for {product} is Deprecated and no Active "
        "footprint matches, so it is used. Ask {company} for the footprint that replaces it."
    ),
    "supplier_pcf.warn.deprecated_chosen": (
        "supplier footprint {id} ({file} {json_path}) for {product} is Deprecated, although the "
        "Active footprint {active} matches too."
    ),
    "supplier_pcf.warn.several_active": (
        "{count} Active supplier footprints match {product} ({ids}); {id} ({file} {json_path}), "
        "the newest, is used. Keep one per product."
    ),
    "supplier_pcf.warn.expired": (
        "supplier footprint {id} ({file} {json_path}) for {product} expired on {end} (its "
        "validityPeriodEnd). Ask {company} for a current footprint."
    ),
    "supplier_pcf.warn.expired_assumed": (
        "supplier footprint {id} ({file} {json_path}) for {product} expired on {end}: it states no "
        "validity period, so PACT takes 3 years from its reference period end ({reference_end}). "
        "Ask {company} for a current footprint."
    ),
    "supplier_pcf.warn.not_yet_valid": (
        "supplier footprint {id} ({file} {json_path}) for {product} is valid only from {start} "
        "(its validityPeriodStart)."
    ),
    # --- supplier footprints matched to BOM lines (issue 12, lca/resolve/supplier.py) ----
    "supplier_pcf.id_unknown": (
        "no supplier footprint has the id {value} given for {part}; the footprints read are "
        "from {files}. Check the id, or add the supplier's file with --supplier-pcf."
    ),
    "supplier_pcf.ambiguous": (
        "{count} Active supplier footprints match {part} ({value}): {first} ({first_file}) "
        "and {second} ({second_file}). Give the one to use in a PCF ID column, or remove the "
        "outdated one."
    ),
    "supplier_pcf.unit_per_piece": (
        "the quantity of {part} is in {value} (数量単位 / Quantity unit), but the line also has "
        "processing or scrap per piece (process times, meter readings, raw weight above net "
        "weight), which would be multiplied by that quantity. Write the quantity in pieces "
        "(Quantity unit blank, 個 or pcs) with the weight of one piece, or keep the material in "
        "{value} on a line of its own."
    ),
    "supplier_pcf.line_unit": (
        "{value} is not a unit cfp knows for the quantity of {part} (supplier footprint {id}). "
        "Write one of: {units}, or leave it blank for pieces."
    ),
    "supplier_pcf.warn.ids_unused": (
        "{count} BOM line(s) give a PCF ID but no --supplier-pcf was given: they are computed with "
        "emission factors."
    ),
    # --- the terminal view: what the number rests on (cli/context_view.py, issues 12/14) --
    "view.supplier_pcfs": (
        "Supplier footprints (primary data): {lines} line(s), {share} of the total"
    ),
    "view.rules": "Rule profile: {name}",
    # --- uncertainty, sensitivity, advice (issue 14, compute/uncertainty.py, aggregate/advice.py)
    "factor.dist_unknown": (
        "unknown distribution. Use one of: {names} (Brightway stats_arrays names), or leave the "
        "cell blank."
    ),
    "factor.dist_needs_name": (
        "min/max are given without a distribution. Write the distribution (triangular or uniform) "
        "in the distribution column ({names})."
    ),
    "factor.dist_gsd_and_sd": (
        "both a gsd and an sd are given without a distribution. Write lognormal (it uses the "
        "gsd) or normal (the sd) in the distribution column, or clear the other cell."
    ),
    "factor.dist_missing": (
        "a {distribution} distribution needs the column {column}: add it and fill it in on this "
        "row."
    ),
    "factor.dist_gsd": (
        "geometric standard deviation {gsd} is below 1. A gsd is at least 1 (1 = no uncertainty; "
        "1.2 is about ±20 %)."
    ),
    "factor.dist_sd": (
        "standard deviation {sd} is negative. Enter a standard deviation >= 0 in the factor's unit."
    ),
    "factor.dist_gsd_large": (
        "geometric standard deviation {gsd} is above {most}: a gsd is a ratio (1.1 is about "
        "±10 %, 1.3 about ±30 %), not a percentage. Write the ratio, or leave the cell blank."
    ),
    "factor.dist_sd_large": (
        "standard deviation {sd} is larger than the factor {factor} itself (a normal factor would "
        "be below 0 in more than 16 % of the draws). An sd is in the factor's unit, not a "
        "percentage: 10 % of {factor} is {tenth}. For a wider spread use lognormal with a gsd."
    ),
    "factor.dist_min_negative": (
        "the minimum {low} is below 0, but a factor cannot be negative. min and max are in the "
        "factor's unit, not percentages or differences: for ±10 % write {below} and {above}."
    ),
    "factor.dist_min_max": (
        "the minimum {low} is above the maximum {high}. Swap them or correct one."
    ),
    "factor.dist_outside": (
        "the factor {factor} lies outside its range {low} – {high}. The factor must be between min "
        "and max (the mode of a triangular distribution)."
    ),
    "factor.dist_lognormal_zero": (
        "a lognormal distribution needs a factor above 0. Use normal, or no distribution, for a "
        "factor of 0."
    ),
    "unc.defaults_cv": (
        "{key} = {number}: use a coefficient of variation from 0 to below 1 (0.05 = 5 %, "
        "0.01 = 1 %)."
    ),
    "unc.defaults_gsd": (
        "{key} = {number}: use a geometric standard deviation from 1 to {most} (1.3 is about "
        "±30 %; a ratio, not a percentage)."
    ),
    "unc.defaults_key": "{key}: unknown key. Known keys: {keys}.",
    "unc.defaults_unreadable": (
        "not a readable TOML file ({error}). Write [amount_cv] and [factor_gsd] tables of numbers "
        "(README \"Uncertainty\")."
    ),
    "usage.needs_uncertainty": (
        "{option} applies to a Monte Carlo run: add --uncertainty N (e.g. --uncertainty 10000)."
    ),
    "label.unc.title": "Uncertainty (Monte Carlo)",
    "label.unc.run": "{iterations} iterations, seed {seed}",
    "label.unc.mean": "Mean",
    "label.unc.median": "Median",
    "label.unc.sd": "SD",
    "label.unc.interval": "95 % interval",
    "label.unc.static": "Static",
    "label.unc.contributors": "Largest contributions to the variance",
    "label.unc.line": "Line",
    "label.unc.variance_share": "Variance",
    "label.unc.factor_part": "of factor",
    "label.unc.amount_part": "of amount",
    "label.unc.histogram": "Distribution of the total",
    "label.unc.samples": "iterations",
    "label.sens.title": "Sensitivity (one at a time, ±{pct}%)",
    "label.sens.input": "Input",
    "label.sens.low": "−{pct}%",
    "label.sens.high": "+{pct}%",
    "label.sens.utilisation": "utilisation of {name}",
    "label.sens.electricity_factor": "electricity factor ({name})",
    "label.sens.factor": "factor {name}",
    "label.sens.energy_basis": "{name}: measured → rated-power estimate",
    "label.sens.measured": "measured",
    "label.sens.estimated": "estimated",
    "label.adv.title": "What to measure or ask for next",
    "label.adv.action": "Action",
    "label.adv.narrowing": "95 % interval narrows by",
    "label.adv.interval_after": "Interval after",
    "label.adv.none": "No estimated energy or non-primary factor is left to improve.",
    "label.adv.method": (
        "Each action is re-run through the same Monte Carlo ({iterations} iterations, seed {seed}) "
        "with that input made primary (the default distribution of a measured value); the "
        "narrowing is the change of the 95 % interval of the total."
    ),
    "advice.measure": (
        "Measure the machining energy of part {part} on {process} (estimated, {variance} of the "
        "variance)"
    ),
    "advice.ask_supplier": (
        "Ask {supplier} for a PACT footprint of part {part} ({basis} factor {key}, {share} of the "
        "total, {variance} of the variance)"
    ),
    "advice.basis.proxy": "proxy",
    "advice.basis.secondary": "secondary",
    "advice.no_supplier": "its supplier",
    "advise.help": (
        "Rank what to measure or ask suppliers for next: each action's narrowing of the 95 % "
        "interval of the total, by Monte Carlo."
    ),
    # --- fuels and compressed air in processing (issue 15, lca/read/utilities.py,
    # lca/compute/processing.py) --------------------------------------------------------
    "process.fuel_unit": (
        "the fuel use column needs its unit in brackets: per hour (m3/h, Nm3/h, L/h, kg/h), per "
        "minute (L/min) or per piece (m3/個, kg/piece), e.g. 燃料消費量(m3/h) or Fuel use (m3/h)."
    ),
    "process.fuel_without_key": (
        "a fuel use is given but no fuel: write the fuel (都市ガス13A, LPG, 灯油, A重油, 軽油...) "
        "in the 燃料/Fuel column of this row."
    ),
    "measurement.fuel_without_key": (
        "a fuel per piece is measured but no fuel is named: write it in the 燃料/Fuel column of "
        "this row or of the process in 工程/Processes."
    ),
    "measurement.fuel_unit": (
        "the measured fuel column needs its unit per piece in brackets, e.g. 燃料使用量(m3/個) or "
        "Fuel per piece (m3/piece), (L/個), (kg/piece). A unit alone such as (m3) is not read: "
        "it could be the total of the run; divide a total by the pieces made."
    ),
    "process.fuel_no_factor": (
        "no emission factor for fuel '{fuel}'. Use a built-in fuel (都市ガス13A, 天然ガス, LPG, "
        "LNG, 灯油, 軽油, ガソリン, A重油, B・C重油, コークス, 一般炭) or add '{fuel}' to the "
        "排出原単位/Factors sheet."
    ),
    "process.fuel_unit_mismatch": (
        "fuel '{fuel}' has its factor per {factor_unit}, but its use is given in {unit}: a mass "
        "and a volume are not converted (no density is assumed). Give the use in {factor_unit} (or "
        "L, kL, m3, Nm3 / kg, t of the same kind), or add your own factor per {unit}."
    ),
    "process.air_unit": (
        "the compressed air column needs its unit in brackets: Nm3/h, m3/min, L/min, or per piece "
        "Nm3/個, L/個, e.g. 圧縮空気(Nm3/h) or Compressed air (Nm3/h)."
    ),
    "process.air_kwh_unit": (
        "the compressor's specific energy is read in kWh/Nm3 (or kWh/m3): write "
        "空気電力原単位(kWh/Nm3) or Air specific energy (kWh/Nm3). A specific power in kW/(m3/min) "
        "divided by 60 is kWh/Nm3."
    ),
    "process.air_kwh_implausible": (
        "the compressor's specific energy {kwh} kWh/Nm3 is not plausible: compressors need "
        "about 0.1-0.2 kWh per Nm3 of air. A specific power in kW/(m3/min) is not kWh/Nm3: "
        "divide it by 60 ({per_min} kWh/Nm3)."
    ),
    "warn.air_default": (
        "compressed air is converted with cfp's default {kwh} kWh/Nm3 (a screw compressor at "
        "0.6-0.7 MPa): give your compressor's value (空気電力原単位 / Air specific energy in "
        "工程/Processes or 圧縮空気電力原単位 / Air specific energy in 設定/Settings) for a "
        "defensible figure."
    ),
    "h.energy_carrier": "Energy carrier",
    "setting.air_kwh": "Compressed air (kWh/Nm3)",
    "scope.scope1": "On-site fuel (Scope 1)",
    "scope.scope2": "Purchased electricity (Scope 2)",
    "sec.processing_scopes": "Processing by energy carrier",
    "h.scope": "Scope",
    "mb.fuel": "fuel",
    "carrier.electricity": "Purchased electricity",
    "carrier.compressed_air": "Compressed air (compressor electricity)",
    # --- metered energy from logger files (issue 15, --meter-log, lca/read/meterlog.py) --
    "meterlog.no_mapping": (
        "this logger file is given with --meter-log, but the workbook has no 計測ログ / Meter logs "
        "sheet saying which part, process and time window it measured. Add the sheet with the "
        "columns ファイル / File, 品番 / Part number, 工程 / Process (and 開始 / Start, 終了 / "
        "End, 加工数 / Pieces as needed)."
    ),
    "meterlog.not_given": (
        "log file '{value}' is not given on the command line: add --meter-log {value} (given:"
        " {files})."
    ),
    "meterlog.unmapped": (
        "--meter-log {value} is not named in the ファイル / File column of the {map_sheet} sheet: "
        "add a row for it, or leave the option out."
    ),
    "meterlog.no_header": (
        "no header row with a time (日時, or 日付 and 時刻; Date, Time, Timestamp) and a power "
        "(電力(kW), P(W)) or energy counter (積算電力量(kWh), Wh(+), WP+) column in the first 40 "
        "rows of this log. Check the export settings or rename the headers."
    ),
    "meterlog.no_column": (
        "column '{value}' (列 / Column of the meter-log sheet) is not in the header of this log. "
        "Write the header exactly as in the log."
    ),
    "meterlog.column_unit": (
        "column '{value}' is neither power (kW, W) nor an energy counter (kWh, Wh): give the unit "
        "in its header, e.g. 電力(kW) or Power (kW), 積算電力量(kWh) or Energy (kWh)."
    ),
    "meterlog.bad_time": "row {row}: '{value}' is not a date and time (e.g. 2026/04/01 08:00:00).",
    "meterlog.no_samples": "this log has no data rows below its header.",
    "meterlog.not_number": (
        "row {row}: '{value}' is not a number. Write a decimal with a point (0.5), a comma only "
        "between groups of three digits (1,200)."
    ),
    "meterlog.window_outside": (
        "the time window {window_start} to {window_end} is not covered by the log {log_file}, "
        "which runs from {log_start} to {log_end}: energy outside the log would be a guess. "
        "Correct 開始 / Start and 終了 / End (start before end, both within the log), or give a "
        "log that covers the whole window."
    ),
    "meterlog.too_few_samples": (
        "the log {log_file} has fewer than two samples: no interval can be measured. Give a "
        "longer log."
    ),
    "meterlog.bad_window": "'{value}' is not a date and time: write e.g. 2026/04/01 08:00.",
    "meterlog.time_not_increasing": (
        "row {row}: time {value} is not after row {previous}: the log must be in time order "
        "without repeats (a clock change or two logs joined?). Sort it or split it."
    ),
    "meterlog.counter_decrease": (
        "row {row}: the counter falls from {before} to {after} (a reset or a negative step). "
        "Choose a window that does not cross the reset (two rows of the meter-log sheet) or fix "
        "the log."
    ),
    "meterlog.negative_power": (
        "row {row}: negative power {value} kW (regeneration or a reversed clamp?). Check the clamp "
        "direction."
    ),
    "meterlog.no_pieces": (
        "log {log_file} has no piece counter: give the pieces made in the window in 加工数 / "
        "Pieces."
    ),
    "meterlog.pieces_unread": (
        "cell {ref} (row {row}, column '{column}', {time}): the piece counter is {reading} at a "
        "sample the window {window_start} to {window_end} reads its energy from: the pieces made "
        "would be a guess from other samples. Fill in the counter's reading, move 開始 / Start "
        "or 終了 / End to samples with readings, or give the pieces made in 加工数 / Pieces."
    ),
    "meterlog.reading_blank": "blank",
    "meterlog.reading_text": "'{text}'",
    "meterlog.no_pieces_made": (
        "the piece counter of {log_file} does not rise in this window: no piece was made. Check "
        "the window or give 加工数 / Pieces."
    ),
    "warn.meterlog_gap": (
        "{file}: {minutes} min between rows {previous} and {row} (typically {typical} min): "
        "samples are missing; a counter's rise over the gap is exact (a window that starts or "
        "ends inside it is read as a steady rise), a power sum takes the power after the gap "
        "for the whole gap."
    ),
    "warn.meterlog_missing": (
        "{file}: {count} row(s) without a value (----, OR, blank) were skipped, e.g. row(s)"
        " {first}."
    ),
    "warn.meterlog_not_given": (
        "the {sheet} sheet maps logger files, but no --meter-log was given: their measured energy "
        "is not used (give each file with --meter-log FILE)."
    ),
    "warn.meterlog_not_given.doc": (
        "The logger files mapped in the {sheet} sheet were not part of this calculation: the "
        "processing energy of those lines is estimated, not measured."
    ),
    "warn.meterlog_replaces": (
        "the meter log of part '{part}', process '{process}' replaces its row in the 実測 / "
        "Measurements sheet."
    ),
    # --- rule profiles, emission cut-off, allocation (issue 14, render/rules_view.py) ---
    "rules.profile": "Rule profile",
    "rules.file": "Profile file",
    "rules.origin": "Chosen by",
    "rules.origin.command_line": "command line (--rules)",
    "rules.origin.settings": "Settings sheet (算定ルール / Rule profile)",
    "rules.origin.default": "built-in default",
    "rules.guideline": "Follows",
    "rules.sheet": "Rules",
    "rules.basis_total": "Whole footprint",
    "rules.cutoff_title": "Emission cut-off: what is excluded stays within {limit}",
    "rules.h.included": "Included (kg-CO2e)",
    "rules.h.excluded": "Excluded, estimated (kg-CO2e)",
    "rules.h.share": "Share",
    "rules.h.within": "Within the limit",
    "rules.h.proxy": "Conservative proxy",
    "rules.h.estimate": "Estimate (kg-CO2e)",
    "rules.yes": "yes",
    "rules.no": "no",
    "rules.total_without": "Total without the excluded items",
    "rules.total_with": "Total with the excluded items (estimated)",
    "rules.split_title": (
        "What the footprint is made of: the inventory's split columns summed (the PACT export's "
        "figures)"
    ),
    "rules.h.split": "Part of the footprint",
    "rules.h.kg": "kg-CO2e per declared unit",
    "rules.h.pact": "PACT field",
    "rules.split.excluding": "Footprint excluding biogenic uptake",
    "rules.split.fossil": "Fossil GHG emissions",
    "rules.split.including": "Footprint including biogenic uptake",
    "rules.split.packaging_included": "Packaging emissions included (by a supplier footprint)",
    "rules.split.packaging": "Packaging emissions",
    "rules.split.packaging_unknown": "not given by every footprint that includes it",
    "rules.split.gwp_sets": "IPCC characterization factors",
    "rules.split.note": (
        "Emission factors of databases give no fossil/biogenic split and count as fossil, without "
        "biogenic uptake or packaging; a supplier footprint used brings its own figures in "
        "proportion to the amount used. The PACT export rounds them to 6 significant digits "
        "(fossil and packaging not below 0)."
    ),
    "rules.alloc.cut_off": (
        "cut-off (recycled-content) approach: process scrap leaves without burden or credit"
    ),
    "rules.alloc.eol_recycling": (
        "end-of-life recycling (avoided burden): a credit for the recycled process scrap, shown "
        "separately and not subtracted from the footprint"
    ),
    "rules.credit": "Recycling credit (not in the total, kg-CO2e)",
    "rules.total_with_credit": "Total with the credit (for information, kg-CO2e)",
    "rules.text.cutoff": (
        "Rule profile {profile}: the items excluded are estimated with a conservative proxy "
        "(materials: the profile's stated value, else the highest per-kg factor of the part's "
        "category, else of any category; transport: the worst route of the supplier table) and "
        "must stay within {limit} of {basis}."
    ),
    "rules.basis.stage": "each life-cycle stage's emissions",
    "rules.basis.total": "the whole footprint",
    "rules.text.stages_out": "Outside the boundary by the rule profile: {stages}.",
    "rules.text.credit": (
        "Recycling credit of the process scrap ({rate} recycled, avoided primary material at each "
        "part's own material factor): {credit} kg-CO2e, not subtracted from the footprint "
        "of {total} kg-CO2e; with the credit, for information: {net} kg-CO2e."
    ),
    "reason.unknown_supplier": "transport: supplier not in the supplier table",
    "reason.incomplete_supplier": "transport: supplier row without a mode or a distance",
    "reason.no_weight": "transport: part without a weight (no t-km)",
    # headers of the inventory fields (lca/schema.py) not printed before
    # values of the mass_basis field
    "mass.raw": "raw weight",
    "mass.net": "net weight",
    # --- documents read as finished (issue 11): statements, no instruction to the author
    # --- supplier footprints used as primary data (issue 12, lca/aggregate/supplier.py) --
    "h.pcf_id": "Footprint ID",
    "h.pcf_company": "Supplier (PACT)",
    "h.pcf_product_id": "Supplier product ID",
    "h.pcf_period": "Reference period",
    "h.pcf_primary_share": "Their primary data share",
    "h.pcf_dqr_technological": "Technological DQR",
    "h.pcf_dqr_geographical": "Geographical DQR",
    "h.pcf_dqr_temporal": "Temporal DQR",
    "sec.supplier_pcfs": "Supplier footprints used (primary data)",
    "h.pcf_quality": "Data quality (DQR T/G/Ti)",
    "h.pcf_share_total": "Share of total",
    "h.pcf_lines": "BOM lines",
    "text.supplier_pcfs": (
        "These parts use the supplier's own product footprint (PACT) instead of an emission "
        "factor; together they carry {share} of the total. Their primary data count toward this "
        "footprint's primary data share in proportion to the suppliers' own share."
    ),
    "label.not_given": "not given",
    "mb.supplier_pcf": "supplier footprint (PACT)",
    # the PDF's annex A shows the first rows only (the workbook and the CSV have them all)
    "text.pdf_capped": (
        "This PDF shows the first {shown} of the {count} inventory rows. Full inventory: {file} "
        "(Excel) or {csv} (CSV)."
    ),
    # --- processing by scope in the terminal view (issue 15, render/energy_view.py) ---
    "scope.terminal": (
        "Processing: Scope 1 (on-site fuel) {scope1}, Scope 2 (electricity) {scope2} kg-CO2e"
    ),
    # --- --meter-log files of the same name (issue 15, read/meterlog.py) ---
    "meterlog.same_name": (
        "log file '{value}' matches several --meter-log files ({paths}): write the folder in this "
        "cell as well (e.g. line2/{value}) or rename one of the files."
    ),
    # --- PDF reports typeset by Typst (lca/render/pdf.py) ---------------------------------
    "pdf.typst_failed": (
        "the PDF could not be typeset ({template}: {detail}). This is a bug in cfp, not in your "
        "input: please report it with the command you ran; the other reports can be written "
        "without --report pdf."
    ),
    "pdf.fonts_missing": (
        "PDF output needs the fonts Noto Sans CJK JP Regular and Bold, not found in {folders}: "
        "reinstall the packages noto-cjk-sans-jp-regular and noto-cjk-sans-jp-bold (pip install "
        "--force-reinstall ...)."
    ),
    # --- the emission-weighted data quality ratings in the report (issue 12) ---
    "text.dqi": (
        "Data quality ratings (PACT, 1 best to 5 worst), weighted by emissions over {coverage} of "
        "them: technological {tech}, geographical {geo}, temporal {temporal}. Each line's ratings "
        "are in {file} (inventory sheet) and the JSON."
    ),
    # --- names in documents: factors, sources and files by what they are, not by code -----
    # (Result.factor_name, source_name; render/model.py origin_text)
    "factor.settings": "Settings sheet",
    "list.sep": ", ",
    "origin.builtin": "cfp built-in",
    # --- the rule profile named in documents (render/rules_view.py) ---
    "rules.line": "{name} ({file}, SHA-256 {sha})",
    "rules.trace": "{name} ({file}; {origin})",
    "rules.builtin_file": "built-in",
    # the built-in profiles' texts: the English one is the TOML file's (tests/test_rules.py)
    "rules.builtin.default.description": (
        "Japanese CFP guideline practice: cradle-to-gate, cut-off within 5 % of each stage, "
        "cut-off (recycled-content) allocation, AR6"
    ),
    "rules.builtin.default.guideline": (
        "METI/MOE Carbon Footprint Guideline (2023); cut-off within 5 % of each life-cycle stage"
    ),
    "rules.builtin.pact.description": (
        "PACT Methodology v3: cradle-to-gate, exemptions at most 5 % of the total PCF, cut-off "
        "allocation, AR6"
    ),
    "rules.builtin.pact.guideline": "PACT Methodology v3.0 / Technical Specification v3.0 (WBCSD)",
    # --- a what-if scenario's changes in words (render/scenarios_view.py change_text) ---
    "scen.sep": "; ",
    "scen.change.electricity": "electricity factor: {value} kg-CO2e/kWh",
    "scen.change.electricity_key": "electricity factor: {value}",
    "scen.change.grade": "{part}: material {value}",
    "scen.change.recycled_share": "{part}: recycled share {value} ({key})",
    "scen.change.supplier": "{part}: supplier {value}",
    "scen.change.mode": "{supplier}: transport mode {value}",
    "scen.change.distance": "{supplier}: distance {value} km",
    "scen.change.measured_kwh": "{part} on {process}: measured {value} kWh per piece",
    "scen.change.utilisation": "{process}: utilisation {value}",
    "scen.change.cycle_min": "{part} on {process}: cycle time {value} min",
    # --- PACT exemptedEmissionsDescription and the report's cut-off section (F2) ---
    "pact.exempted.none": "No parts excluded{rule}.",
    "pact.exempted.rule": " (mass cut-off rule: {limit})",
    "pact.exempted.items": (
        "{count} exclusion(s): {items}. The percent is the estimated emissions of the quantified "
        "exclusions (conservative proxy, rule profile {profile}) as a share of the footprint "
        "including them."
    ),
    "pact.exempted.unquantified": (
        "{count} exclusion(s) cannot be quantified and are not in the percent, so the true share "
        "is higher by their unknown emissions: {names}."
    ),
    "pact.exempted.supplier": (
        "The supplier footprint {id} ({company}) left out {percent}% of its own emissions "
        "(its exemptedEmissionsPercent): of the {carried} kgCO2e it carries here, {kg} kgCO2e "
        "estimated are excluded."
    ),
    "pact.exempted.item": "{part} ({reason}): {kg} kgCO2e estimated",
    "pact.exempted.item_unknown": "{part} ({reason}): not quantified",
    "pact.exempted.materials": "materials: {reason}",
    # --- the PACT export's free texts, in the run's language (--lang) ---
    "pact.text.description": (
        "{product} ({unit}): cradle-to-gate carbon footprint computed by cfp from the bill of "
        "materials {file}"
    ),
    "pact.text.comment": (
        "Computed with cfp {version} from {file} (sha256 {sha256}), GWP {gwp}. {biogenic} Fossil "
        "carbon content is not assessed (reported as 0). Product mass is the net weight of the "
        "BOM's leaf parts.{quality}{rules}"
    ),
    "pact.text.unknown_version": "unknown",
    "pact.text.biogenic_none": (
        "Biogenic emissions and removals are not accounted: all emissions are reported as fossil "
        "and pcfIncludingBiogenicUptake equals pcfExcludingBiogenicUptake."
    ),
    "pact.text.biogenic_suppliers": (
        "Emission factors of databases give no fossil/biogenic split and are reported as fossil, "
        "without biogenic uptake or packaging; the supplier footprints used bring their own "
        "fossilGhgEmissions, pcfIncludingBiogenicUptake and packaging emissions, in proportion "
        "to the amount used, and the figures here are the sums. ipccCharacterizationFactors "
        "lists every set used."
    ),
    "pact.text.quality_none": " No data quality ratings (no line rated): dqi not given.",
    "pact.text.quality": (
        " Data quality ratings (dqi, 1 best - 5 worst) are emission-weighted over {rated} of "
        "{lines} inventory lines covering {coverage}% of the emissions; scoring per line as "
        "documented in cfp's README (PACT export)."
    ),
    "pact.text.rules": " Rule profile {name} ({file}, sha256 {sha256}).",
    "pact.boundary.title": "Cradle-to-gate (ISO 14067), per declared unit:",
    "pact.boundary.materials": (
        "- Materials: production of the materials of the purchased and in-house parts in the "
        "bill of materials (raw weight, including process scrap): {kg} kgCO2e"
    ),
    "pact.boundary.transport": (
        "- Transport: inbound transport of parts and materials from suppliers: {kg} kgCO2e"
    ),
    "pact.boundary.processing": (
        "- Processing: energy of in-house manufacturing processes (electricity, fuels, "
        "compressed air): {kg} kgCO2e"
    ),
    "pact.boundary.waste": (
        "- Waste: treatment of production scrap (cut-off: no recycling credit): {kg} kgCO2e"
    ),
    "pact.allocation.cut_off": (
        "Process scrap: cut-off (recycled-content) approach; the product carries the full burden "
        "of the raw material bought, the scrap only its treatment. Processing electricity is "
        "allocated to parts by machine time."
    ),
    "pact.allocation.eol_recycling": (
        " The rule profile {profile} asks for end-of-life recycling (avoided burden): the credit "
        "of the recycled scrap, {credit} kgCO2e per declared unit, is reported here only and not "
        "subtracted from this PCF."
    ),
    "pact.gxd.gate_comment": (
        "kg CO2e per declared unit ({unit}): the processing stage of the company's own site "
        "(electricity, compressed air and fuels of its own processes); materials, purchased "
        "parts, inbound transport and waste treatment are upstream or by others and not included."
    ),
    "rules.text.exempted": (
        "Excluded, as a share of the footprint including the estimates (the PACT export's "
        "exemptedEmissionsPercent): {percent}%. {description}"
    ),
    # --- the fossil/biogenic split, packaging and GWP sets per line (review F5) ---
    "h.fossil_kg": "Fossil kg-CO2e",
    "h.biogenic_incl_kg": "kg-CO2e incl. biogenic uptake",
    "h.packaging_kg": "Packaging kg-CO2e",
    "h.gwp_sets": "GWP set",
    "h.pcf_packaging": "Footprint includes packaging",
    "pcfpack.true": "yes",
    "pcfpack.false": "no",
    "supplier_pcf.warn.negative": (
        "supplier footprint {id} ({file} {json_path}) for {product} is negative ({value} kg-CO2e "
        "per {declared}): its removals exceed its emissions, so it lowers your total as a credit. "
        "It is used as given; ask {company} what the removals are before you publish the total."
    ),
    "supplier_pcf.warn.share_fraction": (
        "supplier footprint {id} ({file} {json_path}) for {product} gives primaryDataShare "
        "{value}, read as {value} %: PACT writes per cent (40 for 40 %). If {company} meant a "
        "fraction ({percent} %), ask for a corrected footprint."
    ),
    "supplier_pcf.warn.zero": (
        "supplier footprint {id} ({file} {json_path}) for {product} is 0 kg-CO2e per "
        "{declared}: the part adds nothing to your total. It is used as given; check with "
        "{company} that pcfExcludingBiogenicUptake was filled in."
    ),
    "supplier_pcf.warn.including_above": (
        "supplier footprint {id} ({file} {json_path}) for {product}: pcfIncludingBiogenicUptake "
        "{including} is above pcfExcludingBiogenicUptake {value} (per {declared}), although it is "
        "the latter plus a biogenic uptake of 0 or less. cfp uses {value}; ask {company} whether "
        "the two were swapped or one was left out."
    ),
    "supplier_pcf.warn.mass_differs": (
        "{part} weighs {bom_kg} kg a piece in the BOM ({cell}), but supplier footprint {id} "
        "({file} {json_path}) states {pcf_kg} kg a piece (productMassPerDeclaredUnit per "
        "{declared}). Check that the footprint is for this part and that its declaredUnitAmount "
        "counts the pieces its figures are for (a part you machine: its weight as delivered "
        "goes in 素材重量 / Raw weight); it is used per piece as given."
    ),
    "supplier_pcf.warn.gwp": (
        "supplier footprint {id} ({file} {json_path}) for {product} uses the characterization "
        "factors {sets}, not this run's {gwp}: its figures are used as given, and the PACT export "
        "lists every set used ({used}). Ask {company} for a footprint on {gwp}."
    ),
    "table.left_out": (
        "Not shown at this width: {columns} (a wider window shows them; so does --format json)."
    ),
    "table.separator": ", ",
    "label.warnings_count": "{count} warning(s) (all of them: cfp calc ... | less)",
    # --- the frame of typer's help (cli/helpframe.py): English as typer words it ---
    "help.usage": "Usage:",
    "help.arguments": "Arguments",
    "help.options": "Options",
    "help.commands": "Commands",
    "help.default": "[default: {}]",
    "help.required": "[required]",
    "help.envvar": "[env var: {}]",
    "help.deprecated": "(deprecated) ",
    "help.help_option": "Show this message and exit.",
    "help.options_metavar": "[OPTIONS]",
    "help.command_metavar": "COMMAND [ARGS]...",
    # --- a parser's or the system's words, in the user's language (lca/details.py) ---
    "detail.technical": "{text}",
    "detail.json.value": "Expecting value",
    "detail.json.name": "Expecting property name enclosed in double quotes",
    "detail.json.comma": "Expecting ',' delimiter",
    "detail.json.colon": "Expecting ':' delimiter",
    "detail.json.unterminated": "Unterminated string starting at",
    "detail.json.control": "Invalid control character at",
    "detail.json.escape": "Invalid \\escape",
    "detail.json.escape_u": "Invalid \\uXXXX escape",
    "detail.json.extra": "Extra data",
    "detail.json.comma_object": "Illegal trailing comma before end of object",
    "detail.json.comma_array": "Illegal trailing comma before end of array",
    "detail.zip.not_zip": "File is not a zip file",
    "detail.zip.damaged": "zip: {text}",
    "detail.zip.no_signature": "no zip signature",
    "detail.zip.truncated": "zip end record missing (truncated?)",
    "detail.zip.directory": "zip directory of {size} MB",
    "detail.zip.duplicate": "two zip entries named {name}",
    "detail.zip.method": "{part}: compression method {method}",
    "detail.zip.part_size": "{part} of {size} MB",
    "reason.not_found": "No such file or directory",
    "reason.denied": "Permission denied",
    "reason.not_permitted": "Operation not permitted",
    "reason.no_space": "No space left on device",
    "reason.quota": "Disk quota exceeded",
    "reason.read_only": "Read-only file system",
    "reason.is_directory": "Is a directory",
    "reason.not_directory": "Not a directory",
    "reason.exists": "File exists",
    "reason.too_large": "File too large",
    "reason.io": "Input/output error",
    "reason.name_too_long": "File name too long",
    "reason.too_many_open": "Too many open files",
    "reason.busy": "Device or resource busy",
    "reason.loop": "Too many levels of symbolic links",
    "reason.address_in_use": "Address already in use",
    "reason.address_not_available": "Cannot assign requested address",
}
