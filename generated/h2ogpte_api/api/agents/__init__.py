"""The operations tagged agents: `client.agents` is a `Agents` (an `AsyncAgents` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, UnknownEnumValue, Unset
from .. import (
    AsyncRawResource,
    AsyncResource,
    SyncRawResource,
    SyncResource,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from ...models.add_builtin_mcp_201_response import AddBuiltinMcp201Response
    from ...models.add_builtin_mcp_body import AddBuiltinMcpBody
    from ...models.add_builtin_skill_201_response import AddBuiltinSkill201Response
    from ...models.add_builtin_skill_request import AddBuiltinSkillRequest
    from ...models.add_custom_agent_201_response_inner import (
        AddCustomAgent201ResponseInner,
    )
    from ...models.add_custom_agent_body import AddCustomAgentBody
    from ...models.add_custom_agent_tool_201_response_inner import (
        AddCustomAgentTool201ResponseInner,
    )
    from ...models.add_custom_agent_tool_body import AddCustomAgentToolBody
    from ...models.add_skill_body import AddSkillBody
    from ...models.agent import Agent
    from ...models.agent_key import AgentKey
    from ...models.agent_server_directory_stats_per_agent_chat_session import (
        AgentServerDirectoryStatsPerAgentChatSession,
    )
    from ...models.agent_skill import AgentSkill
    from ...models.agent_tool_key_associations import AgentToolKeyAssociations
    from ...models.agent_tool_spec import AgentToolSpec
    from ...models.count import Count
    from ...models.create_agent_key_request import CreateAgentKeyRequest
    from ...models.create_agent_key_request_type import (
        CreateAgentKeyRequestType,
        check_create_agent_key_request_type,
    )
    from ...models.create_agent_tool_key_associations_request import (
        CreateAgentToolKeyAssociationsRequest,
    )
    from ...models.create_custom_agent_key_association_request import (
        CreateCustomAgentKeyAssociationRequest,
    )
    from ...models.create_custom_agent_tool_association_request import (
        CreateCustomAgentToolAssociationRequest,
    )
    from ...models.create_library_skill_201_response_inner import (
        CreateLibrarySkill201ResponseInner,
    )
    from ...models.create_library_skill_body import CreateLibrarySkillBody
    from ...models.create_user_builtin_mcp_201_response import (
        CreateUserBuiltinMcp201Response,
    )
    from ...models.create_user_builtin_mcp_body import CreateUserBuiltinMcpBody
    from ...models.custom_agent_detail import CustomAgentDetail
    from ...models.custom_agent_key_association import CustomAgentKeyAssociation
    from ...models.custom_agent_suggestion import CustomAgentSuggestion
    from ...models.custom_agent_tool_association import CustomAgentToolAssociation
    from ...models.delete_custom_agent_key_associations_response import (
        DeleteCustomAgentKeyAssociationsResponse,
    )
    from ...models.delete_custom_agent_tool_associations_response import (
        DeleteCustomAgentToolAssociationsResponse,
    )
    from ...models.delete_library_skill_response_200 import (
        DeleteLibrarySkillResponse200,
    )
    from ...models.delete_skills_request import DeleteSkillsRequest
    from ...models.delete_user_builtin_mcp_200_response import (
        DeleteUserBuiltinMcp200Response,
    )
    from ...models.endpoint_error import EndpointError
    from ...models.get_custom_agent_tool_200_response import (
        GetCustomAgentTool200Response,
    )
    from ...models.get_mcp_sdk_options_200_response import GetMcpSdkOptions200Response
    from ...models.inspect_mcp_tool_200_response import InspectMcpTool200Response
    from ...models.inspect_mcp_tool_request import InspectMcpToolRequest
    from ...models.inspect_mcp_tool_request_servers_type_0 import (
        InspectMcpToolRequestServersType0,
    )
    from ...models.launch_custom_agent_tool_200_response import (
        LaunchCustomAgentTool200Response,
    )
    from ...models.list_builtin_mcps_200_response import ListBuiltinMcps200Response
    from ...models.list_builtin_skills_200_response_inner import (
        ListBuiltinSkills200ResponseInner,
    )
    from ...models.list_custom_agent_tools_200_response_inner import (
        ListCustomAgentTools200ResponseInner,
    )
    from ...models.list_mcp_tools_200_response import ListMcpTools200Response
    from ...models.list_mcp_tools_request import ListMcpToolsRequest
    from ...models.new_key_association import NewKeyAssociation
    from ...models.remove_custom_agent_tool_from_codeapi_200_response import (
        RemoveCustomAgentToolFromCodeapi200Response,
    )
    from ...models.set_agent_skill_preference_request import (
        SetAgentSkillPreferenceRequest,
    )
    from ...models.set_skill_associations_request import SetSkillAssociationsRequest
    from ...models.set_skill_associations_response import SetSkillAssociationsResponse
    from ...models.skill_associations import SkillAssociations
    from ...models.skill_key_input import SkillKeyInput
    from ...models.star_library_item_200_response import StarLibraryItem200Response
    from ...models.update_admin_mcp_logo_200_response import (
        UpdateAdminMcpLogo200Response,
    )
    from ...models.update_admin_mcp_logo_body import UpdateAdminMcpLogoBody
    from ...models.update_agent_key_request import UpdateAgentKeyRequest
    from ...models.update_agent_key_request_type import (
        UpdateAgentKeyRequestType,
        check_update_agent_key_request_type,
    )
    from ...models.update_agent_tool_preference_request import (
        UpdateAgentToolPreferenceRequest,
    )
    from ...models.update_custom_agent_200_response import UpdateCustomAgent200Response
    from ...models.update_custom_agent_request import UpdateCustomAgentRequest
    from ...models.update_custom_agent_request_agent_args import (
        UpdateCustomAgentRequestAgentArgs,
    )
    from ...models.update_custom_agent_request_mcp_servers_mapping_type_0 import (
        UpdateCustomAgentRequestMcpServersMappingType0,
    )
    from ...models.update_custom_agent_tool_200_response import (
        UpdateCustomAgentTool200Response,
    )
    from ...models.update_custom_agent_tool_files_body import (
        UpdateCustomAgentToolFilesBody,
    )
    from ...models.update_custom_agent_tool_request import UpdateCustomAgentToolRequest
    from ...models.update_user_builtin_mcp_200_response import (
        UpdateUserBuiltinMcp200Response,
    )
    from ...models.update_user_builtin_mcp_request import UpdateUserBuiltinMcpRequest
    from ...models.update_user_builtin_mcp_request_mcp_config_json import (
        UpdateUserBuiltinMcpRequestMcpConfigJson,
    )
    from ...models.update_user_builtin_mcp_request_type import (
        UpdateUserBuiltinMcpRequestType,
        check_update_user_builtin_mcp_request_type,
    )
    from ...types import File, FileTypes

    pass


class Agents(SyncResource):
    """The operations tagged agents; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AgentsWithRawResponse:
        return AgentsWithRawResponse(self._requester)

    @overload
    def add_builtin_mcp(
        self,
        *,
        mcp_id: str,
        keys: str | Unset = UNSET,
        files: list[File] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response: ...

    @overload
    def add_builtin_mcp(
        self,
        *,
        body: AddBuiltinMcpBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response: ...

    def add_builtin_mcp(
        self,
        *,
        mcp_id: Any = UNSET,
        keys: Any = UNSET,
        files: Any = UNSET,
        body: AddBuiltinMcpBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response:
        """Add a built-in MCP

        Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
        and enables a predefined MCP for the user with direct file uploads.
        """
        from . import add_builtin_mcp as _op

        request = _op.build_request(
            body=_op.build_body(body, mcp_id=mcp_id, keys=keys, files=files)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def add_builtin_skill(
        self,
        *,
        skill_id: str,
        enable_by_default: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response: ...

    @overload
    def add_builtin_skill(
        self,
        *,
        body: AddBuiltinSkillRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response: ...

    def add_builtin_skill(
        self,
        *,
        skill_id: Any = UNSET,
        enable_by_default: Any = UNSET,
        body: AddBuiltinSkillRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response:
        """Add a predefined skill

        Installs a predefined skill from the built-in skill library.
        """
        from . import add_builtin_skill as _op

        request = _op.build_request(
            body=_op.build_body(
                body, skill_id=skill_id, enable_by_default=enable_by_default
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_custom_agents(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentDetail]:
        """List Custom Agents

        List all custom agents for the current user
        """
        from . import list_custom_agents as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def add_custom_agent(
        self,
        *,
        file: File,
        agent_type: str,
        agent_args: str,
        agent_name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]: ...

    @overload
    def add_custom_agent(
        self,
        *,
        body: AddCustomAgentBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]: ...

    def add_custom_agent(
        self,
        *,
        file: Any = UNSET,
        agent_type: Any = UNSET,
        agent_args: Any = UNSET,
        agent_name: Any = UNSET,
        body: AddCustomAgentBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]:
        """Add Custom Agents"""
        from . import add_custom_agent as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                file=file,
                agent_type=agent_type,
                agent_args=agent_args,
                agent_name=agent_name,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_custom_agent_tools(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ListCustomAgentTools200ResponseInner]:
        """List Custom Agent Tools

        List all custom agent tools for the current user
        """
        from . import list_custom_agent_tools as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def add_custom_agent_tool(
        self,
        *,
        tool_type: str,
        tool_args: str,
        file: File | Unset = UNSET,
        custom_tool_path: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        generate_system_prompt: bool | Unset = UNSET,
        system_prompt_generation_timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]: ...

    @overload
    def add_custom_agent_tool(
        self,
        *,
        body: AddCustomAgentToolBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]: ...

    def add_custom_agent_tool(
        self,
        *,
        tool_type: Any = UNSET,
        tool_args: Any = UNSET,
        file: Any = UNSET,
        custom_tool_path: Any = UNSET,
        filename: Any = UNSET,
        generate_system_prompt: Any = UNSET,
        system_prompt_generation_timeout: Any = UNSET,
        body: AddCustomAgentToolBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]:
        """Add Custom Agent Tools"""
        from . import add_custom_agent_tool as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                tool_type=tool_type,
                tool_args=tool_args,
                file=file,
                custom_tool_path=custom_tool_path,
                filename=filename,
                generate_system_prompt=generate_system_prompt,
                system_prompt_generation_timeout=system_prompt_generation_timeout,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_skills(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        query: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]:
        """Lists agent skills for the current user.

        List all agent skills for the current user.
        """
        from . import list_skills as _op

        request = _op.build_request(offset=offset, limit=limit, query=query)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_skills(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[AgentSkill]:
        """Lists agent skills for the current user.

        Every item of `list_skills`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_skills(
                query=query,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def add_skill(
        self,
        *,
        file: File,
        enable_by_default: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]: ...

    @overload
    def add_skill(
        self,
        *,
        body: AddSkillBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]: ...

    def add_skill(
        self,
        *,
        file: Any = UNSET,
        enable_by_default: Any = UNSET,
        body: AddSkillBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]:
        """Adds an agent skill from an uploaded archive.

        Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.
        """
        from . import add_skill as _op

        request = _op.build_request(
            body=_op.build_body(body, file=file, enable_by_default=enable_by_default)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_agent_keys(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentKey]:
        """Lists agent keys."""
        from . import list_agent_keys as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_agent_key(
        self,
        *,
        name: str,
        type_: CreateAgentKeyRequestType | UnknownEnumValue,
        value: str,
        description: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    @overload
    def create_agent_key(
        self,
        *,
        body: CreateAgentKeyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    def create_agent_key(
        self,
        *,
        name: Any = UNSET,
        type_: Any = UNSET,
        value: Any = UNSET,
        description: Any = UNSET,
        body: CreateAgentKeyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey:
        """Creates agent key."""
        from . import create_agent_key as _op

        request = _op.build_request(
            body=_op.build_body(
                body, name=name, type_=type_, value=value, description=description
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_agent_key_tool_associations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentToolKeyAssociations]:
        """Returns a list of tools and the user's associated keys."""
        from . import list_agent_key_tool_associations as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_agent_key_tool_associations(
        self,
        *,
        tool: str,
        keys: list[NewKeyAssociation],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations: ...

    @overload
    def create_agent_key_tool_associations(
        self,
        *,
        body: CreateAgentToolKeyAssociationsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations: ...

    def create_agent_key_tool_associations(
        self,
        *,
        tool: Any = UNSET,
        keys: Any = UNSET,
        body: CreateAgentToolKeyAssociationsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations:
        """Creates associations between a tool and user's keys."""
        from . import create_agent_key_tool_associations as _op

        request = _op.build_request(body=_op.build_body(body, tool=tool, keys=keys))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_custom_agent_key_associations(
        self,
        *,
        agent_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentKeyAssociation]:
        """Returns a list of custom agent key associations.

        Returns a list of custom agent key associations, optionally filtered by agent_id.
        """
        from . import list_custom_agent_key_associations as _op

        request = _op.build_request(agent_id=agent_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_custom_agent_key_association(
        self,
        *,
        agent_id: str,
        env_key_name: str,
        key_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation: ...

    @overload
    def create_custom_agent_key_association(
        self,
        *,
        body: CreateCustomAgentKeyAssociationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation: ...

    def create_custom_agent_key_association(
        self,
        *,
        agent_id: Any = UNSET,
        env_key_name: Any = UNSET,
        key_id: Any = UNSET,
        body: CreateCustomAgentKeyAssociationRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation:
        """Creates a custom agent key association.

        Associates an env var (from envs.json or user-added) with an agent key.
        """
        from . import create_custom_agent_key_association as _op

        request = _op.build_request(
            body=_op.build_body(
                body, agent_id=agent_id, env_key_name=env_key_name, key_id=key_id
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_custom_agent_tool_associations(
        self,
        *,
        agent_id: str | Unset = UNSET,
        agent_name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentToolAssociation]:
        """Returns a list of custom agent tool associations.

        Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.
        """
        from . import list_custom_agent_tool_associations as _op

        request = _op.build_request(agent_id=agent_id, agent_name=agent_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_custom_agent_tool_association(
        self,
        *,
        agent_id: str,
        mcp_server_name: str,
        tool_name: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation: ...

    @overload
    def create_custom_agent_tool_association(
        self,
        *,
        body: CreateCustomAgentToolAssociationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation: ...

    def create_custom_agent_tool_association(
        self,
        *,
        agent_id: Any = UNSET,
        mcp_server_name: Any = UNSET,
        tool_name: Any = UNSET,
        body: CreateCustomAgentToolAssociationRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation:
        """Creates a custom agent tool association."""
        from . import create_custom_agent_tool_association as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                agent_id=agent_id,
                mcp_server_name=mcp_server_name,
                tool_name=tool_name,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_library_skill(
        self,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]: ...

    @overload
    def create_library_skill(
        self,
        *,
        body: CreateLibrarySkillBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]: ...

    def create_library_skill(
        self,
        *,
        file: Any = UNSET,
        body: CreateLibrarySkillBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]:
        """Publish a skill to the library

        Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
        it by default). All users will see this skill in their library. Skill name and description are taken
        from the SKILL.md frontmatter inside the zip.
        """
        from . import create_library_skill as _op

        request = _op.build_request(body=_op.build_body(body, file=file))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_user_builtin_mcp(
        self,
        *,
        mcp_config: str,
        logo_file: File | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response: ...

    @overload
    def create_user_builtin_mcp(
        self,
        *,
        body: CreateUserBuiltinMcpBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response: ...

    def create_user_builtin_mcp(
        self,
        *,
        mcp_config: Any = UNSET,
        logo_file: Any = UNSET,
        body: CreateUserBuiltinMcpBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response:
        """Publish a custom builtin MCP to the library

        Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
        ManageLibrary permission (admins hold it by default). Supports optional logo file upload.
        """
        from . import create_user_builtin_mcp as _op

        request = _op.build_request(
            body=_op.build_body(body, mcp_config=mcp_config, logo_file=logo_file)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_agent_keys(
        self,
        key_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent keys."""
        from . import delete_agent_keys as _op

        request = _op.build_request(key_ids=key_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_agent_tool_association(
        self,
        associate_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes agent tool key associations.

        Deletes agent tool key associations given a list of associate ids belonging to the user.
        """
        from . import delete_agent_tool_association as _op

        request = _op.build_request(associate_ids=associate_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_agent_tool_preference(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists the agent tool preference for the user."""
        from . import list_agent_tool_preference as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_agent_tool_preference(
        self,
        *,
        reference_value: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_agent_tool_preference(
        self,
        *,
        body: UpdateAgentToolPreferenceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_agent_tool_preference(
        self,
        *,
        reference_value: Any = UNSET,
        body: UpdateAgentToolPreferenceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Creates or updates the agent tool preference for the user."""
        from . import update_agent_tool_preference as _op

        request = _op.build_request(
            body=_op.build_body(body, reference_value=reference_value)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_agent_tool_preference(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes the agent tool preferences for the user."""
        from . import delete_agent_tool_preference as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_custom_agent(
        self,
        agent_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes custom agents

        Deletes custom agents given a list of agent ids belonging to the user.
        """
        from . import delete_custom_agent as _op

        request = _op.build_request(agent_ids=agent_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_custom_agent_key_associations(
        self,
        association_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteCustomAgentKeyAssociationsResponse:
        """Deletes custom agent key associations.

        Deletes custom agent key associations given a list of association ids belonging to the user.
        """
        from . import delete_custom_agent_key_associations as _op

        request = _op.build_request(association_ids=association_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_custom_agent_tool(
        self,
        tool_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes custom agent tools

        Deletes custom agent tool given a list of tool ids belonging to the user.
        """
        from . import delete_custom_agent_tool as _op

        request = _op.build_request(tool_ids=tool_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_custom_agent_tool_associations(
        self,
        association_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteCustomAgentToolAssociationsResponse:
        """Deletes custom agent tool associations.

        Deletes custom agent tool associations given a list of association ids belonging to the user.
        """
        from . import delete_custom_agent_tool_associations as _op

        request = _op.build_request(association_ids=association_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_library_skill(
        self,
        skill_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteLibrarySkillResponse200:
        """Remove a skill from the library

        Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
        hold it by default), which covers every entry regardless of who published it. Does not affect users
        who have already added the skill.
        """
        from . import delete_library_skill as _op

        request = _op.build_request(skill_id=skill_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def delete_skills(
        self,
        *,
        skill_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count: ...

    @overload
    def delete_skills(
        self,
        *,
        body: DeleteSkillsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count: ...

    def delete_skills(
        self,
        *,
        skill_ids: Any = UNSET,
        body: DeleteSkillsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes agent skills.

        Delete agent skills given a list of skill ids belonging to the user.
        """
        from . import delete_skills as _op

        request = _op.build_request(body=_op.build_body(body, skill_ids=skill_ids))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        name: str,
        description: str,
        type_: UpdateUserBuiltinMcpRequestType | UnknownEnumValue,
        mcp_config_json: UpdateUserBuiltinMcpRequestMcpConfigJson | Mapping[str, Any],
        image_url: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response: ...

    @overload
    def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        body: UpdateUserBuiltinMcpRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response: ...

    def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        type_: Any = UNSET,
        mcp_config_json: Any = UNSET,
        image_url: Any = UNSET,
        body: UpdateUserBuiltinMcpRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response:
        """Update a custom builtin MCP

        Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
        it by default), which covers every entry regardless of who published it.
        """
        from . import update_user_builtin_mcp as _op

        request = _op.build_request(
            mcp_id=mcp_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                type_=type_,
                mcp_config_json=mcp_config_json,
                image_url=image_url,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteUserBuiltinMcp200Response:
        """Delete a custom builtin MCP

        Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
        default), which covers every entry regardless of who published it.
        """
        from . import delete_user_builtin_mcp as _op

        request = _op.build_request(mcp_id=mcp_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def download_builtin_skill_file(
        self,
        skill_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download a library skill zip

        Streams the zip for a library skill. Predefined skills are materialized from the in-process
        registry; admin-uploaded skills are streamed directly from object storage so the zip bytes never sit
        in lang or mux memory.
        """
        from . import download_builtin_skill_file as _op

        request = _op.build_request(skill_id=skill_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def download_custom_agent(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download custom agent zip file

        Downloads the zip file associated with a custom agent owned by the current user.
        """
        from . import download_custom_agent as _op

        request = _op.build_request(agent_id=agent_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def download_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download custom agent tool file

        Downloads the file associated with a custom agent tool owned by the current user. Only local_mcp,
        browser_action, and general_code tool types support file download.
        """
        from . import download_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_agent_suggestions(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentSuggestion]:
        """Get MCP tool suggestions for a custom agent.

        Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
        identify and configure required tools.
        """
        from . import get_agent_suggestions as _op

        request = _op.build_request(agent_id=agent_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_all_agents(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Agent]:
        """Get all agents (built-in and custom)

        Get all agents (both built-in and custom agents) with unified structure
        """
        from . import get_all_agents as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_custom_agent(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentDetail:
        """Get a single custom agent

        Get a single custom agent by ID for the current user
        """
        from . import get_custom_agent as _op

        request = _op.build_request(agent_id=agent_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_custom_agent(
        self,
        agent_id: str,
        *,
        agent_args: UpdateCustomAgentRequestAgentArgs | Mapping[str, Any],
        mcp_servers_mapping: None
        | Unset
        | UpdateCustomAgentRequestMcpServersMappingType0 = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response: ...

    @overload
    def update_custom_agent(
        self,
        agent_id: str,
        *,
        body: UpdateCustomAgentRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response: ...

    def update_custom_agent(
        self,
        agent_id: str,
        *,
        agent_args: Any = UNSET,
        mcp_servers_mapping: Any = UNSET,
        body: UpdateCustomAgentRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response:
        """Updates a custom agent

        Updates a custom agent given an agent id belonging to the user.
        """
        from . import update_custom_agent as _op

        request = _op.build_request(
            agent_id=agent_id,
            body=_op.build_body(
                body, agent_args=agent_args, mcp_servers_mapping=mcp_servers_mapping
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCustomAgentTool200Response:
        """Get a single custom agent tool

        Get a single custom agent tool by ID for the current user
        """
        from . import get_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def update_custom_agent_tool(
        self,
        tool_id: str,
        *,
        body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgentTool200Response:
        """Updates a custom agent tool

        Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
        accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
        updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
        - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
        compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
        file upload.
        """
        from . import update_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id, body=body)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_mcp_sdk_options(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetMcpSdkOptions200Response:
        """Get Claude SDK options schema

        Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
        Includes permission modes, effort levels, available betas, hook actions, and limitations.
        """
        from . import get_mcp_sdk_options as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def inspect_mcp_tool(
        self,
        *,
        tool_id: None | str | Unset = UNSET,
        servers: InspectMcpToolRequestServersType0 | None | Unset = UNSET,
        file_name: None | str | Unset = UNSET,
        file_data_base64: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response: ...

    @overload
    def inspect_mcp_tool(
        self,
        *,
        body: InspectMcpToolRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response: ...

    def inspect_mcp_tool(
        self,
        *,
        tool_id: Any = UNSET,
        servers: Any = UNSET,
        file_name: Any = UNSET,
        file_data_base64: Any = UNSET,
        model: Any = UNSET,
        body: InspectMcpToolRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response:
        """Unified MCP tool inspection

        Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
        local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
        (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
        of per-server inspection results.
        """
        from . import inspect_mcp_tool as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                tool_id=tool_id,
                servers=servers,
                file_name=file_name,
                file_data_base64=file_data_base64,
                model=model,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def launch_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LaunchCustomAgentTool200Response:
        """Launches a custom agent tool via CodeAPI

        Launches a custom agent tool using CodeAPI and stores the endpoint URL.
        """
        from . import launch_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_custom_agent_tool_from_codeapi(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RemoveCustomAgentToolFromCodeapi200Response:
        """Removes a custom agent tool from CodeAPI

        Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.
        """
        from . import remove_custom_agent_tool_from_codeapi as _op

        request = _op.build_request(tool_id=tool_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_agent_directory_stats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_text: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerDirectoryStatsPerAgentChatSession]:
        """Lists agent directory stats across all agent chat sessions."""
        from . import list_agent_directory_stats as _op

        request = _op.build_request(offset=offset, limit=limit, filter_text=filter_text)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_agent_directory_stats(
        self,
        *,
        filter_text: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[AgentServerDirectoryStatsPerAgentChatSession]:
        """Lists agent directory stats across all agent chat sessions.

        Every item of `list_agent_directory_stats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_agent_directory_stats(
                filter_text=filter_text,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_agent_tools(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentToolSpec]:
        """Lists agent tools present on the system."""
        from . import list_agent_tools as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_builtin_mcps(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListBuiltinMcps200Response:
        """Lists built-in MCPs

        Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
        Includes information about which MCPs are already added as tools and which OAuth apps are connected.
        """
        from . import list_builtin_mcps as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_builtin_skills(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ListBuiltinSkills200ResponseInner]:
        """Lists predefined skills

        Returns the list of predefined skills available for use. Includes information about which skills are
        already added, plus install_count, star_count, and is_starred_by_me.
        """
        from . import list_builtin_skills as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def list_mcp_tools(
        self,
        *,
        config_type: str | Unset = UNSET,
        server_names: list[str] | None | Unset = UNSET,
        mcp_dir: None | str | Unset = UNSET,
        include_remote: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response: ...

    @overload
    def list_mcp_tools(
        self,
        *,
        body: ListMcpToolsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response: ...

    def list_mcp_tools(
        self,
        *,
        config_type: Any = UNSET,
        server_names: Any = UNSET,
        mcp_dir: Any = UNSET,
        include_remote: Any = UNSET,
        body: ListMcpToolsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response:
        """List tools from MCP servers

        Lists tools from configured MCP servers, optionally filtered by config type and server names.
        """
        from . import list_mcp_tools as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                config_type=config_type,
                server_names=server_names,
                mcp_dir=mcp_dir,
                include_remote=include_remote,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_skill_associations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SkillAssociations]:
        """Lists the current user's skill env-var/key/tool associations.

        For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.
        """
        from . import list_skill_associations as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_skill_associations(
        self,
        *,
        skill_id: str,
        keys: list[SkillKeyInput] | Unset = UNSET,
        tools: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse: ...

    @overload
    def set_skill_associations(
        self,
        *,
        body: SetSkillAssociationsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse: ...

    def set_skill_associations(
        self,
        *,
        skill_id: Any = UNSET,
        keys: Any = UNSET,
        tools: Any = UNSET,
        body: SetSkillAssociationsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse:
        """Sets a skill's env-var/key associations and target tools.

        Associates the skill's declared env vars (from envs.json) with agent keys and selects which
        executors receive those env vars when the skill is selected. Only python and shell are supported;
        both are selected when none are given.
        """
        from . import set_skill_associations as _op

        request = _op.build_request(
            body=_op.build_body(body, skill_id=skill_id, keys=keys, tools=tools)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response: ...

    @overload
    def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        body: UpdateAdminMcpLogoBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response: ...

    def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        file: Any = UNSET,
        body: UpdateAdminMcpLogoBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response:
        """Update MCP logo

        Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
        default).
        """
        from . import update_admin_mcp_logo as _op

        request = _op.build_request(mcp_id=mcp_id, body=_op.build_body(body, file=file))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteUserBuiltinMcp200Response:
        """Remove MCP logo

        Removes the logo from a published MCP. Requires the ManageLibrary permission (admins hold it by
        default).
        """
        from . import remove_admin_mcp_logo as _op

        request = _op.build_request(mcp_id=mcp_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_agent_skill_preference(
        self,
        *,
        skill_ids: list[str],
        enabled: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_agent_skill_preference(
        self,
        *,
        body: SetAgentSkillPreferenceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_agent_skill_preference(
        self,
        *,
        skill_ids: Any = UNSET,
        enabled: Any = UNSET,
        body: SetAgentSkillPreferenceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Enable or disable the given agent skills for the user.

        Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
        skills not listed are left untouched.
        """
        from . import set_agent_skill_preference as _op

        request = _op.build_request(
            body=_op.build_body(body, skill_ids=skill_ids, enabled=enabled)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def star_library_item(
        self,
        item_kind: str,
        item_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> StarLibraryItem200Response:
        """Star a library item (skill or mcp)

        Marks the calling user as having starred this library item. Only users who have already installed
        the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
        op. Returns the new aggregate star_count.
        """
        from . import star_library_item as _op

        request = _op.build_request(item_kind=item_kind, item_id=item_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unstar_library_item(
        self,
        item_kind: str,
        item_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> StarLibraryItem200Response:
        """Remove the caller's star on a library item

        Idempotent: unstarring an item the caller has not starred is a no-op. Returns the new aggregate
        star_count.
        """
        from . import unstar_library_item as _op

        request = _op.build_request(item_kind=item_kind, item_id=item_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_agent_key(
        self,
        key_id: str,
        *,
        name: str | Unset = UNSET,
        type_: UpdateAgentKeyRequestType | UnknownEnumValue | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    @overload
    def update_agent_key(
        self,
        key_id: str,
        *,
        body: UpdateAgentKeyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    def update_agent_key(
        self,
        key_id: str,
        *,
        name: Any = UNSET,
        type_: Any = UNSET,
        value: Any = UNSET,
        description: Any = UNSET,
        body: UpdateAgentKeyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey:
        """Updates agent key."""
        from . import update_agent_key as _op

        request = _op.build_request(
            key_id=key_id,
            body=_op.build_body(
                body, name=name, type_=type_, value=value, description=description
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncAgents(AsyncResource):
    """The operations tagged agents (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncAgentsWithRawResponse:
        return AsyncAgentsWithRawResponse(self._requester)

    @overload
    async def add_builtin_mcp(
        self,
        *,
        mcp_id: str,
        keys: str | Unset = UNSET,
        files: list[File] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response: ...

    @overload
    async def add_builtin_mcp(
        self,
        *,
        body: AddBuiltinMcpBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response: ...

    async def add_builtin_mcp(
        self,
        *,
        mcp_id: Any = UNSET,
        keys: Any = UNSET,
        files: Any = UNSET,
        body: AddBuiltinMcpBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinMcp201Response:
        """Add a built-in MCP

        Adds a built-in MCP (Model Context Protocol server) to the user's tools. This endpoint configures
        and enables a predefined MCP for the user with direct file uploads.
        """
        from . import add_builtin_mcp as _op

        request = _op.build_request(
            body=_op.build_body(body, mcp_id=mcp_id, keys=keys, files=files)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def add_builtin_skill(
        self,
        *,
        skill_id: str,
        enable_by_default: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response: ...

    @overload
    async def add_builtin_skill(
        self,
        *,
        body: AddBuiltinSkillRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response: ...

    async def add_builtin_skill(
        self,
        *,
        skill_id: Any = UNSET,
        enable_by_default: Any = UNSET,
        body: AddBuiltinSkillRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AddBuiltinSkill201Response:
        """Add a predefined skill

        Installs a predefined skill from the built-in skill library.
        """
        from . import add_builtin_skill as _op

        request = _op.build_request(
            body=_op.build_body(
                body, skill_id=skill_id, enable_by_default=enable_by_default
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_custom_agents(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentDetail]:
        """List Custom Agents

        List all custom agents for the current user
        """
        from . import list_custom_agents as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def add_custom_agent(
        self,
        *,
        file: File,
        agent_type: str,
        agent_args: str,
        agent_name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]: ...

    @overload
    async def add_custom_agent(
        self,
        *,
        body: AddCustomAgentBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]: ...

    async def add_custom_agent(
        self,
        *,
        file: Any = UNSET,
        agent_type: Any = UNSET,
        agent_args: Any = UNSET,
        agent_name: Any = UNSET,
        body: AddCustomAgentBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgent201ResponseInner]:
        """Add Custom Agents"""
        from . import add_custom_agent as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                file=file,
                agent_type=agent_type,
                agent_args=agent_args,
                agent_name=agent_name,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_custom_agent_tools(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ListCustomAgentTools200ResponseInner]:
        """List Custom Agent Tools

        List all custom agent tools for the current user
        """
        from . import list_custom_agent_tools as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def add_custom_agent_tool(
        self,
        *,
        tool_type: str,
        tool_args: str,
        file: File | Unset = UNSET,
        custom_tool_path: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        generate_system_prompt: bool | Unset = UNSET,
        system_prompt_generation_timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]: ...

    @overload
    async def add_custom_agent_tool(
        self,
        *,
        body: AddCustomAgentToolBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]: ...

    async def add_custom_agent_tool(
        self,
        *,
        tool_type: Any = UNSET,
        tool_args: Any = UNSET,
        file: Any = UNSET,
        custom_tool_path: Any = UNSET,
        filename: Any = UNSET,
        generate_system_prompt: Any = UNSET,
        system_prompt_generation_timeout: Any = UNSET,
        body: AddCustomAgentToolBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AddCustomAgentTool201ResponseInner]:
        """Add Custom Agent Tools"""
        from . import add_custom_agent_tool as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                tool_type=tool_type,
                tool_args=tool_args,
                file=file,
                custom_tool_path=custom_tool_path,
                filename=filename,
                generate_system_prompt=generate_system_prompt,
                system_prompt_generation_timeout=system_prompt_generation_timeout,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_skills(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        query: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]:
        """Lists agent skills for the current user.

        List all agent skills for the current user.
        """
        from . import list_skills as _op

        request = _op.build_request(offset=offset, limit=limit, query=query)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_skills(
        self,
        *,
        query: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[AgentSkill]:
        """Lists agent skills for the current user.

        Every item of `list_skills`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_skills(
                query=query,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def add_skill(
        self,
        *,
        file: File,
        enable_by_default: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]: ...

    @overload
    async def add_skill(
        self,
        *,
        body: AddSkillBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]: ...

    async def add_skill(
        self,
        *,
        file: Any = UNSET,
        enable_by_default: Any = UNSET,
        body: AddSkillBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentSkill]:
        """Adds an agent skill from an uploaded archive.

        Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.
        """
        from . import add_skill as _op

        request = _op.build_request(
            body=_op.build_body(body, file=file, enable_by_default=enable_by_default)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_agent_keys(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentKey]:
        """Lists agent keys."""
        from . import list_agent_keys as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_agent_key(
        self,
        *,
        name: str,
        type_: CreateAgentKeyRequestType | UnknownEnumValue,
        value: str,
        description: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    @overload
    async def create_agent_key(
        self,
        *,
        body: CreateAgentKeyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    async def create_agent_key(
        self,
        *,
        name: Any = UNSET,
        type_: Any = UNSET,
        value: Any = UNSET,
        description: Any = UNSET,
        body: CreateAgentKeyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey:
        """Creates agent key."""
        from . import create_agent_key as _op

        request = _op.build_request(
            body=_op.build_body(
                body, name=name, type_=type_, value=value, description=description
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_agent_key_tool_associations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentToolKeyAssociations]:
        """Returns a list of tools and the user's associated keys."""
        from . import list_agent_key_tool_associations as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_agent_key_tool_associations(
        self,
        *,
        tool: str,
        keys: list[NewKeyAssociation],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations: ...

    @overload
    async def create_agent_key_tool_associations(
        self,
        *,
        body: CreateAgentToolKeyAssociationsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations: ...

    async def create_agent_key_tool_associations(
        self,
        *,
        tool: Any = UNSET,
        keys: Any = UNSET,
        body: CreateAgentToolKeyAssociationsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentToolKeyAssociations:
        """Creates associations between a tool and user's keys."""
        from . import create_agent_key_tool_associations as _op

        request = _op.build_request(body=_op.build_body(body, tool=tool, keys=keys))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_custom_agent_key_associations(
        self,
        *,
        agent_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentKeyAssociation]:
        """Returns a list of custom agent key associations.

        Returns a list of custom agent key associations, optionally filtered by agent_id.
        """
        from . import list_custom_agent_key_associations as _op

        request = _op.build_request(agent_id=agent_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_custom_agent_key_association(
        self,
        *,
        agent_id: str,
        env_key_name: str,
        key_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation: ...

    @overload
    async def create_custom_agent_key_association(
        self,
        *,
        body: CreateCustomAgentKeyAssociationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation: ...

    async def create_custom_agent_key_association(
        self,
        *,
        agent_id: Any = UNSET,
        env_key_name: Any = UNSET,
        key_id: Any = UNSET,
        body: CreateCustomAgentKeyAssociationRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentKeyAssociation:
        """Creates a custom agent key association.

        Associates an env var (from envs.json or user-added) with an agent key.
        """
        from . import create_custom_agent_key_association as _op

        request = _op.build_request(
            body=_op.build_body(
                body, agent_id=agent_id, env_key_name=env_key_name, key_id=key_id
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_custom_agent_tool_associations(
        self,
        *,
        agent_id: str | Unset = UNSET,
        agent_name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentToolAssociation]:
        """Returns a list of custom agent tool associations.

        Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.
        """
        from . import list_custom_agent_tool_associations as _op

        request = _op.build_request(agent_id=agent_id, agent_name=agent_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_custom_agent_tool_association(
        self,
        *,
        agent_id: str,
        mcp_server_name: str,
        tool_name: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation: ...

    @overload
    async def create_custom_agent_tool_association(
        self,
        *,
        body: CreateCustomAgentToolAssociationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation: ...

    async def create_custom_agent_tool_association(
        self,
        *,
        agent_id: Any = UNSET,
        mcp_server_name: Any = UNSET,
        tool_name: Any = UNSET,
        body: CreateCustomAgentToolAssociationRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentToolAssociation:
        """Creates a custom agent tool association."""
        from . import create_custom_agent_tool_association as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                agent_id=agent_id,
                mcp_server_name=mcp_server_name,
                tool_name=tool_name,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_library_skill(
        self,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]: ...

    @overload
    async def create_library_skill(
        self,
        *,
        body: CreateLibrarySkillBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]: ...

    async def create_library_skill(
        self,
        *,
        file: Any = UNSET,
        body: CreateLibrarySkillBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CreateLibrarySkill201ResponseInner]:
        """Publish a skill to the library

        Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
        it by default). All users will see this skill in their library. Skill name and description are taken
        from the SKILL.md frontmatter inside the zip.
        """
        from . import create_library_skill as _op

        request = _op.build_request(body=_op.build_body(body, file=file))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_user_builtin_mcp(
        self,
        *,
        mcp_config: str,
        logo_file: File | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response: ...

    @overload
    async def create_user_builtin_mcp(
        self,
        *,
        body: CreateUserBuiltinMcpBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response: ...

    async def create_user_builtin_mcp(
        self,
        *,
        mcp_config: Any = UNSET,
        logo_file: Any = UNSET,
        body: CreateUserBuiltinMcpBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateUserBuiltinMcp201Response:
        """Publish a custom builtin MCP to the library

        Publishes a new MCP to the shared library so it appears in the builtin MCPs list. Requires the
        ManageLibrary permission (admins hold it by default). Supports optional logo file upload.
        """
        from . import create_user_builtin_mcp as _op

        request = _op.build_request(
            body=_op.build_body(body, mcp_config=mcp_config, logo_file=logo_file)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_agent_keys(
        self,
        key_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent keys."""
        from . import delete_agent_keys as _op

        request = _op.build_request(key_ids=key_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_agent_tool_association(
        self,
        associate_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes agent tool key associations.

        Deletes agent tool key associations given a list of associate ids belonging to the user.
        """
        from . import delete_agent_tool_association as _op

        request = _op.build_request(associate_ids=associate_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_agent_tool_preference(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists the agent tool preference for the user."""
        from . import list_agent_tool_preference as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_agent_tool_preference(
        self,
        *,
        reference_value: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_agent_tool_preference(
        self,
        *,
        body: UpdateAgentToolPreferenceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_agent_tool_preference(
        self,
        *,
        reference_value: Any = UNSET,
        body: UpdateAgentToolPreferenceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Creates or updates the agent tool preference for the user."""
        from . import update_agent_tool_preference as _op

        request = _op.build_request(
            body=_op.build_body(body, reference_value=reference_value)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_agent_tool_preference(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes the agent tool preferences for the user."""
        from . import delete_agent_tool_preference as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_custom_agent(
        self,
        agent_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes custom agents

        Deletes custom agents given a list of agent ids belonging to the user.
        """
        from . import delete_custom_agent as _op

        request = _op.build_request(agent_ids=agent_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_custom_agent_key_associations(
        self,
        association_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteCustomAgentKeyAssociationsResponse:
        """Deletes custom agent key associations.

        Deletes custom agent key associations given a list of association ids belonging to the user.
        """
        from . import delete_custom_agent_key_associations as _op

        request = _op.build_request(association_ids=association_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_custom_agent_tool(
        self,
        tool_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes custom agent tools

        Deletes custom agent tool given a list of tool ids belonging to the user.
        """
        from . import delete_custom_agent_tool as _op

        request = _op.build_request(tool_ids=tool_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_custom_agent_tool_associations(
        self,
        association_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteCustomAgentToolAssociationsResponse:
        """Deletes custom agent tool associations.

        Deletes custom agent tool associations given a list of association ids belonging to the user.
        """
        from . import delete_custom_agent_tool_associations as _op

        request = _op.build_request(association_ids=association_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_library_skill(
        self,
        skill_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteLibrarySkillResponse200:
        """Remove a skill from the library

        Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
        hold it by default), which covers every entry regardless of who published it. Does not affect users
        who have already added the skill.
        """
        from . import delete_library_skill as _op

        request = _op.build_request(skill_id=skill_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def delete_skills(
        self,
        *,
        skill_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count: ...

    @overload
    async def delete_skills(
        self,
        *,
        body: DeleteSkillsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count: ...

    async def delete_skills(
        self,
        *,
        skill_ids: Any = UNSET,
        body: DeleteSkillsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Deletes agent skills.

        Delete agent skills given a list of skill ids belonging to the user.
        """
        from . import delete_skills as _op

        request = _op.build_request(body=_op.build_body(body, skill_ids=skill_ids))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        name: str,
        description: str,
        type_: UpdateUserBuiltinMcpRequestType | UnknownEnumValue,
        mcp_config_json: UpdateUserBuiltinMcpRequestMcpConfigJson | Mapping[str, Any],
        image_url: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response: ...

    @overload
    async def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        body: UpdateUserBuiltinMcpRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response: ...

    async def update_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        type_: Any = UNSET,
        mcp_config_json: Any = UNSET,
        image_url: Any = UNSET,
        body: UpdateUserBuiltinMcpRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateUserBuiltinMcp200Response:
        """Update a custom builtin MCP

        Updates a previously-published MCP configuration. Requires the ManageLibrary permission (admins hold
        it by default), which covers every entry regardless of who published it.
        """
        from . import update_user_builtin_mcp as _op

        request = _op.build_request(
            mcp_id=mcp_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                type_=type_,
                mcp_config_json=mcp_config_json,
                image_url=image_url,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_user_builtin_mcp(
        self,
        mcp_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteUserBuiltinMcp200Response:
        """Delete a custom builtin MCP

        Deletes a published MCP from the library. Requires the ManageLibrary permission (admins hold it by
        default), which covers every entry regardless of who published it.
        """
        from . import delete_user_builtin_mcp as _op

        request = _op.build_request(mcp_id=mcp_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def download_builtin_skill_file(
        self,
        skill_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download a library skill zip

        Streams the zip for a library skill. Predefined skills are materialized from the in-process
        registry; admin-uploaded skills are streamed directly from object storage so the zip bytes never sit
        in lang or mux memory.
        """
        from . import download_builtin_skill_file as _op

        request = _op.build_request(skill_id=skill_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def download_custom_agent(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download custom agent zip file

        Downloads the zip file associated with a custom agent owned by the current user.
        """
        from . import download_custom_agent as _op

        request = _op.build_request(agent_id=agent_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def download_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download custom agent tool file

        Downloads the file associated with a custom agent tool owned by the current user. Only local_mcp,
        browser_action, and general_code tool types support file download.
        """
        from . import download_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_agent_suggestions(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[CustomAgentSuggestion]:
        """Get MCP tool suggestions for a custom agent.

        Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
        identify and configure required tools.
        """
        from . import get_agent_suggestions as _op

        request = _op.build_request(agent_id=agent_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_all_agents(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Agent]:
        """Get all agents (built-in and custom)

        Get all agents (both built-in and custom agents) with unified structure
        """
        from . import get_all_agents as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_custom_agent(
        self,
        agent_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CustomAgentDetail:
        """Get a single custom agent

        Get a single custom agent by ID for the current user
        """
        from . import get_custom_agent as _op

        request = _op.build_request(agent_id=agent_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_custom_agent(
        self,
        agent_id: str,
        *,
        agent_args: UpdateCustomAgentRequestAgentArgs | Mapping[str, Any],
        mcp_servers_mapping: None
        | Unset
        | UpdateCustomAgentRequestMcpServersMappingType0 = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response: ...

    @overload
    async def update_custom_agent(
        self,
        agent_id: str,
        *,
        body: UpdateCustomAgentRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response: ...

    async def update_custom_agent(
        self,
        agent_id: str,
        *,
        agent_args: Any = UNSET,
        mcp_servers_mapping: Any = UNSET,
        body: UpdateCustomAgentRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgent200Response:
        """Updates a custom agent

        Updates a custom agent given an agent id belonging to the user.
        """
        from . import update_custom_agent as _op

        request = _op.build_request(
            agent_id=agent_id,
            body=_op.build_body(
                body, agent_args=agent_args, mcp_servers_mapping=mcp_servers_mapping
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCustomAgentTool200Response:
        """Get a single custom agent tool

        Get a single custom agent tool by ID for the current user
        """
        from . import get_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def update_custom_agent_tool(
        self,
        tool_id: str,
        *,
        body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateCustomAgentTool200Response:
        """Updates a custom agent tool

        Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
        accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
        updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
        - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
        compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
        file upload.
        """
        from . import update_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id, body=body)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_mcp_sdk_options(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetMcpSdkOptions200Response:
        """Get Claude SDK options schema

        Returns the schema of available Claude SDK options that can be configured for MCP tool runners.
        Includes permission modes, effort levels, available betas, hook actions, and limitations.
        """
        from . import get_mcp_sdk_options as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def inspect_mcp_tool(
        self,
        *,
        tool_id: None | str | Unset = UNSET,
        servers: InspectMcpToolRequestServersType0 | None | Unset = UNSET,
        file_name: None | str | Unset = UNSET,
        file_data_base64: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response: ...

    @overload
    async def inspect_mcp_tool(
        self,
        *,
        body: InspectMcpToolRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response: ...

    async def inspect_mcp_tool(
        self,
        *,
        tool_id: Any = UNSET,
        servers: Any = UNSET,
        file_name: Any = UNSET,
        file_data_base64: Any = UNSET,
        model: Any = UNSET,
        body: InspectMcpToolRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InspectMcpTool200Response:
        """Unified MCP tool inspection

        Unified endpoint for inspecting MCP tools. Supports three modes: (1) tool_id — inspect an existing
        local or remote MCP tool by database ID, (2) servers — inspect one or more remote MCP server configs
        (pre-add), (3) file_name + file_data_base64 — inspect an uploaded package (pre-add). Returns a list
        of per-server inspection results.
        """
        from . import inspect_mcp_tool as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                tool_id=tool_id,
                servers=servers,
                file_name=file_name,
                file_data_base64=file_data_base64,
                model=model,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def launch_custom_agent_tool(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> LaunchCustomAgentTool200Response:
        """Launches a custom agent tool via CodeAPI

        Launches a custom agent tool using CodeAPI and stores the endpoint URL.
        """
        from . import launch_custom_agent_tool as _op

        request = _op.build_request(tool_id=tool_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_custom_agent_tool_from_codeapi(
        self,
        tool_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RemoveCustomAgentToolFromCodeapi200Response:
        """Removes a custom agent tool from CodeAPI

        Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.
        """
        from . import remove_custom_agent_tool_from_codeapi as _op

        request = _op.build_request(tool_id=tool_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_agent_directory_stats(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_text: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerDirectoryStatsPerAgentChatSession]:
        """Lists agent directory stats across all agent chat sessions."""
        from . import list_agent_directory_stats as _op

        request = _op.build_request(offset=offset, limit=limit, filter_text=filter_text)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_agent_directory_stats(
        self,
        *,
        filter_text: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[AgentServerDirectoryStatsPerAgentChatSession]:
        """Lists agent directory stats across all agent chat sessions.

        Every item of `list_agent_directory_stats`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_agent_directory_stats(
                filter_text=filter_text,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_agent_tools(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentToolSpec]:
        """Lists agent tools present on the system."""
        from . import list_agent_tools as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_builtin_mcps(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListBuiltinMcps200Response:
        """Lists built-in MCPs

        Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
        Includes information about which MCPs are already added as tools and which OAuth apps are connected.
        """
        from . import list_builtin_mcps as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_builtin_skills(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ListBuiltinSkills200ResponseInner]:
        """Lists predefined skills

        Returns the list of predefined skills available for use. Includes information about which skills are
        already added, plus install_count, star_count, and is_starred_by_me.
        """
        from . import list_builtin_skills as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def list_mcp_tools(
        self,
        *,
        config_type: str | Unset = UNSET,
        server_names: list[str] | None | Unset = UNSET,
        mcp_dir: None | str | Unset = UNSET,
        include_remote: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response: ...

    @overload
    async def list_mcp_tools(
        self,
        *,
        body: ListMcpToolsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response: ...

    async def list_mcp_tools(
        self,
        *,
        config_type: Any = UNSET,
        server_names: Any = UNSET,
        mcp_dir: Any = UNSET,
        include_remote: Any = UNSET,
        body: ListMcpToolsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListMcpTools200Response:
        """List tools from MCP servers

        Lists tools from configured MCP servers, optionally filtered by config type and server names.
        """
        from . import list_mcp_tools as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                config_type=config_type,
                server_names=server_names,
                mcp_dir=mcp_dir,
                include_remote=include_remote,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_skill_associations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SkillAssociations]:
        """Lists the current user's skill env-var/key/tool associations.

        For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.
        """
        from . import list_skill_associations as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_skill_associations(
        self,
        *,
        skill_id: str,
        keys: list[SkillKeyInput] | Unset = UNSET,
        tools: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse: ...

    @overload
    async def set_skill_associations(
        self,
        *,
        body: SetSkillAssociationsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse: ...

    async def set_skill_associations(
        self,
        *,
        skill_id: Any = UNSET,
        keys: Any = UNSET,
        tools: Any = UNSET,
        body: SetSkillAssociationsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SetSkillAssociationsResponse:
        """Sets a skill's env-var/key associations and target tools.

        Associates the skill's declared env vars (from envs.json) with agent keys and selects which
        executors receive those env vars when the skill is selected. Only python and shell are supported;
        both are selected when none are given.
        """
        from . import set_skill_associations as _op

        request = _op.build_request(
            body=_op.build_body(body, skill_id=skill_id, keys=keys, tools=tools)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        file: File,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response: ...

    @overload
    async def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        body: UpdateAdminMcpLogoBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response: ...

    async def update_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        file: Any = UNSET,
        body: UpdateAdminMcpLogoBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UpdateAdminMcpLogo200Response:
        """Update MCP logo

        Updates the logo for a published MCP. Requires the ManageLibrary permission (admins hold it by
        default).
        """
        from . import update_admin_mcp_logo as _op

        request = _op.build_request(mcp_id=mcp_id, body=_op.build_body(body, file=file))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_admin_mcp_logo(
        self,
        mcp_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteUserBuiltinMcp200Response:
        """Remove MCP logo

        Removes the logo from a published MCP. Requires the ManageLibrary permission (admins hold it by
        default).
        """
        from . import remove_admin_mcp_logo as _op

        request = _op.build_request(mcp_id=mcp_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_agent_skill_preference(
        self,
        *,
        skill_ids: list[str],
        enabled: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_agent_skill_preference(
        self,
        *,
        body: SetAgentSkillPreferenceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_agent_skill_preference(
        self,
        *,
        skill_ids: Any = UNSET,
        enabled: Any = UNSET,
        body: SetAgentSkillPreferenceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Enable or disable the given agent skills for the user.

        Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
        skills not listed are left untouched.
        """
        from . import set_agent_skill_preference as _op

        request = _op.build_request(
            body=_op.build_body(body, skill_ids=skill_ids, enabled=enabled)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def star_library_item(
        self,
        item_kind: str,
        item_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> StarLibraryItem200Response:
        """Star a library item (skill or mcp)

        Marks the calling user as having starred this library item. Only users who have already installed
        the item are eligible — calls from non-installed users return 403. Idempotent: re-starring is a no-
        op. Returns the new aggregate star_count.
        """
        from . import star_library_item as _op

        request = _op.build_request(item_kind=item_kind, item_id=item_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unstar_library_item(
        self,
        item_kind: str,
        item_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> StarLibraryItem200Response:
        """Remove the caller's star on a library item

        Idempotent: unstarring an item the caller has not starred is a no-op. Returns the new aggregate
        star_count.
        """
        from . import unstar_library_item as _op

        request = _op.build_request(item_kind=item_kind, item_id=item_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_agent_key(
        self,
        key_id: str,
        *,
        name: str | Unset = UNSET,
        type_: UpdateAgentKeyRequestType | UnknownEnumValue | Unset = UNSET,
        value: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    @overload
    async def update_agent_key(
        self,
        key_id: str,
        *,
        body: UpdateAgentKeyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey: ...

    async def update_agent_key(
        self,
        key_id: str,
        *,
        name: Any = UNSET,
        type_: Any = UNSET,
        value: Any = UNSET,
        description: Any = UNSET,
        body: UpdateAgentKeyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentKey:
        """Updates agent key."""
        from . import update_agent_key as _op

        request = _op.build_request(
            key_id=key_id,
            body=_op.build_body(
                body, name=name, type_=type_, value=value, description=description
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class AgentsWithRawResponse(SyncRawResource):
    """The operations of `Agents`, each returning the whole `Response` (status_code, headers, parsed)."""

    add_builtin_mcp = raw_response(Agents.add_builtin_mcp)
    add_builtin_skill = raw_response(Agents.add_builtin_skill)
    list_custom_agents = raw_response(Agents.list_custom_agents)
    add_custom_agent = raw_response(Agents.add_custom_agent)
    list_custom_agent_tools = raw_response(Agents.list_custom_agent_tools)
    add_custom_agent_tool = raw_response(Agents.add_custom_agent_tool)
    list_skills = raw_response(Agents.list_skills)
    add_skill = raw_response(Agents.add_skill)
    list_agent_keys = raw_response(Agents.list_agent_keys)
    create_agent_key = raw_response(Agents.create_agent_key)
    list_agent_key_tool_associations = raw_response(
        Agents.list_agent_key_tool_associations
    )
    create_agent_key_tool_associations = raw_response(
        Agents.create_agent_key_tool_associations
    )
    list_custom_agent_key_associations = raw_response(
        Agents.list_custom_agent_key_associations
    )
    create_custom_agent_key_association = raw_response(
        Agents.create_custom_agent_key_association
    )
    list_custom_agent_tool_associations = raw_response(
        Agents.list_custom_agent_tool_associations
    )
    create_custom_agent_tool_association = raw_response(
        Agents.create_custom_agent_tool_association
    )
    create_library_skill = raw_response(Agents.create_library_skill)
    create_user_builtin_mcp = raw_response(Agents.create_user_builtin_mcp)
    delete_agent_keys = raw_response(Agents.delete_agent_keys)
    delete_agent_tool_association = raw_response(Agents.delete_agent_tool_association)
    list_agent_tool_preference = raw_response(Agents.list_agent_tool_preference)
    update_agent_tool_preference = raw_response(Agents.update_agent_tool_preference)
    delete_agent_tool_preference = raw_response(Agents.delete_agent_tool_preference)
    delete_custom_agent = raw_response(Agents.delete_custom_agent)
    delete_custom_agent_key_associations = raw_response(
        Agents.delete_custom_agent_key_associations
    )
    delete_custom_agent_tool = raw_response(Agents.delete_custom_agent_tool)
    delete_custom_agent_tool_associations = raw_response(
        Agents.delete_custom_agent_tool_associations
    )
    delete_library_skill = raw_response(Agents.delete_library_skill)
    delete_skills = raw_response(Agents.delete_skills)
    update_user_builtin_mcp = raw_response(Agents.update_user_builtin_mcp)
    delete_user_builtin_mcp = raw_response(Agents.delete_user_builtin_mcp)
    download_builtin_skill_file = raw_response(Agents.download_builtin_skill_file)
    download_custom_agent = raw_response(Agents.download_custom_agent)
    download_custom_agent_tool = raw_response(Agents.download_custom_agent_tool)
    get_agent_suggestions = raw_response(Agents.get_agent_suggestions)
    get_all_agents = raw_response(Agents.get_all_agents)
    get_custom_agent = raw_response(Agents.get_custom_agent)
    update_custom_agent = raw_response(Agents.update_custom_agent)
    get_custom_agent_tool = raw_response(Agents.get_custom_agent_tool)
    update_custom_agent_tool = raw_response(Agents.update_custom_agent_tool)
    get_mcp_sdk_options = raw_response(Agents.get_mcp_sdk_options)
    inspect_mcp_tool = raw_response(Agents.inspect_mcp_tool)
    launch_custom_agent_tool = raw_response(Agents.launch_custom_agent_tool)
    remove_custom_agent_tool_from_codeapi = raw_response(
        Agents.remove_custom_agent_tool_from_codeapi
    )
    list_agent_directory_stats = raw_response(Agents.list_agent_directory_stats)
    list_agent_tools = raw_response(Agents.list_agent_tools)
    list_builtin_mcps = raw_response(Agents.list_builtin_mcps)
    list_builtin_skills = raw_response(Agents.list_builtin_skills)
    list_mcp_tools = raw_response(Agents.list_mcp_tools)
    list_skill_associations = raw_response(Agents.list_skill_associations)
    set_skill_associations = raw_response(Agents.set_skill_associations)
    update_admin_mcp_logo = raw_response(Agents.update_admin_mcp_logo)
    remove_admin_mcp_logo = raw_response(Agents.remove_admin_mcp_logo)
    set_agent_skill_preference = raw_response(Agents.set_agent_skill_preference)
    star_library_item = raw_response(Agents.star_library_item)
    unstar_library_item = raw_response(Agents.unstar_library_item)
    update_agent_key = raw_response(Agents.update_agent_key)


class AsyncAgentsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncAgents`, each returning the whole `Response` (status_code, headers, parsed)."""

    add_builtin_mcp = async_raw_response(AsyncAgents.add_builtin_mcp)
    add_builtin_skill = async_raw_response(AsyncAgents.add_builtin_skill)
    list_custom_agents = async_raw_response(AsyncAgents.list_custom_agents)
    add_custom_agent = async_raw_response(AsyncAgents.add_custom_agent)
    list_custom_agent_tools = async_raw_response(AsyncAgents.list_custom_agent_tools)
    add_custom_agent_tool = async_raw_response(AsyncAgents.add_custom_agent_tool)
    list_skills = async_raw_response(AsyncAgents.list_skills)
    add_skill = async_raw_response(AsyncAgents.add_skill)
    list_agent_keys = async_raw_response(AsyncAgents.list_agent_keys)
    create_agent_key = async_raw_response(AsyncAgents.create_agent_key)
    list_agent_key_tool_associations = async_raw_response(
        AsyncAgents.list_agent_key_tool_associations
    )
    create_agent_key_tool_associations = async_raw_response(
        AsyncAgents.create_agent_key_tool_associations
    )
    list_custom_agent_key_associations = async_raw_response(
        AsyncAgents.list_custom_agent_key_associations
    )
    create_custom_agent_key_association = async_raw_response(
        AsyncAgents.create_custom_agent_key_association
    )
    list_custom_agent_tool_associations = async_raw_response(
        AsyncAgents.list_custom_agent_tool_associations
    )
    create_custom_agent_tool_association = async_raw_response(
        AsyncAgents.create_custom_agent_tool_association
    )
    create_library_skill = async_raw_response(AsyncAgents.create_library_skill)
    create_user_builtin_mcp = async_raw_response(AsyncAgents.create_user_builtin_mcp)
    delete_agent_keys = async_raw_response(AsyncAgents.delete_agent_keys)
    delete_agent_tool_association = async_raw_response(
        AsyncAgents.delete_agent_tool_association
    )
    list_agent_tool_preference = async_raw_response(
        AsyncAgents.list_agent_tool_preference
    )
    update_agent_tool_preference = async_raw_response(
        AsyncAgents.update_agent_tool_preference
    )
    delete_agent_tool_preference = async_raw_response(
        AsyncAgents.delete_agent_tool_preference
    )
    delete_custom_agent = async_raw_response(AsyncAgents.delete_custom_agent)
    delete_custom_agent_key_associations = async_raw_response(
        AsyncAgents.delete_custom_agent_key_associations
    )
    delete_custom_agent_tool = async_raw_response(AsyncAgents.delete_custom_agent_tool)
    delete_custom_agent_tool_associations = async_raw_response(
        AsyncAgents.delete_custom_agent_tool_associations
    )
    delete_library_skill = async_raw_response(AsyncAgents.delete_library_skill)
    delete_skills = async_raw_response(AsyncAgents.delete_skills)
    update_user_builtin_mcp = async_raw_response(AsyncAgents.update_user_builtin_mcp)
    delete_user_builtin_mcp = async_raw_response(AsyncAgents.delete_user_builtin_mcp)
    download_builtin_skill_file = async_raw_response(
        AsyncAgents.download_builtin_skill_file
    )
    download_custom_agent = async_raw_response(AsyncAgents.download_custom_agent)
    download_custom_agent_tool = async_raw_response(
        AsyncAgents.download_custom_agent_tool
    )
    get_agent_suggestions = async_raw_response(AsyncAgents.get_agent_suggestions)
    get_all_agents = async_raw_response(AsyncAgents.get_all_agents)
    get_custom_agent = async_raw_response(AsyncAgents.get_custom_agent)
    update_custom_agent = async_raw_response(AsyncAgents.update_custom_agent)
    get_custom_agent_tool = async_raw_response(AsyncAgents.get_custom_agent_tool)
    update_custom_agent_tool = async_raw_response(AsyncAgents.update_custom_agent_tool)
    get_mcp_sdk_options = async_raw_response(AsyncAgents.get_mcp_sdk_options)
    inspect_mcp_tool = async_raw_response(AsyncAgents.inspect_mcp_tool)
    launch_custom_agent_tool = async_raw_response(AsyncAgents.launch_custom_agent_tool)
    remove_custom_agent_tool_from_codeapi = async_raw_response(
        AsyncAgents.remove_custom_agent_tool_from_codeapi
    )
    list_agent_directory_stats = async_raw_response(
        AsyncAgents.list_agent_directory_stats
    )
    list_agent_tools = async_raw_response(AsyncAgents.list_agent_tools)
    list_builtin_mcps = async_raw_response(AsyncAgents.list_builtin_mcps)
    list_builtin_skills = async_raw_response(AsyncAgents.list_builtin_skills)
    list_mcp_tools = async_raw_response(AsyncAgents.list_mcp_tools)
    list_skill_associations = async_raw_response(AsyncAgents.list_skill_associations)
    set_skill_associations = async_raw_response(AsyncAgents.set_skill_associations)
    update_admin_mcp_logo = async_raw_response(AsyncAgents.update_admin_mcp_logo)
    remove_admin_mcp_logo = async_raw_response(AsyncAgents.remove_admin_mcp_logo)
    set_agent_skill_preference = async_raw_response(
        AsyncAgents.set_agent_skill_preference
    )
    star_library_item = async_raw_response(AsyncAgents.star_library_item)
    unstar_library_item = async_raw_response(AsyncAgents.unstar_library_item)
    update_agent_key = async_raw_response(AsyncAgents.update_agent_key)


__all__ = [
    "AsyncAgents",
    "AsyncAgentsWithRawResponse",
    "Agents",
    "AgentsWithRawResponse",
]
