"""Rule profiles (issue 14): loading and strict validation, precedence, the emission
cut-off per stage (at, under and over the limit), the scrap allocation options and the
data-quality requirements (warning, or exit 1 with --strict).

Every number below is worked out by hand in the comments from the workbook of the test.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_book

from cfp.lca.api import Options, calculate
from cfp.lca.errors import InputError
from cfp.lca.read.rules import MAX_BYTES, load_profile

ROOT = Path(__file__).parent.parent

#: user factors: matA 2.0 kg-CO2e/kg, lorry 0.1 kg-CO2e/t-km, scrap 0.1 kg-CO2e/kg
FACTORS = [["キー", "単位", "排出原単位", "出典"], ["matA", "kg", 2.0, "test"],
           ["lorry", "t-km", 0.1, "test"], ["scrap", "kg", 0.1, "test"]]


def profile(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


CFP = Path(sys.executable).parent / "cfp"  # the console script of this environment


def cfp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CFP_LANG", "COLUMNS")}
    environment["CFP_LANG"] = "en"
    return subprocess.run([str(CFP), *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, check=False)


# --- loading and validation -----------------------------------------------------------

def test_builtin_profiles_load_and_are_hashed():
    default, pact = load_profile(None), load_profile("pact")
    assert (default.name, default.cutoff_basis, default.emission_cutoff_pct) == \
        ("default", "stage", 5.0)
    assert (pact.name, pact.cutoff_basis, pact.gwp, pact.max_proxy_pct) == \
        ("pact", "total", "AR6", 50.0)
    assert default.scrap_allocation == pact.scrap_allocation == "cut_off"
    raw = (ROOT / "lca" / "data" / "rules" / "pact.toml").read_bytes()
    assert pact.sha256 == hashlib.sha256(raw).hexdigest()
    assert pact.file == "built-in:pact"


def test_a_user_profile_sets_every_rule(tmp_path):
    path = profile(tmp_path, """
name = "customer-a"
description = "PCR of customer A"
[boundary]
stages = ["processing", "materials"]
declared_unit = "1 台"
[cutoff]
mass_pct = 3
emission_pct = 1.5
basis = "total"
proxy_kg_co2e_per_kg = 12
[allocation]
scrap = "eol_recycling"
recycling_rate_pct = 80
[impact]
gwp = "AR5"
[quality]
min_primary_data_pct = 20
max_proxy_pct = 10
""")
    p = load_profile(str(path))
    assert p.name == "customer-a" and p.stages == ("materials", "processing")  # pipeline order
    assert (p.declared_unit, p.mass_cutoff_pct, p.emission_cutoff_pct, p.cutoff_basis) == \
        ("1 台", 3.0, 1.5, "total")
    assert (p.proxy_kg_co2e_per_kg, p.scrap_allocation, p.recycling_rate_pct, p.gwp) == \
        (12.0, "eol_recycling", 80.0, "AR5")
    assert (p.min_primary_data_pct, p.max_proxy_pct) == (20.0, 10.0)
    assert p.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_problem_of_a_profile_is_named_at_once(tmp_path):
    path = profile(tmp_path, """
colour = "red"
[cutoff]
emission_pct = 150
basis = "stages"
mass_pct = "5"
threshold = 5
[boundary]
stages = ["materials", "use"]
[quality]
min_primary_data_pct = true
[impact]
gwp = "AR4"
""")
    with pytest.raises(InputError) as info:
        load_profile(str(path))
    messages = [p.message("en") for p in info.value.problems]
    assert [p.code for p in info.value.problems] == [
        "rules.unknown_key", "rules.range", "rules.bad_choice", "rules.bad_type",
        "rules.unknown_key", "rules.bad_choice", "rules.bad_type", "rules.bad_choice"]
    assert all(m.startswith(f"{path}: ") for m in messages)  # the file
    assert "unknown key colour" in messages[0]
    assert messages[1].endswith("cutoff.emission_pct = 150 is out of range: use a number "
                                "from 0 to 100.")
    assert 'cutoff.basis = \'stages\': use one of "stage", "total".' in messages[2]
    assert "cutoff.mass_pct = '5' has the wrong type. Write a number without quotes" in \
        messages[3]
    assert "unknown key cutoff.threshold" in messages[4] and "cutoff.emission_pct" in \
        messages[4]  # the known keys of the table
    assert "boundary.stages = ['use']" in messages[5]
    assert "quality.min_primary_data_pct = True has the wrong type" in messages[6]  # a bool
    ja = info.value.problems[1].message("ja")
    assert "cutoff.emission_pct = 150 は範囲外です。0 から 100 までの数値にしてください。" in ja


@pytest.mark.parametrize(("text", "code"), [
    ("a = [", "rules.syntax"),
    ("x = " + "[" * 5000 + "]" * 5000, "rules.syntax"),  # nesting deeper than the stack
    ("name = 1" + "0" * 5000, "rules.syntax"),  # an integer of 5,000 digits
    ("[cutoff]\nemission_pct = inf", "rules.range"),
    ("[cutoff]\nemission_pct = nan", "rules.range"),
    ("cutoff = 5", "rules.not_table"),
])
def test_hostile_or_broken_toml_is_exit_2_material(tmp_path, text, code):
    path = profile(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_profile(str(path))
    assert [p.code for p in info.value.problems] == [code]


def test_a_huge_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(InputError) as info:
        load_profile(str(path))
    assert [p.code for p in info.value.problems] == ["rules.too_large"]
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(InputError) as info:
        load_profile(str(path))
    assert [p.code for p in info.value.problems] == ["rules.not_utf8"]


def test_cli_bad_profile_exit_2_names_file_key_and_fix(tmp_path):
    bom = write_book(tmp_path / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                   ["P-1", 1, "matA", 1.0]],
                                         "排出原単位": FACTORS})
    bad = profile(tmp_path, "[cutoff]\nemission_pct = -1\n")
    done = cfp("calc", str(bom), "--rules", str(bad))
    assert done.returncode == 2
    assert f"{bad}: cutoff.emission_pct = -1 is out of range: use a number from 0 to 100." \
        in done.stderr
    assert "Traceback" not in done.stderr
    done = cfp("calc", str(bom), "--rules", "nope")
    assert done.returncode == 2 and "rule profile nope not found" in done.stderr
    assert "default, pact" in done.stderr


# --- precedence: command line > Settings > profile > built-in defaults ----------------------

def test_precedence_of_gwp_cutoff_unit_and_profile(tmp_path):
    # P-1 1 kg matA (2.0) = 2.0 kg-CO2e; O-1 0.04 kg of an unknown grade: 0.04 / 1.04 =
    # 3.85 % of the product's mass
    rows = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "matA", 1.0], ["O-1", 1, "xx", 0.04]]
    prof = profile(tmp_path, '[cutoff]\nmass_pct = 5\n[impact]\ngwp = "AR5"\n'
                             '[boundary]\ndeclared_unit = "1 set"\n')
    path = write_book(tmp_path / "b.xlsx", {"部品表": rows, "排出原単位": FACTORS})
    result = calculate(path, Options(rules=str(prof)))
    # the profile's mass cut-off 5 % >= 3.85 %: O-1 is cut off; AR5 and "1 set" from it
    assert [e["part_number"] for e in result.excluded] == ["O-1"]
    assert (result.cutoff_pct, result.gwp, result.declared_unit) == (5.0, "AR5", "1 set")
    assert result.rules["name"] == "p" and result.rules["origin"] == "command_line"
    # the command line wins over the profile: --cutoff 3 < 3.85 % refuses the cut-off
    with pytest.raises(InputError):
        calculate(path, Options(rules=str(prof), cutoff_pct=3))
    assert calculate(path, Options(rules=str(prof), gwp="AR6",
                                   cutoff_pct=5)).gwp == "AR6"
    # Settings win over the profile (and name the profile themselves, relative to the
    # workbook's folder)
    path = write_book(tmp_path / "s.xlsx", {
        "部品表": rows, "排出原単位": FACTORS,
        "設定": [["算定ルール", "p.toml"], ["gwp", "AR6"], ["宣言単位", "1 piece"],
               ["カットオフ", "4%"]]})
    result = calculate(path)
    assert (result.rules["name"], result.rules["origin"]) == ("p", "settings")
    assert (result.gwp, result.declared_unit, result.cutoff_pct) == ("AR6", "1 piece", 4.0)
    # --rules beats Settings 算定ルール: the built-in pact profile has no mass cut-off, but
    # Settings カットオフ 4 % still applies
    result = calculate(path, Options(rules="pact"))
    assert (result.rules["name"], result.rules["file"]) == ("pact", "built-in:pact")
    # no profile anywhere: the built-in default is named
    plain = write_book(tmp_path / "d.xlsx", {"部品表": rows[:2], "排出原単位": FACTORS})
    result = calculate(plain)
    assert (result.rules["name"], result.rules["origin"]) == ("default", "default")
    assert result.rules["sha256"] == hashlib.sha256(
        (ROOT / "lca/data/rules/default.toml").read_bytes()).hexdigest()


# --- the emission cut-off per stage -----------------------------------------------------

def _cutoff_book(tmp_path: Path, excluded_kg: float, unknown_supplier_kg: float | None,
                 name: str = "c.xlsx") -> Path:
    """P-1: 9.5 kg matA from A社 (truck `lorry`, 100 km): materials 9.5 x 2.0 = 19.0,
    transport 9.5 / 1000 x 100 x 0.1 = 0.095 kg-CO2e. O-1: `excluded_kg` of an unknown
    grade (no factor). P-2: `unknown_supplier_kg` of matA from a supplier not in the
    supplier sheet (its transport is excluded)."""
    rows = [["品番", "個数", "材質", "重量(kg)", "仕入先"], ["P-1", 1, "matA", 9.5, "A社"],
            ["O-1", 1, "xx", excluded_kg, None]]
    if unknown_supplier_kg is not None:
        rows.append(["P-2", 1, "matA", unknown_supplier_kg, "Z社"])
    return write_book(tmp_path / name, {
        "部品表": rows, "排出原単位": FACTORS,
        "仕入先": [["仕入先", "輸送手段", "距離(km)"], ["A社", "lorry", 100]]})


#: mass cut-off 20 % (lets O-1 be cut off), emission cut-off 5 % per stage, a stated
#: conservative proxy of 2.0 kg-CO2e/kg for the excluded materials
STAGE_RULES = "[cutoff]\nmass_pct = 20\nemission_pct = 5\nproxy_kg_co2e_per_kg = 2.0\n"


@pytest.mark.parametrize(("excluded_kg", "share_pct", "within"), [
    (0.5, 5.0, True),       # 0.5 x 2.0 = 1.0; 1.0 / (19.0 + 1.0) = 5 %: at the limit
    (0.4, 4.0404, True),    # 0.8 / (19.0 + 0.8) = 4.0404 %
    (0.6, 5.9406, False),   # 1.2 / (19.0 + 1.2) = 5.9406 %: over
])
def test_materials_stage_cut_off_at_under_over(tmp_path, excluded_kg, share_pct, within):
    path = _cutoff_book(tmp_path, excluded_kg, None)
    result = calculate(path, Options(rules=str(profile(tmp_path, STAGE_RULES))))
    stage = result.cut_off_emissions["stages"]["materials"]
    assert stage["included_kg_co2e"] == pytest.approx(19.0)
    assert stage["excluded_kg_co2e"] == pytest.approx(excluded_kg * 2.0)
    assert stage["share_pct"] == pytest.approx(share_pct, abs=1e-4)
    assert stage["within"] is within
    (item,) = result.excluded
    assert (item["part_number"], item["stage"], item["proxy"]) == \
        ("O-1", "materials", "rules:cutoff.proxy_kg_co2e_per_kg")
    assert item["estimated_kg_co2e"] == pytest.approx(excluded_kg * 2.0)
    assert item["share_pct"] == pytest.approx(share_pct, abs=1e-4)
    # totals without (19.0 + 0.095 transport) and with the estimate
    emissions = result.cut_off_emissions
    assert emissions["total_without_excluded_kg_co2e"] == pytest.approx(19.095)
    assert emissions["total_with_excluded_kg_co2e"] == pytest.approx(19.095 + excluded_kg * 2)
    assert result.total == pytest.approx(19.095)  # the footprint itself is unchanged
    codes = [key for key, _ in result.warnings]
    if within:
        assert "warn.cutoff_emissions.materials" in codes and not result.rule_failures
    else:
        assert [key for key, _ in result.rule_failures] == ["rules.cutoff_exceeded.materials"]
        assert "rules.cutoff_exceeded.materials" in codes  # a warning without --strict
    # the transport stage has nothing excluded: within, nothing said about it
    assert result.cut_off_emissions["stages"]["transport"]["excluded_items"] == 0
    assert not any(c.startswith("warn.cutoff_emissions.transport") for c in codes)


@pytest.mark.parametrize(("supplier_kg", "share_pct", "within"), [
    # worst route of the supplier sheet: 100 km x 0.1 = 10 kg-CO2e/t = 0.01 per kg.
    # P-2's transport estimate = 0.01 x kg; P-1's transport 0.095 is included.
    (0.5, 5.0, True),       # 0.005 / (0.095 + 0.005) = 5 %: at the limit
    (0.4, 4.0404, True),    # 0.004 / 0.099 = 4.0404 %
    (0.6, 5.9406, False),   # 0.006 / 0.101 = 5.9406 %
])
def test_transport_stage_cut_off_at_under_over(tmp_path, supplier_kg, share_pct, within):
    # O-1 0.4 kg under the materials rule (4.0404 % as above, + P-2's own materials:
    # 0.8 / (19.0 + 2 x kg + 0.8)), so only the transport stage decides
    path = _cutoff_book(tmp_path, 0.4, supplier_kg)
    result = calculate(path, Options(rules=str(profile(tmp_path, STAGE_RULES))))
    stages = result.cut_off_emissions["stages"]
    transport = stages["transport"]
    assert transport["included_kg_co2e"] == pytest.approx(0.095)
    assert transport["excluded_kg_co2e"] == pytest.approx(0.01 * supplier_kg)
    assert transport["share_pct"] == pytest.approx(share_pct, abs=1e-4)
    assert transport["within"] is within
    materials = stages["materials"]
    assert materials["share_pct"] == pytest.approx(0.8 / (19.8 + 2 * supplier_kg) * 100)
    assert materials["within"]
    item = next(e for e in result.excluded if e["part_number"] == "P-2")
    assert (item["stage"], item["reason"], item["mass_kg"]) == \
        ("transport", "unknown_supplier", supplier_kg)
    assert item["proxy"] == "A社: lorry 100 km"
    # P-2's materials are in the product: its mass is not "excluded mass"
    assert result.excluded_mass_kg == pytest.approx(0.4)
    failures = [key for key, _ in result.rule_failures]
    assert failures == ([] if within else ["rules.cutoff_exceeded.transport"])


def test_total_basis_and_unestimated_items(tmp_path):
    # basis "total" (the PACT exemption rule): O-1 0.6 kg -> 1.2 estimated; the total with
    # it: 19.0 + 0.095 + 1.2 = 20.295; share 1.2 / 20.295 = 5.9128 % > 5 %
    path = _cutoff_book(tmp_path, 0.6, None)
    rules = profile(tmp_path, STAGE_RULES + 'basis = "total"\n')
    result = calculate(path, Options(rules=str(rules)))
    total = result.cut_off_emissions["total"]
    assert total["share_pct"] == pytest.approx(1.2 / 20.295 * 100)
    assert [key for key, _ in result.rule_failures] == ["rules.cutoff_exceeded.total"]
    # 6 % allowed: within
    rules = profile(tmp_path, STAGE_RULES.replace("emission_pct = 5", "emission_pct = 6")
                    + 'basis = "total"\n')
    assert calculate(path, Options(rules=str(rules))).rule_failures == []
    # a part without any weight left out with --allow-missing cannot be estimated: said
    path = write_book(tmp_path / "n.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "matA", 1.0],
                ["O-1", 1, "xx", None]], "排出原単位": FACTORS})
    result = calculate(path, Options(allow_missing=True))
    assert [key for key, _ in result.rule_failures] == ["rules.cutoff_not_estimated.materials"]


def test_default_proxy_is_the_highest_factor_of_the_category(tmp_path):
    from cfp.lca.api import read_inputs
    from cfp.lca.compute.cutoff import material_proxy
    from cfp.lca.errors import ProblemLog

    path = write_book(tmp_path / "p.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "matA", 10.0],
                ["O-1", 1, "xx", 0.1]], "排出原単位": FACTORS})
    inputs = read_inputs(path, Options(), ProblemLog())
    f, m = inputs.factors, inputs.materials
    # built-in stainless factors: stainless 3.7, :scrap85 1.95, :scrap75 2.45, :scrap30 6.8
    assert material_proxy("stainless", f, m, None) == (6.8, "stainless:scrap30")
    # steel 1.91, steel:bar:jp 2.1, steel:alloy_bar:jp 3.53, steel:electrical:jp 3.53
    assert material_proxy("steel", f, m, None)[0] == 3.53
    # no category: the highest per-kg factor of any category, the printed circuit board
    # (and `electrical`) 24.86547556
    assert material_proxy(None, f, m, None)[0] == pytest.approx(24.86547556)
    assert material_proxy("steel", f, m, 1.5) == (1.5, "rules:cutoff.proxy_kg_co2e_per_kg")
    # in a calculation: O-1 (no grade known, no category) left out with --allow-missing:
    # 0.1 kg x 24.86547556 = 2.486547556 kg-CO2e; materials 10 x 2.0 = 20.0; share
    # 2.486547556 / 22.486547556 = 11.058 % > 5 %: the rule is broken, and said
    result = calculate(path, Options(allow_missing=True))
    (item,) = result.excluded
    assert item["estimated_kg_co2e"] == pytest.approx(2.486547556)
    assert item["share_pct"] == pytest.approx(2.486547556 / 22.486547556 * 100)
    assert [key for key, _ in result.rule_failures] == ["rules.cutoff_exceeded.materials"]


# --- scrap allocation ---------------------------------------------------------------------

def _scrap_book(tmp_path: Path) -> Path:
    # M-1: 2 pieces, raw 1.5 kg, net 1.0 kg of matA (2.0): materials 2 x 1.5 x 2.0 = 6.0;
    # scrap 2 x (1.5 - 1.0) = 1.0 kg x 0.1 = 0.1 (waste). Total 6.1 kg-CO2e.
    return write_book(tmp_path / "s.xlsx", {
        "部品表": [["品番", "個数", "材質", "重量(kg)", "素材重量(kg)"],
                ["M-1", 2, "matA", 1.0, 1.5]],
        "排出原単位": FACTORS, "設定": [["会社名", "Test Co"], ["対象期間", "2025"]]})


def test_cut_off_allocation_is_the_default(tmp_path):
    result = calculate(_scrap_book(tmp_path))
    assert result.total == pytest.approx(6.1)
    assert result.allocation == {"scrap": "cut_off", "credit_kg_co2e": None}


@pytest.mark.parametrize(("rate", "credit"), [
    (100, -2.0),  # - 1.0 kg scrap x 100 % x 2.0 kg-CO2e/kg (avoided matA)
    (50, -1.0),   # - 1.0 x 50 % x 2.0
])
def test_end_of_life_recycling_credit_is_separate(tmp_path, rate, credit):
    from datetime import UTC, datetime

    from cfp.lca.render.pact import to_pact

    rules = profile(tmp_path, f'[allocation]\nscrap = "eol_recycling"\n'
                              f'recycling_rate_pct = {rate}\n')
    result = calculate(_scrap_book(tmp_path), Options(rules=str(rules)))
    assert result.total == pytest.approx(6.1)  # the footprint is the cut-off figure
    assert result.stages()["waste"] == pytest.approx(0.1)
    allocation = result.allocation
    assert allocation["scrap"] == "eol_recycling"
    assert allocation["credit_kg_co2e"] == pytest.approx(credit)
    assert allocation["total_with_credit_kg_co2e"] == pytest.approx(6.1 + credit)
    (line,) = allocation["credit_lines"]
    assert (line["part_number"], line["scrap_kg"], line["factor"]) == ("M-1", 1.0, 2.0)
    assert "warn.rules_eol_credit" in [key for key, _ in result.warnings]
    # never netted into the PACT total
    pcf = to_pact(result, created=datetime(2026, 1, 1, tzinfo=UTC))["pcf"]
    assert pcf["pcfExcludingBiogenicUptake"] == "6.1"
    # the JSON names the approach and keeps the credit apart from the total
    data = result.to_dict("en")
    assert data["total_kg_co2e"] == pytest.approx(6.1)
    assert data["allocation"]["credit_kg_co2e"] == pytest.approx(credit)
    assert data["rules"]["scrap_allocation"] == "eol_recycling"


def test_a_recycling_rate_written_as_a_fraction_is_warned(tmp_path):
    # recycling_rate_pct = 0.9 is 0.9 %: - 1.0 kg x 0.9 % x 2.0 = -0.018, not the -1.8 of
    # 90 %; the credit is computed as stated (per cent) and the likely slip is warned
    rules = profile(tmp_path, '[allocation]\nscrap = "eol_recycling"\nrecycling_rate_pct = 0.9\n')
    result = calculate(_scrap_book(tmp_path), Options(rules=str(rules)))
    assert result.allocation["credit_kg_co2e"] == pytest.approx(-0.018)
    (params,) = [p for key, p in result.warnings if key == "warn.rules_rate_fraction"]
    from cfp.lca.messages import tr

    assert tr("warn.rules_rate_fraction", "en", **params) == (
        "rule profile p: allocation.recycling_rate_pct = 0.9 is 0.9 %, not 90 %: the rate is "
        "in per cent (write 90 for 90 %).")
    assert "0.9 % です(90 % ではありません)" in tr("warn.rules_rate_fraction", "ja", **params)
    # 1 (%) and above are rates as written, not warned
    rules = profile(tmp_path, '[allocation]\nscrap = "eol_recycling"\nrecycling_rate_pct = 1\n')
    result = calculate(_scrap_book(tmp_path), Options(rules=str(rules)))
    assert "warn.rules_rate_fraction" not in [key for key, _ in result.warnings]


# --- data quality: warning, or exit 1 with --strict -----------------------------------------

def test_data_quality_requirement_warning_and_strict(tmp_path):
    # every line is secondary (user factors keyed by grade): primary data share 0 % < 30 %
    bom = write_book(tmp_path / "q.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                   ["P-1", 1, "matA", 1.0]],
                                         "排出原単位": FACTORS})
    rules = profile(tmp_path, "[quality]\nmin_primary_data_pct = 30\n")
    result = calculate(bom, Options(rules=str(rules)))
    assert result.rule_failures == [("rules.min_primary", {"share": "0.0%", "limit": "30%",
                                                           "profile": "p"})]
    done = cfp("calc", str(bom), "--rules", str(rules), "--format", "json")
    assert done.returncode == 0  # a warning only
    assert "rules.min_primary" in done.stdout
    done = cfp("calc", str(bom), "--rules", str(rules), "--format", "json", "--strict")
    assert done.returncode == 1  # README exit codes: 1, a check failed
    assert "the primary data share is 0.0%, below the minimum 30% of rule profile p" in \
        done.stderr
    assert '"total_kg_co2e":2.0' in done.stdout.replace(" ", "")  # the output is written
    # a supplier-specific factor keyed by the part number is primary: 100 % >= 30 %
    bom = write_book(tmp_path / "q2.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                    ["P-1", 1, "matA", 1.0]],
                                          "排出原単位": [*FACTORS, ["P-1", "kg", 2.0, "sup"]]})
    done = cfp("calc", str(bom), "--rules", str(rules), "--strict")
    assert done.returncode == 0, done.stderr


def test_strict_in_a_batch_is_a_failed_check(tmp_path):
    bom = write_book(tmp_path / "q.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                   ["P-1", 1, "matA", 1.0]],
                                         "排出原単位": FACTORS})
    rules = profile(tmp_path, "[quality]\nmax_proxy_pct = 0\n[cutoff]\nemission_pct = 5\n")
    ok = cfp("calc", str(bom), str(bom), "--rules", str(rules), "--strict", "--out",
             str(tmp_path / "out"))
    assert ok.returncode == 0, ok.stderr  # no proxy: 0 % <= 0 %
    proxy = write_book(tmp_path / "r.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                     ["P-1", 1, "SS400", 1.0]]})
    # SS400 -> built-in steel, a proxy: 100 % > 0 %
    done = cfp("calc", str(bom), str(proxy), "--rules", str(rules), "--strict", "--out",
               str(tmp_path / "out2"))
    assert done.returncode == 1, done.stderr
    assert (tmp_path / "out2" / "r.json").exists()  # the result is still written


def test_a_folder_or_fifo_is_not_read(tmp_path):
    import os

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)  # opening it would block until a writer comes
    for path in (tmp_path, fifo):
        with pytest.raises(InputError) as info:
            load_profile(str(path))
        assert [p.code for p in info.value.problems] == ["rules.unreadable"]
        # the reason is said in the user's language, not a fixed English text
        ja = info.value.problems[0].message("ja")
        assert "通常のファイルではありません" in ja and "not a regular file" not in ja


# --- the boundary and the outputs ---------------------------------------------------------

def test_stages_outside_the_boundary_are_left_out_and_said(tmp_path):
    # M-1 as in _scrap_book: materials 6.0, waste 0.1; the profile keeps materials only
    rules = profile(tmp_path, '[boundary]\nstages = ["materials"]\n')
    result = calculate(_scrap_book(tmp_path), Options(rules=str(rules)))
    assert result.total == pytest.approx(6.0)
    assert result.stages()["waste"] == 0
    assert ("warn.rules_stages_out", {"stages": "transport, processing, waste",
                                      "profile": "p"}) in result.warnings
    from datetime import UTC, datetime

    from cfp.lca.render.pact import to_pact

    pcf = to_pact(result, created=datetime(2026, 1, 1, tzinfo=UTC))["pcf"]
    assert "Waste" not in pcf["boundaryProcessesDescription"]
    assert "Materials" in pcf["boundaryProcessesDescription"]


def test_reports_name_the_profile_and_label_the_credit(tmp_path):
    import openpyxl

    from cfp.lca.render.reports import write_reports

    rules = profile(tmp_path, 'name = "cust-a"\n[allocation]\nscrap = "eol_recycling"\n')
    digest = hashlib.sha256(rules.read_bytes()).hexdigest()
    result = calculate(_scrap_book(tmp_path), Options(rules=str(rules)))
    out = tmp_path / "out"
    write_reports(result, ["html", "sheet", "xlsx", "pact"], out, "en",
                  timestamp="2026-01-01T00:00:00Z")
    report = (out / "s-report.html").read_text("utf-8")
    sheet = (out / "s-sheet.html").read_text("utf-8")
    assert digest in report and "cust-a" in report
    assert f"SHA-256 {digest[:16]}" in sheet  # the sheet's one line
    # the credit: -1.0 kg x 100 % x 2.0 = -2.000, labelled, the footprint 6.100 beside it
    assert "Recycling credit of the process scrap (100.0% recycled" in report
    assert "-2.000 kg-CO2e, not subtracted from the footprint of 6.100 kg-CO2e" in report
    assert "Recycling credit (not in the total, kg-CO2e): -2.000" in sheet
    book = openpyxl.load_workbook(out / "s-inventory.xlsx")
    rows = list(book["Rules"].iter_rows(values_only=True))
    assert ("Rule profile", "cust-a") == rows[0][:2] and rows[2][1] == digest
    assert ("Recycling credit (not in the total, kg-CO2e)", -2) in [r[:2] for r in rows]
    pact = (out / "s-pact.json").read_text("utf-8")
    assert '"pcfExcludingBiogenicUptake": "6.1"' in pact and digest in pact
    assert "not subtracted from this PCF" in pact


def test_documents_state_broken_rules_as_facts(tmp_path):
    from cfp.lca.render.model import build_model
    from cfp.lca.render.reports import write_reports

    # O-1 0.6 kg -> 1.2 estimated, 5.9406 % of the materials stage (see above); PDS 0 %
    path = _cutoff_book(tmp_path, 0.6, None)
    rules = profile(tmp_path, STAGE_RULES + "[quality]\nmin_primary_data_pct = 30\n")
    result = calculate(path, Options(rules=str(rules)))
    from datetime import UTC, datetime

    model = build_model(result, "en", datetime(2026, 1, 1, tzinfo=UTC))
    assert model.rules.failures == [
        "Materials: the 1 excluded item(s), estimated at 1.2 kg-CO2e with a conservative "
        "proxy, are 5.94% of the materials stage with them, above the limit 5% of rule "
        "profile p."]
    assert "The primary data share, 0.0%, is below the minimum 30% of rule profile p." in \
        model.quality
    write_reports(result, ["html"], tmp_path / "out", "ja", timestamp="2026-01-01T00:00:00Z")
    html = (tmp_path / "out" / "c-report.html").read_text("utf-8")
    assert ("原材料: 除外した 1 件の保守的な推計 1.2 kg-CO2e は、それを含む原材料段階の "
            "5.94% で") in html
    assert "--strict" not in html and "与えるか" not in html  # no instruction in a document


def test_the_profile_file_is_an_input_never_overwritten(tmp_path):
    bom = write_book(tmp_path / "b.xlsx", {"部品表": [["品番", "個数", "材質", "重量(kg)"],
                                                   ["P-1", 1, "matA", 1.0]],
                                         "排出原単位": FACTORS})
    rules = profile(tmp_path, 'name = "keep"\n')
    before = rules.read_bytes()
    done = cfp("calc", str(bom), "--rules", str(rules), "--format", "json", "-o", str(rules))
    assert done.returncode == 2 and rules.read_bytes() == before


def test_an_unknown_supplier_outside_the_boundary_is_no_exclusion(tmp_path):
    # P-2's transport (unknown supplier Z社) would be 0.01 x 0.6 = 0.006 kg-CO2e, 5.9406 %
    # of transport; with transport outside the boundary it is neither listed nor checked
    path = _cutoff_book(tmp_path, 0.4, 0.6)
    rules = profile(tmp_path, STAGE_RULES + '[boundary]\nstages = ["materials"]\n')
    result = calculate(path, Options(rules=str(rules)))
    assert [e["part_number"] for e in result.excluded] == ["O-1"]
    assert result.rule_failures == []
    # materials only: 9.5 x 2.0 + 0.6 x 2.0 = 20.2 kg-CO2e
    assert result.total == pytest.approx(20.2)


def test_a_profile_is_parsed_once_while_its_file_is_unchanged(tmp_path):
    # a batch asks for the profile of every BOM: the parsed profile is kept per file, and
    # an edited file (other size or modification time) is read again, never the stale one
    path = profile(tmp_path, 'name = "a"\n[cutoff]\nemission_pct = 2\n')
    first = load_profile(str(path))
    assert load_profile(str(path)) is first
    path.write_text('name = "b"\n[cutoff]\nemission_pct = 3.5\n', encoding="utf-8")
    os.utime(path, ns=(1, 1))  # even with an mtime far in the past, the size differs
    second = load_profile(str(path))
    assert (second.name, second.emission_cutoff_pct) == ("b", 3.5)
    assert second.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    path.unlink()
    with pytest.raises(InputError):  # gone: refused, not served from the cache
        load_profile(str(path))


@pytest.mark.parametrize("unit", ["1 kg", "10 個", "2 pieces", "1 m2"])
def test_a_declared_unit_other_than_one_piece_is_refused(tmp_path, unit):
    # cfp computes the footprint of one piece of the product; "1 kg" or "10 個" only
    # changed the label (the PACT file then said 7.64 per kg for a 4 kg product of
    # 7.64 per piece). Refused in Settings (naming the cell) and in a profile.
    rows = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "matA", 1.0]]
    path = write_book(tmp_path / "d.xlsx", {"部品表": rows, "排出原単位": FACTORS,
                                            "設定": [["宣言単位", unit]]})
    with pytest.raises(InputError) as caught:
        calculate(path)
    problem = caught.value.problems[0]
    assert (problem.code, problem.sheet, problem.cell) == ("settings.declared_unit", "設定", "B1")
    assert "1 個" in problem.message("ja") and "product_mass_kg" in problem.message("en")
    prof = profile(tmp_path, f'[boundary]\ndeclared_unit = "{unit}"\n')
    with pytest.raises(InputError) as caught:
        load_profile(str(prof))
    assert caught.value.problems[0].code == "rules.declared_unit"


@pytest.mark.parametrize("unit", ["1 個", "1 piece", "piece", "１台", "1 pcs", "1.0 set"])
def test_one_piece_in_any_spelling_is_a_declared_unit(tmp_path, unit):
    # 1 kg matA (2.0): 2.0 per piece whatever the spelling
    rows = [["品番", "個数", "材質", "重量(kg)"], ["P-1", 1, "matA", 1.0]]
    path = write_book(tmp_path / "d.xlsx", {"部品表": rows, "排出原単位": FACTORS,
                                            "設定": [["宣言単位", unit]]})
    result = calculate(path)
    assert result.total == pytest.approx(2.0)


@pytest.mark.parametrize("value", ["0", "0.0"])
def test_a_stated_proxy_of_zero_is_refused(tmp_path, value):
    # 0 kg-CO2e/kg for every excluded material makes the emission cut-off rule hold
    # whatever is left out: no conservative estimate, refused (a positive value is read)
    path = profile(tmp_path, f"[cutoff]\nproxy_kg_co2e_per_kg = {value}\n")
    with pytest.raises(InputError) as info:
        load_profile(str(path))
    [problem] = info.value.problems
    assert problem.code == "rules.proxy_zero"
    assert "cutoff.proxy_kg_co2e_per_kg = 0" in problem.message("en")
    assert "above 0" in problem.message("en")
    assert "0 より大きい保守的な値" in problem.message("ja")
    ok = profile(tmp_path, "[cutoff]\nproxy_kg_co2e_per_kg = 0.001\n")
    assert load_profile(str(ok)).proxy_kg_co2e_per_kg == 0.001
