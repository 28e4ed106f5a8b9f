"""Text as it may reach a terminal: what the command line prints, and the log lines `H2OGPTE_LOG` writes to
stderr (both carry text the server chose: names, answers, error messages)."""

from __future__ import annotations

import re

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
