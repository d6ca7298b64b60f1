"""Property tests: invariants that must hold for any BOM, not just hand-made ones."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from builders import PROCESSES, SETTINGS, SUPPLIERS, write_book
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cfp.lca.api import calculate

GRADES = ["SS400", "A6063", "SUS304", "C3604", "PP", "ADC12"]

part = st.tuples(
    st.integers(min_value=1, max_value=20),  # quantity
    st.sampled_from(GRADES),
    st.integers(min_value=1, max_value=5000),  # net weight g
    st.integers(min_value=0, max_value=2000),  # extra raw weight g (0 = bought part)
    st.integers(min_value=0, max_value=30),  # lathe minutes per piece
    st.integers(min_value=0, max_value=90),  # set-up minutes per lot
)
boms = st.lists(part, min_size=1, max_size=12)


def bom_rows(parts, scale=1):
    rows = [["品番", "個数", "材質", "重量(g)", "素材重量(g)", "仕入先", "ロット", "旋盤 加工(分)",
             "旋盤 段取(分)"]]
    for i, (qty, grade, net, extra, cycle, setup) in enumerate(parts):
        rows.append([f"P-{i}", qty * scale, grade, net, net + extra if extra else "-", "A社", 10,
                     cycle or None, setup or None])
    return rows


def compute(rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "bom.xlsx", {"部品表": rows, "工程": PROCESSES,
                                                   "仕入先": SUPPLIERS, "設定": SETTINGS})
        return calculate(path)


quick = settings(max_examples=25, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@quick
@given(boms)
def test_total_is_sum_of_lines(parts):
    result = compute(bom_rows(parts))
    inventory_sum = result.inventory["kg_co2e"].sum()
    assert result.total == pytest.approx(inventory_sum)
    assert sum(result.stages().values()) == pytest.approx(result.total)
    assert result.part_table()["kg_co2e"].sum() == pytest.approx(result.total)
    data = result.to_dict()
    assert sum(data["parts"]["data"]["kg_co2e"]) == pytest.approx(data["total_kg_co2e"])


@quick
@given(boms)
def test_doubling_quantities_doubles_total(parts):
    once = compute(bom_rows(parts)).total
    twice = compute(bom_rows(parts, scale=2)).total
    assert twice == pytest.approx(2 * once)


@quick
@given(boms, st.randoms(use_true_random=False))
def test_row_order_changes_nothing(parts, rnd):
    rows = bom_rows(parts)
    body = rows[1:]
    reordered = [rows[0], *rnd.sample(body, len(body))]  # each row keeps its part number
    a, b = compute(rows), compute(reordered)
    assert b.total == pytest.approx(a.total)
    assert b.stages() == pytest.approx(a.stages())
