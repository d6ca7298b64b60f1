"""Output safety: atomic replace, device files, formula neutralisation."""

from __future__ import annotations

import os
import stat

import pytest

from cfp.lca.output import atomic_write, atomic_write_text, neutralise


def test_atomic_write_replaces_only_when_complete(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def broken(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left
    atomic_write_text(target, "new")
    assert target.read_text() == "new"


def test_atomic_write_to_a_device_writes_through(tmp_path):
    # `-o /dev/null` must not replace the device node with a regular file
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        atomic_write_text(fifo, "data")
        assert os.read(reader, 100) == b"data"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    if os.path.exists("/dev/null"):
        atomic_write_text(__import__("pathlib").Path("/dev/null"), "x")
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"), (3.5, 3.5), (-2, -2),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected
