"""The operations tagged permissions: `client.permissions` is a `Permissions` (an `AsyncPermissions` on an async client).

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
    from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
    from ...models.endpoint_error import EndpointError
    from ...models.group_create_request import GroupCreateRequest
    from ...models.group_info import GroupInfo
    from ...models.permission_check_request import PermissionCheckRequest
    from ...models.permission_reset_request import PermissionResetRequest
    from ...models.role_create_request import RoleCreateRequest
    from ...models.role_info import RoleInfo
    from ...models.roles_reset_request import RolesResetRequest
    from ...models.set_role_priority_request import SetRolePriorityRequest
    from ...models.user_deletion_request import UserDeletionRequest
    from ...models.user_info import UserInfo
    from ...models.user_permission import UserPermission

    pass


class Permissions(SyncResource):
    """The operations tagged permissions; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> PermissionsWithRawResponse:
        return PermissionsWithRawResponse(self._requester)

    def add_user_document_permission(
        self,
        document_id: str,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Associates a user with a document they have permission on."""
        from . import add_user_document_permission as _op

        request = _op.build_request(document_id=document_id, user_id=user_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def assign_permission_to_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns permission to a given role."""
        from . import assign_permission_to_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_permission_from_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes permission from a given role."""
        from . import remove_permission_from_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def assign_roles_to_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns roles to a given group.

        Assigns roles to a given user.
        """
        from . import assign_roles_to_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_roles_from_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given group."""
        from . import remove_roles_from_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def assign_roles_to_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns roles to a given user."""
        from . import assign_roles_to_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_roles_from_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given user."""
        from . import remove_roles_from_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def confirm_current_user_deletion(
        self,
        *,
        delete_id: str,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def confirm_current_user_deletion(
        self,
        *,
        body: ConfirmUserDeletionRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def confirm_current_user_deletion(
        self,
        *,
        delete_id: Any = UNSET,
        body: ConfirmUserDeletionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Confirm deletion of the current user.

        Confirms and executes the deletion of the currently authenticated user and all associated data using
        the delete ID from the initial request.
        """
        from . import confirm_current_user_deletion as _op

        request = _op.build_request(
            body=_op.build_body(body, delete_id=delete_id), timeout=timeout
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupInfo]:
        """Returns a list of all groups existing on the H2OGPTe instance."""
        from . import list_groups as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_group(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo: ...

    @overload
    def create_group(
        self,
        *,
        body: GroupCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo: ...

    def create_group(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: GroupCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo:
        """Creates a user group."""
        from . import create_group as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given group names."""
        from . import delete_groups_by_names as _op

        request = _op.build_request(names=names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Returns all roles for in the H2OGPTe instance."""
        from . import list_roles as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_role(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    @overload
    def create_role(
        self,
        *,
        body: RoleCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    def create_role(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: RoleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Creates a role."""
        from . import create_role as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given role names."""
        from . import delete_roles_by_names as _op

        request = _op.build_request(names=names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given unique identifiers.

        Deletes a groups for given unique identifiers.
        """
        from . import delete_groups as _op

        request = _op.build_request(group_ids=group_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given unique identifiers."""
        from . import delete_roles as _op

        request = _op.build_request(role_ids=role_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of the user calling the endpoint."""
        from . import get_current_user_permissions as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with the user calling the endpoint."""
        from . import get_current_user_roles as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given group."""
        from . import get_group_permissions as _op

        request = _op.build_request(group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given group."""
        from . import get_group_roles as _op

        request = _op.build_request(group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_group_roles(
        self,
        group_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets group roles.

        Replaces all roles of the given group with a new set of roles
        """
        from . import reset_group_roles as _op

        request = _op.build_request(
            group_id=group_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Finds role for a given unique identifier."""
        from . import get_role as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given role."""
        from . import get_role_permissions as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_role_permissions(
        self,
        role_id: str,
        *,
        body: PermissionResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: Any = UNSET,
        body: PermissionResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Sets a new set of permissions for a given role."""
        from . import set_role_permissions as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, new_permissions=new_permissions)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserInfo:
        """Finds user for a given unique identifier."""
        from . import get_user as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given user."""
        from . import get_user_permissions as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given user."""
        from . import get_user_roles as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def reset_user_roles(
        self,
        user_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets user roles.

        Replaces all roles of the given user with a new set of roles
        """
        from . import reset_user_roles as _op

        request = _op.build_request(
            user_id=user_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    @overload
    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool:
        """Checks if collection permission is granted for a given user."""
        from . import is_collection_permission_granted as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, permission=permission),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def is_permission_granted(
        self,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    @overload
    def is_permission_granted(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    def is_permission_granted(
        self,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool:
        """Checks if permission is granted for a given user."""
        from . import is_permission_granted as _op

        request = _op.build_request(body=_op.build_body(body, permission=permission))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_permissions(
        self,
        *,
        group_names: list[str] | Unset = UNSET,
        role_names: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Returns system permissions.

        Returns all system permissions or permissions for given groups
        """
        from . import list_permissions as _op

        request = _op.build_request(group_names=group_names, role_names=role_names)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_users(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserInfo]:
        """Returns a list of all registered users for the system."""
        from . import list_users as _op

        request = _op.build_request(offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_users(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[UserInfo]:
        """Returns a list of all registered users for the system.

        Every item of `list_users`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_users(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserDeletionRequest:
        """Request deletion of the current user.

        Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
        used to confirm the deletion within 5 minutes.
        """
        from . import request_current_user_deletion as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_role_priority(
        self,
        role_id: str,
        *,
        priority: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    @overload
    def set_role_priority(
        self,
        role_id: str,
        *,
        body: SetRolePriorityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    def set_role_priority(
        self,
        role_id: str,
        *,
        priority: Any = UNSET,
        body: SetRolePriorityRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Sets priority for a given role."""
        from . import set_role_priority as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, priority=priority)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncPermissions(AsyncResource):
    """The operations tagged permissions (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncPermissionsWithRawResponse:
        return AsyncPermissionsWithRawResponse(self._requester)

    async def add_user_document_permission(
        self,
        document_id: str,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Associates a user with a document they have permission on."""
        from . import add_user_document_permission as _op

        request = _op.build_request(document_id=document_id, user_id=user_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_permission_to_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns permission to a given role."""
        from . import assign_permission_to_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_permission_from_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes permission from a given role."""
        from . import remove_permission_from_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_roles_to_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns roles to a given group.

        Assigns roles to a given user.
        """
        from . import assign_roles_to_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_roles_from_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given group."""
        from . import remove_roles_from_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_roles_to_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns roles to a given user."""
        from . import assign_roles_to_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_roles_from_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given user."""
        from . import remove_roles_from_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def confirm_current_user_deletion(
        self,
        *,
        delete_id: str,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def confirm_current_user_deletion(
        self,
        *,
        body: ConfirmUserDeletionRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def confirm_current_user_deletion(
        self,
        *,
        delete_id: Any = UNSET,
        body: ConfirmUserDeletionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Confirm deletion of the current user.

        Confirms and executes the deletion of the currently authenticated user and all associated data using
        the delete ID from the initial request.
        """
        from . import confirm_current_user_deletion as _op

        request = _op.build_request(
            body=_op.build_body(body, delete_id=delete_id), timeout=timeout
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupInfo]:
        """Returns a list of all groups existing on the H2OGPTe instance."""
        from . import list_groups as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_group(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo: ...

    @overload
    async def create_group(
        self,
        *,
        body: GroupCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo: ...

    async def create_group(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: GroupCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GroupInfo:
        """Creates a user group."""
        from . import create_group as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given group names."""
        from . import delete_groups_by_names as _op

        request = _op.build_request(names=names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Returns all roles for in the H2OGPTe instance."""
        from . import list_roles as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_role(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    @overload
    async def create_role(
        self,
        *,
        body: RoleCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    async def create_role(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: RoleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Creates a role."""
        from . import create_role as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given role names."""
        from . import delete_roles_by_names as _op

        request = _op.build_request(names=names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given unique identifiers.

        Deletes a groups for given unique identifiers.
        """
        from . import delete_groups as _op

        request = _op.build_request(group_ids=group_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given unique identifiers."""
        from . import delete_roles as _op

        request = _op.build_request(role_ids=role_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of the user calling the endpoint."""
        from . import get_current_user_permissions as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with the user calling the endpoint."""
        from . import get_current_user_roles as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given group."""
        from . import get_group_permissions as _op

        request = _op.build_request(group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given group."""
        from . import get_group_roles as _op

        request = _op.build_request(group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_group_roles(
        self,
        group_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets group roles.

        Replaces all roles of the given group with a new set of roles
        """
        from . import reset_group_roles as _op

        request = _op.build_request(
            group_id=group_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Finds role for a given unique identifier."""
        from . import get_role as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given role."""
        from . import get_role_permissions as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_role_permissions(
        self,
        role_id: str,
        *,
        body: PermissionResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: Any = UNSET,
        body: PermissionResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Sets a new set of permissions for a given role."""
        from . import set_role_permissions as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, new_permissions=new_permissions)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserInfo:
        """Finds user for a given unique identifier."""
        from . import get_user as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given user."""
        from . import get_user_permissions as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given user."""
        from . import get_user_roles as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def reset_user_roles(
        self,
        user_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets user roles.

        Replaces all roles of the given user with a new set of roles
        """
        from . import reset_user_roles as _op

        request = _op.build_request(
            user_id=user_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    @overload
    async def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    async def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool:
        """Checks if collection permission is granted for a given user."""
        from . import is_collection_permission_granted as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, permission=permission),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def is_permission_granted(
        self,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    @overload
    async def is_permission_granted(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool: ...

    async def is_permission_granted(
        self,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> bool:
        """Checks if permission is granted for a given user."""
        from . import is_permission_granted as _op

        request = _op.build_request(body=_op.build_body(body, permission=permission))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_permissions(
        self,
        *,
        group_names: list[str] | Unset = UNSET,
        role_names: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Returns system permissions.

        Returns all system permissions or permissions for given groups
        """
        from . import list_permissions as _op

        request = _op.build_request(group_names=group_names, role_names=role_names)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_users(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserInfo]:
        """Returns a list of all registered users for the system."""
        from . import list_users as _op

        request = _op.build_request(offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_users(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[UserInfo]:
        """Returns a list of all registered users for the system.

        Every item of `list_users`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_users(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserDeletionRequest:
        """Request deletion of the current user.

        Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
        used to confirm the deletion within 5 minutes.
        """
        from . import request_current_user_deletion as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_role_priority(
        self,
        role_id: str,
        *,
        priority: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    @overload
    async def set_role_priority(
        self,
        role_id: str,
        *,
        body: SetRolePriorityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo: ...

    async def set_role_priority(
        self,
        role_id: str,
        *,
        priority: Any = UNSET,
        body: SetRolePriorityRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Sets priority for a given role."""
        from . import set_role_priority as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, priority=priority)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class PermissionsWithRawResponse(SyncRawResource):
    """The operations of `Permissions`, each returning the whole `Response` (status_code, headers, parsed)."""

    add_user_document_permission = raw_response(
        Permissions.add_user_document_permission
    )
    assign_permission_to_role = raw_response(Permissions.assign_permission_to_role)
    remove_permission_from_role = raw_response(Permissions.remove_permission_from_role)
    assign_roles_to_group = raw_response(Permissions.assign_roles_to_group)
    remove_roles_from_group = raw_response(Permissions.remove_roles_from_group)
    assign_roles_to_user = raw_response(Permissions.assign_roles_to_user)
    remove_roles_from_user = raw_response(Permissions.remove_roles_from_user)
    confirm_current_user_deletion = raw_response(
        Permissions.confirm_current_user_deletion
    )
    list_groups = raw_response(Permissions.list_groups)
    create_group = raw_response(Permissions.create_group)
    delete_groups_by_names = raw_response(Permissions.delete_groups_by_names)
    list_roles = raw_response(Permissions.list_roles)
    create_role = raw_response(Permissions.create_role)
    delete_roles_by_names = raw_response(Permissions.delete_roles_by_names)
    delete_groups = raw_response(Permissions.delete_groups)
    delete_roles = raw_response(Permissions.delete_roles)
    get_current_user_permissions = raw_response(
        Permissions.get_current_user_permissions
    )
    get_current_user_roles = raw_response(Permissions.get_current_user_roles)
    get_group_permissions = raw_response(Permissions.get_group_permissions)
    get_group_roles = raw_response(Permissions.get_group_roles)
    reset_group_roles = raw_response(Permissions.reset_group_roles)
    get_role = raw_response(Permissions.get_role)
    get_role_permissions = raw_response(Permissions.get_role_permissions)
    set_role_permissions = raw_response(Permissions.set_role_permissions)
    get_user = raw_response(Permissions.get_user)
    get_user_permissions = raw_response(Permissions.get_user_permissions)
    get_user_roles = raw_response(Permissions.get_user_roles)
    reset_user_roles = raw_response(Permissions.reset_user_roles)
    is_collection_permission_granted = raw_response(
        Permissions.is_collection_permission_granted
    )
    is_permission_granted = raw_response(Permissions.is_permission_granted)
    list_permissions = raw_response(Permissions.list_permissions)
    list_users = raw_response(Permissions.list_users)
    request_current_user_deletion = raw_response(
        Permissions.request_current_user_deletion
    )
    set_role_priority = raw_response(Permissions.set_role_priority)


class AsyncPermissionsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncPermissions`, each returning the whole `Response` (status_code, headers, parsed)."""

    add_user_document_permission = async_raw_response(
        AsyncPermissions.add_user_document_permission
    )
    assign_permission_to_role = async_raw_response(
        AsyncPermissions.assign_permission_to_role
    )
    remove_permission_from_role = async_raw_response(
        AsyncPermissions.remove_permission_from_role
    )
    assign_roles_to_group = async_raw_response(AsyncPermissions.assign_roles_to_group)
    remove_roles_from_group = async_raw_response(
        AsyncPermissions.remove_roles_from_group
    )
    assign_roles_to_user = async_raw_response(AsyncPermissions.assign_roles_to_user)
    remove_roles_from_user = async_raw_response(AsyncPermissions.remove_roles_from_user)
    confirm_current_user_deletion = async_raw_response(
        AsyncPermissions.confirm_current_user_deletion
    )
    list_groups = async_raw_response(AsyncPermissions.list_groups)
    create_group = async_raw_response(AsyncPermissions.create_group)
    delete_groups_by_names = async_raw_response(AsyncPermissions.delete_groups_by_names)
    list_roles = async_raw_response(AsyncPermissions.list_roles)
    create_role = async_raw_response(AsyncPermissions.create_role)
    delete_roles_by_names = async_raw_response(AsyncPermissions.delete_roles_by_names)
    delete_groups = async_raw_response(AsyncPermissions.delete_groups)
    delete_roles = async_raw_response(AsyncPermissions.delete_roles)
    get_current_user_permissions = async_raw_response(
        AsyncPermissions.get_current_user_permissions
    )
    get_current_user_roles = async_raw_response(AsyncPermissions.get_current_user_roles)
    get_group_permissions = async_raw_response(AsyncPermissions.get_group_permissions)
    get_group_roles = async_raw_response(AsyncPermissions.get_group_roles)
    reset_group_roles = async_raw_response(AsyncPermissions.reset_group_roles)
    get_role = async_raw_response(AsyncPermissions.get_role)
    get_role_permissions = async_raw_response(AsyncPermissions.get_role_permissions)
    set_role_permissions = async_raw_response(AsyncPermissions.set_role_permissions)
    get_user = async_raw_response(AsyncPermissions.get_user)
    get_user_permissions = async_raw_response(AsyncPermissions.get_user_permissions)
    get_user_roles = async_raw_response(AsyncPermissions.get_user_roles)
    reset_user_roles = async_raw_response(AsyncPermissions.reset_user_roles)
    is_collection_permission_granted = async_raw_response(
        AsyncPermissions.is_collection_permission_granted
    )
    is_permission_granted = async_raw_response(AsyncPermissions.is_permission_granted)
    list_permissions = async_raw_response(AsyncPermissions.list_permissions)
    list_users = async_raw_response(AsyncPermissions.list_users)
    request_current_user_deletion = async_raw_response(
        AsyncPermissions.request_current_user_deletion
    )
    set_role_priority = async_raw_response(AsyncPermissions.set_role_priority)


__all__ = [
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "Permissions",
    "PermissionsWithRawResponse",
]
