from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_collection_graph_status_200_response_status import (
    GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES,
    GetCollectionGraphStatus200ResponseStatus,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    invalid,
    model_repr,
    open_enum,
    parse_datetime,
)

T = TypeVar("T", bound="GetCollectionGraphStatus200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "built_at",
        "outdated",
    )
)


@_attrs_define
class GetCollectionGraphStatus200Response:
    """
    Attributes:
        status (GetCollectionGraphStatus200ResponseStatus | UnknownEnumValue | Unset): Current graph build status.
        built_at (datetime.datetime | None | Unset): When the graph was last successfully built.
        outdated (bool | Unset): Whether new documents have been added since the last build.
    """

    status: GetCollectionGraphStatus200ResponseStatus | UnknownEnumValue | Unset = UNSET
    built_at: datetime.datetime | None | Unset = UNSET
    outdated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        built_at: None | str | Unset
        if isinstance(self.built_at, Unset):
            built_at = UNSET
        elif isinstance(self.built_at, datetime.datetime):
            built_at = self.built_at.isoformat()
        else:
            built_at = self.built_at

        outdated = self.outdated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if built_at is not UNSET:
            field_dict["built_at"] = built_at
        if outdated is not UNSET:
            field_dict["outdated"] = outdated

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
            check_value(src_dict, "GetCollectionGraphStatus200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        status = _src_get("status", UNSET)
        if (
            status.__class__ is not str
            or status not in GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES
        ) and status is not UNSET:
            if status is None:
                status = UNSET
            else:
                status = open_enum(
                    status,
                    "GetCollectionGraphStatus200Response.status",
                    GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES,
                )

        _built_at = _src_get("built_at", UNSET)
        built_at: datetime.datetime | None | Unset
        if _built_at is UNSET or _built_at is None:
            built_at = _built_at
        else:
            try:
                built_at = parse_datetime(_built_at)
            except (TypeError, ValueError):
                raise invalid(
                    _built_at,
                    "GetCollectionGraphStatus200Response.built_at",
                    "a date-time string or null",
                ) from None

        outdated = _src_get("outdated", UNSET)
        if outdated.__class__ is not bool and outdated is not UNSET:
            if outdated is None:
                outdated = UNSET
            else:
                check_value(
                    outdated, "GetCollectionGraphStatus200Response.outdated", "boolean"
                )

        get_collection_graph_status_200_response = cls(
            status,
            built_at,
            outdated,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            get_collection_graph_status_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return get_collection_graph_status_200_response

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
