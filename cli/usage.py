"""Typer's (click's) own usage errors in the user's language: unknown option, missing
argument, a value that is not a number, an unknown command...

The parser's exceptions carry the option or argument at fault and, since typer 0.2x
converts values with pydantic, the validation error with the value and its kind. They are
turned into message keys here and printed like every other cfp error (usage line, help
hint, `Error:` line), exit 2. Only the error path imports this module.
"""

from __future__ import annotations

import re

from cfp.lca.errors import Message
from cfp.lca.messages import LANGS, default_lang, tr

#: click/typer exception classes by name (typer 0.29 vendors click as `typer._click`,
#: older typers use click itself: the names are the same)
_USAGE_ERRORS = {"UsageError", "BadParameter", "MissingParameter", "NoSuchOption",
                 "BadOptionUsage", "BadArgumentUsage", "NoArgsIsHelpError"}
_QUOTED = re.compile(r"'([^']*)'")


def is_parser_error(exc: BaseException) -> bool:
    """A usage error of the argument parser, or its Abort (Ctrl-C, end of input)."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    module = type(exc).__module__
    return bool(names & (_USAGE_ERRORS | {"Abort"})) and module.startswith(("click", "typer"))


def language_of(argv: list[str]) -> str:
    """`--lang ja` / `--lang=ja` in the command line if valid, else CFP_LANG or the
    locale: the parser failed, so the option was not parsed."""
    for i, token in enumerate(argv):
        if token == "--":
            break
        value = argv[i + 1] if token == "--lang" and i + 1 < len(argv) else \
            token.partition("=")[2] if token.startswith("--lang=") else None
        if value in LANGS:
            return value
    return default_lang()


def report(exc: BaseException, argv: list[str]) -> int:
    """Print the parser's error in the user's language; the exit code (2, Abort 1)."""
    from .common import error_panel, stderr_console

    lang = language_of(argv)
    names = {cls.__name__ for cls in type(exc).__mro__}
    if "Abort" in names:
        stderr_console().print(tr("cli.aborted", lang), markup=False)
        return 1
    ctx = getattr(exc, "ctx", None)
    if "NoArgsIsHelpError" in names:  # `cfp factors`: the help was shown by typer
        return 2
    console = stderr_console()
    if ctx is not None:
        from .helpframe import metavars

        usage = metavars(ctx.get_usage().removeprefix("Usage:").strip(), lang)
        console.print(tr("cli.usage", lang, usage=usage), markup=False, highlight=False)
        console.print(tr("cli.try_help", lang, command=f"{ctx.command_path} --help"),
                      markup=False, highlight=False)
    error_panel(describe(exc, argv).render(lang), lang)
    return 2


def describe(exc: BaseException, argv: list[str]) -> Message:
    """The message key and parameters of a parser error."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    text = str(getattr(exc, "message", "") or exc)
    if "NoSuchOption" in names:
        possible = sorted(getattr(exc, "possibilities", None) or ())
        if possible:
            return Message("cli.no_such_option_possible",
                           {"option": exc.option_name, "options": ", ".join(possible)})
        return Message("cli.no_such_option", {"option": exc.option_name})
    if "MissingParameter" in names:
        param = getattr(exc, "param", None)
        if param is not None and getattr(param, "param_type_name", "") == "option":
            return Message("cli.missing_option", {"option": _option_name(param)})
        name = (param.metavar or param.name.upper()) if param is not None else "?"
        return Message("cli.missing_argument", {"name": name})
    if "BadParameter" in names:
        return _bad_value(exc, argv)
    if "BadOptionUsage" in names:
        key = "cli.takes_no_value" if "does not take a value" in text else "cli.needs_value"
        return Message(key, {"option": exc.option_name})
    if match := re.match(r"No such command '(.*)'\.", text):
        commands = sorted(exc.ctx.command.list_commands(exc.ctx)) if exc.ctx else []
        return Message("cli.no_such_command",
                       {"name": match.group(1), "commands": ", ".join(commands)})
    if match := re.match(r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", text):
        return Message("cli.extra_arguments", {"args": match.group(1)})
    if text.startswith("Missing command"):
        return Message("cli.missing_command", {})
    return Message("cli.other", {"detail": text})


def _bad_value(exc: BaseException, argv: list[str]) -> Message:
    """`--top x`, `--cutoff abc`, `--format xml`, `--max-cells 0`: the option, the value
    and what it must be (from pydantic's error where typer gives one)."""
    param = getattr(exc, "param", None)
    option = _option_name(param) if param is not None else "?"
    error = _pydantic_error(exc)
    value = error.get("input") if error else _value_in(argv, param)
    kind = error.get("type", "") if error else ""
    detail = str(getattr(exc, "message", "") or exc)
    params = {"option": option, "value": value}
    if kind == "int_parsing" or "valid integer" in detail:
        return Message("cli.not_integer", params)
    if kind == "float_parsing" or "valid float" in detail or "valid number" in detail:
        return Message("cli.not_number", params)
    if kind == "greater_than_equal":
        return Message("usage.at_least", {**params, "low": error["ctx"]["ge"]})
    if "is not one of" in detail:
        choices = _QUOTED.findall(detail.split("is not one of", 1)[1])
        return Message("cli.choice", {**params, "choices": ", ".join(choices)})
    return Message("cli.bad_value", {**params, "detail": detail})


def _pydantic_error(exc: BaseException) -> dict[str, object] | None:
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        try:
            found = errors()
        except Exception:  # noqa: BLE001 - not a pydantic error after all
            return None
        return found[0] if found else None
    return None


def _option_name(param) -> str:  # noqa: ANN001 - a click/typer parameter
    opts = list(getattr(param, "opts", None) or [])
    longs = [o for o in opts if o.startswith("--")]
    return (longs or opts or [str(getattr(param, "name", "?"))])[0]


def _value_in(argv: list[str], param) -> str:  # noqa: ANN001
    """The value given to `param` in the command line (older typers keep no value)."""
    opts = set(getattr(param, "opts", None) or ())
    for i, token in enumerate(argv):
        name, sep, value = token.partition("=")
        if sep and name in opts:
            return value
        if token in opts and i + 1 < len(argv):
            return argv[i + 1]
    return ""
