"""The outline (đề cương) as data: the single source of headings, guidance and bindings.

Every node of ``outline-kl224.txt`` is here in order, with its key (``B.II.2``), its label as
the outline prints it (``A.``, ``B-``, ``I-``, ``1.``), its title and guidance lines verbatim,
whether the outline asks for figures, which parts are "(nếu có)" (if any), and the JSON Pointer
of the model object it binds to. Renderers, completeness rules, the blank outline and the
strategies all read it from here.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

__all__ = [
    "NODES",
    "OUTLINE_TITLE",
    "Guidance",
    "OutlineNode",
    "items",
    "node",
]


@attrs.frozen
class Guidance:
    """A guidance line of the outline: a ``-`` or ``+`` bullet, or a plain line (``""``)."""

    marker: Literal["-", "+", ""]
    text: str

    @property
    def line(self) -> str:
        """The line as the outline prints it."""
        return f"{self.marker} {self.text}" if self.marker else self.text


G = Guidance


@attrs.frozen(kw_only=True)
class OutlineNode:
    """One heading of the outline.

    ``level`` 1 is a part (A, B, C), 2 a section (I, II, III), 3 a numbered item. ``path`` is
    the JSON Pointer of the model object the node binds to (``""`` for B, which only groups
    sections). ``optional_paths`` point at the "(nếu có)" parts, which may be answered with
    :class:`~kl224.model.NotApplicable`.
    """

    key: str
    label: str
    title: str
    level: Literal[1, 2, 3]
    path: str
    needs_figures: bool
    optional_paths: tuple[str, ...]
    guidance: tuple[Guidance, ...]

    @property
    def may_be_not_applicable(self) -> bool:
        """Whether the outline marks part of this node "(nếu có)"."""
        return bool(self.optional_paths)

    @property
    def report_label(self) -> str:
        """The label in a filled report, which uses one style throughout (``A-`` not ``A.``)."""
        if self.level == 1 and self.label.endswith("."):
            return self.label[:-1] + "-"
        return self.label

    @property
    def heading(self) -> str:
        """Label and title as the outline prints them."""
        return f"{self.label} {self.title}"

    @property
    def parent_key(self) -> str | None:
        """The key of the enclosing node, or None for a part."""
        return self.key.rpartition(".")[0] or None


OUTLINE_TITLE: Final[tuple[str, ...]] = (
    "ĐỀ CƯƠNG BÁO CÁO",
    "Kết quả triển khai thực hiện Kết luận số 224-KL/TU,",
    "ngày 18/10/2021 của Tỉnh ủy",
    "(Kèm theo Công văn số 1323-CV/HU, ngày 25/9/2024 của BTV Huyện ủy)",
    "-----",
)
"""The outline's own title block, line by line."""

NODES: Final[tuple[OutlineNode, ...]] = (
    OutlineNode(
        key="A",
        label="A.",
        title="BỐI CẢNH THỰC HIỆN KẾT LUẬN",
        level=1,
        path="/context",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("", "Đánh giá tình hình thế giới, trong nước và tỉnh tác động đến việc thực hiện nhiệm vụ theo lĩnh vực (thuận lợi, khó khăn, thách thức, những yếu tố tác động…)"),
        ),
    ),
    OutlineNode(
        key="B",
        label="B-",
        title="KẾT QUẢ THỰC HIỆN",
        level=1,
        path="",
        needs_figures=False,
        optional_paths=(),
        guidance=(),
    ),
    OutlineNode(
        key="B.I",
        label="I-",
        title="CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        level=2,
        path="/leadership",
        needs_figures=False,
        optional_paths=(),
        guidance=(),
    ),
    OutlineNode(
        key="B.I.1",
        label="1.",
        title="Công tác quán triệt, học tập, tuyên truyền và triển khai thực hiện Kết luận số 224-KL/TU và Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy",
        level=3,
        path="/leadership/dissemination",
        needs_figures=True,
        optional_paths=("/leadership/dissemination/ethnic_language",),
        guidance=(
            G("-", "Công tác lãnh đạo, chỉ đạo việc tổ chức học tập, quán triệt của cấp ủy, cơ quan, đơn vị."),
            G("-", "Kết quả tổ chức hội nghị học tập, quán triệt (hình thức; số lượng hội nghị; lượt người tham dự)."),
            G("-", "Kết quả công tác tuyên truyền"),
            G("+", "Nội dung; hình thức tuyên truyền (nêu cách sáng tạo, hiệu quả)."),
            G("+", "Việc biên soạn tài liệu tuyên truyền; tuyên truyền bằng tiếng dân tộc thiểu số (nếu có)."),
            G("-", "Đánh giá nhận thức của các cấp ủy đảng, chính quyền, đoàn thể chính trị - xã hội, cán bộ, đảng viên và Nhân dân các dân tộc về việc thực hiện Kết luận."),
        ),
    ),
    OutlineNode(
        key="B.I.2",
        label="2.",
        title="Xây dựng, ban hành các văn bản lãnh đạo, chỉ đạo và tổ chức thực hiện",
        level=3,
        path="/leadership/documents",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("-", "Việc ban hành văn bản lãnh đạo, chỉ đạo và triển khai thực hiện Kết luận số 224-KL/TU và Kế hoạch số 61-KH/TU"),
            G("-", "Việc cụ thể hóa các nội dung văn bản chỉ đạo, triển khai thực hiện của cấp ủy cơ sở."),
        ),
    ),
    OutlineNode(
        key="B.I.3",
        label="3.",
        title="Công tác kiểm tra, giám sát, khảo sát",
        level=3,
        path="/leadership/inspection",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("", "Công tác kiểm tra, giám sát, khảo sát, đôn đốc các cấp ủy, tổ chức đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong học tập, quán triệt, tuyên truyền và triển khai thực hiện (văn bản ban hành, số cuộc kiểm tra, giám sát, khảo sát, hướng dẫn nghiệp vụ...)."),
        ),
    ),
    OutlineNode(
        key="B.II",
        label="II-",
        title="KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CỦA KẾT LUẬN SỐ 224-KL/TU",
        level=2,
        path="/tasks",
        needs_figures=False,
        optional_paths=(),
        guidance=(),
    ),
    OutlineNode(
        key="B.II.1",
        label="1.",
        title="Kết quả thực hiện các mục tiêu của Kết luận (ước kết quả đến hết năm 2024)",
        level=3,
        path="/tasks/objectives",
        needs_figures=True,
        optional_paths=(),
        guidance=(),
    ),
    OutlineNode(
        key="B.II.2",
        label="2.",
        title="Nâng cao chất lượng việc quán triệt, học tập, tuyên truyền các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước",
        level=3,
        path="/tasks/propaganda",
        needs_figures=True,
        optional_paths=("/tasks/propaganda/ethnic_language",),
        guidance=(
            G("-", "Tiếp tục đổi mới cách thức quán triệt, học tập:"),
            G("", "Xác định nội dung, cách thức quán triệt, học tập phù hợp với từng đối tượng. Lựa chọn nội dung để biên soạn tài liệu quán triệt, học tập, tuyên truyền ngắn gọn, dễ hiểu, dễ nhớ phù hợp với chức năng, nhiệm vụ, phong tục, tập quán và nhận thức của từng đối tượng....; biên soạn tài liệu và thực hiện quán triệt, học tập, tuyên truyền bằng tiếng dân tộc thiểu số (nếu có)."),
            G("-", "Nâng cao chất lượng tuyên truyền trên hệ thống truyền thông đại chúng:"),
            G("+", "Việc xây dựng đề án quy hoạch phát triển và quản lý báo chí của tỉnh đến năm 2025 tầm nhìn đến 2030; phát triển các cơ quan báo chí của tỉnh theo hướng đa phương tiện gắn với nền tảng số và mạng xã hội. Đổi mới toàn diện nội dung, phương thức hoạt động, nâng cao tính giáo dục, sức thuyết phục và định hướng dư luận của báo chí. Nâng cấp Trang thông tin điện tử của Đài Phát thanh – Truyền hình tỉnh thành cổng thông tin điện tử; nâng cấp Báo Lai Châu điện tử giai đoạn III, tăng kỳ xuất bản báo in thường kỳ; mở rộng đối tượng phát hành báo thường kỳ và báo dành cho đồng bào các dân tộc vùng cao (có số liệu minh họa)."),
            G("+", "Xây dựng và duy trì hoạt động các trang, cổng thông tin điện tử của địa phương phục vụ công tác tuyên truyền. Việc lắp đặt, nâng cấp, sửa chữa hệ thống truyền thanh cơ sở (tỷ lệ % xã, phường, thị trấn có hệ thống truyền thanh; tỷ lệ % thôn, bản, tổ dân phố có cụm loa truyền thanh cơ sở hoạt động ổn định. Việc trang cấp hệ thống loa truyền thanh di động cho các thôn, bản)."),
            G("-", "Nâng cao chất lượng của đội ngũ báo cáo viên, tuyên truyền viên:"),
            G("+", "Xây dựng đội ngũ báo cáo viên của Đảng bộ: Củng cố kiện toàn; số lượng, cơ cấu, thành phần báo cáo viên; số lượng đội ngũ tuyên truyền viên cơ sở (trong đó có bao nhiêu BCV, TTM người dân tộc thiểu số)."),
            G("+", "Công tác tập huấn, bồi dưỡng nghiệp vụ, cung cấp thông tin, định hướng tuyên truyền cho đội ngũ báo cáo viên, tuyên truyền viên. Tổ chức hội thi báo cáo viên, tuyên truyền viên giỏi."),
            G("+", "Số lượng, chất lượng các chuyên đề của báo cáo viên cấp tỉnh của huyện (thành phố), báo cáo viên cấp huyện (thành phố) được triển khai tại các hội nghị báo cáo viên, thông tin thời sự."),
        ),
    ),
    OutlineNode(
        key="B.II.3",
        label="3.",
        title="Nâng cao chất lượng công tác lý luận chính trị của Đảng bộ",
        level=3,
        path="/tasks/political_theory",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Đánh giá vai trò cấp ủy, tổ chức đảng các cấp trong chỉ đạo việc nâng cao trình độ lý luận chính trị, trình độ chuyên môn cho đội ngũ cán bộ, đảng viên; việc hỗ trợ, tạo điều kiện để cán bộ, đảng viên tham gia các lớp đào tạo, bồi dưỡng."),
            G("-", "Kết quả thực hiện của Trung tâm chính trị cấp huyện (thành phố):"),
            G("+", "Việc củng cố, kiện toàn nâng cao chất lượng đội ngũ giảng viên"),
            G("+", "Đánh giá việc tiếp tục đẩy mạnh đổi mới nội dung, phương pháp giảng dạy; gắn nội dung đào tạo, bồi dưỡng với thực tiễn của địa phương."),
            G("+", "Biên soạn tài liệu phục vụ giảng dạy, học tập tại Trung tâm."),
            G("+", "Tổ chức Hội thi giảng viên lý luận chính trị giỏi các cấp."),
            G("+", "Kết quả thực hiện công tác đào tạo, bồi dưỡng cán bộ, đảng viên tại Trung tâm; cử cán bộ tham gia các lớp đào tạo, bồi dưỡng tại tỉnh và Trung ương. Công tác bồi dưỡng, cập nhật kiến thức cho cán bộ lãnh đạo, quản lý các cấp theo quy định (có số liệu cụ thể)."),
        ),
    ),
    OutlineNode(
        key="B.II.4",
        label="4.",
        title="Đổi mới, nâng cao chất lượng công tác điều tra, nắm tình hình, nghiên cứu dư luận xã hội",
        level=3,
        path="/tasks/public_opinion",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Đánh giá việc triển khai thực hiện Chương trình phối hợp giữa Ban Tuyên giáo huyện ủy (thành ủy) với cơ quan quản lý nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm theo Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư."),
            G("-", "Công tác xây dựng đội ngũ cộng tác viên dư luận xã hội cấp huyện (thành phố); đánh giá hiệu quả của đội ngũ cộng tác viên dư luận xã hội."),
            G("-", "Công tác tổ chức, triển khai điều tra xã hội học; nêu rõ việc ứng dụng công nghệ thông tin trong hoạt động điều tra xã hội học (nêu rõ số lượng, nội dung các cuộc do cấp ủy tự triển khai; số cuộc phối hợp với các ban, ngành của tỉnh, của Trung ương triển khai)."),
        ),
    ),
    OutlineNode(
        key="B.II.5",
        label="5.",
        title="Nâng cao chất lượng hoạt động bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
        level=3,
        path="/tasks/ideological_foundation",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("-", "Công tác củng cố, kiện toàn ban chỉ đạo 35 của Đảng bộ. Đánh giá hiệu quả hoạt động các thành viên ban chỉ đạo, tổ thư ký, cộng tác viên của ban chỉ đạo 35."),
            G("-", "Tổ chức các hội nghị tập huấn, bồi dưỡng nghiệp vụ bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các luận điệu sai trái, thù địch; quan tâm việc học tập, trao đổi kinh nghiệm với các địa phương khác."),
            G("-", "Việc thành lập và hoạt động của các trang fanpage, kênh youtube, zalo, facebook của ban chỉ đạo 35; tham gia đấu tranh trên không gian mạng."),
        ),
    ),
    OutlineNode(
        key="B.II.6",
        label="6.",
        title="Phát triển văn hóa, văn nghệ",
        level=3,
        path="/tasks/culture",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Việc xây dựng đội ngũ văn nghệ sỹ, nghệ nhân dân gian tiêu biểu, cán bộ làm công tác văn hóa, văn nghệ có năng lực, trách nhiệm, có bản lĩnh chính trị."),
            G("-", "Đánh giá kết quả nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”."),
            G("-", "Tổ chức, duy trì và phát triển các hoạt động văn hóa, văn nghệ ở cộng đồng dân cư (nêu cụ thể số lượng, chất lượng hoạt động của đội văn nghệ các thôn, bản: tỷ lệ % các thôn, bản, tổ dân phố có đội văn nghệ, trong đó có bao nhiêu % hoạt động ổn định, hiệu quả). Đánh giá công tác tổ chức Ngày hội Đại đoàn kết toàn dân tộc."),
            G("-", "Công tác xây dựng và duy trì hoạt động câu lạc bộ bảo tồn di sản văn hóa, văn nghệ dân gian tại các xã, phường, thị trấn; câu lạc bộ bảo tồn, phát huy bản sắc văn hóa truyền thống tốt đẹp các dân tộc trong trường học."),
            G("-", "Việc phát huy vai trò của các nghệ nhân dân gian trong việc truyền dạy các giá trị văn hóa tốt đẹp của các dân tộc ở các câu lạc bộ và trong cộng đồng."),
            G("-", "Đánh giá việc khai thác các giá trị văn hóa đặc sắc của các dân tộc phục vụ phát triển du lịch."),
            G("-", "Đánh giá kết quả xây dựng đội ngũ cán bộ làm công tác văn hoá – văn nghệ (số lượng, chất lượng và mức độ đáp ứng yêu cầu nhiệm vụ)."),
            G("-", "Công tác đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý luận chính trị cho đội ngũ cán bộ, công chức, viên chức trong lĩnh vực văn hoá, văn học, nghệ thuật (số lượng, chất lượng và mức độ đáp ứng yêu cầu nhiệm vụ)"),
            G("-", "Kết quả xây dựng Bảo tàng tỉnh và hệ thống thiết chế văn hóa các cấp."),
        ),
    ),
    OutlineNode(
        key="B.II.7",
        label="7.",
        title="Nâng cao chất lượng công tác lịch sử Đảng và giáo dục truyền thống",
        level=3,
        path="/tasks/party_history",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Công tác nghiên cứu biên soạn lịch sử đảng bộ các xã, phường, thị trấn (có số liệu cụ thể)."),
            G("-", "Khai thác, sử dụng các thiết chế, tài liệu, tư liệu lịch sử đảng bộ, lịch sử truyền thống trong giáo dục truyền thống. Tổ chức giáo dục truyền thống cho cán bộ, đảng viên, nhân dân các dân tộc, nhất là thế hệ trẻ (nêu rõ nội dung, hình thức triển khai; số lượng các công trình lịch sử, phòng truyền thống, biên soạn sách truyền thống ngành; số buổi tuyên truyền, giáo dục lịch sử truyền thống, đối tượng, số lượng người tham gia)."),
        ),
    ),
    OutlineNode(
        key="B.II.8",
        label="8.",
        title="Xây dựng Đảng và hệ thống chính trị vững mạnh về chính trị, tư tưởng và đạo đức",
        level=3,
        path="/tasks/party_building",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("-", "Việc triển khai thực hiện Cương lĩnh, Điều lệ Đảng, các nghị quyết, quy định của Đảng về xây dựng Đảng và hệ thống chính trị vững mạnh về chính trị, tư tưởng, đạo đức; việc cụ thể hóa thành các quy định, quy chế phù hợp với thực tiễn của từng tổ chức đảng, cơ quan, đơn vị, địa phương (nêu rõ tên văn bản được cụ thể hóa)."),
            G("-", "Đánh giá việc tiếp tục quán triệt và triển khai thực hiện các quy định của Trung ương về phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp, người đứng đầu."),
            G("-", "Đánh giá khái quát kết quả triển khai thực hiện: Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị “tiếp tục thực hiện Chỉ thị số 05-CT/TW về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, Kế hoạch số 44-KH/TU, ngày 29/10/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 01-KL/TW, giai đoạn 2021-2025. Kết luận số 21-KL/TW, ngày 25/10/2021 của Bộ Chính trị “về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa” và kế hoạch của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 21-KL/TW."),
        ),
    ),
    OutlineNode(
        key="B.II.9",
        label="9.",
        title="Xây dựng đội ngũ cán bộ làm công tác tư tưởng",
        level=3,
        path="/tasks/ideological_cadres",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Đánh giá kết quả xây dựng đội ngũ cán bộ làm công tác tuyên giáo (số lượng, chất lượng và mức độ đáp ứng yêu cầu nhiệm vụ)."),
            G("-", "Công tác đào tạo, bồi dưỡng chuyên môn, nghiệp vụ, lý luận chính trị, nâng cao chất lượng đội ngũ giảng viên chuyên trách của Trung tâm chính trị huyện, thành phố. Công tác củng cố, kiện toàn đội ngũ giảng viên kiêm chức (số lượng, chất lượng và mức độ đáp ứng yêu cầu nhiệm vụ)."),
        ),
    ),
    OutlineNode(
        key="B.II.10",
        label="10.",
        title="Đầu tư cơ sở vật chất, trang thiết bị cho các cơ quan làm công tác tư tưởng, văn hóa và thiết chế văn hóa cơ sở",
        level=3,
        path="/tasks/facilities",
        needs_figures=True,
        optional_paths=(),
        guidance=(
            G("-", "Việc đầu tư hệ thống trang thiết bị cho các cơ quan tuyên giáo, đài truyền thanh - truyền hình của huyện, thành phố; hệ thống loa truyền thanh, loa di động cho các xã, thôn, bản."),
            G("+", "Đầu tư, xây dựng cơ sở vật chất, trang thiết bị của Trung tâm; việc hỗ trợ cho học viên không hưởng lương từ ngân sách nhà nước tham gia các lớp đào tạo, bồi dưỡng (có số liệu cụ thể)."),
        ),
    ),
    OutlineNode(
        key="B.III",
        label="III-",
        title="ĐÁNH GIÁ CHUNG",
        level=2,
        path="/assessment",
        needs_figures=False,
        optional_paths=(),
        guidance=(),
    ),
    OutlineNode(
        key="B.III.1",
        label="1.",
        title="Ưu điểm, kết quả đạt được",
        level=3,
        path="/assessment/strengths",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("", "Khái quát những kết quả đạt được về công tác lãnh đạo, chỉ đạo học tập, quán triệt và triển khai thực hiện các mục tiêu, nhiệm vụ; những đổi mới, sáng tạo trong quá trình tổ chức thực hiện. Nêu rõ những đơn vị tổ chức thực hiện tốt."),
        ),
    ),
    OutlineNode(
        key="B.III.2",
        label="2.",
        title="Hạn chế, khuyết điểm và nguyên nhân",
        level=3,
        path="/assessment/shortcomings",
        needs_figures=False,
        optional_paths=(),
        guidance=(
            G("-", "Hạn chế, khuyết điểm (Nêu rõ nội dung chưa làm tốt, chưa triển khai  thực hiện; những đơn vị tổ chức thực hiện chưa tốt)."),
            G("-", "Nguyên nhân hạn chế, khuyết điểm (chỉ rõ nguyên nhân chủ quan và khách quan)."),
        ),
    ),
    OutlineNode(
        key="C",
        label="C-",
        title="ĐỀ XUẤT, KIẾN NGHỊ",
        level=1,
        path="/proposals",
        needs_figures=False,
        optional_paths=(),
        guidance=(),
    ),)
"""Every node of the outline, in the outline's order."""

_BY_KEY: Final = {n.key: n for n in NODES}


def node(key: str) -> OutlineNode:
    """Return the node with ``key`` (``"B.II.2"``); KeyError names the known keys."""
    try:
        return _BY_KEY[key]
    except KeyError:
        known = ", ".join(_BY_KEY)
        raise KeyError(f"no outline node {key!r}; known keys: {known}") from None


def items() -> tuple[OutlineNode, ...]:
    """The nodes a report fills in: every node bound to an item of the model (A, the numbered
    items of B and C), in order."""
    return tuple(n for n in NODES if n.key in _ITEM_KEYS)


_ITEM_KEYS: Final = frozenset(
    n.key for n in NODES if n.level == 3 or n.key in ("A", "C")
)
