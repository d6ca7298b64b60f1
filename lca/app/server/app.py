"""The ASGI application of `cfp serve`: the PACT v3 API on Starlette.

    app = build_app(state)   # state: a ServerState (store, clients, tokens...)

Routes: `POST /auth/token`, `GET /.well-known/openid-configuration`, `GET /3/footprints`,
`GET /3/footprints/{id}`, `POST /3/events`. Every error is the spec's `{"code", "message"}`
(the token endpoint: OAuth2's `{"error", "error_description"}`), its message in the
server's language or the request's `Accept-Language` (ja/en). No response ever carries
a traceback: `ErrorBoundary`, the outermost layer, turns any exception into a bare 500
`InternalError` and logs one line (the traceback only with --debug).
"""

from __future__ import annotations

import asyncio
import math
import traceback
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from ...messages import tr
from . import events as ev
from .auth import SCOPES, Throttle, TokenError, TokenIssuer, basic_credentials
from .clients import CLIENT_ID, Client, ClientStore, dummy_hash, verify_secret
from .filters import FilterError, next_link, parse_query, safe_host, select
from .store import FootprintStore, is_uuid

MAX_EVENT_BYTES = 256 * 1024
MAX_FORM_BYTES = 8 * 1024
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Strict-Transport-Security": "max-age=31536000",
}
_BEARER = 'Bearer realm="cfp-pact"'


@dataclass
class ServerState:
    store: FootprintStore
    clients: ClientStore
    public_url: str  # https://host:port, the `source` of our events
    lang: str = "en"
    debug: bool = False
    report: object = print  # report(message_key, **params)
    issuer: TokenIssuer = field(default_factory=TokenIssuer)
    throttle: Throttle = field(default_factory=Throttle)
    seen: ev.Seen = field(default_factory=ev.Seen)
    dispatcher: ev.Dispatcher | None = None
    hashing: asyncio.Semaphore | None = None  # scrypt checks at once (CPU for the API)

    @property
    def events_source(self) -> str:
        return f"{self.public_url.rstrip('/')}/3/events"


class ApiError(Exception):
    def __init__(self, status: int, code: str, key: str, headers: dict | None = None,
                 **params: object) -> None:
        super().__init__(key)
        self.status, self.code, self.key, self.params = status, code, key, params
        self.headers = headers or {}


def lang_of(request: Request, default: str) -> str:
    wanted = request.headers.get("accept-language", "")[:2].lower()
    return wanted if wanted in ("ja", "en") else default


def json_response(body: bytes, status: int = 200, headers: dict | None = None) -> Response:
    return Response(body, status, {**SECURITY_HEADERS, **(headers or {})},
                    media_type="application/json")


def error_response(request: Request, status: int, code: str, key: str,
                   headers: dict | None = None, **params: object) -> Response:
    state: ServerState = request.app.state.cfp
    message = tr(key, lang_of(request, state.lang), **params)
    return json_response(orjson.dumps({"code": code, "message": message}), status, headers)


# --- authentication ---------------------------------------------------------------------

def authorize(request: Request) -> Client:
    state: ServerState = request.app.state.cfp
    try:
        return state.issuer.verify(request.headers.get("authorization"), state.clients)
    except TokenError as exc:
        reason = exc.args[0]
        if reason == "expired":
            raise ApiError(401, "TokenExpired", "serve.token.expired",
                           {"WWW-Authenticate": f'{_BEARER}, error="invalid_token"'}) from None
        header = _BEARER if reason == "missing" else f'{_BEARER}, error="invalid_token"'
        raise ApiError(401, "BadRequest", f"serve.token.{reason}",
                       {"WWW-Authenticate": header}) from None


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise ApiError(413, "BadRequest", "serve.body_too_large", limit=limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "BadRequest", "serve.body_too_large", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def oauth_error(request: Request, status: int, error: str, key: str,
                headers: dict | None = None, **params: object) -> Response:
    state: ServerState = request.app.state.cfp
    text = tr(key, lang_of(request, state.lang), **params)
    body = orjson.dumps({"error": error, "error_description": text})
    return json_response(body, status, {"Pragma": "no-cache", **(headers or {})})


async def token(request: Request) -> Response:
    """OAuth2 client credentials grant (RFC 6749 4.4): Basic auth or form fields."""
    state: ServerState = request.app.state.cfp
    body = await read_body(request, MAX_FORM_BYTES)
    if not request.headers.get("content-type", "").lower().startswith(
            "application/x-www-form-urlencoded"):
        return oauth_error(request, 400, "invalid_request", "serve.auth.form")
    try:
        form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                              max_num_fields=20, strict_parsing=bool(body)))
        basic = basic_credentials(request.headers.get("authorization"))
    except (ValueError, UnicodeDecodeError):
        return oauth_error(request, 400, "invalid_request", "serve.auth.malformed")
    if form.get("grant_type") != "client_credentials":
        return oauth_error(request, 400, "unsupported_grant_type", "serve.auth.grant")
    if basic is not None and ("client_id" in form or "client_secret" in form):
        return oauth_error(request, 400, "invalid_request", "serve.auth.two_methods")
    client_id = basic.client_id if basic else form.get("client_id", "")
    secret = basic.secret if basic else form.get("client_secret", "")
    requested = form.get("scope", "").split()
    if any(s not in SCOPES for s in requested):
        return oauth_error(request, 400, "invalid_scope", "serve.auth.scope",
                           scopes=" ".join(SCOPES))
    address = request.client.host if request.client else "-"
    keys = (f"client:{client_id[:64]}", f"addr:{address}")
    wait = state.throttle.retry_after(*keys)
    if wait > 0:
        return oauth_error(request, 429, "invalid_client", "serve.auth.throttled",
                           {"Retry-After": str(math.ceil(wait))}, seconds=math.ceil(wait))
    client = state.clients.get(client_id) if CLIENT_ID.fullmatch(client_id) else None
    stored = client.secret_hash if client else dummy_hash()
    async with state.hashing:
        good = await asyncio.to_thread(verify_secret, secret[:1024], stored)
    if client is None or not good:
        state.throttle.failed(*keys)
        state.report("serve.auth.failed_log", client=client_id[:64], address=address)
        headers = {"WWW-Authenticate": 'Basic realm="cfp-pact"'} if basic else None
        return oauth_error(request, 401, "invalid_client", "serve.auth.invalid", headers)
    state.throttle.succeeded(keys[0])
    doc = {"access_token": state.issuer.issue(client), "token_type": "Bearer",
           "expires_in": state.issuer.ttl_s, "scope": " ".join(SCOPES)}
    return json_response(orjson.dumps(doc), 200, {"Pragma": "no-cache"})


def request_host(request: Request) -> str:
    state: ServerState = request.app.state.cfp
    given = request.headers.get("host")
    host = safe_host(given)
    if host is None:
        if given is not None:
            raise ApiError(400, "BadRequest", "serve.bad_host")
        host = urlsplit(state.public_url).netloc
    return host


async def openid_configuration(request: Request) -> Response:
    base = f"https://{request_host(request)}"
    doc = {"issuer": base, "token_endpoint": f"{base}/auth/token",
           "grant_types_supported": ["client_credentials"],
           "token_endpoint_auth_methods_supported": ["client_secret_basic",
                                                     "client_secret_post"],
           "scopes_supported": list(SCOPES), "response_types_supported": ["token"]}
    return json_response(orjson.dumps(doc))


# --- footprints -------------------------------------------------------------------------

async def list_footprints(request: Request) -> Response:
    client = authorize(request)
    state: ServerState = request.app.state.cfp
    try:
        query = parse_query(request.scope["query_string"].decode("latin-1"))
    except FilterError as exc:
        key, params = exc.args
        raise ApiError(400, "BadRequest", key, **params) from None
    host = request_host(request)
    page, more = select(state.store.snapshot, query, client.scope.allows)
    body = b'{"data":[' + b",".join(fp.body for fp in page) + b"]}"
    headers = {}
    if more:
        last = page[-1].id if page else (query.after or "00000000-0000-0000-0000-000000000000")
        headers["Link"] = next_link(host, request.scope["path"], query, last)
    return json_response(body, 200, headers)


async def get_footprint(request: Request) -> Response:
    client = authorize(request)
    state: ServerState = request.app.state.cfp
    footprint_id = request.path_params["id"]
    if not is_uuid(footprint_id):
        raise ApiError(400, "BadRequest", "serve.bad_id")
    fp = state.store.snapshot.get(footprint_id)
    if fp is None:
        raise ApiError(404, "NotFound", "serve.not_found")
    if not client.scope.allows(fp):
        raise ApiError(403, "AccessDenied", "serve.access_denied")
    return json_response(b'{"data":' + fp.body + b"}")


# --- events -----------------------------------------------------------------------------

async def post_event(request: Request) -> Response:
    client = authorize(request)
    state: ServerState = request.app.state.cfp
    body = await read_body(request, MAX_EVENT_BYTES)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/cloudevents+json", "application/json"):
        raise ApiError(400, "BadRequest", "serve.event.content_type")
    try:
        event = ev.parse_event(body)
    except ev.EventError as exc:
        key, params = exc.args
        raise ApiError(400, "BadRequest", key, **params) from None
    if event.type == ev.CREATED:
        if not client.events.url or state.dispatcher is None:
            raise ApiError(400, "BadRequest", "serve.event.no_endpoint")
        if state.seen.first_time(client.id, event.source, event.id):
            reply = ev.answer(event, state.store.snapshot, client, state.events_source,
                              lambda key: tr(key, state.lang))
            if not state.dispatcher.send(client, reply):
                raise ApiError(500, "InternalError", "serve.event.busy")
    state.report("serve.event.received", client=client.id,
                 type=event.type.removeprefix(ev.PREFIX))
    return Response(status_code=200, headers=SECURITY_HEADERS)


# --- assembly ---------------------------------------------------------------------------

async def api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc.status, exc.code, exc.key, exc.headers, **exc.params)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return error_response(request, 405, "BadRequest", "serve.method",
                              {"Allow": (exc.headers or {}).get("Allow", "")})
    if exc.status_code == 404:
        return error_response(request, 404, "NotFound", "serve.no_route")
    return error_response(request, exc.status_code, "BadRequest", "serve.bad_request")


async def client_gone(_request: Request, _exc: Exception) -> Response:
    """The client closed the connection before its request was read in full (or the
    server closed it: too slow, `limits.py`): the client's doing, not an internal error.
    Nothing is reported; the answer goes nowhere (uvicorn drops it, and logs no access
    line), 499 as nginx logs it."""
    return Response(status_code=499)


async def internal_error(request: Request, exc: Exception) -> Response:
    """Starlette's 500 page, as the spec's JSON (ErrorBoundary then reports it)."""
    return error_response(request, 500, "InternalError", "serve.internal")


class ErrorBoundary:
    """Outermost ASGI layer: an unexpected exception becomes a 500 InternalError (no
    detail in the response), reported in one line; the traceback only with --debug."""

    def __init__(self, app, state: ServerState) -> None:  # noqa: ANN001
        self.app, self.state = app, state

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message) -> None:  # noqa: ANN001
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except ClientDisconnect:  # the client left mid-request (see `client_gone`)
            return
        except Exception as exc:  # noqa: BLE001 - the boundary of the server
            self.state.report("serve.internal_error", method=scope.get("method", ""),
                              path=scope.get("path", "")[:200], error=type(exc).__name__)
            if self.state.debug:
                traceback.print_exc()
            if not started:
                body = orjson.dumps({"code": "InternalError",
                                     "message": tr("serve.internal", self.state.lang)})
                await send({"type": "http.response.start", "status": 500, "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]})
                await send({"type": "http.response.body", "body": body})


def build_app(state: ServerState, lifespan=None) -> ErrorBoundary:  # noqa: ANN001
    routes = [
        Route("/auth/token", token, methods=["POST"]),
        Route("/.well-known/openid-configuration", openid_configuration, methods=["GET"]),
        Route("/3/footprints", list_footprints, methods=["GET"]),
        Route("/3/footprints/{id}", get_footprint, methods=["GET"]),
        Route("/3/events", post_event, methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={ApiError: api_error, HTTPException: http_error,
                                        ClientDisconnect: client_gone,
                                        Exception: internal_error})
    app.state.cfp = state
    if state.hashing is None:
        state.hashing = asyncio.Semaphore(2)
    return ErrorBoundary(app, state)
