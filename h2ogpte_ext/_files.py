"""Files in and out, decided without I/O.

- Uploads (`upload_and_ingest`): the files to send (checked first: sources, names, metadata), the errors and
  the result. The options are `h2ogpte_ext._needs`'s; the I/O is `h2ogpte_ext._async.ingest` (and its twin).
- Downloads: never holding a file in memory and never leaving a partial file behind; names made safe for
  any file system. The I/O is `h2ogpte_ext._async.downloads` (and its twin).
"""

from __future__ import annotations

import contextlib
import fnmatch
import io
import json
import logging
import math
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from types import TracebackType
from typing import IO, Any, TypeAlias
from urllib.parse import unquote

from attrs import define, field
from h2ogpte_api.models import Document, JobDetails

from h2ogpte_ext._errors import DownloadError, H2OGPTEError, UploadError

# --- downloads: streamed to disk, named safely -----------------------------------------------------------------

CHUNK = 1 << 20
NAME_MAX = 255  # bytes of UTF-8 in one file name (Linux, macOS; Windows allows 255 UTF-16 units, never fewer)
_LONGEST_EXTENSION = 32  # bytes; a longer "extension" is part of the name
_SEPARATORS = re.compile(r"[/\\]")
# Printable characters Windows refuses in a name (`:` would name an NTFS stream): each becomes `_`. Names must be
# safe on Windows wherever they are written, since files move.
_WINDOWS_RESERVED = re.compile('[<>:"|?*]')
# Invisible characters that are not of a format or control category (see `_invisible`): Unicode's
# Default_Ignorable_Code_Point characters (Hangul fillers, variation selectors, the combining grapheme joiner, ...),
# and the noncharacters.
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2060-\u206f\u3164\ufe00-\ufe0f\uffa0\ufff0-\ufff8"
    "\ufdd0-\ufdef\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# Controls (C0, DEL, C1), format characters (zero-width spaces and joiners, bidi marks, overrides and isolates:
# they disguise `gpj.exe` as `exe.jpg`), surrogates, and the line and paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
# Leading dots (no hidden files, no `..`) and spaces; trailing dots and spaces (Windows drops them).
_ENDS = re.compile(r"^[\s.]+|[\s.]+$")
# Device names Windows reserves whatever the extension or case (`nul.txt`, `Com1.csv`), as Python 3.13's
# ntpath.isreserved lists them, with COM0 and LPT0.
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"}
)


def _split(name: str) -> tuple[str, str]:
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension.encode()) > _LONGEST_EXTENSION:
        return name, ""
    return stem, dot + extension


# The name of a downloaded file whose server name has nothing safe to keep.
UNNAMED = "unnamed"


def encodable(text: str) -> str:
    """`text` with what UTF-8 cannot encode (a lone surrogate, as JSON's `"\\ud800"` gives) replaced by U+FFFD;
    a surrogate pair becomes the character it encodes.

    >>> encodable("a\\ud800b"), encodable("\\ud83d\\ude00")
    ('a\ufffdb', '😀')
    """
    if text.isascii():
        return text
    try:
        text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def numbered(name: str, number: int = 0) -> str:
    """`name` with ` (number)` before its extension (none for 0), shortened to `NAME_MAX` bytes keeping the
    extension.

    >>> numbered("report.csv", 1), len(numbered("x" * 300 + ".csv").encode())
    ('report (1).csv', 255)
    """
    stem, extension = _split(name)
    tail = (f" ({number})" if number else "") + extension
    room = NAME_MAX - len(tail.encode())
    stem = stem.encode()[:room].decode("utf-8", "ignore")
    return (stem if extension else stem.rstrip(". ")) + tail  # shortened, it must not end in a dot or space


def _invisible(character: str) -> bool:
    return unicodedata.category(character) in _INVISIBLE_CATEGORIES or (ord(character) & 0xFFFE) == 0xFFFE


def windows_device(name: str) -> bool:
    """Whether Windows takes `name` for a device (`CON`, `nul.txt`, `COM1.tar.gz`, `lpt1 .csv`)."""
    return name.partition(".")[0].rstrip(" ").upper() in _DEVICES


def safe_name(name: str) -> str:
    """A server-given file name reduced to a base name safe on Linux, macOS and Windows: no directories, `..`,
    separators, control, format (zero-width, bidi) or other invisible characters; `<>:"|?*` become `_`; no
    leading dot or space, no trailing dot or space; a Windows device name (`CON`, `nul.txt`, `COM1`) gets a
    leading `_`; what UTF-8 cannot encode becomes U+FFFD; no longer than the file system allows (the extension
    is kept).

    >>> safe_name("../../etc/passwd"), safe_name("/abs/x.csv"), safe_name("a\\x00b\\u200b.txt")
    ('passwd', 'x.csv', 'ab.txt')
    >>> safe_name("Q3: why?.csv"), safe_name("nul.txt"), safe_name("report. . ")
    ('Q3_ why_.csv', '_nul.txt', 'report')
    """
    text = unicodedata.normalize("NFC", encodable(name))
    base = _SEPARATORS.split(text)[-1]
    base = _IGNORABLE.sub("", "".join(c for c in base if not _invisible(c)))
    base = _ENDS.sub("", _WINDOWS_RESERVED.sub("_", base))
    if not base:
        raise H2OGPTEError(f"the server gave a file name with nothing safe to keep: {name!r}")
    return numbered("_" + base if windows_device(base) else base)


def distinct_names(names: list[str]) -> list[str]:
    """Safe names for files that go to one folder: a name already taken gets ` (1)`, ` (2)`, ...; a name with
    nothing safe in it becomes `unnamed` (one bad name never costs the other files). Linear: each base name
    keeps the next number to try.

    >>> distinct_names(["a/report.csv", "b/report.csv", "Report.csv", "..", "\u202e"])
    ['report.csv', 'report (1).csv', 'Report (2).csv', 'unnamed', 'unnamed (1)']
    """
    taken: set[str] = set()
    next_number: dict[str, int] = {}
    chosen = []
    for name in names:
        try:
            base = safe_name(name)
        except H2OGPTEError:
            base = UNNAMED
        # Compared without case: on macOS and Windows `Report.csv` and `report.csv` are one file.
        key = base.casefold()
        number = next_number.get(key, 0)
        # A number is skipped only when a name given as such took it (`report (1).csv`): each is skipped once.
        while (candidate := numbered(base, number)).casefold() in taken:
            number += 1
        next_number[key] = number + 1
        taken.add(candidate.casefold())
        chosen.append(candidate)
    return chosen


def targets_in(folder: Path, names: list[str]) -> list[Path]:
    """Where files with these server names go in `folder`, each distinct; a directory in the way is an error
    raised before anything is downloaded."""
    paths = [folder / name for name in distinct_names(names)]
    for path in paths:
        if path.is_dir():
            raise DownloadError(f"{path} is a directory; nothing was downloaded", target=path)
    return paths


def file_url(address: str) -> str:
    """Agent and document files are served at /file, outside /api/v1."""
    return f"{address}/file"


def _cause(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


class Destination:
    """Where one download goes: written to a hidden temporary file beside the target, which becomes the target
    only when complete. Any failure (the disk full, a write error, a dropped connection, Ctrl-C) removes the
    temporary file; a failure of the file system is a `DownloadError` naming the target and the cause. With
    `overwrite=False` the file appears only if nothing is at the target then (a hard link, which never replaces),
    so two downloads racing to one name never both succeed."""

    def __init__(self, target: Path, *, overwrite: bool) -> None:
        self.target = target
        self.overwrite = overwrite
        if target.is_dir():
            raise DownloadError(f"{target} is a directory; nothing was downloaded", target=target)
        if not overwrite and (target.exists() or target.is_symlink()):
            raise self._exists()
        if not target.parent.is_dir():
            raise DownloadError(f"{target.parent} is not a directory", target=target)
        self._file: IO[bytes] | None = None
        self.size = 0

    def _exists(self) -> DownloadError:
        return DownloadError(f"{self.target} exists; pass overwrite=True to replace it", target=self.target)

    def _failed(self, error: OSError, doing: str = "write") -> DownloadError:
        return DownloadError(
            f"could not {doing} {self.target}: {_cause(error)}; the partial download was removed", target=self.target
        )

    def __enter__(self) -> Destination:
        # os.open applies the user's umask (0644 typically); mkstemp would make the file 0600.
        prefix = self.target.name.encode()[: NAME_MAX - 32].decode("utf-8", "ignore")
        while True:
            tmp = self.target.parent / f".{prefix}.{secrets.token_hex(6)}.part"
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            except FileExistsError:
                continue
            except OSError as error:
                raise self._failed(error) from error
            break
        self._tmp = tmp
        try:
            self._file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._tmp.unlink(missing_ok=True)
            raise
        return self

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        try:
            self._file.write(chunk)
        except OSError as error:  # the disk full (ENOSPC), quota, an I/O error: removed by __exit__
            raise self._failed(error) from error
        self.size += len(chunk)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self._discard()
            if isinstance(exc, OSError):  # the caller's own use of the file
                raise self._failed(exc) from exc
            return
        try:
            self._finish()
        except DownloadError:
            self._discard()
            raise
        except OSError as error:
            self._discard()
            raise self._failed(error) from error
        except BaseException:  # Ctrl-C while the file is put in place
            self._discard()
            raise

    def _discard(self) -> None:
        """Remove the temporary file; its own errors never hide the one that caused it."""
        assert self._file is not None
        with contextlib.suppress(OSError):
            self._file.close()  # flushing again may fail again (ENOSPC)
        with contextlib.suppress(OSError):
            self._tmp.unlink(missing_ok=True)

    def _finish(self) -> None:
        assert self._file is not None
        self._file.close()  # writes what is buffered: the disk may turn out full here
        if self.overwrite:
            self._tmp.replace(self.target)
            return
        try:
            # A hard link fails if anything is at the target, even one made since the check: never replaces.
            os.link(self._tmp, self.target)
        except FileExistsError:
            raise self._exists() from None
        except OSError:
            self._reserve_then_replace()  # a file system without hard links (FAT, some network shares)
        finally:
            self._tmp.unlink(missing_ok=True)

    def _reserve_then_replace(self) -> None:
        """Without hard links: create the target exclusively (empty, for a moment), then replace it."""
        try:
            os.close(os.open(self.target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise self._exists() from None
        try:
            self._tmp.replace(self.target)
        except BaseException:
            with contextlib.suppress(OSError):
                self.target.unlink()  # the empty file reserved above
            raise


def _is_folder(dest: str | os.PathLike[str]) -> bool:
    raw = os.fspath(dest)
    return raw.endswith((os.sep, os.altsep or os.sep, "/")) or Path(raw).is_dir()


def make_folder(folder: Path) -> Path:
    """`folder`, created (with its parents) if need be; a file in the way is a `DownloadError`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise DownloadError(f"{folder} is not a directory; nothing was downloaded", target=folder) from error
    except OSError as error:
        raise DownloadError(f"could not create the folder {folder}: {_cause(error)}", target=folder) from error
    return folder


def target_path(dest: str | os.PathLike[str], name: str) -> Path:
    """Where a download of the server's `name` goes: in `dest` under its safe name when `dest` is a folder (an
    existing directory, or a path ending in a separator: `"downloads/"`), else `dest` itself; the folder is
    created, with its parents, if need be."""
    if _is_folder(dest):
        base = safe_name(name)  # a name with nothing safe in it is an error before the folder is made
        return make_folder(Path(dest)) / base
    path = Path(dest)
    make_folder(path.parent)
    return path


@contextlib.contextmanager
def progress_bar(enabled: bool, total: int | None, label: str, *, percent: bool = False) -> Iterator[Any]:
    """A tqdm progress bar when asked for, else a stand-in that ignores updates: of bytes (sizes and B/s), or
    with `percent=True` of a percentage (updates add points up to `total`, 100; no counts or rates)."""
    if not enabled:
        yield _NoBar()
        return
    from tqdm import tqdm  # imported only when a bar is wanted

    units: dict[str, Any] = {"unit": "B", "unit_scale": True, "unit_divisor": 1024}
    if percent:
        units = {"bar_format": "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}]"}
    with tqdm(total=total, desc=label, leave=False, **units) as bar:
        yield bar
        bar.refresh()  # tqdm throttles redraws: without this the last frame shown may stop short of 100 %


class _NoBar:
    n = 0

    def update(self, n: int = 1) -> None:
        pass


# --- uploads: the files to send, the errors and the result ------------------------------------------------------

log = logging.getLogger("h2ogpte_ext")

# A path (a file or a directory), or a `(name, content)` pair: exactly a 2-tuple of a str and bytes or a binary
# file object. Any other tuple is a sequence of sources: `("a.txt", Path("b.txt"))` is two paths (`is_pair`).
FileInput: TypeAlias = str | os.PathLike[str] | tuple[str, bytes | IO[bytes]]
Files: TypeAlias = FileInput | Iterable[FileInput]
# Uploads in flight at once (each streams from its own open file, so at most this many files are open): on a WAN
# each request waits a round trip. scripts/bench_bulk.py, 1,000 files of 4 KiB, 20 ms latency, 3 runs:
# 16 gave 8.3-9.8x sequential; 8 gave 5.6-6.0x, 12 7.8-8.2x, 24 8.4x, 32 8.6-9.5x (no faster, more threads).
DEFAULT_UPLOAD_CONCURRENCY = 16


@define(frozen=True)
class IngestResult:
    """The finished job and exactly the documents it added, or the running job with `wait=False`. An upload
    whose files carry different metadata runs one job per distinct metadata (the job takes one for all its
    files): `jobs` holds them all, in the order they were started, and `job` is the first."""

    job: JobDetails
    documents: list[Document] = field(factory=list)
    jobs: list[JobDetails] = field()

    @jobs.default
    def _one_job(self) -> list[JobDetails]:
        return [self.job]


# The metadata of a document: a JSON object (str keys; values JSON can hold).
Metadata: TypeAlias = Mapping[str, Any]


@define(frozen=True)
class MetadataGroup:
    """Files (by position among the sources) that one ingest job takes, and the metadata it gives them all."""

    metadata: dict[str, Any] | None
    files: list[int]


def metadata_groups(
    found: Sequence[Source], metadata: Metadata | None, file_metadata: Mapping[str, Metadata] | None
) -> list[MetadataGroup]:
    """The ingest jobs an upload needs: one per distinct metadata, the files in their order, a group's
    position that of its first file. Each file gets `metadata` (every file) updated with `file_metadata`'s
    entry for its name (a key there wins); a file with neither gets none. Checked before anything is sent:
    a name in `file_metadata` that no file has, a value that is not a mapping, a key that is not a str, or a
    value JSON cannot hold (a datetime, a set, NaN) is an error naming it."""
    common = {} if metadata is None else _checked_metadata(metadata, "metadata")
    per_file: dict[str, dict[str, Any]] = {}
    if file_metadata is not None:
        if not isinstance(file_metadata, Mapping):
            raise H2OGPTEError(
                f"file_metadata must map file names to metadata mappings, not {type(file_metadata).__name__}; nothing "
                "was sent"
            )
        names = {source.name for source in found}
        unknown = [name for name in file_metadata if name not in names]
        if unknown:
            shown = ", ".join(repr(name) for name in unknown)
            listed = ", ".join(repr(name) for name in sorted(names)[:20]) + (", ..." if len(names) > 20 else "")
            raise H2OGPTEError(
                f"file_metadata names {shown}, which no file to upload has (a path's file name, or a pair's "
                f"name); the files: {listed}; nothing was sent"
            )
        per_file = {name: _checked_metadata(value, f"file_metadata[{name!r}]") for name, value in file_metadata.items()}
    groups: dict[str, MetadataGroup] = {}
    for i, source in enumerate(found):
        merged = {**common, **per_file.get(source.name, {})}
        key = json.dumps(merged, sort_keys=True)
        group = groups.get(key)
        if group is None:
            group = groups[key] = MetadataGroup(merged or None, [])
        group.files.append(i)
    return list(groups.values())


def _checked_metadata(value: object, where: str) -> dict[str, Any]:
    """`value` as a dict, if it is a mapping JSON can hold; else an error naming where the fault is."""
    if not isinstance(value, Mapping):
        raise H2OGPTEError(f"{where} must be a mapping (a JSON object), not {type(value).__name__}; nothing was sent")
    _check_json(value, where)
    return dict(value)


def _check_json(value: object, where: str, depth: int = 0) -> None:
    if depth > 64:
        raise H2OGPTEError(f"{where} is nested more than 64 levels deep; nothing was sent")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise H2OGPTEError(
                    f"{where} has the key {key!r} ({type(key).__name__}): metadata keys must be str; nothing was sent"
                )
            _check_json(item, f"{where}[{key!r}]", depth + 1)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_json(item, f"{where}[{i}]", depth + 1)
    elif isinstance(value, float) and not math.isfinite(value):
        raise H2OGPTEError(f"{where} is {value!r}, which JSON cannot hold; nothing was sent")
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        raise H2OGPTEError(
            f"{where} is of type {type(value).__name__} ({_short_repr(value)}), which JSON cannot hold: use str, int, "
            "float, bool, None, lists and mappings; nothing was sent"
        )


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@define(frozen=True)
class Source:
    """One file to upload: a path on disk, or bytes / a binary file object under a name."""

    name: str
    size: int | None
    path: Path | None = None
    content: bytes | IO[bytes] | None = None

    @contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield handle
        elif isinstance(self.content, bytes):
            yield io.BytesIO(self.content)
        else:
            assert self.content is not None
            yield self.content


def _size_of(handle: IO[bytes]) -> int | None:
    try:
        position = handle.tell()
        end = handle.seek(0, io.SEEK_END)
        handle.seek(position)
        return end - position
    except (OSError, ValueError, AttributeError):
        return None  # not seekable: its size is known once read


def _special_kind(mode: int) -> str | None:
    """What a path that is neither a regular file nor a directory is, or None for those two."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def pattern_parts(pattern: str) -> tuple[str, ...]:
    """The folder names and file name a `pattern` matches at the end of a path inside a directory (as
    `Path.rglob` reads it: `*.csv`, `reports/*.csv`, `2024/**/*.csv`), checked: a pattern is relative to the
    directory, so an absolute one (`/etc/*`, `C:\\*`) or one that leaves it (`../*`) is an error."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise H2OGPTEError(f"pattern must be a glob such as '*.pdf', not {pattern!r}")
    if PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).anchor or PurePath(pattern).anchor:
        raise H2OGPTEError(
            f"pattern {pattern!r} is absolute: patterns are relative to each directory given ('*.pdf', "
            "'reports/*.csv'); pass the directory itself as a file to upload"
        )
    parts = tuple(part for part in PurePath(pattern).parts if part != ".")
    if ".." in parts:
        raise H2OGPTEError(f"pattern {pattern!r} leaves the directory: patterns are relative to it, without '..'")
    if not parts:
        raise H2OGPTEError(f"pattern must be a glob such as '*.pdf', not {pattern!r}")
    return parts


def matches(parts: Sequence[str], pattern: tuple[str, ...]) -> bool:
    """Whether a path inside a directory (`parts`) ends with what `pattern` (from `pattern_parts`) matches:
    `**` is any number of folders; each other part is an `fnmatch` glob (case-insensitive where the file
    system is: Windows). Linear in both lengths, whatever the number of `**`."""
    wanted = ("**", *pattern)  # as rglob: at any depth
    reach = _through_stars(wanted, [True] + [False] * len(wanted))
    for part in parts:
        step = [False] * (len(wanted) + 1)
        for i, glob in enumerate(wanted):
            if reach[i]:
                if glob == "**":
                    step[i] = True
                elif fnmatch.fnmatch(part, glob):
                    step[i + 1] = True
        reach = _through_stars(wanted, step)
    return reach[-1]


def _through_stars(wanted: tuple[str, ...], reach: list[bool]) -> list[bool]:
    for i, glob in enumerate(wanted):  # `**` also matches no folder at all
        if reach[i] and glob == "**":
            reach[i + 1] = True
    return reach


def _directory_sources(
    root: Path, pattern: tuple[str, ...], include_hidden: bool, problems: list[str]
) -> list[tuple[Path, Source]]:
    """The files under `root` matching `pattern`: hidden files and folders skipped unless `include_hidden`; a
    folder that cannot be read is a problem (never left out unseen); links are followed only to files inside
    `root`, and not to hidden ones unless `include_hidden` (links to folders are not followed)."""
    real_root = Path(os.path.realpath(root))
    found: list[tuple[Path, Source]] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            problems.append(f"cannot read the folder {folder}: {exc.strerror or exc}")
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") and not include_hidden:
                continue
            try:
                link = entry.is_symlink() or bool(getattr(entry, "is_junction", lambda: False)())
                if not link and entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                    continue
            except OSError as exc:
                problems.append(f"cannot read {path}: {exc.strerror or exc}")
                continue
            if not matches(path.relative_to(root).parts, pattern):
                continue
            source_path = path
            if link:
                real = Path(os.path.realpath(path))
                if real != real_root and real_root not in real.parents:
                    log.warning("not uploaded: %s is a link to %s, outside %s", path, real, root)
                    continue
                if not include_hidden and _hidden(real, real_root):
                    continue  # a link to `.env` is `.env`
                source_path = real  # what is uploaded is what was checked, even if the link changes
            try:
                mode = source_path.stat()
            except OSError as exc:
                problems.append(f"cannot read {path}: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(mode.st_mode):
                continue  # a link to a folder: not followed
            if (kind := _special_kind(mode.st_mode)) is not None:
                problems.append(f"{path} is a {kind}, not a regular file")
                continue
            if mode.st_size == 0:
                problems.append(f"{path} is empty")
            found.append((path, Source(encodable(path.name), mode.st_size, path=source_path)))
    if not found and not problems:
        problems.append(f"directory {root} has no files matching {PurePath(*pattern).as_posix()!r}")
    found.sort(key=lambda item: item[0])
    return found


def _content(value: object) -> bool:
    """Whether `value` is the content of a `(name, content)` pair: bytes, or a file object to read."""
    return isinstance(value, (bytes, bytearray, memoryview)) or callable(getattr(value, "read", None))


def is_pair(value: object) -> bool:
    """Whether `value` is a `(name, content)` pair: a 2-tuple of a str name and bytes or a binary file object.
    Any other tuple is a sequence of sources: `("a.txt", Path("b.txt"))` is two paths, as is `("a.txt",
    "b.txt")`."""
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and _content(value[1])


def _items(files: Files) -> list[Any]:
    if isinstance(files, (str, os.PathLike)) or is_pair(files):
        return [files]
    if isinstance(files, (bytes, bytearray, memoryview)) or not isinstance(files, Iterable):
        raise H2OGPTEError(
            "files must be paths, directories, (name, bytes | file) pairs or a list of them, "
            f"not {type(files).__name__}"
        )
    return list(files)


def _pair_source(item: tuple[Any, ...], problems: list[str]) -> Source | None:
    if not is_pair(item):
        shown = ", ".join(type(part).__name__ for part in item)
        problems.append(
            f"({shown}) is not a (name, content) pair: that is a str name and bytes or a binary file "
            "(encode text first); paths are given on their own, not in a tuple inside the list"
        )
        return None
    name, content = item
    if isinstance(content, io.TextIOBase):
        problems.append(f"{name} is a file opened in text mode: open it in binary mode ('rb')")
        return None
    if isinstance(content, (bytearray, memoryview)):
        content = bytes(content)
    if not name.strip():
        problems.append("a (name, content) pair has an empty name")
        return None
    size = len(content) if isinstance(content, bytes) else _size_of(content)
    if size == 0:
        problems.append(f"{name} is empty")
    return Source(encodable(name), size, content=content)


def sources(files: Files, pattern: str = "*", include_hidden: bool = False) -> list[Source]:
    """Every file to upload, checked before anything is sent: a missing path, a FIFO or device, a folder that
    cannot be read, a directory with nothing matching `pattern`, or an empty file is an error naming it.
    Directories skip hidden files and folders (`.env`, `.git/`) unless `include_hidden`, and follow links only
    to files inside them (a link to a hidden file is hidden). A `(name, content)` pair is a 2-tuple of a str and
    bytes or a binary file object; any other tuple is a sequence of paths."""
    wanted = pattern_parts(pattern)
    items = _items(files)
    found: list[Source] = []
    problems: list[str] = []
    for item in items:
        if isinstance(item, tuple):
            if (source := _pair_source(item, problems)) is not None:
                found.append(source)
            continue
        if not isinstance(item, (str, os.PathLike)):
            problems.append(f"{item!r} is not a path, a directory or a (name, content) pair")
            continue
        path = Path(item)
        try:
            mode = path.stat()
        except OSError:
            problems.append(f"no such file: {path}")
            continue
        if stat.S_ISDIR(mode.st_mode):
            found.extend(source for _, source in _directory_sources(path, wanted, include_hidden, problems))
        elif (kind := _special_kind(mode.st_mode)) is not None:
            problems.append(f"{path} is a {kind}, not a regular file")
        elif mode.st_size == 0:
            problems.append(f"{path} is empty")
        else:
            found.append(Source(encodable(path.name), mode.st_size, path=path))
    if problems:
        raise UploadError("nothing was uploaded: " + "; ".join(problems), [])
    if not found:
        raise UploadError("nothing was uploaded: no files were given", [])
    return found


def sendable_text(text: str, what: str = "text") -> bytes:
    """`text` as UTF-8; a character UTF-8 cannot encode (a lone surrogate) is an error naming its position
    (never the text), raised before anything is sent."""
    if not isinstance(text, str):
        raise H2OGPTEError(f"the {what} must be a str, not {type(text).__name__}")
    try:
        return text.encode()
    except UnicodeEncodeError as exc:
        raise H2OGPTEError(
            f"the {what} cannot be sent: the character at position {exc.start} ({text[exc.start]!r}) is a lone "
            "surrogate, which UTF-8 cannot encode (text decoded with errors='surrogateescape' has them); "
            "nothing was sent"
        ) from None


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise H2OGPTEError(f"concurrency must be a whole number >= 1, not {concurrency!r}")
    return concurrency


def added(documents: list[Document], known: set[str], expected: Sequence[Sequence[str]] | None) -> list[Document]:
    """The documents a job added: not there before it (an older one may have the same name); when it ingested
    named files (`expected`: for each file, the names it may have on the server: the name sent, and the one
    the server's upload answer gave), the ones that are those files.

    The API links no document to its job or upload, so a new document is this job's when its name is one of a
    file's names, else when it is one of them once reduced to letters and digits (the server rewrites names:
    `q3/report.csv` may be `report.csv` or `q3_report.csv`, `a"b.txt` `a%22b.txt`). If files are still
    unmatched after that, the new documents left are taken as theirs (an archive unpacks into several), with
    a WARNING: added documents are never left out unseen.
    """
    new = [d for d in documents if d.id not in known]
    if expected is None:
        return new
    unmatched = set(range(len(expected)))
    chosen: set[str] = set()
    for key in (_exact_keys, _loose_keys):
        owners: dict[str, list[int]] = {}  # the files a key may be, the first last (popped when matched)
        for i in sorted(unmatched, reverse=True):
            for name_key in {k for name in expected[i] for k in key(name)}:
                owners.setdefault(name_key, []).append(i)
        for document in new:
            if document.id not in chosen and (owner := _claim(owners, key(document.name), unmatched)) is not None:
                unmatched.discard(owner)
                chosen.add(document.id)
    left = [d for d in new if d.id not in chosen]
    if unmatched and left:
        log.warning(
            "%d file(s) sent (%s) match no document by name; taken as theirs: the %d other new document(s) "
            "(%s) (the server renamed them, unpacked an archive, or another ingest ran at once)",
            len(unmatched),
            ", ".join(repr(expected[i][0]) for i in sorted(unmatched)),
            len(left),
            ", ".join(repr(d.name) for d in left),
        )
        chosen.update(d.id for d in left)
    return [d for d in new if d.id in chosen]


def _claim(owners: dict[str, list[int]], keys: list[str], unmatched: set[int]) -> int | None:
    """The first unmatched file one of `keys` names (linear in all: a matched file is dropped once)."""
    for name_key in keys:
        files = owners.get(name_key, [])
        while files and files[-1] not in unmatched:
            files.pop()
        if files:
            return files.pop()
    return None


def _exact_keys(name: str) -> list[str]:
    return [name]


def _loose_keys(name: str) -> list[str]:
    """`name` and its base name (after any `/` or `\\`), percent-escapes decoded, reduced to letters and digits
    without case: what survives a server's rewriting of a name."""
    text = unicodedata.normalize("NFKC", unquote(encodable(name))).casefold()
    base = text.replace("\\", "/").rsplit("/", 1)[-1]
    return list({"".join(c for c in form if c.isalnum()) for form in (text, base)} - {""})


class Counted(io.RawIOBase):
    """A binary file that reports each read to a progress bar (httpx reads it in chunks)."""

    def __init__(self, handle: IO[bytes], bar: Any) -> None:
        self.handle, self.bar = handle, bar

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.bar.update(len(chunk))
        return chunk

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.handle.seek(offset, whence)

    def tell(self) -> int:
        return self.handle.tell()

    def fileno(self) -> int:
        return self.handle.fileno()


def upload_url(address: str) -> str:
    """The REST API has no operation to delete an upload; the vendor's client deletes one at /rpc/fs?id=."""
    return f"{address}/rpc/fs"


def failure(
    step: str, exc: Exception, upload_ids: list[str], left: list[str], started: Sequence[JobDetails] = ()
) -> UploadError:
    if not upload_ids:
        outcome = "nothing had been uploaded"
    elif not left:
        outcome = f"the {len(upload_ids)} upload(s) already made were deleted"
    else:
        outcome = f"{len(left)} of {len(upload_ids)} upload(s) could not be deleted: {', '.join(left)}"
    if started:
        outcome += f"; the ingest job(s) already started go on: {', '.join(job.id for job in started)}"
    return UploadError(f"{step} failed: {exc}; {outcome}", left)
