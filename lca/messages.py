"""Every text a user reads: the former catalogue, now a facade over `lca/i18n/`.

The texts live in lca/i18n/, one module per language (`en.py`, `ja.py`), looked up by
`tr(key, lang, **params)`; `from ..messages import tr, default_lang` keeps working. Write
a new key into every file of lca/i18n/. A key added to `CATALOG` below as
`"key": ("English", "日本語")` still works (it is merged into the catalogues at import)
until `python tests/i18n_fold.py` moves it into the language files. After the merge
`CATALOG` is a read-only view of the whole catalogue, `key -> (English, Japanese)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import LANGS, LegacyView, default_lang, merge_legacy, tr

__all__ = ["CATALOG", "LANGS", "default_lang", "tr"]

# key: (English, Japanese). Parameters use str.format names.
CATALOG: Mapping[str, tuple[str, ...]] = {
    # --- purchased components, unknown categories, what-if scenarios (issue 15,
    # lca/read/materials.py, lca/compute/flows.py unknown_category, lca/app/scenarios.py) --
    "material.unknown_category_near": (
        "part '{part}': the category '{category}' (from {origin}) is not a known category and "
        "no factor has that key. Did you mean '{closest}' (category {closest_key})? Known "
        "categories: {known}. Write a known category or one of its spellings in 分類 (`cfp "
        "materials` lists them), or add a row with key '{category}' to the 排出原単位/Factors "
        "sheet.",
        "部品 '{part}': 分類 '{category}'({origin})は既知の分類ではなく、そのキーの排出原単位も"
        "ありません。'{closest}'(分類 {closest_key})のことですか? 既知の分類: {known}。分類列に"
        "既知の分類かその表記(`cfp materials` で一覧)を書くか、排出原単位シートにキー "
        "'{category}' の行を追加してください。"),
    "scenario.unreadable": (
        "the scenario file cannot be read ({reason}). Give a readable UTF-8 TOML file.",
        "シナリオファイルを読めません({reason})。読み取れる UTF-8 の TOML ファイルを指定して"
        "ください。"),
    "scenario.syntax": (
        "the scenario file is not valid TOML: {detail}. Correct that line (README \"What-if "
        "scenarios\").",
        "シナリオファイルが正しい TOML ではありません: {detail}。その行を直してください"
        "(README「What-if scenarios」)。"),
    "scenario.none": (
        "no scenario: write one or more [[scenario]] tables, each with a name and changes.",
        "シナリオがありません。name と changes を持つ [[scenario]] 表を 1 つ以上書いて"
        "ください。"),
    "scenario.no_name": (
        "{where}: a scenario needs a name.", "{where}: シナリオには名前が必要です。"),
    "scenario.no_changes": (
        "scenario '{scenario}' has no changes: give a list `changes = [{{change = ...}}]`.",
        "シナリオ '{scenario}' に変更がありません。`changes = [{{change = ...}}]` の形で"
        "書いてください。"),
    "scenario.bad_change": (
        "{where}: a change is a table such as {{change = \"grade\", part = \"P-1\", "
        "value = \"A6063\"}}.",
        "{where}: 変更は {{change = \"grade\", part = \"P-1\", value = \"A6063\"}} のような"
        "表で書いてください。"),
    "scenario.missing": (
        "{where}: a '{kind}' change needs {fields}.",
        "{where}: '{kind}' の変更には {fields} が必要です。"),
    "scenario.duplicate": (
        "two scenarios are named '{scenario}': give each its own name.",
        "'{scenario}' という名前のシナリオが 2 つあります。別々の名前にしてください。"),
    "scenario.unknown_near": (
        "{where}: {what} '{value}' is not known; closest: '{near}'. Known: {known}.",
        "{where}: {what} '{value}' は見つかりません。近いもの: '{near}'。候補: {known}。"),
    "scenario.unknown": (
        "{where}: {what} '{value}' is not known. Known: {known}.",
        "{where}: {what} '{value}' は見つかりません。候補: {known}。"),
    "scenario.bad_value.number": (
        "{where}: the value of a '{kind}' change must be a number >= 0.",
        "{where}: '{kind}' の値は 0 以上の数値にしてください。"),
    "scenario.bad_value.share": (
        "{where}: the value of a '{kind}' change must be a share from 0 to 1 (or 0-100 %).",
        "{where}: '{kind}' の値は 0〜1(または 0〜100%)の割合にしてください。"),
    "scenario.bad_value.per_kwh": (
        "{where}: '{value}' is not a factor per kWh: an electricity change needs a per-kWh "
        "factor key (cfp factors list --kind energy) or a value.",
        "{where}: '{value}' は kWh 当たりの原単位ではありません。電力の変更には kWh 当たりの"
        "原単位キー(cfp factors list --kind energy)か値を指定してください。"),
    "scenario.bad_value.per_kg": (
        "{where}: '{value}' is not a factor per kg: a recycled-content change needs the "
        "recycled material's per-kg factor key.",
        "{where}: '{value}' は kg 当たりの原単位ではありません。再生材比率の変更には再生材の"
        "kg 当たりの原単位キーを指定してください。"),
    "scenario.not_per_kg": (
        "{where}: part '{part}' has no per-kg material line, so a recycled-content share "
        "cannot apply to it.",
        "{where}: 部品 '{part}' には kg 当たりの原材料の行がないため、再生材比率を適用でき"
        "ません。"),
    "scenario.failed": (
        "scenario '{scenario}' cannot be computed; the problems of its variant follow.",
        "シナリオ '{scenario}' を計算できません。その変更後の入力の問題を以下に示します。"),
    "scenario.no_sheet": (
        "{value} has no シナリオ / Scenarios sheet: add one (columns シナリオ, 変更, 品番, 工程, "
        "仕入先, 値, キー) or give a TOML file.",
        "{value} にシナリオ(シナリオ / Scenarios)シートがありません。シート(列: シナリオ、"
        "変更、品番、工程、仕入先、値、キー)を追加するか、TOML ファイルを指定してください。"),
    "scenario.sheet_header": (
        "the scenario sheet needs a header row with シナリオ/Scenario and 変更/Change "
        "(optional: 品番/Part, 工程/Process, 仕入先/Supplier, 値/Value, キー/Key).",
        "シナリオシートには シナリオ/Scenario と 変更/Change の見出し行が必要です(任意: "
        "品番/Part、工程/Process、仕入先/Supplier、値/Value、キー/Key)。"),
    "scen.title": ("What-if scenarios (the footprint above is unchanged)",
                   "削減シナリオ(上の算定結果は変わりません)"),
    "scen.name": ("Scenario", "シナリオ"),
    "scen.total": ("kg-CO2e", "合計 kg-CO2e"),
    "scen.delta": ("Δ kg-CO2e", "差 kg-CO2e"),
    "scen.delta_pct": ("Δ %", "差 %"),
    "scen.base": ("Base (as reported)", "基準(算定結果)"),
    "scen.more": ("… and {count} more scenario(s) (all of them: --format json or --report xlsx)",
                  "… ほか {count} 件のシナリオ(すべては --format json か --report xlsx)"),
    "scen.changes": ("Changes", "変更内容"),
    "scen.chart": ("Total per scenario", "シナリオ別の合計"),
    "scen.sheet": ("Scenarios", "シナリオ"),
    "scen.section": ("What-if scenarios", "削減シナリオ"),
    "scen.lead": (
        "Each scenario recomputes the product with the changes listed, from the same inputs "
        "and rules. The scenarios are not part of the footprint declared above; they compare "
        "options (a difference against the base, by stage).",
        "各シナリオは、同じ入力と算定ルールに記載の変更を加えて製品を再計算したものです。上に"
        "示した算定結果には含まれず、選択肢を比較するためのもの(基準との差、段階別)です。"),
    "materials.name": ("Name", "名称"),
    "materials.spellings": ("Spellings in 分類", "分類に書ける表記"),
    "materials.components_marked": (
        "* purchased components (per kg of part mass, labelled proxies).",
        "* は購入部品(部品質量 1 kg 当たり、代替データと明示)。"),
    "material.unknown_category": (
        "part '{part}': the category '{category}' (from {origin}) is not a known category and "
        "no factor has that key. Known categories: {known}. Write a known category or one of "
        "its spellings in 分類 (`cfp materials` lists them), or add a row with key "
        "'{category}' to the 排出原単位/Factors sheet.",
        "部品 '{part}': 分類 '{category}'({origin})は既知の分類ではなく、そのキーの排出原単位も"
        "ありません。既知の分類: {known}。分類列に既知の分類かその表記(`cfp materials` で一覧)"
        "を書くか、排出原単位シートにキー '{category}' の行を追加してください。"),
    # --- rule profiles, emission cut-off, scrap allocation (issue 14, lca/read/rules.py) ---
    "rules.not_found": (
        "rule profile {value} not found. Give a TOML file that exists, or a built-in "
        "profile: {names}.",
        "算定ルール {value} が見つかりません。存在する TOML ファイルか、組み込みのルール"
        "({names})を指定してください。"),
    "rules.unreadable": (
        "rule profile {value} cannot be read ({reason}). Give a readable TOML file.",
        "算定ルール {value} を読めません({reason})。読み取れる TOML ファイルを指定して"
        "ください。"),
    "rules.too_large": (
        "the rule profile is larger than {limit}, more than any profile needs. Check that "
        "--rules / 算定ルール names the profile's TOML file.",
        "算定ルールのファイルが {limit} を超えています。--rules / 算定ルール が算定ルールの "
        "TOML ファイルを指しているか確認してください。"),
    "rules.not_utf8": (
        "the rule profile is not UTF-8 text. Save it as UTF-8 (TOML files are UTF-8).",
        "算定ルールが UTF-8 のテキストではありません。UTF-8 で保存してください。"),
    "rules.syntax": (
        "the rule profile is not valid TOML: {detail}. Correct that line (README \"Rule "
        "profiles\" has a full example).",
        "算定ルールが正しい TOML ではありません: {detail}。その行を直してください(README "
        "の「Rule profiles」に完全な例があります)。"),
    "rules.not_table": (
        "{key} = {value}: {key} must be a table, written as a [{key}] section.",
        "{key} = {value}: {key} は [{key}] の節(テーブル)として書いてください。"),
    "rules.unknown_key": (
        "unknown key {key} (= {value}). Check its spelling; the keys are: {known}.",
        "不明なキー {key}(= {value})です。綴りを確認してください。使えるキー: {known}。"),
    "rules.bad_type": (
        "{key} = {value} has the wrong type. {hint}",
        "{key} = {value} の型が違います。{hint}"),
    "rules.expect_text": ("Write a text in quotes.", "引用符で囲んだ文字列にしてください。"),
    "rules.expect_number": (
        "Write a number without quotes, e.g. 5.", "引用符なしの数値にしてください(例: 5)。"),
    "rules.expect_stages": (
        "Write a list of stages, e.g. [\"materials\", \"processing\"].",
        "段階の一覧にしてください(例: [\"materials\", \"processing\"])。"),
    "rules.range": (
        "{key} = {value} is out of range: use a number from {low} to {high}.",
        "{key} = {value} は範囲外です。{low} から {high} までの数値にしてください。"),
    "rules.bad_choice": (
        "{key} = {value}: use one of {choices}.",
        "{key} = {value}: 次のいずれかにしてください: {choices}。"),
    "warn.cutoff_emissions.materials": (
        "cut-off (materials): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the materials stage (limit {limit}, rule profile "
        "{profile}); listed in the report.",
        "カットオフ(原材料): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しまし"
        "た。原材料段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示"
        "します。"),
    "warn.cutoff_emissions.transport": (
        "cut-off (transport): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the transport stage (limit {limit}, rule profile "
        "{profile}); listed in the report.",
        "カットオフ(輸送): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました"
        "。輸送段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示しま"
        "す。"),
    "warn.cutoff_emissions.processing": (
        "cut-off (processing): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the processing stage (limit {limit}, rule profile "
        "{profile}); listed in the report.",
        "カットオフ(加工): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました"
        "。加工段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示しま"
        "す。"),
    "warn.cutoff_emissions.waste": (
        "cut-off (waste): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the waste stage (limit {limit}, rule profile "
        "{profile}); listed in the report.",
        "カットオフ(廃棄物): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しまし"
        "た。廃棄物段階の {share} です(上限 {limit}、算定ルール {profile})。報告書に一覧を示"
        "します。"),
    "warn.cutoff_emissions.total": (
        "cut-off (total): {count} excluded item(s) estimated at {kg} kg-CO2e with a "
        "conservative proxy, {share} of the footprint (limit {limit}, rule profile "
        "{profile}); listed in the report.",
        "カットオフ(全体): 除外した {count} 件を保守的な代替値で {kg} kg-CO2e と推計しました"
        "。フットプリント全体の {share} です(上限 {limit}、算定ルール {profile})。報告書に一"
        "覧を示します。"),
    "rules.cutoff_exceeded.materials": (
        "cut-off rule broken (materials): {count} excluded item(s) are estimated at {kg} "
        "kg-CO2e with a conservative proxy, {share} of the materials stage, above the limit "
        "{limit} of rule profile {profile}. Give these parts an emission factor (or their "
        "supplier a route), or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the "
        "profile. With --strict this is exit 1.",
        "カットオフ基準の超過(原材料): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e と"
        "推計され、原材料段階の {share} で、算定ルール {profile} の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値(c"
        "utoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります"
        "。"),
    "rules.cutoff_exceeded.transport": (
        "cut-off rule broken (transport): {count} excluded item(s) are estimated at {kg} "
        "kg-CO2e with a conservative proxy, {share} of the transport stage, above the limit "
        "{limit} of rule profile {profile}. Give these parts an emission factor (or their "
        "supplier a route), or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the "
        "profile. With --strict this is exit 1.",
        "カットオフ基準の超過(輸送): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e と推"
        "計され、輸送段階の {share} で、算定ルール {profile} の上限 {limit} を超えます。これ"
        "らの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値(cutof"
        "f.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"),
    "rules.cutoff_exceeded.processing": (
        "cut-off rule broken (processing): {count} excluded item(s) are estimated at {kg} "
        "kg-CO2e with a conservative proxy, {share} of the processing stage, above the limit "
        "{limit} of rule profile {profile}. Give these parts an emission factor (or their "
        "supplier a route), or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the "
        "profile. With --strict this is exit 1.",
        "カットオフ基準の超過(加工): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e と推"
        "計され、加工段階の {share} で、算定ルール {profile} の上限 {limit} を超えます。これ"
        "らの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値(cutof"
        "f.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります。"),
    "rules.cutoff_exceeded.waste": (
        "cut-off rule broken (waste): {count} excluded item(s) are estimated at {kg} kg-CO2e "
        "with a conservative proxy, {share} of the waste stage, above the limit {limit} of "
        "rule profile {profile}. Give these parts an emission factor (or their supplier a "
        "route), or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With "
        "--strict this is exit 1.",
        "カットオフ基準の超過(廃棄物): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e と"
        "推計され、廃棄物段階の {share} で、算定ルール {profile} の上限 {limit} を超えます。"
        "これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代替値(c"
        "utoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 になります"
        "。"),
    "rules.cutoff_exceeded.total": (
        "cut-off rule broken (total): {count} excluded item(s) are estimated at {kg} kg-CO2e "
        "with a conservative proxy, {share} of the footprint, above the limit {limit} of "
        "rule profile {profile}. Give these parts an emission factor (or their supplier a "
        "route), or state a lower proxy (cutoff.proxy_kg_co2e_per_kg) in the profile. With "
        "--strict this is exit 1.",
        "カットオフ基準の超過(全体): 除外した {count} 件は保守的な代替値で {kg} kg-CO2e と推"
        "計され、フットプリント全体の {share} で、算定ルール {profile} の上限 {limit} を超え"
        "ます。これらの部品に排出原単位(または仕入先の輸送条件)を与えるか、算定ルールに低い代"
        "替値(cutoff.proxy_kg_co2e_per_kg)を明記してください。--strict では終了コード 1 にな"
        "ります。"),
    "rules.cutoff_not_estimated.materials": (
        "cut-off rule not shown (materials): {missing} of the {count} excluded item(s) have "
        "no weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is "
        "exit 1.",
        "カットオフ基準を確認できません(原材料): 除外した {count} 件のうち {missing} 件に重量"
        "がなく、排出量を推計して算定ルール {profile} の上限 {limit} と照合できません。重量を"
        "入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"),
    "rules.cutoff_not_estimated.transport": (
        "cut-off rule not shown (transport): {missing} of the {count} excluded item(s) have "
        "no weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is "
        "exit 1.",
        "カットオフ基準を確認できません(輸送): 除外した {count} 件のうち {missing} 件に重量が"
        "なく、排出量を推計して算定ルール {profile} の上限 {limit} と照合できません。重量を入"
        "力するか排出原単位を与えてください。--strict では終了コード 1 になります。"),
    "rules.cutoff_not_estimated.processing": (
        "cut-off rule not shown (processing): {missing} of the {count} excluded item(s) have "
        "no weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is "
        "exit 1.",
        "カットオフ基準を確認できません(加工): 除外した {count} 件のうち {missing} 件に重量が"
        "なく、排出量を推計して算定ルール {profile} の上限 {limit} と照合できません。重量を入"
        "力するか排出原単位を与えてください。--strict では終了コード 1 になります。"),
    "rules.cutoff_not_estimated.waste": (
        "cut-off rule not shown (waste): {missing} of the {count} excluded item(s) have no "
        "weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is "
        "exit 1.",
        "カットオフ基準を確認できません(廃棄物): 除外した {count} 件のうち {missing} 件に重量"
        "がなく、排出量を推計して算定ルール {profile} の上限 {limit} と照合できません。重量を"
        "入力するか排出原単位を与えてください。--strict では終了コード 1 になります。"),
    "rules.cutoff_not_estimated.total": (
        "cut-off rule not shown (total): {missing} of the {count} excluded item(s) have no "
        "weight, so their emissions cannot be estimated against the limit {limit} of rule "
        "profile {profile}. Enter their weights or give them a factor. With --strict this is "
        "exit 1.",
        "カットオフ基準を確認できません(全体): 除外した {count} 件のうち {missing} 件に重量が"
        "なく、排出量を推計して算定ルール {profile} の上限 {limit} と照合できません。重量を入"
        "力するか排出原単位を与えてください。--strict では終了コード 1 になります。"),
    # documents state a broken rule as a fact (render/rules_view.py, issue 14)
    "rules.cutoff_exceeded.materials.doc": (
        "Materials: the {count} excluded item(s), estimated at {kg} kg-CO2e with a "
        "conservative proxy, are {share} of the materials stage with them, above the limit "
        "{limit} of rule profile {profile}.",
        "原材料: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む原材料段階の {s"
        "hare} で、算定ルール {profile} の上限 {limit} を超えています。"),
    "rules.cutoff_exceeded.transport.doc": (
        "Transport: the {count} excluded item(s), estimated at {kg} kg-CO2e with a "
        "conservative proxy, are {share} of the transport stage with them, above the limit "
        "{limit} of rule profile {profile}.",
        "輸送: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む輸送段階の {share"
        "} で、算定ルール {profile} の上限 {limit} を超えています。"),
    "rules.cutoff_exceeded.processing.doc": (
        "Processing: the {count} excluded item(s), estimated at {kg} kg-CO2e with a "
        "conservative proxy, are {share} of the processing stage with them, above the limit "
        "{limit} of rule profile {profile}.",
        "加工: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む加工段階の {share"
        "} で、算定ルール {profile} の上限 {limit} を超えています。"),
    "rules.cutoff_exceeded.waste.doc": (
        "Waste: the {count} excluded item(s), estimated at {kg} kg-CO2e with a conservative "
        "proxy, are {share} of the waste stage with them, above the limit {limit} of rule "
        "profile {profile}.",
        "廃棄物: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含む廃棄物段階の {s"
        "hare} で、算定ルール {profile} の上限 {limit} を超えています。"),
    "rules.cutoff_exceeded.total.doc": (
        "Whole footprint: the {count} excluded item(s), estimated at {kg} kg-CO2e with a "
        "conservative proxy, are {share} of the footprint with them, above the limit {limit} "
        "of rule profile {profile}.",
        "全体: 除外した {count} 件の保守的な推計 {kg} kg-CO2e は、それを含むフットプリント全"
        "体の {share} で、算定ルール {profile} の上限 {limit} を超えています。"),
    "rules.cutoff_not_estimated.materials.doc": (
        "Materials: {missing} of the {count} excluded item(s) have no weight; whether they "
        "stay within the limit {limit} of rule profile {profile} is not shown.",
        "原材料: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール {profile} の"
        "上限 {limit} 以内かは示されていません。"),
    "rules.cutoff_not_estimated.transport.doc": (
        "Transport: {missing} of the {count} excluded item(s) have no weight; whether they "
        "stay within the limit {limit} of rule profile {profile} is not shown.",
        "輸送: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール {profile} の上"
        "限 {limit} 以内かは示されていません。"),
    "rules.cutoff_not_estimated.processing.doc": (
        "Processing: {missing} of the {count} excluded item(s) have no weight; whether they "
        "stay within the limit {limit} of rule profile {profile} is not shown.",
        "加工: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール {profile} の上"
        "限 {limit} 以内かは示されていません。"),
    "rules.cutoff_not_estimated.waste.doc": (
        "Waste: {missing} of the {count} excluded item(s) have no weight; whether they stay "
        "within the limit {limit} of rule profile {profile} is not shown.",
        "廃棄物: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール {profile} の"
        "上限 {limit} 以内かは示されていません。"),
    "rules.cutoff_not_estimated.total.doc": (
        "Whole footprint: {missing} of the {count} excluded item(s) have no weight; whether "
        "they stay within the limit {limit} of rule profile {profile} is not shown.",
        "全体: 除外した {count} 件のうち {missing} 件に重量がなく、算定ルール {profile} の上"
        "限 {limit} 以内かは示されていません。"),
    "rules.min_primary.doc": (
        "The primary data share, {share}, is below the minimum {limit} of rule profile "
        "{profile}.",
        "一次データ比率 {share} は、算定ルール {profile} の最小値 {limit} を下回っています。"),
    "rules.max_proxy.doc": (
        "{share} of the total is calculated with proxy factors, above the maximum {limit} of "
        "rule profile {profile}.",
        "合計の {share} が代替原単位によるもので、算定ルール {profile} の上限 {limit} を超え"
        "ています。"),
    "rules.min_primary": (
        "data quality: the primary data share is {share}, below the minimum {limit} of rule "
        "profile {profile}. Measure energy or obtain supplier-specific footprints for the "
        "largest lines. With --strict this is exit 1.",
        "データ品質: 一次データ比率が {share} で、算定ルール {profile} の最小値 {limit} を"
        "下回ります。排出の大きい行についてエネルギーの実測や仕入先固有のフットプリントを"
        "入手してください。--strict では終了コード 1 になります。"),
    "rules.max_proxy": (
        "data quality: {share} of the total is computed with proxy factors, above the "
        "maximum {limit} of rule profile {profile}. Give these materials your own or "
        "database factors. With --strict this is exit 1.",
        "データ品質: 合計の {share} が代替原単位によるもので、算定ルール {profile} の上限 "
        "{limit} を超えます。これらの材料に自社またはデータベースの原単位を与えてください。"
        "--strict では終了コード 1 になります。"),
    "rules.strict_failed": (
        "{count} rule(s) of rule profile {profile} are not met (--strict): exit 1.",
        "算定ルール {profile} の {count} 件の基準を満たしていません(--strict): 終了コード 1。"),
    "warn.rules_stages_out": (
        "rule profile {profile} leaves out the stage(s) {stages}: they are outside the "
        "system boundary and not in any figure.",
        "算定ルール {profile} は段階 {stages} を対象外とします: システム境界の外にあり、"
        "どの数値にも含まれません。"),
    "warn.rules_eol_credit": (
        "end-of-life recycling (avoided burden, rule profile {profile}): the recycling credit "
        "of the process scrap, {credit} kg-CO2e, is shown separately; it is not subtracted "
        "from the footprint or the PACT total.",
        "リサイクル効果(回避負荷法、算定ルール {profile}): 工程スクラップのリサイクル控除 "
        "{credit} kg-CO2e は別に示します。フットプリントや PACT の合計からは差し引いて"
        "いません。"),
    "diff.column_length": (
        "{json_path} has {count} values for {rows} rows. Compare the result files cfp calc "
        "writes (--format json or --out), unedited.",
        "{json_path} の値が {count} 個あり、行数 {rows} と合いません。cfp calc が書いた結果"
        "ファイル(--format json または --out)を編集せずに比較してください。",
    ),
    "diff.bad_code": (
        "{json_path}: {value} is not a code of this column (whole numbers from -1 to "
        "{count} - 1). Compare the result files cfp calc writes, unedited.",
        "{json_path}: {value} はこの列のコードではありません(-1 から {count} - 1 までの整数)。"
        "cfp calc が書いた結果ファイルを編集せずに比較してください。",
    ),
    "diff.kind.column": (
        "a column: an array, or {\"values\": [...], \"codes\": [...]}",
        "列: 配列、または {\"values\": [...], \"codes\": [...]}",
    ),
    # --- the command line (cli/): typer's own usage errors, cli/usage.py ------------------
    "cli.usage": ("Usage: {usage}", "使い方: {usage}"),
    "cli.try_help": ("Try '{command}' for help.", "ヘルプは '{command}' で表示できます。"),
    "cli.aborted": ("Aborted.", "中断しました。"),
    "cli.no_such_option": ("no such option: {option}.", "{option} というオプションはありません。"),
    "cli.no_such_option_possible": (
        "no such option: {option} (did you mean {options}?).",
        "{option} というオプションはありません({options} のことですか?)。",
    ),
    "cli.missing_option": ("missing option {option}.", "オプション {option} を指定してください。"),
    "cli.missing_argument": ("missing argument {name}.", "引数 {name} を指定してください。"),
    "cli.needs_value": ("{option} needs a value.", "{option} には値が必要です。"),
    "cli.takes_no_value": ("{option} takes no value.", "{option} は値を取りません。"),
    "cli.no_such_command": (
        "no such command '{name}'. The commands: {commands}.",
        "'{name}' というコマンドはありません。コマンド: {commands}。",
    ),
    "cli.extra_arguments": ("unexpected extra argument(s): {args}.",
                            "余分な引数があります: {args}。"),
    "cli.missing_command": ("missing command.", "コマンドを指定してください。"),
    "cli.not_integer": ("{option} {value}: use a whole number.",
                        "{option} {value}: 整数を指定してください。"),
    "cli.not_number": ("{option} {value}: use a number.",
                       "{option} {value}: 数値を指定してください。"),
    "cli.choice": ("{option} {value}: use {choices}.",
                   "{option} {value}: {choices} のいずれかを指定してください。"),
    "cli.bad_value": ("{option} {value}: not a valid value ({detail}).",
                      "{option} {value}: 使えない値です({detail})。"),
    "cli.other": ("{detail}", "コマンドラインの誤り: {detail}"),
    # --- consistent options (cli/) --------------------------------------------------------
    "usage.output_needs_format": (
        "-o {path} is where --format {formats} output goes; the table is only shown on the "
        "terminal. Add --format json, or drop -o to see the table.",
        "-o {path} は --format {formats} の出力先です。表は端末に表示するだけです。"
        "--format json を付けるか、表を見るには -o を外してください。",
    ),
    "usage.out_needs_report": (
        "--out {path}: for one BOM, --out is the folder of the reports, and no --report was "
        "asked for. Add --report ({kinds}), or write the result with --format json -o FILE.",
        "--out {path}: 部品表 1 件では --out は報告書の出力フォルダですが、--report の指定が"
        "ありません。--report({kinds})を付けるか、--format json -o ファイル で結果を"
        "書き出してください。",
    ),
    "usage.json_deprecated": (
        "--json is deprecated and will be removed: use --format json.",
        "--json は非推奨で、今後削除されます。--format json を使ってください。",
    ),
    "usage.kind": ("--kind {value}: use {kinds}.",
                   "--kind {value}: {kinds} のいずれかを指定してください。"),
    "factors.no_match": (
        "no factor matches '{term}' (searched: key, names, aliases, source, note). Try a "
        "shorter word, or list them all: cfp factors list",
        "'{term}' に一致する排出原単位はありません(検索対象: キー、名称、別名、出典、備考)。"
        "短い語で検索するか、cfp factors list で一覧を表示してください。",
    ),
    "factors.no_match_kind": (
        "no factor of kind {kind} matches '{term}' (searched: key, names, aliases, source, "
        "note). Try a shorter word or another --kind.",
        "種類 {kind} で '{term}' に一致する排出原単位はありません(検索対象: キー、名称、別名、"
        "出典、備考)。短い語で検索するか、別の --kind を指定してください。",
    ),
    "label.more_warnings": (
        "… and {count} more warning(s) (all of them: cfp calc ... | less)",
        "…ほか警告 {count} 件(すべて表示するには: cfp calc ... | less)",
    ),
    "pdf.no_pango": (
        "PDF output needs the pango libraries ({detail}). On Debian/Ubuntu run `make "
        "system-deps` (apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0).",
        "PDF の出力には pango ライブラリが必要です({detail})。Debian/Ubuntu では "
        "`make system-deps`(apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
        "libharfbuzz-subset0)を実行してください。",
    ),
    # --- a refused mass cut-off (lca/compute/flows.py `_missing_factors`) ------------------
    "material.cutoff_exceeded": (
        "the {count} part(s) without an emission factor weigh {share} of the product, more "
        "than the mass cut-off of {limit}, so they cannot be cut off. Add their factors "
        "(parts listed below), allow a larger cut-off (--cutoff, or カットオフ in the 設定 "
        "sheet), or leave them out with --allow-missing.",
        "排出原単位のない部品 {count} 件の質量は製品の {share} で、質量カットオフの基準 {limit} "
        "を超えるため除外できません。下記の部品の原単位を追加するか、基準を広げる"
        "(--cutoff または設定シートのカットオフ)か、--allow-missing で除外してください。",
    ),
    "material.cutoff_no_mass": (
        "the mass cut-off of {limit} cannot be applied to the {count} part(s) without an "
        "emission factor: the product's mass is not known (no weights). Enter the weights "
        "(重量) or add the factors of the parts listed below.",
        "質量カットオフの基準 {limit} を排出原単位のない部品 {count} 件に適用できません。"
        "製品の質量が不明です(重量がありません)。重量を記入するか、下記の部品の原単位を"
        "追加してください。",
    ),
    "material.no_factor_cut_off": (
        "no emission factor for part '{part}' (material '{grade}', category '{category}'). "
        "Add a row with key '{key}' to the 排出原単位/Factors sheet or a --factors file, or "
        "set its category (分類).",
        "品番「{part}」(材質「{grade}」、分類「{category}」)の排出原単位がありません。"
        "排出原単位シートか --factors ファイルにキー「{key}」の行を追加するか、分類を"
        "指定してください。",
    ),
    # --- documents finished (issue 11) ---------------------------------------------------
    # The reports show a neutral "not stated"; the calculation's warning says what to add
    # (to be raised where the settings are checked, e.g. resolve/checks.warn_inputs).
    "warn.no_reference_period": (
        "no reference period: add 対象期間 / Reference period (e.g. 2025-04-01/2026-03-31, "
        "2025 or FY2025) to the 設定/Settings sheet; until then the reports say \"not "
        "stated\".",
        "対象期間がありません: 設定シートに「対象期間」(例: 2025-04-01/2026-03-31、2025、"
        "2025年度)を追加してください。追加するまで報告書には「記載なし」と表示されます。",
    ),
    # The same warnings as a study report states them: facts, no instruction to the
    # author (the report's "Warnings from the calculation" is read by the customer).
    "warn.no_reference_period.doc": (
        "The reference period is not stated in the settings.",
        "設定に対象期間の記載がありません。",
    ),
    "warn.proxy_factor.doc": (
        "{count} line(s) use proxy factors (a stand-in for the real material): {keys}.",
        "{count} 行が代替(プロキシ)原単位を使っています: {keys}。",
    ),
    "warn.cut_off.doc": (
        "cut-off: {count} part(s) with no factor weigh {share} of the product (limit {limit}) "
        "and were excluded.",
        "カットオフ: 排出原単位のない {count} 部品(製品質量の {share}、上限 {limit})を"
        "除外しました。",
    ),
    "warn.zero_factor.doc": (
        "factor '{factor}' is 0 ({origin}), as for recycled input under the cut-off approach.",
        "原単位「{factor}」は 0 です({origin})。カットオフ法によるリサイクル材の投入と同じ"
        "扱いです。",
    ),
    "warn.part_inconsistent.doc": (
        "part '{part}' is on several rows with a different material, category or weight "
        "({sheet} rows {rows}); each row is counted as given.",
        "品番「{part}」は材質・分類・重量の異なる複数の行にあります({sheet} の {rows} 行目)。"
        "各行を記載どおりに計上しました。",
    ),
    "warn.part_inconsistent.many.doc": (
        "{count} part numbers are on several rows with a different material, category or "
        "weight ({first} and {more} more); each row is counted as given.",
        "{count} 件の品番が材質・分類・重量の異なる複数の行にあります({first} ほか {more} "
        "件)。各行を記載どおりに計上しました。",
    ),
    "warn.hidden_sheet.doc": (
        "the hidden sheet '{sheet}' of the workbook was read and used.",
        "ブックの非表示シート「{sheet}」を読み込んで使用しました。",
    ),
    # --- PACT export: data quality, version chain, product ids, Green x Digital (issue 12,
    # lca/aggregate/quality.py, lca/render/pact_chain.py, lca/render/gxd.py) ---------------
    # the line's own ratings (cfp's), beside the supplier footprint's (h.pcf_dqr_*)
    "h.dqr_technological": ("Line DQR technological", "行の技術的DQR"),
    "h.dqr_geographical": ("Line DQR geographical", "行の地理的DQR"),
    "h.dqr_temporal": ("Line DQR temporal", "行の時間的DQR"),
    "setting.company_domain": ("Company domain", "会社ドメイン"),
    "settings.domain_hint": (
        "Write the company's internet domain name, e.g. example.co.jp (letters, digits and "
        "hyphens; labels separated by dots; no http:// and no path).",
        "会社のドメイン名を書いてください(例: example.co.jp。英数字とハイフン、ラベルはドットで"
        "区切り、http:// やパスは付けません)。",
    ),
    "settings.yes_no_hint": (
        "Write yes or no (はい / いいえ).",
        "yes / no(はい / いいえ)で書いてください。",
    ),
    "usage.pact_extension": (
        "--pact-extension {value}: not an extension cfp writes; use {extensions}.",
        "--pact-extension {value}: cfp が書ける拡張ではありません。{extensions} を指定して"
        "ください。",
    ),
    # --- supplier footprints in (issue 12, lca/read/supplier_pcf.py) ----------------------
    "supplier_pcf.not_found": (
        "no such file or folder. Check the --supplier-pcf path.",
        "ファイルまたはフォルダがありません。--supplier-pcf のパスを確認してください。",
    ),
    "supplier_pcf.no_json": (
        "the folder holds no *.json file (sub-folders are not read). Put the suppliers' PACT "
        "footprint files in it, or give the files themselves.",
        "フォルダに *.json ファイルがありません(サブフォルダは読みません)。仕入先の PACT "
        "フットプリントのファイルを置くか、ファイルを直接指定してください。",
    ),
    "supplier_pcf.too_many_files": (
        "{count} supplier footprint files, more than the {limit} cfp reads in one run: the "
        "rest, from this file on, was not read. Give only the files this BOM needs.",
        "仕入先フットプリントのファイルが {count} 個あり、1 回に読める {limit} 個を超えています。"
        "このファイル以降は読んでいません。この部品表に必要なファイルだけを指定してください。",
    ),
    "supplier_pcf.not_file": (
        "not a regular file (a folder or a pipe?). Give a PACT footprint JSON file.",
        "通常のファイルではありません(フォルダやパイプ?)。PACT フットプリントの JSON ファイル"
        "を指定してください。",
    ),
    "supplier_pcf.os_error": (
        "cannot be read ({reason}). Check the file and its permissions.",
        "読み込めません({reason})。ファイルとアクセス権を確認してください。",
    ),
    "supplier_pcf.too_large": (
        "the file is {size} MB, more than the {limit} MB cfp reads as a supplier footprint file "
        "(a footprint is about 4 KB), so it was not read. Check that it is a PACT footprint "
        "file, or split it.",
        "ファイルは {size} MB で、仕入先フットプリントのファイルとして読める {limit} MB を超えて"
        "いるため読み込んでいません(フットプリント 1 件は約 4 KB)。PACT フットプリントの"
        "ファイルか確認するか、分割してください。",
    ),
    "supplier_pcf.total_too_large": (
        "with this file the supplier footprint files exceed {limit} MB in all, so it was not "
        "read. Give only the files this BOM needs.",
        "このファイルを含めると仕入先フットプリントのファイルが合計 {limit} MB を超えるため、"
        "読み込んでいません。この部品表に必要なファイルだけを指定してください。",
    ),
    "supplier_pcf.too_many_footprints": (
        "more than {limit} supplier footprints: cfp stopped reading at this file. Give only "
        "the files this BOM needs.",
        "仕入先フットプリントが {limit} 件を超えたため、このファイルで読み込みを止めました。"
        "この部品表に必要なファイルだけを指定してください。",
    ),
    "supplier_pcf.not_utf8": (
        "{json_path}: not UTF-8 text: byte {offset} (line {line}) cannot be decoded. PACT "
        "footprints are UTF-8 JSON: save the file as UTF-8.",
        "{json_path}: UTF-8 のテキストではありません。{offset} バイト目({line} 行目)を"
        "解読できません。PACT フットプリントは UTF-8 の JSON です。UTF-8 で保存してください。",
    ),
    "supplier_pcf.not_json": (
        "{json_path}: not JSON: {detail} at line {line}, column {column}. Ask the supplier for "
        "the file as their system exported it.",
        "{json_path}: JSON ではありません: {line} 行 {column} 列目で {detail}。仕入先のシステム"
        "が書き出したままのファイルを依頼してください。",
    ),
    "supplier_pcf.too_deep": (
        "{json_path}: arrays or objects are nested deeper than {limit} levels (a PACT "
        "footprint nests about 7), so cfp does not read the file. Check that it is a PACT "
        "footprint file.",
        "{json_path}: 配列やオブジェクトの入れ子が {limit} 段を超えているため読み込みません"
        "(PACT フットプリントは約 7 段)。PACT フットプリントのファイルか確認してください。",
    ),
    "supplier_pcf.duplicate_key": (
        "{json_path}: the key {key} appears {count} times in one object, so its value is "
        "ambiguous. Keep one.",
        "{json_path}: 1 つのオブジェクトにキー {key} が {count} 回あり、値が定まりません。"
        "1 つにしてください。",
    ),
    "supplier_pcf.not_finite": (
        "{json_path}: {value} is not a finite number (NaN, Infinity and numbers beyond "
        "1.8e308 are not allowed). Write the figure as a decimal string such as \"1.85\".",
        "{json_path}: {value} は有限の数値ではありません(NaN、Infinity、1.8e308 を超える数は"
        "使えません)。\"1.85\" のような 10 進数の文字列で書いてください。",
    ),
    "supplier_pcf.bad_unicode": (
        "{json_path}: a text holds an unpaired surrogate (such as \\udc80), which no UTF-8 "
        "file can hold. Correct the text.",
        "{json_path}: テキストに対になっていないサロゲート(\\udc80 など)があり、UTF-8 の"
        "ファイルでは表せません。テキストを修正してください。",
    ),
    "supplier_pcf.not_footprint": (
        "{json_path}: this is {value}, not a PACT footprint file. cfp reads one "
        "ProductFootprint (with id, specVersion, pcf...), a list of them, or a ListFootprints "
        "response {{\"data\": [...]}}.",
        "{json_path}: これは {value} で、PACT フットプリントのファイルではありません。cfp が"
        "読むのは ProductFootprint 1 件(id、specVersion、pcf など)、その配列、または "
        "ListFootprints の応答 {{\"data\": [...]}} です。",
    ),
    "supplier_pcf.unsupported_version": (
        "{json_path}: specVersion {value}: cfp reads PACT footprints of versions 2.x and 3.x. "
        "Ask the supplier for a v3 (or v2) export.",
        "{json_path}: specVersion {value}: cfp が読めるのは PACT 2.x と 3.x のフットプリント"
        "です。仕入先に v3(または v2)での書き出しを依頼してください。",
    ),
    "supplier_pcf.missing": (
        "{json_path} is missing: PACT {version} requires {field} ({hint}). Add it, or ask the "
        "supplier for a footprint that follows the spec.",
        "{json_path} がありません: PACT {version} では {field}({hint})が必須です。追加するか、"
        "仕様どおりのフットプリントを仕入先に依頼してください。",
    ),
    "supplier_pcf.wrong_type": (
        "{json_path}: expected {hint}, found {value}. Correct the file, or ask the supplier "
        "for one that follows the PACT spec.",
        "{json_path}: {hint}が必要ですが、{value} でした。ファイルを修正するか、PACT の仕様"
        "どおりのファイルを仕入先に依頼してください。",
    ),
    "supplier_pcf.bad_value": (
        "{json_path}: {value} is not {hint}. Correct the file, or ask the supplier for one "
        "that follows the PACT spec.",
        "{json_path}: {value} は{hint}ではありません。ファイルを修正するか、PACT の仕様"
        "どおりのファイルを仕入先に依頼してください。",
    ),
    "supplier_pcf.not_decimal": (
        "{json_path}: {value} is not a decimal number: PACT writes digits with an optional "
        "sign and decimal point, such as \"1.85\" (no exponent, no thousands separator).",
        "{json_path}: {value} は 10 進数ではありません。PACT では \"1.85\" のように数字と"
        "符号・小数点だけで書きます(指数表記や桁区切りは使えません)。",
    ),
    "supplier_pcf.out_of_range": (
        "{json_path}: {value} is out of range: it must be {range}.",
        "{json_path}: {value} は範囲外です。{range} の値にしてください。",
    ),
    "supplier_pcf.not_unique": (
        "{json_path}: {value} is listed twice (first at {first}); PACT lists each entry "
        "once. Remove the repetition.",
        "{json_path}: {value} が重複しています(最初は {first})。PACT では各項目は 1 回だけ"
        "です。重複を削除してください。",
    ),
    "supplier_pcf.geography_several": (
        "{json_path}: {fields} are given together; PACT allows one geography (a region, a "
        "country or a country subdivision). Keep the one that applies.",
        "{json_path}: {fields} が同時に指定されています。PACT の地域は 1 つ(地域、国、"
        "または国の行政区画)だけです。該当するものだけを残してください。",
    ),
    "supplier_pcf.period_order": (
        "{json_path}: {end_field} {end} is before {start_field} {start}. Correct the dates.",
        "{json_path}: {end_field} {end} が {start_field} {start} より前です。日付を修正して"
        "ください。",
    ),
    "supplier_pcf.packaging": (
        "{json_path}: packagingGhgEmissions is given but packagingEmissionsIncluded is not "
        "true (PACT: it must be left out unless packaging is included). Set "
        "packagingEmissionsIncluded to true if the footprint includes packaging, else remove "
        "packagingGhgEmissions.",
        "{json_path}: packagingGhgEmissions がありますが packagingEmissionsIncluded が true "
        "ではありません(PACT では包装を含む場合にだけ記載します)。包装を含むなら "
        "packagingEmissionsIncluded を true に、含まないなら packagingGhgEmissions を削除して"
        "ください。",
    ),
    "supplier_pcf.duplicate_id": (
        "{json_path}: the footprint id {value} is also used at {other} by a different "
        "footprint. PACT gives every footprint its own id: remove the outdated one.",
        "{json_path}: フットプリント ID {value} は {other} の別のフットプリントでも使われて"
        "います。PACT ではフットプリントごとに別の ID です。古い方を削除してください。",
    ),
    "supplier_pcf.needs_mass": (
        "supplier footprint {id} ({file} {json_path}) is per {declared}: enter the part's "
        "weight (重量) so that cfp can convert it to one piece, or ask {company} for a "
        "footprint per piece.",
        "仕入先フットプリント {id}({file} {json_path})は {declared} あたりです。1 個あたりに"
        "換算できるよう部品の重量を記入するか、{company} に 1 個(piece)あたりの"
        "フットプリントを依頼してください。",
    ),
    "supplier_pcf.cannot_convert": (
        "supplier footprint {id} ({file} {json_path}) is per {declared}, which cfp cannot "
        "convert with what the line gives ({wanted}): the footprint states no product mass. "
        "Ask {company} for a footprint per piece or per kilogram.",
        "仕入先フットプリント {id}({file} {json_path})は {declared} あたりで、行にある量"
        "({wanted})では換算できません(フットプリントに製品質量がありません)。{company} に "
        "1 個あたりまたは 1 kg あたりのフットプリントを依頼してください。",
    ),
    "supplier_pcf.kind.footprint": ("a ProductFootprint object {…}",
                                    "ProductFootprint のオブジェクト {…}"),
    "supplier_pcf.kind.object": ("a JSON object {…}", "JSON オブジェクト {…}"),
    "supplier_pcf.kind.text": ("a text (string)", "テキスト(文字列)"),
    "supplier_pcf.kind.nonempty": ("a non-empty text", "空でないテキスト"),
    "supplier_pcf.kind.uuid": ("a UUID such as \"f4b1225a-bd44-4c8e-861d-079e4e1dfd69\"",
                               "\"f4b1225a-bd44-4c8e-861d-079e4e1dfd69\" のような UUID"),
    "supplier_pcf.kind.uuids": ("a non-empty list of UUIDs, each once",
                                "UUID の空でない配列(重複なし)"),
    "supplier_pcf.kind.semver": ("a version major.minor.patch such as \"3.0.0\"",
                                 "\"3.0.0\" のようなバージョン番号"),
    "supplier_pcf.kind.datetime": (
        "an RFC 3339 date and time with its time zone, such as \"2025-01-01T00:00:00Z\"",
        "\"2025-01-01T00:00:00Z\" のようなタイムゾーン付きの日時(RFC 3339)",
    ),
    "supplier_pcf.kind.status": ("Active or Deprecated", "Active または Deprecated"),
    "supplier_pcf.kind.unit": (
        "a PACT declared unit (piece, kilogram, liter, cubic meter, kilowatt hour, megajoule, "
        "square meter, ton kilometer, hour or megabit second)",
        "PACT の宣言単位(piece、kilogram、liter、cubic meter、kilowatt hour、megajoule、"
        "square meter、ton kilometer、hour、megabit second のいずれか)",
    ),
    "supplier_pcf.kind.urns": ("a non-empty list of URNs (\"urn:...\"), each once",
                               "URN(\"urn:...\")の空でない配列(重複なし)"),
    "supplier_pcf.kind.strings": ("a non-empty list of texts", "テキストの空でない配列"),
    "supplier_pcf.kind.ar": ("an IPCC assessment report such as \"AR6\"",
                             "\"AR6\" のような IPCC 評価報告書の名前"),
    "supplier_pcf.kind.ar_list": (
        "a non-empty list of IPCC assessment reports such as [\"AR6\"]",
        "[\"AR6\"] のような IPCC 評価報告書の名前の空でない配列",
    ),
    "supplier_pcf.kind.bool": ("true or false", "true または false"),
    "supplier_pcf.kind.decimal": ("a decimal string such as \"1.85\"",
                                  "\"1.85\" のような 10 進数の文字列"),
    "supplier_pcf.kind.number": ("a JSON number such as 12.5", "12.5 のような JSON の数値"),
    "supplier_pcf.kind.count": ("a whole number, 0 or more", "0 以上の整数"),
    "supplier_pcf.kind.country": ("an ISO 3166-1 country code such as \"JP\"",
                                  "\"JP\" のような ISO 3166-1 の国コード"),
    "supplier_pcf.kind.subdivision": ("an ISO 3166-2 subdivision code such as \"JP-13\"",
                                      "\"JP-13\" のような ISO 3166-2 の行政区画コード"),
    "supplier_pcf.warn.numbers": (
        "{file} {json_path}: {count} figure(s) are JSON numbers where PACT {version} writes "
        "decimal strings ({paths}); read as numbers. Ask the supplier to write them as "
        "strings (\"1.85\"), as the spec does.",
        "{file} {json_path}: {count} 個の値が、PACT {version} では 10 進数の文字列で書く"
        "ところ JSON の数値です({paths})。数値として読みました。仕様どおり文字列"
        "(\"1.85\")で書くよう仕入先に依頼してください。",
    ),
    "supplier_pcf.warn.strings": (
        "{file} {json_path}: {count} figure(s) are decimal strings where PACT {version} "
        "writes JSON numbers ({paths}); read as numbers.",
        "{file} {json_path}: {count} 個の値が、PACT {version} では JSON の数値で書くところ"
        " 10 進数の文字列です({paths})。数値として読みました。",
    ),
    "supplier_pcf.warn.unit_alias": (
        "{file} {json_path}: the declared unit {value} is not a PACT {version} spelling; read "
        "as {unit}.",
        "{file} {json_path}: 宣言単位 {value} は PACT {version} の表記ではありません。{unit} "
        "として読みました。",
    ),
    "supplier_pcf.warn.empty": ("{file}: the file holds no footprint.",
                                "{file}: ファイルにフットプリントがありません。"),
    "supplier_pcf.warn.duplicate": (
        "{file} {json_path}: the same footprint {id} as at {other}; read once.",
        "{file} {json_path}: {other} と同じフットプリント {id} です。1 回だけ読みました。",
    ),
    "supplier_pcf.warn.deprecated_only": (
        "supplier footprint {id} ({file} {json_path}) for {product} is Deprecated and no "
        "Active footprint matches, so it is used. Ask {company} for the footprint that "
        "replaces it.",
        "{product} の仕入先フットプリント {id}({file} {json_path})は Deprecated(廃止)"
        "ですが、一致する Active のフットプリントがないため使用しました。{company} に"
        "後継のフットプリントを依頼してください。",
    ),
    "supplier_pcf.warn.deprecated_chosen": (
        "supplier footprint {id} ({file} {json_path}) for {product} is Deprecated, although "
        "the Active footprint {active} matches too.",
        "{product} の仕入先フットプリント {id}({file} {json_path})は Deprecated(廃止)"
        "です。Active のフットプリント {active} も一致しています。",
    ),
    "supplier_pcf.warn.several_active": (
        "{count} Active supplier footprints match {product} ({ids}); {id} ({file} "
        "{json_path}), the newest, is used. Keep one per product.",
        "{product} に一致する Active の仕入先フットプリントが {count} 件あります({ids})。"
        "最新の {id}({file} {json_path})を使用しました。製品ごとに 1 件にしてください。",
    ),
    "supplier_pcf.warn.expired": (
        "supplier footprint {id} ({file} {json_path}) for {product} expired on {end} (its "
        "validityPeriodEnd). Ask {company} for a current footprint.",
        "{product} の仕入先フットプリント {id}({file} {json_path})は {end} に有効期限"
        "(validityPeriodEnd)が切れています。{company} に最新のフットプリントを依頼して"
        "ください。",
    ),
    "supplier_pcf.warn.expired_assumed": (
        "supplier footprint {id} ({file} {json_path}) for {product} expired on {end}: it "
        "states no validity period, so PACT takes 3 years from its reference period end "
        "({reference_end}). Ask {company} for a current footprint.",
        "{product} の仕入先フットプリント {id}({file} {json_path})は {end} に有効期限が"
        "切れています(有効期間の記載がないため、PACT の規定により対象期間の終了 "
        "{reference_end} から 3 年)。{company} に最新のフットプリントを依頼してください。",
    ),
    "supplier_pcf.warn.not_yet_valid": (
        "supplier footprint {id} ({file} {json_path}) for {product} is valid only from "
        "{start} (its validityPeriodStart).",
        "{product} の仕入先フットプリント {id}({file} {json_path})の有効期間は {start} から"
        "(validityPeriodStart)です。",
    ),
    # --- supplier footprints matched to BOM lines (issue 12, lca/resolve/supplier.py) ----
    "supplier_pcf.id_unknown": (
        "no supplier footprint has the id {value} given for {part}; the footprints read "
        "are from {files}. Check the id, or add the supplier's file with --supplier-pcf.",
        "{part} に指定されたフットプリント ID {value} の仕入先フットプリントがありません"
        "(読み込んだファイル: {files})。ID を確認するか、--supplier-pcf で仕入先の"
        "ファイルを追加してください。",
    ),
    "supplier_pcf.ambiguous": (
        "{count} Active supplier footprints match {part} ({value}): {first} ({first_file}) "
        "and {second} ({second_file}). Give the one to use in a PCF ID column, or remove "
        "the outdated one.",
        "{part}({value})に一致する Active の仕入先フットプリントが {count} 件あります: "
        "{first}({first_file})と {second}({second_file})。使うものを PCF ID 列で指定するか、"
        "古い方を削除してください。",
    ),
    "supplier_pcf.line_unit": (
        "{value} is not a unit cfp knows for the quantity of {part} (supplier footprint "
        "{id}). Write one of: {units}, or leave it blank for pieces.",
        "{value} は {part} の数量の単位として使えません(仕入先フットプリント {id})。"
        "{units} のいずれかを書くか、個数なら空欄にしてください。",
    ),
    "supplier_pcf.warn.ids_unused": (
        "{count} BOM line(s) give a PCF ID but no --supplier-pcf was given: they are "
        "computed with emission factors.",
        "{count} 行に PCF ID がありますが --supplier-pcf の指定がないため、排出原単位で"
        "計算しました。",
    ),
    # --- the terminal view: what the number rests on (cli/context_view.py, issues 12/14) --
    "view.supplier_pcfs": (
        "Supplier footprints (primary data): {lines} line(s), {share} of the total",
        "仕入先のCFP(一次データ): {lines} 行、合計の {share}",
    ),
    "view.rules": ("Rule profile: {name}", "算定ルール: {name}"),
    # --- uncertainty, sensitivity, advice (issue 14, compute/uncertainty.py, app/advice.py)
    "factor.dist_unknown": (
        "unknown distribution. Use one of: {names} (Brightway stats_arrays names), or leave "
        "the cell blank.",
        "不明な分布です。{names}(Brightway stats_arrays の名前)のいずれかを使うか、空欄に"
        "してください。"),
    "factor.dist_needs_name": (
        "min/max are given without a distribution. Write the distribution (triangular or "
        "uniform) in the distribution column ({names}).",
        "最小値・最大値に分布の指定がありません。分布の列に triangular または uniform を"
        "書いてください({names})。"),
    "factor.dist_missing": (
        "a {distribution} distribution needs the column {column}: add it and fill it in "
        "on this row.",
        "{distribution} 分布には列 {column} が必要です。列を追加し、この行に値を入れてください。"),
    "factor.dist_gsd": (
        "geometric standard deviation {gsd} is below 1. A gsd is at least 1 (1 = no "
        "uncertainty; 1.2 is about ±20 %).",
        "幾何標準偏差 {gsd} が 1 未満です。gsd は 1 以上です(1 は不確かさなし、1.2 は"
        "約 ±20%)。"),
    "factor.dist_sd": (
        "standard deviation {sd} is negative. Enter a standard deviation >= 0 in the "
        "factor's unit.",
        "標準偏差 {sd} が負です。原単位と同じ単位で 0 以上の値を入れてください。"),
    "factor.dist_min_max": (
        "the minimum {low} is above the maximum {high}. Swap them or correct one.",
        "最小値 {low} が最大値 {high} より大きいです。入れ替えるか訂正してください。"),
    "factor.dist_outside": (
        "the factor {factor} lies outside its range {low} – {high}. The factor must be "
        "between min and max (the mode of a triangular distribution).",
        "原単位 {factor} が範囲 {low} – {high} の外にあります。原単位は最小値と最大値の間"
        "(三角分布では最頻値)にしてください。"),
    "factor.dist_lognormal_zero": (
        "a lognormal distribution needs a factor above 0. Use normal, or no distribution, "
        "for a factor of 0.",
        "対数正規分布には 0 より大きい原単位が必要です。原単位 0 には normal を使うか、"
        "分布を指定しないでください。"),
    "unc.defaults_cv": (
        "{key} = {number}: use a coefficient of variation from 0 to 1 (0.05 = 5 %).",
        "{key} = {number}: 0 から 1 の変動係数を使ってください(0.05 = 5%)。"),
    "unc.defaults_gsd": (
        "{key} = {number}: use a geometric standard deviation of at least 1.",
        "{key} = {number}: 1 以上の幾何標準偏差を使ってください。"),
    "unc.defaults_key": (
        "{key}: unknown key. Known keys: {keys}.",
        "{key}: 不明なキーです。使えるキー: {keys}。"),
    "unc.defaults_unreadable": (
        "not a readable TOML file ({error}). Write [amount_cv] and [factor_gsd] tables of "
        "numbers (README \"Uncertainty\").",
        "読み取れる TOML ファイルではありません({error})。[amount_cv] と [factor_gsd] の表に"
        "数値を書いてください(README「Uncertainty」)。"),
    "usage.needs_uncertainty": (
        "{option} applies to a Monte Carlo run: add --uncertainty N (e.g. --uncertainty "
        "10000).",
        "{option} はモンテカルロ計算に使います。--uncertainty N(例: --uncertainty 10000)を"
        "追加してください。"),
    "label.unc.title": ("Uncertainty (Monte Carlo)", "不確かさ(モンテカルロ)"),
    "label.unc.run": ("{iterations} iterations, seed {seed}", "{iterations} 回、シード {seed}"),
    "label.unc.mean": ("Mean", "平均"),
    "label.unc.median": ("Median", "中央値"),
    "label.unc.sd": ("SD", "標準偏差"),
    "label.unc.interval": ("95 % interval", "95% 区間"),
    "label.unc.static": ("Static", "確定値"),
    "label.unc.contributors": ("Largest contributions to the variance",
                               "分散への寄与が大きい行"),
    "label.unc.line": ("Line", "行"),
    "label.unc.variance_share": ("Variance", "分散寄与"),
    "label.unc.factor_part": ("of factor", "うち原単位"),
    "label.unc.amount_part": ("of amount", "うち活動量"),
    "label.unc.histogram": ("Distribution of the total", "合計の分布"),
    "label.unc.samples": ("iterations", "回数"),
    "label.sens.title": ("Sensitivity (one at a time, ±{pct}%)",
                         "感度分析(一つずつ ±{pct}%)"),
    "label.sens.input": ("Input", "入力"),
    "label.sens.low": ("−{pct}%", "{pct}% 減"),
    "label.sens.high": ("+{pct}%", "{pct}% 増"),
    "label.sens.utilisation": ("utilisation of {name}", "{name} の使用率"),
    "label.sens.electricity_factor": ("electricity factor ({name})", "電力排出係数({name})"),
    "label.sens.factor": ("factor {name}", "原単位 {name}"),
    "label.sens.energy_basis": ("{name}: measured → rated-power estimate",
                                "{name}: 実測値 → 定格電力による推定値"),
    "label.sens.measured": ("measured", "実測"),
    "label.sens.estimated": ("estimated", "推定"),
    "label.adv.title": ("What to measure or ask for next", "次に測るべきデータ・依頼すべきデータ"),
    "label.adv.action": ("Action", "対応"),
    "label.adv.narrowing": ("95 % interval narrows by", "95% 区間の縮小"),
    "label.adv.interval_after": ("Interval after", "対応後の区間"),
    "label.adv.none": ("No estimated energy or non-primary factor is left to improve.",
                       "改善できる推定電力量・一次データ以外の原単位はありません。"),
    "label.adv.method": (
        "Each action is re-run through the same Monte Carlo ({iterations} iterations, seed "
        "{seed}) with that input made primary (the default distribution of a measured "
        "value); the narrowing is the change of the 95 % interval of the total.",
        "各対応は、その入力を一次データ(実測値の既定の分布)にして同じモンテカルロ計算"
        "({iterations} 回、シード {seed})をやり直したものです。縮小幅は合計の 95% 区間の"
        "変化です。"),
    "advice.measure": (
        "Measure the machining energy of part {part} on {process} (estimated, {variance} "
        "of the variance)",
        "部品 {part} の {process} の加工電力量を実測する(推定値、分散の {variance})"),
    "advice.ask_supplier": (
        "Ask {supplier} for a PACT footprint of part {part} ({basis} factor {key}, {share} "
        "of the total, {variance} of the variance)",
        "{supplier} に部品 {part} の PACT フットプリントを依頼する({basis}原単位 {key}、"
        "合計の {share}、分散の {variance})"),
    "advice.basis.proxy": ("proxy", "代替"),
    "advice.basis.secondary": ("secondary", "二次"),
    "advice.no_supplier": ("its supplier", "仕入先"),
    "advise.help": (
        "Rank what to measure or ask suppliers for next: each action's narrowing of the "
        "95 % interval of the total, by Monte Carlo.",
        "次に実測すべき工程・仕入先に依頼すべきデータを、合計の 95% 区間の縮小幅(モンテ"
        "カルロ)で順位付けします。"),
    # --- fuels and compressed air in processing (issue 15, lca/read/utilities.py,
    # lca/compute/processing.py) --------------------------------------------------------
    "process.fuel_unit": (
        "the fuel use column needs its unit in brackets: per hour (m3/h, Nm3/h, L/h, kg/h), "
        "per minute (L/min) or per piece (m3/個, kg/piece), e.g. 燃料消費量(m3/h).",
        "燃料消費量の列には括弧で単位を書いてください: 1 時間当たり(m3/h、Nm3/h、L/h、kg/h)、"
        "1 分当たり(L/min)または 1 個当たり(m3/個、kg/個)。例: 燃料消費量(m3/h)。",
    ),
    "process.fuel_without_key": (
        "a fuel use is given but no fuel: write the fuel (都市ガス13A, LPG, 灯油, A重油, 軽油...) "
        "in the 燃料/Fuel column of this row.",
        "燃料消費量がありますが燃料が書かれていません。この行の燃料の列に燃料(都市ガス13A、"
        "LPG、灯油、A重油、軽油など)を書いてください。",
    ),
    "measurement.fuel_without_key": (
        "a fuel per piece is measured but no fuel is named: write it in the 燃料/Fuel column of "
        "this row or of the process in 工程/Processes.",
        "1 個当たりの燃料使用量が実測されていますが燃料が書かれていません。この行か工程シートの"
        "その工程の燃料の列に書いてください。",
    ),
    "measurement.fuel_unit": (
        "the measured fuel column needs its unit per piece in brackets, e.g. 燃料使用量(m3/個), "
        "(L/個), (kg/piece).",
        "燃料使用量の列には括弧で 1 個当たりの単位を書いてください。例: 燃料使用量(m3/個)、"
        "(L/個)、(kg/個)。",
    ),
    "process.fuel_no_factor": (
        "no emission factor for fuel '{fuel}'. Use a built-in fuel (都市ガス13A, 天然ガス, LPG, "
        "LNG, 灯油, 軽油, ガソリン, A重油, B・C重油, コークス, 一般炭) or add '{fuel}' to the "
        "排出原単位/Factors sheet.",
        "燃料 '{fuel}' の排出原単位がありません。内蔵の燃料(都市ガス13A、天然ガス、LPG、LNG、"
        "灯油、軽油、ガソリン、A重油、B・C重油、コークス、一般炭)を使うか、排出原単位シートに "
        "'{fuel}' を追加してください。",
    ),
    "process.fuel_unit_mismatch": (
        "fuel '{fuel}' has its factor per {factor_unit}, but its use is given in {unit}: a "
        "mass and a volume are not converted (no density is assumed). Give the use in "
        "{factor_unit} (or L, kL, m3, Nm3 / kg, t of the same kind), or add your own factor "
        "per {unit}.",
        "燃料 '{fuel}' の排出原単位は {factor_unit} 当たりですが、使用量が {unit} で"
        "書かれています。質量と体積は換算しません(密度を仮定しません)。{factor_unit}"
        "(または同じ種類の L、kL、m3、Nm3 / kg、t)で書くか、{unit} 当たりの排出原単位を"
        "追加してください。",
    ),
    "process.air_unit": (
        "the compressed air column needs its unit in brackets: Nm3/h, m3/min, L/min, or per "
        "piece Nm3/個, L/個, e.g. 圧縮空気(Nm3/h).",
        "圧縮空気の列には括弧で単位を書いてください: Nm3/h、m3/min、L/min、または 1 個当たり "
        "Nm3/個、L/個。例: 圧縮空気(Nm3/h)。",
    ),
    "process.air_kwh_unit": (
        "the compressor's specific energy is read in kWh/Nm3 (or kWh/m3): write "
        "空気電力原単位(kWh/Nm3). A specific power in kW/(m3/min) divided by 60 is kWh/Nm3.",
        "コンプレッサの電力原単位は kWh/Nm3(または kWh/m3)で書いてください: "
        "空気電力原単位(kWh/Nm3)。比動力 kW/(m3/min) を 60 で割ると kWh/Nm3 になります。",
    ),
    "warn.air_default": (
        "compressed air is converted with cfp's default {kwh} kWh/Nm3 (a screw compressor at "
        "0.6-0.7 MPa): give your compressor's value (空気電力原単位 in 工程/Processes or "
        "圧縮空気電力原単位 in 設定/Settings) for a defensible figure.",
        "圧縮空気は cfp の既定値 {kwh} kWh/Nm3(0.6〜0.7 MPa のスクリューコンプレッサ)で"
        "電力に換算しました。根拠のある値にするには、お使いのコンプレッサの値(工程シートの"
        "空気電力原単位または設定シートの圧縮空気電力原単位)を書いてください。",
    ),
    "h.energy_carrier": ("Energy carrier", "エネルギー種別"),
    "setting.air_kwh": ("Compressed air (kWh/Nm3)", "圧縮空気電力原単位(kWh/Nm3)"),
    "scope.scope1": ("On-site fuel (Scope 1)", "自社での燃料燃焼(Scope 1)"),
    "scope.scope2": ("Purchased electricity (Scope 2)", "購入電力(Scope 2)"),
    "sec.processing_scopes": ("Processing by energy carrier", "加工のエネルギー種別の内訳"),
    "h.scope": ("Scope", "スコープ"),
    "mb.fuel": ("fuel", "燃料"),
    "carrier.electricity": ("Purchased electricity", "購入電力"),
    "carrier.compressed_air": ("Compressed air (compressor electricity)",
                               "圧縮空気(コンプレッサの電力)"),
    # --- metered energy from logger files (issue 15, --meter-log, lca/read/meterlog.py) --
    "meterlog.no_mapping": (
        "this logger file is given with --meter-log, but the workbook has no 計測ログ / Meter "
        "logs sheet saying which part, process and time window it measured. Add the sheet "
        "with the columns ファイル, 品番, 工程 (and 開始, 終了, 加工数 as needed).",
        "このロガーのファイルが --meter-log で指定されていますが、どの部品・工程・時間帯を計測"
        "したかを示す計測ログシートがワークブックにありません。ファイル、品番、工程(必要に応じて"
        "開始、終了、加工数)の列を持つシートを追加してください。",
    ),
    "meterlog.not_given": (
        "log file '{value}' is not given on the command line: add --meter-log {value} (given: "
        "{files}).",
        "ログファイル '{value}' がコマンドラインで指定されていません。--meter-log {value} を"
        "追加してください(指定済み: {files})。",
    ),
    "meterlog.unmapped": (
        "--meter-log {value} is not named in the ファイル / File column of the {map_sheet} "
        "sheet: add a row for it, or leave the option out.",
        "--meter-log {value} が {map_sheet} シートのファイルの列にありません。その行を追加するか、"
        "オプションを外してください。",
    ),
    "meterlog.no_header": (
        "no header row with a time (日時, or 日付 and 時刻; Date, Time, Timestamp) and a power "
        "(電力(kW), P(W)) or energy counter (積算電力量(kWh), Wh(+), WP+) column in the first "
        "40 rows of this log. Check the export settings or rename the headers.",
        "このログの先頭 40 行に、時刻(日時、または日付と時刻。Date、Time、Timestamp)と電力"
        "(電力(kW)、P(W))または積算電力量(積算電力量(kWh)、Wh(+)、WP+)の列を持つ見出し行が"
        "ありません。出力設定を確認するか見出しを変更してください。",
    ),
    "meterlog.no_column": (
        "column '{value}' (列 / Column of the meter-log sheet) is not in the header of this "
        "log. Write the header exactly as in the log.",
        "列 '{value}'(計測ログシートの列)がこのログの見出しにありません。ログの見出しを"
        "そのまま書いてください。",
    ),
    "meterlog.column_unit": (
        "column '{value}' is neither power (kW, W) nor an energy counter (kWh, Wh): give the "
        "unit in its header, e.g. 電力(kW) or 積算電力量(kWh).",
        "列 '{value}' は電力(kW、W)でも積算電力量(kWh、Wh)でもありません。見出しに単位を"
        "書いてください。例: 電力(kW)、積算電力量(kWh)。",
    ),
    "meterlog.bad_time": (
        "row {row}: '{value}' is not a date and time (e.g. 2026/04/01 08:00:00).",
        "{row} 行目: '{value}' は日時ではありません(例: 2026/04/01 08:00:00)。",
    ),
    "meterlog.no_samples": ("this log has no data rows below its header.",
                            "このログには見出しの下にデータ行がありません。"),
    "meterlog.window_outside": (
        "the time window is outside the log {log_file}, which runs from {log_start} to "
        "{log_end}. Correct 開始 / 終了 (start before end), or give the log that covers the "
        "window.",
        "時間帯がログ {log_file} の範囲({log_start} から {log_end})の外にあります。開始・終了を"
        "直す(開始は終了より前)か、その時間帯を含むログを指定してください。",
    ),
    "meterlog.too_few_samples": (
        "fewer than two samples of {log_file} fall in this window: widen it.",
        "この時間帯に入る {log_file} のサンプルが 2 つ未満です。時間帯を広げてください。",
    ),
    "meterlog.bad_window": (
        "'{value}' is not a date and time: write e.g. 2026/04/01 08:00.",
        "'{value}' は日時ではありません。例: 2026/04/01 08:00 のように書いてください。",
    ),
    "meterlog.time_not_increasing": (
        "row {row}: time {value} is not after row {previous}: the log must be in time order "
        "without repeats (a clock change or two logs joined?). Sort it or split it.",
        "{row} 行目: 時刻 {value} が {previous} 行目より後になっていません。ログは時刻順で"
        "重複がない必要があります(時計の変更か、2 つのログの連結?)。並べ替えるか分けて"
        "ください。",
    ),
    "meterlog.counter_decrease": (
        "row {row}: the counter falls from {before} to {after} (a reset or a negative step). "
        "Choose a window that does not cross the reset (two rows of the meter-log sheet) or "
        "fix the log.",
        "{row} 行目: カウンタが {before} から {after} に減っています(リセットまたは負の変化)。"
        "リセットをまたがない時間帯にする(計測ログシートを 2 行に分ける)か、ログを直して"
        "ください。",
    ),
    "meterlog.negative_power": (
        "row {row}: negative power {value} kW (regeneration or a reversed clamp?). Check the "
        "clamp direction.",
        "{row} 行目: 電力が負の値 {value} kW です(回生、またはクランプの向きが逆?)。"
        "クランプの向きを確認してください。",
    ),
    "meterlog.no_pieces": (
        "log {log_file} has no piece counter: give the pieces made in the window in 加工数 / "
        "Pieces.",
        "ログ {log_file} には個数カウンタがありません。時間帯内の加工数を加工数の列に書いて"
        "ください。",
    ),
    "meterlog.no_pieces_made": (
        "the piece counter of {log_file} does not rise in this window: no piece was made. "
        "Check the window or give 加工数.",
        "{log_file} の個数カウンタがこの時間帯で増えていません(加工されていません)。時間帯を"
        "確認するか加工数を書いてください。",
    ),
    "warn.meterlog_gap": (
        "{file}: {minutes} min between rows {previous} and {row} (typically {typical} min): "
        "samples are missing; a counter's rise is exact, a power sum takes the power after "
        "the gap for the whole gap.",
        "{file}: {previous} 行目と {row} 行目の間が {minutes} 分あります(通常 {typical} 分)。"
        "サンプルが欠けています。積算値の差は正確ですが、電力の合計では欠けた時間全体に"
        "欠損後の電力を用いています。",
    ),
    "warn.meterlog_missing": (
        "{file}: {count} row(s) without a value (----, OR, blank) were skipped, e.g. row(s) "
        "{first}.",
        "{file}: 値のない行({count} 行。----、OR、空欄)を読み飛ばしました(例: {first} 行目)。",
    ),
    "warn.meterlog_not_given": (
        "the {sheet} sheet maps logger files, but no --meter-log was given: their measured "
        "energy is not used (give each file with --meter-log FILE).",
        "{sheet} シートにロガーのファイルが対応付けられていますが、--meter-log が指定されて"
        "いないため計測値は使われません(各ファイルを --meter-log FILE で指定してください)。",
    ),
    "warn.meterlog_replaces": (
        "the meter log of part '{part}', process '{process}' replaces its row in the 実測 / "
        "Measurements sheet.",
        "部品 '{part}' の工程 '{process}' の計測ログが実測シートの行に代わって使われます。",
    ),
}

merge_legacy(CATALOG)
CATALOG = LegacyView()
