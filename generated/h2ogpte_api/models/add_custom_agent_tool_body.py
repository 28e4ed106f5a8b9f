from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AddCustomAgentToolBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool_type",
        "tool_args",
        "file",
        "custom_tool_path",
        "filename",
        "generate_system_prompt",
        "system_prompt_generation_timeout",
    )
)


@_attrs_define
class AddCustomAgentToolBody:
    """
    Attributes:
        tool_type (str): The type of custom tool being added: - local_mcp: Model Context Protocol server running locally
            - remote_mcp: Model Context Protocol server running remotely - browser_action: Custom browser automation actions
            - general_code: General purpose code execution tools
        tool_args (str): JSON string containing tool-specific arguments. The structure varies by tool_type:  For
            remote_mcp: {   "mcp_config_json": "JSON string with MCP server configuration",   "enable_by_default":
            true/false (optional, defaults to true) }  For local_mcp, browser_action, and general_code: {   "tool_name":
            "string (optional, defaults to filename without extension)",   "description": "string (optional, tool
            description)",   "enable_by_default": true/false (optional, defaults to true),   "should_unzip": true/false
            (optional, for general_code .zip files only),   "tool_usage_mode": ["runner", "creator"] (optional list of
            strings),   "system_prompt": "string (automatically added when generate_system_prompt=true)" }
        file (File | Unset): The tool file to upload. Requirements vary by tool_type: - local_mcp: .zip file containing
            MCP server code - remote_mcp: Optional configuration file — any extension accepted (common: .json, .yml, .yaml,
            .py, .zip, .toml, .ini, .conf, .config, .env, .txt) - browser_action: .py file (must start with 'browser_') or
            .zip containing browser action scripts - general_code: .py or .zip file with custom code
        custom_tool_path (str | Unset):
        filename (str | Unset): Optional filename to use when storing the uploaded file
        generate_system_prompt (bool | Unset): If true and tool_type is "general_code", generates a system prompt for
            the tool using LLM analysis. The generated system prompt will be automatically added to
            tool_args["system_prompt"] after generation completes. Only valid for general_code tool type.  WARNING: This is
            a long-running synchronous operation. The server holds the HTTP connection open while the LLM analyzes the
            uploaded code. Ensure your HTTP client timeout and any intermediate proxies (nginx, ALB, Cloudflare, etc.) are
            configured with sufficient timeout. Default proxy timeouts of 60-120s will cause 504 Gateway Timeout errors. See
            `system_prompt_generation_timeout` to constrain the wait budget on the server side.
        system_prompt_generation_timeout (float | Unset): Optional wait budget in seconds for synchronous system prompt
            generation (only used when generate_system_prompt is true). Set this below your proxy/ingress read timeout so
            the API returns a 408 instead of letting the proxy emit a 504. If omitted, defaults to the server-side cap of
            600 seconds (10 minutes).
    """

    tool_type: str
    tool_args: str
    file: File | Unset = UNSET
    custom_tool_path: str | Unset = UNSET
    filename: str | Unset = UNSET
    generate_system_prompt: bool | Unset = UNSET
    system_prompt_generation_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool_type = self.tool_type

        tool_args = self.tool_args

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        custom_tool_path = self.custom_tool_path

        filename = self.filename

        generate_system_prompt = self.generate_system_prompt

        system_prompt_generation_timeout = self.system_prompt_generation_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_type": tool_type,
                "tool_args": tool_args,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if custom_tool_path is not UNSET:
            field_dict["custom_tool_path"] = custom_tool_path
        if filename is not UNSET:
            field_dict["filename"] = filename
        if generate_system_prompt is not UNSET:
            field_dict["generate_system_prompt"] = generate_system_prompt
        if system_prompt_generation_timeout is not UNSET:
            field_dict["system_prompt_generation_timeout"] = (
                system_prompt_generation_timeout
            )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("tool_type", (None, str(self.tool_type).encode(), "text/plain")))

        files.append(("tool_args", (None, str(self.tool_args).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.custom_tool_path, Unset):
            files.append(
                (
                    "custom_tool_path",
                    (None, str(self.custom_tool_path).encode(), "text/plain"),
                )
            )

        if not isinstance(self.filename, Unset):
            files.append(
                ("filename", (None, str(self.filename).encode(), "text/plain"))
            )

        if not isinstance(self.generate_system_prompt, Unset):
            files.append(
                (
                    "generate_system_prompt",
                    (None, str(self.generate_system_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.system_prompt_generation_timeout, Unset):
            files.append(
                (
                    "system_prompt_generation_timeout",
                    (
                        None,
                        str(self.system_prompt_generation_timeout).encode(),
                        "text/plain",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "AddCustomAgentToolBody", "object")
        tool_type = src_dict["tool_type"]

        tool_args = src_dict["tool_args"]

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                tool_type,
                tool_args,
            )

        _src_get = src_dict.get
        _file = _src_get("file", UNSET)
        file: File | Unset
        if _file is UNSET:
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        custom_tool_path = _src_get("custom_tool_path", UNSET)

        filename = _src_get("filename", UNSET)

        generate_system_prompt = _src_get("generate_system_prompt", UNSET)

        system_prompt_generation_timeout = _src_get(
            "system_prompt_generation_timeout", UNSET
        )

        add_custom_agent_tool_body = cls(
            tool_type,
            tool_args,
            file,
            custom_tool_path,
            filename,
            generate_system_prompt,
            system_prompt_generation_timeout,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            add_custom_agent_tool_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return add_custom_agent_tool_body

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
