"""The numpy table helpers every stage is built on (lca/frame.py, textnorm vectorised)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cfp.lca.frame import (
    Frame,
    Text,
    choose,
    factorize,
    factorize_first,
    fill,
    fill_at,
    is_in,
    isnull,
    map_codes,
    nan_to_zero,
    positions,
)
from cfp.lca.read.textnorm import (
    _text_of,
    blank_mask,
    is_blank,
    lookup_key,
    lookup_keys,
    parse_number,
    to_numbers,
    to_text,
)

CELLS = st.one_of(st.none(), st.just(""), st.just("-"), st.just("－"), st.just(float("nan")),
                  st.floats(allow_nan=False, allow_infinity=True), st.integers(-10**6, 10**6),
                  st.booleans(), st.sampled_from(["１,２００", " 12 ", "70%", "abc", "inf",
                                                   "nan", "S45C", "ＳＵＳ３０４", "n/a", "N/A",
                                                   "ー", "—"]),
                  st.text(max_size=5), st.text(alphabet=" \t\nAbz０Ａ-:ー", max_size=8))


#: exact cell texts that mean "not given" (with spaces around, field parsers catch them)
MARKERS = {"", "-", "－", "—", "–", "‐", "―", "ー", "n/a", "N/A"}


def objects(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _missing(v: object) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


@given(st.lists(CELLS, max_size=40))
def test_factorize_round_trips_and_keeps_first_appearance(values):
    cells = objects(values)
    codes, uniques, first = factorize_first(cells)
    for value, code in zip(values, codes, strict=True):
        if _missing(value):
            assert code == -1
        else:
            assert uniques[code] == value
    # uniques in order of first appearance, each at its first position
    assert list(first) == sorted(first)
    for u, i in zip(uniques, first, strict=True):
        assert values[i] == u and all(values[j] != u for j in range(i))
    assert factorize(cells)[1] == uniques


def test_factorize_worked_example():
    codes, uniques = factorize(objects(["b", None, "a", "b", float("nan"), "a"]))
    assert codes.tolist() == [0, -1, 1, 0, -1, 1]
    assert uniques == ["b", "a"]
    assert map_codes(codes, ["B", "A"]).tolist() == ["B", None, "A", "B", None, "A"]


@given(st.lists(CELLS, max_size=40))
def test_vectorised_cell_parsers_agree_with_the_scalar_ones(values):
    cells = objects(values)
    assert blank_mask(cells).tolist() == [
        _missing(v) or (isinstance(v, str) and v in MARKERS) for v in values]
    numbers, bad = to_numbers(cells)
    for value, number, is_bad in zip(values, numbers, bad, strict=True):
        try:
            expected = parse_number(value)
        except ValueError:
            assert is_bad and math.isnan(number)
            continue
        if isinstance(value, float) and math.isinf(value):
            assert is_bad  # an infinite number is refused like the text 'inf'
        elif expected is None:
            assert not is_bad and math.isnan(number)
        else:
            assert not is_bad and number == expected
    texts = to_text(cells)
    # (a boolean cell equals 0 or 1 and is factorized with it: compared without them)
    plain = not any(isinstance(v, bool) for v in values)
    for value, text in zip(values, texts, strict=True):
        if is_blank(value):
            assert text is None
        if plain:  # the C-level fast path gives the scalar result
            assert text == _text_of(value)


@given(st.lists(st.one_of(st.text(max_size=6), st.text(alphabet=" \t\nAbz０Ａ:ß", max_size=8)),
                max_size=30))
def test_lookup_keys_agree_with_lookup_key(texts):
    # e.g. " P-1\tA " -> "p-1 a" (whitespace collapsed, case-folded), "ＡＢ" -> "ab"
    assert lookup_keys(texts) == [lookup_key(t) for t in texts]
    assert lookup_keys([" P-1\tA ", "ＡＢ"]) == ["p-1 a", "ab"]


def test_isnull_fill_and_take():
    text = objects(["a", None, float("nan"), "d"])
    assert isnull(text).tolist() == [False, True, True, False]
    assert isnull(np.array([1.0, np.nan])).tolist() == [False, True]
    assert fill(text, "x").tolist() == ["a", "x", "x", "d"]
    assert fill(np.array([1.0, np.nan]), np.array([5.0, 6.0])).tolist() == [1.0, 6.0]
    frame = Frame({"k": text, "v": np.arange(4.0), "c": "const"})
    part = frame.take(np.array([True, False, False, True]))
    assert len(part) == 2 and part["v"].tolist() == [0.0, 3.0]
    assert part["c"].tolist() == ["const", "const"]
    both = Frame.concat([part, Frame({"v": np.array([9.0])}, 1)], ["k", "v"])
    assert both["k"].tolist() == ["a", "d", None] and both["v"].tolist() == [0.0, 3.0, 9.0]


def test_choose_gives_objects_not_numpy_strings():
    out = choose(np.array([True, False, True]), "kg", "piece")
    assert out.dtype == object and out.tolist() == ["kg", "piece", "kg"]
    assert out[0] is out[2]  # one string object shared, compared by identity first


@given(st.lists(st.integers(-3, 3) | st.sampled_from([0.5, 2.5, -1.0])))
def test_sorted_unique_is_numpys_unique(values):
    from cfp.lca.frame import sorted_unique

    array = np.asarray(values, dtype=float)
    assert sorted_unique(array).tolist() == np.unique(array).tolist()


@pytest.mark.parametrize("seed", range(30))
def test_numpy_conveniences_agree_with_numpy(seed):
    """`positions`, `is_in` and `nan_to_zero` (frame.py: numpy's functions without their
    Python-level overhead) give what np.flatnonzero, np.isin and np.nan_to_num give."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 40))
    floats = rng.choice([0.0, -0.0, 1.5, np.nan, np.inf, -np.inf, -2.0], n)
    ints = rng.integers(-3, 4, n)
    texts = np.array(rng.choice(["a", "b", "c"], n).tolist(), dtype=object)
    texts[rng.random(n) < 0.3] = None
    for values in (floats, ints, floats > 0, texts != "a"):
        assert np.array_equal(positions(values), np.flatnonzero(values))
    for values, candidates in ((ints, [0, 2]), (ints, list(range(-3, 9))), (texts, ["a", None]),
                               (texts, ("b",)), (floats, [1.5, np.nan]), (ints, [])):
        assert np.array_equal(is_in(values, candidates), np.isin(values, candidates))
    for values in (floats, ints, floats[np.isfinite(floats)]):
        got, want = nan_to_zero(values), np.nan_to_num(values)
        assert got.dtype == want.dtype and np.array_equal(got, want)
        assert np.array_equal(np.signbit(got), np.signbit(want))


@pytest.mark.parametrize("seed", range(40))
def test_text_where_rows_and_dictionary(seed):
    """`text_where` picks per row, and keeps only the values the chosen rows use: yes's
    in their order, then no's that are new (the JSON writes the dictionary)."""
    from cfp.lca.frame import Text, text_where

    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 12))
    mask = rng.random(n) < 0.5
    pool = ["a", "b", "c", "d", 1.5]

    def text() -> Text:
        values = list(rng.permutation(pool)[:int(rng.integers(0, 5))])
        codes = rng.integers(-1, len(values), n) if values else np.full(n, -1)
        return Text(np.asarray(codes, dtype=np.intp), values)

    yes, no = text(), rng.choice([None, "x"]) if seed % 3 == 0 else text()
    got = text_where(mask, yes, no)
    no_rows = no.decoded() if isinstance(no, Text) else np.full(n, no, dtype=object)
    assert got.decoded().tolist() == np.where(mask, yes.decoded(), no_rows).tolist()
    used_yes = [v for i, v in enumerate(yes.values) if (yes.codes[mask] == i).any()]
    no_values = no.values if isinstance(no, Text) else [no]
    no_codes = no.codes if isinstance(no, Text) else np.where(no is None, -1, np.zeros(n, int))
    used_no = [v for i, v in enumerate(no_values) if (no_codes[~mask] == i).any()
               and v not in used_yes and v is not None]
    assert got.values == used_yes + list(dict.fromkeys(used_no))
    same = text_where(mask, yes, yes)  # one dictionary: taken as it is
    assert same.values == yes.values and same.decoded().tolist() == yes.decoded().tolist()


@pytest.mark.parametrize("value", ["-", "b"])
def test_fill_at_factorizes_like_fill_of_the_taken_rows(value):
    # "b" is already a value of the column, "-" is not; row 3 is missing
    text = Text(np.array([0, 1, 2, -1, 1, 0]), ["a", "b", "c"])
    rows = np.array([5, 3, 1, 3, 2])
    expected = factorize(fill(text.decoded()[rows], value))  # a, value, b, value, c
    got = factorize(fill_at(text, rows, value))
    assert got[0].tolist() == expected[0].tolist() and got[1] == expected[1]
    assert got[1] == (["a", value, "b", "c"] if value == "-" else ["a", "b", "c"])
    objects = np.array(["x", None, "y"], dtype=object)  # not a Text: `fill` itself
    assert fill_at(objects, np.array([1, 0]), value).tolist() == [value, "x"]
