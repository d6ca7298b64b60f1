"""How long `cfp serve` waits for a client, and how many it serves at once.

Every stage of a connection has a bound, so that slow or idle clients cannot hold the
server's sockets (file descriptors) for ever:

    TLS handshake   asyncio's own `ssl_handshake_timeout` (a plain TCP connection that
                    never starts TLS is dropped); 60 s by default, here `handshake_s`
    request headers within `headers_s` of the connection being ready for a request (TLS
                    done, or the previous response sent): slowly dripped headers
    request body    within `body_s` of its headers (a slowly dripped body)
    keep-alive      an idle connection between requests: uvicorn's `timeout_keep_alive`
    connections     at most `max_connections` served at once: uvicorn's
                    `limit_concurrency`, which answers the excess 503

uvicorn has settings for the last two only; the headers and body bounds are timers in a
subclass of its httptools protocol, the handshake bound the event loop's own parameter.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    handshake_s: float = 5.0
    headers_s: float = 10.0
    body_s: float = 10.0
    keep_alive_s: int = 5
    max_connections: int = 1000


def loop_factory(base: Callable[[], asyncio.AbstractEventLoop] | None,
                 limits: Limits) -> Callable[[], asyncio.AbstractEventLoop]:
    """The event loop uvicorn would use (uvloop or asyncio) whose `create_server` bounds
    the TLS handshake: both loops take `ssl_handshake_timeout`, uvicorn does not pass it."""
    def new_loop() -> asyncio.AbstractEventLoop:
        loop = (base or asyncio.new_event_loop)()
        loop.create_server = functools.partial(  # type: ignore[method-assign]
            loop.create_server, ssl_handshake_timeout=limits.handshake_s)
        return loop
    return new_loop


def protocol(limits: Limits) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol, closing a connection whose request headers, then
    body, do not arrive within the deadlines of `limits`. (uvicorn is imported here, by
    `cfp serve` only.)"""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class Bounded(HttpToolsProtocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
            super().connection_made(transport)
            _arm(self, limits.headers_s)

        def on_headers_complete(self) -> None:
            super().on_headers_complete()
            _arm(self, limits.body_s)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            _disarm(self)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.pipeline and not self.transport.is_closing():
                _arm(self, limits.headers_s)  # the next request (keep-alive may end first)

        def connection_lost(self, exc: Exception | None) -> None:
            _disarm(self)
            super().connection_lost(exc)

    return Bounded


def _arm(conn, seconds: float) -> None:  # noqa: ANN001 - the protocol above
    _disarm(conn)
    conn._deadline = conn.loop.call_later(seconds, _too_slow, conn)


def _disarm(conn) -> None:  # noqa: ANN001
    if conn._deadline is not None:
        conn._deadline.cancel()
        conn._deadline = None


def _too_slow(conn) -> None:  # noqa: ANN001
    conn._deadline = None
    if not conn.transport.is_closing():
        conn.transport.close()
