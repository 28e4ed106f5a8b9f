from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.h2ogpt_system_info_network_io_counters_additional_property import (
        H2OGPTSystemInfoNetworkIoCountersAdditionalProperty,
    )


T = TypeVar("T", bound="H2OGPTSystemInfoNetworkIoCounters")


@_attrs_define
class H2OGPTSystemInfoNetworkIoCounters:
    additional_properties: dict[
        str, H2OGPTSystemInfoNetworkIoCountersAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
            check_value(src_dict, "H2OGPTSystemInfoNetworkIoCounters", "object")
        h2ogpt_system_info_network_io_counters = cls()

        if len(src_dict) > 0:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                additional_property = (
                    H2OGPTSystemInfoNetworkIoCountersAdditionalProperty.from_dict(
                        prop_dict
                    )
                )

                additional_properties[prop_name] = additional_property

            h2ogpt_system_info_network_io_counters.additional_properties = (
                additional_properties
            )
        return h2ogpt_system_info_network_io_counters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> H2OGPTSystemInfoNetworkIoCountersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: H2OGPTSystemInfoNetworkIoCountersAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.h2ogpt_system_info_network_io_counters_additional_property import (
    H2OGPTSystemInfoNetworkIoCountersAdditionalProperty,  # noqa: E402
)
