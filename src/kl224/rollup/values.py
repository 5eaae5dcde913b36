"""Combining one figure across units: sums, part-and-whole sums, and what cannot be combined.

Each function takes the units' values in order, as ``(unit name, value)`` pairs where ``None``
means the unit did not report the figure, and returns a :class:`Combined`: the roll-up's value
and the units that left a gap. Nothing here averages percentages: a ratio is summed part by part
and whole by whole, and a bare percentage is combined only when there is nothing to weigh.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from kl224.model.values import FigureKind, Headcount, Money, Percent, Ratio

__all__ = [
    "Combined",
    "combine_figure",
    "is_rate",
    "normalise",
    "with_sources",
]

Contribution = tuple[str, Any]
"""A unit's name and its value of one figure (None: not reported)."""


def _gaps(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return dict(value)


@attrs.frozen(kw_only=True)
class Combined:
    """A figure of the roll-up.

    ``value`` is None when no unit reported the figure or when it cannot be combined
    (``combinable`` False). ``gaps`` maps a suffix of the figure's pointer (``""`` for the figure
    itself, ``"/ethnic_minority"`` for part of a headcount) to the units that left it blank, for
    figures at least one unit reported.
    """

    value: Any
    gaps: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_gaps)
    combinable: bool = True


def _reported(values: Sequence[Contribution]) -> tuple[list[Any], tuple[str, ...]]:
    given = [v for _, v in values if v is not None]
    missing = tuple(name for name, v in values if v is None)
    return given, missing if given else ()


def _headcount(values: Sequence[Contribution]) -> Combined:
    given, missing = _reported(values)
    if not given:
        return Combined(value=None)
    minorities = [h.ethnic_minority for h in given if h.ethnic_minority is not None]
    minority_gaps = tuple(name for name, h in values if h is not None and h.ethnic_minority is None)
    gaps = {"": missing}
    if minorities:
        gaps["/ethnic_minority"] = minority_gaps
    total = Headcount(
        total=sum(h.total for h in given),
        ethnic_minority=sum(minorities) if minorities else None,
    )
    return Combined(value=total, gaps={k: v for k, v in gaps.items() if v})


def _percent(values: Sequence[Contribution]) -> Combined:
    given, missing = _reported(values)
    if not given:
        return Combined(value=None)
    # Without denominators the shares cannot be weighed; only identical shares from every unit
    # combine (any weighting of equal shares gives that share).
    if not missing and len({p.value for p in given}) == 1:
        return Combined(value=Percent(value=given[0].value))
    return Combined(value=None, gaps={"": missing} if missing else {}, combinable=False)


def combine_figure(kind: FigureKind, values: Sequence[Contribution]) -> Combined:
    """Combine one figure of kind ``kind`` (count, ratio, headcount, money, percent).

    Counts and money are summed over the units that reported them (None only if none did);
    ratios are summed part by part and whole by whole; headcounts field by field; percentages
    without denominators are not combined unless every unit states the same one.
    """
    if kind == "headcount":
        return _headcount(values)
    if kind == "percent":
        return _percent(values)
    given, missing = _reported(values)
    gaps = {"": missing} if missing else {}
    if not given:
        return Combined(value=None)
    if kind == "count":
        return Combined(value=sum(given), gaps=gaps)
    if kind == "ratio":
        return Combined(
            value=Ratio(part=sum(r.part for r in given), whole=sum(r.whole for r in given)),
            gaps=gaps,
        )
    if kind == "money":
        return Combined(value=Money(dong=sum(m.dong for m in given)), gaps=gaps)
    raise ValueError(f"figures of kind {kind!r} are not combined value by value")


# --------------------------------------------------------------------------------------------
# Text: matching and labelling.

_TRAILING: Final = ".;:,"


def normalise(text: str) -> str:
    """The form two texts are matched on: NFC, case-folded, spaces collapsed, trailing
    punctuation dropped (``"Tỷ lệ  xã."`` and ``"tỷ lệ xã"`` match)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(folded.split()).rstrip(_TRAILING).rstrip()


_RATE_UNITS: Final = frozenset({"%", "‰", "phần trăm", "tỷ lệ", "tỉ lệ", "tỷ lệ %", "tỉ lệ %"})
_RATE_WORDS: Final = ("tỷ lệ", "tỉ lệ", "bình quân", "trung bình")


def is_rate(label: str, unit: str) -> bool:
    """Whether a figure is a rate or an average — never summed: its unit is ``%`` (or a
    spelling of it) or its label starts with "tỷ lệ", "bình quân" or "trung bình"."""
    return normalise(unit) in _RATE_UNITS or normalise(label).startswith(_RATE_WORDS)


def with_sources(text: str, names: Sequence[str]) -> str:
    """``text`` followed by the units it comes from in parentheses, before any final stop:
    ``"Địa bàn rộng (Huyện ủy A, Huyện ủy B)."``."""
    body = text.rstrip()
    stop = ""
    if body and body[-1] in ".;" and not body.endswith("..."):
        body, stop = body[:-1].rstrip(), body[-1]
    return f"{body} ({', '.join(names)}){stop}"
