"""python -m h2ogpte_ext.testing --host 127.0.0.1 --port 0 --api-key KEY [--variety SEED] [--strict]

The same command as `h2ogpte-ext fake-server`, without click: it prints `listening on URL`, or one
`error: ...` line and exits 1 when it cannot listen.
"""

from __future__ import annotations

import argparse
import sys

from h2ogpte_ext.testing._server import cannot_listen, serve_forever


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m h2ogpte_ext.testing", description="Run a fake h2oGPTe (the same as `h2ogpte-ext fake-server`)."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--api-key", default="sk-fake-h2ogpte", help="the key the fake accepts")
    parser.add_argument("--variety", type=int, default=None, metavar="SEED", help="vary optional and null values")
    parser.add_argument("--strict", action="store_true", help="reject anything outside the spec")
    args = parser.parse_args(argv)
    try:
        serve_forever(args.host, args.port, args.api_key, variety=args.variety, strict=args.strict)
    except OSError as exc:
        print(f"error: {cannot_listen(args.host, args.port, exc)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
