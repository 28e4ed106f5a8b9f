"""The `h2ogpte-ext` command: health, ingest, ask, jobs, collections, agent, download, api, fake-server and spec
tools.

Exit codes: 0 ok, 1 failure (one readable line; `--debug` for the traceback), 2 usage, 130 Ctrl-C (one
line, after the command's clean-up). The global options (`--json`, `--address`, `--api-key`, `--token-command`,
`--debug`) go before or after the subcommand; with `--json` an error is one JSON object on stderr too.

Everything the command prints goes through `_echo`, which shows the characters a terminal would act on as
escapes (`shown`): the server chooses much of that text (collection names, answers, error messages).
"""

from __future__ import annotations

import json
import logging
import math
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from h2ogpte_ext import _needs
from h2ogpte_ext._errors import (
    AnswerKept,
    APIConnectionError,
    APIStatusError,
    H2OGPTEError,
    JobError,
    NotInSpecError,
    UsageError,
)
from h2ogpte_ext._jobs import JOB_DEADLINE
from h2ogpte_ext._logs import UNSAFE_IN_TEXT, environment_handler, shown
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from h2ogpte_ext._chat import CompletionDelta
    from h2ogpte_ext._retry import RetryPolicy
    from h2ogpte_ext._sync.client import H2OGPTE

F = TypeVar("F", bound=Callable[..., Any])

INSTALL_TESTING = "the fake server needs the testing extra: pip install 'h2ogpte-ext[testing]'"


# --- what reaches the terminal ---------------------------------------------------------------------------


def _json_shown(text: str) -> str:
    """JSON text made with `ensure_ascii=False`, with the same characters as `\\uXXXX` escapes: still JSON,
    of the same value (json.dumps escapes C0 controls itself; DEL, C1, bidi and lone surrogates it keeps)."""
    return UNSAFE_IN_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Stdout:
    """Whether the last text written to stdout left its line open (a streamed answer cut short)."""

    mid_line = False


def _echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print on stdout (or stderr): the one way the command prints text. The text is `shown` (its line
    breaks kept) and made encodable: what the stream's encoding cannot hold is written as a backslash escape,
    so no character the server sent stops the output."""
    stream = sys.stderr if err else sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    text = shown(text).encode(encoding, "backslashreplace").decode(encoding)
    click.echo(text, err=err, nl=nl)
    if not err and (text or nl):
        _Stdout.mid_line = not nl and not text.endswith("\n")


def _end_line() -> None:
    """End stdout's line before a message on stderr, so the two do not share one line of a terminal."""
    if _Stdout.mid_line:
        _echo()


class _Warnings(logging.Handler):
    """The library's warnings (a session it could not delete, metadata it could not read), on stderr as
    `warning: ...`, one safe line each; with --json a JSON object `{"warning": "..."}` per line."""

    def __init__(self, as_json: bool) -> None:
        super().__init__(logging.WARNING)
        self.as_json = as_json

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            _end_line()
            _echo(
                json.dumps({"warning": message}) if self.as_json else f"warning: {shown(message, one_line=True)}",
                err=True,
            )
        except Exception:
            self.handleError(record)


class Settings:
    """The global options, wherever on the command line they were given."""

    def __init__(
        self, address: str | None, api_key: str | None, as_json: bool, debug: bool, token_command: str | None = None
    ) -> None:
        self.address, self.api_key, self.as_json, self.debug = address, api_key, as_json, debug
        self.token_command = token_command

    def client(self, **options: Any) -> H2OGPTE:
        """A client of the server the options name (`options`: more of its settings, e.g. `max_retries`). The
        credentials: `--api-key` or `--token-command`, else H2OGPTE_API_KEY or H2OGPTE_TOKEN_COMMAND (the
        client reads the environment)."""
        from h2ogpte_ext._config import TokenCommand
        from h2ogpte_ext._sync.client import H2OGPTE

        if self.api_key is not None and self.token_command is not None:
            raise H2OGPTEError("pass --api-key or --token-command, not both")
        auth = TokenCommand(self.token_command) if self.token_command is not None else None
        return H2OGPTE(address=self.address, api_key=self.api_key, auth=auth, **options)

    def emit(self, data: Any, text: str) -> None:
        """`data` as JSON (ASCII: every escape encoded) with --json, else `text`; either through `_echo`."""
        _echo(json.dumps(data, indent=2, default=str) if self.as_json else text)

    def progress(self, wanted: bool | None = None) -> bool:
        """Progress bars only on a terminal, never with --json (they would mix with machine output)."""
        return wanted is not False and not self.as_json and sys.stderr.isatty()


def _error_json(message: str, exc: BaseException, exit_code: int = 1) -> str:
    cause = exc.__cause__ if isinstance(exc, AnswerKept) and exc.__cause__ is not None else exc
    error: dict[str, Any] = {"type": type(cause).__name__, "message": message}
    if isinstance(cause, APIStatusError):
        error |= {"status_code": cause.status_code, "request_id": cause.request_id}
    if isinstance(exc, AnswerKept):
        error |= {"session_id": exc.session_id, "message_id": exc.message_id}
    if isinstance(exc, JobError):
        error |= {"job_id": exc.job_id, "status": exc.status, "errors": exc.errors}  # job: None if no poll answered
    if isinstance(exc, NotInSpecError):
        error |= {"helper": exc.helper, "missing": exc.missing, "spec": exc.spec}
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
    _report(exc, as_json=settings.as_json, debug=settings.debug, ctx=click.get_current_context(silent=True))
    sys.exit(1)


def _report(exc: BaseException, *, as_json: bool, debug: bool, ctx: click.Context | None = None) -> None:
    """One line on stderr (`error: ...`, or a JSON object with --json); `--debug` adds the traceback, shown
    safely like the rest (exception messages hold the server's text)."""
    _end_line()
    if debug:
        _echo("".join(traceback.format_exception(exc)), err=True, nl=False)
    message = _cli_words(str(exc) or type(exc).__name__, ctx)
    if as_json:
        _echo(_error_json(message, exc), err=True)
    else:
        _echo(f"error: {shown(message, one_line=True)}", err=True)


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
                click.option(
                    "--token-command",
                    expose_value=False,
                    callback=_setter("token_command"),
                    help="A command that prints a token, run again after a 401; the token is never printed.",
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
# The credentials' variables are read by the client itself, which settles between them and the options.
@click.option("--api-key", help="API key (or H2OGPTE_API_KEY); never printed.")
@click.option(
    "--token-command",
    help="A command that prints a token (or H2OGPTE_TOKEN_COMMAND), run again after a 401; the token is never "
    "printed. Instead of an API key.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (errors too).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(__version__, prog_name="h2ogpte-ext", message="%(prog)s %(version)s")
@click.pass_context
def cli(
    ctx: click.Context, address: str | None, api_key: str | None, token_command: str | None, as_json: bool, debug: bool
) -> None:
    """h2oGPTe from the command line."""
    ctx.obj = Settings(address, api_key, as_json, debug, token_command)


@cli.command()
@_global_options()
@click.pass_obj
@_guarded
def health(settings: Settings) -> None:
    """Readiness and liveness of the server; exit 1 unless both are 200."""
    with settings.client() as client:
        result = client.health()
    settings.emit(
        {"readiness": result.readiness, "liveness": result.liveness, "ok": result.ok}, shown(str(result), one_line=True)
    )
    if not result.ok:
        sys.exit(1)


@cli.command()
@_global_options()
@click.pass_obj
@_guarded
def whoami(settings: Settings) -> None:
    """Who the API key belongs to, and the server's version and licence (GET /rpc/meta).

    With --json, the server's whole answer.
    """
    with settings.client() as client:
        about = client.meta()
    settings.emit(about.raw, shown(about.describe(), one_line=True))


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

    from h2ogpte_ext._files import DEFAULT_UPLOAD_CONCURRENCY

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
    names = [_line(d.name) for d in result.documents]
    settings.emit(
        {"job": result.job.to_dict(), "documents": [d.to_dict() for d in result.documents]},
        f"job {_line(result.job.id)}: {_line(result.job.overall_status)}; {len(names)} document(s): "
        + ", ".join(names),
    )


def _line(value: object) -> str:
    """A value the server chose (a name, an id, a status), shown on one line of a listing."""
    return shown(str(value), one_line=True)


def _only_with(needed: str, given: dict[str, Any]) -> None:
    """Refuse flags that mean nothing without another (`--max-depth` without `--url`)."""
    stray = [flag for flag, value in given.items() if value not in (None, False)]
    if stray:
        raise click.UsageError(f"{', '.join(stray)} only go{'es' if len(stray) == 1 else ''} with {needed}")


class _Chat:
    """The chat session a question goes to; `answered` once an answer is in it (it is kept from then on)."""

    def __init__(self, session_id: str, *, made: bool) -> None:
        self.id, self.made, self.answered = session_id, made, False


@contextmanager
def _chat_session(client: H2OGPTE, session_id: str | None, collection_id: str | None) -> Iterator[_Chat]:
    """`--session`, or a new chat session (on `--collection`) that is deleted again, briefly and best effort,
    if the block fails before an answer arrived in it (a failed answer, Ctrl-C): without its answer it is of
    no use. Once an answer is in it, it is kept, whatever fails after."""
    if session_id is not None:
        yield _Chat(session_id, made=False)
        return
    from h2ogpte_api.types import UNSET

    from h2ogpte_ext._sync._base import CLEAN_UP_TIMEOUT

    chat = _Chat(client.chat.create_chat_session(collection_id=collection_id or UNSET).id, made=True)
    try:
        yield chat
    except BaseException:
        if not chat.answered:
            with suppress(Exception):
                client.chat.delete_chat_session(chat.id, request_timeout=CLEAN_UP_TIMEOUT, max_retries=0)
        raise


class _Deltas:
    """The `on_delta` of a streamed answer: prints each piece as it comes (unless only collecting, for
    --json), and keeps the text and the finished answer's message id."""

    def __init__(self, printing: bool) -> None:
        self.printing = printing
        self.pieces: list[str] = []
        self.message_id: str | None = None

    def __call__(self, delta: CompletionDelta) -> None:
        self.pieces.append(delta.body)
        if delta.finished and delta.message_id:
            self.message_id = delta.message_id
        if self.printing:
            _echo(delta.body, nl=False)

    def answer(self) -> tuple[str, str] | None:
        """(message id, text) once the stream finished, else None."""
        return (self.message_id, "".join(self.pieces)) if self.message_id is not None else None


def _answer_in(client: H2OGPTE, chat: _Chat, question: str) -> tuple[str, str] | None:
    """(message id, text) of the answer to `question` in a session made for it (any answer in it is this
    one's), or None if there is none, the session was given (--session: it holds earlier answers), or it
    cannot be read."""
    if not chat.made:
        return None
    try:
        messages = list(client.chat.iter_chat_session_messages(chat.id))
    except Exception:
        return None
    asked = {m.id for m in messages if not m.reply_to and m.content == question}
    replies = [m for m in messages if m.reply_to in asked]
    return (replies[-1].id, replies[-1].content) if replies else None


def _unfetched(run: object) -> tuple[str, dict[str, BaseException]] | None:
    """What of a finished run could not be fetched after its answer, when the library marks it on the run
    (`warnings`: one line each; `unfetched`: the errors by info type) rather than raising: the lines joined
    and the errors; None when all of it came (or the library raises instead)."""
    unfetched: dict[str, BaseException] = dict(getattr(run, "unfetched", None) or {})
    lines = [str(line) for line in getattr(run, "warnings", None) or []]
    if not lines and not unfetched:
        return None
    return "; ".join(lines) or "; ".join(
        f"its {kind} could not be fetched: {e}" for kind, e in unfetched.items()
    ), unfetched


def _answer_kept(
    what: str, failure: BaseException | str, chat: _Chat, message_id: str, cause: BaseException | None = None
) -> NoReturn:
    """Raise the failure of a call after the answer (printed by then), naming the message and the chat session
    that hold the answer; `cause` is the error behind a failure given as text."""
    error = AnswerKept(
        f"{what} failed after the answer: {failure}; the answer (message {message_id}) is in chat session "
        f"{chat.id} (kept: ask a follow-up with --session {chat.id})",
        session_id=chat.id,
        message_id=message_id,
    )
    raise error from (failure if isinstance(failure, BaseException) else cause)


@cli.command()
@click.argument("prompt")
@click.option("--collection", help="Collection for RAG.")
@click.option("--session", help="An existing chat session.")
@click.option("--accuracy", type=click.Choice(["quick", "basic", "standard", "maximum"]), default="standard")
@click.option("--budget", default=3600.0, show_default=True, help="The agent's total time budget (seconds).")
@click.option("--timeout", type=click.FloatRange(min=0), hidden=True, help="The former name of --budget.")
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
    budget: float,
    timeout: float | None,
    stream: bool,
    download: Path | None,
) -> None:
    """Run the agent on PROMPT; print its answer and files.

    If a call after the answer fails (its metadata, a download), the answer is printed first, then the
    failure, naming the chat session that holds the answer (exit 1).
    """
    _needs.require("h2ogpte-ext agent")
    budget = timeout if timeout is not None else budget
    deltas = _Deltas(printing=not settings.as_json) if stream else None
    failure: BaseException | str | None = None
    cause: BaseException | None = None
    files: list[Any] | None = None  # None: not known (the metadata that lists them failed)
    usage: dict[str, Any] | None = None
    paths: list[Path] = []
    with settings.client() as client, _chat_session(client, session, collection) as chat:
        try:
            run = client.run_agent(
                prompt,
                session_id=chat.id,
                collection_id=collection,
                accuracy=accuracy,
                budget=budget,
                stream=stream,
                on_delta=deltas,
            )
        except Exception as exc:
            # Before the answer, or after it (a library whose run_agent raises there): the stream or the session
            # tells which.
            answered = (deltas.answer() if deltas else None) or _answer_in(client, chat, prompt)
            if answered is None:
                raise
            (message_id, text), failure = answered, exc
        else:
            message_id, text, files, usage = run.message_id, run.text, run.files, run.usage
            if (missing := _unfetched(run)) is not None:
                failure, unfetched = missing
                cause = next(iter(unfetched.values()), None)
                if "agent_files" in unfetched:
                    files = None  # not known: the metadata that lists them did not come
        chat.answered = True
        if not settings.as_json:  # the answer first, whatever fails after it
            _echo("" if stream else text)  # after a streamed answer: the end of its line
            names = "unknown" if files is None else ", ".join(_line(f.name) for f in files) or "none"
            _echo(f"message {_line(message_id)}; files: {names}")
        what = "reading the run's metadata"
        if download and failure is None:
            what = "downloading its files"
            try:
                paths = client.download_agent_files(message_id, download, progress=settings.progress())
            except Exception as exc:
                failure = exc
    if settings.as_json:
        settings.emit(
            {
                "message_id": message_id,
                "session_id": chat.id,
                "text": text,
                "files": None if files is None else [{"doc_id": f.doc_id, "name": f.name} for f in files],
                "usage": usage,
                "downloaded": [str(p) for p in paths],
            },
            "",
        )
    elif paths:
        _echo("\n".join(f"downloaded {p}" for p in paths))
    if failure is not None:
        _answer_kept(what, failure, chat, message_id, cause)


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
    --session is given. If fetching the references fails, the answer is printed first, then the failure,
    naming the chat session (exit 1).
    """
    if collection is not None and session is not None:
        raise click.UsageError("give --collection or --session, not both: a session already has its collection")
    printing = stream and not settings.as_json
    options: dict[str, Any] = {"stream": stream, "on_delta": _Deltas(printing=True) if printing else None}
    if llm is not None:
        options["llm"] = llm
    failure: Exception | None = None
    with settings.client() as client, _chat_session(client, session, collection) as chat:
        answer = client.ask(question, session_id=chat.id, **options)
        chat.answered = True
        if not settings.as_json:  # the answer first, whatever fails after it
            _echo("" if stream else answer.text)  # after a streamed answer: the end of its line
        try:
            references = answer.references()
        except Exception as exc:
            references, failure = [], exc
    cited = [{"document_name": r.document_name, "pages": r.pages, "score": r.score} for r in references]
    if settings.as_json:
        settings.emit(
            {
                "text": answer.text,
                "message_id": answer.message_id,
                "session_id": answer.session_id,
                "references": None if failure is not None else cited,
            },
            "",
        )
    elif references:
        _echo(
            "".join(
                f"\n[{n}] {_line(r.document_name)}, pages {_line(r.pages)} (score {r.score:.2f})"
                for n, r in enumerate(references, 1)
            )
        )
    if failure is not None:
        _answer_kept("fetching its references", failure, chat, answer.message_id)
    if chat.made and not settings.as_json:
        _echo(f"session {chat.id} kept: ask a follow-up with --session {chat.id}", err=True)


@cli.group()
@_global_options()
def jobs() -> None:
    """The server's jobs (ingest, delete, process, ...)."""


@jobs.command("wait")
@click.argument("job_id")
@click.option(
    "--deadline",
    type=click.FloatRange(min=0),
    default=JOB_DEADLINE,
    show_default=True,
    help="Give up after this many seconds ('inf': as long as it runs).",
)
@click.option("--cancel-on-interrupt", is_flag=True, help="Ctrl-C also cancels the job on the server.")
@_global_options()
@click.pass_obj
@_guarded
def jobs_wait(settings: Settings, job_id: str, deadline: float, cancel_on_interrupt: bool) -> None:
    """Wait for JOB_ID to end and print its final status; exit 1 with the server's errors if it failed or was
    canceled (or is still running at --deadline)."""
    _needs.require("h2ogpte-ext jobs wait")
    try:
        with settings.client() as client:
            job = client.wait_for_job(
                job_id,
                deadline=None if math.isinf(deadline) else deadline,
                progress=settings.progress(),
                cancel_on_interrupt=cancel_on_interrupt,
            )
    except KeyboardInterrupt as exc:
        if cancel_on_interrupt:
            message = f"interrupted: asked the server to cancel job {job_id}"
        else:
            message = f"interrupted: job {job_id} goes on on the server (--cancel-on-interrupt cancels it)"
        _echo(_error_json(message, exc, 130) if settings.as_json else shown(message, one_line=True), err=True)
        sys.exit(130)
    settings.emit(job.to_dict(), f"job {_line(job.id)} ({_line(job.kind)}): {_line(job.overall_status)}")


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

    _needs.require("h2ogpte-ext collections list")
    with settings.client() as client:
        found = list(islice(client.collections.iter_collections(page_size=min(limit or 100, 100)), limit))
    settings.emit(
        [c.to_dict() for c in found],
        "\n".join(f"{_line(c.id)}  {c.document_count:>5} doc(s)  {_line(c.name)}" for c in found) or "no collections",
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
    _needs.require("h2ogpte-ext collections create")
    with settings.client() as client:
        created = client.collections.create_collection(name=name, description=description)
    settings.emit(created.to_dict(), _line(created.id))


@collections.command("delete")
@click.argument("collection_id")
@_global_options()
@click.pass_obj
@_guarded
def collections_delete(settings: Settings, collection_id: str) -> None:
    """Delete a collection and its documents.

    Exit 1 if there is no collection COLLECTION_ID. If the first attempt failed in a way that may have
    deleted it (a 5xx, a timeout, a dropped connection) and a retry then finds no such collection, it is
    gone, most likely deleted by that attempt: exit 0, saying so.
    """
    from h2ogpte_ext._errors import NotFoundError

    _needs.require("h2ogpte-ext collections delete")
    with settings.client() as client:
        try:
            first = _delete(
                lambda retries: client.collections.delete_collection(collection_id, **retries), client.retry
            )
        except NotFoundError as exc:
            raise NotFoundError(
                f"no collection {collection_id!r} (HTTP 404): nothing was deleted", response=exc.response, body=exc.body
            ) from exc
    if first is None:
        settings.emit({"deleted": collection_id}, f"deleted collection {collection_id}")
    else:
        settings.emit(
            {"deleted": collection_id, "confirmed": False, "first_attempt": str(first)},
            f"collection {collection_id} is gone: {_gone(first)}",
        )


def _delete(
    attempt: Callable[[dict[str, int]], object], policy: RetryPolicy
) -> APIStatusError | APIConnectionError | None:
    """Send a DELETE (`attempt(options)`) so that a 404 can be told apart: first alone (`max_retries=0`), then,
    if that failed in a way the client retries, again with the client's retries (no options). None: deleted.
    The first failure: the retry found nothing to delete (404) after a first attempt that may have deleted
    it (a 5xx, a timeout, a dropped connection), most likely itself. Any other failure is raised, a 404 too
    when no earlier attempt can have acted (nothing was deleted)."""
    from h2ogpte_ext._errors import NotFoundError

    try:
        attempt({"max_retries": 0})
        return None
    except (APIStatusError, APIConnectionError) as first:
        wait = _retry_wait(first, policy)
        if wait is None:
            raise
        import time

        time.sleep(wait)
        try:
            attempt({})
        except NotFoundError:
            if not _may_have_acted(first):
                raise
            return first
        return None


def _gone(first: BaseException) -> str:
    reason = shown(str(first) or type(first).__name__, one_line=True)
    return f"the first attempt failed ({reason}) and the retry found nothing to delete: that attempt most likely did it"


def _retry_wait(exc: APIStatusError | APIConnectionError, policy: RetryPolicy) -> float | None:
    """Seconds to wait before sending a failed idempotent request again, or None if the client would not
    retry it (the client's own policy)."""
    from h2ogpte_ext._retry import NEVER_RETRIED

    if isinstance(exc, APIStatusError):
        if not policy.retries_status(exc.status_code):
            return None
        if exc.retry_after is not None and exc.retry_after > policy.max_retry_after:
            return None
        return max(exc.retry_after or 0.0, policy.initial_delay)
    if isinstance(exc.__cause__, NEVER_RETRIED):
        return None
    return policy.initial_delay


def _may_have_acted(exc: APIStatusError | APIConnectionError) -> bool:
    """Whether the server may have carried out a request that failed so: a 5xx (it may fail after acting), a
    timeout or a dropped connection; not a 408, 409 or 429 (refused before acting), nor a connection never
    made."""
    from h2ogpte_ext._retry import never_sent

    if isinstance(exc, APIStatusError):
        return exc.status_code >= 500
    return exc.__cause__ is None or not never_sent(exc.__cause__)


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
    settings.emit([str(p) for p in paths], "\n".join(f"downloaded {_line(p)}" for p in paths) or "no files")


def _pairs(args: list[str]) -> dict[str, list[str | None]]:
    """`--name value` / `--name=value` pairs (repeatable); a flag with no value is None (only a boolean
    parameter may go without one: `_spec.arguments` decides)."""
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
    from h2ogpte_ext import _spec

    try:
        function = _spec.find(operation_id)
        kwargs = _spec.arguments(function, given, body, fields)
    except UsageError as exc:
        raise click.UsageError(str(exc), ctx) from None
    except RecursionError:
        raise click.UsageError("a JSON value given (--body, a parameter) is nested too deeply to read", ctx) from None
    except Exception as exc:  # a value the operation's models cannot take: a list where an object goes, ...
        if settings.debug:
            _echo("".join(traceback.format_exception(exc)), err=True, nl=False)
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise click.UsageError(f"the values given do not fit {operation_id}: {reason}", ctx) from None
    _guarded(_call)(settings, function, kwargs, output)


def _list_operations(settings: Settings) -> None:
    from h2ogpte_ext._spec import list_operations, python_name

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


def _json_text(value: Any) -> str:
    """JSON, indented, readable (not ASCII-escaped) where stdout can write it: only what a terminal acts on is
    escaped (`_json_shown`); ASCII-escaped throughout where stdout's encoding cannot hold it."""
    text = _json_shown(json.dumps(value, indent=2, ensure_ascii=False))
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=2)
    return text


def _method(function: Callable[..., Any]) -> str | None:
    """The HTTP method of an operation's `sync_detailed` (its module is named for the operation)."""
    from h2ogpte_ext._spec import list_operations, python_name

    name = function.__module__.rpartition(".")[2]
    return next((o.method for o in list_operations() if python_name(o.operation_id) == name), None)


def _call(settings: Settings, function: Callable[..., Any], kwargs: dict[str, Any], output: Path | None) -> None:
    with settings.client() as client:
        if _method(function) != "DELETE":
            response = function(client=client.api, **kwargs)
        else:  # told apart: deleted, or gone after a first attempt that most likely deleted it (then as a 204)
            with settings.client(max_retries=0) as once:
                answers: list[Any] = []
                first = _delete(
                    lambda retries: answers.append(function(client=(once if retries else client).api, **kwargs)),
                    client.retry,
                )
            if first is not None:
                message = f"the server answered 404 Not Found, but {_gone(first)}"
                _echo(json.dumps({"warning": message}) if settings.as_json else f"warning: {message}", err=True)
                return
            response = answers[-1]
    content, kind = response.content, response.headers.get("content-type", "")
    if output is not None:
        from h2ogpte_ext._spec import write_file

        write_file(output, content)
        settings.emit({"path": str(output), "bytes": len(content)}, f"wrote {output} ({len(content)} bytes)")
    elif not content:
        pass  # 204, or any empty answer: nothing to print
    elif "json" in kind:
        try:
            _echo(_json_text(json.loads(content)))
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to indent: as it came
            _echo(content.decode("utf-8", "replace"))
    elif kind.startswith("text/") and "csv" not in kind:
        _echo(content.decode("utf-8", "replace"), nl=not content.endswith(b"\n"))
    elif sys.stdout.isatty():
        raise H2OGPTEError(
            f"the answer is binary ({kind or 'no content type'}, {len(content)} bytes): use --output FILE"
        )
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()


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

    from h2ogpte_ext._config import check_api_key
    from h2ogpte_ext._spec import fetch

    key = os.environ.get(api_key_env) if api_key_env else None
    if api_key_env and not key:
        raise H2OGPTEError(f"{api_key_env} is not set")
    if key is not None:
        try:
            key = check_api_key(key)  # as the client checks it: never sent (nor shown) if it cannot be a header
        except H2OGPTEError as exc:
            raise H2OGPTEError(f"{api_key_env}: {exc}") from None
    count = fetch(url, out, api_key=key)
    settings.emit({"path": str(out), "operations": count}, f"wrote {out} ({count} operations)")


@spec.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "output",
    type=click.Choice(["text", "markdown", "json"]),
    help="text (the default), markdown (for a pull request's body) or json (as --json).",
)
@click.option("--fail-on-breaking", is_flag=True, hidden=True, help="The default now: exit 1 when a change breaks.")
@_global_options(client=False)
@click.pass_obj
@_guarded
def spec_diff(settings: Settings, old: Path, new: Path, output: str | None, fail_on_breaking: bool) -> None:
    """What changed from OLD to NEW for a client: operations, methods (client.<tag>.<method>), parameters,
    bodies, media types, and each changed schema once with the operations that use it; each change marked
    breaking or not.

    Exit codes: 0 nothing breaking, 1 something breaks (a gate for CI), 2 an invalid document or usage.
    """
    from h2ogpte_ext._spec import diff, load_file

    if settings.as_json and output not in (None, "json"):
        raise click.UsageError(f"--json and --format {output} ask for two formats; give one")
    output = output or ("json" if settings.as_json else "text")
    try:
        documents = load_file(old), load_file(new)
    except H2OGPTEError as exc:  # invalid input, as a usage error: exit 2, and 1 stays "breaking"
        _end_line()
        if settings.debug:
            _echo("".join(traceback.format_exception(exc)), err=True, nl=False)
        message = str(exc)
        as_json = output == "json"
        _echo(_error_json(message, exc, 2) if as_json else f"error: {shown(message, one_line=True)}", err=True)
        sys.exit(2)
    result = diff(*documents)
    if output == "json":
        _echo(json.dumps(result.to_json(), indent=2))
    else:
        render = result.markdown if output == "markdown" else result.report
        _echo(render(show=_line, old=str(old), new=str(new)))
    if result.breaking:
        sys.exit(1)


@spec.command("check")
@click.argument("spec_file", metavar="[SPEC]", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_global_options(client=False)
@click.pass_obj
@_guarded
def spec_check(settings: Settings, spec_file: Path | None) -> None:
    """Which helpers and commands work with SPEC (default: the spec this client was generated from): works,
    degraded (the options it lacks) or unavailable (what is missing). Exit 0, or 2 for an invalid document."""
    from h2ogpte_ext import _needs

    if spec_file is None:
        facts = _needs.current()
    else:
        from h2ogpte_ext._spec import load_file

        try:
            facts = _needs.SpecFacts.of(load_file(spec_file), str(spec_file))
        except H2OGPTEError as exc:
            _echo(f"error: {shown(str(exc), one_line=True)}", err=True)
            sys.exit(2)
    verdicts = _needs.report(facts, _needs.declared_options())
    counts = {status: sum(v.status == status for v in verdicts) for status in ("works", "degraded", "unavailable")}
    lines = _needs.summary(facts, verdicts)
    helpers = [{"name": v.name, "status": v.status, "missing": list(v.missing)} for v in verdicts]
    data = {"spec": facts.name, "counts": counts, "helpers": helpers}
    settings.emit(data, "\n".join(_line(line) for line in lines))


def _wants_json(args: list[str]) -> bool:
    return "--json" in args[: args.index("--")] if "--" in args else "--json" in args


def main(args: list[str] | None = None, prog_name: str = "h2ogpte-ext") -> None:
    """Run the command; usage errors are reported as JSON too when `--json` was given, and any failure is one
    line (a failure no command caught too)."""
    args = sys.argv[1:] if args is None else args
    _Stdout.mid_line = False
    warnings = _Warnings(_wants_json(args))
    library = logging.getLogger("h2ogpte_ext")
    library.addHandler(warnings)
    logged = environment_handler()  # H2OGPTE_LOG's: the warnings are the command's own to show, once
    if logged is not None:
        logged.addFilter(_below_warning)
    try:
        code = cli.main(args, prog_name=prog_name, standalone_mode=False)
    except click.ClickException as exc:
        _end_line()
        if _wants_json(args):
            _echo(_error_json(exc.format_message(), exc, exc.exit_code), err=True)
        elif isinstance(exc, _HELP_SHOWN):  # a group without its command: click's help, as it lays it out
            import io

            help_text = io.StringIO()
            exc.show(file=help_text)
            _echo(help_text.getvalue(), err=True, nl=False)
        else:  # one line, as every error: what was wrong, and where the help is
            ctx = exc.ctx if isinstance(exc, click.UsageError) else None
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            _echo(f"error: {shown(exc.format_message(), one_line=True)}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort as exc:
        if not isinstance(exc.__cause__, KeyboardInterrupt):  # click's Abort made of a Ctrl-C: interrupted
            _echo("Aborted!", err=True)
            sys.exit(1)
        _interrupted(args)
    except (Interrupted, KeyboardInterrupt):
        _interrupted(args)
    except Exception as exc:  # outside every command's guard: still one line, never a bare traceback
        _report(exc, as_json=_wants_json(args), debug=_wants_debug(args))
        sys.exit(1)
    finally:
        library.removeHandler(warnings)
        if logged is not None:
            logged.removeFilter(_below_warning)
    sys.exit(code if isinstance(code, int) else 0)


def _below_warning(record: logging.LogRecord) -> bool:
    return record.levelno < logging.WARNING


# The usage error that is the help of a group called without its command (click 8.2+; older click prints the
# help itself and raises none).
_HELP_SHOWN: tuple[type[click.ClickException], ...] = tuple(
    error for error in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if error is not None
)


def _wants_debug(args: list[str]) -> bool:
    return "--debug" in args[: args.index("--")] if "--" in args else "--debug" in args


def _interrupted(args: list[str]) -> NoReturn:
    """Ctrl-C: one line (JSON with --json) and exit code 130, as a shell reports a command ended by SIGINT."""
    _end_line()
    message = "interrupted"
    if _wants_json(args):
        _echo(_error_json(message, KeyboardInterrupt(), 130), err=True)
    else:
        _echo(message, err=True)
    sys.exit(130)
