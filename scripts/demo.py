"""The vendor's REST guide, end to end, with h2ogpte_ext (`nox -s demo`).

Runs against the server named by H2OGPTE_ADDRESS and H2OGPTE_API_KEY, or else against an embedded fake
h2oGPTe on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from h2ogpte_api.api.agents import list_agent_directory_stats, list_agent_tool_preference, list_agent_tools
from h2ogpte_api.api.chat import delete_chat_session, list_agent_server_files, list_all_agent_server_directories_stats
from h2ogpte_api.api.models import list_models
from h2ogpte_api.models import EndpointError

from h2ogpte_ext import H2OGPTE

T = TypeVar("T")

SALES = b"""product,category,revenue,units_sold,month
Widget A,Electronics,12500,250,January
Widget B,Electronics,8300,166,January
Gadget X,Accessories,4200,420,January
Widget A,Electronics,14200,284,February
"""
AGENT_PROMPT = (
    "Analyze the sales data: total revenue and units per product, revenue per category, the best seller. "
    "Save the summary as 'sales_summary.csv' and a month-over-month report as 'monthly_revenue.csv'."
)


def ok(value: T | EndpointError | None) -> T:
    """The success value of a `client.api` call (error statuses have already raised)."""
    assert value is not None and not isinstance(value, EndpointError)
    return value


@contextlib.contextmanager
def connect() -> Iterator[H2OGPTE]:
    """A client of the real server named in the environment, or of an embedded fake one."""
    if os.environ.get("H2OGPTE_ADDRESS") and os.environ.get("H2OGPTE_API_KEY"):
        with H2OGPTE() as client:
            yield client
        return
    from h2ogpte_ext.testing import FakeH2OGPTE

    with FakeH2OGPTE() as fake, H2OGPTE(address=fake.url, api_key=fake.api_key) as client:
        print(f"(no H2OGPTE_ADDRESS set: using an embedded fake h2oGPTe at {fake.url})\n")
        yield client


def main() -> None:
    with connect() as client, tempfile.TemporaryDirectory() as downloads:
        print("health:", client.health())
        models = ok(list_models.sync(client=client.api))
        print("models:", ", ".join(m.id for m in models[:5]))

        with client.temporary_collection(name="h2ogpte-ext demo") as collection:
            ingested = client.upload_and_ingest(collection.id, [("sales_data.csv", SALES)], gen_doc_summaries=False)
            print(f"ingested: {[d.name for d in ingested.documents]} (job {ingested.job.overall_status})")

            run = client.run_agent(AGENT_PROMPT, accuracy="standard", timeout=300, temperature=0.0)
            print(f"\nagent answer ({run.message_id}):\n  {run.text[:300]}")
            print("files:", [f.name for f in run.files], "| usage:", run.usage)

            print("\nstreaming: ", end="")
            streamed = client.run_agent(
                "Write a script that saves fibonacci numbers up to 100 to 'fibonacci.csv'.",
                accuracy="quick",
                on_delta=lambda delta: print(delta.body, end="", flush=True),
            )
            print(f"\n  -> {[f.name for f in streamed.files]}")

            with client.temporary_session() as session:
                with client.stream_completion(session.id, "Tell me a long story about widgets.") as stream:
                    for i, _delta in enumerate(stream):
                        if i == 2:
                            stream.pause()
                            stream.resume()
                            stream.finish()  # ask for a natural ending
                print(f"generation control: paused, resumed and finished after {len(stream.text.split())} words")

            print("\ntrace:", run.trace()[:200].replace("\n", " "), "...")
            files = ok(list_agent_server_files.sync(run.session_id, client=client.api))
            print("agent server files:", [(f.filename, f.bytes_) for f in files])
            dirs = ok(list_all_agent_server_directories_stats.sync(run.session_id, client=client.api, detail_level=1))
            print("directory stats:", [(d.id, d.file_count, d.size_human_readable) for d in dirs])
            everywhere = ok(list_agent_directory_stats.sync(client=client.api, offset=0, limit=10))
            print("sessions with agent files:", len(everywhere))

            paths = client.download_agent_files(run, Path(downloads))
            for path in paths:
                first = path.read_text().splitlines()[0]
                print(f"downloaded {path.name}: {path.stat().st_size} bytes, first line {first!r}")

            tools = ok(list_agent_tools.sync(client=client.api))
            print("\ntools:", [t.name for t in tools][:10])
            print("tool preference:", ok(list_agent_tool_preference.sync(client=client.api)))
            for session_id in {run.session_id, streamed.session_id}:
                delete_chat_session.sync_detailed(session_id, client=client.api)
        print("\nclean-up: sessions and the collection deleted")


if __name__ == "__main__":
    main()
