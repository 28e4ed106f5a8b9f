"""Tag "Agents": agent directory stats across chats, tools and tool preference; the rest of the tag
(custom agents and tools, keys, skills, MCPs, ...) comes from the generic store (`_generic`)."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import Call, operation, page
from h2ogpte_ext.testing.handlers.chat import by_id, directory

TOOLS = (
    ("python", "Run Python code in a sandbox and save files."),
    ("shell", "Run shell commands in the agent's working directory."),
    ("web_search", "Search the web."),
    ("rag", "Search the documents of the chat's collection."),
)


@operation("list_agent_directory_stats")
async def list_agent_directory_stats(call: Call) -> Response:
    entries = [
        {
            "agent_chat_session_id": session.id,
            "chat_preview": next((m["content"][:100] for m in session.messages), ""),
            "stats": [directory(session, 0)],
        }
        for session in (by_id(call.state, i) for i in call.state.sessions)
        if session.agent_files
    ]
    filter_text = call.query("filter_text")
    if filter_text:
        entries = [e for e in entries if filter_text.lower() in str(e["chat_preview"]).lower()]
    return JSONResponse(page(entries, call))


@operation("list_agent_tools")
async def list_agent_tools(call: Call) -> Response:
    keys: dict[str, list[str]] = {"required": [], "optional": [], "internal": []}
    return JSONResponse(
        [
            {
                "name": n,
                "description": d,
                "enabled": True,
                "default": True,
                "extendable": False,
                "api_keys": keys,
            }
            for n, d in TOOLS
        ]
    )


@operation("list_agent_tool_preference")
async def list_agent_tool_preference(call: Call) -> Response:
    return JSONResponse(call.state.tool_preference)


@operation("update_agent_tool_preference")
async def update_agent_tool_preference(call: Call) -> Response:
    call.state.tool_preference = list(call.json()["reference_value"])
    return Response(status_code=204)


@operation("delete_agent_tool_preference")
async def delete_agent_tool_preference(call: Call) -> Response:
    call.state.tool_preference = []
    return Response(status_code=204)
