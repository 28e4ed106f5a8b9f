"""The operations tagged permissions: `client.permissions` is a `Permissions` (an `AsyncPermissions` on an async client).

Each operation also has its own module here (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, Unset
from .. import AsyncResource, SyncResource, make_body, make_optional_body

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
        from . import add_user_document_permission as _operation

        request = _operation._get_kwargs(
            document_id=document_id,
            user_id=user_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def assign_permission_to_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns permission to a given role."""
        from . import assign_permission_to_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def remove_permission_from_role(
        self,
        role_id: str,
        permission_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes permission from a given role."""
        from . import remove_permission_from_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from . import assign_roles_to_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def remove_roles_from_group(
        self,
        group_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given group."""
        from . import remove_roles_from_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def assign_roles_to_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Assigns roles to a given user."""
        from . import assign_roles_to_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def remove_roles_from_user(
        self,
        user_id: str,
        role_names: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes roles from a given user."""
        from . import remove_roles_from_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
        from . import confirm_current_user_deletion as _operation

        request = _operation._get_kwargs(
            body=make_body(
                ConfirmUserDeletionRequest,
                body,
                {
                    "delete_id": delete_id,
                },
                "confirm_current_user_deletion",
                as_json=True,
            ),
            timeout=timeout,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupInfo]:
        """Returns a list of all groups existing on the H2OGPTe instance."""
        from . import list_groups as _operation

        request = _operation._get_kwargs()
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.group_create_request import GroupCreateRequest
        from . import create_group as _operation

        request = _operation._get_kwargs(
            body=make_body(
                GroupCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_group",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given group names."""
        from . import delete_groups_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Returns all roles for in the H2OGPTe instance."""
        from . import list_roles as _operation

        request = _operation._get_kwargs()
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.role_create_request import RoleCreateRequest
        from . import create_role as _operation

        request = _operation._get_kwargs(
            body=make_body(
                RoleCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_role",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given role names."""
        from . import delete_roles_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from . import delete_groups as _operation

        request = _operation._get_kwargs(
            group_ids=group_ids,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given unique identifiers."""
        from . import delete_roles as _operation

        request = _operation._get_kwargs(
            role_ids=role_ids,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of the user calling the endpoint."""
        from . import get_current_user_permissions as _operation

        request = _operation._get_kwargs()
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with the user calling the endpoint."""
        from . import get_current_user_roles as _operation

        request = _operation._get_kwargs()
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given group."""
        from . import get_group_permissions as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given group."""
        from . import get_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_group_roles",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Finds role for a given unique identifier."""
        from . import get_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given role."""
        from . import get_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.permission_reset_request import PermissionResetRequest
        from . import set_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_body(
                PermissionResetRequest,
                body,
                {
                    "new_permissions": new_permissions,
                },
                "set_role_permissions",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserInfo:
        """Finds user for a given unique identifier."""
        from . import get_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given user."""
        from . import get_user_permissions as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given user."""
        from . import get_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_user_roles",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_collection_permission_granted as _operation

        request = _operation._get_kwargs(
            collection_id=collection_id,
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_collection_permission_granted",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_permission_granted as _operation

        request = _operation._get_kwargs(
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_permission_granted",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from . import list_permissions as _operation

        request = _operation._get_kwargs(
            group_names=group_names,
            role_names=role_names,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def list_users(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserInfo]:
        """Returns a list of all registered users for the system."""
        from . import list_users as _operation

        request = _operation._get_kwargs(
            offset=offset,
            limit=limit,
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from . import request_current_user_deletion as _operation

        request = _operation._get_kwargs()
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

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
        from ...models.set_role_priority_request import SetRolePriorityRequest
        from . import set_role_priority as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_optional_body(
                SetRolePriorityRequest,
                body,
                {
                    "priority": priority,
                },
                "set_role_priority",
                as_json=True,
            ),
        )
        return self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )


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
        from . import add_user_document_permission as _operation

        request = _operation._get_kwargs(
            document_id=document_id,
            user_id=user_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import assign_permission_to_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import remove_permission_from_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import assign_roles_to_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import remove_roles_from_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import assign_roles_to_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import remove_roles_from_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
        from . import confirm_current_user_deletion as _operation

        request = _operation._get_kwargs(
            body=make_body(
                ConfirmUserDeletionRequest,
                body,
                {
                    "delete_id": delete_id,
                },
                "confirm_current_user_deletion",
                as_json=True,
            ),
            timeout=timeout,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupInfo]:
        """Returns a list of all groups existing on the H2OGPTe instance."""
        from . import list_groups as _operation

        request = _operation._get_kwargs()
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.group_create_request import GroupCreateRequest
        from . import create_group as _operation

        request = _operation._get_kwargs(
            body=make_body(
                GroupCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_group",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes groups for given group names."""
        from . import delete_groups_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Returns all roles for in the H2OGPTe instance."""
        from . import list_roles as _operation

        request = _operation._get_kwargs()
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.role_create_request import RoleCreateRequest
        from . import create_role as _operation

        request = _operation._get_kwargs(
            body=make_body(
                RoleCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_role",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given role names."""
        from . import delete_roles_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import delete_groups as _operation

        request = _operation._get_kwargs(
            group_ids=group_ids,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes roles for given unique identifiers."""
        from . import delete_roles as _operation

        request = _operation._get_kwargs(
            role_ids=role_ids,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of the user calling the endpoint."""
        from . import get_current_user_permissions as _operation

        request = _operation._get_kwargs()
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with the user calling the endpoint."""
        from . import get_current_user_roles as _operation

        request = _operation._get_kwargs()
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given group."""
        from . import get_group_permissions as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given group."""
        from . import get_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_group_roles",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RoleInfo:
        """Finds role for a given unique identifier."""
        from . import get_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given role."""
        from . import get_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.permission_reset_request import PermissionResetRequest
        from . import set_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_body(
                PermissionResetRequest,
                body,
                {
                    "new_permissions": new_permissions,
                },
                "set_role_permissions",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UserInfo:
        """Finds user for a given unique identifier."""
        from . import get_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UserPermission]:
        """Lists permissions of a given user."""
        from . import get_user_permissions as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[RoleInfo]:
        """Finds roles associated with a given user."""
        from . import get_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_user_roles",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_collection_permission_granted as _operation

        request = _operation._get_kwargs(
            collection_id=collection_id,
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_collection_permission_granted",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_permission_granted as _operation

        request = _operation._get_kwargs(
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_permission_granted",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import list_permissions as _operation

        request = _operation._get_kwargs(
            group_names=group_names,
            role_names=role_names,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import list_users as _operation

        request = _operation._get_kwargs(
            offset=offset,
            limit=limit,
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from . import request_current_user_deletion as _operation

        request = _operation._get_kwargs()
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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
        from ...models.set_role_priority_request import SetRolePriorityRequest
        from . import set_role_priority as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_optional_body(
                SetRolePriorityRequest,
                body,
                {
                    "priority": priority,
                },
                "set_role_priority",
                as_json=True,
            ),
        )
        return await self._requester.send(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import add_user_document_permission as _operation

        request = _operation._get_kwargs(
            document_id=document_id,
            user_id=user_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_permission_to_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_permission_from_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Assigns roles to a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_roles_to_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_roles_from_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_roles_to_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_roles_from_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Confirms and executes the deletion of the currently authenticated user and all associated data using
        the delete ID from the initial request.

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
        from . import confirm_current_user_deletion as _operation

        request = _operation._get_kwargs(
            body=make_body(
                ConfirmUserDeletionRequest,
                body,
                {
                    "delete_id": delete_id,
                },
                "confirm_current_user_deletion",
                as_json=True,
            ),
            timeout=timeout,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[GroupInfo]]:
        """Returns a list of all groups existing on the H2OGPTe instance.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_groups as _operation

        request = _operation._get_kwargs()
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.group_create_request import GroupCreateRequest
        from . import create_group as _operation

        request = _operation._get_kwargs(
            body=make_body(
                GroupCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_group",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given group names.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_groups_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Returns all roles for in the H2OGPTe instance.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_roles as _operation

        request = _operation._get_kwargs()
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.role_create_request import RoleCreateRequest
        from . import create_role as _operation

        request = _operation._get_kwargs(
            body=make_body(
                RoleCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_role",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given role names.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_roles_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given unique identifiers.

        Deletes a groups for given unique identifiers.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_groups as _operation

        request = _operation._get_kwargs(
            group_ids=group_ids,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given unique identifiers.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_roles as _operation

        request = _operation._get_kwargs(
            role_ids=role_ids,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of the user calling the endpoint.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_current_user_permissions as _operation

        request = _operation._get_kwargs()
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with the user calling the endpoint.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_current_user_roles as _operation

        request = _operation._get_kwargs()
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given group.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_group_permissions as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given group.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Replaces all roles of the given group with a new set of roles

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_group_roles",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Finds role for a given unique identifier.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given role.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_reset_request import PermissionResetRequest
        from . import set_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_body(
                PermissionResetRequest,
                body,
                {
                    "new_permissions": new_permissions,
                },
                "set_role_permissions",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserInfo]:
        """Finds user for a given unique identifier.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user_permissions as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Replaces all roles of the given user with a new set of roles

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_user_roles",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_collection_permission_granted as _operation

        request = _operation._get_kwargs(
            collection_id=collection_id,
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_collection_permission_granted",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_permission_granted as _operation

        request = _operation._get_kwargs(
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_permission_granted",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns all system permissions or permissions for given groups

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_permissions as _operation

        request = _operation._get_kwargs(
            group_names=group_names,
            role_names=role_names,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_users as _operation

        request = _operation._get_kwargs(
            offset=offset,
            limit=limit,
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserDeletionRequest]:
        """Request deletion of the current user.

        Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
        used to confirm the deletion within 5 minutes.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import request_current_user_deletion as _operation

        request = _operation._get_kwargs()
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.set_role_priority_request import SetRolePriorityRequest
        from . import set_role_priority as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_optional_body(
                SetRolePriorityRequest,
                body,
                {
                    "priority": priority,
                },
                "set_role_priority",
                as_json=True,
            ),
        )
        return self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import add_user_document_permission as _operation

        request = _operation._get_kwargs(
            document_id=document_id,
            user_id=user_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_permission_to_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_permission_from_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            permission_name=permission_name,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Assigns roles to a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_roles_to_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_roles_from_group as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            role_names=role_names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import assign_roles_to_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import remove_roles_from_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            role_names=role_names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Confirms and executes the deletion of the currently authenticated user and all associated data using
        the delete ID from the initial request.

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
        from . import confirm_current_user_deletion as _operation

        request = _operation._get_kwargs(
            body=make_body(
                ConfirmUserDeletionRequest,
                body,
                {
                    "delete_id": delete_id,
                },
                "confirm_current_user_deletion",
                as_json=True,
            ),
            timeout=timeout,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def list_groups(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[GroupInfo]]:
        """Returns a list of all groups existing on the H2OGPTe instance.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_groups as _operation

        request = _operation._get_kwargs()
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.group_create_request import GroupCreateRequest
        from . import create_group as _operation

        request = _operation._get_kwargs(
            body=make_body(
                GroupCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_group",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_groups_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given group names.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_groups_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def list_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Returns all roles for in the H2OGPTe instance.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_roles as _operation

        request = _operation._get_kwargs()
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.role_create_request import RoleCreateRequest
        from . import create_role as _operation

        request = _operation._get_kwargs(
            body=make_body(
                RoleCreateRequest,
                body,
                {
                    "name": name,
                    "description": description,
                },
                "create_role",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_roles_by_names(
        self,
        *,
        names: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given role names.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_roles_by_names as _operation

        request = _operation._get_kwargs(
            names=names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_groups(
        self,
        group_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes groups for given unique identifiers.

        Deletes a groups for given unique identifiers.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_groups as _operation

        request = _operation._get_kwargs(
            group_ids=group_ids,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def delete_roles(
        self,
        role_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[None]:
        """Deletes roles for given unique identifiers.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import delete_roles as _operation

        request = _operation._get_kwargs(
            role_ids=role_ids,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_current_user_permissions(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of the user calling the endpoint.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_current_user_permissions as _operation

        request = _operation._get_kwargs()
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_current_user_roles(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with the user calling the endpoint.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_current_user_roles as _operation

        request = _operation._get_kwargs()
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_group_permissions(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given group.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_group_permissions as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_group_roles(
        self,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given group.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Replaces all roles of the given group with a new set of roles

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_group_roles as _operation

        request = _operation._get_kwargs(
            group_id=group_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_group_roles",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_role(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[RoleInfo]:
        """Finds role for a given unique identifier.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_role as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_role_permissions(
        self,
        role_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given role.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_reset_request import PermissionResetRequest
        from . import set_role_permissions as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_body(
                PermissionResetRequest,
                body,
                {
                    "new_permissions": new_permissions,
                },
                "set_role_permissions",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserInfo]:
        """Finds user for a given unique identifier.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user_permissions(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[UserPermission]]:
        """Lists permissions of a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user_permissions as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def get_user_roles(
        self,
        user_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[list[RoleInfo]]:
        """Finds roles associated with a given user.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import get_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Replaces all roles of the given user with a new set of roles

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.roles_reset_request import RolesResetRequest
        from . import reset_user_roles as _operation

        request = _operation._get_kwargs(
            user_id=user_id,
            body=make_body(
                RolesResetRequest,
                body,
                {
                    "new_roles": new_roles,
                },
                "reset_user_roles",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_collection_permission_granted as _operation

        request = _operation._get_kwargs(
            collection_id=collection_id,
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_collection_permission_granted",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.permission_check_request import PermissionCheckRequest
        from . import is_permission_granted as _operation

        request = _operation._get_kwargs(
            body=make_body(
                PermissionCheckRequest,
                body,
                {
                    "permission": permission,
                },
                "is_permission_granted",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns all system permissions or permissions for given groups

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_permissions as _operation

        request = _operation._get_kwargs(
            group_names=group_names,
            role_names=role_names,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from . import list_users as _operation

        request = _operation._get_kwargs(
            offset=offset,
            limit=limit,
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )

    async def request_current_user_deletion(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Response[UserDeletionRequest]:
        """Request deletion of the current user.

        Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
        used to confirm the deletion within 5 minutes.

        Returns the whole response: status_code, headers and parsed.
        """
        from . import request_current_user_deletion as _operation

        request = _operation._get_kwargs()
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
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

        Returns the whole response: status_code, headers and parsed.
        """
        from ...models.set_role_priority_request import SetRolePriorityRequest
        from . import set_role_priority as _operation

        request = _operation._get_kwargs(
            role_id=role_id,
            body=make_optional_body(
                SetRolePriorityRequest,
                body,
                {
                    "priority": priority,
                },
                "set_role_priority",
                as_json=True,
            ),
        )
        return await self._requester.send_raw(
            request, _operation._parse_success, request_timeout, max_retries
        )


__all__ = [
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "Permissions",
    "PermissionsWithRawResponse",
]
