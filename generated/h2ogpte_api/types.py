"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Callable, Collection, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    TypeAlias,
    TypeVar,
    cast,
)

from attrs import define, fields

if TYPE_CHECKING:
    from attrs import AttrsInstance

parse_datetime: Callable[[str], datetime.datetime]
if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:
    # Python 3.10's fromisoformat refuses RFC 3339 forms such as a "Z" suffix.
    from dateutil.parser import isoparse

    parse_datetime = isoparse


class Unset:
    """What a property or an argument left out holds: `UNSET`, the one instance (`Unset()` is it too). It is
    falsy and shows as `UNSET`; a copy, a deep copy or an unpickled one is `UNSET` itself, so a model equals
    its copies."""

    __slots__ = ()
    _instance: ClassVar["Unset | None"] = None

    def __new__(cls) -> "Unset":
        if Unset._instance is None:
            Unset._instance = object.__new__(cls)
        return Unset._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by name: h2ogpte_api.types.UNSET

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: object) -> "Unset":
        return self


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


# The JSON types a parsed value is checked against. `from_dict` tests the exact class that `json` gives
# (`value.__class__ is str`: one identity test, inline) and calls `check_value` only for anything else. So these
# run only off the common path: they accept a subclass (a str enum, an IntEnum; never a bool for a number, nor
# a float for an integer, even 3.0) and raise TypeError naming the model, the field and the wrong value.
_KINDS: dict[str, tuple[str, Callable[[object], bool]]] = {
    "string": ("a string", lambda value: isinstance(value, str)),
    "integer": (
        "an integer",
        lambda value: isinstance(value, int) and not isinstance(value, bool),
    ),
    "number": (
        "a number",
        lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    ),
    "boolean": ("a boolean", lambda value: isinstance(value, bool)),
    "null": ("null", lambda value: value is None),
    "array": ("an array", lambda value: isinstance(value, list)),
    "object": ("an object", lambda value: isinstance(value, Mapping)),
}
# The classes `json` gives for each kind: an array of them needs no item-by-item look.
_EXACT: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
_EXACT_OF: dict[tuple[str, ...], frozenset[type]] = {}


def _describe(value: object) -> str:
    if value is None:
        return "null"
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"{type(value).__name__} {text}"


def invalid(value: object, where: str, expected: str) -> TypeError:
    """The error for a value of the wrong type (or form) at `where` ("Model.field")."""
    return TypeError(f"{where}: expected {expected}, got {_describe(value)}")


def check_value(value: object, where: str, *kinds: str) -> None:
    """Raise TypeError unless `value` is one of the JSON `kinds` ("string", "integer", "number", "boolean",
    "null", "array", "object")."""
    for kind in kinds:
        if _KINDS[kind][1](value):
            return
    raise invalid(value, where, " or ".join(_KINDS[kind][0] for kind in kinds))


def invalid_enum(value: object, where: str, values: Collection[object]) -> TypeError:
    """The error for a value that is not one of an enum's `values`."""
    return invalid(
        value, where, "one of " + ", ".join(repr(v) for v in sorted(values, key=repr))
    )


class UnknownEnumValue(str):
    """A string enum property's value that the spec does not list: what a newer server sends (a job's
    `overall_status` of `"paused"` where this client knows `"canceled"`, `"completed"`, `"failed"` and
    `"in progress"`). It is the server's own string, kept as sent: it equals it (`== "paused"`), prints and
    reprs as it (`'paused'`) and is sent back unchanged by `to_dict()`; `isinstance(value, UnknownEnumValue)`
    tells it from the listed values, and the property's type (`JobDetailsOverallStatus | UnknownEnumValue`)
    makes a type checker ask for it. A request body may carry one on purpose (`UnknownEnumValue("paused")`,
    a value the server knows and this spec does not); a plain string the spec does not list is refused
    there."""

    __slots__ = ()


# True while a request body is built from a mapping or keyword arguments (`api.make_body`): an unlisted
# plain string is then a caller's mistake, refused before anything is sent, not a newer server's value.
_STRICT_ENUMS: ContextVar[bool] = ContextVar("h2ogpte_api_strict_enums", default=False)


@contextmanager
def strict_enums() -> Iterator[None]:
    """Within: `open_enum` refuses a plain string that its enum does not list (a request body being built)."""
    token = _STRICT_ENUMS.set(True)
    try:
        yield
    finally:
        _STRICT_ENUMS.reset(token)


E = TypeVar("E")


def open_enum(value: object, where: str, values: Collection[E]) -> E | UnknownEnumValue:
    """A string enum property's value read from JSON, off the common path (`from_dict` tests inline that the
    value is a listed one of class str): one of `values` (a str subclass too), or any other string as an
    `UnknownEnumValue` (forward compatible: a newer server's value parses, and is kept). Anything but a
    string raises TypeError, and so does an unlisted plain string within `strict_enums()`."""
    if isinstance(value, str):
        if value in values:
            return cast(E, value)
        if isinstance(value, UnknownEnumValue):
            return value
        if not _STRICT_ENUMS.get():
            return UnknownEnumValue(
                str.__str__(value)
            )  # the string itself, not a str enum's str()
    raise invalid_enum(value, where, values)


def check_items(value: object, where: str, *kinds: str) -> None:
    """Raise TypeError unless `value` is an array whose items are each one of `kinds`."""
    if not isinstance(value, list):
        raise invalid(value, where, "an array")
    exact = _EXACT_OF.get(kinds)
    if exact is None:
        exact = _EXACT_OF[kinds] = frozenset(
            cls for kind in kinds for cls in _EXACT[kind]
        )
    if exact.issuperset(map(type, value)):
        return
    for index, item in enumerate(value):
        check_value(item, f"{where}[{index}]", *kinds)


def model_repr(model: "AttrsInstance") -> str:
    """A model's repr: `Name(field=value, ...)` with the fields that are set, in declaration order (none that
    is UNSET), then the additional properties when there are any."""
    parts = []
    for field in fields(type(model)):
        value = getattr(model, field.name, UNSET)
        if value is UNSET or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={value!r}")
    return f"{type(model).__qualname__}({', '.join(parts)})"


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: its status, raw body, headers and the body parsed as `T`.

    A resource's `with_raw_response` form answers `Response[T]` with `T` the operation's success type (None
    only for an answer without content), as any other status raises; the upstream-style `sync_detailed`
    functions answer `Response[T | None]` (`parsed` is None for an undocumented status unless
    `Client.raise_on_unexpected_status`)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownEnumValue",
    "Unset",
    "check_items",
    "check_value",
    "invalid",
    "invalid_enum",
    "model_repr",
    "open_enum",
    "require_path_value",
    "strict_enums",
]
