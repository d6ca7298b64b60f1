"""`cfp serve`: a PACT v3 host system serving the footprints of a results folder.

    from cfp.lca.app.server import ServeOptions, serve, ServeError
    serve(ServeOptions(results_dir, clients_file, tls_cert, tls_key), report)

Modules: `store` (the folder, watched), `filters` (ListFootprints criteria, pagination),
`clients` (the clients file, secrets, scopes), `auth` (tokens, login throttle), `events`
(CloudEvents in and out), `app` (the Starlette routes), `run` (checks and uvicorn).
`report(message_key, **params)` is how the server tells the operator what happens; the
CLI renders it in the user's language.
"""

from .errors import ClientsError, ServeError
from .run import ServeOptions, prepare, serve

__all__ = ["ClientsError", "ServeError", "ServeOptions", "prepare", "serve"]
