"""Completeness: every outline item is filled, with the figures and parts the outline asks for.

An empty item gets one finding (KL224-C101) and no other completeness finding: its missing
figures and parts all follow from it. Figures inside a "(nếu có)" part answered
:class:`~kl224.model.NotApplicable` are not required; figures inside one left unanswered count
as missing, and the part itself gets one finding (KL224-C103) rather than one per figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from kl224.model.figures import figure_fields, iter_figures, resolve
from kl224.model.narrative import SYNTHESIS_MARK
from kl224.model.report import Report
from kl224.model.values import FigureInfo, Level, NotApplicable, Paragraph
from kl224.outline import OutlineNode, items, node
from kl224.validation.context import RuleContext
from kl224.validation.findings import Completeness, Issue, PartCompleteness
from kl224.validation.pointers import child

__all__ = [
    "COMPLETENESS_RULES",
    "RequiredFigure",
    "check_assessment",
    "check_context",
    "check_items",
    "check_proposals",
    "check_synthesis",
    "check_targets",
    "has_content",
    "measure",
    "required_figures",
]


def has_content(value: object) -> bool:
    """Whether a model value holds anything: text that is not blank, a number (zero
    included), a date, True, or a list or object holding such. ``None``, False, blank text
    and :class:`NotApplicable` hold nothing."""
    if value is None or isinstance(value, NotApplicable):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return any(has_content(v) for v in value)
    cls: Any = type(value)
    if attrs.has(cls):
        return any(has_content(getattr(value, a.name)) for a in attrs.fields(cls))
    return True


@attrs.frozen(kw_only=True)
class RequiredFigure:
    """A figure the outline asks for: where it sits, its metadata, and whether it is given.

    ``unanswered`` names the "(nếu có)" part it sits in when that part is left unanswered.
    """

    pointer: str
    info: FigureInfo
    reported: bool
    unanswered: str | None = None


def _asked(info: FigureInfo, level: Level) -> bool:
    # A commune is one commune: its share of communes (1/1 or 0/1) may be left out.
    return info.asked_at(level) and not (level == "commune" and info.over == "communes")


def required_figures(report: Report, item: OutlineNode) -> tuple[RequiredFigure, ...]:
    """The required figures of an outline item, in field order: none unless the outline asks
    the item for figures; those inside a part answered "not applicable" left out, and those
    the outline does not ask of the report's level (a commune's political training centre,
    its share of communes)."""
    if not item.needs_figures:
        return ()
    obj = resolve(report, item.path)
    cls: type = type(obj)
    given = {f.pointer: f.reported for f in iter_figures(obj, item.path)}
    out: list[RequiredFigure] = []
    level = report.meta.level
    for field in figure_fields(cls):
        if not field.info.required or not _asked(field.info, level):
            continue
        pointer = item.path + field.pointer
        part = next((p for p in item.optional_paths if pointer.startswith(p + "/")), None)
        answer = resolve(report, part) if part is not None else None
        if part is not None and isinstance(answer, NotApplicable):
            continue
        out.append(
            RequiredFigure(
                pointer=pointer,
                info=field.info,
                reported=given.get(pointer, False),
                unanswered=part if part is not None and answer is None else None,
            )
        )
    return tuple(out)


def _filled(report: Report, item: OutlineNode) -> bool:
    return has_content(resolve(report, item.path))


def check_items(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C101 empty item, KL224-C102 missing required figure, KL224-C103 unanswered
    "(nếu có)" part; KL224-C115 when no item at all is filled (a blank form is not a report)."""
    empty = 0
    for item in items():
        if not _filled(report, item):
            empty += 1
            yield Issue(code="KL224-C101", pointer=item.path, params={"item": item.key})
            continue
        for part in item.optional_paths:
            if resolve(report, part) is None:
                yield Issue(code="KL224-C103", pointer=part, params={"item": item.key})
        for figure in required_figures(report, item):
            if not figure.reported and figure.unanswered is None:
                yield Issue(
                    code="KL224-C102",
                    pointer=figure.pointer,
                    params={
                        "item": item.key,
                        "label": figure.info.label,
                        "label_en": figure.info.label_en,
                    },
                )
    if empty == len(items()):
        yield Issue(code="KL224-C115", pointer="", params={"items": empty})


def _lacks(report: Report, pointer: str) -> bool:
    return not has_content(resolve(report, pointer))


def _item_checks(
    report: Report, key: str, checks: tuple[tuple[str, str], ...]
) -> Iterator[Issue]:
    item = node(key)
    if not _filled(report, item):
        return
    for code, field in checks:
        pointer = child(item.path, field)
        if _lacks(report, pointer):
            yield Issue(code=code, pointer=pointer, params={"item": key})


def check_context(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C104/C105: part A names the advantages and the difficulties."""
    yield from _item_checks(
        report, "A", (("KL224-C104", "advantages"), ("KL224-C105", "difficulties"))
    )


def check_assessment(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C106–C111: B.III states strengths and shortcomings, the units that did well and
    badly, and both internal and external causes."""
    yield from _item_checks(
        report, "B.III.1", (("KL224-C106", "narrative"), ("KL224-C107", "good_units"))
    )
    yield from _item_checks(
        report,
        "B.III.2",
        (
            ("KL224-C108", "shortcomings"),
            ("KL224-C109", "weak_units"),
            ("KL224-C110", "internal_causes"),
            ("KL224-C111", "external_causes"),
        ),
    )


def check_proposals(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C112: part C makes proposals or says explicitly that it makes none."""
    item = node("C")
    proposals = report.proposals
    if _filled(report, item) and not proposals.none_to_make and not has_content(proposals.items):
        yield Issue(code="KL224-C112", pointer=child(item.path, "items"), params={"item": "C"})


def check_targets(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C113: every target of B.II.1 has a result."""
    path = child(node("B.II.1").path, "targets")
    for index, target in enumerate(report.tasks.objectives.targets):
        if target.result is None:
            yield Issue(
                code="KL224-C113",
                pointer=child(path, index, "result"),
                params={"item": "B.II.1", "index": index + 1, "indicator": target.indicator},
            )


def check_synthesis(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-C114: no item still holds a roll-up's draft synthesis paragraph (one that starts
    with :data:`~kl224.model.SYNTHESIS_MARK`): the office writes its own before issuing."""
    for item in items():
        narrative = resolve(report, item.path).narrative
        for index, block in enumerate(narrative):
            if isinstance(block, Paragraph) and block.text.startswith(SYNTHESIS_MARK):
                yield Issue(
                    code="KL224-C114",
                    pointer=child(item.path, "narrative", index),
                    params={"item": item.key},
                )


COMPLETENESS_RULES = (
    check_items,
    check_context,
    check_assessment,
    check_proposals,
    check_targets,
    check_synthesis,
)
"""The completeness rules, in catalogue order."""


def _part_key(item: OutlineNode) -> str:
    # Each task of B.II is a part of its own in the reporting-rate table; B.I and B.III
    # group their items; A and C are items themselves.
    if item.level == 3 and item.parent_key != "B.II":
        return item.parent_key or item.key
    return item.key


def measure(report: Report) -> Completeness:
    """The share of items filled and of required figures reported, overall and for each part
    (A, B.I, B.II.1–10, B.III, C)."""
    counts: dict[str, list[int]] = {}
    for item in items():
        figures = required_figures(report, item)
        row = counts.setdefault(_part_key(item), [0, 0, 0, 0])
        row[0] += 1
        row[1] += _filled(report, item)
        row[2] += len(figures)
        row[3] += sum(f.reported for f in figures)
    parts = tuple(
        PartCompleteness(
            key=key,
            title=node(key).title,
            items=row[0],
            items_filled=row[1],
            figures=row[2],
            figures_reported=row[3],
        )
        for key, row in counts.items()
    )
    overall = PartCompleteness(
        key="",
        title="Toàn bộ báo cáo",
        items=sum(p.items for p in parts),
        items_filled=sum(p.items_filled for p in parts),
        figures=sum(p.figures for p in parts),
        figures_reported=sum(p.figures_reported for p in parts),
    )
    return Completeness(overall=overall, parts=parts)
