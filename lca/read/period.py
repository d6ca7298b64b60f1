"""The study's reference period (Settings 対象期間), read one way for every user of it.

    reference_period("FY2025")            # -> (date(2025, 4, 1), date(2026, 4, 1))
    reference_period("", default_year=2026)  # -> (date(2026, 1, 1), date(2027, 1, 1))

Forms: 'YYYY-MM-DD/YYYY-MM-DD' (end date inclusive; also 2025年4月1日～2026年3月31日),
'YYYY' (a calendar year) or 'FY2025' / '2025年度' (April-March); no text: the calendar
year `default_year`. The end returned is exclusive (the day after the last day), as in
PACT's referencePeriodEnd. None: the text is none of these forms.

Used by the PACT export (`render/pact.py`, which refuses an unreadable period) and by
the temporal data-quality rating (`aggregate/quality.py`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_FISCAL = re.compile(r"^(?:FY\s*(\d{4})|(\d{4})\s*年度)$", re.IGNORECASE)


def reference_period(text: str | None, default_year: int | None = None
                     ) -> tuple[date, date] | None:
    """(first day, day after the last day) of the period `text`; None if unreadable
    (or no text and no `default_year`)."""
    text = (text or "").strip()
    if not text:
        return None if default_year is None else (date(default_year, 1, 1),
                                                   date(default_year + 1, 1, 1))
    fiscal = _FISCAL.match(text)
    if fiscal:
        year = int(fiscal.group(1) or fiscal.group(2))
        return date(year, 4, 1), date(year + 1, 4, 1)
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return date(year, 1, 1), date(year + 1, 1, 1)
    try:
        dates = [date(int(y), int(m), int(d)) for y, m, d in _DATE.findall(text)]
    except ValueError:
        return None
    if len(dates) != 2 or dates[1] < dates[0]:
        return None
    return dates[0], dates[1] + timedelta(days=1)


def period_years(period: tuple[date, date]) -> tuple[int, int]:
    """The first and the last calendar year the period touches (its end is exclusive)."""
    start, end = period
    return start.year, (end - timedelta(days=1)).year
