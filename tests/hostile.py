"""Servers that misbehave, for the client's tests: a mocked transport behind the client's whole stack, a
body served chunk by chunk, an API whose every answer is one body, JSON nested too deep to parse."""

from __future__ import annotations

MiB = 1024 * 1024
