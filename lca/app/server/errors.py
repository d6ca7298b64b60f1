"""Errors of `cfp serve` and `cfp clients` that a user can act on (exit 2 in the CLI)."""

from __future__ import annotations

from ...errors import CfpError
from ...messages import tr


class ServeError(CfpError):
    """A folder, file or option that cannot be used. The message is rendered in `lang`
    when raised; `key` and `params` let the running server report it in its own."""

    def __init__(self, message_key: str, lang: str = "en", /, **params: object) -> None:
        super().__init__(tr(message_key, lang, **params))
        self.key, self.params = message_key, params


class ClientsError(ServeError):
    """A clients file, client id, secret or client option that cannot be used."""
