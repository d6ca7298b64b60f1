"""Resolve: which BOM lines are bought with a supplier's PACT footprint (issue 12).

A supplier footprint is the most specific primary data a line can have, so it beats every
emission factor for that line (README, "Supplier footprints"). A line is matched, most
specific first:

1. its `PCF ID` cell (`CFP ID`, `フットプリントID`) equal to a footprint's `id`;
2. else its supplier part number (`仕入先品番`), else its part number (`品番`), equal to
   one of a footprint's `productIds`: the whole URN or its last `:`-separated segment
   (`urn:pact:product-id:PU-100` is found by `PU-100`).

Two Active footprints matching one line is an error naming both ids; a Deprecated one is
used only when no Active one matches (with a warning); a footprint outside its validity
period on the run's date (`as_of`: --timestamp / SOURCE_DATE_EPOCH, else today) is used
with a warning naming it.

A footprint of an assembly covers the assembly's cradle-to-gate: its descendants' flows
(materials, waste, transport to the assembly's maker, processing) are in it and are not
counted again (`SupplierMatch.covered`). A footprint on a line below an assembly that
already has one is therefore not used either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import InputError, ProblemLog
from ..frame import Frame, isnull
from ..read.bom import Bom

if TYPE_CHECKING:  # the reader is imported when footprints are given (start-up of a run)
    from ..read.supplier_pcf import SupplierFootprint, SupplierFootprints

#: How a line found its footprint (most specific first).
MATCH_LEVELS = ("pcf_id", "supplier_part_number", "part_number")


@dataclass(eq=False, repr=False)
class SupplierMatch:
    """Per part (position in the parts table): the footprint used (index into
    `footprints`, -1: none), how it was found (MATCH_LEVELS, None) and whether the part
    is inside an assembly bought with a footprint (`covered`)."""

    footprints: list[SupplierFootprint] = field(default_factory=list)
    index: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    how: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    covered: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @property
    def matched(self) -> np.ndarray:
        return self.index >= 0

    def __bool__(self) -> bool:
        return bool(len(self.index)) and bool(self.matched.any())


def supplier_input_files(paths: Sequence[Path]) -> list[Path]:
    """The files `--supplier-pcf` makes cfp read (a folder: its *.json), so that no
    output may replace one of them."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".json")
        else:
            found.append(path)
    return found


def load(paths: Sequence[Path], log: ProblemLog) -> SupplierFootprints:
    """The footprints of `--supplier-pcf`; their problems go to `log` (with the BOM's)."""
    from ..read.supplier_pcf import SupplierFootprints, load_supplier_pcfs

    if not paths:
        return SupplierFootprints()
    try:
        return load_supplier_pcfs(list(paths))
    except InputError as exc:
        log.extend(list(exc.problems))
        return SupplierFootprints()


def resolve(bom: Bom, parts: Frame, paths: Sequence[Path], log: ProblemLog, notes: object,
            as_of: datetime | None) -> SupplierMatch:
    """Read `--supplier-pcf` and match the BOM's lines (warnings to `notes.warn`)."""
    if not paths:  # nothing to read (and the reader is not imported)
        return match_supplier_pcfs(bom, parts, (), log, notes.warn,  # type: ignore[arg-type,attr-defined]
                                   as_of)
    footprints = load(paths, log)
    for message in footprints.warnings:
        notes.warn(message.code, **message.params)  # type: ignore[attr-defined]
    return match_supplier_pcfs(bom, parts, footprints, log,
                               notes.warn, as_of)  # type: ignore[attr-defined]


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def match_supplier_pcfs(bom: Bom, parts: Frame, footprints: SupplierFootprints,
                        log: ProblemLog, warn: object, as_of: datetime | None) -> SupplierMatch:
    """The footprint of each BOM line (see the module docstring). `warn(key, **params)`
    records a warning; problems go to `log`."""
    n = len(parts)
    match = SupplierMatch([], np.full(n, -1, dtype=np.intp), np.full(n, None, dtype=object),
                          np.zeros(n, dtype=bool))
    ids = parts["pcf_id"] if "pcf_id" in parts else np.full(n, None, dtype=object)
    spn = parts["supplier_part_number"] if "supplier_part_number" in parts else \
        np.full(n, None, dtype=object)
    if not len(footprints):
        given = int((~isnull(ids)).sum())
        if given:
            warn("supplier_pcf.warn.ids_unused", count=given)  # type: ignore[operator]
        return match
    at = as_of or datetime.now(UTC)
    position: dict[str, int] = {}
    warned: set[tuple[str, str]] = set()
    numbers = parts["part_number"]
    rows = parts["row"]
    for i in range(n):
        number = _text(numbers[i]) or ""
        found = _line_footprint(bom, footprints, _text(ids[i]), spn[i], number, rows[i], at,
                                log)
        if found is None:
            continue
        chosen, how, notes = found
        for note in notes:
            if (note.code, chosen.id) not in warned:
                warned.add((note.code, chosen.id))
                warn(note.code, **note.params)  # type: ignore[operator]
        if chosen.id not in position:
            position[chosen.id] = len(match.footprints)
            match.footprints.append(chosen)
        match.index[i] = position[chosen.id]
        match.how[i] = how
    _drop_covered(parts, match)
    return match


def _line_footprint(bom: Bom, footprints: SupplierFootprints, pcf_id: str | None,
                    supplier_number: object, number: str, row: object, at: datetime,
                    log: ProblemLog) -> tuple[SupplierFootprint, str, list] | None:
    """(footprint, how it was found, its warnings) of one BOM line; None when it has none
    or its PCF ID is unknown / two Active footprints match it (the problem goes to `log`)."""
    if pcf_id is not None:
        chosen = footprints.by_id(pcf_id)
        if chosen is None:
            log.add("supplier_pcf.id_unknown", bom.sheet, bom.cell(row, "pcf_id"),
                    pcf_id, part=number, files=", ".join(footprints.files[:3]))
            return None
        from ..read.supplier_pcf import footprint_warnings

        return chosen, "pcf_id", footprint_warnings(chosen, [chosen], at, number)
    how, key, candidates = _by_product(footprints, _text(supplier_number), number)
    if not candidates:
        return None
    active = [c for c in candidates if c.status == "Active"]
    if len(active) > 1:
        column = how if how in bom.columns else "part_number"
        log.add("supplier_pcf.ambiguous", bom.sheet, bom.cell(row, column), key,
                part=number, first=active[0].id, second=active[1].id,
                first_file=str(active[0].source), second_file=str(active[1].source),
                count=len(active))
        return None
    from ..read.supplier_pcf import choose

    chosen, notes = choose(candidates, at, number)
    return chosen, how, notes


def _drop_covered(parts: Frame, match: SupplierMatch) -> None:
    """No footprint on the lines below an assembly bought with one (`match.covered`); a
    footprint left only on such lines is dropped from `match.footprints`."""
    match.covered = _covered(parts, match.index >= 0)
    match.index[match.covered] = -1
    match.how[match.covered] = None
    used = sorted(set(match.index[match.index >= 0].tolist()))
    if len(used) != len(match.footprints):  # a footprint only on covered lines: dropped
        keep = {old: new for new, old in enumerate(used)}
        match.footprints = [match.footprints[k] for k in used]
        match.index = np.array([keep.get(k, -1) for k in match.index.tolist()], dtype=np.intp)


def _by_product(footprints: SupplierFootprints, supplier_number: str | None,
                number: str) -> tuple[str, str, list[SupplierFootprint]]:
    """The footprints of the supplier part number, else of the part number."""
    for how, key in (("supplier_part_number", supplier_number), ("part_number", number)):
        candidates = footprints.by_product_id(key) if key else []
        if candidates:
            return how, key, candidates  # type: ignore[return-value]
    return "", "", []


def _covered(parts: Frame, matched: np.ndarray) -> np.ndarray:
    """Parts below a matched part (at any depth)."""
    parent = parts["parent_pos"].astype(np.intp)
    has_parent = parent >= 0
    covered = np.zeros(len(parent), dtype=bool)
    for _ in range(int(parts["level"].max(initial=0)) + 1):
        above = matched | covered
        new = has_parent & above[np.maximum(parent, 0)]
        if (new == covered).all():
            break
        covered = new
    return covered


def ar_sorted(sets: object) -> list[str]:
    """IPCC report names (AR5, AR6...) without repeats, oldest first."""
    names = {str(v).strip() for v in sets if v and str(v).strip()}  # type: ignore[attr-defined]
    return sorted(names, key=lambda v: (len(v), v))


def warn_gwp(match: SupplierMatch | None, gwp: str, warn: object) -> None:
    """A warning for each footprint used whose characterization factors are not the run's
    GWP set (an AR5 footprint in an AR6 run): its figures are used as given, and the PACT
    export lists every set used (`ipccCharacterizationFactors`)."""
    if not match:
        return
    used = ar_sorted([gwp, *(s for f in match.footprints for s in f.characterization_factors)])
    for f in match.footprints:
        if set(f.characterization_factors or (gwp,)) != {gwp}:
            warn("supplier_pcf.warn.gwp", id=f.id, file=f.source.file,  # type: ignore[operator]
                 json_path=f.source.json_path, product=f.product_name,
                 sets=", ".join(f.characterization_factors), gwp=gwp, used=", ".join(used),
                 company=f.company_name)


#: A footprint per piece whose product mass and the BOM's weight of the part differ by
#: more than this factor (either way) is warned about: another product matched by
#: mistake, or a `declaredUnitAmount` that does not count the pieces its figures are for
MASS_RATIO_WARNED = 1.5


def warn_figures(bom: Bom, parts: Frame, match: SupplierMatch | None, warn: object) -> None:
    """Warnings about figures of the footprints used that are valid PACT but likely give a
    wrong number (`_doubtful`), and about a product mass per piece far from the part's
    weight in the BOM (`_warn_mass`)."""
    if not match:
        return
    for f in match.footprints:
        for code, params in _doubtful(f):
            warn(code, id=f.id, file=f.source.file,  # type: ignore[operator]
                 json_path=f.source.json_path, product=f.product_name,
                 company=f.company_name, declared=f.declared, **params)
    _warn_mass(bom, parts, match, warn)


def _doubtful(f: SupplierFootprint) -> list[tuple[str, dict[str, str]]]:
    """(code, params) of each doubtful figure of `f`: a negative footprint (removals above
    emissions: a credit in the total); a footprint of 0; a v3 pcfIncludingBiogenicUptake
    above pcfExcludingBiogenicUptake (it is the latter plus a biogenic uptake <= 0, so the
    headline figure is likely swapped or left 0); a primaryDataShare of 1 or less (PACT
    writes per cent: 0.4 is 0.4 %, not 40 %)."""
    out: list[tuple[str, dict[str, str]]] = []
    value = f.pcf_excluding_biogenic
    if value < 0:
        out.append(("supplier_pcf.warn.negative", {"value": f"{value:g}"}))
    elif value == 0:
        out.append(("supplier_pcf.warn.zero", {}))
    including = f.pcf_including_biogenic
    if f.major >= 3 and including is not None and including > value + 1e-9 * abs(including):
        out.append(("supplier_pcf.warn.including_above",
                    {"value": f"{value:g}", "including": f"{including:g}"}))
    share = f.primary_data_share
    if share is not None and 0 < share <= 1:
        out.append(("supplier_pcf.warn.share_fraction",
                    {"value": f"{share:g}", "percent": f"{share * 100:g}"}))
    return out


def _warn_mass(bom: Bom, parts: Frame, match: SupplierMatch, warn: object) -> None:
    """`warn_figures`: a line in pieces whose footprint per piece states a mass that
    neither its raw nor its net weight is within MASS_RATIO_WARNED of."""
    from ..compute.supplier import line_unit

    units = parts["quantity_unit"] if "quantity_unit" in parts else [None] * len(parts)
    net, raw = parts["net_kg"].astype(float), parts["raw_kg"].astype(float)
    for i in np.flatnonzero(match.matched).tolist():
        f = match.footprints[match.index[i]]
        stated = f.mass_kg_per_unit if f.declared_unit == "piece" else None
        weights = [w for w in (raw[i], net[i]) if w > 0]  # NaN compares False
        if not stated or not weights or line_unit(units[i]) != ("piece", 1.0):
            continue
        if all(max(w / stated, stated / w) > MASS_RATIO_WARNED for w in weights):
            column = "raw_weight" if raw[i] > 0 else "net_weight"
            warn("supplier_pcf.warn.mass_differs", id=f.id,  # type: ignore[operator]
                 file=f.source.file, json_path=f.source.json_path,
                 part=parts["part_number"][i],
                 cell=f"{bom.sheet}!{bom.cell(int(parts['row'][i]), column)}",
                 bom_kg=f"{weights[0]:g}", pcf_kg=f"{stated:g}", declared=f.declared)
