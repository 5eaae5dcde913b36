"""B.II items 2–5: propaganda, political theory, public opinion, ideological foundation."""

from __future__ import annotations

from kl224.model import (
    EthnicLanguageWork,
    Headcount,
    IdeologicalFoundation,
    PoliticalTheory,
    Propaganda,
    PublicOpinion,
    RadioNetwork,
)
from kl224.sample._writing import dash, num, para, rate


def propaganda_task(radio: RadioNetwork, lecturers: Headcount, communes: int) -> Propaganda:
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
            dash(
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
            dash(
                "Nâng cao chất lượng tuyên truyền trên hệ thống truyền thông đại chúng:",
                "Thực hiện chủ trương phát triển các cơ quan báo chí của tỉnh theo hướng đa "
                "phương tiện, huyện chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thông huyện "
                "đổi mới nội dung, hình thức các chương trình phát thanh, truyền hình; tăng "
                "thời lượng tin, bài phản ánh việc thực hiện Kết luận. Giai đoạn 2021 - 2024, "
                f"huyện đã cung cấp {num(news)} tin, bài cho Báo Lai Châu, Đài Phát thanh - "
                "Truyền hình tỉnh và các cơ quan báo chí Trung ương thường trú trên địa bàn.",
                "Duy trì phát hành báo, tạp chí cho các đối tượng theo quy định; "
                f"{num(newspapers)} tờ báo dành cho đồng bào dân tộc thiểu số và miền núi được "
                "phát hành đến các thôn, bản vùng cao, người có uy tín và các điểm bưu điện "
                "văn hóa xã.",
                f"Duy trì hoạt động của {num(websites)} trang thông tin điện tử (01 Trang thông "
                f"tin điện tử huyện và {communes} trang của các xã, thị trấn); thông tin được "
                "cập nhật thường xuyên, trở thành kênh tuyên truyền quan trọng của địa phương.",
                f"Hệ thống truyền thanh cơ sở: {rate(radio.communes, 'xã, thị trấn')} có hệ "
                f"thống truyền thanh cơ sở; {rate(radio.villages, 'thôn, bản, tổ dân phố')} có "
                "cụm loa truyền thanh hoạt động ổn định. Huyện đã trang cấp "
                f"{num(radio.mobile_loudspeakers)} bộ loa truyền thanh di động cho các thôn, bản "
                "chưa có cụm loa hoặc cụm loa hư hỏng, bảo đảm thông tin đến với Nhân dân kịp "
                "thời.",
            ),
            dash(
                "Nâng cao chất lượng đội ngũ báo cáo viên, tuyên truyền viên:",
                "Đội ngũ báo cáo viên của Đảng bộ huyện được củng cố, kiện toàn hằng năm, hiện "
                f"có {num(lecturers.total)} người, trong đó {num(lecturers.ethnic_minority)} người "
                "là người dân tộc thiểu số; thành phần gồm các đồng chí trong Ban Thường vụ "
                "Huyện ủy, lãnh đạo các ban xây dựng Đảng, Ủy ban nhân dân huyện và các cơ "
                f"quan, đơn vị. Đội ngũ tuyên truyền viên cơ sở có {num(communicators.total)} "
                f"người, trong đó {num(communicators.ethnic_minority)} người là người dân tộc "
                "thiểu số.",
                f"Tổ chức {num(courses)} lớp tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ báo cáo "
                "viên, tuyên truyền viên; duy trì hội nghị báo cáo viên định kỳ hằng tháng, "
                f"cung cấp thông tin, định hướng tuyên truyền kịp thời. Tổ chức {num(contests)} "
                "hội thi báo cáo viên, tuyên truyền viên giỏi cấp huyện (năm 2022 và năm 2024), "
                "qua đó lựa chọn thí sinh tham gia hội thi cấp tỉnh.",
                f"Các hội nghị báo cáo viên, thông tin thời sự đã triển khai "
                f"{num(provincial_topics)} chuyên đề của báo cáo viên cấp tỉnh và "
                f"{num(district_topics)} chuyên đề của báo cáo viên cấp huyện; nội dung sát với "
                "tình hình thời sự, nhiệm vụ chính trị của tỉnh, của huyện, được cán bộ, đảng "
                "viên đánh giá cao.",
            ),
        ),
        ethnic_language=EthnicLanguageWork(
            languages=("Mông", "Dao", "Thái"),
            materials=ethnic_materials,
            narrative=(
                para(
                    "Giai đoạn 2021 - 2024, các cơ quan, đơn vị của huyện biên soạn, biên dịch "
                    f"{num(ethnic_materials)} tài liệu tuyên truyền bằng tiếng Mông, tiếng Dao, "
                    "tiếng Thái về chủ trương của Đảng, chính sách, pháp luật của Nhà nước, "
                    "phòng, chống tảo hôn, hôn nhân cận huyết thống, xây dựng nông thôn mới."
                ),
                para(
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


def political_theory_task() -> PoliticalTheory:
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
            dash(
                "Vai trò của cấp ủy, tổ chức đảng: Các cấp ủy, tổ chức đảng quan tâm lãnh đạo, "
                "chỉ đạo việc nâng cao trình độ lý luận chính trị, chuyên môn cho đội ngũ cán "
                "bộ, đảng viên; gắn công tác đào tạo, bồi dưỡng với quy hoạch, sử dụng cán bộ. "
                "Nhiều cơ quan, đơn vị bố trí công việc hợp lý, tạo điều kiện về thời gian để "
                "cán bộ, đảng viên tham gia các lớp học."
            ),
            dash(
                "Kết quả thực hiện của Trung tâm Chính trị huyện:",
                "Đội ngũ giảng viên chuyên trách, kiêm chức được củng cố, kiện toàn theo hướng "
                "chuẩn hóa; giảng viên kiêm chức là các đồng chí lãnh đạo các ban xây dựng Đảng, "
                "các phòng, ban chuyên môn có kinh nghiệm thực tiễn.",
                "Trung tâm đổi mới phương pháp giảng dạy theo hướng phát huy tính chủ động của "
                "học viên, tăng cường trao đổi, thảo luận, liên hệ thực tiễn; đưa nội dung Kết "
                "luận và các chương trình, đề án của huyện vào bài giảng.",
                f"Biên soạn {num(materials)} tài liệu phục vụ giảng dạy, học tập, trong đó có các "
                "chuyên đề về lịch sử, văn hóa các dân tộc huyện Tam Đường.",
                f"Tổ chức {num(contests)} hội thi giảng viên lý luận chính trị giỏi cấp huyện "
                "(năm 2023); cử giảng viên tham gia hội thi cấp tỉnh.",
                f"Trung tâm phối hợp mở {num(classes)} lớp đào tạo, bồi dưỡng với "
                f"{num(trainees)} lượt học viên, trong đó {num(elementary)} học viên sơ cấp lý "
                f"luận chính trị và {num(new_members)} học viên lớp bồi dưỡng lý luận chính trị "
                "cho đảng viên mới. Cử "
                f"{num(province)} lượt người tham gia các lớp đào tạo, bồi dưỡng tại tỉnh và "
                f"{num(central)} lượt người tham gia các lớp tại Trung ương. Bồi dưỡng cập nhật "
                f"kiến thức cho {num(updates)} lượt người là cán bộ lãnh đạo, quản lý các cấp "
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


def public_opinion_task() -> PublicOpinion:
    collaborators = 45
    reports = 36
    own = 3
    joint = 5
    return PublicOpinion(
        narrative=(
            dash(
                "Ban Tuyên giáo Huyện ủy và Ủy ban nhân dân huyện ký kết, triển khai Chương "
                "trình phối hợp theo Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư; định "
                "kỳ 6 tháng giao ban, trao đổi thông tin về việc thực thi pháp luật, triển khai "
                "kế hoạch phát triển kinh tế - xã hội và giải quyết các vấn đề nổi cộm, Nhân dân "
                "quan tâm như bồi thường, giải phóng mặt bằng, quản lý đất đai, giá cả nông sản. "
                "Việc phối hợp giúp cấp ủy, chính quyền nắm bắt kịp thời tâm tư, nguyện vọng của "
                "Nhân dân, giải quyết dứt điểm nhiều vụ việc từ cơ sở."
            ),
            dash(
                "Đội ngũ cộng tác viên dư luận xã hội cấp huyện được kiện toàn hằng năm, hiện "
                f"có {num(collaborators)} người là cán bộ các ban, ngành, đoàn thể và cán bộ chủ "
                "chốt cơ sở; phản ánh kịp thời diễn biến tư tưởng, dư luận trong cán bộ, đảng "
                f"viên và Nhân dân. Ban Tuyên giáo Huyện ủy tổng hợp {num(reports)} báo cáo tình "
                "hình dư luận xã hội gửi Ban Thường vụ Huyện ủy và Ban Tuyên giáo Tỉnh ủy. Tuy "
                "nhiên, chất lượng thông tin của một số cộng tác viên còn chung chung, chưa "
                "phản ánh đúng thực chất dư luận ở cơ sở."
            ),
            dash(
                f"Công tác điều tra xã hội học: Huyện ủy tự triển khai {num(own)} cuộc điều tra "
                "(về hiệu quả hoạt động của hệ thống truyền thanh cơ sở, về việc giữ gìn bản sắc "
                "văn hóa của đồng bào Mông, về tác động của mạng xã hội đối với thanh niên); phối "
                "hợp với Ban Tuyên giáo Tỉnh ủy và các ban, ngành của tỉnh, của Trung ương triển "
                f"khai {num(joint)} cuộc điều tra trên địa bàn. Phiếu khảo sát trực tuyến được ứng "
                "dụng ở các cơ quan, đơn vị cấp huyện, giúp rút ngắn thời gian tổng hợp, xử lý "
                "số liệu."
            ),
        ),
        collaborators=collaborators,
        opinion_reports=reports,
        surveys_own=own,
        surveys_joint=joint,
    )


def ideological_foundation_task() -> IdeologicalFoundation:
    members = 18
    secretariat = 12
    collaborators = 68
    conferences = 29
    attendances = 2_174
    channels = 34
    posts = 2_315
    return IdeologicalFoundation(
        narrative=(
            dash(
                "Ban Chỉ đạo 35 huyện được củng cố, kiện toàn kịp thời khi có sự thay đổi nhân "
                f"sự, hiện có {num(members)} người do đồng chí Bí thư Huyện ủy làm Trưởng ban; Tổ "
                f"thư ký giúp việc có {num(secretariat)} người; đội ngũ cộng tác viên có "
                f"{num(collaborators)} người. Các thành viên Ban Chỉ đạo, Tổ thư ký thực hiện tốt "
                "nhiệm vụ được phân công, chủ động nắm tình hình, tham mưu xử lý kịp thời các "
                "thông tin xấu, độc liên quan đến địa bàn."
            ),
            dash(
                f"Tổ chức {num(conferences)} hội nghị tập huấn, bồi dưỡng nghiệp vụ bảo vệ nền "
                "tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch cho "
                "cán bộ, đảng viên, đoàn viên thanh niên với "
                f"{num(attendances)} lượt người tham dự; cử cán bộ tham gia trao đổi kinh nghiệm "
                "với Ban Chỉ đạo 35 của một số huyện trong tỉnh."
            ),
            dash(
                f"Thành lập và duy trì {num(channels)} trang, kênh trên mạng xã hội (fanpage, kênh "
                "YouTube, nhóm Zalo, trang Facebook) của Ban Chỉ đạo 35 huyện và của các đảng "
                f"bộ cơ sở; đăng tải, chia sẻ {num(posts)} tin, bài, bình luận tích cực, đấu "
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
