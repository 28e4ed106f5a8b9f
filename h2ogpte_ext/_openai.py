"""The OpenAI-compatible door of h2oGPTe (`/openai_api/v1`): the `openai` package's own clients, pointed at it.

Needs the extra: `pip install 'h2ogpte-ext[openai]'`; `openai` is imported only here, on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from h2ogpte_ext._config import ClientOptions
from h2ogpte_ext._errors import H2OGPTEError

if TYPE_CHECKING:
    import openai

OPENAI_PATH = "/openai_api/v1"


def _openai() -> Any:
    try:
        import openai
    except ImportError:
        raise H2OGPTEError(
            "the OpenAI-compatible client needs the openai package: pip install 'h2ogpte-ext[openai]'"
        ) from None
    return openai


def _settings(options: ClientOptions, overrides: dict[str, Any]) -> dict[str, Any]:
    return {
        "base_url": options.address + OPENAI_PATH,
        "api_key": options.api_key,
        "timeout": options.timeout,
        "max_retries": options.max_retries,
        **overrides,
    }


def sync_client(options: ClientOptions, overrides: dict[str, Any]) -> openai.OpenAI:
    module = _openai()
    settings = _settings(options, overrides)
    if options.verify is not True and "http_client" not in overrides:
        settings["http_client"] = module.DefaultHttpxClient(verify=options.verify)
    client: openai.OpenAI = module.OpenAI(**settings)
    return client


def async_client(options: ClientOptions, overrides: dict[str, Any]) -> openai.AsyncOpenAI:
    module = _openai()
    settings = _settings(options, overrides)
    if options.verify is not True and "http_client" not in overrides:
        settings["http_client"] = module.DefaultAsyncHttpxClient(verify=options.verify)
    client: openai.AsyncOpenAI = module.AsyncOpenAI(**settings)
    return client
