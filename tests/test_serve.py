"""`cfp serve` and `cfp clients`: the PACT v3 host, its security and its folder watch.

Most tests drive the ASGI app in-process (starlette's TestClient); one module-scoped
real server (`cfp serve` in a subprocess, TLS on loopback) checks HTTPS, the refusal of
plain HTTP, the live folder watch and what the operator's terminal shows. Footprints are
cfp's own export of the Japanese sample, varied in id/productIds/companyIds/status.
Secrets are hashed with a cheap scrypt cost here (the real cost is ~0.1 s a check).
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import jwt
import pytest
from typer.testing import CliRunner

from cfp.cli.main import app as cli_app
from cfp.lca.app.server import app as server_app
from cfp.lca.app.server import clients as clients_mod
from cfp.lca.app.server import events as events_mod
from cfp.lca.app.server.auth import Throttle
from cfp.lca.app.server.filters import MAX_PAGE
from cfp.lca.app.server.run import lifespan_for, on_change
from cfp.lca.app.server.store import FootprintStore

with warnings.catch_warnings():  # starlette >= 1.x would rather have the httpx2 fork
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "samples" / "machined-assembly-ja.xlsx"
CREATED = datetime(2026, 4, 1, tzinfo=UTC)
SECRET = "correct-horse-battery-staple"
CO_A, CO_B = "urn:company:example:a", "urn:company:example:b"


# --- fixtures ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def base_footprint() -> dict:
    from cfp.lca.api import calculate
    from cfp.lca.render.pact import to_pact

    return to_pact(calculate(SAMPLE), created=CREATED)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(clients_mod, "SCRYPT_N", 2**8)
    monkeypatch.setattr(events_mod, "RETRY_DELAYS_S", (0.01, 0.01))


def footprint(base: dict, n: int, **changes) -> dict:
    """Footprint number n: its own id and product id (urn:pact:product-id:P-n)."""
    doc = json.loads(json.dumps(base))
    doc["id"] = str(uuid.UUID(int=n + 1))
    doc["productIds"] = [f"urn:pact:product-id:P-{n}"]
    doc["companyIds"] = [CO_A]
    for key, value in changes.items():
        if key.startswith("pcf_"):
            doc["pcf"][key[4:]] = value
        else:
            doc[key] = value
    return doc


def write(path: Path, doc: dict | str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = doc if isinstance(doc, bytes) else (
        doc.encode() if isinstance(doc, str) else json.dumps(doc).encode())
    path.write_bytes(data)
    return path


class Recorder:
    def __init__(self) -> None:
        self.lines: list[tuple[str, dict]] = []

    def __call__(self, key: str, **params) -> None:
        self.lines.append((key, params))

    def keys(self) -> list[str]:
        return [k for k, _ in self.lines]


class Host:
    """A results folder, a clients file and the app over them, in-process."""

    def __init__(self, tmp: Path, base: dict, count: int = 6) -> None:
        self.tmp, self.base = tmp, base
        self.results = tmp / "results"
        self.results.mkdir()
        for n in range(count):
            where = self.results / (f"fp{n}-pact.json" if n % 2 else f"fp{n}/fp{n}-pact.json")
            write(where, footprint(base, n, companyIds=[CO_B] if n == 5 else [CO_A]))
        self.clients_file = tmp / "clients.json"
        self.sent: list[httpx.Request] = []
        self.add("all", all=True, events_url="https://all.example", subscribe=True)
        self.report = Recorder()
        self.store = FootprintStore(self.results, self.report)
        self.store.rescan()
        self.state = server_app.ServerState(
            self.store, clients_mod.ClientStore(self.clients_file, self.report),
            "https://pact.example:8443", report=self.report)
        self.state.dispatcher = events_mod.Dispatcher(
            self.report, transport=httpx.MockTransport(self._receive))
        # the folder is rescanned by the tests themselves (the real server test watches)
        self.asgi = server_app.build_app(self.state, lifespan=lifespan_for(self.state,
                                                                          watch_folder=False))

    def _receive(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"access_token": "their-token", "expires_in": 60})
        if request.url.path.endswith("/.well-known/openid-configuration"):
            return httpx.Response(404)
        return httpx.Response(200)

    def add(self, client_id: str, *, all: bool = False, companies=(), products=(),
            events_url: str = "", subscribe: bool = False, events_client_id: str = "",
            replace: bool = False):
        scope = clients_mod.Scope(all, tuple(companies), tuple(products))
        events = clients_mod.Events(events_url, subscribe, events_client_id,
                                    "their-secret" if events_client_id else "")
        clients_mod.add_client(self.clients_file, client_id, SECRET, scope, events,
                               replace=replace)
        if hasattr(self, "state"):
            self.state.clients.clients = clients_mod.read_clients(self.clients_file)

    def client(self, **kwargs) -> TestClient:
        return TestClient(self.asgi, base_url="https://pact.example:8443",
                          raise_server_exceptions=False, **kwargs)

    def token(self, web: TestClient, client_id: str = "all", secret: str = SECRET) -> str:
        response = web.post("/auth/token", data={"grant_type": "client_credentials"},
                            auth=(client_id, secret))
        assert response.status_code == 200, response.text
        return response.json()["access_token"]

    def events(self, kind: str) -> list[dict]:
        return [json.loads(r.content) for r in self.sent
                if r.url.path.endswith("/3/events") and kind in r.content.decode()]


@pytest.fixture
def host(tmp_path, base_footprint) -> Host:
    return Host(tmp_path, base_footprint)


@pytest.fixture
def web(host):
    with host.client() as web:
        web.headers["Authorization"] = f"Bearer {host.token(web)}"
        yield web


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [fp["id"] for fp in response.json()["data"]]


def fid(n: int) -> str:
    return str(uuid.UUID(int=n + 1))


def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- the folder -------------------------------------------------------------------------

def test_folder_and_batch_sub_folders_are_served_nothing_else(host, web):
    write(host.results / "_summary.json", {"not": "a footprint"})
    write(host.results / "fp0.json", {"id": fid(90)})  # a result JSON, not a footprint
    write(host.results / "a" / "b" / "deep-pact.json", footprint(host.base, 91))  # too deep
    host.store.rescan()
    assert sorted(ids(web.get("/3/footprints"))) == sorted(fid(n) for n in range(6))
    assert not any(k.startswith("serve.bad_footprint") for k in host.report.keys())


BAD_FILES = [  # (what is wrong, its message key)
    (b"{not json", "serve.bad_footprint.json"),
    (b"[1, 2]", "serve.bad_footprint.field"),
    (lambda doc: doc.pop("id"), "serve.bad_footprint.field"),
    (lambda doc: doc.update(id="../../etc/passwd"), "serve.bad_footprint.field"),
    (lambda doc: doc.update(specVersion="2.3.0"), "serve.bad_footprint.version"),
    (lambda doc: doc.update(status="Draft"), "serve.bad_footprint.field"),
    (lambda doc: doc.update(companyIds=[]), "serve.bad_footprint.field"),
    (lambda doc: doc.update(productIds="urn:x"), "serve.bad_footprint.field"),
    (lambda doc: doc["pcf"].update(referencePeriodEnd="soon"), "serve.bad_footprint.field"),
    (lambda doc: doc.update(validityPeriodStart="2026-01-01T00:00:00Z"),  # no end
     "serve.bad_footprint.field"),
]


@pytest.mark.parametrize("content, key", BAD_FILES)
def test_a_bad_file_is_skipped_with_a_warning_naming_it(host, web, content, key):
    bad = host.results / "broken-pact.json"
    if callable(content):
        doc = footprint(host.base, 50)
        content(doc)
        content = doc
    write(bad, content)
    host.store.rescan()
    assert (key, str(bad)) in [(k, p.get("path")) for k, p in host.report.lines]
    assert len(ids(web.get("/3/footprints"))) == 6  # the others still served
    host.store.rescan()  # unchanged: not warned about again
    assert [k for k, p in host.report.lines if p.get("path") == str(bad)] == [key]


def test_new_changed_removed_and_deprecated_footprints(host, web):
    write(host.results / "new-pact.json", footprint(host.base, 20))
    change = host.store.rescan()
    assert change.added == (fid(20),)
    assert fid(20) in ids(web.get("/3/footprints"))
    # deprecating keeps the id; the footprint is served with its new status
    write(host.results / "new-pact.json", footprint(host.base, 20, status="Deprecated"))
    change = host.store.rescan()
    assert change.replaced == (fid(20),) and not change.added
    assert web.get(f"/3/footprints/{fid(20)}").json()["data"]["status"] == "Deprecated"
    assert ids(web.get("/3/footprints?status=Deprecated")) == [fid(20)]
    (host.results / "new-pact.json").unlink()
    assert host.store.rescan().removed == (fid(20),)
    assert fid(20) not in ids(web.get("/3/footprints"))
    assert web.get(f"/3/footprints/{fid(20)}").status_code == 404


def test_two_files_with_one_id_serve_the_first(host, web):
    write(host.results / "zz-copy-pact.json", footprint(host.base, 1, productIds=["urn:x:copy"]))
    host.store.rescan()
    assert "serve.duplicate_id" in host.report.keys()
    assert web.get(f"/3/footprints/{fid(1)}").json()["data"]["productIds"] == [
        "urn:pact:product-id:P-1"]


# --- ListFootprints filters and pagination -----------------------------------------------

def test_filters_or_within_and_across_case_insensitive(host, web):
    assert ids(web.get("/3/footprints?productId=urn:pact:product-id:P-1"
                       "&productid=URN:PACT:PRODUCT-ID:p-2")) == [fid(1), fid(2)]
    assert ids(web.get(f"/3/footprints?companyId={CO_B}")) == [fid(5)]
    assert ids(web.get(f"/3/footprints?companyId={CO_B}&productId=urn:pact:product-id:P-1")) == []
    assert len(ids(web.get("/3/footprints?geography=jp&status=ACTIVE"))) == 6
    assert ids(web.get("/3/footprints?geography=DE")) == []
    assert ids(web.get("/3/footprints?status=BogusStatus")) == []
    assert ids(web.get("/3/footprints?classification=")) != []  # empty value: no criterion
    assert ids(web.get("/3/footprints?x-other-host-filter=1")) != []


def test_validity_filters_use_reference_end_plus_three_years(host, web, base_footprint):
    end = base_footprint["pcf"]["referencePeriodEnd"]  # 2027-01-01T00:00:00Z
    assert end == "2027-01-01T00:00:00Z"
    everything = sorted(fid(n) for n in range(6))
    assert sorted(ids(web.get(f"/3/footprints?validOn={end}"))) == everything
    assert sorted(ids(web.get("/3/footprints?validOn=2030-01-01T00:00:00Z"))) == everything
    assert ids(web.get("/3/footprints?validOn=2030-01-01T00:00:01Z")) == []
    assert ids(web.get(f"/3/footprints?validAfter={end}")) == []  # start > validAfter
    assert len(ids(web.get("/3/footprints?validAfter=2026-12-31T00:00:00.000Z"))) == 6
    assert ids(web.get("/3/footprints?validBefore=2030-01-01T00:00:00Z")) == []
    assert len(ids(web.get("/3/footprints?validBefore=2030-01-02T00:00:00Z"))) == 6
    # a '+' sent unencoded arrives as a space (the conformance tool does this)
    assert len(ids(web.get("/3/footprints?validOn=2027-01-01T09:00:00+09:00"))) == 6


@pytest.mark.parametrize("query", ["limit=abc", "limit=1&limit=2", "validOn=yesterday",
                                   "filter=x", "$filter=status eq 'Active'",
                                   "x-cfp-after=not-a-uuid"])
def test_bad_query_parameters_are_400(web, query):
    response = web.get(f"/3/footprints?{query}")
    assert response.status_code == 400
    assert response.json()["code"] == "BadRequest"


def test_pagination_link_walks_every_footprint_once(host, web):
    seen, url, pages = [], "/3/footprints?limit=4&status=Active", 0
    while url:
        response = web.get(url)
        seen += ids(response)
        pages += 1
        link = response.headers.get("link")
        if not link:
            break
        match = re.fullmatch(r'<(https://pact\.example:8443/3/footprints\?[^>]+)>; rel="next"',
                             link)
        assert match, link
        assert "status=Active" in match[1] and "limit=4" in match[1]
        url = match[1].removeprefix("https://pact.example:8443")
    assert sorted(seen) == sorted(fid(n) for n in range(6)) and pages == 2
    many = ids(web.get("/3/footprints?limit=100000"))
    assert len(many) == 6 and MAX_PAGE == 100


def test_filter_values_cannot_inject_headers(host, web):
    response = web.get("/3/footprints?limit=1&productId=urn:x%0d%0aSet-Cookie:%20a=b"
                       "&productId=urn:pact:product-id:P-1&productId=urn:pact:product-id:P-2")
    link = response.headers["link"]
    assert "\r" not in link and "\n" not in link and "%0D%0ASet-Cookie" in link
    assert "set-cookie" not in response.headers
    assert web.get("/3/footprints", headers={"Host": "evil.example>; rel=\"next\""}
                   ).status_code == 400


# --- GetFootprint and ids ----------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/3/footprints/..%2F..%2Fetc%2Fpasswd", "/3/footprints/%2e%2e", "/3/footprints/..",
    "/3/footprints/a%5Cb", "/3/footprints/not-a-uuid", "/3/footprints/fp1-pact.json",
    "/3/footprints/" + fid(1) + "%2F..", "/3/footprints/" + fid(1) + "/extra"])
def test_ids_with_separators_or_dots_never_reach_the_disk(web, path):
    response = web.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert response.json()["code"] in ("BadRequest", "NotFound")
    assert "root:" not in response.text and "pcf" not in response.text


def test_get_footprint(host, web):
    body = web.get(f"/3/footprints/{fid(3).upper()}").json()
    assert body["data"]["id"] == fid(3)
    missing = web.get("/3/footprints/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404 and missing.json()["code"] == "NotFound"


# --- tokens ----------------------------------------------------------------------------

def test_token_by_basic_auth_and_by_form(host):
    with host.client() as web:
        basic = web.post("/auth/token", data={"grant_type": "client_credentials"},
                         auth=("all", SECRET))
        assert basic.status_code == 200 and basic.headers["cache-control"] == "no-store"
        doc = basic.json()
        assert doc["token_type"] == "Bearer" and doc["expires_in"] == 900
        form = web.post("/auth/token", data={"grant_type": "client_credentials",
                                             "client_id": "all", "client_secret": SECRET})
        assert form.status_code == 200
        discovery = web.get("/.well-known/openid-configuration").json()
        assert discovery["token_endpoint"] == "https://pact.example:8443/auth/token"


@pytest.mark.parametrize("data, auth, status, error", [
    ({"grant_type": "client_credentials"}, ("all", "wrong-secret-0000000"), 401,
     "invalid_client"),
    ({"grant_type": "client_credentials"}, ("nobody", SECRET), 401, "invalid_client"),
    ({"grant_type": "client_credentials"}, None, 401, "invalid_client"),
    ({"grant_type": "password"}, ("all", SECRET), 400, "unsupported_grant_type"),
    ({"grant_type": "client_credentials", "client_id": "all"}, ("all", SECRET), 400,
     "invalid_request"),
    ({"grant_type": "client_credentials", "scope": "admin"}, ("all", SECRET), 400,
     "invalid_scope"),
])
def test_token_errors(host, data, auth, status, error):
    with host.client() as web:
        response = web.post("/auth/token", data=data, auth=auth)
    assert response.status_code == status and response.json()["error"] == error
    if status == 401 and auth:
        assert response.headers["www-authenticate"].startswith("Basic")


def test_malformed_basic_header_and_json_body_are_400(host):
    with host.client() as web:
        bad = web.post("/auth/token", content="grant_type=client_credentials",
                       headers={"Authorization": "Basic %%%",
                                "Content-Type": "application/x-www-form-urlencoded"})
        assert bad.status_code == 400
        as_json = web.post("/auth/token", json={"grant_type": "client_credentials"},
                           auth=("all", SECRET))
        assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"


def _tamper(token: str) -> list[str]:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    forged = base64.urlsafe_b64encode(json.dumps({**claims, "sub": "someone-else"}).encode()
                                      ).decode().rstrip("=")
    none_header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').decode().rstrip("=")
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    return [f"{header}.{forged}.{signature}", f"{header}.{payload}.{flipped}",
            f"{none_header}.{payload}.", jwt.encode(claims, b"another-key-" * 3, "HS256")]


def test_missing_malformed_tampered_and_foreign_tokens_are_401(host):
    with host.client() as web:
        good = host.token(web)
        cases = {"missing": {}, "malformed": {"Authorization": "Token abc"},
                 "empty": {"Authorization": "Bearer "}, "garbage": {"Authorization": "Bearer x.y"}}
        cases.update({f"tampered{i}": {"Authorization": f"Bearer {t}"}
                      for i, t in enumerate(_tamper(good))})
        for name, headers in cases.items():
            for method, path in (("GET", "/3/footprints"), ("GET", f"/3/footprints/{fid(1)}"),
                                 ("POST", "/3/events")):
                response = web.request(method, path, headers=headers)
                assert response.status_code == 401, (name, path)
                assert response.json()["code"] == "BadRequest", name
                assert response.headers["www-authenticate"].startswith("Bearer")
                assert "pcf" not in response.text


def test_expired_token_is_token_expired(host, monkeypatch):
    with host.client() as web:
        token = host.token(web)
        later = time.time() + 901
        monkeypatch.setattr(time, "time", lambda: later)
        response = web.get("/3/footprints", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401 and response.json()["code"] == "TokenExpired"


def test_removed_or_rekeyed_client_loses_its_tokens(host):
    host.add("gone", all=True)
    host.add("rekeyed", all=True)
    with host.client() as web:
        gone, rekeyed = host.token(web, "gone"), host.token(web, "rekeyed")
        clients_mod.remove_client(host.clients_file, "gone")
        host.add("rekeyed", all=True, replace=True)
        host.state.clients.clients = clients_mod.read_clients(host.clients_file)
        for token in (gone, rekeyed):
            response = web.get("/3/footprints", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 401


# --- scope ------------------------------------------------------------------------------

def test_a_client_sees_nothing_outside_its_scope(host):
    host.add("one-product", products=["urn:pact:product-id:p-1"],
             events_url="https://one.example")
    host.add("company-b", companies=[CO_B])
    host.add("prefix", products=["urn:pact:product-id:P-*"], companies=[CO_B])
    with host.client() as web:
        for client_id, expected in (("one-product", [fid(1)]), ("company-b", [fid(5)]),
                                    ("prefix", [fid(5)])):
            auth = {"Authorization": f"Bearer {host.token(web, client_id)}"}
            assert ids(web.get("/3/footprints", headers=auth)) == expected
            assert ids(web.get("/3/footprints?productId=urn:pact:product-id:P-3",
                               headers=auth)) == []
            denied = web.get(f"/3/footprints/{fid(3)}", headers=auth)
            assert denied.status_code == 403 and denied.json()["code"] == "AccessDenied"
            assert "P-3" not in denied.text and "pcf" not in denied.text
        auth = {"Authorization": f"Bearer {host.token(web, 'one-product')}"}
        event = created_event("urn:pact:product-id:P-3")
        assert web.post("/3/events", json=event, headers=auth).status_code == 200
        wait_for(lambda: host.events("RequestRejected"))
        assert "P-3" not in json.dumps(host.events("RequestRejected"))


# --- slowing down guessing ---------------------------------------------------------------

def test_repeated_bad_secrets_are_locked_out_per_client(host):
    with host.client() as web:
        for _ in range(5):
            assert web.post("/auth/token", data={"grant_type": "client_credentials"},
                            auth=("all", "wrong-secret-0000000")).status_code == 401
        locked = web.post("/auth/token", data={"grant_type": "client_credentials"},
                          auth=("all", "wrong-secret-0000000"))
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
        # while locked even the right secret is refused (and not checked: no CPU spent)
        right = web.post("/auth/token", data={"grant_type": "client_credentials"},
                         auth=("all", SECRET))
        assert right.status_code == 429


def test_many_client_ids_from_one_address_are_locked_out(host):
    host.add("other", all=True)
    with host.client() as web:
        for n in range(5):
            web.post("/auth/token", data={"grant_type": "client_credentials"},
                     auth=(f"guess{n}", "wrong-secret-0000000"))
        assert web.post("/auth/token", data={"grant_type": "client_credentials"},
                        auth=("other", SECRET)).status_code == 429


def test_throttle_doubles_the_lock_and_forgives_after_a_quiet_window():
    now = [0.0]
    throttle = Throttle(free=2, window_s=100, max_lock_s=8, clock=lambda: now[0])
    throttle.failed("client:x")
    assert throttle.retry_after("client:x") == 0
    throttle.failed("client:x")
    assert throttle.retry_after("client:x") == 1
    throttle.failed("client:x")
    assert throttle.retry_after("client:x") == 2
    for _ in range(3):
        throttle.failed("client:x")
    assert throttle.retry_after("client:x") == 8  # capped
    now[0] = 200
    assert throttle.retry_after("client:x") == 0
    throttle.failed("client:x")
    assert throttle.retry_after("client:x") == 0  # counting starts again


# --- bodies and events ------------------------------------------------------------------

def created_event(*product_ids: str, event_id: str = "run-1/12") -> dict:
    return {"specversion": "1.0", "id": event_id, "source": "https://elsewhere.example",
            "time": "2026-04-01T00:00:00Z", "type": events_mod.CREATED,
            "data": {"productId": list(product_ids), "comment": "please"}}


def published_event(pf_ids) -> dict:
    return {**created_event(), "type": events_mod.PUBLISHED, "data": {"pfIds": pf_ids}}


def test_bodies_over_the_limit_are_413(web):
    big = b'{"pad": "' + b"x" * (server_app.MAX_EVENT_BYTES + 10) + b'"}'
    response = web.post("/3/events", content=big,
                        headers={"Content-Type": "application/cloudevents+json"})
    assert response.status_code == 413 and response.json()["code"] == "BadRequest"

    def chunks():  # no Content-Length: counted while read
        for _ in range(40):
            yield b"x" * 10_000

    streamed = web.post("/3/events", content=chunks(),
                        headers={"Content-Type": "application/cloudevents+json"})
    assert streamed.status_code == 413
    form = web.post("/auth/token", content=b"grant_type=client_credentials&" + b"a" * 9000,
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 413


MALFORMED_EVENTS = [
    (b"{not json", "serve.event.json"),
    (b"[]", "serve.event.json"),
    ({"specversion": None}, "serve.event.field"),
    ({"specversion": "0.3"}, "serve.event.specversion"),
    ({"type": "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.2"}, "serve.event.type"),
    ({"time": "yesterday"}, "serve.event.field"),
    ({"id": ""}, "serve.event.field"),
    ({"data": "productId"}, "serve.event.field"),
    ({"data": {"productId": [42]}}, "serve.event.criterion"),
    ({"data": {"validOn": "tomorrow"}}, "serve.event.criterion"),
    ({"type": events_mod.PUBLISHED, "data": {"pfIds": ["urn:gtin:4712345060507"]}},
     "serve.event.pfids"),  # conformance TC40: exactly 400
    ({"type": events_mod.PUBLISHED, "data": {"pfIds": []}}, "serve.event.pfids"),
    ({"type": events_mod.FULFILLED, "data": {"pfs": []}}, "serve.event.field"),
]


@pytest.mark.parametrize("change, key", MALFORMED_EVENTS)
def test_malformed_cloudevents_are_400(web, change, key):
    from cfp.lca.messages import tr

    if isinstance(change, bytes):
        body = change
    else:
        event = {**created_event("urn:pact:product-id:P-1"), **change}
        body = json.dumps({k: v for k, v in event.items() if v is not None}).encode()
    response = web.post("/3/events", content=body,
                        headers={"Content-Type": "application/cloudevents+json; charset=UTF-8"})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "BadRequest"
    template = re.escape(tr(key, "en")).replace(r"\{", "{").replace(r"\}", "}")
    assert re.fullmatch(re.sub(r"\{\w+\}", ".*", template), response.json()["message"])


def test_event_with_wrong_content_type_is_400(web):
    response = web.post("/3/events", content=json.dumps(published_event([fid(1)])),
                        headers={"Content-Type": "text/plain"})
    assert response.status_code == 400


def test_request_created_is_fulfilled_or_rejected_at_the_clients_endpoint(host):
    host.add("buyer", companies=[CO_A], events_url="https://buyer.example/pact",
             events_client_id="cfp-at-buyer")
    with host.client() as web:
        auth = {"Authorization": f"Bearer {host.token(web, 'buyer')}"}
        ok = web.post("/3/events", json=created_event("urn:pact:product-id:P-1",
                                                       "urn:pact:product-id:P-5"),
                      headers={**auth, "Content-Type": "application/cloudevents+json"})
        assert ok.status_code == 200 and ok.content == b""
        again = web.post("/3/events", json=created_event("urn:pact:product-id:P-1",
                                                          "urn:pact:product-id:P-5"), headers=auth)
        assert again.status_code == 200  # the same event: acknowledged, answered once
        rejected = web.post("/3/events", json=created_event("urn:pact:null", event_id="r/14.A"),
                            headers=auth)
        assert rejected.status_code == 200
        wait_for(lambda: host.events("RequestRejected"))
    fulfilled = host.events("RequestFulfilled")
    assert len(fulfilled) == 1
    event = fulfilled[0]
    assert event["data"]["requestEventId"] == "run-1/12"
    assert [fp["id"] for fp in event["data"]["pfs"]] == [fid(1)]  # P-5 is company B: not seen
    assert event["source"] == "https://pact.example:8443/3/events"
    rejection = host.events("RequestRejected")[0]["data"]
    assert rejection["requestEventId"] == "r/14.A" and rejection["error"]["code"] == "NotFound"
    posts = [r for r in host.sent if r.url.path == "/pact/3/events"]
    assert {str(r.url.host) for r in posts} == {"buyer.example"}  # never the event's source
    assert all(r.headers["authorization"] == "Bearer their-token" for r in posts)
    token_requests = [r for r in host.sent if r.url.path == "/pact/auth/token"]
    assert token_requests and token_requests[0].headers["authorization"].startswith("Basic ")


def test_request_created_without_an_endpoint_is_400(host):
    host.add("no-endpoint", all=True)
    with host.client() as web:
        auth = {"Authorization": f"Bearer {host.token(web, 'no-endpoint')}"}
        response = web.post("/3/events", json=created_event("urn:pact:product-id:P-1"),
                            headers=auth)
    assert response.status_code == 400


def test_published_events_go_to_subscribed_clients_in_scope(host):
    host.add("sub-b", companies=[CO_B], events_url="https://b.example", subscribe=True)
    host.add("quiet", all=True, events_url="https://quiet.example")
    with host.client() as web:
        write(host.results / "new-pact.json", footprint(host.base, 30))
        web.portal.call(on_change, host.state, host.store.rescan())  # in the server's loop
        wait_for(lambda: host.events("PublishedEvent"))
        time.sleep(0.1)
    published = [(r.url.host, json.loads(r.content)["data"]["pfIds"]) for r in host.sent
                 if b"PublishedEvent" in r.content]
    assert published == [("all.example", [fid(30)])]  # not to sub-b (company A), not quiet


def test_accepted_published_event_and_answers_are_200(web):
    assert web.post("/3/events", json=published_event([fid(99)])).status_code == 200
    answer = {**created_event(), "type": events_mod.REJECTED,
              "data": {"requestEventId": "x", "error": {"code": "NotFound", "message": "-"}}}
    assert web.post("/3/events", json=answer).status_code == 200


# --- error responses --------------------------------------------------------------------

def test_no_stack_trace_in_any_response(host, web, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(server_app, "select", broken)
    response = web.get("/3/footprints")
    assert response.status_code == 500
    assert response.json() == {"code": "InternalError", "message": response.json()["message"]}
    assert "Traceback" not in response.text and "secret detail" not in response.text
    assert "serve.internal_error" in host.report.keys()
    for method, path in (("GET", "/nope"), ("DELETE", "/3/footprints"), ("GET", "/3/events"),
                         ("PUT", "/auth/token"), ("GET", "/3/footprints/..")):
        other = web.request(method, path)
        assert other.headers["content-type"] == "application/json", path
        assert other.json()["code"] in ("NotFound", "BadRequest"), path
        assert "Traceback" not in other.text


@pytest.mark.parametrize("path", ["/auth/token", "/3/events"])
def test_a_client_that_leaves_mid_request_is_not_an_internal_error(host, path):
    # a client closing the connection half-way through its body (or closed by the server
    # for a too slow body) was logged "internal error ... report it" and answered 500
    async def run() -> list[dict]:
        sent: list[dict] = []
        messages = [{"type": "http.request", "body": b"grant_type=cl", "more_body": True},
                    {"type": "http.disconnect"}]

        async def receive() -> dict:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            sent.append(message)

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST", "scheme": "https", "path": path, "raw_path": path.encode(),
                 "query_string": b"", "root_path": "", "server": ("127.0.0.1", 8443),
                 "client": ("127.0.0.1", 50000), "headers": [
                     (b"host", b"pact.example:8443"), (b"content-length", b"5000"),
                     (b"content-type", b"application/x-www-form-urlencoded"),
                     (b"authorization", b"Basic " + base64.b64encode(b"all:" + SECRET.encode()))]}
        await host.asgi(scope, receive, send)
        return sent

    sent = asyncio.run(run())
    assert "serve.internal_error" not in host.report.keys()
    assert all(m.get("status") != 500 for m in sent)


def test_messages_follow_accept_language(web):
    response = web.get("/3/footprints/00000000-0000-0000-0000-000000000000",
                       headers={"Accept-Language": "ja-JP,ja;q=0.9"})
    assert response.json()["message"] == "この ID のフットプリントはありません。"


# --- the clients file and the CLI -------------------------------------------------------

def test_clients_file_keeps_only_a_salted_hash(tmp_path):
    path = tmp_path / "clients.json"
    clients_mod.add_client(path, "a", SECRET, clients_mod.Scope(True), clients_mod.Events())
    clients_mod.add_client(path, "b", SECRET, clients_mod.Scope(True), clients_mod.Events())
    text = path.read_text()
    assert SECRET not in text and (path.stat().st_mode & 0o777) == 0o600
    stored = clients_mod.read_clients(path)
    assert stored["a"].secret_hash != stored["b"].secret_hash  # salted
    assert stored["a"].secret_hash.startswith("scrypt$")
    assert clients_mod.verify_secret(SECRET, stored["a"].secret_hash)
    assert not clients_mod.verify_secret(SECRET + "x", stored["a"].secret_hash)


@pytest.mark.parametrize("args, key", [
    (dict(client_id="bad id"), "clients.bad_id"),
    (dict(client_id="bad:id"), "clients.bad_id"),
    (dict(secret="short"), "clients.bad_secret"),
    (dict(secret="has a space and %+ in it"), "clients.bad_secret"),
    (dict(scope=clients_mod.Scope()), "clients.no_scope"),
    (dict(scope=clients_mod.Scope(True, ("urn:x",))), "clients.scope_conflict"),
    (dict(events=clients_mod.Events("http://customer.example")), "clients.events_url"),
    (dict(events=clients_mod.Events("ftp://127.0.0.1")), "clients.events_url"),
    (dict(events=clients_mod.Events("", subscribe=True)), "clients.subscribe_no_url"),
])
def test_bad_client_options_are_refused(tmp_path, args, key):
    call = dict(client_id="ok", secret=SECRET, scope=clients_mod.Scope(True),
                events=clients_mod.Events()) | args
    with pytest.raises(clients_mod.ClientsError) as caught:
        clients_mod.add_client(tmp_path / "c.json", call["client_id"], call["secret"],
                               call["scope"], call["events"])
    assert caught.value.key == key


def test_loopback_http_events_are_allowed_for_tests(tmp_path):
    for url in ("http://127.0.0.1:8004", "http://localhost:9", "http://[::1]:9"):
        clients_mod.add_client(tmp_path / "c.json", "c", SECRET, clients_mod.Scope(True),
                               clients_mod.Events(url), replace=True)


def test_cli_clients_add_from_stdin_generate_force_remove(tmp_path):
    path = tmp_path / "clients.json"
    runner = CliRunner()
    added = runner.invoke(cli_app, ["clients", "add", "buyer", "--clients", str(path),
                                    "--product", "urn:pact:product-id:PU-100", "--lang", "en"],
                          input=SECRET + "\n")
    assert added.exit_code == 0, added.output
    assert "client buyer saved" in added.stderr and SECRET not in added.stdout
    again = runner.invoke(cli_app, ["clients", "add", "buyer", "--clients", str(path),
                                    "--all", "--lang", "en"], input=SECRET + "\n")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert "Traceback" not in again.output
    generated = runner.invoke(cli_app, ["clients", "add", "buyer", "--clients", str(path),
                                        "--all", "--force", "--generate", "--lang", "ja"])
    assert generated.exit_code == 0, generated.output
    secret = generated.stdout.strip()
    assert clients_mod.SECRET.fullmatch(secret)
    assert "標準出力" in generated.stderr
    assert clients_mod.verify_secret(secret, clients_mod.read_clients(path)["buyer"].secret_hash)
    no_scope = runner.invoke(cli_app, ["clients", "add", "x", "--clients", str(path),
                                       "--lang", "ja"], input=SECRET + "\n")
    assert no_scope.exit_code == 2 and "--company URN" in no_scope.stderr
    removed = runner.invoke(cli_app, ["clients", "remove", "buyer", "--clients", str(path)])
    assert removed.exit_code == 0 and "buyer" not in clients_mod.read_clients(path)


def test_cli_serve_bad_inputs_are_exit_2_with_a_message(tmp_path, host):
    runner = CliRunner()
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    base = ["serve", str(host.results), "--tls-cert", str(cert), "--tls-key", str(key),
            "--clients", str(host.clients_file), "--lang", "en"]
    missing = runner.invoke(cli_app, base)
    assert missing.exit_code == 2 and f"TLS file {cert} not found" in missing.stderr
    cert.write_text("not a certificate")
    key.write_text("not a key")
    bad = runner.invoke(cli_app, base)
    assert bad.exit_code == 2 and "cannot use the TLS certificate" in bad.stderr
    unreadable = tmp_path / "clients-bad.json"
    unreadable.write_text("{oops")
    broken = runner.invoke(cli_app, [*base[:6], "--clients", str(unreadable), "--lang", "ja"])
    assert broken.exit_code == 2 and "クライアントファイル" in broken.stderr
    folder = runner.invoke(cli_app, ["serve", str(tmp_path / "nope"), *base[2:]])
    assert folder.exit_code == 2 and "does not exist" in folder.stderr
    for result in (missing, bad, broken, folder):
        assert "Traceback" not in result.output


def test_help_does_not_import_the_server_stack():
    code = ("import sys, cfp.cli.main; heavy = {'starlette', 'uvicorn', 'httpx', 'jwt', "
            "'watchfiles', 'uvloop'} & set(sys.modules); assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- one real server: TLS on loopback ----------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def real_server(tmp_path_factory, base_footprint):
    if not shutil_which("openssl"):
        pytest.skip("openssl not installed: cannot make a test certificate")
    tmp = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(tmp / "key.pem"), "-out", str(tmp / "cert.pem"), "-days", "2", "-subj",
                    "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    results = tmp / "results"
    write(results / "a-pact.json", footprint(base_footprint, 1))
    write(results / "bad\x1b[31m-pact.json", b"{broken")
    clients_mod.add_client(tmp / "clients.json", "c", SECRET, clients_mod.Scope(True),
                           clients_mod.Events())
    port = _free_port()
    log = open(tmp / "serve.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-c", "from cfp.cli.main import run; run()", "serve", str(results),
         "--port", str(port), "--tls-cert", str(tmp / "cert.pem"), "--tls-key",
         str(tmp / "key.pem"), "--clients", str(tmp / "clients.json"), "--lang", "en"],
        stdout=log, stderr=subprocess.STDOUT)
    context = ssl.create_default_context(cafile=str(tmp / "cert.pem"))
    web = httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=context, timeout=5)
    deadline = time.monotonic() + 20
    while True:
        try:
            web.get("/.well-known/openid-configuration")
            break
        except httpx.TransportError:
            assert process.poll() is None, (tmp / "serve.log").read_text()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
    token = web.post("/auth/token", data={"grant_type": "client_credentials"},
                     auth=("c", SECRET)).json()["access_token"]
    web.headers["Authorization"] = f"Bearer {token}"
    yield {"web": web, "port": port, "results": results, "log": tmp / "serve.log",
           "process": process}
    web.close()
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=15)
    log.close()


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


def test_real_server_speaks_https_only(real_server):
    web = real_server["web"]
    assert ids(web.get("/3/footprints")) == [fid(1)]
    with socket.create_connection(("127.0.0.1", real_server["port"]), timeout=5) as plain:
        plain.sendall(b"GET /3/footprints HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      b"Authorization: " + web.headers["Authorization"].encode() + b"\r\n\r\n")
        try:
            answer = plain.recv(4096)
        except (ConnectionResetError, TimeoutError):
            answer = b""
    assert b"HTTP/1.1 200" not in answer and b"data" not in answer
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{real_server['port']}/3/footprints", timeout=5)
    context = ssl.create_default_context(cafile=None)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.maximum_version = ssl.TLSVersion.TLSv1_1
        with pytest.raises((ssl.SSLError, OSError, ValueError)):  # TLS 1.1 and older: refused
            with socket.create_connection(("127.0.0.1", real_server["port"]), timeout=5) as raw:
                context.wrap_socket(raw).do_handshake()


def test_real_server_watches_the_folder(real_server, base_footprint):
    web, results = real_server["web"], real_server["results"]
    write(results / "batch" / "b-pact.json", footprint(base_footprint, 2))
    wait_for(lambda: fid(2) in ids(web.get("/3/footprints")), timeout=10)
    (results / "batch" / "b-pact.json").unlink()
    wait_for(lambda: fid(2) not in ids(web.get("/3/footprints")), timeout=10)


def test_real_server_log_names_the_bad_file_without_control_characters(real_server):
    wait_for(lambda: b"skipped" in real_server["log"].read_bytes(), timeout=5)
    log = real_server["log"].read_bytes()
    assert b"bad\\x1b[31m-pact.json: skipped, not valid JSON" in log
    assert b"\x1b" not in log
    assert b"Traceback" not in log
    assert real_server["process"].poll() is None  # still running


def _closed_by_the_server(sock, drip: bytes | None, within: float = 60) -> bool:
    """True when the server closes `sock` within `within` s while `drip` (if any) is sent
    a byte at a time, one a second."""
    sock.settimeout(1)
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if drip:
                sock.sendall(drip[:1])
                drip = drip[1:] or drip
            if sock.recv(100) == b"":
                return True
        except (TimeoutError, ssl.SSLWantReadError):
            continue
        except OSError:  # reset, broken pipe, TLS close
            return True
    return False


def test_real_server_drops_idle_and_slow_connections(real_server):
    # plain TCP that never starts TLS, TLS then nothing, headers or a body sent a byte a
    # second, an idle keep-alive connection: each held a socket (a file descriptor) for
    # 40 s and more, and ~20,000 of them made the server refuse everyone. Each is closed
    # by the server now (limits.py: 5-10 s; 60 s allowed here for a loaded machine).
    port, token = real_server["port"], real_server["web"].headers["Authorization"]
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE

    def tls():
        return context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10))

    def case(name: str) -> bool:
        if name == "no TLS":
            return _closed_by_the_server(socket.create_connection(("127.0.0.1", port)), None)
        sock = tls()
        if name == "headers":
            sock.sendall(b"GET /3/footprints HTTP/1.1\r\nHost: localhost\r\n")
            return _closed_by_the_server(sock, b"X-a: b\r\n")
        if name == "body":
            sock.sendall(b"POST /auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                         b"application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n")
            return _closed_by_the_server(sock, b"a")
        if name == "keep-alive":
            sock.sendall(b"GET /3/footprints HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                         + token.encode() + b"\r\n\r\n")
            assert sock.recv(12) == b"HTTP/1.1 200"
        return _closed_by_the_server(sock, None)

    names = ["no TLS", "TLS, nothing", "headers", "body", "keep-alive"]
    with ThreadPoolExecutor(len(names)) as pool:
        closed = dict(zip(names, pool.map(case, names), strict=True))
    assert closed == dict.fromkeys(names, True)
    assert ids(real_server["web"].get("/3/footprints")) == [fid(1)]  # still serving
    log = real_server["log"].read_bytes()
    assert b"internal error" not in log and b"Traceback" not in log


def test_real_server_stops_cleanly_on_sigterm(real_server):
    # run last in this module (pytest keeps file order): the fixture's teardown also
    # stops it; here we check the exit status and the goodbye line
    # (uvicorn re-raises SIGTERM once shut down: systemd sees a normal stop)
    process = real_server["process"]
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=15) in (0, -signal.SIGTERM)
    assert b"server stopped." in real_server["log"].read_bytes()



@pytest.mark.parametrize(("argv", "expected"), [
    (["clients", "--lang", "ja", "remove", "nobody"], "見つかりません"),
    (["clients", "--lang=en", "remove", "nobody"], "not found"),
    (["clients", "remove", "nobody", "--lang", "ja"], "見つかりません"),
    (["clients", "--lang", "ja", "remove", "nobody", "--lang", "en"], "not found"),
])
def test_cli_clients_take_lang_before_or_after_the_sub_command(tmp_path, argv, expected):
    # `cfp clients --lang ja remove ...` was refused: "no such option: --lang"
    result = CliRunner().invoke(cli_app, [*argv, "--clients", str(tmp_path / "c.json")],
                                env={"COLUMNS": "1000", "CFP_LANG": ""})
    assert result.exit_code == 2, result.output
    assert expected in result.stderr and "--lang" not in result.stderr


@pytest.mark.parametrize(("query", "en", "ja"), [
    # limit=0 answered 200 with no data, and a next link asking for the same page again
    ("limit=0", "limit must be at least 1 (got '0')", "limit は 1 以上に"),
    ("limit=-3", "limit must be at least 1 (got '-3')", "「-3」"),
    # a huge limit was "not a whole number"
    ("limit=99999999999999999999", "limit 99999999999999999999 is above the maximum, 999999999",
     "上限 999999999 を超えています"),
    ("limit=1000000000", "is above the maximum, 999999999. A page holds at most 100",
     "最大 100 件"),
])
def test_limit_out_of_range_is_400_saying_why(web, query, en, ja):
    for lang, expected in (("en", en), ("ja", ja)):
        response = web.get(f"/3/footprints?{query}", headers={"Accept-Language": lang})
        assert response.status_code == 400
        body = response.json()
        assert set(body) == {"code", "message"} and body["code"] == "BadRequest"
        assert expected in body["message"] and "whole number" not in body["message"]
        assert "link" not in response.headers
    assert len(ids(web.get("/3/footprints?limit=999999999"))) == 6  # the maximum is taken
