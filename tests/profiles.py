"""Hypothesis profiles for kl224's suite, and :func:`examples` for tests that run fewer.

- ``ci`` (the default): 30 examples per property, **derandomized** — every run draws the same
  examples (seeded from each test's source), so the suite can only turn red on a change to the
  code, the tests or Hypothesis itself, never by chance. No example database is used.
- ``dev``: 10 examples, random, for quick edits.
- ``deep``: random, many more examples (2,000, or ``KL224_DEEP_EXAMPLES``), for *sweeps*: a
  search for bugs before they reach CI. Each failure it finds is a bug to fix, with a focused
  regression test, not a reason to lower the number. Run it with several seeds::

      KL224_HYPOTHESIS_PROFILE=deep KL224_DEEP_EXAMPLES=300 \\
          pytest -p no:randomly --hypothesis-seed=1 $(grep -l @given tests/*.py)

  (``--hypothesis-seed`` only takes effect under ``deep`` and ``dev``: a derandomized profile
  ignores it.)

Choose the profile with ``KL224_HYPOTHESIS_PROFILE`` (conftest.py loads it).
"""

from __future__ import annotations

import os
from typing import Final

from hypothesis import HealthCheck, settings

CI_EXAMPLES: Final = 30
"""Examples per property under ``ci``; :func:`examples` scales from it."""

_COMMON: Final = {
    "deadline": None,
    # Reports are large composite values; generating them is slow by Hypothesis's standards.
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}

settings.register_profile(
    "ci", max_examples=CI_EXAMPLES, derandomize=True, print_blob=True,
    **_COMMON,  # type: ignore[arg-type]
)
# Random by name: under a CI environment variable Hypothesis's own defaults are derandomized,
# and a profile would inherit that.
settings.register_profile(
    "dev", max_examples=10, derandomize=False, **_COMMON  # type: ignore[arg-type]
)
settings.register_profile(
    "deep", max_examples=int(os.environ.get("KL224_DEEP_EXAMPLES", "2000")), derandomize=False,
    print_blob=True, **_COMMON,  # type: ignore[arg-type]
)


def load() -> None:
    """Load the profile ``KL224_HYPOTHESIS_PROFILE`` names (``ci`` by default)."""
    settings.load_profile(os.environ.get("KL224_HYPOTHESIS_PROFILE", "ci"))


def examples(under_ci: int) -> int:
    """A slow property's number of examples: ``under_ci`` under the ``ci`` profile, the same
    share of the loaded profile's examples under any other (so a ``deep`` sweep runs the slow
    properties deeply too, instead of stopping at the number CI can afford)."""
    return max(1, round(under_ci * settings().max_examples / CI_EXAMPLES))
