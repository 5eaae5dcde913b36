"""C. Proposals."""

from __future__ import annotations

from kl224.model import Proposal, Proposals
from kl224.sample._writing import para


def district_proposals() -> Proposals:
    return Proposals(
        narrative=(
            para(
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
