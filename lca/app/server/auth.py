"""Access tokens (OAuth2 client credentials) and the brakes on guessing secrets.

    issuer = TokenIssuer(ttl_s=900)          # a fresh random key per server start
    token = issuer.issue(client)             # a JWT (HS256), short-lived
    client_id = issuer.verify(token, clients) # TokenError("expired" | "invalid")

A token carries the client id, its key generation (a changed secret voids older tokens),
issue and expiry times and an audience; it is checked on every request against the
current clients file, so a removed client's token stops working at once. The signing key
lives only in memory: a restart voids every token (clients simply ask for a new one).

`Throttle` counts failed logins per client id and per client address: after
`FREE_FAILURES` failures within `WINDOW_S`, attempts are refused (429, Retry-After)
without checking the secret for 1 s, then 2, 4... (doubling per further failure, up to
`MAX_LOCK_S`). Refusing before the slow scrypt check is also what keeps a flood of bad
logins from eating the CPU the API needs.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections import OrderedDict

import jwt

from ...records import frozen
from .clients import Client

AUDIENCE = "cfp-pact-api"
SCOPES = ("footprint:list", "footprint:read")
FREE_FAILURES = 5
WINDOW_S = 900.0
MAX_LOCK_S = 300.0
MAX_TRACKED = 10_000  # keys the throttle remembers (oldest forgotten first)
_CACHE_SIZE = 4096


class TokenError(Exception):
    """args[0]: "missing", "malformed", "invalid" or "expired"."""


@frozen
class Credentials:
    client_id: str
    secret: str


class TokenIssuer:
    def __init__(self, ttl_s: int = 900, issuer: str = "cfp") -> None:
        self.ttl_s = ttl_s
        self.issuer = issuer
        self._key = secrets.token_bytes(32)
        # verified tokens -> (client id, generation, expiry): the hot path skips the HMAC
        self._verified: OrderedDict[str, tuple[str, str, float]] = OrderedDict()

    def issue(self, client: Client) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": AUDIENCE, "sub": client.id,
                  "gen": client.generation, "iat": now, "nbf": now - 5,
                  "exp": now + self.ttl_s, "jti": secrets.token_urlsafe(12),
                  "scope": " ".join(SCOPES)}
        return jwt.encode(claims, self._key, algorithm="HS256")

    def verify(self, authorization: str | None, clients) -> Client:  # noqa: ANN001
        """The client of a `Bearer` Authorization header, else TokenError."""
        if not authorization:
            raise TokenError("missing")
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or len(token) > 4096:
            raise TokenError("malformed")
        client_id, generation, expiry = self._claims(token)
        if time.time() >= expiry:
            raise TokenError("expired")
        client = clients.get(client_id)
        if client is None or client.generation != generation:
            raise TokenError("invalid")
        return client

    def _claims(self, token: str) -> tuple[str, str, float]:
        cached = self._verified.get(token)
        if cached is not None:
            return cached
        try:
            claims = jwt.decode(token, self._key, algorithms=["HS256"], audience=AUDIENCE,
                                issuer=self.issuer, leeway=0,
                                options={"require": ["exp", "iat", "sub", "aud", "iss"]})
        except jwt.ExpiredSignatureError:
            raise TokenError("expired") from None
        except jwt.PyJWTError:
            raise TokenError("invalid") from None
        result = (str(claims["sub"]), str(claims.get("gen", "")), float(claims["exp"]))
        self._verified[token] = result
        if len(self._verified) > _CACHE_SIZE:
            self._verified.popitem(last=False)
        return result


def basic_credentials(authorization: str | None) -> Credentials | None:
    """The credentials of an `Authorization: Basic` header (None: no such header).

    The user and password are taken as they are, not form-decoded (what the conformance
    tool and most clients send); secrets made by `cfp clients add` read the same either
    way. ValueError for a header that is not valid Basic."""
    if not authorization:
        return None
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise ValueError("not base64") from None
    client_id, colon, secret = decoded.partition(":")
    if not colon:
        raise ValueError("no colon")
    return Credentials(client_id, secret)


class Throttle:
    """Failed logins per key (`client:<id>`, `addr:<ip>`), with exponential lock-out."""

    def __init__(self, free: int = FREE_FAILURES, window_s: float = WINDOW_S,
                 max_lock_s: float = MAX_LOCK_S, clock=time.monotonic) -> None:  # noqa: ANN001
        self.free, self.window_s, self.max_lock_s, self.clock = free, window_s, max_lock_s, clock
        # key -> [failures, first failure time, locked until]
        self._keys: OrderedDict[str, list[float]] = OrderedDict()

    def retry_after(self, *keys: str) -> float:
        """Seconds until these keys may try again (0: now)."""
        now = self.clock()
        wait = 0.0
        for key in keys:
            state = self._keys.get(key)
            if state is None:
                continue
            if now - state[1] > self.window_s and now >= state[2]:
                del self._keys[key]  # quiet for a whole window: forgiven
                continue
            wait = max(wait, state[2] - now)
        return wait

    def failed(self, *keys: str) -> None:
        now = self.clock()
        for key in keys:
            state = self._keys.pop(key, None) or [0, now, 0.0]
            state[0] += 1
            if state[0] >= self.free:
                state[2] = now + min(2.0 ** (state[0] - self.free), self.max_lock_s)
            self._keys[key] = state
        while len(self._keys) > MAX_TRACKED:
            self._keys.popitem(last=False)

    def succeeded(self, key: str) -> None:
        """A correct secret clears its client's count (not the address's: one good login
        must not wipe out the failures of an address trying many client ids)."""
        self._keys.pop(key, None)
