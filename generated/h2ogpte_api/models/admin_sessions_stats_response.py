from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    invalid,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.admin_sessions_stats_response_by_transport import (
        AdminSessionsStatsResponseByTransport,
    )


T = TypeVar("T", bound="AdminSessionsStatsResponse")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "total",
        "by_transport",
        "anonymous_count",
        "azure_cache_count",
        "computed_at",
        "cache_age_seconds",
        "session_default_ttl",
    )
)


@_attrs_define
class AdminSessionsStatsResponse:
    """
    Attributes:
        total (int): Total number of live sessions.
        by_transport (AdminSessionsStatsResponseByTransport): Counters partitioned by `transport` (keycloak, anonymous,
            spoof, unknown).
        anonymous_count (int): Number of guest / anonymous sessions.
        azure_cache_count (int): Number of distinct Azure tokens currently cached for federation exchange. Approximate;
            not a user count.
        computed_at (datetime.datetime): When the cached stats were computed.
        cache_age_seconds (int): Wall-clock age of the cached stats, in seconds. Useful for rendering freshness in a
            polling UI.
        session_default_ttl (str): Configured default TTL for session keys (Go duration string, e.g. `168h0m0s`).
    """

    total: int
    by_transport: AdminSessionsStatsResponseByTransport
    anonymous_count: int
    azure_cache_count: int
    computed_at: datetime.datetime
    cache_age_seconds: int
    session_default_ttl: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_transport = self.by_transport.to_dict()

        anonymous_count = self.anonymous_count

        azure_cache_count = self.azure_cache_count

        computed_at = self.computed_at.isoformat()

        cache_age_seconds = self.cache_age_seconds

        session_default_ttl = self.session_default_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_transport": by_transport,
                "anonymous_count": anonymous_count,
                "azure_cache_count": azure_cache_count,
                "computed_at": computed_at,
                "cache_age_seconds": cache_age_seconds,
                "session_default_ttl": session_default_ttl,
            }
        )

        return field_dict

    def to_json(self) -> str:
        """This model as a JSON string: `json.dumps(self.to_dict())` (timestamps as ISO 8601 strings)."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: type[T], text: str | bytes) -> T:
        """The model a JSON string (or UTF-8 bytes) holds: `from_dict(json.loads(text))`."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "AdminSessionsStatsResponse", "object")
        total = src_dict["total"]
        if total.__class__ is not int:
            check_value(total, "AdminSessionsStatsResponse.total", "integer")

        by_transport = AdminSessionsStatsResponseByTransport.from_dict(
            src_dict["by_transport"]
        )

        anonymous_count = src_dict["anonymous_count"]
        if anonymous_count.__class__ is not int:
            check_value(
                anonymous_count, "AdminSessionsStatsResponse.anonymous_count", "integer"
            )

        azure_cache_count = src_dict["azure_cache_count"]
        if azure_cache_count.__class__ is not int:
            check_value(
                azure_cache_count,
                "AdminSessionsStatsResponse.azure_cache_count",
                "integer",
            )

        _computed_at = src_dict["computed_at"]
        try:
            computed_at = parse_datetime(_computed_at)
        except (TypeError, ValueError):
            raise invalid(
                _computed_at,
                "AdminSessionsStatsResponse.computed_at",
                "a date-time string",
            ) from None

        cache_age_seconds = src_dict["cache_age_seconds"]
        if cache_age_seconds.__class__ is not int:
            check_value(
                cache_age_seconds,
                "AdminSessionsStatsResponse.cache_age_seconds",
                "integer",
            )

        session_default_ttl = src_dict["session_default_ttl"]
        if session_default_ttl.__class__ is not str:
            check_value(
                session_default_ttl,
                "AdminSessionsStatsResponse.session_default_ttl",
                "string",
            )

        admin_sessions_stats_response = cls(
            total,
            by_transport,
            anonymous_count,
            azure_cache_count,
            computed_at,
            cache_age_seconds,
            session_default_ttl,
        )

        if len(src_dict) > 7:
            admin_sessions_stats_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return admin_sessions_stats_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.admin_sessions_stats_response_by_transport import (
    AdminSessionsStatsResponseByTransport,  # noqa: E402
)
