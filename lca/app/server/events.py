"""PACT v3 events (CloudEvents 1.0, structured JSON): the ones we accept and the ones we send.

Incoming (`POST /3/events`), validated before the 200:
- `RequestCreatedEvent`: its `data` holds ListFootprints criteria; answered later with
  a `RequestFulfilledEvent` (the matching footprints the client may see) or a
  `RequestRejectedEvent` (none), POSTed to the client's configured event endpoint, never
  to the event's `source` (which anyone can write: sending there would let a client
  make the server call any address).
- `PublishedEvent`: a data owner announcing its footprints to us; we host footprints and
  request none, so it is checked (`pfIds` must be UUIDs) and acknowledged.
- `RequestFulfilledEvent` / `RequestRejectedEvent`: answers to requests we never send;
  checked and acknowledged.

Outgoing events go through `Dispatcher`: a bounded queue and one worker, retries with
exponential backoff (PACT: SHOULD retry), redirects not followed, plain http only to
loopback. Pending events live in memory: a restart loses them (logged as dropped).
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import OrderedDict
from datetime import UTC, datetime
from urllib.parse import urlsplit

import orjson

from ...records import frozen
from .clients import Client, is_loopback
from .filters import SET_FILTERS, TIME_FILTERS, FilterError, Query, matches
from .store import Snapshot, is_uuid, parse_time

PREFIX = "org.wbcsd.pact.ProductFootprint."
CREATED = PREFIX + "RequestCreatedEvent.3"
FULFILLED = PREFIX + "RequestFulfilledEvent.3"
REJECTED = PREFIX + "RequestRejectedEvent.3"
PUBLISHED = PREFIX + "PublishedEvent.3"
TYPES = (CREATED, FULFILLED, REJECTED, PUBLISHED)
MAX_PFS = 1000  # footprints in one RequestFulfilledEvent
QUEUE_SIZE = 1000
RETRY_DELAYS_S = (1, 2, 4, 8, 16, 32, 64, 128)  # ~4 minutes, then the event is dropped


class EventError(ValueError):
    """An event that is not valid; args = (message key, params)."""


@frozen
class Incoming:
    type: str
    id: str
    source: str
    data: dict


def parse_event(body: bytes) -> Incoming:
    """The validated CloudEvent of a request body, else EventError."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise EventError("serve.event.json", {}) from None
    if not isinstance(doc, dict):
        raise EventError("serve.event.json", {})
    for name in ("specversion", "id", "source", "type", "time"):
        value = doc.get(name)
        if not isinstance(value, str) or not value.strip() or len(value) > 2048:
            raise EventError("serve.event.field", {"field": name})
    if doc["specversion"] != "1.0":
        raise EventError("serve.event.specversion", {"value": doc["specversion"][:20]})
    if doc["type"] not in TYPES:
        raise EventError("serve.event.type", {"value": doc["type"][:120]})
    if parse_time(doc["time"]) is None:
        raise EventError("serve.event.field", {"field": "time"})
    data = doc.get("data")
    if not isinstance(data, dict):
        raise EventError("serve.event.field", {"field": "data"})
    event = Incoming(doc["type"], doc["id"], doc["source"], data)
    _CHECKS[event.type](data)
    return event


def _check_created(data: dict) -> None:
    criteria_query(data)


def _check_published(data: dict) -> None:
    ids = data.get("pfIds")
    if not isinstance(ids, list) or not ids or not all(
            isinstance(i, str) and is_uuid(i) for i in ids):
        raise EventError("serve.event.pfids", {})


def _check_answer(data: dict) -> None:
    if not isinstance(data.get("requestEventId"), str) or not data["requestEventId"]:
        raise EventError("serve.event.field", {"field": "data.requestEventId"})


_CHECKS = {CREATED: _check_created, PUBLISHED: _check_published,
           FULFILLED: _check_answer, REJECTED: _check_answer}


def criteria_query(data: dict) -> Query:
    """The ListFootprints query of a RequestCreatedEvent's `data` (same filters)."""
    query = Query()
    by_name = {**{v: k for k, v in SET_FILTERS.items()}, **{v: k for k, v in TIME_FILTERS.items()}}
    for name, value in data.items():
        key = by_name.get(name)
        if key is None:
            continue  # comment and fields of future versions
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) for v in values) or len(values) > 100:
            raise EventError("serve.event.criterion", {"field": f"data.{name}"})
        values = [v for v in values if v.strip()]
        if not values:
            continue
        if key in TIME_FILTERS:
            moments = [parse_time(v) for v in values]
            if any(m is None for m in moments):
                raise EventError("serve.event.criterion", {"field": f"data.{name}"})
            query.times[key] = tuple(m.timestamp() for m in moments if m is not None)
        else:
            query.sets[key] = frozenset(v.strip().lower() for v in values)
    return query


def answer(event: Incoming, snapshot: Snapshot, client: Client, source: str,
           lang_message) -> dict:  # noqa: ANN001
    """The RequestFulfilledEvent or RequestRejectedEvent answering a RequestCreatedEvent."""
    try:
        query = criteria_query(event.data)
    except (EventError, FilterError):  # validated before the 200; cannot happen
        query = None
    found = [] if query is None else [
        fp for fp in snapshot.ordered if matches(fp, query) and client.scope.allows(fp)]
    if not query or not (query.sets or query.times):
        found = []  # a request naming nothing is not a request for everything
    if found:
        pfs = b"[" + b",".join(fp.body for fp in found[:MAX_PFS]) + b"]"
        return outgoing(FULFILLED, source, {"requestEventId": event.id,
                                            "pfs": orjson.Fragment(pfs)})
    return outgoing(REJECTED, source, {"requestEventId": event.id, "error": {
        "code": "NotFound", "message": lang_message("serve.event.no_match")}})


def outgoing(kind: str, source: str, data: dict) -> dict:
    return {"type": kind, "specversion": "1.0", "id": str(uuid.uuid4()), "source": source,
            "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "data": data}


class Seen:
    """Event ids already accepted (per client and source): a retried RequestCreatedEvent
    is acknowledged again but answered once."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._keys: OrderedDict[tuple[str, str, str], None] = OrderedDict()

    def first_time(self, client_id: str, source: str, event_id: str) -> bool:
        key = (client_id, source, event_id)
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self.size:
            self._keys.popitem(last=False)
        return True


class Dispatcher:
    """Sends events to the clients' endpoints from one background task."""

    def __init__(self, report, ca_file: str | None = None, transport=None) -> None:  # noqa: ANN001
        self.report = report
        self.ca_file = ca_file
        self.transport = transport  # an httpx transport (tests)
        self.queue: asyncio.Queue[tuple[Client, dict]] = asyncio.Queue(QUEUE_SIZE)
        self._tokens: dict[str, tuple[str, float]] = {}
        self._task: asyncio.Task | None = None
        self._http = None

    def send(self, client: Client, event: dict) -> bool:
        try:
            self.queue.put_nowait((client, event))
        except asyncio.QueueFull:
            self.report("serve.event.queue_full", client=client.id)
            return False
        return True

    async def start(self) -> None:
        import httpx

        verify: object = True
        if self.ca_file:
            import ssl

            verify = ssl.create_default_context(cafile=self.ca_file)
        self._http = httpx.AsyncClient(timeout=10.0, follow_redirects=False, verify=verify,
                                       trust_env=False, transport=self.transport)
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.queue.qsize():
            self.report("serve.event.dropped", count=self.queue.qsize())
        if self._http is not None:
            await self._http.aclose()

    async def drain(self) -> None:
        """Wait until every queued event was sent or given up (tests)."""
        await self.queue.join()

    async def _run(self) -> None:
        while True:
            client, event = await self.queue.get()
            try:
                await self._deliver(client, event)
            except Exception as exc:  # noqa: BLE001 - one bad event must not stop the rest
                self.report("serve.event.failed", client=client.id, type=event["type"],
                            reason=type(exc).__name__)
            finally:
                self.queue.task_done()

    async def _deliver(self, client: Client, event: dict) -> None:
        url = client.events.endpoint
        if not _allowed(url):
            self.report("serve.event.bad_endpoint", client=client.id, url=url)
            return
        body = orjson.dumps(event)
        for attempt, delay in enumerate((0, *RETRY_DELAYS_S)):
            if delay:
                await asyncio.sleep(delay)
            try:
                status = await self._post(client, url, body)
            except Exception as exc:  # noqa: BLE001 - network errors of any kind: retry
                status, reason = 0, type(exc).__name__
            else:
                reason = f"HTTP {status}"
            if 200 <= status < 300:
                self.report("serve.event.sent", client=client.id,
                            type=event["type"].removeprefix(PREFIX), url=url)
                return
            if 400 <= status < 500 and status not in (401, 408, 429):
                break  # the receiver refuses this event: retrying will not help
            if attempt == 0:
                self.report("serve.event.retrying", client=client.id, reason=reason)
        self.report("serve.event.failed", client=client.id,
                    type=event["type"].removeprefix(PREFIX), reason=reason)

    async def _post(self, client: Client, url: str, body: bytes) -> int:
        headers = {"Content-Type": "application/cloudevents+json; charset=UTF-8"}
        token = await self._token(client)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = await self._http.post(url, content=body, headers=headers)
        if response.status_code == 401 and token:
            self._tokens.pop(client.id, None)  # expired at their side: fetch anew next try
        return response.status_code

    async def _token(self, client: Client) -> str | None:
        """A token from the client's own auth server, when it gave us credentials."""
        events = client.events
        if not events.client_id:
            return None
        cached = self._tokens.get(client.id)
        loop = asyncio.get_running_loop()
        if cached and cached[1] > loop.time():
            return cached[0]
        base = events.url.rstrip("/")
        token_url = f"{base}/auth/token"
        try:
            found = await self._http.get(f"{base}/.well-known/openid-configuration")
            if found.status_code == 200:
                discovered = found.json().get("token_endpoint")
                if isinstance(discovered, str) and _allowed(discovered):
                    token_url = discovered
        except Exception:  # noqa: BLE001 - discovery is optional (PACT)
            pass
        response = await self._http.post(
            token_url, data={"grant_type": "client_credentials"},
            auth=(events.client_id, events.client_secret),
            headers={"Accept": "application/json"})
        response.raise_for_status()
        doc = response.json()
        ttl = float(doc.get("expires_in") or 300)
        self._tokens[client.id] = (str(doc["access_token"]), loop.time() + max(ttl - 30, 10))
        return self._tokens[client.id][0]


def _allowed(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and bool(parts.hostname) and is_loopback(parts.hostname)
