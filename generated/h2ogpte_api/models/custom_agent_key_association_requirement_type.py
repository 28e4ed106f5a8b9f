from typing import Literal

CustomAgentKeyAssociationRequirementType = Literal[
    "custom", "optional_no_default", "optional_with_default", "required"
]

CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES: set[
    CustomAgentKeyAssociationRequirementType
] = {
    "custom",
    "optional_no_default",
    "optional_with_default",
    "required",
}


def check_custom_agent_key_association_requirement_type(
    value: str,
) -> CustomAgentKeyAssociationRequirementType:
    if value in CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES!r}"
    )
