from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="BuildCollectionGraphRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "llm",
        "force_rebuild",
        "name",
    )
)


@_attrs_define
class BuildCollectionGraphRequest:
    """
    Attributes:
        llm (int | str | Unset): LLM to use for entity extraction. Defaults to the system default.
        force_rebuild (bool | Unset): If true, removes any existing graph and rebuilds from scratch. Default: False.
        name (str | Unset): Optional job name override.
    """

    llm: int | str | Unset = UNSET
    force_rebuild: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        llm: int | str | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        else:
            llm = self.llm

        force_rebuild = self.force_rebuild

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm is not UNSET:
            field_dict["llm"] = llm
        if force_rebuild is not UNSET:
            field_dict["force_rebuild"] = force_rebuild
        if name is not UNSET:
            field_dict["name"] = name

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
            check_value(src_dict, "BuildCollectionGraphRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        llm = _src_get("llm", UNSET)
        if llm.__class__ is not str and llm.__class__ is not int and llm is not UNSET:
            if llm is None:
                llm = UNSET
            else:
                check_value(llm, "BuildCollectionGraphRequest.llm", "string", "integer")

        force_rebuild = _src_get("force_rebuild", UNSET)
        if force_rebuild.__class__ is not bool and force_rebuild is not UNSET:
            if force_rebuild is None:
                force_rebuild = UNSET
            else:
                check_value(
                    force_rebuild,
                    "BuildCollectionGraphRequest.force_rebuild",
                    "boolean",
                )

        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "BuildCollectionGraphRequest.name", "string")

        build_collection_graph_request = cls(
            llm,
            force_rebuild,
            name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            build_collection_graph_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return build_collection_graph_request

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
