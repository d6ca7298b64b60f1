"""ListFootprints: the v3 filters, the client's scope and `limit` pagination.

    query = parse_query(raw_query_string)       # FilterError on a bad parameter
    page, more = select(snapshot, query, scope)  # footprints of this page, next cursor

PACT v3 filtering: values of one criterion are ORed, criteria are ANDed, matches are
case-insensitive, parameter names too (the spec's own example writes `productid`). An
empty value (`classification=`, what the conformance tool sends when a footprint has no
classification) is no criterion. An unknown `status` matches nothing (the tool wants
`200 []`, not 400). Host-specific parameters are `x-...`: `x-cfp-after` is the cursor of
our pagination links (ids are the order, so a link stays valid as footprints come and
go, and can be called again); other `x-` parameters are ignored, anything else is 400.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode

from .store import Footprint, Snapshot, is_uuid, parse_time

#: A page holds at most this many footprints, whatever `limit` says (a list of 1,000
#: footprints is ~4 MB): the rest comes through the Link header.
MAX_PAGE = 100
#: The largest `limit` taken (any limit above MAX_PAGE gives pages of MAX_PAGE); a larger
#: one is refused as such, 400.
MAX_LIMIT = 999_999_999
CURSOR = "x-cfp-after"
SET_FILTERS = {"productid": "productId", "companyid": "companyId",
               "geography": "geography", "classification": "classification",
               "status": "status"}
TIME_FILTERS = {"validon": "validOn", "validafter": "validAfter", "validbefore": "validBefore"}
MAX_VALUES = 100  # values of one criterion
MAX_VALUE_LENGTH = 1000


class FilterError(ValueError):
    """A query parameter that cannot be used; args = (message key, params)."""


@dataclass
class Query:
    sets: dict[str, frozenset[str]] = field(default_factory=dict)  # criterion -> values
    times: dict[str, tuple[float, ...]] = field(default_factory=dict)
    limit: int | None = None
    after: str | None = None
    params: list[tuple[str, str]] = field(default_factory=list)  # for the next link

    def page_size(self) -> int:
        return MAX_PAGE if self.limit is None else min(self.limit, MAX_PAGE)


def parse_query(raw: str) -> Query:
    """The Query of a ListFootprints query string."""
    query = Query()
    collected: dict[str, list[str]] = {}
    for name, value in parse_qsl(raw, keep_blank_values=True, max_num_fields=500):
        key = name.lower()
        if len(value) > MAX_VALUE_LENGTH:
            raise FilterError("serve.filter.too_long", {"name": name[:40]})
        if key == "limit":
            query.limit = _limit(value, query.limit)
        elif key == CURSOR:
            if not is_uuid(value) or query.after is not None:
                raise FilterError("serve.filter.cursor", {})
            query.after = value.lower()
        elif key in SET_FILTERS or key in TIME_FILTERS:
            collected.setdefault(key, []).append(value)
            query.params.append((SET_FILTERS.get(key) or TIME_FILTERS[key], value))
        elif not key.startswith("x-"):
            raise FilterError("serve.filter.unknown",
                              {"name": name[:40], "known": ", ".join(
                                  [*SET_FILTERS.values(), *TIME_FILTERS.values(), "limit"])})
    for key, values in collected.items():
        values = [v for v in values if v.strip()]
        if len(values) > MAX_VALUES:
            raise FilterError("serve.filter.too_many", {"name": key, "max": MAX_VALUES})
        if not values:
            continue
        if key in TIME_FILTERS:
            query.times[key] = tuple(_time(TIME_FILTERS[key], v) for v in values)
        else:
            query.sets[key] = frozenset(v.strip().lower() for v in values)
    return query


def _limit(value: str, previous: int | None) -> int:
    """`limit`: a whole number from 1 to MAX_LIMIT, given once. 0 is refused: a page of
    no footprints, whose next link asks for the same again, would never end."""
    text = value.strip()
    shown = value if len(value) <= 40 else value[:40] + "…"
    if previous is not None or not re.fullmatch(r"[+-]?[0-9]+", text):
        raise FilterError("serve.filter.limit", {"value": shown})
    number = int(text)  # (at most MAX_VALUE_LENGTH digits)
    if number < 1:
        raise FilterError("serve.filter.limit_min", {"value": shown})
    if number > MAX_LIMIT:
        raise FilterError("serve.filter.limit_max",
                          {"value": shown, "max": MAX_LIMIT, "page": MAX_PAGE})
    return number


def _time(name: str, value: str) -> float:
    moment = parse_time(value)
    if moment is None:
        raise FilterError("serve.filter.time", {"name": name, "value": value[:60]})
    return moment.timestamp()


def matches(fp: Footprint, query: Query) -> bool:
    """Does `fp` meet every criterion of `query` (one value of each)?"""
    sets = query.sets
    if sets:
        if "productid" in sets and not fp.product_ids & sets["productid"]:
            return False
        if "companyid" in sets and not fp.company_ids & sets["companyid"]:
            return False
        if "geography" in sets and not fp.geographies & sets["geography"]:
            return False
        if "classification" in sets and not fp.classifications & sets["classification"]:
            return False
        if "status" in sets and fp.status not in sets["status"]:
            return False
    times = query.times
    if times:
        if "validon" in times and not any(fp.valid_from <= t <= fp.valid_to
                                          for t in times["validon"]):
            return False
        if "validafter" in times and not any(fp.valid_from > t for t in times["validafter"]):
            return False
        if "validbefore" in times and not any(fp.valid_to < t for t in times["validbefore"]):
            return False
    return True


def select(snapshot: Snapshot, query: Query, visible) -> tuple[list[Footprint], bool]:  # noqa: ANN001
    """The footprints of one page (id order, after the cursor) that match `query` and
    that `visible(fp)` allows; and whether more follow."""
    size = query.page_size()
    candidates = _candidates(snapshot, query)
    page: list[Footprint] = []
    for fp in candidates:
        if matches(fp, query) and visible(fp):
            if len(page) == size:
                return page, True
            page.append(fp)
    return page, False


def _candidates(snapshot: Snapshot, query: Query):  # noqa: ANN202 - an iterator
    """The footprints after the cursor, narrowed by the product-id index when the query
    names product ids (the common "give me the footprint of this part" request)."""
    if "productid" in query.sets:
        index = product_index(snapshot)
        chosen = sorted({fp.id: fp for value in query.sets["productid"]
                         for fp in index.get(value, ())}.values(), key=lambda f: f.id)
        return [fp for fp in chosen if query.after is None or fp.id > query.after]
    ordered = snapshot.ordered
    start = 0 if query.after is None else bisect.bisect_right(ids_of(snapshot), query.after)
    return (ordered[i] for i in range(start, len(ordered)))


_INDEXES: dict[int, tuple[Snapshot, dict[str, tuple[Footprint, ...]], tuple[str, ...]]] = {}


def _indexed(snapshot: Snapshot) -> tuple[dict[str, tuple[Footprint, ...]], tuple[str, ...]]:
    """The product-id index and id list of `snapshot`, built once per snapshot."""
    cached = _INDEXES.get(id(snapshot))
    if cached is not None and cached[0] is snapshot:
        return cached[1], cached[2]
    index: dict[str, list[Footprint]] = {}
    for fp in snapshot.ordered:
        for product in fp.product_ids:
            index.setdefault(product, []).append(fp)
    built = ({k: tuple(v) for k, v in index.items()}, tuple(fp.id for fp in snapshot.ordered))
    _INDEXES.clear()  # one snapshot is current; older ones need no index
    _INDEXES[id(snapshot)] = (snapshot, *built)
    return built


def product_index(snapshot: Snapshot) -> dict[str, tuple[Footprint, ...]]:
    return _indexed(snapshot)[0]


def ids_of(snapshot: Snapshot) -> tuple[str, ...]:
    return _indexed(snapshot)[1]


_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])"
                   r"(?::\d{1,5})?")


def safe_host(host: str | None) -> str | None:
    """The Host header if it is a plain host[:port] (it goes into the Link header)."""
    if host and _HOST.fullmatch(host):
        return host
    return None


def next_link(host: str, path: str, query: Query, last_id: str) -> str:
    """The `Link` header value of the next page: absolute, on the request's host (PACT),
    every value percent-encoded (a CR/LF in a filter value cannot reach the header)."""
    params = [*query.params, ("limit", str(query.page_size())), (CURSOR, last_id)]
    target = f"https://{host}{quote(path)}?{urlencode(params, quote_via=quote)}"
    return f'<{target}>; rel="next"'
