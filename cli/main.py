"""The `cfp` command.

`main()` is the console script; `run()` is the same command for a caller that stays in
the process. The common `cfp calc FILE [options]` is parsed by `cli/fast.py` without
importing typer (typer 0.2x imports pydantic: ~0.1 s, a third of a small BOM's whole
run); everything else goes to the typer app (`cli/app.py`), which has the help, the
other commands and the parser's error messages. `app` is importable from here as before
(`from cfp.cli.main import app`), built on first use.
"""

from __future__ import annotations

import os
import sys


def run() -> None:
    """The command in this process: ends with SystemExit(exit code)."""
    done = _fast_calc()
    if done is not None:
        sys.exit(done[0])
    from .app import app

    app()


class Terminated(KeyboardInterrupt):
    """SIGTERM (what `timeout`, systemd and CI runners send), raised like Ctrl-C's
    KeyboardInterrupt so that every half-written temporary file is removed on the way
    out (`output.atomic_write`); the exit code is 128 + SIGTERM."""


def _on_sigterm() -> None:
    import signal

    def terminated(_signum: int, _frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, terminated)


def main() -> None:
    """The console script: `run`, except that a single-BOM calc ends by `_exit_now`, and
    SIGTERM ends it like Ctrl-C (`Terminated`)."""
    # cfp makes no BLAS call (no matrix products): OpenBLAS's thread pool, started when
    # numpy is imported, only costs CPU (~0.05-0.1 s a process on 2 cores, taken from the
    # threads reading the workbook). One thread unless the user asks for more.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _on_sigterm()
    done = _fast_calc()
    if done is not None:
        code, single = done
        if single:
            _exit_now(code)
        sys.exit(code)
    from .app import app

    app()


def _fast_calc() -> tuple[int, bool] | None:
    """`cfp calc` parsed without typer and run: (exit code, whether it was one BOM);
    None for any other command or options the fast parser leaves to typer."""
    argv = sys.argv[1:]
    if argv[:1] != ["calc"]:
        return None
    from .fast import parse_calc

    args = parse_calc(argv[1:])
    if args is None:
        return None
    from .calc_core import execute, is_batch

    try:
        code = execute(args)
    except KeyboardInterrupt as stop:  # as typer does: quietly, 128 + SIGINT / SIGTERM
        code = 143 if isinstance(stop, Terminated) else 130
    return code, not is_batch(args)


def _exit_now(code: int) -> None:
    """End a single-BOM calc without the interpreter's teardown: its outputs are written
    and closed, its threads done, and freeing every module's objects one by one is ~5 %
    of a small calc's instructions (bench/README.md, "Start-up and the large JSON").
    Standard output and error are flushed first; if that fails (a closed pipe), the
    usual exit handles it."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def __getattr__(name: str) -> object:
    if name == "app":
        from .app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":  # `python -m cli.main` in a checkout: the same as `cfp`
    main()
