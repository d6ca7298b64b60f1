"""Move the `(English, Japanese)` entries left in the former catalogues into lca/i18n/.

    .venv/bin/python tests/i18n_fold.py          # fold, then: git diff lca/
    .venv/bin/python tests/i18n_fold.py --check  # exit 1 if anything is left to fold

`lca/messages.py` (`CATALOG`) and `lca/render/text.py` (`LABELS`) are facades over
`lca/i18n/`; an entry still written there as `"key": ("English", "日本語")` is merged
into the catalogues at import, so it works, and this script moves it for good: each text
goes into lca/i18n/en.py and ja.py (replacing the text of a key already there, in place;
new keys are appended with the comments written above them), and the facade's dict is
left empty. Everything else in the files is kept as written. The same script generated
en.py and ja.py from the two former catalogues (issue 11).

Only the standard library is used, and nothing of cfp is imported: the files are read as
source (ast), so a broken catalogue can still be folded.
"""

from __future__ import annotations

import argparse
import ast
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = Path("lca", "i18n")
#: facade file -> name of its dict of (English, Japanese) tuples
FACADES = {Path("lca", "messages.py"): "CATALOG", Path("lca", "render", "text.py"): "LABELS"}
LEGACY_ORDER = ("en", "ja")
LINE_LENGTH = 100  # ruff's, counted in display columns (a kanji is 2)
PUNCTUATION = set("。、」):・")
HEADERS = {
    "en": '"""English texts: every message, label and report text cfp shows, by key.\n\n'
          "The reference language. Every language file in this folder has the same keys with the\n"
          "same str.format placeholders (tests/test_i18n.py); a new key goes into each of them.\n"
          '"""\n',
    "ja": '"""Japanese texts (日本語): every message, label and report text cfp shows, by key.\n\n'
          "Every language file in this folder has the same keys with the same\n"
          "str.format placeholders and text in its own script (tests/test_i18n.py).\n"
          '"""\n',
}


@dataclass
class Entry:
    key: str
    texts: tuple[str, ...]
    comments: list[str] = field(default_factory=list)  # comment lines written above it


def dict_node(source: str, name: str) -> ast.Dict | None:
    """The first dict literal assigned to `name` at module level."""
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1
            else None)
        if isinstance(target, ast.Name) and target.id == name and isinstance(
                node.value, ast.Dict):
            return node.value
    return None


def entries_of(source: str, node: ast.Dict) -> list[Entry]:
    """The entries of a dict of `(en, ja)` tuples, each with the comment lines above it."""
    lines = source.splitlines()
    out: list[Entry] = []
    previous_end = node.lineno  # line numbers are 1-based
    for key_node, value_node in zip(node.keys, node.values, strict=True):
        key = ast.literal_eval(key_node)  # type: ignore[arg-type]
        texts = ast.literal_eval(value_node)
        if not (isinstance(key, str) and isinstance(texts, tuple)
                and all(isinstance(t, str) for t in texts)):
            raise SystemExit(f"line {key_node.lineno}: not a \"key\": (\"en\", \"ja\") entry")
        between = lines[previous_end:key_node.lineno - 1]
        comments = [line.strip() for line in between if line.strip().startswith("#")]
        out.append(Entry(key, texts, comments))
        previous_end = value_node.end_lineno or value_node.lineno
    return out


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def literal(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t").replace("\r", "\\r"))
    return f'"{escaped}"'


def pieces(text: str, limit: int) -> list[str]:
    """`text` cut into pieces whose literals are at most `limit` columns wide: after a
    space or a Japanese punctuation mark if one is near the end, else between two wide
    characters; never inside a {placeholder}."""
    out: list[str] = []
    start, cut, good, depth = 0, -1, -1, 0
    for i, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        before = text[i - 1] if i else ""
        if i > start and depth == 0 and before != "{":
            if before == " " or before in PUNCTUATION:
                good = cut = i
            elif unicodedata.east_asian_width(before) in "WF":
                cut = i
        if width(literal(text[start:i + 1])) > limit and cut > start:
            near = good > start and width(literal(text[start:good])) >= limit * 0.7
            end = good if near else cut
            out.append(text[start:end])
            start, cut, good = end, -1, -1
    out.append(text[start:])
    return out


def format_entry(key: str, text: str, comments: list[str] = ()) -> list[str]:
    lines = [f"    {c}" for c in comments]
    one = f"    {literal(key)}: {literal(text)},"
    if width(one) <= LINE_LENGTH:
        return [*lines, one]
    return [*lines, f"    {literal(key)}: (",
            *(f"        {literal(p)}" for p in pieces(text, LINE_LENGTH - 8)), "    ),"]


@dataclass
class LanguageFile:
    lang: str
    path: Path
    lines: list[str]

    @classmethod
    def read(cls, lang: str, folder: Path) -> LanguageFile:
        path = folder / f"{lang}.py"
        if path.exists():
            return cls(lang, path, path.read_text("utf-8").splitlines())
        return cls(lang, path, [*HEADERS[lang].splitlines(), "", "TEXTS: dict[str, str] = {",
                                "}"])

    def fold(self, entries: list[Entry], position: int) -> None:
        """Texts number `position` of `entries`: in place for known keys, else appended."""
        source = "\n".join(self.lines) + "\n"
        node = dict_node(source, "TEXTS")
        if node is None:
            raise SystemExit(f"{self.path}: no TEXTS = {{...}} dict")
        spans = {ast.literal_eval(k): (k.lineno, self._entry_end(v))
                 for k, v in zip(node.keys, node.values, strict=True)}
        appended: list[str] = []
        carried: list[str] = []  # comments above a replaced entry go to the next new one
        replaced: list[tuple[int, int, list[str]]] = []
        for entry in entries:
            text = entry.texts[position]
            if entry.key in spans:
                first, last = spans[entry.key]
                replaced.append((first, last, format_entry(entry.key, text)))
                carried += entry.comments
            else:
                appended += format_entry(entry.key, text, carried + entry.comments)
                carried = []
        for first, last, new in sorted(replaced, reverse=True):
            self.lines[first - 1:last] = new  # an entry ends with its comma on `last`
        node = dict_node("\n".join(self.lines) + "\n", "TEXTS")  # lines moved
        assert node is not None
        close = (node.end_lineno or node.lineno) - 1
        if not self.lines[close].strip() == "}":
            raise SystemExit(f"{self.path}:{close + 1}: TEXTS must end with '}}' on its own line")
        self.lines[close:close] = appended

    def _entry_end(self, value: ast.expr) -> int:
        """The last line of an entry: a parenthesised string's `),` is not in its node."""
        last = value.end_lineno or value.lineno
        while last < len(self.lines) and self.lines[last].strip().startswith(")"):
            last += 1
        return last

    def write(self) -> None:
        self.path.write_text("\n".join(self.lines) + "\n", "utf-8")


def empty_facade(path: Path, name: str, node: ast.Dict) -> None:
    lines = path.read_text("utf-8").splitlines()
    first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
    head = lines[first][:node.col_offset]
    tail = lines[last][node.end_col_offset:]
    lines[first:last + 1] = [head + "{", "}" + tail]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def pending(root: Path = ROOT) -> list[tuple[Path, str, ast.Dict, list[Entry]]]:
    found = []
    for relative, name in FACADES.items():
        path = root / relative
        source = path.read_text("utf-8")
        node = dict_node(source, name)
        if node is not None and node.keys:
            found.append((path, name, node, entries_of(source, node)))
    return found


def fold(root: Path = ROOT) -> list[str]:
    """Fold every pending entry of the checkout at `root`; the keys moved."""
    work = pending(root)
    folder = root / I18N
    files = [LanguageFile.read(lang, folder) for lang in LEGACY_ORDER]
    moved: list[str] = []
    for path, name, _node, entries in work:
        for position, language_file in enumerate(files):
            language_file.fold(entries, position)
        moved += [e.key for e in entries]
        print(f"{path.relative_to(root)}: {len(entries)} entries of {name} moved")
    if work:
        folder.mkdir(exist_ok=True)
        for language_file in files:
            language_file.write()
        for path, name, node, _ in work:
            empty_facade(path, name, node)
    others = sorted(p.stem for p in folder.glob("*.py") if p.stem not in (*LEGACY_ORDER,
                                                                         "__init__"))
    if moved and others:
        print(f"add the new keys to {', '.join(others)} too: tests/test_i18n.py lists them")
    return moved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether entries are left to fold")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this one)")
    args = parser.parse_args(argv)
    if args.check:
        left = [(path, len(entries)) for path, _, _, entries in pending(args.root)]
        for path, count in left:
            print(f"{path.relative_to(args.root)}: {count} entries to fold")
        return 1 if left else 0
    if not fold(args.root):
        print("nothing to fold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
