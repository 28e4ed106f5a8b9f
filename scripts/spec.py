"""`nox -s fetch_spec -- URL` and `nox -s spec_diff -- OLD NEW`: the `h2ogpte-ext spec` commands from a checkout.

python scripts/spec.py fetch https://h2ogpte.example.com --api-key-env H2OGPTE_API_KEY
python scripts/spec.py diff old.yaml api-spec.yaml --fail-on-breaking
"""

import sys

from h2ogpte_ext._cli import cli

if __name__ == "__main__":
    # --json and --debug belong to the command as a whole; the rest to `spec`.
    front = [a for a in sys.argv[1:] if a in ("--json", "--debug")]
    cli([*front, "spec", *(a for a in sys.argv[1:] if a not in front)], prog_name="scripts/spec.py")
