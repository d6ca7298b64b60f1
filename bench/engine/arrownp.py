"""Arrow arrays (any object with `__arrow_c_array__`) to numpy, without pyarrow.

arro3-core refuses `to_numpy()` on an array with nulls and has no fill_null, and a
BOM's numeric columns are full of empty cells. This reads the Arrow C data interface
directly (ctypes): the values buffer is copied into numpy and the validity bitmap turns
empty cells into NaN (floats) or -1 (dictionary codes). ~30 lines that a cfp `arrow`
module would need if it read with fastexcel but computed on numpy.
"""

from __future__ import annotations

import ctypes

import numpy as np


class _ArrowArray(ctypes.Structure):
    pass


_ArrowArray._fields_ = [
    ("length", ctypes.c_int64), ("null_count", ctypes.c_int64), ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64), ("n_children", ctypes.c_int64),
    ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.c_void_p), ("dictionary", ctypes.POINTER(_ArrowArray)),
    ("release", ctypes.c_void_p), ("private_data", ctypes.c_void_p),
]

_get = ctypes.pythonapi.PyCapsule_GetPointer
_get.restype = ctypes.c_void_p
_get.argtypes = [ctypes.py_object, ctypes.c_char_p]


def _struct(obj: object) -> tuple[object, _ArrowArray]:
    _schema, capsule = obj.__arrow_c_array__()  # type: ignore[attr-defined]
    ptr = _get(capsule, b"arrow_array")
    return capsule, _ArrowArray.from_address(ptr)


def _valid(arr: _ArrowArray) -> np.ndarray | None:
    if arr.null_count == 0 or not arr.buffers[0]:
        return None
    nbytes = (arr.offset + arr.length + 7) // 8
    bits = np.ctypeslib.as_array((ctypes.c_uint8 * nbytes).from_address(arr.buffers[0]))
    return np.unpackbits(bits, bitorder="little")[arr.offset:arr.offset + arr.length]\
        .astype(bool)


def _values(arr: _ArrowArray, dtype: np.dtype) -> np.ndarray:
    item = np.dtype(dtype).itemsize
    raw = (ctypes.c_uint8 * ((arr.offset + arr.length) * item)).from_address(arr.buffers[1])
    return np.frombuffer(raw, dtype=dtype)[arr.offset:].copy()


def floats(obj: object) -> np.ndarray:
    """A float64 Arrow array as a numpy copy, NaN where null."""
    keep, arr = _struct(obj)
    out = _values(arr, np.float64)
    valid = _valid(arr)
    if valid is not None:
        out[~valid] = np.nan
    del keep
    return out


def codes(obj: object) -> np.ndarray:
    """The int32 indices of a dictionary array as intp, -1 where null."""
    keep, arr = _struct(obj)
    out = _values(arr, np.int32).astype(np.intp)
    valid = _valid(arr)
    if valid is not None:
        out[~valid] = -1
    del keep
    return out
