from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    invalid,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.agent_key_association_associated_key import (
        AgentKeyAssociationAssociatedKey,
    )


T = TypeVar("T", bound="AgentKeyAssociation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "associated_key",
    )
)


@_attrs_define
class AgentKeyAssociation:
    """
    Attributes:
        name (str | Unset): Environment variable name (env_key_name)
        associated_key (AgentKeyAssociationAssociatedKey | None | Unset):
    """

    name: str | Unset = UNSET
    associated_key: AgentKeyAssociationAssociatedKey | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        associated_key: dict[str, Any] | None | Unset
        if isinstance(self.associated_key, Unset):
            associated_key = UNSET
        elif isinstance(self.associated_key, AgentKeyAssociationAssociatedKey):
            associated_key = self.associated_key.to_dict()
        else:
            associated_key = self.associated_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if associated_key is not UNSET:
            field_dict["associated_key"] = associated_key

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
            check_value(src_dict, "AgentKeyAssociation", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "AgentKeyAssociation.name", "string")

        def _parse_associated_key(
            data: object,
        ) -> AgentKeyAssociationAssociatedKey | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data, "AgentKeyAssociation.associated_key", "null or an object"
                )
            associated_key_type_1 = AgentKeyAssociationAssociatedKey.from_dict(data)

            return associated_key_type_1

        associated_key = _parse_associated_key(_src_get("associated_key", UNSET))

        agent_key_association = cls(
            name,
            associated_key,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_key_association.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_key_association

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


from ..models.agent_key_association_associated_key import (
    AgentKeyAssociationAssociatedKey,  # noqa: E402
)
