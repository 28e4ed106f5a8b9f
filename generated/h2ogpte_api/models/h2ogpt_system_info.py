from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.h2ogpt_system_info_disk_io_counters import (
        H2OGPTSystemInfoDiskIoCounters,
    )
    from ..models.h2ogpt_system_info_disk_partitions_item import (
        H2OGPTSystemInfoDiskPartitionsItem,
    )
    from ..models.h2ogpt_system_info_disk_usage import H2OGPTSystemInfoDiskUsage
    from ..models.h2ogpt_system_info_network_io_counters import (
        H2OGPTSystemInfoNetworkIoCounters,
    )
    from ..models.h2ogpt_system_info_top_processes_cpu_item import (
        H2OGPTSystemInfoTopProcessesCpuItem,
    )
    from ..models.h2ogpt_system_info_top_processes_memory_item import (
        H2OGPTSystemInfoTopProcessesMemoryItem,
    )
    from ..models.h2ogptgpu_info import H2OGPTGPUInfo


T = TypeVar("T", bound="H2OGPTSystemInfo")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "timestamp",
        "uptime_seconds",
        "hostname",
        "os_name",
        "os_version",
        "kernel_version",
        "cpu_count_physical",
        "cpu_count_logical",
        "cpu_percent_per_cpu",
        "cpu_freq_current",
        "cpu_freq_min",
        "cpu_freq_max",
        "load_avg_1min",
        "load_avg_5min",
        "load_avg_15min",
        "memory_total",
        "memory_available",
        "memory_used",
        "memory_percent",
        "swap_total",
        "swap_used",
        "swap_percent",
        "disk_partitions",
        "disk_usage",
        "disk_io_counters",
        "network_interfaces",
        "network_io_counters",
        "network_connections_count",
        "gpus",
        "process_count",
        "top_processes_cpu",
        "top_processes_memory",
        "cpu_temperature",
    )
)


@_attrs_define
class H2OGPTSystemInfo:
    """
    Attributes:
        timestamp (str):
        uptime_seconds (float):
        hostname (str):
        os_name (str):
        os_version (str):
        kernel_version (str):
        cpu_count_physical (int):
        cpu_count_logical (int):
        cpu_percent_per_cpu (list[float]):
        cpu_freq_current (float):
        cpu_freq_min (float):
        cpu_freq_max (float):
        load_avg_1min (float):
        load_avg_5min (float):
        load_avg_15min (float):
        memory_total (int):
        memory_available (int):
        memory_used (int):
        memory_percent (float):
        swap_total (int):
        swap_used (int):
        swap_percent (float):
        disk_partitions (list[H2OGPTSystemInfoDiskPartitionsItem]):
        disk_usage (H2OGPTSystemInfoDiskUsage):
        disk_io_counters (H2OGPTSystemInfoDiskIoCounters):
        network_interfaces (list[str]):
        network_io_counters (H2OGPTSystemInfoNetworkIoCounters):
        network_connections_count (int):
        gpus (list[H2OGPTGPUInfo]):
        process_count (int):
        top_processes_cpu (list[H2OGPTSystemInfoTopProcessesCpuItem]):
        top_processes_memory (list[H2OGPTSystemInfoTopProcessesMemoryItem]):
        cpu_temperature (float | Unset):
    """

    timestamp: str
    uptime_seconds: float
    hostname: str
    os_name: str
    os_version: str
    kernel_version: str
    cpu_count_physical: int
    cpu_count_logical: int
    cpu_percent_per_cpu: list[float]
    cpu_freq_current: float
    cpu_freq_min: float
    cpu_freq_max: float
    load_avg_1min: float
    load_avg_5min: float
    load_avg_15min: float
    memory_total: int
    memory_available: int
    memory_used: int
    memory_percent: float
    swap_total: int
    swap_used: int
    swap_percent: float
    disk_partitions: list[H2OGPTSystemInfoDiskPartitionsItem]
    disk_usage: H2OGPTSystemInfoDiskUsage
    disk_io_counters: H2OGPTSystemInfoDiskIoCounters
    network_interfaces: list[str]
    network_io_counters: H2OGPTSystemInfoNetworkIoCounters
    network_connections_count: int
    gpus: list[H2OGPTGPUInfo]
    process_count: int
    top_processes_cpu: list[H2OGPTSystemInfoTopProcessesCpuItem]
    top_processes_memory: list[H2OGPTSystemInfoTopProcessesMemoryItem]
    cpu_temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        uptime_seconds = self.uptime_seconds

        hostname = self.hostname

        os_name = self.os_name

        os_version = self.os_version

        kernel_version = self.kernel_version

        cpu_count_physical = self.cpu_count_physical

        cpu_count_logical = self.cpu_count_logical

        cpu_percent_per_cpu = self.cpu_percent_per_cpu

        cpu_freq_current = self.cpu_freq_current

        cpu_freq_min = self.cpu_freq_min

        cpu_freq_max = self.cpu_freq_max

        load_avg_1min = self.load_avg_1min

        load_avg_5min = self.load_avg_5min

        load_avg_15min = self.load_avg_15min

        memory_total = self.memory_total

        memory_available = self.memory_available

        memory_used = self.memory_used

        memory_percent = self.memory_percent

        swap_total = self.swap_total

        swap_used = self.swap_used

        swap_percent = self.swap_percent

        disk_partitions = []
        for disk_partitions_item_data in self.disk_partitions:
            disk_partitions_item = disk_partitions_item_data.to_dict()
            disk_partitions.append(disk_partitions_item)

        disk_usage = self.disk_usage.to_dict()

        disk_io_counters = self.disk_io_counters.to_dict()

        network_interfaces = self.network_interfaces

        network_io_counters = self.network_io_counters.to_dict()

        network_connections_count = self.network_connections_count

        gpus = []
        for gpus_item_data in self.gpus:
            gpus_item = gpus_item_data.to_dict()
            gpus.append(gpus_item)

        process_count = self.process_count

        top_processes_cpu = []
        for top_processes_cpu_item_data in self.top_processes_cpu:
            top_processes_cpu_item = top_processes_cpu_item_data.to_dict()
            top_processes_cpu.append(top_processes_cpu_item)

        top_processes_memory = []
        for top_processes_memory_item_data in self.top_processes_memory:
            top_processes_memory_item = top_processes_memory_item_data.to_dict()
            top_processes_memory.append(top_processes_memory_item)

        cpu_temperature = self.cpu_temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "uptime_seconds": uptime_seconds,
                "hostname": hostname,
                "os_name": os_name,
                "os_version": os_version,
                "kernel_version": kernel_version,
                "cpu_count_physical": cpu_count_physical,
                "cpu_count_logical": cpu_count_logical,
                "cpu_percent_per_cpu": cpu_percent_per_cpu,
                "cpu_freq_current": cpu_freq_current,
                "cpu_freq_min": cpu_freq_min,
                "cpu_freq_max": cpu_freq_max,
                "load_avg_1min": load_avg_1min,
                "load_avg_5min": load_avg_5min,
                "load_avg_15min": load_avg_15min,
                "memory_total": memory_total,
                "memory_available": memory_available,
                "memory_used": memory_used,
                "memory_percent": memory_percent,
                "swap_total": swap_total,
                "swap_used": swap_used,
                "swap_percent": swap_percent,
                "disk_partitions": disk_partitions,
                "disk_usage": disk_usage,
                "disk_io_counters": disk_io_counters,
                "network_interfaces": network_interfaces,
                "network_io_counters": network_io_counters,
                "network_connections_count": network_connections_count,
                "gpus": gpus,
                "process_count": process_count,
                "top_processes_cpu": top_processes_cpu,
                "top_processes_memory": top_processes_memory,
            }
        )
        if cpu_temperature is not UNSET:
            field_dict["cpu_temperature"] = cpu_temperature

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
            check_value(src_dict, "H2OGPTSystemInfo", "object")
        timestamp = src_dict["timestamp"]
        if timestamp.__class__ is not str:
            check_value(timestamp, "H2OGPTSystemInfo.timestamp", "string")

        uptime_seconds = src_dict["uptime_seconds"]
        if (
            uptime_seconds.__class__ is not float
            and uptime_seconds.__class__ is not int
        ):
            check_value(uptime_seconds, "H2OGPTSystemInfo.uptime_seconds", "number")

        hostname = src_dict["hostname"]
        if hostname.__class__ is not str:
            check_value(hostname, "H2OGPTSystemInfo.hostname", "string")

        os_name = src_dict["os_name"]
        if os_name.__class__ is not str:
            check_value(os_name, "H2OGPTSystemInfo.os_name", "string")

        os_version = src_dict["os_version"]
        if os_version.__class__ is not str:
            check_value(os_version, "H2OGPTSystemInfo.os_version", "string")

        kernel_version = src_dict["kernel_version"]
        if kernel_version.__class__ is not str:
            check_value(kernel_version, "H2OGPTSystemInfo.kernel_version", "string")

        cpu_count_physical = src_dict["cpu_count_physical"]
        if cpu_count_physical.__class__ is not int:
            check_value(
                cpu_count_physical, "H2OGPTSystemInfo.cpu_count_physical", "integer"
            )

        cpu_count_logical = src_dict["cpu_count_logical"]
        if cpu_count_logical.__class__ is not int:
            check_value(
                cpu_count_logical, "H2OGPTSystemInfo.cpu_count_logical", "integer"
            )

        cpu_percent_per_cpu = cast(list[float], src_dict["cpu_percent_per_cpu"])
        if cpu_percent_per_cpu.__class__ is not list or cpu_percent_per_cpu:
            check_items(
                cpu_percent_per_cpu, "H2OGPTSystemInfo.cpu_percent_per_cpu", "number"
            )

        cpu_freq_current = src_dict["cpu_freq_current"]
        if (
            cpu_freq_current.__class__ is not float
            and cpu_freq_current.__class__ is not int
        ):
            check_value(cpu_freq_current, "H2OGPTSystemInfo.cpu_freq_current", "number")

        cpu_freq_min = src_dict["cpu_freq_min"]
        if cpu_freq_min.__class__ is not float and cpu_freq_min.__class__ is not int:
            check_value(cpu_freq_min, "H2OGPTSystemInfo.cpu_freq_min", "number")

        cpu_freq_max = src_dict["cpu_freq_max"]
        if cpu_freq_max.__class__ is not float and cpu_freq_max.__class__ is not int:
            check_value(cpu_freq_max, "H2OGPTSystemInfo.cpu_freq_max", "number")

        load_avg_1min = src_dict["load_avg_1min"]
        if load_avg_1min.__class__ is not float and load_avg_1min.__class__ is not int:
            check_value(load_avg_1min, "H2OGPTSystemInfo.load_avg_1min", "number")

        load_avg_5min = src_dict["load_avg_5min"]
        if load_avg_5min.__class__ is not float and load_avg_5min.__class__ is not int:
            check_value(load_avg_5min, "H2OGPTSystemInfo.load_avg_5min", "number")

        load_avg_15min = src_dict["load_avg_15min"]
        if (
            load_avg_15min.__class__ is not float
            and load_avg_15min.__class__ is not int
        ):
            check_value(load_avg_15min, "H2OGPTSystemInfo.load_avg_15min", "number")

        memory_total = src_dict["memory_total"]
        if memory_total.__class__ is not int:
            check_value(memory_total, "H2OGPTSystemInfo.memory_total", "integer")

        memory_available = src_dict["memory_available"]
        if memory_available.__class__ is not int:
            check_value(
                memory_available, "H2OGPTSystemInfo.memory_available", "integer"
            )

        memory_used = src_dict["memory_used"]
        if memory_used.__class__ is not int:
            check_value(memory_used, "H2OGPTSystemInfo.memory_used", "integer")

        memory_percent = src_dict["memory_percent"]
        if (
            memory_percent.__class__ is not float
            and memory_percent.__class__ is not int
        ):
            check_value(memory_percent, "H2OGPTSystemInfo.memory_percent", "number")

        swap_total = src_dict["swap_total"]
        if swap_total.__class__ is not int:
            check_value(swap_total, "H2OGPTSystemInfo.swap_total", "integer")

        swap_used = src_dict["swap_used"]
        if swap_used.__class__ is not int:
            check_value(swap_used, "H2OGPTSystemInfo.swap_used", "integer")

        swap_percent = src_dict["swap_percent"]
        if swap_percent.__class__ is not float and swap_percent.__class__ is not int:
            check_value(swap_percent, "H2OGPTSystemInfo.swap_percent", "number")

        _disk_partitions = src_dict["disk_partitions"]
        if _disk_partitions.__class__ is not list:
            check_value(_disk_partitions, "H2OGPTSystemInfo.disk_partitions", "array")
        disk_partitions = list(
            map(H2OGPTSystemInfoDiskPartitionsItem.from_dict, _disk_partitions)
        )

        disk_usage = H2OGPTSystemInfoDiskUsage.from_dict(src_dict["disk_usage"])

        disk_io_counters = H2OGPTSystemInfoDiskIoCounters.from_dict(
            src_dict["disk_io_counters"]
        )

        network_interfaces = cast(list[str], src_dict["network_interfaces"])
        if network_interfaces.__class__ is not list or network_interfaces:
            check_items(
                network_interfaces, "H2OGPTSystemInfo.network_interfaces", "string"
            )

        network_io_counters = H2OGPTSystemInfoNetworkIoCounters.from_dict(
            src_dict["network_io_counters"]
        )

        network_connections_count = src_dict["network_connections_count"]
        if network_connections_count.__class__ is not int:
            check_value(
                network_connections_count,
                "H2OGPTSystemInfo.network_connections_count",
                "integer",
            )

        _gpus = src_dict["gpus"]
        if _gpus.__class__ is not list:
            check_value(_gpus, "H2OGPTSystemInfo.gpus", "array")
        gpus = list(map(H2OGPTGPUInfo.from_dict, _gpus))

        process_count = src_dict["process_count"]
        if process_count.__class__ is not int:
            check_value(process_count, "H2OGPTSystemInfo.process_count", "integer")

        _top_processes_cpu = src_dict["top_processes_cpu"]
        if _top_processes_cpu.__class__ is not list:
            check_value(
                _top_processes_cpu, "H2OGPTSystemInfo.top_processes_cpu", "array"
            )
        top_processes_cpu = list(
            map(H2OGPTSystemInfoTopProcessesCpuItem.from_dict, _top_processes_cpu)
        )

        _top_processes_memory = src_dict["top_processes_memory"]
        if _top_processes_memory.__class__ is not list:
            check_value(
                _top_processes_memory, "H2OGPTSystemInfo.top_processes_memory", "array"
            )
        top_processes_memory = list(
            map(H2OGPTSystemInfoTopProcessesMemoryItem.from_dict, _top_processes_memory)
        )

        if len(src_dict) == 32:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                timestamp,
                uptime_seconds,
                hostname,
                os_name,
                os_version,
                kernel_version,
                cpu_count_physical,
                cpu_count_logical,
                cpu_percent_per_cpu,
                cpu_freq_current,
                cpu_freq_min,
                cpu_freq_max,
                load_avg_1min,
                load_avg_5min,
                load_avg_15min,
                memory_total,
                memory_available,
                memory_used,
                memory_percent,
                swap_total,
                swap_used,
                swap_percent,
                disk_partitions,
                disk_usage,
                disk_io_counters,
                network_interfaces,
                network_io_counters,
                network_connections_count,
                gpus,
                process_count,
                top_processes_cpu,
                top_processes_memory,
            )

        _src_get = src_dict.get
        cpu_temperature = _src_get("cpu_temperature", UNSET)
        if (
            cpu_temperature.__class__ is not float
            and cpu_temperature.__class__ is not int
            and cpu_temperature is not UNSET
        ):
            if cpu_temperature is None:
                cpu_temperature = UNSET
            else:
                check_value(
                    cpu_temperature, "H2OGPTSystemInfo.cpu_temperature", "number"
                )

        h2ogpt_system_info = cls(
            timestamp,
            uptime_seconds,
            hostname,
            os_name,
            os_version,
            kernel_version,
            cpu_count_physical,
            cpu_count_logical,
            cpu_percent_per_cpu,
            cpu_freq_current,
            cpu_freq_min,
            cpu_freq_max,
            load_avg_1min,
            load_avg_5min,
            load_avg_15min,
            memory_total,
            memory_available,
            memory_used,
            memory_percent,
            swap_total,
            swap_used,
            swap_percent,
            disk_partitions,
            disk_usage,
            disk_io_counters,
            network_interfaces,
            network_io_counters,
            network_connections_count,
            gpus,
            process_count,
            top_processes_cpu,
            top_processes_memory,
            cpu_temperature,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            h2ogpt_system_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return h2ogpt_system_info

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


from ..models.h2ogpt_system_info_disk_io_counters import H2OGPTSystemInfoDiskIoCounters  # noqa: E402
from ..models.h2ogpt_system_info_disk_partitions_item import (
    H2OGPTSystemInfoDiskPartitionsItem,  # noqa: E402
)
from ..models.h2ogpt_system_info_disk_usage import H2OGPTSystemInfoDiskUsage  # noqa: E402
from ..models.h2ogpt_system_info_network_io_counters import (
    H2OGPTSystemInfoNetworkIoCounters,  # noqa: E402
)
from ..models.h2ogpt_system_info_top_processes_cpu_item import (
    H2OGPTSystemInfoTopProcessesCpuItem,  # noqa: E402
)
from ..models.h2ogpt_system_info_top_processes_memory_item import (
    H2OGPTSystemInfoTopProcessesMemoryItem,  # noqa: E402
)
from ..models.h2ogptgpu_info import H2OGPTGPUInfo  # noqa: E402
