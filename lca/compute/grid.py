"""The grid electricity factor of processing, by the site's country (Settings 地域).

    grid = electricity_factor(masters, factors, log, notes)  # flow columns, None: an error

The first of these that exists (README, "Electricity: the site's grid"):

1. Settings 電力排出係数: the factor of the site's own utility, typed for this BOM;
2. your factor keyed `electricity:<country>` (`electricity:cn`: the 排出原単位/Factors sheet
   or a --factors file; yours before built-in, the precedence rule of `resolve`);
3. your factor keyed `electricity` / `電力`, unless its 地域/geography names another place
   (a site outside Japan using it is warned about when it states no place);
4. the built-in grid of the country: `electricity` for Japan (MoE/METI national average),
   `electricity:<country>` for the others (Ember national averages), `electricity:world`
   for a global site (地域 Global).

A subdivision with a grid of its own (`SUBDIVISION_GRIDS`: JP-47 Okinawa, not connected to
the mainland grid) uses your factor keyed with its grid's key, else your `electricity:<country>`
or `electricity` whose 地域 names the subdivision, else that built-in grid (warned): a
national factor is not the grid there. Any other subdivision (JP-13, US-CA) uses its
country's grid by steps 2-4, warned when it is the built-in one (`warn.grid_subdivision`).

A site whose country has none of these is an input error naming the 地域 cell (exit 2):
Japan's factor is never used for a site elsewhere. With 地域 not given the site is Japan
and the factor is Settings 電力排出係数 > `electricity` (yours, else built-in), as always.
"""

from __future__ import annotations

import numpy as np

from ..errors import ProblemLog
from ..frame import Frame, Text, is_in, isnull
from ..read.country import (
    BUILTIN_GRIDS,
    GLOBAL,
    country_code,
    names_china_or_chugoku,
    subdivision,
)
from ..read.factors import BUILTIN_ORIGIN, FactorRow, FactorTable
from ..read.masters import GRID_MAX_KG_PER_KWH, Masters, Settings
from ..read.names import source_label
from ..records import frozen
from .flows import SETTINGS_FACTOR_KEY as SETTINGS_KEY
from .flows import SETTINGS_SOURCE, Notes

JAPAN = "JP"
#: the built-in keys of a country's grid, first found wins (Japan: the national average)
BUILTIN_KEYS = {JAPAN: ("electricity", "electricity:jp"), GLOBAL: ("electricity:world",)}
#: ISO 3166-2 subdivisions with a built-in grid of their own, not their country's average:
#: Okinawa's islands are not connected to the mainland grid (lca/data/factors.csv)
SUBDIVISION_GRIDS = {"JP-47": "electricity:jp:okinawa"}


def grid_area(value: object) -> str | None:
    """The subdivision `value` names when it has a grid of its own (`JP-47`), else None
    (a country, or a subdivision that uses its country's grid)."""
    sub = subdivision(value)
    return sub if sub in SUBDIVISION_GRIDS else None


def grid_key(country: str, place: Place | None = None) -> str:
    """The factor key of a country's grid: `electricity:cn`; the world's `electricity:world`;
    a subdivision's own grid (`place` in JP-47): `electricity:jp:okinawa`."""
    area = grid_area(place.value) if place is not None else None
    if area is not None:
        return SUBDIVISION_GRIDS[area]
    return "electricity:world" if country == GLOBAL else f"electricity:{country.lower()}"


def electricity_factor(masters: Masters, factors: FactorTable, log: ProblemLog,
                       notes: Notes) -> dict[str, object] | None:
    """The flow columns of the site's grid factor (see the module docstring); None when
    there is none (the problem is logged)."""
    settings = masters.settings
    if settings.electricity_factor is not None:
        return settings_factor(settings)
    country = site_country(settings)
    if country is None:  # 地域 not given: Japan, yours or the built-in `electricity`
        row = factors.find("electricity")
        if row is None or row["dimension"] != "energy":
            log.add("factor.no_electricity", None, None, None)
            return None
        return factor_columns(row) if _plausible(row, log) else None
    place = site_place(settings)
    row = country_row(country, factors, notes, place)
    if row is None:
        place.log(log, "factor.no_grid_country", country=country, key=grid_key(country, place))
        return None
    return factor_columns(row) if _usable(row, log) else None


def _usable(row: FactorRow, log: ProblemLog) -> bool:
    """A grid factor row per kWh and within any grid's range, else the problem logged."""
    if row["dimension"] != "energy":
        log.add("factor.unit_kind", None, None, row["key"], key=row["key"],
                unit=row["unit_given"] or row["unit"], use="electricity", expected="kWh")
        return False
    return _plausible(row, log)


def _plausible(row: FactorRow, log: ProblemLog) -> bool:
    """A grid factor of yours above any grid (388 per kWh: g-CO2/kWh written as kg) is
    refused naming its row, as Settings 電力排出係数 is, not computed 1000 times too high."""
    if row["builtin"] or not float(row["factor"]) > GRID_MAX_KG_PER_KWH:  # type: ignore[arg-type]
        return True
    log.add("factor.grid_implausible", None, None, row["factor_given"], key=row["key"],
            origin=row["origin"], factor=f"{float(row['factor']):g}",  # type: ignore[arg-type]
            most=f"{GRID_MAX_KG_PER_KWH:g}")
    return False


def process_grids(at: np.ndarray, masters: Masters, factors: FactorTable, log: ProblemLog,
                  notes: Notes) -> tuple[dict[int, dict[str, object]], dict[int, str]]:
    """The grid of each process row the BOM uses (`at`: its row per line, -1: none) whose
    地域/Country column names another country than the site: {process row: the flow
    columns of that country's grid factor} and {process row: the country}, by steps 2-4
    of the module docstring (the Settings 電力排出係数 is the site's utility, not that
    country's). A place that is not a country, or a country without a grid factor, is an
    input error naming the cell. A process in a subdivision with a grid of its own
    (`JP-47`) is elsewhere unless the site is there too. Rows the BOM does not use (a shared
    master file listing the machines of several sites) are not looked at."""
    procs = masters.processes
    grids: dict[int, dict[str, object]] = {}
    countries: dict[int, str] = {}
    if not len(procs) or isnull(procs["geography"]).all():
        return grids, countries
    settings = masters.settings
    site = (site_country(settings) or JAPAN, grid_area(settings.geography))
    for p in sorted(set(at[at >= 0].tolist())):
        value = procs["geography"][p]
        if names_china_or_chugoku(value):  # China, or Japan's 中国地方? (warned)
            notes.read_as_china.append(process_place(procs, p).where)
        place = process_place(procs, p)
        country = country_code(value) if value is not None else site[0]
        if (country, grid_area(value) if value is not None else site[1]) == site:
            _warn_shared(place, settings.geography, country, notes)
            continue
        if country is None:
            place.log(log, "process.bad_country", hint="settings.geography_hint")
            continue
        row = country_row(country, factors, notes, place)
        if row is None:
            place.log(log, "factor.no_grid_process", country=country,
                      key=grid_key(country, place))
        elif _usable(row, log):
            grids[p], countries[p] = factor_columns(row), country
    return grids, countries


@frozen
class Place:
    """Where a grid's country is written: the 地域/Country cell of the Settings sheet
    (`process` None) or of a process row, for the messages naming it."""

    file: str | None
    cell: str  # `sheet!B2` ("" where not known)
    value: object
    process: str | None = None
    where: str = ""  # the cell as warnings name it: `bom.xlsx!設定!B3`

    def log(self, log: ProblemLog, code: str, **params: object) -> None:
        sheet, _, cell = self.cell.partition("!")
        extra = {} if self.process is None else {"process": self.process}
        log.add(code, sheet or None, cell or None, self.value, file=self.file, **extra,
                **params)

    def warn(self, notes: Notes, code: str, **params: object) -> None:
        """A site's warning, or its `.process` variant naming the process."""
        if self.process is None:
            notes.warn(code, value=self.value, **params)
        else:
            notes.warn(f"{code}.process", value=self.value, process=self.process, **params)


def site_country(settings: Settings) -> str | None:
    """The country Settings 地域 names (`GLOBAL` for the world); None when not given (the
    value was checked when read: `masters._setting_text`)."""
    return country_code(settings.geography) if settings.geography else None


def country_row(country: str, factors: FactorTable, notes: Notes,
                place: Place) -> FactorRow | None:
    """Steps 2-4 of the module docstring for a site (or a process) in `country`; a
    subdivision with a grid of its own: `subdivision_row`."""
    if grid_area(place.value) is not None:
        return subdivision_row(country, factors, notes, place)
    own = factors.find(grid_key(country))
    if own is not None and not own["builtin"]:
        return own
    generic = factors.find("electricity")
    if generic is not None and not generic["builtin"] \
            and names_china_or_chugoku(generic["geography"]):  # used or not by it (warned)
        notes.read_as_china.append(str(generic["origin"]))
    if generic is not None and not generic["builtin"] and _fits(generic, country):
        if country != JAPAN and not str(generic["geography"] or "").strip():
            place.warn(notes, "warn.grid_generic_factor", origin=generic["origin"],
                       country=country, grid=grid_key(country))
        return generic
    for key in BUILTIN_KEYS.get(country, (grid_key(country),)):
        row = factors.find(key)
        if row is not None and row["builtin"]:
            if country != JAPAN:
                place.warn(notes, "warn.grid_country", grid=row["key"],
                           factor=f"{float(row['factor']):g}", country=country,
                           where=place.where, year=row["reference_year"] or "-")
            if subdivision(place.value) is not None:  # JP-13: Tokyo has no grid of its own
                place.warn(notes, "warn.grid_subdivision", grid=row["key"],
                           factor=f"{float(row['factor']):g}", country=country,
                           where=place.where)
            return row
    return None


def subdivision_row(country: str, factors: FactorTable, notes: Notes,
                    place: Place) -> FactorRow | None:
    """The grid of a place in a subdivision with a grid of its own (`JP-47`): your factor
    keyed with its key, else your `electricity:<country>` or `electricity` whose 地域 names
    the subdivision, else the built-in one (warned). A national factor is not used."""
    area = grid_area(place.value)
    key = grid_key(country, place)
    row = factors.find(key)
    if row is not None and not row["builtin"]:
        return row
    for name in (grid_key(country), "electricity"):
        own = factors.find(name)
        if own is not None and not own["builtin"] and subdivision(own["geography"]) == area:
            return own
    if row is None:
        return None
    place.warn(notes, "warn.grid_subdivision_own", grid=key, factor=f"{float(row['factor']):g}",
               country=country, area=area, where=place.where,
               year=row["reference_year"] or "-")
    return row


def _warn_shared(place: Place, site: object, country: str, notes: Notes) -> None:
    """A process in a subdivision without a grid of its own (JP-13) that is not the site's
    (blank, JP or JP-27): it uses the site's grid, warned."""
    sub = subdivision(place.value)
    if sub is not None and sub != subdivision(site):
        notes.warn("warn.grid_subdivision_shared", value=place.value, process=place.process,
                   country=country, where=place.where)


def _fits(row: FactorRow, country: str) -> bool:
    """Your `electricity` row is for the site: its 地域 is blank or names the site's country
    (not a subdivision with a grid of its own: `subdivision_row`)."""
    geography = str(row["geography"] or "").strip()
    if grid_area(geography) is not None:
        return False
    return not geography or country_code(geography) == country


def process_place(procs: Frame, p: int) -> Place:
    """The 地域/Country cell of process row `p`."""
    file, cell = str(procs["file"][p]), str(procs["geography_cell"][p])
    sheet, _, ref = cell.partition("!")
    return Place(file, cell, procs["geography"][p], str(procs["process"][p]),
                 where=f"{source_label(file, sheet)}!{ref}")


def site_place(settings: Settings) -> Place:
    """The Settings 地域 cell, as the messages about the site's grid name it."""
    file, sheet, cell = settings.places.get("geography", ("", None, None))
    return Place(file or None, f"{sheet}!{cell}" if sheet else "", settings.geography,
                 where=settings.cells.get("geography", ""))


def settings_factor(settings: Settings) -> dict[str, object]:
    """Settings 電力排出係数 as the flow columns of a factor."""
    given = settings.electricity_given
    return {"factor": settings.electricity_factor, "factor_unit": "kWh",
            "factor_given": settings.electricity_factor if given is None else given,
            "factor_unit_given": settings.electricity_unit or "kWh",
            "factor_gases": None,
            "factor_key": SETTINGS_KEY, "factor_source": SETTINGS_SOURCE,
            "factor_ref": None,
            "factor_origin": settings.cells.get("electricity_factor", ""),
            "factor_type": "secondary", "builtin": False, "dimension": "energy"}


def factor_columns(row: FactorRow) -> dict[str, object]:
    """A factor row as the flow columns of a factor."""
    return {"factor": float(row["factor"]), "factor_unit": row["unit"],  # type: ignore[arg-type]
            "factor_given": row["factor_given"], "factor_unit_given": row["unit_given"],
            "factor_gases": row["gases"],
            "factor_key": row["key"], "factor_source": row["source"],
            "factor_ref": row["source_ref"],
            "factor_origin": row["origin"], "factor_type": row["data_type"],
            "builtin": row["builtin"], "dimension": "energy"}


#: keys of the built-in grid factors that are averages, not a utility's own (Japan's
#: national average and default, every country's national average, the world's); as
#: built in only: your own row under the key is yours
GRID_AVERAGE_KEYS = frozenset({"electricity", "electricity:jp:default", "electricity:world",
                               *(f"electricity:{c.lower()}" for c in BUILTIN_GRIDS)})


def average_grid_lines(flows: Frame) -> np.ndarray:
    """Per line, its factor is a built-in grid average (`GRID_AVERAGE_KEYS`)."""
    return among(flows, "factor_key", GRID_AVERAGE_KEYS) & builtin_lines(flows)


def builtin_lines(flows: Frame) -> np.ndarray:
    """Per line, its factor is cfp's built-in one (`factor_origin` `cfp built-in:<line>`):
    your own row under the same key (`electricity:cn` of your utility) is not an average."""
    if "factor_origin" not in flows:
        return np.zeros(len(flows), dtype=bool)
    column = flows.column("factor_origin")
    if isinstance(column, Text):
        return is_in(column.codes, [i for i, v in enumerate(column.values)
                                    if str(v).startswith(BUILTIN_ORIGIN)])
    return np.fromiter((str(v).startswith(BUILTIN_ORIGIN) for v in column), dtype=bool,
                       count=len(flows))


def among(flows: Frame, name: str, values: frozenset[str] | set[str]) -> np.ndarray:
    """Per line, column `name` is one of `values` (on the codes of a column kept as
    `Text`, without an object per line)."""
    column = flows.column(name)
    if isinstance(column, Text):
        return is_in(column.codes, [i for i, v in enumerate(column.values) if v in values])
    return is_in(np.asarray(column).astype(object), list(values))
