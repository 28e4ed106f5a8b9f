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

T = TypeVar("T", bound="AudioSegment")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "start",
        "speaker",
        "text",
        "end",
        "original_speaker",
        "type",
    )
)


@_attrs_define
class AudioSegment:
    """One speaker segment of an audio/video transcript (issue

    Attributes:
        start (float): Segment start time in seconds.
        speaker (str): Assigned/display speaker name for the segment: the name inferred by the LLM (e.g. "Alice") when
            available, otherwise the raw diarization label. Empty if not diarized.
        text (str): Transcribed text of the segment.
        end (float | None | Unset): Segment end time in seconds. Null if unknown (rare edge cases).
        original_speaker (None | str | Unset): Raw diarization speaker label for the segment (e.g. "SPEAKER_01",
            "SPEAKER_-1" for the unknown speaker). Preserved alongside `speaker` because the LLM may map two distinct
            diarization speakers onto the same name; this exposes what the diarization model actually distinguished. Empty
            for non-diarized/scene segments.
        type_ (None | str | Unset): Segment kind for video transcripts (e.g. scene vs speech); absent for audio.
    """

    start: float
    speaker: str
    text: str
    end: float | None | Unset = UNSET
    original_speaker: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        speaker = self.speaker

        text = self.text

        end: float | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        original_speaker: None | str | Unset
        if isinstance(self.original_speaker, Unset):
            original_speaker = UNSET
        else:
            original_speaker = self.original_speaker

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "speaker": speaker,
                "text": text,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if original_speaker is not UNSET:
            field_dict["original_speaker"] = original_speaker
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            check_value(src_dict, "AudioSegment", "object")
        start = src_dict["start"]
        if start.__class__ is not float and start.__class__ is not int:
            check_value(start, "AudioSegment.start", "number")

        speaker = src_dict["speaker"]
        if speaker.__class__ is not str:
            check_value(speaker, "AudioSegment.speaker", "string")

        text = src_dict["text"]
        if text.__class__ is not str:
            check_value(text, "AudioSegment.text", "string")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                start,
                speaker,
                text,
            )

        _src_get = src_dict.get
        end = _src_get("end", UNSET)
        if (
            end.__class__ is not float
            and end.__class__ is not int
            and end is not None
            and end is not UNSET
        ):
            check_value(end, "AudioSegment.end", "number", "null")

        original_speaker = _src_get("original_speaker", UNSET)
        if (
            original_speaker.__class__ is not str
            and original_speaker is not None
            and original_speaker is not UNSET
        ):
            check_value(
                original_speaker, "AudioSegment.original_speaker", "string", "null"
            )

        type_ = _src_get("type", UNSET)
        if type_.__class__ is not str and type_ is not None and type_ is not UNSET:
            check_value(type_, "AudioSegment.type", "string", "null")

        audio_segment = cls(
            start,
            speaker,
            text,
            end,
            original_speaker,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            audio_segment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return audio_segment

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
