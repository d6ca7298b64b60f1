"""Starting `cfp serve`: check every input, load the folder, listen with TLS, watch.

    serve(ServeOptions(results_dir, clients_file, tls_cert, tls_key, ...), report)

Everything a user can get wrong (the folder, the clients file, the certificate and key,
the address) is checked before the server starts and raised as a `ServeError` with a
message key, so the CLI exits 2 with a sentence instead of a traceback. The server is
uvicorn (httptools + uvloop when installed) on a socket bound here; TLS only: a plain
HTTP request on the port fails the TLS handshake and is never answered. Every stage of a
connection is bounded in time and the connections in number (`limits.Limits`).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...details import os_reason
from . import events as ev
from .app import ServerState, build_app
from .auth import TokenIssuer
from .clients import ClientStore
from .errors import ServeError
from .limits import Limits, loop_factory, protocol
from .store import Change, FootprintStore

Report = Callable[..., None]
CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL:!MD5:!DSS"
RESCAN_S = 30  # a full rescan even without file events (network disks, missed events)


@dataclass
class ServeOptions:
    results_dir: Path
    clients_file: Path
    tls_cert: Path
    tls_key: Path
    host: str = "127.0.0.1"
    port: int = 8443
    public_url: str | None = None
    token_ttl_s: int = 900
    lang: str = "en"
    debug: bool = False
    access_log: bool = False
    events_ca: Path | None = None  # extra CA for the clients' event endpoints (tests)
    forwarded_allow_ips: str | None = None
    limits: Limits = Limits()  # timeouts and the connection bound (limits.py)


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """A server context with TLS 1.2+ and forward-secret AEAD ciphers."""
    for path in (cert, key):
        if not Path(path).is_file():
            raise ServeError("serve.tls_missing", path=str(path))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers(CIPHERS)
    try:
        context.load_cert_chain(str(cert), str(key))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise ServeError("serve.tls_bad", cert=str(cert), key=str(key),
                         reason=getattr(exc, "reason", None) or str(exc)[:200]) from None
    return context


def prepare(options: ServeOptions, report: Report) -> tuple[ServerState, ssl.SSLContext]:
    """Check the inputs and load the footprints; ServeError for anything unusable."""
    root = Path(options.results_dir)
    if not root.is_dir():
        raise ServeError("serve.no_folder", path=str(root))
    clients = ClientStore(options.clients_file, report)
    context = tls_context(options.tls_cert, options.tls_key)
    if options.events_ca is not None and not Path(options.events_ca).is_file():
        raise ServeError("serve.tls_missing", path=str(options.events_ca))
    if not 60 <= options.token_ttl_s <= 86400:
        raise ServeError("serve.bad_ttl", value=options.token_ttl_s)
    store = FootprintStore(root, report)
    store.rescan()
    public = options.public_url or f"https://{_url_host(options.host)}:{options.port}"
    state = ServerState(store, clients, public, options.lang, options.debug, report,
                        TokenIssuer(options.token_ttl_s, issuer=public))
    state.dispatcher = ev.Dispatcher(report, str(options.events_ca or "") or None)
    return state, context


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        raise ServeError("serve.bind", host=host, port=port,
                         reason=os_reason(exc)) from None
    sock.set_inheritable(True)
    return sock


def on_change(state: ServerState, change: Change) -> None:
    """Tell the operator, and send a PublishedEvent to each subscribed client that may see
    a new or replaced footprint."""
    state.report("serve.changed", added=len(change.added), replaced=len(change.replaced),
                 removed=len(change.removed), total=len(state.store.snapshot))
    if not change.published or state.dispatcher is None:
        return
    snapshot = state.store.snapshot
    for client in list(state.clients.clients.values()):
        if not (client.events.subscribe and client.events.url):
            continue
        ids = [i for i in change.published
               if (fp := snapshot.get(i)) is not None and client.scope.allows(fp)]
        if ids:
            state.dispatcher.send(client, ev.outgoing(ev.PUBLISHED, state.events_source,
                                                      {"pfIds": ids}))


async def watch(state: ServerState, stop: asyncio.Event) -> None:
    """Rescan on every change under the folder (watchfiles: inotify/FSEvents/...), and
    every RESCAN_S seconds anyway; polling every 2 s if the OS refuses to watch."""
    store = state.store
    try:
        from watchfiles import awatch

        async for _ in awatch(store.root, stop_event=stop, debounce=200, step=50,
                              rust_timeout=RESCAN_S * 1000, yield_on_timeout=True,
                              recursive=True):
            await _rescan(state)
        return
    except Exception as exc:  # noqa: BLE001 - inotify limits, a folder gone...
        if stop.is_set():
            return
        state.report("serve.watch_polling", reason=type(exc).__name__)
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), 2.0)
        await _rescan(state)


async def _rescan(state: ServerState) -> None:
    change = await asyncio.to_thread(state.store.rescan)
    if change:
        on_change(state, change)


def lifespan_for(state: ServerState, watch_folder: bool = True):  # noqa: ANN201
    """Start the event dispatcher and the folder watch with the server, stop them after."""
    @contextlib.asynccontextmanager
    async def lifespan(app):  # noqa: ANN001, ANN202
        stop = asyncio.Event()
        if state.dispatcher is not None:
            await state.dispatcher.start()
        watcher = asyncio.create_task(watch(state, stop) if watch_folder else stop.wait())
        try:
            yield
        finally:
            stop.set()
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await watcher
            if state.dispatcher is not None:
                await state.dispatcher.stop()
            state.report("serve.stopped")
    return lifespan


def serve(options: ServeOptions, report: Report,
          started: Callable[[ServerState], None] | None = None) -> None:
    """Run the server until SIGINT/SIGTERM."""
    import uvicorn

    state, context = prepare(options, report)
    sock = bind(options.host, options.port)
    app = build_app(state, lifespan=lifespan_for(state))
    limits = options.limits
    config = dict(
        app=app, lifespan="on", access_log=options.access_log, server_header=False,
        log_config=None, proxy_headers=bool(options.forwarded_allow_ips),
        forwarded_allow_ips=options.forwarded_allow_ips, http=protocol(limits),
        timeout_keep_alive=limits.keep_alive_s, limit_concurrency=limits.max_connections,
        timeout_graceful_shutdown=3,
        h11_max_incomplete_event_size=16 * 1024, ssl_certfile=str(options.tls_cert),
        ssl_keyfile=str(options.tls_key), ssl_ciphers=CIPHERS)
    if "ssl_context_factory" in inspect.signature(uvicorn.Config.__init__).parameters:
        config["ssl_context_factory"] = lambda _config, _default: context
    _quiet_logging(options.access_log)
    if started is not None:
        started(state)
    server = uvicorn.Server(uvicorn.Config(**config))
    new_loop = loop_factory(server.config.get_loop_factory(), limits)
    with asyncio.Runner(loop_factory=new_loop) as runner:  # what Server.run does
        runner.run(server.serve(sockets=[sock]))


def _quiet_logging(access_log: bool) -> None:
    """uvicorn's own start-up lines are English only: keep its warnings and errors, and
    the access log (one line per request) when asked for; cfp reports the rest."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    error = logging.getLogger("uvicorn.error")
    error.handlers[:] = [handler]
    error.setLevel(logging.WARNING)
    error.propagate = False
    access = logging.getLogger("uvicorn.access")
    access.handlers[:] = [handler]
    access.setLevel(logging.INFO if access_log else logging.WARNING)
    access.propagate = False
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)  # TLS handshakes of plain HTTP
