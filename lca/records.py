"""`@frozen`: a frozen dataclass that is cheaper to define.

`@dataclass(frozen=True)` makes Python compile six methods from source when the class is
defined (`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`):
~3.8 M instructions a class, measured with valgrind, against ~1.1 M for the `__init__`
alone. cfp has 44 frozen classes and every process defines them again; with `@frozen`
a small `cfp calc` runs 58 M instructions fewer, 7 % of the whole process and more than
its calculation (bench/README.md, "Start-up and the large JSON").

`frozen` lets `dataclasses` generate the `__init__` only, and gives the rest from shared
functions that read the class's fields (the order and the `compare`/`hash`/`repr` flags
of `dataclasses.field`), with the semantics of a frozen dataclass:

* a field is set once, by `__init__` (or `object.__setattr__` in `__post_init__`);
  assigning or deleting it later, or adding another attribute, raises
  `dataclasses.FrozenInstanceError`;
* `==` compares the `compare` fields of two instances of the same class, in order, and
  `hash` hashes the `hash` fields (`compare` ones unless told otherwise); `eq=False`
  keeps identity for both, as with `@dataclass(frozen=True, eq=False)`;
* `repr` is `Name(field=value, ...)` of the `repr` fields.

`dataclasses.fields`, `replace`, `asdict`, pickling and copying work as for any dataclass.
Instances keep their fields in `__dict__` (no `slots=True`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


@overload
def frozen(cls: type[T], /) -> type[T]: ...
@overload
def frozen(*, eq: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True)  # type: ignore[call-arg]  # (checkers: frozen)
def frozen(cls: Any = None, /, *, eq: bool = True) -> Any:
    """`@frozen` or `@frozen(eq=False)` on a class with field annotations."""

    def wrap(cls: type[T]) -> type[T]:
        cls = dataclass(eq=False, repr=False)(cls)
        names = fields(cls)
        cls.__setattr__ = _setattr  # type: ignore[method-assign,assignment]
        cls.__delattr__ = _delattr  # type: ignore[method-assign,assignment]
        if "__repr__" not in cls.__dict__:
            cls._repr_names = tuple(f.name for f in names if f.repr)  # type: ignore[attr-defined]
            cls.__repr__ = _repr  # type: ignore[method-assign,assignment]
        if eq:
            cls._eq_key = staticmethod(_getter(  # type: ignore[attr-defined]
                [f.name for f in names if f.compare]))
            cls._hash_key = staticmethod(_getter(  # type: ignore[attr-defined]
                [f.name for f in names if (f.compare if f.hash is None else f.hash)]))
            cls.__eq__ = _eq  # type: ignore[method-assign,assignment]
            cls.__hash__ = _hash  # type: ignore[method-assign,assignment]
        return cls

    return wrap if cls is None else wrap(cls)


def _getter(names: list[str]) -> Callable[[object], tuple[Any, ...]]:
    """The tuple of the named attributes (an `attrgetter`, which gives a bare value for
    one name and cannot take none)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _setattr(self: object, name: str, value: object) -> None:
    given = self.__dict__  # (fields are plain attributes: set in the dict, as __init__ does)
    if name in given or name not in self.__dataclass_fields__:  # type: ignore[attr-defined]
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    given[name] = value


def _delattr(self: object, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is self.__class__:
        return self._eq_key(self) == other._eq_key(other)  # type: ignore[no-any-return]
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self._hash_key(self))


@recursive_repr()
def _repr(self: Any) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._repr_names)
    return f"{self.__class__.__qualname__}({values})"


__all__ = ["frozen"]
