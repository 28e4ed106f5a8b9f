"""`H2OGPTE_LOG=debug` or `info`: the library's log (logger "h2ogpte_ext") on stderr, as `OPENAI_LOG` does for
openai. Read once, when `h2ogpte_ext` is imported; any other value is a warning and changes nothing.

What it shows: retries and their reasons, requests sent again with new credentials, clean-ups after failures,
metadata that could not be read. Never a credential: no message of ours holds the API key or a token. The
characters a terminal acts on are shown as escapes (`h2ogpte_ext._shown`): messages carry the server's text.
"""

from __future__ import annotations

import logging
import sys
import warnings

from h2ogpte_ext._shown import shown

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
