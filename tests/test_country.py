"""Countries as a workbook states them (lca/read/country.py): ISO codes and English and
Japanese names in any width or case, one table for the grid factor (Settings 地域), the PACT
geography and the data-quality rating."""

from __future__ import annotations

import pytest

from cfp.lca.aggregate import quality
from cfp.lca.read.country import GLOBAL, country_code
from cfp.lca.render.pact import _geography


@pytest.mark.parametrize("text, code", [
    ("JP", "JP"), ("jp", "JP"), ("Japan", "JP"), ("日本", "JP"), ("ＪＰ", "JP"), ("JPN", "JP"),
    ("JP-13", "JP"), ("ｊｐ－１３", "JP"), ("中国", "CN"), ("China", "CN"),
    ("中華人民共和国", "CN"),
    ("People's Republic of China", "CN"), ("South Korea", "KR"), ("大韓民国", "KR"),
    ("U.S.A.", "US"), ("United States", "US"), ("米国", "US"), ("Vietnam", "VN"),
    ("ﾀｲ", "TH"),  # half-width katakana
    ("UK", "GB"), ("BD", "BD"), ("Global", GLOBAL), ("世界", GLOBAL), ("GLO", GLOBAL),
    ("Kanto", None), ("関東", None), ("", None), (None, None), ("123", None),
])
def test_country_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text, pcf", [
    ("中国", {"geographyCountry": "CN"}), ("Thailand", {"geographyCountry": "TH"}),
    ("日本", {"geographyCountry": "JP"}), ("JP-13", {"geographyCountrySubdivision": "JP-13"}),
    ("Global", {}), ("", {"geographyCountry": "JP"}),
])
def test_pact_geography_reads_the_same_names(text, pcf):
    assert _geography(text) == pcf


@pytest.mark.parametrize("text, site", [("中国", "CN"), ("Thailand", "TH"), ("ｊｐ", "JP")])
def test_quality_site_reads_the_same_names(text, site):
    assert quality.site_country(text) == site
    assert quality.geographical(site, quality.site_country(text)) == 1.0


@pytest.mark.parametrize("value, refused", [("中国", False), ("ＴＨ", False), ("JP-13", False),
                                            ("Global", False), ("Kanto", True), ("関東", True)])
def test_settings_geography_must_be_a_country(tmp_path, value, refused):
    from builders import write_book

    from cfp.lca.errors import ProblemLog
    from cfp.lca.read.masters import read_settings
    from cfp.lca.read.workbook import open_workbook

    path = write_book(tmp_path / "s.xlsx", {"設定": [["製品名", "x"], ["地域", value]]})
    log = ProblemLog(str(path))
    settings = read_settings(open_workbook(path), log)
    if refused:
        (problem,) = log.problems
        assert (problem.code, problem.sheet, problem.cell) == ("settings.bad_value", "設定", "B2")
        assert "ISO 3166" in problem.message("en") and "国コード" in problem.message("ja")
    else:
        assert not log.problems and settings.geography is not None
