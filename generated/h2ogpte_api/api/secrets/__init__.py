"""The operations tagged secrets: `client.secrets` is a `Secrets` (an `AsyncSecrets` on an async client).

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
    from ...models.create_secret_201_response import CreateSecret201Response
    from ...models.create_secret_request import CreateSecretRequest
    from ...models.create_secret_request_secret_type import (
        CreateSecretRequestSecretType,
        check_create_secret_request_secret_type,
    )
    from ...models.create_secret_request_secret_value import (
        CreateSecretRequestSecretValue,
    )
    from ...models.endpoint_error import EndpointError
    from ...models.get_secret_response_200 import GetSecretResponse200
    from ...models.get_secret_value_response_200 import GetSecretValueResponse200
    from ...models.update_secret_request import UpdateSecretRequest
    from ...models.update_secret_request_secret_value import (
        UpdateSecretRequestSecretValue,
    )

    pass


class Secrets(SyncResource):
    """The operations tagged secrets; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> SecretsWithRawResponse:
        return SecretsWithRawResponse(self._requester)

    @overload
    def create_secret(
        self,
        *,
        secret_id: str,
        secret_value: CreateSecretRequestSecretValue | Mapping[str, Any],
        secret_type: CreateSecretRequestSecretType | UnknownEnumValue | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response: ...

    @overload
    def create_secret(
        self,
        *,
        body: CreateSecretRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response: ...

    def create_secret(
        self,
        *,
        secret_id: Any = UNSET,
        secret_value: Any = UNSET,
        secret_type: Any = UNSET,
        body: CreateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response:
        """Create a new secret

        Creates a new secret in SecureStore.
        """
        from . import create_secret as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                secret_id=secret_id,
                secret_value=secret_value,
                secret_type=secret_type,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_secret(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetSecretResponse200:
        """Get a secret by ID

        Retrieves a secret from SecureStore by its ID.
        """
        from . import get_secret as _op

        request = _op.build_request(secret_id=secret_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_secret(
        self,
        secret_id: str,
        *,
        secret_value: UpdateSecretRequestSecretValue | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_secret(
        self,
        secret_id: str,
        *,
        body: UpdateSecretRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_secret(
        self,
        secret_id: str,
        *,
        secret_value: Any = UNSET,
        body: UpdateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a secret

        Updates an existing secret in SecureStore.
        """
        from . import update_secret as _op

        request = _op.build_request(
            secret_id=secret_id, body=_op.build_body(body, secret_value=secret_value)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_secret(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a secret

        Deletes a secret from SecureStore by its ID.
        """
        from . import delete_secret as _op

        request = _op.build_request(secret_id=secret_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_secret_value(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetSecretValueResponse200:
        """Get the value of a secret by ID

        Retrieves the actual value/credentials of a secret from SecureStore by its ID.
        """
        from . import get_secret_value as _op

        request = _op.build_request(secret_id=secret_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_secret_ids(
        self,
        *,
        connector_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists available secret IDs from SecureStore.

        Lists available secret IDs from SecureStore for a specific connector type.
        """
        from . import list_secret_ids as _op

        request = _op.build_request(connector_type=connector_type)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncSecrets(AsyncResource):
    """The operations tagged secrets (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncSecretsWithRawResponse:
        return AsyncSecretsWithRawResponse(self._requester)

    @overload
    async def create_secret(
        self,
        *,
        secret_id: str,
        secret_value: CreateSecretRequestSecretValue | Mapping[str, Any],
        secret_type: CreateSecretRequestSecretType | UnknownEnumValue | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response: ...

    @overload
    async def create_secret(
        self,
        *,
        body: CreateSecretRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response: ...

    async def create_secret(
        self,
        *,
        secret_id: Any = UNSET,
        secret_value: Any = UNSET,
        secret_type: Any = UNSET,
        body: CreateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateSecret201Response:
        """Create a new secret

        Creates a new secret in SecureStore.
        """
        from . import create_secret as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                secret_id=secret_id,
                secret_value=secret_value,
                secret_type=secret_type,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_secret(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetSecretResponse200:
        """Get a secret by ID

        Retrieves a secret from SecureStore by its ID.
        """
        from . import get_secret as _op

        request = _op.build_request(secret_id=secret_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_secret(
        self,
        secret_id: str,
        *,
        secret_value: UpdateSecretRequestSecretValue | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_secret(
        self,
        secret_id: str,
        *,
        body: UpdateSecretRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_secret(
        self,
        secret_id: str,
        *,
        secret_value: Any = UNSET,
        body: UpdateSecretRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update a secret

        Updates an existing secret in SecureStore.
        """
        from . import update_secret as _op

        request = _op.build_request(
            secret_id=secret_id, body=_op.build_body(body, secret_value=secret_value)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_secret(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a secret

        Deletes a secret from SecureStore by its ID.
        """
        from . import delete_secret as _op

        request = _op.build_request(secret_id=secret_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_secret_value(
        self,
        secret_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetSecretValueResponse200:
        """Get the value of a secret by ID

        Retrieves the actual value/credentials of a secret from SecureStore by its ID.
        """
        from . import get_secret_value as _op

        request = _op.build_request(secret_id=secret_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_secret_ids(
        self,
        *,
        connector_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists available secret IDs from SecureStore.

        Lists available secret IDs from SecureStore for a specific connector type.
        """
        from . import list_secret_ids as _op

        request = _op.build_request(connector_type=connector_type)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class SecretsWithRawResponse(SyncRawResource):
    """The operations of `Secrets`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_secret = raw_response(Secrets.create_secret)
    get_secret = raw_response(Secrets.get_secret)
    update_secret = raw_response(Secrets.update_secret)
    delete_secret = raw_response(Secrets.delete_secret)
    get_secret_value = raw_response(Secrets.get_secret_value)
    list_secret_ids = raw_response(Secrets.list_secret_ids)


class AsyncSecretsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncSecrets`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_secret = async_raw_response(AsyncSecrets.create_secret)
    get_secret = async_raw_response(AsyncSecrets.get_secret)
    update_secret = async_raw_response(AsyncSecrets.update_secret)
    delete_secret = async_raw_response(AsyncSecrets.delete_secret)
    get_secret_value = async_raw_response(AsyncSecrets.get_secret_value)
    list_secret_ids = async_raw_response(AsyncSecrets.list_secret_ids)


__all__ = [
    "AsyncSecrets",
    "AsyncSecretsWithRawResponse",
    "Secrets",
    "SecretsWithRawResponse",
]
