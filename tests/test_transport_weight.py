"""Transport of a part with a supplier but no weight (a bought part counted per piece):
no t-km can be computed, so it is warned about once, naming the parts, and listed in
`excluded` (reason `no_weight`), as an unknown supplier's transport is; never a silent 0."""

from __future__ import annotations

import pytest
from builders import write_book

from cfp import calculate

HEADER = ["品番", "個数", "材質", "重量(kg)", "仕入先"]
SUPPLIERS = [["仕入先", "輸送手段", "距離(km)"], ["A社", "truck", 500]]
FACTORS = [["キー", "単位", "排出原単位"], ["M-1", "個", 12.0], ["M-2", "個", 3.0]]


def book(tmp_path, *rows):
    return write_book(tmp_path / "bom.xlsx", {"部品表": [HEADER, *rows], "仕入先": SUPPLIERS,
                                              "排出原単位": FACTORS})


def test_a_per_piece_part_without_weight_has_its_transport_excluded_and_warned(tmp_path):
    # M-1: 2 pieces x 12.0 kg-CO2e a piece = 24.0; its transport has no mass: excluded.
    # P-1: 1 x 2 kg SS400 x 1.91 = 3.82, transport 2 kg / 1000 x 500 km = 1 t-km (counted)
    result = calculate(book(tmp_path, ["M-1", 2, None, None, "A社"],
                            ["M-2", 1, None, None, "A社"], ["P-1", 1, "SS400", 2.0, "A社"]))
    assert result.stages()["materials"] == pytest.approx(24.0 + 3.0 + 3.82)
    transport = result.flows["stage"] == "transport"
    assert list(result.flows["part_number"][transport]) == ["P-1"]
    assert result.flows["amount"][transport].sum() == pytest.approx(1.0)
    warned = [params for key, params in result.warnings if key == "warn.transport_no_weight"]
    assert warned == [{"count": 2, "parts": "M-1, M-2"}]
    assert [(e["part_number"], e["stage"], e["reason"], e["mass_kg"]) for e in result.excluded
            ] == [("M-1", "transport", "no_weight", None), ("M-2", "transport", "no_weight", None)]
    texts = {lang: [w["message"] for w in result.to_dict(lang)["warnings"]
                    if w["code"] == "warn.transport_no_weight"] for lang in ("en", "ja")}
    assert texts["en"] == [
        "2 part(s) with a supplier have no weight, so their transport (t-km = mass x distance) "
        "cannot be computed: M-1, M-2. It is excluded (listed in excluded); enter their weights "
        "(重量) to count it."]
    assert texts["ja"][0].startswith("仕入先のある 2 部品に重量がないため")


def test_with_a_weight_the_transport_is_counted(tmp_path):
    # M-1 with 3 kg a piece: 2 x 3 kg / 1000 x 500 km = 3 t-km
    result = calculate(book(tmp_path, ["M-1", 2, None, 3.0, "A社"]))
    transport = result.flows["stage"] == "transport"
    assert result.flows["amount"][transport].sum() == pytest.approx(3.0)
    assert "warn.transport_no_weight" not in [key for key, _ in result.warnings]
    assert result.excluded == []
