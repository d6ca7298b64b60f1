"""The CSV inventory's numbers for people (lca/render/formats.py `rounded_fields`): the
schema's significant digits, and the edge cases worked out by hand. The property test of
the same function is in tests/test_output.py."""

from __future__ import annotations

import numpy as np
import pytest

from cfp.lca import schema
from cfp.lca.render.formats import csv_text, rounded_fields


@pytest.mark.parametrize(("value", "text"), [
    (0.8594999999999999, "0.8595"),  # 0.45 kg x 1.91 in floats
    (2.0, "2"),  # integral: no fraction
    (-0.0, "0"),
    (0.0000004, "0.0000004"),  # 4e-7: 6 - 1 - (-7) = 12 decimals, trailing zeros cut
    (1.23456789e-12, "0.00000000000123457"),  # 17 decimals = 6 significant digits
    (1e-300, "0." + "0" * 299 + "1"),  # never 0: the decimals follow the magnitude
    (5e-324, "0." + "0" * 323 + "494066"),  # the smallest float, 4.94065645841247e-324
    (123456789012.345, "123456789012"),  # 12 integer digits: all kept, more than 6
    (1234567.5, "1234568"),
    (999999.7, "1000000"),
    (1e20, "100000000000000000000"),  # beyond the vectorised range: by Python, no exponent
    (-3.14159265, "-3.14159"),
])
def test_rounded_to_six_significant_digits(value, text):
    assert rounded_fields(np.array([value]), 6) == [text]


def test_a_non_zero_never_becomes_zero_and_nan_is_blank():
    values = np.array([1e-5, -2.5e-9, 7e-200, np.nan, np.inf, 3.0])
    fields = rounded_fields(values, 6)
    assert fields[:3] == ["0.00001", "-0.0000000025", "0." + "0" * 199 + "7"]
    assert fields[3:] == ["", "inf", "3"]
    assert all(float(f) != 0 for f in fields[:3])


def test_csv_text_rounds_only_the_fields_with_digits():
    # kg_co2e has digits=6; row is an integer field (no digits): written as it is
    assert schema.FIELDS["kg_co2e"].digits == 6 and schema.FIELDS["row"].digits is None
    text = csv_text(["row", "kg_co2e", "raw"],
                    [np.array([5, 12]), np.array([0.8594999999999999, 1 / 3]),
                     np.array([0.8594999999999999, 1 / 3])],
                    [None, 6, None])
    assert text == ("row,kg_co2e,raw\r\n5,0.8595,0.8594999999999999\r\n"
                    "12,0.333333,0.3333333333333333\r\n")
