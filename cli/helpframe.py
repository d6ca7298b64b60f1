"""typer's help in the user's language: the words of its frame, and wrapping that fits.

cfp's help texts are bilingual; the frame typer draws around them was English whatever
the language: `Usage:`, the panel titles `Arguments` / `Options` / `Commands`,
`[required]`, `[default: table]`, `Show this message and exit.`, `[OPTIONS]`. typer 0.2x
vendors click without its gettext calls, and typer's own words (`typer.rich_utils`)
are module constants read when the help is drawn, so gettext cannot reach them: `use`
sets those constants from the message catalogue (`help.*`, in every language, English
as typer words it), and `_framed_help`, in place of `rich_utils.rich_format_help`, gives
the usage line its prefix and metavars and the help option its text for the one help
being drawn. `use(lang)` runs in `CfpGroup.main` before typer parses (the language from
`--lang` or CFP_LANG, as for the parser's errors: `usage.language_of`).

Wrapping: Japanese breaks between characters (`cli/wrap.py`); a word or an option
name longer than its column folds instead of ending in "…" (a help text cut at 80
columns lost the rest of its sentence, `--forwarded-allow-i…` its name); a command's
summary in the `Commands` panel joins the lines of its docstring, as typer does for the
command's own help.

Every step checks that typer still has what it changes; with a typer that does not,
its help is drawn as typer draws it.
"""

from __future__ import annotations

from typing import Any

from cfp.lca.messages import tr

#: typer.rich_utils constant -> the message key of its text
CONSTANTS = {"ARGUMENTS_PANEL_TITLE": "help.arguments", "OPTIONS_PANEL_TITLE": "help.options",
             "COMMANDS_PANEL_TITLE": "help.commands", "DEFAULT_STRING": "help.default",
             "REQUIRED_LONG_STRING": "help.required", "ENVVAR_STRING": "help.envvar",
             "DEPRECATED_STRING": "help.deprecated"}
#: the metavars of click's usage line -> their message keys
METAVARS = {"COMMAND [ARGS]...": "help.command_metavar", "[OPTIONS]": "help.options_metavar"}
_state = {"lang": "en"}


def use(lang: str) -> None:
    """Draw typer's help in `lang` from now on (idempotent; any language in turn)."""
    from . import wrap

    wrap.install()
    try:
        from typer import rich_utils
    except ImportError:  # typer without rich: click's plain help
        return
    _state["lang"] = lang
    for name, key in CONSTANTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, tr(key, lang))
    for name, wrapper in (("rich_format_help", _framed_help), ("_make_rich_text", _folding),
                          ("_get_parameter_help", _folding_items),
                          ("_make_command_help", _joined)):
        original = getattr(rich_utils, name, None)
        if original is not None and not getattr(original, "cfp_frame", False):
            wrapper.original = original  # type: ignore[attr-defined]
            wrapper.cfp_frame = True  # type: ignore[attr-defined]
            setattr(rich_utils, name, wrapper)
    for name in ("highlighter", "negative_highlighter"):  # the option names
        original = getattr(rich_utils, name, None)
        if callable(original) and not isinstance(original, _Folding):
            setattr(rich_utils, name, _Folding(original))


def metavars(usage: str, lang: str) -> str:
    """click's usage arguments with its metavars (`[OPTIONS]`...) in `lang`."""
    for metavar, key in METAVARS.items():
        usage = usage.replace(metavar, tr(key, lang))
    return usage


def _framed_help(*, obj: Any, ctx: Any, **options: Any) -> Any:
    """typer's help of `obj` with the usage line and the help option in the language."""
    lang = _state["lang"]
    option = obj.get_help_option(ctx) if hasattr(obj, "get_help_option") else None
    if option is not None:
        option.help = tr("help.help_option", lang)
    formatter_class = getattr(ctx, "formatter_class", None)
    if formatter_class is not None and hasattr(formatter_class, "write_usage"):

        class Formatter(formatter_class):  # type: ignore[misc, valid-type]
            def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
                super().write_usage(prog, metavars(args, lang), tr("help.usage", lang) + " "
                                    if prefix is None else prefix)

        ctx.formatter_class = Formatter
    try:
        return _framed_help.original(obj=obj, ctx=ctx, **options)  # type: ignore[attr-defined]
    finally:
        if formatter_class is not None:
            ctx.formatter_class = formatter_class


def _folding(**options: Any) -> Any:
    """typer's help text, folding a word wider than its column instead of cutting it."""
    text = _folding.original(**options)  # type: ignore[attr-defined]
    if getattr(text, "overflow", "") is None:
        text.overflow = "fold"
    return text


def _folding_items(**options: Any) -> Any:
    """An option's help, its `[default: ...]` included, folding instead of cutting."""
    columns = _folding_items.original(**options)  # type: ignore[attr-defined]
    for item in getattr(columns, "renderables", ()):
        if getattr(item, "overflow", "") is None:
            item.overflow = "fold"
    return columns


class _Folding:
    """A highlighter of typer's whose texts fold instead of ending in "…": an option
    name cut to `--forwarded-allow-i…` cannot be typed back."""

    def __init__(self, highlighter: Any) -> None:
        self.highlighter = highlighter

    def __call__(self, text: Any) -> Any:
        text = self.highlighter(text)
        if getattr(text, "overflow", "") is None:
            text.overflow = "fold"
        return text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.highlighter, name)


def _joined(*, help_text: str, **options: Any) -> Any:
    """A command's summary in the Commands panel on one paragraph: the line breaks of
    its docstring's first paragraph are spaces (typer kept them in rich markup mode)."""
    first, sep, rest = help_text.strip().partition("\n\n")
    if not first.startswith("\b"):
        first = " ".join(line.strip() for line in first.splitlines())
    return _joined.original(help_text=first + sep + rest, **options)  # type: ignore[attr-defined]
