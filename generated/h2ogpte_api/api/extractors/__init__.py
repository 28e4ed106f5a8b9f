"""The operations tagged extractors: `client.extractors` is a `Extractors` (an `AsyncExtractors` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, UnknownEnumValue, Unset
from .. import (
    AsyncRawResource,
    AsyncResource,
    SyncRawResource,
    SyncResource,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from ...models.document_extraction_result import DocumentExtractionResult
    from ...models.endpoint_error import EndpointError
    from ...models.extractor import Extractor
    from ...models.extractor_create_request import ExtractorCreateRequest
    from ...models.extractor_update_request import ExtractorUpdateRequest
    from ...models.group_share_permission import GroupSharePermission
    from ...models.guardrails_settings import GuardrailsSettings
    from ...models.job_details import JobDetails
    from ...models.reset_and_share_request import ResetAndShareRequest
    from ...models.reset_and_share_with_groups_request import (
        ResetAndShareWithGroupsRequest,
    )
    from ...models.run_extractor_body import RunExtractorBody
    from ...models.share_permission import SharePermission
    from ...models.update_extractor_privacy_request import UpdateExtractorPrivacyRequest
    from ...types import File, FileTypes

    pass


class Extractors(SyncResource):
    """The operations tagged extractors; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ExtractorsWithRawResponse:
        return ExtractorsWithRawResponse(self._requester)

    def list_extractors(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Extractor]:
        """List extractors.

        List extractors. The output is sorted by create time in descending order.
        """
        from . import list_extractors as _op

        request = _op.build_request(offset=offset, limit=limit, name_filter=name_filter)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_extractors(
        self,
        *,
        name_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Extractor]:
        """List extractors.

        Every item of `list_extractors`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_extractors(
                name_filter=name_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def create_extractor(
        self,
        *,
        name: str,
        description: str,
        llm: str,
        schema: str,
        prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        max_num_chunks: int | Unset = UNSET,
        vision: str | Unset = UNSET,
        vision_llm: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    @overload
    def create_extractor(
        self,
        *,
        body: ExtractorCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    def create_extractor(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        llm: Any = UNSET,
        schema: Any = UNSET,
        prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        system_prompt: Any = UNSET,
        max_num_chunks: Any = UNSET,
        vision: Any = UNSET,
        vision_llm: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: ExtractorCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Creates extractor."""
        from . import create_extractor as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                llm=llm,
                schema=schema,
                prompt=prompt,
                pre_prompt_summary=pre_prompt_summary,
                keep_intermediate_results=keep_intermediate_results,
                system_prompt=system_prompt,
                max_num_chunks=max_num_chunks,
                vision=vision,
                vision_llm=vision_llm,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                guardrails_settings=guardrails_settings,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def create_extractor_run_job(
        self,
        extractor_id: str,
        *,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Create a job to run an extractor on a collection or document

        Creates a job to execute the specified extractor by running it on all documents in a collection, or
        on a single document when document_id is specified. This endpoint is designed for long-running
        extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
        of collection_id or document_id must be provided.
        """
        from . import create_extractor_run_job as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_extractor(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Fetch an extractor by ID

        This endpoint retrieves information about a specific extractor based on its unique ID. It requires
        an authenticated user and returns a JSON response containing the extractor's details.
        """
        from . import get_extractor as _op

        request = _op.build_request(extractor_id=extractor_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_extractor(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes extractor."""
        from . import delete_extractor as _op

        request = _op.build_request(extractor_id=extractor_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_extractor(
        self,
        extractor_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        schema: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        max_num_chunks: int | Unset = UNSET,
        vision: str | Unset = UNSET,
        vision_llm: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    @overload
    def update_extractor(
        self,
        extractor_id: str,
        *,
        body: ExtractorUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    def update_extractor(
        self,
        extractor_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        llm: Any = UNSET,
        schema: Any = UNSET,
        prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        system_prompt: Any = UNSET,
        max_num_chunks: Any = UNSET,
        vision: Any = UNSET,
        vision_llm: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: ExtractorUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Updates attributes of a given extractor.

        Updates an existing extractor. Only the fields present in the request body are changed; any field
        left out keeps its current value.
        """
        from . import update_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                llm=llm,
                schema=schema,
                prompt=prompt,
                pre_prompt_summary=pre_prompt_summary,
                keep_intermediate_results=keep_intermediate_results,
                system_prompt=system_prompt,
                max_num_chunks=max_num_chunks,
                vision=vision,
                vision_llm=vision_llm,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                guardrails_settings=guardrails_settings,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_extractor_group_permissions(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given extractor.

        The returned list of group permissions denoting which groups have access to the extractor.
        """
        from . import get_extractor_group_permissions as _op

        request = _op.build_request(extractor_id=extractor_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        groups: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        groups: Any = UNSET,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares an extractor to a new list of groups."""
        from . import reset_and_share_extractor_with_groups as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, groups=groups)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_extractor_permissions(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of users having access to given extractor.

        The returned list of permissions denotes who has access to the extractor.
        """
        from . import get_extractor_permissions as _op

        request = _op.build_request(extractor_id=extractor_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        usernames: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        body: ResetAndShareRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        usernames: Any = UNSET,
        body: ResetAndShareRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares an extractor to a new list of users."""
        from . import reset_and_share_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, usernames=usernames)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_extractor_for_all(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor to all other users except the original owner."""
        from . import unshare_extractor_for_all as _op

        request = _op.build_request(extractor_id=extractor_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_extractor_results(
        self,
        extractor_id: str,
        *,
        job_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]:
        """Retrieve extraction results

        Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
        that specific extraction run. If job_id is omitted, returns all results produced by this extractor
        across all runs.
        """
        from . import list_extractor_results as _op

        request = _op.build_request(
            extractor_id=extractor_id, job_id=job_id, offset=offset, limit=limit
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_extractor_results(
        self,
        extractor_id: str,
        *,
        job_id: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[DocumentExtractionResult]:
        """Retrieve extraction results

        Every item of `list_extractor_results`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_extractor_results(
                extractor_id,
                job_id=job_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def run_extractor(
        self,
        extractor_id: str,
        *,
        files: list[File] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]: ...

    @overload
    def run_extractor(
        self,
        extractor_id: str,
        *,
        body: RunExtractorBody | Mapping[str, Any],
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]: ...

    def run_extractor(
        self,
        extractor_id: str,
        *,
        files: Any = UNSET,
        body: RunExtractorBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]:
        """Run an extractor on a collection, document, or uploaded files (synchronous)

        Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
        one of the following must be provided: - `collection_id` — run on all documents in a collection -
        `document_id` — run on a single document in a collection - `files` — one or more files uploaded
        directly in the request body (multipart/form-data) without adding them to a collection  This
        endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
        is primarily intended for short-running extractions where immediate results are desired.  For very
        long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.
        """
        from . import run_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            body=_op.build_body(body, files=files),
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def share_extractor(
        self,
        extractor_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares an extractor to a user."""
        from . import share_extractor as _op

        request = _op.build_request(extractor_id=extractor_id, username=username)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_extractor(
        self,
        extractor_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor to a user."""
        from . import unshare_extractor as _op

        request = _op.build_request(extractor_id=extractor_id, username=username)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def share_extractor_with_group(
        self,
        extractor_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares an extractor to a group.

        Shares an extractor to a group. The extractor_id attribute denotes the extractor to be shared.
        """
        from . import share_extractor_with_group as _op

        request = _op.build_request(extractor_id=extractor_id, group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_extractor_from_group(
        self,
        extractor_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor from a group."""
        from . import unshare_extractor_from_group as _op

        request = _op.build_request(extractor_id=extractor_id, group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        is_public: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        body: UpdateExtractorPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        is_public: Any = UNSET,
        body: UpdateExtractorPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether an extractor is private or public."""
        from . import update_extractor_privacy as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, is_public=is_public)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncExtractors(AsyncResource):
    """The operations tagged extractors (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncExtractorsWithRawResponse:
        return AsyncExtractorsWithRawResponse(self._requester)

    async def list_extractors(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Extractor]:
        """List extractors.

        List extractors. The output is sorted by create time in descending order.
        """
        from . import list_extractors as _op

        request = _op.build_request(offset=offset, limit=limit, name_filter=name_filter)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_extractors(
        self,
        *,
        name_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Extractor]:
        """List extractors.

        Every item of `list_extractors`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_extractors(
                name_filter=name_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def create_extractor(
        self,
        *,
        name: str,
        description: str,
        llm: str,
        schema: str,
        prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        max_num_chunks: int | Unset = UNSET,
        vision: str | Unset = UNSET,
        vision_llm: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    @overload
    async def create_extractor(
        self,
        *,
        body: ExtractorCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    async def create_extractor(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        llm: Any = UNSET,
        schema: Any = UNSET,
        prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        system_prompt: Any = UNSET,
        max_num_chunks: Any = UNSET,
        vision: Any = UNSET,
        vision_llm: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: ExtractorCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Creates extractor."""
        from . import create_extractor as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                llm=llm,
                schema=schema,
                prompt=prompt,
                pre_prompt_summary=pre_prompt_summary,
                keep_intermediate_results=keep_intermediate_results,
                system_prompt=system_prompt,
                max_num_chunks=max_num_chunks,
                vision=vision,
                vision_llm=vision_llm,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                guardrails_settings=guardrails_settings,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def create_extractor_run_job(
        self,
        extractor_id: str,
        *,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Create a job to run an extractor on a collection or document

        Creates a job to execute the specified extractor by running it on all documents in a collection, or
        on a single document when document_id is specified. This endpoint is designed for long-running
        extractions.  The endpoint immediately returns a 201 Created response with job details.  Exactly one
        of collection_id or document_id must be provided.
        """
        from . import create_extractor_run_job as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_extractor(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Fetch an extractor by ID

        This endpoint retrieves information about a specific extractor based on its unique ID. It requires
        an authenticated user and returns a JSON response containing the extractor's details.
        """
        from . import get_extractor as _op

        request = _op.build_request(extractor_id=extractor_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_extractor(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes extractor."""
        from . import delete_extractor as _op

        request = _op.build_request(extractor_id=extractor_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_extractor(
        self,
        extractor_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        schema: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        max_num_chunks: int | Unset = UNSET,
        vision: str | Unset = UNSET,
        vision_llm: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    @overload
    async def update_extractor(
        self,
        extractor_id: str,
        *,
        body: ExtractorUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor: ...

    async def update_extractor(
        self,
        extractor_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        llm: Any = UNSET,
        schema: Any = UNSET,
        prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        system_prompt: Any = UNSET,
        max_num_chunks: Any = UNSET,
        vision: Any = UNSET,
        vision_llm: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: ExtractorUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Extractor:
        """Updates attributes of a given extractor.

        Updates an existing extractor. Only the fields present in the request body are changed; any field
        left out keeps its current value.
        """
        from . import update_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                llm=llm,
                schema=schema,
                prompt=prompt,
                pre_prompt_summary=pre_prompt_summary,
                keep_intermediate_results=keep_intermediate_results,
                system_prompt=system_prompt,
                max_num_chunks=max_num_chunks,
                vision=vision,
                vision_llm=vision_llm,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                guardrails_settings=guardrails_settings,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_extractor_group_permissions(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given extractor.

        The returned list of group permissions denoting which groups have access to the extractor.
        """
        from . import get_extractor_group_permissions as _op

        request = _op.build_request(extractor_id=extractor_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        groups: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_and_share_extractor_with_groups(
        self,
        extractor_id: str,
        *,
        groups: Any = UNSET,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares an extractor to a new list of groups."""
        from . import reset_and_share_extractor_with_groups as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, groups=groups)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_extractor_permissions(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of users having access to given extractor.

        The returned list of permissions denotes who has access to the extractor.
        """
        from . import get_extractor_permissions as _op

        request = _op.build_request(extractor_id=extractor_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        usernames: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        body: ResetAndShareRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_and_share_extractor(
        self,
        extractor_id: str,
        *,
        usernames: Any = UNSET,
        body: ResetAndShareRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares an extractor to a new list of users."""
        from . import reset_and_share_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, usernames=usernames)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_extractor_for_all(
        self,
        extractor_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor to all other users except the original owner."""
        from . import unshare_extractor_for_all as _op

        request = _op.build_request(extractor_id=extractor_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_extractor_results(
        self,
        extractor_id: str,
        *,
        job_id: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]:
        """Retrieve extraction results

        Retrieves extraction results produced by this extractor. If job_id is specified, returns results for
        that specific extraction run. If job_id is omitted, returns all results produced by this extractor
        across all runs.
        """
        from . import list_extractor_results as _op

        request = _op.build_request(
            extractor_id=extractor_id, job_id=job_id, offset=offset, limit=limit
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_extractor_results(
        self,
        extractor_id: str,
        *,
        job_id: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[DocumentExtractionResult]:
        """Retrieve extraction results

        Every item of `list_extractor_results`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_extractor_results(
                extractor_id,
                job_id=job_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def run_extractor(
        self,
        extractor_id: str,
        *,
        files: list[File] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]: ...

    @overload
    async def run_extractor(
        self,
        extractor_id: str,
        *,
        body: RunExtractorBody | Mapping[str, Any],
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]: ...

    async def run_extractor(
        self,
        extractor_id: str,
        *,
        files: Any = UNSET,
        body: RunExtractorBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        document_id: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentExtractionResult]:
        """Run an extractor on a collection, document, or uploaded files (synchronous)

        Executes the specified extractor synchronously and returns results with a 200 OK response.  Exactly
        one of the following must be provided: - `collection_id` — run on all documents in a collection -
        `document_id` — run on a single document in a collection - `files` — one or more files uploaded
        directly in the request body (multipart/form-data) without adding them to a collection  This
        endpoint blocks and waits for the extraction to complete, then returns the results.  This endpoint
        is primarily intended for short-running extractions where immediate results are desired.  For very
        long running extractions use the async endpoint `/extractors/{extractor_id}/job` instead.
        """
        from . import run_extractor as _op

        request = _op.build_request(
            extractor_id=extractor_id,
            body=_op.build_body(body, files=files),
            collection_id=collection_id,
            document_id=document_id,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def share_extractor(
        self,
        extractor_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares an extractor to a user."""
        from . import share_extractor as _op

        request = _op.build_request(extractor_id=extractor_id, username=username)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_extractor(
        self,
        extractor_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor to a user."""
        from . import unshare_extractor as _op

        request = _op.build_request(extractor_id=extractor_id, username=username)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def share_extractor_with_group(
        self,
        extractor_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares an extractor to a group.

        Shares an extractor to a group. The extractor_id attribute denotes the extractor to be shared.
        """
        from . import share_extractor_with_group as _op

        request = _op.build_request(extractor_id=extractor_id, group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_extractor_from_group(
        self,
        extractor_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of an extractor from a group."""
        from . import unshare_extractor_from_group as _op

        request = _op.build_request(extractor_id=extractor_id, group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        is_public: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        body: UpdateExtractorPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_extractor_privacy(
        self,
        extractor_id: str,
        *,
        is_public: Any = UNSET,
        body: UpdateExtractorPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether an extractor is private or public."""
        from . import update_extractor_privacy as _op

        request = _op.build_request(
            extractor_id=extractor_id, body=_op.build_body(body, is_public=is_public)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ExtractorsWithRawResponse(SyncRawResource):
    """The operations of `Extractors`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_extractors = raw_response(Extractors.list_extractors)
    create_extractor = raw_response(Extractors.create_extractor)
    create_extractor_run_job = raw_response(Extractors.create_extractor_run_job)
    get_extractor = raw_response(Extractors.get_extractor)
    delete_extractor = raw_response(Extractors.delete_extractor)
    update_extractor = raw_response(Extractors.update_extractor)
    get_extractor_group_permissions = raw_response(
        Extractors.get_extractor_group_permissions
    )
    reset_and_share_extractor_with_groups = raw_response(
        Extractors.reset_and_share_extractor_with_groups
    )
    get_extractor_permissions = raw_response(Extractors.get_extractor_permissions)
    reset_and_share_extractor = raw_response(Extractors.reset_and_share_extractor)
    unshare_extractor_for_all = raw_response(Extractors.unshare_extractor_for_all)
    list_extractor_results = raw_response(Extractors.list_extractor_results)
    run_extractor = raw_response(Extractors.run_extractor)
    share_extractor = raw_response(Extractors.share_extractor)
    unshare_extractor = raw_response(Extractors.unshare_extractor)
    share_extractor_with_group = raw_response(Extractors.share_extractor_with_group)
    unshare_extractor_from_group = raw_response(Extractors.unshare_extractor_from_group)
    update_extractor_privacy = raw_response(Extractors.update_extractor_privacy)


class AsyncExtractorsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncExtractors`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_extractors = async_raw_response(AsyncExtractors.list_extractors)
    create_extractor = async_raw_response(AsyncExtractors.create_extractor)
    create_extractor_run_job = async_raw_response(
        AsyncExtractors.create_extractor_run_job
    )
    get_extractor = async_raw_response(AsyncExtractors.get_extractor)
    delete_extractor = async_raw_response(AsyncExtractors.delete_extractor)
    update_extractor = async_raw_response(AsyncExtractors.update_extractor)
    get_extractor_group_permissions = async_raw_response(
        AsyncExtractors.get_extractor_group_permissions
    )
    reset_and_share_extractor_with_groups = async_raw_response(
        AsyncExtractors.reset_and_share_extractor_with_groups
    )
    get_extractor_permissions = async_raw_response(
        AsyncExtractors.get_extractor_permissions
    )
    reset_and_share_extractor = async_raw_response(
        AsyncExtractors.reset_and_share_extractor
    )
    unshare_extractor_for_all = async_raw_response(
        AsyncExtractors.unshare_extractor_for_all
    )
    list_extractor_results = async_raw_response(AsyncExtractors.list_extractor_results)
    run_extractor = async_raw_response(AsyncExtractors.run_extractor)
    share_extractor = async_raw_response(AsyncExtractors.share_extractor)
    unshare_extractor = async_raw_response(AsyncExtractors.unshare_extractor)
    share_extractor_with_group = async_raw_response(
        AsyncExtractors.share_extractor_with_group
    )
    unshare_extractor_from_group = async_raw_response(
        AsyncExtractors.unshare_extractor_from_group
    )
    update_extractor_privacy = async_raw_response(
        AsyncExtractors.update_extractor_privacy
    )


__all__ = [
    "AsyncExtractors",
    "AsyncExtractorsWithRawResponse",
    "Extractors",
    "ExtractorsWithRawResponse",
]
