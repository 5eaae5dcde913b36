"""The sample's metadata: issuer, number, date, request, period, signer, recipients."""

from __future__ import annotations

import datetime as dt

from kl224.model import Period, ReportMeta, Signer, Symbol
from kl224.sample._writing import doc


def district_meta() -> ReportMeta:
    return ReportMeta(
        issuing_body="Huyện ủy Tam Đường",
        superior_body="Đảng bộ tỉnh Lai Châu",
        number=215,
        symbol=Symbol(doc_type="BC", issuer="HU"),
        place="Tam Đường",
        date=dt.date(2024, 10, 30),
        request=doc(
            "Công văn",
            "1323-CV/HU",
            dt.date(2024, 9, 25),
            "về việc báo cáo kết quả triển khai thực hiện Kết luận số 224-KL/TU, "
            "ngày 18/10/2021 của Tỉnh ủy",
        ),
        period=Period(start=dt.date(2021, 10, 18), end=dt.date(2024, 12, 31)),
        communes=13,
        villages=99,
        signer=Signer(
            mark="T/M", authority="BAN THƯỜNG VỤ", position="BÍ THƯ", name="Đinh Hữu Khang"
        ),
        recipients=(
            "Ban Thường vụ Tỉnh ủy (b/c)",
            "Ban Tuyên giáo Tỉnh ủy (b/c)",
            "Thường trực Huyện ủy",
            "Các đồng chí Huyện ủy viên",
            "Các cơ quan tham mưu, giúp việc Huyện ủy",
            "Các tổ chức cơ sở đảng",
            "Lưu Văn phòng Huyện ủy",
        ),
        status="final",
    )
