"""Run by `scripts/compat.py` inside a copy regenerated from another spec: every helper and CLI command against
the fake (serving that spec), each outcome held to its `spec check` verdict. Prints one JSON line last:
{"summary": ..., "lines": [...], "mismatches": [...]}."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Scenario = Callable[[dict[str, Any]], Any]


def main() -> int:
    lines: list[str] = []
    mismatches: list[str] = []
    try:
        from h2ogpte_ext import H2OGPTE, NotInSpecError, _needs
        from h2ogpte_ext.testing import FakeH2OGPTE
    except Exception:  # an import that fails is the first mismatch, and the last
        mismatches.append(f"import failed: {traceback.format_exc(limit=3)}")
        print(json.dumps({"summary": "import failed", "lines": lines, "mismatches": mismatches}))
        return 1

    import h2ogpte_api

    import h2ogpte_ext

    for package in (h2ogpte_api, h2ogpte_ext):  # this copy's, not the checkout's
        if not Path(package.__file__ or "").resolve().is_relative_to(Path.cwd().resolve()):
            mismatches.append(f"{package.__name__} came from {package.__file__}, not from {Path.cwd()}")
    facts = _needs.current()
    verdicts = _needs.report(facts, _needs.declared_options())
    with FakeH2OGPTE() as fake, H2OGPTE(address=fake.url, api_key=fake.api_key, max_retries=0) as client:
        context: dict[str, Any] = {"client": client, "fake": fake, "dir": Path(tempfile.mkdtemp())}
        for verdict in verdicts:
            scenario = SCENARIOS.get(verdict.name)
            if scenario is None:
                mismatches.append(f"{verdict.name}: no scenario here to check its verdict ({verdict.status})")
                continue
            found = check(verdict, scenario, context, NotInSpecError)
            mismatches += [f"{verdict.name}: {problem}" for problem in found]
            detail = f" ({', '.join(verdict.missing)})" if verdict.missing else ""
            lines.append(f"{verdict.status:<11} {verdict.name}{detail}: {'MISMATCH' if found else 'as said'}")
    summary = _needs.summary(facts, verdicts)[0]
    print(json.dumps({"summary": summary, "lines": lines, "mismatches": mismatches}))
    return 0


def check(verdict: Any, scenario: Scenario, context: dict[str, Any], refusal: type[Exception]) -> list[str]:
    """What of the verdict the scenario's outcomes contradict."""
    problems: list[str] = []

    def refused(outcome: BaseException | None, names: list[str]) -> bool:
        # A command names what the helper it ran lacks: a part of its verdict, which covers all it may run.
        if not isinstance(outcome, refusal):
            return False
        missing = list(getattr(outcome, "missing", []))
        return bool(missing) and set(names) <= set(missing) if names else set(missing) <= set(verdict.missing)

    if verdict.status == "unavailable":
        outcome = _attempt(scenario, context, {})
        command = verdict.name.startswith("h2ogpte-ext ")
        if not (refused(outcome, []) if command else refused(outcome, list(verdict.missing))):
            problems.append(f"unavailable ({', '.join(verdict.missing)}), but the call gave {_shown(outcome)}")
        return problems
    # Works or degraded: it runs (given what the spec requires), and refuses what the spec lacks.
    lost = [m.removeprefix("option ") for m in verdict.missing if m.startswith("option ")]
    required = [m.removeprefix("required option ") for m in verdict.missing if m.startswith("required option ")]
    given = dict.fromkeys(required, "compat")
    outcome = _attempt(scenario, context, given)
    if outcome is not None:
        problems.append(f"{verdict.status}, but the call gave {_shown(outcome)}")
    for option in lost:
        outcome = _attempt(scenario, context, {**given, option: OPTION_VALUES.get(option, True)})
        if not refused(outcome, [f"option {option}"]):
            problems.append(f"option {option} is gone, but passing it gave {_shown(outcome)}")
    if required:
        outcome = _attempt(scenario, context, {})
        if not refused(outcome, [f"required option {r}" for r in required]):
            problems.append(f"requires {', '.join(required)}, but leaving it out gave {_shown(outcome)}")
    return problems


def _attempt(scenario: Scenario, context: dict[str, Any], options: dict[str, Any]) -> BaseException | None:
    try:
        scenario({**context, "options": options})
    except Exception as error:
        return error
    return None


def _shown(outcome: BaseException | None) -> str:
    if outcome is None:
        return "success"
    return f"{type(outcome).__name__}: {str(outcome)[:300]}"


OPTION_VALUES: dict[str, Any] = {"encrypt_document": True}
CSV = b"product,revenue\nWidget A,12500\n"


# The scenarios' own setup goes through the generated operations, not the helpers under test, and gives
# what the spec at hand requires: a helper's verdict is about the helper, not about its scenario's setup.


def _collection(c: dict[str, Any]) -> str:
    from h2ogpte_ext import _needs

    extra = _needs.current().required.get("collections.create_collection", frozenset()) - {"name", "description"}
    fields = dict.fromkeys(extra, "compat")
    made = c["client"].collections.create_collection(name="compat", description="compat", **fields)
    return str(made.id)


def _document(c: dict[str, Any]) -> str:
    collection = _collection(c)
    client = c["client"]
    client.document_ingestion.ingest_from_plain_text(
        body="Q3 sales were 42 units.", collection_id=collection, file_name="q3.txt"
    )
    return str(client.collections.list_documents_for_collection(collection)[0].id)


def _session(c: dict[str, Any]) -> str:
    return str(c["client"].chat.create_chat_session().id)


@contextlib.contextmanager
def _stream(c: dict[str, Any]) -> Iterator[Any]:
    with c["client"].stream_completion(_session(c), "Tell me a long story.") as stream:
        next(iter(stream))
        yield stream


def _run(c: dict[str, Any]) -> Any:
    return c["client"].run_agent("Save the totals as 'totals.csv'.", accuracy="quick")


def _cli(c: dict[str, Any], *args: str) -> None:
    """A command, in process; exit 0 is success, else its JSON error is raised as the error it names."""
    from h2ogpte_ext import NotInSpecError
    from h2ogpte_ext._cli import main as cli

    fake = c["fake"]
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            cli([*args, "--json", "--address", fake.url, "--api-key", fake.api_key])
            code = 0
        except SystemExit as exit:
            code = int(exit.code or 0)
    if code == 0:
        return
    reported = json.loads(err.getvalue().strip().splitlines()[-1])["error"]
    if reported["type"] == "NotInSpecError":
        raise NotInSpecError(reported.get("helper", ""), reported["missing"], reported.get("spec", ""))
    raise RuntimeError(f"exit {code}: {reported}")


def _downloaded(c: dict[str, Any]) -> None:
    document = _document(c)
    name = c["client"].documents.get_document(document).name
    c["client"].download_file(document, name, c["dir"] / document, overwrite=True)


def _chat_session(c: dict[str, Any]) -> None:
    with c["client"].chat_session() as conversation:
        conversation.ask("Hello?", **c["options"])


def _agent_stream(c: dict[str, Any]) -> Any:
    with c["client"].stream_agent("Save 'a.csv'.", accuracy="quick") as stream:
        for _ in stream:
            pass
    return stream


SCENARIOS: dict[str, Scenario] = {
    "upload_and_ingest": lambda c: c["client"].upload_and_ingest(_collection(c), [("a.csv", CSV)], **c["options"]),
    "ingest_website": lambda c: c["client"].ingest_website(_collection(c), "https://example.com/q3", **c["options"]),
    "ingest_text": lambda c: c["client"].ingest_text(_collection(c), "Q3.", name="q3.txt", **c["options"]),
    "ingest_from_s3": lambda c: c["client"].ingest_from_s3(_collection(c), ["s3://bucket/q3.pdf"], **c["options"]),
    "ingest_from_gcs": lambda c: c["client"].ingest_from_gcs(_collection(c), ["gs://bucket/q3.pdf"], **c["options"]),
    "ingest_from_azure_blob": lambda c: c["client"].ingest_from_azure_blob(
        _collection(c), "container", ["q3.pdf"], account_name="account", **c["options"]
    ),
    "ask": lambda c: c["client"].ask("What were Q3's sales?", **c["options"]),
    "chat_session": _chat_session,
    "Conversation.delete": lambda c: c["client"].chat_session(keep=True).__enter__().delete(),
    "stream_completion": lambda c: list(c["client"].stream_completion(_session(c), "Hi", **c["options"])),
    "Answer.references": lambda c: c["client"].ask("Q3?").references(),
    "Answer.usage": lambda c: c["client"].ask("Q3?").usage(),
    "CompletionStream.pause": lambda c: _with_stream(c, "pause"),
    "CompletionStream.resume": lambda c: _with_stream(c, "resume"),
    "CompletionStream.stop": lambda c: _with_stream(c, "stop"),
    "CompletionStream.finish": lambda c: _with_stream(c, "finish"),
    "AgentRun.trace": lambda c: _run(c).trace(),
    "AgentRun.references": lambda c: _run(c).references(),
    "run_agent": _run,
    "stream_agent": _agent_stream,
    "AgentStream.result": lambda c: _agent_stream(c).result(),
    "download_agent_files": lambda c: c["client"].download_agent_files(_run(c), c["dir"] / "agent", overwrite=True),
    "download_file": _downloaded,
    "download_document": lambda c: c["client"].download_document(_document(c), c["dir"] / "docs/", overwrite=True),
    "get_document_content": lambda c: c["client"].get_document_content(_document(c)),
    "answer_question": lambda c: c["client"].answer_question("Sales?", "Q3 sales were 42.", **c["options"]),
    "summarize_content": lambda c: c["client"].summarize_content("Q3 sales were 42.", **c["options"]),
    "extract_data": lambda c: c["client"].extract_data("Q3 sales were 42.", **c["options"]),
    "process_document": lambda c: c["client"].process_document(_document(c), **c["options"]),
    "delete_collections": lambda c: c["client"].delete_collections([_collection(c)]),
    "delete_documents": lambda c: c["client"].delete_documents([_document(c)]),
    "delete_chat_sessions": lambda c: c["client"].delete_chat_sessions([_session(c)]),
    "wait_for_job": lambda c: c["client"].wait_for_job(_delete_job(c)),
    "run_job": lambda c: c["client"].run_job(
        c["client"].documents.create_process_document_job, document_id=_document(c)
    ),
    "temporary_collection": lambda c: c["client"].temporary_collection(**c["options"]).__enter__(),
    "temporary_session": lambda c: c["client"].temporary_session().__enter__(),
    "health": lambda c: c["client"].health(),
    "meta": lambda c: c["client"].meta(),
    "h2ogpte-ext whoami": lambda c: _cli(c, "whoami"),
    "h2ogpte-ext health": lambda c: _cli(c, "health"),
    "h2ogpte-ext ingest": lambda c: _cli(c, "ingest", _collection(c), str(_file(c))),
    "h2ogpte-ext ask": lambda c: _cli(c, "ask", "What were Q3's sales?"),
    "h2ogpte-ext jobs wait": lambda c: _cli(c, "jobs", "wait", str(_delete_job(c).id)),
    "h2ogpte-ext collections list": lambda c: _cli(c, "collections", "list"),
    "h2ogpte-ext collections create": lambda c: _cli(c, "collections", "create", "compat"),
    "h2ogpte-ext collections delete": lambda c: _cli(c, "collections", "delete", _collection(c)),
    "h2ogpte-ext agent": lambda c: _cli(c, "agent", "Save the totals as 'totals.csv'.", "--accuracy", "quick"),
    "h2ogpte-ext download": lambda c: _cli(c, "download", _run(c).message_id, str(c["dir"] / "cli")),
}


def _with_stream(c: dict[str, Any], control: str) -> None:
    with _stream(c) as stream:
        getattr(stream, control)()


def _summarised(c: dict[str, Any]) -> Any:
    return c["client"].run_job(c["client"].documents.create_process_document_job, document_id=_document(c))


def _delete_job(c: dict[str, Any]) -> Any:
    return c["client"].collections.create_delete_collection_job(collection_ids=[_collection(c)])


def _file(c: dict[str, Any]) -> Path:
    path: Path = c["dir"] / "sales.csv"
    path.write_bytes(CSV)
    return path


if __name__ == "__main__":
    sys.exit(main())
