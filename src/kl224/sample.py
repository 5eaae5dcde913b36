"""A complete, realistic and fictional report: the showcase the CLI and the tests use.

The report is that of an imagined standing board of Huyện ủy Tam Đường (Lai Châu). Every item
holds narrative, every figure field of the model is filled, and the figures agree with each
other and with the prose: each count is written once, as a local name, and used both in the
figure field and in the sentence that states it. Names of people are invented.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from kl224.model import (
    Assessment,
    Bullet,
    Context,
    Culture,
    Dissemination,
    DocumentIssuance,
    DocumentRef,
    EthnicLanguageWork,
    ExtraFigure,
    Facilities,
    Headcount,
    IdeologicalCadres,
    IdeologicalFoundation,
    Inspection,
    LeadershipWork,
    Money,
    Objectives,
    Paragraph,
    PartyBuilding,
    PartyHistory,
    Period,
    PoliticalTheory,
    Propaganda,
    Proposal,
    Proposals,
    PublicOpinion,
    RadioNetwork,
    Ratio,
    Report,
    ReportMeta,
    Shortcomings,
    Signer,
    Strengths,
    Symbol,
    Target,
    TaskResults,
    Unit,
)

__all__ = ["sample_report"]

_BOARD: Final = "Ban Thường vụ Huyện ủy"
# Shared by the dissemination item (B.I.1) and the first target (B.II.1).
_STUDY_RATE: Final = Decimal("98.5")


@functools.cache
def sample_report() -> Report:
    """The sample report of Huyện ủy Tam Đường, built once per process.

    The report is frozen, so every caller can share the same object.
    """
    meta = _meta()
    leadership = _leadership()
    tasks = _tasks(meta)
    return Report(
        meta=meta,
        context=_context(meta),
        leadership=leadership,
        tasks=tasks,
        assessment=_assessment(leadership, tasks),
        proposals=_proposals(),
    )


# --------------------------------------------------------------------------------------------
# Writing helpers: numbers, dates and citations as a district clerk writes them.


def _n(value: int) -> str:
    """A count in prose: thousands grouped with dots, a leading zero below ten (``09``)."""
    if value < 10:
        return f"{value:02d}"
    return f"{value:,}".replace(",", ".")


def _dec(value: Decimal) -> str:
    """A decimal with a comma as the decimal mark: ``98,5``."""
    return format(value.normalize(), "f").replace(".", ",")


def _amount(value: Decimal, unit: str) -> str:
    """A target value with its unit: ``90%``, ``40 người``."""
    return f"{_dec(value)}{unit}" if unit == "%" else f"{_dec(value)} {unit}"


def _share(part: int, whole: int) -> Decimal:
    """``part`` of ``whole`` in percent, rounded half-up to one decimal."""
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _ratio(ratio: Ratio, unit: str) -> str:
    """``87/99 thôn, bản (đạt 87,9%)``."""
    return f"{ratio.part}/{ratio.whole} {unit} (đạt {_dec(_share(ratio.part, ratio.whole))}%)"


def _dong(money: Money) -> str:
    return f"{_n(money.dong)} đồng"


def _date(day: dt.date) -> str:
    """A date in a citation: ``08/3/2022``, months 1 and 2 with a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def _cite(ref: DocumentRef, *, issuer: bool = True) -> str:
    """``Kế hoạch số 47-KH/HU, ngày 12/11/2021 của Ban Thường vụ Huyện ủy``; without the
    issuer where the sentence already names it as its subject."""
    assert ref.date is not None  # every document of the sample is dated
    text = f"{ref.kind} số {ref.code}, ngày {_date(ref.date)}"
    return f"{text} của {ref.issued_by}" if issuer else text


def _p(text: str) -> Paragraph:
    return Paragraph(text=text)


def _b(text: str, *sub: str) -> Bullet:
    return Bullet(text=text, sub=sub)


def _doc(kind: str, code: str, day: dt.date, title: str) -> DocumentRef:
    return DocumentRef.parse(code, kind=kind, date=day, title=title, issued_by=_BOARD)


# --------------------------------------------------------------------------------------------
# Metadata.


def _meta() -> ReportMeta:
    return ReportMeta(
        issuing_body="Huyện ủy Tam Đường",
        superior_body="Đảng bộ tỉnh Lai Châu",
        number=215,
        symbol=Symbol(doc_type="BC", issuer="HU"),
        place="Tam Đường",
        date=dt.date(2024, 10, 30),
        request=_doc(
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


# --------------------------------------------------------------------------------------------
# A. Context.


def _context(meta: ReportMeta) -> Context:
    communes = meta.communes or 0
    villages = meta.villages or 0
    return Context(
        narrative=(
            _p(
                "Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy (sau đây gọi tắt là Kết luận) "
                "được triển khai thực hiện trong bối cảnh tình hình thế giới, khu vực tiếp tục "
                "diễn biến nhanh chóng, phức tạp, khó lường; cạnh tranh chiến lược giữa các nước "
                "lớn ngày càng gay gắt; xung đột quân sự tại một số khu vực kéo dài, tác động "
                "tiêu cực đến kinh tế, an ninh toàn cầu. Đại dịch Covid-19 trong những năm "
                "2021 - 2022 ảnh hưởng sâu rộng đến mọi mặt của đời sống xã hội. Cuộc Cách mạng "
                "công nghiệp lần thứ tư, quá trình chuyển đổi số và sự phát triển mạnh mẽ của "
                "mạng xã hội vừa mở ra nhiều cơ hội, vừa đặt ra không ít thách thức đối với công "
                "tác tư tưởng, văn hóa."
            ),
            _p(
                "Ở trong nước, việc triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc "
                "lần thứ XIII của Đảng đạt nhiều kết quả quan trọng; công tác xây dựng, chỉnh "
                "đốn Đảng và hệ thống chính trị, đấu tranh phòng, chống tham nhũng, tiêu cực "
                "được đẩy mạnh, tạo chuyển biến rõ nét, củng cố niềm tin của cán bộ, đảng viên "
                "và Nhân dân đối với Đảng, Nhà nước. Tuy nhiên, các thế lực thù địch, phản động, "
                "cơ hội chính trị tiếp tục lợi dụng không gian mạng, các vấn đề dân tộc, tôn "
                "giáo, dân chủ, nhân quyền để xuyên tạc, chống phá; tình trạng suy thoái về tư "
                "tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa” "
                "trong một bộ phận cán bộ, đảng viên chưa bị đẩy lùi triệt để."
            ),
            _p(
                "Ở tỉnh, Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã tập trung lãnh "
                "đạo, chỉ đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ "
                "2020 - 2025, trong đó xác định công tác tư tưởng, văn hóa là nhiệm vụ thường "
                "xuyên, có ý nghĩa quan trọng đối với sự ổn định và phát triển của tỉnh. Kinh "
                "tế - xã hội của tỉnh tiếp tục phát triển; quốc phòng, an ninh được giữ vững; "
                "đời sống vật chất, tinh thần của Nhân dân các dân tộc từng bước được nâng lên."
            ),
            _p(
                f"Huyện Tam Đường có {communes} đơn vị hành chính cấp xã ({communes - 1} xã và "
                f"01 thị trấn) với {villages} thôn, bản, tổ dân phố; trên địa bàn có nhiều dân "
                "tộc cùng sinh sống như Thái, Mông, Dao, Giáy, Lự, Kinh…, trong đó đồng bào các "
                "dân tộc thiểu số chiếm phần lớn dân số. Địa hình chia cắt, giao thông đi lại ở "
                "một số xã vùng cao còn khó khăn; trình độ dân trí không đồng đều; một bộ phận "
                "Nhân dân chủ yếu sử dụng tiếng mẹ đẻ trong sinh hoạt hằng ngày. Những yếu tố "
                "trên tác động trực tiếp đến việc triển khai thực hiện Kết luận trên địa bàn "
                "huyện."
            ),
        ),
        advantages=(
            "Công tác tư tưởng, văn hóa luôn nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao "
            "của Tỉnh ủy, Ban Thường vụ Tỉnh ủy và sự hướng dẫn thường xuyên của Ban Tuyên giáo "
            "Tỉnh ủy.",
            "Tình hình chính trị, an ninh trật tự trên địa bàn huyện cơ bản ổn định; khối đại "
            "đoàn kết các dân tộc được củng cố, tăng cường.",
            "Cấp ủy, chính quyền các cấp nhận thức rõ vị trí, vai trò của công tác tư tưởng, "
            "văn hóa; đội ngũ cán bộ làm công tác tuyên giáo từng bước được kiện toàn, nâng cao "
            "chất lượng.",
            "Hạ tầng viễn thông, internet được mở rộng đến hầu hết các thôn, bản, tạo điều kiện "
            "đổi mới phương thức tuyên truyền, ứng dụng công nghệ thông tin trong công tác tư "
            "tưởng.",
        ),
        difficulties=(
            "Địa bàn rộng, địa hình chia cắt, giao thông đến một số thôn, bản vùng cao còn khó "
            "khăn, nhất là vào mùa mưa lũ.",
            "Đời sống của một bộ phận Nhân dân còn khó khăn; tỷ lệ hộ nghèo còn cao so với bình "
            "quân chung của tỉnh.",
            "Trình độ dân trí không đồng đều; một bộ phận đồng bào dân tộc thiểu số, nhất là phụ "
            "nữ và người cao tuổi, chưa thông thạo tiếng phổ thông.",
            "Nguồn lực đầu tư cho công tác tư tưởng, văn hóa còn hạn chế; cơ sở vật chất, trang "
            "thiết bị ở cơ sở còn thiếu, một số đã xuống cấp.",
            "Dịch Covid-19 trong các năm 2021 - 2022 làm gián đoạn việc tổ chức hội nghị tập "
            "trung và các hoạt động văn hóa cộng đồng.",
        ),
        challenges=(
            "Các thế lực thù địch, phản động lợi dụng mạng xã hội, vấn đề dân tộc, tôn giáo để "
            "tuyên truyền, lôi kéo, kích động đồng bào vùng cao.",
            "Mặt trái của cơ chế thị trường và sự du nhập của các loại hình văn hóa ngoại lai có "
            "nguy cơ làm mai một bản sắc văn hóa truyền thống tốt đẹp của các dân tộc.",
            "Yêu cầu chuyển đổi số trong công tác tuyên truyền ngày càng cao, trong khi năng lực "
            "ứng dụng công nghệ thông tin của một bộ phận cán bộ cơ sở còn hạn chế.",
        ),
    )


# --------------------------------------------------------------------------------------------
# B.I. Leadership and direction.


def _leadership() -> LeadershipWork:
    plan = _doc(
        "Kế hoạch",
        "47-KH/HU",
        dt.date(2021, 11, 12),
        "thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy và Kế hoạch số "
        "61-KH/TU của Ban Thường vụ Tỉnh ủy",
    )
    guide = _doc(
        "Hướng dẫn",
        "09-HD/HU",
        dt.date(2021, 12, 20),
        "về học tập, quán triệt, tuyên truyền Kết luận số 224-KL/TU của Tỉnh ủy",
    )
    letter = _doc(
        "Công văn",
        "468-CV/HU",
        dt.date(2022, 3, 8),
        "về đẩy mạnh tuyên truyền bằng tiếng dân tộc thiểu số trên hệ thống truyền thanh cơ sở",
    )
    oversight = _doc(
        "Kế hoạch",
        "112-KH/HU",
        dt.date(2023, 4, 14),
        "về kiểm tra, giám sát việc triển khai thực hiện Kết luận số 224-KL/TU của Tỉnh ủy",
    )
    radio_letter = _doc(
        "Công văn",
        "1208-CV/HU",
        dt.date(2024, 5, 22),
        "về nâng cao chất lượng hoạt động của hệ thống truyền thanh cơ sở và đội văn nghệ "
        "thôn, bản",
    )
    return LeadershipWork(
        dissemination=_dissemination(plan, guide),
        documents=_document_issuance((plan, guide, letter, oversight, radio_letter)),
        inspection=_inspection(oversight),
    )


def _dissemination(plan: DocumentRef, guide: DocumentRef) -> Dissemination:
    conferences = 47
    attendances = 8_612
    district_attendances = 512
    materials = 26
    ethnic_materials = 9
    return Dissemination(
        narrative=(
            _p(
                "Ngay sau khi Tỉnh ủy ban hành Kết luận và Ban Thường vụ Tỉnh ủy ban hành Kế "
                "hoạch số 61-KH/TU thực hiện Kết luận, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ "
                "đạo các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức học tập, quán triệt, "
                "tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân các dân tộc trên địa "
                "bàn huyện. Việc học tập, quán triệt được gắn với học tập, quán triệt các nghị "
                "quyết, chỉ thị của Trung ương, của Tỉnh ủy và Nghị quyết Đại hội đại biểu Đảng "
                "bộ huyện nhiệm kỳ 2020 - 2025."
            ),
            _b(
                "Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Huyện ủy ban hành "
                f"{_cite(plan, issuer=False)} và {_cite(guide, issuer=False)} về học tập, "
                "quán triệt, tuyên truyền Kết luận; xác định rõ nội dung, đối tượng, hình thức, "
                "thời gian và trách nhiệm của từng cấp ủy, cơ quan, đơn vị. Các đồng chí Ủy viên "
                "Ban Thường vụ, Huyện ủy viên được phân công trực tiếp dự, chỉ đạo hội nghị tại "
                "các đảng bộ, chi bộ cơ sở; kết thúc học tập, cán bộ, đảng viên viết bài thu "
                "hoạch và xây dựng chương trình hành động cá nhân."
            ),
            _b(
                f"Kết quả tổ chức hội nghị: Toàn Đảng bộ tổ chức {_n(conferences)} hội nghị học "
                f"tập, quán triệt với {_n(attendances)} lượt người tham dự, đạt "
                f"{_dec(_STUDY_RATE)}% tổng số cán bộ, đảng viên; hình thức trực tiếp kết hợp "
                "trực tuyến, phù hợp với tình hình dịch Covid-19 tại thời điểm triển khai.",
                "Cấp huyện: tổ chức 01 hội nghị trực tuyến cho cán bộ chủ chốt, kết nối đến các "
                f"điểm cầu xã, thị trấn với {_n(district_attendances)} lượt người tham dự.",
                f"Cấp cơ sở: các đảng bộ, chi bộ cơ sở tổ chức {_n(conferences - 1)} hội nghị với "
                f"{_n(attendances - district_attendances)} lượt người tham dự; đối với đảng viên "
                "cao tuổi, ốm đau, đi làm ăn xa, các chi bộ tổ chức học tập bù, bảo đảm không bỏ "
                "sót đối tượng.",
            ),
            _b(
                "Kết quả công tác tuyên truyền:",
                "Nội dung tuyên truyền tập trung vào quan điểm, mục tiêu, nhiệm vụ, giải pháp "
                "của Kết luận; những mô hình hay, cách làm hiệu quả trong công tác tư tưởng, văn "
                "hóa trên địa bàn huyện. Hình thức tuyên truyền đa dạng: trên Trang thông tin "
                "điện tử huyện, hệ thống truyền thanh cơ sở, loa di động, pa-nô, áp phích; lồng "
                "ghép trong sinh hoạt chi bộ, sinh hoạt của Mặt trận Tổ quốc và các đoàn thể, "
                "họp thôn, bản. Nhiều chi bộ thực hiện cách làm “mỗi đảng viên là một tuyên "
                "truyền viên”, chia sẻ thông tin qua nhóm Zalo của thôn, bản, tổ dân phố, giúp "
                "thông tin đến với Nhân dân nhanh chóng, kịp thời.",
                f"Ban Tuyên giáo Huyện ủy biên soạn, phát hành {_n(materials)} tài liệu tuyên "
                "truyền (đề cương, tài liệu hỏi - đáp, tờ gấp, bản tin), trong đó "
                f"{_n(ethnic_materials)} tài liệu bằng tiếng Mông, tiếng Dao, tiếng Thái phục vụ "
                "tuyên truyền ở các thôn, bản vùng cao.",
            ),
            _b(
                "Đánh giá nhận thức: Qua học tập, quán triệt và tuyên truyền, nhận thức của các "
                "cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, "
                "cán bộ, đảng viên và Nhân dân các dân tộc về vị trí, vai trò của công tác tư "
                "tưởng, văn hóa được nâng lên rõ rệt; nhiều cấp ủy đã xác định đây là nhiệm vụ "
                "trọng tâm, thường xuyên, gắn với thực hiện nhiệm vụ chính trị của địa phương, "
                "cơ quan, đơn vị. Tuy nhiên, ở một số chi bộ thôn, bản vùng cao, việc học tập "
                "còn mang tính hình thức; một bộ phận đảng viên và Nhân dân chưa nắm vững nội "
                "dung cơ bản của Kết luận."
            ),
        ),
        conferences=conferences,
        attendances=attendances,
        materials_compiled=materials,
        ethnic_language=EthnicLanguageWork(
            languages=("Mông", "Dao", "Thái"),
            materials=ethnic_materials,
            narrative=(
                _p(
                    "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao "
                    "và Truyền thông huyện lựa chọn những nội dung cốt lõi của Kết luận, biên "
                    f"dịch thành {_n(ethnic_materials)} tài liệu tuyên truyền bằng tiếng Mông, "
                    "tiếng Dao và tiếng Thái (đề cương tuyên truyền, tờ gấp, bản tin phát "
                    "thanh) để phát trên hệ thống truyền thanh cơ sở, loa di động và cung cấp "
                    "cho đội ngũ tuyên truyền viên ở các thôn, bản."
                ),
                _p(
                    "Việc tuyên truyền bằng tiếng dân tộc thiểu số được thực hiện chủ yếu thông "
                    "qua đội ngũ tuyên truyền viên, già làng, trưởng bản, người có uy tín là "
                    "người dân tộc thiểu số tại các buổi họp thôn, bản, giúp đồng bào dễ nghe, "
                    "dễ hiểu, dễ làm theo."
                ),
            ),
        ),
    )


def _document_issuance(issued: tuple[DocumentRef, ...]) -> DocumentIssuance:
    grassroots = 64
    return DocumentIssuance(
        narrative=(
            _p(
                "Ban Thường vụ Huyện ủy đã kịp thời cụ thể hóa Kết luận và Kế hoạch số 61-KH/TU "
                f"của Ban Thường vụ Tỉnh ủy bằng {_n(len(issued))} văn bản lãnh đạo, chỉ đạo "
                "(kế hoạch, hướng dẫn, công văn), bảo đảm phù hợp với điều kiện thực tế của "
                "huyện. Các văn bản được ban hành kịp thời, nội dung cụ thể, xác định rõ lộ "
                "trình, phân công trách nhiệm cho từng cơ quan, đơn vị; đồng thời, nội dung "
                "thực hiện Kết luận được lồng ghép vào chương trình làm việc toàn khóa, chương "
                "trình công tác năm của Ban Chấp hành Đảng bộ huyện và của các cấp ủy cơ sở."
            ),
            _b(
                "Việc ban hành văn bản lãnh đạo, chỉ đạo: ngoài kế hoạch, hướng dẫn triển khai "
                "chung, Ban Thường vụ Huyện ủy ban hành các văn bản chỉ đạo chuyên đề về tuyên "
                "truyền bằng tiếng dân tộc thiểu số, về kiểm tra, giám sát và về nâng cao chất "
                "lượng hoạt động của hệ thống truyền thanh cơ sở, đội văn nghệ thôn, bản; giao "
                "Ban Tuyên giáo Huyện ủy chủ trì theo dõi, đôn đốc và định kỳ tổng hợp kết quả."
            ),
            _b(
                "Việc cụ thể hóa của cấp ủy cơ sở: 100% đảng bộ, chi bộ cơ sở đã ban hành kế "
                f"hoạch, chương trình hành động thực hiện Kết luận với tổng số {_n(grassroots)} "
                "văn bản; nội dung bám sát kế hoạch của Ban Thường vụ Huyện ủy, gắn với đặc "
                "điểm, nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị. Một số cấp ủy "
                "như Đảng bộ thị trấn Tam Đường, Đảng bộ xã Bình Lư, Đảng bộ xã Bản Bo đã xác "
                "định chỉ tiêu cụ thể về đội văn nghệ, cụm loa truyền thanh đến từng thôn, bản. "
                "Tuy nhiên, một số văn bản của cấp ủy cơ sở còn sao chép, chưa sát với thực "
                "tiễn địa phương."
            ),
        ),
        issued=issued,
        grassroots_documents=grassroots,
    )


def _inspection(oversight: DocumentRef) -> Inspection:
    documents = 41
    inspections = 15
    supervisions = 22
    surveys = 6
    guidance = 23
    return Inspection(
        narrative=(
            _p(
                "Ban Thường vụ Huyện ủy đưa nội dung kiểm tra, giám sát việc thực hiện Kết luận "
                f"vào chương trình kiểm tra, giám sát hằng năm; ban hành {_n(documents)} văn bản "
                "về kiểm tra, giám sát, khảo sát (kế hoạch, quyết định thành lập đoàn, thông "
                f"báo kết luận), trong đó có {_cite(oversight, issuer=False)} {oversight.title}."
            ),
            _b(
                "Ban Thường vụ Huyện ủy, Ủy ban Kiểm tra Huyện ủy và các ban xây dựng Đảng của "
                f"Huyện ủy đã tiến hành {_n(inspections)} cuộc kiểm tra, {_n(supervisions)} cuộc "
                f"giám sát chuyên đề và {_n(surveys)} cuộc khảo sát đối với các cấp ủy, tổ chức "
                "đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội về việc học tập, quán "
                "triệt, tuyên truyền và triển khai thực hiện Kết luận."
            ),
            _b(
                f"Ban Tuyên giáo Huyện ủy thực hiện {_n(guidance)} cuộc hướng dẫn nghiệp vụ công "
                "tác tuyên giáo tại các đảng bộ, chi bộ cơ sở, tập trung vào xây dựng kế hoạch, "
                "nắm bắt dư luận xã hội, quản lý hoạt động của hệ thống truyền thanh cơ sở và "
                "đội ngũ tuyên truyền viên."
            ),
            _p(
                "Qua kiểm tra, giám sát, khảo sát cho thấy các cấp ủy, tổ chức đảng cơ bản thực "
                "hiện nghiêm túc, đầy đủ các nội dung theo chỉ đạo; đồng thời phát hiện, chấn "
                "chỉnh kịp thời một số hạn chế như: chậm ban hành văn bản cụ thể hóa, hồ sơ học "
                "tập, quán triệt chưa đầy đủ, báo cáo định kỳ chưa bảo đảm thời gian. Sau kiểm "
                "tra, giám sát, các tổ chức đảng đã xây dựng kế hoạch khắc phục và báo cáo kết "
                "quả về Ban Thường vụ Huyện ủy."
            ),
        ),
        documents_issued=documents,
        inspections=inspections,
        supervisions=supervisions,
        surveys=surveys,
        guidance_visits=guidance,
    )


# --------------------------------------------------------------------------------------------
# B.II. Tasks and solutions.


def _tasks(meta: ReportMeta) -> TaskResults:
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
        propaganda=_propaganda(radio, lecturers, communes),
        political_theory=_political_theory(),
        public_opinion=_public_opinion(),
        ideological_foundation=_ideological_foundation(),
        culture=_culture(troupes, villages),
        party_history=_party_history(histories),
        party_building=_party_building(),
        ideological_cadres=_ideological_cadres(),
        facilities=_facilities(radio),
    )


def _percent_of(ratio: Ratio | None) -> Decimal:
    assert ratio is not None  # the sample fills every ratio
    return _share(ratio.part, ratio.whole)


def _objectives(
    radio: RadioNetwork, lecturers: Headcount, troupes: Ratio, histories: Ratio
) -> Objectives:
    targets = (
        Target(
            indicator="Tỷ lệ cán bộ, đảng viên được học tập, quán triệt các nghị quyết, chỉ thị "
            "của Đảng",
            unit="%",
            target=Decimal("95"),
            result=_STUDY_RATE,
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
        f"{t.indicator}: mục tiêu {_amount(t.target, t.unit)}, ước thực hiện "
        f"{_amount(t.result, t.unit)}. {t.note}."
        for t in missed
        if t.target is not None and t.result is not None
    )
    return Objectives(
        narrative=(
            _p(
                "Trên cơ sở các mục tiêu của Kết luận và Kế hoạch số 61-KH/TU của Ban Thường vụ "
                "Tỉnh ủy, Ban Thường vụ Huyện ủy đã cụ thể hóa thành "
                f"{_n(len(targets))} chỉ tiêu phù hợp với điều kiện thực tế của huyện. Ước đến "
                f"hết năm 2024, có {len(targets) - len(missed)}/{len(targets)} chỉ tiêu đạt và "
                f"vượt; {_n(len(missed))} chỉ tiêu chưa đạt (chi tiết tại bảng dưới đây)."
            ),
            _b("Các chỉ tiêu chưa đạt:", *missed_lines),
            _p(
                "Nhìn chung, các mục tiêu của Kết luận cơ bản được thực hiện đạt yêu cầu. Các "
                "chỉ tiêu chưa đạt chủ yếu do nguồn lực đầu tư còn hạn chế, địa bàn rộng, điều "
                "kiện đi lại khó khăn; Ban Thường vụ Huyện ủy đã chỉ đạo các cơ quan, đơn vị có "
                "giải pháp khắc phục trong năm 2025."
            ),
        ),
        targets=targets,
    )


def _propaganda(radio: RadioNetwork, lecturers: Headcount, communes: int) -> Propaganda:
    news = 1_286
    newspapers = 41_520
    websites = 1 + communes
    communicators = Headcount(total=156, ethnic_minority=121)
    courses = 10
    contests = 2
    provincial_topics = 20
    district_topics = 19
    ethnic_materials = 37
    assert radio.communes is not None and radio.villages is not None
    assert radio.mobile_loudspeakers is not None
    assert lecturers.ethnic_minority is not None and communicators.ethnic_minority is not None
    return Propaganda(
        narrative=(
            _b(
                "Tiếp tục đổi mới cách thức quán triệt, học tập:",
                "Các cấp ủy lựa chọn nội dung, hình thức học tập, quán triệt phù hợp với từng "
                "đối tượng: đối với cán bộ chủ chốt, đảng viên ở cơ quan, đơn vị cấp huyện tập "
                "trung vào quan điểm, mục tiêu, nhiệm vụ, giải pháp và trách nhiệm tổ chức thực "
                "hiện; đối với đảng viên ở chi bộ thôn, bản và Nhân dân tập trung vào những nội "
                "dung gắn với đời sống hằng ngày như xây dựng đời sống văn hóa, giữ gìn bản sắc "
                "văn hóa dân tộc, phòng, chống hủ tục lạc hậu.",
                "Tài liệu quán triệt, tuyên truyền được biên soạn ngắn gọn, dễ hiểu, dễ nhớ "
                "dưới dạng hỏi - đáp, tờ gấp, bản tin, video clip ngắn; việc học tập trực tuyến "
                "được kết hợp với học tập trực tiếp, giúp đảng viên ở xa trung tâm có thể tham "
                "gia đầy đủ.",
            ),
            _b(
                "Nâng cao chất lượng tuyên truyền trên hệ thống truyền thông đại chúng:",
                "Thực hiện chủ trương phát triển các cơ quan báo chí của tỉnh theo hướng đa "
                "phương tiện, huyện chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thông huyện "
                "đổi mới nội dung, hình thức các chương trình phát thanh, truyền hình; tăng "
                "thời lượng tin, bài phản ánh việc thực hiện Kết luận. Giai đoạn 2021 - 2024, "
                f"huyện đã cung cấp {_n(news)} tin, bài cho Báo Lai Châu, Đài Phát thanh - "
                "Truyền hình tỉnh và các cơ quan báo chí Trung ương thường trú trên địa bàn.",
                f"Duy trì phát hành báo, tạp chí cho các đối tượng theo quy định; {_n(newspapers)} "
                "tờ báo dành cho đồng bào dân tộc thiểu số và miền núi được phát hành đến các "
                "thôn, bản vùng cao, người có uy tín và các điểm bưu điện văn hóa xã.",
                f"Duy trì hoạt động của {_n(websites)} trang thông tin điện tử (01 Trang thông "
                f"tin điện tử huyện và {communes} trang của các xã, thị trấn); thông tin được "
                "cập nhật thường xuyên, trở thành kênh tuyên truyền quan trọng của địa phương.",
                f"Hệ thống truyền thanh cơ sở: {_ratio(radio.communes, 'xã, thị trấn')} có hệ "
                f"thống truyền thanh cơ sở; {_ratio(radio.villages, 'thôn, bản, tổ dân phố')} có "
                "cụm loa truyền thanh hoạt động ổn định. Huyện đã trang cấp "
                f"{_n(radio.mobile_loudspeakers)} bộ loa truyền thanh di động cho các thôn, bản "
                "chưa có cụm loa hoặc cụm loa hư hỏng, bảo đảm thông tin đến với Nhân dân kịp "
                "thời.",
            ),
            _b(
                "Nâng cao chất lượng đội ngũ báo cáo viên, tuyên truyền viên:",
                "Đội ngũ báo cáo viên của Đảng bộ huyện được củng cố, kiện toàn hằng năm, hiện "
                f"có {_n(lecturers.total)} người, trong đó {_n(lecturers.ethnic_minority)} người "
                "là người dân tộc thiểu số; thành phần gồm các đồng chí trong Ban Thường vụ "
                "Huyện ủy, lãnh đạo các ban xây dựng Đảng, Ủy ban nhân dân huyện và các cơ "
                f"quan, đơn vị. Đội ngũ tuyên truyền viên cơ sở có {_n(communicators.total)} "
                f"người, trong đó {_n(communicators.ethnic_minority)} người là người dân tộc "
                "thiểu số.",
                f"Tổ chức {_n(courses)} lớp tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo "
                "viên, tuyên truyền viên; duy trì hội nghị báo cáo viên định kỳ hằng tháng, "
                f"cung cấp thông tin, định hướng tuyên truyền kịp thời. Tổ chức {_n(contests)} "
                "hội thi báo cáo viên, tuyên truyền viên giỏi cấp huyện (năm 2022 và năm 2024), "
                "qua đó lựa chọn thí sinh tham gia hội thi cấp tỉnh.",
                f"Các hội nghị báo cáo viên, thông tin thời sự đã triển khai "
                f"{_n(provincial_topics)} chuyên đề của báo cáo viên cấp tỉnh và "
                f"{_n(district_topics)} chuyên đề của báo cáo viên cấp huyện; nội dung sát với "
                "tình hình thời sự, nhiệm vụ chính trị của tỉnh, của huyện, được cán bộ, đảng "
                "viên đánh giá cao.",
            ),
        ),
        ethnic_language=EthnicLanguageWork(
            languages=("Mông", "Dao", "Thái"),
            materials=ethnic_materials,
            narrative=(
                _p(
                    "Giai đoạn 2021 - 2024, các cơ quan, đơn vị của huyện biên soạn, biên dịch "
                    f"{_n(ethnic_materials)} tài liệu tuyên truyền bằng tiếng Mông, tiếng Dao, "
                    "tiếng Thái về chủ trương của Đảng, chính sách, pháp luật của Nhà nước, "
                    "phòng, chống tảo hôn, hôn nhân cận huyết thống, xây dựng nông thôn mới."
                ),
                _p(
                    "Chương trình phát thanh bằng tiếng dân tộc thiểu số được phát sóng định kỳ "
                    "trên hệ thống truyền thanh cơ sở; nhiều thôn, bản sử dụng loa di động để "
                    "phát lại các bản tin tiếng Mông, tiếng Dao vào buổi tối, phù hợp với thời "
                    "gian sinh hoạt của đồng bào."
                ),
            ),
        ),
        news_items=news,
        newspaper_copies=newspapers,
        websites=websites,
        radio=radio,
        lecturers=lecturers,
        communicators=communicators,
        training_courses=courses,
        contests=contests,
        provincial_lecturer_topics=provincial_topics,
        district_lecturer_topics=district_topics,
    )


def _political_theory() -> PoliticalTheory:
    materials = 25
    contests = 1
    classes = 58
    trainees = 3_947
    elementary = 412
    new_members = 538
    province = 97
    central = 16
    updates = 264
    return PoliticalTheory(
        narrative=(
            _b(
                "Vai trò của cấp ủy, tổ chức đảng: Các cấp ủy, tổ chức đảng quan tâm lãnh đạo, "
                "chỉ đạo việc nâng cao trình độ lý luận chính trị, chuyên môn cho đội ngũ cán "
                "bộ, đảng viên; gắn công tác đào tạo, bồi dưỡng với quy hoạch, sử dụng cán bộ. "
                "Nhiều cơ quan, đơn vị bố trí công việc hợp lý, tạo điều kiện về thời gian để "
                "cán bộ, đảng viên tham gia các lớp học."
            ),
            _b(
                "Kết quả thực hiện của Trung tâm Chính trị huyện:",
                "Đội ngũ giảng viên chuyên trách, kiêm chức được củng cố, kiện toàn theo hướng "
                "chuẩn hóa; giảng viên kiêm chức là các đồng chí lãnh đạo các ban xây dựng Đảng, "
                "các phòng, ban chuyên môn có kinh nghiệm thực tiễn.",
                "Trung tâm đổi mới phương pháp giảng dạy theo hướng phát huy tính chủ động của "
                "học viên, tăng cường trao đổi, thảo luận, liên hệ thực tiễn; đưa nội dung Kết "
                "luận và các chương trình, đề án của huyện vào bài giảng.",
                f"Biên soạn {_n(materials)} tài liệu phục vụ giảng dạy, học tập, trong đó có các "
                "chuyên đề về lịch sử, văn hóa các dân tộc huyện Tam Đường.",
                f"Tổ chức {_n(contests)} hội thi giảng viên lý luận chính trị giỏi cấp huyện "
                "(năm 2023); cử giảng viên tham gia hội thi cấp tỉnh.",
                f"Trung tâm phối hợp mở {_n(classes)} lớp đào tạo, bồi dưỡng với "
                f"{_n(trainees)} lượt học viên, trong đó {_n(elementary)} học viên sơ cấp lý "
                f"luận chính trị và {_n(new_members)} học viên lớp bồi dưỡng lý luận chính trị "
                "cho đảng viên mới. Cử "
                f"{_n(province)} lượt người tham gia các lớp đào tạo, bồi dưỡng tại tỉnh và "
                f"{_n(central)} lượt người tham gia các lớp tại Trung ương. Bồi dưỡng cập nhật "
                f"kiến thức cho {_n(updates)} lượt người là cán bộ lãnh đạo, quản lý các cấp "
                "theo quy định.",
            ),
        ),
        teaching_materials=materials,
        lecturer_contests=contests,
        classes=classes,
        trainees=trainees,
        elementary_theory_trainees=elementary,
        new_member_trainees=new_members,
        sent_to_province=province,
        sent_to_central=central,
        knowledge_updates=updates,
    )


def _public_opinion() -> PublicOpinion:
    collaborators = 45
    reports = 36
    own = 3
    joint = 5
    return PublicOpinion(
        narrative=(
            _b(
                "Ban Tuyên giáo Huyện ủy và Ủy ban nhân dân huyện ký kết, triển khai Chương "
                "trình phối hợp theo Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư; định "
                "kỳ 6 tháng giao ban, trao đổi thông tin về việc thực thi pháp luật, triển khai "
                "kế hoạch phát triển kinh tế - xã hội và giải quyết các vấn đề nổi cộm, Nhân dân "
                "quan tâm như bồi thường, giải phóng mặt bằng, quản lý đất đai, giá cả nông sản. "
                "Việc phối hợp giúp cấp ủy, chính quyền nắm bắt kịp thời tâm tư, nguyện vọng của "
                "Nhân dân, giải quyết dứt điểm nhiều vụ việc từ cơ sở."
            ),
            _b(
                "Đội ngũ cộng tác viên dư luận xã hội cấp huyện được kiện toàn hằng năm, hiện "
                f"có {_n(collaborators)} người là cán bộ các ban, ngành, đoàn thể và cán bộ chủ "
                "chốt cơ sở; phản ánh kịp thời diễn biến tư tưởng, dư luận trong cán bộ, đảng "
                f"viên và Nhân dân. Ban Tuyên giáo Huyện ủy tổng hợp {_n(reports)} báo cáo tình "
                "hình dư luận xã hội gửi Ban Thường vụ Huyện ủy và Ban Tuyên giáo Tỉnh ủy. Tuy "
                "nhiên, chất lượng thông tin của một số cộng tác viên còn chung chung, chưa "
                "phản ánh đúng thực chất dư luận ở cơ sở."
            ),
            _b(
                f"Công tác điều tra xã hội học: Huyện ủy tự triển khai {_n(own)} cuộc điều tra "
                "(về hiệu quả hoạt động của hệ thống truyền thanh cơ sở, về việc giữ gìn bản sắc "
                "văn hóa của đồng bào Mông, về tác động của mạng xã hội đối với thanh niên); phối "
                "hợp với Ban Tuyên giáo Tỉnh ủy và các ban, ngành của tỉnh, của Trung ương triển "
                f"khai {_n(joint)} cuộc điều tra trên địa bàn. Phiếu khảo sát trực tuyến được ứng "
                "dụng ở các cơ quan, đơn vị cấp huyện, giúp rút ngắn thời gian tổng hợp, xử lý "
                "số liệu."
            ),
        ),
        collaborators=collaborators,
        opinion_reports=reports,
        surveys_own=own,
        surveys_joint=joint,
    )


def _ideological_foundation() -> IdeologicalFoundation:
    members = 18
    secretariat = 12
    collaborators = 68
    conferences = 29
    attendances = 2_174
    channels = 34
    posts = 2_315
    return IdeologicalFoundation(
        narrative=(
            _b(
                "Ban Chỉ đạo 35 huyện được củng cố, kiện toàn kịp thời khi có sự thay đổi nhân "
                f"sự, hiện có {_n(members)} người do đồng chí Bí thư Huyện ủy làm Trưởng ban; Tổ "
                f"thư ký giúp việc có {_n(secretariat)} người; đội ngũ cộng tác viên có "
                f"{_n(collaborators)} người. Các thành viên Ban Chỉ đạo, Tổ thư ký thực hiện tốt "
                "nhiệm vụ được phân công, chủ động nắm tình hình, tham mưu xử lý kịp thời các "
                "thông tin xấu, độc liên quan đến địa bàn."
            ),
            _b(
                f"Tổ chức {_n(conferences)} hội nghị tập huấn, bồi dưỡng nghiệp vụ bảo vệ nền "
                "tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch cho "
                "cán bộ, đảng viên, đoàn viên thanh niên với "
                f"{_n(attendances)} lượt người tham dự; cử cán bộ tham gia trao đổi kinh nghiệm "
                "với Ban Chỉ đạo 35 của một số huyện trong tỉnh."
            ),
            _b(
                f"Thành lập và duy trì {_n(channels)} trang, kênh trên mạng xã hội (fanpage, kênh "
                "YouTube, nhóm Zalo, trang Facebook) của Ban Chỉ đạo 35 huyện và của các đảng "
                f"bộ cơ sở; đăng tải, chia sẻ {_n(posts)} tin, bài, bình luận tích cực, đấu "
                "tranh phản bác các luận điệu xuyên tạc, góp phần lan tỏa thông tin chính thống "
                "trên không gian mạng."
            ),
        ),
        steering_committee_members=members,
        secretariat_members=secretariat,
        collaborators=collaborators,
        training_conferences=conferences,
        training_attendances=attendances,
        online_channels=channels,
        counter_posts=posts,
    )


def _culture(troupes: Ratio, villages: int) -> Culture:
    artisans = 27
    stable = 76
    heritage = 21
    school = 28
    staff = 33
    trained = 142
    halls = 91
    return Culture(
        narrative=(
            _b(
                f"Huyện có {_n(artisans)} người là nghệ nhân dân gian tiêu biểu, chủ yếu là "
                "nghệ nhân người Thái, Mông, Dao, Lự am hiểu dân ca, dân vũ, nghề thủ công "
                "truyền thống; đội ngũ cán bộ làm công tác văn hóa, văn nghệ có bản lĩnh chính "
                "trị vững vàng, nhiệt tình, trách nhiệm."
            ),
            _b(
                "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được triển khai sâu "
                "rộng, gắn với xây dựng nông thôn mới; hương ước, quy ước của các thôn, bản được "
                "rà soát, bổ sung, góp phần xóa bỏ các hủ tục lạc hậu trong việc cưới, việc tang. "
                "Ngày hội Đại đoàn kết toàn dân tộc được tổ chức hằng năm ở tất cả các khu dân "
                "cư với nhiều hoạt động văn hóa, thể thao phong phú."
            ),
            _b(
                "Hoạt động văn hóa, văn nghệ cộng đồng: "
                f"{_ratio(troupes, 'thôn, bản, tổ dân phố')} có đội văn nghệ, trong đó "
                f"{_n(stable)} đội hoạt động ổn định, hiệu quả (đạt "
                f"{_dec(_share(stable, troupes.part))}% số đội). Các đội văn nghệ tham gia tích "
                "cực các hội diễn, liên hoan và phục vụ các sự kiện chính trị của địa phương."
            ),
            _b(
                f"Toàn huyện có {_n(heritage)} câu lạc bộ bảo tồn di sản văn hóa, văn nghệ dân "
                f"gian tại các xã, thị trấn và {_n(school)} câu lạc bộ bảo tồn, phát huy bản sắc "
                "văn hóa truyền thống các dân tộc trong trường học. Các nghệ nhân dân gian tích "
                "cực truyền dạy hát then, múa xòe, thổi khèn, thêu thổ cẩm cho thế hệ trẻ tại "
                "các câu lạc bộ và trong cộng đồng."
            ),
            _b(
                "Các giá trị văn hóa đặc sắc của các dân tộc được khai thác phục vụ phát triển "
                "du lịch, nhất là du lịch cộng đồng tại bản Sì Thâu Chải (xã Sơn Bình) và bản Hon "
                "(xã Bản Hon); lễ hội, ẩm thực, nghề dệt thổ cẩm trở thành sản phẩm du lịch thu "
                "hút du khách."
            ),
            _b(
                f"Đội ngũ cán bộ làm công tác văn hóa - văn nghệ của huyện có {_n(staff)} người, "
                "cơ bản đáp ứng yêu cầu nhiệm vụ; đã cử "
                f"{_n(trained)} lượt người tham gia đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý "
                "luận chính trị. Tuy nhiên, cán bộ văn hóa ở cơ sở còn kiêm nhiệm nhiều việc, "
                "thiếu cán bộ có năng khiếu nghệ thuật."
            ),
            _b(
                "Hệ thống thiết chế văn hóa các cấp từng bước được hoàn thiện; phối hợp với các "
                "sở, ngành của tỉnh sưu tầm hiện vật phục vụ xây dựng, trưng bày của Bảo tàng "
                f"tỉnh. Đến nay, {halls}/{villages} thôn, bản, tổ dân phố có nhà văn hóa."
            ),
        ),
        extra_figures=(
            ExtraFigure(
                label="Thôn, bản, tổ dân phố có nhà văn hóa", value=halls, unit="thôn, bản"
            ),
        ),
        folk_artisans=artisans,
        villages_with_troupes=troupes,
        stable_troupes=stable,
        heritage_clubs=heritage,
        school_clubs=school,
        culture_staff=staff,
        culture_staff_trained=trained,
    )


def _party_history(histories: Ratio) -> PartyHistory:
    works = 7
    rooms = 31
    books = 8
    sessions = 214
    participants = 17_350
    return PartyHistory(
        narrative=(
            _b(
                "Công tác nghiên cứu, biên soạn lịch sử đảng bộ: "
                f"{_ratio(histories, 'xã, thị trấn')} đã biên soạn, xuất bản lịch sử đảng bộ; "
                f"{_n(histories.whole - histories.part)} xã (Hồ Thầu, Nùng Nàng) đang sưu tầm "
                "tư liệu, biên soạn, dự kiến hoàn thành trong năm 2025."
            ),
            _b(
                "Các thiết chế, tài liệu, tư liệu lịch sử được khai thác, sử dụng hiệu quả trong "
                f"giáo dục truyền thống. Toàn huyện có {_n(works)} công trình lịch sử, "
                f"{_n(rooms)} phòng truyền thống tại các cơ quan, đơn vị, trường học; đã biên "
                f"soạn {_n(books)} cuốn sách truyền thống ngành.",
                f"Tổ chức {_n(sessions)} buổi tuyên truyền, giáo dục lịch sử truyền thống với "
                f"{_n(participants)} lượt người tham gia, chủ yếu là đoàn viên, thanh niên, học "
                "sinh; hình thức đa dạng như nói chuyện chuyên đề, thi tìm hiểu, về nguồn, chăm "
                "sóc di tích.",
                "Nhân kỷ niệm các ngày lễ lớn, các cơ quan, trường học tổ chức dâng hương, thăm "
                "viếng các công trình lịch sử, góp phần bồi đắp lòng yêu nước, tự hào dân tộc "
                "cho thế hệ trẻ.",
            ),
        ),
        commune_histories=histories,
        history_works=works,
        tradition_rooms=rooms,
        tradition_books=books,
        education_sessions=sessions,
        education_participants=participants,
    )


def _party_building() -> PartyBuilding:
    documents = (
        _doc(
            "Kế hoạch",
            "51-KH/HU",
            dt.date(2021, 12, 22),
            "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số "
            "44-KH/TU, ngày 29/10/2021 của Ban Thường vụ Tỉnh ủy",
        ),
        _doc(
            "Kế hoạch",
            "58-KH/HU",
            dt.date(2022, 2, 10),
            "thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương "
            "Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
        ),
        _doc(
            "Quy định",
            "14-QĐ/HU",
            dt.date(2022, 6, 6),
            "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là cán bộ chủ chốt "
            "và người đứng đầu các cấp trong Đảng bộ huyện",
        ),
        _doc(
            "Hướng dẫn",
            "16-HD/HU",
            dt.date(2023, 3, 15),
            "về sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
            "tại các chi bộ",
        ),
    )
    good_bodies = Decimal("86.4")
    return PartyBuilding(
        narrative=(
            _b(
                "Việc triển khai thực hiện Cương lĩnh, Điều lệ Đảng, các nghị quyết, quy định "
                "của Đảng về xây dựng Đảng và hệ thống chính trị vững mạnh về chính trị, tư "
                "tưởng, đạo đức được Ban Thường vụ Huyện ủy cụ thể hóa bằng "
                f"{_n(len(documents))} văn bản, trong đó có {_cite(documents[2], issuer=False)} "
                f"{documents[2].title}. Các tổ chức đảng, cơ quan, đơn vị xây dựng quy chế làm "
                "việc, quy định về chuẩn mực đạo đức phù hợp với thực tiễn."
            ),
            _b(
                "Các quy định của Trung ương về trách nhiệm nêu gương được quán triệt nghiêm túc, "
                "nhất là Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương và "
                "Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức "
                "cách mạng của cán bộ, đảng viên trong giai đoạn mới. Cán bộ chủ chốt, người "
                "đứng đầu các cấp gương mẫu trong học tập, rèn luyện, đi đầu trong thực hiện các "
                "nhiệm vụ khó khăn, phức tạp."
            ),
            _b(
                "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Kế hoạch số 44-KH/TU của Ban "
                "Thường vụ Tỉnh ủy, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh được gắn với sinh hoạt chi bộ định kỳ và phong trào thi đua; nhiều mô "
                "hình, điển hình tiên tiến được nhân rộng như mô hình “Dân vận khéo”, “Chi bộ "
                "bốn tốt”. Thực hiện Kết luận số 21-KL/TW, các cấp ủy gắn kiểm điểm, đánh giá, "
                "xếp loại chất lượng hằng năm với việc nhận diện, ngăn chặn biểu hiện suy thoái; "
                "năm 2023 có "
                f"{_dec(good_bodies)}% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ "
                "trở lên."
            ),
        ),
        extra_figures=(
            ExtraFigure(
                label="Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên (năm 2023)",
                value=good_bodies,
                unit="%",
            ),
        ),
        concretising_documents=documents,
    )


def _ideological_cadres() -> IdeologicalCadres:
    board_staff = 5
    grassroots_staff = 34
    trained = 183
    full_time = 4
    part_time = 24
    return IdeologicalCadres(
        narrative=(
            _b(
                "Đội ngũ cán bộ làm công tác tuyên giáo toàn huyện có "
                f"{_n(board_staff + grassroots_staff)} người ({_n(board_staff)} người ở Ban "
                f"Tuyên giáo Huyện ủy và {_n(grassroots_staff)} người phụ trách công tác tuyên "
                "giáo ở các tổ chức cơ sở đảng); có "
                f"{_n(trained)} lượt người được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý "
                "luận chính trị. Đội ngũ cơ bản đáp ứng yêu cầu nhiệm vụ; tuy nhiên, cán bộ "
                "tuyên giáo ở cơ sở thường xuyên thay đổi, phần lớn kiêm nhiệm."
            ),
            _b(
                f"Trung tâm Chính trị huyện có {_n(full_time)} người là giảng viên chuyên trách, "
                "100% có trình độ đại học trở lên và cao cấp lý luận chính trị; đội ngũ giảng "
                f"viên kiêm chức có {_n(part_time)} người, được củng cố, kiện toàn hằng năm, "
                "tham gia giảng dạy có trách nhiệm, gắn bài giảng với thực tiễn địa phương."
            ),
        ),
        propaganda_cadres=board_staff + grassroots_staff,
        propaganda_cadres_trained=trained,
        full_time_lecturers=full_time,
        part_time_lecturers=part_time,
    )


def _facilities(radio: RadioNetwork) -> Facilities:
    equipment = Money(dong=2_850_000_000)
    clusters = 52
    mobile = 44
    centre = Money(dong=1_460_000_000)
    supported = 1_329
    support = Money(dong=568_400_000)
    return Facilities(
        narrative=(
            _b(
                "Huyện quan tâm bố trí nguồn lực đầu tư trang thiết bị cho Ban Tuyên giáo Huyện "
                "ủy, Trung tâm Văn hóa - Thể thao và Truyền thông huyện với tổng kinh phí "
                f"{_dong(equipment)}; đầu tư mới, thay thế {_n(clusters)} cụm loa truyền thanh "
                f"ở các thôn, bản và trang cấp {_n(mobile)} bộ loa di động (trong tổng số "
                f"{_n(radio.mobile_loudspeakers or 0)} bộ loa di động hiện có ở các thôn, bản).",
                "Đầu tư, xây dựng cơ sở vật chất, trang thiết bị của Trung tâm Chính trị huyện "
                f"với kinh phí {_dong(centre)} (cải tạo hội trường, phòng học, trang bị máy "
                "chiếu, máy tính, hệ thống âm thanh); hỗ trợ "
                f"{_n(supported)} lượt học viên không hưởng lương từ ngân sách nhà nước tham "
                f"gia các lớp đào tạo, bồi dưỡng với tổng kinh phí {_dong(support)}.",
            ),
            _p(
                "Tuy nhiên, nguồn kinh phí còn hạn chế so với nhu cầu; một số cụm loa truyền "
                "thanh ở các thôn, bản vùng cao đã xuống cấp, chưa được thay thế kịp thời."
            ),
        ),
        equipment_investment=equipment,
        loudspeakers_bought=clusters,
        mobile_loudspeakers_bought=mobile,
        centre_investment=centre,
        supported_trainees=supported,
        trainee_support=support,
    )


# --------------------------------------------------------------------------------------------
# B.III. Overall assessment.


def _assessment(leadership: LeadershipWork, tasks: TaskResults) -> Assessment:
    return Assessment(strengths=_strengths(leadership, tasks), shortcomings=_shortcomings())


def _strengths(leadership: LeadershipWork, tasks: TaskResults) -> Strengths:
    conferences = leadership.dissemination.conferences or 0
    met = sum(1 for t in tasks.objectives.targets if t.achieved)
    return Strengths(
        narrative=(
            _p(
                "Sau 03 năm triển khai thực hiện Kết luận, Ban Thường vụ Huyện ủy đã lãnh đạo, "
                "chỉ đạo quyết liệt, đồng bộ; các cấp ủy, tổ chức đảng, chính quyền, Mặt trận "
                "Tổ quốc và các đoàn thể chính trị - xã hội vào cuộc tích cực. Việc học tập, "
                f"quán triệt được tổ chức nghiêm túc với {_n(conferences)} hội nghị; văn bản "
                "chỉ đạo được ban hành kịp thời, sát thực tiễn; công tác kiểm tra, giám sát được "
                "quan tâm, kịp thời chấn chỉnh những hạn chế."
            ),
            _p(
                f"Có {met}/{len(tasks.objectives.targets)} chỉ tiêu đạt và vượt. Chất lượng "
                "công tác tuyên truyền được nâng lên; hệ thống truyền thanh cơ sở, đội ngũ báo "
                "cáo viên, tuyên truyền viên phát huy hiệu quả; công tác lý luận chính trị, nắm "
                "bắt dư luận xã hội, bảo vệ nền tảng tư tưởng của Đảng có nhiều chuyển biến tích "
                "cực. Phong trào văn hóa, văn nghệ ở cơ sở phát triển sâu rộng; bản sắc văn hóa "
                "các dân tộc được giữ gìn, phát huy, gắn với phát triển du lịch cộng đồng."
            ),
            _b(
                "Những đổi mới, sáng tạo trong tổ chức thực hiện: tuyên truyền bằng tiếng Mông, "
                "tiếng Dao, tiếng Thái qua loa di động vào buổi tối; cách làm “mỗi đảng viên là "
                "một tuyên truyền viên” qua nhóm Zalo của thôn, bản; đưa nội dung văn hóa các "
                "dân tộc vào bài giảng của Trung tâm Chính trị huyện."
            ),
        ),
        good_units=(
            Unit(
                name="Đảng bộ thị trấn Tam Đường",
                note="100% tổ dân phố có đội văn nghệ và cụm loa truyền thanh hoạt động ổn định",
            ),
            Unit(
                name="Đảng bộ xã Bình Lư",
                note="làm tốt công tác tuyên truyền bằng tiếng dân tộc thiểu số",
            ),
            Unit(
                name="Đảng bộ xã Bản Bo",
                note="cụ thể hóa Kết luận bằng chỉ tiêu đến từng thôn, bản",
            ),
            Unit(
                name="Đảng bộ xã Sơn Bình",
                note="gắn bảo tồn văn hóa dân tộc Dao với phát triển du lịch cộng đồng",
            ),
        ),
    )


def _shortcomings() -> Shortcomings:
    return Shortcomings(
        narrative=(
            _p(
                "Bên cạnh những kết quả đạt được, việc triển khai thực hiện Kết luận trên địa "
                "bàn huyện vẫn còn một số hạn chế, khuyết điểm cần được khắc phục trong thời "
                "gian tới."
            ),
        ),
        shortcomings=(
            "Việc học tập, quán triệt ở một số chi bộ thôn, bản còn hình thức; việc cụ thể hóa "
            "Kết luận của một số cấp ủy cơ sở chưa sát thực tiễn.",
            "Chất lượng hoạt động của một bộ phận báo cáo viên, tuyên truyền viên, cộng tác viên "
            "dư luận xã hội chưa cao; thông tin phản ánh có lúc chưa kịp thời.",
            "Tỷ lệ thôn, bản có cụm loa truyền thanh hoạt động ổn định chưa đạt chỉ tiêu; còn 02 "
            "xã chưa hoàn thành biên soạn lịch sử đảng bộ.",
            "Việc đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng ở cơ "
            "sở chưa thường xuyên; một số trang, nhóm lập ra nhưng ít hoạt động.",
        ),
        weak_units=(
            Unit(name="Đảng bộ xã Hồ Thầu", note="chậm biên soạn lịch sử đảng bộ"),
            Unit(name="Đảng bộ xã Nùng Nàng", note="nhiều cụm loa truyền thanh hư hỏng"),
            Unit(name="Đảng bộ xã Thèn Sin", note="đội văn nghệ thôn, bản hoạt động chưa đều"),
        ),
        internal_causes=(
            "Một số cấp ủy, người đứng đầu chưa quan tâm đúng mức đến công tác tư tưởng, văn "
            "hóa; việc kiểm tra, đôn đốc ở cơ sở chưa thường xuyên.",
            "Năng lực, kinh nghiệm của một bộ phận cán bộ làm công tác tuyên giáo, văn hóa ở cơ "
            "sở còn hạn chế; cán bộ thường xuyên thay đổi, kiêm nhiệm nhiều việc.",
            "Sự phối hợp giữa các cơ quan, đơn vị trong một số nhiệm vụ chưa chặt chẽ.",
        ),
        external_causes=(
            "Địa bàn rộng, địa hình chia cắt, thời tiết khắc nghiệt; hệ thống loa truyền thanh "
            "nhanh xuống cấp.",
            "Nguồn lực đầu tư cho công tác tư tưởng, văn hóa còn hạn chế; chưa có chính sách hỗ "
            "trợ thường xuyên cho đội văn nghệ thôn, bản.",
            "Dịch Covid-19 trong các năm 2021 - 2022 làm gián đoạn nhiều hoạt động tập trung.",
        ),
    )


# --------------------------------------------------------------------------------------------
# C. Proposals.


def _proposals() -> Proposals:
    return Proposals(
        narrative=(
            _p(
                "Để tiếp tục thực hiện có hiệu quả Kết luận trong thời gian tới, Ban Thường vụ "
                "Huyện ủy đề xuất, kiến nghị một số nội dung sau:"
            ),
        ),
        items=(
            Proposal(
                addressee="Ban Thường vụ Tỉnh ủy",
                text="Chỉ đạo các cơ quan liên quan hỗ trợ kinh phí biên soạn lịch sử đảng bộ "
                "đối với các xã đặc biệt khó khăn chưa hoàn thành.",
            ),
            Proposal(
                addressee="Ban Tuyên giáo Tỉnh ủy",
                text="Tăng cường tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo viên, tuyên "
                "truyền viên, cộng tác viên dư luận xã hội ở cơ sở; hỗ trợ biên dịch tài liệu "
                "tuyên truyền sang tiếng Mông, tiếng Dao, tiếng Thái và cung cấp thường xuyên "
                "cho các huyện.",
            ),
            Proposal(
                addressee="Ủy ban nhân dân tỉnh",
                text="Bố trí nguồn vốn nâng cấp, thay thế các cụm loa truyền thanh hư hỏng, "
                "xuống cấp ở các thôn, bản vùng cao; xem xét ban hành chính sách hỗ trợ kinh phí "
                "hoạt động cho đội văn nghệ thôn, bản và chế độ bồi dưỡng cho nghệ nhân dân gian "
                "tham gia truyền dạy.",
            ),
            Proposal(
                addressee="Ban Tuyên giáo Tỉnh ủy",
                text="Hướng dẫn, hỗ trợ các huyện ứng dụng công nghệ thông tin trong điều tra "
                "xã hội học và trong hoạt động của Ban Chỉ đạo 35 trên không gian mạng.",
            ),
        ),
    )
