"""Run schemathesis against every operation of a fake h2oGPTe on 127.0.0.1 (`nox -s schemathesis`).

Exits with schemathesis' status; also fails if the fake sent a response its own spec forbids.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

from h2ogpte_ext.testing import FakeH2OGPTE

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    # Malformed forms are refused with a 400; python-multipart also logs each one, which is noise here.
    logging.getLogger("python_multipart").setLevel(logging.ERROR)
    started = time.process_time()
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
        code = subprocess.run(command, check=False).returncode
        print(f"fake h2oGPTe: {time.process_time() - started:.1f} s of CPU for the whole run")
        return code


if __name__ == "__main__":
    sys.exit(main())
