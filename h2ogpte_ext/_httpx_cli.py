"""A stand-in for `httpx._main` (httpx's command line, see `h2ogpte_ext._httpx_private`), put in place before
httpx is imported, so that `import httpx` does not load click, rich and pygments for a program it never runs.
`httpx.main()` and any other name of the module load the real one when first used. This module imports no
httpx: `h2ogpte_ext/__init__.py` calls `defer()` before it imports what a public name needs (importing the
package alone, as the pytest plugin does, puts nothing in place).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_CLI = "httpx._main"


def _real_cli() -> types.ModuleType:
    """httpx's command-line module itself, in place of the stand-in."""
    if isinstance(sys.modules.get(_CLI), _DeferredCLI):
        del sys.modules[_CLI]
    module = importlib.import_module(_CLI)
    setattr(sys.modules["httpx"], "_main", module)  # noqa: B010 - the package's attribute, as an import sets it
    return module


class _DeferredCLI(types.ModuleType):
    """`httpx._main` until something uses it."""

    @staticmethod
    def main(*args: Any, **kwargs: Any) -> Any:
        return _real_cli().main(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # what the import system asks of any module (`__spec__`, ...) it has not
            raise AttributeError(name)
        return getattr(_real_cli(), name)


def defer() -> None:
    """Put the stand-in in place if httpx is not imported yet (nor aliased: `httpx2.alias_httpx()`)."""
    if "httpx" not in sys.modules and _CLI not in sys.modules:
        sys.modules[_CLI] = _DeferredCLI(_CLI)


def bind_stand_in(httpx: types.ModuleType) -> None:
    """Make the stand-in `httpx._main` as importing the submodule would have (`import httpx._main as m`)."""
    if isinstance(sys.modules.get(_CLI), _DeferredCLI):
        setattr(httpx, "_main", sys.modules[_CLI])  # noqa: B010 - a submodule's attribute
