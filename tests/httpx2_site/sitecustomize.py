"""The httpx2 leg's alias in the Pythons its tests start (the h2ogpte-ext command, scripts/demo.py, the fake
server): tests/__init__.py puts this folder first on their PYTHONPATH, so Python runs this module at start-up,
before anything imports httpx, as the leg's own process does. Not on any path otherwise."""

import httpx2

httpx2.alias_httpx()
