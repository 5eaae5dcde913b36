"""What a roll-up reports about itself: findings with stable ``KL224-A5xx`` codes.

The findings are :class:`kl224.validation.Finding` values whose pointers point into the
aggregate report. Their codes are not in the validation catalogue (they describe how reports
were combined, not a report's own faults), so each finding carries its message in the language
the roll-up was asked for, and :func:`aggregate_message` gives it in the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from kl224.validation.findings import Finding, Lang, ParamValue, Severity
from kl224.validation.messages import format_param

__all__ = [
    "AGGREGATE_CODES",
    "AggregateCode",
    "aggregate_message",
    "make_finding",
]


@attrs.frozen(kw_only=True)
class AggregateCode:
    """One code of the roll-up: its severity and its Vietnamese and English templates."""

    code: str
    severity: Severity
    vi: str
    en: str


W, N = Severity.WARNING, Severity.INFO

_CODES: Final = (
    AggregateCode(
        code="KL224-A501",
        severity=W,
        vi="“{label}”: {missing}/{units} đơn vị không báo cáo số liệu này ({names}); tổng cộng "
        "chỉ gồm số liệu của các đơn vị đã báo cáo.",
        en="{label_en}: {missing} of {units} units did not report this figure ({names}); the "
        "total covers only the units that did.",
    ),
    AggregateCode(
        code="KL224-A502",
        severity=W,
        vi="“{label}”: không cộng được các tỷ lệ phần trăm không kèm số đạt và tổng số; để trống "
        "trong báo cáo tổng hợp, số liệu từng đơn vị xem tại phụ lục so sánh.",
        en="{label_en}: percentages stated without their counts cannot be combined; left blank "
        "in the roll-up (each unit's value is in the comparison annex).",
    ),
    AggregateCode(
        code="KL224-A503",
        severity=W,
        vi="Chỉ tiêu “{indicator}”: các đơn vị dùng đơn vị tính khác nhau ({units}); không cộng; "
        "kết quả từng đơn vị ở phụ lục so sánh, mỗi đơn vị tính một cột.",
        en="Target “{indicator}”: the units measure it differently ({units}); not summed; "
        "each unit's result is in the comparison annex, one column per unit "
        "of measure.",
    ),
    AggregateCode(
        code="KL224-A504",
        severity=N,
        vi="Chỉ tiêu “{indicator}” tính bằng tỷ lệ ({unit}); không cộng hay lấy bình quân các "
        "tỷ lệ; kết quả từng đơn vị ở phụ lục so sánh.",
        en="Target “{indicator}” is a rate ({unit}); rates are neither summed nor averaged, so "
        "each unit's result is in the comparison annex.",
    ),
    AggregateCode(
        code="KL224-A505",
        severity=W,
        vi="Chỉ tiêu “{indicator}”: {names} chưa ghi {column}; để trống {column} tổng hợp của "
        "chỉ tiêu này.",
        en="Target “{indicator}”: {names} gave no {column_en}; the combined {column_en} is left "
        "blank.",
    ),
    AggregateCode(
        code="KL224-A506",
        severity=W,
        vi="Số liệu bổ sung “{label}” ({unit}) là tỷ lệ; không cộng, giá trị từng đơn vị ở phụ "
        "lục so sánh.",
        en="Extra figure “{label}” ({unit}) is a rate; not summed (each unit's value is in the "
        "comparison annex).",
    ),
    AggregateCode(
        code="KL224-A507",
        severity=W,
        vi="Tên đơn vị “{name}” xuất hiện {count} lần; kiểm tra có nộp trùng báo cáo không (số "
        "liệu đã được cộng cả {count} lần).",
        en="The unit “{name}” appears {count} times; check the same report was not given "
        "twice (its figures were added {count} times).",
    ),
    AggregateCode(
        code="KL224-A508",
        severity=W,
        vi="Số {what} của báo cáo tổng hợp để trống vì {names} không ghi số {what} trong thông "
        "tin văn bản.",
        en="The roll-up states no number of {what_en}: {names} did not state theirs.",
    ),
    AggregateCode(
        code="KL224-A509",
        severity=W,
        vi="Số {what} ghi trong thông tin văn bản ({given}) khác tổng số của các đơn vị ({total}).",
        en="The number of {what_en} given in the metadata ({given}) differs from the units' "
        "total ({total}).",
    ),
    AggregateCode(
        code="KL224-A510",
        severity=W,
        vi="Các báo cáo không cùng về một kết luận ({conclusions}); kiểm tra lại các tệp đầu vào.",
        en="The reports are not on the same conclusion ({conclusions}); check the inputs.",
    ),
    AggregateCode(
        code="KL224-A511",
        severity=N,
        vi="Các đơn vị báo cáo theo các kỳ khác nhau; kỳ của báo cáo tổng hợp là từ {start} "
        "đến {end}.",
        en="The units report on different periods; the roll-up covers {start} to {end}.",
    ),
)

AGGREGATE_CODES: Final[Mapping[str, AggregateCode]] = {c.code: c for c in _CODES}
"""Every code a roll-up emits, in order."""


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def aggregate_message(finding: Finding, lang: Lang = "vi") -> str:
    """The message of a roll-up finding in ``lang`` (any other finding keeps its own)."""
    spec = AGGREGATE_CODES.get(finding.code)
    if spec is None:
        return finding.message_in(lang)
    template = spec.vi if lang == "vi" else spec.en
    return template.format_map(
        _Params({k: format_param(v, lang) for k, v in finding.params.items()})
    )


def make_finding(
    code: str,
    pointer: str,
    params: Mapping[str, ParamValue],
    lang: Lang,
    related: tuple[str, ...] = (),
) -> Finding:
    """A roll-up finding of ``code`` at ``pointer`` with its message in ``lang``."""
    spec = AGGREGATE_CODES[code]
    finding = Finding(
        code=code, severity=spec.severity, pointer=pointer, related=related, params=params
    )
    return attrs.evolve(finding, message=aggregate_message(finding, lang))
