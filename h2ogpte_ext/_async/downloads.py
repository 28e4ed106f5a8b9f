"""Downloads (`GET /file`, outside the spec): streamed to a temporary file beside the target, renamed when
complete, never held in memory."""

from __future__ import annotations

from pathlib import Path

import httpx

from h2ogpte_ext import _agents
from h2ogpte_ext._agents import FinishedRun
from h2ogpte_ext._async._base import AsyncClientBase
from h2ogpte_ext._errors import HTTPX_ERRORS, APIConnectionError, request_error
from h2ogpte_ext._files import Destination, file_url, progress_bar, target_path, targets_in


def check_length(response: httpx.Response) -> None:
    """The body is whole: Content-Length counts the bytes on the wire (compressed ones when gzipped)."""
    expected = response.headers.get("content-length")
    received = response.num_bytes_downloaded
    if expected is not None and expected.isdigit() and int(expected) != received:
        raise APIConnectionError(f"download ended after {received} of {expected} bytes", request=response.request)


class AsyncDownloadsMixin(AsyncClientBase):
    """`AsyncH2OGPTE.download_file` and `download_agent_files`."""

    async def download_file(
        self, doc_id: str, name: str, dest: str | Path, *, overwrite: bool = False, progress: bool = False
    ) -> Path:
        """Download a file (`GET /file?id=&name=`) to `dest` (a directory, or the file's path), streamed.

            path = client.download_file(doc_id, "report.csv", "downloads/")

        The file appears only once complete; the server's name is reduced to a safe base name; an existing
        file is kept unless `overwrite=True`. Returns the path written.
        """
        target = target_path(dest, name)
        params = {"id": doc_id, "name": name}
        with Destination(target, overwrite=overwrite) as out:
            async with self._http.stream("GET", file_url(self.address), params=params) as response:
                size = int(response.headers.get("content-length", 0)) or None
                with progress_bar(progress, size, target.name) as bar:
                    try:
                        # As the network delivers it: re-chunking into fixed sizes costs a copy of every byte.
                        async for chunk in response.aiter_bytes():
                            out.write(chunk)
                            if progress:  # the total is in bytes on the wire
                                bar.update(response.num_bytes_downloaded - bar.n)
                    except HTTPX_ERRORS as exc:  # a body that cannot be decoded (Content-Encoding)
                        raise request_error(exc, response.request) from exc
                check_length(response)
        return target

    async def download_agent_files(
        self,
        message: str | FinishedRun,
        dest_dir: str | Path,
        *,
        overwrite: bool = False,
        progress: bool = False,
    ) -> list[Path]:
        """Download every file an agent run wrote (its `agent_files`) into `dest_dir`; returns the paths.

        Files whose safe names collide all land: `report.csv`, `report (1).csv`, ...
        """
        message_id = message if isinstance(message, str) else message.message_id
        meta = await self.chat.get_message_meta(message_id, info_type="agent_files")
        files = list(dict.fromkeys(_agents.parse_agent_files(str(meta[0].content) if meta else None)))
        folder = Path(dest_dir)
        folder.mkdir(parents=True, exist_ok=True)
        targets = targets_in(folder, [f.name for f in files])
        return [
            await self.download_file(f.doc_id, f.name, target, overwrite=overwrite, progress=progress)
            for f, target in zip(files, targets, strict=True)
        ]
