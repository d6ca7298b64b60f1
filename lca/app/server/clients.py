"""The clients of `cfp serve`: who may get a token, what each may see, where its events go.

    add_client(path, client_id, secret, scope, events)   # cfp clients add
    store = ClientStore(path); store.get(client_id)       # the server; reloads on change

The clients file is JSON, written atomically with mode 0600. A secret is never stored:
only its scrypt hash (stdlib `hashlib.scrypt`, a salted memory-hard KDF; N=2^15, r=8,
p=1: ~32 MiB and ~0.1 s per check, parameters stored with each hash so they can be raised).
The outbound credentials a client's own system issued us for its event endpoint (if
any) must be presented as they are, so they are the one secret kept in clear: protect
the file like a private key.

A client's scope is a list of company ids and a list of product ids (exact URNs, or a
prefix ending in `*`), both case-insensitive; a footprint is visible when it matches
the companies (if any are given) and the products (if any are given). `all` shows every
footprint; an empty scope is refused when the client is added.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import tempfile
import time
from contextlib import contextmanager
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ...details import os_reason, technical
from ...records import frozen
from .errors import ClientsError
from .store import Footprint

CLIENT_ID = re.compile(r"[A-Za-z0-9._~-]{1,64}")
#: Secrets: no `:` (Basic auth), no `%`/`+` (read differently when form-encoded, which
#: some clients do and the conformance tool does not), at least 16 characters.
SECRET = re.compile(r"[A-Za-z0-9._~-]{16,256}")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
FILE_VERSION = 1


@frozen
class Scope:
    all: bool = False
    companies: tuple[str, ...] = ()
    products: tuple[str, ...] = ()

    def allows(self, fp: Footprint) -> bool:
        if self.all:
            return True
        if not self.companies and not self.products:
            return False
        return (_any_match(self.companies, fp.company_ids)
                and _any_match(self.products, fp.product_ids))

    def to_dict(self) -> dict[str, object]:
        return {"all": self.all, "companies": list(self.companies),
                "products": list(self.products)}


def _any_match(patterns: tuple[str, ...], values: frozenset[str]) -> bool:
    if not patterns:
        return True
    for pattern in patterns:
        if pattern.endswith("*"):
            if any(v.startswith(pattern[:-1]) for v in values):
                return True
        elif pattern in values:
            return True
    return False


@frozen
class Events:
    """Where a client's PACT system receives events, and how we authenticate there."""

    url: str = ""  # the base URL of its PACT API: events go to {url}/3/events
    subscribe: bool = False  # send PublishedEvent when its footprints change
    client_id: str = ""  # our credentials at its /auth/token, if it wants them
    client_secret: str = ""

    @property
    def endpoint(self) -> str:
        return f"{self.url.rstrip('/')}/3/events" if self.url else ""


@frozen
class Client:
    id: str
    secret_hash: str
    scope: Scope
    events: Events = field(default_factory=Events)

    @property
    def generation(self) -> str:
        """Changes when the secret is replaced: tokens issued before are refused."""
        return hashlib.sha256(self.secret_hash.encode()).hexdigest()[:16]


# --- secrets ----------------------------------------------------------------------------

def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        actual = _scrypt(secret, _unb64(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, _unb64(digest))


@functools.cache
def dummy_hash() -> str:
    """Checked against for an unknown client id, so that it takes as long as a known one
    (the answer time does not tell which client ids exist)."""
    return hash_secret("not-a-client-secret-0000")


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + 2**20, dklen=32)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_secret() -> str:
    return secrets.token_urlsafe(32)


# --- the file ---------------------------------------------------------------------------

def read_clients(path: Path) -> dict[str, Client]:
    """Every client of the file; ClientsError naming the file and what is wrong."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ClientsError("clients.not_found", path=str(path)) from None
    except OSError as exc:
        raise ClientsError("clients.unreadable", path=str(path),
                           reason=os_reason(exc)) from None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("clients"), list):
            raise ValueError("no list 'clients'")
        return {c.id: c for c in map(_client_from, doc["clients"])}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ClientsError("clients.invalid", path=str(path),
                           detail=technical(str(exc)[:200])) from None


def _client_from(item: dict) -> Client:
    scope = item.get("scope") or {}
    events = item.get("events") or {}
    client = Client(
        id=str(item["id"]), secret_hash=str(item["secret"]),
        scope=Scope(bool(scope.get("all", False)),
                    tuple(str(c).lower() for c in scope.get("companies", ())),
                    tuple(str(p).lower() for p in scope.get("products", ()))),
        events=Events(str(events.get("url", "")), bool(events.get("subscribe", False)),
                      str(events.get("client_id", "")), str(events.get("client_secret", ""))))
    if not CLIENT_ID.fullmatch(client.id) or not client.secret_hash.startswith("scrypt$"):
        raise ValueError(f"client {client.id[:64]!r}: bad id or secret hash")
    return client


def _client_to(client: Client) -> dict[str, object]:
    events = {"url": client.events.url, "subscribe": client.events.subscribe}
    if client.events.client_id:
        events.update(client_id=client.events.client_id,
                      client_secret=client.events.client_secret)
    return {"id": client.id, "secret": client.secret_hash, "scope": client.scope.to_dict(),
            "events": events, "updated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def check_events_url(url: str) -> None:
    """https anywhere; plain http only to a loopback address (tests, a local listener)."""
    if not url:
        return
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return
    raise ClientsError("clients.events_url", url=url)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def add_client(path: Path, client_id: str, secret: str, scope: Scope, events: Events, *,
               replace: bool = False) -> Client:
    """Add (or with `replace`, re-key) a client; the file is created if missing."""
    if not CLIENT_ID.fullmatch(client_id):
        raise ClientsError("clients.bad_id", value=client_id[:80])
    if not SECRET.fullmatch(secret):
        raise ClientsError("clients.bad_secret")
    if not scope.all and not scope.companies and not scope.products:
        raise ClientsError("clients.no_scope")
    if scope.all and (scope.companies or scope.products):
        raise ClientsError("clients.scope_conflict")
    check_events_url(events.url)
    if events.subscribe and not events.url:
        raise ClientsError("clients.subscribe_no_url")
    client = Client(client_id, hash_secret(secret), scope, events)
    with _locked(Path(path)):
        clients = read_clients(path) if Path(path).exists() else {}
        if client_id in clients and not replace:
            raise ClientsError("clients.exists", id=client_id, path=str(path))
        clients[client_id] = client
        _write(Path(path), clients)
    return client


def remove_client(path: Path, client_id: str) -> None:
    with _locked(Path(path)):
        clients = read_clients(path)
        if client_id not in clients:
            raise ClientsError("clients.unknown", id=client_id[:80], path=str(path))
        del clients[client_id]
        _write(Path(path), clients)


def _write(path: Path, clients: dict[str, Client]) -> None:
    doc = {"version": FILE_VERSION, "clients": [_client_to(c) for c in clients.values()]}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp: mode 0600
            json.dump(doc, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _locked(path: Path):  # noqa: ANN202
    """Two `cfp clients add` at once must not lose one of the clients."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; adds are rare and manual
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{path.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class ClientStore:
    """The clients file as the server sees it: re-read (at most once a second) when it
    changes, so `cfp clients add` takes effect without a restart. A file made invalid
    while serving keeps the last good clients (and is reported once)."""

    def __init__(self, path: Path, report) -> None:  # noqa: ANN001
        self.path = Path(path)
        self.report = report
        self.clients = read_clients(self.path)
        self._stamp = self._stat()
        self._checked = time.monotonic()

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns, st.st_ino

    def refresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < 1.0:
            return
        self._checked = now
        stamp = self._stat()
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            self.clients = read_clients(self.path)
        except ClientsError as exc:
            self.report(exc.key, **exc.params)
            return
        self.report("serve.clients_reloaded", count=len(self.clients))

    def get(self, client_id: str) -> Client | None:
        self.refresh()
        return self.clients.get(client_id)
