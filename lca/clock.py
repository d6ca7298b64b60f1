"""The time a result, summary or report says it was created, in the user's time zone.

`--timestamp` (ISO 8601) keeps its own offset; one without an offset is a wall time in
the user's zone. Else SOURCE_DATE_EPOCH, else now, both in the user's zone: TZ when it
is set, else Japan time (JST, UTC+09:00) for a Japanese user (`--lang ja` or a ja
locale), else the system's local zone. A pinned time makes repeated runs byte-identical
(with the same TZ, locale and language: they choose the zone a pinned instant is shown
in; an explicit offset in `--timestamp` depends on nothing).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, timezone

from .errors import UsageError

#: Japan has had no daylight saving time since 1951: a fixed offset is exact and needs
#: no time zone database (Windows has none without the tzdata package).
JST = timezone(timedelta(hours=9), "JST")


def resolve_time(timestamp: str | None, lang: str = "en") -> tuple[datetime, bool]:
    """(creation time in the user's zone, pinned?)."""
    if timestamp:
        try:
            when = datetime.fromisoformat(timestamp.strip())
        except ValueError:
            raise UsageError("batch.timestamp", value=timestamp) from None
        return (when if when.tzinfo is not None else _wall_time(when, lang)), True
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return in_user_zone(datetime.fromtimestamp(int(epoch), UTC), lang), True
        except (ValueError, OverflowError, OSError):
            raise UsageError("batch.source_date_epoch", value=epoch) from None
    return in_user_zone(datetime.now(UTC).replace(microsecond=0), lang), False


def in_user_zone(when: datetime, lang: str = "en") -> datetime:
    """The aware time `when` in the user's zone (see the module docstring)."""
    if _japan(lang):
        return when.astimezone(JST)
    _follow_tz()
    return when.astimezone()


def _japan(lang: str) -> bool:
    """Japan time for a Japanese user, unless TZ names the zone."""
    if os.environ.get("TZ"):
        return False
    if lang == "ja":
        return True
    for var in ("LC_ALL", "LC_TIME", "LANG"):  # POSIX precedence for times
        value = os.environ.get(var)
        if value:
            return value.lower().startswith("ja")
    return False


def _wall_time(naive: datetime, lang: str) -> datetime:
    if _japan(lang):
        return naive.replace(tzinfo=JST)
    _follow_tz()
    return naive.astimezone()  # a naive time is taken as local time


def _follow_tz() -> None:
    """Make the C library read TZ again (it is read once at start-up; a test or an
    embedding program may have changed it since)."""
    if hasattr(time, "tzset"):
        time.tzset()
