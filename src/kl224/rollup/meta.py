"""The roll-up's metadata: a sensible default derived from the units' reports.

The default is a draft of the body the units report to, at that body's level: reports whose
superior body is "Đảng bộ tỉnh Lai Châu" roll up into a report of "Tỉnh ủy Lai Châu" (symbol
BC/TU, place "Lai Châu", level ``"province"`` whether the units are districts or communes);
"Đảng bộ huyện Tam Đường" gives "Huyện ủy Tam Đường" (BC/HU, level ``"district"``), which
a level of ``"province"`` would contradict (KL224-P406); any other superior body is taken as
a provincial one. The reporting period spans the units' periods; the number, date, signer and
recipients are left for the issuing office to fill in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from kl224.model.report import DEFAULT_SUBJECT, Period, Report, ReportMeta
from kl224.model.values import Symbol
from kl224.validation.rules.plausibility import implied_level

__all__ = ["committee_of", "default_meta"]

# The Party organisation a unit reports to, and the committee that leads it: "Đảng bộ tỉnh X"
# is led by "Tỉnh ủy X", whose documents carry the issuer code TU.
_ORGANISATION: Final = re.compile(r"^đảng bộ (tỉnh|huyện)\s+(.+)$", re.IGNORECASE)
_COMMITTEES: Final = {"tỉnh": ("Tỉnh ủy", "TU"), "huyện": ("Huyện ủy", "HU")}


def committee_of(superior_body: str) -> tuple[str, str, str] | None:
    """The committee leading a Party organisation, its issuer code and its place:
    ``"Đảng bộ tỉnh Lai Châu"`` gives ``("Tỉnh ủy Lai Châu", "TU", "Lai Châu")``; None for a
    name of another form."""
    match = _ORGANISATION.match(" ".join(superior_body.split()))
    if match is None:
        return None
    committee, code = _COMMITTEES[match.group(1).casefold()]
    place = match.group(2)
    return f"{committee} {place}", code, place


def _common(values: Sequence[str]) -> str:
    kept = {v.strip() for v in values}
    return kept.pop() if len(kept) == 1 else ""


def default_meta(reports: Sequence[Report]) -> ReportMeta:
    """A draft metadata for the roll-up of ``reports`` (see the module's description).

    ``communes`` and ``villages`` are left None here: :func:`kl224.rollup.aggregate` fills
    them with the units' totals.
    """
    superior = _common([r.meta.superior_body for r in reports])
    committee = committee_of(superior) if superior else None
    meta = ReportMeta(
        issuing_body=committee[0] if committee else superior,
        subject=_common([r.meta.subject for r in reports]) or DEFAULT_SUBJECT,
        place=committee[2] if committee else "",
        status="draft",
        level="province",
    )
    if committee is not None:
        # The level the committee's name states, read as KL224-P406 reads it.
        meta = attrs.evolve(meta, symbol=Symbol(doc_type="BC", issuer=committee[1]),
                            level=implied_level(committee[0]) or "province")
    conclusions = {r.meta.conclusion for r in reports}
    if len(conclusions) == 1:
        meta = attrs.evolve(meta, conclusion=conclusions.pop())
    periods = [r.meta.period for r in reports]
    if periods and all(p is not None for p in periods):
        starts = [p.start for p in periods if p is not None]
        ends = [p.end for p in periods if p is not None]
        meta = attrs.evolve(meta, period=Period(start=min(starts), end=max(ends)))
    return meta
