"""pandas settings cfp computes under.

pandas 3 stores every inferred text column as Arrow strings. cfp's frames are small and
many (one set per BOM; batch runs compute hundreds), and their text columns are
concatenated, reindexed and turned into Python lists: with Arrow strings each step is a
conversion. Measured on a 50-line BOM: 105 ms with Arrow strings, 74 ms with object
strings (same results). `object_strings()` switches inference back to object dtype for
the duration of a calculation only; the option is deprecated in pandas 3 and will go in
pandas 4, where this becomes a no-op and the explicit object dtypes in the code carry on.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pandas as pd


@contextmanager
def object_strings() -> Iterator[None]:
    with ExitStack() as stack:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                stack.enter_context(pd.option_context("future.infer_string", False))
        except (KeyError, pd.errors.OptionError):  # pandas without the option
            pass
        yield
