"""A complete, realistic and fictional report: the showcase the CLI and the tests use.

The report is that of an imagined standing board of Huyện ủy Tam Đường (Lai Châu). Every item
holds narrative, every figure field of the model is filled, and the figures agree with each
other and with the prose: each count is written once, as a local name, and used both in the
figure field and in the sentence that states it. Names of people are invented.
"""

from __future__ import annotations

import functools

from kl224.model import Report
from kl224.sample._assessment import _assessment
from kl224.sample._context import _context
from kl224.sample._leadership import _leadership
from kl224.sample._meta import _meta
from kl224.sample._proposals import _proposals
from kl224.sample._tasks import _tasks

__all__ = ["sample_report"]


@functools.cache
def sample_report() -> Report:
    """The sample report of Huyện ủy Tam Đường, built once per process.

    The report is frozen, so every caller can share the same object.
    """
    meta = _meta()
    leadership = _leadership()
    tasks = _tasks(meta)
    return Report(
        meta=meta,
        context=_context(meta),
        leadership=leadership,
        tasks=tasks,
        assessment=_assessment(leadership, tasks),
        proposals=_proposals(),
    )
