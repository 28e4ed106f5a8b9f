from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="TagFilter")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "include",
        "exclude",
    )
)


@_attrs_define
class TagFilter:
    """Filter for document tags supporting inclusion and exclusion.  Note: The exclude list takes priority over the include
    list. If a document has a tag that appears in both lists, the document will be excluded.  Examples:   - Include only
    documents with 'red' OR 'blue' tags: {"include": ["red", "blue"]}   - Exclude documents with 'red' OR 'blue' tags:
    {"exclude": ["red", "blue"]}   - Include documents with 'color' tag BUT exclude 'red' and 'blue': {"include":
    ["color"], "exclude": ["red", "blue"]}

        Attributes:
            include (list[str] | Unset): Include documents with ANY of these tags (OR operation).
            exclude (list[str] | Unset): Exclude documents with ANY of these tags (OR operation). Takes priority over
                include.
    """

    include: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include is not UNSET:
            field_dict["include"] = include
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

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
            check_value(src_dict, "TagFilter", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        include = cast(list[str] | Unset, _src_get("include", UNSET))
        if include is not UNSET and (include.__class__ is not list or include):
            check_items(include, "TagFilter.include", "string")

        exclude = cast(list[str] | Unset, _src_get("exclude", UNSET))
        if exclude is not UNSET and (exclude.__class__ is not list or exclude):
            check_items(exclude, "TagFilter.exclude", "string")

        tag_filter = cls(
            include,
            exclude,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            tag_filter.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return tag_filter

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
