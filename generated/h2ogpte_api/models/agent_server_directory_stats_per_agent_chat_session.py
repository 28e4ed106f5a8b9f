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
    from ..models.agent_server_directory_stats import AgentServerDirectoryStats


T = TypeVar("T", bound="AgentServerDirectoryStatsPerAgentChatSession")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "agent_chat_session_id",
        "chat_preview",
        "stats",
    )
)


@_attrs_define
class AgentServerDirectoryStatsPerAgentChatSession:
    """
    Attributes:
        agent_chat_session_id (str):
        chat_preview (str):
        stats (list[AgentServerDirectoryStats]):
    """

    agent_chat_session_id: str
    chat_preview: str
    stats: list[AgentServerDirectoryStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        agent_chat_session_id = self.agent_chat_session_id

        chat_preview = self.chat_preview

        stats = []
        for stats_item_data in self.stats:
            stats_item = stats_item_data.to_dict()
            stats.append(stats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_chat_session_id": agent_chat_session_id,
                "chat_preview": chat_preview,
                "stats": stats,
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
            check_value(
                src_dict, "AgentServerDirectoryStatsPerAgentChatSession", "object"
            )
        agent_chat_session_id = src_dict["agent_chat_session_id"]
        if agent_chat_session_id.__class__ is not str:
            check_value(
                agent_chat_session_id,
                "AgentServerDirectoryStatsPerAgentChatSession.agent_chat_session_id",
                "string",
            )

        chat_preview = src_dict["chat_preview"]
        if chat_preview.__class__ is not str:
            check_value(
                chat_preview,
                "AgentServerDirectoryStatsPerAgentChatSession.chat_preview",
                "string",
            )

        _stats = src_dict["stats"]
        if _stats.__class__ is not list:
            check_value(
                _stats, "AgentServerDirectoryStatsPerAgentChatSession.stats", "array"
            )
        stats = list(map(AgentServerDirectoryStats.from_dict, _stats))

        agent_server_directory_stats_per_agent_chat_session = cls(
            agent_chat_session_id,
            chat_preview,
            stats,
        )

        if len(src_dict) > 3:
            agent_server_directory_stats_per_agent_chat_session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_server_directory_stats_per_agent_chat_session

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


from ..models.agent_server_directory_stats import AgentServerDirectoryStats  # noqa: E402
