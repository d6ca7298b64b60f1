"""Countries as a workbook states them: ISO 3166-1 codes and common English and Japanese names.

    country_code("中国") == "CN"; country_code("ｔｈ") == "TH"; country_code("Viet Nam") == "VN"
    country_code("JP-13") == "JP"          # a subdivision: its country
    country_code("Global") == GLOBAL       # the world, not one country
    country_code("Kanto") is None          # not a country cfp can name
    names_china_or_chugoku("中国")           # True: China, or Japan's Chūgoku region?

One table for every place that reads a country (Settings 地域: the site's grid factor, the
PACT geography, the data-quality rating). Text is compared NFKC-folded and case-folded
without spaces, dots or dashes (`name_key`), so `ＣＮ`, `cn`, `U.S.A.` and `South Korea`
all match. Any other two letters are taken as an ISO 3166-1 code (`BD`): a country cfp
has no name for is still a country, and the grid factor's check names it.

`中国` is read as China, the country cell's one country of that name, but it is also the
Chūgoku region of Japan (中国地方: Tottori to Yamaguchi, JP-31..35, 中国電力's area), a
region a Japanese workbook's 地域 column may well hold. Reading it either way silently
could give the wrong grid, so each cell that used it is warned about (resolve/checks.py:
`warn.country_china`); 中華人民共和国, 中国本土, China or CN are not.
"""

from __future__ import annotations

import re

from .names import name_key, nfkc

#: the world as a site or a factor's geography (ecoinvent GLO, RoW; Ember World)
GLOBAL = "GLO"
GLOBAL_WORDS = frozenset({"glo", "global", "world", "row", "ww", "世界", "グローバル", "全世界",
                          "世界平均"})

#: ISO 3166-1 alpha-2 -> alpha-3 and the names a workbook may use (English, Japanese)
NAMES: dict[str, tuple[str, ...]] = {
    "JP": ("JPN", "Japan", "日本", "日本国"),
    "CN": ("CHN", "China", "PRC", "People's Republic of China", "China mainland",
           "中国", "中華人民共和国", "中国本土"),
    "KR": ("KOR", "South Korea", "Korea", "Republic of Korea", "韓国", "大韓民国"),
    "TW": ("TWN", "Taiwan", "台湾", "臺灣"),
    "TH": ("THA", "Thailand", "タイ", "タイ王国"),
    "VN": ("VNM", "Viet Nam", "Vietnam", "ベトナム", "ヴェトナム"),
    "US": ("USA", "United States", "United States of America", "America", "米国",
           "アメリカ", "アメリカ合衆国"),
    "DE": ("DEU", "Germany", "Deutschland", "ドイツ"),
    "IN": ("IND", "India", "インド"),
    "ID": ("IDN", "Indonesia", "インドネシア"),
    "MY": ("MYS", "Malaysia", "マレーシア"),
    "MX": ("MEX", "Mexico", "México", "メキシコ"),
    "PH": ("PHL", "Philippines", "The Philippines", "フィリピン"),
    "SG": ("SGP", "Singapore", "シンガポール"),
    # countries without a built-in grid factor: named, so the check can say which
    "HK": ("HKG", "Hong Kong", "香港"),
    "GB": ("GBR", "UK", "United Kingdom", "Great Britain", "イギリス", "英国"),
    "FR": ("FRA", "France", "フランス"),
    "IT": ("ITA", "Italy", "イタリア"),
    "ES": ("ESP", "Spain", "スペイン"),
    "NL": ("NLD", "Netherlands", "オランダ"),
    "PL": ("POL", "Poland", "ポーランド"),
    "CZ": ("CZE", "Czechia", "Czech Republic", "チェコ"),
    "HU": ("HUN", "Hungary", "ハンガリー"),
    "CA": ("CAN", "Canada", "カナダ"),
    "BR": ("BRA", "Brazil", "ブラジル"),
    "AU": ("AUS", "Australia", "オーストラリア"),
    "BD": ("BGD", "Bangladesh", "バングラデシュ"),
    "KH": ("KHM", "Cambodia", "カンボジア"),
    "MM": ("MMR", "Myanmar", "ミャンマー"),
    "LA": ("LAO", "Laos", "ラオス"),
    "PK": ("PAK", "Pakistan", "パキスタン"),
    "TR": ("TUR", "Turkey", "Türkiye", "トルコ"),
}
#: the countries with a built-in national-average grid row `electricity:<code>` in
#: lca/data/factors.csv (JP: MoE/METI; the others: Ember), checked by test_builtin_data
BUILTIN_GRIDS = ("JP", "CN", "KR", "TW", "TH", "VN", "US", "DE", "IN", "ID", "MY", "MX", "PH",
                 "SG")
_SUBDIVISION = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")
_CODE = re.compile(r"[A-Z]{2}")


def _key(text: str) -> str:
    return re.sub(r"['’()（）]", "", name_key(text))


_BY_NAME: dict[str, str] = {_key(name): code for code, names in NAMES.items()
                            for name in (code, *names)}


#: the names of China that are also a region of Japan (the 中国地方), as `_key` gives them
CHINA_OR_CHUGOKU = frozenset({_key("中国")})


def names_china_or_chugoku(text: object) -> bool:
    """`text` is `中国` (any width, spaces): China to cfp, but maybe Japan's Chūgoku region."""
    return isinstance(text, str) and _key(nfkc(text)) in CHINA_OR_CHUGOKU


def country_code(text: object) -> str | None:
    """The ISO 3166-1 alpha-2 code `text` names (a subdivision `JP-13`: its country),
    `GLOBAL` for the world, None for a blank or for what is not a country."""
    if text is None or isinstance(text, bool):
        return None
    value = nfkc(str(text))
    if not value:
        return None
    upper = value.upper()
    if (sub := _SUBDIVISION.fullmatch(upper)) is not None:
        return sub.group(1)
    key = _key(value)
    if key in GLOBAL_WORDS:
        return GLOBAL
    if key in _BY_NAME:
        return _BY_NAME[key]
    return upper if _CODE.fullmatch(upper) else None


def subdivision(text: object) -> str | None:
    """`JP-13` for a subdivision code written in any width or case; None otherwise."""
    if text is None:
        return None
    upper = nfkc(str(text)).upper()
    return upper if _SUBDIVISION.fullmatch(upper) else None
