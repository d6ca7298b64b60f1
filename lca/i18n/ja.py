"""Japanese texts (日本語): every message, label and report text cfp shows, by key.

Every language file in this folder has the same keys with the same
str.format placeholders and text in its own script (tests/test_i18n.py).
"""

TEXTS: dict[str, str] = {
    # --- problems in input files -------------------------------------------------------
    "file.not_found": "ファイルが見つかりません。パスを確認してください。",
    "file.not_regular": (
        "通常のファイルではありません(フォルダ、パイプ、デバイス?)。ファイルそのもののパスを"
        "指定してください。"),
    "file.empty": "ファイルが空です(0 バイト)。Excel で保存し直してください。",
    "file.not_workbook": (
        "Excel ブックではありません({detail})。Excel で .xlsx 形式で保存してください。"
    ),
    "os.error": "「{path}」を使えません({reason})。パスと権限を確認してください。",
    "sheet.unreadable": (
        "シートを読み込めません({detail})。ファイルが壊れている可能性があります。Excel "
        "で開いて保存し直してください。"
    ),
    "file.bad_extension": (
        "未対応のファイル形式「{suffix}」です。.xlsx、.xlsm、.csv を使ってください(ほかのブックは "
        "Excel で .xlsx 形式で保存してください)。"
    ),
    "file.encoding": (
        "UTF-8 としても CP932(Shift_JIS)としても読めません。CSV を UTF-8 で保存してください。"
    ),
    "sheet.no_header": (
        "先頭 20 行に品番列({part})と個数列({qty})を持つ見出し行がありません。"
        "データの上に見出しを追加してください。"
    ),
    "sheet.second_bom": (
        "ブックに「{bom}」のほかにも部品表のシート「{other}」があります。読むのは「{bom}」だけで、"
        "「{other}」の部品は数えられません。その行を「{bom}」に移すか、製品に含まれないシートの"
        "名前を変えてください(例「旧{bom}」)。"
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
    "column.qty_unit": (
        "個数の列「{header}」の単位が「{unit}」ですが、個数は親 1 個あたりの個数として読みます。"
        "見出しの単位を外すか(個)/(pcs)にして個数を入力し、1 個の重量を重量列に書いてください。"
        "サプライヤーのフットプリントで kg・m・L 単位に買う行は、数量単位 / Quantity unit 列に"
        "単位を書きます。"
    ),
    "column.unit_conflict": (
        "見出し「{header}」の単位は「{unit}」ですが、その下のセルに「{value}」とあります。"
        "単位は見出しに 1 つだけ書き(例「{name}(g)」)、もう一方を消してください。"
    ),
    "column.bad_unit": (
        "見出し「{header}」の単位「{unit}」は使えません。{allowed} のいずれかにしてください。"
    ),
    "cell.not_number": (
        "「{value}」は数値ではありません。数値(例 1200、1,200)か、無い場合は「-」"
        "を入力してください。"
    ),
    "cell.unit_in_cell": (
        "「{value}」は数値ではありません。単位「{unit}」は列の見出しに書き(例「重量(g)」)、"
        "セルには見出しの単位での数値だけを入力してください。単位が違えば換算し、「{unit}」を"
        "消してください。"
    ),
    "cell.decimal_comma": (
        "「{value}」は数値ではありません。カンマは桁区切り(1,200)としてだけ読みます。"
        "小数は小数点で {suggest} と入力してください。"
    ),
    "cell.bad_comma": (
        "「{value}」は数値ではありません。カンマは 3 桁ごとの桁区切り(1,200、1,234,567.5)"
        "としてだけ読みます。小数は小数点で書き、ほかのカンマを除いてください。"
    ),
    "cell.percent_not_ratio": (
        "「{value}」は数値ではありません。% は使用率などの割合の欄でだけ読みます。"
        "「%」を付けずに量そのものを入力してください。"
    ),
    "cell.qty_not_positive": (
        "個数「{value}」は 0 より大きくなければなりません。親 1 個あたりの使用数を入力してください"
        "。"
    ),
    "cell.not_positive": "「{value}」は 0 より大きくしてください。",
    "column.process_name": (
        "時間列「{value}」の上に工程名がありません。上の行に工程名(例 旋盤、Lathe)を書くか、"
        "同じセルに「旋盤 加工」のように書いてください。"
    ),
    "cell.total_row": (
        "「{value}」は合計の行で、部品ではありません。部品として読むと合計がもう一度数えられます。"
        "この行を消してください(cfp が部品を合計します)。"
    ),
    "cell.qty_missing": (
        "品番「{part}」の個数がありません。親 1 個あたりの使用数を入力してください。"
    ),
    "cell.negative": "「{value}」は負の値にできません。0 以上を入力してください。",
    "cell.part_missing": (
        "この行には値がありますが品番がありません。品番を入力するか行を削除してください。"
    ),
    "cell.lot_below_one": (
        "品番「{part}」のロット「{value}」が 1 個より少なくなっています。ロットは 1 "
        "回の段取で加工する個数で、段取時間はこれで割られます。1 以上の個数を入力してください。"
    ),
    "column.raw_is_total": (
        "個数が 2 以上の行ではすべて、「{header}」が個数 × 重量です(「{part}」: {qty} × {net} = "
        "{raw})。これは行の合計で、1 個の素材重量ではありません。加工前の 1 個の重量(購入品は"
        "「-」)を入力してください。"
    ),
    "cell.raw_lt_net": (
        "品番「{part}」の素材重量 {raw} が製品重量 {net} より小さくなっています。"
        "素材重量は加工前に購入する重量なので、製品重量以上にしてください。"
    ),
    "cell.no_mass": (
        "品番「{part}」に材質はありますが重量がありません。製品重量(切削品は素材重量も)"
        "を入力してください。"
    ),
    "cell.level_dotted": (
        "レベル「{value}」は前に点が付いています(SAP の部品表の書き方)。レベルは整数だけで"
        "書いてください({digit})。"
    ),
    "cell.level_invalid": "レベル「{value}」は 1 以上の整数にしてください。",
    "cell.product_quantity": (
        "製品の行「{part}」(レベル 0)の個数が「{value}」です。cfp は製品 1 個(宣言単位)"
        "のフットプリントを計算するため、この個数がすべての部品に掛かってしまいます。製品の行は 1 "
        "にして、部品には製品 1 個あたりの個数を書いてください。"
    ),
    "cell.product_named_quantity": (
        "行「{part}」は製品自体(品番か品名が設定シートのもの)で、個数が「{value}」です。cfp は"
        "製品 1 個(宣言単位)のフットプリントを計算するため、この個数がすべての部品に掛かって"
        "しまいます。製品の行は 1 にして、部品には製品 1 個あたりの個数を書いてください。"
    ),
    "cell.indented": (
        "「{value}」が字下げされています(字下げの行 {count} 行)。上の行の部品のように見えますが、"
        "部品表にレベル列も親品番列もないため、すべての行が製品 1 個あたりの個数の部品として"
        "数えられます。レベル列を追加する(字下げなしの行は 1、その下は 2…)か、字下げを消して"
        "ください。"
    ),
    "cell.position_number": (
        "番号「{value}」は別の部品の中の部品を表す番号です(その形の行 {count} 行)が、部品表に"
        "レベル列も親品番列もないため、すべての行が製品 1 個あたりの個数の部品として数えられます。"
        "レベル列を追加する(「1」は 1、「1-1」は 2…)か、番号が構成を表さないなら列名を変えて"
        "ください(例「図番」)。"
    ),
    "cell.level_first": (
        "最初の行がレベル「{value}」です。レベル 1(製品自体なら 0)から始めてください。"
    ),
    "cell.level_jump": (
        "レベル「{value}」がレベル {previous} の次にあります。1 段ずつしか深くできません。"
        "レベルを直すか、抜けている組立品の行を追加してください。"
    ),
    "cell.level_missing": (
        "部品「{part}」のレベルが空欄です(ほかの行にはレベルがあります)。レベルを入力して"
        "ください(1 = 製品の直下、組立品の中の部品はその組立品のレベル + 1)。空欄のレベルは"
        "推測しません。"
    ),
    # merged cells over the data rows of the BOM sheet (lca/read/merges.py)
    "cell.merged_numbers": (
        "列「{column}」の {first}〜{last} 行目({lines} 行の部品)が 1 つのセルに結合され、"
        "値「{value}」が 1 回だけ書かれています。各行の値か全行の合計かを判断できません(各行に写せ"
        "ば {lines} 回数え、先頭行だけなら他の行は何も数えません)。セルの結合を解除し、"
        "各行に値を入力してください。"
    ),
    # ... and of a master or factor table (workbook.find_table)
    "cell.merged_table_numbers": (
        "列「{column}」の {first}〜{last} 行目(表の {lines} 行)が 1 つのセルに結合され、"
        "値「{value}」が 1 回だけ書かれています。数値は結合セルの各行に写しません(各行の値か先頭行"
        "だけの値かを判断できません)。セルの結合を解除し、各行に値を入力してください。"
    ),
    "cell.merged_columns": (
        "列「{column}」と {others} が 1 つのセルに結合されていますが、cfp "
        "はこれらを別々の項目として読みます。値「{value}」は「{column}」だけのもので、{others} "
        "は空欄として読まれます。セルの結合を解除し、それぞれの列に値を入力してください。"
    ),
    "cell.merged_unread": (
        "結合セルの値「{value}」は cfp が読まない列「{column}」にあり、{others} "
        "の上に表示されていますが、{others} は空欄として読まれます。セルの結合を解除し、"
        "値を本来の列に入力してください。"
    ),
    "cell.unit_unread": (
        "部品「{part}」の列「{header}」が「{value}」ですが、この列は読みません。個数は個数として、"
        "重量は見出しの単位で読みます。個数を個数で、1 個の重量を重量列の単位で書き、このセルは"
        "空欄か 個 / pcs にしてください(サプライヤーのフットプリントで kg・m・L 単位に買う行は、"
        "列名を 数量単位 / Quantity unit にします)。"
    ),
    "cell.qty_unit_unread": (
        "部品「{part}」の数量単位が「{unit}」ですが、数量単位を読むのは仕入先のフットプリント"
        "(--supplier-pcf)で買う行だけで、この行では個数は部品の個数です。"
        "個数を個で書き(数量単位は空欄・個・pcs)、1 個の重量を重量列に書いてください(塗料 200 g "
        "なら 個数 1、重量 200 g)。"
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
    "process.bad_utilisation": "使用率「{value}」は 0〜1(0%〜100%)の範囲にしてください。",
    "process.utilisation_ambiguous": (
        "使用率「{value}」はどちらの意味か決められません。1 より大きい数値だけの値はパーセントと"
        "読みます(70 は 70 %)が、{value} % は稼働中の機械としては小さすぎ、定格の {value} 倍は"
        "ありえません。小数(0.7)か、記号付きのパーセント({value}%)で書いてください。"
    ),
    "process.utilisation_fraction": (
        "見出し「{header}」の下の使用率 {value} は {value} % と読まれます。パーセント表示の"
        "セルには小数が入っています(70% は 0.7)。70 % なら 70 と書くか、見出しから (%) を"
        "外してください。本当にその小ささなら記号を付けて({value}%)書いてください。"
    ),
    "process.bad_country": (
        "工程「{process}」: 地域の列の「{value}」は cfp の知る国ではありません。{hint}"
    ),
    "factor.no_grid_process": (
        "工程「{process}」は {country}(地域「{value}」)にありますが、cfp に {country} の系統電力"
        "の排出係数がありません。他の国の係数では計算しません。キー「{key}」の原単位"
        "(kg-CO2e/kWh、その拠点の電力会社の係数)を排出原単位シートか --factors のファイルに追加"
        "するか、地域のセルを直してください。"
    ),
    "measurement.zero_pieces": (
        "加工数は 0 より大きくしてください(積算電力量を割るため)。2 回の読み取りの間に加工した個数"
        "を入力してください。"
    ),
    "measurement.pieces_not_whole": (
        "加工数「{value}」が整数ではありません(積算電力量を加工した個数で割ります)。2 回の読み取り"
        "の間に加工した個数を入力してください。"
    ),
    "measurement.meter_decrease": (
        "終了積算電力量 {end} kWh が開始 {start} kWh より小さくなっています。"
        "読み取り値を確認してください。"
    ),
    "measurement.incomplete": (
        "品番「{part}」・工程「{process}」の実測の、このセルが空欄です。1 個当たりの kWh には開始と"
        "終了の積算電力量と、その間の加工数が要ります。入力するか、その行の三つの実測セルを"
        "空けてください(エネルギーは推計になります)。"
    ),
    "measurement.unknown_part": "部品表にない品番「{part}」の実測値です。品番を確認してください。",
    "parent.level_differs": (
        "レベルでは部品「{part}」は {row} 行目の「{above}」の下ですが、親品番は「{parent}」です。"
        "両方を合わせるか、誤っている方の列を消してください(両方あるとレベルを読みます)。"
    ),
    "parent.level_top": (
        "レベルでは部品「{part}」は製品の直下ですが、親品番はこの部品表の「{parent}」です。"
        "両方を合わせるか、誤っている方の列を消してください(両方あるとレベルを読みます)。"
    ),
    "part.children_once": (
        "「{part}」は {row} 行目では下に部品がありますが、この行にはありません。この行は組立品"
        "ではなく、自身の材質と重量の 1 部品として数えられます。この行の下にも部品を書くか"
        "(レベルは行ごとに読みます)、別の部品なら別の品番にしてください。"
    ),
    "parent.unknown": (
        "親品番「{parent}」はこの部品表にありません。親品番を直すか組立品の行を追加してください。"
    ),
    "parent.cycle": (
        "親品番が循環しています: {path}。部品は自分自身を含められません。親品番列を直してください。"
    ),
    "parent.children_differ": (
        "品番「{part}」(行 {rows})の子部品が行によって異なります: 行 {first} と行 {other}。"
        "親品番列の部品表では 1 つの品番の構成は 1 つで、「{part}」のすべての個数に数えられます。"
        "子部品を 1 回だけ書くか、各行の下に同じ内容で書くか、異なる構成には別の品番を付けてくださ"
        "い。"
    ),
    "supplier.no_factor": (
        "仕入先「{supplier}」の輸送手段「{mode}」の排出原単位がありません。truck、rail、ship、air "
        "などを使うか、キー「{mode}」の t-km 当たりの原単位を追加してください。"
    ),
    "supplier.bad_tonkm": (
        "仕入先「{supplier}」の輸送手段「{mode}」は cfp が計算できる改良トンキロ法の指定ではありま"
        "せん。改良トンキロ:<最大積載量>t:<積載率>% と書き、積載率は 0 より大きく 100 % 以下に"
        "してください(燃料は任意で :軽油 か :ガソリン)。例: 改良トンキロ:4t:50%。"
    ),
    "supplier.tonkm_fuel": (
        "仕入先「{supplier}」の輸送手段「{mode}」: 改良トンキロ法の式は t-km 当たりの {fuel} の"
        "リットル数を与えるため、{fuel} の原単位は体積(L、kL、m3)当たりでなければなりませんが、"
        "見つかった原単位はそうではありません。排出原単位シートに {fuel} を L 当たりで入れて"
        "ください。"
    ),
    "factor.bad_unit": (
        "単位「{unit}」は使えません。kg、g、t、kWh、MJ、GJ、L、kL、m3、t-km、個 "
        "のいずれかにしてください。"
    ),
    "factor.header_unit": (
        "単位「{unit}」が排出原単位の列見出し「{header}」の単位と合いません。どちらかが誤りです。"
        "見出しのとおりの単位を書くか、見出しから単位を外してください。"
    ),
    "factor.header_unit_unknown": (
        "排出原単位の列見出し「{header}」の「/」の後の単位が読めません。見出しから単位を外して"
        "単位の列に単位全体(t-CO2/MWh など)を書くか、「/」の後を kg、g、t、kWh、MWh、MJ、GJ、"
        "L、kL、m3、t-km、個 のいずれかにしてください。"
    ),
    "factor.gas_header_unit": (
        "ガスの列見出し「{header}」の単位が読めません。ガスの列にはそのガスの質量(CO2e では"
        "なく、GWP は cfp が掛けます)を g、kg、t で書きます(例: ch4 (g)、n2o (kg/kWh))。"
        "ガスごとの CO2e は合計して CO2e の列に書いてください。"
    ),
    "factor.blank_unit": (
        "キー「{key}」の排出原単位の単位が空欄です。何あたりの値かを書いてください"
        "(例: kg-CO2e/kg、t-CO2/kWh、kg)。"
    ),
    "factor.bad_numerator": (
        "単位「{unit}」の「/」の前が排出量の単位として読めません。{allowed} のいずれかで "
        "CO2e の質量を書いてください(例: t-CO2e/t、kg-CO2/kWh)。"
    ),
    "factor.grid_implausible": (
        "電力の排出原単位「{key}」({origin})は {factor} kg-CO2e/kWh で、どの系統電力よりも大きい"
        "値です(上限 {most})。g-CO2/kWh の値ではありませんか。kg-CO2e/kWh で書くか(388 g なら"
        " 0.388)、単位を g-CO2/kWh と書いてください。"
    ),
    "factor.unit_kind": (
        "排出原単位「{key}」は {unit} 当たりですが {use} に使われています。{expected} "
        "当たりの原単位にしてください。"
    ),
    "factor.missing_value": (
        "キー「{key}」の排出原単位の値がありません。単位当たりの kg-CO2e を入力してください。"
    ),
    "factor.unknown_gas": (
        "列「{value}」はガス別の列に見えますが、cfp はそのガスの GWP を持たないため、その排出が"
        "抜け落ちます。cfp が知るガスの列({known}。由来の分かるメタンは ch4_fossil か "
        "ch4_non_fossil)を使うか、列を削除して排出原単位を kg-CO2e で入力してください。"
    ),
    "factor.no_electricity": (
        "電力の排出係数がありません。設定シートの電力排出係数か、キー「electricity」"
        "の原単位を追加してください。"
    ),
    "factor.no_grid_country": (
        "拠点の国 {country}(地域「{value}」)の系統電力の排出係数が cfp にありません。"
        "国外の拠点に日本の係数は使いません。キー「{key}」の原単位(kg-CO2e/kWh)を"
        "排出原単位シートか --factors のファイルに追加するか、設定シートに電力排出係数"
        "(電力会社の係数)を書いてください。"
    ),
    "factor.missing_column": (
        "必須の列「{column}」がありません。{names} という見出しの列を追加するか --factor-columns "
        "で対応付けてください。"
    ),
    "settings.bad_value": "設定「{key}」の値「{value}」が正しくありません。{hint}",
    "settings.grid_implausible": (
        "電力排出係数 {factor} kg-CO2e/kWh は電力系統の係数としてありえない値です(およそ 0.01〜"
        "1.2)。見出しに単位がなければ kg-CO2e/kWh で読みます。t-CO2/kWh で公表された係数"
        "(0.000441)は 電力排出係数(t-CO2/kWh)、g-CO2/kWh の係数は 電力排出係数(g-CO2/kWh) と"
        "書いてください。0.005 未満で正しい係数なら単位を書いてください:"
        " 電力排出係数(kg-CO2e/kWh)。"
    ),
    "settings.gwp_hint": "AR5 か AR6 にしてください。",
    "settings.weight_unit_hint": "g、kg、t のいずれかにしてください。",
    "settings.lot_hint": "ロットは 1 回の段取で加工する個数です。1 以上の数値を入力してください。",
    "settings.number_hint": "数値を入力してください。",
    "settings.geography_hint": (
        "拠点の国を書いてください: ISO 3166 の国コード(JP、CN、TH)、国名(日本、中国、タイ、"
        "China)、行政区画コード(JP-13)または Global。"
    ),
    "settings.merged_number": (
        "「{key}」の値のセルは、上の行の値「{value}」を持つ結合セル {where} の中にあります。"
        "数値は結合セルの下の行に写しません。セルの結合を解除し、「{key}」の値を入力してください。"
    ),
    "settings.declared_unit": (
        "宣言単位「{value}」では算定できません: cfp が求めるのは、この部品表が表す製品 1 個の"
        "フットプリントです。宣言単位を 1 個(1 piece)にするか空欄にしてください。kg 当たりの値は、"
        "合計を製品質量(product_mass_kg)で割って求めてください。"
    ),
    "output.exists_dir": "出力先「{path}」はディレクトリです。",
    "problems.more": "... ほか同種の問題が {count} 件あります。",
    # --- warnings in results ------------------------------------------------------------
    "warn.proxy_factor": (
        "{count} 行が代替(プロキシ)原単位を使っています: {keys}。説明できる結果にするには自社データ"
        "ベースや仕入先データに置き換えてください。"
    ),
    "warn.supplier_unknown": (
        "仕入先「{supplier}」が仕入先シートにありません: {count} 部品の輸送を計上していません。"
    ),
    "warn.transport_no_weight": (
        "仕入先のある {count} 部品に重量がないため、輸送(t-km = 質量 × 距離)を計算できません: "
        "{parts}。除外して excluded に記載しました。計上するには重量を記入してください。"
    ),
    "warn.supplier_zero_distance": (
        "仕入先「{supplier}」の距離が 0 km です({cell})。その部品 {count} 行の輸送は 0 kg-CO2e "
        "になります。同じ敷地内の仕入先なら正しい値です。そうでなければ距離を入力してください。"
    ),
    "warn.supplier_incomplete": (
        "仕入先「{supplier}」({row})に {missing} がありません: {count} 部品の輸送を計上せず、"
        "仕入先表にない仕入先と同じく除外して推計しました。仕入先シートに値を入力してください。"
    ),
    "warn.assembly_supplier": (
        "組立品「{part}」の仕入先「{supplier}」({cell})は使われません。輸送は各部品の仕入先から"
        "部品ごとに数えるため、「{part}」の中の部品には「{supplier}」からの輸送が入りません。"
        "組立品で納入される部品に仕入先を書くか、組立品を仕入先のフットプリント"
        "(--supplier-pcf)で取り込んでください。"
    ),
    "warn.assembly_supplier.many": (
        "組立品 {count} 件({first} ほか {more} 件)の仕入先は使われません。輸送は各部品の"
        "仕入先から部品ごとに数えます。組立品で納入される部品に仕入先を書いてください。"
    ),
    "warn.product_rows": (
        "「{sheet}」の {count} 行({cells})が製品自体のレベル 0 です。1 製品の部品として読み、"
        "フットプリントを合算しました。シートに複数の製品があるなら製品ごとに部品表のブックを分け、"
        "レベル 0 が製品直下の部品の意味ならレベルを 1 から付けてください。"
    ),
    "warn.assembly_material": (
        "組立品「{part}」に材質・重量がありますが、子部品が材料を持つため無視しました。"
    ),
    "warn.assembly_material.many": (
        "組立品 {count} 件({first} ほか {more} 件)に材質・重量がありますが、"
        "子部品が材料を持つため無視しました。"
    ),
    "warn.children_repeated": (
        "「{part}」の子部品がその各行の下に書かれています({sheet} 行 {rows})。1 回分"
        "(行 {used})を読み、「{part}」のすべての個数に数えました。行 {repeated} は同じ内容の"
        "繰り返しとして重ねては数えていません。"
    ),
    "warn.children_repeated.many": (
        "子部品が各行の下に繰り返し書かれた組立品が {count} 件あります({first} ほか {more} 件)。"
        "それぞれ 1 回分を読み、すべての個数に数えました。"
    ),
    "warn.excluded_no_factor.many": (
        "{count} 件の部品は排出原単位がないため除外しました(--allow-missing): {first} ほか {more} "
        "件。すべて除外一覧にあります。"
    ),
    "warn.excluded_no_factor": (
        "品番「{part}」({grade})は排出原単位がないため除外しました(--allow-missing)。"
    ),
    "warn.cut_off": (
        "カットオフ: 排出原単位のない {count} 部品(購入材料の質量の {share}、上限 {limit})"
        "を除外しました。高排出の材料が含まれていないことを確認してください。"
    ),
    "warn.estimated_energy": (
        "加工エネルギー {count} 件は定格電力からの推計です。実測値の方が説明力があります。"
    ),
    "warn.grid_country": (
        "加工の電力には {grid} = {factor} kg-CO2e/kWh を使いました: cfp に組み込みの {country} "
        "の系統電力(地域「{value}」、{where}、{year} 年)。その国の発電全体のロケーション基準の"
        "平均でライフサイクルの排出(Ember)を含み、日本の燃焼時のみの係数とは 1:1 で比較できま"
        "せん。電力会社の係数(設定シートの電力排出係数)の方が具体的です。"
    ),
    "warn.grid_country.process": (
        "工程「{process}」は {country}(地域「{value}」、{where})にあり、その電力には {grid} = "
        "{factor} kg-CO2e/kWh を使いました: cfp に組み込みの {country} の系統電力({year} 年)、"
        "その国の発電全体のロケーション基準の平均でライフサイクルの排出(Ember)を含みます。"
        "その拠点の電力会社の係数をキー「{grid}」で与える方が具体的です。"
    ),
    "warn.grid_subdivision": (
        "地域「{value}」({where})は {country} の一部で、cfp にはその地域独自の系統電力がないため、"
        "加工の電力には {country} 全体の組み込みの系統電力 {grid} = {factor} kg-CO2e/kWh を"
        "使いました。電力会社の係数(設定シートの電力排出係数)の方が具体的です。"
    ),
    "warn.grid_subdivision.process": (
        "工程「{process}」は {country} の一部の「{value}」({where})にあり、cfp にはその地域独自の"
        "系統電力がないため、その電力には {country} 全体の組み込みの系統電力 {grid} = {factor} "
        "kg-CO2e/kWh を使いました。"
    ),
    "warn.grid_subdivision_own": (
        "加工の電力には {grid} = {factor} kg-CO2e/kWh を使いました: cfp に組み込みの {area} の"
        "系統電力(地域「{value}」、{where}、{year} 年)。本土の系統と連系していないため、"
        "{country} の全国平均は使いません。地域の電力会社の事業者全体の参考値です。電力会社の"
        "係数(設定シートの電力排出係数、またはキー「{grid}」の原単位)の方が具体的です。"
    ),
    "warn.grid_subdivision_own.process": (
        "工程「{process}」は {area}(地域「{value}」、{where})にあり、その電力には拠点の系統では"
        "なく {grid} = {factor} kg-CO2e/kWh を使いました: cfp に組み込みのその地域の系統電力"
        "({year} 年、本土の系統と連系していません)。その拠点の電力会社の係数をキー「{grid}」で"
        "与える方が具体的です。"
    ),
    "warn.grid_subdivision_shared": (
        "工程「{process}」は {country} の一部の「{value}」({where})にあり、cfp にはその地域独自の"
        "系統電力がないため、その電力には拠点の系統電力を使いました。"
    ),
    "warn.grid_generic_factor": (
        "原単位「electricity」({origin})には地域の記載がなく、{country} の拠点(地域「{value}」)"
        "に使いました。{country} の系統電力でない場合は、キー「{grid}」の原単位を追加するか、"
        "その原単位の地域列に国を書いてください。"
    ),
    "warn.grid_generic_factor.process": (
        "原単位「electricity」({origin})には地域の記載がなく、{country} にある工程「{process}」"
        "(地域「{value}」)に使いました。{country} の系統電力でない場合は、キー「{grid}」の原単位"
        "を追加するか、その原単位の地域列に国を書いてください。"
    ),
    "warn.country_china": (
        "地域の「中国」は中国(中華人民共和国、CN)として読みました: {cells}。"
        "日本の中国地方のことなら、JP または県のコード(JP-31 鳥取〜JP-35 山口)"
        "を書いてください(中国地方の電力会社の係数は設定シートの電力排出係数に)。"
        "中国のことなら「中華人民共和国」か「CN」と書くとこの警告は出ません。"
    ),
    "warn.no_lot_size.many": (
        "{count} 件の部品({first} ほか {more} 件)のロットサイズがありません(ロット列・設定シート): "
        "段取時間を 1 個のロットとして計上したため過大です。"
    ),
    "warn.no_lot_size": (
        "品番「{part}」のロットサイズがありません(ロット列・設定シート): 段取時間を 1 "
        "個のロットとして計上したため過大です。"
    ),
    "warn.measured_process_unknown": (
        "品番「{part}」の実測の工程「{process}」は、部品表の時間の列にも工程シートにもありません。"
        "部品表の時間とは別の工程として計上します。そのどれかの書き違いなら名前を直して"
        "ください(そのままでは二重に計上されます)。"
    ),
    "warn.meter_unchanged": (
        "品番「{part}」・工程「{process}」の実測({row})は積算電力量が変わっていません"
        "(終了 = 開始)。推計の代わりに 0 kWh が計上されます。二つの読み値を確認してください。"
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
    "label.more_rows": "(ほか {count} 件)",
    "label.warnings": "警告",
    "label.product": "製品",
    "label.declared_unit": "宣言単位",
    "label.primary_share": "一次データ比率",
    "label.problems": "入力の問題",
    "label.error": "エラー",
    "label.category": "材料分類",
    "label.process": "工程",
    "label.no_category": "(材料分類なし)",
    "label.assembly_processes": "(組立品自身の工程)",
    "stage.materials": "原材料",
    "stage.transport": "輸送",
    "stage.processing": "加工",
    "stage.waste": "廃棄物",
    "unit.piece": "個",
    "unit.one_piece": "1 個",
    "factors.key": "キー",
    "factors.factor": "排出原単位",
    "factors.type": "種別",
    "factors.source": "出典",
    "factors.licence": "ライセンス",
    "factors.factor_per_unit": "排出原単位 kg-CO2e",
    "factors.left_out": (
        "この幅では {columns} の列を省いています(cfp factors show キー で全項目を表示できます。"
        "--format json でも確認できます)。"
    ),
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
    "init.written": "テンプレートを「{path}」に書き出しました",
    "init.not_xlsx": (
        "{path}: テンプレートは Excel ブック(.xlsx)です。.xlsx で終わるファイル名を指定して"
        "ください。"
    ),
    "calc.written": "「{path}」を書き出しました",
    # --- batch runs and `cfp diff` (cli/batch.py, lca/batch.py, cli/diff.py, lca/diff.py) ---
    "batch.no_boms_in_dir": (
        "フォルダ「{path}」に部品表ブック(*.xlsx、*.xlsm)がありません。ブックを置くか、"
        "ファイル名を指定してください。"
    ),
    "batch.no_match": (
        "{pattern} に一致する部品表ブック(*.xlsx、*.xlsm)がありません。パターンを確認してください"
        "(サブフォルダも探すには ** を使います)。"
    ),
    "batch.same_stem": (
        "「{first}」と「{second}」はどちらも「{out}」に {name}.json を書き出します。"
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
    "batch.baseline_declared_unit": (
        "{file}: 基準の結果は {old} あたり、今回は {new} あたりです。合計は比較していません"
        "(変化は表示しません)。同じ宣言単位で算定してください。"
    ),
    "batch.baseline_gwp": (
        "{file}: 基準の結果は {old}、今回は {new} を使っています。変化の一部は特性化係数による"
        "もので、製品の変化ではありません。"
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
    "diff.status.not_computed": (
        "新しい実行で算定できませんでした(入力の誤りまたはエラー: 新しい _summary.json を参照)"
    ),
    "diff.over": "しきい値超過",
    "diff.differs.declared_unit": (
        "宣言単位が異なります: {old} → {new}。合計は比較できません(比較は不合格)。"
        "同じ宣言単位で算定してください。"
    ),
    "diff.differs.gwp": (
        "GWP の係数セットが異なります: {old} → {new}。変化の一部は特性化係数によるもので、"
        "製品の変化ではありません。"
    ),
    "diff.by_stage": "段階別",
    "diff.lines": "変化の大きい明細",
    "diff.amount": "活動量",
    "diff.factor": "原単位",
    "diff.flow": "フロー",
    "diff.line_added": "新しい明細",
    "diff.line_removed": "削除された明細",
    "diff.summary": (
        "製品 {count} 件: 増加 {increased}、減少 {decreased}、変化なし {unchanged}、新規 {added}、"
        "削除 {removed}、算定できず {not_computed}。しきい値超過または算定できず {failed}。"
        "終了コード {code}。"
    ),
    # --- command-line usage -------------------------------------------------------------
    "usage.gwp": "--gwp {value}: AR5 か AR6 を指定してください。",
    "usage.report_kind": "--report {value}: {kinds} のいずれかを指定してください。",
    "usage.report_needs_out": "--report には報告書の出力フォルダ --out DIR が必要です。",
    "usage.needs_pact": (
        "{option} は PACT ファイルに使うオプションです: --report pact(と --out DIR)を追加して"
        "ください。"
    ),
    "usage.not_in_csv": (
        "{option}: CSV インベントリにはその結果を書く場所がありません。--format json か表形式を"
        "使うか、--out DIR とともに --report html / pdf / xlsx を追加してください。"
    ),
    "usage.top_not_table": (
        "--top は表に表示する部品の数です。--format {format} ではすべての部品を書き出します。"
        "--top を外すか、--format table を使ってください。"
    ),
    "usage.top_in_batch": (
        "--top は部品表 1 件の表に表示する部品の数です。一括計算では集計だけを表示します。"
        "--top を外してください。"
    ),
    "usage.jobs_one_bom": (
        "--jobs {value}: 部品表 1 件は 1 つのプロセスで計算します。--jobs は複数の部品表"
        "(複数のファイル、フォルダ、glob)に使うオプションです。外してください。"
    ),
    "usage.factor_columns": (
        "--factor-columns:「{item}」は 項目=見出し の形ではありません(例: key=製品コード)。"
    ),
    "usage.exists": "「{path}」は既にあります。置き換えるには --force を付けてください。",
    "usage.no_factor": "排出原単位「{key}」はありません(cfp factors search {key} で検索できます)。",
    "usage.range": "{option} {value}: {low} から {high} までの数を指定してください。",
    "usage.at_least": "{option} {value}: {low} 以上の整数を指定してください。",
    "usage.cfp_lang": (
        "CFP_LANG={value} は cfp の言語({langs})ではありません: {chosen} で表示します。"
    ),
    "usage.non_negative": "{option} {value}: 0 以上の数(kg-CO2e)を指定してください。",
    "xlsx.too_many_rows": (
        "インベントリは {rows} 行になりますが、Excel のシートは最大 {limit} 行です。この部品表は "
        "--report xlsx ではなく --format csv か json で出力してください。"
    ),
    "usage.pact_version": (
        "PACT 仕様バージョン「{value}」には対応していません。cfp が書けるのは {versions} です(v2.x "
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
    "master.kind.processes": "工程",
    "master.kind.measurements": "実測",
    "master.kind.suppliers": "仕入先",
    "master.kind.materials": "材質",
    "master.missing_column": (
        "{kind} の表に「{column}」の列がありません。この見出しの列を追加してください(ないとこのファ"
        "イル・シートを使えません)。"
    ),
    "output.is_input": (
        "この出力先は入力ファイル「{input}」を上書きしてしまいます。別の出力ファイル・"
        "フォルダを指定してください(cfp は入力ファイルを上書きしません)。"
    ),
    "warn.zero_weight": (
        "kg 当たりで計算する部品 {count} 件の重量が 0 kg のため、材料の排出量が 0 kg-CO2e "
        "です: {parts}。重量を入力してください(空欄はエラー、0 は書かれたとおりに使います)。"
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
    "warn.key_repeated": (
        "「{part}」が同じ表の 2 行にあります。{used} を使い、同じキーの {ignored} は"
        "無視しました。どちらかを削除するか直してください。"
    ),
    "warn.key_repeated.many": (
        "{count} 件のキーが同じ表の複数の行にあります({first} ほか {more} 件)。"
        "それぞれ最初の行を使い、ほかの行は無視しました。削除するか直してください。"
    ),
    "warn.category_not_grade": (
        "品番「{part}」({sheet} の {row} 行目)の分類「{category}」は {stated} ですが、材質"
        "「{grade}」は材質対応表では {mapped} です。分類を使いました。分類を直すか、空欄にして"
        "材質の分類を使ってください。"
    ),
    "warn.category_not_grade.many": (
        "{count} 件の部品で分類が材質の分類と異なります({first} ほか {more} 件)。分類を使い"
        "ました。分類を直すか、空欄にしてください。"
    ),
    "warn.factor_thousands": (
        "排出原単位「{part}」({origin})は「{text}」と書かれており、カンマを3桁区切りとして"
        " {value} と読みました。小数のつもりなら「{suggest}」と小数点で書いてください。"
        "{value} で正しければカンマなしで書くと、この警告は出ません。"
    ),
    "warn.factor_thousands.many": (
        "{count} 件の排出原単位がカンマ区切りの数値で書かれており({first} ほか {more} 件)、"
        "3桁区切りとして読みました。小数のカンマ(1,234 で 1.234)のつもりでないか確認してください。"
    ),
    "warn.category_rows_differ": (
        "材料分類「{category}」の行が、分類の書き方によってあなたの別々の排出原単位を使っています:"
        " {rows}。分類ごとに 1 行にするか、材質(グレード)ごとの行にして、同じ材料の行が同じ原単位"
        "を使うようにしてください。"
    ),
    "warn.gases_differ": (
        "排出原単位「{part}」({origin})の CO2e の値は {given} kg-CO2e ですが、ガス別の値から"
        " {gwp} で計算すると {gases} です({pct} %)。CO2e の値を使いました。行を直すか、"
        "どちらかを空欄にするか、出典の GWP の版を確認してください。"
    ),
    "warn.gases_differ.many": (
        "{count} 件の排出原単位で CO2e の値がガス別の値と合いません({first} ほか {more} 件)。"
        "CO2e の値を使いました。行を直すか、GWP の版を確認してください。"
    ),
    "warn.hidden_sheet": (
        "非表示のシート「{sheet}」を読み込んで使用しました。計算に含めてよいか確認してください。"
    ),
    "warn.hidden_rows": (
        "シート「{sheet}」の {rows} 行目は Excel で非表示ですが、計算に含めています({count} "
        "行の部品)。製品に含まれない行なら削除してください。"
    ),
    "warn.hidden_columns": (
        "シート「{sheet}」の列 {columns} は Excel で非表示ですが、読み込んで使用しています。"
        "計算に含めるべき列か確認してください。"
    ),
    "warn.hidden_table_rows": (
        "「{table}」の {rows} 行目は Excel で非表示ですが、ほかの行と同じく読み込んでいます"
        "({count} 行)。非表示にしても無効にはなりません。使わない行なら削除してください。"
    ),
    # a run of rows inside a warning (resolve/checks.py `RowRuns`): rows 3 to 4
    "fmt.row_range": "{first}〜{last}",
    "warn.hidden_table_columns": (
        "「{table}」の列 {columns} は Excel で非表示ですが、読み込んで使用しています。"
        "計算に含めるべき列か確認してください。"
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
        "{json_path}: {hint}が必要ですが「{value}」です。cfp calc が書き出した結果ファイル"
        "(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.bad_cell": (
        "{json_path}(列 {column}): {hint}が必要ですが「{value}」です。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.missing_key": (
        "{json_path} がありません({hint}が必要です)。cfp calc が書き出した結果ファイル(--format "
        "json または --out)を編集せずに比較してください。"
    ),
    "diff.duplicate_key": (
        "{json_path}: キー「{key}」が {count} 回あり、どの値を使うか決まりません。1 "
        "つだけにしてください。"
    ),
    "diff.duplicate_column": (
        "{json_path}: 列「{value}」が 2 回あります(最初は {first})。cfp calc "
        "が書き出した結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.missing_column": (
        "{json_path}: 比較に必要な列「{column}」がありません。cfp calc が書き出した結果ファイル"
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
        "ファイル内の「{part}」が大きすぎます。展開すると {size} MB で、上限 {limit} MB "
        "を超えます。部品表にはありえない大きさで、正常なブックではない可能性があります。"
        "それでも読む場合は --max-unzipped-mb N で上限を上げてください。"
    ),
    "file.unzipped_too_large": (
        "ブックが大きすぎます。展開すると {size} MB で、上限 {limit} MB を超えます。cfp "
        "が使わない画像やシートを削除するか、--max-unzipped-mb N で上限を上げてください。"
    ),
    "file.zip_ratio": (
        "ファイル内の「{part}」の圧縮率が {ratio}:1 で、正常なブックではありえません(読むのは"
        " {limit}:1 まで)。zip 爆弾の疑いがあります。本物のブックなら Excel "
        "で開いて保存し直してください。"
    ),
    "file.zip_size_lies": (
        "ファイル内の「{part}」に、zip ヘッダーが示す {size} MB を超えるデータがあります。"
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
        "数式「{value}」に計算結果が保存されていません — 値を入力するか、Excel "
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
        "「{path}」の {count} 件のフットプリントを {url} で {clients} クライアントに提供しています"
        "(PACT v3、HTTPS のみ)。Ctrl+C で停止します。"
    ),
    "serve.empty": (
        "「{path}」にはまだフットプリント(*-pact.json)がありません。書き出されるとすぐに提供されま"
        "す(cfp calc BOM --report pact --out {path})。"
    ),
    "serve.no_folder": (
        "結果フォルダー「{path}」が存在しないかフォルダーではありません。cfp calc ... --report "
        "pact の --out フォルダーを指定してください。"
    ),
    "serve.folder_unreadable": (
        "結果フォルダー「{path}」を読めません({reason})。前に読んだフットプリントを提供し続けます。"
    ),
    "serve.tls_missing": (
        "TLS ファイル「{path}」が見つかりません。--tls-cert と --tls-key で証明書と鍵(PEM)"
        "を指定してください。"
    ),
    "serve.tls_bad": (
        "TLS 証明書「{cert}」と鍵「{key}」を使えません({reason})。PEM 形式の証明書と、"
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
    "serve.filter.limit_min": "limit は 1 以上にしてください(「{value}」)。",
    "serve.filter.limit_max": (
        "limit {value} は上限 {max} を超えています。1 ページは最大 {page} 件で、続きは Link "
        "ヘッダーで取得できます。"
    ),
    "serve.filter.time": (
        "「{name}」は 2025-04-01T00:00:00Z のような RFC 3339 の日時で指定してください(「{value}」)"
        "。"
    ),
    "serve.filter.cursor": (
        "ページ送りのカーソルが正しくありません。Link ヘッダーの URL をそのまま使ってください。"
    ),
    "serve.filter.too_long": "「{name}」の値が長すぎます。",
    "serve.filter.too_many": "「{name}」の値が多すぎます(最大 {max})。",
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
        "不明なイベント種別「{value}」です。PACT v3 の種別は .3 で終わります(例 "
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
        "クライアントファイル「{path}」が見つかりません。cfp clients add CLIENT_ID "
        "--clients {path} で作成してください。"
    ),
    "clients.unreadable": (
        "クライアントファイル「{path}」を読めません({reason})。権限を確認してください。"
    ),
    "clients.invalid": (
        "クライアントファイル「{path}」が正しくありません({detail})。元に戻すか cfp clients add "
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
        "クライアント {id} は「{path}」に既にあります。置き換えるには --force "
        "を付けてください(古いシークレットとトークンは無効になります)。"
    ),
    "clients.unknown": "「{path}」にクライアント {id} はありません。",
    "clients.no_secret": (
        "標準入力にシークレットがありません。パイプで渡す(printf %s \"$SECRET\" | cfp clients add "
        "...)か、--generate を使ってください。"
    ),
    "clients.added": "クライアント {id} を「{path}」に保存しました。閲覧範囲: {scope}。",
    "clients.generated": (
        "新しいシークレットを標準出力に表示しました。今すぐクライアントに渡してください。"
        "保存されるのはハッシュのみで、再表示はできません。"
    ),
    "clients.removed": (
        "クライアント {id} を「{path}」から削除しました。そのトークンは 1 秒以内に無効になります。"
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
    "f.product_mass": "製品質量(正味重量)",
    "f.boundary": "システム境界",
    "f.standard": "準拠規格",
    "f.gwp": "GWP(特性化係数)",
    "f.pds": "一次データ比率",
    "f.measured_share": "加工電力の実測比率",
    "f.excluded": "合計から除外",
    "f.proxy_share": "代替原単位による排出量の比率",
    "f.verification": "第三者検証",
    "f.input_file": "入力ファイル",
    "f.sha256": "入力ファイルの SHA-256",
    "f.cfp_version": "cfp のバージョン",
    "f.builtin_sha256": "内蔵原単位表(factors.csv)の SHA-256",
    "f.settings": "使用した設定",
    "f.electricity": "電力の排出係数",
    "v.not_stated": "記載なし",
    "v.geography_default": "{code}(記載なし: cfp の既定値。PACT 出力とデータ品質評価も同じ)",
    "v.boundary": "クレードル・トゥ・ゲート",
    "v.standard": "ISO 14067:2018",
    "v.gwp": "IPCC {set} GWP100",
    "v.not_verified": "なし(未検証)",
    "v.excluded": (
        "部品表の {count} 行(推計で、それを含めたフットプリントの {share}。"
        "算定報告書 1.4)"
    ),
    "v.excluded_lower": (
        "部品表の {count} 行(推計で、それを含めたフットプリントの {share} 以上。"
        "うち {unknown} 行は推計できず。算定報告書 1.4)"
    ),
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
    "h.mass": "投入材料の質量(kg)",
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
    "h.amount_per_piece": "1個当たり活動量",
    "h.mass_basis": "重量の基準",
    "h.distance_km": "距離(km)",
    "h.factor_given": "出典の原単位",
    "h.factor_unit_given": "出典の単位",
    "h.factor_gases": "出典のガス別の値",
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
    "h.factor_count": "原単位数",
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
    "stage_desc.processing": (
        "自社の製造工程(切削・熱処理・溶接・組立など)で使用するエネルギー"
        "(電力・燃料・圧縮空気)。"
    ),
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
    "flow.air_cycle": "圧縮空気(加工)",
    "flow.air_setup": "圧縮空気(段取)",
    "flow.fuel_cycle": "燃料 {fuel}(加工)",
    "flow.fuel_setup": "燃料 {fuel}(段取)",
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
        "本算定は、ISO 14067:2018 に基づいて「{product}」の宣言単位当たりの部分カーボンフットプリン"
        "ト(クレードル・トゥ・ゲート)を定量化するものです。取引先(顧客)への提供(例: 顧客の Scope 3 "
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
        "この一覧がそのカットオフ基準との照合の根拠になります(一般的な基準: "
        "除外分が各ライフサイクル段階の排出量の 5% 未満であること)。"
    ),
    "text.cutoff_rule": (
        "質量基準のカットオフを適用: 排出原単位のない部品は、その材料の合計が購入材料の質量"
        "(素材重量、なければ重量)の {limit} 以下であれば除外します。本算定で除外したのは "
        "{mass} kg、購入材料 {input_mass} kg の {share} です。"
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
    "hot.part": "最大の部品は「{part} {name}」で、{kg} kg-CO2e({share})です。",
    "hot.top_parts": "上位 {n} 部品で合計の {share} を占めます。",
    "hot.pareto": (
        "{count} 部品のうち {n} 部品で合計の 80% を占めます。削減の余地の大部分はこれらの部品にあり"
        "ます。"
    ),
    "hot.category": (
        "材料分類では「{category}」が全段階で {kg} kg-CO2e({share})を占めます(材料 {mass} kg)。"
    ),
    "hot.categories": "材料分類別の排出量: {items}。",
    "hot.process": (
        "工程では「{process}」の電力使用が最大で、{kwh} kWh、{kg} kg-CO2e({share})です。"
    ),
    # --- data quality -------------------------------------------------------------------
    "q.pds": "一次データ比率: {share}。",
    "q.proxy": (
        "合計の {share} は次の代替原単位によるものです: {keys}。仕入先固有のデータや IDEA "
        "などのデータベースを用いると、これらの値の代表性が高まります。"
    ),
    "q.no_proxy": "代替原単位は使用していません。",
    "q.energy": (
        "加工電力のうち {share} が実測で、残りは定格電力からの推計です(推計は一般に過大側)。"
    ),
    "q.excluded": "排出原単位がないため {count} 行を除外しました(カットオフ参照)。",
    "q.complete": "部品表のすべての行を算入しており、カットオフは行っていません。",
    # --- limitations --------------------------------------------------------------------
    "lim.proxy": (
        "合計の {share} は次の代替原単位によるものです: {keys}。各代替原単位で含まれない範囲は原単"
        "位表の備考を参照してください。"
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
    "lim.uncertainty_quantified": (
        "不確実性は後述のモンテカルロ・シミュレーションで推定しています。データに分布の記載がない"
        "ところは cfp のデータ品質別の既定値を使っているため、区間は目安です。追跡できるよう、"
        "精度以上の桁数で表示しています。"
    ),
    "lim.boundary": (
        "輸送(出荷後)・使用・廃棄は境界外のため、ゆりかごから墓場までの CFP とは比較できません。"
    ),
    "lim.verification": "本算定はクリティカルレビュー・第三者検証を受けていません。",
    # --- purchased components, unknown categories, what-if scenarios (issue 15,
    # lca/read/materials.py, lca/compute/flows.py unknown_category, lca/app/scenarios.py) --
    "material.unknown_category_near": (
        "部品「{part}」: 分類「{category}」({origin})は既知の分類ではなく、"
        "そのキーの排出原単位もありません。「{closest}」(分類 {closest_key})のことですか?"
        " 既知の分類: {known}。分類列に既知の分類かその表記(`cfp materials` で一覧)を書くか、"
        "排出原単位シートにキー「{category}」の行を追加してください。"
    ),
    "file.reason.not_found": "ファイルがありません",
    "file.reason.not_regular": "通常のファイルではありません(フォルダ、パイプ、デバイス?)",
    "file.reason.too_large": "{limit} を超えています",
    "scenario.unreadable": (
        "シナリオファイルを読めません({reason})。読み取れる UTF-8 の TOML "
        "ファイルを指定してください。"
    ),
    "scenario.syntax": (
        "シナリオファイルが正しい TOML ではありません: {detail}。その行を直してください(README「"
        "What-if scenarios」)。"
    ),
    "scenario.none": (
        "シナリオがありません。name と changes を持つ [[scenario]] 表を 1 つ以上書いてください。"
    ),
    "scenario.no_name": "{where}: シナリオには名前が必要です。",
    "scenario.no_changes": (
        "シナリオ「{scenario}」に変更がありません。`changes = [{{change = ...}}]` "
        "の形で書いてください。"
    ),
    "scenario.bad_change": (
        "{where}: 変更は {{change = \"grade\", part = \"P-1\", value = \"A6063\"}} "
        "のような表で書いてください。"
    ),
    "scenario.missing": "{where}:「{kind}」の変更には {fields} が必要です。",
    "scenario.duplicate": (
        "「{scenario}」という名前のシナリオが 2 つあります。別々の名前にしてください。"
    ),
    "scenario.unknown_near": (
        "{where}: {what}「{value}」は見つかりません。近いもの:「{near}」。候補: {known}。"
    ),
    "scenario.unknown": "{where}: {what}「{value}」は見つかりません。候補: {known}。",
    "scenario.grid_too_low": (
        "{where}: 電力の排出係数 {factor} kg-CO2e/kWh はどの系統電力よりも"
        "小さい値で(最低 {least})、0 でもありません。電気事業者別排出係数の"
        "一覧のように t-CO2/kWh で書いていませんか。kg-CO2e/kWh で書くか({kg})、"
        "排出のない電力なら 0 にしてください。"
    ),
    "scenario.grid_too_high": (
        "{where}: 電力排出係数 {factor} kg-CO2e/kWh はどの系統電力よりも大きい値です(上限 "
        "{most})。g-CO2/kWh の値ではありませんか。kg-CO2e/kWh で書いてください"
        "(388 g なら 0.388)。"
    ),
    "scenario.bad_value.number": "{where}:「{kind}」の値は 0 以上の数値にしてください。",
    "scenario.bad_value.share": (
        "{where}:「{kind}」の値は 0〜1(または 0〜100%)の割合にしてください。"
    ),
    "scenario.bad_value.per_kwh": (
        "{where}:「{value}」は kWh 当たりの原単位ではありません。電力の変更には kWh "
        "当たりの原単位キー(cfp factors list --kind energy)か値を指定してください。"
    ),
    "scenario.bad_value.per_kg": (
        "{where}:「{value}」は kg 当たりの原単位ではありません。再生材比率の変更には再生材のkg "
        "当たりの原単位キーを指定してください。"
    ),
    "scenario.not_per_kg": (
        "{where}: 部品「{part}」には kg 当たりの原材料の行がないため、再生材比率を適用できません。"
    ),
    "scenario.failed": (
        "シナリオ「{scenario}」を計算できません。その変更後の入力の問題を以下に示します。"
    ),
    "scenario.no_effect": (
        "シナリオ「{scenario}」: 変更「{change}」は何も変えません(この変更がなくても同じフット"
        "プリントです)。変えたい対象を指定しているか確認してください。"
    ),
    "scenario.no_effect.measured": (
        "シナリオ「{scenario}」: 変更「{change}」は何も変えません。これらの行の電力量は実測値"
        "(積算電力量の読み)で、定格電力 × 時間 × 使用率の推定より優先されます。実測値を変える"
        "(measured_kwh)変更にしてください。"
    ),
    "scenario.no_sheet": (
        "「{value}」にシナリオ(シナリオ / Scenarios)シートがありません。シート(列: シナリオ、変更、"
        "品番、工程、仕入先、値、キー)を追加するか、TOML ファイルを指定してください。"
    ),
    "scenario.sheet_header": (
        "シナリオシートには シナリオ/Scenario と 変更/Change の見出し行が必要です(任意: 品番/Part、"
        "工程/Process、仕入先/Supplier、値/Value、キー/Key)。"
    ),
    "scen.title": "削減シナリオ(上の算定結果は変わりません)",
    "scen.name": "シナリオ",
    "scen.total": "合計 kg-CO2e",
    "scen.delta": "差 kg-CO2e",
    "scen.delta_pct": "差 %",
    "scen.base": "基準(算定結果)",
    "scen.more": "… ほか {count} 件のシナリオ(すべては --format json か --report xlsx)",
    "scen.changes": "変更内容",
    "scen.chart": "シナリオ別の合計",
    "scen.sheet": "シナリオ",
    "scen.section": "削減シナリオ",
    "scen.lead": (
        "各シナリオは、同じ入力と算定ルールに記載の変更を加えて製品を再計算したものです。"
        "上に示した算定結果には含まれず、選択肢を比較するためのもの(基準との差、段階別)です。"
    ),
    "materials.name": "名称",
    "materials.spellings": "分類に書ける表記",
    "materials.components_marked": "* は購入部品(部品質量 1 kg 当たり、代替データと明示)。",
    "material.unknown_category": (
        "部品「{part}」: 分類「{category}」({origin})は既知の分類ではなく、"
        "そのキーの排出原単位もありません。既知の分類: {known}。分類列に既知の分類かその表記(`cfp "
        "materials` で一覧)を書くか、排出原単位シートにキー「{category}」の行を追加してください。"
    ),
    # --- rule profiles, emission cut-off, scrap allocation (issue 14, lca/read/rules.py) ---
    "rules.not_found": (
        "算定ルール「{value}」が見つかりません。存在する TOML ファイルか、組み込みのルール({names})"
        "を指定してください。"
    ),
    "rules.unreadable": (
        "算定ルール「{value}」を読めません({reason})。読み取れる TOML ファイルを指定してください。"
    ),
    "rules.too_large": (
        "算定ルールのファイルが {limit} を超えています。--rules / 算定ルール が算定ルールの TOML "
        "ファイルを指しているか確認してください。"
    ),
    "rules.not_utf8": "算定ルールが UTF-8 のテキストではありません。UTF-8 で保存してください。",
    "rules.syntax": (
        "算定ルールが正しい TOML ではありません: {detail}。その行を直してください(README の「Rule "
        "profiles」に完全な例があります)。"
    ),
    "rules.not_table": "{key} = {value}: {key} は [{key}] の節(テーブル)として書いてください。",
    "rules.unknown_key": (
        "不明なキー「{key}」(= {value})です。綴りを確認してください。使えるキー: {known}。"
    ),
    "rules.bad_type": "{key} = {value} の型が違います。{hint}",
    "rules.expect_text": "引用符で囲んだ文字列にしてください。",
    "rules.expect_number": "引用符なしの数値にしてください(例: 5)。",
    "rules.expect_stages": "段階の一覧にしてください(例: [\"materials\", \"processing\"])。",
    "rules.range": "{key} = {value} は範囲外です。{low} から {high} までの数値にしてください。",
    "rules.proxy_zero": (
        "{key} = {value} では除外した材料がすべて 0 kg-CO2e と見積もられ、排出量のカットオフ規則"
        "が常に満たされてしまいます。0 より大きい保守的な値(例: 製品の材料の最大の原単位)にするか、"
        "このキーを削除してください(除外した部品の分類の最大の原単位を cfp が使います)。"),
    "rules.bad_choice": "{key} = {value}: 次のいずれかにしてください: {choices}。",
    "rules.declared_unit": (
        "{key} = {value} では算定できません: cfp が求めるのは製品 1 個のフットプリントです。"
        "\"1 piece\" にするか、このキーを書かないでください。"
    ),
    "warn.cutoff_emissions.materials": (
        "カットオフ(原材料): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました。"
        "原材料段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示します。"
    ),
    "warn.cutoff_emissions.transport": (
        "カットオフ(輸送): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました。"
        "輸送段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示します。"
    ),
    "warn.cutoff_emissions.processing": (
        "カットオフ(加工): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました。"
        "加工段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示します。"
    ),
    "warn.cutoff_emissions.waste": (
        "カットオフ(廃棄物): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました。"
        "廃棄物段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示します。"
    ),
    "warn.cutoff_emissions.total": (
        "カットオフ(全体): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました。"
        "フットプリント全体の {share} です(上限 {limit}、算定ルール {profile})。"
        "報告書に一覧を示します。"
    ),
    "rules.cutoff_exceeded.materials": (
        "カットオフ基準の超過(原材料): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e "
        "と推計され、原材料段階の {share} で、算定ルール「{profile}」の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値"
        "(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_exceeded.transport": (
        "カットオフ基準の超過(輸送): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e "
        "と推計され、輸送段階の {share} で、算定ルール「{profile}」の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値"
        "(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_exceeded.processing": (
        "カットオフ基準の超過(加工): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e "
        "と推計され、加工段階の {share} で、算定ルール「{profile}」の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値"
        "(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_exceeded.waste": (
        "カットオフ基準の超過(廃棄物): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e "
        "と推計され、廃棄物段階の {share} で、算定ルール「{profile}」の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値"
        "(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_exceeded.total": (
        "カットオフ基準の超過(全体): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e "
        "と推計され、フットプリント全体の {share} で、算定ルール「{profile}」の上限 {limit} "
        "を超えます。これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、"
        "算定ルールに低い代替値(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict "
        "では終了コード 1 になります。"
    ),
    "rules.cutoff_not_estimated.materials": (
        "カットオフ基準を確認できません(原材料): 除外した {count} 件のうち {missing} "
        "件に重量がなく、排出量を推計して算定ルール「{profile}」の上限 {limit} と照合できません。"
        "重量を入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_not_estimated.transport": (
        "カットオフ基準を確認できません(輸送): 除外した {count} 件のうち {missing} 件に重量がなく、"
        "排出量を推計して算定ルール「{profile}」の上限 {limit} と照合できません。"
        "重量を入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_not_estimated.processing": (
        "カットオフ基準を確認できません(加工): 除外した {count} 件のうち {missing} 件に重量がなく、"
        "排出量を推計して算定ルール「{profile}」の上限 {limit} と照合できません。"
        "重量を入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_not_estimated.waste": (
        "カットオフ基準を確認できません(廃棄物): 除外した {count} 件のうち {missing} "
        "件に重量がなく、排出量を推計して算定ルール「{profile}」の上限 {limit} と照合できません。"
        "重量を入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"
    ),
    "rules.cutoff_not_estimated.total": (
        "カットオフ基準を確認できません(全体): 除外した {count} 件のうち {missing} 件に重量がなく、"
        "排出量を推計して算定ルール「{profile}」の上限 {limit} と照合できません。"
        "重量を入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"
    ),
    # documents state a broken rule as a fact (render/rules_view.py, issue 14)
    "rules.cutoff_exceeded.materials.doc": (
        "原材料: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む原材料段階の {share} "
        "で、算定ルール「{profile}」の上限 {limit} を超えています。"
    ),
    "rules.cutoff_exceeded.transport.doc": (
        "輸送: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む輸送段階の {share} で、"
        "算定ルール「{profile}」の上限 {limit} を超えています。"
    ),
    "rules.cutoff_exceeded.processing.doc": (
        "加工: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む加工段階の {share} で、"
        "算定ルール「{profile}」の上限 {limit} を超えています。"
    ),
    "rules.cutoff_exceeded.waste.doc": (
        "廃棄物: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む廃棄物段階の {share} "
        "で、算定ルール「{profile}」の上限 {limit} を超えています。"
    ),
    "rules.cutoff_exceeded.total.doc": (
        "全体: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含むフットプリント全体の"
        " {share} で、算定ルール「{profile}」の上限 {limit} を超えています。"
    ),
    "rules.cutoff_not_estimated.materials.doc": (
        "原材料: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール「{profile}」"
        "の上限 {limit} 以内かは示されていません。"
    ),
    "rules.cutoff_not_estimated.transport.doc": (
        "輸送: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール「{profile}」"
        "の上限 {limit} 以内かは示されていません。"
    ),
    "rules.cutoff_not_estimated.processing.doc": (
        "加工: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール「{profile}」"
        "の上限 {limit} 以内かは示されていません。"
    ),
    "rules.cutoff_not_estimated.waste.doc": (
        "廃棄物: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール「{profile}」"
        "の上限 {limit} 以内かは示されていません。"
    ),
    "rules.cutoff_not_estimated.total.doc": (
        "全体: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール「{profile}」"
        "の上限 {limit} 以内かは示されていません。"
    ),
    "rules.min_primary.doc": (
        "一次データ比率 {share} は、算定ルール「{profile}」の最小値 {limit} を下回っています。"
    ),
    "rules.max_proxy.doc": (
        "合計の {share} が代替原単位によるもので、算定ルール「{profile}」の上限 {limit} "
        "を超えています。"
    ),
    "rules.min_primary": (
        "データ品質: 一次データ比率が {share} で、算定ルール「{profile}」の最小値 {limit} "
        "を下回ります。排出の大きい行についてエネルギーの実測や仕入先固有のフットプリントを入手して"
        "ください。--strict では終了コード 1 になります。"
    ),
    "rules.max_proxy": (
        "データ品質: 合計の {share} が代替原単位によるもので、算定ルール「{profile}」"
        "の上限 {limit} を超えます。これらの材料に自社またはデータベースの原単位を与えてください。"
        "--strict では終了コード 1 になります。"
    ),
    "rules.strict_failed": (
        "算定ルール「{profile}」の {count} 件の基準を満たしていません(--strict): 終了コード 1。"
    ),
    "warn.rules_stages_out": (
        "算定ルール「{profile}」は段階 {stages} を対象外とします: システム境界の外にあり、"
        "どの数値にも含まれません。"
    ),
    "warn.rules_rate_fraction": (
        "算定ルール「{profile}」: allocation.recycling_rate_pct = {rate} は {rate} % です({pct} % "
        "ではありません)。率はパーセントで書きます({pct} % なら {pct})。"
    ),
    "warn.rules_eol_credit": (
        "リサイクル効果(回避負荷法、算定ルール {profile}): 工程スクラップのリサイクル控除 {credit} "
        "kg-CO2e は別に示します。フットプリントや PACT の合計からは差し引いていません。"
    ),
    "diff.column_length": (
        "{json_path} の値が {count} 個あり、行数 {rows} と合いません。cfp calc "
        "が書いた結果ファイル(--format json または --out)を編集せずに比較してください。"
    ),
    "diff.bad_code": (
        "{json_path}: {value} はこの列のコードではありません(-1 から {count} - 1 までの整数)。cfp "
        "calc が書いた結果ファイルを編集せずに比較してください。"
    ),
    "diff.kind.column": "列: 配列、または {\"values\": [...], \"codes\": [...]}",
    # --- the command line (cli/): typer's own usage errors, cli/usage.py ------------------
    "cli.usage": "使い方: {usage}",
    "cli.try_help": "ヘルプは「{command}」で表示できます。",
    "cli.aborted": "中断しました。",
    "cli.no_such_option": "{option} というオプションはありません。",
    "cli.no_such_option_possible": (
        "{option} というオプションはありません({options} のことですか?)。"
    ),
    "cli.missing_option": "オプション {option} を指定してください。",
    "cli.missing_argument": "引数「{name}」を指定してください。",
    "cli.needs_value": "{option} には値が必要です。",
    "cli.takes_no_value": "{option} は値を取りません。",
    "cli.no_such_command": "「{name}」というコマンドはありません。コマンド: {commands}。",
    "cli.extra_arguments": "余分な引数があります: {args}。",
    "cli.missing_command": "コマンドを指定してください。",
    "cli.not_integer": "{option} {value}: 整数を指定してください。",
    "cli.not_number": "{option} {value}: 数値を指定してください。",
    "cli.choice": "{option} {value}: {choices} のいずれかを指定してください。",
    "cli.bad_value": "{option} {value}: 使えない値です({detail})。",
    "cli.other": "コマンドラインの誤り: {detail}",
    # --- consistent options (cli/) --------------------------------------------------------
    "usage.output_needs_format": (
        "-o {path} は --format {formats} の出力先です。表は端末に表示するだけです。--format json "
        "を付けるか、表を見るには -o を外してください。"
    ),
    "usage.out_needs_report": (
        "--out {path}: 部品表 1 件では --out は報告書の出力フォルダですが、--report "
        "の指定がありません。--report({kinds})を付けるか、--format json -o ファイル "
        "で結果を書き出してください。"
    ),
    "usage.json_deprecated": (
        "--json は非推奨で、今後削除されます。--format json を使ってください。"
    ),
    "usage.kind": "--kind {value}: {kinds} のいずれかを指定してください。",
    "factors.bom_twice": (
        "ブックが 2 回指定されています({path} と --bom {option})。引数として 1 回だけ指定して"
        "ください(cfp factors list BOM.xlsx)。"
    ),
    "factors.bom_deprecated": (
        "--bom は非推奨で、今後削除されます: ブックは引数として指定してください"
        "(cfp factors list {path})。"
    ),
    "factors.no_match": (
        "「{term}」に一致する排出原単位はありません(検索対象: キー、名称、別名、出典、備考)。"
        "短い語で検索するか、cfp factors list で一覧を表示してください。"
    ),
    "factors.no_match_kind": (
        "種類 {kind} で「{term}」に一致する排出原単位はありません(検索対象: キー、名称、別名、"
        "出典、備考)。短い語で検索するか、別の --kind を指定してください。"
    ),
    "label.more_warnings": "…ほか警告 {count} 件(すべて表示するには: cfp calc ... | less)",
    # --- a refused mass cut-off (lca/compute/flows.py `_missing_factors`) ------------------
    "material.cutoff_exceeded": (
        "排出原単位のない部品 {count} 件の質量は購入材料(素材重量)の {share} で、"
        "質量カットオフの基準 {limit} "
        "を超えるため除外できません。下記の部品の原単位を追加するか、基準を広げる(--cutoff "
        "または設定シートのカットオフ)か、--allow-missing で除外してください。"
    ),
    "material.cutoff_no_mass": (
        "質量カットオフの基準 {limit} を排出原単位のない部品 {count} 件に適用できません。"
        "製品の質量が不明です(重量がありません)。重量を記入するか、下記の部品の原単位を追加してくだ"
        "さい。"
    ),
    "material.cutoff_no_weight": (
        "排出原単位のない部品のうち {count} 件は重量がないため、質量カットオフ {limit} で"
        "量れません(製品に占める割合が不明なので除外しません)。下記の部品の原単位を追加するか、"
        "重量を記入するか、--allow-missing で除外してください。"
    ),
    "material.no_factor_cut_off": (
        "品番「{part}」(材質「{grade}」、分類「{category}」)の排出原単位がありません。"
        "排出原単位シートか --factors ファイルにキー「{key}」の行を追加するか、"
        "分類を指定してください。"
    ),
    # --- documents finished (issue 11) ---------------------------------------------------
    # The reports show a neutral "not stated"; the calculation's warning says what to add
    # (to be raised where the settings are checked, e.g. resolve/checks.warn_inputs).
    "warn.no_reference_period": (
        "対象期間がありません: 設定シートに「対象期間」(例: 2025-04-01/2026-03-31、2025、2025年度)"
        "を追加してください。追加するまで報告書には「記載なし」と表示されます。"
    ),
    # The same warnings as a study report states them: facts, no instruction to the
    # author (the report's "Warnings from the calculation" is read by the customer).
    "warn.no_reference_period.doc": "設定に対象期間の記載がありません。",
    "warn.proxy_factor.doc": "{count} 行が代替(プロキシ)原単位を使っています: {keys}。",
    "warn.cut_off.doc": (
        "カットオフ: 排出原単位のない {count} 部品(購入材料の質量の {share}、上限 {limit})"
        "を除外しました。"
    ),
    "warn.zero_factor.doc": (
        "原単位「{factor}」は 0 です({origin})。カットオフ法によるリサイクル材の投入と同じ扱いです"
        "。"
    ),
    "warn.part_inconsistent.doc": (
        "品番「{part}」は材質・分類・重量の異なる複数の行にあります({sheet} の {rows} 行目)。"
        "各行を記載どおりに計上しました。"
    ),
    "warn.part_inconsistent.many.doc": (
        "{count} 件の品番が材質・分類・重量の異なる複数の行にあります({first} ほか {more} 件)。"
        "各行を記載どおりに計上しました。"
    ),
    "warn.hidden_sheet.doc": "ブックの非表示シート「{sheet}」を読み込んで使用しました。",
    "warn.hidden_rows.doc": (
        "Excel で非表示の {count} 行の部品を計算に含めました(シート「{sheet}」の {rows} 行目)。"
    ),
    "warn.hidden_columns.doc": (
        "Excel で非表示のシート「{sheet}」の列 {columns} を読み込んで使用しました。"
    ),
    "warn.hidden_table_rows.doc": (
        "Excel で非表示の {count} 行を「{table}」から読み込んで使用しました({rows} 行目)。"
    ),
    "warn.hidden_table_columns.doc": (
        "Excel で非表示の列を「{table}」から読み込んで使用しました: {columns}。"
    ),
    # --- PACT export: data quality, version chain, product ids, Green x Digital (issue 12,
    # lca/aggregate/quality.py, lca/render/pact_chain.py, lca/render/gxd.py) ---------------
    # the line's own ratings (cfp's), beside the supplier footprint's (h.pcf_dqr_*)
    "h.dqr_technological": "行の技術的DQR",
    "h.dqr_geographical": "行の地理的DQR",
    "h.dqr_temporal": "行の時間的DQR",
    "setting.company_domain": "会社ドメイン",
    "settings.domain_hint": (
        "会社のドメイン名を書いてください(例: example.co.jp。英数字とハイフン、"
        "ラベルはドットで区切り、http:// やパスは付けません)。"
    ),
    "settings.yes_no_hint": "yes / no(はい / いいえ)で書いてください。",
    "usage.pact_extension": (
        "--pact-extension {value}: cfp が書ける拡張ではありません。{extensions} "
        "を指定してください。"
    ),
    # --- supplier footprints in (issue 12, lca/read/supplier_pcf.py) ----------------------
    "supplier_pcf.not_found": (
        "ファイルまたはフォルダがありません。--supplier-pcf のパスを確認してください。"
    ),
    "supplier_pcf.no_json": (
        "フォルダに *.json ファイルがありません(サブフォルダは読みません)。仕入先の PACT "
        "フットプリントのファイルを置くか、ファイルを直接指定してください。"
    ),
    "supplier_pcf.too_many_files": (
        "仕入先フットプリントのファイルが {count} 個あり、1 回に読める {limit} 個を超えています。"
        "このファイル以降は読んでいません。この部品表に必要なファイルだけを指定してください。"
    ),
    "supplier_pcf.not_file": (
        "通常のファイルではありません(フォルダやパイプ?)。PACT フットプリントの JSON "
        "ファイルを指定してください。"
    ),
    "supplier_pcf.os_error": "読み込めません({reason})。ファイルとアクセス権を確認してください。",
    "supplier_pcf.too_large": (
        "ファイルは {size} MB で、仕入先フットプリントのファイルとして読める {limit} MB "
        "を超えているため読み込んでいません(フットプリント 1 件は約 4 KB)。PACT "
        "フットプリントのファイルか確認するか、分割してください。"
    ),
    "supplier_pcf.total_too_large": (
        "このファイルを含めると仕入先フットプリントのファイルが合計 {limit} MB を超えるため、"
        "読み込んでいません。この部品表に必要なファイルだけを指定してください。"
    ),
    "supplier_pcf.too_many_footprints": (
        "仕入先フットプリントが {limit} 件を超えたため、このファイルで読み込みを止めました。"
        "この部品表に必要なファイルだけを指定してください。"
    ),
    "supplier_pcf.not_utf8": (
        "{json_path}: UTF-8 のテキストではありません。{offset} バイト目({line} 行目)"
        "を解読できません。PACT フットプリントは UTF-8 の JSON です。UTF-8 で保存してください。"
    ),
    "supplier_pcf.not_json": (
        "{json_path}: JSON ではありません: {line} 行 {column} 列目({detail})。"
        "仕入先のシステムが書き出したままのファイルを依頼してください。"
    ),
    "supplier_pcf.too_deep": (
        "{json_path}: 配列やオブジェクトの入れ子が {limit} 段を超えているため読み込みません(PACT "
        "フットプリントは約 7 段)。PACT フットプリントのファイルか確認してください。"
    ),
    "supplier_pcf.duplicate_key": (
        "{json_path}: 1 つのオブジェクトにキー「{key}」が {count} 回あり、値が定まりません。1 "
        "つにしてください。"
    ),
    "supplier_pcf.not_finite": (
        "{json_path}: {value} は有限の数値ではありません(NaN、Infinity、1.8e308 "
        "を超える数は使えません)。\"1.85\" のような 10 進数の文字列で書いてください。"
    ),
    "supplier_pcf.bad_unicode": (
        "{json_path}: テキストに対になっていないサロゲート(\\udc80 など)があり、UTF-8 "
        "のファイルでは表せません。テキストを修正してください。"
    ),
    "supplier_pcf.not_footprint": (
        "{json_path}: これは「{value}」で、PACT フットプリントのファイルではありません。cfp "
        "が読むのは ProductFootprint 1 件(id、specVersion、pcf など)、その配列、または "
        "ListFootprints の応答 {{\"data\": [...]}} です。"
    ),
    "supplier_pcf.unsupported_version": (
        "{json_path}: specVersion {value}: cfp が読めるのは PACT 2.x と 3.x のフットプリントです。"
        "仕入先に v3(または v2)での書き出しを依頼してください。"
    ),
    "supplier_pcf.missing": (
        "{json_path} がありません: PACT {version} では {field}({hint})が必須です。追加するか、"
        "仕様どおりのフットプリントを仕入先に依頼してください。"
    ),
    "supplier_pcf.wrong_type": (
        "{json_path}: {hint}が必要ですが、「{value}」でした。ファイルを修正するか、PACT "
        "の仕様どおりのファイルを仕入先に依頼してください。"
    ),
    "supplier_pcf.bad_value": (
        "{json_path}: {value} は{hint}ではありません。ファイルを修正するか、PACT "
        "の仕様どおりのファイルを仕入先に依頼してください。"
    ),
    "supplier_pcf.not_decimal": (
        "{json_path}: {value} は 10 進数ではありません。PACT では \"1.85\" のように数字と符号・"
        "小数点だけで書きます(指数表記や桁区切りは使えません)。"
    ),
    "supplier_pcf.out_of_range": "{json_path}: {value} は範囲外です。{range} の値にしてください。",
    "supplier_pcf.not_unique": (
        "{json_path}: {value} が重複しています(最初は {first})。PACT では各項目は 1 回だけです。"
        "重複を削除してください。"
    ),
    "supplier_pcf.geography_several": (
        "{json_path}: {fields} が同時に指定されています。PACT の地域は 1 つ(地域、国、"
        "または国の行政区画)だけです。該当するものだけを残してください。"
    ),
    "supplier_pcf.period_order": (
        "{json_path}: {end_field} {end} が {start_field} {start} より前です。"
        "日付を修正してください。"
    ),
    "supplier_pcf.packaging": (
        "{json_path}: packagingGhgEmissions がありますが packagingEmissionsIncluded が true "
        "ではありません(PACT では包装を含む場合にだけ記載します)。包装を含むなら "
        "packagingEmissionsIncluded を true に、含まないなら packagingGhgEmissions "
        "を削除してください。"
    ),
    "supplier_pcf.density_impossible": (
        "{json_path}: productMassPerDeclaredUnit {value} は {declared} あたりのフットプリントでは"
        " 1 リットルあたり {density} kg になり、どの物質よりも重くなります(オスミウムで 22.6)。"
        "PACT {version} で申告単位 1 つ分の質量か全体の質量か(v2 と v3 で異なります)を確認し、"
        "仕入先に訂正したフットプリントを依頼してください。"
    ),
    "supplier_pcf.duplicate_id": (
        "{json_path}: フットプリント ID {value} は {other} の別のフットプリントでも使われています。"
        "PACT ではフットプリントごとに別の ID です。古い方を削除してください。"
    ),
    "supplier_pcf.needs_mass": (
        "仕入先フットプリント {id}({file} {json_path})は {declared} あたりです。1 "
        "個あたりに換算できるよう部品の重量を記入するか、「{company}」に 1 個(piece)"
        "あたりのフットプリントを依頼してください。"
    ),
    "supplier_pcf.mass_not_convertible": (
        "仕入先フットプリント {id}({file} {json_path})は {declared} あたりで製品質量 {mass} kg "
        "がありますが、重量は {declared} の量に換算できません(PACT ではエネルギー・輸送・"
        "サービスの質量は 0)。数量をその単位で書いてください: 数量単位に kWh・MJ・t-km など、"
        "個数にその量。"
    ),
    "supplier_pcf.cannot_convert": (
        "仕入先フットプリント {id}({file} {json_path})は {declared} あたりで、行にある量({wanted})"
        "では換算できません(フットプリントに製品質量がありません)。「{company}」に 1 "
        "個あたりまたは 1 kg あたりのフットプリントを依頼してください。"
    ),
    "supplier_pcf.kind.footprint": "ProductFootprint のオブジェクト {…}",
    "supplier_pcf.kind.object": "JSON オブジェクト {…}",
    "supplier_pcf.kind.text": "テキスト(文字列)",
    "supplier_pcf.kind.nonempty": "空でないテキスト",
    "supplier_pcf.kind.uuid": "\"f4b1225a-bd44-4c8e-861d-079e4e1dfd69\" のような UUID",
    "supplier_pcf.kind.uuids": "UUID の空でない配列(重複なし)",
    "supplier_pcf.kind.semver": "\"3.0.0\" のようなバージョン番号",
    "supplier_pcf.kind.datetime": (
        "\"2025-01-01T00:00:00Z\" のようなタイムゾーン付きの日時(RFC 3339)"
    ),
    "supplier_pcf.kind.status": "Active または Deprecated",
    "supplier_pcf.kind.unit": (
        "PACT の宣言単位(piece、kilogram、liter、cubic meter、kilowatt hour、megajoule、square "
        "meter、ton kilometer、hour、megabit second のいずれか)"
    ),
    "supplier_pcf.kind.urns": "URN(\"urn:...\")の空でない配列(重複なし)",
    "supplier_pcf.kind.strings": "テキストの空でない配列",
    "supplier_pcf.kind.ar": "\"AR6\" のような IPCC 評価報告書の名前",
    "supplier_pcf.kind.ar_list": "[\"AR6\"] のような IPCC 評価報告書の名前の空でない配列",
    "supplier_pcf.kind.bool": "true または false",
    "supplier_pcf.kind.decimal": "\"1.85\" のような 10 進数の文字列",
    "supplier_pcf.kind.number": "12.5 のような JSON の数値",
    "supplier_pcf.kind.count": "0 以上の整数",
    "supplier_pcf.kind.country": "\"JP\" のような ISO 3166-1 の国コード",
    "supplier_pcf.kind.subdivision": "\"JP-13\" のような ISO 3166-2 の行政区画コード",
    "supplier_pcf.warn.numbers": (
        "{file} {json_path}: {count} 個の値が、PACT {version} では 10 進数の文字列で書くところ "
        "JSON の数値です({paths})。数値として読みました。仕様どおり文字列(\"1.85\")"
        "で書くよう仕入先に依頼してください。"
    ),
    "supplier_pcf.warn.strings": (
        "{file} {json_path}: {count} 個の値が、PACT {version} では JSON の数値で書くところ 10 "
        "進数の文字列です({paths})。数値として読みました。"
    ),
    "supplier_pcf.warn.unit_alias": (
        "{file} {json_path}: 宣言単位「{value}」は PACT {version} の表記ではありません。{unit} "
        "として読みました。"
    ),
    "supplier_pcf.warn.empty": "{file}: ファイルにフットプリントがありません。",
    "supplier_pcf.warn.older_version": (
        "仕入先フットプリント {id}: バージョン {version}({newer})を使いました。バージョン "
        "{older_version}({older})は同じフットプリントの以前の版なので使いません。"
        "この警告を消すには古いファイルを削除してください。"
    ),
    "supplier_pcf.warn.density_high": (
        "仕入先フットプリント {id}({file} {json_path}): productMassPerDeclaredUnit {value} は"
        " {declared} あたりのフットプリントでは 1 リットルあたり {density} kg とほとんどの液体より"
        "重く、部品の重量はこの値でリットルに換算されます。1 リットル分のところに製品全体の質量が"
        "書かれている場合(PACT の v2 と v3 で定義が異なります)は数値がずれます。"
        "「{company}」に確認してください。"
    ),
    "supplier_pcf.warn.duplicate": (
        "{file} {json_path}: {other} と同じフットプリント {id} です。1 回だけ読みました。"
    ),
    "supplier_pcf.warn.deprecated_only": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})は Deprecated(廃止)ですが、"
        "一致する Active のフットプリントがないため使用しました。「{company}」"
        "に後継のフットプリントを依頼してください。"
    ),
    "supplier_pcf.warn.deprecated_chosen": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})は Deprecated(廃止)です。"
        "Active のフットプリント {active} も一致しています。"
    ),
    "supplier_pcf.warn.several_active": (
        "「{product}」に一致する Active の仕入先フットプリントが {count} 件あります({ids})。"
        "最新の {id}({file} {json_path})を使用しました。製品ごとに 1 件にしてください。"
    ),
    "supplier_pcf.warn.expired": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})は {end} "
        "に有効期限(validityPeriodEnd)が切れています。「{company}」に最新のフットプリントを依頼して"
        "ください。"
    ),
    "supplier_pcf.warn.expired_assumed": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})は {end} "
        "に有効期限が切れています(有効期間の記載がないため、PACT の規定により対象期間の終了"
        " {reference_end} から 3 年)。「{company}」に最新のフットプリントを依頼してください。"
    ),
    "supplier_pcf.warn.not_yet_valid": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})の有効期間は {start} "
        "から(validityPeriodStart)です。"
    ),
    # --- supplier footprints matched to BOM lines (issue 12, lca/resolve/supplier.py) ----
    "supplier_pcf.id_unknown": (
        "「{part}」に指定されたフットプリント ID {value} の仕入先フットプリントがありません(読み込"
        "んだファイル: {files})。ID を確認するか、--supplier-pcf で仕入先のファイルを追加してくださ"
        "い。"
    ),
    "supplier_pcf.ambiguous": (
        "{part}({value})に一致する Active の仕入先フットプリントが {count} 件あります:"
        " {first}({first_file})と {second}({second_file})。使うものを PCF ID 列で指定するか、"
        "古い方を削除してください。"
    ),
    "supplier_pcf.unit_per_piece": (
        "「{part}」の数量は {value}(数量単位)ですが、この行には 1 個あたりの加工か切りくず"
        "(加工時間・実測値・素材重量と重量の差)もあり、その数量が掛けられてしまいます。"
        "数量を個で書き(数量単位は空欄か 個)1 個の重量を書くか、{value} の材料を別の行に"
        "してください。"
    ),
    "supplier_pcf.line_unit": (
        "「{value}」は「{part}」の数量の単位として使えません(仕入先フットプリント {id})。{units} "
        "のいずれかを書くか、個数なら空欄にしてください。"
    ),
    "supplier_pcf.warn.ids_unused": (
        "{count} 行に PCF ID がありますが --supplier-pcf の指定がないため、"
        "排出原単位で計算しました。"
    ),
    # --- the terminal view: what the number rests on (cli/context_view.py, issues 12/14) --
    "view.supplier_pcfs": "仕入先のCFP(一次データ): {lines} 行、合計の {share}",
    "view.rules": "算定ルール: {name}",
    # --- uncertainty, sensitivity, advice (issue 14, compute/uncertainty.py, aggregate/advice.py)
    "factor.dist_unknown": (
        "不明な分布です。{names}(Brightway stats_arrays の名前)のいずれかを使うか、"
        "空欄にしてください。"
    ),
    "factor.dist_needs_name": (
        "最小値・最大値に分布の指定がありません。分布の列に triangular または uniform "
        "を書いてください({names})。"
    ),
    "factor.dist_gsd_and_sd": (
        "分布の指定がないまま幾何標準偏差と標準偏差の両方があります。分布の列に lognormal"
        "(幾何標準偏差を使う)か normal(標準偏差を使う)を書くか、もう一方を空欄にしてください。"
    ),
    "factor.dist_missing": (
        "{distribution} 分布には列「{column}」が必要です。列を追加し、この行に値を入れてください。"
    ),
    "factor.dist_gsd": (
        "幾何標準偏差 {gsd} が 1 未満です。gsd は 1 以上です(1 は不確かさなし、1.2 は約 ±20%)。"
    ),
    "factor.dist_sd": "標準偏差 {sd} が負です。原単位と同じ単位で 0 以上の値を入れてください。",
    "factor.dist_gsd_large": (
        "幾何標準偏差「{gsd}」が {most} を超えています。gsd は比(1.1 で約 ±10%、1.3 で約 ±30%)で、"
        "百分率ではありません。比で書くか、空欄にしてください。"
    ),
    "factor.dist_sd_large": (
        "標準偏差「{sd}」が原単位「{factor}」より大きいです(正規分布では 16% を超える試行で原単位が"
        "負になります)。標準偏差は原単位と同じ単位で、百分率ではありません(「{factor}」の 10% は "
        "{tenth})。広いばらつきには lognormal と幾何標準偏差を使ってください。"
    ),
    "factor.dist_min_negative": (
        "最小値「{low}」が 0 未満ですが、原単位は負になりません。最小値・最大値は原単位と同じ単位の"
        "値で、百分率や差ではありません(±10% なら {below} と {above})。"
    ),
    "factor.dist_min_max": (
        "最小値 {low} が最大値 {high} より大きいです。入れ替えるか訂正してください。"
    ),
    "factor.dist_outside": (
        "原単位 {factor} が範囲 {low} – {high} の外にあります。原単位は最小値と最大値の間(三角分布"
        "では最頻値)にしてください。"
    ),
    "factor.dist_lognormal_zero": (
        "対数正規分布には 0 より大きい原単位が必要です。原単位 0 には normal を使うか、"
        "分布を指定しないでください。"
    ),
    "unc.defaults_cv": (
        "{key} = {number}: 0 以上 1 未満の変動係数を使ってください(0.05 = 5%、0.01 = 1%)。"
    ),
    "unc.defaults_gsd": (
        "{key} = {number}: 1 から {most} の幾何標準偏差を使ってください(1.3 で約 ±30%。"
        "百分率ではなく比です)。"
    ),
    "unc.defaults_key": "{key}: 不明なキーです。使えるキー: {keys}。",
    "unc.defaults_unreadable": (
        "読み取れる TOML ファイルではありません({error})。[amount_cv] と [factor_gsd] "
        "の表に数値を書いてください(README「Uncertainty」)。"
    ),
    "usage.needs_uncertainty": (
        "{option} はモンテカルロ計算に使います。--uncertainty N(例: --uncertainty 10000)"
        "を追加してください。"
    ),
    "label.unc.title": "不確かさ(モンテカルロ)",
    "label.unc.run": "{iterations} 回、シード {seed}",
    "label.unc.mean": "平均",
    "label.unc.median": "中央値",
    "label.unc.sd": "標準偏差",
    "label.unc.interval": "95% 区間",
    "label.unc.static": "確定値",
    "label.unc.contributors": "分散への寄与が大きい行",
    "label.unc.line": "行",
    "label.unc.variance_share": "分散寄与",
    "label.unc.factor_part": "うち原単位",
    "label.unc.amount_part": "うち活動量",
    "label.unc.histogram": "合計の分布",
    "label.unc.samples": "回数",
    "label.sens.title": "感度分析(一つずつ ±{pct}%)",
    "label.sens.input": "入力",
    "label.sens.low": "{pct}% 減",
    "label.sens.high": "{pct}% 増",
    "label.sens.utilisation": "「{name}」の使用率",
    "label.sens.electricity_factor": "電力排出係数({name})",
    "label.sens.factor": "原単位「{name}」",
    "label.sens.energy_basis": "{name}: 実測値 → 定格電力による推定値",
    "label.sens.measured": "実測",
    "label.sens.estimated": "推定",
    "label.adv.title": "次に測るべきデータ・依頼すべきデータ",
    "label.adv.action": "対応",
    "label.adv.narrowing": "95% 区間の縮小",
    "label.adv.interval_after": "対応後の区間",
    "label.adv.none": "改善できる推定電力量・一次データ以外の原単位はありません。",
    "label.adv.method": (
        "各対応は、その入力を一次データ(実測値の既定の分布)にして同じモンテカルロ計算({iterations} "
        "回、シード {seed})をやり直したものです。縮小幅は合計の 95% 区間の変化です。"
    ),
    "advice.measure": (
        "部品「{part}」の「{process}」の加工電力量を実測する(推定値、分散の {variance})"
    ),
    "advice.ask_supplier": (
        "「{supplier}」に部品「{part}」の PACT フットプリントを依頼する({basis}原単位「{key}」、"
        "合計の {share}、分散の {variance})"
    ),
    "advice.basis.proxy": "代替",
    "advice.basis.secondary": "二次",
    "advice.no_supplier": "仕入先",
    "advise.help": (
        "次に実測すべき工程・仕入先に依頼すべきデータを、合計の 95% 区間の縮小幅(モンテカルロ)"
        "で順位付けします。"
    ),
    # --- fuels and compressed air in processing (issue 15, lca/read/utilities.py,
    # lca/compute/processing.py) --------------------------------------------------------
    "process.fuel_unit": (
        "燃料消費量の列には括弧で単位を書いてください: 1 時間当たり(m3/h、Nm3/h、L/h、kg/h)、1 "
        "分当たり(L/min)または 1 個当たり(m3/個、kg/個)。例: 燃料消費量(m3/h)。"
    ),
    "process.fuel_without_key": (
        "燃料消費量がありますが燃料が書かれていません。この行の燃料の列に燃料(都市ガス13A、LPG、"
        "灯油、A重油、軽油など)を書いてください。"
    ),
    "measurement.fuel_without_key": (
        "1 個当たりの燃料使用量が実測されていますが燃料が書かれていません。"
        "この行か工程シートのその工程の燃料の列に書いてください。"
    ),
    "measurement.fuel_unit": (
        "燃料使用量の列には括弧で 1 個当たりの単位を書いてください。例: 燃料使用量(m3/個)、(L/個)、"
        "(kg/個)。(m3) のような単位だけでは読みません(計測した回の合計かもしれません)。合計は"
        "加工数で割ってください。"
    ),
    "process.fuel_no_factor": (
        "燃料「{fuel}」の排出原単位がありません。内蔵の燃料(都市ガス13A、天然ガス、LPG、LNG、灯油、"
        "軽油、ガソリン、A重油、B・C重油、コークス、一般炭)を使うか、排出原単位シートに「{fuel}」"
        "を追加してください。"
    ),
    "process.fuel_unit_mismatch": (
        "燃料「{fuel}」の排出原単位は {factor_unit} 当たりですが、使用量が {unit} "
        "で書かれています。質量と体積は換算しません(密度を仮定しません)。{factor_unit}(または同じ種"
        "類の L、kL、m3、Nm3 / kg、t)で書くか、{unit} 当たりの排出原単位を追加してください。"
    ),
    "process.air_unit": (
        "圧縮空気の列には括弧で単位を書いてください: Nm3/h、m3/min、L/min、または 1 個当たり "
        "Nm3/個、L/個。例: 圧縮空気(Nm3/h)。"
    ),
    "process.air_kwh_unit": (
        "コンプレッサの電力原単位は kWh/Nm3(または kWh/m3)で書いてください: 空気電力原単位(kWh/Nm3)"
        "。比動力 kW/(m3/min) を 60 で割ると kWh/Nm3 になります。"
    ),
    "process.air_kwh_implausible": (
        "コンプレッサの電力原単位 {kwh} kWh/Nm3 はありえない値です。空気 1 Nm3 当たりおよそ"
        " 0.1〜0.2 kWh です。比動力 kW/(m3/min) は kWh/Nm3 ではありません: 60 で割ってください"
        "({per_min} kWh/Nm3)。"
    ),
    "warn.air_default": (
        "圧縮空気は cfp の既定値 {kwh} kWh/Nm3(0.6〜0.7 MPa のスクリューコンプレッサ)"
        "で電力に換算しました。根拠のある値にするには、お使いのコンプレッサの値(工程シートの空気電"
        "力原単位または設定シートの圧縮空気電力原単位)を書いてください。"
    ),
    "h.energy_carrier": "エネルギー種別",
    "setting.air_kwh": "圧縮空気電力原単位(kWh/Nm3)",
    "scope.scope1": "自社での燃料燃焼(Scope 1)",
    "scope.scope2": "購入電力(Scope 2)",
    "sec.processing_scopes": "加工のエネルギー種別の内訳",
    "h.scope": "スコープ",
    "mb.fuel": "燃料",
    "carrier.electricity": "購入電力",
    "carrier.compressed_air": "圧縮空気(コンプレッサの電力)",
    # --- metered energy from logger files (issue 15, --meter-log, lca/read/meterlog.py) --
    "meterlog.no_mapping": (
        "このロガーのファイルが --meter-log で指定されていますが、どの部品・工程・"
        "時間帯を計測したかを示す計測ログシートがワークブックにありません。ファイル、品番、"
        "工程(必要に応じて開始、終了、加工数)の列を持つシートを追加してください。"
    ),
    "meterlog.not_given": (
        "ログファイル「{value}」がコマンドラインで指定されていません。--meter-log {value} "
        "を追加してください(指定済み: {files})。"
    ),
    "meterlog.unmapped": (
        "--meter-log {value} が「{map_sheet}」シートのファイルの列にありません。"
        "その行を追加するか、オプションを外してください。"
    ),
    "meterlog.no_header": (
        "このログの先頭 40 行に、時刻(日時、または日付と時刻。Date、Time、Timestamp)と電力(電力(kW)"
        "、P(W))または積算電力量(積算電力量(kWh)、Wh(+)、WP+)の列を持つ見出し行がありません。"
        "出力設定を確認するか見出しを変更してください。"
    ),
    "meterlog.no_column": (
        "列「{value}」(計測ログシートの列)がこのログの見出しにありません。"
        "ログの見出しをそのまま書いてください。"
    ),
    "meterlog.column_unit": (
        "列「{value}」は電力(kW、W)でも積算電力量(kWh、Wh)でもありません。"
        "見出しに単位を書いてください。例: 電力(kW)、積算電力量(kWh)。"
    ),
    "meterlog.bad_time": "{row} 行目:「{value}」は日時ではありません(例: 2026/04/01 08:00:00)。",
    "meterlog.no_samples": "このログには見出しの下にデータ行がありません。",
    "meterlog.not_number": (
        "{row} 行目: 「{value}」は数値ではありません。小数は小数点(0.5)で、カンマは 3 桁ごとの"
        "桁区切り(1,200)にだけ使ってください。"
    ),
    "meterlog.window_outside": (
        "時間帯 {window_start} から {window_end} がログ「{log_file}」の範囲({log_start} "
        "から {log_end})に収まっていません。ログの外の電力量は推測になります。開始・"
        "終了を直す(開始は終了より前、どちらもログの範囲内)か、時間帯全体を含むログを指定してくださ"
        "い。"
    ),
    "meterlog.too_few_samples": (
        "ログ「{log_file}」のサンプルが 2 つ未満で、区間を計測できません。"
        "より長いログを指定してください。"
    ),
    "meterlog.bad_window": (
        "「{value}」は日時ではありません。例: 2026/04/01 08:00 のように書いてください。"
    ),
    "meterlog.time_not_increasing": (
        "{row} 行目: 時刻「{value}」が {previous} 行目より後になっていません。"
        "ログは時刻順で重複がない必要があります(時計の変更か、2 つのログの連結?)。"
        "並べ替えるか分けてください。"
    ),
    "meterlog.counter_decrease": (
        "{row} 行目: カウンタが {before} から {after} に減っています(リセットまたは負の変化)。"
        "リセットをまたがない時間帯にする(計測ログシートを 2 行に分ける)か、ログを直してください。"
    ),
    "meterlog.negative_power": (
        "{row} 行目: 電力が負の値 {value} kW です(回生、またはクランプの向きが逆?)。"
        "クランプの向きを確認してください。"
    ),
    "meterlog.no_pieces": (
        "ログ「{log_file}」には個数カウンタがありません。時間帯内の加工数を加工数の列に書いてくださ"
        "い。"
    ),
    "meterlog.pieces_unread": (
        "セル {ref}({row} 行目、列「{column}」、{time}): 時間帯 {window_start} から {window_end} の"
        "電力量を読むサンプルで個数カウンタが{reading}です。加工数がほかのサンプルからの推測になり"
        "ます。カウンタの値を記入するか、開始・終了を値のあるサンプルに移すか、加工数の列に"
        "時間帯内の加工数を書いてください。"
    ),
    "meterlog.reading_blank": "空欄",
    "meterlog.reading_text": "「{text}」",
    "meterlog.no_pieces_made": (
        "「{log_file}」の個数カウンタがこの時間帯で増えていません(加工されていません)。"
        "時間帯を確認するか加工数を書いてください。"
    ),
    "warn.meterlog_gap": (
        "{file}: {previous} 行目と {row} 行目の間が {minutes} 分あります(通常 {typical} 分)。"
        "サンプルが欠けています。積算値の差は正確です(期間の始まりや終わりが欠損中にある場合は"
        "一定の増加として補間)が、電力の合計では欠けた時間全体に欠損後の電力を用いています。"
    ),
    "warn.meterlog_missing": (
        "{file}: 値のない行({count} 行。----、OR、空欄)を読み飛ばしました(例: {first} 行目)。"
    ),
    "warn.meterlog_not_given": (
        "「{sheet}」シートにロガーのファイルが対応付けられていますが、--meter-log "
        "が指定されていないため計測値は使われません(各ファイルを --meter-log FILE "
        "で指定してください)。"
    ),
    "warn.meterlog_not_given.doc": (
        "「{sheet}」シートに対応付けられたロガーのファイルは今回の算定に含めていません。"
        "該当する行の加工エネルギーは計測値ではなく推計値です。"
    ),
    "warn.meterlog_replaces": (
        "部品「{part}」の工程「{process}」の計測ログが実測シートの行に代わって使われます。"
    ),
    # --- rule profiles, emission cut-off, allocation (issue 14, render/rules_view.py) ---
    "rules.profile": "算定ルール",
    "rules.file": "ルールのファイル",
    "rules.origin": "指定元",
    "rules.origin.command_line": "コマンドライン(--rules)",
    "rules.origin.settings": "設定シート(算定ルール)",
    "rules.origin.default": "組み込みの既定",
    "rules.guideline": "準拠",
    "rules.sheet": "算定ルール",
    "rules.basis_total": "フットプリント全体",
    "rules.cutoff_title": "排出量によるカットオフ: 除外分は {limit} 以内",
    "rules.h.included": "算入(kg-CO2e)",
    "rules.h.excluded": "除外分の推計(kg-CO2e)",
    "rules.h.share": "割合",
    "rules.h.within": "基準内",
    "rules.h.proxy": "保守的な代替値",
    "rules.h.estimate": "推計(kg-CO2e)",
    "rules.yes": "はい",
    "rules.no": "いいえ",
    "rules.total_without": "除外分を含まない合計",
    "rules.total_with": "除外分を含む合計(推計)",
    "rules.split_title": "フットプリントの内訳: 明細の内訳列の合計(PACT 出力の値)",
    "rules.h.split": "内訳",
    "rules.h.kg": "宣言単位あたり kg-CO2e",
    "rules.h.pact": "PACT の項目",
    "rules.split.excluding": "フットプリント(生物起源の吸収を含まない)",
    "rules.split.fossil": "化石由来の温室効果ガス排出量",
    "rules.split.including": "フットプリント(生物起源の吸収を含む)",
    "rules.split.packaging_included": "包装の排出量を含む(サプライヤーのフットプリントによる)",
    "rules.split.packaging": "包装の排出量",
    "rules.split.packaging_unknown": "包装を含むフットプリントの一部が値を示していません",
    "rules.split.gwp_sets": "IPCC の特性化係数",
    "rules.split.note": (
        "データベースの排出原単位は化石由来・生物起源の内訳を持たないため、すべて化石由来とし、生物"
        "起源の吸収も包装も含めません。使用したサプライヤーのフットプリントは、自身の値を使用量に比"
        "例して持ち込みます。PACT 出力ではこれを有効数字 6 桁に丸めます(化石由来と包装は 0 未満に"
        "しません)。"
    ),
    "rules.alloc.cut_off": (
        "カットオフ(リサイクル含有率)法: 工程スクラップは負荷も控除もなしに系外へ"
    ),
    "rules.alloc.eol_recycling": (
        "リサイクル効果(回避負荷法): リサイクルされる工程スクラップの控除を別に示し、"
        "フットプリントからは差し引かない"
    ),
    "rules.credit": "リサイクル控除(合計に含まない、kg-CO2e)",
    "rules.total_with_credit": "控除を反映した値(参考、kg-CO2e)",
    "rules.text.cutoff": (
        "算定ルール {profile}: 除外した項目を保守的な代替値(原材料: ルールに明記した値、"
        "なければ部品の分類で最大の kg 当たり原単位、分類がなければ全分類で最大の値。輸送: "
        "仕入先表で最も排出の大きい輸送条件)で推計し、{basis}の {limit} "
        "以内であることを確認します。"
    ),
    "rules.basis.stage": "各ライフサイクル段階の排出量",
    "rules.basis.total": "フットプリント全体",
    "rules.text.stages_out": "算定ルールによりシステム境界外: {stages}。",
    "rules.text.credit": (
        "工程スクラップのリサイクル控除(リサイクル率 {rate}、各部品の材料の原単位で一次材料の回避分"
        "): {credit} kg-CO2e。フットプリント {total} kg-CO2e からは差し引いていません。"
        "控除を反映した参考値: {net} kg-CO2e。"
    ),
    "reason.unknown_supplier": "輸送: 仕入先表にない仕入先",
    "reason.incomplete_supplier": "輸送: 輸送手段か距離が空欄の仕入先",
    "reason.no_weight": "輸送: 重量のない部品(t-km を計算できない)",
    # headers of the inventory fields (lca/schema.py) not printed before
    # values of the mass_basis field
    "mass.raw": "素材重量",
    "mass.net": "製品重量",
    # --- documents read as finished (issue 11): statements, no instruction to the author
    # --- supplier footprints used as primary data (issue 12, lca/aggregate/supplier.py) --
    "h.pcf_id": "フットプリントID",
    "h.pcf_company": "仕入先(PACT)",
    "h.pcf_product_id": "仕入先製品ID",
    "h.pcf_period": "対象期間",
    "h.pcf_primary_share": "仕入先の一次データ比率",
    "h.pcf_dqr_technological": "技術的DQR",
    "h.pcf_dqr_geographical": "地理的DQR",
    "h.pcf_dqr_temporal": "時間的DQR",
    "sec.supplier_pcfs": "使用した仕入先のCFP(一次データ)",
    "h.pcf_quality": "データ品質(DQR 技術/地理/時間)",
    "h.pcf_share_total": "合計に占める割合",
    "h.pcf_lines": "部品表の行",
    "text.supplier_pcfs": (
        "これらの部品には排出原単位ではなく仕入先自身の製品 CFP(PACT)を用いています。"
        "合計に占める割合は {share} です。一次データ比率には、仕入先自身の一次データ比率に応じて算"
        "入しています。"
    ),
    "label.not_given": "記載なし",
    "mb.supplier_pcf": "仕入先CFP(PACT)",
    # the PDF's annex A shows the first rows only (the workbook and the CSV have them all)
    "text.pdf_capped": (
        "この PDF には {count} 行のうち最初の {shown} 行を示しています。全行のインベントリ:"
        " {file}(Excel)または {csv}(CSV)。"
    ),
    # --- processing by scope in the terminal view (issue 15, render/energy_view.py) ---
    "scope.terminal": "加工のうち Scope 1(燃料燃焼){scope1}、Scope 2(購入電力){scope2} kg-CO2e",
    # --- --meter-log files of the same name (issue 15, read/meterlog.py) ---
    "meterlog.same_name": (
        "ログファイル「{value}」に一致する --meter-log のファイルが複数あります({paths})。"
        "このセルにフォルダーも書く(例: line2/{value})か、どちらかのファイル名を変えてください。"
    ),
    # --- PDF reports typeset by Typst (lca/render/pdf.py) ---------------------------------
    "pdf.typst_failed": (
        "PDF を組版できませんでした({template}: {detail})。入力ではなく cfp の不具合です。"
        "実行したコマンドを添えて報告してください。--report pdf を外せば他のレポートは出力できます"
        "。"
    ),
    "pdf.fonts_missing": (
        "PDF の出力にはフォント Noto Sans CJK JP の Regular と Bold が必要ですが、{folders} "
        "に見つかりません。パッケージ noto-cjk-sans-jp-regular と noto-cjk-sans-jp-bold "
        "を再インストールしてください(pip install --force-reinstall ...)。"
    ),
    # --- the emission-weighted data quality ratings in the report (issue 12) ---
    "text.dqi": (
        "データ品質評価(PACT、1 が最良 〜 5 が最低)の排出量による加重平均(排出量の {coverage} "
        "が対象): 技術的代表性 {tech}、地理的代表性 {geo}、時間的代表性 {temporal}。"
        "各行の評価は {file}(インベントリシート)と JSON にあります。"
    ),
    # --- names in documents: factors, sources and files by what they are, not by code -----
    # (Result.factor_name, source_name; render/model.py origin_text)
    "factor.settings": "設定シート",
    "list.sep": "、",
    "origin.builtin": "cfp 内蔵",
    # --- the rule profile named in documents (render/rules_view.py) ---
    "rules.line": "{name}({file}、SHA-256 {sha})",
    "rules.trace": "{name}({file}、指定元: {origin})",
    "rules.builtin_file": "cfp 内蔵",
    # the built-in profiles' texts: the English one is the TOML file's (tests/test_rules.py)
    "rules.builtin.default.description": (
        "日本の CFP ガイドラインの実務: クレードル・トゥ・ゲート、除外分は各段階の排出量の 5% "
        "以内、カットオフ(リサイクル含有率)法による配分、AR6"
    ),
    "rules.builtin.default.guideline": (
        "経済産業省・環境省「カーボンフットプリント ガイドライン」(2023 年)、"
        "除外分は各ライフサイクル段階の排出量の 5% 以内"
    ),
    "rules.builtin.pact.description": (
        "PACT 方法論 v3: クレードル・トゥ・ゲート、除外は PCF 全体の 5% 以内、"
        "カットオフ法による配分、AR6"
    ),
    "rules.builtin.pact.guideline": "PACT 方法論 v3.0・技術仕様 v3.0(WBCSD)",
    # --- a what-if scenario's changes in words (render/scenarios_view.py change_text) ---
    "scen.sep": "、",
    "scen.change.electricity": "電力排出係数: {value} kg-CO2e/kWh",
    "scen.change.electricity_key": "電力排出係数: {value}",
    "scen.change.grade": "「{part}」の材質: {value}",
    "scen.change.recycled_share": "「{part}」の再生材比率: {value}({key})",
    "scen.change.supplier": "「{part}」の仕入先: {value}",
    "scen.change.mode": "「{supplier}」の輸送手段: {value}",
    "scen.change.distance": "「{supplier}」の輸送距離: {value} km",
    "scen.change.measured_kwh": "「{part}」の「{process}」: 実測 1 個当たり {value} kWh",
    "scen.change.utilisation": "「{process}」の使用率: {value}",
    "scen.change.cycle_min": "「{part}」の「{process}」: 加工時間 {value} 分",
    # --- PACT exemptedEmissionsDescription and the report's cut-off section (F2) ---
    "pact.exempted.none": "除外した部品なし{rule}。",
    "pact.exempted.rule": "(質量基準のカットオフ: {limit})",
    "pact.exempted.items": (
        "除外 {count} 件: {items}。割合は、推定できた除外分の排出量(保守的な代替値、"
        "算定ルール {profile})が、それを含めたフットプリントに占める割合です。"
    ),
    "pact.exempted.unquantified": (
        "{count} 件の除外は推定できず割合に含まれないため、実際の割合はその未知の排出量の分だけ大き"
        "くなります: {names}。"
    ),
    "pact.exempted.supplier": (
        "仕入先フットプリント {id}(「{company}」)は自らの排出量の {percent}% を除外しています"
        "(exemptedEmissionsPercent)。ここで使う {carried} kgCO2e に対し、除外分は推定 {kg} "
        "kgCO2e です。"
    ),
    "pact.exempted.item": "{part}({reason}): 推定 {kg} kgCO2e",
    "pact.exempted.item_unknown": "{part}({reason}): 推定不可",
    "pact.exempted.materials": "素材: {reason}",
    # --- the PACT export's free texts, in the run's language (--lang) ---
    "pact.text.description": (
        "{product} ({unit}): 部品表 {file} から cfp で算定したクレードル・トゥ・ゲートのカーボン"
        "フットプリント"
    ),
    "pact.text.comment": (
        "cfp {version} で {file} (sha256 {sha256}) から算定、GWP は {gwp}。{biogenic}"
        "化石由来の炭素含有量は評価していません(0 として報告)。製品質量は部品表の末端部品の正味重量"
        "です。{quality}{rules}"
    ),
    "pact.text.unknown_version": "(版不明)",
    "pact.text.biogenic_none": (
        "生物起源の排出と吸収は算定していません: すべての排出を化石由来として報告し、"
        "pcfIncludingBiogenicUptake は pcfExcludingBiogenicUptake と等しくなります。"
    ),
    "pact.text.biogenic_suppliers": (
        "データベースの排出原単位は化石由来・生物起源の内訳を持たないため化石由来とし、生物起源の"
        "吸収も包装も含めません。使用したサプライヤーのフットプリントは自身の "
        "fossilGhgEmissions、pcfIncludingBiogenicUptake と包装の排出量を使用量に比例して持ち"
        "込み、ここでの値はその合計です。ipccCharacterizationFactors には使用したすべての係数を"
        "挙げます。"
    ),
    "pact.text.quality_none": (
        "データ品質の評価なし(評価した明細行がない): dqi は記載していません。"
    ),
    "pact.text.quality": (
        "データ品質評価(dqi、1 が最良、5 が最悪)は、明細 {lines} 行のうち評価した {rated} 行"
        "(排出量の {coverage}% を占める)の排出量による加重平均です。行ごとの採点は cfp の "
        "README(PACT 出力)に記載のとおりです。"
    ),
    "pact.text.rules": "算定ルール {name}({file}、sha256 {sha256})。",
    "pact.boundary.title": "クレードル・トゥ・ゲート(ISO 14067)、宣言単位あたり:",
    "pact.boundary.materials": (
        "- 原材料: 部品表の購入部品と内製部品の材料の製造(素材重量、工程スクラップを含む): "
        "{kg} kgCO2e"
    ),
    "pact.boundary.transport": "- 輸送: サプライヤーからの部品と材料の調達輸送: {kg} kgCO2e",
    "pact.boundary.processing": (
        "- 加工: 社内の製造工程のエネルギー(電力・燃料・圧縮空気): {kg} kgCO2e"
    ),
    "pact.boundary.waste": (
        "- 廃棄物: 工程スクラップの処理(カットオフ: リサイクル控除なし): {kg} kgCO2e"
    ),
    "pact.allocation.cut_off": (
        "工程スクラップ: カットオフ(リサイクル含有率)法。製品は購入した原材料の負荷をすべて負い、"
        "スクラップはその処理の負荷のみを負います。加工電力は機械時間で部品に配分します。"
    ),
    "pact.allocation.eol_recycling": (
        "算定ルール {profile} はリサイクル効果(回避負荷法)を求めています: リサイクルされる"
        "スクラップの控除、宣言単位あたり {credit} kgCO2e はここに記載するのみで、この PCF から"
        "は差し引いていません。"
    ),
    "pact.gxd.gate_comment": (
        "宣言単位({unit})あたりの kg CO2e: 自社サイトの加工段階(自社工程の電力、圧縮空気と燃料)。"
        "原材料、購入部品、調達輸送と廃棄物処理は上流または他者によるもので、含めていません。"
    ),
    "rules.text.exempted": (
        "除外分が推定値を含めたフットプリントに占める割合(PACT 出力の exemptedEmissionsPercent):"
        " {percent}%。{description}"
    ),
    # --- the fossil/biogenic split, packaging and GWP sets per line (review F5) ---
    "h.fossil_kg": "化石由来 kg-CO2e",
    "h.biogenic_incl_kg": "生物起源の吸収を含む kg-CO2e",
    "h.packaging_kg": "包装 kg-CO2e",
    "h.gwp_sets": "GWP 特性化係数",
    "h.pcf_packaging": "フットプリントの包装含有",
    "pcfpack.true": "はい",
    "pcfpack.false": "いいえ",
    "supplier_pcf.warn.negative": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})が負の値です"
        "({declared} あたり {value} kg-CO2e)。除去量が排出量を上回り、合計をクレジット"
        "として減らします。値はそのまま使います。合計を公表する前に、除去の内容を"
        "「{company}」に確認してください。"
    ),
    "supplier_pcf.warn.share_fraction": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})の primaryDataShare {value} は"
        " {value} % と読みます。PACT は百分率で書きます(40 % なら 40)。「{company}」が割合"
        "({percent} %)のつもりなら、修正したフットプリントを依頼してください。"
    ),
    "supplier_pcf.warn.zero": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})は {declared} あたり "
        "0 kg-CO2e で、この部品は合計に何も加えません。値はそのまま使います。"
        "pcfExcludingBiogenicUptake が記入されているか「{company}」に確認してください。"
    ),
    "supplier_pcf.warn.including_above": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})の pcfIncludingBiogenicUptake "
        "{including} が pcfExcludingBiogenicUptake {value} より大きくなっています({declared} "
        "あたり)。前者は後者に 0 以下の生物起源 CO2 吸収を足したものです。cfp は {value} を使い"
        "ます。二つが入れ替わっていないか、片方が抜けていないか「{company}」に確認してください。"
    ),
    "supplier_pcf.warn.mass_differs": (
        "「{part}」の重量は部品表で 1 個 {bom_kg} kg({cell})ですが、仕入先フットプリント "
        "{id}({file} {json_path})は 1 個 {pcf_kg} kg としています({declared} あたりの "
        "productMassPerDeclaredUnit)。この部品のフットプリントか、declaredUnitAmount が値の対象"
        "の個数か確認してください(自社で加工する部品なら、納入時の重量を素材重量に書きます)。"
        "値は 1 個あたりとしてそのまま使います。"
    ),
    "supplier_pcf.warn.gwp": (
        "「{product}」の仕入先フットプリント {id}({file} {json_path})の特性化係数は {sets} で、"
        "この算定の {gwp} と異なります。値はそのまま使い、PACT 出力には使ったすべての係数({used})"
        "を記載します。「{company}」に {gwp} によるフットプリントを依頼してください。"
    ),
    "table.left_out": (
        "この幅では {columns} の列を省いています(幅の広いウィンドウか --format json で"
        "確認できます)。"
    ),
    "table.separator": "、",
    "label.warnings_count": "警告 {count} 件(すべて表示するには: cfp calc ... | less)",
    # --- the frame of typer's help (cli/helpframe.py): English as typer words it ---
    "help.usage": "使い方:",
    "help.arguments": "引数",
    "help.options": "オプション",
    "help.commands": "コマンド",
    "help.default": "[既定値: {}]",
    "help.required": "[必須]",
    "help.envvar": "[環境変数: {}]",
    "help.deprecated": "(非推奨) ",
    "help.help_option": "このヘルプを表示して終了します。",
    "help.options_metavar": "[オプション]",
    "help.command_metavar": "コマンド [引数]...",
    # --- a parser's or the system's words, in the user's language (lca/details.py) ---
    "detail.technical": "「{text}」",
    "detail.json.value": "値が必要な位置に値がありません",
    "detail.json.name": "二重引用符で囲んだキー名が必要です",
    "detail.json.comma": "区切りのカンマ(,)がありません",
    "detail.json.colon": "キーの後のコロン(:)がありません",
    "detail.json.unterminated": "文字列が閉じられていません",
    "detail.json.control": "文字列の中に制御文字があります",
    "detail.json.escape": "文字列の中に不正なエスケープ(\\)があります",
    "detail.json.escape_u": "不正な \\uXXXX エスケープがあります",
    "detail.json.extra": "JSON の後に余分なデータがあります",
    "detail.json.comma_object": "オブジェクトの閉じ括弧の前に余分なカンマがあります",
    "detail.json.comma_array": "配列の閉じ括弧の前に余分なカンマがあります",
    "detail.zip.not_zip": "ZIP 形式ではありません",
    "detail.zip.damaged": "ZIP の構造が壊れています: 「{text}」",
    "detail.zip.no_signature": "先頭に ZIP の署名がありません",
    "detail.zip.truncated": (
        "ZIP の終端レコードがありません: ファイルが途中で切れている可能性があります"
    ),
    "detail.zip.directory": "ZIP の目録が {size} MB あります",
    "detail.zip.duplicate": "ZIP に「{name}」という項目が 2 つあります",
    "detail.zip.method": "{part}: 対応していない圧縮方式({method})です",
    "detail.zip.part_size": "「{part}」が {size} MB あります",
    "reason.not_found": "ファイルまたはフォルダーがありません",
    "reason.denied": "アクセスが許可されていません",
    "reason.not_permitted": "この操作は許可されていません",
    "reason.no_space": "ディスクの空きがありません",
    "reason.quota": "ディスクの割り当て量を超えました",
    "reason.read_only": "読み取り専用のファイルシステムです",
    "reason.is_directory": "フォルダーです(ファイルを指定してください)",
    "reason.not_directory": "パスの途中にフォルダーでないものがあります",
    "reason.exists": "すでに存在します",
    "reason.too_large": "ファイルが大きすぎます",
    "reason.io": "入出力エラーです(ディスクや接続を確認してください)",
    "reason.name_too_long": "ファイル名が長すぎます",
    "reason.too_many_open": "開いているファイルが多すぎます",
    "reason.busy": "使用中です",
    "reason.loop": "シンボリックリンクが循環しています",
    "reason.address_in_use": "そのアドレスとポートはすでに使われています",
    "reason.address_not_available": "このマシンにないアドレスです",
}
