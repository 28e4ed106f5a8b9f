"""python -m h2ogpte_ext.testing --host 127.0.0.1 --port 0 --api-key KEY"""

from __future__ import annotations

import argparse

from h2ogpte_ext.testing import serve_forever


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m h2ogpte_ext.testing", description="Run a fake h2oGPTe.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--api-key", default="sk-fake-h2ogpte")
    args = parser.parse_args()
    serve_forever(args.host, args.port, args.api_key)


if __name__ == "__main__":
    main()
