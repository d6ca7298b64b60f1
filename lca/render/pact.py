"""PACT ProductFootprint export: one result as the JSON a buyer's PACT system imports.

    to_pact(result, created=created)      # -> the ProductFootprint as a dict
    pact_bytes(result, created)           # -> its JSON (reports.py writes <stem>-pact.json,
                                          #    pact_chain.py links it to earlier versions)

Targets the PACT Technical Specification v3.0.0 (WBCSD Partnership for Carbon
Transparency; the data model Japan's Green x Digital consortium aligned with). Only v3
is written: v2.x differs in required fields (version, updated, productCategoryCpc,
characterizationFactors...) and is not supported.

What cfp knows and what it does not (also said in the footprint's `comment`):
- cfp has no biogenic accounting of its own: a database factor gives no split and is
  reported as fossil (no biogenic uptake, no packaging). A supplier footprint used brings
  its own fossilGhgEmissions, pcfIncludingBiogenicUptake, packaging and
  ipccCharacterizationFactors, scaled by the amount used: the footprint's figures are sums
  over the inventory lines (`split_totals`, which the workbook's Rules sheet shows too);
  without supplier footprints pcfExcludingBiogenicUptake = pcfIncludingBiogenicUptake =
  fossilGhgEmissions = the total.
- The fossil carbon content of the product is not assessed: reported as "0" (the field is
  mandatory).
- Packaging is not part of a BOM: packagingEmissionsIncluded is true only when a supplier
  footprint used includes its packaging (packagingGhgEmissions: their sum, when each
  gives it).
- Data quality (dqi): the emission-weighted line ratings of `aggregate.quality`; v3 has
  no coverage field, so their coverage is stated in the comment.
- Extensions: the Green x Digital consortium's, on request (`gxd.py`).

The free texts (productDescription, comment, the boundary, allocation and exemption
descriptions, the extension's comment) are in `lang` (`pact.text.*`, `pact.boundary.*`,
`pact.allocation.*` in lca/i18n); they are part of the footprint, so its id differs by
language. Numbers are decimal strings (the spec's Decimal type), 6 significant digits,
never in exponent notation. With a pinned `created` and unchanged inputs the file is
byte-identical: the id is a UUID of everything the footprint says but its id, creation
time and status (`identity`: figures, the input's hash and the cfp version in the
comment) and of the ids it replaces, unless the Settings sheet gives one (PACT id).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import quote

import numpy as np

from ..aggregate import quality
from ..aggregate.result import Result
from ..errors import Message, UsageError
from ..i18n import tr
from ..read.country import GLOBAL, country_code, subdivision
from ..read.masters import company_domain
from ..read.names import UNIT_WORDS
from ..read.period import reference_period
from ..resolve.supplier import ar_sorted
from . import gxd, pact_rules

SPEC_VERSIONS = ("3.0.0",)
DEFAULT_GEOGRAPHY = "JP"


_NAMESPACE = uuid.UUID("6f1c1a4e-2b7d-5c1e-9a0e-7c6b0d1f5a11")  # cfp's namespace for ids
_URN = re.compile(r"^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$", re.IGNORECASE)
_UNIT = re.compile(r"^\s*(\d+(?:\.\d+)?)?\s*(.+?)\s*$")


def to_pact(result: Result, spec_version: str = "3.0.0", created: datetime | None = None,
            lang: str = "en", preceding: list[str] | None = None) -> dict[str, object]:
    """The ProductFootprint of `result` as a dict (JSON-ready; numbers are strings).
    `preceding`: ids of the earlier versions it replaces (`pact_chain`)."""
    if spec_version not in SPEC_VERSIONS:
        raise UsageError("usage.pact_version", value=spec_version,
                         versions=", ".join(SPEC_VERSIONS))
    settings = result.settings
    created = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    company = _text(settings.get("company"))
    if not company:
        raise UsageError("pact.company")
    pcf = _carbon_footprint(result, created, lang)
    footprint: dict[str, object] = {"id": "", "specVersion": spec_version}
    if preceding:
        footprint["precedingPfIds"] = list(dict.fromkeys(preceding))
    footprint.update({
        "created": _iso(created),
        "status": "Active",
        "companyName": company,
        "companyIds": _company_ids(settings, company),
        "productDescription": tr("pact.text.description", lang, product=result.product_name,
                                 unit=result.declared_unit, file=result.input_file),
        "productIds": [_product_urn(result)],
    })
    classes = _urns(settings.get("product_classification"), _classification_urn)
    if classes:
        footprint["productClassifications"] = classes
    footprint["productNameCompany"] = result.product_name
    footprint["comment"] = _comment(result, lang)
    footprint["pcf"] = pcf
    if gxd.wanted(result):  # the Green x Digital extension (render/gxd.py)
        footprint["extensions"] = [gxd.gxd_extension(result, _decimal, lang)]
    footprint["id"] = _footprint_id(result, footprint)
    return footprint


#: fields that do not make a footprint another one: its id, when and with which status
#: it was written, and the versions it replaced (these enter the id separately)
VOLATILE = ("id", "created", "status", "precedingPfIds")


def identity(footprint: dict[str, object]) -> dict[str, object]:
    """What a footprint says, without `VOLATILE`: equal identities, the same footprint."""
    return {k: v for k, v in footprint.items() if k not in VOLATILE}


def pact_bytes(result: Result, created: datetime, lang: str = "en",
               spec_version: str = "3.0.0", preceding: list[str] | None = None) -> bytes:
    """The footprint as indented JSON with a final newline (deterministic)."""
    return footprint_bytes(to_pact(result, spec_version, created, lang, preceding))


def footprint_bytes(footprint: dict[str, object]) -> bytes:
    import orjson

    return orjson.dumps(footprint, option=orjson.OPT_INDENT_2) + b"\n"


# --- the CarbonFootprint ------------------------------------------------------------------

def _carbon_footprint(result: Result, created: datetime, lang: str = "en"
                      ) -> dict[str, object]:
    settings = result.settings
    unit, amount = _declared_unit(result.declared_unit)
    start, end = _reference_period(_text(settings.get("reference_period")), created)
    total = _decimal(max(result.total, 0.0))
    pcf: dict[str, object] = {
        "declaredUnitOfMeasurement": unit,
        "declaredUnitAmount": amount,
        "productMassPerDeclaredUnit": _decimal(result.product_mass_kg),
        "referencePeriodStart": _iso(start),
        "referencePeriodEnd": _iso(end),
    }
    pcf.update(_geography(_text(settings.get("geography"))))
    pcf.update({
        "boundaryProcessesDescription": _boundary(result, lang),
        "pcfExcludingBiogenicUptake": total,
        **carbon_split(result),  # sums over the lines: supplier footprints' own figures
        "crossSectoralStandards": pact_rules.cross_sectoral(result),
        **pact_rules.allocation(result, lang),
    })
    rules = _urns_free(settings.get("pcr"))
    if rules:
        pcf["productOrSectorSpecificRules"] = [{"operator": "Other", "ruleNames": rules}]
    percent, description = pact_rules.exempted(result, _decimal, lang)
    pcf["exemptedEmissionsPercent"] = percent
    pcf["exemptedEmissionsDescription"] = description
    sources = secondary_sources(result)
    if sources:
        pcf["secondaryEmissionFactorSources"] = sources
    pcf["primaryDataShare"] = _decimal(result.primary_data_share() * 100)
    dqi = data_quality(result)
    if dqi is not None:
        pcf["dqi"] = dqi
    return pcf


@dataclass(frozen=True)
class SplitTotals:
    """What the product's emissions are made of: sums over the inventory lines, in
    kg-CO2e per declared unit (not rounded, not clamped)."""

    excluding: float  # pcfExcludingBiogenicUptake: the footprint
    fossil: float  # fossilGhgEmissions
    including: float  # pcfIncludingBiogenicUptake
    packaging_included: bool  # some supplier footprint used includes its packaging
    packaging: float | None  # their packaging; None: none included, or one does not say
    gwp_sets: tuple[str, ...]  # every IPCC characterization factor set used


def split_totals(result: Result) -> SplitTotals:
    """The product totals of the split (the PACT export's figures, the workbook's Rules
    sheet): sums over the inventory lines (`compute.supplier.carbon_split`: a supplier
    footprint's own figures x the amount used; a database factor, which gives no split,
    is all fossil). The packaging: the sum over the footprints that include theirs, when
    each of them gives it."""
    flows, total = result.flows, float(result.total)
    if "fossil_kg_co2e" not in flows:  # an inventory without the split: all fossil
        return SplitTotals(total, total, total, False, None, (result.gwp,))
    packed = np.asarray(flows.text("pcf_packaging") == "true", dtype=bool)
    packaging = flows["packaging_kg_co2e"].astype(float)[packed]
    gwp = flows.text("gwp_sets")
    sets = [v for c in np.unique(gwp.codes).tolist() if c >= 0
            for v in str(gwp.values[c]).split(",")]
    return SplitTotals(
        excluding=total,
        fossil=float(np.nansum(flows["fossil_kg_co2e"].astype(float))),
        including=float(np.nansum(flows["biogenic_incl_kg_co2e"].astype(float))),
        packaging_included=bool(packed.any()),
        packaging=float(packaging.sum())
        if packed.any() and not np.isnan(packaging).any() else None,
        gwp_sets=tuple(ar_sorted(sets) or [result.gwp]))


def carbon_split(result: Result) -> dict[str, object]:
    """pcfIncludingBiogenicUptake, fossilGhgEmissions, fossilCarbonContent, the packaging
    and the GWP sets of the footprint: `split_totals`, as PACT decimals (the fossil
    emissions and the packaging not below 0)."""
    split = split_totals(result)
    including = split.including if "fossil_kg_co2e" in result.flows \
        else max(split.including, 0.0)  # without the split: the footprint's own figure
    out: dict[str, object] = {"pcfIncludingBiogenicUptake": _decimal(including),
                              "fossilGhgEmissions": _decimal(max(split.fossil, 0.0)),
                              "fossilCarbonContent": "0",  # not assessed (see comment)
                              "packagingEmissionsIncluded": split.packaging_included}
    if split.packaging is not None:
        out["packagingGhgEmissions"] = _decimal(max(split.packaging, 0.0))
    out["ipccCharacterizationFactors"] = list(split.gwp_sets)
    return out


def data_quality(result: Result) -> dict[str, str] | None:
    """PACT v3 dqi: the emission-weighted ratings of the rated lines (`aggregate.quality`),
    two decimals; None when no line is rated. v3 has no coverage field: the coverage is
    stated in the footprint's comment."""
    summary = quality.summary(result.flows)
    values = (summary.technological, summary.geographical, summary.temporal)
    if any(v is None for v in values):
        return None
    tech, geo, when = (_rating(float(v)) for v in values)  # type: ignore[arg-type]
    return {"technologicalDQR": tech, "geographicalDQR": geo, "temporalDQR": when}


def _rating(value: float) -> str:
    clamped = min(max(value, 1.0), 5.0)
    return _decimal_text(Decimal(repr(clamped)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def secondary_sources(result: Result) -> list[dict[str, str]]:
    """The databases behind the secondary and proxy factors: name + version, sorted.

    The version is a 'Ver.x' in the source name, else the factor's reference year, else
    "unspecified". The electricity factor typed into the Settings sheet is the company's
    own figure, not a database, and is left out."""
    inv = result.inventory
    used = inv[(inv["data_type"] != "primary") & inv["factor_source"].notna()]
    found: dict[tuple[str, str], None] = {}
    for key, source in used[["factor_key", "factor_source"]].drop_duplicates().itertuples(
            index=False):
        name = str(source).strip()
        if not name or key == "電力排出係数":
            continue
        match = re.search(r"\bver(?:sion)?\.?\s*(\d+(?:\.\d+)*)", name, re.IGNORECASE)
        year = (result.factor_details.get(str(key)) or {}).get("reference_year")
        version = match.group(1) if match else (str(year) if year else "unspecified")
        found[(name, version)] = None
    return [{"name": n, "version": v} for n, v in sorted(found)]


def _declared_unit(text: str) -> tuple[str, str]:
    match = _UNIT.match(text or "")
    word = match.group(2).casefold() if match else ""
    unit = UNIT_WORDS.get(word)
    amount = Decimal(match.group(1) or "1") if match else Decimal(0)
    if unit is None or amount <= 0:
        raise UsageError("pact.declared_unit", value=text)
    return unit, _decimal_text(amount)


def _reference_period(text: str, created: datetime) -> tuple[datetime, datetime]:
    """Settings 対象期間 (`read.period`: 'YYYY-MM-DD/YYYY-MM-DD', 'YYYY', 'FY2025' /
    '2025年度'); none: the calendar year of `created`. PACT's referencePeriodEnd is
    exclusive: the day after the last day, 00:00 UTC."""
    period = reference_period(text, created.year)
    if period is None:
        raise UsageError("pact.reference_period", value=text)
    return _utc(period[0]), _utc(period[1])


def _geography(text: str) -> dict[str, str]:
    """Settings 地域: 'JP', '日本', 'China', 'JP-13' (a prefecture), 'Global' (`read.country`);
    none: Japan."""
    value = (text or DEFAULT_GEOGRAPHY).strip()
    code = country_code(value)
    if code == GLOBAL:
        return {}
    if (sub := subdivision(value)) is not None:
        return {"geographyCountrySubdivision": sub}
    if code is not None:
        return {"geographyCountry": code}
    raise UsageError("pact.geography", value=text)


def _boundary(result: Result, lang: str) -> str:
    stages = pact_rules.boundary_stages(result)
    lines = [tr("pact.boundary.title", lang)]
    lines += [tr(f"pact.boundary.{s}", lang, kg=_decimal(v)) for s, v in stages.items()]
    return "\n".join(lines)


def _comment(result: Result, lang: str) -> str:
    return tr("pact.text.comment", lang,
              version=result.cfp_version or tr("pact.text.unknown_version", lang),
              file=result.input_file, sha256=result.input_sha256, gwp=result.gwp,
              biogenic=tr("pact.text.biogenic_suppliers" if result.supplier_pcfs
                          else "pact.text.biogenic_none", lang),
              quality=_quality_comment(result, lang), rules=pact_rules.comment(result, lang))


def _quality_comment(result: Result, lang: str) -> str:
    """PACT v3's dqi has no coverage field (v2's coveragePercent): said here."""
    summary = quality.summary(result.flows)
    if summary.technological is None:
        return tr("pact.text.quality_none", lang)
    return tr("pact.text.quality", lang, rated=summary.rated_lines, lines=summary.lines,
              coverage=_decimal(summary.coverage_percent))


# --- identifiers --------------------------------------------------------------------------

def _footprint_id(result: Result, footprint: dict[str, object]) -> str:
    """Settings PACT id, else a UUID of what the footprint says (`identity`: its figures,
    the input file's hash and the cfp version in the comment...) and the ids it replaces:
    unchanged inputs keep their id, any change makes a new one (PACT v3: a footprint is
    immutable)."""
    given = _text(result.settings.get("pact_id"))
    if given:
        try:
            return str(uuid.UUID(given))
        except ValueError:
            raise UsageError("pact.id", value=given) from None
    import orjson

    seed = orjson.dumps([identity(footprint), footprint.get("precedingPfIds") or []],
                        option=orjson.OPT_SORT_KEYS)
    return str(uuid.uuid5(_NAMESPACE, seed.decode()))


def _company_ids(settings: dict[str, object], company: str) -> list[str]:
    """Settings 会社ID (URNs, comma-separated); none: urn:uuid: of the company name, a
    stable placeholder a buyer can match but not resolve."""
    given = _split(settings.get("company_ids"))
    bad = [v for v in given if not _URN.match(v)]
    if bad:
        raise UsageError("pact.company_id", value=bad[0])
    if given:
        return list(dict.fromkeys(given))
    return [f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'company|' + company)}"]


def _product_urn(result: Result) -> str:
    """Settings 製品番号 as given when it is a URN; else, with Settings 会社ドメイン, the
    spec's recommended urn:pact:<domain>:supplier-id:<number> (an id issued by the data
    owner); else urn:pact:product-id:<quoted>. No product id: the product name."""
    value = _text(result.settings.get("product_id")) or result.product_name
    if _URN.match(value):
        return value
    domain = _text(result.settings.get("company_domain"))
    if domain:
        try:
            domain = company_domain(domain)
        except ValueError:
            raise UsageError("settings.bad_value", key="company_domain", value=domain,
                             hint=Message("settings.domain_hint")) from None
        return f"urn:pact:{domain}:supplier-id:{_quote(value)}"
    return "urn:pact:product-id:" + _quote(value)


def _classification_urn(value: str) -> str:
    """A bare number is a UN CPC code (the spec's urn:pact:productclassification form)."""
    if _URN.match(value):
        return value
    return "urn:pact:productclassification:un-cpc:" + _quote(value)


def _urns(raw: object, make: object) -> list[str]:
    return list(dict.fromkeys(make(v) for v in _split(raw)))  # type: ignore[operator]


def _urns_free(raw: object) -> list[str]:
    return list(dict.fromkeys(v for v in re.split(r"[;\n]", _text(raw)) if v.strip()))


# --- formatting ---------------------------------------------------------------------------

def _decimal(value: float) -> str:
    """6 significant digits as a plain decimal string ("13.2387", "0.000012", "0")."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite number: {value}")
    return _decimal_text(Decimal(format(value, ".6g")))


def _decimal_text(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _split(value: object) -> list[str]:
    return [v.strip() for v in re.split(r"[,、\n]", _text(value)) if v.strip()]


def _quote(value: str) -> str:
    return quote(value.strip(), safe="-._~!$&'()*+,;=:@")

