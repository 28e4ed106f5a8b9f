from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_server_directory_stats import AgentServerDirectoryStats


T = TypeVar("T", bound="AgentServerDirectoryStatsPerAgentChatSession")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        agent_chat_session_id = pop("agent_chat_session_id")

        chat_preview = pop("chat_preview")

        stats = [
            AgentServerDirectoryStats.from_dict(stats_item_data)
            for stats_item_data in pop("stats")
        ]

        agent_server_directory_stats_per_agent_chat_session = cls(
            agent_chat_session_id,
            chat_preview,
            stats,
        )

        agent_server_directory_stats_per_agent_chat_session.additional_properties = d
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
