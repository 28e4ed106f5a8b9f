from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="ChunkSearchResult")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "text",
        "id",
        "name",
        "size",
        "pages",
        "topic",
        "score",
        "start_time",
        "end_time",
    )
)


@_attrs_define
class ChunkSearchResult:
    """
    Attributes:
        text (str): The text represented by the chunk
        id (int): The identifier of the chunk
        name (str):
        size (int): The size in bytes.
        pages (str):
        topic (str):
        score (float):
        start_time (float | None | Unset): For audio/video transcript chunks, the start time in seconds of the chunk's
            content, located within the document's diarization segments: exact at a speaker segment's boundary, and linearly
            interpolated by character position when a segment spans multiple chunks. Populated for transcript chunks
            returned by the get_chunks endpoint (including a mid-segment continuation chunk); null for non-transcript chunks
            and documents without captured segment timestamps. Chunk search and match results do not carry per-chunk times —
            use get_chunks, or get_audio_timestamps for full exact per-segment timing.
        end_time (float | None | Unset): For audio/video transcript chunks, the end time in seconds of the chunk's
            content, located within the document's diarization segments: exact at a speaker segment's boundary (so the final
            chunk ends at the true segment end) and linearly interpolated by character position within a segment that spans
            multiple chunks, so it never overshoots the text the chunk holds. Populated for transcript chunks returned by
            the get_chunks endpoint; null for non-transcript chunks and documents without captured segment timestamps. Chunk
            search and match results do not carry per-chunk times.
    """

    text: str
    id: int
    name: str
    size: int
    pages: str
    topic: str
    score: float
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        id = self.id

        name = self.name

        size = self.size

        pages = self.pages

        topic = self.topic

        score = self.score

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "id": id,
                "name": name,
                "size": size,
                "pages": pages,
                "topic": topic,
                "score": score,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    def to_json(self) -> str:
        """This model as a JSON string: `json.dumps(self.to_dict())` (timestamps as ISO 8601 strings)."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: type[T], text: str | bytes) -> T:
        """The model a JSON string (or UTF-8 bytes) holds: `from_dict(json.loads(text))`."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "ChunkSearchResult", "object")
        text = src_dict["text"]
        if text.__class__ is not str:
            check_value(text, "ChunkSearchResult.text", "string")

        id = src_dict["id"]
        if id.__class__ is not int:
            check_value(id, "ChunkSearchResult.id", "integer")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "ChunkSearchResult.name", "string")

        size = src_dict["size"]
        if size.__class__ is not int:
            check_value(size, "ChunkSearchResult.size", "integer")

        pages = src_dict["pages"]
        if pages.__class__ is not str:
            check_value(pages, "ChunkSearchResult.pages", "string")

        topic = src_dict["topic"]
        if topic.__class__ is not str:
            check_value(topic, "ChunkSearchResult.topic", "string")

        score = src_dict["score"]
        if score.__class__ is not float and score.__class__ is not int:
            check_value(score, "ChunkSearchResult.score", "number")

        if len(src_dict) == 7:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                text,
                id,
                name,
                size,
                pages,
                topic,
                score,
            )

        _src_get = src_dict.get
        start_time = _src_get("start_time", UNSET)
        if (
            start_time.__class__ is not float
            and start_time.__class__ is not int
            and start_time is not None
            and start_time is not UNSET
        ):
            check_value(start_time, "ChunkSearchResult.start_time", "number", "null")

        end_time = _src_get("end_time", UNSET)
        if (
            end_time.__class__ is not float
            and end_time.__class__ is not int
            and end_time is not None
            and end_time is not UNSET
        ):
            check_value(end_time, "ChunkSearchResult.end_time", "number", "null")

        chunk_search_result = cls(
            text,
            id,
            name,
            size,
            pages,
            topic,
            score,
            start_time,
            end_time,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chunk_search_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chunk_search_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
