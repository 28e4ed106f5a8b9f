"""The operations tagged prompt_templates: `client.prompt_templates` is a `PromptTemplates` (an `AsyncPromptTemplates` on an async client).

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
    from ...models.count import Count
    from ...models.endpoint_error import EndpointError
    from ...models.group_share_permission import GroupSharePermission
    from ...models.prompt_template import PromptTemplate
    from ...models.prompt_template_base import PromptTemplateBase
    from ...models.prompt_template_create_request import PromptTemplateCreateRequest
    from ...models.reset_and_share_request import ResetAndShareRequest
    from ...models.reset_and_share_with_groups_request import (
        ResetAndShareWithGroupsRequest,
    )
    from ...models.share_permission import SharePermission
    from ...models.update_default_prompt_template_visibility_request import (
        UpdateDefaultPromptTemplateVisibilityRequest,
    )
    from ...models.update_prompt_template_privacy_request import (
        UpdatePromptTemplatePrivacyRequest,
    )

    pass


class PromptTemplates(SyncResource):
    """The operations tagged prompt_templates; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> PromptTemplatesWithRawResponse:
        return PromptTemplatesWithRawResponse(self._requester)

    def list_prompt_templates(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PromptTemplate]:
        """List prompt templates.

        List all existing prompt templates.
        """
        from . import list_prompt_templates as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_prompt_templates(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[PromptTemplate]:
        """List prompt templates.

        Every item of `list_prompt_templates`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_prompt_templates(
                sort_column=sort_column,
                ascending=ascending,
                template_type=template_type,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def create_prompt_template(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        hyde_no_rag_llm_prompt_extension: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        system_prompt_reflection: str | Unset = UNSET,
        prompt_reflection: str | Unset = UNSET,
        auto_gen_description_prompt: str | Unset = UNSET,
        auto_gen_document_summary_pre_prompt_summary: str | Unset = UNSET,
        auto_gen_document_summary_prompt_summary: str | Unset = UNSET,
        auto_gen_document_sample_questions_prompt: str | Unset = UNSET,
        default_sample_questions: list[str] | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    @overload
    def create_prompt_template(
        self,
        *,
        body: PromptTemplateCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    def create_prompt_template(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        lang: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        hyde_no_rag_llm_prompt_extension: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        system_prompt_reflection: Any = UNSET,
        prompt_reflection: Any = UNSET,
        auto_gen_description_prompt: Any = UNSET,
        auto_gen_document_summary_pre_prompt_summary: Any = UNSET,
        auto_gen_document_summary_prompt_summary: Any = UNSET,
        auto_gen_document_sample_questions_prompt: Any = UNSET,
        default_sample_questions: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        body: PromptTemplateCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Creates a new prompt template.

        Creates a new prompt template that can be subsequently associated with a collection.
        """
        from . import create_prompt_template as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                lang=lang,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                hyde_no_rag_llm_prompt_extension=hyde_no_rag_llm_prompt_extension,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                system_prompt_reflection=system_prompt_reflection,
                prompt_reflection=prompt_reflection,
                auto_gen_description_prompt=auto_gen_description_prompt,
                auto_gen_document_summary_pre_prompt_summary=auto_gen_document_summary_pre_prompt_summary,
                auto_gen_document_summary_prompt_summary=auto_gen_document_summary_prompt_summary,
                auto_gen_document_sample_questions_prompt=auto_gen_document_sample_questions_prompt,
                default_sample_questions=default_sample_questions,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_prompt_template(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Finds a prompt template by id.

        Returns a single prompt template by its unique identifier.
        """
        from . import get_prompt_template as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_prompt_template(
        self,
        prompt_template_id: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a prompt template.

        Deletes a prompt template with a given unique identifier.
        """
        from . import delete_prompt_template as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        hyde_no_rag_llm_prompt_extension: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        system_prompt_reflection: str | Unset = UNSET,
        prompt_reflection: str | Unset = UNSET,
        auto_gen_description_prompt: str | Unset = UNSET,
        auto_gen_document_summary_pre_prompt_summary: str | Unset = UNSET,
        auto_gen_document_summary_prompt_summary: str | Unset = UNSET,
        auto_gen_document_sample_questions_prompt: str | Unset = UNSET,
        default_sample_questions: list[str] | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    @overload
    def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        body: PromptTemplateBase | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        lang: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        hyde_no_rag_llm_prompt_extension: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        system_prompt_reflection: Any = UNSET,
        prompt_reflection: Any = UNSET,
        auto_gen_description_prompt: Any = UNSET,
        auto_gen_document_summary_pre_prompt_summary: Any = UNSET,
        auto_gen_document_summary_prompt_summary: Any = UNSET,
        auto_gen_document_sample_questions_prompt: Any = UNSET,
        default_sample_questions: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        body: PromptTemplateBase | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Updates attributes of a given prompt template."""
        from . import update_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                lang=lang,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                hyde_no_rag_llm_prompt_extension=hyde_no_rag_llm_prompt_extension,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                system_prompt_reflection=system_prompt_reflection,
                prompt_reflection=prompt_reflection,
                auto_gen_description_prompt=auto_gen_description_prompt,
                auto_gen_document_summary_pre_prompt_summary=auto_gen_document_summary_pre_prompt_summary,
                auto_gen_document_summary_prompt_summary=auto_gen_document_summary_prompt_summary,
                auto_gen_document_sample_questions_prompt=auto_gen_document_sample_questions_prompt,
                default_sample_questions=default_sample_questions,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_default_prompt_template(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Returns the default prompt template."""
        from . import get_default_prompt_template as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_prompt_template_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of prompt templates."""
        from . import get_prompt_template_count as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_prompt_template_group_permissions(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given prompt template.

        The returned list of group permissions denotes which groups have access to the prompt template.
        """
        from . import get_prompt_template_group_permissions as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        groups: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        groups: Any = UNSET,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares a prompt template to a new list of groups."""
        from . import reset_and_share_prompt_template_with_groups as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, groups=groups),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_prompt_template_permissions(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of access permissions for a given prompt template.

        The returned list of permissions denotes who has access to the prompt template.
        """
        from . import get_prompt_template_permissions as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        usernames: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        body: ResetAndShareRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        usernames: Any = UNSET,
        body: ResetAndShareRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares a prompt template to a new list of users."""
        from . import reset_and_share_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, usernames=usernames),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_prompt_template_for_all(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a prompt template to all other users except the original owner."""
        from . import unshare_prompt_template_for_all as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_all_prompt_templates(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PromptTemplate]:
        """Lists prompt templates, including hidden default templates.

        Lists prompt templates, including hidden default templates. Only for users who have the permission
        to manage prompt templates.
        """
        from . import list_all_prompt_templates as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_all_prompt_templates(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[PromptTemplate]:
        """Lists prompt templates, including hidden default templates.

        Every item of `list_all_prompt_templates`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_prompt_templates(
                sort_column=sort_column,
                ascending=ascending,
                template_type=template_type,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def share_prompt_template(
        self,
        prompt_template_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a prompt template to a user."""
        from . import share_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, username=username
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_prompt_template(
        self,
        prompt_template_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a prompt template to a user."""
        from . import unshare_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, username=username
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def share_prompt_template_with_group(
        self,
        prompt_template_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a prompt template with a group.

        Shares a prompt template with a user.
        """
        from . import share_prompt_template_with_group as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, group_id=group_id
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_prompt_template_from_group(
        self,
        prompt_template_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes access to a prompt template for a group."""
        from . import unshare_prompt_template_from_group as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, group_id=group_id
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        is_visible: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        body: UpdateDefaultPromptTemplateVisibilityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        is_visible: Any = UNSET,
        body: UpdateDefaultPromptTemplateVisibilityRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a default prompt template is visible or hidden to users."""
        from . import update_default_prompt_template_visibility as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, is_visible=is_visible),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        is_public: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        body: UpdatePromptTemplatePrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        is_public: Any = UNSET,
        body: UpdatePromptTemplatePrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a prompt template is private or public."""
        from . import update_prompt_template_privacy as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, is_public=is_public),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncPromptTemplates(AsyncResource):
    """The operations tagged prompt_templates (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncPromptTemplatesWithRawResponse:
        return AsyncPromptTemplatesWithRawResponse(self._requester)

    async def list_prompt_templates(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PromptTemplate]:
        """List prompt templates.

        List all existing prompt templates.
        """
        from . import list_prompt_templates as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_prompt_templates(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[PromptTemplate]:
        """List prompt templates.

        Every item of `list_prompt_templates`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_prompt_templates(
                sort_column=sort_column,
                ascending=ascending,
                template_type=template_type,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def create_prompt_template(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        hyde_no_rag_llm_prompt_extension: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        system_prompt_reflection: str | Unset = UNSET,
        prompt_reflection: str | Unset = UNSET,
        auto_gen_description_prompt: str | Unset = UNSET,
        auto_gen_document_summary_pre_prompt_summary: str | Unset = UNSET,
        auto_gen_document_summary_prompt_summary: str | Unset = UNSET,
        auto_gen_document_sample_questions_prompt: str | Unset = UNSET,
        default_sample_questions: list[str] | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    @overload
    async def create_prompt_template(
        self,
        *,
        body: PromptTemplateCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    async def create_prompt_template(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        lang: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        hyde_no_rag_llm_prompt_extension: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        system_prompt_reflection: Any = UNSET,
        prompt_reflection: Any = UNSET,
        auto_gen_description_prompt: Any = UNSET,
        auto_gen_document_summary_pre_prompt_summary: Any = UNSET,
        auto_gen_document_summary_prompt_summary: Any = UNSET,
        auto_gen_document_sample_questions_prompt: Any = UNSET,
        default_sample_questions: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        body: PromptTemplateCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Creates a new prompt template.

        Creates a new prompt template that can be subsequently associated with a collection.
        """
        from . import create_prompt_template as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                lang=lang,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                hyde_no_rag_llm_prompt_extension=hyde_no_rag_llm_prompt_extension,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                system_prompt_reflection=system_prompt_reflection,
                prompt_reflection=prompt_reflection,
                auto_gen_description_prompt=auto_gen_description_prompt,
                auto_gen_document_summary_pre_prompt_summary=auto_gen_document_summary_pre_prompt_summary,
                auto_gen_document_summary_prompt_summary=auto_gen_document_summary_prompt_summary,
                auto_gen_document_sample_questions_prompt=auto_gen_document_sample_questions_prompt,
                default_sample_questions=default_sample_questions,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_prompt_template(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Finds a prompt template by id.

        Returns a single prompt template by its unique identifier.
        """
        from . import get_prompt_template as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_prompt_template(
        self,
        prompt_template_id: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a prompt template.

        Deletes a prompt template with a given unique identifier.
        """
        from . import delete_prompt_template as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        hyde_no_rag_llm_prompt_extension: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        system_prompt_reflection: str | Unset = UNSET,
        prompt_reflection: str | Unset = UNSET,
        auto_gen_description_prompt: str | Unset = UNSET,
        auto_gen_document_summary_pre_prompt_summary: str | Unset = UNSET,
        auto_gen_document_summary_prompt_summary: str | Unset = UNSET,
        auto_gen_document_sample_questions_prompt: str | Unset = UNSET,
        default_sample_questions: list[str] | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    @overload
    async def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        body: PromptTemplateBase | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate: ...

    async def update_prompt_template(
        self,
        prompt_template_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        lang: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        hyde_no_rag_llm_prompt_extension: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        system_prompt_reflection: Any = UNSET,
        prompt_reflection: Any = UNSET,
        auto_gen_description_prompt: Any = UNSET,
        auto_gen_document_summary_pre_prompt_summary: Any = UNSET,
        auto_gen_document_summary_prompt_summary: Any = UNSET,
        auto_gen_document_sample_questions_prompt: Any = UNSET,
        default_sample_questions: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        body: PromptTemplateBase | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Updates attributes of a given prompt template."""
        from . import update_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(
                body,
                name=name,
                description=description,
                lang=lang,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                hyde_no_rag_llm_prompt_extension=hyde_no_rag_llm_prompt_extension,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                system_prompt_reflection=system_prompt_reflection,
                prompt_reflection=prompt_reflection,
                auto_gen_description_prompt=auto_gen_description_prompt,
                auto_gen_document_summary_pre_prompt_summary=auto_gen_document_summary_pre_prompt_summary,
                auto_gen_document_summary_prompt_summary=auto_gen_document_summary_prompt_summary,
                auto_gen_document_sample_questions_prompt=auto_gen_document_sample_questions_prompt,
                default_sample_questions=default_sample_questions,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_default_prompt_template(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PromptTemplate:
        """Returns the default prompt template."""
        from . import get_default_prompt_template as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_prompt_template_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of prompt templates."""
        from . import get_prompt_template_count as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_prompt_template_group_permissions(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given prompt template.

        The returned list of group permissions denotes which groups have access to the prompt template.
        """
        from . import get_prompt_template_group_permissions as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        groups: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_and_share_prompt_template_with_groups(
        self,
        prompt_template_id: str,
        *,
        groups: Any = UNSET,
        body: ResetAndShareWithGroupsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares a prompt template to a new list of groups."""
        from . import reset_and_share_prompt_template_with_groups as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, groups=groups),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_prompt_template_permissions(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of access permissions for a given prompt template.

        The returned list of permissions denotes who has access to the prompt template.
        """
        from . import get_prompt_template_permissions as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        usernames: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        body: ResetAndShareRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_and_share_prompt_template(
        self,
        prompt_template_id: str,
        *,
        usernames: Any = UNSET,
        body: ResetAndShareRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets and shares a prompt template to a new list of users."""
        from . import reset_and_share_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, usernames=usernames),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_prompt_template_for_all(
        self,
        prompt_template_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a prompt template to all other users except the original owner."""
        from . import unshare_prompt_template_for_all as _op

        request = _op.build_request(prompt_template_id=prompt_template_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_all_prompt_templates(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PromptTemplate]:
        """Lists prompt templates, including hidden default templates.

        Lists prompt templates, including hidden default templates. Only for users who have the permission
        to manage prompt templates.
        """
        from . import list_all_prompt_templates as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_all_prompt_templates(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        template_type: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[PromptTemplate]:
        """Lists prompt templates, including hidden default templates.

        Every item of `list_all_prompt_templates`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_prompt_templates(
                sort_column=sort_column,
                ascending=ascending,
                template_type=template_type,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def share_prompt_template(
        self,
        prompt_template_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a prompt template to a user."""
        from . import share_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, username=username
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_prompt_template(
        self,
        prompt_template_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a prompt template to a user."""
        from . import unshare_prompt_template as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, username=username
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def share_prompt_template_with_group(
        self,
        prompt_template_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a prompt template with a group.

        Shares a prompt template with a user.
        """
        from . import share_prompt_template_with_group as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, group_id=group_id
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_prompt_template_from_group(
        self,
        prompt_template_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes access to a prompt template for a group."""
        from . import unshare_prompt_template_from_group as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id, group_id=group_id
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        is_visible: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        body: UpdateDefaultPromptTemplateVisibilityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_default_prompt_template_visibility(
        self,
        prompt_template_id: str,
        *,
        is_visible: Any = UNSET,
        body: UpdateDefaultPromptTemplateVisibilityRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a default prompt template is visible or hidden to users."""
        from . import update_default_prompt_template_visibility as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, is_visible=is_visible),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        is_public: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        body: UpdatePromptTemplatePrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_prompt_template_privacy(
        self,
        prompt_template_id: str,
        *,
        is_public: Any = UNSET,
        body: UpdatePromptTemplatePrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a prompt template is private or public."""
        from . import update_prompt_template_privacy as _op

        request = _op.build_request(
            prompt_template_id=prompt_template_id,
            body=_op.build_body(body, is_public=is_public),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class PromptTemplatesWithRawResponse(SyncRawResource):
    """The operations of `PromptTemplates`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_prompt_templates = raw_response(PromptTemplates.list_prompt_templates)
    create_prompt_template = raw_response(PromptTemplates.create_prompt_template)
    get_prompt_template = raw_response(PromptTemplates.get_prompt_template)
    delete_prompt_template = raw_response(PromptTemplates.delete_prompt_template)
    update_prompt_template = raw_response(PromptTemplates.update_prompt_template)
    get_default_prompt_template = raw_response(
        PromptTemplates.get_default_prompt_template
    )
    get_prompt_template_count = raw_response(PromptTemplates.get_prompt_template_count)
    get_prompt_template_group_permissions = raw_response(
        PromptTemplates.get_prompt_template_group_permissions
    )
    reset_and_share_prompt_template_with_groups = raw_response(
        PromptTemplates.reset_and_share_prompt_template_with_groups
    )
    get_prompt_template_permissions = raw_response(
        PromptTemplates.get_prompt_template_permissions
    )
    reset_and_share_prompt_template = raw_response(
        PromptTemplates.reset_and_share_prompt_template
    )
    unshare_prompt_template_for_all = raw_response(
        PromptTemplates.unshare_prompt_template_for_all
    )
    list_all_prompt_templates = raw_response(PromptTemplates.list_all_prompt_templates)
    share_prompt_template = raw_response(PromptTemplates.share_prompt_template)
    unshare_prompt_template = raw_response(PromptTemplates.unshare_prompt_template)
    share_prompt_template_with_group = raw_response(
        PromptTemplates.share_prompt_template_with_group
    )
    unshare_prompt_template_from_group = raw_response(
        PromptTemplates.unshare_prompt_template_from_group
    )
    update_default_prompt_template_visibility = raw_response(
        PromptTemplates.update_default_prompt_template_visibility
    )
    update_prompt_template_privacy = raw_response(
        PromptTemplates.update_prompt_template_privacy
    )


class AsyncPromptTemplatesWithRawResponse(AsyncRawResource):
    """The operations of `AsyncPromptTemplates`, each returning the whole `Response` (status_code, headers, parsed)."""

    list_prompt_templates = async_raw_response(
        AsyncPromptTemplates.list_prompt_templates
    )
    create_prompt_template = async_raw_response(
        AsyncPromptTemplates.create_prompt_template
    )
    get_prompt_template = async_raw_response(AsyncPromptTemplates.get_prompt_template)
    delete_prompt_template = async_raw_response(
        AsyncPromptTemplates.delete_prompt_template
    )
    update_prompt_template = async_raw_response(
        AsyncPromptTemplates.update_prompt_template
    )
    get_default_prompt_template = async_raw_response(
        AsyncPromptTemplates.get_default_prompt_template
    )
    get_prompt_template_count = async_raw_response(
        AsyncPromptTemplates.get_prompt_template_count
    )
    get_prompt_template_group_permissions = async_raw_response(
        AsyncPromptTemplates.get_prompt_template_group_permissions
    )
    reset_and_share_prompt_template_with_groups = async_raw_response(
        AsyncPromptTemplates.reset_and_share_prompt_template_with_groups
    )
    get_prompt_template_permissions = async_raw_response(
        AsyncPromptTemplates.get_prompt_template_permissions
    )
    reset_and_share_prompt_template = async_raw_response(
        AsyncPromptTemplates.reset_and_share_prompt_template
    )
    unshare_prompt_template_for_all = async_raw_response(
        AsyncPromptTemplates.unshare_prompt_template_for_all
    )
    list_all_prompt_templates = async_raw_response(
        AsyncPromptTemplates.list_all_prompt_templates
    )
    share_prompt_template = async_raw_response(
        AsyncPromptTemplates.share_prompt_template
    )
    unshare_prompt_template = async_raw_response(
        AsyncPromptTemplates.unshare_prompt_template
    )
    share_prompt_template_with_group = async_raw_response(
        AsyncPromptTemplates.share_prompt_template_with_group
    )
    unshare_prompt_template_from_group = async_raw_response(
        AsyncPromptTemplates.unshare_prompt_template_from_group
    )
    update_default_prompt_template_visibility = async_raw_response(
        AsyncPromptTemplates.update_default_prompt_template_visibility
    )
    update_prompt_template_privacy = async_raw_response(
        AsyncPromptTemplates.update_prompt_template_privacy
    )


__all__ = [
    "AsyncPromptTemplates",
    "AsyncPromptTemplatesWithRawResponse",
    "PromptTemplates",
    "PromptTemplatesWithRawResponse",
]
