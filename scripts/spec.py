"""`nox -s fetch_spec -- URL` and `nox -s spec_diff -- OLD NEW`: the `h2ogpte-ext spec` commands from a checkout.

python scripts/spec.py fetch https://h2ogpte.example.com --api-key-env H2OGPTE_API_KEY
python scripts/spec.py diff old.yaml api-spec.yaml --fail-on-breaking --json
python scripts/spec.py diff old.yaml api-spec.yaml --format markdown   # for a pull request's body

`diff` exits 0 with its report, 1 when something breaks and --fail-on-breaking was given, 2 on an invalid
document or a usage error.
"""

import sys

from h2ogpte_ext._cli import main

if __name__ == "__main__":
    main(["spec", *sys.argv[1:]], prog_name="scripts/spec.py")
