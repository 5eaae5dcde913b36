"""B.II. Tasks and solutions: the ten items put together, and item 1 (objectives)."""

from __future__ import annotations

from decimal import Decimal

from kl224.model import Headcount, Objectives, RadioNetwork, Ratio, ReportMeta, Target, TaskResults
from kl224.sample._tasks_building import (
    culture_task,
    facilities_task,
    ideological_cadres_task,
    party_building_task,
    party_history_task,
)
from kl224.sample._tasks_propaganda import (
    ideological_foundation_task,
    political_theory_task,
    propaganda_task,
    public_opinion_task,
)
from kl224.sample._writing import STUDY_RATE, amount, dash, num, para, share


def district_tasks(meta: ReportMeta) -> TaskResults:
    communes = meta.communes or 0
    villages = meta.villages or 0
    radio = RadioNetwork(
        communes=Ratio(part=communes, whole=communes),
        villages=Ratio(part=87, whole=villages),
        mobile_loudspeakers=61,
    )
    lecturers = Headcount(total=42, ethnic_minority=17)
    troupes = Ratio(part=94, whole=villages)
    histories = Ratio(part=11, whole=communes)
    return TaskResults(
        objectives=_objectives(radio, lecturers, troupes, histories),
        propaganda=propaganda_task(radio, lecturers, communes),
        political_theory=political_theory_task(),
        public_opinion=public_opinion_task(),
        ideological_foundation=ideological_foundation_task(),
        culture=culture_task(troupes, villages),
        party_history=party_history_task(histories),
        party_building=party_building_task(),
        ideological_cadres=ideological_cadres_task(),
        facilities=facilities_task(radio),
    )


def _percent_of(ratio: Ratio | None) -> Decimal:
    assert ratio is not None  # the sample fills every ratio
    return share(ratio.part, ratio.whole)


def _objectives(
    radio: RadioNetwork, lecturers: Headcount, troupes: Ratio, histories: Ratio
) -> Objectives:
    targets = (
        Target(
            indicator="Tỷ lệ cán bộ, đảng viên được học tập, quán triệt các nghị quyết, chỉ thị "
            "của Đảng",
            unit="%",
            target=Decimal("95"),
            result=STUDY_RATE,
            note="Vượt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ xã, thị trấn có hệ thống truyền thanh cơ sở",
            unit="%",
            target=Decimal("100"),
            result=_percent_of(radio.communes),
            note="Đạt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ thôn, bản, tổ dân phố có cụm loa truyền thanh hoạt động ổn định",
            unit="%",
            target=Decimal("90"),
            result=_percent_of(radio.villages),
            note="Một số cụm loa hư hỏng, xuống cấp chưa được thay thế",
        ),
        Target(
            indicator="Tỷ lệ thôn, bản, tổ dân phố có đội văn nghệ",
            unit="%",
            target=Decimal("90"),
            result=_percent_of(troupes),
            note="Vượt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ xã, thị trấn đã biên soạn lịch sử đảng bộ",
            unit="%",
            target=Decimal("100"),
            result=_percent_of(histories),
            note="Hai xã đang biên soạn, dự kiến hoàn thành năm 2025",
        ),
        Target(
            indicator="Số báo cáo viên của Đảng bộ huyện",
            unit="người",
            target=Decimal("40"),
            result=Decimal(lecturers.total),
            note="Vượt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ cán bộ lãnh đạo, quản lý được bồi dưỡng cập nhật kiến thức theo "
            "quy định",
            unit="%",
            target=Decimal("100"),
            result=Decimal("100"),
            note="Đạt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ đảng viên mới được bồi dưỡng lý luận chính trị",
            unit="%",
            target=Decimal("100"),
            result=Decimal("100"),
            note="Đạt chỉ tiêu",
        ),
        Target(
            indicator="Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”",
            unit="%",
            target=Decimal("85"),
            result=Decimal("87.2"),
            note="Ước đến hết năm 2024",
        ),
    )
    missed = [t for t in targets if t.achieved is False]
    missed_lines = tuple(
        f"{t.indicator}: mục tiêu {amount(t.target, t.unit)}, ước thực hiện "
        f"{amount(t.result, t.unit)}. {t.note}."
        for t in missed
        if t.target is not None and t.result is not None
    )
    return Objectives(
        narrative=(
            para(
                "Trên cơ sở các mục tiêu của Kết luận và Kế hoạch số 61-KH/TU của Ban Thường vụ "
                "Tỉnh ủy, Ban Thường vụ Huyện ủy đã cụ thể hóa thành "
                f"{num(len(targets))} chỉ tiêu phù hợp với điều kiện thực tế của huyện. Ước đến "
                f"hết năm 2024, có {len(targets) - len(missed)}/{len(targets)} chỉ tiêu đạt và "
                f"vượt; {num(len(missed))} chỉ tiêu chưa đạt (chi tiết tại bảng dưới đây)."
            ),
            dash("Các chỉ tiêu chưa đạt:", *missed_lines),
            para(
                "Nhìn chung, các mục tiêu của Kết luận cơ bản được thực hiện đạt yêu cầu. Các "
                "chỉ tiêu chưa đạt chủ yếu do nguồn lực đầu tư còn hạn chế, địa bàn rộng, điều "
                "kiện đi lại khó khăn; Ban Thường vụ Huyện ủy đã chỉ đạo các cơ quan, đơn vị có "
                "giải pháp khắc phục trong năm 2025."
            ),
        ),
        targets=targets,
    )
