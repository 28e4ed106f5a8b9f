"""Token providers over the fake, for the tests of `auth=` (the client's and the OpenAI door's)."""

from __future__ import annotations

import asyncio
import time

from h2ogpte_ext.testing import FakeH2OGPTE


class Tokens:
    """A token provider over the fake: each call issues a new token, good for `uses` requests (None: always);
    `bad=True` gives a token the fake never accepts; each call takes `delay` seconds. `given` lists what it
    returned."""

    def __init__(self, fake: FakeH2OGPTE, uses: int | None = None, *, bad: bool = False, delay: float = 0.0) -> None:
        self.fake, self.uses, self.bad, self.delay = fake, uses, bad, delay
        self.given: list[str] = []

    def __call__(self) -> str:
        time.sleep(self.delay)
        return self._issued()

    def _issued(self) -> str:
        token = "tok-refused-by-the-fake" if self.bad else self.fake.issue_token(uses=self.uses)
        self.given.append(token)
        return token


class AsyncTokens(Tokens):
    async def __call__(self) -> str:  # type: ignore[override]
        await asyncio.sleep(self.delay)
        return self._issued()
