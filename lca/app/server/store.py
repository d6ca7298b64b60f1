"""The footprints served: the `*-pact.json` files of a results folder, kept in memory.

    store = FootprintStore(results_dir, report)
    change = store.rescan()          # -> Change(added, replaced, removed) ids
    store.snapshot.get(id)           # an immutable Snapshot: readers never lock

`cfp calc ... --report pact --out DIR` writes `DIR/<stem>-pact.json` and, for a batch,
`DIR/<stem>/<stem>-pact.json`: both places are read (one sub-folder level, no deeper).
A rescan stats every file and re-reads only those whose size, mtime or inode changed,
so watching 1,000 footprints costs a few milliseconds. A file that is not a usable
footprint (bad JSON, missing id...) is skipped with one warning naming it, and warned
about again only once it changes. Each footprint is kept as its compact JSON bytes
(responses are assembled from them without re-encoding) plus the lower-cased values the
filters compare (PACT says filter matches are case-insensitive).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson

from ...details import os_reason, technical
from ...records import frozen

#: A footprint file larger than this is not a cfp export (they are ~4 KB): skipped.
MAX_FILE_BYTES = 4 * 1024 * 1024
PATTERN = "*-pact.json"
STATUSES = ("active", "deprecated")

#: report(message_key, **params): how the store tells the operator about a skipped file
Report = Callable[..., None]


@frozen
class Footprint:
    """One served ProductFootprint: its JSON and what the filters look at."""

    id: str
    path: str
    body: bytes  # compact JSON of the whole ProductFootprint
    product_ids: frozenset[str]
    company_ids: frozenset[str]
    geographies: frozenset[str]
    classifications: frozenset[str]
    status: str  # lower case
    valid_from: float  # POSIX seconds, validity period (PACT: reference end + 3 years)
    valid_to: float


@frozen
class Snapshot:
    """The footprints at one moment, ordered by id (the pagination order)."""

    by_id: dict[str, Footprint] = field(default_factory=dict)
    ordered: tuple[Footprint, ...] = ()
    version: int = 0

    def get(self, footprint_id: str) -> Footprint | None:
        return self.by_id.get(footprint_id.lower())

    def __len__(self) -> int:
        return len(self.ordered)


@frozen
class Change:
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def published(self) -> tuple[str, ...]:
        """The ids a PublishedEvent announces: new and changed footprints."""
        return self.added + self.replaced

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


class BadFootprint(ValueError):
    """A file of the folder that cannot be served; args = (message key, params)."""


@dataclass
class _FileState:
    stamp: tuple[int, int, int]  # size, mtime_ns, inode
    footprint: Footprint | None  # None: the file was bad (already warned about)


class FootprintStore:
    """The footprints of one results folder; `rescan()` brings them up to date."""

    def __init__(self, root: Path, report: Report) -> None:
        self.root = Path(root)
        self.report = report
        self.snapshot = Snapshot()
        self._files: dict[str, _FileState] = {}
        self._duplicates: set[tuple[str, str]] = set()

    def files(self) -> list[str]:
        """The footprint files of the folder and its direct sub-folders, sorted."""
        found: list[str] = []
        try:
            entries = list(os.scandir(self.root))
        except OSError as exc:
            self.report("serve.folder_unreadable", path=str(self.root),
                        reason=os_reason(exc))
            return sorted(self._files)  # keep serving what we had
        for entry in entries:
            try:
                if entry.name.endswith("-pact.json") and entry.is_file():
                    found.append(entry.path)
                elif entry.is_dir() and not entry.name.startswith("."):
                    found.extend(e.path for e in os.scandir(entry.path)
                                 if e.name.endswith("-pact.json") and e.is_file())
            except OSError:
                continue  # vanished while we looked: the next rescan sees it
        return sorted(found)

    def rescan(self) -> Change:
        """Re-read the changed files and publish a new snapshot; what changed."""
        seen: dict[str, _FileState] = {}
        for path in self.files():
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
            old = self._files.get(path)
            if old is not None and old.stamp == stamp:
                seen[path] = old
                continue
            seen[path] = _FileState(stamp, self._load(path, st.st_size))
        self._files = seen
        return self._publish()

    def _load(self, path: str, size: int) -> Footprint | None:
        try:
            if size > MAX_FILE_BYTES:
                raise BadFootprint("serve.bad_footprint.too_large", {"limit": MAX_FILE_BYTES})
            with open(path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
            return parse_footprint(raw, path)
        except BadFootprint as exc:
            key, params = exc.args
            self.report(key, path=path, **params)
        except OSError as exc:
            self.report("serve.bad_footprint.unreadable", path=path, reason=os_reason(exc))
        return None

    def _publish(self) -> Change:
        by_id: dict[str, Footprint] = {}
        for path, state in self._files.items():  # sorted: the first file of an id wins
            fp = state.footprint
            if fp is None:
                continue
            if fp.id in by_id:
                pair = (by_id[fp.id].path, path)
                if pair not in self._duplicates:
                    self._duplicates.add(pair)
                    self.report("serve.duplicate_id", id=fp.id, path=path, first=pair[0])
                continue
            by_id[fp.id] = fp
        old = self.snapshot.by_id
        added = tuple(i for i in by_id if i not in old)
        replaced = tuple(i for i, fp in by_id.items() if i in old and old[i].body != fp.body)
        removed = tuple(i for i in old if i not in by_id)
        change = Change(tuple(sorted(added)), tuple(sorted(replaced)), tuple(sorted(removed)))
        if change or not self.snapshot.version:
            ordered = tuple(sorted(by_id.values(), key=lambda f: f.id))
            self.snapshot = Snapshot(by_id, ordered, self.snapshot.version + 1)
        return change


# --- one file ---------------------------------------------------------------------------

def parse_footprint(raw: bytes, path: str) -> Footprint:
    """The Footprint in `raw`, or BadFootprint saying what is wrong with it.

    Checks what the server relies on (the id and the filtered fields), not the whole
    PACT schema: cfp's export is validated against it when written."""
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadFootprint("serve.bad_footprint.json", {"detail": technical(exc)}) from None
    if not isinstance(doc, dict):
        raise BadFootprint("serve.bad_footprint.field", {"field": "(document)"})
    footprint_id = doc.get("id")
    if not isinstance(footprint_id, str) or not is_uuid(footprint_id):
        raise BadFootprint("serve.bad_footprint.field", {"field": "id"})
    spec = doc.get("specVersion")
    if not isinstance(spec, str) or not spec.startswith("3."):
        raise BadFootprint("serve.bad_footprint.version", {"value": str(spec)[:40]})
    status = doc.get("status")
    if not isinstance(status, str) or status.lower() not in STATUSES:
        raise BadFootprint("serve.bad_footprint.field", {"field": "status"})
    pcf = doc.get("pcf")
    if not isinstance(pcf, dict):
        raise BadFootprint("serve.bad_footprint.field", {"field": "pcf"})
    products = _urn_set(doc, "productIds", required=True)
    companies = _urn_set(doc, "companyIds", required=True)
    classes = _urn_set(doc, "productClassifications", required=False)
    geos = frozenset(str(pcf[k]).lower() for k in
                     ("geographyCountry", "geographyRegionOrSubregion",
                      "geographyCountrySubdivision") if isinstance(pcf.get(k), str))
    valid_from, valid_to = _validity(doc, pcf)
    return Footprint(footprint_id.lower(), path, orjson.dumps(doc), products, companies,
                     geos, classes, status.lower(), valid_from, valid_to)


def _urn_set(doc: dict, name: str, *, required: bool) -> frozenset[str]:
    values = doc.get(name)
    if values is None and not required:
        return frozenset()
    if (not isinstance(values, list) or not values
            or not all(isinstance(v, str) and v for v in values)):
        raise BadFootprint("serve.bad_footprint.field", {"field": name})
    return frozenset(v.lower() for v in values)


def _validity(doc: dict, pcf: dict) -> tuple[float, float]:
    """The validity period: validityPeriodStart/End if given, else (PACT) three years
    from pcf.referencePeriodEnd."""
    start, end = doc.get("validityPeriodStart"), doc.get("validityPeriodEnd")
    if start is not None or end is not None:
        begin, finish = parse_time(start), parse_time(end)
        if begin is None or finish is None:
            raise BadFootprint("serve.bad_footprint.field", {"field": "validityPeriod"})
        return begin.timestamp(), finish.timestamp()
    reference_end = parse_time(pcf.get("referencePeriodEnd"))
    if reference_end is None:
        raise BadFootprint("serve.bad_footprint.field", {"field": "pcf.referencePeriodEnd"})
    return reference_end.timestamp(), plus_years(reference_end, 3).timestamp()


def plus_years(moment: datetime, years: int) -> datetime:
    """`moment` `years` later; 29 February becomes 1 March (as JavaScript's setFullYear,
    which the conformance tool uses, does)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, month=3, day=1)


_OFFSET_AS_SPACE = re.compile(r" (\d\d:?\d\d)$")


def parse_time(value: object) -> datetime | None:
    """An RFC 3339 date-time as an aware datetime (naive: UTC), else None.

    A `+hh:mm` offset that arrived as ` hh:mm` (a `+` sent unencoded in a query string,
    as the conformance tool does) is read as `+hh:mm`."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    text = _OFFSET_AS_SPACE.sub(r"+\1", value.strip())
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_uuid(value: str) -> bool:
    """A UUID in its canonical 8-4-4-4-12 hex form (what PACT's `format: uuid` means)."""
    return _UUID.fullmatch(value) is not None
