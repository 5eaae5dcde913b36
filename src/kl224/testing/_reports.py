"""Strategies for whole reports and their metadata: any, complete, and incomplete with the
exact findings they must produce."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, Final

import attrs
from hypothesis import strategies as st

import kl224
from kl224 import outline
from kl224.model.figures import resolve
from kl224.model.values import LEVELS
from kl224.serialization import replace_at
from kl224.testing._args import check_choice, check_int, check_sizes
from kl224.testing._parts import Plan, draw_part, make_consistent, make_plan
from kl224.testing._values import (
    dates,
    document_refs,
    nonblank,
    periods,
    signers,
    symbols,
    text_or_default,
)
from kl224.validation.rules.completeness import required_figures
from kl224.validation.rules.plausibility import implied_level

__all__ = ["Expected", "complete_reports", "incomplete_reports", "report_metas", "reports"]

Expected = frozenset[tuple[str, str]]
"""The findings a report must produce: pairs (code, JSON Pointer)."""

# Issuing bodies and the issuer code their symbols carry (validation's DEFAULT_ISSUER_CODES),
# in the spellings offices use: the old tone placement "uỷ", capitals, the standing board, and
# names that state each level (KL224-P406 reads the level from them).
_BODIES: Final = (
    ("Huyện ủy", "HU"),
    ("Huyện uỷ", "HU"),
    ("Ban Thường vụ Huyện ủy", "HU"),
    ("Tỉnh ủy", "TU"),
    ("TỈNH UỶ", "TU"),
    ("Thành ủy", "TU"),
    ("Thị ủy", "TU"),
    ("Đảng ủy", "ĐU"),
    ("Đảng ủy xã", "ĐU"),
    ("Đảng uỷ phường", "ĐU"),
    ("Ban Thường vụ Đảng ủy thị trấn", "ĐU"),
)
_CONCLUSION_DAY: Final = kl224.DEFAULT_CONCLUSION.date or dt.date(2021, 10, 18)
_PARTS: Final = (
    ("context", kl224.Context),
    ("leadership", kl224.LeadershipWork),
    ("tasks", kl224.TaskResults),
    ("assessment", kl224.Assessment),
    ("proposals", kl224.Proposals),
)


@functools.cache
def _or_blank(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), text)


@st.composite
def _issuing_body(draw: st.DrawFn, text: st.SearchStrategy[str]) -> str:
    """Any name, or one that begins as an office's name does (and so may state a level)."""
    if draw(st.booleans()):
        return draw(text)
    return f"{draw(st.sampled_from(_BODIES))[0]} {draw(text)}"


@st.composite
def _any_meta(draw: st.DrawFn, text: st.SearchStrategy[str]) -> kl224.ReportMeta:
    return kl224.ReportMeta(
        issuing_body=draw(_issuing_body(text)),
        superior_body=draw(text),
        number=draw(st.none() | st.integers(0, 99_999)),
        symbol=draw(symbols()),
        place=draw(text),
        date=draw(st.none() | dates()),
        subject=draw(st.just(kl224.DEFAULT_SUBJECT) | text),
        conclusion=draw(st.just(kl224.DEFAULT_CONCLUSION) | document_refs(text=text)),
        request=draw(st.none() | document_refs(text=text)),
        opening=draw(st.none() | text),
        period=draw(st.none() | periods()),
        communes=draw(st.none() | st.integers(0, 1_000)),
        villages=draw(st.none() | st.integers(0, 10_000)),
        signer=draw(st.none() | signers(text=text)),
        recipients=tuple(draw(st.lists(text, max_size=4))),
        status=draw(st.sampled_from(["draft", "final"])),
        level=draw(st.sampled_from(LEVELS)),
    )


@st.composite
def _complete_meta(
    draw: st.DrawFn, text: st.SearchStrategy[str], communes: int | None, villages: int | None
) -> kl224.ReportMeta:
    # Dates in the order the rules want: the period starts no earlier than the conclusion
    # (M311) and before the report's date (M310); cited documents follow in _plan_for.
    start = draw(dates(_CONCLUSION_DAY, dt.date(2026, 12, 31)))
    end = start + dt.timedelta(days=draw(st.integers(0, 1_500)))
    day = start + dt.timedelta(days=draw(st.integers(1, 2_000)))
    body, issuer = draw(st.sampled_from(_BODIES))
    issuing_body = f"{body} {draw(text)}"
    return kl224.ReportMeta(
        # The level its name states (KL224-P406), a district's when it states none.
        level=implied_level(issuing_body) or "district",
        issuing_body=issuing_body,
        superior_body=draw(text),
        number=draw(st.integers(0, 99_999)),
        symbol=kl224.Symbol(doc_type="BC", issuer=issuer),
        place=draw(nonblank(text)),
        date=day,
        subject=draw(st.just(kl224.DEFAULT_SUBJECT) | nonblank(text)),
        request=draw(st.none() | document_refs(text=text, max_date=day)),
        # None: the customary opening sentence; "": none; else the office's own wording.
        opening=draw(st.none() | st.just("") | nonblank(text)),
        period=kl224.Period(start=start, end=end),
        communes=communes if communes is not None else draw(st.integers(0, 300)),
        villages=villages if villages is not None else draw(st.integers(0, 3_000)),
        signer=draw(signers(text=text, named=True)),
        recipients=(draw(nonblank(text)), *draw(st.lists(text, max_size=3))),
        status="final",
    )


def report_metas(
    *,
    text: st.SearchStrategy[str] | None = None,
    complete: bool = False,
    communes: int | None = None,
    villages: int | None = None,
) -> st.SearchStrategy[kl224.ReportMeta]:
    """Report metadata. ``complete``: number, date, place, signer with a name, recipients and
    an issuing body (``Huyện ủy …``, ``Tỉnh ủy …``) whose issuer code the ``BC/…`` symbol
    carries, a period starting on or after the conclusion and before the report's date, and
    the district's totals (``communes``/``villages`` when given)."""
    plan = make_plan(text, complete, communes, villages)
    if complete:
        return _complete_meta(plan.text, communes, villages)
    meta = _any_meta(plan.text)
    if communes is None and villages is None:
        return meta
    return meta.map(
        lambda m: attrs.evolve(
            m,
            communes=communes if communes is not None else m.communes,
            villages=villages if villages is not None else m.villages,
        )
    )


def _plan_for(meta: kl224.ReportMeta, text: st.SearchStrategy[str], max_blocks: int) -> Plan:
    period, day = meta.period, meta.date
    assert period is not None and day is not None
    # Documents issued in the work reported on lie in the period and not after the report
    # (K205, K206).
    return Plan(
        text=text, complete=True, communes=meta.communes, villages=meta.villages,
        first_day=period.start, last_day=min(period.end, day), max_blocks=max_blocks,
    )


@st.composite
def _complete(draw: st.DrawFn, text: st.SearchStrategy[str], max_blocks: int) -> kl224.Report:
    meta = draw(_complete_meta(text, None, None))
    plan = _plan_for(meta, text, max_blocks)
    parts = {name: draw_part(draw, cls, plan) for name, cls in _PARTS}
    return make_consistent(kl224.Report(meta=meta, **parts))


@st.composite
def _any(draw: st.DrawFn, text: st.SearchStrategy[str], max_blocks: int) -> kl224.Report:
    # Any report may leave any text blank, whatever ``text`` draws.
    text = _or_blank(text)
    meta = draw(_any_meta(text))
    plan = Plan(text=text, max_blocks=max_blocks)
    return kl224.Report(meta=meta, **{name: draw_part(draw, cls, plan) for name, cls in _PARTS})


def complete_reports(
    *, text: st.SearchStrategy[str] | None = None, max_blocks: int = 3
) -> st.SearchStrategy[kl224.Report]:
    """Reports that are complete, consistent and plausible: ``kl224.validate(report,
    policy="final")`` finds nothing at all (under ``"draft"`` only ``KL224-M312``: their
    status is ``"final"``). Every item is filled, every required figure reported, parts are
    within wholes, ratio wholes equal the district's communes or villages, dates are in order,
    and counts of 10 or more differ between items. ``text`` draws every free string;
    ``max_blocks`` bounds each item's narrative."""
    plan = make_plan(text, True, max_blocks=max_blocks)
    return _complete(plan.text, plan.max_blocks)


def reports(
    *, text: st.SearchStrategy[str] | None = None, max_blocks: int = 3
) -> st.SearchStrategy[kl224.Report]:
    """Any report the model accepts — and so :func:`kl224.loads` reads back from its JSON —
    from empty to complete, consistent or not: figures absent or present, parts that exceed
    their wholes across fields, documents dated anywhere, any symbol and metadata (any level,
    issuing bodies whose names state a level or contradict it, an opening sentence absent,
    blank or reworded), and any text left blank."""
    plan = make_plan(text, False, max_blocks=max_blocks)
    return st.one_of(
        _any(plan.text, plan.max_blocks),
        _complete(plan.text, plan.max_blocks),
        _incomplete(plan.text, plan.max_blocks, "final", 1, 4).map(lambda pair: pair[0]),
    )


# ------------------------------------------------------------------------------------------
# Incomplete reports: a complete one with gaps, each gap a finding.


@attrs.frozen
class _Gap:
    """One thing taken out of a complete report and the finding that must say so."""

    code: str
    pointer: str
    apply: Callable[[kl224.Report], kl224.Report] = attrs.field(eq=False)

    @property
    def finding(self) -> tuple[str, str]:
        return (self.code, self.pointer)


def _set(pointer: str, value: Any) -> Callable[[kl224.Report], kl224.Report]:
    def apply(report: kl224.Report) -> kl224.Report:
        changed: kl224.Report = replace_at(report, pointer, value)
        return changed

    return apply


def _inside(pointer: str, path: str) -> bool:
    return pointer == path or pointer.startswith(path + "/")


def _gaps(report: kl224.Report) -> list[_Gap]:
    """Every gap a complete report can be given, in outline order."""
    gaps: list[_Gap] = []
    meta = report.meta
    for code, pointer, value in (
        ("KL224-M303", "/meta/number", None),
        ("KL224-M304", "/meta/date", None),
        ("KL224-M305", "/meta/place", " "),
        ("KL224-M306", "/meta/signer", None),
        ("KL224-M307", "/meta/signer/name", ""),
        ("KL224-M308", "/meta/recipients", ()),
        ("KL224-M309", "/meta/issuing_body", ""),
        ("KL224-M301", "/meta/symbol", kl224.Symbol(doc_type="KH", issuer=meta.symbol.issuer)),
    ):
        gaps.append(_Gap(code, pointer, _set(pointer, value)))
    wrong = "TU" if meta.symbol.issuer == "HU" else "HU"

    def wrong_issuer(r: kl224.Report) -> kl224.Report:
        changed: kl224.Report = replace_at(
            r, "/meta/symbol", attrs.evolve(r.meta.symbol, issuer=wrong)
        )
        return changed

    gaps.append(_Gap("KL224-M302", "/meta/symbol", wrong_issuer))
    for item in outline.items():
        cls: type = type(resolve(report, item.path))
        gaps.append(_Gap("KL224-C101", item.path, _set(item.path, cls())))
        for part in item.optional_paths:
            gaps.append(_Gap("KL224-C103", part, _set(part, None)))
        # The figures completeness asks of this report (its level, its answered parts).
        for figure in required_figures(report, item):
            empty = () if figure.info.kind in ("documents", "targets") else None
            gaps.append(_Gap("KL224-C102", figure.pointer, _set(figure.pointer, empty)))
    for code, pointer, value in (
        ("KL224-C104", "/context/advantages", ()),
        ("KL224-C105", "/context/difficulties", ()),
        ("KL224-C106", "/assessment/strengths/narrative", ()),
        ("KL224-C107", "/assessment/strengths/good_units", ()),
        ("KL224-C108", "/assessment/shortcomings/shortcomings", ()),
        ("KL224-C109", "/assessment/shortcomings/weak_units", ()),
        ("KL224-C110", "/assessment/shortcomings/internal_causes", ()),
        ("KL224-C111", "/assessment/shortcomings/external_causes", ()),
    ):
        gaps.append(_Gap(code, pointer, _set(pointer, value)))

    def no_proposals(r: kl224.Report) -> kl224.Report:
        emptied = attrs.evolve(r.proposals, items=(), none_to_make=False)
        changed: kl224.Report = replace_at(r, "/proposals", emptied)
        return changed

    gaps.append(_Gap("KL224-C112", "/proposals/items", no_proposals))
    for index in range(len(report.tasks.objectives.targets)):
        pointer = f"/tasks/objectives/targets/{index}/result"
        gaps.append(_Gap("KL224-C113", pointer, _set(pointer, None)))
    return gaps


def _dominated(gap: _Gap, chosen: list[_Gap]) -> bool:
    """Whether another chosen gap hides this one's finding: an emptied item hides everything
    in it, an unanswered "(nếu có)" part the figures in it, missing targets their results, a
    missing signer its name, a missing issuing body the issuer check."""
    for other in chosen:
        if other is gap:
            continue
        if other.code in ("KL224-C101", "KL224-C103") and gap.pointer.startswith(
            other.pointer + "/"
        ):
            return True
        if (other.code, other.pointer, gap.code) == ("KL224-C101", "/proposals", "KL224-C112"):
            return True
    codes = {g.code for g in chosen}
    return (
        (gap.code == "KL224-C113" and ("KL224-C102", "/tasks/objectives/targets") in
         {g.finding for g in chosen})
        or (gap.code == "KL224-M307" and "KL224-M306" in codes)
        or (gap.code == "KL224-M302" and "KL224-M309" in codes)
    )


@st.composite
def _incomplete(
    draw: st.DrawFn,
    text: st.SearchStrategy[str],
    max_blocks: int,
    policy: str,
    min_gaps: int,
    max_gaps: int | None,
) -> tuple[kl224.Report, Expected]:
    report = draw(_complete(text, max_blocks))
    candidates = _gaps(report)
    upper = len(candidates) if max_gaps is None else min(max_gaps, len(candidates))
    picked = draw(
        st.lists(
            st.sampled_from(range(len(candidates))),
            min_size=min(min_gaps, upper), max_size=upper, unique=True,
        )
    )
    chosen = [candidates[i] for i in sorted(picked)]
    kept = [gap for gap in chosen if not _dominated(gap, chosen)]
    # An item emptied last, so the other gaps' replacements find their fields.
    for gap in sorted(kept, key=lambda g: g.code == "KL224-C101"):
        report = gap.apply(report)
    expected = {gap.finding for gap in kept}
    strengths = report.assessment.strengths
    if not strengths.narrative and not strengths.good_units and not strengths.extra_figures:
        # With both its narrative and its good units gone, B.III.1 is an empty item.
        expected -= {("KL224-C106", "/assessment/strengths/narrative"),
                     ("KL224-C107", "/assessment/strengths/good_units")}
        expected.add(("KL224-C101", "/assessment/strengths"))
    if all(("KL224-C101", item.path) in expected for item in outline.items()):
        expected.add(("KL224-C115", ""))
    if policy == "draft" and report.meta.status == "final":
        expected.add(("KL224-M312", "/meta/status"))
    return report, frozenset(expected)


def incomplete_reports(
    *,
    text: st.SearchStrategy[str] | None = None,
    policy: str = "final",
    min_gaps: int = 1,
    max_gaps: int | None = 6,
    max_blocks: int = 3,
) -> st.SearchStrategy[tuple[kl224.Report, Expected]]:
    """Pairs ``(report, expected)``: a complete report (see :func:`complete_reports`) with
    ``min_gaps`` to ``max_gaps`` things taken out — an item emptied, a required figure or a
    target's result removed, a "(nếu có)" part left unanswered, a list completeness asks for
    emptied, proposals removed, a metadata field blanked, a wrong symbol — and ``expected``, the
    frozenset of ``(code, pointer)`` of **every** finding ``kl224.validate(report,
    policy=policy)`` yields, no more and no fewer. A gap another gap hides (a figure of an
    emptied item) yields no finding of its own, so ``expected`` may hold fewer pairs than gaps,
    but never none. Under ``"final"`` every expected finding is an error (the report is not
    ``ok``); under ``"draft"`` none is, and ``KL224-M312`` is expected when the status is
    ``"final"``."""
    check_choice(policy, "policy", ("draft", "final"))
    check_sizes(min_gaps, max_gaps, what="gaps")
    check_int(min_gaps, "min_gaps", minimum=1)
    words = text_or_default(text)
    check_int(max_blocks, "max_blocks")
    return _incomplete(words, max_blocks, policy, min_gaps, max_gaps)
