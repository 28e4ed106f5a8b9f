"""The public surface: every type a public method's signature names is importable from `h2ogpte_ext`."""

from __future__ import annotations

import builtins
import inspect
import re
from typing import Any

import h2ogpte_ext
from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE

PUBLIC_CLASSES = [
    getattr(h2ogpte_ext, name) for name in h2ogpte_ext.__all__ if inspect.isclass(getattr(h2ogpte_ext, name))
]
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _names_in_signatures(cls: type[Any]) -> set[tuple[str, Any]]:
    """(name, the object it stands for) for every name in the annotations of the public methods of `cls`."""
    found: set[tuple[str, Any]] = set()
    for attribute, member in inspect.getmembers(cls):
        if attribute.startswith("_") or not callable(member):
            continue
        function = inspect.unwrap(member)
        annotations = getattr(function, "__annotations__", {})
        namespace = getattr(function, "__globals__", {})
        for text in map(str, annotations.values()):
            for name in IDENTIFIER.findall(text):
                value = namespace.get(name, getattr(builtins, name, None))
                if value is not None:
                    found.add((name, _module_of(value)))
    return found


def _module_of(value: Any) -> str:
    return str(getattr(value, "__module__", None) or "<alias>")


def test_every_type_in_a_public_signature_is_exported() -> None:
    missing = set()
    for cls in {H2OGPTE, AsyncH2OGPTE, *PUBLIC_CLASSES}:
        for name, module in _names_in_signatures(cls):
            ours = module.startswith("h2ogpte_ext") or module == "<alias>"
            if ours and name not in h2ogpte_ext.__all__ and not name.startswith("_"):
                missing.add(name)
    assert not missing, f"used in public signatures but not exported from h2ogpte_ext: {sorted(missing)}"


def test_importing_the_package_names_only_public_things() -> None:
    assert all(not name.startswith("_") or name == "__version__" for name in h2ogpte_ext.__all__)
    assert sorted(h2ogpte_ext.__all__) == sorted(set(h2ogpte_ext.__all__))
