"""The public surface: every type a public method's signature names is importable from `h2ogpte_ext`."""

from __future__ import annotations

import builtins
import inspect
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

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
