"""Strategies for the parts of a report (A, B.I, B.II, B.III, C), any or complete.

A part is drawn field by field from the model's own metadata: every figure field by its
:class:`~kl224.model.FigureInfo` kind, narrative and lists by name. A *complete* part fills every
item, every required figure and every list completeness asks for, and keeps the values
consistent and plausible as the validation rules define it (the rules' own tables of parts and
wholes and of people per event drive the adjustments), so it validates without any finding.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, Final

import attrs
from hypothesis import strategies as st

import kl224
from kl224 import outline
from kl224.model.figures import field_types, resolve, union_members
from kl224.model.values import FigureInfo, figure_info
from kl224.serialization import replace_at
from kl224.testing._args import check_bool, check_int
from kl224.testing._values import (
    FIRST_DAY,
    LAST_DAY,
    document_refs,
    extra_figures,
    headcounts,
    money,
    narratives,
    nonblank,
    not_applicables,
    percents,
    ratios,
    targets,
    text_or_default,
    units,
)
from kl224.validation.rules.consistency import PARTS_OF_WHOLES, SUMS_OF_PARTS
from kl224.validation.rules.plausibility import COUNTS_PER_EVENT, REPEAT_THRESHOLD

__all__ = [
    "Plan",
    "assessments",
    "contexts",
    "draw_part",
    "leadership_works",
    "make_consistent",
    "proposals",
    "task_results",
]

MAX_COUNT: Final = 1_000_000
_CLASSES: Final = 32  # > the number of outline items: one residue class of counts per item
# Lists completeness asks to be non-empty (C104, C105, C108, C110, C111).
_REQUIRED_LISTS: Final = frozenset(
    {"advantages", "difficulties", "shortcomings", "internal_causes", "external_causes"}
)
_BLANK_REPORT: Final = kl224.Report(meta=kl224.ReportMeta())
_ITEM_INDEX: Final = {
    type(resolve(_BLANK_REPORT, n.path)): i for i, n in enumerate(outline.items())
}
# More supported trainees than trainees is a plausibility warning (KL224-P404).
_SUPPORTED: Final = ("/tasks/facilities/supported_trainees", "/tasks/political_theory/trainees")


@attrs.frozen(kw_only=True)
class Plan:
    """How to draw a part: the text, whether complete, the district's totals that ratio wholes
    equal, the dates documents fall between, and the most narrative blocks per item."""

    text: st.SearchStrategy[str]
    complete: bool = False
    communes: int | None = None
    villages: int | None = None
    first_day: dt.date = FIRST_DAY
    last_day: dt.date = LAST_DAY
    max_blocks: int = 3


def _spread(value: int, index: int, up: bool) -> int:
    """Move a count of 10 or more into the residue class of its item, so equal counts never
    appear in two items (KL224-P403); small counts may repeat."""
    if value < REPEAT_THRESHOLD:
        return value
    if up:
        return value + (index - value) % _CLASSES
    moved = value - (value - index) % _CLASSES
    return moved if moved >= REPEAT_THRESHOLD else REPEAT_THRESHOLD - 1


class _Kit:
    """The strategies a plan draws from, built once: building strategies at every draw costs
    more than drawing from them."""

    def __init__(self, plan: Plan) -> None:
        complete, text = plan.complete, plan.text
        limit = Decimal(100) if complete else Decimal(10**9)
        size = 1 if complete else 0
        self.text = text
        self.nonblank = nonblank(text)
        self.counts: dict[int, st.SearchStrategy[int]] = {}
        self.ratios: dict[int | None, st.SearchStrategy[kl224.Ratio]] = {None: ratios()}
        self.headcount = headcounts(consistent=complete)
        self.money = money()
        self.percent = percents()
        self.documents = document_refs(
            text=text, min_date=plan.first_day, max_date=plan.last_day
        )
        # Percentages above 100 are a plausibility warning (KL224-P402): complete stays below.
        self.targets = targets(text=text, with_result=True if complete else None, max_value=limit)
        self.narrative = narratives(
            text=text, min_size=size, max_size=max(size, plan.max_blocks), nonblank_first=complete
        )
        self.extras = st.lists(extra_figures(text=text, max_value=limit), max_size=2)
        self.units = st.lists(units(text=text, named=complete), min_size=size, max_size=3)
        self.not_applicable = not_applicables(text=text)
        self.proposal = st.builds(kl224.Proposal, text=text, addressee=text)
        self.named_proposal = st.builds(kl224.Proposal, text=self.nonblank, addressee=text)

    def count(self, index: int, complete: bool) -> st.SearchStrategy[int]:
        if index not in self.counts:
            count = st.integers(0, MAX_COUNT if complete else 10**7)
            if complete:
                count = count.map(lambda v: _spread(v, index, up=True))
            self.counts[index] = count
        return self.counts[index]

    def ratio(self, whole: int | None) -> st.SearchStrategy[kl224.Ratio]:
        if whole not in self.ratios:
            self.ratios[whole] = ratios(whole=whole)
        return self.ratios[whole]


@functools.cache
def _kit(plan: Plan) -> _Kit:
    return _Kit(plan)


def _maybe(draw: st.DrawFn, plan: Plan, info: FigureInfo, value: st.SearchStrategy[Any]) -> Any:
    if plan.complete and info.required:
        return draw(value)
    return draw(st.none() | value)


def _figure(draw: st.DrawFn, info: FigureInfo, plan: Plan, index: int) -> Any:
    kind, complete, kit = info.kind, plan.complete, _kit(plan)
    if kind == "count":
        return _maybe(draw, plan, info, kit.count(index, complete))
    if kind == "ratio":
        total = getattr(plan, info.over) if info.over else None
        return _maybe(draw, plan, info, kit.ratio(total if complete else None))
    if kind == "headcount":
        return _maybe(draw, plan, info, kit.headcount)
    if kind == "money":
        return _maybe(draw, plan, info, kit.money)
    if kind == "percent":
        return _maybe(draw, plan, info, kit.percent)
    size = 1 if complete and info.required else 0
    rows = kit.documents if kind == "documents" else kit.targets
    return tuple(draw(st.lists(rows, min_size=size, max_size=3)))


def _texts(draw: st.DrawFn, plan: Plan, required: bool) -> tuple[str, ...]:
    kit = _kit(plan)
    if plan.complete and required:
        return (draw(kit.nonblank), *draw(st.lists(kit.text, max_size=2)))
    return tuple(draw(st.lists(kit.text, max_size=3)))


def _proposals(draw: st.DrawFn, plan: Plan) -> dict[str, Any]:
    kit = _kit(plan)
    if plan.complete:
        if draw(st.booleans()):
            return {"items": (), "none_to_make": True}
        rest = draw(st.lists(kit.proposal, max_size=2))
        return {"items": (draw(kit.named_proposal), *rest), "none_to_make": False}
    return {
        "items": tuple(draw(st.lists(kit.proposal, max_size=3))),
        "none_to_make": draw(st.booleans()),
    }


def draw_part(draw: st.DrawFn, cls: type, plan: Plan, index: int | None = None) -> Any:
    """Draw an instance of the model class ``cls`` (an item, a group of items, or a nested
    value such as the radio network) by ``plan``."""
    index = _ITEM_INDEX.get(cls, index)
    kit = _kit(plan)
    fields: dict[str, Any] = {}
    if cls is kl224.Proposals:
        fields.update(_proposals(draw, plan))
    for attribute in attrs.fields(cls):
        name, hint = attribute.name, field_types(cls)[attribute.name]
        info = figure_info(attribute)
        if name in fields:
            continue
        if info is not None:
            fields[name] = _figure(draw, info, plan, index or 0)
        elif name == "narrative":
            fields[name] = draw(kit.narrative)
        elif name == "extra_figures":
            fields[name] = tuple(draw(kit.extras))
        elif hint == tuple[str, ...]:
            fields[name] = _texts(draw, plan, name in _REQUIRED_LISTS)
        elif hint == tuple[kl224.Unit, ...]:
            fields[name] = tuple(draw(kit.units))
        elif kl224.NotApplicable in union_members(hint):
            answer = next(
                a for a in union_members(hint) if attrs.has(a) and a is not kl224.NotApplicable
            )
            choices = ("given", "not applicable") if plan.complete else (
                "none", "not applicable", "given"
            )
            choice = draw(st.sampled_from(choices))
            if choice == "given":
                fields[name] = draw_part(draw, answer, plan, index)
            elif choice == "not applicable":
                fields[name] = draw(kit.not_applicable)
            else:
                fields[name] = None
        elif attrs.has(hint):
            fields[name] = draw_part(draw, hint, plan, index)
        # Any other field keeps the model's default.
    return cls(**fields)


def _get(report: kl224.Report, pointer: str) -> int | None:
    try:
        value = resolve(report, pointer)
    except KeyError:
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _index_of(pointer: str) -> int:
    return _ITEM_INDEX[type(resolve(_BLANK_REPORT, outline_path(pointer)))]


def outline_path(pointer: str) -> str:
    """The model path of the outline item holding ``pointer``."""
    best = ""
    for n in outline.items():
        if (pointer == n.path or pointer.startswith(n.path + "/")) and len(n.path) > len(best):
            best = n.path
    return best


def make_consistent(report: kl224.Report) -> kl224.Report:
    """``report`` with the counts the rules compare put in order: people at least the events
    they attended (KL224-P401), wholes at least the sum of their parts (KL224-K203) and parts
    at most their wholes (KL224-K202, KL224-P404); counts stay in their item's class."""
    for people, events in COUNTS_PER_EVENT:
        a, b = _get(report, people), _get(report, events)
        if a is not None and b is not None and a < b:
            report = replace_at(replace_at(report, people, b), events, a)
    for (first, second), whole in SUMS_OF_PARTS:
        a, b, w = _get(report, first), _get(report, second), _get(report, whole)
        if a is not None and b is not None and w is not None and a + b > w:
            report = replace_at(report, whole, _spread(a + b, _index_of(whole), up=True))
    for part, whole in (*PARTS_OF_WHOLES, _SUPPORTED):
        a, w = _get(report, part), _get(report, whole)
        if a is not None and w is not None and a > w:
            report = replace_at(report, part, _spread(w, _index_of(part), up=False))
    return report


# ------------------------------------------------------------------------------------------
# Public strategies of the parts.


def make_plan(
    text: st.SearchStrategy[str] | None,
    complete: bool,
    communes: int | None = None,
    villages: int | None = None,
    max_blocks: int = 3,
) -> Plan:
    """The checked settings every part's strategy draws with."""
    words = text_or_default(text)
    check_bool(complete, "complete")
    check_int(communes, "communes", optional=True)
    check_int(villages, "villages", optional=True)
    check_int(max_blocks, "max_blocks")
    return Plan(
        text=words, complete=complete, communes=communes, villages=villages,
        max_blocks=max_blocks,
    )


@st.composite
def _part(draw: st.DrawFn, cls: type, plan: Plan, pointer: str) -> Any:
    part = draw_part(draw, cls, plan)
    if not plan.complete:
        return part
    return resolve(make_consistent(replace_at(_BLANK_REPORT, pointer, part)), pointer)


def contexts(
    *, text: st.SearchStrategy[str] | None = None, complete: bool = False, max_blocks: int = 3
) -> st.SearchStrategy[kl224.Context]:
    """Part A. ``complete``: narrative, advantages and difficulties are never blank."""
    return _part(kl224.Context, make_plan(text, complete, max_blocks=max_blocks), "/context")


def leadership_works(
    *, text: st.SearchStrategy[str] | None = None, complete: bool = False, max_blocks: int = 3
) -> st.SearchStrategy[kl224.LeadershipWork]:
    """Part B.I. ``complete``: every item has narrative and every required figure, the
    "(nếu có)" ethnic-language part is answered, attendances are at least the conferences."""
    return _part(
        kl224.LeadershipWork, make_plan(text, complete, max_blocks=max_blocks), "/leadership"
    )


def task_results(
    *,
    text: st.SearchStrategy[str] | None = None,
    complete: bool = False,
    communes: int | None = None,
    villages: int | None = None,
    max_blocks: int = 3,
) -> st.SearchStrategy[kl224.TaskResults]:
    """Part B.II. ``complete``: every item filled with every required figure, targets with
    results, parts within wholes; ratios over communes or villages have ``communes`` or
    ``villages`` as their whole when given."""
    plan = make_plan(text, complete, communes, villages, max_blocks)
    return _part(kl224.TaskResults, plan, "/tasks")


def assessments(
    *, text: st.SearchStrategy[str] | None = None, complete: bool = False, max_blocks: int = 3
) -> st.SearchStrategy[kl224.Assessment]:
    """Part B.III. ``complete``: strengths with narrative and good units, shortcomings with
    weak units and internal and external causes."""
    return _part(kl224.Assessment, make_plan(text, complete, max_blocks=max_blocks), "/assessment")


def proposals(
    *, text: st.SearchStrategy[str] | None = None, complete: bool = False, max_blocks: int = 3
) -> st.SearchStrategy[kl224.Proposals]:
    """Part C. ``complete``: proposals, or the explicit statement that there are none (never
    both)."""
    return _part(kl224.Proposals, make_plan(text, complete, max_blocks=max_blocks), "/proposals")
