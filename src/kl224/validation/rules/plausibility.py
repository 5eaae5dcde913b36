"""Plausibility: values that are possible but suspicious. Warnings under both policies.

What is checked, and what is not on purpose:

- a count of people (or trainees) smaller than the count of events they attended: every
  conference, session or class has someone in it;
- a stated percentage above 100 — a target or result whose unit is ``%`` and an extra figure
  whose unit is ``%``. :class:`~kl224.model.Percent` needs no check (the model refuses values
  outside 0–100) and ratios compute their percentage. A target's percentage is never compared
  with a ratio of the report: nothing says which ratio an indicator means;
- the same count (10 or more) in different outline items, a sign of a value copied into the
  wrong field;
- more unsalaried trainees supported (B.II.10) than trainees at the centre (B.II.3): likely
  wrong, but support may also go to classes elsewhere, so not an error;
- a percentage written in the narrative beside its own part and whole, the way clerks write
  ratios (``12/13 xã (đạt 95%)``), that disagrees with part/whole by more than one unit of its
  last written digit (rounding or truncation). Only that written form is read: a percentage
  elsewhere in a sentence names no denominator;
- an issuing body whose name says its level (``Đảng ủy xã …``, ``Huyện ủy …``, ``… Tỉnh ủy``)
  when ``meta.level`` says another: JSON written before levels existed is read as a district's,
  and a commune's report read so would be asked for a political training centre it does not
  have. ``Thành ủy`` names no level (a city may be a district or a province).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from kl224.model.figures import iter_figures, resolve
from kl224.model.report import LEVEL_NAMES, Level, Report
from kl224.model.values import Bullet, ExtraFigure, Paragraph
from kl224.outline import items
from kl224.validation.context import RuleContext, normalize_body
from kl224.validation.findings import Issue
from kl224.validation.pointers import child, figure_info_at, lookup

__all__ = [
    "COUNTS_PER_EVENT",
    "PLAUSIBILITY_RULES",
    "REPEAT_THRESHOLD",
    "check_attendances",
    "check_level",
    "check_percentages",
    "check_repeated_values",
    "check_stated_ratios",
    "check_supported_trainees",
    "implied_level",
]

COUNTS_PER_EVENT: Final[tuple[tuple[str, str], ...]] = (
    ("/leadership/dissemination/attendances", "/leadership/dissemination/conferences"),
    ("/tasks/political_theory/trainees", "/tasks/political_theory/classes"),
    (
        "/tasks/ideological_foundation/training_attendances",
        "/tasks/ideological_foundation/training_conferences",
    ),
    ("/tasks/party_history/education_participants", "/tasks/party_history/education_sessions"),
)
"""Pairs (people, events): at least one person per event is expected."""

REPEAT_THRESHOLD: Final = 10
"""Small counts repeat by chance; from this value on a repeat across items is suspicious."""

_HUNDRED: Final = Decimal(100)


def _int(report: Report, pointer: str) -> int | None:
    value = lookup(report, pointer)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check_attendances(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P401: attendances (participants, trainees) are not fewer than the conferences
    (sessions, classes) they attended."""
    for count_pointer, per_pointer in COUNTS_PER_EVENT:
        count, per = _int(report, count_pointer), _int(report, per_pointer)
        if count is not None and per is not None and count < per:
            info, per_info = figure_info_at(count_pointer), figure_info_at(per_pointer)
            yield Issue(
                code="KL224-P401",
                pointer=count_pointer,
                related=(per_pointer,),
                params={
                    "label": info.label,
                    "label_en": info.label_en,
                    "per_label": per_info.label,
                    "per_label_en": per_info.label_en,
                    "count": count,
                    "per": per,
                },
            )


def _is_percent(unit: str) -> bool:
    return unit.strip().casefold() in ("%", "phần trăm", "percent")


def check_percentages(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P402: no stated percentage (a target or result in ``%``, an extra figure in
    ``%``) is above 100."""
    targets_path = "/tasks/objectives/targets"
    for index, target in enumerate(report.tasks.objectives.targets):
        if not _is_percent(target.unit):
            continue
        for field, value in (("target", target.target), ("result", target.result)):
            if value is not None and value > _HUNDRED:
                yield Issue(
                    code="KL224-P402",
                    pointer=child(targets_path, index, field),
                    params={"name": target.indicator, "value": value},
                )
    for item in items():
        extras: tuple[ExtraFigure, ...] = resolve(report, item.path).extra_figures
        for index, extra in enumerate(extras):
            if _is_percent(extra.unit) and extra.value > _HUNDRED:
                yield Issue(
                    code="KL224-P402",
                    pointer=child(item.path, "extra_figures", index, "value"),
                    params={"name": extra.label, "value": extra.value, "item": item.key},
                )


def check_repeated_values(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P403: the same count (at least :data:`REPEAT_THRESHOLD`) in different outline
    items; one finding per value, at its first place, the others related."""
    places: dict[int, list[tuple[str, str]]] = {}
    for item in items():
        for figure in iter_figures(resolve(report, item.path), item.path):
            value = figure.value
            if (
                figure.info.kind == "count"
                and isinstance(value, int)
                and not isinstance(value, bool)
                and value >= REPEAT_THRESHOLD
            ):
                places.setdefault(value, []).append((figure.pointer, item.key))
    for value, where in sorted(places.items()):
        keys = list(dict.fromkeys(key for _, key in where))
        if len(keys) < 2:
            continue
        yield Issue(
            code="KL224-P403",
            pointer=where[0][0],
            related=tuple(pointer for pointer, _ in where[1:]),
            params={"value": value, "places": len(where), "items": ", ".join(keys)},
        )


def check_supported_trainees(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P404: no more unsalaried trainees supported than trainees at the centre."""
    part_pointer = "/tasks/facilities/supported_trainees"
    whole_pointer = "/tasks/political_theory/trainees"
    part, whole = _int(report, part_pointer), _int(report, whole_pointer)
    if part is not None and whole is not None and part > whole:
        info, whole_info = figure_info_at(part_pointer), figure_info_at(whole_pointer)
        yield Issue(
            code="KL224-P404",
            pointer=part_pointer,
            related=(whole_pointer,),
            params={
                "label": info.label,
                "label_en": info.label_en,
                "whole_label": whole_info.label,
                "whole_label_en": whole_info.label_en,
                "part": part,
                "whole": whole,
            },
        )


_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+"
_STATED_RATIO: Final = re.compile(
    rf"(?<![\d./,])({_NUMBER})/({_NUMBER})(?![\d/])"  # 12/13
    r"[^()%\d\n]{0,40}?"  # the counted noun: " xã", " thôn, bản"
    r"\(\s*(?:đạt|bằng|chiếm|=)?\s*(\d+(?:,\d+)?)\s*%\s*\)"  # (đạt 92,3%)
)


def _vi_number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _narrative_texts(
    path: str, blocks: tuple[Paragraph | Bullet, ...]
) -> Iterator[tuple[str, str]]:
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            yield child(path, "narrative", index), block.text
        else:
            yield child(path, "narrative", index, "bullet"), block.text
            for sub_index, sub in enumerate(block.sub):
                yield child(path, "narrative", index, "sub", sub_index), sub


def check_stated_ratios(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P405: a percentage written beside its part and whole (``12/13 xã (đạt 95%)``)
    agrees with part/whole within one unit of its last written digit."""
    for item in items():
        narrative = resolve(report, item.path).narrative
        for pointer, text in _narrative_texts(item.path, narrative):
            # The pattern has no literal start, so the engine tries it at every character;
            # a text without both of its marks cannot match.
            if "%" not in text or "/" not in text:
                continue
            for match in _STATED_RATIO.finditer(text):
                part, whole = _vi_number(match.group(1)), _vi_number(match.group(2))
                stated_text = match.group(3)
                if whole == 0 or part > whole:
                    continue
                stated = _vi_number(stated_text)
                places = len(stated_text.partition(",")[2])
                actual = part * _HUNDRED / whole
                if abs(actual - stated) > Decimal(1).scaleb(-places):
                    yield Issue(
                        code="KL224-P405",
                        pointer=pointer,
                        params={
                            "ratio": f"{match.group(1)}/{match.group(2)}",
                            "stated": stated,
                            "actual": actual.quantize(Decimal("0.1")),
                        },
                    )


_LEVEL_WORDS: Final[tuple[tuple[str, Level], ...]] = (
    ("đảng ủy xã ", "commune"),
    ("đảng ủy phường ", "commune"),
    ("đảng ủy thị trấn ", "commune"),
    ("đảng ủy đặc khu ", "commune"),
    ("huyện ủy ", "district"),
    ("quận ủy ", "district"),
    ("thị ủy ", "district"),
    ("tỉnh ủy ", "province"),
)


def implied_level(issuing_body: str) -> Level | None:
    """The reporting level an issuing body's name states, or None when it states none:
    ``Đảng ủy xã Bản Bo`` → commune, ``Huyện ủy Tam Đường`` → district, ``Tỉnh ủy Lai Châu``
    and ``Ban Tuyên giáo Tỉnh ủy`` → province. The name is read as the issuer code is
    (:func:`~kl224.validation.context.normalize_body`: ``Huyện uỷ``, ``Ban Thường vụ Huyện
    ủy`` are a Huyện ủy)."""
    name = normalize_body(issuing_body) + " "
    for words, level in _LEVEL_WORDS:
        if name.startswith(words) or (level == "province" and f" {words}" in f" {name}"):
            return level
    return None


def check_level(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-P406: ``meta.level`` is the level the issuing body's name states, if it states
    one."""
    meta = report.meta
    implied = implied_level(meta.issuing_body)
    if implied is None or implied == meta.level:
        return
    yield Issue(
        code="KL224-P406",
        pointer="/meta/level",
        related=("/meta/issuing_body",),
        params={
            "issuing_body": meta.issuing_body,
            "level": meta.level,
            "level_vi": LEVEL_NAMES[meta.level][0],
            "implied": implied,
            "implied_vi": LEVEL_NAMES[implied][0],
        },
    )


PLAUSIBILITY_RULES = (
    check_attendances,
    check_percentages,
    check_repeated_values,
    check_supported_trainees,
    check_stated_ratios,
    check_level,
)
"""The plausibility rules, in catalogue order."""
