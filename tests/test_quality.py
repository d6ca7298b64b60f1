"""Data quality ratings (lca/aggregate/quality.py): each rule on its own, then six lines
whose emission-weighted ratings and coverage are worked out by hand (the README's
"PACT export" example), and the PACT dqi they give."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from cfp.lca.aggregate import quality
from cfp.lca.frame import Frame
from cfp.lca.render.pact import data_quality

FY2025 = (2025, 2026)  # FY2025 = 2025-04-01..2026-03-31: calendar years 2025 and 2026


@pytest.mark.parametrize("geography, site, rating", [
    ("JP", "JP", 1), ("jp", "JP", 1), ("日本", "JP", 1), ("JP-13", "JP", 1),  # a prefecture
    ("CN", "JP", 2), ("TW", "JP", 2),  # UN M49 Eastern Asia, like Japan
    ("RER", "DE", 2), ("EU", "FR", 2),  # a region holding the site's country
    ("GLO", "JP", 3), ("RoW", "JP", 3), ("World", "JP", 3),
    ("GB", "JP", 4), ("US", "JP", 4), ("RER", "JP", 4), ("Atlantis", "JP", 4),
    (None, "JP", 5), ("", "JP", 5),
    ("GLO", None, 1), ("JP", None, 3),  # a global site (Settings 地域 Global)
])
def test_geographical(geography, site, rating):
    assert quality.geographical(geography, site) == rating


@pytest.mark.parametrize("text, site", [
    (None, "JP"), ("", "JP"), ("JP", "JP"), ("日本", "JP"), ("JP-13", "JP"), ("de", "DE"),
    ("Global", None), ("GLO", None)])
def test_site_country_from_settings(text, site):
    assert quality.site_country(text) == site


@pytest.mark.parametrize("year, rating", [
    (2025, 1), (2026, 1), ("2025", 1),  # inside the period
    (2024, 2), (2023, 2), ("FY2024", 2), (2028, 2),  # 1-2 years off (either side)
    (2022, 3), (2021, 3), (2020, 4), (2019, 4), (2018, 5), (1990, 5),
    (None, 5), ("unknown", 5),
])
def test_temporal(year, rating):
    assert quality.temporal(year, FY2025) == rating


def test_temporal_without_a_readable_period_is_not_rated():
    assert np.isnan(quality.temporal(2025, None))


def _lines() -> tuple[Frame, dict[str, dict[str, object]]]:
    """Six lines of a product made in Japan, reference period FY2025.

    line  what                         tech geo temporal         kg-CO2e
    1     A6063 by grade, JP 2024        2   1   1 year off -> 2   6.0
    2     SS400 category proxy, GLO 2022 4   3   3 years -> 3      3.0
    3     measured kWh x Settings grid   1   1   1                 1.0
    4     truck by mode, GB 2025         2   4   1                 0.5
    5     supplier footprint, own DQRs   1.5 2.0 1.0               2.0
    6     supplier footprint, no DQRs    -   -   -  (not rated)    2.5
    """
    flows = Frame({
        "factor_key": np.array(["aluminium", "steel", "電力排出係数", "truck", "GM-1", "GM-2"],
                               dtype=object),
        "data_type": np.array(["secondary", "proxy", "primary", "secondary", "primary",
                               "primary"], dtype=object),
        "matched_by": np.array(["grade", "category", "electricity", "mode", "supplier_pcf",
                                "supplier_pcf"], dtype=object),
        "kg_co2e": np.array([6.0, 3.0, 1.0, 0.5, 2.0, 2.5]),
        "pcf_dqr_technological": np.array([np.nan] * 4 + [1.5, np.nan]),
        "pcf_dqr_geographical": np.array([np.nan] * 4 + [2.0, np.nan]),
        "pcf_dqr_temporal": np.array([np.nan] * 4 + [1.0, np.nan]),
    })
    details = {"aluminium": {"geography": "JP", "reference_year": 2024},
               "steel": {"geography": "GLO", "reference_year": "2022"},
               "truck": {"geography": "GB", "reference_year": 2025}}
    return flows, details


def test_each_line_is_rated_as_worked_out():
    flows, details = _lines()
    ratings = quality.rate(flows, details, {"reference_period": "FY2025"}, default_year=2030)
    nan = np.nan
    np.testing.assert_array_equal(ratings["dqr_technological"], [2, 4, 1, 2, 1.5, nan])
    np.testing.assert_array_equal(ratings["dqr_geographical"], [1, 3, 1, 4, 2.0, nan])
    np.testing.assert_array_equal(ratings["dqr_temporal"], [2, 3, 1, 1, 1.0, nan])


def test_the_aggregate_is_emission_weighted_over_the_rated_lines():
    flows, details = _lines()
    for name, values in quality.rate(flows, details, {"reference_period": "FY2025"},
                                     2030).items():
        flows[name] = values
    summary = quality.summary(flows)
    # weights 6 + 3 + 1 + 0.5 + 2 = 12.5 rated of 15 in all: coverage 12.5 / 15 = 83.33 %
    assert summary.coverage_percent == pytest.approx(83.333333)
    assert (summary.rated_lines, summary.lines) == (5, 6)
    # technological (6x2 + 3x4 + 1x1 + 0.5x2 + 2x1.5) / 12.5 = 29 / 12.5 = 2.32
    assert summary.technological == pytest.approx(2.32)
    # geographical (6x1 + 3x3 + 1x1 + 0.5x4 + 2x2) / 12.5 = 22 / 12.5 = 1.76
    assert summary.geographical == pytest.approx(1.76)
    # temporal (6x2 + 3x3 + 1x1 + 0.5x1 + 2x1) / 12.5 = 24.5 / 12.5 = 1.96
    assert summary.temporal == pytest.approx(1.96)
    assert data_quality(SimpleNamespace(flows=flows)) == {
        "technologicalDQR": "2.32", "geographicalDQR": "1.76", "temporalDQR": "1.96"}


def test_no_reference_period_rates_against_the_given_year():
    flows, details = _lines()
    # no 対象期間: the calendar year 2025; A6063 of 2024 is 1 year off, SS400 of 2022 3
    ratings = quality.rate(flows, details, {}, default_year=2025)
    np.testing.assert_array_equal(ratings["dqr_temporal"][:4], [2, 3, 1, 1])
    # an unreadable period: the temporal rating is unknown, not guessed (the Settings
    # grid factor is the study's own but the study's period is not known either)
    ratings = quality.rate(flows, details, {"reference_period": "spring"}, 2025)
    assert np.isnan(ratings["dqr_temporal"][:4]).all()


def test_a_credit_weighs_by_its_size_and_nothing_rated_gives_no_dqi():
    flows = Frame({"kg_co2e": np.array([4.0, -1.0]),
                   "dqr_technological": np.array([1.0, 5.0]),
                   "dqr_geographical": np.array([1.0, 5.0]),
                   "dqr_temporal": np.array([1.0, 5.0])})
    # (4x1 + 1x5) / 5 = 1.8
    assert quality.summary(flows).technological == pytest.approx(1.8)
    unrated = Frame({"kg_co2e": np.array([4.0])})
    assert quality.summary(unrated).coverage_percent == 0
    assert data_quality(SimpleNamespace(flows=unrated)) is None


def test_the_report_states_the_weighted_ratings():
    # the six lines above: 2.32 / 1.76 / 1.96 over 83.33 % of the emissions, shown to one
    # decimal; no rated line: no sentence
    from cfp.lca.render.model import _dqi

    flows, details = _lines()
    for name, values in quality.rate(flows, details, {"reference_period": "FY2025"},
                                     2030).items():
        flows[name] = values
    text = _dqi(SimpleNamespace(flows=flows), "en", "p-inventory.xlsx")
    assert "over 83.3% of them: technological 2.3, geographical 1.8, temporal 2.0." in text
    assert "p-inventory.xlsx" in text
    ja = _dqi(SimpleNamespace(flows=flows), "ja", "p-inventory.xlsx")
    assert "排出量の 83.3% が対象): 技術的代表性 2.3、地理的代表性 1.8、時間的代表性 2.0" in ja
    for name in quality.FIELDS:
        flows[name] = np.full(len(flows), np.nan)
    assert _dqi(SimpleNamespace(flows=flows), "en", "p-inventory.xlsx") is None
