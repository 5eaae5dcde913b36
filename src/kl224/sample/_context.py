"""A. Context."""

from __future__ import annotations

from kl224.model import Context, ReportMeta
from kl224.sample._writing import para


def district_context(meta: ReportMeta) -> Context:
    communes = meta.communes or 0
    villages = meta.villages or 0
    return Context(
        narrative=(
            para(
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
            para(
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
            para(
                "Ở tỉnh, Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy đã tập trung lãnh "
                "đạo, chỉ đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ "
                "2020 - 2025, trong đó xác định công tác tư tưởng, văn hóa là nhiệm vụ thường "
                "xuyên, có ý nghĩa quan trọng đối với sự ổn định và phát triển của tỉnh. Kinh "
                "tế - xã hội của tỉnh tiếp tục phát triển; quốc phòng, an ninh được giữ vững; "
                "đời sống vật chất, tinh thần của Nhân dân các dân tộc từng bước được nâng lên."
            ),
            para(
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
