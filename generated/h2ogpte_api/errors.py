"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by an operation's `parse` when the response's status is no documented success of the operation (the
    api functions raise it as the cause of an UnexpectedResponse when Client.raise_on_unexpected_status is True)"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedResponse(Exception):
    """A response that does not parse as the operation documents: not JSON, a model that does not fit, or an
    undocumented status. The parse error is the `__cause__`; a client's `response_error` hook may raise its own
    error type instead."""

    def __init__(self, status_code: int, content: bytes, error: BaseException):
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"HTTP {status_code}: the response does not parse as documented: {error}"
        )


# What parsing a response that does not fit its schema raises (json.JSONDecodeError is a ValueError;
# JSON nested too deeply for the parser raises RecursionError).
PARSE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    RecursionError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    UnexpectedStatus,
)

__all__ = ["PARSE_ERRORS", "UnexpectedResponse", "UnexpectedStatus"]
