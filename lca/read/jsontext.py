"""What `json.loads` must not lose in an untrusted JSON file: duplicate keys and the
non-JSON constants Python would read (NaN, Infinity), so that readers can refuse them
naming the JSON path (`cfp diff`'s result files, supplier PACT footprints).

    json.loads(text, object_pairs_hook=object_pairs, parse_constant=NonFinite)
"""

from __future__ import annotations

from collections import Counter


class NonFinite:
    """NaN, Infinity, or a number beyond a float (1e400), as written in the file."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class DuplicateKeys(dict):
    """A JSON object in which some keys appear more than once (the last value kept)."""

    duplicates: dict[str, int]


def object_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """An object of the file: a plain dict, or a `DuplicateKeys` naming the repeated keys."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = DuplicateKeys(obj)
    marked.duplicates = {k: n for k, n in Counter(k for k, _ in pairs).items() if n > 1}
    return marked
