from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_settings_ingest_mode import (
    COLLECTION_SETTINGS_INGEST_MODE_VALUES,
    CollectionSettingsIngestMode,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.guardrails_settings import GuardrailsSettings


T = TypeVar("T", bound="CollectionSettings")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "max_tokens_per_chunk",
        "chunk_overlap_tokens",
        "gen_doc_summaries",
        "gen_doc_questions",
        "audio_input_language",
        "ocr_model",
        "tesseract_lang",
        "keep_tables_as_one_chunk",
        "chunk_by_page",
        "handwriting_check",
        "ingest_mode",
        "follow_links",
        "max_depth",
        "max_documents",
        "root_dir",
        "copy_document",
        "guardrails_settings",
        "expiry_timezone",
    )
)


@_attrs_define
class CollectionSettings:
    """
    Attributes:
        max_tokens_per_chunk (int | Unset): Approximate max. number of tokens per chunk for text-dominated document
            pages. For images, chunks can be larger.
        chunk_overlap_tokens (int | Unset): Approximate number of tokens that are overlapping between successive chunks.
        gen_doc_summaries (bool | Unset): Whether to auto-generate document summaries (uses LLM) Default: False.
        gen_doc_questions (bool | Unset): Whether to auto-generate sample questions for each document (uses LLM)
            Default: False.
        audio_input_language (str | Unset): Language of audio files. Defaults to "auto" language detection. Pass empty
            string to see choices. Default: 'auto'.
        ocr_model (str | Unset): Which method to use to extract text from images using AI-enabled optical character
            recognition (OCR) models. Pass empty string to see choices. docTR is best for Latin text, PaddleOCR is best for
            certain non-Latin languages, Tesseract covers a wide range of languages. Mississippi works well on handwriting.
            auto - Automatic will auto-select the best OCR model for every page. off - Disable OCR for speed, but all images
            will then be skipped (also no image captions will be made). Default: 'auto'.
        tesseract_lang (str | Unset): Which language to use when using ocr_model="tesseract". Pass empty string to see
            choices.
        keep_tables_as_one_chunk (bool | Unset): When tables are identified by the table parser the table tokens will be
            kept in a single chunk.
        chunk_by_page (bool | Unset): Each page will be a chunk. `keep_tables_as_one_chunk` will be ignored if this is
            `true`.
        handwriting_check (bool | Unset): Check pages for handwriting. Will use specialized models if handwriting is
            found.
        ingest_mode (CollectionSettingsIngestMode | UnknownEnumValue | Unset): Default document ingestion mode for
            uploads.
        follow_links (bool | Unset): Whether to import all web pages linked from this URL will be imported. External
            links will be ignored. Links to other pages on the same domain will be followed as long as they are at the same
            level or below the URL you specify. Each page will be transformed into a PDF document.
        max_depth (int | Unset): Max depth of recursion when following links, only when follow_links is `true`.
            Max_depth of 0 means don't follow any links, max_depth of 1 means follow only top-level links, etc. Use -1 for
            automatic (system settings).
        max_documents (int | Unset): Max number of documents when following links, only when follow_links is `true`. Use
            None for automatic (system defaults). Use -1 for max (system limit).
        root_dir (str | Unset): Root directory for document storage
        copy_document (bool | Unset): Whether to copy the document when importing an existing document
        guardrails_settings (GuardrailsSettings | Unset):
        expiry_timezone (str | Unset): IANA timezone (e.g. "America/New_York") used to render the collection's expiry
            date/time. The stored expiry is an absolute instant (UTC); this only controls how that instant is displayed when
            the expiry is set or reopened.
    """

    max_tokens_per_chunk: int | Unset = UNSET
    chunk_overlap_tokens: int | Unset = UNSET
    gen_doc_summaries: bool | Unset = UNSET
    gen_doc_questions: bool | Unset = UNSET
    audio_input_language: str | Unset = UNSET
    ocr_model: str | Unset = UNSET
    tesseract_lang: str | Unset = UNSET
    keep_tables_as_one_chunk: bool | Unset = UNSET
    chunk_by_page: bool | Unset = UNSET
    handwriting_check: bool | Unset = UNSET
    ingest_mode: CollectionSettingsIngestMode | UnknownEnumValue | Unset = UNSET
    follow_links: bool | Unset = UNSET
    max_depth: int | Unset = UNSET
    max_documents: int | Unset = UNSET
    root_dir: str | Unset = UNSET
    copy_document: bool | Unset = UNSET
    guardrails_settings: GuardrailsSettings | Unset = UNSET
    expiry_timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_tokens_per_chunk = self.max_tokens_per_chunk

        chunk_overlap_tokens = self.chunk_overlap_tokens

        gen_doc_summaries = self.gen_doc_summaries

        gen_doc_questions = self.gen_doc_questions

        audio_input_language = self.audio_input_language

        ocr_model = self.ocr_model

        tesseract_lang = self.tesseract_lang

        keep_tables_as_one_chunk = self.keep_tables_as_one_chunk

        chunk_by_page = self.chunk_by_page

        handwriting_check = self.handwriting_check

        ingest_mode: str | Unset = UNSET
        if not isinstance(self.ingest_mode, Unset):
            ingest_mode = self.ingest_mode

        follow_links = self.follow_links

        max_depth = self.max_depth

        max_documents = self.max_documents

        root_dir = self.root_dir

        copy_document = self.copy_document

        guardrails_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails_settings, Unset):
            guardrails_settings = self.guardrails_settings.to_dict()

        expiry_timezone = self.expiry_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_tokens_per_chunk is not UNSET:
            field_dict["max_tokens_per_chunk"] = max_tokens_per_chunk
        if chunk_overlap_tokens is not UNSET:
            field_dict["chunk_overlap_tokens"] = chunk_overlap_tokens
        if gen_doc_summaries is not UNSET:
            field_dict["gen_doc_summaries"] = gen_doc_summaries
        if gen_doc_questions is not UNSET:
            field_dict["gen_doc_questions"] = gen_doc_questions
        if audio_input_language is not UNSET:
            field_dict["audio_input_language"] = audio_input_language
        if ocr_model is not UNSET:
            field_dict["ocr_model"] = ocr_model
        if tesseract_lang is not UNSET:
            field_dict["tesseract_lang"] = tesseract_lang
        if keep_tables_as_one_chunk is not UNSET:
            field_dict["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk
        if chunk_by_page is not UNSET:
            field_dict["chunk_by_page"] = chunk_by_page
        if handwriting_check is not UNSET:
            field_dict["handwriting_check"] = handwriting_check
        if ingest_mode is not UNSET:
            field_dict["ingest_mode"] = ingest_mode
        if follow_links is not UNSET:
            field_dict["follow_links"] = follow_links
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_documents is not UNSET:
            field_dict["max_documents"] = max_documents
        if root_dir is not UNSET:
            field_dict["root_dir"] = root_dir
        if copy_document is not UNSET:
            field_dict["copy_document"] = copy_document
        if guardrails_settings is not UNSET:
            field_dict["guardrails_settings"] = guardrails_settings
        if expiry_timezone is not UNSET:
            field_dict["expiry_timezone"] = expiry_timezone

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
            check_value(src_dict, "CollectionSettings", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        max_tokens_per_chunk = _src_get("max_tokens_per_chunk", UNSET)
        if (
            max_tokens_per_chunk.__class__ is not int
            and max_tokens_per_chunk is not UNSET
        ):
            if max_tokens_per_chunk is None:
                max_tokens_per_chunk = UNSET
            else:
                check_value(
                    max_tokens_per_chunk,
                    "CollectionSettings.max_tokens_per_chunk",
                    "integer",
                )

        chunk_overlap_tokens = _src_get("chunk_overlap_tokens", UNSET)
        if (
            chunk_overlap_tokens.__class__ is not int
            and chunk_overlap_tokens is not UNSET
        ):
            if chunk_overlap_tokens is None:
                chunk_overlap_tokens = UNSET
            else:
                check_value(
                    chunk_overlap_tokens,
                    "CollectionSettings.chunk_overlap_tokens",
                    "integer",
                )

        gen_doc_summaries = _src_get("gen_doc_summaries", UNSET)
        if gen_doc_summaries.__class__ is not bool and gen_doc_summaries is not UNSET:
            if gen_doc_summaries is None:
                gen_doc_summaries = UNSET
            else:
                check_value(
                    gen_doc_summaries, "CollectionSettings.gen_doc_summaries", "boolean"
                )

        gen_doc_questions = _src_get("gen_doc_questions", UNSET)
        if gen_doc_questions.__class__ is not bool and gen_doc_questions is not UNSET:
            if gen_doc_questions is None:
                gen_doc_questions = UNSET
            else:
                check_value(
                    gen_doc_questions, "CollectionSettings.gen_doc_questions", "boolean"
                )

        audio_input_language = _src_get("audio_input_language", UNSET)
        if (
            audio_input_language.__class__ is not str
            and audio_input_language is not UNSET
        ):
            if audio_input_language is None:
                audio_input_language = UNSET
            else:
                check_value(
                    audio_input_language,
                    "CollectionSettings.audio_input_language",
                    "string",
                )

        ocr_model = _src_get("ocr_model", UNSET)
        if ocr_model.__class__ is not str and ocr_model is not UNSET:
            if ocr_model is None:
                ocr_model = UNSET
            else:
                check_value(ocr_model, "CollectionSettings.ocr_model", "string")

        tesseract_lang = _src_get("tesseract_lang", UNSET)
        if tesseract_lang.__class__ is not str and tesseract_lang is not UNSET:
            if tesseract_lang is None:
                tesseract_lang = UNSET
            else:
                check_value(
                    tesseract_lang, "CollectionSettings.tesseract_lang", "string"
                )

        keep_tables_as_one_chunk = _src_get("keep_tables_as_one_chunk", UNSET)
        if (
            keep_tables_as_one_chunk.__class__ is not bool
            and keep_tables_as_one_chunk is not UNSET
        ):
            if keep_tables_as_one_chunk is None:
                keep_tables_as_one_chunk = UNSET
            else:
                check_value(
                    keep_tables_as_one_chunk,
                    "CollectionSettings.keep_tables_as_one_chunk",
                    "boolean",
                )

        chunk_by_page = _src_get("chunk_by_page", UNSET)
        if chunk_by_page.__class__ is not bool and chunk_by_page is not UNSET:
            if chunk_by_page is None:
                chunk_by_page = UNSET
            else:
                check_value(
                    chunk_by_page, "CollectionSettings.chunk_by_page", "boolean"
                )

        handwriting_check = _src_get("handwriting_check", UNSET)
        if handwriting_check.__class__ is not bool and handwriting_check is not UNSET:
            if handwriting_check is None:
                handwriting_check = UNSET
            else:
                check_value(
                    handwriting_check, "CollectionSettings.handwriting_check", "boolean"
                )

        ingest_mode = _src_get("ingest_mode", UNSET)
        if (
            ingest_mode.__class__ is not str
            or ingest_mode not in COLLECTION_SETTINGS_INGEST_MODE_VALUES
        ) and ingest_mode is not UNSET:
            if ingest_mode is None:
                ingest_mode = UNSET
            else:
                ingest_mode = open_enum(
                    ingest_mode,
                    "CollectionSettings.ingest_mode",
                    COLLECTION_SETTINGS_INGEST_MODE_VALUES,
                )

        follow_links = _src_get("follow_links", UNSET)
        if follow_links.__class__ is not bool and follow_links is not UNSET:
            if follow_links is None:
                follow_links = UNSET
            else:
                check_value(follow_links, "CollectionSettings.follow_links", "boolean")

        max_depth = _src_get("max_depth", UNSET)
        if max_depth.__class__ is not int and max_depth is not UNSET:
            if max_depth is None:
                max_depth = UNSET
            else:
                check_value(max_depth, "CollectionSettings.max_depth", "integer")

        max_documents = _src_get("max_documents", UNSET)
        if max_documents.__class__ is not int and max_documents is not UNSET:
            if max_documents is None:
                max_documents = UNSET
            else:
                check_value(
                    max_documents, "CollectionSettings.max_documents", "integer"
                )

        root_dir = _src_get("root_dir", UNSET)
        if root_dir.__class__ is not str and root_dir is not UNSET:
            if root_dir is None:
                root_dir = UNSET
            else:
                check_value(root_dir, "CollectionSettings.root_dir", "string")

        copy_document = _src_get("copy_document", UNSET)
        if copy_document.__class__ is not bool and copy_document is not UNSET:
            if copy_document is None:
                copy_document = UNSET
            else:
                check_value(
                    copy_document, "CollectionSettings.copy_document", "boolean"
                )

        _guardrails_settings = _src_get("guardrails_settings", UNSET)
        guardrails_settings: GuardrailsSettings | Unset
        if _guardrails_settings is UNSET:
            guardrails_settings = UNSET
        else:
            guardrails_settings = GuardrailsSettings.from_dict(_guardrails_settings)

        expiry_timezone = _src_get("expiry_timezone", UNSET)
        if expiry_timezone.__class__ is not str and expiry_timezone is not UNSET:
            if expiry_timezone is None:
                expiry_timezone = UNSET
            else:
                check_value(
                    expiry_timezone, "CollectionSettings.expiry_timezone", "string"
                )

        collection_settings = cls(
            max_tokens_per_chunk,
            chunk_overlap_tokens,
            gen_doc_summaries,
            gen_doc_questions,
            audio_input_language,
            ocr_model,
            tesseract_lang,
            keep_tables_as_one_chunk,
            chunk_by_page,
            handwriting_check,
            ingest_mode,
            follow_links,
            max_depth,
            max_documents,
            root_dir,
            copy_document,
            guardrails_settings,
            expiry_timezone,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            collection_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collection_settings

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


from ..models.guardrails_settings import GuardrailsSettings  # noqa: E402
