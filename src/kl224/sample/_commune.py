"""The commune sample: the report of an imagined Đảng ủy xã Bản Bo (Lai Châu), written in 2025.

Since 1 July 2025 a commune Party committee reports straight to the province. Its report
follows the same outline; its only denominator is its villages (its share of communes is its
own: 1/1), and it has no political training centre of its own, so the items that ask for the
centre's classes say so. Every count is a local name used both in its figure field and in the
sentence that states it. Names of people and documents are invented.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from kl224.model import (
    Assessment,
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
from kl224.sample._writing import cite, dash, dong, num, para, rate

_BOARD: Final = "Ban Thường vụ Đảng ủy xã"
_VILLAGES: Final = 18
_RADIO_VILLAGES: Final = Ratio(part=16, whole=_VILLAGES)
_TROUPES: Final = Ratio(part=17, whole=_VILLAGES)
_STABLE_TROUPES: Final = 14
_CELLS: Final = 24
_MEMBERS: Final = 412


def doc(kind: str, code: str, day: dt.date, title: str) -> DocumentRef:
    return DocumentRef.parse(code, kind=kind, date=day, title=title, issued_by=_BOARD)


_PLAN: Final = doc(
    "Kế hoạch",
    "12-KH/ĐU",
    dt.date(2021, 11, 26),
    "thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy",
)
_GUIDE: Final = doc(
    "Hướng dẫn",
    "03-HD/ĐU",
    dt.date(2022, 1, 10),
    "về học tập, quán triệt Kết luận số 224-KL/TU ở các chi bộ",
)
_REGULATION: Final = doc(
    "Quy định",
    "05-QĐi/ĐU",
    dt.date(2023, 3, 15),
    "về trách nhiệm nêu gương của cán bộ, đảng viên trên địa bàn xã",
)
_PROGRAMME: Final = doc(
    "Chương trình",
    "08-CTr/ĐU",
    dt.date(2025, 7, 18),
    "công tác tuyên truyền năm 2025 sau khi sắp xếp đơn vị hành chính",
)


def district_meta() -> ReportMeta:
    return ReportMeta(
        level="commune",
        issuing_body="Đảng ủy xã Bản Bo",
        superior_body="Đảng bộ tỉnh Lai Châu",
        number=46,
        symbol=Symbol(doc_type="BC", issuer="ĐU"),
        place="Bản Bo",
        date=dt.date(2025, 10, 20),
        request=DocumentRef.parse(
            "318-CV/BTGDVTU",
            kind="Công văn",
            date=dt.date(2025, 9, 26),
            title="về việc báo cáo kết quả thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 "
            "của Tỉnh ủy",
            issued_by="Ban Tuyên giáo và Dân vận Tỉnh ủy",
        ),
        period=Period(start=dt.date(2021, 10, 18), end=dt.date(2025, 9, 30)),
        villages=_VILLAGES,
        signer=Signer(mark="T/M", authority="ĐẢNG ỦY", position="BÍ THƯ", name="Lò Văn Thanh"),
        recipients=(
            "Ban Thường vụ Tỉnh ủy (b/c)",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)",
            "Các đồng chí Đảng ủy viên",
            "Các chi bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy",
        ),
        status="final",
    )


def district_context() -> Context:
    return Context(
        narrative=(
            para(
                f"Xã Bản Bo có {num(_VILLAGES)} thôn, bản, với các dân tộc Thái, Mông, Kinh, Dao "
                f"cùng sinh sống; Đảng bộ xã có {num(_CELLS)} chi bộ trực thuộc với "
                f"{num(_MEMBERS)} đảng viên. Từ ngày 01/7/2025, xã được tổ chức lại theo mô hình "
                "chính quyền địa phương hai cấp, Đảng ủy xã trực thuộc Tỉnh ủy."
            ),
            para(
                "Đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên; tình hình "
                "an ninh chính trị, trật tự an toàn xã hội ổn định, tạo điều kiện thuận lợi cho "
                "việc triển khai thực hiện Kết luận."
            ),
        ),
        advantages=(
            "Đảng ủy, chính quyền xã đoàn kết, thống nhất; đội ngũ cán bộ thôn, bản nhiệt "
            "tình, trách nhiệm.",
            "Được Tỉnh ủy, các ban đảng của tỉnh quan tâm hướng dẫn, hỗ trợ tài liệu tuyên "
            "truyền.",
        ),
        difficulties=(
            "Địa bàn rộng, một số bản vùng cao đi lại khó khăn, nhất là mùa mưa.",
            "Một bộ phận Nhân dân còn hạn chế về tiếng phổ thông; nguồn kinh phí cho hoạt "
            "động tuyên truyền ở cơ sở còn ít.",
        ),
        challenges=(
            "Việc sắp xếp bộ máy năm 2025 làm thay đổi nhiều cán bộ phụ trách công tác tuyên "
            "giáo, đòi hỏi thời gian ổn định.",
        ),
    )


def district_leadership() -> LeadershipWork:
    conferences, attendances, materials = 9, 1_874, 6
    ethnic_materials = 3
    grassroots = 48
    inspections, supervisions, surveys, visits, inspection_docs = 4, 6, 2, 11, 7
    return LeadershipWork(
        dissemination=Dissemination(
            narrative=(
                para(
                    "Ngay sau khi Tỉnh ủy ban hành Kết luận, Ban Thường vụ Đảng ủy xã ban hành "
                    f"{cite(_PLAN, issuer=False)} và {cite(_GUIDE, issuer=False)}; chỉ đạo "
                    "các chi bộ tổ chức học tập, quán triệt gắn với sinh hoạt chi bộ thường kỳ."
                ),
                para(
                    f"Đảng ủy xã tổ chức {num(conferences)} hội nghị học tập, quán triệt với "
                    f"{num(attendances)} lượt cán bộ, đảng viên và Nhân dân tham dự; biên soạn "
                    f"{num(materials)} tài liệu hỏi - đáp, tờ gấp cấp phát đến các chi bộ."
                ),
            ),
            conferences=conferences,
            attendances=attendances,
            materials_compiled=materials,
            ethnic_language=EthnicLanguageWork(
                languages=("Thái", "Mông"),
                materials=ethnic_materials,
                narrative=(
                    para(
                        f"Biên dịch {num(ethnic_materials)} tài liệu sang tiếng Thái, tiếng Mông "
                        "để trưởng bản, người có uy tín tuyên truyền tại các buổi họp bản."
                    ),
                ),
            ),
        ),
        documents=DocumentIssuance(
            narrative=(
                para(
                    f"Các chi bộ đã ban hành {num(grassroots)} nghị quyết chuyên đề, kế hoạch "
                    "thực hiện phù hợp với đặc điểm từng thôn, bản."
                ),
            ),
            issued=(_PLAN, _GUIDE, _PROGRAMME),
            grassroots_documents=grassroots,
        ),
        inspection=Inspection(
            narrative=(
                para(
                    f"Ủy ban Kiểm tra Đảng ủy xã tiến hành {num(inspections)} cuộc kiểm tra, "
                    f"{num(supervisions)} cuộc giám sát, {num(surveys)} cuộc khảo sát việc thực "
                    f"hiện Kết luận ở các chi bộ; ban hành {num(inspection_docs)} văn bản hướng "
                    f"dẫn, đôn đốc; cán bộ Đảng ủy xuống cơ sở {num(visits)} lượt hướng dẫn "
                    "nghiệp vụ."
                ),
            ),
            documents_issued=inspection_docs,
            inspections=inspections,
            supervisions=supervisions,
            surveys=surveys,
            guidance_visits=visits,
        ),
    )


def district_tasks() -> TaskResults:
    news, websites, loudspeakers = 96, 1, 5
    lecturers = Headcount(total=7, ethnic_minority=5)
    communicators = Headcount(total=36, ethnic_minority=31)
    courses, contests, topics = 3, 1, 12
    elementary, new_members, to_province, to_central, updates = 38, 27, 15, 0, 21
    collaborators, opinion_reports, own_surveys, joint_surveys = 9, 16, 0, 1
    secretariat, online, counter_posts = 5, 3, 146
    artisans, heritage, school_clubs, culture_staff, culture_trained = 4, 2, 3, 3, 9
    rooms, sessions, participants = 1, 22, 2_460
    cadres, cadres_trained = 5, 19
    equipment = Money(dong=385_000_000)
    bought, mobile_bought = 6, 5
    culture_houses = 16
    radio = RadioNetwork(
        communes=Ratio(part=1, whole=1), villages=_RADIO_VILLAGES, mobile_loudspeakers=loudspeakers
    )
    return TaskResults(
        objectives=Objectives(
            narrative=(
                para(
                    "Các chỉ tiêu của Kết luận giao cho cấp xã cơ bản đạt và vượt; chỉ tiêu "
                    "về cụm loa truyền thanh ở thôn, bản chưa đạt do một số cụm loa hư hỏng."
                ),
            ),
            targets=(
                Target(
                    indicator="Tỷ lệ cán bộ, đảng viên được học tập, quán triệt các nghị "
                    "quyết, chỉ thị của Đảng",
                    unit="%",
                    target=Decimal(95),
                    result=Decimal("97.6"),
                    note="Vượt chỉ tiêu",
                ),
                Target(
                    indicator="Tỷ lệ thôn, bản có cụm loa truyền thanh hoạt động ổn định",
                    unit="%",
                    target=Decimal(90),
                    result=Decimal("88.9"),
                    note="02 cụm loa hư hỏng chưa được thay thế",
                ),
                Target(
                    indicator="Thôn, bản có đội văn nghệ",
                    unit="thôn, bản",
                    target=Decimal(16),
                    result=Decimal(_TROUPES.part),
                ),
            ),
        ),
        propaganda=Propaganda(
            narrative=(
                dash(
                    "Tuyên truyền trên các phương tiện thông tin:",
                    f"Xã cung cấp {num(news)} tin, bài cho Báo và Đài Phát thanh - Truyền hình "
                    f"tỉnh; duy trì {num(websites)} trang thông tin điện tử của xã.",
                    f"Xã có hệ thống truyền thanh cơ sở; {rate(_RADIO_VILLAGES, 'thôn, bản')} "
                    f"có cụm loa hoạt động ổn định; đã trang cấp {num(loudspeakers)} bộ loa di "
                    "động cho các bản chưa có cụm loa.",
                ),
                dash(
                    "Đội ngũ báo cáo viên, tuyên truyền viên:",
                    f"Đảng bộ xã có {num(lecturers.total)} báo cáo viên (trong đó "
                    f"{num(lecturers.ethnic_minority or 0)} người dân tộc thiểu số) và "
                    f"{num(communicators.total)} tuyên truyền viên (trong đó "
                    f"{num(communicators.ethnic_minority or 0)} người dân tộc thiểu số); tổ "
                    f"chức {num(courses)} lớp tập huấn và {num(contests)} hội thi tuyên truyền "
                    f"viên giỏi; tiếp nhận {num(topics)} chuyên đề của báo cáo viên cấp tỉnh.",
                ),
            ),
            ethnic_language=EthnicLanguageWork(
                languages=("Thái", "Mông"),
                materials=2,
                narrative=(
                    para(
                        "Phát thanh bằng tiếng Thái, tiếng Mông trên hệ thống loa của các bản "
                        "vào các buổi sáng thứ hai, thứ năm hằng tuần."
                    ),
                ),
            ),
            news_items=news,
            newspaper_copies=2_880,
            websites=websites,
            radio=radio,
            lecturers=lecturers,
            communicators=communicators,
            training_courses=courses,
            contests=contests,
            provincial_lecturer_topics=topics,
        ),
        political_theory=PoliticalTheory(
            narrative=(
                para(
                    "Xã không có trung tâm chính trị; các lớp lý luận chính trị do Trung tâm "
                    "chính trị của huyện (đến ngày 30/6/2025) và Trường Chính trị tỉnh tổ "
                    f"chức. Đảng ủy xã cử {num(elementary)} đồng chí học sơ cấp lý luận chính "
                    f"trị, {num(new_members)} đảng viên mới học lớp bồi dưỡng lý luận chính trị; "
                    f"cử {num(to_province)} lượt cán bộ đi đào tạo, bồi dưỡng tại tỉnh; "
                    f"{num(updates)} lượt cán bộ chủ chốt được bồi dưỡng cập nhật kiến thức."
                ),
            ),
            elementary_theory_trainees=elementary,
            new_member_trainees=new_members,
            sent_to_province=to_province,
            sent_to_central=to_central,
            knowledge_updates=updates,
        ),
        public_opinion=PublicOpinion(
            narrative=(
                para(
                    f"Xã có {num(collaborators)} cộng tác viên dư luận xã hội, ở hầu hết các "
                    f"bản; gửi {num(opinion_reports)} báo cáo tình hình dư luận xã hội; phối "
                    f"hợp với tỉnh thực hiện {num(joint_surveys)} cuộc điều tra xã hội học."
                ),
            ),
            collaborators=collaborators,
            opinion_reports=opinion_reports,
            surveys_own=own_surveys,
            surveys_joint=joint_surveys,
        ),
        ideological_foundation=IdeologicalFoundation(
            narrative=(
                para(
                    f"Tổ thư ký giúp việc Ban Chỉ đạo 35 của xã có {num(secretariat)} thành viên; "
                    f"duy trì {num(online)} nhóm Zalo, trang Facebook của xã và đăng "
                    f"{num(counter_posts)} tin, bài, bình luận tích cực, phản bác thông tin "
                    "sai trái."
                ),
            ),
            secretariat_members=secretariat,
            online_channels=online,
            counter_posts=counter_posts,
        ),
        culture=Culture(
            narrative=(
                para(
                    f"{rate(_TROUPES, 'thôn, bản')} có đội văn nghệ, trong đó "
                    f"{num(_STABLE_TROUPES)} đội hoạt động ổn định; xã có {num(artisans)} nghệ "
                    f"nhân dân gian tiêu biểu, {num(heritage)} câu lạc bộ bảo tồn văn hóa Thái, "
                    f"Mông và {num(school_clubs)} câu lạc bộ trong trường học."
                ),
                para(
                    f"Xã có {num(culture_staff)} cán bộ làm công tác văn hóa; "
                    f"{num(culture_trained)} lượt được bồi dưỡng nghiệp vụ."
                ),
            ),
            extra_figures=(
                ExtraFigure(
                    label="Thôn, bản có nhà văn hóa", value=Decimal(culture_houses),
                    unit="thôn, bản",
                ),
            ),
            folk_artisans=artisans,
            villages_with_troupes=_TROUPES,
            stable_troupes=_STABLE_TROUPES,
            heritage_clubs=heritage,
            school_clubs=school_clubs,
            culture_staff=culture_staff,
            culture_staff_trained=culture_trained,
        ),
        party_history=PartyHistory(
            narrative=(
                para(
                    "Đảng bộ xã đã biên soạn, xuất bản lịch sử Đảng bộ xã giai đoạn 1960 - "
                    f"2020; duy trì {num(rooms)} phòng truyền thống; tổ chức {num(sessions)} "
                    f"buổi giáo dục truyền thống với {num(participants)} lượt người tham gia."
                ),
            ),
            commune_histories=Ratio(part=1, whole=1),
            history_works=1,
            tradition_rooms=rooms,
            education_sessions=sessions,
            education_participants=participants,
        ),
        party_building=PartyBuilding(
            narrative=(
                para(
                    "Đảng ủy xã cụ thể hóa việc thực hiện Kết luận số 21-KL/TW và quy định "
                    f"nêu gương bằng {cite(_REGULATION)}; việc học tập và làm theo tư tưởng, "
                    "đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ của từng chi bộ."
                ),
            ),
            concretising_documents=(_REGULATION,),
        ),
        ideological_cadres=IdeologicalCadres(
            narrative=(
                para(
                    f"Xã có {num(cadres)} cán bộ làm công tác tuyên giáo (kiêm nhiệm); "
                    f"{num(cadres_trained)} lượt được đào tạo, bồi dưỡng nghiệp vụ. Xã không có "
                    "giảng viên của trung tâm chính trị."
                ),
            ),
            propaganda_cadres=cadres,
            propaganda_cadres_trained=cadres_trained,
        ),
        facilities=Facilities(
            narrative=(
                para(
                    f"Xã đầu tư {dong(equipment)} mua sắm trang thiết bị truyền thanh; lắp "
                    f"mới {num(bought)} cụm loa và trang cấp {num(mobile_bought)} bộ loa di động."
                ),
            ),
            equipment_investment=equipment,
            loudspeakers_bought=bought,
            mobile_loudspeakers_bought=mobile_bought,
            supported_trainees=0,
            trainee_support=Money(dong=0),
        ),
    )


def district_assessment() -> Assessment:
    return Assessment(
        strengths=Strengths(
            narrative=(
                para(
                    "Việc thực hiện Kết luận được Đảng ủy xã lãnh đạo sát sao; nhận thức của "
                    "cán bộ, đảng viên và Nhân dân về công tác tư tưởng, văn hóa được nâng lên."
                ),
            ),
            good_units=(
                Unit(name="Chi bộ bản Nà Đon", note="duy trì đội văn nghệ và cụm loa ổn định"),
                Unit(name="Chi bộ bản Bo", note="làm tốt tuyên truyền bằng tiếng Thái"),
            ),
        ),
        shortcomings=Shortcomings(
            narrative=(
                para("Bên cạnh kết quả đạt được, việc thực hiện Kết luận còn một số hạn chế."),
            ),
            shortcomings=(
                "Một số cụm loa ở bản vùng cao hư hỏng chưa được thay thế kịp thời.",
                "Nội dung sinh hoạt của một số đội văn nghệ chưa thường xuyên.",
            ),
            weak_units=(Unit(name="Chi bộ bản Phiêng Cại", note="cụm loa hư hỏng kéo dài"),),
            internal_causes=(
                "Một số cấp ủy chi bộ chưa quan tâm đúng mức đến công tác tuyên truyền.",
            ),
            external_causes=("Kinh phí hoạt động ở cơ sở còn hạn hẹp.",),
        ),
    )


def district_proposals() -> Proposals:
    return Proposals(
        narrative=(para("Đảng ủy xã Bản Bo đề xuất, kiến nghị:"),),
        items=(
            Proposal(
                addressee="Ban Tuyên giáo và Dân vận Tỉnh ủy",
                text="Tiếp tục cung cấp tài liệu tuyên truyền bằng tiếng Thái, tiếng Mông cho "
                "cấp xã.",
            ),
            Proposal(
                addressee="Ủy ban nhân dân tỉnh",
                text="Hỗ trợ kinh phí thay thế các cụm loa truyền thanh hư hỏng ở thôn, bản "
                "vùng cao.",
            ),
        ),
    )


def commune_report() -> Report:
    """The commune sample, built anew (callers go through :func:`kl224.sample_report`)."""
    return Report(
        meta=district_meta(),
        context=district_context(),
        leadership=district_leadership(),
        tasks=district_tasks(),
        assessment=district_assessment(),
        proposals=district_proposals(),
    )
