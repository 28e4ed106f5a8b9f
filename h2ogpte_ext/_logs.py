"""Text as it may reach a terminal, and the library's log.

`shown()`: the command line's output and the log's lines carry text the server chose (names, answers, error
messages); each character a terminal would act on is shown as its escape.

`H2OGPTE_LOG=debug` or `info`: the library's log (logger "h2ogpte_ext") on stderr, as `OPENAI_LOG` does for
openai. Read once, when `h2ogpte_ext` is imported; any other value is a warning and changes nothing.

What it shows: retries and their reasons, requests sent again with new credentials, clean-ups after failures,
metadata that could not be read. Never a credential: no message of ours holds the API key or a token. The
characters a terminal acts on are shown as escapes (`shown()`): messages carry the server's text.
"""

from __future__ import annotations

import logging
import re
import sys
import warnings

# Characters a terminal acts on, or that change how it shows the rest: C0 controls (ESC starts CSI and OSC
# sequences: screen clears, cursor moves, window titles, links; BS and CR overwrite), DEL, C1 controls
# (U+009B is a one-byte CSI, U+009D an OSC), the bidi embeddings, overrides, isolates and marks, and lone
# surrogates (no encoding can write them). The same set `_files.safe_name` strips from file names.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]")  # \n and \t kept: the layout of an answer or a report
UNSAFE_IN_LINE = re.compile(f"[\t\n{_UNSAFE}]")  # a name, an id, an error message: one line


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def shown(text: str, *, one_line: bool = False) -> str:
    """Text as it may reach a terminal: each character a terminal would act on (see `_UNSAFE`) replaced by
    its Python escape, visibly (ESC as `\\x1b`, U+202E as `\\u202e`, a lone surrogate as `\\udc80`).
    Line breaks and tabs are kept (CRLF as a line break) unless `one_line`. Applying it twice changes nothing."""
    if one_line:
        return UNSAFE_IN_LINE.sub(_escape, text)
    return UNSAFE_IN_TEXT.sub(_escape, text.replace("\r\n", "\n"))


LOG_ENV = "H2OGPTE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class EnvironmentHandler(logging.Handler):
    """Writes to whatever `sys.stderr` is at the time (a test's capture, a redirected stream), made safe for a
    terminal."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(shown(self.format(record)) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


def environment_handler() -> EnvironmentHandler | None:
    """The handler `H2OGPTE_LOG` installed, if any."""
    logger = logging.getLogger("h2ogpte_ext")
    return next((h for h in logger.handlers if isinstance(h, EnvironmentHandler)), None)


def log_from_environment(value: str) -> None:
    """Log at the level `value` (`H2OGPTE_LOG`) names to stderr; warn of any other value."""
    wanted = value.strip().lower()
    if not wanted:
        return
    level = LEVELS.get(wanted)
    if level is None:
        warnings.warn(
            f"{LOG_ENV}={value!r} is not a log level this library knows, and is ignored: use debug or info",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    logger = logging.getLogger("h2ogpte_ext")
    logger.setLevel(level)
    handler = environment_handler()
    if handler is None:
        handler = EnvironmentHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    handler.setLevel(level)
