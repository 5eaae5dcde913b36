"""B.I. Leadership and direction."""

from __future__ import annotations

import datetime as dt

from kl224.model import (
    Dissemination,
    DocumentIssuance,
    DocumentRef,
    EthnicLanguageWork,
    Inspection,
    LeadershipWork,
)
from kl224.sample._writing import STUDY_RATE, cite, dash, dec, doc, num, para


def district_leadership() -> LeadershipWork:
    plan = doc(
        "Kế hoạch",
        "47-KH/HU",
        dt.date(2021, 11, 12),
        "thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy và Kế hoạch số "
        "61-KH/TU của Ban Thường vụ Tỉnh ủy",
    )
    guide = doc(
        "Hướng dẫn",
        "09-HD/HU",
        dt.date(2021, 12, 20),
        "về học tập, quán triệt, tuyên truyền Kết luận số 224-KL/TU của Tỉnh ủy",
    )
    letter = doc(
        "Công văn",
        "468-CV/HU",
        dt.date(2022, 3, 8),
        "về đẩy mạnh tuyên truyền bằng tiếng dân tộc thiểu số trên hệ thống truyền thanh cơ sở",
    )
    oversight = doc(
        "Kế hoạch",
        "112-KH/HU",
        dt.date(2023, 4, 14),
        "về kiểm tra, giám sát việc triển khai thực hiện Kết luận số 224-KL/TU của Tỉnh ủy",
    )
    radio_letter = doc(
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
            para(
                "Ngay sau khi Tỉnh ủy ban hành Kết luận và Ban Thường vụ Tỉnh ủy ban hành Kế "
                "hoạch số 61-KH/TU thực hiện Kết luận, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ "
                "đạo các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức học tập, quán triệt, "
                "tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân các dân tộc trên địa "
                "bàn huyện. Việc học tập, quán triệt được gắn với học tập, quán triệt các nghị "
                "quyết, chỉ thị của Trung ương, của Tỉnh ủy và Nghị quyết Đại hội đại biểu Đảng "
                "bộ huyện nhiệm kỳ 2020 - 2025."
            ),
            dash(
                "Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Huyện ủy ban hành "
                f"{cite(plan, issuer=False)} và {cite(guide, issuer=False)} về học tập, "
                "quán triệt, tuyên truyền Kết luận; xác định rõ nội dung, đối tượng, hình thức, "
                "thời gian và trách nhiệm của từng cấp ủy, cơ quan, đơn vị. Các đồng chí Ủy viên "
                "Ban Thường vụ, Huyện ủy viên được phân công trực tiếp dự, chỉ đạo hội nghị tại "
                "các đảng bộ, chi bộ cơ sở; kết thúc học tập, cán bộ, đảng viên viết bài thu "
                "hoạch và xây dựng chương trình hành động cá nhân."
            ),
            dash(
                f"Kết quả tổ chức hội nghị: Toàn Đảng bộ tổ chức {num(conferences)} hội nghị học "
                f"tập, quán triệt với {num(attendances)} lượt người tham dự, đạt "
                f"{dec(STUDY_RATE)}% tổng số cán bộ, đảng viên; hình thức trực tiếp kết hợp "
                "trực tuyến, phù hợp với tình hình dịch Covid-19 tại thời điểm triển khai.",
                "Cấp huyện: tổ chức 01 hội nghị trực tuyến cho cán bộ chủ chốt, kết nối đến các "
                f"điểm cầu xã, thị trấn với {num(district_attendances)} lượt người tham dự.",
                f"Cấp cơ sở: các đảng bộ, chi bộ cơ sở tổ chức {num(conferences - 1)} hội nghị với "
                f"{num(attendances - district_attendances)} lượt người tham dự; đối với đảng viên "
                "cao tuổi, ốm đau, đi làm ăn xa, các chi bộ tổ chức học tập bù, bảo đảm không bỏ "
                "sót đối tượng.",
            ),
            dash(
                "Kết quả công tác tuyên truyền:",
                "Nội dung tuyên truyền tập trung vào quan điểm, mục tiêu, nhiệm vụ, giải pháp "
                "của Kết luận; những mô hình hay, cách làm hiệu quả trong công tác tư tưởng, văn "
                "hóa trên địa bàn huyện. Hình thức tuyên truyền đa dạng: trên Trang thông tin "
                "điện tử huyện, hệ thống truyền thanh cơ sở, loa di động, pa-nô, áp phích; lồng "
                "ghép trong sinh hoạt chi bộ, sinh hoạt của Mặt trận Tổ quốc và các đoàn thể, "
                "họp thôn, bản. Nhiều chi bộ thực hiện cách làm “mỗi đảng viên là một tuyên "
                "truyền viên”, chia sẻ thông tin qua nhóm Zalo của thôn, bản, tổ dân phố, giúp "
                "thông tin đến với Nhân dân nhanh chóng, kịp thời.",
                f"Ban Tuyên giáo Huyện ủy biên soạn, phát hành {num(materials)} tài liệu tuyên "
                "truyền (đề cương, tài liệu hỏi - đáp, tờ gấp, bản tin), trong đó "
                f"{num(ethnic_materials)} tài liệu bằng tiếng Mông, tiếng Dao, tiếng Thái phục vụ "
                "tuyên truyền ở các thôn, bản vùng cao.",
            ),
            dash(
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
                para(
                    "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao "
                    "và Truyền thông huyện lựa chọn những nội dung cốt lõi của Kết luận, biên "
                    f"dịch thành {num(ethnic_materials)} tài liệu tuyên truyền bằng tiếng Mông, "
                    "tiếng Dao và tiếng Thái (đề cương tuyên truyền, tờ gấp, bản tin phát "
                    "thanh) để phát trên hệ thống truyền thanh cơ sở, loa di động và cung cấp "
                    "cho đội ngũ tuyên truyền viên ở các thôn, bản."
                ),
                para(
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
            para(
                "Ban Thường vụ Huyện ủy đã kịp thời cụ thể hóa Kết luận và Kế hoạch số 61-KH/TU "
                f"của Ban Thường vụ Tỉnh ủy bằng {num(len(issued))} văn bản lãnh đạo, chỉ đạo "
                "(kế hoạch, hướng dẫn, công văn), bảo đảm phù hợp với điều kiện thực tế của "
                "huyện. Các văn bản được ban hành kịp thời, nội dung cụ thể, xác định rõ lộ "
                "trình, phân công trách nhiệm cho từng cơ quan, đơn vị; đồng thời, nội dung "
                "thực hiện Kết luận được lồng ghép vào chương trình làm việc toàn khóa, chương "
                "trình công tác năm của Ban Chấp hành Đảng bộ huyện và của các cấp ủy cơ sở."
            ),
            dash(
                "Việc ban hành văn bản lãnh đạo, chỉ đạo: ngoài kế hoạch, hướng dẫn triển khai "
                "chung, Ban Thường vụ Huyện ủy ban hành các văn bản chỉ đạo chuyên đề về tuyên "
                "truyền bằng tiếng dân tộc thiểu số, về kiểm tra, giám sát và về nâng cao chất "
                "lượng hoạt động của hệ thống truyền thanh cơ sở, đội văn nghệ thôn, bản; giao "
                "Ban Tuyên giáo Huyện ủy chủ trì theo dõi, đôn đốc và định kỳ tổng hợp kết quả."
            ),
            dash(
                "Việc cụ thể hóa của cấp ủy cơ sở: 100% đảng bộ, chi bộ cơ sở đã ban hành kế "
                f"hoạch, chương trình hành động thực hiện Kết luận với tổng số {num(grassroots)} "
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
            para(
                "Ban Thường vụ Huyện ủy đưa nội dung kiểm tra, giám sát việc thực hiện Kết luận "
                f"vào chương trình kiểm tra, giám sát hằng năm; ban hành {num(documents)} văn bản "
                "về kiểm tra, giám sát, khảo sát (kế hoạch, quyết định thành lập đoàn, thông "
                f"báo kết luận), trong đó có {cite(oversight, issuer=False)} {oversight.title}."
            ),
            dash(
                "Ban Thường vụ Huyện ủy, Ủy ban Kiểm tra Huyện ủy và các ban xây dựng Đảng của "
                f"Huyện ủy đã tiến hành {num(inspections)} cuộc kiểm tra, {num(supervisions)} cuộc "
                f"giám sát chuyên đề và {num(surveys)} cuộc khảo sát đối với các cấp ủy, tổ chức "
                "đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội về việc học tập, quán "
                "triệt, tuyên truyền và triển khai thực hiện Kết luận."
            ),
            dash(
                f"Ban Tuyên giáo Huyện ủy thực hiện {num(guidance)} cuộc hướng dẫn nghiệp vụ công "
                "tác tuyên giáo tại các đảng bộ, chi bộ cơ sở, tập trung vào xây dựng kế hoạch, "
                "nắm bắt dư luận xã hội, quản lý hoạt động của hệ thống truyền thanh cơ sở và "
                "đội ngũ tuyên truyền viên."
            ),
            para(
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
