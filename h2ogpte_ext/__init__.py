"""h2ogpte-ext: a typed Python SDK for the h2oGPTe REST API.

The generated, spec-complete client is `h2ogpte_api`; this package builds on it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
