"""python -m h2ogpte_ext.testing --host 127.0.0.1 --port 0 --api-key KEY [--variety SEED] [--strict]"""

from __future__ import annotations

import argparse

from h2ogpte_ext.testing import serve_forever


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m h2ogpte_ext.testing", description="Run a fake h2oGPTe.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--api-key", default="sk-fake-h2ogpte")
    parser.add_argument("--variety", type=int, default=None, metavar="SEED", help="vary optional and null values")
    parser.add_argument("--strict", action="store_true", help="reject anything outside the spec")
    args = parser.parse_args()
    serve_forever(args.host, args.port, args.api_key, variety=args.variety, strict=args.strict)


if __name__ == "__main__":
    main()
