"""`render/forked.py`: a large result's JSON columns encoded in a forked child give the
bytes of encoding them all here; a failing child or an early stop loses nothing."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from cfp.lca.render import forked, formats

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the child is forked on Linux only")


def _columns() -> list[np.ndarray]:
    rng = np.random.default_rng(11)
    floats = rng.random(5000) * 1000
    floats[::7] = np.nan  # null in the JSON
    return [floats, rng.integers(-5, 5, 5000), rng.random(3000), np.arange(4000.0),
            rng.random(10) * 1e-300]


def test_the_child_encodes_a_tail_and_the_bytes_are_those_of_one_process(monkeypatch):
    monkeypatch.setattr(forked, "MIN_VALUES", 0)
    columns = _columns()
    parent = os.getpid()
    where = []

    def encode(values):  # noqa: ANN001, ANN202
        where.append(os.getpid() == parent)  # (the child's appends stay in the child)
        return formats._column_json(values)

    with forked.encoded(columns, encode, formats._cost) as bodies:
        assert 0 < bodies.split < len(columns)
        got = [bytes(b) for b in bodies]
    assert got == [formats._column_json(c) for c in columns]
    assert where == [True] * bodies.split  # the tail was encoded in the child only


def test_a_failing_child_is_replaced_by_encoding_here(monkeypatch):
    monkeypatch.setattr(forked, "MIN_VALUES", 0)
    parent = os.getpid()

    def encode(values):  # noqa: ANN001, ANN202
        if os.getpid() != parent:
            raise MemoryError  # the child dies: exit status 1
        return formats._column_json(values)

    columns = _columns()
    with forked.encoded(columns, encode, formats._cost) as bodies:
        assert [bytes(b) for b in bodies] == [formats._column_json(c) for c in columns]


def test_closing_without_iterating_reaps_the_child(monkeypatch):
    monkeypatch.setattr(forked, "MIN_VALUES", 0)
    bodies = forked.encoded(_columns(), formats._column_json, formats._cost)
    pid = bodies.child.pid
    assert pid > 0
    bodies.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left


def test_small_columns_are_encoded_here_without_a_fork(monkeypatch):
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked for a small result"))
    with forked.encoded(_columns(), formats._column_json, formats._cost) as bodies:
        assert bodies.split is None
        assert len(list(bodies)) == 5


def test_a_result_json_is_the_same_whether_its_columns_are_forked_or_not(monkeypatch):
    from pathlib import Path

    from cfp.lca.api import calculate

    # a real result: text and number columns, the parts table, the document around them
    result = calculate(Path(__file__).parents[1] / "samples" / "machined-assembly-ja.xlsx")
    monkeypatch.setattr(forked, "MIN_VALUES", 10**12)
    alone = formats.to_json_bytes(result, "ja")
    monkeypatch.setattr(forked, "MIN_VALUES", 0)
    assert formats.to_json_bytes(result, "ja") == alone
