"""An offline fake h2oGPTe server for tests: stateful, in memory, validated against api-spec.yaml.

Needs the `testing` extra: `pip install 'h2ogpte-ext[testing]'`.

    from h2ogpte_ext.testing import FakeH2OGPTE

    with FakeH2OGPTE() as server:
        ...  # talk to server.url with server.api_key

Installing the package also gives pytest the `fake_h2ogpte` fixture.
"""

from h2ogpte_ext.testing._app import create_app, handled_operations, simulated_operations
from h2ogpte_ext.testing._faults import Fault, Faults, RequestLog, Seen
from h2ogpte_ext.testing._server import FakeH2OGPTE, serve_forever
from h2ogpte_ext.testing._state import Settings, State

__all__ = [
    "FakeH2OGPTE",
    "Fault",
    "Faults",
    "RequestLog",
    "Seen",
    "Settings",
    "State",
    "create_app",
    "handled_operations",
    "serve_forever",
    "simulated_operations",
]
