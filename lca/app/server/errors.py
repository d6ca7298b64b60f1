"""Errors of `cfp serve` and `cfp clients` that a user can act on (exit 2 in the CLI)."""

from __future__ import annotations

from ...errors import CfpError


class ServeError(CfpError):
    """A folder, file or option that cannot be used: `ServeError(code, **params)`,
    rendered in the user's language where it is shown (`message(lang)`; the running
    server reports `key` and `params` in the language of each request)."""

    def __init__(self, message_key: str, /, **params: object) -> None:
        super().__init__(message_key, **params)
        self.key = message_key


class ClientsError(ServeError):
    """A clients file, client id, secret or client option that cannot be used."""
