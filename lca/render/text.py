"""Every word the reports print, in English and Japanese, behind `t(key, lang, **params)`.

The templates are one set for both languages: they call `t('key')` and never contain
prose themselves. Kept apart from `messages.CATALOG` (the CLI's messages) because a
report is a document with its own long texts; warnings inside a report still come
from `messages.tr`. Parameters use str.format names; values from the BOM that are
put into a sentence are escaped by the template like any other text.
"""

from __future__ import annotations

# key: (English, Japanese)
LABELS: dict[str, tuple[str, str]] = {
    # --- titles -------------------------------------------------------------------------
    "report.title": ("Carbon Footprint of a Product (CFP) – Study Report",
                     "製品カーボンフットプリント(CFP)算定報告書"),
    "report.subtitle": ("Partial CFP, cradle to gate, according to ISO 14067:2018",
                        "ISO 14067:2018 に基づく部分 CFP(クレードル・トゥ・ゲート)"),
    "sheet.title": ("Product Carbon Footprint", "製品カーボンフットプリント"),
    "sheet.subtitle": ("Partial CFP · cradle to gate · ISO 14067:2018",
                       "部分 CFP・クレードル・トゥ・ゲート・ISO 14067:2018"),
    "sheet.per": ("kg-CO2e per {unit}", "kg-CO2e / {unit}"),
    "sheet.breakdown": ("Breakdown by life-cycle stage", "ライフサイクル段階別の内訳"),
    "sheet.facts": ("Scope and data", "算定範囲とデータ"),
    "sheet.contributors": ("Main contributing parts", "排出量の多い部品"),
    "sheet.note": (
        "Partial carbon footprint (cradle to gate) per declared unit, calculated according "
        "to ISO 14067:2018. It is not a comparative assertion and has not been verified by "
        "a third party. Details: CFP study report.",
        "宣言単位当たりの部分カーボンフットプリント(クレードル・トゥ・ゲート)で、ISO "
        "14067:2018 に基づいて算定しました。比較主張ではなく、第三者検証は受けていません。"
        "詳細は CFP 算定報告書を参照してください。"),
    # --- report sections ----------------------------------------------------------------
    "sec.summary": ("Summary", "概要"),
    "sec.scope": ("Goal and scope", "目的と算定範囲"),
    "sec.product": ("Product and declared unit", "対象製品と宣言単位"),
    "sec.goal": ("Goal and intended use", "算定の目的と用途"),
    "sec.boundary": ("System boundary", "システム境界"),
    "sec.cutoff": ("Cut-off criteria and exclusions", "カットオフ基準と除外"),
    "sec.allocation": ("Allocation", "配分"),
    "sec.gwp": ("Impact category and GWP set", "影響領域と GWP"),
    "sec.data": ("Data and data quality", "データとデータ品質"),
    "sec.data_types": ("Primary, secondary and proxy data", "一次データ・二次データ・代替データ"),
    "sec.databases": ("Factor databases", "原単位データベース"),
    "sec.factors": ("Emission factors used", "使用した排出原単位"),
    "sec.energy": ("Processing energy: measured and estimated", "加工エネルギー: 実測と推計"),
    "sec.results": ("Results", "算定結果"),
    "sec.by_stage": ("By life-cycle stage", "ライフサイクル段階別"),
    "sec.by_part": ("By part", "部品別"),
    "sec.pareto": ("Top 10 parts (Pareto)", "上位 10 部品(パレート図)"),
    "sec.by_category": ("By material category", "材料分類別"),
    "sec.by_process": ("By process", "工程別"),
    "sec.inventory": ("Life cycle inventory (inputs and outputs per part)",
                      "インベントリ(部品ごとの入力と出力)"),
    "sec.interpretation": ("Interpretation", "解釈"),
    "sec.hotspots": ("Hotspots", "ホットスポット"),
    "sec.quality": ("Data quality and completeness", "データ品質と完全性"),
    "sec.warnings": ("Warnings from the calculation", "計算時の警告"),
    "sec.limitations": ("Assumptions and limitations", "前提条件と限界"),
    "sec.traceability": ("Traceability", "トレーサビリティ"),
    "toc": ("Contents", "目次"),
    "annex": ("Annex {letter}.", "付録 {letter}."),
    # --- field labels -------------------------------------------------------------------
    "f.product": ("Product", "製品"),
    "f.product_id": ("Product number", "製品番号"),
    "f.declared_unit": ("Declared unit", "宣言単位"),
    "f.total": ("Carbon footprint", "カーボンフットプリント"),
    "f.company": ("Company", "事業者"),
    "f.created": ("Created", "作成日"),
    "f.reference_period": ("Reference period", "対象期間"),
    "f.geography": ("Geography", "地域"),
    "f.boundary": ("System boundary", "システム境界"),
    "f.standard": ("Standard", "準拠規格"),
    "f.gwp": ("GWP set", "GWP(特性化係数)"),
    "f.pds": ("Primary data share", "一次データ比率"),
    "f.measured_share": ("Measured processing energy", "加工電力の実測比率"),
    "f.proxy_share": ("Share calculated with proxy factors", "代替原単位による排出量の比率"),
    "f.verification": ("Third-party verification", "第三者検証"),
    "f.input_file": ("Input file", "入力ファイル"),
    "f.sha256": ("Input file SHA-256", "入力ファイルの SHA-256"),
    "f.cfp_version": ("cfp version", "cfp のバージョン"),
    "f.builtin_sha256": ("Built-in factor table SHA-256 (factors.csv)",
                         "内蔵原単位表(factors.csv)の SHA-256"),
    "f.settings": ("Settings used", "使用した設定"),
    "f.electricity": ("Electricity factor", "電力の排出係数"),
    "v.not_stated": ("not stated", "記載なし"),
    "v.boundary": ("Cradle to gate", "クレードル・トゥ・ゲート"),
    "v.standard": ("ISO 14067:2018", "ISO 14067:2018"),
    "v.gwp": ("IPCC {set} GWP100", "IPCC {set} GWP100"),
    "v.not_verified": ("none (not verified)", "なし(未検証)"),
    "v.none": ("none", "なし"),
    "v.not_stated_hint": ("not stated (add 対象期間/Reference period to the Settings sheet)",
                          "記載なし(設定シートに「対象期間」を追加してください)"),
    "setting.product_name": ("Product name", "製品名"),
    "setting.product_id": ("Product number", "製品番号"),
    "setting.declared_unit": ("Declared unit", "宣言単位"),
    "setting.lot_size": ("Default lot size", "既定ロットサイズ"),
    "setting.electricity_factor": ("Electricity factor (kg-CO2e/kWh)", "電力排出係数(kg-CO2e/kWh)"),
    "setting.weight_unit": ("Weight unit", "重量単位"),
    "setting.gwp": ("GWP set", "GWP"),
    "setting.company": ("Company", "会社名"),
    "setting.reference_period": ("Reference period", "対象期間"),
    "setting.geography": ("Geography", "地域"),
    # --- table headers ------------------------------------------------------------------
    "h.row": ("BOM row", "行"),
    "h.level": ("Level", "階層"),
    "h.part_number": ("Part number", "品番"),
    "h.name": ("Name", "品名"),
    "h.quantity": ("Qty/product", "製品当たり個数"),
    "h.category": ("Material category", "材料分類"),
    "h.stage": ("Stage", "段階"),
    "h.kg": ("kg-CO2e", "kg-CO2e"),
    "h.share": ("Share", "構成比"),
    "h.cumulative": ("Cumulative", "累積"),
    "h.mass": ("Mass (kg)", "質量(kg)"),
    "h.process": ("Process", "工程"),
    "h.kwh": ("kWh", "kWh"),
    "h.measured_kwh": ("Measured kWh", "実測 kWh"),
    "h.estimated_kwh": ("Estimated kWh", "推計 kWh"),
    "h.measured_share": ("Measured", "実測比率"),
    "h.direction": ("In/out", "入出力"),
    "h.flow": ("Flow", "フロー"),
    "h.amount": ("Amount", "活動量"),
    "h.unit": ("Unit", "単位"),
    "h.factor": ("Factor", "原単位"),
    "h.factor_unit": ("Factor unit", "原単位の単位"),
    "h.factor_key": ("Factor key", "原単位キー"),
    "h.source": ("Source and version", "出典・版"),
    "h.reference": ("Reference in source", "出典内の参照"),
    "h.origin": ("Loaded from", "読込元"),
    "h.matched_by": ("Matched by", "照合方法"),
    "h.master_origin": ("Master data from", "マスタデータの読込元"),
    "mb.part_number": ("part number", "品番"),
    "mb.grade": ("grade", "材質"),
    "mb.grade_map": ("grade map key", "材質マップのキー"),
    "mb.category": ("category", "分類"),
    "mb.mode": ("transport mode", "輸送手段"),
    "mb.electricity": ("electricity", "電力"),
    "mb.scrap": ("scrap", "スクラップ"),
    "h.licence": ("Licence", "ライセンス"),
    "h.data_type": ("Data type", "データ種別"),
    "h.energy_basis": ("Energy", "電力の根拠"),
    "h.flows": ("Flows", "フロー数"),
    "h.grade": ("Material", "材質"),
    "h.reason": ("Reason", "理由"),
    "h.part_mass": ("Mass per product (kg)", "製品当たり質量(kg)"),
    "h.rank": ("Rank", "順位"),
    "h.item": ("Item", "項目"),
    "h.value": ("Value", "値"),
    "h.note": ("Note", "備考"),
    "h.total": ("Total", "合計"),
    "dir.in": ("In", "入力"),
    "dir.out": ("Out", "出力"),
    # --- stages, data types, flows ------------------------------------------------------
    "stage.materials": ("Materials", "原材料"),
    "stage.transport": ("Transport", "輸送"),
    "stage.processing": ("Processing", "加工"),
    "stage.waste": ("Waste", "廃棄物"),
    "stage.product": ("Product", "製品"),
    "stage_desc.materials": (
        "Extraction and production of the raw materials and bought-in parts.",
        "原材料・購入部品の資源採取から製造まで。"),
    "stage_desc.transport": (
        "Inbound transport of materials and parts from the suppliers to our plant.",
        "仕入先から自社工場までの原材料・部品の輸送。"),
    "stage_desc.processing": (
        "Electricity used by our own manufacturing processes (machining, heat treatment, "
        "welding, assembly...).",
        "自社の製造工程(切削・熱処理・溶接・組立など)で使用する電力。"),
    "stage_desc.waste": (
        "Treatment of the chips and scrap of our own processing (raw minus net weight).",
        "自社加工で発生する切りくず・端材(素材重量 − 製品重量)の処理。"),
    "dt.primary": ("Primary", "一次データ"),
    "dt.secondary": ("Secondary", "二次データ"),
    "dt.proxy": ("Proxy", "代替データ"),
    "dt_desc.primary": (
        "collected by the company or its suppliers: measured energy, supplier-specific "
        "footprints.",
        "自社または仕入先が収集したデータ: 実測した電力量、仕入先固有の排出量。"),
    "dt_desc.secondary": (
        "database or statistical averages for the very material, energy or service.",
        "その材料・エネルギー・サービスそのもののデータベース平均値・統計値。"),
    "dt_desc.proxy": (
        "a factor for a similar material or a narrower scope standing in for the real one.",
        "実際の材料の代わりに、類似材料や範囲の狭い原単位で代用したもの。"),
    "basis.measured": ("measured", "実測"),
    "basis.estimated": ("estimated", "推計"),
    "flow.electricity_cycle": ("Electricity (cycle)", "電力(加工)"),
    "flow.electricity_setup": ("Electricity (set-up)", "電力(段取)"),
    "flow.scrap": ("Chips and scrap to treatment", "切りくず・端材の処理"),
    "flow.product": ("Part (net weight)", "部品(製品重量)"),
    "reason.no_factor": ("no emission factor (--allow-missing)",
                         "排出原単位なし(--allow-missing)"),
    "reason.cut_off": ("no emission factor; within the mass cut-off",
                       "排出原単位なし・質量基準のカットオフ内"),
    "unit.kg_co2e_per": ("kg-CO2e/{unit}", "kg-CO2e/{unit}"),
    "builtin": ("cfp built-in data", "cfp 内蔵データ"),
    "user_source": ("user's own source", "利用者のデータ"),
    # --- Excel workbook -----------------------------------------------------------------
    "xl.summary": ("Summary", "概要"),
    "xl.inventory": ("Inventory", "インベントリ"),
    "xl.by_stage": ("By stage", "段階別"),
    "xl.by_part": ("By part", "部品別"),
    "xl.by_category": ("By category", "材料分類別"),
    "xl.by_process": ("By process", "工程別"),
    "xl.factors": ("Factors", "排出原単位"),
    "xl.notes": ("Notes", "注記"),
    "xl.title": ("Carbon footprint inventory – {product}",
                 "カーボンフットプリント インベントリ – {product}"),
    "xl.per_unit": ("kg-CO2e per {unit}", "kg-CO2e / {unit}"),
    "xl.top10": ("Top 10 parts (Pareto)", "上位 10 部品(パレート)"),
    "xl.top10_sheet": ("Top 10 parts", "上位10部品"),
    "xl.stage_chart": ("Emissions by life-cycle stage", "ライフサイクル段階別の排出量"),
    "xl.category_chart": ("Emissions by material category", "材料分類別の排出量"),
    "xl.process_chart": ("Processing electricity", "加工電力量"),
    # --- prose --------------------------------------------------------------------------
    "text.goal": (
        "This study quantifies the partial carbon footprint (cradle to gate) of {product} "
        "per declared unit according to ISO 14067:2018. It is meant to be given to business "
        "customers, for example for their Scope 3 category 1 accounting, and to find "
        "reduction opportunities in materials, suppliers and processes. It is not intended "
        "for comparative assertions disclosed to the public.",
        "本算定は、ISO 14067:2018 に基づいて {product} の宣言単位当たりの部分カーボンフット"
        "プリント(クレードル・トゥ・ゲート)を定量化するものです。取引先(顧客)への提供"
        "(例: 顧客の Scope 3 カテゴリ 1 の算定)と、材料・仕入先・工程における削減機会の把握を"
        "目的とし、一般に公開する比較主張を意図したものではありません。"),
    "text.declared_unit": (
        "The declared unit is {unit} of the product as it leaves our plant. As the life "
        "cycle ends at the factory gate, no functional unit (use) is defined.",
        "宣言単位は、自社工場から出荷される製品 {unit} です。ライフサイクルを工場出荷(ゲート)"
        "までとするため、機能単位(使用段階)は定義しません。"),
    "text.boundary": (
        "Cradle to gate: from the extraction of raw materials to the product leaving our "
        "plant. Included stages:",
        "クレードル・トゥ・ゲート: 原材料の資源採取から、製品が自社工場を出荷されるまで。"
        "対象とする段階:"),
    "text.boundary_out": (
        "Outside the boundary: distribution to the customer, use, end of life, packaging, "
        "capital goods (machines, buildings), plant energy not assigned to a process "
        "(lighting, air conditioning, compressed air) and employee commuting.",
        "境界外: 顧客への輸送、使用、廃棄・リサイクル、梱包材、資本財(設備・建物)、工程に"
        "割り付けていない工場共通のエネルギー(照明・空調・圧縮空気)、従業員の通勤。"),
    "text.cutoff": (
        "cfp applies no cut-off of its own: every BOM row with a weight and an emission "
        "factor is included. Rows left out because no emission factor was found are listed "
        "below. Where a product category rule (PCR) applies, its cut-off rule is to be "
        "checked against this list (a common rule: what is cut off stays below 5 % of the "
        "emissions of each life-cycle stage).",
        "cfp 自体はカットオフを行いません。重量と排出原単位のある部品表の行はすべて算入します。"
        "排出原単位が見つからず除外した行を下に示します。PCR(製品別算定ルール)がある場合は、"
        "そのカットオフ基準とこの一覧を照合してください(一般的な基準: 除外分が各ライフサイクル"
        "段階の排出量の 5% 未満であること)。"),
    "text.cutoff_rule": (
        "Mass cut-off rule in force: parts without an emission factor that together weigh at "
        "most {limit} of the product are left out. Left out here: {mass} kg, {share} of the "
        "product mass ({product_mass} kg).",
        "質量基準のカットオフを適用: 排出原単位のない部品は、合計が製品質量の {limit} 以下で"
        "あれば除外します。本算定で除外したのは {mass} kg、製品質量({product_mass} kg)の "
        "{share} です。"),
    "text.no_exclusions": (
        "None: every BOM row was included.",
        "なし: 部品表のすべての行を算入しました。"),
    "text.allocation": (
        "Chips and scrap (raw minus net weight) follow the cut-off (recycled content) "
        "approach: the product carries the full production burden of the raw material "
        "bought, including the part that becomes scrap, and the scrap carries only its "
        "treatment; no credit is given for recycling. Processing electricity is allocated to "
        "parts by machine time: cycle time per piece plus set-up time per lot divided by the "
        "lot size (measured kWh per piece where available). Quantities of a multi-level BOM "
        "are multiplied along the path from each part to the product.",
        "切りくず・端材(素材重量 − 製品重量)はカットオフ法で扱います。購入した素材の製造負荷は"
        "端材になる分も含めて全量を製品に計上し、端材にはその処理の負荷のみを計上します。"
        "リサイクルによる控除は行いません。加工電力は機械時間で部品に配分します(1 個当たりの"
        "加工時間と、ロット当たりの段取時間をロットサイズで割った値。実測値がある場合は 1 個"
        "当たりの実測 kWh)。多階層部品表の数量は、各部品から製品までの経路に沿って掛け合わせ"
        "ます。"),
    "text.gwp": (
        "Impact category: climate change, GWP100 (kg-CO2e) with the IPCC {set} values "
        "({name}). Factors given per gas were converted with this set; most database "
        "factors are already in CO2e. Biogenic carbon is not reported separately.",
        "影響領域: 気候変動、GWP100(kg-CO2e)、IPCC {set}({name})の値を使用しました。"
        "ガス別の原単位はこの係数で換算しました。データベースの原単位の多くは既に CO2e です。"
        "生物起源炭素は区別して報告していません。"),
    "text.gwp.AR6": ("IPCC 2021, Sixth Assessment Report", "IPCC 2021 第 6 次評価報告書"),
    "text.gwp.AR5": ("IPCC 2013, Fifth Assessment Report", "IPCC 2013 第 5 次評価報告書"),
    "text.data_types": (
        "Shares of the total footprint by the type of the emission factor used. Activity "
        "data (weights, times, distances) come from the company's own BOM and master sheets "
        "in every case.",
        "使用した排出原単位の種類別の、合計排出量に占める比率です。活動量(重量・時間・距離)は"
        "すべて自社の部品表とマスタシートによるものです。"),
    "text.pds": (
        "Primary data share (WBCSD PACT): {share} of the footprint is calculated with "
        "primary data.",
        "一次データ比率(WBCSD PACT): 排出量の {share} が一次データによるものです。"),
    "text.databases": (
        "Each database or source the factors come from, with its version as stated in the "
        "source name. Built-in factors are open data shipped with cfp (licences and "
        "attribution in DATA_LICENSES.md); licensed databases such as IDEA or ecoinvent are "
        "never shipped and are loaded from the user's own files.",
        "原単位の出典(データベース・資料)と、出典名に記載の版です。内蔵原単位は cfp に同梱の"
        "オープンデータです(ライセンスと帰属表示は DATA_LICENSES.md)。IDEA や ecoinvent など"
        "のライセンス製品は同梱せず、利用者のファイルから読み込みます。"),
    "text.energy": (
        "Measured: kWh per piece from the machine's energy meter, (end reading − start "
        "reading) ÷ pieces. Estimated: rated power × time × utilisation. Set-up energy is "
        "always estimated. Measured electricity: {share} of the processing kWh.",
        "実測: 設備の積算電力計による 1 個当たりの kWh((終了値 − 開始値)÷ 加工数)。推計: "
        "定格電力 × 時間 × 使用率。段取の電力は常に推計です。加工電力量のうち実測は {share} "
        "です。"),
    "text.energy_none": ("No processing energy in this BOM.", "この部品表には加工エネルギーが"
                         "ありません。"),
    "text.inventory": (
        "Amounts are per declared unit (quantity per product included). Inputs carry an "
        "emission factor; the output \"part\" is the net weight leaving the process, the "
        "output \"chips and scrap\" goes to treatment.",
        "活動量は宣言単位当たり(製品当たり個数を乗じた値)です。入力には排出原単位を乗じます。"
        "出力の「部品」は工程を出る製品重量、「切りくず・端材」は処理に回る量です。"),
    "text.capped": (
        "Showing {shown} of {count} rows. The complete table is in the Excel inventory "
        "workbook ({file}).",
        "{count} 行のうち {shown} 行を表示しています。全行は Excel のインベントリブック"
        "({file})にあります。"),
    "text.parts_capped": (
        "Showing the {shown} largest of {count} parts. All parts are in the Excel inventory "
        "workbook ({file}).",
        "{count} 部品のうち排出量の多い {shown} 部品を表示しています。全部品は Excel の"
        "インベントリブック({file})にあります。"),
    "text.no_warnings": ("None.", "なし。"),
    "text.no_process": ("No processing energy.", "加工エネルギーはありません。"),
    "text.electricity": (
        "Electricity: {factor} kg-CO2e/kWh ({source}).",
        "電力: {factor} kg-CO2e/kWh({source})。"),
    # --- hotspots -----------------------------------------------------------------------
    "hot.stage": (
        "{stage} is the largest life-cycle stage with {kg} kg-CO2e ({share} of the total).",
        "最大のライフサイクル段階は{stage}で、{kg} kg-CO2e(合計の {share})です。"),
    "hot.part": (
        "The largest part is {part} {name} with {kg} kg-CO2e ({share}).",
        "最大の部品は {part} {name} で、{kg} kg-CO2e({share})です。"),
    "hot.top_parts": (
        "The top {n} parts make up {share} of the total.",
        "上位 {n} 部品で合計の {share} を占めます。"),
    "hot.pareto": (
        "{n} of {count} parts account for 80 % of the total: improving these gives most of "
        "the reduction potential.",
        "{count} 部品のうち {n} 部品で合計の 80% を占めます。削減の余地の大部分はこれらの"
        "部品にあります。"),
    "hot.category": (
        "The material category {category} contributes {kg} kg-CO2e ({share}) over all "
        "stages, for {mass} kg of material.",
        "材料分類では{category}が全段階で {kg} kg-CO2e({share})を占めます(材料 {mass} kg)。"),
    "hot.categories": (
        "Material categories by emissions: {items}.",
        "材料分類別の排出量: {items}。"),
    "hot.process": (
        "Among processes, {process} uses the most electricity: {kwh} kWh, {kg} kg-CO2e "
        "({share}).",
        "工程では{process}の電力使用が最大で、{kwh} kWh、{kg} kg-CO2e({share})です。"),
    # --- data quality -------------------------------------------------------------------
    "q.pds": (
        "Primary data share: {share}.",
        "一次データ比率: {share}。"),
    "q.proxy": (
        "{share} of the total is calculated with proxy factors ({keys}). Replace them with "
        "supplier-specific data or a database such as IDEA for a more defensible result.",
        "合計の {share} は代替原単位({keys})によるものです。より説明力のある結果にするには、"
        "仕入先固有のデータや IDEA などのデータベースに置き換えてください。"),
    "q.no_proxy": ("No proxy factors were used.", "代替原単位は使用していません。"),
    "q.energy": (
        "{share} of the processing electricity is measured; the rest is estimated from "
        "rated power, which usually overstates it.",
        "加工電力のうち {share} が実測で、残りは定格電力からの推計です(推計は一般に過大側)。"),
    "q.excluded": (
        "{count} BOM row(s) left out for want of an emission factor (see cut-off).",
        "排出原単位がないため {count} 行を除外しました(カットオフ参照)。"),
    "q.complete": (
        "Every BOM row is included; no cut-off was applied.",
        "部品表のすべての行を算入しており、カットオフは行っていません。"),
    # --- limitations --------------------------------------------------------------------
    "lim.proxy": (
        "Proxy factors stand in for {share} of the total ({keys}); see the notes in the "
        "factor table for what each proxy leaves out.",
        "合計の {share} は代替原単位({keys})によるものです。各代替原単位で含まれない範囲は"
        "原単位表の備考を参照してください。"),
    "lim.estimated": (
        "{share} of the processing electricity is estimated (rated power × time × "
        "utilisation); estimates are usually higher than measurements.",
        "加工電力の {share} は推計値(定格電力 × 時間 × 使用率)で、一般に実測より高めです。"),
    "lim.overhead": (
        "Plant energy not assigned to a process (lighting, air conditioning, compressed "
        "air, idle time) is not included.",
        "工程に割り付けていない工場のエネルギー(照明・空調・圧縮空気・待機)は含みません。"),
    "lim.transport": (
        "Transport covers inbound freight one way from the supplier, with the average load "
        "factor of the transport factor; no return trips.",
        "輸送は仕入先からの片道の入荷輸送のみで、原単位の平均積載率によります。帰り便は含み"
        "ません。"),
    "lim.masses": (
        "Masses come from the BOM (net and raw weight); errors in the BOM go straight into "
        "the result.",
        "質量は部品表(製品重量・素材重量)によります。部品表の誤りはそのまま結果に反映されます。"),
    "lim.uncertainty": (
        "Uncertainty has not been quantified. Figures are printed with more digits than "
        "their accuracy so that they can be traced.",
        "不確実性は定量化していません。追跡できるよう、精度以上の桁数で表示しています。"),
    "lim.boundary": (
        "Distribution, use and end of life are outside the boundary: the result cannot be "
        "compared with cradle-to-grave footprints.",
        "輸送(出荷後)・使用・廃棄は境界外のため、ゆりかごから墓場までの CFP とは比較できません。"),
    "lim.verification": (
        "The study has not been critically reviewed or verified by a third party.",
        "本算定はクリティカルレビュー・第三者検証を受けていません。"),
}


def t(key: str, lang: str = "en", /, **params: object) -> str:
    """The report text for `key` in `lang` (en/ja), with parameters filled in."""
    en, ja = LABELS[key]
    text = ja if lang == "ja" else en
    return text.format(**params) if params else text
