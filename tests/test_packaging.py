"""The built distributions as a user gets them: installed by pip into fresh virtualenvs, run from elsewhere.

`nox -s package` builds the sdist and wheel and runs these with `H2OGPTE_EXT_DIST` pointing at them; run
alone (`pytest -m packaging tests/test_packaging.py`) they build the wheel themselves. Each test needs pip
to reach a package index for the dependencies, and is skipped, saying so, when it cannot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
# What pip prints when no index answers (as opposed to a genuine install failure).
OFFLINE = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Could not find a version that satisfies",
    "No matching distribution found",
    "Network is unreachable",
)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("H2OGPTE_EXT_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    _pip(sys.executable, "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT))
    return out


def _wheel(dist: Path) -> Path:
    (wheel,) = dist.glob("h2ogpte_ext-*.whl")
    return wheel


def _pip(python: str | Path, *args: str) -> None:
    done = subprocess.run([str(python), "-m", "pip", *args], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        if any(sign in done.stderr for sign in OFFLINE):
            pytest.skip(f"pip cannot reach a package index: {done.stderr.strip().splitlines()[-1]}")
        pytest.fail(f"pip {' '.join(args)} failed:\n{done.stderr}")


def _virtualenv(where: Path, *requirements: str) -> Path:
    """A fresh virtualenv with `requirements` installed; returns its bin directory."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    bin_dir = where / ("Scripts" if os.name == "nt" else "bin")
    _pip(bin_dir / "python", "install", "--quiet", *requirements)
    return bin_dir


def _clean_env() -> dict[str, str]:
    """The environment without anything pointing back at the checkout or a server."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "H2OGPTE_ADDRESS", "H2OGPTE_API_KEY", "PYTEST_ADDOPTS")
    return {k: v for k, v in os.environ.items() if k not in drop}


def test_the_wheel_holds_both_packages_the_license_and_the_plugin(dist: Path) -> None:
    with zipfile.ZipFile(_wheel(dist)) as wheel:
        names = set(wheel.namelist())
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
        metadata = wheel.read(f"{info}/METADATA").decode()
        license_text = wheel.read(f"{info}/licenses/LICENSE").decode()
    assert {"h2ogpte_ext/__init__.py", "h2ogpte_ext/py.typed", "h2ogpte_ext/_pytest_plugin.py"} <= names
    assert {
        "h2ogpte_api/__init__.py",
        "h2ogpte_api/openapi.yaml",
        "h2ogpte_api/openapi.json",
        "h2ogpte_api/py.typed",
    } <= names
    assert not any(n.startswith(("tests/", "scripts/", "generated/")) for n in names)
    assert "Apache License" in license_text and "Version 2.0" in license_text
    assert "License-Expression: Apache-2.0" in metadata
    assert "h2ogpte_ext = h2ogpte_ext._pytest_plugin" in entry_points
    assert "h2ogpte-ext = h2ogpte_ext._cli:main" in entry_points


def test_the_sdist_holds_the_license_and_the_changelog(dist: Path) -> None:
    sdists = list(dist.glob("h2ogpte_ext-*.tar.gz"))
    if not sdists:
        pytest.skip("no sdist here: `nox -s package` builds one")
    with tarfile.open(sdists[0]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "api-spec.yaml", "pyproject.toml"} <= names
    assert "generated/h2ogpte_api/openapi.yaml" in names


def test_a_plain_install_leaves_pytest_working_everywhere(dist: Path, tmp_path: Path) -> None:
    """No [testing] extra: pytest runs any project; the fixture, when used, says what to install."""
    bin_dir = _virtualenv(tmp_path / "venv", str(_wheel(dist)), "pytest>=8")
    project = tmp_path / "unrelated"
    project.mkdir()
    (project / "test_plain.py").write_text("def test_plain():\n    assert 1 + 1 == 2\n")
    pytest_cmd = [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    plain = subprocess.run(pytest_cmd, cwd=project, capture_output=True, text=True, env=_clean_env(), timeout=300)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "1 passed" in plain.stdout and "Error while loading plugin" not in plain.stderr

    (project / "test_plain.py").write_text("def test_fake(fake_h2ogpte):\n    pass\n")
    used = subprocess.run(pytest_cmd, cwd=project, capture_output=True, text=True, env=_clean_env(), timeout=300)
    assert used.returncode == 1
    assert "the fake_h2ogpte fixture needs the testing extra: pip install 'h2ogpte-ext[testing]'" in used.stdout
    assert "During handling" not in used.stdout and "Traceback" not in used.stdout

    loaded = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sys, h2ogpte_ext._pytest_plugin; print(sorted(sys.modules))"],
        cwd=project,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=60,
        check=True,
    )
    modules = loaded.stdout.strip("[]\n").replace("'", "").split(", ")
    # Nothing of the testing extra, nor the fake itself, nor the client's own dependencies is loaded with
    # the plugin (pytest loads it in every run).
    heavy = ("starlette", "uvicorn", "openapi_core", "yaml", "httpx", "click", "attrs", "h2ogpte_api")
    assert [m for m in modules if m.split(".")[0] in heavy] == []
    assert "h2ogpte_ext.testing" not in modules

    cli = str(bin_dir / "h2ogpte-ext")
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, env=_clean_env(), timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("h2ogpte-ext ")
    fake = subprocess.run([cli, "fake-server"], capture_output=True, text=True, env=_clean_env(), timeout=60)
    assert fake.returncode == 1 and len(fake.stderr.splitlines()) == 1
    assert "pip install 'h2ogpte-ext[testing]'" in fake.stderr and "Traceback" not in fake.stderr


WORKFLOW = """
import json, pathlib, sys
import h2ogpte_ext
from h2ogpte_ext import H2OGPTE

assert pathlib.Path(h2ogpte_ext.__file__).is_relative_to(pathlib.Path(sys.prefix)), h2ogpte_ext.__file__
pathlib.Path("q1.csv").write_text("quarter,total\\nq1,42\\n")
with H2OGPTE() as client, client.temporary_collection(name="smoke") as collection:
    ingested = client.upload_and_ingest(collection.id, ["q1.csv"], poll_interval=0.05)
    run = client.run_agent("Save the totals as 'totals.csv'", collection_id=collection.id)
    paths = client.download_agent_files(run, "downloads")
    print(json.dumps({
        "health": client.health().ok,
        "documents": [d.name for d in ingested.documents],
        "files": [p.name for p in paths],
        "downloaded": all(p.stat().st_size > 0 for p in paths),
    }))
"""


def test_the_wheel_with_the_testing_extra_runs_a_workflow_outside_the_checkout(dist: Path, tmp_path: Path) -> None:
    bin_dir = _virtualenv(tmp_path / "venv", f"{_wheel(dist)}[testing]")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env()
    server = subprocess.Popen(
        [str(bin_dir / "h2ogpte-ext"), "fake-server", "--port", "0", "--api-key", "sk-smoke"],
        cwd=elsewhere,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:"), server.stderr.read() if server.stderr else line
        env |= {"H2OGPTE_ADDRESS": line.split()[-1], "H2OGPTE_API_KEY": "sk-smoke"}
        done = subprocess.run(
            [str(bin_dir / "python"), "-c", WORKFLOW],
            cwd=elsewhere,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {
            "health": True,
            "documents": ["q1.csv"],
            "files": ["totals.csv"],
            "downloaded": True,
        }
        health = subprocess.run(
            [str(bin_dir / "h2ogpte-ext"), "health", "--json"], capture_output=True, text=True, env=env, timeout=60
        )
        assert json.loads(health.stdout)["ok"] is True
    finally:
        server.terminate()
        server.wait(30)


def _system_python() -> str:
    """The machine's own Python when it refuses `pip install` (PEP 668), as Debian's does; else this one."""
    system = Path("/usr/bin/python3")
    if system.exists():
        stdlib = subprocess.run(
            [str(system), "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.strip()
        if stdlib and (Path(stdlib) / "EXTERNALLY-MANAGED").exists():
            return str(system)
    return sys.executable


def test_the_bootstrap_script_runs_nox_from_its_own_virtualenv(tmp_path: Path) -> None:
    """`python3 scripts/dev.py ...` from a copy of the project, with a Python whose pip install is refused."""
    python = _system_python()
    version = subprocess.run([python, "-c", "import sys; print(sys.version_info >= (3, 11))"], capture_output=True)
    if version.stdout.strip() != b"True":
        pytest.skip(f"{python} is older than 3.11, which scripts/dev.py needs")
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "dev.py", project / "scripts" / "dev.py")
    shutil.copy(ROOT / "noxfile.py", project / "noxfile.py")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    env = _clean_env()
    listed = subprocess.run(
        [python, "scripts/dev.py", "--list"], cwd=project, capture_output=True, text=True, env=env, timeout=600
    )
    if listed.returncode != 0 and any(sign in listed.stderr for sign in OFFLINE):
        pytest.skip("pip cannot reach a package index to install nox")
    assert listed.returncode == 0, listed.stderr
    assert "* tests" in listed.stdout and "- demo" in listed.stdout and "- package" in listed.stdout
    assert (project / ".nox" / ".bootstrap" / "requirement.txt").read_text().startswith("nox==")
    again = subprocess.run(
        [python, "scripts/dev.py", "--list"], cwd=project, capture_output=True, text=True, env=env, timeout=600
    )
    assert again.returncode == 0 and "installing" not in again.stderr  # made once, then reused
