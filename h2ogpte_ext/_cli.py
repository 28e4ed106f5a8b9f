"""The `h2ogpte-ext` command: health, ingest, ask, jobs, collections, agent, download, api, fake-server and spec
tools.

Exit codes: 0 ok, 1 failure (one readable line; `--debug` for the traceback), 2 usage, 130 Ctrl-C (one
line, after the command's clean-up). The global options (`--json`, `--address`, `--api-key`, `--debug`) go
before or after the subcommand; with `--json` an error is one JSON object on stderr too.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from h2ogpte_ext._errors import APIStatusError, H2OGPTEError
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from h2ogpte_ext._sync.client import H2OGPTE

F = TypeVar("F", bound=Callable[..., Any])

INSTALL_TESTING = "the fake server needs the testing extra: pip install 'h2ogpte-ext[testing]'"


class Settings:
    """The global options, wherever on the command line they were given."""

    def __init__(self, address: str | None, api_key: str | None, as_json: bool, debug: bool) -> None:
        self.address, self.api_key, self.as_json, self.debug = address, api_key, as_json, debug

    def client(self) -> H2OGPTE:
        from h2ogpte_ext._sync.client import H2OGPTE

        return H2OGPTE(address=self.address, api_key=self.api_key)

    def emit(self, data: Any, text: str) -> None:
        click.echo(json.dumps(data, indent=2, default=str) if self.as_json else text)

    def progress(self, wanted: bool | None = None) -> bool:
        """Progress bars only on a terminal, never with --json (they would mix with machine output)."""
        return wanted is not False and not self.as_json and sys.stderr.isatty()


def _error_json(message: str, exc: BaseException, exit_code: int = 1) -> str:
    error: dict[str, Any] = {"type": type(exc).__name__, "message": message}
    if isinstance(exc, APIStatusError):
        error |= {"status_code": exc.status_code, "request_id": exc.request_id}
    from h2ogpte_ext._jobs import JobError  # loaded by then: only a client call raises it

    if isinstance(exc, JobError):
        error |= {"job_id": exc.job.id, "status": exc.job.overall_status, "errors": exc.errors}
    return json.dumps({"error": error, "exit_code": exit_code})


def _cli_words(message: str, ctx: click.Context | None) -> str:
    """Name the command's flags, not the Python arguments behind them (`overwrite=True` -> `--overwrite`)."""
    command = ctx.command if ctx is not None else None
    for param in getattr(command, "params", []):
        if isinstance(param, click.Option) and param.name:
            option = max(param.opts, key=len)
            message = re.sub(rf"\b{param.name}=True\b", option, message)
            message = re.sub(rf"\b{param.name}=", f"{option} ", message)
    return message


def _fail(settings: Settings, exc: BaseException) -> NoReturn:
    if settings.debug:
        traceback.print_exception(exc)
    message = _cli_words(str(exc) or type(exc).__name__, click.get_current_context(silent=True))
    if settings.as_json:
        click.echo(_error_json(message, exc), err=True)
    else:
        click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _guarded(command: Callable[..., None]) -> Callable[..., None]:
    """Run a command; any error becomes one line on stderr and exit code 1 (`--debug` adds the traceback)."""

    def run(settings: Settings, *args: Any, **kwargs: Any) -> None:
        try:
            command(settings, *args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            _fail(settings, exc)

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run


def _setter(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value not in (None, False):
            setattr(ctx.ensure_object(Settings), attribute, value)

    return store


def _global_options(*, client: bool = True) -> Callable[[F], F]:
    """The global options, accepted after the subcommand as well (`h2ogpte-ext health --json`)."""

    def decorate(command: F) -> F:
        options = [
            click.option(
                "--json",
                "as_json",
                is_flag=True,
                expose_value=False,
                callback=_setter("as_json"),
                help="Machine-readable output (errors too).",
            ),
            click.option(
                "--debug", is_flag=True, expose_value=False, callback=_setter("debug"), help="Show tracebacks."
            ),
        ]
        if client:
            options += [
                click.option("--address", expose_value=False, callback=_setter("address"), help="Server address."),
                click.option(
                    "--api-key", expose_value=False, callback=_setter("api_key"), help="API key; never printed."
                ),
            ]
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


class Interrupted(BaseException):
    """Ctrl-C during a command, after the command's own clean-up ran: exit 130 with one line.

    click would turn the KeyboardInterrupt into `Abort` ("Aborted!", exit 1, after an empty line)."""


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--address", envvar="H2OGPTE_ADDRESS", help="Server address (or H2OGPTE_ADDRESS).")
@click.option("--api-key", envvar="H2OGPTE_API_KEY", help="API key (or H2OGPTE_API_KEY); never printed.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (errors too).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="h2ogpte-ext", message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context, address: str | None, api_key: str | None, as_json: bool, debug: bool) -> None:
    """h2oGPTe from the command line."""
    ctx.obj = Settings(address, api_key, as_json, debug)


@cli.command()
@_global_options()
@click.pass_obj
@_guarded
def health(settings: Settings) -> None:
    """Readiness and liveness of the server; exit 1 unless both are 200."""
    with settings.client() as client:
        result = client.health()
    settings.emit({"readiness": result.readiness, "liveness": result.liveness, "ok": result.ok}, str(result))
    if not result.ok:
        sys.exit(1)


@cli.command()
@click.argument("collection")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--url", help="Ingest this web page instead of files.")
@click.option("--follow-links", is_flag=True, help="With --url: also ingest the pages it links to.")
@click.option("--max-depth", type=click.IntRange(min=0), help="With --follow-links: how many links deep.")
@click.option("--max-documents", type=click.IntRange(min=1), help="With --url: at most this many pages.")
@click.option("--pattern", default="*", show_default=True, help="Files to take from directories.")
@click.option("--concurrency", type=click.IntRange(min=1), help="Files uploaded at once (default 16).")
@click.option("--wait/--no-wait", default=True, show_default=True, help="Wait for the ingest job to end.")
@click.option(
    "--deadline", type=click.FloatRange(min=0), default=600.0, show_default=True, help="Seconds to wait for the job."
)
@click.option("--timeout", type=click.FloatRange(min=0), hidden=True, help="The former name of --deadline.")
@click.option("--progress/--no-progress", default=None, help="A progress bar on a terminal (default), or none.")
@_global_options()
@click.pass_obj
@_guarded
def ingest(
    settings: Settings,
    collection: str,
    paths: tuple[Path, ...],
    url: str | None,
    follow_links: bool,
    max_depth: int | None,
    max_documents: int | None,
    pattern: str,
    concurrency: int | None,
    wait: bool,
    deadline: float,
    timeout: float | None,
    progress: bool | None,
) -> None:
    """Upload files and directories (PATHS) to COLLECTION and ingest them, or ingest a web page with --url.

    Prints the job and the documents it added.
    """
    from h2ogpte_api.types import UNSET

    from h2ogpte_ext._ingest import DEFAULT_UPLOAD_CONCURRENCY

    deadline = timeout if timeout is not None else deadline
    if url is None:
        _only_with(
            "--url", {"--follow-links": follow_links, "--max-depth": max_depth, "--max-documents": max_documents}
        )
        if not paths:
            raise click.UsageError("give the files to ingest (PATHS), or --url URL")
    else:
        if paths:
            raise click.UsageError("give files (PATHS) or --url, not both")
        _only_with("files (PATHS)", {"--concurrency": concurrency, "--no-wait": not wait})
        if max_depth is not None and not follow_links:
            raise click.UsageError("--max-depth needs --follow-links")
    with settings.client() as client:
        if url is not None:
            client.collections.get_collection(collection)  # a missing collection named as such, before any job
            result = client.ingest_website(
                collection,
                url,
                follow_links=follow_links,
                max_depth=UNSET if max_depth is None else max_depth,
                max_documents=UNSET if max_documents is None else max_documents,
                deadline=deadline,
            )
        else:
            result = client.upload_and_ingest(
                collection,
                list(paths),
                pattern=pattern,
                wait=wait,
                deadline=deadline,
                progress=settings.progress(progress),
                concurrency=DEFAULT_UPLOAD_CONCURRENCY if concurrency is None else concurrency,
            )
    names = [d.name for d in result.documents]
    settings.emit(
        {"job": result.job.to_dict(), "documents": [d.to_dict() for d in result.documents]},
        f"job {result.job.id}: {result.job.overall_status}; {len(names)} document(s): {', '.join(names)}",
    )


def _only_with(needed: str, given: dict[str, Any]) -> None:
    """Refuse flags that mean nothing without another (`--max-depth` without `--url`)."""
    stray = [flag for flag, value in given.items() if value not in (None, False)]
    if stray:
        raise click.UsageError(f"{', '.join(stray)} only go{'es' if len(stray) == 1 else ''} with {needed}")


@cli.command()
@click.argument("prompt")
@click.option("--collection", help="Collection for RAG.")
@click.option("--session", help="An existing chat session.")
@click.option("--accuracy", type=click.Choice(["quick", "basic", "standard", "maximum"]), default="standard")
@click.option("--timeout", default=3600.0, show_default=True, help="The agent's total time budget (seconds).")
@click.option("--stream", is_flag=True, help="Print the answer as it is written.")
@click.option("--download", type=click.Path(path_type=Path), help="Download the agent's files into this folder.")
@_global_options()
@click.pass_obj
@_guarded
def agent(
    settings: Settings,
    prompt: str,
    collection: str | None,
    session: str | None,
    accuracy: Any,
    timeout: float,
    stream: bool,
    download: Path | None,
) -> None:
    """Run the agent on PROMPT; print its answer and files."""
    with settings.client() as client:
        run = client.run_agent(
            prompt,
            session_id=session,
            collection_id=collection,
            accuracy=accuracy,
            budget=timeout,
            stream=stream,
            on_delta=(lambda d: click.echo(d.body, nl=False)) if stream and not settings.as_json else None,
        )
        paths = client.download_agent_files(run, download, progress=settings.progress()) if download else []
    if stream and not settings.as_json:
        click.echo()
    settings.emit(
        {
            "message_id": run.message_id,
            "session_id": run.session_id,
            "text": run.text,
            "files": [{"doc_id": f.doc_id, "name": f.name} for f in run.files],
            "usage": run.usage,
            "downloaded": [str(p) for p in paths],
        },
        ("" if stream else run.text + "\n")
        + f"message {run.message_id}; files: {', '.join(f.name for f in run.files) or 'none'}"
        + "".join(f"\ndownloaded {p}" for p in paths),
    )


@cli.command()
@click.argument("question")
@click.option("--collection", help="Answer from this collection's documents (RAG).")
@click.option("--session", help="Ask in this chat session (it keeps the earlier questions).")
@click.option("--llm", help="The model to answer with (default: the server's choice).")
@click.option("--stream", is_flag=True, help="Print the answer as it is written.")
@_global_options()
@click.pass_obj
@_guarded
def ask(
    settings: Settings, question: str, collection: str | None, session: str | None, llm: str | None, stream: bool
) -> None:
    """Ask QUESTION and print the answer, then the documents it cites.

    A new chat session is made (its id is printed on stderr, to ask a follow-up with --session) unless
    --session is given.
    """
    if collection is not None and session is not None:
        raise click.UsageError("give --collection or --session, not both: a session already has its collection")
    printing = stream and not settings.as_json
    options: dict[str, Any] = {
        "stream": stream,
        "on_delta": (lambda d: click.echo(d.body, nl=False)) if printing else None,
    }
    if llm is not None:
        options["llm"] = llm
    with settings.client() as client:
        if session is not None:
            answer = client.ask(question, session_id=session, **options)
        else:
            with client.chat_session(collection_id=collection, keep=True) as conversation:
                try:
                    answer = conversation.ask(question, **options)
                except BaseException:
                    with suppress(Exception):  # a new session without its answer is of no use: not left behind
                        conversation.delete()
                    raise
        references = answer.references()
    cited = [{"document_name": r.document_name, "pages": r.pages, "score": r.score} for r in references]
    sources = "".join(
        f"\n[{n}] {r.document_name}, pages {r.pages} (score {r.score:.2f})" for n, r in enumerate(references, 1)
    )
    if printing:  # the answer is already out: end its line, then the sources
        click.echo()
        if sources:
            click.echo(sources)
    else:
        settings.emit(
            {
                "text": answer.text,
                "message_id": answer.message_id,
                "session_id": answer.session_id,
                "references": cited,
            },
            answer.text + ("\n" + sources if sources else ""),
        )
    if session is None and not settings.as_json:
        click.echo(f"session {answer.session_id} kept: ask a follow-up with --session {answer.session_id}", err=True)


@cli.group()
@_global_options()
def jobs() -> None:
    """The server's jobs (ingest, delete, process, ...)."""


@jobs.command("wait")
@click.argument("job_id")
@click.option(
    "--deadline", type=click.FloatRange(min=0), help="Give up after this many seconds (default: as long as it runs)."
)
@click.option("--cancel-on-interrupt", is_flag=True, help="Ctrl-C also cancels the job on the server.")
@_global_options()
@click.pass_obj
@_guarded
def jobs_wait(settings: Settings, job_id: str, deadline: float | None, cancel_on_interrupt: bool) -> None:
    """Wait for JOB_ID to end and print its final status; exit 1 with the server's errors if it failed or was
    canceled (or is still running at --deadline)."""
    try:
        with settings.client() as client:
            job = client.wait_for_job(
                job_id, deadline=deadline, progress=settings.progress(), cancel_on_interrupt=cancel_on_interrupt
            )
    except KeyboardInterrupt as exc:
        if cancel_on_interrupt:
            message = f"interrupted: asked the server to cancel job {job_id}"
        else:
            message = f"interrupted: job {job_id} goes on on the server (--cancel-on-interrupt cancels it)"
        click.echo(_error_json(message, exc, 130) if settings.as_json else message, err=True)
        sys.exit(130)
    settings.emit(job.to_dict(), f"job {job.id} ({job.kind}): {job.overall_status}")


@cli.group()
@_global_options()
def collections() -> None:
    """List, create and delete collections."""


@collections.command("list")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (default: all).")
@_global_options()
@click.pass_obj
@_guarded
def collections_list(settings: Settings, limit: int | None) -> None:
    """The collections, most recently updated first: id, documents, name."""
    from itertools import islice

    with settings.client() as client:
        found = list(islice(client.collections.iter_collections(page_size=min(limit or 100, 100)), limit))
    settings.emit(
        [c.to_dict() for c in found],
        "\n".join(f"{c.id}  {c.document_count:>5} doc(s)  {c.name}" for c in found) or "no collections",
    )


@collections.command("create")
@click.argument("name")
@click.option("--description", default="", help="What the collection holds.")
@_global_options()
@click.pass_obj
@_guarded
def collections_create(settings: Settings, name: str, description: str) -> None:
    """Create a collection NAME; print its id.

    With --json, the whole collection.
    """
    with settings.client() as client:
        created = client.collections.create_collection(name=name, description=description)
    settings.emit(created.to_dict(), created.id)


@collections.command("delete")
@click.argument("collection_id")
@_global_options()
@click.pass_obj
@_guarded
def collections_delete(settings: Settings, collection_id: str) -> None:
    """Delete a collection and its documents.

    Exit 1 if there is no collection COLLECTION_ID.
    """
    from h2ogpte_ext._errors import NotFoundError

    with settings.client() as client:
        try:
            client.collections.delete_collection(collection_id)
        except NotFoundError as exc:
            raise NotFoundError(
                f"no collection {collection_id!r} (HTTP 404): nothing was deleted",
                response=exc.response,
                body=exc.body,
            ) from exc
    settings.emit({"deleted": collection_id}, f"deleted collection {collection_id}")


@cli.command()
@click.argument("message_id")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace files that exist.")
@_global_options()
@click.pass_obj
@_guarded
def download(settings: Settings, message_id: str, directory: Path, overwrite: bool) -> None:
    """Download the files an agent wrote for MESSAGE_ID into DIRECTORY."""
    with settings.client() as client:
        paths = client.download_agent_files(message_id, directory, overwrite=overwrite, progress=settings.progress())
    settings.emit([str(p) for p in paths], "\n".join(f"downloaded {p}" for p in paths) or "no files")


def _pairs(args: list[str]) -> dict[str, list[str | None]]:
    """`--name value` / `--name=value` pairs (repeatable); a flag with no value is None (only a boolean
    parameter may go without one: `_operations.arguments` decides)."""
    given: dict[str, list[str | None]] = {}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if not word.startswith("--") or word == "--":
            raise click.UsageError(f"unexpected argument {word!r}: parameters are given as --name VALUE")
        name, sep, value = word.partition("=")
        if sep:
            given.setdefault(name, []).append(value)
        elif rest and not rest[0].startswith("--"):
            given.setdefault(name, []).append(rest.pop(0))
        else:
            given.setdefault(name, []).append(None)
    return given


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("operation_id", required=False)
@click.option("--list", "list_all", is_flag=True, help="List the operations.")
@click.option("--body", metavar="JSON|@FILE|-", help="The request body: JSON text, @file or - for stdin.")
@click.option("--form", multiple=True, metavar="NAME=VALUE|NAME=@FILE", help="A multipart field (repeatable).")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write the response body to this file.")
@_global_options()
@click.pass_context
def api(
    ctx: click.Context,
    operation_id: str | None,
    list_all: bool,
    body: str | None,
    form: tuple[str, ...],
    output: Path | None,
) -> None:
    """Call any operation of the spec: `api OPERATION_ID [--param VALUE ...] [--body JSON|@file]`.

    Parameters are the operation's own, as flags (`--collection-id abc --limit 5`); lists are comma-separated
    or repeated. Prints the server's JSON answer (nothing for 204). `api --list` lists the operations.
    """
    settings: Settings = ctx.obj
    if list_all:
        _guarded(_list_operations)(settings)
        return
    if operation_id is None:
        raise click.UsageError("give an OPERATION_ID, or --list")
    given = _pairs(ctx.args)
    fields: dict[str, str] = {}
    for item in form:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--form")
        fields[name] = value
    from h2ogpte_ext import _operations

    try:
        function = _operations.find(operation_id)
        kwargs = _operations.arguments(function, given, body, fields)
    except _operations.UsageError as exc:
        raise click.UsageError(str(exc), ctx) from None
    _guarded(_call)(settings, function, kwargs, output)


def _list_operations(settings: Settings) -> None:
    from h2ogpte_ext._operations import list_operations, python_name

    found = list_operations()
    settings.emit(
        [
            {
                "operation_id": o.operation_id,
                "tag": python_name(o.tag),
                "method": o.method,
                "path": o.path,
                "summary": o.summary,
            }
            for o in found
        ],
        "\n".join(f"{o.operation_id:<48} {o.method:<6} {o.path}" for o in found),
    )


def _call(settings: Settings, function: Callable[..., Any], kwargs: dict[str, Any], output: Path | None) -> None:
    with settings.client() as client:
        response = function(client=client.api, **kwargs)
    content, kind = response.content, response.headers.get("content-type", "")
    if output is not None:
        _write_atomically(output, content)
        settings.emit({"path": str(output), "bytes": len(content)}, f"wrote {output} ({len(content)} bytes)")
    elif not content:
        pass  # 204, or any empty answer: nothing to print
    elif "json" in kind:
        try:
            click.echo(json.dumps(json.loads(content), indent=2, ensure_ascii=False))
        except ValueError:
            click.echo(content.decode("utf-8", "replace"))
    elif kind.startswith("text/") and "csv" not in kind:
        click.echo(content.decode("utf-8", "replace"), nl=not content.endswith(b"\n"))
    elif sys.stdout.isatty():
        raise H2OGPTEError(
            f"the answer is binary ({kind or 'no content type'}, {len(content)} bytes): use --output FILE"
        )
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()


def _write_atomically(path: Path, content: bytes) -> None:
    """Write beside the target, then rename: an interrupted write never leaves a partial file."""
    import os
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise H2OGPTEError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command("fake-server")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=0, show_default=True, help="0 picks a free port.")
@click.option("--api-key", "key", default="sk-fake-h2ogpte", show_default=True, help="The key the fake accepts.")
@click.option("--variety", type=int, metavar="SEED", help="Vary optional and null values (the same for a seed).")
@click.option("--strict", is_flag=True, help="Reject anything outside the spec, even where the server accepts it.")
@_global_options(client=False)
@click.pass_obj
@_guarded
def fake_server(settings: Settings, host: str, port: int, key: str, variety: int | None, strict: bool) -> None:
    """Run the offline fake h2oGPTe (same as `python -m h2ogpte_ext.testing`); prints `listening on URL`."""
    try:
        from h2ogpte_ext.testing._server import cannot_listen, serve_forever
    except ImportError as exc:
        raise H2OGPTEError(f"{INSTALL_TESTING} ({exc})") from None
    try:
        serve_forever(host, port, key, variety=variety, strict=strict)
    except OSError as exc:
        raise H2OGPTEError(cannot_listen(host, port, exc)) from None


@cli.group()
@_global_options(client=False)
def spec() -> None:
    """Fetch a server's OpenAPI document, or compare two."""


@spec.command("fetch")
@click.argument("url")
@click.option("--api-key-env", metavar="VAR", help="Environment variable holding a key for the download.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("api-spec.yaml"), show_default=True)
@_global_options(client=False)
@click.pass_obj
@_guarded
def spec_fetch(settings: Settings, url: str, api_key_env: str | None, out: Path) -> None:
    """Download URL/api-spec.yaml, check it, and replace --out only if it is valid."""
    import os

    from h2ogpte_ext._spec import fetch

    key = os.environ.get(api_key_env) if api_key_env else None
    if api_key_env and not key:
        raise H2OGPTEError(f"{api_key_env} is not set")
    count = fetch(url, out, api_key=key)
    settings.emit({"path": str(out), "operations": count}, f"wrote {out} ({count} operations)")


@spec.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--fail-on-breaking", is_flag=True, help="Exit 1 when a change breaks clients.")
@_global_options(client=False)
@click.pass_obj
@_guarded
def spec_diff(settings: Settings, old: Path, new: Path, fail_on_breaking: bool) -> None:
    """What changed from OLD to NEW, each change marked breaking for a client or not."""
    from h2ogpte_ext._spec import diff, load_file

    result = diff(load_file(old), load_file(new))
    settings.emit(result.to_json(), result.report())
    if fail_on_breaking and result.breaking:
        sys.exit(1)


def _wants_json(args: list[str]) -> bool:
    return "--json" in args[: args.index("--")] if "--" in args else "--json" in args


def main(args: list[str] | None = None, prog_name: str = "h2ogpte-ext") -> None:
    """Run the command; usage errors are reported as JSON too when `--json` was given."""
    args = sys.argv[1:] if args is None else args
    try:
        code = cli.main(args, prog_name=prog_name, standalone_mode=False)
    except click.ClickException as exc:
        if _wants_json(args):
            click.echo(_error_json(exc.format_message(), exc, exc.exit_code), err=True)
        else:
            exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort as exc:
        if not isinstance(exc.__cause__, KeyboardInterrupt):  # click's Abort made of a Ctrl-C: interrupted
            click.echo("Aborted!", err=True)
            sys.exit(1)
        _interrupted(args)
    except (Interrupted, KeyboardInterrupt):
        _interrupted(args)
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted(args: list[str]) -> NoReturn:
    """Ctrl-C: one line (JSON with --json) and exit code 130, as a shell reports a command ended by SIGINT."""
    message = "interrupted"
    if _wants_json(args):
        click.echo(_error_json(message, KeyboardInterrupt(), 130), err=True)
    else:
        click.echo(message, err=True)
    sys.exit(130)
