"""B.III. Overall assessment."""

from __future__ import annotations

from kl224.model import Assessment, LeadershipWork, Shortcomings, Strengths, TaskResults, Unit
from kl224.sample._writing import dash, num, para


def district_assessment(leadership: LeadershipWork, tasks: TaskResults) -> Assessment:
    return Assessment(strengths=_strengths(leadership, tasks), shortcomings=_shortcomings())


def _strengths(leadership: LeadershipWork, tasks: TaskResults) -> Strengths:
    conferences = leadership.dissemination.conferences or 0
    met = sum(1 for t in tasks.objectives.targets if t.achieved)
    return Strengths(
        narrative=(
            para(
                "Sau 03 năm triển khai thực hiện Kết luận, Ban Thường vụ Huyện ủy đã lãnh đạo, "
                "chỉ đạo quyết liệt, đồng bộ; các cấp ủy, tổ chức đảng, chính quyền, Mặt trận "
                "Tổ quốc và các đoàn thể chính trị - xã hội vào cuộc tích cực. Việc học tập, "
                f"quán triệt được tổ chức nghiêm túc với {num(conferences)} hội nghị; văn bản "
                "chỉ đạo được ban hành kịp thời, sát thực tiễn; công tác kiểm tra, giám sát được "
                "quan tâm, kịp thời chấn chỉnh những hạn chế."
            ),
            para(
                f"Có {met}/{len(tasks.objectives.targets)} chỉ tiêu đạt và vượt. Chất lượng "
                "công tác tuyên truyền được nâng lên; hệ thống truyền thanh cơ sở, đội ngũ báo "
                "cáo viên, tuyên truyền viên phát huy hiệu quả; công tác lý luận chính trị, nắm "
                "bắt dư luận xã hội, bảo vệ nền tảng tư tưởng của Đảng có nhiều chuyển biến tích "
                "cực. Phong trào văn hóa, văn nghệ ở cơ sở phát triển sâu rộng; bản sắc văn hóa "
                "các dân tộc được giữ gìn, phát huy, gắn với phát triển du lịch cộng đồng."
            ),
            dash(
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
            para(
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
