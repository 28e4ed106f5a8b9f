"""The operations tagged permissions: `client.permissions` is a `Permissions` (an `AsyncPermissions` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, Unset
from .. import AsyncResource, SyncResource

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


class PermissionsWithRawResponse(SyncResource):
    """The operations of `Permissions`, each returning the whole `Response` (status_code, headers, parsed)."""

    def add_user_document_permission(
        self,
        document_id: str,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Associates a user with a document they have permission on.

        The whole response (status_code, headers, parsed) of `Permissions.add_user_document_permission`.
        """
        from . import add_user_document_permission as _op

        request = _op.build_request(document_id=document_id, user_id=user_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def assign_permission_to_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns permission to a given role.

        The whole response (status_code, headers, parsed) of `Permissions.assign_permission_to_role`.
        """
        from . import assign_permission_to_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def remove_permission_from_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes permission from a given role.

        The whole response (status_code, headers, parsed) of `Permissions.remove_permission_from_role`.
        """
        from . import remove_permission_from_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def assign_roles_to_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns roles to a given group.

        The whole response (status_code, headers, parsed) of `Permissions.assign_roles_to_group`.
        """
        from . import assign_roles_to_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def remove_roles_from_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes roles from a given group.

        The whole response (status_code, headers, parsed) of `Permissions.remove_roles_from_group`.
        """
        from . import remove_roles_from_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def assign_roles_to_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns roles to a given user.

        The whole response (status_code, headers, parsed) of `Permissions.assign_roles_to_user`.
        """
        from . import assign_roles_to_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def remove_roles_from_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes roles from a given user.

        The whole response (status_code, headers, parsed) of `Permissions.remove_roles_from_user`.
        """
        from . import remove_roles_from_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def confirm_current_user_deletion(
        self,
        *,
        delete_id: str,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    @overload
    def confirm_current_user_deletion(
        self,
        *,
        body: ConfirmUserDeletionRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    def confirm_current_user_deletion(
        self,
        *,
        delete_id: Any = UNSET,
        body: ConfirmUserDeletionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Confirm deletion of the current user.

        The whole response (status_code, headers, parsed) of `Permissions.confirm_current_user_deletion`.
        """
        from . import confirm_current_user_deletion as _op

        request = _op.build_request(
            body=_op.build_body(body, delete_id=delete_id), timeout=timeout
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[GroupInfo]]:
        """Returns a list of all groups existing on the H2OGPTe instance.

        The whole response (status_code, headers, parsed) of `Permissions.list_groups`.
        """
        from . import list_groups as _op

        request = _op.build_request()
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def create_group(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GroupInfo]: ...

    @overload
    def create_group(
        self,
        *,
        body: GroupCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GroupInfo]: ...

    def create_group(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: GroupCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GroupInfo]:
        """Creates a user group.

        The whole response (status_code, headers, parsed) of `Permissions.create_group`.
        """
        from . import create_group as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given group names.

        The whole response (status_code, headers, parsed) of `Permissions.delete_groups_by_names`.
        """
        from . import delete_groups_by_names as _op

        request = _op.build_request(names=names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Returns all roles for in the H2OGPTe instance.

        The whole response (status_code, headers, parsed) of `Permissions.list_roles`.
        """
        from . import list_roles as _op

        request = _op.build_request()
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def create_role(
        self,
        *,
        name: str,
        description: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    @overload
    def create_role(
        self,
        *,
        body: RoleCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    def create_role(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: RoleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Creates a role.

        The whole response (status_code, headers, parsed) of `Permissions.create_role`.
        """
        from . import create_role as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given role names.

        The whole response (status_code, headers, parsed) of `Permissions.delete_roles_by_names`.
        """
        from . import delete_roles_by_names as _op

        request = _op.build_request(names=names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given unique identifiers.

        The whole response (status_code, headers, parsed) of `Permissions.delete_groups`.
        """
        from . import delete_groups as _op

        request = _op.build_request(group_ids=group_ids)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given unique identifiers.

        The whole response (status_code, headers, parsed) of `Permissions.delete_roles`.
        """
        from . import delete_roles as _op

        request = _op.build_request(role_ids=role_ids)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of the user calling the endpoint.

        The whole response (status_code, headers, parsed) of `Permissions.get_current_user_permissions`.
        """
        from . import get_current_user_permissions as _op

        request = _op.build_request()
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with the user calling the endpoint.

        The whole response (status_code, headers, parsed) of `Permissions.get_current_user_roles`.
        """
        from . import get_current_user_roles as _op

        request = _op.build_request()
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given group.

        The whole response (status_code, headers, parsed) of `Permissions.get_group_permissions`.
        """
        from . import get_group_permissions as _op

        request = _op.build_request(group_id=group_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given group.

        The whole response (status_code, headers, parsed) of `Permissions.get_group_roles`.
        """
        from . import get_group_roles as _op

        request = _op.build_request(group_id=group_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    @overload
    def reset_group_roles(
        self,
        group_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Resets group roles.

        The whole response (status_code, headers, parsed) of `Permissions.reset_group_roles`.
        """
        from . import reset_group_roles as _op

        request = _op.build_request(
            group_id=group_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Finds role for a given unique identifier.

        The whole response (status_code, headers, parsed) of `Permissions.get_role`.
        """
        from . import get_role as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given role.

        The whole response (status_code, headers, parsed) of `Permissions.get_role_permissions`.
        """
        from . import get_role_permissions as _op

        request = _op.build_request(role_id=role_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    @overload
    def set_role_permissions(
        self,
        role_id: str,
        *,
        body: PermissionResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: Any = UNSET,
        body: PermissionResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Sets a new set of permissions for a given role.

        The whole response (status_code, headers, parsed) of `Permissions.set_role_permissions`.
        """
        from . import set_role_permissions as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, new_permissions=new_permissions)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserInfo]:
        """Finds user for a given unique identifier.

        The whole response (status_code, headers, parsed) of `Permissions.get_user`.
        """
        from . import get_user as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given user.

        The whole response (status_code, headers, parsed) of `Permissions.get_user_permissions`.
        """
        from . import get_user_permissions as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given user.

        The whole response (status_code, headers, parsed) of `Permissions.get_user_roles`.
        """
        from . import get_user_roles as _op

        request = _op.build_request(user_id=user_id)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    @overload
    def reset_user_roles(
        self,
        user_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Resets user roles.

        The whole response (status_code, headers, parsed) of `Permissions.reset_user_roles`.
        """
        from . import reset_user_roles as _op

        request = _op.build_request(
            user_id=user_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    @overload
    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]:
        """Checks if collection permission is granted for a given user.

        The whole response (status_code, headers, parsed) of `Permissions.is_collection_permission_granted`.
        """
        from . import is_collection_permission_granted as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, permission=permission),
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def is_permission_granted(
        self,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    @overload
    def is_permission_granted(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    def is_permission_granted(
        self,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]:
        """Checks if permission is granted for a given user.

        The whole response (status_code, headers, parsed) of `Permissions.is_permission_granted`.
        """
        from . import is_permission_granted as _op

        request = _op.build_request(body=_op.build_body(body, permission=permission))
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def list_permissions(
        self,
        *,
        group_names: list[str] | Unset = UNSET,
        role_names: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Returns system permissions.

        The whole response (status_code, headers, parsed) of `Permissions.list_permissions`.
        """
        from . import list_permissions as _op

        request = _op.build_request(group_names=group_names, role_names=role_names)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def list_users(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserInfo]]:
        """Returns a list of all registered users for the system.

        The whole response (status_code, headers, parsed) of `Permissions.list_users`.
        """
        from . import list_users as _op

        request = _op.build_request(offset=offset, limit=limit)
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserDeletionRequest]:
        """Request deletion of the current user.

        The whole response (status_code, headers, parsed) of `Permissions.request_current_user_deletion`.
        """
        from . import request_current_user_deletion as _op

        request = _op.build_request()
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    def set_role_priority(
        self,
        role_id: str,
        *,
        priority: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    @overload
    def set_role_priority(
        self,
        role_id: str,
        *,
        body: SetRolePriorityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    def set_role_priority(
        self,
        role_id: str,
        *,
        priority: Any = UNSET,
        body: SetRolePriorityRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Sets priority for a given role.

        The whole response (status_code, headers, parsed) of `Permissions.set_role_priority`.
        """
        from . import set_role_priority as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, priority=priority)
        )
        return self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )


class AsyncPermissionsWithRawResponse(AsyncResource):
    """The operations of `AsyncPermissions`, each returning the whole `Response` (status_code, headers, parsed)."""

    async def add_user_document_permission(
        self,
        document_id: str,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Associates a user with a document they have permission on.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.add_user_document_permission`.
        """
        from . import add_user_document_permission as _op

        request = _op.build_request(document_id=document_id, user_id=user_id)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_permission_to_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns permission to a given role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.assign_permission_to_role`.
        """
        from . import assign_permission_to_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_permission_from_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes permission from a given role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.remove_permission_from_role`.
        """
        from . import remove_permission_from_role as _op

        request = _op.build_request(role_id=role_id, permission_name=permission_name)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_roles_to_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns roles to a given group.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.assign_roles_to_group`.
        """
        from . import assign_roles_to_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_roles_from_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes roles from a given group.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.remove_roles_from_group`.
        """
        from . import remove_roles_from_group as _op

        request = _op.build_request(group_id=group_id, role_names=role_names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def assign_roles_to_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Assigns roles to a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.assign_roles_to_user`.
        """
        from . import assign_roles_to_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_roles_from_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Removes roles from a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.remove_roles_from_user`.
        """
        from . import remove_roles_from_user as _op

        request = _op.build_request(user_id=user_id, role_names=role_names)
        return await self._requester.send_raw(
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
    ) -> Response[None]: ...

    @overload
    async def confirm_current_user_deletion(
        self,
        *,
        body: ConfirmUserDeletionRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    async def confirm_current_user_deletion(
        self,
        *,
        delete_id: Any = UNSET,
        body: ConfirmUserDeletionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Confirm deletion of the current user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.confirm_current_user_deletion`.
        """
        from . import confirm_current_user_deletion as _op

        request = _op.build_request(
            body=_op.build_body(body, delete_id=delete_id), timeout=timeout
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[GroupInfo]]:
        """Returns a list of all groups existing on the H2OGPTe instance.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.list_groups`.
        """
        from . import list_groups as _op

        request = _op.build_request()
        return await self._requester.send_raw(
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
    ) -> Response[GroupInfo]: ...

    @overload
    async def create_group(
        self,
        *,
        body: GroupCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GroupInfo]: ...

    async def create_group(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: GroupCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[GroupInfo]:
        """Creates a user group.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.create_group`.
        """
        from . import create_group as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given group names.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.delete_groups_by_names`.
        """
        from . import delete_groups_by_names as _op

        request = _op.build_request(names=names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Returns all roles for in the H2OGPTe instance.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.list_roles`.
        """
        from . import list_roles as _op

        request = _op.build_request()
        return await self._requester.send_raw(
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
    ) -> Response[RoleInfo]: ...

    @overload
    async def create_role(
        self,
        *,
        body: RoleCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    async def create_role(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        body: RoleCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Creates a role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.create_role`.
        """
        from . import create_role as _op

        request = _op.build_request(
            body=_op.build_body(body, name=name, description=description)
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given role names.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.delete_roles_by_names`.
        """
        from . import delete_roles_by_names as _op

        request = _op.build_request(names=names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given unique identifiers.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.delete_groups`.
        """
        from . import delete_groups as _op

        request = _op.build_request(group_ids=group_ids)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given unique identifiers.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.delete_roles`.
        """
        from . import delete_roles as _op

        request = _op.build_request(role_ids=role_ids)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of the user calling the endpoint.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_current_user_permissions`.
        """
        from . import get_current_user_permissions as _op

        request = _op.build_request()
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with the user calling the endpoint.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_current_user_roles`.
        """
        from . import get_current_user_roles as _op

        request = _op.build_request()
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given group.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_group_permissions`.
        """
        from . import get_group_permissions as _op

        request = _op.build_request(group_id=group_id)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given group.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_group_roles`.
        """
        from . import get_group_roles as _op

        request = _op.build_request(group_id=group_id)
        return await self._requester.send_raw(
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
    ) -> Response[None]: ...

    @overload
    async def reset_group_roles(
        self,
        group_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    async def reset_group_roles(
        self,
        group_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Resets group roles.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.reset_group_roles`.
        """
        from . import reset_group_roles as _op

        request = _op.build_request(
            group_id=group_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Finds role for a given unique identifier.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_role`.
        """
        from . import get_role as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_role_permissions`.
        """
        from . import get_role_permissions as _op

        request = _op.build_request(role_id=role_id)
        return await self._requester.send_raw(
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
    ) -> Response[None]: ...

    @overload
    async def set_role_permissions(
        self,
        role_id: str,
        *,
        body: PermissionResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    async def set_role_permissions(
        self,
        role_id: str,
        *,
        new_permissions: Any = UNSET,
        body: PermissionResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Sets a new set of permissions for a given role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.set_role_permissions`.
        """
        from . import set_role_permissions as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, new_permissions=new_permissions)
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserInfo]:
        """Finds user for a given unique identifier.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_user`.
        """
        from . import get_user as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_user_permissions`.
        """
        from . import get_user_permissions as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.get_user_roles`.
        """
        from . import get_user_roles as _op

        request = _op.build_request(user_id=user_id)
        return await self._requester.send_raw(
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
    ) -> Response[None]: ...

    @overload
    async def reset_user_roles(
        self,
        user_id: str,
        *,
        body: RolesResetRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]: ...

    async def reset_user_roles(
        self,
        user_id: str,
        *,
        new_roles: Any = UNSET,
        body: RolesResetRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Resets user roles.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.reset_user_roles`.
        """
        from . import reset_user_roles as _op

        request = _op.build_request(
            user_id=user_id, body=_op.build_body(body, new_roles=new_roles)
        )
        return await self._requester.send_raw(
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
    ) -> Response[bool]: ...

    @overload
    async def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    async def is_collection_permission_granted(
        self,
        collection_id: str,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]:
        """Checks if collection permission is granted for a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.is_collection_permission_granted`.
        """
        from . import is_collection_permission_granted as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, permission=permission),
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def is_permission_granted(
        self,
        *,
        permission: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    @overload
    async def is_permission_granted(
        self,
        *,
        body: PermissionCheckRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]: ...

    async def is_permission_granted(
        self,
        *,
        permission: Any = UNSET,
        body: PermissionCheckRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[bool]:
        """Checks if permission is granted for a given user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.is_permission_granted`.
        """
        from . import is_permission_granted as _op

        request = _op.build_request(body=_op.build_body(body, permission=permission))
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_permissions(
        self,
        *,
        group_names: list[str] | Unset = UNSET,
        role_names: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Returns system permissions.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.list_permissions`.
        """
        from . import list_permissions as _op

        request = _op.build_request(group_names=group_names, role_names=role_names)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_users(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserInfo]]:
        """Returns a list of all registered users for the system.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.list_users`.
        """
        from . import list_users as _op

        request = _op.build_request(offset=offset, limit=limit)
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )

    async def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserDeletionRequest]:
        """Request deletion of the current user.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.request_current_user_deletion`.
        """
        from . import request_current_user_deletion as _op

        request = _op.build_request()
        return await self._requester.send_raw(
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
    ) -> Response[RoleInfo]: ...

    @overload
    async def set_role_priority(
        self,
        role_id: str,
        *,
        body: SetRolePriorityRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]: ...

    async def set_role_priority(
        self,
        role_id: str,
        *,
        priority: Any = UNSET,
        body: SetRolePriorityRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Sets priority for a given role.

        The whole response (status_code, headers, parsed) of `AsyncPermissions.set_role_priority`.
        """
        from . import set_role_priority as _op

        request = _op.build_request(
            role_id=role_id, body=_op.build_body(body, priority=priority)
        )
        return await self._requester.send_raw(
            request, _op.parse, request_timeout, max_retries
        )


__all__ = [
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "Permissions",
    "PermissionsWithRawResponse",
]
