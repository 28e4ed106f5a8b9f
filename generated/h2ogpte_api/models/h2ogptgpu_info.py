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

T = TypeVar("T", bound="H2OGPTGPUInfo")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "temperature",
        "utilization",
        "memory_total",
        "memory_used",
        "power_usage",
        "fan_speed",
    )
)


@_attrs_define
class H2OGPTGPUInfo:
    """
    Attributes:
        name (str):
        temperature (float | Unset):
        utilization (float | Unset):
        memory_total (int | Unset):
        memory_used (int | Unset):
        power_usage (float | Unset):
        fan_speed (int | Unset):
    """

    name: str
    temperature: float | Unset = UNSET
    utilization: float | Unset = UNSET
    memory_total: int | Unset = UNSET
    memory_used: int | Unset = UNSET
    power_usage: float | Unset = UNSET
    fan_speed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        temperature = self.temperature

        utilization = self.utilization

        memory_total = self.memory_total

        memory_used = self.memory_used

        power_usage = self.power_usage

        fan_speed = self.fan_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if utilization is not UNSET:
            field_dict["utilization"] = utilization
        if memory_total is not UNSET:
            field_dict["memory_total"] = memory_total
        if memory_used is not UNSET:
            field_dict["memory_used"] = memory_used
        if power_usage is not UNSET:
            field_dict["power_usage"] = power_usage
        if fan_speed is not UNSET:
            field_dict["fan_speed"] = fan_speed

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
            check_value(src_dict, "H2OGPTGPUInfo", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "H2OGPTGPUInfo.name", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
            )

        _src_get = src_dict.get
        temperature = _src_get("temperature", UNSET)
        if (
            temperature.__class__ is not float
            and temperature.__class__ is not int
            and temperature is not UNSET
        ):
            if temperature is None:
                temperature = UNSET
            else:
                check_value(temperature, "H2OGPTGPUInfo.temperature", "number")

        utilization = _src_get("utilization", UNSET)
        if (
            utilization.__class__ is not float
            and utilization.__class__ is not int
            and utilization is not UNSET
        ):
            if utilization is None:
                utilization = UNSET
            else:
                check_value(utilization, "H2OGPTGPUInfo.utilization", "number")

        memory_total = _src_get("memory_total", UNSET)
        if memory_total.__class__ is not int and memory_total is not UNSET:
            if memory_total is None:
                memory_total = UNSET
            else:
                check_value(memory_total, "H2OGPTGPUInfo.memory_total", "integer")

        memory_used = _src_get("memory_used", UNSET)
        if memory_used.__class__ is not int and memory_used is not UNSET:
            if memory_used is None:
                memory_used = UNSET
            else:
                check_value(memory_used, "H2OGPTGPUInfo.memory_used", "integer")

        power_usage = _src_get("power_usage", UNSET)
        if (
            power_usage.__class__ is not float
            and power_usage.__class__ is not int
            and power_usage is not UNSET
        ):
            if power_usage is None:
                power_usage = UNSET
            else:
                check_value(power_usage, "H2OGPTGPUInfo.power_usage", "number")

        fan_speed = _src_get("fan_speed", UNSET)
        if fan_speed.__class__ is not int and fan_speed is not UNSET:
            if fan_speed is None:
                fan_speed = UNSET
            else:
                check_value(fan_speed, "H2OGPTGPUInfo.fan_speed", "integer")

        h2ogptgpu_info = cls(
            name,
            temperature,
            utilization,
            memory_total,
            memory_used,
            power_usage,
            fan_speed,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            h2ogptgpu_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return h2ogptgpu_info

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
