"""`cfp clients add|remove`: who may call `cfp serve`, and what each client may see."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import (
    DebugOption,
    LangOption,
    handle_errors,
    resolve_lang,
    stderr_console,
    write_stdout,
)

app = typer.Typer(help="Clients of cfp serve: add or remove them. cfp serve の"
                  "クライアントを追加・削除します。", no_args_is_help=True)


@app.callback()
def _group(lang: LangOption = None) -> None:
    # --lang before the sub-command: the sub-command's own --lang wins (`resolve_lang`)
    pass


ClientsFile = Annotated[Path, typer.Option("--clients", help="Clients file (JSON, mode 0600).")]
ClientId = Annotated[str, typer.Argument(help="The client id (its OAuth2 client_id).")]


@app.command("add")
def add(
    ctx: typer.Context,
    client_id: ClientId,
    clients: ClientsFile,
    company: Annotated[list[str] | None, typer.Option(
        "--company", help="Company id it may see (URN; trailing * = prefix), repeatable.")] = None,
    product: Annotated[list[str] | None, typer.Option(
        "--product", help="Product id it may see (URN; trailing * = prefix), repeatable.")] = None,
    all_footprints: Annotated[bool, typer.Option("--all", help="It may see every footprint.")
                              ] = False,
    events_url: Annotated[str, typer.Option(
        "--events-url", help="Base URL of its PACT API: events go to URL/3/events.")] = "",
    subscribe: Annotated[bool, typer.Option(
        "--subscribe", help="Send it a PublishedEvent when its footprints change.")] = False,
    events_client_id: Annotated[str, typer.Option(
        "--events-client-id", help="Our client id at its /auth/token (secret: environment "
        "variable CFP_EVENTS_CLIENT_SECRET).")] = "",
    generate: Annotated[bool, typer.Option("--generate", help="Generate the secret and print "
                                           "it (also when standard input is a terminal).")
                        ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing client.")] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Add a client: its secret from standard input (only a scrypt hash is stored), or a
    generated one printed on stdout. クライアントを追加します。"""
    language = resolve_lang(lang, ctx)
    with handle_errors(language, debug):
        import os

        from cfp.lca.app.server.clients import Events, Scope, add_client, new_secret
        from cfp.lca.errors import UsageError
        from cfp.lca.messages import tr

        generated = generate or sys.stdin is None or sys.stdin.isatty()
        secret = new_secret() if generated else sys.stdin.readline().strip()
        if not secret:
            raise UsageError("clients.no_secret")
        scope = Scope(all_footprints, tuple(c.lower() for c in company or ()),
                      tuple(p.lower() for p in product or ()))
        events = Events(events_url, subscribe, events_client_id,
                        os.environ.get("CFP_EVENTS_CLIENT_SECRET", "") if events_client_id else "")
        add_client(clients, client_id, secret, scope, events, replace=force)
        if generated:
            write_stdout(secret)
        stderr_console().print(tr("clients.added", language, id=client_id, path=clients,
                                  scope=_scope_text(scope, language)), markup=False)
        if generated:
            stderr_console().print(tr("clients.generated", language), markup=False)


@app.command("remove")
def remove(ctx: typer.Context, client_id: ClientId, clients: ClientsFile,
           lang: LangOption = None, debug: DebugOption = False) -> None:
    """Remove a client: its tokens stop working at once. クライアントを削除します。"""
    language = resolve_lang(lang, ctx)
    with handle_errors(language, debug):
        from cfp.lca.app.server.clients import remove_client
        from cfp.lca.messages import tr

        remove_client(clients, client_id)
        stderr_console().print(tr("clients.removed", language, id=client_id, path=clients),
                               markup=False)


def _scope_text(scope, lang: str) -> str:  # noqa: ANN001 - a Scope
    from cfp.lca.messages import tr

    if scope.all:
        return tr("clients.scope_all", lang)
    parts = [tr("clients.scope_companies", lang, values=", ".join(scope.companies))
             if scope.companies else "",
             tr("clients.scope_products", lang, values=", ".join(scope.products))
             if scope.products else ""]
    return "; ".join(p for p in parts if p)
