"""Contains all the data models used in inputs/outputs

Models are imported on first access (PEP 562), so importing one endpoint does not load all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_builtin_mcp_201_response import AddBuiltinMcp201Response
    from .add_builtin_mcp_body import AddBuiltinMcpBody
    from .add_builtin_skill_201_response import AddBuiltinSkill201Response
    from .add_builtin_skill_request import AddBuiltinSkillRequest
    from .add_custom_agent_201_response_inner import AddCustomAgent201ResponseInner
    from .add_custom_agent_body import AddCustomAgentBody
    from .add_custom_agent_tool_201_response_inner import (
        AddCustomAgentTool201ResponseInner,
    )
    from .add_custom_agent_tool_body import AddCustomAgentToolBody
    from .add_showcase_chat_request import AddShowcaseChatRequest
    from .add_showcase_chat_response import AddShowcaseChatResponse
    from .add_skill_body import AddSkillBody
    from .admin_cleanup_chat_sessions_request import AdminCleanupChatSessionsRequest
    from .admin_session_item import AdminSessionItem
    from .admin_session_item_transport import AdminSessionItemTransport
    from .admin_sessions_list_response import AdminSessionsListResponse
    from .admin_sessions_stats_response import AdminSessionsStatsResponse
    from .admin_sessions_stats_response_by_transport import (
        AdminSessionsStatsResponseByTransport,
    )
    from .agent import Agent
    from .agent_api_keys import AgentApiKeys
    from .agent_key import AgentKey
    from .agent_key_association import AgentKeyAssociation
    from .agent_key_association_associated_key import AgentKeyAssociationAssociatedKey
    from .agent_key_type import AgentKeyType
    from .agent_server_directory_file_stats import AgentServerDirectoryFileStats
    from .agent_server_directory_stats import AgentServerDirectoryStats
    from .agent_server_directory_stats_per_agent_chat_session import (
        AgentServerDirectoryStatsPerAgentChatSession,
    )
    from .agent_server_file import AgentServerFile
    from .agent_skill import AgentSkill
    from .agent_skill_api_key_hints import AgentSkillApiKeyHints
    from .agent_skill_api_keys import AgentSkillApiKeys
    from .agent_skill_config import AgentSkillConfig
    from .agent_skill_env_defaults import AgentSkillEnvDefaults
    from .agent_tool_key_associations import AgentToolKeyAssociations
    from .agent_tool_spec import AgentToolSpec
    from .agent_tool_spec_api_keys import AgentToolSpecApiKeys
    from .agent_type import AgentType
    from .api_key_create_request import APIKeyCreateRequest
    from .api_key_info import APIKeyInfo
    from .api_key_result import APIKeyResult
    from .api_key_update_expiry_request import APIKeyUpdateExpiryRequest
    from .api_key_update_inactivity_interval_request import (
        APIKeyUpdateInactivityIntervalRequest,
    )
    from .audio_segment import AudioSegment
    from .azure_credentials import AzureCredentials
    from .build_collection_graph_request import BuildCollectionGraphRequest
    from .cancel_user_job_request import CancelUserJobRequest
    from .chat_completion import ChatCompletion
    from .chat_completion_delta import ChatCompletionDelta
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_include_chat_history import (
        ChatCompletionRequestIncludeChatHistory,
    )
    from .chat_completion_request_llm_args import ChatCompletionRequestLlmArgs
    from .chat_completion_request_rag_config import ChatCompletionRequestRagConfig
    from .chat_completion_request_self_reflection_config import (
        ChatCompletionRequestSelfReflectionConfig,
    )
    from .chat_error import ChatError
    from .chat_message import ChatMessage
    from .chat_message_meta import ChatMessageMeta
    from .chat_message_reference import ChatMessageReference
    from .chat_session import ChatSession
    from .chat_session_source import ChatSessionSource
    from .chat_session_status import ChatSessionStatus
    from .chat_session_update_request import ChatSessionUpdateRequest
    from .chat_settings import ChatSettings
    from .chat_settings_include_chat_history import ChatSettingsIncludeChatHistory
    from .chat_settings_llm_args import ChatSettingsLlmArgs
    from .chat_settings_rag_config import ChatSettingsRagConfig
    from .chat_settings_self_reflection_config import ChatSettingsSelfReflectionConfig
    from .chunk import Chunk
    from .chunk_search_result import ChunkSearchResult
    from .collection import Collection
    from .collection_change_request import CollectionChangeRequest
    from .collection_create_request import CollectionCreateRequest
    from .collection_create_request_vex_encryption import (
        CollectionCreateRequestVexEncryption,
    )
    from .collection_metadata_dict import CollectionMetadataDict
    from .collection_rag_type import CollectionRagType
    from .collection_settings import CollectionSettings
    from .collection_settings_ingest_mode import CollectionSettingsIngestMode
    from .collection_update_request import CollectionUpdateRequest
    from .collection_update_request_rag_type import CollectionUpdateRequestRagType
    from .collection_vex_encryption import CollectionVexEncryption
    from .confirm_user_deletion_request import ConfirmUserDeletionRequest
    from .confluence_credentials import ConfluenceCredentials
    from .count import Count
    from .count_with_queue_details import CountWithQueueDetails
    from .create_agent_key_request import CreateAgentKeyRequest
    from .create_agent_key_request_type import CreateAgentKeyRequestType
    from .create_agent_tool_key_associations_request import (
        CreateAgentToolKeyAssociationsRequest,
    )
    from .create_agent_tool_request import CreateAgentToolRequest
    from .create_agent_tool_request_tool_args import CreateAgentToolRequestToolArgs
    from .create_chat_session_request import CreateChatSessionRequest
    from .create_custom_agent_key_association_request import (
        CreateCustomAgentKeyAssociationRequest,
    )
    from .create_custom_agent_tool_association_request import (
        CreateCustomAgentToolAssociationRequest,
    )
    from .create_import_collection_to_collection_job_request import (
        CreateImportCollectionToCollectionJobRequest,
    )
    from .create_insert_document_to_collection_job_request import (
        CreateInsertDocumentToCollectionJobRequest,
    )
    from .create_library_skill_201_response_inner import (
        CreateLibrarySkill201ResponseInner,
    )
    from .create_library_skill_201_response_inner_config import (
        CreateLibrarySkill201ResponseInnerConfig,
    )
    from .create_library_skill_body import CreateLibrarySkillBody
    from .create_runtime_model_body import CreateRuntimeModelBody
    from .create_runtime_model_response_201 import CreateRuntimeModelResponse201
    from .create_secret_201_response import CreateSecret201Response
    from .create_secret_request import CreateSecretRequest
    from .create_secret_request_secret_type import CreateSecretRequestSecretType
    from .create_secret_request_secret_value import CreateSecretRequestSecretValue
    from .create_update_collection_thumbnail_job_body import (
        CreateUpdateCollectionThumbnailJobBody,
    )
    from .create_user_builtin_mcp_201_response import CreateUserBuiltinMcp201Response
    from .create_user_builtin_mcp_201_response_config import (
        CreateUserBuiltinMcp201ResponseConfig,
    )
    from .create_user_builtin_mcp_body import CreateUserBuiltinMcpBody
    from .custom_agent_detail import CustomAgentDetail
    from .custom_agent_detail_agent_args import CustomAgentDetailAgentArgs
    from .custom_agent_detail_mcp_servers_inner import CustomAgentDetailMcpServersInner
    from .custom_agent_detail_mcp_servers_inner_associated_tool import (
        CustomAgentDetailMcpServersInnerAssociatedTool,
    )
    from .custom_agent_key_association import CustomAgentKeyAssociation
    from .custom_agent_key_association_requirement_type import (
        CustomAgentKeyAssociationRequirementType,
    )
    from .custom_agent_suggestion import CustomAgentSuggestion
    from .custom_agent_suggestion_mcp_server import CustomAgentSuggestionMcpServer
    from .custom_agent_tool_association import CustomAgentToolAssociation
    from .default_memory_blocks_by_scope import DefaultMemoryBlocksByScope
    from .default_memory_blocks_response import DefaultMemoryBlocksResponse
    from .delete_chat_sessions_job_request import DeleteChatSessionsJobRequest
    from .delete_collections_job_request import DeleteCollectionsJobRequest
    from .delete_custom_agent_key_associations_response import (
        DeleteCustomAgentKeyAssociationsResponse,
    )
    from .delete_custom_agent_tool_associations_response import (
        DeleteCustomAgentToolAssociationsResponse,
    )
    from .delete_documents_job_request import DeleteDocumentsJobRequest
    from .delete_library_skill_response_200 import DeleteLibrarySkillResponse200
    from .delete_runtime_model_response_200 import DeleteRuntimeModelResponse200
    from .delete_shared_chats_request import DeleteSharedChatsRequest
    from .delete_skills_request import DeleteSkillsRequest
    from .delete_tag_200_response import DeleteTag200Response
    from .delete_tag_from_document_200_response import DeleteTagFromDocument200Response
    from .delete_user_builtin_mcp_200_response import DeleteUserBuiltinMcp200Response
    from .document import Document
    from .document_extraction_result import DocumentExtractionResult
    from .document_metadata_dict import DocumentMetadataDict
    from .document_status import DocumentStatus
    from .document_summary import DocumentSummary
    from .document_update_request import DocumentUpdateRequest
    from .embedding_model import EmbeddingModel
    from .encode_chunks_for_retrieval_request import EncodeChunksForRetrievalRequest
    from .endpoint_error import EndpointError
    from .extraction_request import ExtractionRequest
    from .extraction_request_llm_args import ExtractionRequestLlmArgs
    from .extractor import Extractor
    from .extractor_create_request import ExtractorCreateRequest
    from .extractor_update_request import ExtractorUpdateRequest
    from .fetch_configuration_url_200_response import FetchConfigurationUrl200Response
    from .fetch_configuration_url_request import FetchConfigurationUrlRequest
    from .fork_chat_session_request import ForkChatSessionRequest
    from .gcs_credentials import GCSCredentials
    from .get_collection_graph_status_200_response import (
        GetCollectionGraphStatus200Response,
    )
    from .get_collection_graph_status_200_response_status import (
        GetCollectionGraphStatus200ResponseStatus,
    )
    from .get_collection_metadata_response_200 import GetCollectionMetadataResponse200
    from .get_custom_agent_tool_200_response import GetCustomAgentTool200Response
    from .get_custom_agent_tool_200_response_tool_args import (
        GetCustomAgentTool200ResponseToolArgs,
    )
    from .get_document_internal_metadata_response_200 import (
        GetDocumentInternalMetadataResponse200,
    )
    from .get_document_metadata_response_200 import GetDocumentMetadataResponse200
    from .get_document_page_layout_response_200 import GetDocumentPageLayoutResponse200
    from .get_document_page_ocr_model_response_200 import (
        GetDocumentPageOcrModelResponse200,
    )
    from .get_document_user_source_file_response_200 import (
        GetDocumentUserSourceFileResponse200,
    )
    from .get_graph_config_200_response import GetGraphConfig200Response
    from .get_llm_registry_admin_models_response_200_item import (
        GetLlmRegistryAdminModelsResponse200Item,
    )
    from .get_mcp_sdk_options_200_response import GetMcpSdkOptions200Response
    from .get_mcp_sdk_options_200_response_limitations import (
        GetMcpSdkOptions200ResponseLimitations,
    )
    from .get_mcp_sdk_options_200_response_sdk_options_schema import (
        GetMcpSdkOptions200ResponseSdkOptionsSchema,
    )
    from .get_model_to_reasoning_model_mapping_response_200 import (
        GetModelToReasoningModelMappingResponse200,
    )
    from .get_model_to_vision_model_mapping_response_200 import (
        GetModelToVisionModelMappingResponse200,
    )
    from .get_role_llm_registry_access_response_200_item import (
        GetRoleLlmRegistryAccessResponse200Item,
    )
    from .get_secret_response_200 import GetSecretResponse200
    from .get_secret_value_response_200 import GetSecretValueResponse200
    from .global_configuration_item import GlobalConfigurationItem
    from .group_create_request import GroupCreateRequest
    from .group_info import GroupInfo
    from .group_share_permission import GroupSharePermission
    from .guardrail_violation import GuardrailViolation
    from .guardrail_violations_by_collection import GuardrailViolationsByCollection
    from .guardrail_violations_by_type import GuardrailViolationsByType
    from .guardrail_violations_by_user import GuardrailViolationsByUser
    from .guardrail_violations_daily_trend import GuardrailViolationsDailyTrend
    from .guardrail_violations_dashboard import GuardrailViolationsDashboard
    from .guardrail_violations_list import GuardrailViolationsList
    from .guardrail_violations_summary import GuardrailViolationsSummary
    from .guardrails_settings import GuardrailsSettings
    from .guardrails_settings_column_redaction_custom_entities import (
        GuardrailsSettingsColumnRedactionCustomEntities,
    )
    from .guardrails_settings_create_request import GuardrailsSettingsCreateRequest
    from .guardrails_settings_create_request_action import (
        GuardrailsSettingsCreateRequestAction,
    )
    from .guardrails_settings_custom_pii_entities import (
        GuardrailsSettingsCustomPiiEntities,
    )
    from .guardrails_settings_guardrails_entities import (
        GuardrailsSettingsGuardrailsEntities,
    )
    from .guardrails_settings_pii_detection_llm_input_action import (
        GuardrailsSettingsPiiDetectionLlmInputAction,
    )
    from .guardrails_settings_pii_detection_llm_output_action import (
        GuardrailsSettingsPiiDetectionLlmOutputAction,
    )
    from .guardrails_settings_pii_detection_parse_action import (
        GuardrailsSettingsPiiDetectionParseAction,
    )
    from .h2ogpt_system_info import H2OGPTSystemInfo
    from .h2ogpt_system_info_disk_io_counters import H2OGPTSystemInfoDiskIoCounters
    from .h2ogpt_system_info_disk_partitions_item import (
        H2OGPTSystemInfoDiskPartitionsItem,
    )
    from .h2ogpt_system_info_disk_usage import H2OGPTSystemInfoDiskUsage
    from .h2ogpt_system_info_disk_usage_additional_property import (
        H2OGPTSystemInfoDiskUsageAdditionalProperty,
    )
    from .h2ogpt_system_info_network_io_counters import (
        H2OGPTSystemInfoNetworkIoCounters,
    )
    from .h2ogpt_system_info_network_io_counters_additional_property import (
        H2OGPTSystemInfoNetworkIoCountersAdditionalProperty,
    )
    from .h2ogpt_system_info_top_processes_cpu_item import (
        H2OGPTSystemInfoTopProcessesCpuItem,
    )
    from .h2ogpt_system_info_top_processes_memory_item import (
        H2OGPTSystemInfoTopProcessesMemoryItem,
    )
    from .h2ogptgpu_info import H2OGPTGPUInfo
    from .ingest_from_azure_blob_storage_body import IngestFromAzureBlobStorageBody
    from .ingest_from_azure_blob_storage_body_metadata import (
        IngestFromAzureBlobStorageBodyMetadata,
    )
    from .ingest_from_confluence_body import IngestFromConfluenceBody
    from .ingest_from_confluence_body_metadata import IngestFromConfluenceBodyMetadata
    from .ingest_from_file_system_body import IngestFromFileSystemBody
    from .ingest_from_gcs_body import IngestFromGcsBody
    from .ingest_from_gcs_body_metadata import IngestFromGcsBodyMetadata
    from .ingest_from_s3_body import IngestFromS3Body
    from .ingest_from_s3_body_metadata import IngestFromS3BodyMetadata
    from .ingest_from_sharepoint_online_body import IngestFromSharepointOnlineBody
    from .ingest_from_sharepoint_online_body_metadata import (
        IngestFromSharepointOnlineBodyMetadata,
    )
    from .ingest_from_website_body import IngestFromWebsiteBody
    from .ingest_upload_body import IngestUploadBody
    from .ingest_upload_body_metadata import IngestUploadBodyMetadata
    from .insert_command_synth_pair_201_response import (
        InsertCommandSynthPair201Response,
    )
    from .insert_command_synth_pair_request import InsertCommandSynthPairRequest
    from .inspect_mcp_tool_200_response import InspectMcpTool200Response
    from .inspect_mcp_tool_200_response_servers_inner import (
        InspectMcpTool200ResponseServersInner,
    )
    from .inspect_mcp_tool_200_response_servers_inner_security_type_0 import (
        InspectMcpTool200ResponseServersInnerSecurityType0,
    )
    from .inspect_mcp_tool_200_response_servers_inner_tools_inner import (
        InspectMcpTool200ResponseServersInnerToolsInner,
    )
    from .inspect_mcp_tool_200_response_servers_inner_tools_inner_parameters import (
        InspectMcpTool200ResponseServersInnerToolsInnerParameters,
    )
    from .inspect_mcp_tool_request import InspectMcpToolRequest
    from .inspect_mcp_tool_request_servers_type_0 import (
        InspectMcpToolRequestServersType0,
    )
    from .inspect_mcp_tool_request_servers_type_0_additional_property import (
        InspectMcpToolRequestServersType0AdditionalProperty,
    )
    from .job_details import JobDetails
    from .job_details_overall_status import JobDetailsOverallStatus
    from .job_details_status import JobDetailsStatus
    from .job_history_details import JobHistoryDetails
    from .job_history_details_status import JobHistoryDetailsStatus
    from .job_history_list_response import JobHistoryListResponse
    from .job_history_stats_response import JobHistoryStatsResponse
    from .key_association import KeyAssociation
    from .knowledge_graph_data import KnowledgeGraphData
    from .knowledge_graph_node_detail import KnowledgeGraphNodeDetail
    from .knowledge_graph_source_chunk import KnowledgeGraphSourceChunk
    from .knowledge_graph_viz_edge import KnowledgeGraphVizEdge
    from .knowledge_graph_viz_node import KnowledgeGraphVizNode
    from .launch_custom_agent_tool_200_response import LaunchCustomAgentTool200Response
    from .list_archived_chat_sessions_as_admin_200_response import (
        ListArchivedChatSessionsAsAdmin200Response,
    )
    from .list_builtin_mcps_200_response import ListBuiltinMcps200Response
    from .list_builtin_mcps_200_response_api_key_apps_item import (
        ListBuiltinMcps200ResponseApiKeyAppsItem,
    )
    from .list_builtin_mcps_200_response_oauth_apps_item import (
        ListBuiltinMcps200ResponseOauthAppsItem,
    )
    from .list_builtin_skills_200_response_inner import (
        ListBuiltinSkills200ResponseInner,
    )
    from .list_custom_agent_tools_200_response_inner import (
        ListCustomAgentTools200ResponseInner,
    )
    from .list_custom_agent_tools_200_response_inner_tool_args import (
        ListCustomAgentTools200ResponseInnerToolArgs,
    )
    from .list_mcp_tools_200_response import ListMcpTools200Response
    from .list_mcp_tools_200_response_servers import ListMcpTools200ResponseServers
    from .list_mcp_tools_request import ListMcpToolsRequest
    from .list_memory_blocks_200_response import ListMemoryBlocks200Response
    from .list_showcase_categories_response import ListShowcaseCategoriesResponse
    from .match_collection_chunks_request import MatchCollectionChunksRequest
    from .memory_block import MemoryBlock
    from .memory_block_access_mode import MemoryBlockAccessMode
    from .memory_block_create_request import MemoryBlockCreateRequest
    from .memory_block_create_request_access_mode import (
        MemoryBlockCreateRequestAccessMode,
    )
    from .memory_block_create_request_injection_mode import (
        MemoryBlockCreateRequestInjectionMode,
    )
    from .memory_block_injection_mode import MemoryBlockInjectionMode
    from .memory_block_privacy_request import MemoryBlockPrivacyRequest
    from .memory_block_update_request import MemoryBlockUpdateRequest
    from .memory_block_update_request_access_mode import (
        MemoryBlockUpdateRequestAccessMode,
    )
    from .memory_block_update_request_injection_mode import (
        MemoryBlockUpdateRequestInjectionMode,
    )
    from .message_vote_update_request import MessageVoteUpdateRequest
    from .migrate_collection_chat_sessions_job_request import (
        MigrateCollectionChatSessionsJobRequest,
    )
    from .migrate_scheduled_connectors_to_collection_request import (
        MigrateScheduledConnectorsToCollectionRequest,
    )
    from .model import Model
    from .model_answer import ModelAnswer
    from .model_extraction_answer import ModelExtractionAnswer
    from .model_usage_stats_per_user import ModelUsageStatsPerUser
    from .new_key_association import NewKeyAssociation
    from .performance_stats_per_model import PerformanceStatsPerModel
    from .permission_check_request import PermissionCheckRequest
    from .permission_reset_request import PermissionResetRequest
    from .process_document_job_request import ProcessDocumentJobRequest
    from .process_document_job_request_llm_args import ProcessDocumentJobRequestLlmArgs
    from .process_document_job_request_meta_data_to_include import (
        ProcessDocumentJobRequestMetaDataToInclude,
    )
    from .process_document_job_request_sampling_strategy import (
        ProcessDocumentJobRequestSamplingStrategy,
    )
    from .process_document_job_request_schema import ProcessDocumentJobRequestSchema
    from .prompt_template import PromptTemplate
    from .prompt_template_base import PromptTemplateBase
    from .prompt_template_change_request import PromptTemplateChangeRequest
    from .prompt_template_create_request import PromptTemplateCreateRequest
    from .qa_feedback import QAFeedback
    from .question_request import QuestionRequest
    from .question_request_llm_args import QuestionRequestLlmArgs
    from .queue_details import QueueDetails
    from .remove_custom_agent_tool_from_codeapi_200_response import (
        RemoveCustomAgentToolFromCodeapi200Response,
    )
    from .reorder_showcase_chat_entry import ReorderShowcaseChatEntry
    from .reorder_showcase_chats_request import ReorderShowcaseChatsRequest
    from .reset_and_share_request import ResetAndShareRequest
    from .reset_and_share_with_groups_request import ResetAndShareWithGroupsRequest
    from .role_create_request import RoleCreateRequest
    from .role_info import RoleInfo
    from .roles_reset_request import RolesResetRequest
    from .run_extractor_body import RunExtractorBody
    from .s3_credentials import S3Credentials
    from .scheduled_connector_details import ScheduledConnectorDetails
    from .scheduled_connector_details_config import ScheduledConnectorDetailsConfig
    from .search_collection_chunks_request import SearchCollectionChunksRequest
    from .search_collection_graph_labels_200_response import (
        SearchCollectionGraphLabels200Response,
    )
    from .self_test_result import SelfTestResult
    from .send_hitl_message_request import SendHitlMessageRequest
    from .set_agent_skill_preference_request import SetAgentSkillPreferenceRequest
    from .set_collection_size_limit_request import SetCollectionSizeLimitRequest
    from .set_default_memory_block_request import SetDefaultMemoryBlockRequest
    from .set_default_memory_block_request_scope import (
        SetDefaultMemoryBlockRequestScope,
    )
    from .set_default_memory_block_response import SetDefaultMemoryBlockResponse
    from .set_default_memory_block_response_scope import (
        SetDefaultMemoryBlockResponseScope,
    )
    from .set_global_configuration_request import SetGlobalConfigurationRequest
    from .set_role_llm_registry_access_request import SetRoleLlmRegistryAccessRequest
    from .set_role_priority_request import SetRolePriorityRequest
    from .set_skill_associations_request import SetSkillAssociationsRequest
    from .set_skill_associations_response import SetSkillAssociationsResponse
    from .set_user_configuration_request import SetUserConfigurationRequest
    from .share_chat_request import ShareChatRequest
    from .share_chat_response import ShareChatResponse
    from .share_collection_request import ShareCollectionRequest
    from .share_memory_block_request import ShareMemoryBlockRequest
    from .share_permission import SharePermission
    from .shared_chat_detail import SharedChatDetail
    from .shared_chat_detail_messages_item import SharedChatDetailMessagesItem
    from .shared_chat_info import SharedChatInfo
    from .sharepoint_ingestion_entry import SharepointIngestionEntry
    from .sharepoint_ingestion_entry_entry_type import SharepointIngestionEntryEntryType
    from .sharepoint_online_credentials import SharepointOnlineCredentials
    from .sharepoint_online_credentials_auth_type import (
        SharepointOnlineCredentialsAuthType,
    )
    from .showcase_chat import ShowcaseChat
    from .skill_associations import SkillAssociations
    from .skill_key_association import SkillKeyAssociation
    from .skill_key_input import SkillKeyInput
    from .star_library_item_200_response import StarLibraryItem200Response
    from .suggested_question import SuggestedQuestion
    from .summarize_request import SummarizeRequest
    from .summarize_request_llm_args import SummarizeRequestLlmArgs
    from .tag import Tag
    from .tag_create_request import TagCreateRequest
    from .tag_filter import TagFilter
    from .tag_update_request import TagUpdateRequest
    from .test_runtime_model_body import TestRuntimeModelBody
    from .test_runtime_model_response_200 import TestRuntimeModelResponse200
    from .test_saved_runtime_model_response_200 import TestSavedRuntimeModelResponse200
    from .update_admin_mcp_logo_200_response import UpdateAdminMcpLogo200Response
    from .update_admin_mcp_logo_body import UpdateAdminMcpLogoBody
    from .update_agent_key_request import UpdateAgentKeyRequest
    from .update_agent_key_request_type import UpdateAgentKeyRequestType
    from .update_agent_tool_preference_request import UpdateAgentToolPreferenceRequest
    from .update_chat_session_keep_forever_request import (
        UpdateChatSessionKeepForeverRequest,
    )
    from .update_collection_exempt_from_chat_expiry_request import (
        UpdateCollectionExemptFromChatExpiryRequest,
    )
    from .update_collection_expiry_request import UpdateCollectionExpiryRequest
    from .update_collection_inactivity_interval_request import (
        UpdateCollectionInactivityIntervalRequest,
    )
    from .update_collection_metadata_body import UpdateCollectionMetadataBody
    from .update_collection_privacy_request import UpdateCollectionPrivacyRequest
    from .update_collection_thumbnail_body import UpdateCollectionThumbnailBody
    from .update_collection_workspace_request import UpdateCollectionWorkspaceRequest
    from .update_custom_agent_200_response import UpdateCustomAgent200Response
    from .update_custom_agent_request import UpdateCustomAgentRequest
    from .update_custom_agent_request_agent_args import (
        UpdateCustomAgentRequestAgentArgs,
    )
    from .update_custom_agent_request_mcp_servers_mapping_type_0 import (
        UpdateCustomAgentRequestMcpServersMappingType0,
    )
    from .update_custom_agent_tool_200_response import UpdateCustomAgentTool200Response
    from .update_custom_agent_tool_files_body import UpdateCustomAgentToolFilesBody
    from .update_custom_agent_tool_request import UpdateCustomAgentToolRequest
    from .update_custom_agent_tool_request_tool_args import (
        UpdateCustomAgentToolRequestToolArgs,
    )
    from .update_default_prompt_template_visibility_request import (
        UpdateDefaultPromptTemplateVisibilityRequest,
    )
    from .update_document_metadata_body import UpdateDocumentMetadataBody
    from .update_expiry_date_request import UpdateExpiryDateRequest
    from .update_extractor_privacy_request import UpdateExtractorPrivacyRequest
    from .update_prompt_template_privacy_request import (
        UpdatePromptTemplatePrivacyRequest,
    )
    from .update_qa_feedback_request import UpdateQAFeedbackRequest
    from .update_secret_request import UpdateSecretRequest
    from .update_secret_request_secret_value import UpdateSecretRequestSecretValue
    from .update_shared_chat_request import UpdateSharedChatRequest
    from .update_showcase_chat_request import UpdateShowcaseChatRequest
    from .update_user_builtin_mcp_200_response import UpdateUserBuiltinMcp200Response
    from .update_user_builtin_mcp_200_response_config import (
        UpdateUserBuiltinMcp200ResponseConfig,
    )
    from .update_user_builtin_mcp_request import UpdateUserBuiltinMcpRequest
    from .update_user_builtin_mcp_request_mcp_config_json import (
        UpdateUserBuiltinMcpRequestMcpConfigJson,
    )
    from .update_user_builtin_mcp_request_type import UpdateUserBuiltinMcpRequestType
    from .upload_file_body import UploadFileBody
    from .upload_showcase_thumbnail_body import UploadShowcaseThumbnailBody
    from .upload_showcase_thumbnail_response import UploadShowcaseThumbnailResponse
    from .uploaded_file import UploadedFile
    from .usage_stats import UsageStats
    from .usage_stats_per_model import UsageStatsPerModel
    from .usage_stats_per_model_and_user import UsageStatsPerModelAndUser
    from .usage_stats_per_user import UsageStatsPerUser
    from .user_configuration_item import UserConfigurationItem
    from .user_deletion_request import UserDeletionRequest
    from .user_info import UserInfo
    from .user_job_details import UserJobDetails
    from .user_permission import UserPermission

_MODULES: dict[str, str] = {
    "AddBuiltinMcp201Response": ".add_builtin_mcp_201_response",
    "AddBuiltinMcpBody": ".add_builtin_mcp_body",
    "AddBuiltinSkill201Response": ".add_builtin_skill_201_response",
    "AddBuiltinSkillRequest": ".add_builtin_skill_request",
    "AddCustomAgent201ResponseInner": ".add_custom_agent_201_response_inner",
    "AddCustomAgentBody": ".add_custom_agent_body",
    "AddCustomAgentTool201ResponseInner": ".add_custom_agent_tool_201_response_inner",
    "AddCustomAgentToolBody": ".add_custom_agent_tool_body",
    "AddShowcaseChatRequest": ".add_showcase_chat_request",
    "AddShowcaseChatResponse": ".add_showcase_chat_response",
    "AddSkillBody": ".add_skill_body",
    "AdminCleanupChatSessionsRequest": ".admin_cleanup_chat_sessions_request",
    "AdminSessionItem": ".admin_session_item",
    "AdminSessionItemTransport": ".admin_session_item_transport",
    "AdminSessionsListResponse": ".admin_sessions_list_response",
    "AdminSessionsStatsResponse": ".admin_sessions_stats_response",
    "AdminSessionsStatsResponseByTransport": ".admin_sessions_stats_response_by_transport",
    "Agent": ".agent",
    "AgentApiKeys": ".agent_api_keys",
    "AgentKey": ".agent_key",
    "AgentKeyAssociation": ".agent_key_association",
    "AgentKeyAssociationAssociatedKey": ".agent_key_association_associated_key",
    "AgentKeyType": ".agent_key_type",
    "AgentServerDirectoryFileStats": ".agent_server_directory_file_stats",
    "AgentServerDirectoryStats": ".agent_server_directory_stats",
    "AgentServerDirectoryStatsPerAgentChatSession": ".agent_server_directory_stats_per_agent_chat_session",
    "AgentServerFile": ".agent_server_file",
    "AgentSkill": ".agent_skill",
    "AgentSkillApiKeyHints": ".agent_skill_api_key_hints",
    "AgentSkillApiKeys": ".agent_skill_api_keys",
    "AgentSkillConfig": ".agent_skill_config",
    "AgentSkillEnvDefaults": ".agent_skill_env_defaults",
    "AgentToolKeyAssociations": ".agent_tool_key_associations",
    "AgentToolSpec": ".agent_tool_spec",
    "AgentToolSpecApiKeys": ".agent_tool_spec_api_keys",
    "AgentType": ".agent_type",
    "APIKeyCreateRequest": ".api_key_create_request",
    "APIKeyInfo": ".api_key_info",
    "APIKeyResult": ".api_key_result",
    "APIKeyUpdateExpiryRequest": ".api_key_update_expiry_request",
    "APIKeyUpdateInactivityIntervalRequest": ".api_key_update_inactivity_interval_request",
    "AudioSegment": ".audio_segment",
    "AzureCredentials": ".azure_credentials",
    "BuildCollectionGraphRequest": ".build_collection_graph_request",
    "CancelUserJobRequest": ".cancel_user_job_request",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionDelta": ".chat_completion_delta",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestIncludeChatHistory": ".chat_completion_request_include_chat_history",
    "ChatCompletionRequestLlmArgs": ".chat_completion_request_llm_args",
    "ChatCompletionRequestRagConfig": ".chat_completion_request_rag_config",
    "ChatCompletionRequestSelfReflectionConfig": ".chat_completion_request_self_reflection_config",
    "ChatError": ".chat_error",
    "ChatMessage": ".chat_message",
    "ChatMessageMeta": ".chat_message_meta",
    "ChatMessageReference": ".chat_message_reference",
    "ChatSession": ".chat_session",
    "ChatSessionSource": ".chat_session_source",
    "ChatSessionStatus": ".chat_session_status",
    "ChatSessionUpdateRequest": ".chat_session_update_request",
    "ChatSettings": ".chat_settings",
    "ChatSettingsIncludeChatHistory": ".chat_settings_include_chat_history",
    "ChatSettingsLlmArgs": ".chat_settings_llm_args",
    "ChatSettingsRagConfig": ".chat_settings_rag_config",
    "ChatSettingsSelfReflectionConfig": ".chat_settings_self_reflection_config",
    "Chunk": ".chunk",
    "ChunkSearchResult": ".chunk_search_result",
    "Collection": ".collection",
    "CollectionChangeRequest": ".collection_change_request",
    "CollectionCreateRequest": ".collection_create_request",
    "CollectionCreateRequestVexEncryption": ".collection_create_request_vex_encryption",
    "CollectionMetadataDict": ".collection_metadata_dict",
    "CollectionRagType": ".collection_rag_type",
    "CollectionSettings": ".collection_settings",
    "CollectionSettingsIngestMode": ".collection_settings_ingest_mode",
    "CollectionUpdateRequest": ".collection_update_request",
    "CollectionUpdateRequestRagType": ".collection_update_request_rag_type",
    "CollectionVexEncryption": ".collection_vex_encryption",
    "ConfirmUserDeletionRequest": ".confirm_user_deletion_request",
    "ConfluenceCredentials": ".confluence_credentials",
    "Count": ".count",
    "CountWithQueueDetails": ".count_with_queue_details",
    "CreateAgentKeyRequest": ".create_agent_key_request",
    "CreateAgentKeyRequestType": ".create_agent_key_request_type",
    "CreateAgentToolKeyAssociationsRequest": ".create_agent_tool_key_associations_request",
    "CreateAgentToolRequest": ".create_agent_tool_request",
    "CreateAgentToolRequestToolArgs": ".create_agent_tool_request_tool_args",
    "CreateChatSessionRequest": ".create_chat_session_request",
    "CreateCustomAgentKeyAssociationRequest": ".create_custom_agent_key_association_request",
    "CreateCustomAgentToolAssociationRequest": ".create_custom_agent_tool_association_request",
    "CreateImportCollectionToCollectionJobRequest": ".create_import_collection_to_collection_job_request",
    "CreateInsertDocumentToCollectionJobRequest": ".create_insert_document_to_collection_job_request",
    "CreateLibrarySkill201ResponseInner": ".create_library_skill_201_response_inner",
    "CreateLibrarySkill201ResponseInnerConfig": ".create_library_skill_201_response_inner_config",
    "CreateLibrarySkillBody": ".create_library_skill_body",
    "CreateRuntimeModelBody": ".create_runtime_model_body",
    "CreateRuntimeModelResponse201": ".create_runtime_model_response_201",
    "CreateSecret201Response": ".create_secret_201_response",
    "CreateSecretRequest": ".create_secret_request",
    "CreateSecretRequestSecretType": ".create_secret_request_secret_type",
    "CreateSecretRequestSecretValue": ".create_secret_request_secret_value",
    "CreateUpdateCollectionThumbnailJobBody": ".create_update_collection_thumbnail_job_body",
    "CreateUserBuiltinMcp201Response": ".create_user_builtin_mcp_201_response",
    "CreateUserBuiltinMcp201ResponseConfig": ".create_user_builtin_mcp_201_response_config",
    "CreateUserBuiltinMcpBody": ".create_user_builtin_mcp_body",
    "CustomAgentDetail": ".custom_agent_detail",
    "CustomAgentDetailAgentArgs": ".custom_agent_detail_agent_args",
    "CustomAgentDetailMcpServersInner": ".custom_agent_detail_mcp_servers_inner",
    "CustomAgentDetailMcpServersInnerAssociatedTool": ".custom_agent_detail_mcp_servers_inner_associated_tool",
    "CustomAgentKeyAssociation": ".custom_agent_key_association",
    "CustomAgentKeyAssociationRequirementType": ".custom_agent_key_association_requirement_type",
    "CustomAgentSuggestion": ".custom_agent_suggestion",
    "CustomAgentSuggestionMcpServer": ".custom_agent_suggestion_mcp_server",
    "CustomAgentToolAssociation": ".custom_agent_tool_association",
    "DefaultMemoryBlocksByScope": ".default_memory_blocks_by_scope",
    "DefaultMemoryBlocksResponse": ".default_memory_blocks_response",
    "DeleteChatSessionsJobRequest": ".delete_chat_sessions_job_request",
    "DeleteCollectionsJobRequest": ".delete_collections_job_request",
    "DeleteCustomAgentKeyAssociationsResponse": ".delete_custom_agent_key_associations_response",
    "DeleteCustomAgentToolAssociationsResponse": ".delete_custom_agent_tool_associations_response",
    "DeleteDocumentsJobRequest": ".delete_documents_job_request",
    "DeleteLibrarySkillResponse200": ".delete_library_skill_response_200",
    "DeleteRuntimeModelResponse200": ".delete_runtime_model_response_200",
    "DeleteSharedChatsRequest": ".delete_shared_chats_request",
    "DeleteSkillsRequest": ".delete_skills_request",
    "DeleteTag200Response": ".delete_tag_200_response",
    "DeleteTagFromDocument200Response": ".delete_tag_from_document_200_response",
    "DeleteUserBuiltinMcp200Response": ".delete_user_builtin_mcp_200_response",
    "Document": ".document",
    "DocumentExtractionResult": ".document_extraction_result",
    "DocumentMetadataDict": ".document_metadata_dict",
    "DocumentStatus": ".document_status",
    "DocumentSummary": ".document_summary",
    "DocumentUpdateRequest": ".document_update_request",
    "EmbeddingModel": ".embedding_model",
    "EncodeChunksForRetrievalRequest": ".encode_chunks_for_retrieval_request",
    "EndpointError": ".endpoint_error",
    "ExtractionRequest": ".extraction_request",
    "ExtractionRequestLlmArgs": ".extraction_request_llm_args",
    "Extractor": ".extractor",
    "ExtractorCreateRequest": ".extractor_create_request",
    "ExtractorUpdateRequest": ".extractor_update_request",
    "FetchConfigurationUrl200Response": ".fetch_configuration_url_200_response",
    "FetchConfigurationUrlRequest": ".fetch_configuration_url_request",
    "ForkChatSessionRequest": ".fork_chat_session_request",
    "GCSCredentials": ".gcs_credentials",
    "GetCollectionGraphStatus200Response": ".get_collection_graph_status_200_response",
    "GetCollectionGraphStatus200ResponseStatus": ".get_collection_graph_status_200_response_status",
    "GetCollectionMetadataResponse200": ".get_collection_metadata_response_200",
    "GetCustomAgentTool200Response": ".get_custom_agent_tool_200_response",
    "GetCustomAgentTool200ResponseToolArgs": ".get_custom_agent_tool_200_response_tool_args",
    "GetDocumentInternalMetadataResponse200": ".get_document_internal_metadata_response_200",
    "GetDocumentMetadataResponse200": ".get_document_metadata_response_200",
    "GetDocumentPageLayoutResponse200": ".get_document_page_layout_response_200",
    "GetDocumentPageOcrModelResponse200": ".get_document_page_ocr_model_response_200",
    "GetDocumentUserSourceFileResponse200": ".get_document_user_source_file_response_200",
    "GetGraphConfig200Response": ".get_graph_config_200_response",
    "GetLlmRegistryAdminModelsResponse200Item": ".get_llm_registry_admin_models_response_200_item",
    "GetMcpSdkOptions200Response": ".get_mcp_sdk_options_200_response",
    "GetMcpSdkOptions200ResponseLimitations": ".get_mcp_sdk_options_200_response_limitations",
    "GetMcpSdkOptions200ResponseSdkOptionsSchema": ".get_mcp_sdk_options_200_response_sdk_options_schema",
    "GetModelToReasoningModelMappingResponse200": ".get_model_to_reasoning_model_mapping_response_200",
    "GetModelToVisionModelMappingResponse200": ".get_model_to_vision_model_mapping_response_200",
    "GetRoleLlmRegistryAccessResponse200Item": ".get_role_llm_registry_access_response_200_item",
    "GetSecretResponse200": ".get_secret_response_200",
    "GetSecretValueResponse200": ".get_secret_value_response_200",
    "GlobalConfigurationItem": ".global_configuration_item",
    "GroupCreateRequest": ".group_create_request",
    "GroupInfo": ".group_info",
    "GroupSharePermission": ".group_share_permission",
    "GuardrailViolation": ".guardrail_violation",
    "GuardrailViolationsByCollection": ".guardrail_violations_by_collection",
    "GuardrailViolationsByType": ".guardrail_violations_by_type",
    "GuardrailViolationsByUser": ".guardrail_violations_by_user",
    "GuardrailViolationsDailyTrend": ".guardrail_violations_daily_trend",
    "GuardrailViolationsDashboard": ".guardrail_violations_dashboard",
    "GuardrailViolationsList": ".guardrail_violations_list",
    "GuardrailViolationsSummary": ".guardrail_violations_summary",
    "GuardrailsSettings": ".guardrails_settings",
    "GuardrailsSettingsColumnRedactionCustomEntities": ".guardrails_settings_column_redaction_custom_entities",
    "GuardrailsSettingsCreateRequest": ".guardrails_settings_create_request",
    "GuardrailsSettingsCreateRequestAction": ".guardrails_settings_create_request_action",
    "GuardrailsSettingsCustomPiiEntities": ".guardrails_settings_custom_pii_entities",
    "GuardrailsSettingsGuardrailsEntities": ".guardrails_settings_guardrails_entities",
    "GuardrailsSettingsPiiDetectionLlmInputAction": ".guardrails_settings_pii_detection_llm_input_action",
    "GuardrailsSettingsPiiDetectionLlmOutputAction": ".guardrails_settings_pii_detection_llm_output_action",
    "GuardrailsSettingsPiiDetectionParseAction": ".guardrails_settings_pii_detection_parse_action",
    "H2OGPTSystemInfo": ".h2ogpt_system_info",
    "H2OGPTSystemInfoDiskIoCounters": ".h2ogpt_system_info_disk_io_counters",
    "H2OGPTSystemInfoDiskPartitionsItem": ".h2ogpt_system_info_disk_partitions_item",
    "H2OGPTSystemInfoDiskUsage": ".h2ogpt_system_info_disk_usage",
    "H2OGPTSystemInfoDiskUsageAdditionalProperty": ".h2ogpt_system_info_disk_usage_additional_property",
    "H2OGPTSystemInfoNetworkIoCounters": ".h2ogpt_system_info_network_io_counters",
    "H2OGPTSystemInfoNetworkIoCountersAdditionalProperty": ".h2ogpt_system_info_network_io_counters_additional_property",
    "H2OGPTSystemInfoTopProcessesCpuItem": ".h2ogpt_system_info_top_processes_cpu_item",
    "H2OGPTSystemInfoTopProcessesMemoryItem": ".h2ogpt_system_info_top_processes_memory_item",
    "H2OGPTGPUInfo": ".h2ogptgpu_info",
    "IngestFromAzureBlobStorageBody": ".ingest_from_azure_blob_storage_body",
    "IngestFromAzureBlobStorageBodyMetadata": ".ingest_from_azure_blob_storage_body_metadata",
    "IngestFromConfluenceBody": ".ingest_from_confluence_body",
    "IngestFromConfluenceBodyMetadata": ".ingest_from_confluence_body_metadata",
    "IngestFromFileSystemBody": ".ingest_from_file_system_body",
    "IngestFromGcsBody": ".ingest_from_gcs_body",
    "IngestFromGcsBodyMetadata": ".ingest_from_gcs_body_metadata",
    "IngestFromS3Body": ".ingest_from_s3_body",
    "IngestFromS3BodyMetadata": ".ingest_from_s3_body_metadata",
    "IngestFromSharepointOnlineBody": ".ingest_from_sharepoint_online_body",
    "IngestFromSharepointOnlineBodyMetadata": ".ingest_from_sharepoint_online_body_metadata",
    "IngestFromWebsiteBody": ".ingest_from_website_body",
    "IngestUploadBody": ".ingest_upload_body",
    "IngestUploadBodyMetadata": ".ingest_upload_body_metadata",
    "InsertCommandSynthPair201Response": ".insert_command_synth_pair_201_response",
    "InsertCommandSynthPairRequest": ".insert_command_synth_pair_request",
    "InspectMcpTool200Response": ".inspect_mcp_tool_200_response",
    "InspectMcpTool200ResponseServersInner": ".inspect_mcp_tool_200_response_servers_inner",
    "InspectMcpTool200ResponseServersInnerSecurityType0": ".inspect_mcp_tool_200_response_servers_inner_security_type_0",
    "InspectMcpTool200ResponseServersInnerToolsInner": ".inspect_mcp_tool_200_response_servers_inner_tools_inner",
    "InspectMcpTool200ResponseServersInnerToolsInnerParameters": ".inspect_mcp_tool_200_response_servers_inner_tools_inner_parameters",
    "InspectMcpToolRequest": ".inspect_mcp_tool_request",
    "InspectMcpToolRequestServersType0": ".inspect_mcp_tool_request_servers_type_0",
    "InspectMcpToolRequestServersType0AdditionalProperty": ".inspect_mcp_tool_request_servers_type_0_additional_property",
    "JobDetails": ".job_details",
    "JobDetailsOverallStatus": ".job_details_overall_status",
    "JobDetailsStatus": ".job_details_status",
    "JobHistoryDetails": ".job_history_details",
    "JobHistoryDetailsStatus": ".job_history_details_status",
    "JobHistoryListResponse": ".job_history_list_response",
    "JobHistoryStatsResponse": ".job_history_stats_response",
    "KeyAssociation": ".key_association",
    "KnowledgeGraphData": ".knowledge_graph_data",
    "KnowledgeGraphNodeDetail": ".knowledge_graph_node_detail",
    "KnowledgeGraphSourceChunk": ".knowledge_graph_source_chunk",
    "KnowledgeGraphVizEdge": ".knowledge_graph_viz_edge",
    "KnowledgeGraphVizNode": ".knowledge_graph_viz_node",
    "LaunchCustomAgentTool200Response": ".launch_custom_agent_tool_200_response",
    "ListArchivedChatSessionsAsAdmin200Response": ".list_archived_chat_sessions_as_admin_200_response",
    "ListBuiltinMcps200Response": ".list_builtin_mcps_200_response",
    "ListBuiltinMcps200ResponseApiKeyAppsItem": ".list_builtin_mcps_200_response_api_key_apps_item",
    "ListBuiltinMcps200ResponseOauthAppsItem": ".list_builtin_mcps_200_response_oauth_apps_item",
    "ListBuiltinSkills200ResponseInner": ".list_builtin_skills_200_response_inner",
    "ListCustomAgentTools200ResponseInner": ".list_custom_agent_tools_200_response_inner",
    "ListCustomAgentTools200ResponseInnerToolArgs": ".list_custom_agent_tools_200_response_inner_tool_args",
    "ListMcpTools200Response": ".list_mcp_tools_200_response",
    "ListMcpTools200ResponseServers": ".list_mcp_tools_200_response_servers",
    "ListMcpToolsRequest": ".list_mcp_tools_request",
    "ListMemoryBlocks200Response": ".list_memory_blocks_200_response",
    "ListShowcaseCategoriesResponse": ".list_showcase_categories_response",
    "MatchCollectionChunksRequest": ".match_collection_chunks_request",
    "MemoryBlock": ".memory_block",
    "MemoryBlockAccessMode": ".memory_block_access_mode",
    "MemoryBlockCreateRequest": ".memory_block_create_request",
    "MemoryBlockCreateRequestAccessMode": ".memory_block_create_request_access_mode",
    "MemoryBlockCreateRequestInjectionMode": ".memory_block_create_request_injection_mode",
    "MemoryBlockInjectionMode": ".memory_block_injection_mode",
    "MemoryBlockPrivacyRequest": ".memory_block_privacy_request",
    "MemoryBlockUpdateRequest": ".memory_block_update_request",
    "MemoryBlockUpdateRequestAccessMode": ".memory_block_update_request_access_mode",
    "MemoryBlockUpdateRequestInjectionMode": ".memory_block_update_request_injection_mode",
    "MessageVoteUpdateRequest": ".message_vote_update_request",
    "MigrateCollectionChatSessionsJobRequest": ".migrate_collection_chat_sessions_job_request",
    "MigrateScheduledConnectorsToCollectionRequest": ".migrate_scheduled_connectors_to_collection_request",
    "Model": ".model",
    "ModelAnswer": ".model_answer",
    "ModelExtractionAnswer": ".model_extraction_answer",
    "ModelUsageStatsPerUser": ".model_usage_stats_per_user",
    "NewKeyAssociation": ".new_key_association",
    "PerformanceStatsPerModel": ".performance_stats_per_model",
    "PermissionCheckRequest": ".permission_check_request",
    "PermissionResetRequest": ".permission_reset_request",
    "ProcessDocumentJobRequest": ".process_document_job_request",
    "ProcessDocumentJobRequestLlmArgs": ".process_document_job_request_llm_args",
    "ProcessDocumentJobRequestMetaDataToInclude": ".process_document_job_request_meta_data_to_include",
    "ProcessDocumentJobRequestSamplingStrategy": ".process_document_job_request_sampling_strategy",
    "ProcessDocumentJobRequestSchema": ".process_document_job_request_schema",
    "PromptTemplate": ".prompt_template",
    "PromptTemplateBase": ".prompt_template_base",
    "PromptTemplateChangeRequest": ".prompt_template_change_request",
    "PromptTemplateCreateRequest": ".prompt_template_create_request",
    "QAFeedback": ".qa_feedback",
    "QuestionRequest": ".question_request",
    "QuestionRequestLlmArgs": ".question_request_llm_args",
    "QueueDetails": ".queue_details",
    "RemoveCustomAgentToolFromCodeapi200Response": ".remove_custom_agent_tool_from_codeapi_200_response",
    "ReorderShowcaseChatEntry": ".reorder_showcase_chat_entry",
    "ReorderShowcaseChatsRequest": ".reorder_showcase_chats_request",
    "ResetAndShareRequest": ".reset_and_share_request",
    "ResetAndShareWithGroupsRequest": ".reset_and_share_with_groups_request",
    "RoleCreateRequest": ".role_create_request",
    "RoleInfo": ".role_info",
    "RolesResetRequest": ".roles_reset_request",
    "RunExtractorBody": ".run_extractor_body",
    "S3Credentials": ".s3_credentials",
    "ScheduledConnectorDetails": ".scheduled_connector_details",
    "ScheduledConnectorDetailsConfig": ".scheduled_connector_details_config",
    "SearchCollectionChunksRequest": ".search_collection_chunks_request",
    "SearchCollectionGraphLabels200Response": ".search_collection_graph_labels_200_response",
    "SelfTestResult": ".self_test_result",
    "SendHitlMessageRequest": ".send_hitl_message_request",
    "SetAgentSkillPreferenceRequest": ".set_agent_skill_preference_request",
    "SetCollectionSizeLimitRequest": ".set_collection_size_limit_request",
    "SetDefaultMemoryBlockRequest": ".set_default_memory_block_request",
    "SetDefaultMemoryBlockRequestScope": ".set_default_memory_block_request_scope",
    "SetDefaultMemoryBlockResponse": ".set_default_memory_block_response",
    "SetDefaultMemoryBlockResponseScope": ".set_default_memory_block_response_scope",
    "SetGlobalConfigurationRequest": ".set_global_configuration_request",
    "SetRoleLlmRegistryAccessRequest": ".set_role_llm_registry_access_request",
    "SetRolePriorityRequest": ".set_role_priority_request",
    "SetSkillAssociationsRequest": ".set_skill_associations_request",
    "SetSkillAssociationsResponse": ".set_skill_associations_response",
    "SetUserConfigurationRequest": ".set_user_configuration_request",
    "ShareChatRequest": ".share_chat_request",
    "ShareChatResponse": ".share_chat_response",
    "ShareCollectionRequest": ".share_collection_request",
    "ShareMemoryBlockRequest": ".share_memory_block_request",
    "SharePermission": ".share_permission",
    "SharedChatDetail": ".shared_chat_detail",
    "SharedChatDetailMessagesItem": ".shared_chat_detail_messages_item",
    "SharedChatInfo": ".shared_chat_info",
    "SharepointIngestionEntry": ".sharepoint_ingestion_entry",
    "SharepointIngestionEntryEntryType": ".sharepoint_ingestion_entry_entry_type",
    "SharepointOnlineCredentials": ".sharepoint_online_credentials",
    "SharepointOnlineCredentialsAuthType": ".sharepoint_online_credentials_auth_type",
    "ShowcaseChat": ".showcase_chat",
    "SkillAssociations": ".skill_associations",
    "SkillKeyAssociation": ".skill_key_association",
    "SkillKeyInput": ".skill_key_input",
    "StarLibraryItem200Response": ".star_library_item_200_response",
    "SuggestedQuestion": ".suggested_question",
    "SummarizeRequest": ".summarize_request",
    "SummarizeRequestLlmArgs": ".summarize_request_llm_args",
    "Tag": ".tag",
    "TagCreateRequest": ".tag_create_request",
    "TagFilter": ".tag_filter",
    "TagUpdateRequest": ".tag_update_request",
    "TestRuntimeModelBody": ".test_runtime_model_body",
    "TestRuntimeModelResponse200": ".test_runtime_model_response_200",
    "TestSavedRuntimeModelResponse200": ".test_saved_runtime_model_response_200",
    "UpdateAdminMcpLogo200Response": ".update_admin_mcp_logo_200_response",
    "UpdateAdminMcpLogoBody": ".update_admin_mcp_logo_body",
    "UpdateAgentKeyRequest": ".update_agent_key_request",
    "UpdateAgentKeyRequestType": ".update_agent_key_request_type",
    "UpdateAgentToolPreferenceRequest": ".update_agent_tool_preference_request",
    "UpdateChatSessionKeepForeverRequest": ".update_chat_session_keep_forever_request",
    "UpdateCollectionExemptFromChatExpiryRequest": ".update_collection_exempt_from_chat_expiry_request",
    "UpdateCollectionExpiryRequest": ".update_collection_expiry_request",
    "UpdateCollectionInactivityIntervalRequest": ".update_collection_inactivity_interval_request",
    "UpdateCollectionMetadataBody": ".update_collection_metadata_body",
    "UpdateCollectionPrivacyRequest": ".update_collection_privacy_request",
    "UpdateCollectionThumbnailBody": ".update_collection_thumbnail_body",
    "UpdateCollectionWorkspaceRequest": ".update_collection_workspace_request",
    "UpdateCustomAgent200Response": ".update_custom_agent_200_response",
    "UpdateCustomAgentRequest": ".update_custom_agent_request",
    "UpdateCustomAgentRequestAgentArgs": ".update_custom_agent_request_agent_args",
    "UpdateCustomAgentRequestMcpServersMappingType0": ".update_custom_agent_request_mcp_servers_mapping_type_0",
    "UpdateCustomAgentTool200Response": ".update_custom_agent_tool_200_response",
    "UpdateCustomAgentToolFilesBody": ".update_custom_agent_tool_files_body",
    "UpdateCustomAgentToolRequest": ".update_custom_agent_tool_request",
    "UpdateCustomAgentToolRequestToolArgs": ".update_custom_agent_tool_request_tool_args",
    "UpdateDefaultPromptTemplateVisibilityRequest": ".update_default_prompt_template_visibility_request",
    "UpdateDocumentMetadataBody": ".update_document_metadata_body",
    "UpdateExpiryDateRequest": ".update_expiry_date_request",
    "UpdateExtractorPrivacyRequest": ".update_extractor_privacy_request",
    "UpdatePromptTemplatePrivacyRequest": ".update_prompt_template_privacy_request",
    "UpdateQAFeedbackRequest": ".update_qa_feedback_request",
    "UpdateSecretRequest": ".update_secret_request",
    "UpdateSecretRequestSecretValue": ".update_secret_request_secret_value",
    "UpdateSharedChatRequest": ".update_shared_chat_request",
    "UpdateShowcaseChatRequest": ".update_showcase_chat_request",
    "UpdateUserBuiltinMcp200Response": ".update_user_builtin_mcp_200_response",
    "UpdateUserBuiltinMcp200ResponseConfig": ".update_user_builtin_mcp_200_response_config",
    "UpdateUserBuiltinMcpRequest": ".update_user_builtin_mcp_request",
    "UpdateUserBuiltinMcpRequestMcpConfigJson": ".update_user_builtin_mcp_request_mcp_config_json",
    "UpdateUserBuiltinMcpRequestType": ".update_user_builtin_mcp_request_type",
    "UploadFileBody": ".upload_file_body",
    "UploadShowcaseThumbnailBody": ".upload_showcase_thumbnail_body",
    "UploadShowcaseThumbnailResponse": ".upload_showcase_thumbnail_response",
    "UploadedFile": ".uploaded_file",
    "UsageStats": ".usage_stats",
    "UsageStatsPerModel": ".usage_stats_per_model",
    "UsageStatsPerModelAndUser": ".usage_stats_per_model_and_user",
    "UsageStatsPerUser": ".usage_stats_per_user",
    "UserConfigurationItem": ".user_configuration_item",
    "UserDeletionRequest": ".user_deletion_request",
    "UserInfo": ".user_info",
    "UserJobDetails": ".user_job_details",
    "UserPermission": ".user_permission",
}

__all__ = (
    "AddBuiltinMcp201Response",
    "AddBuiltinMcpBody",
    "AddBuiltinSkill201Response",
    "AddBuiltinSkillRequest",
    "AddCustomAgent201ResponseInner",
    "AddCustomAgentBody",
    "AddCustomAgentTool201ResponseInner",
    "AddCustomAgentToolBody",
    "AddShowcaseChatRequest",
    "AddShowcaseChatResponse",
    "AddSkillBody",
    "AdminCleanupChatSessionsRequest",
    "AdminSessionItem",
    "AdminSessionItemTransport",
    "AdminSessionsListResponse",
    "AdminSessionsStatsResponse",
    "AdminSessionsStatsResponseByTransport",
    "Agent",
    "AgentApiKeys",
    "AgentKey",
    "AgentKeyAssociation",
    "AgentKeyAssociationAssociatedKey",
    "AgentKeyType",
    "AgentServerDirectoryFileStats",
    "AgentServerDirectoryStats",
    "AgentServerDirectoryStatsPerAgentChatSession",
    "AgentServerFile",
    "AgentSkill",
    "AgentSkillApiKeyHints",
    "AgentSkillApiKeys",
    "AgentSkillConfig",
    "AgentSkillEnvDefaults",
    "AgentToolKeyAssociations",
    "AgentToolSpec",
    "AgentToolSpecApiKeys",
    "AgentType",
    "APIKeyCreateRequest",
    "APIKeyInfo",
    "APIKeyResult",
    "APIKeyUpdateExpiryRequest",
    "APIKeyUpdateInactivityIntervalRequest",
    "AudioSegment",
    "AzureCredentials",
    "BuildCollectionGraphRequest",
    "CancelUserJobRequest",
    "ChatCompletion",
    "ChatCompletionDelta",
    "ChatCompletionRequest",
    "ChatCompletionRequestIncludeChatHistory",
    "ChatCompletionRequestLlmArgs",
    "ChatCompletionRequestRagConfig",
    "ChatCompletionRequestSelfReflectionConfig",
    "ChatError",
    "ChatMessage",
    "ChatMessageMeta",
    "ChatMessageReference",
    "ChatSession",
    "ChatSessionSource",
    "ChatSessionStatus",
    "ChatSessionUpdateRequest",
    "ChatSettings",
    "ChatSettingsIncludeChatHistory",
    "ChatSettingsLlmArgs",
    "ChatSettingsRagConfig",
    "ChatSettingsSelfReflectionConfig",
    "Chunk",
    "ChunkSearchResult",
    "Collection",
    "CollectionChangeRequest",
    "CollectionCreateRequest",
    "CollectionCreateRequestVexEncryption",
    "CollectionMetadataDict",
    "CollectionRagType",
    "CollectionSettings",
    "CollectionSettingsIngestMode",
    "CollectionUpdateRequest",
    "CollectionUpdateRequestRagType",
    "CollectionVexEncryption",
    "ConfirmUserDeletionRequest",
    "ConfluenceCredentials",
    "Count",
    "CountWithQueueDetails",
    "CreateAgentKeyRequest",
    "CreateAgentKeyRequestType",
    "CreateAgentToolKeyAssociationsRequest",
    "CreateAgentToolRequest",
    "CreateAgentToolRequestToolArgs",
    "CreateChatSessionRequest",
    "CreateCustomAgentKeyAssociationRequest",
    "CreateCustomAgentToolAssociationRequest",
    "CreateImportCollectionToCollectionJobRequest",
    "CreateInsertDocumentToCollectionJobRequest",
    "CreateLibrarySkill201ResponseInner",
    "CreateLibrarySkill201ResponseInnerConfig",
    "CreateLibrarySkillBody",
    "CreateRuntimeModelBody",
    "CreateRuntimeModelResponse201",
    "CreateSecret201Response",
    "CreateSecretRequest",
    "CreateSecretRequestSecretType",
    "CreateSecretRequestSecretValue",
    "CreateUpdateCollectionThumbnailJobBody",
    "CreateUserBuiltinMcp201Response",
    "CreateUserBuiltinMcp201ResponseConfig",
    "CreateUserBuiltinMcpBody",
    "CustomAgentDetail",
    "CustomAgentDetailAgentArgs",
    "CustomAgentDetailMcpServersInner",
    "CustomAgentDetailMcpServersInnerAssociatedTool",
    "CustomAgentKeyAssociation",
    "CustomAgentKeyAssociationRequirementType",
    "CustomAgentSuggestion",
    "CustomAgentSuggestionMcpServer",
    "CustomAgentToolAssociation",
    "DefaultMemoryBlocksByScope",
    "DefaultMemoryBlocksResponse",
    "DeleteChatSessionsJobRequest",
    "DeleteCollectionsJobRequest",
    "DeleteCustomAgentKeyAssociationsResponse",
    "DeleteCustomAgentToolAssociationsResponse",
    "DeleteDocumentsJobRequest",
    "DeleteLibrarySkillResponse200",
    "DeleteRuntimeModelResponse200",
    "DeleteSharedChatsRequest",
    "DeleteSkillsRequest",
    "DeleteTag200Response",
    "DeleteTagFromDocument200Response",
    "DeleteUserBuiltinMcp200Response",
    "Document",
    "DocumentExtractionResult",
    "DocumentMetadataDict",
    "DocumentStatus",
    "DocumentSummary",
    "DocumentUpdateRequest",
    "EmbeddingModel",
    "EncodeChunksForRetrievalRequest",
    "EndpointError",
    "ExtractionRequest",
    "ExtractionRequestLlmArgs",
    "Extractor",
    "ExtractorCreateRequest",
    "ExtractorUpdateRequest",
    "FetchConfigurationUrl200Response",
    "FetchConfigurationUrlRequest",
    "ForkChatSessionRequest",
    "GCSCredentials",
    "GetCollectionGraphStatus200Response",
    "GetCollectionGraphStatus200ResponseStatus",
    "GetCollectionMetadataResponse200",
    "GetCustomAgentTool200Response",
    "GetCustomAgentTool200ResponseToolArgs",
    "GetDocumentInternalMetadataResponse200",
    "GetDocumentMetadataResponse200",
    "GetDocumentPageLayoutResponse200",
    "GetDocumentPageOcrModelResponse200",
    "GetDocumentUserSourceFileResponse200",
    "GetGraphConfig200Response",
    "GetLlmRegistryAdminModelsResponse200Item",
    "GetMcpSdkOptions200Response",
    "GetMcpSdkOptions200ResponseLimitations",
    "GetMcpSdkOptions200ResponseSdkOptionsSchema",
    "GetModelToReasoningModelMappingResponse200",
    "GetModelToVisionModelMappingResponse200",
    "GetRoleLlmRegistryAccessResponse200Item",
    "GetSecretResponse200",
    "GetSecretValueResponse200",
    "GlobalConfigurationItem",
    "GroupCreateRequest",
    "GroupInfo",
    "GroupSharePermission",
    "GuardrailsSettings",
    "GuardrailsSettingsColumnRedactionCustomEntities",
    "GuardrailsSettingsCreateRequest",
    "GuardrailsSettingsCreateRequestAction",
    "GuardrailsSettingsCustomPiiEntities",
    "GuardrailsSettingsGuardrailsEntities",
    "GuardrailsSettingsPiiDetectionLlmInputAction",
    "GuardrailsSettingsPiiDetectionLlmOutputAction",
    "GuardrailsSettingsPiiDetectionParseAction",
    "GuardrailViolation",
    "GuardrailViolationsByCollection",
    "GuardrailViolationsByType",
    "GuardrailViolationsByUser",
    "GuardrailViolationsDailyTrend",
    "GuardrailViolationsDashboard",
    "GuardrailViolationsList",
    "GuardrailViolationsSummary",
    "H2OGPTGPUInfo",
    "H2OGPTSystemInfo",
    "H2OGPTSystemInfoDiskIoCounters",
    "H2OGPTSystemInfoDiskPartitionsItem",
    "H2OGPTSystemInfoDiskUsage",
    "H2OGPTSystemInfoDiskUsageAdditionalProperty",
    "H2OGPTSystemInfoNetworkIoCounters",
    "H2OGPTSystemInfoNetworkIoCountersAdditionalProperty",
    "H2OGPTSystemInfoTopProcessesCpuItem",
    "H2OGPTSystemInfoTopProcessesMemoryItem",
    "IngestFromAzureBlobStorageBody",
    "IngestFromAzureBlobStorageBodyMetadata",
    "IngestFromConfluenceBody",
    "IngestFromConfluenceBodyMetadata",
    "IngestFromFileSystemBody",
    "IngestFromGcsBody",
    "IngestFromGcsBodyMetadata",
    "IngestFromS3Body",
    "IngestFromS3BodyMetadata",
    "IngestFromSharepointOnlineBody",
    "IngestFromSharepointOnlineBodyMetadata",
    "IngestFromWebsiteBody",
    "IngestUploadBody",
    "IngestUploadBodyMetadata",
    "InsertCommandSynthPair201Response",
    "InsertCommandSynthPairRequest",
    "InspectMcpTool200Response",
    "InspectMcpTool200ResponseServersInner",
    "InspectMcpTool200ResponseServersInnerSecurityType0",
    "InspectMcpTool200ResponseServersInnerToolsInner",
    "InspectMcpTool200ResponseServersInnerToolsInnerParameters",
    "InspectMcpToolRequest",
    "InspectMcpToolRequestServersType0",
    "InspectMcpToolRequestServersType0AdditionalProperty",
    "JobDetails",
    "JobDetailsOverallStatus",
    "JobDetailsStatus",
    "JobHistoryDetails",
    "JobHistoryDetailsStatus",
    "JobHistoryListResponse",
    "JobHistoryStatsResponse",
    "KeyAssociation",
    "KnowledgeGraphData",
    "KnowledgeGraphNodeDetail",
    "KnowledgeGraphSourceChunk",
    "KnowledgeGraphVizEdge",
    "KnowledgeGraphVizNode",
    "LaunchCustomAgentTool200Response",
    "ListArchivedChatSessionsAsAdmin200Response",
    "ListBuiltinMcps200Response",
    "ListBuiltinMcps200ResponseApiKeyAppsItem",
    "ListBuiltinMcps200ResponseOauthAppsItem",
    "ListBuiltinSkills200ResponseInner",
    "ListCustomAgentTools200ResponseInner",
    "ListCustomAgentTools200ResponseInnerToolArgs",
    "ListMcpTools200Response",
    "ListMcpTools200ResponseServers",
    "ListMcpToolsRequest",
    "ListMemoryBlocks200Response",
    "ListShowcaseCategoriesResponse",
    "MatchCollectionChunksRequest",
    "MemoryBlock",
    "MemoryBlockAccessMode",
    "MemoryBlockCreateRequest",
    "MemoryBlockCreateRequestAccessMode",
    "MemoryBlockCreateRequestInjectionMode",
    "MemoryBlockInjectionMode",
    "MemoryBlockPrivacyRequest",
    "MemoryBlockUpdateRequest",
    "MemoryBlockUpdateRequestAccessMode",
    "MemoryBlockUpdateRequestInjectionMode",
    "MessageVoteUpdateRequest",
    "MigrateCollectionChatSessionsJobRequest",
    "MigrateScheduledConnectorsToCollectionRequest",
    "Model",
    "ModelAnswer",
    "ModelExtractionAnswer",
    "ModelUsageStatsPerUser",
    "NewKeyAssociation",
    "PerformanceStatsPerModel",
    "PermissionCheckRequest",
    "PermissionResetRequest",
    "ProcessDocumentJobRequest",
    "ProcessDocumentJobRequestLlmArgs",
    "ProcessDocumentJobRequestMetaDataToInclude",
    "ProcessDocumentJobRequestSamplingStrategy",
    "ProcessDocumentJobRequestSchema",
    "PromptTemplate",
    "PromptTemplateBase",
    "PromptTemplateChangeRequest",
    "PromptTemplateCreateRequest",
    "QAFeedback",
    "QuestionRequest",
    "QuestionRequestLlmArgs",
    "QueueDetails",
    "RemoveCustomAgentToolFromCodeapi200Response",
    "ReorderShowcaseChatEntry",
    "ReorderShowcaseChatsRequest",
    "ResetAndShareRequest",
    "ResetAndShareWithGroupsRequest",
    "RoleCreateRequest",
    "RoleInfo",
    "RolesResetRequest",
    "RunExtractorBody",
    "S3Credentials",
    "ScheduledConnectorDetails",
    "ScheduledConnectorDetailsConfig",
    "SearchCollectionChunksRequest",
    "SearchCollectionGraphLabels200Response",
    "SelfTestResult",
    "SendHitlMessageRequest",
    "SetAgentSkillPreferenceRequest",
    "SetCollectionSizeLimitRequest",
    "SetDefaultMemoryBlockRequest",
    "SetDefaultMemoryBlockRequestScope",
    "SetDefaultMemoryBlockResponse",
    "SetDefaultMemoryBlockResponseScope",
    "SetGlobalConfigurationRequest",
    "SetRoleLlmRegistryAccessRequest",
    "SetRolePriorityRequest",
    "SetSkillAssociationsRequest",
    "SetSkillAssociationsResponse",
    "SetUserConfigurationRequest",
    "ShareChatRequest",
    "ShareChatResponse",
    "ShareCollectionRequest",
    "SharedChatDetail",
    "SharedChatDetailMessagesItem",
    "SharedChatInfo",
    "ShareMemoryBlockRequest",
    "SharePermission",
    "SharepointIngestionEntry",
    "SharepointIngestionEntryEntryType",
    "SharepointOnlineCredentials",
    "SharepointOnlineCredentialsAuthType",
    "ShowcaseChat",
    "SkillAssociations",
    "SkillKeyAssociation",
    "SkillKeyInput",
    "StarLibraryItem200Response",
    "SuggestedQuestion",
    "SummarizeRequest",
    "SummarizeRequestLlmArgs",
    "Tag",
    "TagCreateRequest",
    "TagFilter",
    "TagUpdateRequest",
    "TestRuntimeModelBody",
    "TestRuntimeModelResponse200",
    "TestSavedRuntimeModelResponse200",
    "UpdateAdminMcpLogo200Response",
    "UpdateAdminMcpLogoBody",
    "UpdateAgentKeyRequest",
    "UpdateAgentKeyRequestType",
    "UpdateAgentToolPreferenceRequest",
    "UpdateChatSessionKeepForeverRequest",
    "UpdateCollectionExemptFromChatExpiryRequest",
    "UpdateCollectionExpiryRequest",
    "UpdateCollectionInactivityIntervalRequest",
    "UpdateCollectionMetadataBody",
    "UpdateCollectionPrivacyRequest",
    "UpdateCollectionThumbnailBody",
    "UpdateCollectionWorkspaceRequest",
    "UpdateCustomAgent200Response",
    "UpdateCustomAgentRequest",
    "UpdateCustomAgentRequestAgentArgs",
    "UpdateCustomAgentRequestMcpServersMappingType0",
    "UpdateCustomAgentTool200Response",
    "UpdateCustomAgentToolFilesBody",
    "UpdateCustomAgentToolRequest",
    "UpdateCustomAgentToolRequestToolArgs",
    "UpdateDefaultPromptTemplateVisibilityRequest",
    "UpdateDocumentMetadataBody",
    "UpdateExpiryDateRequest",
    "UpdateExtractorPrivacyRequest",
    "UpdatePromptTemplatePrivacyRequest",
    "UpdateQAFeedbackRequest",
    "UpdateSecretRequest",
    "UpdateSecretRequestSecretValue",
    "UpdateSharedChatRequest",
    "UpdateShowcaseChatRequest",
    "UpdateUserBuiltinMcp200Response",
    "UpdateUserBuiltinMcp200ResponseConfig",
    "UpdateUserBuiltinMcpRequest",
    "UpdateUserBuiltinMcpRequestMcpConfigJson",
    "UpdateUserBuiltinMcpRequestType",
    "UploadedFile",
    "UploadFileBody",
    "UploadShowcaseThumbnailBody",
    "UploadShowcaseThumbnailResponse",
    "UsageStats",
    "UsageStatsPerModel",
    "UsageStatsPerModelAndUser",
    "UsageStatsPerUser",
    "UserConfigurationItem",
    "UserDeletionRequest",
    "UserInfo",
    "UserJobDetails",
    "UserPermission",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
