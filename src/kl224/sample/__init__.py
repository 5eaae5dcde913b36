"""Complete, realistic and fictional reports: the showcases the CLI and the tests use.

Two samples, one per reporting level that writes this report: ``"district"`` (the default),
the report of an imagined standing board of Huyện ủy Tam Đường (Lai Châu) in 2024, and
``"commune"``, that of an imagined Đảng ủy xã Bản Bo in 2025, after district committees were
dissolved (see ``_commune.py``). In the district sample every item
holds narrative, every figure field of the model is filled, and the figures agree with each
other and with the prose: each count is written once, as a local name, and used both in the
figure field and in the sentence that states it. Names of people are invented.
"""

from __future__ import annotations

import functools
from typing import Final, Literal

from kl224.model import Report
from kl224.sample._assessment import district_assessment
from kl224.sample._commune import commune_report
from kl224.sample._context import district_context
from kl224.sample._leadership import district_leadership
from kl224.sample._meta import district_meta
from kl224.sample._proposals import district_proposals
from kl224.sample._tasks import district_tasks

__all__ = ["SAMPLES", "SampleName", "sample_report"]

SampleName = Literal["district", "commune"]
"""The embedded samples, by the level of the committee that writes them."""

SAMPLES: Final[tuple[SampleName, ...]] = ("district", "commune")
"""Every sample's name, the default first."""


@functools.cache
def sample_report(name: SampleName = "district") -> Report:
    """A sample report, built once per process: ``"district"`` (Huyện ủy Tam Đường, 2024)
    or ``"commune"`` (Đảng ủy xã Bản Bo, 2025). Both validate without a finding under the
    final policy.

    The report is frozen, so every caller can share the same object. Raises ValueError for
    another name.
    """
    if name == "commune":
        return commune_report()
    if name != "district":
        raise ValueError(f"no sample named {name!r}; choose one of {', '.join(SAMPLES)}")
    meta = district_meta()
    leadership = district_leadership()
    tasks = district_tasks(meta)
    return Report(
        meta=meta,
        context=district_context(meta),
        leadership=leadership,
        tasks=tasks,
        assessment=district_assessment(leadership, tasks),
        proposals=district_proposals(),
    )
