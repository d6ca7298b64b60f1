"""The time a result, summary or report says it was created.

`--timestamp` (ISO 8601, its own offset kept; no offset = UTC), else SOURCE_DATE_EPOCH
(UTC), else now in the local time zone. A pinned time makes repeated runs byte-identical.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from .errors import UsageError
from .messages import tr


def resolve_time(timestamp: str | None, lang: str = "en") -> tuple[datetime, bool]:
    """(creation time, pinned?)."""
    if timestamp:
        try:
            when = datetime.fromisoformat(timestamp.strip())
        except ValueError:
            raise UsageError(tr("batch.timestamp", lang, value=timestamp)) from None
        return (when.replace(tzinfo=UTC) if when.tzinfo is None else when), True
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC), True
        except (ValueError, OverflowError, OSError):
            raise UsageError(tr("batch.source_date_epoch", lang, value=epoch)) from None
    return datetime.now(UTC).astimezone().replace(microsecond=0), False
