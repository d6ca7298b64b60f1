"""Checks of the built-in data files in lca/data/ (factors, categories, grades, GWP).

Read with the stdlib csv module only, so that the data can be checked independently of the
loader code. The sampled-value table compares rows with the numbers printed in the cited
sources; each comment gives the source value and the unit conversion. The last section
(purchased components, issue 15) also loads the rows through the normal path: `cfp factors
search`, `cfp materials` and `calculate` of a small BOM with worked numbers.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp.cli.main import app
from cfp.lca.api import calculate

DATA = Path(__file__).resolve().parents[1] / "lca" / "data"

FACTOR_COLUMNS = ["key", "aliases", "name_ja", "name_en", "unit", "kg_co2e", "co2", "ch4_fossil",
                  "ch4_non_fossil", "n2o", "geography", "reference_year", "source", "source_ref",
                  "licence", "data_type", "note", "note_ja", "licence_ja"]
FACTOR_REQUIRED = ["key", "name_ja", "name_en", "unit", "geography", "source", "source_ref",
                   "licence", "data_type"]
CATEGORY_COLUMNS = ["key", "name_ja", "name_en", "aliases", "scrap_key"]
GRADE_COLUMNS = ["grade", "category", "factor_key", "note"]
GWP_COLUMNS = ["gas", "name", "ar5", "ar6", "source", "licence", "note"]

UNITS = {"kg", "t", "g", "kWh", "MJ", "GJ", "L", "kL", "m3", "t-km", "piece"}
DATA_TYPES = {"secondary", "proxy"}
CBAM_LICENCE = "EU legal act (reuse: Decision 2011/833/EU)"
LICENCES = {"OGL-3.0", "JP-PDL-1.0", "CC0-1.0", "CC-BY-SA-4.0", "PD-US",
            "statute (JP Copyright Act art.13)", "fact (single published statistic)",
            CBAM_LICENCE}
#: licence -> licence_ja: a licence's identifier stays, a description is translated
LICENCES_JA = {"OGL-3.0": "OGL-3.0", "JP-PDL-1.0": "JP-PDL-1.0", "CC-BY-SA-4.0": "CC-BY-SA-4.0",
               "fact (single published statistic)": "事実(公表された単一の統計値)",
               "statute (JP Copyright Act art.13)": "法令(著作権法第 13 条)",
               CBAM_LICENCE: "EU 法令(再利用: 決定 2011/833/EU)"}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
GAS_COLUMNS = ["co2", "ch4_fossil", "ch4_non_fossil", "n2o"]

MATERIAL_KEYS = ["steel", "stainless", "cast_iron", "aluminium", "aluminium_primary",
                 "aluminium_cast", "aluminium_recycled", "copper", "copper_alloy", "zinc", "resin",
                 "rubber", "glass", "paper", "wood", "electrical", "fasteners"]
RESIN_KEYS = ["pp", "pe", "hdpe", "ldpe", "pet", "ps", "pvc", "abs", "pa", "pom", "pc", "ptfe"]
UTILITIES = ["tepco", "kepco", "chubu", "tohoku", "hokkaido", "hokuriku", "chugoku", "shikoku",
             "kyushu", "okinawa"]
ELECTRICITY_KEYS = (["electricity", "electricity:jp:default"]
                    + [f"electricity:jp:{u}" for u in UTILITIES]
                    + [f"electricity:jp:{u}:residual" for u in UTILITIES]
                    + [f"electricity:{c}" for c in ("cn", "kr", "tw", "th", "us", "de", "vn", "in",
                                                    "id", "my", "mx", "ph", "sg", "world")])
FUEL_KEYS = ["diesel", "gasoline", "kerosene", "heavy_oil_a", "lpg", "city_gas_13a"]
FREIGHT_KEYS = ["truck", "truck:3.5-7.5t", "truck:7.5-17t", "truck:17t+", "truck:articulated:33t+",
                "van", "rail", "ship", "container_ship", "air"]
WASTE_KEYS = ["scrap", "scrap:metal", "scrap:resin", "scrap:paper", "waste:landfill"]
NO_FACTOR_CATEGORIES = {"pipe_parts", "other"}
# purchased components (issue 15): categories whose key is also a per-kg factor row
COMPONENT_CATEGORIES = ["motor", "bearing", "gear", "pcb", "cable", "seal", "fluid_power"]
# alternatives and brackets for the proxy review, not category defaults
REVIEW_KEYS = ["fasteners:jp", "steel:bar:jp", "steel:alloy_bar:jp", "steel:electrical:jp",
               "pipe_fittings:steel:jp", "aluminium_recycled:defra", "resin:rigid"]

NAMED_GRADES = """
A1050 A1100 A2011 A2017 A2024 A5052 A5056 A5083 A6061 A6063 A7075
AC2B AC4B AC4C AC4CH AC7A ADC1 ADC6 ADC10 ADC12
SS400 SS490 SPCC SPCD SPHC SPHD SECC SGCC S10C S15C S20C S25C S35C S45C S50C S55C
SCM415 SCM420 SCM435 SCM440 SCr420 SNCM439 SUJ2 SK85 SKD11 SKD61 STKM13A STKM11A SWCH10A
SUS303 SUS304 SUS304L SUS316 SUS316L SUS410 SUS420J2 SUS430 SUS440C SUS630
FC200 FC250 FC300 FCD400 FCD450 FCD500 FCD600
C1020 C1100 C1220 C2600 C2680 C2801 C3602 C3604 C3771 CAC406 PBC2 ZDC2
PP PE HDPE LDPE PET PBT ABS AS PS PVC PA6 PA66 POM PC PMMA PTFE PPS PEEK PEI
NBR EPDM FKM VMQ CR SBR NR
""".split()


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def norm(text: str) -> str:
    """Comparison form of keys and aliases: NFKC, stripped, case-folded."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def grade_norm(grade: str) -> str:
    """Grade comparison form documented in lca/data/README.md: NFKC, upper, no spaces or dots."""
    return re.sub(r"[\s.．・]", "", unicodedata.normalize("NFKC", grade).upper())


def spellings(row: dict[str, str], *fields: str) -> set[str]:
    out = set()
    for field in fields:
        for part in row[field].split("|"):
            if part.strip():
                out.add(norm(part))
    return out


@pytest.fixture(scope="module")
def factors() -> dict[str, dict[str, str]]:
    return {row["key"]: row for row in read("factors.csv")[1]}


@pytest.fixture(scope="module")
def categories() -> dict[str, dict[str, str]]:
    return {row["key"]: row for row in read("categories.csv")[1]}


@pytest.fixture(scope="module")
def grades() -> list[dict[str, str]]:
    return read("grades.csv")[1]


# ---------------------------------------------------------------- factors.csv schema

def test_factor_columns_exact() -> None:
    assert read("factors.csv")[0] == FACTOR_COLUMNS


def test_factor_required_fields_filled() -> None:
    for row in read("factors.csv")[1]:
        for column in FACTOR_REQUIRED:
            assert row[column].strip(), f"{row['key']}: {column} is empty"


def test_factor_values_and_vocabularies() -> None:
    for row in read("factors.csv")[1]:
        key = row["key"]
        assert row["unit"] in UNITS, key
        assert row["data_type"] in DATA_TYPES, key
        assert row["licence"] in LICENCES, key
        gases = [row[c] for c in GAS_COLUMNS if row[c].strip()]
        assert row["kg_co2e"].strip() or gases, f"{key}: neither kg_co2e nor a gas column"
        for column in ["kg_co2e", *GAS_COLUMNS]:
            if row[column].strip():
                assert float(row[column]) >= 0, f"{key}: {column}"
        if row["co2"].strip() and row["kg_co2e"].strip():
            # CO2-only sources: the CO2 column repeats the CO2e value, never exceeds it
            assert float(row["co2"]) <= float(row["kg_co2e"]) + 1e-12, key


def test_factor_keys_are_lower_case_ascii() -> None:
    for row in read("factors.csv")[1]:
        assert re.fullmatch(r"[a-z0-9_.+:\-]+", row["key"]), row["key"]


def test_reference_year_is_a_year_or_explained() -> None:
    for row in read("factors.csv")[1]:
        year = row["reference_year"].strip()
        if year:
            assert re.fullmatch(r"(19|20)\d\d", year), row["key"]
        else:
            assert "year not stated" in row["note"].lower(), row["key"]


def test_proxies_say_what_they_stand_in_for() -> None:
    for row in read("factors.csv")[1]:
        if row["data_type"] == "proxy":
            assert row["note"].lower().startswith("proxy:"), row["key"]


def test_pdl_rows_carry_edit_notice() -> None:
    for row in read("factors.csv")[1]:
        if row["licence"] in {"JP-PDL-1.0", "statute (JP Copyright Act art.13)"}:
            assert "edited by cfp" in row["note"] and "cfpが加工" in row["note"], row["key"]
            assert "cfpが加工" in row["note_ja"], row["key"]


def test_every_note_and_licence_is_in_japanese_too() -> None:
    # a Japanese report or `cfp factors show --lang ja` shows note_ja and licence_ja
    for row in read("factors.csv")[1]:
        key = row["key"]
        if row["note"].strip():
            assert JAPANESE.search(row["note_ja"]), f"{key}: note_ja missing or not Japanese"
        assert row["licence_ja"] == LICENCES_JA[row["licence"]], key


def test_japanese_notes_keep_the_numbers_and_say_proxy() -> None:
    # a translation keeps every figure of the note (1.91, 93%, 2005-2018...)
    number = re.compile(r"\d+(?:\.\d+)?")
    for row in read("factors.csv")[1]:
        lost = set(number.findall(row["note"])) - set(number.findall(row["note_ja"]))
        assert not lost, f"{row['key']}: note_ja lacks {sorted(lost)}"
        if row["data_type"] == "proxy":
            assert row["note_ja"].startswith("代替"), row["key"]


def test_ember_rows_note_lifecycle_scope() -> None:
    for row in read("factors.csv")[1]:
        if row["licence"] == "CC-BY-SA-4.0":
            assert "Ember" in row["source"] and "lifecycle" in row["note"], row["key"]


def test_each_builtin_grid_country_has_its_national_average() -> None:
    """`read.country.BUILTIN_GRIDS` (the site countries compute/grid.py finds a built-in
    grid for, and the averages aggregate/supplier.py does not count as primary) are the
    `electricity:<code>` rows: one per country, labelled a location-based average."""
    from cfp.lca.read.country import BUILTIN_GRIDS

    rows = {row["key"]: row for row in read("factors.csv")[1]}
    national = {key.split(":")[1].upper() for key in rows if key.count(":") == 1
                and key.startswith("electricity:") and key != "electricity:world"}
    assert national == set(BUILTIN_GRIDS)
    for code in BUILTIN_GRIDS:
        row = rows[f"electricity:{code.lower()}"]
        assert row["geography"] == code and row["unit"] == "kWh", code
        if code != "JP":  # JP: the MoE/METI national average, as `electricity`
            assert row["note"].startswith("location-based national average"), code
            assert row["note_ja"].startswith("ロケーション基準の国平均"), code
    assert rows["electricity:jp"]["kg_co2e"] == rows["electricity"]["kg_co2e"]


def test_no_licensed_database_values() -> None:
    banned = re.compile(r"\b(IDEA|ecoinvent|ICE|Circular Ecology|CFP pilot|試行事業)\b", re.I)
    for row in read("factors.csv")[1]:
        assert not banned.search(row["source"] + " " + row["source_ref"]), row["key"]


# ---------------------------------------------------------------- keys and aliases

def test_factor_keys_unique() -> None:
    keys = [norm(row["key"]) for row in read("factors.csv")[1]]
    assert len(keys) == len(set(keys))


def test_factor_aliases_do_not_collide() -> None:
    """A key or alias must name one row only; the loader maps aliases onto keys."""
    owner: dict[str, str] = {}
    for row in read("factors.csv")[1]:
        for spelling in spellings(row, "key", "aliases"):
            assert owner.setdefault(spelling, row["key"]) == row["key"], (
                f"{spelling!r} names both {owner[spelling]} and {row['key']}")


def test_required_factor_keys_present(factors: dict[str, dict[str, str]]) -> None:
    required = (MATERIAL_KEYS + RESIN_KEYS + ELECTRICITY_KEYS + FUEL_KEYS + FREIGHT_KEYS
                + WASTE_KEYS)
    missing = [k for k in required if k not in factors]
    assert not missing
    assert "pipe_parts" not in factors and "other" not in factors


@pytest.mark.parametrize("key, unit", [
    ("electricity", "kWh"), ("electricity:jp:tepco:residual", "kWh"), ("electricity:world", "kWh"),
    ("diesel", "L"), ("lpg", "kg"), ("city_gas_13a", "m3"), ("truck", "t-km"), ("air", "t-km"),
    ("steel", "kg"), ("scrap", "kg"),
])
def test_units_by_section(factors: dict[str, dict[str, str]], key: str, unit: str) -> None:
    assert factors[key]["unit"] == unit


@pytest.mark.parametrize("key, aliases", [
    ("electricity", {"電力", "grid", "grid electricity", "系統電力"}),
    ("diesel", {"軽油"}), ("gasoline", {"ガソリン", "揮発油"}), ("kerosene", {"灯油"}),
    ("heavy_oil_a", {"a重油"}), ("lpg", {"lpg"}), ("city_gas_13a", {"都市ガス", "都市ガス13a"}),
    ("truck", {"トラック", "lorry", "hgv"}), ("rail", {"鉄道", "train"}),
    ("ship", {"船舶", "船", "sea"}), ("air", {"航空", "航空機", "air freight"}),
])
def test_required_aliases(factors: dict[str, dict[str, str]], key: str, aliases: set[str]) -> None:
    assert aliases <= spellings(factors[key], "aliases")


# ---------------------------------------------------------------- categories.csv

def test_category_columns_exact() -> None:
    assert read("categories.csv")[0] == CATEGORY_COLUMNS


def test_category_rows(categories: dict[str, dict[str, str]]) -> None:
    factor_only = {"aluminium_primary", "aluminium_recycled"}
    expected = set(MATERIAL_KEYS) - factor_only | NO_FACTOR_CATEGORIES | set(COMPONENT_CATEGORIES)
    assert set(categories) == expected
    for row in categories.values():
        for column in CATEGORY_COLUMNS:
            assert row[column].strip(), f"{row['key']}: {column} is empty"


def test_category_spellings_do_not_collide() -> None:
    owner: dict[str, str] = {}
    for row in read("categories.csv")[1]:
        for spelling in spellings(row, "key", "name_ja", "name_en", "aliases"):
            assert owner.setdefault(spelling, row["key"]) == row["key"], spelling


def test_categories_have_factor_rows(categories: dict[str, dict[str, str]],
                                     factors: dict[str, dict[str, str]]) -> None:
    for key in categories:
        if key not in NO_FACTOR_CATEGORIES:
            assert key in factors, key
            assert factors[key]["unit"] == "kg", key


def test_scrap_keys_exist(categories: dict[str, dict[str, str]],
                          factors: dict[str, dict[str, str]]) -> None:
    for row in categories.values():
        assert row["scrap_key"] in factors, row["key"]
        assert factors[row["scrap_key"]]["unit"] == "kg"
    assert categories["steel"]["scrap_key"] == "scrap:metal"
    assert categories["resin"]["scrap_key"] == "scrap:resin"
    assert categories["paper"]["scrap_key"] == "scrap:paper"


# ---------------------------------------------------------------- grades.csv

def test_grade_columns_exact() -> None:
    assert read("grades.csv")[0] == GRADE_COLUMNS


def test_grades_reference_known_keys(grades: list[dict[str, str]],
                                     categories: dict[str, dict[str, str]],
                                     factors: dict[str, dict[str, str]]) -> None:
    for row in grades:
        assert row["grade"].strip(), row
        assert row["category"] in categories, row["grade"]
        if row["factor_key"]:
            assert row["factor_key"] in factors, row["grade"]


def test_grades_unique_after_normalisation(grades: list[dict[str, str]]) -> None:
    normalised = [grade_norm(row["grade"]) for row in grades]
    assert len(normalised) == len(set(normalised))
    # a trailing "-X" is dropped as a finish suffix on lookup, so no grade may contain one
    assert not [row["grade"] for row in grades if "-" in row["grade"]]


def test_grade_coverage(grades: list[dict[str, str]]) -> None:
    present = {grade_norm(row["grade"]) for row in grades}
    assert len(present) >= 80
    missing = [g for g in NAMED_GRADES if grade_norm(g) not in present]
    assert not missing


@pytest.mark.parametrize("grade, category, factor_key", [
    ("A6063", "aluminium", ""), ("A2017", "aluminium", ""), ("AC4C", "aluminium_cast", ""),
    ("ADC12", "aluminium_cast", ""), ("SS400", "steel", ""), ("S45C", "steel", ""),
    ("SCM435", "steel", ""), ("SUS304", "stainless", ""), ("C3604", "copper_alloy", ""),
    ("FCD450", "cast_iron", ""), ("PET", "resin", "pet"), ("PP", "resin", "pp"),
    ("PTFE", "resin", "ptfe"), ("PA66", "resin", "pa"), ("PEEK", "resin", "resin:rigid"),
    ("NBR", "rubber", ""),
])
def test_grade_examples(grades: list[dict[str, str]], grade: str, category: str,
                        factor_key: str) -> None:
    row = next(r for r in grades if r["grade"] == grade)
    assert (row["category"], row["factor_key"]) == (category, factor_key)


# ---------------------------------------------------------------- gwp.csv

def test_gwp_table() -> None:
    columns, rows = read("gwp.csv")
    assert columns == GWP_COLUMNS
    table = {row["gas"]: row for row in rows}
    assert set(table) == {"co2", "ch4", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6", "nf3",
                          "hfc-134a", "hfc-32", "hfc-125", "r-410a", "cf4", "c2f6"}
    for row in rows:
        float(row["ar5"]), float(row["ar6"])
        assert row["source"].strip() and row["licence"].strip(), row["gas"]
    # factors.md §6 (globalwarmingpotentials 0.13.2, CC0): AR5 / AR6 GWP100
    expected = {"co2": (1, 1), "ch4": (28, 27.9), "ch4_fossil": (30, 29.8),
                "ch4_non_fossil": (28, 27.0), "n2o": (265, 273), "sf6": (23500, 25200),
                "nf3": (16100, 17400), "hfc-134a": (1300, 1530), "hfc-32": (677, 771),
                "hfc-125": (3170, 3740), "cf4": (6630, 7380), "c2f6": (11100, 12400)}
    for gas, (ar5, ar6) in expected.items():
        assert float(table[gas]["ar5"]) == pytest.approx(ar5), gas
        assert float(table[gas]["ar6"]) == pytest.approx(ar6), gas
    # R-410A is 50/50 by mass HFC-32 / HFC-125:
    # AR5 0.5*677 + 0.5*3170 = 1923.5; AR6 0.5*771 + 0.5*3740 = 2255.5
    for column in ("ar5", "ar6"):
        blend = 0.5 * float(table["hfc-32"][column]) + 0.5 * float(table["hfc-125"][column])
        assert float(table["r-410a"][column]) == pytest.approx(blend)


# ---------------------------------------------------------------- sampled values vs sources

SAMPLES = [
    # factors.md §2a: 全国平均係数 0.000423 t-CO2/kWh x 1000 = 0.423 kg/kWh (PDF p.16)
    ("electricity", 0.000423 * 1000),
    # factors.md §2a: 代替値 0.000416 t-CO2/kWh x 1000 = 0.416 kg/kWh (PDF p.16)
    ("electricity:jp:default", 0.000416 * 1000),
    # factors.md §2a: A0269 東京電力EP メニューM(残差) 0.000452 t-CO2/kWh x 1000 = 0.452 (p.8)
    ("electricity:jp:tepco:residual", 0.000452 * 1000),
    # factors.md §2a: A0272 関西電力 (参考値)事業者全体 0.000396 t-CO2/kWh x 1000 = 0.396 (p.8)
    ("electricity:jp:kepco", 0.000396 * 1000),
    # factors.md §2a: A0276 沖縄電力 (参考値)事業者全体 0.000677 t-CO2/kWh x 1000 = 0.677 (p.8):
    # the grid of a site or process in JP-47 (compute/grid.py SUBDIVISION_GRIDS)
    ("electricity:jp:okinawa", 0.000677 * 1000),
    # factors.md §2a: A0276 沖縄電力 メニューB(残差) 0.000685 t-CO2/kWh x 1000 = 0.685 kg/kWh (p.8)
    ("electricity:jp:okinawa:residual", 0.000685 * 1000),
    # factors.md §2b: Ember via co2.js, China 2024 559.55 g/kWh / 1000 = 0.55955 kg/kWh
    ("electricity:cn", 559.55 / 1000),
    # factors.md §2b: Ember via co2.js, World 2024 473.05 g/kWh / 1000 = 0.47305 kg/kWh
    ("electricity:world", 473.05 / 1000),
    # the same file as factors.md §2b (co2.js data/output/average-intensities.json @6628f83),
    # rows not quoted there: IDN 2023 682.43, MYS 609.85, MEX 484.83, PHL 613.38, SGP 498.74
    ("electricity:id", 682.43 / 1000),
    ("electricity:my", 609.85 / 1000),
    ("electricity:mx", 484.83 / 1000),
    ("electricity:ph", 613.38 / 1000),
    ("electricity:sg", 498.74 / 1000),
    # factors.md §3: 軽油 2.62 t-CO2/kL = 2.62 kg-CO2/L (t/kL and kg/L are the same ratio)
    ("diesel", 2.62),
    # factors.md §3: A重油 2.75 t-CO2/kL = 2.75 kg-CO2/L
    ("heavy_oil_a", 2.75),
    # factors.md §3: LPG 2.99 t-CO2/t = 2.99 kg-CO2/kg
    ("lpg", 2.99),
    # factors.md §3: 都市ガス 東京瓦斯 残差 2.09 t-CO2/千m3 = 2.09 kg-CO2/m3
    ("city_gas_13a", 2.09),
    # factors.md §4a: DEFRA 2025 HGV all diesel, average laden 0.10163 kg CO2e/t-km (no conversion)
    ("truck", 0.10163),
    # factors.md §4a: DEFRA 2025 HGV articulated >33 t, average laden 0.07703 kg CO2e/t-km
    ("truck:articulated:33t+", 0.07703),
    # factors.md §4b: 鉄道 0.000022 t-CO2/t-km x 1000 = 0.022 kg/t-km
    ("rail", 0.000022 * 1000),
    # factors.md §4b: 航空 0.001490 t-CO2/t-km x 1000 = 1.490 kg/t-km
    ("air", 0.001490 * 1000),
    # factors.md §1a: DEFRA 2025 Plastics: PP (incl. forming) 2577.57172 kg/t / 1000 = 2.578 kg/kg
    ("pp", 2577.57172 / 1000),
    # factors.md §1a: DEFRA 2025 Plastics: average plastics 3172.49932 kg/t / 1000 = 3.172 kg/kg
    ("resin", 3172.49932 / 1000),
    # factors.md §1a: DEFRA 2025 Electrical items - IT 24865.47556 kg/t / 1000 = 24.865 (proxy)
    ("electrical", 24865.47556 / 1000),
    # factors-materials.md row 1: worldsteel crude steel 1.91 t CO2/t = 1.91 kg/kg (proxy)
    ("steel", 1.91),
    # factors-materials.md row 5: JAA primary Al imported into Japan 10.8 kg-CO2/kg-Al
    ("aluminium_primary", 10.8),
    # factors-materials.md row 5c: JAA recycled ingot 0.3 kg-CO2/kg (cut-off)
    ("aluminium_recycled", 0.3),
    # factors-materials.md row 6: ICA refined copper 4.6 t CO2e/t = 4.6 kg/kg (proxy)
    ("copper", 4.6),
    # factors.md §5b: DEFRA 2025 Metal: scrap metal, open-loop 4.68568 kg CO2e/t / 1000 per kg
    ("scrap", 4.68568 / 1000),
    # factors.md §5a: 焼却 廃プラスチック類(産廃) 2.56 t-CO2/t = 2.56 kg-CO2/kg
    ("scrap:resin", 2.56),
    # factors.md §5a: 埋立 平均値 2.408 t-CO2/t = 2.408 kg-CO2/kg
    ("waste:landfill", 2.408),
]


@pytest.mark.parametrize("key, expected", SAMPLES, ids=[k for k, _ in SAMPLES])
def test_sampled_values_match_sources(factors: dict[str, dict[str, str]], key: str,
                                      expected: float) -> None:
    assert float(factors[key]["kg_co2e"]) == pytest.approx(expected, rel=1e-9)


def test_same_source_rows_agree(factors: dict[str, dict[str, str]]) -> None:
    """Rows that cite the same statistic must carry the same number."""
    assert factors["scrap:metal"]["kg_co2e"] == factors["scrap"]["kg_co2e"]
    assert factors["electricity:jp"]["kg_co2e"] == factors["electricity"]["kg_co2e"]
    # Dec 2026 defaults (docs/factor-research-2026-12.md §3): castings on DEFRA recycled
    # aluminium, bolts on the CBAM Japanese value, moulded engineering plastics on DEFRA rigid
    assert factors["aluminium_cast"]["kg_co2e"] == factors["aluminium_recycled:defra"]["kg_co2e"]
    assert factors["fasteners"]["kg_co2e"] == factors["fasteners:jp"]["kg_co2e"]
    for key in ("abs", "pa", "pom", "pc", "ptfe"):
        assert factors[key]["kg_co2e"] == factors["resin:rigid"]["kg_co2e"], key
        assert factors[key]["data_type"] == "proxy", key


# ---------------------------------------------------------------- purchased components (issue 15)

NEW_KEYS = COMPONENT_CATEGORIES + REVIEW_KEYS


@pytest.mark.parametrize("key", NEW_KEYS)
def test_component_rows_are_sourced_labelled_proxies(factors: dict[str, dict[str, str]],
                                                     key: str) -> None:
    row = factors[key]
    assert row["unit"] == "kg", key  # per kg of part mass: none is per piece or per kW
    for column in ("source", "source_ref", "licence", "note", "geography"):
        assert row[column].strip(), f"{key}: {column} is empty"
    # no open factor exists for any of these parts: every row is a stand-in and says so
    assert row["data_type"] == "proxy" and row["note"].startswith("proxy: "), key
    assert "stands in" in row["note"] or "partial scope" in row["note"], key


def test_cbam_rows_state_their_partial_scope(factors: dict[str, dict[str, str]]) -> None:
    cbam = [r for r in factors.values() if r["licence"] == CBAM_LICENCE]
    assert {r["key"] for r in cbam} == {"bearing", "gear", "fasteners", "fasteners:jp",
                                        "steel:bar:jp", "steel:alloy_bar:jp", "steel:electrical:jp",
                                        "pipe_fittings:steel:jp"}
    for row in cbam:
        assert row["geography"] == "JP" and "2025/2621" in row["source"], row["key"]
        assert row["source_ref"].startswith("CN ") and "Japan" in row["source_ref"], row["key"]
        assert "electricity are NOT included" in row["note"], row["key"]


COMPONENT_SAMPLES = [
    # DEFRA 2025 Electrical items - large 3267 kg CO2e/t / 1000 = 3.267 kg/kg (motor proxy)
    ("motor", 3267 / 1000),
    # CBAM 2025/2621, CN 7228 30 alloy-steel bar, Japan, Direct 3.53 t CO2e/t = 3.53 kg/kg
    ("bearing", 3.53),
    ("gear", 3.53),
    ("steel:alloy_bar:jp", 3.53),
    # DEFRA 2025 Electrical items - IT 24865.47556 kg CO2e/t / 1000 (PCB proxy)
    ("pcb", 24865.47556 / 1000),
    # ICA refined copper 4.6 t CO2e/t = 4.6 kg/kg (cable proxy)
    ("cable", 4.6),
    # DEFRA 2025 Construction: Tyres 3335.5719 kg CO2e/t / 1000 (seal proxy)
    ("seal", 3335.5719 / 1000),
    # DEFRA 2025 Construction: Metals 3824.09335 kg CO2e/t / 1000 (hydraulic/pneumatic proxy)
    ("fluid_power", 3824.09335 / 1000),
    # CBAM 2025/2621, CN 7318 15 screws and bolts, Japan, Direct 2.80 t CO2e/t
    ("fasteners:jp", 2.80),
    # CBAM 2025/2621, CN 7214 99 hot-rolled non-alloy bars, Japan, Direct 2.10 t CO2e/t
    ("steel:bar:jp", 2.10),
    # CBAM 2025/2621, CN 7225 19 90 NGO electrical steel, Japan, Direct 3.53 t CO2e/t
    ("steel:electrical:jp", 3.53),
    # CBAM 2025/2621, CN 7307 99 steel pipe fittings, Japan, Direct 2.11 t CO2e/t
    ("pipe_fittings:steel:jp", 2.11),
    # DEFRA 2025 Metal: aluminium cans and foil, closed-loop source 995.0779 kg CO2e/t / 1000
    ("aluminium_recycled:defra", 995.0779 / 1000),
    # DEFRA 2025 Plastics: average plastic rigid 3354.28062 kg CO2e/t / 1000
    ("resin:rigid", 3354.28062 / 1000),
]


@pytest.mark.parametrize("key, expected", COMPONENT_SAMPLES, ids=[k for k, _ in COMPONENT_SAMPLES])
def test_component_values_match_sources(factors: dict[str, dict[str, str]], key: str,
                                        expected: float) -> None:
    assert float(factors[key]["kg_co2e"]) == pytest.approx(expected, rel=1e-9)


def test_component_rows_reuse_the_cited_statistic(factors: dict[str, dict[str, str]]) -> None:
    """A proxy that cites the same statistic as an existing row carries the same number."""
    same = {"motor": "electrical:large", "pcb": "electrical", "cable": "copper", "seal": "rubber",
            "fluid_power": "zinc", "bearing": "steel:alloy_bar:jp", "gear": "steel:alloy_bar:jp"}
    for key, other in same.items():
        assert factors[key]["kg_co2e"] == factors[other]["kg_co2e"], key
        assert factors[key]["source_ref"] == factors[other]["source_ref"] or (
            factors[key]["source"] == factors[other]["source"]), key


@pytest.mark.parametrize("key, names", [
    ("motor", {"モーター", "モータ", "電動機", "motor", "electric motor"}),
    ("bearing", {"ベアリング", "軸受", "bearing"}),
    ("gear", {"歯車", "ギヤ", "ギア", "gear", "減速機"}),
    ("pcb", {"基板", "プリント基板", "pcb", "printed circuit board"}),
    ("cable", {"ケーブル", "ハーネス", "cable", "wire harness"}),
    ("seal", {"oリング", "シール", "パッキン", "seal", "o-ring"}),
    ("fluid_power", {"油圧", "空圧", "電磁弁", "hydraulic", "pneumatic"}),
])
def test_component_category_names(categories: dict[str, dict[str, str]],
                                  factors: dict[str, dict[str, str]], key: str,
                                  names: set[str]) -> None:
    assert names <= spellings(categories[key], "aliases")
    # the factor row carries the same spellings, so `cfp factors search` finds it
    assert names <= spellings(factors[key], "aliases")
    assert spellings(factors[key], "aliases") == spellings(categories[key], "aliases")


def test_component_aliases_shadow_no_grade(grades: list[dict[str, str]],
                                           factors: dict[str, dict[str, str]]) -> None:
    """A factor alias equal to a grade would win over the grade map (SUJ2, NBR in the samples)."""
    graded = {norm(grade_norm(row["grade"])) for row in grades}
    for key in NEW_KEYS:
        assert not spellings(factors[key], "key", "aliases") & graded, key


@pytest.mark.parametrize("term, key", [
    ("モーター", "motor"), ("電動機", "motor"), ("ベアリング", "bearing"), ("軸受", "bearing"),
    ("歯車", "gear"), ("ギヤ", "gear"), ("基板", "pcb"), ("PCB", "pcb"), ("ハーネス", "cable"),
    ("Ｏリング", "seal"), ("油圧", "fluid_power"), ("空圧", "fluid_power"),
])
def test_factors_search_finds_components(term: str, key: str) -> None:
    result = CliRunner().invoke(app, ["factors", "search", term, "--json"])
    assert result.exit_code == 0, result.output
    assert key in {r["key"] for r in json.loads(result.stdout)}


# 分類 only, no grade: the category names the factor.
COMPONENT_BOM = [
    ["品番", "個数", "品名", "分類", "重量(kg)"],
    ["M-1", 1, "誘導電動機 0.75 kW", "モーター", 5.0],
    ["B-1", 2, "玉軸受 6204", "ベアリング", 0.11],
    ["S-1", 1, "Oリング P20", "Ｏリング", 0.002],
    ["C-1", 1, "ワイヤーハーネス", "ハーネス", 0.3],
]


def test_calculate_bom_with_component_categories(tmp_path: Path) -> None:
    path = write_book(tmp_path / "components.xlsx", {"部品表": COMPONENT_BOM})
    result = calculate(path)
    inventory = result.inventory.set_index("part_number")
    assert inventory["factor_key"].to_dict() == {"M-1": "motor", "B-1": "bearing", "S-1": "seal",
                                                 "C-1": "cable"}
    assert set(inventory["data_type"]) == {"proxy"}
    # M-1 1 x 5.0 kg x 3.267 = 16.335 (was 5.0 x 24.865 = 124.33 with the electrical IT proxy)
    # B-1 2 x 0.11 kg x 3.53 = 0.7766
    # S-1 1 x 0.002 kg x 3.3355719 = 0.0066711438
    # C-1 1 x 0.3 kg x 4.6 = 1.38
    # total 16.335 + 0.7766 + 0.0066711438 + 1.38 = 18.4982711438
    assert result.total == pytest.approx(18.4982711438, rel=1e-9)


def test_materials_lists_component_categories(tmp_path: Path) -> None:
    path = write_book(tmp_path / "components.xlsx", {"部品表": COMPONENT_BOM})
    listed = CliRunner().invoke(app, ["materials", str(path), "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {r["category"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {"motor", "bearing", "seal", "cable"}
    motor = rows["motor"]
    assert (motor["factor_key"], motor["matched_by"], motor["data_type"]) == (
        "motor", "category", "proxy")
    assert motor["factor"] == pytest.approx(3.267) and motor["mass_kg"] == pytest.approx(5.0)
    assert rows["bearing"]["mass_kg"] == pytest.approx(0.22)
