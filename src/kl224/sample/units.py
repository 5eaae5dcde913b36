"""A province's worth of fictional commune reports, for roll-ups, tests and benchmarks.

:func:`sample_units` makes ``count`` commune-level reports from the commune sample: each has
its own name (``Đảng ủy xã Nà Tăm``, ``Đảng ủy phường Đông Phong`` …), its own number of
villages and figures that vary from unit to unit while staying consistent (every ratio's whole
is the unit's villages, parts within wholes, ethnic-minority people within the total), one
short paragraph of its own per item, and a few deliberate differences a roll-up must handle:
some units leave a figure blank, and a few state a target in another unit of measure. The same
``count`` gives the same reports on every run.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

import attrs

from kl224 import outline
from kl224.model import (
    Headcount,
    Money,
    Paragraph,
    Ratio,
    Report,
    Target,
)
from kl224.model.figures import resolve

__all__ = ["sample_units", "unit_name"]

_FIRST: Final = (
    "Bản", "Nà", "Mường", "Pa", "Tà", "Sì", "Khổng", "Phìn", "Đông", "Hua", "Ẳng", "Dào",
    "Lả", "Nậm", "Thèn", "Bình", "Ka", "Hồ", "Chăn", "Ô",
)
_SECOND: Final = (
    "Bo", "Tăm", "Than", "Lò", "Lìn", "Ngài", "Chải", "Đờ", "Xìn", "Phong", "Nưa", "Sáng",
    "Cuổi", "Ủ", "Khoa", "Hăn", "Lư", "Mạ", "Sính", "Ảng",
)


def _put(obj: Any, names: list[str], value: Any) -> Any:
    if not names:
        return value
    head, *rest = names
    changed: dict[str, Any] = {head: _put(getattr(obj, head), rest, value)}
    return attrs.evolve(obj, **changed)


def replace_at(report: Report, pointer: str, value: Any) -> Report:
    """``report`` with the field at ``pointer`` (attribute names only) set to ``value``."""
    result: Report = _put(report, pointer.strip("/").split("/"), value)
    return result


def unit_name(index: int) -> str:
    """The name of the ``index``-th fictional unit (0-based): distinct for the first 400."""
    first = _FIRST[index % len(_FIRST)]
    second = _SECOND[(index // len(_FIRST) + index) % len(_SECOND)]
    kind = "phường" if index % 7 == 3 else "xã"
    return f"Đảng ủy {kind} {first} {second}"


def _vary(index: int, salt: int, low: int, high: int) -> int:
    """A number in [low, high] that changes from unit to unit, the same on every run."""
    return low + (index * 7919 + salt * 104_729 + index * index * 31) % (high - low + 1)


def _own_words(report: Report, name: str) -> Report:
    """One paragraph of the unit's own under every item, naming the unit."""
    for node in outline.items():
        text = (
            f"{name} triển khai nội dung “{node.title}” sát với tình hình của đơn vị; kết quả "
            "cụ thể nêu trong số liệu kèm theo."
        )
        report = replace_at(report, f"{node.path}/narrative", (Paragraph(text=text),))
    context = attrs.evolve(
        report.context,
        advantages=(f"Cấp ủy {name} đoàn kết, thống nhất.",),
        difficulties=(
            "Địa bàn rộng, giao thông đi lại khó khăn, nhất là mùa mưa.",
            f"Kinh phí cho công tác tuyên truyền của {name} còn hạn hẹp.",
        ),
        challenges=(),
    )
    return attrs.evolve(report, context=context)


def _unit(base: Report, index: int) -> Report:
    name = unit_name(index)
    villages = _vary(index, 1, 8, 30)
    radio = villages - _vary(index, 2, 0, 3)
    troupes = villages - _vary(index, 3, 0, 2)
    stable = troupes - _vary(index, 4, 0, 3)
    lecturers = _vary(index, 5, 4, 12)
    communicators = _vary(index, 6, 20, 60)
    place = name.split(" ", 3)[-1]
    meta = attrs.evolve(
        base.meta, issuing_body=name, place=place, villages=villages,
        number=_vary(index, 7, 20, 90),
    )
    report = attrs.evolve(_own_words(base, name), meta=meta)
    changes: dict[str, Any] = {
        "/tasks/propaganda/news_items": _vary(index, 8, 40, 160),
        "/tasks/propaganda/radio/villages": Ratio(part=radio, whole=villages),
        "/tasks/propaganda/lecturers": Headcount(
            total=lecturers, ethnic_minority=lecturers - _vary(index, 9, 0, 3)
        ),
        "/tasks/propaganda/communicators": Headcount(
            total=communicators, ethnic_minority=communicators - _vary(index, 10, 0, 9)
        ),
        "/tasks/culture/villages_with_troupes": Ratio(part=troupes, whole=villages),
        "/tasks/culture/stable_troupes": stable,
        "/tasks/facilities/equipment_investment": Money(dong=_vary(index, 11, 150, 650) * 10**6),
        "/leadership/dissemination/attendances": _vary(index, 12, 900, 3_000),
        "/tasks/party_history/education_participants": _vary(index, 13, 1_200, 4_000),
    }
    if index % 9 == 4:
        changes["/tasks/propaganda/newspaper_copies"] = None
    for pointer, value in changes.items():
        report = replace_at(report, pointer, value)
    targets: tuple[Target, ...] = resolve(report, "/tasks/objectives/targets")
    share = (Decimal(radio) * 100 / villages).quantize(Decimal("0.1"))
    rows = [
        attrs.evolve(targets[0], result=Decimal(_vary(index, 14, 930, 1000)) / 10),
        attrs.evolve(targets[1], result=share),
        attrs.evolve(targets[2], target=Decimal(villages - 2), result=Decimal(troupes)),
    ]
    if index % 10 == 7:
        # This unit states the troupes target as a share of its villages.
        troupe_share = (Decimal(troupes) * 100 / villages).quantize(Decimal("0.1"))
        rows[2] = attrs.evolve(rows[2], unit="%", target=Decimal(90), result=troupe_share)
    return replace_at(report, "/tasks/objectives/targets", tuple(rows))


def sample_units(count: int) -> tuple[Report, ...]:
    """``count`` fictional commune reports (see the module's description), in no particular
    order of name. Raises ValueError for a count below 1 or above 400."""
    from kl224.sample import sample_report

    if not 1 <= count <= 400:
        raise ValueError(f"count must be between 1 and 400 (got {count})")
    base = sample_report("commune")
    return tuple(_unit(base, index) for index in range(count))
