"""Every text a user reads, in English and Japanese, behind one lookup.

Library code never formats user-facing text itself: it records a message key and its
parameters (see `errors.Problem`, `results.Warning`), and the CLI or a renderer turns
them into words with `tr(key, lang, **params)`. Adding a language means adding a column
here, not touching the calculation.
"""

from __future__ import annotations

import locale
import os

LANGS = ("en", "ja")

# key: (English, Japanese). Parameters use str.format names.
CATALOG: dict[str, tuple[str, str]] = {
    # --- problems in input files -------------------------------------------------------
    "file.not_found": (
        "file not found. Check the path.",
        "ファイルが見つかりません。パスを確認してください。",
    ),
    "file.empty": (
        "the file is empty (0 bytes). Save the workbook again from Excel.",
        "ファイルが空です(0 バイト)。Excel で保存し直してください。",
    ),
    "file.not_workbook": (
        "not an Excel workbook ({detail}). Save it as .xlsx from Excel.",
        "Excel ブックではありません({detail})。Excel で .xlsx 形式で保存してください。",
    ),
    "os.error": (
        "cannot use '{path}': {reason}. Check the path and its permissions.",
        "'{path}' を使えません({reason})。パスと権限を確認してください。",
    ),
    "sheet.unreadable": (
        "the sheet cannot be read ({detail}). The file may be damaged: open it in Excel "
        "and save it again.",
        "シートを読み込めません({detail})。ファイルが壊れている可能性があります。"
        "Excel で開いて保存し直してください。",
    ),
    "file.bad_extension": (
        "unsupported file type '{suffix}'. Use .xlsx, .xlsm or .csv (save other workbooks "
        "as .xlsx from Excel).",
        "未対応のファイル形式 '{suffix}' です。.xlsx、.xlsm、.csv を使ってください"
        "(ほかのブックは Excel で .xlsx 形式で保存してください)。",
    ),
    "file.encoding": (
        "cannot decode the text as UTF-8 or CP932 (Shift_JIS). Save the CSV as UTF-8.",
        "UTF-8 としても CP932(Shift_JIS)としても読めません。CSV を UTF-8 で保存してください。",
    ),
    "sheet.no_header": (
        "no header row with a part-number column ({part}) and a quantity column ({qty}) "
        "in the first 20 rows. Add these headers above the data.",
        "先頭 20 行に品番列({part})と個数列({qty})を持つ見出し行がありません。"
        "データの上に見出しを追加してください。",
    ),
    "sheet.no_rows": (
        "the sheet has a header but no data rows. Add the parts below the header.",
        "見出しはありますがデータ行がありません。見出しの下に部品を入力してください。",
    ),
    "column.missing": (
        "required column '{column}' is missing. Add a column headed {names}.",
        "必須の列「{column}」がありません。{names} という見出しの列を追加してください。",
    ),
    "column.duplicate": (
        "column '{column}' appears twice (also {other}). Keep one of them.",
        "列「{column}」が 2 回あります({other} にも)。どちらか一方を残してください。",
    ),
    "column.weight_unit": (
        "the weight column '{header}' has no unit. Write it in the header, e.g. '{header}(g)' "
        "or '{header}(kg)', or set weight_unit in the 設定/Settings sheet.",
        "重量列「{header}」に単位がありません。見出しを「{header}(g)」や「{header}(kg)」の"
        "ように書くか、設定シートで weight_unit を指定してください。",
    ),
    "column.bad_unit": (
        "unknown unit '{unit}' in header '{header}'. Use one of {allowed}.",
        "見出し「{header}」の単位「{unit}」は使えません。{allowed} のいずれかにしてください。",
    ),
    "cell.not_number": (
        "'{value}' is not a number. Enter a number (e.g. 1200 or 1,200) or '-' for none.",
        "「{value}」は数値ではありません。数値(例 1200、1,200)か、無い場合は「-」を入力して"
        "ください。",
    ),
    "cell.qty_not_positive": (
        "quantity {value} must be greater than 0. Enter the number used per parent.",
        "個数 {value} は 0 より大きくなければなりません。親 1 個あたりの使用数を入力してください。",
    ),
    "cell.not_positive": (
        "{value} must be greater than 0.",
        "{value} は 0 より大きくしてください。",
    ),
    "column.process_name": (
        "time column '{value}' has no process name above it. Write the process (e.g. 旋盤, "
        "Lathe) in the row above, or as '旋盤 加工' in the same cell.",
        "時間列「{value}」の上に工程名がありません。上の行に工程名(例 旋盤、Lathe)を書くか、"
        "同じセルに「旋盤 加工」のように書いてください。",
    ),
    "cell.qty_missing": (
        "quantity is missing for part '{part}'. Enter the number used per parent.",
        "品番「{part}」の個数がありません。親 1 個あたりの使用数を入力してください。",
    ),
    "cell.negative": (
        "{value} must not be negative. Enter 0 or a positive number.",
        "{value} は負の値にできません。0 以上を入力してください。",
    ),
    "cell.part_missing": (
        "this row has values but no part number. Enter the part number or delete the row.",
        "この行には値がありますが品番がありません。品番を入力するか行を削除してください。",
    ),
    "cell.raw_lt_net": (
        "raw-material weight {raw} is less than the net weight {net} of part '{part}'. "
        "The raw weight is what is bought before machining: it must be at least the net weight.",
        "品番「{part}」の素材重量 {raw} が製品重量 {net} より小さくなっています。"
        "素材重量は加工前に購入する重量なので、製品重量以上にしてください。",
    ),
    "cell.no_mass": (
        "part '{part}' has a material but no weight. Enter the net weight (and raw weight "
        "for machined parts).",
        "品番「{part}」に材質はありますが重量がありません。製品重量(切削品は素材重量も)を入力"
        "してください。",
    ),
    "cell.level_invalid": (
        "level '{value}' must be a whole number of 1 or more.",
        "レベル「{value}」は 1 以上の整数にしてください。",
    ),
    "cell.level_first": (
        "the first row is level {value}: start at level 1 (or 0 for the product itself).",
        "最初の行がレベル {value} です。レベル 1(製品自体なら 0)から始めてください。",
    ),
    "cell.level_jump": (
        "level {value} follows level {previous}: a level may go at most one deeper than the "
        "row above. Fix the level or insert the missing assembly row.",
        "レベル {value} がレベル {previous} の次にあります。1 段ずつしか深くできません。"
        "レベルを直すか、抜けている組立品の行を追加してください。",
    ),
    "material.no_factor": (
        "no emission factor for part '{part}' (material '{grade}', category '{category}'). "
        "Add a row with key '{key}' to the 排出原単位/Factors sheet or a --factors file, "
        "or set its category (分類); or allow a mass cut-off with --cutoff 5.",
        "品番「{part}」(材質「{grade}」、分類「{category}」)の排出原単位がありません。"
        "排出原単位シートか --factors ファイルにキー「{key}」の行を追加するか、分類を"
        "指定してください(質量基準のカットオフは --cutoff 5)。",
    ),
    "material.unit_mismatch": (
        "the factor '{key}' is per {unit}, which cannot be applied to a material. "
        "Use a factor per kg (or g, t) or per piece.",
        "排出原単位「{key}」は {unit} 当たりなので材料には使えません。kg(g、t)当たりか"
        "個当たりの原単位にしてください。",
    ),
    "process.no_power": (
        "process '{process}' has times but no rated power. Add it to the 工程/Processes sheet "
        "with 定格電力(kW) and 使用率, or add a measurement for part '{part}'.",
        "工程「{process}」に時間がありますが定格電力がありません。工程シートに定格電力(kW)と"
        "使用率を追加するか、品番「{part}」の実測値を追加してください。",
    ),
    "process.bad_utilisation": (
        "utilisation {value} must be between 0 and 1 (or 0% and 100%).",
        "使用率 {value} は 0〜1(0%〜100%)の範囲にしてください。",
    ),
    "measurement.zero_pieces": (
        "pieces must be more than 0 to divide the metered energy. Enter the number of pieces "
        "made between the two meter readings.",
        "加工数は 0 より大きくしてください(積算電力量を割るため)。2 回の読み取りの間に加工した"
        "個数を入力してください。",
    ),
    "measurement.meter_decrease": (
        "meter end {end} kWh is less than meter start {start} kWh. Check the two readings.",
        "終了積算電力量 {end} kWh が開始 {start} kWh より小さくなっています。読み取り値を確認"
        "してください。",
    ),
    "measurement.unknown_part": (
        "measurement for part '{part}', which is not in the BOM. Fix the part number.",
        "部品表にない品番「{part}」の実測値です。品番を確認してください。",
    ),
    "parent.unknown": (
        "parent '{parent}' is not a part number in this BOM. Fix the parent or add the "
        "assembly row.",
        "親品番「{parent}」はこの部品表にありません。親品番を直すか組立品の行を追加してください。",
    ),
    "parent.cycle": (
        "parent links form a cycle: {path}. A part cannot contain itself; fix the 親品番 column.",
        "親品番が循環しています: {path}。部品は自分自身を含められません。"
        "親品番列を直してください。",
    ),
    "supplier.no_factor": (
        "no emission factor for transport mode '{mode}' of supplier '{supplier}'. Use a mode "
        "such as truck, rail, ship or air, or add a factor per t-km with key '{mode}'.",
        "仕入先「{supplier}」の輸送手段「{mode}」の排出原単位がありません。truck、rail、"
        "ship、air などを使うか、キー「{mode}」の t-km 当たりの原単位を追加してください。",
    ),
    "factor.bad_unit": (
        "unknown unit '{unit}'. Use kg, g, t, kWh, MJ, GJ, L, kL, m3, t-km or piece.",
        "単位「{unit}」は使えません。kg、g、t、kWh、MJ、GJ、L、kL、m3、t-km、個 のいずれかに"
        "してください。",
    ),
    "factor.unit_kind": (
        "the factor '{key}' is per {unit}, but it is used for {use}. Use a factor per {expected}.",
        "排出原単位「{key}」は {unit} 当たりですが {use} に使われています。{expected} 当たりの"
        "原単位にしてください。",
    ),
    "factor.missing_value": (
        "no factor value for key '{key}'. Enter kg-CO2e per unit.",
        "キー「{key}」の排出原単位の値がありません。単位当たりの kg-CO2e を入力してください。",
    ),
    "factor.no_electricity": (
        "no electricity factor. Set 電力排出係数 in the 設定/Settings sheet or add a factor "
        "with key 'electricity'.",
        "電力の排出係数がありません。設定シートの電力排出係数か、キー「electricity」の原単位を"
        "追加してください。",
    ),
    "factor.missing_column": (
        "required column '{column}' is missing. Add a column headed {names} or map it with "
        "--factor-columns.",
        "必須の列「{column}」がありません。{names} という見出しの列を追加するか "
        "--factor-columns で対応付けてください。",
    ),
    "settings.bad_value": (
        "setting '{key}' has an invalid value '{value}'. {hint}",
        "設定「{key}」の値「{value}」が正しくありません。{hint}",
    ),
    "settings.gwp_hint": ("Use AR5 or AR6.", "AR5 か AR6 にしてください。"),
    "settings.weight_unit_hint": ("Use g, kg or t.", "g、kg、t のいずれかにしてください。"),
    "settings.number_hint": ("Enter a number.", "数値を入力してください。"),
    "output.exists_dir": (
        "output path {path} is a directory.",
        "出力先 {path} はディレクトリです。",
    ),
    "problems.more": (
        "... and {count} more problems of the same kinds.",
        "... ほか同種の問題が {count} 件あります。",
    ),
    # --- warnings in results ------------------------------------------------------------
    "warn.proxy_factor": (
        "{count} line(s) use proxy factors (a stand-in for the real material): {keys}. "
        "Replace them with your own database or supplier data for a defensible result.",
        "{count} 行が代替(プロキシ)原単位を使っています: {keys}。説明できる結果にするには"
        "自社データベースや仕入先データに置き換えてください。",
    ),
    "warn.supplier_unknown": (
        "supplier '{supplier}' is not in the 仕入先/Suppliers sheet: no transport counted for "
        "{count} part(s).",
        "仕入先「{supplier}」が仕入先シートにありません: {count} 部品の輸送を計上していません。",
    ),
    "warn.assembly_material": (
        "assembly '{part}' has a material or weight; it is ignored because its children carry "
        "the material.",
        "組立品「{part}」に材質・重量がありますが、子部品が材料を持つため無視しました。",
    ),
    "warn.assembly_material.many": (
        "{count} assemblies have a material or weight ({first} and {more} more); it is "
        "ignored because their children carry the material.",
        "組立品 {count} 件({first} ほか {more} 件)に材質・重量がありますが、子部品が材料を"
        "持つため無視しました。",
    ),
    "warn.excluded_no_factor.many": (
        "{count} parts have no factor and were left out (--allow-missing): {first} and "
        "{more} more; all are listed as excluded.",
        "{count} 件の部品は排出原単位がないため除外しました(--allow-missing): {first} ほか "
        "{more} 件。すべて除外一覧にあります。",
    ),
    "warn.excluded_no_factor": (
        "part '{part}' ({grade}) has no factor and was left out (--allow-missing).",
        "品番「{part}」({grade})は排出原単位がないため除外しました(--allow-missing)。",
    ),
    "warn.cut_off": (
        "cut-off: {count} part(s) with no factor weigh {share} of the product (limit {limit}) "
        "and were excluded; check that none is a high-emission material.",
        "カットオフ: 排出原単位のない {count} 部品(製品質量の {share}、上限 {limit})を"
        "除外しました。高排出の材料が含まれていないことを確認してください。",
    ),
    "warn.estimated_energy": (
        "{count} processing energy figure(s) are estimated from rated power; measured figures "
        "are more defensible.",
        "加工エネルギー {count} 件は定格電力からの推計です。実測値の方が説明力があります。",
    ),
    "warn.no_lot_size.many": (
        "no lot size for {count} parts ({first} and {more} more; ロット column or Settings): "
        "their set-up time is counted for a lot of 1 piece, which overstates it.",
        "{count} 件の部品({first} ほか {more} 件)のロットサイズがありません(ロット列・設定"
        "シート): 段取時間を 1 個のロットとして計上したため過大です。",
    ),
    "warn.no_lot_size": (
        "no lot size for part '{part}' (ロット column or Settings): its set-up time is counted "
        "for a lot of 1 piece, which overstates it.",
        "品番「{part}」のロットサイズがありません(ロット列・設定シート): 段取時間を 1 個の"
        "ロットとして計上したため過大です。",
    ),
    "warn.utilisation_default": (
        "process '{process}' has no utilisation: 100 % was assumed, which overstates its energy.",
        "工程「{process}」に使用率がないため 100% と仮定しました(過大側)。",
    ),
    "warn.no_supplier_sheet": (
        "no 仕入先/Suppliers sheet: transport is not counted.",
        "仕入先シートがないため、輸送を計上していません。",
    ),
    # --- CLI and report labels ---------------------------------------------------------
    "label.total": ("Total", "合計"),
    "label.per": ("per {unit}", "{unit} 当たり"),
    "label.stage": ("Stage", "段階"),
    "label.share": ("Share", "構成比"),
    "label.part": ("Part", "部品"),
    "label.part_number": ("Part number", "品番"),
    "label.name": ("Name", "品名"),
    "label.quantity": ("Qty/product", "製品当たり個数"),
    "label.kg_co2e": ("kg-CO2e", "kg-CO2e"),
    "label.top_parts": ("Top contributing parts", "排出量の多い部品"),
    "label.warnings": ("Warnings", "警告"),
    "label.product": ("Product", "製品"),
    "label.declared_unit": ("Declared unit", "宣言単位"),
    "label.primary_share": ("Primary data share", "一次データ比率"),
    "label.problems": ("Problems in the input", "入力の問題"),
    "label.error": ("Error", "エラー"),
    "label.category": ("Material category", "材料分類"),
    "label.process": ("Process", "工程"),
    "label.no_category": ("(bought parts, factor per piece)", "(購入品・個当たり原単位)"),
    "stage.materials": ("Materials", "原材料"),
    "stage.transport": ("Transport", "輸送"),
    "stage.processing": ("Processing", "加工"),
    "stage.waste": ("Waste", "廃棄物"),
    "unit.piece": ("piece", "個"),
    "unit.one_piece": ("1 piece", "1 個"),
    "factors.key": ("Key", "キー"),
    "factors.factor": ("Factor", "排出原単位"),
    "factors.unit": ("Unit", "単位"),
    "factors.type": ("Type", "種別"),
    "factors.source": ("Source", "出典"),
    "factors.licence": ("Licence", "ライセンス"),
    "materials.grade": ("Grade", "材質"),
    "materials.category": ("Category", "分類"),
    "materials.parts": ("Parts", "部品数"),
    "materials.mass": ("Mass kg/product", "製品当たり質量 kg"),
    "materials.matched": ("Matched by", "対応方法"),
    "materials.no_factor": ("no factor", "原単位なし"),
    "init.written": ("Template written to {path}", "テンプレートを {path} に書き出しました"),
    "calc.written": ("Written {path}", "{path} を書き出しました"),
    # --- batch runs and `cfp diff` (cli/batch.py, lca/batch.py, cli/diff.py, lca/diff.py) ---
    "batch.no_boms_in_dir": (
        "no BOM workbooks (*.xlsx, *.xlsm) in folder {path}. Put the workbooks there or "
        "name the files.",
        "フォルダ {path} に部品表ブック(*.xlsx、*.xlsm)がありません。ブックを置くか、"
        "ファイル名を指定してください。",
    ),
    "batch.no_match": (
        "no BOM workbooks (*.xlsx, *.xlsm) match {pattern}. Check the pattern; use ** to "
        "search sub-folders.",
        "{pattern} に一致する部品表ブック(*.xlsx、*.xlsm)がありません。パターンを確認して"
        "ください(サブフォルダも探すには ** を使います)。",
    ),
    "batch.same_stem": (
        "{first} and {second} would both write {name}.json in {out}. Rename one of them or "
        "run them with different --out folders.",
        "{first} と {second} はどちらも {out} に {name}.json を書き出します。どちらかの名前を"
        "変えるか、別の --out フォルダで実行してください。",
    ),
    "batch.reserved_name": (
        "{path}: a BOM named {name} would overwrite the batch summary. Rename the file.",
        "{path}: {name} という名前の部品表はバッチ集計ファイルを上書きします。"
        "ファイル名を変えてください。",
    ),
    "batch.timestamp": (
        "--timestamp {value} is not an ISO 8601 time. Write e.g. 2026-04-01T00:00:00Z.",
        "--timestamp {value} は ISO 8601 形式の日時ではありません。"
        "例: 2026-04-01T00:00:00Z",
    ),
    "batch.source_date_epoch": (
        "SOURCE_DATE_EPOCH={value} is not a whole number of seconds since 1970. Set e.g. "
        "1775001600 or unset it.",
        "SOURCE_DATE_EPOCH={value} は 1970 年からの秒数(整数)ではありません。例: 1775001600。"
        "または設定を外してください。",
    ),
    "batch.baseline_missing": (
        "--baseline {path}: no such folder. Give the --out folder of an earlier run.",
        "--baseline {path}: フォルダがありません。以前の実行の --out フォルダを指定して"
        "ください。",
    ),
    "batch.internal": (
        "internal error: {detail} (rerun with --debug and report it)",
        "内部エラー: {detail}(--debug を付けて再実行し、報告してください)",
    ),
    "batch.worker_died": (
        "the worker process computing this BOM stopped unexpectedly (out of memory?). "
        "Rerun this file alone to see the error.",
        "この部品表を計算中のワーカープロセスが異常終了しました(メモリ不足の可能性)。"
        "このファイルだけで再実行してエラーを確認してください。",
    ),
    "batch.over_budget": (
        "{total} kg-CO2e is above the budget of {budget} kg-CO2e",
        "{total} kg-CO2e が上限 {budget} kg-CO2e を超えています",
    ),
    "batch.more_problems": ("... and {count} more", "…ほか {count} 件"),
    "batch.status.ok": ("ok", "正常"),
    "batch.status.gate_failed": ("over budget", "上限超過"),
    "batch.status.invalid": ("invalid input", "入力エラー"),
    "batch.status.error": ("internal error", "内部エラー"),
    "batch.summary": (
        "{count} BOMs: {ok} ok, {gate_failed} over budget, {invalid} invalid, {error} "
        "internal errors ({seconds:.1f} s). Exit code {code}.",
        "部品表 {count} 件: 正常 {ok}、上限超過 {gate_failed}、入力エラー {invalid}、"
        "内部エラー {error}({seconds:.1f} 秒)。終了コード {code}。",
    ),
    "batch.problems_of": ("{file}: {count} problem(s)", "{file}: 問題 {count} 件"),
    "batch.written": ("Written {paths}", "{paths} を書き出しました"),
    "batch.title": ("Batch summary", "バッチ集計"),
    "label.file": ("File", "ファイル"),
    "label.status": ("Status", "状態"),
    "label.budget": ("Budget", "上限"),
    "label.baseline": ("Baseline", "基準"),
    "label.change": ("Change", "変化"),
    "budgets.read": (
        "{path}: cannot read the budgets file ({detail}). Save it as CSV (UTF-8 or "
        "Shift_JIS).",
        "{path}: 上限ファイルを読めません({detail})。CSV(UTF-8 または Shift_JIS)で保存して"
        "ください。",
    ),
    "budgets.columns": (
        "{path}: the budgets file needs a column 'product' or 'file' and a column "
        "'max_kg_co2e' in its first row (found: {found}).",
        "{path}: 上限ファイルの 1 行目に「product」または「file」列と「max_kg_co2e」列が"
        "必要です(見つかった列: {found})。",
    ),
    "budgets.value": (
        "{path} row {row}: max_kg_co2e '{value}' is not a number >= 0. Write the budget in "
        "kg-CO2e, e.g. 12.5.",
        "{path} {row} 行目: max_kg_co2e「{value}」が 0 以上の数値ではありません。"
        "kg-CO2e で記入してください(例: 12.5)。",
    ),
    "budgets.unused": (
        "the budget for {kind} '{key}' matches no BOM of this run; check the spelling.",
        "{kind}「{key}」の上限に一致する部品表がこの実行にありません。綴りを確認してください。",
    ),
    "diff.not_found": (
        "{path}: no such file or folder. Give two result folders written by "
        "`cfp calc ... --out DIR`.",
        "{path}: ファイルまたはフォルダがありません。`cfp calc ... --out DIR` が書き出した"
        "結果フォルダを 2 つ指定してください。",
    ),
    "diff.no_results": (
        "{path}: no result files (*.json). Give a folder written by `cfp calc ... --out DIR`.",
        "{path}: 結果ファイル(*.json)がありません。`cfp calc ... --out DIR` が書き出した"
        "フォルダを指定してください。",
    ),
    "diff.unreadable": (
        "{path}: not a cfp result ({detail}). Compare the per-BOM JSON files that "
        "`cfp calc --out` writes.",
        "{path}: cfp の結果ファイルではありません({detail})。`cfp calc --out` が書き出す"
        "部品表ごとの JSON を比較してください。",
    ),
    "diff.threshold": (
        "{option} must be a number >= 0.",
        "{option} には 0 以上の数値を指定してください。",
    ),
    "diff.status.increased": ("increased", "増加"),
    "diff.status.decreased": ("decreased", "減少"),
    "diff.status.unchanged": ("unchanged", "変化なし"),
    "diff.status.added": ("new (not in the baseline)", "新規(基準になし)"),
    "diff.status.removed": ("removed (not in the new results)", "削除(新しい結果になし)"),
    "diff.over": ("above the threshold", "しきい値超過"),
    "diff.by_stage": ("by stage", "段階別"),
    "diff.lines": ("lines that moved most", "変化の大きい明細"),
    "diff.amount": ("amount", "活動量"),
    "diff.factor": ("factor", "原単位"),
    "diff.flow": ("flow", "フロー"),
    "diff.line_added": ("new line", "新しい明細"),
    "diff.line_removed": ("line removed", "削除された明細"),
    "diff.summary": (
        "{count} products: {increased} increased, {decreased} decreased, {unchanged} "
        "unchanged, {added} new, {removed} removed; {failed} above the threshold. "
        "Exit code {code}.",
        "製品 {count} 件: 増加 {increased}、減少 {decreased}、変化なし {unchanged}、"
        "新規 {added}、削除 {removed}。しきい値超過 {failed}。終了コード {code}。",
    ),
    # --- command-line usage -------------------------------------------------------------
    "usage.gwp": ("--gwp {value}: use AR5 or AR6.",
                  "--gwp {value}: AR5 か AR6 を指定してください。"),
    "usage.report_kind": ("--report {value}: use {kinds}.",
                          "--report {value}: {kinds} のいずれかを指定してください。"),
    "usage.report_needs_out": ("--report needs --out DIR, the folder for the reports.",
                               "--report には報告書の出力フォルダ --out DIR が必要です。"),
    "usage.factor_columns": (
        "--factor-columns: '{item}' is not field=header (e.g. key=製品コード).",
        "--factor-columns: '{item}' は 項目=見出し の形ではありません(例: key=製品コード)。",
    ),
    "usage.exists": ("{path} exists; use --force to replace it.",
                     "{path} は既にあります。置き換えるには --force を付けてください。"),
    "usage.no_factor": (
        "no factor '{key}' (try: cfp factors search {key}).",
        "排出原単位 '{key}' はありません(cfp factors search {key} で検索できます)。",
    ),
    "usage.range": ("{option} {value}: use a number from {low} to {high}.",
                    "{option} {value}: {low} から {high} までの数を指定してください。"),
    "usage.at_least": ("{option} {value}: use a whole number of at least {low}.",
                       "{option} {value}: {low} 以上の整数を指定してください。"),
    "xlsx.too_many_rows": (
        "the inventory needs {rows} rows; an Excel sheet holds at most {limit}. Write this "
        "BOM's inventory with --format csv or json instead of --report xlsx.",
        "インベントリは {rows} 行になりますが、Excel のシートは最大 {limit} 行です。"
        "この部品表は --report xlsx ではなく --format csv か json で出力してください。",
    ),
    "usage.pact_version": (
        "PACT spec version {value}: not supported; cfp writes {versions} (v2.x is not "
        "supported).",
        "PACT 仕様バージョン {value} には対応していません。cfp が書けるのは {versions} です"
        "(v2.x は非対応)。",
    ),
    # --- PACT export --------------------------------------------------------------------
    "pact.company": (
        "PACT requires the company name: fill 会社名 / Company in the 設定/Settings sheet",
        "PACTには会社名が必須です: 設定シートの「会社名」を記入してください",
    ),
    "pact.declared_unit": (
        "declared unit '{value}': PACT export supports pieces (e.g. '1 piece', '1 個') or "
        "kilograms ('1 kg'); set 宣言単位 / Declared unit in the 設定/Settings sheet",
        "宣言単位「{value}」: PACT出力は個数(例: 「1 個」)またはkg(「1 kg」)のみ対応です。"
        "設定シートの「宣言単位」を直してください",
    ),
    "pact.reference_period": (
        "reference period '{value}': write it as 2025-04-01/2026-03-31, 2025 or FY2025 in "
        "対象期間 / Reference period of the 設定/Settings sheet",
        "対象期間「{value}」: 2025-04-01/2026-03-31、2025、2025年度 のように"
        "設定シートの「対象期間」に記入してください",
    ),
    "pact.geography": (
        "geography '{value}': use an ISO 3166 country code (JP), a subdivision (JP-13) or "
        "Global in 地域 / Geography of the 設定/Settings sheet",
        "地域「{value}」: 国コード(JP)、都道府県コード(JP-13)または Global を"
        "設定シートの「地域」に記入してください",
    ),
    "pact.id": (
        "PACT id '{value}': must be a UUID (e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6) or "
        "left blank",
        "PACT id「{value}」: UUID形式で記入するか空欄にしてください",
    ),
    "pact.company_id": (
        "company id '{value}': PACT needs URNs, e.g. urn:company:example:company1 or a "
        "urn:uuid:..., in 会社ID / Company id of the 設定/Settings sheet",
        "会社ID「{value}」: PACTではURN形式(例: urn:company:example:company1)で"
        "設定シートの「会社ID」に記入してください",
    ),
    # --- defensible numbers (issue 10): precedence, silent errors, data loss ---------
    "calc.not_finite": (
        "the {stage} emission of part '{part}' is not a finite number (amount {amount}, "
        "factor {factor}): a quantity, weight or time is absurdly large. Check the row.",
        "品番「{part}」の{stage}の排出量が有限の数になりません(活動量 {amount}、原単位 "
        "{factor}): 数量・重量・時間が極端に大きい値です。この行を確認してください。",
    ),
    "calc.total_not_finite": (
        "the total overflows (it is not a finite number): some quantities or weights are "
        "absurdly large. Check the BOM's numbers.",
        "合計が桁あふれしました(有限の数になりません): 数量や重量に極端に大きい値があり"
        "ます。部品表の数値を確認してください。",
    ),
    "factor.negative": (
        "the factor {factor} for key '{key}' is negative. A credit (recycling, offsets) is "
        "not part of a cradle-to-gate total: enter the emission (>= 0) and report credits "
        "separately.",
        "キー「{key}」の排出原単位 {factor} が負の値です。リサイクル等のクレジットは"
        "クレードル・トゥ・ゲートの合計に含めません。0 以上の排出量を入力し、クレジットは"
        "別に報告してください。",
    ),
    "factor.column_not_found": (
        "--factor-columns maps '{field}' to the header '{header}', which is in none of "
        "the --factors files. Check the header's spelling.",
        "--factor-columns は「{field}」を見出し「{header}」に対応付けていますが、どの "
        "--factors ファイルにもその見出しがありません。見出しのつづりを確認してください。",
    ),
    "master.missing_column": (
        "the {kind} table has no column {column}. Add a column with that header (the file "
        "or sheet is not used without it).",
        "{kind} の表に {column} の列がありません。この見出しの列を追加してください"
        "(ないとこのファイル・シートを使えません)。",
    ),
    "output.is_input": (
        "this output would replace the input '{input}'. Choose another output file or "
        "folder: cfp never overwrites its inputs.",
        "この出力先は入力ファイル「{input}」を上書きしてしまいます。別の出力ファイル・"
        "フォルダを指定してください(cfp は入力ファイルを上書きしません)。",
    ),
    "warn.zero_factor": (
        "factor '{factor}' is 0 ({origin}): correct for recycled input under the cut-off "
        "approach; check it is not a typo.",
        "排出原単位「{factor}」が 0 です({origin}): カットオフ法でのリサイクル材なら正しい"
        "値です。入力ミスでないか確認してください。",
    ),
    "warn.part_inconsistent": (
        "part '{part}' is on several rows with a different material, category or weight "
        "({sheet} rows {rows}): check which is right.",
        "品番「{part}」が複数の行で異なる材質・分類・重量になっています({sheet} の "
        "{rows} 行目)。どれが正しいか確認してください。",
    ),
    "warn.part_inconsistent.many": (
        "{count} part numbers are on several rows with a different material, category or "
        "weight ({first} and {more} more): check which is right.",
        "{count} 件の品番が複数の行で異なる材質・分類・重量になっています({first} ほか "
        "{more} 件)。どれが正しいか確認してください。",
    ),
    "warn.hidden_sheet": (
        "the hidden sheet '{sheet}' was read and used: check it is meant to be part of "
        "the calculation.",
        "非表示のシート「{sheet}」を読み込んで使用しました。計算に含めてよいか確認して"
        "ください。",
    ),
    "usage.factor_columns_field": (
        "--factor-columns: unknown field '{field}'. Use one of: {fields}.",
        "--factor-columns: 「{field}」という項目はありません。次のいずれかを使ってください: "
        "{fields}",
    ),
    # --- malformed result files read by `cfp diff` / --baseline (lca/diff.py) -----------
    "diff.too_large": (
        "the file is {size} MB, more than the {limit} MB cfp reads as a result (a "
        "100,000-line BOM's result is about 150 MB). Check that it is a cfp result file.",
        "ファイルが {size} MB あり、cfp が結果ファイルとして読む上限 {limit} MB を超えて"
        "います(10 万行の部品表の結果で約 150 MB)。cfp の結果ファイルか確認してください。",
    ),
    "diff.os_error": (
        "cannot be read ({reason}). Check the file and its permissions.",
        "読み込めません({reason})。ファイルと権限を確認してください。",
    ),
    "diff.not_json": (
        "not JSON: {detail} at line {line}, column {column}. Compare the result files "
        "cfp calc writes (--format json or --out), unedited.",
        "JSON ではありません: {line} 行 {column} 列目({detail})。cfp calc が書き出した"
        "結果ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.not_utf8": (
        "not UTF-8 text: byte {offset} cannot be decoded. Compare the result files cfp "
        "calc writes (--format json or --out), unedited.",
        "UTF-8 のテキストではありません({offset} バイト目を解読できません)。cfp calc が"
        "書き出した結果ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.too_deep": (
        "arrays or objects are nested too deeply to be read (a cfp result nests 4 "
        "levels). Compare the result files cfp calc writes (--format json or --out).",
        "配列やオブジェクトの入れ子が深すぎて読み込めません(cfp の結果は 4 段まで)。"
        "cfp calc が書き出した結果ファイル(--format json または --out)を比較してください。",
    ),
    "diff.bad_type": (
        "{json_path}: expected {hint}, found {value}. Compare the result files cfp calc "
        "writes (--format json or --out), unedited.",
        "{json_path}: {hint}が必要ですが {value} です。cfp calc が書き出した結果ファイル"
        "(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.bad_cell": (
        "{json_path} (column {column}): expected {hint}, found {value}. Compare the result "
        "files cfp calc writes (--format json or --out), unedited.",
        "{json_path}(列 {column}): {hint}が必要ですが {value} です。cfp calc が書き出した"
        "結果ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.missing_key": (
        "{json_path} is missing: expected {hint}. Compare the result files cfp calc "
        "writes (--format json or --out), unedited.",
        "{json_path} がありません({hint}が必要です)。cfp calc が書き出した結果ファイル"
        "(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.duplicate_key": (
        "{json_path}: the key {key} appears {count} times, so its value is ambiguous. "
        "Keep one.",
        "{json_path}: キー {key} が {count} 回あり、どの値を使うか決まりません。"
        "1 つだけにしてください。",
    ),
    "diff.duplicate_column": (
        "{json_path}: the column {value} is named twice (first at {first}). Compare the "
        "result files cfp calc writes (--format json or --out), unedited.",
        "{json_path}: 列 {value} が 2 回あります(最初は {first})。cfp calc が書き出した"
        "結果ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.missing_column": (
        "{json_path}: no column {column}, which the comparison needs. Compare the result "
        "files cfp calc writes (--format json or --out), unedited.",
        "{json_path}: 比較に必要な列 {column} がありません。cfp calc が書き出した結果"
        "ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.row_length": (
        "{json_path} has {count} values for {columns} columns. Compare the result files "
        "cfp calc writes (--format json or --out), unedited.",
        "{json_path} の値が {count} 個ですが、列は {columns} 個です。cfp calc が書き出した"
        "結果ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.kind.object": ("a JSON object {…}", "JSON オブジェクト {…}"),
    "diff.kind.array": ("an array […]", "配列 […]"),
    "diff.kind.number": ("a finite number", "有限の数値"),
    "diff.kind.number_or_null": ("a finite number or null", "有限の数値か null"),
    "diff.kind.text": ("a text (string)", "文字列"),
    "diff.kind.text_or_null": ("a text or null", "文字列か null"),
    "diff.kind.unicode": ("text without unpaired surrogates (such as \\udc80)",
                          "不対サロゲート(\\udc80 など)を含まない文字列"),
    "diff.kind.inventory": (
        'an object {"columns": [...], "rows": [...]} or an array of row objects',
        'オブジェクト {"columns": [...], "rows": [...]} か行オブジェクトの配列',
    ),
    # --- bounded, honest reading of workbooks (issue 10, lca/xlsxguard.py) -------------
    "file.xls": (
        "this is an Excel 97-2003 workbook (.xls): cfp reads .xlsx/.xlsm only, the format whose "
        "size it can check before reading. Open it in Excel and save it as .xlsx (File > Save As "
        "> Excel Workbook).",
        "Excel 97-2003 形式のブック(.xls)です。cfp は読み込む前に大きさを確認できる .xlsx/.xlsm "
        "だけを読みます。Excel で開き、.xlsx 形式で保存してください(ファイル > 名前を付けて保存 "
        "> Excel ブック)。",
    ),
    "file.xlsb": (
        "this is an Excel binary workbook (.xlsb): cfp reads .xlsx/.xlsm only. Open it in Excel "
        "and save it as .xlsx (File > Save As > Excel Workbook).",
        "Excel バイナリ形式のブック(.xlsb)です。cfp は .xlsx/.xlsm だけを読みます。Excel "
        "で開き、.xlsx 形式で保存してください(ファイル > 名前を付けて保存 > Excel ブック)。",
    ),
    "file.ods": (
        "this is an OpenDocument spreadsheet (.ods), not an Excel workbook: cfp reads "
        ".xlsx/.xlsm only. Save it as .xlsx (Excel 2007-365) from Excel or LibreOffice.",
        "OpenDocument 形式(.ods)で、Excel ブックではありません。cfp は .xlsx/.xlsm "
        "だけを読みます。Excel か LibreOffice で .xlsx 形式(Excel 2007-365)で保存してください。",
    ),
    "file.encrypted": (
        "the workbook is encrypted (password-protected) and cannot be read. Open it in Excel, "
        "remove the password (File > Info > Protect Workbook > Encrypt with Password: clear it) "
        "and save it.",
        "ブックが暗号化(パスワード保護)されているため読めません。Excel "
        "で開き、パスワードを解除して(ファイル > 情報 > ブックの保護 > "
        "パスワードを使用して暗号化: 空にする)保存してください。",
    ),
    "file.no_sheets": (
        "the workbook has no worksheet. Add a sheet holding the BOM and save it again.",
        "ブックにワークシートがありません。部品表のシートを追加して保存し直してください。",
    ),
    "file.part_too_large": (
        "the part {part} is too large: it expands to {size} MB, above the limit of {limit} MB. "
        "No BOM needs that much: it is probably not a real workbook. To read it anyway, raise "
        "the limit with --max-unzipped-mb N.",
        "ファイル内の {part} が大きすぎます。展開すると {size} MB で、上限 {limit} MB "
        "を超えます。部品表にはありえない大きさで、正常なブックではない可能性があります。それでも"
        "読む場合は --max-unzipped-mb N で上限を上げてください。",
    ),
    "file.unzipped_too_large": (
        "the workbook is too large: it expands to {size} MB, above the limit of {limit} MB. "
        "Remove pictures and sheets cfp does not need, or raise the limit with --max-unzipped-mb "
        "N.",
        "ブックが大きすぎます。展開すると {size} MB で、上限 {limit} MB を超えます。cfp "
        "が使わない画像やシートを削除するか、--max-unzipped-mb N で上限を上げてください。",
    ),
    "file.zip_ratio": (
        "the part {part} is compressed {ratio}:1, far beyond any real workbook (at most "
        "{limit}:1 is read): the file looks like a zip bomb. If it is a genuine workbook, open "
        "it in Excel and save it again.",
        "ファイル内の {part} の圧縮率が {ratio}:1 で、正常なブックではありえません(読むのは "
        "{limit}:1 まで)。zip 爆弾の疑いがあります。本物のブックなら Excel "
        "で開いて保存し直してください。",
    ),
    "file.zip_size_lies": (
        "the part {part} holds more data than the {size} MB its zip header declares: the file is "
        "damaged or crafted. Open it in Excel and save it again.",
        "ファイル内の {part} に、zip ヘッダーが示す {size} MB "
        "を超えるデータがあります。ファイルが壊れているか改変されています。Excel "
        "で開いて保存し直してください。",
    ),
    "file.shared_strings_count": (
        "the shared-strings table declares {count} strings but can hold at most {most}: the file "
        "is damaged or crafted. Open it in Excel and save it again.",
        "共有文字列テーブルが {count} 個の文字列を宣言していますが、最大 {most} "
        "個しか入りません。ファイルが壊れているか改変されています。Excel "
        "で開いて保存し直してください。",
    ),
    "sheet.too_many_cells": (
        "the sheet is too large: its cells span A1:{corner} = {rows} rows x {cols} columns = "
        "{cells} cells, above the limit of {limit}. A value far outside the table (at {corner}) "
        "makes it that large: delete the rows and columns beyond the table and save, or raise "
        "the limit with --max-cells N.",
        "シートが大きすぎます。セル範囲が A1:{corner}({rows} 行 x {cols} 列 = {cells} "
        "セル)で、上限 {limit} を超えます。表から離れた位置({corner})の値が範囲を広げています。表"
        "の外の行と列を削除して保存するか、--max-cells N で上限を上げてください。",
    ),
    "sheet.too_many_cell_elements": (
        "the sheet has too many cells: it lists {count}, more than the limit of {limit}: the "
        "file is probably not a real BOM. To read it anyway, raise the limit with --max-cells N.",
        "シートに {count} 個のセルがあり、上限 {limit} "
        "を超えます。正常な部品表ではない可能性があります。それでも読む場合は --max-cells N "
        "で上限を上げてください。",
    ),
    "cell.excel_error": (
        "{value} — enter a value, or open and save the workbook in Excel so formulas are "
        "calculated.",
        "{value} — 値を入力するか、Excel でブックを開いて保存し、数式を計算させてください。",
    ),
    "cell.formula_no_value": (
        "the formula {value} has no calculated value — enter a value, or open and save the "
        "workbook in Excel so formulas are calculated.",
        "数式 {value} に計算結果が保存されていません — 値を入力するか、Excel "
        "でブックを開いて保存し、数式を計算させてください。",
    ),
    "cell.shared_formula_no_value": (
        "formula without a calculated value — enter a value, or open and save the workbook in "
        "Excel so formulas are calculated.",
        "数式に計算結果が保存されていません — 値を入力するか、Excel "
        "でブックを開いて保存し、数式を計算させてください。",
    ),
    "csv.too_large": (
        "the file is too large: {size} MB, above the limit of {limit} MB for CSV text. Split it, "
        "or raise the limit with --max-unzipped-mb N.",
        "ファイルが大きすぎます({size} MB)。CSV の上限 {limit} MB "
        "を超えます。分割するか、--max-unzipped-mb N で上限を上げてください。",
    ),
    "csv.too_many_cells": (
        "the file has too many cells: more than {limit} (rows x columns) by line {line}. No BOM "
        "needs that many: split it, or raise the limit with --max-cells N.",
        "{line} 行目までにセル(行 x 列)が上限 {limit} を超えました。分割するか、--max-cells N "
        "で上限を上げてください。",
    ),
    "csv.field_too_long": (
        "line {line}: a field is too long (more than {limit} characters). A quote (\") is "
        "probably not closed; check the line.",
        "{line} 行目: 項目が {limit} 文字を超えています。引用符(\")が閉じていない可能性があります"
        "。その行を確認してください。",
    ),
    "csv.malformed": (
        "line {line}: not readable as CSV ({detail}). Save the table as CSV (UTF-8) again.",
        "{line} 行目: CSV として読めません({detail})。表を CSV(UTF-8)で保存し直してください。",
    ),
    "csv.is_workbook": (
        "this is a workbook, not CSV text. Rename it to .xlsx, or save it as CSV from Excel.",
        "CSV テキストではなくブックです。拡張子を .xlsx に変えるか、Excel で CSV "
        "として保存してください。",
    ),
    # --- cfp serve (PACT v3 host) and cfp clients ---------------------------------------
    "serve.started": (
        "Serving {count} footprints from {path} at {url} for {clients} clients (PACT v3, "
        "HTTPS only). Ctrl+C stops.",
        "{path} の {count} 件のフットプリントを {url} で {clients} クライアントに提供しています"
        "(PACT v3、HTTPS のみ)。Ctrl+C で停止します。",
    ),
    "serve.empty": (
        "no footprint (*-pact.json) in {path} yet; it is served as soon as one is written "
        "(cfp calc BOM --report pact --out {path}).",
        "{path} にはまだフットプリント(*-pact.json)がありません。書き出されるとすぐに提供"
        "されます(cfp calc BOM --report pact --out {path})。",
    ),
    "serve.no_folder": (
        "the results folder {path} does not exist or is not a folder. Give the --out folder "
        "of cfp calc ... --report pact.",
        "結果フォルダー {path} が存在しないかフォルダーではありません。cfp calc ... --report "
        "pact の --out フォルダーを指定してください。",
    ),
    "serve.folder_unreadable": (
        "cannot read the results folder {path} ({reason}); the footprints read before are "
        "still served.",
        "結果フォルダー {path} を読めません({reason})。前に読んだフットプリントを提供し続けます。",
    ),
    "serve.tls_missing": (
        "TLS file {path} not found. Give the certificate and key files (PEM) with --tls-cert "
        "and --tls-key.",
        "TLS ファイル {path} が見つかりません。--tls-cert と --tls-key で証明書と鍵(PEM)を"
        "指定してください。",
    ),
    "serve.tls_bad": (
        "cannot use the TLS certificate {cert} with the key {key} ({reason}). Give a PEM "
        "certificate and its matching unencrypted private key.",
        "TLS 証明書 {cert} と鍵 {key} を使えません({reason})。PEM 形式の証明書と、それに"
        "対応する暗号化されていない秘密鍵を指定してください。",
    ),
    "serve.bind": (
        "cannot listen on {host}:{port} ({reason}). Choose another --port or stop the "
        "program using it.",
        "{host}:{port} で待ち受けできません({reason})。別の --port を選ぶか、使用中の"
        "プログラムを停止してください。",
    ),
    "serve.bad_ttl": (
        "--token-ttl {value} is out of range: give 60 to 86400 seconds.",
        "--token-ttl {value} は範囲外です。60〜86400 秒を指定してください。",
    ),
    "serve.bad_footprint.json": (
        "{path}: skipped, not valid JSON ({detail}). Write it again with cfp calc ... "
        "--report pact.",
        "{path}: JSON として読めないためスキップしました({detail})。cfp calc ... --report "
        "pact で書き出し直してください。",
    ),
    "serve.bad_footprint.field": (
        "{path}: skipped, the field {field} is missing or not valid for a PACT v3 "
        "ProductFootprint. Write it again with cfp calc ... --report pact.",
        "{path}: 項目 {field} が無いか PACT v3 の ProductFootprint として正しくないため"
        "スキップしました。cfp calc ... --report pact で書き出し直してください。",
    ),
    "serve.bad_footprint.version": (
        "{path}: skipped, specVersion {value} is not PACT v3 (only 3.x is served).",
        "{path}: specVersion {value} は PACT v3 ではないためスキップしました(3.x のみ提供)。",
    ),
    "serve.bad_footprint.too_large": (
        "{path}: skipped, larger than {limit} bytes (not a cfp footprint file).",
        "{path}: {limit} バイトを超えるためスキップしました(cfp のフットプリントではありません)。",
    ),
    "serve.bad_footprint.unreadable": (
        "{path}: skipped, cannot be read ({reason}).",
        "{path}: 読めないためスキップしました({reason})。",
    ),
    "serve.duplicate_id": (
        "{path}: skipped, footprint id {id} is already served from {first}. Give each "
        "footprint its own id (Settings PACT id) or remove one file.",
        "{path}: フットプリント ID {id} は既に {first} から提供しているためスキップしました。"
        "ID を別にする(設定の PACT id)か、どちらかのファイルを削除してください。",
    ),
    "serve.changed": (
        "folder changed: {added} added, {replaced} replaced, {removed} removed; {total} "
        "footprints served.",
        "フォルダーが変わりました: 追加 {added}、置換 {replaced}、削除 {removed}。提供中 "
        "{total} 件。",
    ),
    "serve.watch_polling": (
        "cannot watch the folder ({reason}); checking it every 2 seconds instead.",
        "フォルダーを監視できません({reason})。代わりに 2 秒ごとに確認します。",
    ),
    "serve.clients_reloaded": (
        "clients file reloaded: {count} clients.",
        "クライアントファイルを再読み込みしました: {count} クライアント。",
    ),
    "serve.internal_error": (
        "internal error on {method} {path}: {error} (answered 500; rerun with --debug for "
        "the traceback and report it).",
        "{method} {path} で内部エラー: {error}(500 を返しました。--debug で再実行して"
        "トレースバックを報告してください)。",
    ),
    "serve.internal": (
        "internal error of the server. Try again later; the data owner has been told.",
        "サーバーの内部エラーです。後で再試行してください。データ所有者に記録されています。",
    ),
    "serve.token.missing": (
        "no access token: send Authorization: Bearer <token> from POST /auth/token.",
        "アクセストークンがありません。POST /auth/token で得たトークンを "
        "Authorization: Bearer <token> で送ってください。",
    ),
    "serve.token.malformed": (
        "the Authorization header is not 'Bearer <token>'.",
        "Authorization ヘッダーが「Bearer <token>」の形式ではありません。",
    ),
    "serve.token.invalid": (
        "the access token is not valid here. Get a new one from POST /auth/token.",
        "アクセストークンが無効です。POST /auth/token で新しいトークンを取得してください。",
    ),
    "serve.token.expired": (
        "the access token has expired. Get a new one from POST /auth/token.",
        "アクセストークンの有効期限が切れています。POST /auth/token で取得し直してください。",
    ),
    "serve.auth.form": (
        "send the token request as application/x-www-form-urlencoded "
        "(grant_type=client_credentials).",
        "トークン要求は application/x-www-form-urlencoded(grant_type=client_credentials)"
        "で送ってください。",
    ),
    "serve.auth.malformed": (
        "the token request or its Basic credentials cannot be read.",
        "トークン要求または Basic 認証情報を読み取れません。",
    ),
    "serve.auth.grant": (
        "only grant_type=client_credentials is supported.",
        "grant_type=client_credentials のみ対応しています。",
    ),
    "serve.auth.two_methods": (
        "send the client credentials once: in the Basic header or in the form, not both.",
        "クライアント認証情報は Basic ヘッダーかフォームのどちらか一方で送ってください。",
    ),
    "serve.auth.scope": (
        "unknown scope; the scopes are: {scopes}.",
        "不明なスコープです。使えるスコープ: {scopes}。",
    ),
    "serve.auth.invalid": (
        "unknown client or wrong secret.",
        "クライアントが不明か、シークレットが違います。",
    ),
    "serve.auth.throttled": (
        "too many failed logins: try again in {seconds} s.",
        "ログインの失敗が多すぎます。{seconds} 秒後に再試行してください。",
    ),
    "serve.auth.failed_log": (
        "failed login for client '{client}' from {address}.",
        "クライアント「{client}」のログイン失敗({address} から)。",
    ),
    "serve.bad_host": (
        "the Host header is not a host name or address.",
        "Host ヘッダーがホスト名またはアドレスではありません。",
    ),
    "serve.bad_id": (
        "a footprint id is a UUID (8-4-4-4-12 hexadecimal digits).",
        "フットプリント ID は UUID(8-4-4-4-12 桁の 16 進数)です。",
    ),
    "serve.not_found": (
        "no footprint with this id.",
        "この ID のフットプリントはありません。",
    ),
    "serve.access_denied": (
        "you are not allowed to see this footprint.",
        "このフットプリントを見る権限がありません。",
    ),
    "serve.no_route": (
        "no such endpoint. The API is /3/footprints, /3/footprints/{{id}}, /3/events and "
        "/auth/token.",
        "そのエンドポイントはありません。API は /3/footprints、/3/footprints/{{id}}、"
        "/3/events、/auth/token です。",
    ),
    "serve.method": (
        "this method is not allowed on this endpoint.",
        "このエンドポイントではこのメソッドは使えません。",
    ),
    "serve.bad_request": (
        "the request cannot be read.",
        "リクエストを読み取れません。",
    ),
    "serve.body_too_large": (
        "the request body is larger than {limit} bytes.",
        "リクエスト本文が {limit} バイトを超えています。",
    ),
    "serve.filter.unknown": (
        "unknown query parameter '{name}'; the filters are {known} (host-specific "
        "parameters start with x-).",
        "不明なクエリパラメーター「{name}」です。フィルターは {known} です(ホスト独自の"
        "パラメーターは x- で始まります)。",
    ),
    "serve.filter.limit": (
        "limit must be given once, as a whole number (got '{value}').",
        "limit は 1 回だけ、整数で指定してください(「{value}」)。",
    ),
    "serve.filter.time": (
        "{name} must be an RFC 3339 date-time such as 2025-04-01T00:00:00Z (got '{value}').",
        "{name} は 2025-04-01T00:00:00Z のような RFC 3339 の日時で指定してください"
        "(「{value}」)。",
    ),
    "serve.filter.cursor": (
        "the pagination cursor is not valid: follow the Link header as it is.",
        "ページ送りのカーソルが正しくありません。Link ヘッダーの URL をそのまま使ってください。",
    ),
    "serve.filter.too_long": (
        "the value of '{name}' is too long.",
        "「{name}」の値が長すぎます。",
    ),
    "serve.filter.too_many": (
        "too many values for {name} (at most {max}).",
        "{name} の値が多すぎます(最大 {max})。",
    ),
    "serve.event.content_type": (
        "send events as application/cloudevents+json.",
        "イベントは application/cloudevents+json で送ってください。",
    ),
    "serve.event.json": (
        "the event is not a JSON object.",
        "イベントが JSON オブジェクトではありません。",
    ),
    "serve.event.field": (
        "the event's {field} is missing or not valid (CloudEvents 1.0: specversion, id, "
        "source, type, time, data).",
        "イベントの {field} が無いか正しくありません(CloudEvents 1.0: specversion、id、"
        "source、type、time、data)。",
    ),
    "serve.event.specversion": (
        "specversion {value} is not supported: send CloudEvents 1.0.",
        "specversion {value} には対応していません。CloudEvents 1.0 で送ってください。",
    ),
    "serve.event.type": (
        "unknown event type {value}; PACT v3 types end in .3 (e.g. "
        "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3).",
        "不明なイベント種別 {value} です。PACT v3 の種別は .3 で終わります(例 "
        "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3)。",
    ),
    "serve.event.criterion": (
        "{field} must be a text or a list of texts (dates as RFC 3339 date-times).",
        "{field} は文字列か文字列のリストで指定してください(日時は RFC 3339)。",
    ),
    "serve.event.pfids": (
        "data.pfIds must be a non-empty list of footprint ids (UUIDs).",
        "data.pfIds はフットプリント ID(UUID)の空でないリストで指定してください。",
    ),
    "serve.event.no_endpoint": (
        "no event endpoint is configured for your client, so the answer could not be "
        "delivered. Ask the data owner to set one (cfp clients add --events-url).",
        "このクライアントにはイベントの送信先が設定されていないため、回答を届けられません。"
        "データ所有者に設定を依頼してください(cfp clients add --events-url)。",
    ),
    "serve.event.no_match": (
        "no footprint you may see matches the request.",
        "要求に合う、閲覧可能なフットプリントはありません。",
    ),
    "serve.event.busy": (
        "too many events waiting to be sent; try again later.",
        "送信待ちのイベントが多すぎます。後で再試行してください。",
    ),
    "serve.event.received": (
        "{type} received from client '{client}'.",
        "クライアント「{client}」から {type} を受信しました。",
    ),
    "serve.event.sent": (
        "{type} sent to client '{client}' ({url}).",
        "クライアント「{client}」に {type} を送信しました({url})。",
    ),
    "serve.event.retrying": (
        "event for client '{client}' not delivered ({reason}); retrying with growing delays.",
        "クライアント「{client}」へのイベントを送れませんでした({reason})。間隔を空けて"
        "再送します。",
    ),
    "serve.event.failed": (
        "{type} for client '{client}' given up ({reason}).",
        "クライアント「{client}」への {type} の送信を断念しました({reason})。",
    ),
    "serve.event.bad_endpoint": (
        "event endpoint {url} of client '{client}' is not https (plain http only to "
        "loopback): event not sent.",
        "クライアント「{client}」のイベント送信先 {url} が https ではありません(http は"
        "ループバックのみ)。送信しませんでした。",
    ),
    "serve.event.queue_full": (
        "event queue full: an event for client '{client}' was not queued.",
        "イベントの送信待ちが満杯のため、クライアント「{client}」へのイベントを破棄しました。",
    ),
    "serve.event.dropped": (
        "{count} events not yet sent were dropped at shutdown.",
        "停止時に未送信のイベント {count} 件を破棄しました。",
    ),
    "serve.stopped": (
        "server stopped.",
        "サーバーを停止しました。",
    ),
    "clients.not_found": (
        "clients file {path} not found. Create it with cfp clients add CLIENT_ID "
        "--clients {path}.",
        "クライアントファイル {path} が見つかりません。cfp clients add CLIENT_ID --clients "
        "{path} で作成してください。",
    ),
    "clients.unreadable": (
        "cannot read the clients file {path} ({reason}). Check its permissions.",
        "クライアントファイル {path} を読めません({reason})。権限を確認してください。",
    ),
    "clients.invalid": (
        "the clients file {path} is not valid ({detail}). Restore it or recreate it with "
        "cfp clients add.",
        "クライアントファイル {path} が正しくありません({detail})。元に戻すか cfp clients "
        "add で作り直してください。",
    ),
    "clients.bad_id": (
        "client id '{value}' is not allowed: use 1-64 letters, digits and . _ ~ -.",
        "クライアント ID「{value}」は使えません。英数字と . _ ~ - を 1〜64 文字で指定して"
        "ください。",
    ),
    "clients.bad_secret": (
        "the secret must be 16-256 characters of letters, digits and . _ ~ - (or let cfp "
        "generate one: run without standard input, or with --generate).",
        "シークレットは英数字と . _ ~ - の 16〜256 文字にしてください(または標準入力なしか "
        "--generate で cfp に生成させてください)。",
    ),
    "clients.no_scope": (
        "say what the client may see: --company URN, --product URN (repeatable, a trailing "
        "* matches a prefix) or --all.",
        "クライアントが見られる範囲を指定してください: --company URN、--product URN(複数可、"
        "末尾の * は前方一致)または --all。",
    ),
    "clients.scope_conflict": (
        "--all cannot be combined with --company or --product.",
        "--all は --company や --product と同時に指定できません。",
    ),
    "clients.events_url": (
        "event URL {url} must be https:// (plain http:// only to a loopback address).",
        "イベント URL {url} は https:// にしてください(http:// はループバックアドレスのみ)。",
    ),
    "clients.subscribe_no_url": (
        "--subscribe needs --events-url (where to send the PublishedEvent).",
        "--subscribe には --events-url(PublishedEvent の送信先)が必要です。",
    ),
    "clients.exists": (
        "client {id} already exists in {path}. Use --force to replace it (its old secret "
        "and tokens stop working).",
        "クライアント {id} は {path} に既にあります。置き換えるには --force を付けてください"
        "(古いシークレットとトークンは無効になります)。",
    ),
    "clients.unknown": (
        "no client {id} in {path}.",
        "{path} にクライアント {id} はありません。",
    ),
    "clients.no_secret": (
        "no secret on standard input. Pipe it in (printf %s \"$SECRET\" | cfp clients add "
        "...) or use --generate.",
        "標準入力にシークレットがありません。パイプで渡す(printf %s \"$SECRET\" | cfp "
        "clients add ...)か、--generate を使ってください。",
    ),
    "clients.added": (
        "client {id} saved in {path}; it may see: {scope}.",
        "クライアント {id} を {path} に保存しました。閲覧範囲: {scope}。",
    ),
    "clients.generated": (
        "a new secret was printed on standard output: give it to the client now. Only its "
        "hash is stored; it cannot be shown again.",
        "新しいシークレットを標準出力に表示しました。今すぐクライアントに渡してください。"
        "保存されるのはハッシュのみで、再表示はできません。",
    ),
    "clients.removed": (
        "client {id} removed from {path}; its tokens stop working within a second.",
        "クライアント {id} を {path} から削除しました。そのトークンは 1 秒以内に無効になります。",
    ),
    "clients.scope_all": ("every footprint", "すべてのフットプリント"),
    "clients.scope_companies": ("companies {values}", "会社 {values}"),
    "clients.scope_products": ("products {values}", "製品 {values}"),
    "label.stdout": ("standard output", "標準出力"),
}


def default_lang() -> str:
    """`ja` when the user's locale is Japanese, else `en`; CFP_LANG overrides."""
    env = os.environ.get("CFP_LANG")
    if env in LANGS:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "ja" if loc.lower().startswith("ja") else "en"


def tr(message_key: str, lang: str = "en", /, **params: object) -> str:
    """The text for `message_key` in `lang`, with parameters filled in."""
    en, ja = CATALOG[message_key]
    text = ja if lang == "ja" else en
    return text.format(**params) if params else text
