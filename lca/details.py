"""What a parser or the system said about a file, in the user's language.

A message such as "not JSON: {detail}" carried the parser's own English words into
every language (`JSON ではありません: 2 行 1 列目(Expecting value)`, `Excel ブックでは
ありません(no zip signature)`). The functions here turn those words into a `Message`
(rendered in the message's language, like every parameter that can render itself):
the common ones by a message key of their own (the English text is the parser's, word
for word), the others as a quoted technical detail (`detail.technical`: as it is in
English, 「…」 in Japanese, after the Japanese sentence saying what is wrong).
"""

from __future__ import annotations

import errno
import os

from .errors import Message

#: json.JSONDecodeError.msg -> its message key
JSON_DETAILS = {
    "Expecting value": "detail.json.value",
    "Expecting property name enclosed in double quotes": "detail.json.name",
    "Expecting ',' delimiter": "detail.json.comma",
    "Expecting ':' delimiter": "detail.json.colon",
    "Unterminated string starting at": "detail.json.unterminated",
    "Invalid control character at": "detail.json.control",
    "Invalid \\escape": "detail.json.escape",
    "Invalid \\uXXXX escape": "detail.json.escape_u",
    "Extra data": "detail.json.extra",
    "Illegal trailing comma before end of object": "detail.json.comma_object",
    "Illegal trailing comma before end of array": "detail.json.comma_array",
}
#: the errno of a failed file operation -> its message key (the English text is the
#: C library's, glibc's wording; used where the error says what the system says)
OS_REASONS = {
    "ENOENT": "reason.not_found", "EACCES": "reason.denied", "EPERM": "reason.not_permitted",
    "ENOSPC": "reason.no_space", "EDQUOT": "reason.quota", "EROFS": "reason.read_only",
    "EISDIR": "reason.is_directory", "ENOTDIR": "reason.not_directory",
    "EEXIST": "reason.exists", "EFBIG": "reason.too_large", "EIO": "reason.io",
    "ENAMETOOLONG": "reason.name_too_long", "EMFILE": "reason.too_many_open",
    "EBUSY": "reason.busy", "ELOOP": "reason.loop", "EADDRINUSE": "reason.address_in_use",
    "EADDRNOTAVAIL": "reason.address_not_available",
}
_OS_KEYS = {getattr(errno, name): key for name, key in OS_REASONS.items()
            if hasattr(errno, name)}
#: zipfile.BadZipFile's texts -> their message keys
ZIP_DETAILS = {"File is not a zip file": "detail.zip.not_zip"}


def technical(text: object) -> Message:
    """A detail without a translation, shown as it is (quoted in Japanese)."""
    return Message("detail.technical", {"text": str(text)})


def json_detail(msg: str) -> Message:
    """The `msg` of a json.JSONDecodeError (its position is said apart)."""
    key = JSON_DETAILS.get(msg)
    return Message(key) if key else technical(msg)


def zip_detail(exc: BaseException) -> Message:
    """What zipfile said of an archive it could not open."""
    key = ZIP_DETAILS.get(str(exc))
    return Message(key) if key else Message("detail.zip.damaged", {"text": str(exc)[:120]})


def os_reason(exc: BaseException) -> Message:
    """Why a file operation failed: the common errnos by their message key, any other
    (or a text of cfp's own: "Not a directory: 'out' is a file") as it is said, an
    error without a text named by its type."""
    code = getattr(exc, "errno", None)
    text = getattr(exc, "strerror", None)
    key = _OS_KEYS.get(code)  # type: ignore[arg-type]
    if key and text == os.strerror(code):  # type: ignore[arg-type]
        return Message(key)
    return technical(text or str(exc) or type(exc).__name__)
