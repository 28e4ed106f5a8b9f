# mypy: enable-error-code="deprecated"
"""The spec's deprecated operations, as a type checker sees them (`@deprecated`): each call below is reported
(`deprecated`), so its ignore is used; a call to any other operation is not. Checked by mypy --strict, never run."""

from __future__ import annotations

from h2ogpte_api.api.chat import delete_agent_server_directories

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE


def sync_calls(client: H2OGPTE) -> None:
    client.chat.delete_agent_server_directories(["s1"])  # type: ignore[deprecated]
    client.llm_registry.update_runtime_model("m1")  # type: ignore[deprecated]
    delete_agent_server_directories.sync(["s1"], client=client.api)  # type: ignore[deprecated]
    client.chat.delete_chat_session("s1")  # not deprecated: no error, so no ignore


async def async_calls(client: AsyncH2OGPTE) -> None:
    await client.chat.delete_agent_server_directories(["s1"])  # type: ignore[deprecated]
    await client.llm_registry.update_runtime_model("m1")  # type: ignore[deprecated]
