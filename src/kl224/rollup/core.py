"""``aggregate()``: several units' reports rolled up into one report, with its findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from kl224.messages import Lang
from kl224.model.figures import field_types
from kl224.model.report import Report, ReportMeta
from kl224.model.values import Denominator
from kl224.rollup.collation import sort_key
from kl224.rollup.merge import Merger
from kl224.rollup.meta import default_meta
from kl224.validation.findings import Finding
from kl224.validation.pointers import order_key

__all__ = ["AggregateResult", "Order", "aggregate", "unit_names"]


def _gaps(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return dict(value)


@attrs.frozen(kw_only=True)
class AggregateResult:
    """A roll-up: the aggregate report, the units' reports and names it was made from (in the
    same order), what the roll-up found, and which units left which figures blank.

    ``gaps`` maps the pointer of a figure of ``report`` (``/tasks/propaganda/news_items``) to
    the units that did not report it, for every figure some units reported and others did not.
    """

    report: Report
    sources: tuple[Report, ...]
    names: tuple[str, ...]
    findings: tuple[Finding, ...]
    gaps: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_gaps, eq=False, hash=False
    )

    def missing(self, pointer: str) -> tuple[str, ...]:
        """The units that did not report the figure at ``pointer`` (empty if all did)."""
        return self.gaps.get(pointer, ())


def unit_names(reports: Sequence[Report]) -> tuple[str, ...]:
    """Each report's unit name, its issuing body (``Đơn vị 2`` when blank); a name that
    repeats gets ``(2)``, ``(3)`` … so every column of the comparison is distinct."""
    out: list[str] = []
    seen: Counter[str] = Counter()
    for index, report in enumerate(reports, start=1):
        name = " ".join(report.meta.issuing_body.split()) or f"Đơn vị {index}"
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(out)


def _meta_findings(
    reports: Sequence[Report], names: Sequence[str], meta: ReportMeta, merger: Merger
) -> ReportMeta:
    """Fill the district totals (communes, villages) and note what differs between units."""
    fields: tuple[tuple[Denominator, str, str], ...] = (
        ("communes", "xã, thị trấn", "communes"),
        ("villages", "thôn, bản, tổ dân phố", "villages"),
    )
    for field, what, what_en in fields:
        stated: list[int | None] = [r.meta.denominator(field) for r in reports]
        lacking = [n for n, v in zip(names, stated, strict=True) if v is None]
        total = None if lacking else sum(v for v in stated if v is not None)
        given = getattr(meta, field)
        pointer = f"/meta/{field}"
        if given is None and total is not None:
            filled: dict[str, Any] = {field: total}
            meta = attrs.evolve(meta, **filled)
        elif given is None:
            merger.note("KL224-A508", pointer, what=what, what_en=what_en, names=", ".join(lacking))
        elif total is not None and given != total:
            merger.note("KL224-A509", pointer, what=what, what_en=what_en, given=given, total=total)
    conclusions = list(dict.fromkeys(r.meta.conclusion.code for r in reports))
    if len(conclusions) > 1:
        merger.note("KL224-A510", "/meta/conclusion", conclusions=", ".join(conclusions))
    periods = {r.meta.period for r in reports}
    if len(periods) > 1 and meta.period is not None:
        merger.note("KL224-A511", "/meta/period", start=meta.period.start, end=meta.period.end)
    return meta


Order = Literal["alphabetical", "input"]
"""How the units are ordered in a roll-up: by name in Vietnamese alphabetical order, or as given."""


def _ordered(
    reports: Sequence[Report], names: Sequence[str], order: Order | Sequence[str]
) -> tuple[tuple[Report, ...], tuple[str, ...]]:
    pairs = list(zip(names, reports, strict=True))
    if order == "input":
        pass
    elif order == "alphabetical":
        pairs.sort(key=lambda pair: sort_key(pair[0]))
    elif isinstance(order, str):
        raise ValueError(
            f"order must be 'alphabetical', 'input' or the units' names, not {order!r}"
        )
    else:
        wanted = list(order)
        if sorted(wanted) != sorted(names):
            raise ValueError("order must name every unit once: " + ", ".join(names))
        by_name = dict(pairs)
        pairs = [(name, by_name[name]) for name in wanted]
    return tuple(r for _, r in pairs), tuple(n for n, _ in pairs)


def aggregate(
    reports: Sequence[Report],
    *,
    meta: ReportMeta | None = None,
    names: Sequence[str] | None = None,
    order: Order | Sequence[str] = "alphabetical",
    lang: Lang = "vi",
) -> AggregateResult:
    """Roll the units' ``reports`` up into one report.

    ``meta`` is the aggregate's metadata (issuer, number, date, signer, recipients …); by
    default :func:`default_meta` derives a draft from the units' superior body. Where ``meta``
    leaves ``communes`` or ``villages`` None they become the units' totals (a commune-level
    unit that states no number of communes counts as one). ``names`` labels each unit in the
    lists, the comparison and the compendium (default: each report's issuing body).
    ``order`` puts the units in Vietnamese alphabetical order of their names (the default),
    keeps them as given (``"input"``), or follows a sequence of their names; the result's
    ``sources`` and ``names`` are in that order. Findings carry their message in ``lang``.

    The aggregate report is the provincial report's body, about as long as one unit's: the
    summed figures, a draft synthesis paragraph under each item (starting with
    :data:`~kl224.rollup.SYNTHESIS_MARK`, for the provincial office to rewrite), the listed
    sentences and proposals several units share. What each unit wrote stays in
    ``sources``, and :func:`~kl224.rollup.build_aggregate_document` prints it once, item by
    item, in an annex.

    Counts and money are summed (a figure no unit reported stays None; one some units did not
    report is the sum of the others, with a finding naming the units missing); ratios are
    summed part by part and whole by whole, never averaged; headcounts field by field;
    percentages without denominators are not combined. See docs/aggregation.md.

    Raises ValueError for no reports, ``names`` of the wrong length or with repeats, or an
    ``order`` that is not a permutation of the names.
    """
    if not reports:
        raise ValueError("aggregate() needs at least one report")
    merger = Merger(lang=lang, units=len(reports))
    if names is None:
        names = unit_names(reports)
        plain = [" ".join(r.meta.issuing_body.split()) for r in reports]
        for name, count in Counter(plain).items():
            if name and count > 1:
                merger.note("KL224-A507", "", name=name, count=count)
    else:
        names = tuple(names)
        if len(names) != len(reports):
            raise ValueError(
                f"names has {len(names)} entries for {len(reports)} reports; give one per report"
            )
        repeated = sorted(n for n, c in Counter(names).items() if c > 1)
        if repeated:
            raise ValueError(f"names must differ; repeated: {', '.join(repeated)}")
        if any(not n.strip() for n in names):
            raise ValueError("names must not be blank")
    reports, names = _ordered(reports, names, order)
    meta = _meta_findings(reports, names, meta or default_meta(reports), merger)
    hints = field_types(Report)
    parts = {
        attribute.name: merger.part(
            hints[attribute.name],
            [(n, getattr(r, attribute.name)) for n, r in zip(names, reports, strict=True)],
            f"/{attribute.name}",
        )
        for attribute in attrs.fields(Report)
        if attribute.name != "meta"
    }
    report = Report(meta=meta, **parts)
    findings = sorted(merger.findings, key=lambda f: (order_key(f.pointer), f.code))
    return AggregateResult(
        report=report,
        sources=tuple(reports),
        names=tuple(names),
        findings=tuple(findings),
        gaps=merger.gaps,
    )
