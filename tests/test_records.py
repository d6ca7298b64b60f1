"""`records.frozen` behaves as `@dataclass(frozen=True)`: each check runs on both."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from cfp.lca.records import frozen


def _classes(**flags):  # noqa: ANN003, ANN202
    """The same body under `@dataclass(frozen=True, ...)` and `@frozen(...)`, named
    `Point` at module level (repr and pickle use the qualified name)."""
    made = []
    for decorate in (dataclass(frozen=True, **flags), frozen(**flags) if flags else frozen):
        class Point:
            __qualname__ = "Point"
            x: int
            y: str = "a"
            tags: list = field(default_factory=list, compare=False, hash=False)
            secret: str = field(default="s", repr=False)
            label: str = field(default="", hash=False)

        made.append(decorate(Point))
    return made


REFERENCE, OURS = _classes()
REFERENCE_NO_EQ, OURS_NO_EQ = _classes(eq=False)
Point = OURS  # pickle finds the class as this module's `Point`
PAIRS = [pytest.param((REFERENCE, OURS), id="eq"),
         pytest.param((REFERENCE_NO_EQ, OURS_NO_EQ), id="eq=False")]


@pytest.mark.parametrize("classes", PAIRS)
def test_repr_eq_hash_are_those_of_a_frozen_dataclass(classes) -> None:  # noqa: ANN001
    def behaviour(cls):  # noqa: ANN001, ANN202
        a, b = cls(1, "b", [1], "k", "L"), cls(1, "b", [2], "k", "L")  # differ: tags only
        c = cls(1, "b", [1], "k", "other")  # differs in a compared, unhashed field
        d = cls(2, "b", [1], "k", "L")
        return (repr(a), a == b, a == c, a == d, a != b, a == (1, "b"), a.__eq__(a),
                hash(a) == hash(b), hash(a) == hash(c), hash(a) == hash(d))

    reference, ours = (behaviour(cls) for cls in classes)
    assert ours == reference
    assert reference[0] == "Point(x=1, y='b', tags=[1], label='L')"  # secret: repr=False


@pytest.mark.parametrize("classes", PAIRS)
def test_fields_cannot_be_set_or_deleted_after_init(classes) -> None:  # noqa: ANN001
    for cls in classes:
        point = cls(1)
        with pytest.raises(FrozenInstanceError):
            point.x = 2
        with pytest.raises(FrozenInstanceError):
            point.other = 2  # not a field either
        with pytest.raises(FrozenInstanceError):
            del point.y
        assert (point.x, point.y, point.tags) == (1, "a", [])


def test_replace_asdict_pickle_copy() -> None:
    for cls in (OURS,):  # (pickle finds one class by the name `Point`)
        point = cls(1, "b", [3])
        moved = dataclasses.replace(point, x=5)
        assert (moved.x, moved.y, moved.tags) == (5, "b", [3])
        assert dataclasses.asdict(point) == {"x": 1, "y": "b", "tags": [3], "secret": "s",
                                             "label": ""}
        for twin in (pickle.loads(pickle.dumps(point)), copy.copy(point),
                     copy.deepcopy(point)):
            assert twin == point and twin is not point
            with pytest.raises(FrozenInstanceError):
                twin.x = 9


def test_post_init_may_set_derived_fields_with_object_setattr() -> None:
    @frozen
    class Span:
        start: int
        end: int
        size: int = field(init=False, default=0)

        def __post_init__(self) -> None:
            object.__setattr__(self, "size", self.end - self.start)

    assert Span(2, 7).size == 5
    assert Span(2, 7) == Span(2, 7) and hash(Span(2, 7)) == hash((2, 7, 5))


def test_a_hand_written_repr_is_kept_and_one_compared_field_hashes_as_a_tuple() -> None:
    @frozen
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Named("x")) == "<x>"
    assert hash(Named("x")) == hash(("x",))  # as the generated __hash__: a 1-tuple
    assert {Named("x"): 1}[Named("x")] == 1
