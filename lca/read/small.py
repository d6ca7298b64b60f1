"""Small text inputs given by an option (a TOML or CSV file): read bounded.

A FIFO would block `open` forever and /dev/zero never ends, so a path that is not a
regular file is refused unread, and at most `limit` + 1 bytes are read: a file above
the limit is refused, not loaded whole.
"""

from __future__ import annotations

import errno
from pathlib import Path

from ..errors import Message
from ..output import protect


class SmallFileError(OSError):
    """A small input that cannot be read; `reason` is a message in the user's language."""

    def __init__(self, code: int, reason: Message, path: Path) -> None:
        super().__init__(code, reason.render("en"), str(path))
        self.reason = reason


def read_small(path: Path, limit: int) -> bytes:
    """The bytes of `path`; `SmallFileError` (an OSError) with a reason a user can act on
    otherwise: not found, not a regular file, larger than `limit`. The file is then an
    input that no output may replace (`output.protect`)."""
    path = Path(path)
    if not path.is_file():
        if not path.exists():
            raise SmallFileError(errno.ENOENT, Message("file.reason.not_found"), path)
        raise SmallFileError(errno.EINVAL, Message("file.reason.not_regular"), path)
    with path.open("rb") as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise SmallFileError(errno.EFBIG, Message("file.reason.too_large",
                                                  {"limit": f"{limit // 1024:,} KiB"}), path)
    protect([path])
    return raw


def reason(exc: BaseException) -> object:
    """What to tell the user of a failed read: the translated reason of a
    `SmallFileError`, else the system's (`details.os_reason`)."""
    if isinstance(exc, SmallFileError):
        return exc.reason
    from ..details import os_reason

    return os_reason(exc)
