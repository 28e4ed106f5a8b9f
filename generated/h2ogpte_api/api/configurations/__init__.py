"""The operations tagged configurations: `client.configurations` is a `Configurations` (an `AsyncConfigurations` on an async client).

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
    import datetime

    from ...models.endpoint_error import EndpointError
    from ...models.fetch_configuration_url_200_response import (
        FetchConfigurationUrl200Response,
    )
    from ...models.fetch_configuration_url_request import FetchConfigurationUrlRequest
    from ...models.global_configuration_item import GlobalConfigurationItem
    from ...models.set_global_configuration_request import SetGlobalConfigurationRequest
    from ...models.set_user_configuration_request import SetUserConfigurationRequest
    from ...models.user_configuration_item import UserConfigurationItem

    pass


class Configurations(SyncResource):
    """The operations tagged configurations; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ConfigurationsWithRawResponse:
        return ConfigurationsWithRawResponse(self._requester)

    def delete_global_configurations(
        self,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Deletes global configuration items.

        Deletes global configuration items (to be used by admins only).
        """
        from . import delete_global_configurations as _op

        request = _op.build_request(key_names=key_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_role_configurations(
        self,
        role_id: str,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Deletes role configuration items.

        Deletes role configuration items for a given role.
        """
        from . import delete_role_configurations as _op

        request = _op.build_request(role_id=role_id, key_names=key_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_user_configurations(
        self,
        user_id: str,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Deletes user configuration items.

        Deletes user configuration items (to be used by admins only).
        """
        from . import delete_user_configurations as _op

        request = _op.build_request(user_id=user_id, key_names=key_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def fetch_configuration_url(
        self,
        *,
        url: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response: ...

    @overload
    def fetch_configuration_url(
        self,
        *,
        body: FetchConfigurationUrlRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response: ...

    def fetch_configuration_url(
        self,
        *,
        url: Any = UNSET,
        body: FetchConfigurationUrlRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response:
        """Fetch HTML content from a URL.

        Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
        and under 100KB. Admin only.
        """
        from . import fetch_configuration_url as _op

        request = _op.build_request(body=_op.build_body(body, url=url))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_current_user_configurations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets configurations for current users."""
        from . import list_current_user_configurations as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_global_configurations(
        self,
        *,
        as_admin: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Gets global configurations."""
        from . import list_global_configurations as _op

        request = _op.build_request(as_admin=as_admin)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_role_configurations(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets configurations for a given role."""
        from . import list_role_configurations as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_user_configurations(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets user configurations.

        Gets user configurations (to be used by admins only).
        """
        from . import list_user_configurations as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def reset_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Resets user configuration item.

        Resets user configuration item (to be used by admins only).
        """
        from . import reset_user_configuration as _op

        request = _op.build_request(user_id=user_id, key_name=key_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_global_configuration(
        self,
        key_name: str,
        *,
        string_value: str,
        can_overwrite: bool,
        is_public: bool,
        value_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]: ...

    @overload
    def set_global_configuration(
        self,
        key_name: str,
        *,
        body: SetGlobalConfigurationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]: ...

    def set_global_configuration(
        self,
        key_name: str,
        *,
        string_value: Any = UNSET,
        can_overwrite: Any = UNSET,
        is_public: Any = UNSET,
        value_type: Any = UNSET,
        body: SetGlobalConfigurationRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Sets global configuration item.

        Sets global configuration item (to be used by admins only).
        """
        from . import set_global_configuration as _op

        request = _op.build_request(
            key_name=key_name,
            body=_op.build_body(
                body,
                string_value=string_value,
                can_overwrite=can_overwrite,
                is_public=is_public,
                value_type=value_type,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body_key_name: str,
        string_value: str,
        value_type: str,
        updated_at: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    @overload
    def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body: UserConfigurationItem | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body_key_name: Any = UNSET,
        string_value: Any = UNSET,
        value_type: Any = UNSET,
        updated_at: Any = UNSET,
        body: UserConfigurationItem | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Sets configuration item for a given role."""
        from . import set_role_configuration as _op

        request = _op.build_request(
            role_id=role_id,
            key_name=key_name,
            body=_op.build_body(
                body,
                body_key_name=body_key_name,
                string_value=string_value,
                value_type=value_type,
                updated_at=updated_at,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        string_value: str,
        value_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    @overload
    def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        body: SetUserConfigurationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        string_value: Any = UNSET,
        value_type: Any = UNSET,
        body: SetUserConfigurationRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Sets user configuration item.

        Sets user configuration item (to be used by admins only).
        """
        from . import set_user_configuration as _op

        request = _op.build_request(
            user_id=user_id,
            key_name=key_name,
            body=_op.build_body(body, string_value=string_value, value_type=value_type),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncConfigurations(AsyncResource):
    """The operations tagged configurations (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncConfigurationsWithRawResponse:
        return AsyncConfigurationsWithRawResponse(self._requester)

    async def delete_global_configurations(
        self,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Deletes global configuration items.

        Deletes global configuration items (to be used by admins only).
        """
        from . import delete_global_configurations as _op

        request = _op.build_request(key_names=key_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_role_configurations(
        self,
        role_id: str,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Deletes role configuration items.

        Deletes role configuration items for a given role.
        """
        from . import delete_role_configurations as _op

        request = _op.build_request(role_id=role_id, key_names=key_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_user_configurations(
        self,
        user_id: str,
        key_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Deletes user configuration items.

        Deletes user configuration items (to be used by admins only).
        """
        from . import delete_user_configurations as _op

        request = _op.build_request(user_id=user_id, key_names=key_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def fetch_configuration_url(
        self,
        *,
        url: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response: ...

    @overload
    async def fetch_configuration_url(
        self,
        *,
        body: FetchConfigurationUrlRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response: ...

    async def fetch_configuration_url(
        self,
        *,
        url: Any = UNSET,
        body: FetchConfigurationUrlRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FetchConfigurationUrl200Response:
        """Fetch HTML content from a URL.

        Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
        and under 100KB. Admin only.
        """
        from . import fetch_configuration_url as _op

        request = _op.build_request(body=_op.build_body(body, url=url))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_current_user_configurations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets configurations for current users."""
        from . import list_current_user_configurations as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_global_configurations(
        self,
        *,
        as_admin: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Gets global configurations."""
        from . import list_global_configurations as _op

        request = _op.build_request(as_admin=as_admin)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_role_configurations(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets configurations for a given role."""
        from . import list_role_configurations as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_user_configurations(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Gets user configurations.

        Gets user configurations (to be used by admins only).
        """
        from . import list_user_configurations as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def reset_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Resets user configuration item.

        Resets user configuration item (to be used by admins only).
        """
        from . import reset_user_configuration as _op

        request = _op.build_request(user_id=user_id, key_name=key_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_global_configuration(
        self,
        key_name: str,
        *,
        string_value: str,
        can_overwrite: bool,
        is_public: bool,
        value_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]: ...

    @overload
    async def set_global_configuration(
        self,
        key_name: str,
        *,
        body: SetGlobalConfigurationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]: ...

    async def set_global_configuration(
        self,
        key_name: str,
        *,
        string_value: Any = UNSET,
        can_overwrite: Any = UNSET,
        is_public: Any = UNSET,
        value_type: Any = UNSET,
        body: SetGlobalConfigurationRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GlobalConfigurationItem]:
        """Sets global configuration item.

        Sets global configuration item (to be used by admins only).
        """
        from . import set_global_configuration as _op

        request = _op.build_request(
            key_name=key_name,
            body=_op.build_body(
                body,
                string_value=string_value,
                can_overwrite=can_overwrite,
                is_public=is_public,
                value_type=value_type,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body_key_name: str,
        string_value: str,
        value_type: str,
        updated_at: datetime.datetime | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    @overload
    async def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body: UserConfigurationItem | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    async def set_role_configuration(
        self,
        role_id: str,
        key_name: str,
        *,
        body_key_name: Any = UNSET,
        string_value: Any = UNSET,
        value_type: Any = UNSET,
        updated_at: Any = UNSET,
        body: UserConfigurationItem | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Sets configuration item for a given role."""
        from . import set_role_configuration as _op

        request = _op.build_request(
            role_id=role_id,
            key_name=key_name,
            body=_op.build_body(
                body,
                body_key_name=body_key_name,
                string_value=string_value,
                value_type=value_type,
                updated_at=updated_at,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        string_value: str,
        value_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    @overload
    async def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        body: SetUserConfigurationRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]: ...

    async def set_user_configuration(
        self,
        user_id: str,
        key_name: str,
        *,
        string_value: Any = UNSET,
        value_type: Any = UNSET,
        body: SetUserConfigurationRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserConfigurationItem]:
        """Sets user configuration item.

        Sets user configuration item (to be used by admins only).
        """
        from . import set_user_configuration as _op

        request = _op.build_request(
            user_id=user_id,
            key_name=key_name,
            body=_op.build_body(body, string_value=string_value, value_type=value_type),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ConfigurationsWithRawResponse(SyncRawResource):
    """The operations of `Configurations`, each returning the whole `Response` (status_code, headers, parsed)."""

    delete_global_configurations = raw_response(
        Configurations.delete_global_configurations
    )
    delete_role_configurations = raw_response(Configurations.delete_role_configurations)
    delete_user_configurations = raw_response(Configurations.delete_user_configurations)
    fetch_configuration_url = raw_response(Configurations.fetch_configuration_url)
    list_current_user_configurations = raw_response(
        Configurations.list_current_user_configurations
    )
    list_global_configurations = raw_response(Configurations.list_global_configurations)
    list_role_configurations = raw_response(Configurations.list_role_configurations)
    list_user_configurations = raw_response(Configurations.list_user_configurations)
    reset_user_configuration = raw_response(Configurations.reset_user_configuration)
    set_global_configuration = raw_response(Configurations.set_global_configuration)
    set_role_configuration = raw_response(Configurations.set_role_configuration)
    set_user_configuration = raw_response(Configurations.set_user_configuration)


class AsyncConfigurationsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncConfigurations`, each returning the whole `Response` (status_code, headers, parsed)."""

    delete_global_configurations = async_raw_response(
        AsyncConfigurations.delete_global_configurations
    )
    delete_role_configurations = async_raw_response(
        AsyncConfigurations.delete_role_configurations
    )
    delete_user_configurations = async_raw_response(
        AsyncConfigurations.delete_user_configurations
    )
    fetch_configuration_url = async_raw_response(
        AsyncConfigurations.fetch_configuration_url
    )
    list_current_user_configurations = async_raw_response(
        AsyncConfigurations.list_current_user_configurations
    )
    list_global_configurations = async_raw_response(
        AsyncConfigurations.list_global_configurations
    )
    list_role_configurations = async_raw_response(
        AsyncConfigurations.list_role_configurations
    )
    list_user_configurations = async_raw_response(
        AsyncConfigurations.list_user_configurations
    )
    reset_user_configuration = async_raw_response(
        AsyncConfigurations.reset_user_configuration
    )
    set_global_configuration = async_raw_response(
        AsyncConfigurations.set_global_configuration
    )
    set_role_configuration = async_raw_response(
        AsyncConfigurations.set_role_configuration
    )
    set_user_configuration = async_raw_response(
        AsyncConfigurations.set_user_configuration
    )


__all__ = [
    "AsyncConfigurations",
    "AsyncConfigurationsWithRawResponse",
    "Configurations",
    "ConfigurationsWithRawResponse",
]
