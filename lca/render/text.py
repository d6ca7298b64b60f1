"""The report texts: the former catalogue, now a facade over `lca/i18n/`.

The templates are one set for all languages: they call `t('key')` and never contain prose
themselves. `t` is `i18n.tr`: report texts and messages are one catalogue (lca/i18n/,
one module per language). A key added to `LABELS` below as `"key": ("English", "日本語")`
still works (merged at import) until `python tests/i18n_fold.py` moves it into the
language files; after the merge `LABELS` is a read-only view `key -> (English, Japanese)`
of the whole catalogue. Values from the BOM put into a sentence are escaped by the
template like any other text.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import messages as _messages  # noqa: F401 - merges the entries left in CATALOG
from ..i18n import LegacyView, merge_legacy
from ..i18n import tr as t

__all__ = ["LABELS", "t"]

# key: (English, Japanese)
LABELS: Mapping[str, tuple[str, ...]] = {
    # --- rule profiles, emission cut-off, allocation (issue 14, render/rules_view.py) ---
    "rules.profile": ("Rule profile", "算定ルール"),
    "rules.file": ("Profile file", "ルールのファイル"),
    "rules.origin": ("Chosen by", "指定元"),
    "rules.origin.command_line": ("command line (--rules)", "コマンドライン(--rules)"),
    "rules.origin.settings": ("Settings sheet (算定ルール)", "設定シート(算定ルール)"),
    "rules.origin.default": ("built-in default", "組み込みの既定"),
    "rules.guideline": ("Follows", "準拠"),
    "rules.sheet": ("Rules", "算定ルール"),
    "rules.basis_total": ("Whole footprint", "フットプリント全体"),
    "rules.cutoff_title": (
        "Emission cut-off: what is excluded stays within {limit}",
        "排出量によるカットオフ: 除外分は {limit} 以内"),
    "rules.h.included": ("Included (kg-CO2e)", "算入(kg-CO2e)"),
    "rules.h.excluded": ("Excluded, estimated (kg-CO2e)", "除外分の推計(kg-CO2e)"),
    "rules.h.share": ("Share", "割合"),
    "rules.h.within": ("Within the limit", "基準内"),
    "rules.h.proxy": ("Conservative proxy", "保守的な代替値"),
    "rules.h.estimate": ("Estimate (kg-CO2e)", "推計(kg-CO2e)"),
    "rules.yes": ("yes", "はい"),
    "rules.no": ("no", "いいえ"),
    "rules.total_without": ("Total without the excluded items", "除外分を含まない合計"),
    "rules.total_with": ("Total with the excluded items (estimated)", "除外分を含む合計(推計)"),
    "rules.alloc.cut_off": (
        "cut-off (recycled-content) approach: process scrap leaves without burden or credit",
        "カットオフ(リサイクル含有率)法: 工程スクラップは負荷も控除もなしに系外へ"),
    "rules.alloc.eol_recycling": (
        "end-of-life recycling (avoided burden): a credit for the recycled process scrap, "
        "shown separately and not subtracted from the footprint",
        "リサイクル効果(回避負荷法): リサイクルされる工程スクラップの控除を別に示し、"
        "フットプリントからは差し引かない"),
    "rules.credit": ("Recycling credit (not in the total, kg-CO2e)",
                     "リサイクル控除(合計に含まない、kg-CO2e)"),
    "rules.total_with_credit": ("Total with the credit (for information, kg-CO2e)",
                                "控除を反映した値(参考、kg-CO2e)"),
    "rules.text.cutoff": (
        "Rule profile {profile}: the items excluded are estimated with a conservative "
        "proxy (materials: the profile's stated value, else the highest per-kg factor of "
        "the part's category, else of any category; transport: the worst route of the "
        "supplier table) and must stay within {limit} of {basis}.",
        "算定ルール {profile}: 除外した項目を保守的な代替値(原材料: ルールに明記した値、"
        "なければ部品の分類で最大の kg 当たり原単位、分類がなければ全分類で最大の値。輸送: "
        "仕入先表で最も排出の大きい輸送条件)で推計し、{basis}の {limit} 以内であることを"
        "確認します。"),
    "rules.basis.stage": ("each life-cycle stage's emissions", "各ライフサイクル段階の排出量"),
    "rules.basis.total": ("the whole footprint", "フットプリント全体"),
    "rules.text.stages_out": (
        "Outside the boundary by the rule profile: {stages}.",
        "算定ルールによりシステム境界外: {stages}。"),
    "rules.text.credit": (
        "Recycling credit of the process scrap ({rate} recycled, avoided primary material "
        "at each part's own material factor): {credit} kg-CO2e, not subtracted from the "
        "footprint of {total} kg-CO2e; with the credit, for information: {net} kg-CO2e.",
        "工程スクラップのリサイクル控除(リサイクル率 {rate}、各部品の材料の原単位で一次材料"
        "の回避分): {credit} kg-CO2e。フットプリント {total} kg-CO2e からは差し引いていません。"
        "控除を反映した参考値: {net} kg-CO2e。"),
    "reason.unknown_supplier": (
        "transport: supplier not in the supplier table", "輸送: 仕入先表にない仕入先"),
    # headers of the inventory fields (lca/schema.py) not printed before
    "h.parent_row": ("Parent row", "親の行"),
    "h.quantity_per_parent": ("Qty/parent", "親当たり個数"),
    "h.amount_per_piece": ("Amount/piece", "1個当たり活動量"),
    "h.mass_basis": ("Weight basis", "重量の基準"),
    "h.distance_km": ("Distance (km)", "距離(km)"),
    "h.factor_given": ("Factor as given", "出典の原単位"),
    "h.factor_unit_given": ("Unit as given", "出典の単位"),
    "h.factor_gases": ("Gases as given", "出典のガス別の値"),
    # values of the mass_basis field
    "mass.raw": ("raw weight", "素材重量"),
    "mass.net": ("net weight", "製品重量"),
    # --- documents read as finished (issue 11): statements, no instruction to the author
    "text.cutoff": (
        "cfp applies no cut-off of its own: every BOM row with a weight and an emission "
        "factor is included. Rows left out because no emission factor was found are listed "
        "below, for comparison with the cut-off rule of a product category rule (PCR) where "
        "one applies (a common rule: what is cut off stays below 5 % of the emissions of "
        "each life-cycle stage).",
        "cfp 自体はカットオフを行いません。重量と排出原単位のある部品表の行はすべて算入します。"
        "排出原単位が見つからず除外した行を下に示します。PCR(製品別算定ルール)がある場合は、"
        "この一覧がそのカットオフ基準との照合の根拠になります(一般的な基準: 除外分が各ライフ"
        "サイクル段階の排出量の 5% 未満であること)。"),
    "q.proxy": (
        "{share} of the total is calculated with proxy factors ({keys}); supplier-specific "
        "data or a database such as IDEA would make these figures more representative.",
        "合計の {share} は代替原単位({keys})によるものです。仕入先固有のデータや IDEA など"
        "のデータベースを用いると、これらの値の代表性が高まります。"),
    # --- supplier footprints used as primary data (issue 12, lca/aggregate/supplier.py) --
    "h.pcf_id": ("Footprint ID", "フットプリントID"),
    "h.pcf_company": ("Supplier (PACT)", "仕入先(PACT)"),
    "h.pcf_product_id": ("Supplier product ID", "仕入先製品ID"),
    "h.pcf_period": ("Reference period", "対象期間"),
    "h.pcf_primary_share": ("Their primary data share", "仕入先の一次データ比率"),
    "h.pcf_dqr_technological": ("Technological DQR", "技術的DQR"),
    "h.pcf_dqr_geographical": ("Geographical DQR", "地理的DQR"),
    "h.pcf_dqr_temporal": ("Temporal DQR", "時間的DQR"),
    "sec.supplier_pcfs": ("Supplier footprints used (primary data)",
                          "使用した仕入先のCFP(一次データ)"),
    "h.pcf_quality": ("Data quality (DQR T/G/Ti)", "データ品質(DQR 技術/地理/時間)"),
    "h.pcf_share_total": ("Share of total", "合計に占める割合"),
    "h.pcf_lines": ("BOM lines", "部品表の行"),
    "text.supplier_pcfs": (
        "These parts use the supplier's own product footprint (PACT) instead of an emission "
        "factor; together they carry {share} of the total. Their primary data count toward "
        "this footprint's primary data share in proportion to the suppliers' own share.",
        "これらの部品には排出原単位ではなく仕入先自身の製品 CFP(PACT)を用いています。合計に"
        "占める割合は {share} です。一次データ比率には、仕入先自身の一次データ比率に応じて"
        "算入しています。"),
    "label.not_given": ("not given", "記載なし"),
    "mb.supplier_pcf": ("supplier footprint (PACT)", "仕入先CFP(PACT)"),
    # the PDF's annex A shows the first rows only (WeasyPrint: ~25 ms a row)
    "text.pdf_capped": (
        "This PDF shows the first {shown} of the {count} inventory rows. Full inventory: "
        "{file} (Excel) or {csv} (CSV).",
        "この PDF には {count} 行のうち最初の {shown} 行を示しています。全行のインベントリ: "
        "{file}(Excel)または {csv}(CSV)。"),
}

merge_legacy(LABELS)
LABELS = LegacyView()
