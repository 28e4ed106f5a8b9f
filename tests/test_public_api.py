"""The public surface: every type a public method's signature names is importable from `h2ogpte_ext`."""

from __future__ import annotations

import ast
import builtins
import functools
import inspect
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import h2ogpte_ext
from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE

PUBLIC_CLASSES = [
    getattr(h2ogpte_ext, name) for name in h2ogpte_ext.__all__ if inspect.isclass(getattr(h2ogpte_ext, name))
]
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")  # httpx.Client too
STRING = re.compile(r"'[^']*'|\"[^\"]*\"")  # Literal["auto"]: values, not names


def _public_annotations(cls: type[Any]) -> Iterator[tuple[str, str, bool]]:
    """(annotation text, the module it is written in, whether the generated types it names must be exported too)
    for the public methods, properties and attributes that `cls` and its bases in h2ogpte_ext define: the
    helpers, not the generated resources they inherit."""
    for klass in cls.__mro__:
        if not klass.__module__.startswith("h2ogpte_ext"):
            continue
        # An options TypedDict's fields may name the generated request models they mirror (each taken as a
        # mapping too, and in h2ogpte_api.models): there, only our own types must be exported.
        generated_too = not typing.is_typeddict(klass)
        for attribute, text in vars(klass).get("__annotations__", {}).items():
            if not attribute.startswith("_"):
                yield getattr(text, "__forward_arg__", str(text)), klass.__module__, generated_too  # TypedDict
        for attribute, member in vars(klass).items():
            if attribute.startswith("_"):
                continue
            if isinstance(member, property):
                member = member.fget
            elif isinstance(member, functools.cached_property):
                member = member.func
            elif isinstance(member, (classmethod, staticmethod)):
                member = member.__func__
            if not inspect.isfunction(member):
                continue
            function = inspect.unwrap(member)
            for text in function.__annotations__.values():
                yield str(text), function.__module__, True


def _names_in_signatures(cls: type[Any]) -> set[tuple[str, str]]:
    """(name, the module of the object it stands for) for every name in the annotations of the public methods,
    properties and attributes of `cls`; a name that cannot be resolved is an error (a type imported only for
    type checkers would be missed otherwise)."""
    found: set[tuple[str, str]] = set()
    for text, module, generated_too in _public_annotations(cls):
        namespace = vars(sys.modules[module])
        for dotted in IDENTIFIER.findall(STRING.sub("", text)):
            head, *rest = dotted.split(".")
            value = namespace.get(head, getattr(builtins, head, None))
            for part in rest:
                value = getattr(value, part, None)
            name = dotted.rsplit(".", 1)[-1]
            if name in ("None", "Self") or inspect.ismodule(value):
                continue
            if value is None and not rest and head in _type_checking_imports(module):
                where = _type_checking_imports(module)[head]  # imported for type checkers only
            else:
                assert value is not None, f"{cls.__name__}: {dotted!r} in {text!r} is not defined where it is used"
                where = _module_of(value)
            if generated_too or not where.startswith("h2ogpte_api"):
                found.add((name, where))
    return found


@functools.cache
def _type_checking_imports(module: str) -> dict[str, str]:
    """name -> the module it is imported from, for every `from ... import` in `module` (under TYPE_CHECKING too)."""
    names: dict[str, str] = {}
    for node in ast.walk(ast.parse(inspect.getsource(sys.modules[module]))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*module.split(".")[: -node.level], *([base] if base else [])])
            names.update({alias.asname or alias.name: base for alias in node.names})
    return names


def _module_of(value: Any) -> str:
    return str(getattr(value, "__module__", None) or "<alias>")


def test_every_type_in_a_public_signature_is_exported() -> None:
    missing = set()
    for cls in {H2OGPTE, AsyncH2OGPTE, *PUBLIC_CLASSES}:
        for name, module in _names_in_signatures(cls):
            ours = module.startswith(("h2ogpte_ext", "h2ogpte_api")) or module == "<alias>"
            if ours and name not in h2ogpte_ext.__all__ and not name.startswith("_"):
                missing.add(name)
    assert not missing, f"used in public signatures but not exported from h2ogpte_ext: {sorted(missing)}"


def test_the_signature_check_sees_generated_types_in_helpers_and_properties() -> None:
    # the check above covers the generated package's types in helper methods and in attributes (`client.api`)
    names = {name for name, _ in _names_in_signatures(H2OGPTE)}
    assert {"JobDetails", "DocumentSummary", "Unset", "AuthenticatedClient"} <= names
    # and not the generated resources' own signatures (`client.collections.create_collection(...)`)
    assert "CollectionCreateRequest" not in names


def test_importing_the_package_names_only_public_things() -> None:
    assert all(not name.startswith("_") or name == "__version__" for name in h2ogpte_ext.__all__)
    assert sorted(h2ogpte_ext.__all__) == sorted(set(h2ogpte_ext.__all__))


def test_every_public_name_loads_lazily_and_is_listed() -> None:
    assert set(h2ogpte_ext.__all__) == {*h2ogpte_ext._EXPORTS, "__version__"}  # the name -> module table
    assert set(h2ogpte_ext.__all__) <= set(dir(h2ogpte_ext))
    for name in h2ogpte_ext.__all__:
        assert getattr(h2ogpte_ext, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'NoSuchThing'"):
        h2ogpte_ext.NoSuchThing  # noqa: B018


def _fresh(code: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split()


HEAVY = ("httpx", "click", "attrs", "h2ogpte_api", "ssl")


@pytest.mark.parametrize("code", ["import h2ogpte_ext._pytest_plugin", "import h2ogpte_ext"])
def test_the_pytest_plugin_and_the_package_load_nothing_heavy(code: str) -> None:
    # pytest loads the plugin in every run of every project in the environment
    assert [m for m in _fresh(code) if m.split(".")[0] in HEAVY] == []


def test_the_client_still_imports_from_the_package() -> None:
    loaded = _fresh("from h2ogpte_ext import H2OGPTE, NotFoundError; assert H2OGPTE.__name__ == 'H2OGPTE'")
    assert "httpx" in loaded  # the client's own dependencies, loaded on first use


def test_the_fixture_without_the_testing_extra_says_what_to_install_in_one_line(tmp_path: Path) -> None:
    # starlette made unimportable, as in an install without [testing]
    (tmp_path / "conftest.py").write_text("import sys\nsys.modules['starlette'] = None\n")
    (tmp_path / "test_uses_the_fake.py").write_text("def test_fake(fake_h2ogpte):\n    pass\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    hint = "the fake_h2ogpte fixture needs the testing extra: pip install 'h2ogpte-ext[testing]' (missing: starlette)"
    assert hint in done.stdout.splitlines()
    assert "During handling" not in done.stdout and "Traceback" not in done.stdout
