"""Messages of the roll-up findings (``KL224-A5xx``), keyed by code; their severity lives in
:mod:`kl224.rollup.findings`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    "KL224-A501": Text(
        "“{label}”: {missing}/{units} đơn vị không báo cáo số liệu này ({names}); tổng cộng "
        "chỉ gồm số liệu của các đơn vị đã báo cáo.",
        "{label_en}: {missing} of {units} units did not report this figure ({names}); the "
        "total covers only the units that did.",
    ),
    "KL224-A502": Text(
        "“{label}”: không cộng được các tỷ lệ phần trăm không kèm số đạt và tổng số; để "
        "trống trong báo cáo tổng hợp, số liệu từng đơn vị xem tại phụ lục so sánh.",
        "{label_en}: percentages stated without their counts cannot be combined; left blank "
        "in the roll-up (each unit's value is in the comparison annex).",
    ),
    "KL224-A503": Text(
        "Chỉ tiêu “{indicator}”: các đơn vị dùng đơn vị tính khác nhau ({units}); không "
        "cộng; kết quả từng đơn vị ở phụ lục so sánh, mỗi đơn vị tính một cột.",
        "Target “{indicator}”: the units measure it differently ({units}); not summed; each "
        "unit's result is in the comparison annex, one column per unit of measure.",
    ),
    "KL224-A504": Text(
        "Chỉ tiêu “{indicator}” tính bằng tỷ lệ ({unit}); không cộng hay lấy bình quân các "
        "tỷ lệ; kết quả từng đơn vị ở phụ lục so sánh.",
        "Target “{indicator}” is a rate ({unit}); rates are neither summed nor averaged; "
        "each unit's result is in the comparison annex.",
    ),
    "KL224-A505": Text(
        "Chỉ tiêu “{indicator}”: {names} chưa ghi {column}; để trống {column} tổng hợp của "
        "chỉ tiêu này.",
        "Target “{indicator}”: {names} gave no {column_en}; the combined {column_en} is left "
        "blank.",
    ),
    "KL224-A506": Text(
        "Số liệu bổ sung “{label}” ({unit}) là tỷ lệ; không cộng, giá trị từng đơn vị ở phụ "
        "lục so sánh.",
        "Extra figure “{label}” ({unit}) is a rate; not summed (each unit's value is in the "
        "comparison annex).",
    ),
    "KL224-A507": Text(
        "Tên đơn vị “{name}” xuất hiện {count} lần; kiểm tra có nộp trùng báo cáo không (số "
        "liệu đã được cộng cả {count} lần).",
        "The unit “{name}” appears {count} times; check the same report was not given twice "
        "(its figures were added {count} times).",
    ),
    "KL224-A508": Text(
        "Số {what} của báo cáo tổng hợp để trống vì {names} không ghi số {what} trong thông "
        "tin văn bản.",
        "The roll-up states no number of {what_en}: {names} did not state theirs.",
    ),
    "KL224-A509": Text(
        "Số {what} ghi trong thông tin văn bản ({given}) khác tổng số của các đơn vị ({total}).",
        "The number of {what_en} given in the metadata ({given}) differs from the units' "
        "total ({total}).",
    ),
    "KL224-A510": Text(
        "Các báo cáo không cùng về một kết luận ({conclusions}); kiểm tra lại các tệp đầu vào.",
        "The reports are not on the same conclusion ({conclusions}); check the inputs.",
    ),
    "KL224-A511": Text(
        "Các đơn vị báo cáo theo các kỳ khác nhau; kỳ của báo cáo tổng hợp là từ {start} đến "
        "{end}.",
        "The units report on different periods; the roll-up covers {start} to {end}.",
    ),
}
