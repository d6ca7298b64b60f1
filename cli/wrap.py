"""Line breaking for Japanese in rich's output: between any two kanji or kana, never
inside a number, an option or a key.

rich wraps text at spaces only (`rich._wrap.divide_line`): a Japanese sentence, which
has none, is one "word". In a table cell or a help column narrower than the sentence,
rich then cuts it with "…" or folds it at the column's edge, wherever that falls: in
the middle of `--meter-log` or of a number (`2025-04-` / `01`), which then reads as
another number. `divide` breaks a line the way Japanese is written: at a space, or
between two characters of which one is wide (a kanji, kana, full-width punctuation),
but not before closing punctuation and small kana (、。)」ー...) nor after an opening
bracket (「(...), and never between two narrow characters that touch (`6.051`,
`--meter-log`, `aluminium_cast`), which are folded only when longer than a whole line.

`install()` puts `divide` in place of rich's divide_line for this process (the cfp
command: every console it makes, typer's help included). A text without wide
characters is left to rich's own function, so English output is unchanged, byte for
byte. If a rich version no longer has the function, nothing is replaced and rich's
wrapping applies.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

from rich.cells import cell_len

#: never at the start of a line (Japanese kinsoku shori, and ASCII closing marks)
NO_START = frozenset("、。，．・：；？！ー）」』】〕〉》｝］〜…"
                     "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々),.:;?!%]}")
#: never at the end of a line
NO_END = frozenset("（「『【〔〈《｛［([{")


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def break_points(text: str) -> list[int]:
    """The positions where a line may start: after a space, or between two characters
    one of which is wide (kinsoku rules kept)."""
    points = []
    for i in range(1, len(text)):
        before, char = text[i - 1], text[i]
        if char.isspace():
            continue
        if before.isspace() or ((_wide(before) or _wide(char))
                                and char not in NO_START and before not in NO_END):
            points.append(i)
    return points


def divide(text: str, width: int, fold: bool = True) -> list[int]:
    """Where to break `text` into lines at most `width` cells wide (rich's
    divide_line contract: the offsets of the lines after the first)."""
    if not any(map(_wide, text)):
        return _rich_divide()(text, width, fold)
    cells = [0]  # cells[i]: the width of text[:i]
    for char in text:
        cells.append(cells[-1] + cell_len(char))
    ink = [0]  # ink[i]: the end of text[:i] without its trailing spaces
    for i, char in enumerate(text, 1):
        ink.append(ink[-1] if char.isspace() else i)
    offsets: list[int] = []
    start, points, at = 0, [*break_points(text), len(text)], 0
    while cells[ink[len(text)]] - cells[start] > width:
        while at < len(points) and points[at] <= start:
            at += 1
        end = at
        while end < len(points) - 1 and cells[ink[points[end]]] - cells[start] <= width:
            end += 1
        if end > at:
            start = points[end - 1]
        elif fold:  # one unit wider than a line: folded at the edge
            start = _chop(cells, start, width)
        elif points[at] < len(text):  # cropped by the caller: on a line of its own
            start = points[at]
        else:
            break
        offsets.append(start)
    return offsets


def _chop(cells: list[int], start: int, width: int) -> int:
    """The end of the longest run from `start` that fits `width` (at least one
    character); `cells` as in `divide`."""
    end = start + 1
    while end + 1 < len(cells) and cells[end + 1] - cells[start] <= width:
        end += 1
    return end


def shorten(text: str, width: int) -> str:
    """`text` in at most `width` cells: whole if it fits, else cut at the last place a
    line may break (between words, or beside a kanji) and ended with "…", so that a
    number in it is never cut (`Gear motor 0.4 kW` -> `Gear motor …`, not `Gear motor
    0…`); a first word wider than that is cut at the edge."""
    if cell_len(text) <= width:
        return text
    fitting = [p for p in break_points(text) if cell_len(text[:p].rstrip()) <= width - 1]
    if fitting:
        return text[:fitting[-1]].rstrip() + "…"
    cells = [0]
    for char in text:
        cells.append(cells[-1] + cell_len(char))
    return text[:_chop(cells, 0, max(width - 1, 1))] + "…"


@cache
def _rich_divide() -> Callable[[str, int, bool], list[int]]:
    from rich import _wrap

    return _wrap.divide_line


def install() -> None:
    """Use `divide` for rich's word wrapping in this process (once; idempotent)."""
    import rich.text

    if getattr(rich.text, "divide_line", None) not in (None, divide):
        _rich_divide()  # rich's own, kept for text without wide characters
        rich.text.divide_line = divide  # type: ignore[attr-defined]
