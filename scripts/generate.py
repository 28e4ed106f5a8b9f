"""Build generated/h2ogpte_api from api-spec.yaml with openapi-python-client, or check it is current.

    python scripts/generate.py            # rebuild generated/h2ogpte_api
    python scripts/generate.py --check    # regenerate elsewhere and list the files that differ

Run through nox (`nox -s generate`, `nox -s check_generated`), which installs the pinned generator.

Before the generator runs, the spec is checked for names that would clash in the generated code
(scripts/codegen_preflight.py): a clash that can be resolved is, with a note; any other is refused, one line
per problem naming its place in the spec, and nothing is written (exit 1).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from codegen_preflight import check, load  # a sibling script (python scripts/generate.py)

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "scripts" / "codegen"
PACKAGE = "h2ogpte_api"
# The method reference, written beside the folder that holds the package (the repository root for generated/).
API_MD = "api.md"


class Refused(SystemExit):
    """The spec has clashes the generator cannot resolve: one line each, naming its place in the spec."""

    def __init__(self, spec: Path, problems: list[str]) -> None:
        lines = [f"{spec.name}: {len(problems)} name clash(es) the generated code cannot hold; nothing written:"]
        super().__init__("\n".join([*lines, *(f"  {problem}" for problem in problems)]))


def render(spec: Path, dest: Path) -> list[str]:
    """Write the package generated from `spec` to `dest` (which must not exist yet); the notes on how name
    clashes were resolved. Raises `Refused` (exit 1) for a clash that cannot be."""
    document = load(spec)
    findings = check(document, spec, CODEGEN / "config.yaml", CODEGEN / "templates")
    if findings.problems:
        raise Refused(spec, findings.problems)
    config = CODEGEN / "config.yaml"
    if findings.class_overrides:
        # The settings, with the renamed classes.
        settings = yaml.safe_load(config.read_text(encoding="utf-8"))
        settings["class_overrides"] = {**(settings.get("class_overrides") or {}), **findings.class_overrides}
        config = dest.parent / "codegen-config.yaml"
        config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    templates = _templates(document, dest.parent / "templates")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--config",
        str(config),
        "--custom-template-path",
        str(templates),
        "--output-path",
        str(dest),
        # A warning means an operation, a body or a response was dropped: never let that pass.
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"openapi-python-client failed:\n{proc.stdout}{proc.stderr}")
    # The package carries the document it was generated from (the fake server validates against it), as
    # written and as JSON: parsing the YAML costs half a second, the JSON a few milliseconds.
    shutil.copyfile(spec, dest / "openapi.yaml")
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    (dest / "openapi.json").write_text(text + "\n", encoding="utf-8")
    # api.md lists every method of the resource layer, read off the fresh package.
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_md.py"), str(dest.parent), str(spec), str(dest.parent / API_MD)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"writing {API_MD} failed:\n{proc.stdout}{proc.stderr}")
    return findings.notes


# What the templates know of the spec that the generator does not give them: the operations marked
# `deprecated: true` (an endpoint carries no such flag), as "METHOD /path" (endpoint.method, endpoint.path).
SPEC_FACTS_TEMPLATE = "spec_facts.jinja"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def deprecated_operations(document: dict[str, Any]) -> list[str]:
    """The spec's deprecated operations, as "METHOD /path" (the method upper-case, as the generator has it)."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and operation.get("deprecated") is True:
                found.append(f"{method.upper()} {path}")
    return sorted(found)


def _templates(document: dict[str, Any], into: Path) -> Path:
    """scripts/codegen/templates, copied to `into` with the spec facts beside them (SPEC_FACTS_TEMPLATE)."""
    shutil.copytree(CODEGEN / "templates", into)
    listed = ", ".join(json.dumps(operation) for operation in deprecated_operations(document))
    (into / SPEC_FACTS_TEMPLATE).write_text(
        f"{{#- Written by scripts/generate.py from the spec. -#}}\n{{% set deprecated_operations = [{listed}] %}}\n",
        encoding="utf-8",
    )
    return into


def _files(tree: Path) -> set[str]:
    return {p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative to the package) that are missing, extra or different in `actual`."""
    want, have = _files(expected), _files(actual) if actual.is_dir() else set()
    out = [f"missing: {p}" for p in sorted(want - have)]
    out += [f"stale:   {p}" for p in sorted(have - want)]
    out += [f"differs: {p}" for p in sorted(want & have) if not filecmp.cmp(expected / p, actual / p, shallow=False)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "api-spec.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="folder holding the package")
    parser.add_argument("--check", action="store_true", help="compare only; never write to --out")
    args = parser.parse_args(argv)

    target = args.out / PACKAGE
    with tempfile.TemporaryDirectory(prefix="h2ogpte-gen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        for note in render(args.spec, fresh):
            print(f"note: {note}")
        api_md = args.out.resolve().parent / API_MD
        if args.check:
            diff = differences(fresh, target)
            if not api_md.is_file() or api_md.read_bytes() != (fresh.parent / API_MD).read_bytes():
                diff.append(f"differs: {API_MD}")
            if diff:
                print(f"{target} is out of date with {args.spec.name}:", *diff, sep="\n  ")
                print("Run `nox -s generate` and commit the result.")
                return 1
            print(f"{target} is up to date with {args.spec.name} ({len(_files(fresh))} files).")
            return 0
        # Swap in the new tree only once it is complete.
        args.out.mkdir(parents=True, exist_ok=True)
        staged = args.out / f".{PACKAGE}.new"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(fresh, staged)
        shutil.rmtree(target, ignore_errors=True)
        staged.rename(target)
        shutil.copyfile(fresh.parent / API_MD, api_md)
        print(f"wrote {target} ({len(_files(target))} files) and {api_md}")
    print(*compatibility(args.spec, args.out), sep="\n")
    return 0


def compatibility(spec: Path, out: Path) -> list[str]:
    """`h2ogpte-ext spec check` of the hand-written layer against the spec just generated from: what does not
    simply work (the command lists every helper and command)."""
    sys.path[:0] = [str(out), str(ROOT)]  # this checkout's h2ogpte_ext, with the package just written
    import yaml

    from h2ogpte_ext import _needs

    facts = _needs.SpecFacts.of(yaml.safe_load(spec.read_bytes()), spec.name)  # the generator read it already
    lines = _needs.summary(facts, _needs.report(facts, _needs.declared_options()), all_lines=False)
    return ["h2ogpte_ext with this spec (h2ogpte-ext spec check SPEC lists each helper and command):", *lines]


if __name__ == "__main__":
    sys.exit(main())
