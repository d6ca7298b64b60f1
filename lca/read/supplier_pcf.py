"""Supplier footprints in: PACT ProductFootprints (v3 and v2.x) read, checked, looked up.

    footprints = load_supplier_pcfs([Path("suppliers/")])      # InputError: every problem
    candidates = footprints.by_product_id("PU-100")             # Active first
    chosen, warnings = choose(candidates, on=created, product="PU-100")
    factor = kg_co2e_per_piece(chosen, mass_kg=0.25)           # UnitRefused: cannot convert

A `--supplier-pcf` path is a file or a folder (its `*.json`, not recursive, in name
order). A file holds one ProductFootprint, a JSON list of them, a ListFootprints response
(`{"data": [...]}`), a GetFootprint response (`{"data": {...}}`) or a RequestFulfilled
event (`{"data": {"pfs": [...]}}`).

The typed model below is what cfp needs of a footprint, checked against a hand-written
table of the spec's fields (the official schema may not be redistributed); the `REQUIRED`
lists equal the spec's `required` lists (tests/test_supplier_pcf.py checks them against
the openapi.yaml of v3.0 and v2.3). v2.x footprints are mapped to the v3 meaning:
v2 `pCfExcludingBiogenic` is per ONE `declaredUnit` and `unitaryProductAmount` is how
many of them the product holds, whereas v3 `pcfExcludingBiogenicUptake` is per
`declaredUnitAmount` units (PACT ADR 0036: v2 kilogram/2000/300 = v3 kilogram/2000/600000),
so v2 per-unit figures (emissions, mass) are multiplied by `unitaryProductAmount`.

A supplier file is hostile input, like a workbook: it is refused unread above
`Limits.max_file_mb`; it must be UTF-8 JSON without duplicate keys, NaN, Infinity or
numbers beyond a float (1e400), nested at most `Limits.max_depth` levels. Every problem is
collected (`errors.Problem`, its JSON path in `params["json_path"]`, e.g.
`$.data[3].pcf.declaredUnitAmount`) and raised together as one `InputError` (exit 2).
Numbers written as JSON numbers where the spec writes decimal strings (or the reverse in
v2) are accepted and said in a warning.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import field, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..details import json_detail, os_reason
from ..errors import CfpError, Message, ProblemLog
from ..records import frozen
from .jsontext import NonFinite, object_pairs
from .names import nfkc


@frozen
class Limits:
    """What cfp reads at most. A footprint is about 4 KB of JSON, so one 32 MB file holds
    some 8,000 of them, far more than the suppliers of one BOM."""

    max_file_mb: int = 32  # one file, checked before it is read
    max_total_mb: int = 256  # all files of one run
    max_depth: int = 32  # nested arrays/objects (a footprint nests about 7)
    max_files: int = 10_000  # *.json files in all folders given
    max_footprints: int = 100_000  # footprints in all files


#: Problems listed per file; the rest are counted.
MAX_FILE_PROBLEMS = 50
#: JSON paths named in one warning about number representations.
PATHS_SHOWN = 5
VALIDITY_YEARS = 3  # PACT: no validity period given = valid 3 years after the reference end

#: The spec's `required` lists: v3.0 (openapi 3.0.3) and v2.3 (openapi 2.3.3).
REQUIRED: dict[int, dict[str, tuple[str, ...]]] = {
    3: {
        "ProductFootprint": ("id", "specVersion", "created", "status", "companyName",
                             "companyIds", "productDescription", "productIds",
                             "productNameCompany", "pcf"),
        "CarbonFootprint": ("declaredUnitOfMeasurement", "declaredUnitAmount",
                            "productMassPerDeclaredUnit", "referencePeriodStart",
                            "referencePeriodEnd", "pcfExcludingBiogenicUptake",
                            "pcfIncludingBiogenicUptake", "fossilGhgEmissions",
                            "fossilCarbonContent", "ipccCharacterizationFactors",
                            "crossSectoralStandards", "exemptedEmissionsPercent"),
        "DataQualityIndicators": ("technologicalDQR", "geographicalDQR", "temporalDQR"),
    },
    2: {
        "ProductFootprint": ("id", "specVersion", "version", "created", "status", "comment",
                             "companyName", "companyIds", "productDescription", "productIds",
                             "productCategoryCpc", "productNameCompany", "pcf"),
        "CarbonFootprint": ("declaredUnit", "unitaryProductAmount", "referencePeriodStart",
                            "referencePeriodEnd", "pCfExcludingBiogenic", "fossilGhgEmissions",
                            "fossilCarbonContent", "biogenicCarbonContent",
                            "characterizationFactors", "ipccCharacterizationFactorsSources",
                            "crossSectoralStandardsUsed", "boundaryProcessesDescription",
                            "exemptedEmissionsPercent", "exemptedEmissionsDescription",
                            "packagingEmissionsIncluded"),
        "DataQualityIndicators": ("coveragePercent", "technologicalDQR", "temporalDQR",
                                  "geographicalDQR", "completenessDQR", "reliabilityDQR"),
    },
}

#: The kind of every field cfp checks (see `_Reader.KINDS`); other fields are not read.
_FOOTPRINT = {"id": "uuid", "specVersion": "semver", "precedingPfIds": "uuids",
              "created": "datetime", "updated": "datetime", "status": "status",
              "validityPeriodStart": "datetime", "validityPeriodEnd": "datetime",
              "companyName": "nonempty", "companyIds": "urns", "productDescription": "text",
              "productIds": "urns", "productClassifications": "urns",
              "productNameCompany": "nonempty", "comment": "text", "pcf": "object"}
_PCF_COMMON = {"productMassPerDeclaredUnit": "decimal>=0", "referencePeriodStart": "datetime",
               "referencePeriodEnd": "datetime", "geographyRegionOrSubregion": "nonempty",
               "geographyCountry": "country", "geographyCountrySubdivision": "subdivision",
               "fossilGhgEmissions": "decimal>=0", "fossilCarbonContent": "decimal>=0",
               "biogenicCarbonContent": "decimal>=0", "packagingEmissionsIncluded": "bool",
               "packagingGhgEmissions": "decimal>=0", "crossSectoralStandards": "strings",
               "boundaryProcessesDescription": "text", "exemptedEmissionsDescription": "text",
               "dqi": "object"}
KINDS: dict[int, dict[str, dict[str, str]]] = {
    3: {"ProductFootprint": _FOOTPRINT,
        "CarbonFootprint": {**_PCF_COMMON, "declaredUnitOfMeasurement": "unit",
                            "declaredUnitAmount": "decimal>0",
                            "pcfExcludingBiogenicUptake": "decimal",
                            "pcfIncludingBiogenicUptake": "decimal",
                            "ipccCharacterizationFactors": "ar_list",
                            "exemptedEmissionsPercent": "decimal%",
                            "primaryDataShare": "decimal%"},
        "DataQualityIndicators": dict.fromkeys(
            ("technologicalDQR", "geographicalDQR", "temporalDQR"), "dqr5")},
    2: {"ProductFootprint": {**_FOOTPRINT, "version": "count", "productCategoryCpc": "nonempty",
                             "statusComment": "text"},
        "CarbonFootprint": {**_PCF_COMMON, "declaredUnit": "unit",
                            "unitaryProductAmount": "decimal>0",
                            "pCfExcludingBiogenic": "decimal>=0",
                            "pCfIncludingBiogenic": "decimal",
                            "characterizationFactors": "ar",
                            "ipccCharacterizationFactorsSources": "ar_list",
                            "crossSectoralStandardsUsed": "strings",
                            "exemptedEmissionsPercent": "number%",
                            "primaryDataShare": "number%"},
        "DataQualityIndicators": {"coveragePercent": "number%",
                                  **dict.fromkeys(("technologicalDQR", "temporalDQR",
                                                   "geographicalDQR", "completenessDQR",
                                                   "reliabilityDQR"), "dqr3")}},
}

#: Declared units: the PACT spellings of each version, and other spellings read with a
#: warning. `ton` is no PACT unit; it is read because careless writers use it.
PACT_UNITS = {3: ("liter", "kilogram", "cubic meter", "kilowatt hour", "megajoule",
                  "ton kilometer", "square meter", "piece", "hour", "megabit second"),
              2: ("liter", "kilogram", "cubic meter", "kilowatt hour", "megajoule",
                  "ton kilometer", "square meter")}
UNIT_ALIASES = {"kg": "kilogram", "kilograms": "kilogram", "kgs": "kilogram",
                "t": "ton", "ton": "ton", "tons": "ton", "tonne": "ton", "tonnes": "ton",
                "metric ton": "ton", "l": "liter", "litre": "liter", "liters": "liter",
                "litres": "liter", "m3": "cubic meter", "cubic metre": "cubic meter",
                "kwh": "kilowatt hour", "mj": "megajoule", "m2": "square meter",
                "square metre": "square meter", "tkm": "ton kilometer", "pc": "piece",
                "pcs": "piece", "pieces": "piece", "unit": "piece", "units": "piece",
                "each": "piece", "ea": "piece", "h": "hour"}
#: dimensions a product mass converts from a mass (PACT: the mass SHALL be 0 for energy,
#: logistics and services, so a mass stated there converts nothing: 1 kg is no kWh)
MASS_CONVERTIBLE = frozenset({"piece", "volume", "area"})
#: kg per liter: denser than any material (osmium 22.6) is refused; a footprint per liter
#: of more than this (mercury 13.5 and a few brines are the exceptions) is warned
MAX_DENSITY = 23.0
LIQUID_DENSITY = 3.0
#: unit -> (dimension, size in the dimension's base unit): what `per_unit_factor` converts
UNIT_SIZES = {"piece": ("piece", 1.0), "kilogram": ("mass", 1.0), "ton": ("mass", 1000.0),
              "liter": ("volume", 0.001), "cubic meter": ("volume", 1.0),
              "megajoule": ("energy", 1.0), "kilowatt hour": ("energy", 3.6),
              "square meter": ("area", 1.0), "ton kilometer": ("freight", 1.0),
              "hour": ("time", 1.0), "megabit second": ("data", 1.0)}


# --- the model ----------------------------------------------------------------------------

@frozen
class Source:
    """Where a footprint was read: the file and the JSON path of its object."""

    file: str
    json_path: str

    def __str__(self) -> str:
        return f"{self.file} {self.json_path}"


@frozen
class Dqi:
    """Data quality ratings as given. v3 gives technological, geographical and temporal
    ratings from 1 to 5; v2 all six below, ratings from 1 to 3: `scale` says which (the
    two scales are not comparable, so nothing is rescaled)."""

    technological: float | None = None
    geographical: float | None = None
    temporal: float | None = None
    completeness: float | None = None  # v2 only
    reliability: float | None = None  # v2 only
    coverage_percent: float | None = None  # v2 only: share of the PCF the ratings cover
    scale: tuple[float, float] = (1.0, 5.0)


@frozen
class SupplierFootprint:
    """One supplier footprint, in the meaning of PACT v3 whatever its version. Emissions
    and mass are per declared unit: `declared_unit_amount` x `declared_unit` (one product);
    `kg_co2e_per_unit` is per ONE `declared_unit`."""

    id: str
    spec_version: str
    status: str  # "Active" or "Deprecated"
    created: datetime
    company_name: str
    company_ids: tuple[str, ...]
    product_ids: tuple[str, ...]
    product_name: str
    declared_unit: str  # a key of UNIT_SIZES
    declared_unit_amount: float
    pcf_excluding_biogenic: float  # kg-CO2e per declared unit
    fossil_ghg_emissions: float  # kg-CO2e per declared unit
    reference_period_start: datetime
    reference_period_end: datetime
    validity_period_end: datetime
    source: Source
    version: int | None = None  # v2 `version`; v3 has none (a changed footprint: new id)
    preceding_pf_ids: tuple[str, ...] = ()
    product_mass_per_declared_unit: float | None = None  # kg; optional in v2
    pcf_including_biogenic: float | None = None
    primary_data_share: float | None = None  # 0-100
    exempted_percent: float = 0.0  # exemptedEmissionsPercent: 0-100 of the PCF left out
    dqi: Dqi | None = None
    characterization_factors: tuple[str, ...] = ()  # ("AR6",)
    packaging_included: bool = False  # packagingEmissionsIncluded
    packaging_ghg_emissions: float | None = None  # kg-CO2e per declared unit, if given
    geography: str | None = None  # country, subdivision or region; None: global
    validity_period_start: datetime | None = None
    validity_assumed: bool = False  # validity_period_end = reference end + 3 years
    #: JSON paths of figures written as JSON numbers where the spec writes decimal
    #: strings, and of decimal strings where v2 writes JSON numbers
    loose_numbers: tuple[str, ...] = field(default=(), compare=False)
    loose_strings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def major(self) -> int:
        return int(self.spec_version.split(".")[0])

    @property
    def kg_co2e_per_unit(self) -> float:
        """kg-CO2e (excluding biogenic uptake) per one `declared_unit`."""
        return self.pcf_excluding_biogenic / self.declared_unit_amount

    def per_unit(self, value: float | None) -> float | None:
        """A figure of the footprint (per declared unit) per one `declared_unit`."""
        return None if value is None else value / self.declared_unit_amount

    @property
    def mass_kg_per_unit(self) -> float | None:
        """Product mass per one `declared_unit` (None or 0: not given / not relevant)."""
        mass = self.product_mass_per_declared_unit
        return None if mass is None else mass / self.declared_unit_amount

    @property
    def declared(self) -> str:
        """The declared unit as words: '80 kilogram', '1 piece'."""
        return f"{self.declared_unit_amount:g} {self.declared_unit}"


@frozen
class SupplierFootprints:
    """Every footprint read, with the warnings of reading them, and lookups."""

    footprints: tuple[SupplierFootprint, ...] = ()
    warnings: tuple[Message, ...] = ()
    files: tuple[str, ...] = ()
    _ids: dict[str, SupplierFootprint] = field(default_factory=dict, init=False,
                                               repr=False, compare=False)
    _products: dict[str, list[SupplierFootprint]] = field(default_factory=dict, init=False,
                                                          repr=False, compare=False)

    def __post_init__(self) -> None:
        for footprint in self.footprints:
            self._ids.setdefault(footprint.id.casefold(), footprint)
            for key in {k for urn in footprint.product_ids for k in _product_keys(urn)}:
                self._products.setdefault(key, []).append(footprint)
        for candidates in self._products.values():
            candidates.sort(key=_candidate_order)

    def __iter__(self) -> Iterator[SupplierFootprint]:
        return iter(self.footprints)

    def __len__(self) -> int:
        return len(self.footprints)

    def by_id(self, footprint_id: str) -> SupplierFootprint | None:
        """The footprint of this id (UUIDs compared case-insensitively)."""
        return self._ids.get(footprint_id.strip().casefold())

    def by_product_id(self, text: str) -> list[SupplierFootprint]:
        """Footprints whose product ids match `text`: a whole URN, or its last
        `:`-separated segment (percent-decoded), NFKC and case-insensitive. Active first,
        then the newest `created`, then reading order."""
        return list(self._products.get(_key(text), ()))


def _key(text: str) -> str:
    return nfkc(text).casefold()


def _product_keys(urn: str) -> set[str]:
    last = urn.rsplit(":", 1)[-1]
    return {_key(urn), _key(last), _key(unquote(last))} - {""}


def _candidate_order(footprint: SupplierFootprint) -> tuple[bool, float]:
    return footprint.status != "Active", -footprint.created.timestamp()


# --- what the resolver calls with the footprint it uses ---------------------------------

def choose(candidates: Sequence[SupplierFootprint], on: datetime | date,
           product: str = "") -> tuple[SupplierFootprint, list[Message]]:
    """The footprint to use of `by_product_id`'s candidates (not empty): the first, i.e. an
    Active one if any, with `footprint_warnings`."""
    chosen = candidates[0]
    return chosen, footprint_warnings(chosen, candidates, on, product)


def footprint_warnings(chosen: SupplierFootprint, candidates: Sequence[SupplierFootprint],
                       on: datetime | date, product: str = "") -> list[Message]:
    """Warnings about using `chosen` on the date `on` (the calculation's time, so that a
    pinned --timestamp gives the same warnings): Deprecated, several Active candidates,
    outside its validity period."""
    at = on if isinstance(on, datetime) else datetime(on.year, on.month, on.day, tzinfo=UTC)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    base = {"id": chosen.id, "file": chosen.source.file, "json_path": chosen.source.json_path,
            "product": product or chosen.product_name, "company": chosen.company_name}
    active = [c for c in candidates if c.status == "Active"]
    warnings = []
    if chosen.status == "Deprecated":
        if active:
            warnings.append(Message("supplier_pcf.warn.deprecated_chosen",
                                    {**base, "active": active[0].id}))
        else:
            warnings.append(Message("supplier_pcf.warn.deprecated_only", base))
    elif len(active) > 1:
        ids = ", ".join(c.id for c in active[:3]) + (", …" if len(active) > 3 else "")
        warnings.append(Message("supplier_pcf.warn.several_active",
                                {**base, "count": len(active), "ids": ids}))
    if at > chosen.validity_period_end:
        code = ("supplier_pcf.warn.expired_assumed" if chosen.validity_assumed
                else "supplier_pcf.warn.expired")
        warnings.append(Message(code, {**base, "end": _day(chosen.validity_period_end),
                                       "reference_end": _day(chosen.reference_period_end)}))
    start = chosen.validity_period_start
    if start is not None and at < start:
        warnings.append(Message("supplier_pcf.warn.not_yet_valid", {**base, "start": _day(start)}))
    return warnings


def _day(moment: datetime) -> str:
    return moment.astimezone(UTC).date().isoformat()


@frozen
class UnitFactor:
    """kg-CO2e of one line unit (e.g. one piece) from a supplier footprint."""

    kg_co2e: float
    units: float  # declared units (of the footprint's unit) in one line unit
    basis: str  # the caller's quantity used: "piece", "kilogram", "liter"...
    via_product_mass: bool = False  # converted through productMassPerDeclaredUnit


class UnitRefused(CfpError):
    """The footprint's declared unit cannot be converted with the quantities given; the
    resolver adds the cell (`e.code`, `e.params`: id, file, json_path, declared...)."""


def per_unit_factor(footprint: SupplierFootprint,
                    available: Mapping[str, float | None]) -> UnitFactor:
    """kg-CO2e per line unit, `available` saying how much of each unit one line unit is,
    e.g. `{"piece": 1, "kilogram": 0.25}` for a part of 0.25 kg. A quantity of the same
    dimension as the declared unit is used first (kilogram for a footprint per ton:
    x 1/1000); else, with the footprint's product mass, a mass the caller gives (a
    footprint per liter of 0.879 kg/liter and a 0.5 kg part: 0.569 liter; only for pieces,
    volumes and areas, `MASS_CONVERTIBLE`, never for energy or ton-km). Quantities
    that are None, 0, negative or not finite are not given. `UnitRefused` otherwise."""
    dimension, size = UNIT_SIZES[footprint.declared_unit]
    given = {}
    for unit, quantity in available.items():
        unit = UNIT_ALIASES.get(unit.casefold(), unit.casefold())
        if unit in UNIT_SIZES and _usable(quantity):
            given.setdefault(UNIT_SIZES[unit][0], (unit, float(quantity or 0)))
    if dimension in given:
        unit, quantity = given[dimension]
        units = quantity * UNIT_SIZES[unit][1] / size
        return UnitFactor(footprint.kg_co2e_per_unit * units, units, unit)
    mass = footprint.mass_kg_per_unit if dimension in MASS_CONVERTIBLE else None
    if "mass" in given and mass is not None and mass > 0:
        unit, quantity = given["mass"]
        units = quantity * UNIT_SIZES[unit][1] / mass
        return UnitFactor(footprint.kg_co2e_per_unit * units, units, unit, True)
    params = {"id": footprint.id, "file": footprint.source.file,
              "json_path": footprint.source.json_path, "declared": footprint.declared,
              "company": footprint.company_name}
    if dimension == "mass":
        raise UnitRefused("supplier_pcf.needs_mass", **params)
    if dimension not in MASS_CONVERTIBLE and footprint.mass_kg_per_unit:
        raise UnitRefused("supplier_pcf.mass_not_convertible", **params,
                          mass=f"{footprint.product_mass_per_declared_unit:g}")
    raise UnitRefused("supplier_pcf.cannot_convert", **params,
                      wanted=", ".join(sorted(available)) or "-")


def kg_co2e_per_piece(footprint: SupplierFootprint, mass_kg: float | None = None,
                      **quantities: float | None) -> UnitFactor:
    """kg-CO2e per piece of a BOM line: a footprint per piece directly, per kilogram or
    ton through the line's mass per piece, other units through `quantities` per piece
    (`liter=0.5`, `square_meter=0.1`) or the footprint's product mass."""
    more = {unit.replace("_", " "): q for unit, q in quantities.items()}
    return per_unit_factor(footprint, {"piece": 1.0, "kilogram": mass_kg, **more})


def _usable(quantity: object) -> bool:
    return (isinstance(quantity, int | float) and not isinstance(quantity, bool)
            and math.isfinite(quantity) and quantity > 0)


# --- reading files ------------------------------------------------------------------------

def load_supplier_pcfs(paths: Sequence[Path], limits: Limits | None = None
                       ) -> SupplierFootprints:
    """Every footprint of the files and folders given; `InputError` with every problem of
    all of them, else the footprints and the warnings of reading them."""
    limits = limits or Limits()
    log = ProblemLog()
    warnings: list[Message] = []
    read: list[SupplierFootprint] = []
    files = _files(paths, limits, log)
    total = 0
    for path in files:
        data = _read(path, limits, log, limits.max_total_mb * 2**20 - total)
        if data is None:
            continue
        total += len(data)
        check = _Check(str(path), log)
        document = _parse(data, check)
        if document is _FAILED:
            continue
        _scan(document, check, limits.max_depth)
        found = _Reader(check, warnings).document(document)
        if not found and not check.count:
            warnings.append(Message("supplier_pcf.warn.empty", {"file": str(path)}))
        if len(read) + len(found) > limits.max_footprints:
            log.add("supplier_pcf.too_many_footprints", file=str(path),
                    limit=f"{limits.max_footprints:,}")
            break
        read += found
    footprints = _distinct(read, log, warnings)
    log.raise_if_any()
    return SupplierFootprints(tuple(footprints), tuple(warnings), tuple(map(str, files)))


def _files(paths: Sequence[Path], limits: Limits, log: ProblemLog) -> list[Path]:
    """The files to read: each file given, each folder's *.json (not hidden, regular files,
    sorted by name), each once."""
    found: dict[Path, None] = {}
    for path in paths:
        path = Path(path)
        if path.is_dir():
            names = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json"
                           and not p.name.startswith(".") and p.is_file())
            if not names:
                log.add("supplier_pcf.no_json", file=str(path))
            found.update(dict.fromkeys(names))
        elif path.exists():
            found[path] = None
        else:
            log.add("supplier_pcf.not_found", file=str(path))
    unique = list({p.resolve(): p for p in found}.values())
    if len(unique) > limits.max_files:
        log.add("supplier_pcf.too_many_files", file=str(unique[limits.max_files]),
                count=f"{len(unique):,}", limit=f"{limits.max_files:,}")
        return unique[:limits.max_files]
    return unique


def _read(path: Path, limits: Limits, log: ProblemLog, room: int) -> bytes | None:
    """The file's bytes, unless it is not a regular file or too large (from its size,
    before reading; the read is bounded too, the file may grow meanwhile)."""
    file = str(path)
    limit = limits.max_file_mb * 2**20
    try:
        info = os.stat(path)  # before opening: opening a FIFO would block
        if not stat.S_ISREG(info.st_mode):
            log.add("supplier_pcf.not_file", file=file)
            return None
        with path.open("rb") as handle:
            data = b"" if info.st_size > limit else handle.read(limit + 1)
    except OSError as exc:
        log.add("supplier_pcf.os_error", file=file, reason=os_reason(exc))
        return None
    size = max(info.st_size, len(data))
    if size > limit:
        log.add("supplier_pcf.too_large", file=file, size=f"{size / 2**20:,.0f}",
                limit=f"{limits.max_file_mb:,}")
        return None
    if size > room:
        log.add("supplier_pcf.total_too_large", file=file, limit=f"{limits.max_total_mb:,}")
        return None
    return data


class _Check:
    """The problems of one file, each at a JSON path (at most MAX_FILE_PROBLEMS listed)."""

    def __init__(self, file: str, log: ProblemLog) -> None:
        self.file, self.log, self.count = file, log, 0

    def add(self, code: str, json_path: str, value: object = None, **params: object) -> None:
        self.count += 1
        if self.count > MAX_FILE_PROBLEMS:
            self.log.dropped += 1
        else:
            self.log.add(code, None, None, value, file=self.file, json_path=json_path,
                         **params)


def _float(text: str) -> float | NonFinite:
    number = float(text)
    return number if math.isfinite(number) else NonFinite(text)


def _int(text: str) -> int | float | NonFinite:
    # beyond 18 digits a float (Python refuses to read integers of more than 4,300 digits)
    return int(text) if len(text) <= 18 else _float(text)


_FAILED = object()
_BOM = b"\xef\xbb\xbf"


def _parse(data: bytes, check: _Check) -> object:
    """The JSON document (a UTF-8 byte order mark is allowed), or _FAILED."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        check.add("supplier_pcf.not_utf8", "$", offset=offset,
                  line=data.count(b"\n", 0, offset) + 1)
        return _FAILED
    try:
        return json.loads(text, object_pairs_hook=object_pairs, parse_constant=NonFinite,
                          parse_float=_float, parse_int=_int)
    except json.JSONDecodeError as exc:
        check.add("supplier_pcf.not_json", "$", detail=json_detail(exc.msg), line=exc.lineno,
                  column=exc.colno)
    except RecursionError:
        check.add("supplier_pcf.too_deep", "$", limit=1000)
    return _FAILED


def _scan(document: object, check: _Check, max_depth: int) -> None:
    """What no field check looks for, anywhere in the document: nesting deeper than
    `max_depth` (once per file), duplicate keys, NaN/Infinity/1e400, unpaired surrogates."""
    stack: list[tuple[object, str, int]] = []
    _leaf(document, "$", 1, stack, check)
    while stack:
        node, path, depth = stack.pop()
        if depth > max_depth:
            check.add("supplier_pcf.too_deep", path, limit=max_depth)
            return
        if isinstance(node, dict):
            for key, count in getattr(node, "duplicates", {}).items():
                check.add("supplier_pcf.duplicate_key", _path(path, key), key=_quoted(key),
                          count=count)
            if not all(map(_unicode, node)):
                check.add("supplier_pcf.bad_unicode", path)
            items = [(_path(path, k) if _unicode(k) else path, v) for k, v in node.items()]
        else:
            items = [(f"{path}[{i}]", v) for i, v in enumerate(node)]  # type: ignore[call-overload]
        children: list[tuple[object, str, int]] = []
        for where, value in items:
            _leaf(value, where, depth + 1, children, check)
        stack.extend(reversed(children))


def _leaf(value: object, where: str, depth: int, containers: list[tuple[object, str, int]],
          check: _Check) -> None:
    """A container is queued for `_scan`; a scalar is checked."""
    if isinstance(value, dict | list):
        containers.append((value, where, depth))
    elif isinstance(value, NonFinite):
        check.add("supplier_pcf.not_finite", where, value.text)
    elif isinstance(value, str) and not _unicode(value):
        check.add("supplier_pcf.bad_unicode", where)


def _unicode(text: str) -> bool:
    """No unpaired surrogate (`\\udc80` in the JSON)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _path(parent: str, key: str) -> str:
    """`$.pcf.declaredUnitAmount`, or `$["odd key"]` for a key that is not an identifier."""
    return f"{parent}.{key}" if _IDENTIFIER.match(key) else f"{parent}[{_quoted(key)}]"


def _quoted(text: str) -> str:
    """JSON spelling of a text; escaped where it holds what cannot be printed."""
    return json.dumps(text, ensure_ascii=not _unicode(text))


def _found(value: object) -> str:
    """A short, language-neutral picture of a JSON value: `"abc"`, `5`, `[]`, `{…}`."""
    if isinstance(value, NonFinite):
        return value.text
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _quoted(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, list):
        return "[…]" if value else "[]"
    return "{…}" if value else "{}"


def _distinct(read: list[SupplierFootprint], log: ProblemLog,
              warnings: list[Message]) -> list[SupplierFootprint]:
    """One footprint per id: the same footprint twice (a file given twice, an export
    saved twice) is read once; of v2 footprints with one id and different `version`s
    (an update keeps the id and raises the version) the highest is used and the others
    warned; other different footprints with one id are refused."""
    first: dict[str, SupplierFootprint] = {}
    kept = []
    for footprint in read:
        seen = first.setdefault(footprint.id.casefold(), footprint)
        if seen is footprint:
            kept.append(footprint)
            continue
        where = {"file": footprint.source.file, "json_path": footprint.source.json_path,
                 "other": str(seen.source)}
        if _content(seen) == _content(footprint):
            warnings.append(Message("supplier_pcf.warn.duplicate", {**where, "id": seen.id}))
        elif seen.version is not None and footprint.version is not None \
                and seen.version != footprint.version:
            newer, older = sorted((seen, footprint), key=lambda f: -int(f.version or 0))
            first[footprint.id.casefold()] = newer
            kept = [newer if k is seen else k for k in kept]
            warnings.append(Message("supplier_pcf.warn.older_version", {
                "id": newer.id, "newer": str(newer.source), "version": newer.version,
                "older": str(older.source), "older_version": older.version}))
        else:
            log.add("supplier_pcf.duplicate_id", None, None, footprint.id, **where)
    return kept


def _content(footprint: SupplierFootprint) -> tuple[object, ...]:
    return tuple(getattr(footprint, f.name) for f in fields(footprint) if f.name != "source")


# --- checking footprints ------------------------------------------------------------------

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}\Z")
_SEMVER = re.compile(r"\d+\.\d+\.\d+(-\d{8})?\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\Z")
_DECIMAL = re.compile(r"[+-]?\d+(\.\d+)?\Z")
_URN = re.compile(r"[uU][rR][nN]:")
_AR = re.compile(r"AR\d+\Z")
_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_SUBDIVISION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}\Z")
#: number kinds: (decimal string wanted, lowest, highest, lowest excluded, range shown)
_NUMBERS = {"decimal": (True, None, None, False, ""),
            "decimal>0": (True, 0.0, None, True, "> 0"),
            "decimal>=0": (True, 0.0, None, False, "≥ 0"),
            "decimal%": (True, 0.0, 100.0, False, "0 – 100"),
            "dqr5": (True, 1.0, 5.0, False, "1 – 5"),
            "number%": (False, 0.0, 100.0, False, "0 – 100"),
            "dqr3": (False, 1.0, 3.0, False, "1 – 3")}
_GEOGRAPHY = ("geographyCountrySubdivision", "geographyCountry", "geographyRegionOrSubregion")
_MISSING = object()


class _Reader:
    """Footprints of one parsed document, every problem recorded in its `_Check`."""

    def __init__(self, check: _Check, warnings: list[Message]) -> None:
        self.check, self.warnings = check, warnings

    def document(self, document: object) -> list[SupplierFootprint]:
        """The footprints of the document's shape (see the module docstring)."""
        if isinstance(document, list):
            items = [(f"$[{i}]", v) for i, v in enumerate(document)]
        elif isinstance(document, dict) and "data" in document:
            data = document["data"]
            if isinstance(data, dict) and isinstance(data.get("pfs"), list):  # an event
                items = [(f"$.data.pfs[{i}]", v) for i, v in enumerate(data["pfs"])]
            elif isinstance(data, list):
                items = [(f"$.data[{i}]", v) for i, v in enumerate(data)]
            else:
                items = [("$.data", data)]
        elif isinstance(document, dict) and ("pcf" in document or "specVersion" in document):
            items = [("$", document)]
        else:
            keys = (" (" + ", ".join(list(document)[:6]) + ")") if isinstance(
                document, dict) and document else ""
            self.check.add("supplier_pcf.not_footprint", "$", _found(document) + keys)
            return []
        found = [self.footprint(obj, path) for path, obj in items]
        return [f for f in found if f is not None]

    def footprint(self, obj: object, path: str) -> SupplierFootprint | None:
        if not isinstance(obj, dict):
            self.check.add("supplier_pcf.wrong_type", path, _found(obj),
                           hint="supplier_pcf.kind.footprint")
            return None
        before = self.check.count
        self.incomplete = False  # a value the scan refused (NaN...) left out
        self.major = self._major(obj, path)
        self.loose_numbers: list[str] = []
        self.loose_strings: list[str] = []
        top = self.fields(obj, path, "ProductFootprint")
        pcf_obj = obj.get("pcf")
        pcf = self.fields(pcf_obj, f"{path}.pcf", "CarbonFootprint") if isinstance(
            pcf_obj, dict) else {}
        dqi_obj = pcf_obj.get("dqi") if isinstance(pcf_obj, dict) else None
        dqi = self.fields(dqi_obj, f"{path}.pcf.dqi", "DataQualityIndicators") if isinstance(
            dqi_obj, dict) else None
        if isinstance(pcf_obj, dict):
            self._rules(pcf_obj, pcf, f"{path}.pcf")
        if self.check.count > before or self.incomplete:
            return None
        model = self._model(top, pcf, dqi, Source(self.check.file, path))
        return model if self._plausible_density(model) else None

    def _plausible_density(self, footprint: SupplierFootprint) -> bool:
        """A footprint per volume with a product mass gives a density, which converts a
        part's weight to its volume: above `MAX_DENSITY` kg/L it is no material (refused);
        above `LIQUID_DENSITY` per liter it is likely the mass of the whole product written
        for one unit (PACT v2 and v3 differ here): warned. Gases make any low value real."""
        dimension, size = UNIT_SIZES.get(footprint.declared_unit, ("", 0.0))
        mass = footprint.mass_kg_per_unit
        if dimension != "volume" or not mass or mass <= 0:
            return True
        density = mass / (size * 1000.0)  # kg per liter
        # as the file writes it: v2 per one declared unit, v3 per declaredUnitAmount units
        value = f"{mass if self.major == 2 else footprint.product_mass_per_declared_unit:g}"
        params = {"declared": footprint.declared, "density": f"{density:.4g}",
                  "version": f"v{self.major}"}
        where = f"{footprint.source.json_path}.pcf.productMassPerDeclaredUnit"
        if density > MAX_DENSITY:
            self.check.add("supplier_pcf.density_impossible", where, value, **params)
            return False
        if footprint.declared_unit == "liter" and density > LIQUID_DENSITY:
            self.warnings.append(Message("supplier_pcf.warn.density_high", {
                **params, "value": value, "file": footprint.source.file, "json_path": where,
                "id": footprint.id, "company": footprint.company_name}))
        return True

    def _major(self, obj: dict[str, object], path: str) -> int:
        """3 or 2 from specVersion; when it is missing or wrong, from the pcf's fields (so
        that the rest is checked against the right version)."""
        version = obj.get("specVersion")
        if isinstance(version, str) and _SEMVER.match(version):
            major = int(version.split(".")[0])
            if major in REQUIRED:
                return major
            self.check.add("supplier_pcf.unsupported_version", _path(path, "specVersion"),
                           _found(version))
        pcf = obj.get("pcf")
        return 2 if isinstance(pcf, dict) and ("declaredUnit" in pcf
                                               or "pCfExcludingBiogenic" in pcf) else 3

    def fields(self, obj: dict[str, object], path: str, schema: str) -> dict[str, Any]:
        """The checked values of the fields of `schema` (missing required ones reported)."""
        kinds = KINDS[self.major][schema]
        for key in REQUIRED[self.major][schema]:
            if key not in obj:
                self.check.add("supplier_pcf.missing", _path(path, key), field=key,
                               version=f"v{self.major}",
                               hint=f"supplier_pcf.kind.{_hint(kinds[key])}")
        values: dict[str, Any] = {}
        for key, kind in kinds.items():
            if isinstance(obj.get(key), NonFinite):  # reported by the scan
                self.incomplete = True
            elif key in obj:
                value = self.value(_path(path, key), obj[key], kind)
                if value is not _MISSING:
                    values[key] = value
        return values

    def value(self, where: str, value: object, kind: str) -> object:
        """`value` checked as `kind`, or _MISSING with the problem recorded."""
        if kind in _NUMBERS:
            return self.number(where, value, kind)
        if kind in ("urns", "uuids", "strings", "ar_list"):
            return self.items(where, value, kind)
        if kind == "count" and isinstance(value, float) and value.is_integer():
            value = int(value)
        wanted = {"object": dict, "bool": bool, "count": int}.get(kind, str)
        if not (isinstance(value, dict) if kind == "object" else type(value) is wanted):
            return self.wrong(where, value, kind)
        if kind in ("object", "bool", "text"):
            return value
        if isinstance(value, int):  # a count
            return value if value >= 0 else self.wrong(where, value, kind, bad=True)
        text = str(value)
        if kind == "unit":
            return self.unit(where, text)
        if kind == "datetime":
            return _datetime(text) or self.wrong(where, text, kind, bad=True)
        pattern = {"uuid": _UUID, "semver": _SEMVER, "ar": _AR, "country": _COUNTRY,
                   "subdivision": _SUBDIVISION}.get(kind)
        if pattern is not None:
            ok = pattern.match(text) is not None
        else:
            ok = text in ("Active", "Deprecated") if kind == "status" else bool(text.strip())
        return text if ok else self.wrong(where, text, kind, bad=True)

    def wrong(self, where: str, value: object, kind: str, bad: bool = False) -> object:
        """A value not of `kind` (`bad`: of the right JSON type, but not a valid one)."""
        self.check.add("supplier_pcf.bad_value" if bad else "supplier_pcf.wrong_type", where,
                       _found(value), hint=f"supplier_pcf.kind.{_hint(kind)}")
        return _MISSING

    def number(self, where: str, value: object, kind: str) -> object:
        """A figure: a decimal string or a JSON number, whichever the spec writes (the
        other is accepted and remembered), in the kind's range."""
        want_string, low, high, open_low, shown = _NUMBERS[kind]
        if type(value) is str:
            if not _DECIMAL.match(value):
                self.check.add("supplier_pcf.not_decimal", where, _found(value))
                return _MISSING
            number = float(value)
            if not math.isfinite(number):
                self.check.add("supplier_pcf.not_finite", where, _found(value))
                return _MISSING
            if not want_string:
                self.loose_strings.append(where)
        elif type(value) in (int, float):
            number = float(value)  # type: ignore[arg-type]
            if want_string:
                self.loose_numbers.append(where)
        else:
            return self.wrong(where, value, kind)
        if (low is not None and (number < low or (open_low and number == low))
                or high is not None and number > high):
            self.check.add("supplier_pcf.out_of_range", where, _found(value), range=shown)
            return _MISSING
        return number

    def items(self, where: str, value: object, kind: str) -> object:
        """A non-empty list of texts, each once (URNs, UUIDs, AR names or any text)."""
        if not isinstance(value, list) or not value:
            return self.wrong(where, value, kind)
        pattern = {"urns": _URN, "uuids": _UUID, "ar_list": _AR}.get(kind)
        first: dict[str, int] = {}
        good = True
        for i, item in enumerate(value):
            if not isinstance(item, str) or not (pattern.match(item) if pattern
                                                 else item.strip()):
                self.wrong(f"{where}[{i}]", item, kind, bad=isinstance(item, str))
                good = False
            elif first.setdefault(item, i) != i:
                self.check.add("supplier_pcf.not_unique", f"{where}[{i}]", _found(item),
                               first=f"{where}[{first[item]}]")
                good = False
        return tuple(value) if good else _MISSING

    def unit(self, where: str, text: str) -> object:
        if text in PACT_UNITS[self.major]:
            return text
        unit = text if text in UNIT_SIZES else UNIT_ALIASES.get(nfkc(text).casefold())
        if unit is None:
            return self.wrong(where, text, "unit", bad=True)
        self.warnings.append(Message("supplier_pcf.warn.unit_alias", {
            "file": self.check.file, "json_path": where, "value": _found(text), "unit": unit,
            "version": f"v{self.major}"}))
        return unit

    def _rules(self, obj: dict[str, object], pcf: dict[str, Any], path: str) -> None:
        """Rules of the spec beyond single fields: one geography, periods in order,
        packaging emissions only when packaging is included."""
        given = [key for key in _GEOGRAPHY if key in obj]
        if len(given) > 1:
            self.check.add("supplier_pcf.geography_several", path, fields=", ".join(given))
        for start, end in (("referencePeriodStart", "referencePeriodEnd"),):
            if start in pcf and end in pcf and pcf[end] < pcf[start]:
                self.check.add("supplier_pcf.period_order", _path(path, end), start_field=start,
                               end_field=end, start=_day(pcf[start]), end=_day(pcf[end]))
        if "packagingGhgEmissions" in obj and obj.get("packagingEmissionsIncluded") is not True:
            self.check.add("supplier_pcf.packaging", _path(path, "packagingGhgEmissions"),
                           _found(obj["packagingGhgEmissions"]))

    def _model(self, top: dict[str, Any], pcf: dict[str, Any], dqi: dict[str, Any] | None,
               source: Source) -> SupplierFootprint:
        """The typed footprint; v2 figures per one declaredUnit times unitaryProductAmount
        (v3: per declaredUnitAmount units)."""
        v2 = self.major == 2
        names = _V2_NAMES if v2 else _V3_NAMES
        amount: float = pcf[names["amount"]]
        scale = amount if v2 else 1.0

        def per_declared_unit(key: str) -> float | None:
            value = pcf.get(names[key])
            return None if value is None else value * scale

        end: datetime = pcf["referencePeriodEnd"]
        validity_end = top.get("validityPeriodEnd")
        factors = pcf.get(names["gwp"]) or (
            (pcf["characterizationFactors"],) if "characterizationFactors" in pcf else ())
        self._warn_representation(source)
        return SupplierFootprint(
            id=top["id"], spec_version=top["specVersion"], status=top["status"],
            created=top["created"], company_name=top["companyName"],
            company_ids=top["companyIds"], product_ids=top["productIds"],
            product_name=top["productNameCompany"], declared_unit=pcf[names["unit"]],
            declared_unit_amount=amount, pcf_excluding_biogenic=per_declared_unit("pcf"),
            fossil_ghg_emissions=per_declared_unit("fossil"),
            reference_period_start=pcf["referencePeriodStart"], reference_period_end=end,
            validity_period_end=validity_end or _plus_years(end, VALIDITY_YEARS),
            validity_period_start=top.get("validityPeriodStart"),
            validity_assumed=validity_end is None, source=source,
            version=top.get("version"), preceding_pf_ids=top.get("precedingPfIds", ()),
            product_mass_per_declared_unit=per_declared_unit("mass"),
            pcf_including_biogenic=per_declared_unit("pcf_including"),
            primary_data_share=pcf.get("primaryDataShare"),
            exempted_percent=pcf.get("exemptedEmissionsPercent", 0.0),
            dqi=None if dqi is None else _dqi(dqi, v2),
            characterization_factors=tuple(factors),
            packaging_included=pcf.get("packagingEmissionsIncluded") is True,
            packaging_ghg_emissions=per_declared_unit("packaging"),
            geography=next((pcf[k] for k in _GEOGRAPHY if k in pcf), None),
            loose_numbers=tuple(self.loose_numbers), loose_strings=tuple(self.loose_strings))

    def _warn_representation(self, source: Source) -> None:
        for code, paths in (("supplier_pcf.warn.numbers", self.loose_numbers),
                            ("supplier_pcf.warn.strings", self.loose_strings)):
            if paths:
                shown = ", ".join(p.removeprefix(source.json_path).lstrip(".")
                                  for p in paths[:PATHS_SHOWN])
                self.warnings.append(Message(code, {
                    "file": source.file, "json_path": source.json_path, "count": len(paths),
                    "paths": shown + (", …" if len(paths) > PATHS_SHOWN else ""),
                    "version": f"v{self.major}"}))


_V3_NAMES = {"unit": "declaredUnitOfMeasurement", "amount": "declaredUnitAmount",
             "pcf": "pcfExcludingBiogenicUptake", "pcf_including": "pcfIncludingBiogenicUptake",
             "fossil": "fossilGhgEmissions", "mass": "productMassPerDeclaredUnit",
             "gwp": "ipccCharacterizationFactors", "packaging": "packagingGhgEmissions"}
_V2_NAMES = {"unit": "declaredUnit", "amount": "unitaryProductAmount",
             "pcf": "pCfExcludingBiogenic", "pcf_including": "pCfIncludingBiogenic",
             "fossil": "fossilGhgEmissions", "mass": "productMassPerDeclaredUnit",
             "gwp": "ipccCharacterizationFactorsSources",
             "packaging": "packagingGhgEmissions"}


def _hint(kind: str) -> str:
    """The message key suffix describing a kind."""
    if kind in _NUMBERS:
        return "decimal" if _NUMBERS[kind][0] else "number"
    return kind


def _dqi(values: dict[str, Any], v2: bool) -> Dqi:
    return Dqi(technological=values.get("technologicalDQR"),
               geographical=values.get("geographicalDQR"),
               temporal=values.get("temporalDQR"),
               completeness=values.get("completenessDQR"),
               reliability=values.get("reliabilityDQR"),
               coverage_percent=values.get("coveragePercent"),
               scale=(1.0, 3.0) if v2 else (1.0, 5.0))


def _datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time with its offset, in UTC; None if it is not one."""
    if not _DATETIME.match(text):
        return None
    try:
        return datetime.fromisoformat(text.upper()).astimezone(UTC)
    except ValueError:  # 2025-02-30
        return None


def _plus_years(moment: datetime, years: int) -> datetime:
    """The same day `years` later; 29 February becomes 28 February."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


__all__ = ["KINDS", "PACT_UNITS", "REQUIRED", "UNIT_SIZES", "Dqi", "Limits", "Source",
           "SupplierFootprint", "SupplierFootprints", "UnitFactor", "UnitRefused", "choose",
           "footprint_warnings", "kg_co2e_per_piece", "load_supplier_pcfs", "per_unit_factor"]
