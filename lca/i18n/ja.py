"""Japanese texts (日本語): every message, label and report text cfp shows, by key.

Every language file in this folder has the same keys with the same
str.format placeholders and text in its own script (tests/test_i18n.py).
"""

TEXTS: dict[str, str] = {
    # --- problems in input files -------------------------------------------------------
    "file.not_found": "ファイルが見つかりません。パスを確認してください。",
    "file.empty": "ファイルが空です(0 バイト)。Excel で保存し直してください。",
    "file.not_workbook": (
        "Excel ブックではありません({detail})。Excel で .xlsx 形式で保存してください。"
    ),
    "os.error": "'{path}' を使えません({reason})。パスと権限を確認してください。",
    "sheet.unreadable": (
        "シートを読み込めません({detail})。ファイルが壊れている可能性があります。Excel "
        "で開いて保存し直してください。"
    ),
    "file.bad_extension": (
        "未対応のファイル形式 '{suffix}' です。.xlsx、.xlsm、.csv を使ってください(ほかのブックは "
        "Excel で .xlsx 形式で保存してください)。"
    ),
    "file.encoding": (
        "UTF-8 としても CP932(Shift_JIS)としても読めません。CSV を UTF-8 で保存してください。"
    ),
    "sheet.no_header": (
        "先頭 20 行に品番列({part})と個数列({qty})を持つ見出し行がありません。"
        "データの上に見出しを追加してください。"
    ),
    "sheet.no_rows": "見出しはありますがデータ行がありません。見出しの下に部品を入力してください。",
    "column.missing": (
        "必須の列「{column}」がありません。{names} という見出しの列を追加してください。"
    ),
    "column.duplicate": (
        "列「{column}」が 2 回あります({other} にも)。どちらか一方を残してください。"
    ),
    "column.weight_unit": (
        "重量列「{header}」に単位がありません。見出しを「{header}(g)」や「{header}(kg)」"
        "のように書くか、設定シートで weight_unit を指定してください。"
    ),
    "column.bad_unit": (
        "見出し「{header}」の単位「{unit}」は使えません。{allowed} のいずれかにしてください。"
    ),
    "cell.not_number": (
        "「{value}」は数値ではありません。数値(例 1200、1,200)か、無い場合は「-」"
        "を入力してください。"
    ),
    "cell.qty_not_positive": (
        "個数 {value} は 0 より大きくなければなりません。親 1 個あたりの使用数を入力してください。"
    ),
    "cell.not_positive": "{value} は 0 より大きくしてください。",
    "column.process_name": (
        "時間列「{value}」の上に工程名がありません。上の行に工程名(例 旋盤、Lathe)を書くか、"
        "同じセルに「旋盤 加工」のように書いてください。"
    ),
    "cell.qty_missing": (
        "品番「{part}」の個数がありません。親 1 個あたりの使用数を入力してください。"
    ),
    "cell.negative": "{value} は負の値にできません。0 以上を入力してください。",
    "cell.part_missing": (
        "この行には値がありますが品番がありません。品番を入力するか行を削除してください。"
    ),
    "cell.raw_lt_net": (
        "品番「{part}」の素材重量 {raw} が製品重量 {net} より小さくなっています。"
        "素材重量は加工前に購入する重量なので、製品重量以上にしてください。"
    ),
    "cell.no_mass": (
        "品番「{part}」に材質はありますが重量がありません。製品重量(切削品は素材重量も)"
        "を入力してください。"
    ),
    "cell.level_invalid": "レベル「{value}」は 1 以上の整数にしてください。",
    "cell.level_first": (
        "最初の行がレベル {value} です。レベル 1(製品自体なら 0)から始めてください。"
    ),
    "cell.level_jump": (
        "レベル {value} がレベル {previous} の次にあります。1 段ずつしか深くできません。"
        "レベルを直すか、抜けている組立品の行を追加してください。"
    ),
    "material.no_factor": (
        "品番「{part}」(材質「{grade}」、分類「{category}」)の排出原単位がありません。"
        "排出原単位シートか --factors ファイルにキー「{key}」の行を追加するか、"
        "分類を指定してください(質量基準のカットオフは --cutoff 5)。"
    ),
    "material.unit_mismatch": (
        "排出原単位「{key}」は {unit} 当たりなので材料には使えません。kg(g、t)"
        "当たりか個当たりの原単位にしてください。"
    ),
    "process.no_power": (
        "工程「{process}」に時間がありますが定格電力がありません。工程シートに定格電力(kW)"
        "と使用率を追加するか、品番「{part}」の実測値を追加してください。"
    ),
    "process.bad_utilisation": "使用率 {value} は 0〜1(0%〜100%)の範囲にしてください。",
    "measurement.zero_pieces": (
        "加工数は 0 より大きくしてください(積算電力量を割るため)。2 回の読み取りの間に加工した個数"
        "を入力してください。"
    ),
    "measurement.meter_decrease": (
        "終了積算電力量 {end} kWh が開始 {start} kWh より小さくなっています。"
        "読み取り値を確認してください。"
    ),
    "measurement.unknown_part": "部品表にない品番「{part}」の実測値です。品番を確認してください。",
    "parent.unknown": (
        "親品番「{parent}」はこの部品表にありません。親品番を直すか組立品の行を追加してください。"
    ),
    "parent.cycle": (
        "親品番が循環しています: {path}。部品は自分自身を含められません。親品番列を直してください。"
    ),
    "supplier.no_factor": (
        "仕入先「{supplier}」の輸送手段「{mode}」の排出原単位がありません。truck、rail、ship、air "
        "などを使うか、キー「{mode}」の t-km 当たりの原単位を追加してください。"
    ),
    "factor.bad_unit": (
        "単位「{unit}」は使えません。kg、g、t、kWh、MJ、GJ、L、kL、m3、t-km、個 "
        "のいずれかにしてください。"
    ),
    "factor.unit_kind": (
        "排出原単位「{key}」は {unit} 当たりですが {use} に使われています。{expected} "
        "当たりの原単位にしてください。"
    ),
    "factor.missing_value": (
        "キー「{key}」の排出原単位の値がありません。単位当たりの kg-CO2e を入力してください。"
    ),
    "factor.no_electricity": (
        "電力の排出係数がありません。設定シートの電力排出係数か、キー「electricity」"
        "の原単位を追加してください。"
    ),
    "factor.missing_column": (
        "必須の列「{column}」がありません。{names} という見出しの列を追加するか --factor-columns "
        "で対応付けてください。"
    ),
    "settings.bad_value": "設定「{key}」の値「{value}」が正しくありません。{hint}",
    "settings.gwp_hint": "AR5 か AR6 にしてください。",
    "settings.weight_unit_hint": "g、kg、t のいずれかにしてください。",
    "settings.number_hint": "数値を入力してください。",
    "output.exists_dir": "出力先 {path} はディレクトリです。",
    "problems.more": "... ほか同種の問題が {count} 件あります。",
    # --- warnings in results ------------------------------------------------------------
    "warn.proxy_factor": (
        "{count} 行が代替(プロキシ)原単位を使っています: {keys}。説明できる結果にするには自社データ"
        "ベースや仕入先データに置き換えてください。"
    ),
    "warn.supplier_unknown": (
        "仕入先「{supplier}」が仕入先シートにありません: {count} 部品の輸送を計上していません。"
    ),
    "warn.assembly_material": (
        "組立品「{part}」に材質・重量がありますが、子部品が材料を持つため無視しました。"
    ),
    "warn.assembly_material.many": (
        "組立品 {count} 件({first} ほか {more} 件)に材質・重量がありますが、"
        "子部品が材料を持つため無視しました。"
    ),
    "warn.excluded_no_factor.many": (
        "{count} 件の部品は排出原単位がないため除外しました(--allow-missing): {first} ほか {more} "
        "件。すべて除外一覧にあります。"
    ),
    "warn.excluded_no_factor": (
        "品番「{part}」({grade})は排出原単位がないため除外しました(--allow-missing)。"
    ),
    "warn.cut_off": (
        "カットオフ: 排出原単位のない {count} 部品(製品質量の {share}、上限 {limit})"
        "を除外しました。高排出の材料が含まれていないことを確認してください。"
    ),
    "warn.estimated_energy": (
        "加工エネルギー {count} 件は定格電力からの推計です。実測値の方が説明力があります。"
    ),
    "warn.no_lot_size.many": (
        "{count} 件の部品({first} ほか {more} 件)のロットサイズがありません(ロット列・設定シート): "
        "段取時間を 1 個のロットとして計上したため過大です。"
    ),
    "warn.no_lot_size": (
        "品番「{part}」のロットサイズがありません(ロット列・設定シート): 段取時間を 1 "
        "個のロットとして計上したため過大です。"
    ),
    "warn.utilisation_default": "工程「{process}」に使用率がないため 100% と仮定しました(過大側)。",
    "warn.no_supplier_sheet": "仕入先シートがないため、輸送を計上していません。",
    # --- CLI and report labels ---------------------------------------------------------
    "label.total": "合計",
    "label.per": "{unit} 当たり",
    "label.stage": "段階",
    "label.share": "構成比",
    "label.part": "部品",
    "label.part_number": "品番",
    "label.name": "品名",
    "label.quantity": "製品当たり個数",
    "label.kg_co2e": "kg-CO2e",
    "label.top_parts": "排出量の多い部品",
    "label.warnings": "警告",
    "label.product": "製品",
    "label.declared_unit": "宣言単位",
    "label.primary_share": "一次データ比率",
    "label.problems": "入力の問題",
    "label.error": "エラー",
    "label.category": "材料分類",
    "label.process": "工程",
    "label.no_category": "(購入品・個当たり原単位)",
    "stage.materials": "原材料",
    "stage.transport": "輸送",
    "stage.processing": "加工",
    "stage.waste": "廃棄物",
    "unit.piece": "個",
    "unit.one_piece": "1 個",
    "factors.key": "キー",
    "factors.factor": "排出原単位",
    "factors.unit": "単位",
    "factors.type": "種別",
    "factors.source": "出典",
    "factors.licence": "ライセンス",
    "factors.field.key": "キー",
    "factors.field.name": "名称",
    "factors.field.name_ja": "名称(日本語)",
    "factors.field.factor": "排出原単位(kg-CO2e/単位)",
    "factors.field.unit": "単位",
    "factors.field.unit_given": "記載の単位",
    "factors.field.factor_given": "記載の原単位",
    "factors.field.data_type": "データ種別",
    "factors.field.source": "出典",
    "factors.field.source_ref": "出典内の参照",
    "factors.field.licence": "ライセンス",
    "factors.field.geography": "地域",
    "factors.field.reference_year": "基準年",
    "factors.field.origin": "読込元",
    "factors.field.aliases": "別名",
    "factors.field.note": "備考",
    "factors.field.builtin": "内蔵データ",
    "factors.yes": "はい",
    "factors.no": "いいえ",
    "materials.grade": "材質",
    "materials.category": "分類",
    "materials.parts": "部品数",
    "materials.mass": "製品当たり質量 kg",
    "materials.matched": "対応方法",
    "materials.no_factor": "原単位なし",
    "init.written": "テンプレートを {path} に書き出しました",
    "calc.written": "{path} を書き出しました",
    # --- batch runs and `cfp diff` (cli/batch.py, lca/batch.py, cli/diff.py, lca/diff.py) ---
    "batch.no_boms_in_dir": (
        "フォルダ {path} に部品表ブック(*.xlsx、*.xlsm)がありません。ブックを置くか、"
        "ファイル名を指定してください。"
    ),
    "batch.no_match": (
        "{pattern} に一致する部品表ブック(*.xlsx、*.xlsm)がありません。パターンを確認してください"
        "(サブフォルダも探すには ** を使います)。"
    ),
    "batch.same_stem": (
        "{first} と {second} はどちらも {out} に {name}.json を書き出します。"
        "どちらかの名前を変えるか、別の --out フォルダで実行してください。"
    ),
    "batch.reserved_name": (
        "{path}: {name} という名前の部品表はバッチ集計ファイルを上書きします。"
        "ファイル名を変えてください。"
    ),
    "batch.timestamp": (
        "--timestamp {value} は ISO 8601 形式の日時ではありません。例: 2026-04-01T00:00:00Z"
    ),
    "batch.source_date_epoch": (
        "SOURCE_DATE_EPOCH={value} は 1970 年からの秒数(整数)ではありません。例: 1775001600。"
        "または設定を外してください。"
    ),
    "batch.baseline_missing": (
        "--baseline {path}: フォルダがありません。以前の実行の --out フォルダを指定してください。"
    ),
    "batch.internal": "内部エラー: {detail}(--debug を付けて再実行し、報告してください)",
    "batch.worker_died": (
        "この部品表を計算中のワーカープロセスが異常終了しました(メモリ不足の可能性)。"
        "このファイルだけで再実行してエラーを確認してください。"
    ),
    "batch.over_budget": "{total} kg-CO2e が上限 {budget} kg-CO2e を超えています",
    "batch.more_problems": "…ほか {count} 件",
    "batch.status.ok": "正常",
    "batch.status.gate_failed": "上限超過",
    "batch.status.invalid": "入力エラー",
    "batch.status.error": "内部エラー",
    "batch.summary": (
        "部品表 {count} 件: 正常 {ok}、上限超過 {gate_failed}、入力エラー {invalid}、"
        "内部エラー {error}({seconds:.1f} 秒)。終了コード {code}。"
    ),
    "batch.problems_of": "{file}: 問題 {count} 件",
    "batch.written": "{paths} を書き出しました",
    "batch.title": "バッチ集計",
    "label.file": "ファイル",
    "label.status": "状態",
    "label.budget": "上限",
    "label.baseline": "基準",
    "label.change": "変化",
    "budgets.read": (
        "{path}: 上限ファイルを読めません({detail})。CSV(UTF-8 または Shift_JIS)"
        "で保存してください。"
    ),
    "budgets.columns": (
        "{path}: 上限ファイルの 1 行目に「product」または「file」列と「max_kg_co2e」"
        "列が必要です(見つかった列: {found})。"
    ),
    "budgets.value": (
        "{path} {row} 行目: max_kg_co2e「{value}」が 0 以上の数値ではありません。kg-CO2e "
        "で記入してください(例: 12.5)。"
    ),
    "budgets.unused": (
        "{kind}「{key}」の上限に一致する部品表がこの実行にありません。綴りを確認してください。"
    ),
    "diff.not_found": (
        "{path}: ファイルまたはフォルダがありません。`cfp calc ... --out DIR` "
        "が書き出した結果フォルダを 2 つ指定してください。"
    ),
    "diff.no_results": (
        "{path}: 結果ファイル(*.json)がありません。`cfp calc ... --out DIR` "
        "が書き出したフォルダを指定してください。"
    ),
    "diff.unreadable": (
        "{path}: cfp の結果ファイルではありません({detail})。`cfp calc --out` "
        "が書き出す部品表ごとの JSON を比較してください。"
    ),
    "diff.threshold": "{option} には 0 以上の数値を指定してください。",
    "diff.status.increased": "増加",
    "diff.status.decreased": "減少",
    "diff.status.unchanged": "変化なし",
    "diff.status.added": "新規(基準になし)",
    "diff.status.removed": "削除(新しい結果になし)",
    "diff.over": "しきい値超過",
    "diff.by_stage": "段階別",
    "diff.lines": "変化の大きい明細",
    "diff.amount": "活動量",
    "diff.factor": "原単位",
    "diff.flow": "フロー",
    "diff.line_added": "新しい明細",
    "diff.line_removed": "削除された明細",
    "diff.summary": (
        "製品 {count} 件: 増加 {increased}、減少 {decreased}、変化なし {unchanged}、新規 {added}、"
        "削除 {removed}。しきい値超過 {failed}。終了コード {code}。"
    ),
    # --- command-line usage -------------------------------------------------------------
    "usage.gwp": "--gwp {value}: AR5 か AR6 を指定してください。",
    "usage.report_kind": "--report {value}: {kinds} のいずれかを指定してください。",
    "usage.report_needs_out": "--report には報告書の出力フォルダ --out DIR が必要です。",
    "usage.factor_columns": (
        "--factor-columns: '{item}' は 項目=見出し の形ではありません(例: key=製品コード)。"
    ),
    "usage.exists": "{path} は既にあります。置き換えるには --force を付けてください。",
    "usage.no_factor": "排出原単位 '{key}' はありません(cfp factors search {key} で検索できます)。",
    "usage.range": "{option} {value}: {low} から {high} までの数を指定してください。",
    "usage.at_least": "{option} {value}: {low} 以上の整数を指定してください。",
    "xlsx.too_many_rows": (
        "インベントリは {rows} 行になりますが、Excel のシートは最大 {limit} 行です。この部品表は "
        "--report xlsx ではなく --format csv か json で出力してください。"
    ),
    "usage.pact_version": (
        "PACT 仕様バージョン {value} には対応していません。cfp が書けるのは {versions} です(v2.x "
        "は非対応)。"
    ),
    # --- PACT export --------------------------------------------------------------------
    "pact.company": "PACTには会社名が必須です: 設定シートの「会社名」を記入してください",
    "pact.declared_unit": (
        "宣言単位「{value}」: PACT出力は個数(例: 「1 個」)またはkg(「1 kg」)のみ対応です。"
        "設定シートの「宣言単位」を直してください"
    ),
    "pact.reference_period": (
        "対象期間「{value}」: 2025-04-01/2026-03-31、2025、2025年度 のように設定シートの「対象期間"
        "」に記入してください"
    ),
    "pact.geography": (
        "地域「{value}」: 国コード(JP)、都道府県コード(JP-13)または Global を設定シートの「地域」"
        "に記入してください"
    ),
    "pact.id": "PACT id「{value}」: UUID形式で記入するか空欄にしてください",
    "pact.company_id": (
        "会社ID「{value}」: PACTではURN形式(例: urn:company:example:company1)"
        "で設定シートの「会社ID」に記入してください"
    ),
    # --- defensible numbers (issue 10): precedence, silent errors, data loss ---------
    "calc.not_finite": (
        "品番「{part}」の{stage}の排出量が有限の数になりません(活動量 {amount}、原単位 {factor}): "
        "数量・重量・時間が極端に大きい値です。この行を確認してください。"
    ),
    "calc.total_not_finite": (
        "合計が桁あふれしました(有限の数になりません): 数量や重量に極端に大きい値があります。"
        "部品表の数値を確認してください。"
    ),
    "factor.negative": (
        "キー「{key}」の排出原単位 {factor} が負の値です。リサイクル等のクレジットはクレードル・"
        "トゥ・ゲートの合計に含めません。0 以上の排出量を入力し、クレジットは別に報告してください。"
    ),
    "factor.column_not_found": (
        "--factor-columns は「{field}」を見出し「{header}」に対応付けていますが、どの --factors "
        "ファイルにもその見出しがありません。見出しのつづりを確認してください。"
    ),
    "master.missing_column": (
        "{kind} の表に {column} の列がありません。この見出しの列を追加してください(ないとこのファイ"
        "ル・シートを使えません)。"
    ),
    "output.is_input": (
        "この出力先は入力ファイル「{input}」を上書きしてしまいます。別の出力ファイル・"
        "フォルダを指定してください(cfp は入力ファイルを上書きしません)。"
    ),
    "warn.zero_factor": (
        "排出原単位「{factor}」が 0 です({origin}): カットオフ法でのリサイクル材なら正しい値です。"
        "入力ミスでないか確認してください。"
    ),
    "warn.part_inconsistent": (
        "品番「{part}」が複数の行で異なる材質・分類・重量になっています({sheet} の {rows} 行目)。"
        "どれが正しいか確認してください。"
    ),
    "warn.part_inconsistent.many": (
        "{count} 件の品番が複数の行で異なる材質・分類・重量になっています({first} ほか {more} 件)。"
        "どれが正しいか確認してください。"
    ),
    "warn.hidden_sheet": (
        "非表示のシート「{sheet}」を読み込んで使用しました。計算に含めてよいか確認してください。"
    ),
    "usage.factor_columns_field": (
        "--factor-columns: 「{field}」という項目はありません。次のいずれかを使ってください:"
        " {fields}"
    ),
    # --- malformed result files read by `cfp diff` / --baseline (lca/diff.py) -----------
    "diff.too_large": (
        "ファイルが {size} MB あり、cfp が結果ファイルとして読む上限 {limit} MB を超えています(10 "
        "万行の部品表の結果で約 150 MB)。cfp の結果ファイルか確認してください。"
    ),
    "diff.os_error": "読み込めません({reason})。ファイルと権限を確認してください。",
    "diff.not_json": (
        "JSON ではありません: {line} 行 {column} 列目({detail})。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.not_utf8": (
        "UTF-8 のテキストではありません({offset} バイト目を解読できません)。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.too_deep": (
        "配列やオブジェクトの入れ子が深すぎて読み込めません(cfp の結果は 4 段まで)。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を比較してください。"
    ),
    "diff.bad_type": (
        "{json_path}: {hint}が必要ですが {value} です。cfp calc が書き出した結果ファイル(--format "
        "json または --out)を編集せずに比較してください。"
    ),
    "diff.bad_cell": (
        "{json_path}(列 {column}): {hint}が必要ですが {value} です。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.missing_key": (
        "{json_path} がありません({hint}が必要です)。cfp calc が書き出した結果ファイル(--format "
        "json または --out)を編集せずに比較してください。"
    ),
    "diff.duplicate_key": (
        "{json_path}: キー {key} が {count} 回あり、どの値を使うか決まりません。1 "
        "つだけにしてください。"
    ),
    "diff.duplicate_column": (
        "{json_path}: 列 {value} が 2 回あります(最初は {first})。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.missing_column": (
        "{json_path}: 比較に必要な列 {column} がありません。cfp calc が書き出した結果ファイル"
        "(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.row_length": (
        "{json_path} の値が {count} 個ですが、列は {columns} 個です。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.kind.object": "JSON オブジェクト {…}",
    "diff.kind.array": "配列 […]",
    "diff.kind.number": "有限の数値",
    "diff.kind.number_or_null": "有限の数値か null",
    "diff.kind.text": "文字列",
    "diff.kind.text_or_null": "文字列か null",
    "diff.kind.unicode": "不対サロゲート(\\udc80 など)を含まない文字列",
    "diff.kind.inventory": (
        "オブジェクト {\"columns\": [...], \"rows\": [...]} か行オブジェクトの配列"
    ),
    # --- bounded, honest reading of workbooks (issue 10, lca/xlsxguard.py) -------------
    "file.xls": (
        "Excel 97-2003 形式のブック(.xls)です。cfp は読み込む前に大きさを確認できる .xlsx/.xlsm "
        "だけを読みます。Excel で開き、.xlsx 形式で保存してください(ファイル > 名前を付けて保存 > "
        "Excel ブック)。"
    ),
    "file.xlsb": (
        "Excel バイナリ形式のブック(.xlsb)です。cfp は .xlsx/.xlsm だけを読みます。Excel で開き、"
        ".xlsx 形式で保存してください(ファイル > 名前を付けて保存 > Excel ブック)。"
    ),
    "file.ods": (
        "OpenDocument 形式(.ods)で、Excel ブックではありません。cfp は .xlsx/.xlsm だけを読みます。"
        "Excel か LibreOffice で .xlsx 形式(Excel 2007-365)で保存してください。"
    ),
    "file.encrypted": (
        "ブックが暗号化(パスワード保護)されているため読めません。Excel で開き、"
        "パスワードを解除して(ファイル > 情報 > ブックの保護 > パスワードを使用して暗号化: "
        "空にする)保存してください。"
    ),
    "file.no_sheets": (
        "ブックにワークシートがありません。部品表のシートを追加して保存し直してください。"
    ),
    "file.part_too_large": (
        "ファイル内の {part} が大きすぎます。展開すると {size} MB で、上限 {limit} MB を超えます。"
        "部品表にはありえない大きさで、正常なブックではない可能性があります。それでも読む場合は "
        "--max-unzipped-mb N で上限を上げてください。"
    ),
    "file.unzipped_too_large": (
        "ブックが大きすぎます。展開すると {size} MB で、上限 {limit} MB を超えます。cfp "
        "が使わない画像やシートを削除するか、--max-unzipped-mb N で上限を上げてください。"
    ),
    "file.zip_ratio": (
        "ファイル内の {part} の圧縮率が {ratio}:1 で、正常なブックではありえません(読むのは"
        " {limit}:1 まで)。zip 爆弾の疑いがあります。本物のブックなら Excel "
        "で開いて保存し直してください。"
    ),
    "file.zip_size_lies": (
        "ファイル内の {part} に、zip ヘッダーが示す {size} MB を超えるデータがあります。"
        "ファイルが壊れているか改変されています。Excel で開いて保存し直してください。"
    ),
    "file.shared_strings_count": (
        "共有文字列テーブルが {count} 個の文字列を宣言していますが、最大 {most} 個しか入りません。"
        "ファイルが壊れているか改変されています。Excel で開いて保存し直してください。"
    ),
    "sheet.too_many_cells": (
        "シートが大きすぎます。セル範囲が A1:{corner}({rows} 行 x {cols} 列 = {cells} セル)で、"
        "上限 {limit} を超えます。表から離れた位置({corner})の値が範囲を広げています。"
        "表の外の行と列を削除して保存するか、--max-cells N で上限を上げてください。"
    ),
    "sheet.too_many_cell_elements": (
        "シートに {count} 個のセルがあり、上限 {limit} を超えます。正常な部品表ではない可能性があり"
        "ます。それでも読む場合は --max-cells N で上限を上げてください。"
    ),
    "cell.excel_error": (
        "{value} — 値を入力するか、Excel でブックを開いて保存し、数式を計算させてください。"
    ),
    "cell.formula_no_value": (
        "数式 {value} に計算結果が保存されていません — 値を入力するか、Excel "
        "でブックを開いて保存し、数式を計算させてください。"
    ),
    "cell.shared_formula_no_value": (
        "数式に計算結果が保存されていません — 値を入力するか、Excel でブックを開いて保存し、"
        "数式を計算させてください。"
    ),
    "csv.too_large": (
        "ファイルが大きすぎます({size} MB)。CSV の上限 {limit} MB を超えます。分割するか、"
        "--max-unzipped-mb N で上限を上げてください。"
    ),
    "csv.too_many_cells": (
        "{line} 行目までにセル(行 x 列)が上限 {limit} を超えました。分割するか、--max-cells N "
        "で上限を上げてください。"
    ),
    "csv.field_too_long": (
        "{line} 行目: 項目が {limit} 文字を超えています。引用符(\")が閉じていない可能性があります。"
        "その行を確認してください。"
    ),
    "csv.malformed": (
        "{line} 行目: CSV として読めません({detail})。表を CSV(UTF-8)で保存し直してください。"
    ),
    "csv.is_workbook": (
        "CSV テキストではなくブックです。拡張子を .xlsx に変えるか、Excel で CSV "
        "として保存してください。"
    ),
    # --- cfp serve (PACT v3 host) and cfp clients ---------------------------------------
    "serve.started": (
        "{path} の {count} 件のフットプリントを {url} で {clients} クライアントに提供しています"
        "(PACT v3、HTTPS のみ)。Ctrl+C で停止します。"
    ),
    "serve.empty": (
        "{path} にはまだフットプリント(*-pact.json)がありません。書き出されるとすぐに提供されます"
        "(cfp calc BOM --report pact --out {path})。"
    ),
    "serve.no_folder": (
        "結果フォルダー {path} が存在しないかフォルダーではありません。cfp calc ... --report pact "
        "の --out フォルダーを指定してください。"
    ),
    "serve.folder_unreadable": (
        "結果フォルダー {path} を読めません({reason})。前に読んだフットプリントを提供し続けます。"
    ),
    "serve.tls_missing": (
        "TLS ファイル {path} が見つかりません。--tls-cert と --tls-key で証明書と鍵(PEM)"
        "を指定してください。"
    ),
    "serve.tls_bad": (
        "TLS 証明書 {cert} と鍵 {key} を使えません({reason})。PEM 形式の証明書と、"
        "それに対応する暗号化されていない秘密鍵を指定してください。"
    ),
    "serve.bind": (
        "{host}:{port} で待ち受けできません({reason})。別の --port を選ぶか、"
        "使用中のプログラムを停止してください。"
    ),
    "serve.bad_ttl": "--token-ttl {value} は範囲外です。60〜86400 秒を指定してください。",
    "serve.bad_footprint.json": (
        "{path}: JSON として読めないためスキップしました({detail})。cfp calc ... --report pact "
        "で書き出し直してください。"
    ),
    "serve.bad_footprint.field": (
        "{path}: 項目 {field} が無いか PACT v3 の ProductFootprint として正しくないためスキップしま"
        "した。cfp calc ... --report pact で書き出し直してください。"
    ),
    "serve.bad_footprint.version": (
        "{path}: specVersion {value} は PACT v3 ではないためスキップしました(3.x のみ提供)。"
    ),
    "serve.bad_footprint.too_large": (
        "{path}: {limit} バイトを超えるためスキップしました(cfp のフットプリントではありません)。"
    ),
    "serve.bad_footprint.unreadable": "{path}: 読めないためスキップしました({reason})。",
    "serve.duplicate_id": (
        "{path}: フットプリント ID {id} は既に {first} から提供しているためスキップしました。ID "
        "を別にする(設定の PACT id)か、どちらかのファイルを削除してください。"
    ),
    "serve.changed": (
        "フォルダーが変わりました: 追加 {added}、置換 {replaced}、削除 {removed}。提供中 {total} "
        "件。"
    ),
    "serve.watch_polling": "フォルダーを監視できません({reason})。代わりに 2 秒ごとに確認します。",
    "serve.clients_reloaded": "クライアントファイルを再読み込みしました: {count} クライアント。",
    "serve.internal_error": (
        "{method} {path} で内部エラー: {error}(500 を返しました。--debug "
        "で再実行してトレースバックを報告してください)。"
    ),
    "serve.internal": (
        "サーバーの内部エラーです。後で再試行してください。データ所有者に記録されています。"
    ),
    "serve.token.missing": (
        "アクセストークンがありません。POST /auth/token で得たトークンを Authorization: Bearer "
        "<token> で送ってください。"
    ),
    "serve.token.malformed": "Authorization ヘッダーが「Bearer <token>」の形式ではありません。",
    "serve.token.invalid": (
        "アクセストークンが無効です。POST /auth/token で新しいトークンを取得してください。"
    ),
    "serve.token.expired": (
        "アクセストークンの有効期限が切れています。POST /auth/token で取得し直してください。"
    ),
    "serve.auth.form": (
        "トークン要求は application/x-www-form-urlencoded(grant_type=client_credentials)"
        "で送ってください。"
    ),
    "serve.auth.malformed": "トークン要求または Basic 認証情報を読み取れません。",
    "serve.auth.grant": "grant_type=client_credentials のみ対応しています。",
    "serve.auth.two_methods": (
        "クライアント認証情報は Basic ヘッダーかフォームのどちらか一方で送ってください。"
    ),
    "serve.auth.scope": "不明なスコープです。使えるスコープ: {scopes}。",
    "serve.auth.invalid": "クライアントが不明か、シークレットが違います。",
    "serve.auth.throttled": "ログインの失敗が多すぎます。{seconds} 秒後に再試行してください。",
    "serve.auth.failed_log": "クライアント「{client}」のログイン失敗({address} から)。",
    "serve.bad_host": "Host ヘッダーがホスト名またはアドレスではありません。",
    "serve.bad_id": "フットプリント ID は UUID(8-4-4-4-12 桁の 16 進数)です。",
    "serve.not_found": "この ID のフットプリントはありません。",
    "serve.access_denied": "このフットプリントを見る権限がありません。",
    "serve.no_route": (
        "そのエンドポイントはありません。API は /3/footprints、/3/footprints/{{id}}、/3/events、"
        "/auth/token です。"
    ),
    "serve.method": "このエンドポイントではこのメソッドは使えません。",
    "serve.bad_request": "リクエストを読み取れません。",
    "serve.body_too_large": "リクエスト本文が {limit} バイトを超えています。",
    "serve.filter.unknown": (
        "不明なクエリパラメーター「{name}」です。フィルターは {known} です(ホスト独自のパラメーター"
        "は x- で始まります)。"
    ),
    "serve.filter.limit": "limit は 1 回だけ、整数で指定してください(「{value}」)。",
    "serve.filter.time": (
        "{name} は 2025-04-01T00:00:00Z のような RFC 3339 の日時で指定してください(「{value}」)。"
    ),
    "serve.filter.cursor": (
        "ページ送りのカーソルが正しくありません。Link ヘッダーの URL をそのまま使ってください。"
    ),
    "serve.filter.too_long": "「{name}」の値が長すぎます。",
    "serve.filter.too_many": "{name} の値が多すぎます(最大 {max})。",
    "serve.event.content_type": "イベントは application/cloudevents+json で送ってください。",
    "serve.event.json": "イベントが JSON オブジェクトではありません。",
    "serve.event.field": (
        "イベントの {field} が無いか正しくありません(CloudEvents 1.0: specversion、id、source、"
        "type、time、data)。"
    ),
    "serve.event.specversion": (
        "specversion {value} には対応していません。CloudEvents 1.0 で送ってください。"
    ),
    "serve.event.type": (
        "不明なイベント種別 {value} です。PACT v3 の種別は .3 で終わります(例 "
        "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3)。"
    ),
    "serve.event.criterion": (
        "{field} は文字列か文字列のリストで指定してください(日時は RFC 3339)。"
    ),
    "serve.event.pfids": "data.pfIds はフットプリント ID(UUID)の空でないリストで指定してください。",
    "serve.event.no_endpoint": (
        "このクライアントにはイベントの送信先が設定されていないため、回答を届けられません。"
        "データ所有者に設定を依頼してください(cfp clients add --events-url)。"
    ),
    "serve.event.no_match": "要求に合う、閲覧可能なフットプリントはありません。",
    "serve.event.busy": "送信待ちのイベントが多すぎます。後で再試行してください。",
    "serve.event.received": "クライアント「{client}」から {type} を受信しました。",
    "serve.event.sent": "クライアント「{client}」に {type} を送信しました({url})。",
    "serve.event.retrying": (
        "クライアント「{client}」へのイベントを送れませんでした({reason})。間隔を空けて再送します。"
    ),
    "serve.event.failed": "クライアント「{client}」への {type} の送信を断念しました({reason})。",
    "serve.event.bad_endpoint": (
        "クライアント「{client}」のイベント送信先 {url} が https ではありません(http "
        "はループバックのみ)。送信しませんでした。"
    ),
    "serve.event.queue_full": (
        "イベントの送信待ちが満杯のため、クライアント「{client}」へのイベントを破棄しました。"
    ),
    "serve.event.dropped": "停止時に未送信のイベント {count} 件を破棄しました。",
    "serve.stopped": "サーバーを停止しました。",
    "clients.not_found": (
        "クライアントファイル {path} が見つかりません。cfp clients add CLIENT_ID --clients {path} "
        "で作成してください。"
    ),
    "clients.unreadable": (
        "クライアントファイル {path} を読めません({reason})。権限を確認してください。"
    ),
    "clients.invalid": (
        "クライアントファイル {path} が正しくありません({detail})。元に戻すか cfp clients add "
        "で作り直してください。"
    ),
    "clients.bad_id": (
        "クライアント ID「{value}」は使えません。英数字と . _ ~ - を 1〜64 文字で指定してください。"
    ),
    "clients.bad_secret": (
        "シークレットは英数字と . _ ~ - の 16〜256 文字にしてください(または標準入力なしか "
        "--generate で cfp に生成させてください)。"
    ),
    "clients.no_scope": (
        "クライアントが見られる範囲を指定してください: --company URN、--product URN(複数可、末尾の "
        "* は前方一致)または --all。"
    ),
    "clients.scope_conflict": "--all は --company や --product と同時に指定できません。",
    "clients.events_url": (
        "イベント URL {url} は https:// にしてください(http:// はループバックアドレスのみ)。"
    ),
    "clients.subscribe_no_url": (
        "--subscribe には --events-url(PublishedEvent の送信先)が必要です。"
    ),
    "clients.exists": (
        "クライアント {id} は {path} に既にあります。置き換えるには --force "
        "を付けてください(古いシークレットとトークンは無効になります)。"
    ),
    "clients.unknown": "{path} にクライアント {id} はありません。",
    "clients.no_secret": (
        "標準入力にシークレットがありません。パイプで渡す(printf %s \"$SECRET\" | cfp clients add "
        "...)か、--generate を使ってください。"
    ),
    "clients.added": "クライアント {id} を {path} に保存しました。閲覧範囲: {scope}。",
    "clients.generated": (
        "新しいシークレットを標準出力に表示しました。今すぐクライアントに渡してください。"
        "保存されるのはハッシュのみで、再表示はできません。"
    ),
    "clients.removed": (
        "クライアント {id} を {path} から削除しました。そのトークンは 1 秒以内に無効になります。"
    ),
    "clients.scope_all": "すべてのフットプリント",
    "clients.scope_companies": "会社 {values}",
    "clients.scope_products": "製品 {values}",
    "label.stdout": "標準出力",
    # --- titles -------------------------------------------------------------------------
    "report.title": "製品カーボンフットプリント(CFP)算定報告書",
    "report.subtitle": "ISO 14067:2018 に基づく部分 CFP(クレードル・トゥ・ゲート)",
    "sheet.title": "製品カーボンフットプリント",
    "sheet.subtitle": "部分 CFP・クレードル・トゥ・ゲート・ISO 14067:2018",
    "sheet.per": "kg-CO2e / {unit}",
    "sheet.breakdown": "ライフサイクル段階別の内訳",
    "sheet.facts": "算定範囲とデータ",
    "sheet.contributors": "排出量の多い部品",
    "sheet.note": (
        "宣言単位当たりの部分カーボンフットプリント(クレードル・トゥ・ゲート)で、ISO 14067:2018 "
        "に基づいて算定しました。比較主張ではなく、第三者検証は受けていません。詳細は CFP "
        "算定報告書を参照してください。"
    ),
    # --- report sections ----------------------------------------------------------------
    "sec.summary": "概要",
    "sec.scope": "目的と算定範囲",
    "sec.product": "対象製品と宣言単位",
    "sec.goal": "算定の目的と用途",
    "sec.boundary": "システム境界",
    "sec.cutoff": "カットオフ基準と除外",
    "sec.allocation": "配分",
    "sec.gwp": "影響領域と GWP",
    "sec.data": "データとデータ品質",
    "sec.data_types": "一次データ・二次データ・代替データ",
    "sec.databases": "原単位データベース",
    "sec.factors": "使用した排出原単位",
    "sec.energy": "加工エネルギー: 実測と推計",
    "sec.results": "算定結果",
    "sec.by_stage": "ライフサイクル段階別",
    "sec.by_part": "部品別",
    "sec.pareto": "上位 10 部品(パレート図)",
    "sec.by_category": "材料分類別",
    "sec.by_process": "工程別",
    "sec.inventory": "インベントリ(部品ごとの入力と出力)",
    "sec.interpretation": "解釈",
    "sec.hotspots": "ホットスポット",
    "sec.quality": "データ品質と完全性",
    "sec.warnings": "計算時の警告",
    "sec.limitations": "前提条件と限界",
    "sec.traceability": "トレーサビリティ",
    "toc": "目次",
    "annex": "付録 {letter}.",
    # --- field labels -------------------------------------------------------------------
    "f.product": "製品",
    "f.product_id": "製品番号",
    "f.declared_unit": "宣言単位",
    "f.total": "カーボンフットプリント",
    "f.company": "事業者",
    "f.created": "作成日",
    "f.reference_period": "対象期間",
    "f.geography": "地域",
    "f.boundary": "システム境界",
    "f.standard": "準拠規格",
    "f.gwp": "GWP(特性化係数)",
    "f.pds": "一次データ比率",
    "f.measured_share": "加工電力の実測比率",
    "f.proxy_share": "代替原単位による排出量の比率",
    "f.verification": "第三者検証",
    "f.input_file": "入力ファイル",
    "f.sha256": "入力ファイルの SHA-256",
    "f.cfp_version": "cfp のバージョン",
    "f.builtin_sha256": "内蔵原単位表(factors.csv)の SHA-256",
    "f.settings": "使用した設定",
    "f.electricity": "電力の排出係数",
    "v.not_stated": "記載なし",
    "v.boundary": "クレードル・トゥ・ゲート",
    "v.standard": "ISO 14067:2018",
    "v.gwp": "IPCC {set} GWP100",
    "v.not_verified": "なし(未検証)",
    "v.none": "なし",
    "v.not_stated_hint": "記載なし(設定シートに「対象期間」を追加してください)",
    "setting.product_name": "製品名",
    "setting.product_id": "製品番号",
    "setting.declared_unit": "宣言単位",
    "setting.lot_size": "既定ロットサイズ",
    "setting.electricity_factor": "電力排出係数(kg-CO2e/kWh)",
    "setting.weight_unit": "重量単位",
    "setting.gwp": "GWP",
    "setting.company": "会社名",
    "setting.reference_period": "対象期間",
    "setting.geography": "地域",
    # --- table headers ------------------------------------------------------------------
    "h.row": "行",
    "h.level": "階層",
    "h.part_number": "品番",
    "h.name": "品名",
    "h.quantity": "製品当たり個数",
    "h.category": "材料分類",
    "h.stage": "段階",
    "h.kg": "kg-CO2e",
    "h.share": "構成比",
    "h.cumulative": "累積",
    "h.mass": "質量(kg)",
    "h.process": "工程",
    "h.kwh": "kWh",
    "h.measured_kwh": "実測 kWh",
    "h.estimated_kwh": "推計 kWh",
    "h.measured_share": "実測比率",
    "h.direction": "入出力",
    "h.flow": "フロー",
    "h.amount": "活動量",
    "h.unit": "単位",
    "h.factor": "原単位",
    "h.factor_unit": "原単位の単位",
    "h.factor_key": "原単位キー",
    "h.source": "出典・版",
    "h.reference": "出典内の参照",
    "h.origin": "読込元",
    "h.matched_by": "照合方法",
    "h.master_origin": "マスタデータの読込元",
    "h.parent_row": "親の行",
    "h.quantity_per_parent": "親当たり個数",
    "h.amount_per_piece": "1 個当たり活動量",
    "h.mass_basis": "重量の基準",
    "h.distance_km": "輸送距離(km)",
    "h.factor_given": "記載の原単位",
    "h.factor_unit_given": "記載の単位",
    "h.factor_gases": "ガス別の原単位",
    "mb.part_number": "品番",
    "mb.grade": "材質",
    "mb.grade_map": "材質マップのキー",
    "mb.category": "分類",
    "mb.mode": "輸送手段",
    "mb.electricity": "電力",
    "mb.scrap": "スクラップ",
    "h.licence": "ライセンス",
    "h.data_type": "データ種別",
    "h.energy_basis": "電力の根拠",
    "h.flows": "フロー数",
    "h.grade": "材質",
    "h.reason": "理由",
    "h.part_mass": "製品当たり質量(kg)",
    "h.rank": "順位",
    "h.item": "項目",
    "h.value": "値",
    "h.note": "備考",
    "h.total": "合計",
    "dir.in": "入力",
    "dir.out": "出力",
    # --- stages, data types, flows ------------------------------------------------------
    "stage.product": "製品",
    "stage_desc.materials": "原材料・購入部品の資源採取から製造まで。",
    "stage_desc.transport": "仕入先から自社工場までの原材料・部品の輸送。",
    "stage_desc.processing": "自社の製造工程(切削・熱処理・溶接・組立など)で使用する電力。",
    "stage_desc.waste": "自社加工で発生する切りくず・端材(素材重量 − 製品重量)の処理。",
    "dt.primary": "一次データ",
    "dt.secondary": "二次データ",
    "dt.proxy": "代替データ",
    "dt_desc.primary": "自社または仕入先が収集したデータ: 実測した電力量、仕入先固有の排出量。",
    "dt_desc.secondary": "その材料・エネルギー・サービスそのもののデータベース平均値・統計値。",
    "dt_desc.proxy": "実際の材料の代わりに、類似材料や範囲の狭い原単位で代用したもの。",
    "basis.measured": "実測",
    "basis.estimated": "推計",
    "flow.electricity_cycle": "電力(加工)",
    "flow.electricity_setup": "電力(段取)",
    "flow.scrap": "切りくず・端材の処理",
    "flow.product": "部品(製品重量)",
    "reason.no_factor": "排出原単位なし(--allow-missing)",
    "reason.cut_off": "排出原単位なし・質量基準のカットオフ内",
    "unit.kg_co2e_per": "kg-CO2e/{unit}",
    "builtin": "cfp 内蔵データ",
    "user_source": "利用者のデータ",
    # --- Excel workbook -----------------------------------------------------------------
    "xl.summary": "概要",
    "xl.inventory": "インベントリ",
    "xl.by_stage": "段階別",
    "xl.by_part": "部品別",
    "xl.by_category": "材料分類別",
    "xl.by_process": "工程別",
    "xl.factors": "排出原単位",
    "xl.notes": "注記",
    "xl.title": "カーボンフットプリント インベントリ – {product}",
    "xl.per_unit": "kg-CO2e / {unit}",
    "xl.top10": "上位 10 部品(パレート)",
    "xl.top10_sheet": "上位10部品",
    "xl.stage_chart": "ライフサイクル段階別の排出量",
    "xl.category_chart": "材料分類別の排出量",
    "xl.process_chart": "加工電力量",
    # --- prose --------------------------------------------------------------------------
    "text.goal": (
        "本算定は、ISO 14067:2018 に基づいて {product} の宣言単位当たりの部分カーボンフットプリント"
        "(クレードル・トゥ・ゲート)を定量化するものです。取引先(顧客)への提供(例: 顧客の Scope 3 "
        "カテゴリ 1 の算定)と、材料・仕入先・工程における削減機会の把握を目的とし、"
        "一般に公開する比較主張を意図したものではありません。"
    ),
    "text.declared_unit": (
        "宣言単位は、自社工場から出荷される製品 {unit} です。ライフサイクルを工場出荷(ゲート)"
        "までとするため、機能単位(使用段階)は定義しません。"
    ),
    "text.boundary": (
        "クレードル・トゥ・ゲート: 原材料の資源採取から、製品が自社工場を出荷されるまで。"
        "対象とする段階:"
    ),
    "text.boundary_out": (
        "境界外: 顧客への輸送、使用、廃棄・リサイクル、梱包材、資本財(設備・建物)、"
        "工程に割り付けていない工場共通のエネルギー(照明・空調・圧縮空気)、従業員の通勤。"
    ),
    "text.cutoff": (
        "cfp 自体はカットオフを行いません。重量と排出原単位のある部品表の行はすべて算入します。"
        "排出原単位が見つからず除外した行を下に示します。PCR(製品別算定ルール)がある場合は、"
        "そのカットオフ基準とこの一覧を照合してください(一般的な基準: 除外分が各ライフサイクル段階"
        "の排出量の 5% 未満であること)。"
    ),
    "text.cutoff_rule": (
        "質量基準のカットオフを適用: 排出原単位のない部品は、合計が製品質量の {limit} "
        "以下であれば除外します。本算定で除外したのは {mass} kg、製品質量({product_mass} kg)"
        "の {share} です。"
    ),
    "text.no_exclusions": "なし: 部品表のすべての行を算入しました。",
    "text.allocation": (
        "切りくず・端材(素材重量 − 製品重量)はカットオフ法で扱います。購入した素材の製造負荷は端材"
        "になる分も含めて全量を製品に計上し、端材にはその処理の負荷のみを計上します。"
        "リサイクルによる控除は行いません。加工電力は機械時間で部品に配分します(1 "
        "個当たりの加工時間と、ロット当たりの段取時間をロットサイズで割った値。実測値がある場合は "
        "1 個当たりの実測 kWh)。多階層部品表の数量は、各部品から製品までの経路に沿って掛け合わせま"
        "す。"
    ),
    "text.gwp": (
        "影響領域: 気候変動、GWP100(kg-CO2e)、IPCC {set}({name})の値を使用しました。"
        "ガス別の原単位はこの係数で換算しました。データベースの原単位の多くは既に CO2e です。"
        "生物起源炭素は区別して報告していません。"
    ),
    "text.gwp.AR6": "IPCC 2021 第 6 次評価報告書",
    "text.gwp.AR5": "IPCC 2013 第 5 次評価報告書",
    "text.data_types": (
        "使用した排出原単位の種類別の、合計排出量に占める比率です。活動量(重量・時間・距離)"
        "はすべて自社の部品表とマスタシートによるものです。"
    ),
    "text.pds": "一次データ比率(WBCSD PACT): 排出量の {share} が一次データによるものです。",
    "text.databases": (
        "原単位の出典(データベース・資料)と、出典名に記載の版です。内蔵原単位は cfp "
        "に同梱のオープンデータです(ライセンスと帰属表示は DATA_LICENSES.md)。IDEA や ecoinvent "
        "などのライセンス製品は同梱せず、利用者のファイルから読み込みます。"
    ),
    "text.energy": (
        "実測: 設備の積算電力計による 1 個当たりの kWh((終了値 − 開始値)÷ 加工数)。推計: 定格電力 "
        "× 時間 × 使用率。段取の電力は常に推計です。加工電力量のうち実測は {share} です。"
    ),
    "text.energy_none": "この部品表には加工エネルギーがありません。",
    "text.inventory": (
        "活動量は宣言単位当たり(製品当たり個数を乗じた値)です。入力には排出原単位を乗じます。"
        "出力の「部品」は工程を出る製品重量、「切りくず・端材」は処理に回る量です。"
    ),
    "text.capped": (
        "{count} 行のうち {shown} 行を表示しています。全行は Excel のインベントリブック({file})"
        "にあります。"
    ),
    "text.parts_capped": (
        "{count} 部品のうち排出量の多い {shown} 部品を表示しています。全部品は Excel "
        "のインベントリブック({file})にあります。"
    ),
    "text.no_warnings": "なし。",
    "text.no_process": "加工エネルギーはありません。",
    "text.electricity": "電力: {factor} kg-CO2e/kWh({source})。",
    # --- hotspots -----------------------------------------------------------------------
    "hot.stage": "最大のライフサイクル段階は{stage}で、{kg} kg-CO2e(合計の {share})です。",
    "hot.part": "最大の部品は {part} {name} で、{kg} kg-CO2e({share})です。",
    "hot.top_parts": "上位 {n} 部品で合計の {share} を占めます。",
    "hot.pareto": (
        "{count} 部品のうち {n} 部品で合計の 80% を占めます。削減の余地の大部分はこれらの部品にあり"
        "ます。"
    ),
    "hot.category": (
        "材料分類では{category}が全段階で {kg} kg-CO2e({share})を占めます(材料 {mass} kg)。"
    ),
    "hot.categories": "材料分類別の排出量: {items}。",
    "hot.process": "工程では{process}の電力使用が最大で、{kwh} kWh、{kg} kg-CO2e({share})です。",
    # --- data quality -------------------------------------------------------------------
    "q.pds": "一次データ比率: {share}。",
    "q.proxy": (
        "合計の {share} は代替原単位({keys})によるものです。より説明力のある結果にするには、"
        "仕入先固有のデータや IDEA などのデータベースに置き換えてください。"
    ),
    "q.no_proxy": "代替原単位は使用していません。",
    "q.energy": (
        "加工電力のうち {share} が実測で、残りは定格電力からの推計です(推計は一般に過大側)。"
    ),
    "q.excluded": "排出原単位がないため {count} 行を除外しました(カットオフ参照)。",
    "q.complete": "部品表のすべての行を算入しており、カットオフは行っていません。",
    # --- limitations --------------------------------------------------------------------
    "lim.proxy": (
        "合計の {share} は代替原単位({keys})によるものです。各代替原単位で含まれない範囲は原単位表"
        "の備考を参照してください。"
    ),
    "lim.estimated": (
        "加工電力の {share} は推計値(定格電力 × 時間 × 使用率)で、一般に実測より高めです。"
    ),
    "lim.overhead": (
        "工程に割り付けていない工場のエネルギー(照明・空調・圧縮空気・待機)は含みません。"
    ),
    "lim.transport": (
        "輸送は仕入先からの片道の入荷輸送のみで、原単位の平均積載率によります。帰り便は含みません。"
    ),
    "lim.masses": (
        "質量は部品表(製品重量・素材重量)によります。部品表の誤りはそのまま結果に反映されます。"
    ),
    "lim.uncertainty": (
        "不確実性は定量化していません。追跡できるよう、精度以上の桁数で表示しています。"
    ),
    "lim.boundary": (
        "輸送(出荷後)・使用・廃棄は境界外のため、ゆりかごから墓場までの CFP とは比較できません。"
    ),
    "lim.verification": "本算定はクリティカルレビュー・第三者検証を受けていません。",
}
