# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/downloads.py: edit that file, not this one.
"""Downloads (`GET /file`, outside the spec): streamed to a temporary file beside the target, renamed when
complete, never held in memory."""

from __future__ import annotations

from pathlib import Path

import httpx

from h2ogpte_ext import _chat
from h2ogpte_ext._chat import FinishedRun
from h2ogpte_ext._errors import APIConnectionError
from h2ogpte_ext._files import (
    Destination,
    encodable,
    file_url,
    make_folder,
    progress_bar,
    target_path,
    targets_in,
)
from h2ogpte_ext._needs import require
from h2ogpte_ext._sync._base import ClientBase
from h2ogpte_ext._transport import HTTPX_ERRORS, request_error


def check_length(response: httpx.Response) -> None:
    """The body is whole: Content-Length counts the bytes on the wire (compressed ones when gzipped)."""
    expected = response.headers.get("content-length")
    received = response.num_bytes_downloaded
    if expected is not None and expected.isdigit() and int(expected) != received:
        raise APIConnectionError(f"download ended after {received} of {expected} bytes", request=response.request)


class DownloadsMixin(ClientBase):
    """`H2OGPTE.download_file` and `download_agent_files`."""

    def download_file(
        self, doc_id: str, name: str, dest: str | Path, *, overwrite: bool = False, progress: bool = False
    ) -> Path:
        """Download a file (`GET /file?id=&name=`) to `dest`, streamed; returns the path written.

            path = client.download_file(doc_id, "report.csv", "downloads/")  # downloads/report.csv

        `dest` is a folder if it is an existing directory or ends in a path separator (`"downloads/"`: created,
        with its parents), and the file goes in it under the server's name reduced to a safe base name (safe
        on Windows too); else `dest` is the file's own path. The file appears only once complete: a failure
        removes the partial file (a full disk or another error of the file system is a `DownloadError` naming
        the file and the cause). An existing file is kept unless `overwrite=True`, even one another download
        puts there meanwhile.
        """
        require("download_file")
        return self._download(doc_id, name, target_path(dest, name), overwrite=overwrite, progress=progress)

    def _download(self, doc_id: str, name: str, target: Path, *, overwrite: bool, progress: bool) -> Path:
        """Stream `GET /file` for the server's `name` into the file `target` (see `Destination`)."""
        params = {"id": doc_id, "name": encodable(name)}  # a lone surrogate cannot be sent: U+FFFD is
        with Destination(target, overwrite=overwrite) as out:
            try:
                with self._http.stream("GET", file_url(self.address), params=params) as response:
                    size = int(response.headers.get("content-length", 0)) or None
                    with progress_bar(progress, size, target.name) as bar:
                        try:
                            # As the network delivers it: re-chunking into fixed sizes costs a copy of every byte.
                            for chunk in response.iter_bytes():
                                out.write(chunk)
                                if progress:  # the total is in bytes on the wire
                                    bar.update(response.num_bytes_downloaded - bar.n)
                        except HTTPX_ERRORS as exc:  # a body that cannot be decoded (Content-Encoding)
                            raise request_error(exc, response.request) from exc
                    check_length(response)
            except APIConnectionError as exc:  # dropped, timed out, cut short: the same error, naming the file
                raise type(exc)(f"{exc}; {target} was not written", request=exc.request) from exc
        return target

    def download_agent_files(
        self,
        message: str | FinishedRun,
        dest_dir: str | Path,
        *,
        overwrite: bool = False,
        progress: bool = False,
    ) -> list[Path]:
        """Download every file an agent run wrote (its `agent_files`) into `dest_dir` (created, with its
        parents); returns the paths.

        Names are reduced to safe base names (a name with nothing safe in it becomes `unnamed`); files whose
        safe names collide all land: `report.csv`, `report (1).csv`, ...
        """
        require("download_agent_files")
        message_id = message if isinstance(message, str) else message.message_id
        meta = self.chat.get_message_meta(message_id, info_type="agent_files")
        files = list(dict.fromkeys(_chat.parse_agent_files(str(meta[0].content) if meta else None)))
        folder = make_folder(Path(dest_dir))
        targets = targets_in(folder, [f.name for f in files])
        return [
            self._download(f.doc_id, f.name, target, overwrite=overwrite, progress=progress)
            for f, target in zip(files, targets, strict=True)
        ]
