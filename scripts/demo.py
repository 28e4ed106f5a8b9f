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

from h2ogpte_ext import H2OGPTE, NotInSpecError

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
        models = client.models.list_models()
        print("models:", ", ".join(m.id for m in models[:5]))

        with client.temporary_collection(name="h2ogpte-ext demo") as collection:
            ingested = client.upload_and_ingest(collection.id, [("sales_data.csv", SALES)], gen_doc_summaries=False)
            print(f"ingested: {[d.name for d in ingested.documents]} (job {ingested.job.overall_status})")

            run = client.run_agent(AGENT_PROMPT, accuracy="standard", budget=300, temperature=0.0)
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
                try:
                    with client.stream_completion(session.id, "Tell me a long story about widgets.") as stream:
                        for i, _delta in enumerate(stream):
                            if i == 2:
                                stream.pause()  # NotInSpecError, before anything is sent, where the spec lacks it
                                stream.resume()
                                stream.finish()  # ask for a natural ending
                    print(f"generation control: paused, resumed and finished after {len(stream.text.split())} words")
                except NotInSpecError as error:
                    print(f"generation control: skipped, as {error.spec} lacks {', '.join(error.missing)}")

            print("\ntrace:", run.trace()[:200].replace("\n", " "), "...")
            files = client.chat.list_agent_server_files(run.session_id)
            print("agent server files:", [(f.filename, f.bytes_) for f in files])
            dirs = client.chat.list_all_agent_server_directories_stats(run.session_id, detail_level=1)
            print("directory stats:", [(d.id, d.file_count, d.size_human_readable) for d in dirs])
            everywhere = list(client.agents.iter_agent_directory_stats())
            print("sessions with agent files:", len(everywhere))

            paths = client.download_agent_files(run, Path(downloads))
            for path in paths:
                first = path.read_text().splitlines()[0]
                print(f"downloaded {path.name}: {path.stat().st_size} bytes, first line {first!r}")

            tools = client.agents.list_agent_tools()
            print("\ntools:", [t.name for t in tools][:10])
            print("tool preference:", client.agents.list_agent_tool_preference())
            client.delete_chat_sessions([run.session_id, streamed.session_id])
        print("\nclean-up: sessions and the collection deleted")


if __name__ == "__main__":
    main()
