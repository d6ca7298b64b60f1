"""Data quality ratings (DQR) of every inventory line and their emission-weighted mean.

    rate(flows, factor_details, settings, default_year)   # -> the three rating columns
    summary(flows)                                         # -> Quality (PACT pcf.dqi)

PACT v3 rates the technological, geographical and temporal representativeness of the
data behind a footprint on a 1-5 scale, 1 the best (the spec gives the range; the
direction is the PACT Methodology's, whose v2 matrix ran 1 good - 3 poor). cfp derives
each line's ratings from what it knows about the line's factor, against the product's
context: its site (Settings 地域, default Japan) and the study's reference period
(Settings 対象期間). A supplier footprint line (`matched_by` supplier_pcf) carries the
supplier's own ratings (`pcf_dqr_*`, PACT v3 only); without them it is not rated.

technological  1 own or specific data: measured energy, a factor for the part itself,
                 a supplier footprint
               2 secondary data of the same material, process or activity (the grade's
                 factor, a transport mode, the grid, a fuel, scrap treatment)
               3 secondary data of the material category (a category average)
               4 a proxy (another material or process standing in)
               5 data type unknown
geographical   1 the site's country (or a part of it); the Settings electricity factor
                 (a process in another country: rated against that country)
               2 a country or a region of the site's UN M49 sub-region (JP: Eastern Asia)
               3 a global average (GLO, RoW, World)
               4 another country or region
               5 geography not stated
temporal       by the years between the factor's reference year and the reference
               period (0 inside it): 0 -> 1, 1-2 -> 2, 3-4 -> 3, 5-6 -> 4, more or no
               year -> 5; the Settings electricity factor is the study's own: 1

The aggregate weights each line by its emissions (|kg-CO2e|: a credit weighs as much
as an emission of its size) over the lines rated in all three dimensions; coverage is
their share of all lines' weight. README "PACT export" has a worked example.
"""

from __future__ import annotations

import re

import numpy as np

from ..frame import Frame, nan_to_zero
from ..read.country import GLOBAL, country_code
from ..read.period import period_years, reference_period
from ..records import frozen
from .tables import first_use_of, where

FIELDS = ("dqr_technological", "dqr_geographical", "dqr_temporal")
#: the supplier footprint's own ratings (compute/supplier.py), same order as FIELDS
SUPPLIER_FIELDS = ("pcf_dqr_technological", "pcf_dqr_geographical", "pcf_dqr_temporal")
SITE_DEFAULT = "JP"
#: the factor key of the grid factor typed into the Settings sheet (compute/flows.py)
SETTINGS_ELECTRICITY = "電力排出係数"

#: technological rating of a secondary factor by how it was matched
CATEGORY_MATCH = "category"

#: UN M49 sub-regions (https://unstats.un.org/unsd/methodology/m49/), the countries cfp
#: users trade with most; a country not listed counts as "another country" (4).
SUBREGIONS: dict[str, frozenset[str]] = {
    "eastern_asia": frozenset("CN HK MO KP JP MN KR TW".split()),
    "south_eastern_asia": frozenset("BN KH ID LA MY MM PH SG TH TL VN".split()),
    "southern_asia": frozenset("AF BD BT IN IR MV NP PK LK".split()),
    "western_asia": frozenset("AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE".split()),
    "northern_europe": frozenset("DK EE FI IS IE LV LT NO SE GB".split()),
    "western_europe": frozenset("AT BE FR DE LI LU MC NL CH".split()),
    "southern_europe": frozenset("AL AD BA HR GR IT MT ME MK PT SM RS SI ES VA".split()),
    "eastern_europe": frozenset("BY BG CZ HU PL MD RO RU SK UA".split()),
    "northern_america": frozenset("BM CA GL PM US".split()),
    "central_america": frozenset("BZ CR SV GT HN MX NI PA".split()),
    "south_america": frozenset("AR BO BR CL CO EC GY PY PE SR UY VE".split()),
    "australia_new_zealand": frozenset("AU NZ".split()),
    "northern_africa": frozenset("DZ EG LY MA SD TN".split()),
}
_EUROPE = frozenset().union(*(SUBREGIONS[k] for k in SUBREGIONS if k.endswith("_europe")))
_ASIA = frozenset().union(*(SUBREGIONS[k] for k in SUBREGIONS if k.endswith("_asia")))
#: region codes of factor databases (ecoinvent RER/RAS/RNA, the EU) -> their countries
REGIONS: dict[str, frozenset[str]] = {
    "RER": _EUROPE, "EUROPE": _EUROPE, "EU": _EUROPE, "EU27": _EUROPE, "EU-27": _EUROPE,
    "EU28": _EUROPE, "RAS": _ASIA, "ASIA": _ASIA, "APAC": _ASIA | SUBREGIONS[
        "australia_new_zealand"], "RNA": SUBREGIONS["northern_america"],
    "NORTH AMERICA": SUBREGIONS["northern_america"],
}
_YEAR = re.compile(r"(\d{4})")


@frozen
class Quality:
    """The emission-weighted ratings (None: no line rated) and their coverage (%)."""

    technological: float | None
    geographical: float | None
    temporal: float | None
    coverage_percent: float
    rated_lines: int
    lines: int

    def to_dict(self) -> dict[str, object]:
        return {"technological": self.technological, "geographical": self.geographical,
                "temporal": self.temporal, "coverage_percent": self.coverage_percent}


def rate(flows: Frame, factor_details: dict[str, dict[str, object]],
         settings: dict[str, object], default_year: int,
         process_countries: dict[str, str] | None = None) -> dict[str, np.ndarray]:
    """The three rating columns (float, NaN: not rated) of every line of `flows`; the
    lines of a process in `process_countries` rated against its country, not the site's."""
    # one rating per distinct factor (a 100,000-line BOM has a few hundred), then taken
    codes, uniques, _first = first_use_of(flows, "factor_key")
    keys = [None if k is None or k != k else str(k) for k in uniques]
    site = site_country(settings.get("geography"))
    period = reference_period(str(settings.get("reference_period") or ""), default_year)
    years = period_years(period) if period is not None else None
    # code -1 (no factor key) takes the last entry: not stated
    geo = np.array([geographical(_detail(factor_details, k, "geography"), site)
                    for k in keys] + [5.0], dtype=float)[codes]
    when = np.array([temporal(_detail(factor_details, k, "reference_year"), years)
                     for k in keys] + [temporal(None, years)], dtype=float)[codes]
    grid = np.array([k == SETTINGS_ELECTRICITY for k in keys] + [False], dtype=bool)[codes]
    tech = technological(flows)
    geo[grid] = 1.0
    for process, country in (process_countries or {}).items():
        lines = where(flows, "process", process) & where(flows, "stage", "processing")
        # one rating per distinct factor against the process's country, then taken
        geo[lines] = np.array([geographical(_detail(factor_details, k, "geography"), country)
                               for k in keys] + [5.0], dtype=float)[codes[lines]]
    if years is not None:
        when[grid] = 1.0
    ratings = {"dqr_technological": tech, "dqr_geographical": geo, "dqr_temporal": when}
    supplier = np.asarray(flows.column("matched_by") == "supplier_pcf", dtype=bool)
    if supplier.any():
        for name, own in zip(FIELDS, SUPPLIER_FIELDS, strict=True):
            given = flows[own].astype(float) if own in flows else np.full(len(flows), np.nan)
            ratings[name] = np.where(supplier, given, ratings[name])
    return ratings


def technological(flows: Frame) -> np.ndarray:
    """1 primary, 2 secondary of the same thing, 3 a category average, 4 proxy, 5 unknown."""
    category = where(flows, "matched_by", CATEGORY_MATCH)  # on the codes
    secondary = where(flows, "data_type", "secondary")
    # np.select of these four conditions, in nested wheres (np.select costs ~25 us)
    return np.where(where(flows, "data_type", "primary"), 1.0,
                    np.where(secondary & ~category, 2.0, np.where(
                        secondary, 3.0, np.where(where(flows, "data_type", "proxy"), 4.0, 5.0))))


def site_country(text: object) -> str | None:
    """The site's country from Settings 地域 (JP, 日本, China, JP-13...; `read.country`);
    None: a global site."""
    code = country_code(text if text is not None and str(text).strip() else SITE_DEFAULT)
    if code == GLOBAL:
        return None
    return code if code is not None else str(text).strip().upper()


def geographical(geography: object, site: str | None) -> float:
    """The rating of a factor of `geography` for a site in country `site`."""
    text = "" if geography is None else str(geography).strip().upper()
    if not text:
        return 5.0
    code = country_code(text)
    if code == GLOBAL:
        return 1.0 if site is None else 3.0
    if site is None:
        return 3.0
    country = code or text
    if country == site:
        return 1.0
    if site in REGIONS.get(text, frozenset()):
        return 2.0
    if any(site in members and country in members for members in SUBREGIONS.values()):
        return 2.0
    return 4.0


def temporal(reference_year: object, years: tuple[int, int] | None) -> float:
    """The rating of a factor of `reference_year` for a study over `years` (first, last);
    NaN when the study's period cannot be read."""
    if years is None:
        return float("nan")
    match = _YEAR.search("" if reference_year is None else str(reference_year))
    if match is None:
        return 5.0
    year = int(match.group(1))
    first, last = years
    gap = first - year if year < first else (year - last if year > last else 0)
    if gap == 0:
        return 1.0
    return 2.0 if gap <= 2 else 3.0 if gap <= 4 else 4.0 if gap <= 6 else 5.0


def summary(flows: Frame) -> Quality:
    """The emission-weighted ratings over the lines rated in all three dimensions."""
    weight = np.abs(nan_to_zero(flows["kg_co2e"].astype(float))) if len(flows) \
        else np.zeros(0)
    columns = [flows[name].astype(float) if name in flows else np.full(len(flows), np.nan)
               for name in FIELDS]
    rated = np.logical_and.reduce([np.isfinite(c) for c in columns]) if len(flows) \
        else np.zeros(0, dtype=bool)
    every = bool(rated.all())  # (then no copy of the rated lines: the same sums)
    rated_weight = weight if every else weight[rated]
    total, covered = float(weight.sum()), float(rated_weight.sum())
    coverage = covered / total * 100 if total > 0 else 0.0

    def mean(values: np.ndarray) -> float | None:
        # numpy's own (pairwise) sum of the products, not np.dot: BLAS picks its kernel by
        # CPU, so a dot product can differ in the last digit from one machine to another
        products = rated_weight * (values if every else values[rated])
        return float(np.add.reduce(products) / covered) if covered > 0 else None

    tech, geo, when = (mean(c) for c in columns)
    return Quality(tech, geo, when, coverage, int(rated.sum()), len(flows))


def _detail(details: dict[str, dict[str, object]], key: str | None, name: str) -> object:
    return (details.get(key) or {}).get(name) if key is not None else None


def add_ratings(result: object, as_of: object = None) -> None:
    """Rate every line of `result.flows` (the columns `FIELDS`), once per calculation.
    Without a reference period the study's year is that of `as_of` (--timestamp), else
    SOURCE_DATE_EPOCH's, else this year's (as the PACT export's default period)."""
    from datetime import datetime

    from ..clock import resolve_time

    when = as_of if isinstance(as_of, datetime) else resolve_time(None)[0]
    ratings = rate(result.flows, result.factor_details,  # type: ignore[attr-defined]
                   result.settings, when.year,  # type: ignore[attr-defined]
                   getattr(result, "process_countries", None))
    for name, values in ratings.items():
        result.flows[name] = values  # type: ignore[attr-defined]
