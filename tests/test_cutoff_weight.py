"""The mass cut-off and parts without a weight (lca/compute/flows.py `_mass_cutoff`): a
part with no factor and no weight has no mass share to weigh, so it is never cut off
silently as "0.00 % of the product"."""

from __future__ import annotations

import pytest
from builders import write_book
from typer.testing import CliRunner

from cfp import calculate
from cfp.cli.main import app
from cfp.lca.errors import InputError

HEADER = ["品番", "個数", "品名", "材質", "重量(kg)"]


def book(tmp_path, *rows):
    return write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, *rows]})


def problems(path, **options):
    with pytest.raises(InputError) as info:
        calculate(path, **options)
    return info.value.problems


def test_a_part_without_factor_and_weight_is_not_cut_off(tmp_path):
    path = book(tmp_path, ["P-1", 1, "frame", "SS400", 10.0],
                ["CTRL-1", 1, "controller", "UNKNOWN-X", None])
    first, second = problems(path, cutoff_pct=1)
    assert (first.code, first.sheet, first.cell) == ("material.cutoff_no_weight", "部品表", None)
    assert first.message("en").endswith(
        "部品表: the mass cut-off of 1% cannot weigh 1 part(s) without an emission factor that "
        "have no weight: their share of the product is not known, so they are not cut off. Add "
        "their factors (parts listed below), enter their weights (重量), or leave them out with "
        "--allow-missing.")
    assert "重量がないため、質量カットオフ 1% で量れません" in first.message("ja")
    assert (second.code, second.cell) == ("material.no_factor_cut_off", "D3")
    out = CliRunner().invoke(app, ["calc", str(path), "--cutoff", "1", "--lang", "ja"],
                             env={"COLUMNS": "1000"})
    assert out.exit_code == 2 and "部品表!D3" in out.output


def test_only_the_unweighed_part_is_named_when_the_rest_is_within_the_limit(tmp_path):
    # S-9: no factor, 0.05 kg of 10.05 kg = 0.5 % <= 1 %: could be cut off; CTRL-1
    # cannot be weighed: only it is named
    path = book(tmp_path, ["P-1", 1, "frame", "SS400", 10.0],
                ["S-9", 1, "spacer", "UNOBTAINIUM", 0.05],
                ["CTRL-1", 1, "controller", "UNKNOWN-X", None])
    found = [(p.code, p.cell) for p in problems(path, cutoff_pct=1)]
    assert found == [("material.cutoff_no_weight", None), ("material.no_factor_cut_off", "D4")]


def test_weighed_parts_within_the_limit_are_still_cut_off(tmp_path):
    # S-9 0.05 kg of 10.05 kg = 0.4975 % <= 1 %: cut off; the total is P-1's
    # 10 kg x 1.91 = 19.1
    path = book(tmp_path, ["P-1", 1, "frame", "SS400", 10.0],
                ["S-9", 1, "spacer", "UNOBTAINIUM", 0.05])
    result = calculate(path, cutoff_pct=1)
    assert result.total == pytest.approx(19.1)
    assert [e["part_number"] for e in result.excluded] == ["S-9"]


def test_allow_missing_still_excludes_an_unweighed_part(tmp_path):
    # the user's explicit choice: excluded and listed, its estimate "not shown"
    path = book(tmp_path, ["P-1", 1, "frame", "SS400", 10.0],
                ["CTRL-1", 1, "controller", "UNKNOWN-X", None])
    result = calculate(path, cutoff_pct=1, allow_missing=True)
    assert result.total == pytest.approx(19.1)
    assert [(e["part_number"], e["reason"], e["mass_kg"]) for e in result.excluded] == [
        ("CTRL-1", "no_factor", None)]
    assert any(key.startswith("rules.cutoff_not_estimated") for key, _ in result.warnings)
