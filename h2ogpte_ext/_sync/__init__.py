"""The sync twins of `h2ogpte_ext._async`, written from it by `scripts/unasync_twins.py` (except `_io.py`)."""
