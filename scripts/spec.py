"""`nox -s fetch_spec -- URL` and `nox -s spec_diff -- OLD NEW`: the `h2ogpte-ext spec` commands from a checkout.

python scripts/spec.py fetch https://h2ogpte.example.com --api-key-env H2OGPTE_API_KEY
python scripts/spec.py diff old.yaml api-spec.yaml --json
python scripts/spec.py diff old.yaml api-spec.yaml --format markdown   # for a pull request's body

`diff` exits 0 when nothing breaks, 1 when something breaks (with its report either way), 2 on an invalid
document or a usage error. `check` prints which helpers and commands work with a spec.
"""

import sys

from h2ogpte_ext._cli import main

if __name__ == "__main__":
    main(["spec", *sys.argv[1:]], prog_name="scripts/spec.py")
