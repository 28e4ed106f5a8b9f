"""Downloads that never hold a file in memory and never leave a partial file behind."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from h2ogpte_ext._errors import DownloadError, H2OGPTEError

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
