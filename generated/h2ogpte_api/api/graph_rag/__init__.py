"""The operations tagged graph_rag: `client.graph_rag` is a `GraphRag` (an `AsyncGraphRag` on an async client).

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
    from ...models.build_collection_graph_request import BuildCollectionGraphRequest
    from ...models.endpoint_error import EndpointError
    from ...models.get_collection_graph_status_200_response import (
        GetCollectionGraphStatus200Response,
    )
    from ...models.get_graph_config_200_response import GetGraphConfig200Response
    from ...models.job_details import JobDetails
    from ...models.knowledge_graph_data import KnowledgeGraphData
    from ...models.knowledge_graph_node_detail import KnowledgeGraphNodeDetail
    from ...models.search_collection_graph_labels_200_response import (
        SearchCollectionGraphLabels200Response,
    )

    pass


class GraphRag(SyncResource):
    """The operations tagged graph_rag; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> GraphRagWithRawResponse:
        return GraphRagWithRawResponse(self._requester)

    @overload
    def build_collection_graph(
        self,
        collection_id: str,
        *,
        llm: int | str | Unset = UNSET,
        force_rebuild: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def build_collection_graph(
        self,
        collection_id: str,
        *,
        body: BuildCollectionGraphRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def build_collection_graph(
        self,
        collection_id: str,
        *,
        llm: Any = UNSET,
        force_rebuild: Any = UNSET,
        name: Any = UNSET,
        body: BuildCollectionGraphRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Build a knowledge graph for a collection.

        Triggers an asynchronous job that extracts entities and relationships from document chunks to build
        a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.
        """
        from . import build_collection_graph as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, llm=llm, force_rebuild=force_rebuild, name=name),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_graph(
        self,
        collection_id: str,
        *,
        label: str | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_nodes: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> KnowledgeGraphData:
        """Read a renderable subgraph of a collection's knowledge graph.

        Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
        default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
        with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
        expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
        addresses a future edit API will target.
        """
        from . import get_collection_graph as _op

        request = _op.build_request(
            collection_id=collection_id,
            label=label,
            max_depth=max_depth,
            max_nodes=max_nodes,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection_graph(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the knowledge graph for a collection.

        Tears down the collection's knowledge graph: removes the stored tarball from object storage, drops
        the in-memory per-collection lock and event loop, removes the local LightRAG cache directory, and
        resets graph_status to 'none'. The collection itself is unaffected. Auto-RAG selection will revert
        to normal RAG until a new graph is built.
        """
        from . import delete_collection_graph as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_graph_node(
        self,
        collection_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> KnowledgeGraphNodeDetail:
        """Get full detail for one knowledge-graph node.

        Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
        that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
        records captured at build time.
        """
        from . import get_collection_graph_node as _op

        request = _op.build_request(collection_id=collection_id, name=name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_graph_status(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCollectionGraphStatus200Response:
        """Get graph build status for a collection.

        Returns the current knowledge graph build status and metadata.
        """
        from . import get_collection_graph_status as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_graph_config(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetGraphConfig200Response:
        """Get GraphRAG configuration.

        Returns GraphRAG configuration including allowed LLM models for graph building.
        """
        from . import get_graph_config as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def search_collection_graph_labels(
        self,
        collection_id: str,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SearchCollectionGraphLabels200Response:
        """Search entity names in a collection's knowledge graph.

        Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
        returns the most-connected entities.
        """
        from . import search_collection_graph_labels as _op

        request = _op.build_request(collection_id=collection_id, q=q, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncGraphRag(AsyncResource):
    """The operations tagged graph_rag (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncGraphRagWithRawResponse:
        return AsyncGraphRagWithRawResponse(self._requester)

    @overload
    async def build_collection_graph(
        self,
        collection_id: str,
        *,
        llm: int | str | Unset = UNSET,
        force_rebuild: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def build_collection_graph(
        self,
        collection_id: str,
        *,
        body: BuildCollectionGraphRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def build_collection_graph(
        self,
        collection_id: str,
        *,
        llm: Any = UNSET,
        force_rebuild: Any = UNSET,
        name: Any = UNSET,
        body: BuildCollectionGraphRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Build a knowledge graph for a collection.

        Triggers an asynchronous job that extracts entities and relationships from document chunks to build
        a knowledge graph using LightRAG. Returns 409 Conflict if a build is already in progress.
        """
        from . import build_collection_graph as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, llm=llm, force_rebuild=force_rebuild, name=name),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_graph(
        self,
        collection_id: str,
        *,
        label: str | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_nodes: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> KnowledgeGraphData:
        """Read a renderable subgraph of a collection's knowledge graph.

        Returns nodes and edges of the knowledge graph for visualization (issue #11529). With label "*" (the
        default) returns the whole-graph view, degree-ranked and capped at max_nodes with is_truncated set;
        with a specific entity name returns the BFS neighborhood around that node (used by the viewer's
        expand-on-click). Read-only; node ids (entity names) and edge (source, target) pairs are the stable
        addresses a future edit API will target.
        """
        from . import get_collection_graph as _op

        request = _op.build_request(
            collection_id=collection_id,
            label=label,
            max_depth=max_depth,
            max_nodes=max_nodes,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection_graph(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the knowledge graph for a collection.

        Tears down the collection's knowledge graph: removes the stored tarball from object storage, drops
        the in-memory per-collection lock and event loop, removes the local LightRAG cache directory, and
        resets graph_status to 'none'. The collection itself is unaffected. Auto-RAG selection will revert
        to normal RAG until a new graph is built.
        """
        from . import delete_collection_graph as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_graph_node(
        self,
        collection_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> KnowledgeGraphNodeDetail:
        """Get full detail for one knowledge-graph node.

        Returns a node's properties, its incident edges, and the source chunks (text and origin filename)
        that produced it, for the graph viewer's detail panel. Source chunks are the graph's own provenance
        records captured at build time.
        """
        from . import get_collection_graph_node as _op

        request = _op.build_request(collection_id=collection_id, name=name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_graph_status(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCollectionGraphStatus200Response:
        """Get graph build status for a collection.

        Returns the current knowledge graph build status and metadata.
        """
        from . import get_collection_graph_status as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_graph_config(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetGraphConfig200Response:
        """Get GraphRAG configuration.

        Returns GraphRAG configuration including allowed LLM models for graph building.
        """
        from . import get_graph_config as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def search_collection_graph_labels(
        self,
        collection_id: str,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SearchCollectionGraphLabels200Response:
        """Search entity names in a collection's knowledge graph.

        Fuzzy-searches entity names (node labels) for the graph viewer's entity search. Without a query,
        returns the most-connected entities.
        """
        from . import search_collection_graph_labels as _op

        request = _op.build_request(collection_id=collection_id, q=q, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class GraphRagWithRawResponse(SyncRawResource):
    """The operations of `GraphRag`, each returning the whole `Response` (status_code, headers, parsed)."""

    build_collection_graph = raw_response(GraphRag.build_collection_graph)
    get_collection_graph = raw_response(GraphRag.get_collection_graph)
    delete_collection_graph = raw_response(GraphRag.delete_collection_graph)
    get_collection_graph_node = raw_response(GraphRag.get_collection_graph_node)
    get_collection_graph_status = raw_response(GraphRag.get_collection_graph_status)
    get_graph_config = raw_response(GraphRag.get_graph_config)
    search_collection_graph_labels = raw_response(
        GraphRag.search_collection_graph_labels
    )


class AsyncGraphRagWithRawResponse(AsyncRawResource):
    """The operations of `AsyncGraphRag`, each returning the whole `Response` (status_code, headers, parsed)."""

    build_collection_graph = async_raw_response(AsyncGraphRag.build_collection_graph)
    get_collection_graph = async_raw_response(AsyncGraphRag.get_collection_graph)
    delete_collection_graph = async_raw_response(AsyncGraphRag.delete_collection_graph)
    get_collection_graph_node = async_raw_response(
        AsyncGraphRag.get_collection_graph_node
    )
    get_collection_graph_status = async_raw_response(
        AsyncGraphRag.get_collection_graph_status
    )
    get_graph_config = async_raw_response(AsyncGraphRag.get_graph_config)
    search_collection_graph_labels = async_raw_response(
        AsyncGraphRag.search_collection_graph_labels
    )


__all__ = [
    "AsyncGraphRag",
    "AsyncGraphRagWithRawResponse",
    "GraphRag",
    "GraphRagWithRawResponse",
]
