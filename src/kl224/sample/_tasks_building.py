"""B.II items 6–10: culture, Party history, Party building, propaganda cadres, facilities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kl224.model import (
    Culture,
    ExtraFigure,
    Facilities,
    IdeologicalCadres,
    Money,
    PartyBuilding,
    PartyHistory,
    RadioNetwork,
    Ratio,
)
from kl224.sample._writing import cite, dash, dec, doc, dong, num, para, rate, share


def culture_task(troupes: Ratio, villages: int) -> Culture:
    artisans = 27
    stable = 76
    heritage = 21
    school = 28
    staff = 33
    trained = 142
    halls = 91
    return Culture(
        narrative=(
            dash(
                f"Huyện có {num(artisans)} người là nghệ nhân dân gian tiêu biểu, chủ yếu là "
                "nghệ nhân người Thái, Mông, Dao, Lự am hiểu dân ca, dân vũ, nghề thủ công "
                "truyền thống; đội ngũ cán bộ làm công tác văn hóa, văn nghệ có bản lĩnh chính "
                "trị vững vàng, nhiệt tình, trách nhiệm."
            ),
            dash(
                "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được triển khai sâu "
                "rộng, gắn với xây dựng nông thôn mới; hương ước, quy ước của các thôn, bản được "
                "rà soát, bổ sung, góp phần xóa bỏ các hủ tục lạc hậu trong việc cưới, việc tang. "
                "Ngày hội Đại đoàn kết toàn dân tộc được tổ chức hằng năm ở tất cả các khu dân "
                "cư với nhiều hoạt động văn hóa, thể thao phong phú."
            ),
            dash(
                "Hoạt động văn hóa, văn nghệ cộng đồng: "
                f"{rate(troupes, 'thôn, bản, tổ dân phố')} có đội văn nghệ, trong đó "
                f"{num(stable)} đội hoạt động ổn định, hiệu quả (đạt "
                f"{dec(share(stable, troupes.part))}% số đội). Các đội văn nghệ tham gia tích "
                "cực các hội diễn, liên hoan và phục vụ các sự kiện chính trị của địa phương."
            ),
            dash(
                f"Toàn huyện có {num(heritage)} câu lạc bộ bảo tồn di sản văn hóa, văn nghệ dân "
                f"gian tại các xã, thị trấn và {num(school)} câu lạc bộ bảo tồn, phát huy bản sắc "
                "văn hóa truyền thống các dân tộc trong trường học. Các nghệ nhân dân gian tích "
                "cực truyền dạy hát then, múa xòe, thổi khèn, thêu thổ cẩm cho thế hệ trẻ tại "
                "các câu lạc bộ và trong cộng đồng."
            ),
            dash(
                "Các giá trị văn hóa đặc sắc của các dân tộc được khai thác phục vụ phát triển "
                "du lịch, nhất là du lịch cộng đồng tại bản Sì Thâu Chải (xã Sơn Bình) và bản Hon "
                "(xã Bản Hon); lễ hội, ẩm thực, nghề dệt thổ cẩm trở thành sản phẩm du lịch thu "
                "hút du khách."
            ),
            dash(
                f"Đội ngũ cán bộ làm công tác văn hóa - văn nghệ của huyện có {num(staff)} người, "
                "cơ bản đáp ứng yêu cầu nhiệm vụ; đã cử "
                f"{num(trained)} lượt người tham gia đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý "
                "luận chính trị. Tuy nhiên, cán bộ văn hóa ở cơ sở còn kiêm nhiệm nhiều việc, "
                "thiếu cán bộ có năng khiếu nghệ thuật."
            ),
            dash(
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


def party_history_task(histories: Ratio) -> PartyHistory:
    works = 7
    rooms = 31
    books = 8
    sessions = 214
    participants = 17_350
    return PartyHistory(
        narrative=(
            dash(
                "Công tác nghiên cứu, biên soạn lịch sử đảng bộ: "
                f"{rate(histories, 'xã, thị trấn')} đã biên soạn, xuất bản lịch sử đảng bộ; "
                f"{num(histories.whole - histories.part)} xã (Hồ Thầu, Nùng Nàng) đang sưu tầm "
                "tư liệu, biên soạn, dự kiến hoàn thành trong năm 2025."
            ),
            dash(
                "Các thiết chế, tài liệu, tư liệu lịch sử được khai thác, sử dụng hiệu quả trong "
                f"giáo dục truyền thống. Toàn huyện có {num(works)} công trình lịch sử, "
                f"{num(rooms)} phòng truyền thống tại các cơ quan, đơn vị, trường học; đã biên "
                f"soạn {num(books)} cuốn sách truyền thống ngành.",
                f"Tổ chức {num(sessions)} buổi tuyên truyền, giáo dục lịch sử truyền thống với "
                f"{num(participants)} lượt người tham gia, chủ yếu là đoàn viên, thanh niên, học "
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


def party_building_task() -> PartyBuilding:
    documents = (
        doc(
            "Kế hoạch",
            "51-KH/HU",
            dt.date(2021, 12, 22),
            "thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị và Kế hoạch số "
            "44-KH/TU, ngày 29/10/2021 của Ban Thường vụ Tỉnh ủy",
        ),
        doc(
            "Kế hoạch",
            "58-KH/HU",
            dt.date(2022, 2, 10),
            "thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương "
            "Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
        ),
        doc(
            "Quy định",
            "14-QĐ/HU",
            dt.date(2022, 6, 6),
            "về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là cán bộ chủ chốt "
            "và người đứng đầu các cấp trong Đảng bộ huyện",
        ),
        doc(
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
            dash(
                "Việc triển khai thực hiện Cương lĩnh, Điều lệ Đảng, các nghị quyết, quy định "
                "của Đảng về xây dựng Đảng và hệ thống chính trị vững mạnh về chính trị, tư "
                "tưởng, đạo đức được Ban Thường vụ Huyện ủy cụ thể hóa bằng "
                f"{num(len(documents))} văn bản, trong đó có {cite(documents[2], issuer=False)} "
                f"{documents[2].title}. Các tổ chức đảng, cơ quan, đơn vị xây dựng quy chế làm "
                "việc, quy định về chuẩn mực đạo đức phù hợp với thực tiễn."
            ),
            dash(
                "Các quy định của Trung ương về trách nhiệm nêu gương được quán triệt nghiêm túc, "
                "nhất là Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương và "
                "Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức "
                "cách mạng của cán bộ, đảng viên trong giai đoạn mới. Cán bộ chủ chốt, người "
                "đứng đầu các cấp gương mẫu trong học tập, rèn luyện, đi đầu trong thực hiện các "
                "nhiệm vụ khó khăn, phức tạp."
            ),
            dash(
                "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Kế hoạch số 44-KH/TU của Ban "
                "Thường vụ Tỉnh ủy, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh được gắn với sinh hoạt chi bộ định kỳ và phong trào thi đua; nhiều mô "
                "hình, điển hình tiên tiến được nhân rộng như mô hình “Dân vận khéo”, “Chi bộ "
                "bốn tốt”. Thực hiện Kết luận số 21-KL/TW, các cấp ủy gắn kiểm điểm, đánh giá, "
                "xếp loại chất lượng hằng năm với việc nhận diện, ngăn chặn biểu hiện suy thoái; "
                "năm 2023 có "
                f"{dec(good_bodies)}% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ "
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


def ideological_cadres_task() -> IdeologicalCadres:
    board_staff = 5
    grassroots_staff = 34
    trained = 183
    full_time = 4
    part_time = 24
    return IdeologicalCadres(
        narrative=(
            dash(
                "Đội ngũ cán bộ làm công tác tuyên giáo toàn huyện có "
                f"{num(board_staff + grassroots_staff)} người ({num(board_staff)} người ở Ban "
                f"Tuyên giáo Huyện ủy và {num(grassroots_staff)} người phụ trách công tác tuyên "
                "giáo ở các tổ chức cơ sở đảng); có "
                f"{num(trained)} lượt người được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý "
                "luận chính trị. Đội ngũ cơ bản đáp ứng yêu cầu nhiệm vụ; tuy nhiên, cán bộ "
                "tuyên giáo ở cơ sở thường xuyên thay đổi, phần lớn kiêm nhiệm."
            ),
            dash(
                f"Trung tâm Chính trị huyện có {num(full_time)} người là giảng viên chuyên trách, "
                "100% có trình độ đại học trở lên và cao cấp lý luận chính trị; đội ngũ giảng "
                f"viên kiêm chức có {num(part_time)} người, được củng cố, kiện toàn hằng năm, "
                "tham gia giảng dạy có trách nhiệm, gắn bài giảng với thực tiễn địa phương."
            ),
        ),
        propaganda_cadres=board_staff + grassroots_staff,
        propaganda_cadres_trained=trained,
        full_time_lecturers=full_time,
        part_time_lecturers=part_time,
    )


def facilities_task(radio: RadioNetwork) -> Facilities:
    equipment = Money(dong=2_850_000_000)
    clusters = 52
    mobile = 44
    centre = Money(dong=1_460_000_000)
    supported = 1_329
    support = Money(dong=568_400_000)
    return Facilities(
        narrative=(
            dash(
                "Huyện quan tâm bố trí nguồn lực đầu tư trang thiết bị cho Ban Tuyên giáo Huyện "
                "ủy, Trung tâm Văn hóa - Thể thao và Truyền thông huyện với tổng kinh phí "
                f"{dong(equipment)}; đầu tư mới, thay thế {num(clusters)} cụm loa truyền thanh "
                f"ở các thôn, bản và trang cấp {num(mobile)} bộ loa di động (trong tổng số "
                f"{num(radio.mobile_loudspeakers or 0)} bộ loa di động hiện có ở các thôn, bản).",
                "Đầu tư, xây dựng cơ sở vật chất, trang thiết bị của Trung tâm Chính trị huyện "
                f"với kinh phí {dong(centre)} (cải tạo hội trường, phòng học, trang bị máy "
                "chiếu, máy tính, hệ thống âm thanh); hỗ trợ "
                f"{num(supported)} lượt học viên không hưởng lương từ ngân sách nhà nước tham "
                f"gia các lớp đào tạo, bồi dưỡng với tổng kinh phí {dong(support)}.",
            ),
            para(
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
