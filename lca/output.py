"""Writing outputs safely: atomic replace, spreadsheet-formula neutralisation.

A failed run must never leave half a report, and an existing report is replaced only by
a complete new one: everything is written to a temporary file in the target directory
and renamed over the target (atomic on POSIX and Windows).
"""

from __future__ import annotations

import errno
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISDIR, S_ISREG

#: Leading characters that make Excel/LibreOffice treat a cell as a formula (CSV
#: injection). Tab and CR are included as OWASP recommends.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def check_outputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Refuse, before anything is written, an output that is one of the inputs (the BOM,
    a --factors or master file...): cfp never replaces a file it reads. Each clash is
    named; the inputs are also remembered so that `atomic_write` refuses them later.

    The filesystem decides: an output that exists is the same file as an input when its
    (device, inode) is, whatever path leads there (symlinks, `..`, hard links, the case of
    a case-insensitive disk); a path through folders that do not exist yet
    is resolved first (`sub/../bom.xlsx`). One `stat` per path: a batch of 1,000 BOMs
    plans thousands of outputs."""
    from .errors import InputError, Problem

    by_inode: dict[tuple[int, int], Path] = {}
    for source in inputs:
        if source is None:
            continue
        try:
            stat = os.stat(source)
        except OSError:
            continue
        by_inode.setdefault((stat.st_dev, stat.st_ino), Path(source))
    _PROTECTED.update(by_inode)
    clashes = []
    for out in dict.fromkeys(Path(o) for o in outputs if o is not None):
        try:
            stat = os.stat(out)
        except OSError:
            try:  # `sub/../bom.xlsx`: `sub` would be made, then the BOM replaced
                stat = os.stat(os.path.realpath(out))
            except OSError:
                continue
        source = by_inode.get((stat.st_dev, stat.st_ino))
        if source is not None:
            clashes.append(Problem("output.is_input", str(out), params={"input": str(source)}))
    if clashes:
        raise InputError(clashes)


#: (device, inode) of every input of this process: `atomic_write` never replaces them,
#: whatever path leads there (a second line of defence behind `check_outputs`).
_PROTECTED: set[tuple[int, int]] = set()


def protect(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        _PROTECTED.add((stat.st_dev, stat.st_ino))


def _is_protected(path: Path) -> bool:
    return _stat_of(path)[0]


def _stat_of(path: Path) -> tuple[bool, int | None]:
    """(is one of the protected inputs, st_mode or None if nothing is there): one stat."""
    try:
        found = os.stat(path)
    except OSError:
        return False, None
    return (found.st_dev, found.st_ino) in _PROTECTED, found.st_mode


def neutralise(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` and move the finished temporary file onto `path`.

    A path that exists but is not a regular file (/dev/null, /dev/stdout, a named pipe)
    is written to directly: renaming onto it would replace the device itself. Any
    failure of the environment (disk full, read-only, permission) is an `OSError` naming
    `path` with the system's reason; the previous file at `path` is left untouched."""
    with atomic_set() as stage:
        stage(path, write)


@contextmanager
def atomic_set() -> Iterator[Callable[[Path, Callable[[Path], None]], None]]:
    """A set of outputs replaced all together or not at all: `stage(path, write)` writes
    each to a temporary file beside it; only when the block ends without an error are the
    temporary files renamed into place. On any failure every temporary file is removed
    and every previous file is left as it was (a rename that fails half-way puts back the
    files already replaced, from hard links made beforehand)."""
    staged: list[tuple[Path, Path]] = []

    def stage(path: Path, write: Callable[[Path], None]) -> None:
        tmp = _stage_one(Path(path), write)
        if tmp is not None:
            staged.append((tmp, Path(path)))

    try:
        yield stage
        _commit(staged)
    except BaseException:
        for tmp, _path in staged:
            tmp.unlink(missing_ok=True)
        raise


def _stage_one(path: Path, write: Callable[[Path], None]) -> Path | None:
    """`write` the temporary file of `path` (None: a device, written directly)."""
    protected, mode = _stat_of(path)
    if protected:
        from .errors import InputError, Problem

        raise InputError([Problem("output.is_input", str(path), params={"input": str(path)})])
    if mode is not None and not (S_ISREG(mode) or S_ISDIR(mode)):
        with _naming(path):
            write(path)
        return None
    with _naming(path):
        _make_parent(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                        dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with _naming(path):
            write(tmp)
            os.chmod(tmp, 0o644)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _make_parent(path: Path) -> None:
    if path.parent.is_dir():  # (one stat in the usual case: the folder is there)
        return
    blocked = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocked is not None:  # mkdir would say "File exists": say what is wrong
        raise NotADirectoryError(errno.ENOTDIR, f"{os.strerror(errno.ENOTDIR)}: "
                                 f"'{blocked}' is a file", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every temporary file onto its target. Before the first rename each existing
    target gets a hard link (no copy, no space): if a later rename fails, the targets
    already replaced get their previous file back. (A file system without hard links
    gives no such undo; the renames are then done as they come.)"""
    backups: list[tuple[Path, Path | None]] = []
    try:
        if len(staged) > 1:
            backups = [(path, _hard_link(path)) for _tmp, path in staged if path.is_file()]
        done: list[Path] = []
        try:
            for tmp, path in staged:
                with _naming(path):
                    os.replace(tmp, path)
                done.append(path)
        except BaseException:
            _undo(done, dict(backups))
            raise
    finally:
        for _path, backup in backups:
            if backup is not None:
                backup.unlink(missing_ok=True)


def _hard_link(path: Path) -> Path | None:
    """A second name for the file at `path` (None: the file system has no hard links)."""
    backup = path.with_name(f".{path.name}.{os.getpid()}.{id(path):x}.old")
    try:
        os.link(path, backup)
    except OSError:
        return None
    return backup


def _undo(done: list[Path], backups: dict[Path, Path | None]) -> None:
    """Put back the previous file of each target in `done`; a target that had none
    (a new report of this run) is removed; one whose previous file could not be kept
    (no hard link) keeps the complete new file."""
    for path in done:
        try:
            if path not in backups:  # there was no file before this run
                path.unlink(missing_ok=True)
            elif (backup := backups[path]) is not None:
                os.replace(backup, path)
        except OSError:
            pass


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """An OSError raised inside names the output the user asked for (not the temporary
    file, or no file at all as a failed `write` on a full disk does)."""
    try:
        yield
    except OSError as exc:
        if exc.filename == str(path):
            raise
        raise OSError(exc.errno, exc.strerror or type(exc).__name__, str(path)) from exc


def write_all(write: Callable[[memoryview], object], data: bytes | memoryview) -> None:
    """`write(data)` until every byte is taken. A buffered stream may take part of a large
    write and return the count without an error (seen on a pipe whose reader stopped:
    65,536 of 570,000 bytes, no exception); writing the rest then raises the error (a
    closed pipe, a full disk) instead of ending as if all was written."""
    view = memoryview(data).cast("B")
    while len(view):
        taken = write(view)
        if taken is None:  # a writer that does not count (a list's append): it took all
            return
        if int(taken) <= 0:  # type: ignore[call-overload]
            raise OSError(errno.EIO, "the output took no bytes")
        view = view[int(taken):]  # type: ignore[call-overload]


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
                    write_all(write, piece)
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
