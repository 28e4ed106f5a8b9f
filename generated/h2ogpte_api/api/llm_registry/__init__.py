"""The operations tagged llm_registry: `client.llm_registry` is a `LlmRegistry` (an `AsyncLlmRegistry` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
import sys
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

if sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    from typing_extensions import deprecated

if TYPE_CHECKING:
    from ...models.create_runtime_model_body import CreateRuntimeModelBody
    from ...models.create_runtime_model_response_201 import (
        CreateRuntimeModelResponse201,
    )
    from ...models.delete_runtime_model_response_200 import (
        DeleteRuntimeModelResponse200,
    )
    from ...models.endpoint_error import EndpointError
    from ...models.get_llm_registry_admin_models_response_200_item import (
        GetLlmRegistryAdminModelsResponse200Item,
    )
    from ...models.get_role_llm_registry_access_response_200_item import (
        GetRoleLlmRegistryAccessResponse200Item,
    )
    from ...models.set_role_llm_registry_access_request import (
        SetRoleLlmRegistryAccessRequest,
    )
    from ...models.test_runtime_model_body import TestRuntimeModelBody
    from ...models.test_runtime_model_response_200 import TestRuntimeModelResponse200
    from ...models.test_saved_runtime_model_response_200 import (
        TestSavedRuntimeModelResponse200,
    )

    pass


class LlmRegistry(SyncResource):
    """The operations tagged llm_registry; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> LlmRegistryWithRawResponse:
        return LlmRegistryWithRawResponse(self._requester)

    def create_runtime_model(
        self,
        *,
        body: CreateRuntimeModelBody,
        skip_test: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateRuntimeModelResponse201:
        """Creates a runtime LLM (admin).

        Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
        inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
        before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
        is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
        Skipping does not bypass structural validation. A skipped configuration waits for a manual test
        while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
        which does put the configuration back into the startup re-probe population: once its endpoint
        recovers, a restart promotes it to ok and grants it by the default rules with no further admin
        action. display_name must be the name the model is served under whenever that name is a LiteLLM
        proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
        base_model when inference_server is "litellm". A different display_name is rejected (400), because
        the model is registered with the proxy under that name. A model reached directly at its provider
        (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
        display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
        JSON declaring no top-level model_name, including model_list) is rejected. Admin only.
        """
        from . import create_runtime_model as _op

        request = _op.build_request(body=body, skip_test=skip_test)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @deprecated(
        "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
    )
    def update_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> EndpointError:
        """Not supported -- updating a runtime LLM is disabled (admin).

        Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
        and create it again to change its configuration. display_name is the routing key at the serving
        proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
        the proxy. Admin only.
        """
        from . import update_runtime_model as _op

        request = _op.build_request(id=id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteRuntimeModelResponse200:
        """Deletes a runtime LLM by registry id (admin).

        Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.
        """
        from . import delete_runtime_model as _op

        request = _op.build_request(id=id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_llm_registry_admin_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GetLlmRegistryAdminModelsResponse200Item]:
        """Lists the full LLM registry (admin).

        Returns every effective model with its lower-priority shadow candidates. The full provider
        configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
        credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
        yet on the serving path. Admin only.
        """
        from . import get_llm_registry_admin_models as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_role_llm_registry_access(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GetRoleLlmRegistryAccessResponse200Item]:
        """Lists LLM access grants for a role.

        Returns every active effective model name plus whether the role is granted access to it. Requires
        the Manage Roles permission.
        """
        from . import get_role_llm_registry_access as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        body: SetRoleLlmRegistryAccessRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        names: Any = UNSET,
        body: SetRoleLlmRegistryAccessRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Replaces LLM access grants for a role.

        Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
        Requires the Manage Roles permission.
        """
        from . import set_role_llm_registry_access as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, names=names)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def test_runtime_model(
        self,
        *,
        body: TestRuntimeModelBody,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TestRuntimeModelResponse200:
        """Tests a runtime LLM connection (admin).

        Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
        round-trip). No registry write occurs. Applies the same display_name rule as create, so a
        configuration the create path would refuse never reports a successful test. Admin only.
        """
        from . import test_runtime_model as _op

        request = _op.build_request(body=body)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def test_saved_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TestSavedRuntimeModelResponse200:
        """Tests and updates the readiness of a saved runtime LLM (admin).

        Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
        model serving-eligible. A failed test preserves the configuration and records probe_failed, the
        error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
        can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
        test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
        request body is accepted; the saved configuration is used. Admin only.
        """
        from . import test_saved_runtime_model as _op

        request = _op.build_request(id=id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncLlmRegistry(AsyncResource):
    """The operations tagged llm_registry (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncLlmRegistryWithRawResponse:
        return AsyncLlmRegistryWithRawResponse(self._requester)

    async def create_runtime_model(
        self,
        *,
        body: CreateRuntimeModelBody,
        skip_test: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateRuntimeModelResponse201:
        """Creates a runtime LLM (admin).

        Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
        inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
        before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
        is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
        Skipping does not bypass structural validation. A skipped configuration waits for a manual test
        while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
        which does put the configuration back into the startup re-probe population: once its endpoint
        recovers, a restart promotes it to ok and grants it by the default rules with no further admin
        action. display_name must be the name the model is served under whenever that name is a LiteLLM
        proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
        base_model when inference_server is "litellm". A different display_name is rejected (400), because
        the model is registered with the proxy under that name. A model reached directly at its provider
        (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
        display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
        JSON declaring no top-level model_name, including model_list) is rejected. Admin only.
        """
        from . import create_runtime_model as _op

        request = _op.build_request(body=body, skip_test=skip_test)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @deprecated(
        "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
    )
    async def update_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> EndpointError:
        """Not supported -- updating a runtime LLM is disabled (admin).

        Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
        and create it again to change its configuration. display_name is the routing key at the serving
        proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
        the proxy. Admin only.
        """
        from . import update_runtime_model as _op

        request = _op.build_request(id=id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteRuntimeModelResponse200:
        """Deletes a runtime LLM by registry id (admin).

        Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.
        """
        from . import delete_runtime_model as _op

        request = _op.build_request(id=id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_llm_registry_admin_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GetLlmRegistryAdminModelsResponse200Item]:
        """Lists the full LLM registry (admin).

        Returns every effective model with its lower-priority shadow candidates. The full provider
        configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
        credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
        yet on the serving path. Admin only.
        """
        from . import get_llm_registry_admin_models as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_role_llm_registry_access(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GetRoleLlmRegistryAccessResponse200Item]:
        """Lists LLM access grants for a role.

        Returns every active effective model name plus whether the role is granted access to it. Requires
        the Manage Roles permission.
        """
        from . import get_role_llm_registry_access as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        body: SetRoleLlmRegistryAccessRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_role_llm_registry_access(
        self,
        role_id: str,
        *,
        names: Any = UNSET,
        body: SetRoleLlmRegistryAccessRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Replaces LLM access grants for a role.

        Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
        Requires the Manage Roles permission.
        """
        from . import set_role_llm_registry_access as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, names=names)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def test_runtime_model(
        self,
        *,
        body: TestRuntimeModelBody,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TestRuntimeModelResponse200:
        """Tests a runtime LLM connection (admin).

        Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
        round-trip). No registry write occurs. Applies the same display_name rule as create, so a
        configuration the create path would refuse never reports a successful test. Admin only.
        """
        from . import test_runtime_model as _op

        request = _op.build_request(body=body)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def test_saved_runtime_model(
        self,
        id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TestSavedRuntimeModelResponse200:
        """Tests and updates the readiness of a saved runtime LLM (admin).

        Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
        model serving-eligible. A failed test preserves the configuration and records probe_failed, the
        error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
        can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
        test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
        request body is accepted; the saved configuration is used. Admin only.
        """
        from . import test_saved_runtime_model as _op

        request = _op.build_request(id=id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class LlmRegistryWithRawResponse(SyncRawResource):
    """The operations of `LlmRegistry`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_runtime_model = raw_response(LlmRegistry.create_runtime_model)
    update_runtime_model = raw_response(LlmRegistry.update_runtime_model)
    delete_runtime_model = raw_response(LlmRegistry.delete_runtime_model)
    get_llm_registry_admin_models = raw_response(
        LlmRegistry.get_llm_registry_admin_models
    )
    get_role_llm_registry_access = raw_response(
        LlmRegistry.get_role_llm_registry_access
    )
    set_role_llm_registry_access = raw_response(
        LlmRegistry.set_role_llm_registry_access
    )
    test_runtime_model = raw_response(LlmRegistry.test_runtime_model)
    test_saved_runtime_model = raw_response(LlmRegistry.test_saved_runtime_model)


class AsyncLlmRegistryWithRawResponse(AsyncRawResource):
    """The operations of `AsyncLlmRegistry`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_runtime_model = async_raw_response(AsyncLlmRegistry.create_runtime_model)
    update_runtime_model = async_raw_response(AsyncLlmRegistry.update_runtime_model)
    delete_runtime_model = async_raw_response(AsyncLlmRegistry.delete_runtime_model)
    get_llm_registry_admin_models = async_raw_response(
        AsyncLlmRegistry.get_llm_registry_admin_models
    )
    get_role_llm_registry_access = async_raw_response(
        AsyncLlmRegistry.get_role_llm_registry_access
    )
    set_role_llm_registry_access = async_raw_response(
        AsyncLlmRegistry.set_role_llm_registry_access
    )
    test_runtime_model = async_raw_response(AsyncLlmRegistry.test_runtime_model)
    test_saved_runtime_model = async_raw_response(
        AsyncLlmRegistry.test_saved_runtime_model
    )


__all__ = [
    "AsyncLlmRegistry",
    "AsyncLlmRegistryWithRawResponse",
    "LlmRegistry",
    "LlmRegistryWithRawResponse",
]
