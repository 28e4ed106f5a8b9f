"""`nox -s compat`: regenerate from other specs, run everything there, and hold `spec check` to what happened.

For each case (an older release's spec from ../shared/specs, or api-spec.yaml with an edit the next release
might make) this copies the checkout into a temporary folder, writes the case's spec there as api-spec.yaml,
runs `scripts/generate.py` as a pipeline would, and then, in a fresh interpreter on that copy: imports
`h2ogpte_ext`, starts the fake (which serves that spec, as an older or newer server would), runs every helper
and CLI command against it, and compares each outcome with the `spec check` verdict:

- works: the call succeeds;
- degraded: it succeeds without the options the spec lacks, and refuses them (or asks for the options the
  spec requires) with `NotInSpecError`;
- unavailable: it raises `NotInSpecError` naming exactly what the verdict names, before anything is sent.

Any other error (an ImportError, NameError, AttributeError, a TypeError from a generated call) is a failure.
With `--e2e FILE` (nox passes `tests_e2e`'s files), the copies regenerated from an older release's spec also
run those end-to-end tests (`-m e2e`, warnings as errors), which derive what they expect from the spec they
were generated from: any failure there is a mismatch too. Exit 0 when every case holds; 1 otherwise, with
one line per mismatch.

    python scripts/compat.py                 # every case
    python scripts/compat.py 1.6.64 paused   # some
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs"


def _edited(edit: Callable[[dict[str, Any]], None]) -> Callable[[], dict[str, Any]]:
    def document() -> dict[str, Any]:
        spec: dict[str, Any] = yaml.safe_load((ROOT / "api-spec.yaml").read_text(encoding="utf-8"))
        edit(spec)
        return spec

    return document


def _release(version: str) -> Callable[[], dict[str, Any]]:
    def document() -> dict[str, Any]:
        loaded: dict[str, Any] = yaml.safe_load((SPECS / f"h2ogpte-{version}.yaml").read_text(encoding="utf-8"))
        return loaded

    return document


def _operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, method
    raise KeyError(operation_id)


def _remove_upload_ingest(spec: dict[str, Any]) -> None:
    path, method = _operation(spec, "create_ingest_upload_job")
    del spec["paths"][path][method]


def _require_collection_field(spec: dict[str, Any]) -> None:
    path, method = _operation(spec, "create_collection")
    ref = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    schema["properties"]["owner_team"] = {"type": "string"}
    schema["required"] = [*schema.get("required", []), "owner_team"]


def _paused_job_status(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["JobDetails"]["properties"]["overall_status"]["enum"].append("paused")


def _rename_pause(spec: dict[str, Any]) -> None:
    path, method = _operation(spec, "pause_chat_message")
    spec["paths"][path][method]["operationId"] = "hold_chat_message"


def _drop_canceled(spec: dict[str, Any]) -> None:
    status = spec["components"]["schemas"]["JobDetails"]["properties"]["overall_status"]
    status["enum"] = [value for value in status["enum"] if value != "canceled"]


CASES: dict[str, Callable[[], dict[str, Any]]] = {
    "1.7.0": _release("1.7.0"),
    "1.6.64": _release("1.6.64"),
    "no-upload-ingest": _edited(_remove_upload_ingest),  # an ingest operation removed
    "collection-owner-required": _edited(_require_collection_field),  # a new required request field
    "paused": _edited(_paused_job_status),  # a response enum gains a value
    "pause-renamed": _edited(_rename_pause),  # an operationId renamed: a method of ours gone
    "no-canceled": _edited(_drop_canceled),  # an enum value a helper acts on gone
}

IGNORED = shutil.ignore_patterns(".git", ".nox", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", "generated")


# The cases that are a release's spec as it was served: the end-to-end tests run on them too.
RELEASES = ("1.7.0", "1.6.64")


def run_case(name: str, workdir: Path, e2e: list[str]) -> tuple[list[str], float]:
    """Copy the checkout, regenerate from the case's spec, probe (and on a release's spec run the end-to-end
    tests `e2e`); the mismatches found and the seconds taken."""
    started = time.perf_counter()
    clone = workdir / name
    shutil.copytree(ROOT, clone, ignore=IGNORED)
    spec = CASES[name]()
    (clone / "api-spec.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    made = subprocess.run(
        [sys.executable, "scripts/generate.py"], cwd=clone, capture_output=True, text=True, timeout=600
    )
    if made.returncode != 0:
        return [f"{name}: generate failed: {(made.stdout + made.stderr)[-2000:]}"], time.perf_counter() - started
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(clone), str(clone / "generated")])}
    probe = subprocess.run(
        [sys.executable, str(clone / "scripts" / "compat_probe.py")],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    try:
        outcome = json.loads(probe.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return [f"{name}: the probe failed: {(probe.stdout + probe.stderr)[-3000:]}"], time.perf_counter() - started
    print(f"{name}: {outcome['summary']}")
    for line in outcome["lines"]:
        print(f"  {line}")
    mismatches = [f"{name}: {m}" for m in outcome["mismatches"]]
    if e2e and name in RELEASES:
        mismatches += _end_to_end(name, clone, env, e2e)
    return mismatches, time.perf_counter() - started


def _end_to_end(name: str, clone: Path, env: dict[str, str], files: list[str]) -> list[str]:
    """The end-to-end tests, run in the regenerated copy: its client, its fake, its spec's expectations."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "-W", "error", "-p", "no:cacheprovider", "-q", "-m", "e2e", *files]
    done = subprocess.run(command, cwd=clone, capture_output=True, text=True, timeout=1800, env=env)
    last = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
    print(f"  end-to-end tests: {last} ({time.perf_counter() - started:.0f} s)")
    if done.returncode == 0:
        return []
    failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    return [f"{name}: end-to-end: {line}" for line in failed] or [
        f"{name}: end-to-end tests exited {done.returncode}: {(done.stdout + done.stderr)[-3000:]}"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", choices=[[], *CASES], help="default: every case")
    parser.add_argument(
        "--e2e", action="append", default=[], metavar="FILE", help=f"an end-to-end test file to run on {RELEASES}"
    )
    args = parser.parse_args(argv)
    names = args.cases or list(CASES)
    missing = [n for n in names if n in ("1.7.0", "1.6.64") and not (SPECS / f"h2ogpte-{n}.yaml").is_file()]
    if missing:
        print(f"error: {SPECS} lacks the specs of {', '.join(missing)}", file=sys.stderr)
        return 2
    mismatches: list[str] = []
    with tempfile.TemporaryDirectory(prefix="h2ogpte-compat-") as tmp:
        for name in names:
            found, seconds = run_case(name, Path(tmp), args.e2e)
            print(f"  ({seconds:.0f} s)")
            mismatches += found
    if mismatches:
        print(f"\n{len(mismatches)} mismatch(es) between `spec check` and what happened:", *mismatches, sep="\n  ")
        return 1
    print(f"\nall {len(names)} cases: every helper and command did what `spec check` said")
    return 0


if __name__ == "__main__":
    sys.exit(main())
