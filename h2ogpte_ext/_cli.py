"""The `h2ogpte-ext` command: health, ingest, agent, download, fake-server and spec tools.

Exit codes: 0 ok, 1 failure (one readable line; `--debug` for the traceback), 2 usage.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._sync.client import H2OGPTE


class Settings:
    def __init__(self, address: str | None, api_key: str | None, as_json: bool, debug: bool) -> None:
        self.address, self.api_key, self.as_json, self.debug = address, api_key, as_json, debug

    def client(self) -> H2OGPTE:
        return H2OGPTE(address=self.address, api_key=self.api_key)

    def emit(self, data: Any, text: str) -> None:
        click.echo(json.dumps(data, indent=2, default=str) if self.as_json else text)


def _fail(settings: Settings, exc: BaseException) -> NoReturn:
    if settings.debug:
        traceback.print_exception(exc)
    message = str(exc) or type(exc).__name__
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--address", envvar="H2OGPTE_ADDRESS", help="Server address (or H2OGPTE_ADDRESS).")
@click.option("--api-key", envvar="H2OGPTE_API_KEY", help="API key (or H2OGPTE_API_KEY); never printed.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="h2ogpte-ext")
@click.pass_context
def cli(ctx: click.Context, address: str | None, api_key: str | None, as_json: bool, debug: bool) -> None:
    """h2oGPTe from the command line."""
    ctx.obj = Settings(address, api_key, as_json, debug)


@cli.command()
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
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--pattern", default="*", show_default=True, help="Files to take from directories.")
@click.option("--wait/--no-wait", default=True, show_default=True, help="Wait for the ingest job to end.")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for the job.")
@click.option("--progress/--no-progress", default=True, show_default=True)
@click.pass_obj
@_guarded
def ingest(
    settings: Settings,
    collection: str,
    paths: tuple[Path, ...],
    pattern: str,
    wait: bool,
    timeout: float,
    progress: bool,
) -> None:
    """Upload files and directories to COLLECTION and ingest them."""
    with settings.client() as client:
        result = client.upload_and_ingest(
            collection, list(paths), pattern=pattern, wait=wait, deadline=timeout, progress=progress
        )
    names = [d.name for d in result.documents]
    settings.emit(
        {"job": result.job.to_dict(), "documents": [d.to_dict() for d in result.documents]},
        f"job {result.job.id}: {result.job.overall_status}; {len(names)} document(s): {', '.join(names)}",
    )


@cli.command()
@click.argument("prompt")
@click.option("--collection", help="Collection for RAG.")
@click.option("--session", help="An existing chat session.")
@click.option("--accuracy", type=click.Choice(["quick", "basic", "standard", "maximum"]), default="standard")
@click.option("--timeout", default=3600.0, show_default=True, help="The agent's total time budget (seconds).")
@click.option("--stream", is_flag=True, help="Print the answer as it is written.")
@click.option("--download", type=click.Path(path_type=Path), help="Download the agent's files into this folder.")
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
        paths = client.download_agent_files(run, download, progress=not settings.as_json) if download else []
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
@click.argument("message_id")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace files that exist.")
@click.pass_obj
@_guarded
def download(settings: Settings, message_id: str, directory: Path, overwrite: bool) -> None:
    """Download the files an agent wrote for MESSAGE_ID into DIRECTORY."""
    with settings.client() as client:
        paths = client.download_agent_files(message_id, directory, overwrite=overwrite, progress=not settings.as_json)
    settings.emit([str(p) for p in paths], "\n".join(f"downloaded {p}" for p in paths) or "no files")


@cli.command("fake-server")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=0, show_default=True, help="0 picks a free port.")
@click.option("--api-key", "key", default="sk-fake-h2ogpte", show_default=True)
def fake_server(host: str, port: int, key: str) -> None:
    """Run the offline fake h2oGPTe (same as `python -m h2ogpte_ext.testing`)."""
    from h2ogpte_ext.testing import serve_forever

    serve_forever(host, port, key)


@cli.group()
def spec() -> None:
    """Fetch a server's OpenAPI document, or compare two."""


@spec.command("fetch")
@click.argument("url")
@click.option("--api-key-env", metavar="VAR", help="Environment variable holding a key for the download.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("api-spec.yaml"), show_default=True)
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
@click.pass_obj
@_guarded
def spec_diff(settings: Settings, old: Path, new: Path, fail_on_breaking: bool) -> None:
    """What changed from OLD to NEW, each change marked breaking for a client or not."""
    from h2ogpte_ext._spec import diff, load_file

    result = diff(load_file(old), load_file(new))
    settings.emit(result.to_json(), result.report())
    if fail_on_breaking and result.breaking:
        sys.exit(1)


def main() -> None:
    cli(prog_name="h2ogpte-ext")
