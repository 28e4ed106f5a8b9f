"""The JSONL decoder of streamed answers (`h2ogpte_ext._chat`): lines split on newline only, however the bytes
arrive; a line's length bounded; `finished` a JSON boolean. Directly, and through a client whose mocked
server sends the bytes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from h2ogpte_ext import StreamError
from h2ogpte_ext._chat import JSONLDecoder
from tests.hostile import MiB, _Chunks, _mocked

pytestmark = pytest.mark.e2e


# --- the decoder --------------------------------------------------------------------------------------------


def _line(**fields: Any) -> bytes:
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode()


def test_jsonl_splits_on_newline_only_however_the_bytes_arrive() -> None:
    text = "a\u2028b\u0085c\u2029d\x1c\re"
    stream = _line(body=text, finished=False) + _line(body=None, finished=False) + _line(finished=True, message_id="m")
    for size in (1, 2, 7, len(stream)):
        decoder = JSONLDecoder()
        deltas = [d for i in range(0, len(stream), size) for d in decoder.feed_bytes(stream[i : i + size])]
        deltas += decoder.end()
        assert [d.body for d in deltas] == [text, "", ""]
        assert deltas[-1].finished and deltas[-1].message_id == "m"


@pytest.mark.parametrize("finished", ['"false"', "0", '"yes"'])  # null is the field left out: not final
def test_finished_must_be_a_json_boolean(finished: str) -> None:
    with pytest.raises(StreamError, match="non-boolean 'finished'"):
        JSONLDecoder().feed_bytes(b'{"body": "x", "finished": ' + finished.encode() + b"}\n")


def test_a_line_over_the_limit_is_refused_without_buffering_it() -> None:
    decoder = JSONLDecoder(max_line_bytes=1000)
    decoder.feed_bytes(b'{"body": "' + b"x" * 900)
    with pytest.raises(StreamError, match="longer than 1000 bytes") as caught:
        decoder.feed_bytes(b"x" * 200)
    assert caught.value.line_number == 1


# --- through a client, the bytes as a server sends them -----------------------------------------------------


def _stream_server(chunks: _Chunks) -> Callable[[httpx.Request], httpx.Response]:
    def server(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/completions")
        return httpx.Response(200, headers={"Content-Type": "application/jsonl"}, stream=chunks)

    return server


def test_a_streamed_answer_keeps_unicode_line_separators(kind: str) -> None:
    text = "one\u2028two\u0085three"
    chunks = _Chunks([_line(body=text, finished=False)[:7], _line(body=text, finished=False)[7:], _line(finished=True)])
    deltas, stream = _mocked(kind, _stream_server(chunks)).stream("s1", "hi")
    assert [d.body for d in deltas] == [text, ""] and stream.text == text


def test_a_huge_stream_line_is_a_stream_error_with_memory_bounded(kind: str) -> None:
    chunks = _Chunks([b'{"body": "'] + [b"x" * MiB] * 200)  # a 200 MB line
    with pytest.raises(StreamError, match="longer than"):
        _mocked(kind, _stream_server(chunks)).stream("s1", "hi", max_line_bytes=4 * MiB)
    assert chunks.pulled <= 5  # reading stopped at the limit


def test_a_stream_with_a_non_boolean_finished_is_refused(kind: str) -> None:
    chunks = _Chunks([_line(body="a", finished="false"), _line(finished=True)])
    with pytest.raises(StreamError, match="non-boolean 'finished'"):
        _mocked(kind, _stream_server(chunks)).stream("s1", "hi")
