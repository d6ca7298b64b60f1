"""`cfp serve RESULTS_DIR`: serve the folder's PACT footprints through the PACT v3 API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import DebugOption, LangOption, handle_errors, resolve_lang, stderr_console


def serve(
    results_dir: Annotated[Path, typer.Argument(
        help="Folder of cfp calc ... --report pact --out (its *-pact.json files).")],
    tls_cert: Annotated[Path, typer.Option("--tls-cert", help="TLS certificate (PEM).")],
    tls_key: Annotated[Path, typer.Option("--tls-key", help="Its private key (PEM).")],
    clients: Annotated[Path, typer.Option("--clients", help="Clients file (cfp clients add).")],
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TLS port.")] = 8443,
    public_url: Annotated[str | None, typer.Option(
        "--public-url", help="https URL customers use (the source of our events).")] = None,
    token_ttl: Annotated[int, typer.Option("--token-ttl", help="Token lifetime, s.")] = 900,
    access_log: Annotated[bool, typer.Option(
        help="One log line per request (costs ~40 % of the throughput).")] = False,
    events_ca: Annotated[Path | None, typer.Option(
        "--events-ca", help="Extra CA (PEM) trusted for the clients' event endpoints.")] = None,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        "--forwarded-allow-ips", help="Reverse proxies whose X-Forwarded-For is trusted "
        "(comma-separated IPs), so throttling sees the real client address.")] = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Serve the PACT v3 footprints of a results folder over HTTPS (ListFootprints,
    GetFootprint, events). 結果フォルダーの PACT フットプリントを HTTPS で提供します。"""
    language = resolve_lang(lang)
    with handle_errors(language, debug):
        from datetime import datetime

        from cfp.lca.app.server import ServeOptions
        from cfp.lca.app.server import serve as run_server
        from cfp.lca.messages import tr

        console = stderr_console()

        def report(key: str, **params: object) -> None:
            stamp = datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M:%S")
            console.print(f"{stamp} {tr(key, language, **params)}", markup=False)

        def started(state) -> None:  # noqa: ANN001 - a ServerState
            report("serve.started", count=len(state.store.snapshot), path=results_dir,
                   url=state.public_url, clients=len(state.clients.clients))
            if not len(state.store.snapshot):
                report("serve.empty", path=results_dir)

        run_server(ServeOptions(results_dir, clients, tls_cert, tls_key, host, port,
                                public_url, token_ttl, language, debug, access_log, events_ca,
                                forwarded_allow_ips),
                   report, started)
