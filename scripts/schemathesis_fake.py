"""Run schemathesis against every operation of a fake h2oGPTe on 127.0.0.1 (`nox -s schemathesis`).

Exits with schemathesis' status; also fails if the fake sent a response its own spec forbids.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from h2ogpte_ext.testing import FakeH2OGPTE

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with FakeH2OGPTE() as server:
        command = [
            "st",
            "--config-file",
            str(ROOT / "scripts" / "schemathesis.toml"),
            "run",
            str(ROOT / "api-spec.yaml"),
            "--url",
            f"{server.url}/api/v1",
            "--header",
            f"Authorization: Bearer {server.api_key}",
            "--phases",
            "examples,coverage,fuzzing",
            "--workers",
            "1",
            *sys.argv[1:],
        ]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
