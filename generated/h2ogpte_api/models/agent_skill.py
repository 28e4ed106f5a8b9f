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
    from ..models.agent_skill_api_key_hints import AgentSkillApiKeyHints
    from ..models.agent_skill_api_keys import AgentSkillApiKeys
    from ..models.agent_skill_config import AgentSkillConfig
    from ..models.agent_skill_env_defaults import AgentSkillEnvDefaults


T = TypeVar("T", bound="AgentSkill")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "skill_name",
        "description",
        "config",
        "owner_email",
        "created_at",
        "updated_at",
        "enabled",
        "warnings",
        "api_keys",
        "api_key_hints",
        "env_defaults",
    )
)


@_attrs_define
class AgentSkill:
    """
    Attributes:
        id (str | Unset):
        skill_name (str | Unset):
        description (str | Unset):
        config (AgentSkillConfig | Unset):
        owner_email (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        enabled (bool | Unset): Whether the skill is enabled for the user.
        warnings (list[str] | Unset): Validation warnings for the skill.
        api_keys (AgentSkillApiKeys | Unset): Env vars the skill declares in envs.json, by requirement.
        api_key_hints (AgentSkillApiKeyHints | Unset): Per-env-var description from envs.json.
        env_defaults (AgentSkillEnvDefaults | Unset): Per-env-var default value from envs.json.
    """

    id: str | Unset = UNSET
    skill_name: str | Unset = UNSET
    description: str | Unset = UNSET
    config: AgentSkillConfig | Unset = UNSET
    owner_email: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    api_keys: AgentSkillApiKeys | Unset = UNSET
    api_key_hints: AgentSkillApiKeyHints | Unset = UNSET
    env_defaults: AgentSkillEnvDefaults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill_name = self.skill_name

        description = self.description

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        owner_email = self.owner_email

        created_at = self.created_at

        updated_at = self.updated_at

        enabled = self.enabled

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        api_keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = self.api_keys.to_dict()

        api_key_hints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_hints, Unset):
            api_key_hints = self.api_key_hints.to_dict()

        env_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_defaults, Unset):
            env_defaults = self.env_defaults.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if skill_name is not UNSET:
            field_dict["skill_name"] = skill_name
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if api_key_hints is not UNSET:
            field_dict["api_key_hints"] = api_key_hints
        if env_defaults is not UNSET:
            field_dict["env_defaults"] = env_defaults

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
            check_value(src_dict, "AgentSkill", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "AgentSkill.id", "string")

        skill_name = _src_get("skill_name", UNSET)
        if skill_name.__class__ is not str and skill_name is not UNSET:
            if skill_name is None:
                skill_name = UNSET
            else:
                check_value(skill_name, "AgentSkill.skill_name", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "AgentSkill.description", "string")

        _config = _src_get("config", UNSET)
        config: AgentSkillConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = AgentSkillConfig.from_dict(_config)

        owner_email = _src_get("owner_email", UNSET)
        if owner_email.__class__ is not str and owner_email is not UNSET:
            if owner_email is None:
                owner_email = UNSET
            else:
                check_value(owner_email, "AgentSkill.owner_email", "string")

        created_at = _src_get("created_at", UNSET)
        if created_at.__class__ is not str and created_at is not UNSET:
            if created_at is None:
                created_at = UNSET
            else:
                check_value(created_at, "AgentSkill.created_at", "string")

        updated_at = _src_get("updated_at", UNSET)
        if updated_at.__class__ is not str and updated_at is not UNSET:
            if updated_at is None:
                updated_at = UNSET
            else:
                check_value(updated_at, "AgentSkill.updated_at", "string")

        enabled = _src_get("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            if enabled is None:
                enabled = UNSET
            else:
                check_value(enabled, "AgentSkill.enabled", "boolean")

        warnings = cast(list[str] | Unset, _src_get("warnings", UNSET))
        if warnings is not UNSET and (warnings.__class__ is not list or warnings):
            check_items(warnings, "AgentSkill.warnings", "string")

        _api_keys = _src_get("api_keys", UNSET)
        api_keys: AgentSkillApiKeys | Unset
        if _api_keys is UNSET:
            api_keys = UNSET
        else:
            api_keys = AgentSkillApiKeys.from_dict(_api_keys)

        _api_key_hints = _src_get("api_key_hints", UNSET)
        api_key_hints: AgentSkillApiKeyHints | Unset
        if _api_key_hints is UNSET:
            api_key_hints = UNSET
        else:
            api_key_hints = AgentSkillApiKeyHints.from_dict(_api_key_hints)

        _env_defaults = _src_get("env_defaults", UNSET)
        env_defaults: AgentSkillEnvDefaults | Unset
        if _env_defaults is UNSET:
            env_defaults = UNSET
        else:
            env_defaults = AgentSkillEnvDefaults.from_dict(_env_defaults)

        agent_skill = cls(
            id,
            skill_name,
            description,
            config,
            owner_email,
            created_at,
            updated_at,
            enabled,
            warnings,
            api_keys,
            api_key_hints,
            env_defaults,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_skill.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_skill

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


from ..models.agent_skill_api_key_hints import AgentSkillApiKeyHints  # noqa: E402
from ..models.agent_skill_api_keys import AgentSkillApiKeys  # noqa: E402
from ..models.agent_skill_config import AgentSkillConfig  # noqa: E402
from ..models.agent_skill_env_defaults import AgentSkillEnvDefaults  # noqa: E402
