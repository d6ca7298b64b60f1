"""The columns of a large result's JSON encoded on two cores.

orjson holds the GIL, so a thread cannot share the work; ~0.6 s of a 100,000-row BOM's
run is encoding ~20 float columns of 600,000 values each (~27 ms a column). On Linux,
`encoded` forks a child that encodes a tail of the columns into an anonymous in-memory
file (`memfd`) while this process encodes the rest; the child's bytes are then read back
from the file as memory views, in order. The bytes are those of encoding every column
here (tested): each column is encoded by the same function, only in another process.

The child only runs `encode` on arrays it inherited and writes to the file; it never
returns into the caller (it ends by `os._exit` whatever happens), so no output, buffer
or atexit handler of this process is touched twice. If the fork fails or the child does
not end cleanly, this process encodes the child's columns itself: the result is the same,
only slower. Elsewhere (no fork or memfd), every column is encoded here.
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

#: below this many values in all, a fork costs more than it saves
MIN_VALUES = 2_000_000
_LENGTH = struct.Struct("<Q")


class encoded:  # noqa: N801 - used like a function that returns an iterator
    """`encode(column)` of each column, in order, when iterated; a tail of the columns
    (about half of the summed `cost`) is encoded by a child forked right here, so the
    caller can do other work before iterating. Use as a context manager (or `close()`):
    a child is reaped even if the columns are never iterated."""

    def __init__(self, columns: Sequence[Any], encode: Callable[[Any], bytes],
                 cost: Callable[[Any], float]) -> None:
        self.columns, self.encode = columns, encode
        self.split = _split(columns, cost)
        self.child = None if self.split is None else _Child.start(columns[self.split:], encode)

    def __iter__(self) -> Iterator[bytes | memoryview]:
        if self.child is None:
            yield from map(self.encode, self.columns)
            return
        yield from map(self.encode, self.columns[:self.split])
        yield from self.child.results() or map(self.encode, self.columns[self.split:])

    def close(self) -> None:
        if self.child is not None:
            self.child.close()
            self.child = None

    def __enter__(self) -> encoded:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _split(columns: Sequence[Any], cost: Callable[[Any], float]) -> int | None:
    """Where the child's tail starts; None when everything is encoded here."""
    if not (sys.platform.startswith("linux") and hasattr(os, "fork")
            and hasattr(os, "memfd_create")) or len(columns) < 2:
        return None
    costs = [cost(c) for c in columns]
    if sum(costs) < MIN_VALUES:
        return None
    half, tail = sum(costs) / 2, 0.0
    for i in range(len(columns) - 1, 0, -1):
        tail += costs[i]
        if tail >= half:
            return i
    return 1


class _Child:
    """A forked process encoding `columns` into a memfd: each column's bytes, then the
    lengths (8 bytes each, little-endian), then their count."""

    def __init__(self, pid: int, fd: int, count: int) -> None:
        self.pid, self.fd, self.count = pid, fd, count
        self.view: mmap.mmap | None = None

    @classmethod
    def start(cls, columns: Sequence[Any], encode: Callable[[Any], bytes]) -> _Child:
        fd = os.memfd_create("cfp-json", os.MFD_CLOEXEC)
        try:
            pid = os.fork()
        except OSError:
            pid = -1
        if pid == 0:  # the child: never returns
            _encode_into(fd, columns, encode)
        return cls(pid, fd, len(columns))

    def results(self) -> list[memoryview] | None:
        """The child's encoded columns, or None if it failed (then the caller encodes)."""
        if self.pid <= 0:
            return None
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            return None
        size = os.fstat(self.fd).st_size
        if size < _LENGTH.size * (self.count + 1):
            return None
        self.view = mmap.mmap(self.fd, size, access=mmap.ACCESS_READ)
        whole = memoryview(self.view)
        (count,) = _LENGTH.unpack_from(whole, size - _LENGTH.size)
        lengths = [_LENGTH.unpack_from(whole, size - _LENGTH.size * (count + 1 - i))[0]
                   for i in range(count)]
        if count != self.count or sum(lengths) + _LENGTH.size * (count + 1) != size:
            return None
        out, at = [], 0
        for length in lengths:
            out.append(whole[at:at + length])
            at += length
        return out

    def close(self) -> None:
        """Reap the child if it was not waited for (the caller stopped early); the file
        is freed once the last view of it is gone."""
        if self.pid > 0:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


def _encode_into(fd: int, columns: Sequence[Any], encode: Callable[[Any], bytes]) -> None:
    code = 1
    try:
        lengths = []
        for column in columns:
            data = encode(column)
            _write_all(fd, data)
            lengths.append(len(data))
        _write_all(fd, b"".join(_LENGTH.pack(n) for n in [*lengths, len(lengths)]))
        code = 0
    finally:  # (also on KeyboardInterrupt or any error: the parent encodes instead)
        os._exit(code)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


__all__ = ["encoded"]
