"""Writing outputs safely: atomic replace, spreadsheet-formula neutralisation.

A failed run must never leave half a report, and an existing report is replaced only by
a complete new one: everything is written to a temporary file in the target directory
and renamed over the target (atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

#: Leading characters that make Excel/LibreOffice treat a cell as a formula (CSV
#: injection). Tab and CR are included as OWASP recommends.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` and move the finished temporary file onto `path`.

    A path that exists but is not a regular file (/dev/null, /dev/stdout, a named pipe)
    is written to directly: renaming onto it would replace the device itself."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        write(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                        dir=path.parent)
    except OSError as exc:  # name the output the user asked for, not the temporary file
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding=encoding, newline=""))


def write_overlapped(pieces: Iterator[bytes | memoryview],
                     write: Callable[[bytes | memoryview], object]) -> None:
    """`write(piece)` for each piece, in a writer thread while the next piece is made.

    File writes and zlib compression release the GIL, so on two cores the making (Python)
    and the writing overlap. An error on either side stops both and is raised here."""
    pending: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=4)
    failure: list[BaseException] = []

    def drain() -> None:
        while (piece := pending.get()) is not None:
            if not failure:
                try:
                    write(piece)
                except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
                    failure.append(exc)

    writer = threading.Thread(target=drain, name="cfp-writer", daemon=True)
    writer.start()
    try:
        for piece in pieces:
            if failure:
                break
            pending.put(piece)
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()
        pending.put(None)
        writer.join()
    if failure:
        raise failure[0]
