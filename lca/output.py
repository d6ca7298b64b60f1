"""Writing outputs safely: atomic replace, spreadsheet-formula neutralisation.

A failed run must never leave half a report, and an existing report is replaced only by
a complete new one: everything is written to a temporary file in the target directory
and renamed over the target (atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
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
