"""The workflow helpers, written once as async code; `h2ogpte_ext._sync` is their sync twin, written from this
package by `scripts/unasync_twins.py` (never edit `_sync` by hand; `tests/test_twins.py` checks it is current).

Each module holds one concern as a mixin of `AsyncH2OGPTE` (jobs, chat, ...); `_io` holds the few primitives
that differ between the two worlds (sleeping, what an interruption is) and is written by hand in both.
"""
