"""Hypothesis profiles for kl224's suite.

``ci`` (the default) runs enough examples to matter while the whole suite stays within a few
minutes on two cores; ``dev`` is quicker for editing; ``deep`` runs many more examples. Choose
one with the environment variable ``KL224_HYPOTHESIS_PROFILE`` (``KL224_HYPOTHESIS_PROFILE=deep
pytest``). Tests that render PDF or call LibreOffice cap their own examples with
:func:`slow_examples`, a share of the profile's number.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    # Reports are large composite values; generating them is slow by Hypothesis's standards.
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}

settings.register_profile("ci", max_examples=30, print_blob=True, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("dev", max_examples=10, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("deep", max_examples=2_000, print_blob=True, **_COMMON)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("KL224_HYPOTHESIS_PROFILE", "ci"))
