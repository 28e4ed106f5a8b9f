"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeAlias, TypeVar

from attrs import define

parse_datetime: Callable[[str], datetime.datetime]
if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:
    # Python 3.10's fromisoformat refuses RFC 3339 forms such as a "Z" suffix.
    from dateutil.parser import isoparse

    parse_datetime = isoparse


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# Any JSON value: what an operation answers when the spec gives its success body no schema (never a bare Any).
JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def require_path_value(name: str, value: object) -> None:
    """Refuse a path parameter that would make the request's path name another resource, before anything is
    sent. An empty value (or list, or item of a list) leaves an empty segment, and `/permissions/` may be
    redirected to `/permissions`, another operation; "." and ".." are removed or climb up when the URL is
    normalized (`/collections/c1/permissions/..` is `/collections/c1`)."""
    if value.__class__ is str and value not in ("", ".", ".."):
        return  # the common case, checked on every call: one comparison
    items = value if isinstance(value, (list, tuple)) else (value,)
    if not items or any(str(item) == "" for item in items):
        raise ValueError(
            f"Expected a non-empty value for `{name}` but received {value!r}"
        )
    if any(str(item) in (".", "..") for item in items):
        raise ValueError(
            f"Expected a value for `{name}` other than '.' or '..' but received {value!r}"
        )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "require_path_value",
]
