"""Part B.II: results of the objectives, tasks and solutions of the conclusion (items 1–10)."""

from __future__ import annotations

import attrs

from kl224.model.item import Item
from kl224.model.leadership import EthnicLanguageWork
from kl224.model.values import (
    DISTRICT_UP,
    DocumentRef,
    Headcount,
    Money,
    NotApplicable,
    Ratio,
    Target,
    count_field,
    figure_field,
)

__all__ = [
    "Culture",
    "Facilities",
    "IdeologicalCadres",
    "IdeologicalFoundation",
    "Objectives",
    "PartyBuilding",
    "PartyHistory",
    "PoliticalTheory",
    "Propaganda",
    "PublicOpinion",
    "RadioNetwork",
    "TaskResults",
]


@attrs.frozen(kw_only=True)
class Objectives(Item):
    """B.II.1. Results against the conclusion's targets (estimated to the end of 2024)."""

    targets: tuple[Target, ...] = figure_field(
        "Chỉ tiêu của Kết luận", "chỉ tiêu", "targets", "targets of the conclusion"
    )


@attrs.frozen(kw_only=True)
class RadioNetwork:
    """The grassroots radio system: communes with a system, villages with working loudspeaker
    clusters, and mobile loudspeakers handed to villages."""

    communes: Ratio | None = figure_field(
        "Xã, thị trấn có hệ thống truyền thanh cơ sở",
        "xã",
        "ratio",
        "communes with a radio system",
        over="communes",
    )
    villages: Ratio | None = figure_field(
        "Thôn, bản, tổ dân phố có cụm loa truyền thanh hoạt động ổn định",
        "thôn, bản",
        "ratio",
        "villages with working loudspeaker clusters",
        over="villages",
    )
    mobile_loudspeakers: int | None = count_field(
        "Loa truyền thanh di động trang cấp cho thôn, bản", "bộ", "mobile loudspeakers"
    )


@attrs.frozen(kw_only=True)
class Propaganda(Item):
    """B.II.2. Quality of dissemination and communication: study methods, mass media, the
    radio system, lecturers and communicators."""

    ethnic_language: EthnicLanguageWork | NotApplicable | None = None
    news_items: int | None = count_field(
        "Tin, bài cung cấp cho các cơ quan báo chí", "tin, bài", "news items supplied to the press"
    )
    newspaper_copies: int | None = count_field(
        "Báo phát hành đến thôn, bản vùng cao",
        "tờ",
        "newspaper copies distributed",
        required=False,
    )
    websites: int | None = count_field(
        "Trang, cổng thông tin điện tử của địa phương", "trang", "local websites"
    )
    radio: RadioNetwork = attrs.field(factory=RadioNetwork)
    lecturers: Headcount | None = figure_field(
        "Báo cáo viên của Đảng bộ", "người", "headcount", "lecturers"
    )
    communicators: Headcount | None = figure_field(
        "Tuyên truyền viên cơ sở", "người", "headcount", "communicators"
    )
    training_courses: int | None = count_field(
        "Lớp tập huấn, bồi dưỡng báo cáo viên, tuyên truyền viên", "lớp", "training courses"
    )
    contests: int | None = count_field(
        "Hội thi báo cáo viên, tuyên truyền viên giỏi", "hội thi", "contests"
    )
    provincial_lecturer_topics: int | None = count_field(
        "Chuyên đề của báo cáo viên cấp tỉnh", "chuyên đề", "topics of provincial lecturers"
    )
    district_lecturer_topics: int | None = count_field(
        "Chuyên đề của báo cáo viên cấp huyện",
        "chuyên đề",
        "topics of district lecturers",
        levels=DISTRICT_UP,
    )


@attrs.frozen(kw_only=True)
class PoliticalTheory(Item):
    """B.II.3. Political theory work: the political training centre's lecturers, materials,
    contests, classes and trainees, and cadres sent to the province and the centre."""

    teaching_materials: int | None = count_field(
        "Tài liệu giảng dạy được biên soạn", "tài liệu", "teaching materials", required=False
    )
    lecturer_contests: int | None = count_field(
        "Hội thi giảng viên lý luận chính trị giỏi", "hội thi", "lecturer contests", required=False
    )
    classes: int | None = count_field(
        "Lớp đào tạo, bồi dưỡng tại Trung tâm",
        "lớp",
        "classes at the centre",
        levels=DISTRICT_UP,
    )
    trainees: int | None = count_field(
        "Học viên các lớp tại Trung tâm",
        "lượt học viên",
        "trainees at the centre",
        levels=DISTRICT_UP,
    )
    elementary_theory_trainees: int | None = count_field(
        "Học viên sơ cấp lý luận chính trị", "học viên", "elementary political theory trainees"
    )
    new_member_trainees: int | None = count_field(
        "Học viên bồi dưỡng lý luận chính trị cho đảng viên mới",
        "học viên",
        "new Party member trainees",
    )
    sent_to_province: int | None = count_field(
        "Cán bộ cử đi đào tạo, bồi dưỡng tại tỉnh", "lượt người", "cadres sent to the province"
    )
    sent_to_central: int | None = count_field(
        "Cán bộ cử đi đào tạo, bồi dưỡng tại Trung ương",
        "lượt người",
        "cadres sent to the centre",
    )
    knowledge_updates: int | None = count_field(
        "Cán bộ lãnh đạo, quản lý được bồi dưỡng cập nhật kiến thức",
        "lượt người",
        "leaders given knowledge updates",
    )


@attrs.frozen(kw_only=True)
class PublicOpinion(Item):
    """B.II.4. Fact-finding and public-opinion research: collaborators and surveys."""

    collaborators: int | None = count_field(
        "Cộng tác viên dư luận xã hội", "người", "public-opinion collaborators"
    )
    opinion_reports: int | None = count_field(
        "Báo cáo tình hình dư luận xã hội", "báo cáo", "public-opinion reports", required=False
    )
    surveys_own: int | None = count_field(
        "Cuộc điều tra xã hội học do cấp ủy tự triển khai", "cuộc", "surveys run alone"
    )
    surveys_joint: int | None = count_field(
        "Cuộc điều tra phối hợp với ban, ngành của tỉnh, Trung ương",
        "cuộc",
        "surveys run with the province or centre",
    )


@attrs.frozen(kw_only=True)
class IdeologicalFoundation(Item):
    """B.II.5. Protecting the Party's ideological foundation: Steering Committee 35, training,
    and its online channels."""

    steering_committee_members: int | None = count_field(
        "Thành viên Ban Chỉ đạo 35", "người", "Steering Committee 35 members", required=False
    )
    secretariat_members: int | None = count_field(
        "Thành viên Tổ thư ký giúp việc Ban Chỉ đạo 35",
        "người",
        "secretariat group members",
        required=False,
    )
    collaborators: int | None = count_field(
        "Cộng tác viên của Ban Chỉ đạo 35", "người", "Steering Committee 35 collaborators",
        required=False,
    )
    training_conferences: int | None = count_field(
        "Hội nghị tập huấn nghiệp vụ bảo vệ nền tảng tư tưởng",
        "hội nghị",
        "training conferences",
        required=False,
    )
    training_attendances: int | None = count_field(
        "Lượt người tham dự tập huấn", "lượt người", "training attendances", required=False
    )
    online_channels: int | None = count_field(
        "Trang fanpage, kênh YouTube, Zalo, Facebook của Ban Chỉ đạo 35",
        "trang, kênh",
        "online channels",
        required=False,
    )
    counter_posts: int | None = count_field(
        "Tin, bài, bình luận đấu tranh trên không gian mạng",
        "tin, bài",
        "posts countering hostile views",
        required=False,
    )


@attrs.frozen(kw_only=True)
class Culture(Item):
    """B.II.6. Culture and arts: artisans, arts troupes, heritage clubs, culture staff."""

    folk_artisans: int | None = count_field(
        "Nghệ nhân dân gian tiêu biểu", "người", "folk artisans", required=False
    )
    villages_with_troupes: Ratio | None = figure_field(
        "Thôn, bản, tổ dân phố có đội văn nghệ",
        "thôn, bản",
        "ratio",
        "villages with an arts troupe",
        over="villages",
    )
    stable_troupes: int | None = count_field(
        "Đội văn nghệ hoạt động ổn định, hiệu quả", "đội", "stable arts troupes"
    )
    heritage_clubs: int | None = count_field(
        "Câu lạc bộ bảo tồn di sản văn hóa, văn nghệ dân gian", "câu lạc bộ", "heritage clubs",
        required=False,
    )
    school_clubs: int | None = count_field(
        "Câu lạc bộ bảo tồn bản sắc văn hóa trong trường học",
        "câu lạc bộ",
        "school culture clubs",
        required=False,
    )
    culture_staff: int | None = count_field(
        "Cán bộ làm công tác văn hóa – văn nghệ", "người", "culture staff"
    )
    culture_staff_trained: int | None = count_field(
        "Lượt cán bộ văn hóa được đào tạo, bồi dưỡng", "lượt người", "culture staff trained"
    )


@attrs.frozen(kw_only=True)
class PartyHistory(Item):
    """B.II.7. Party history and tradition education."""

    commune_histories: Ratio | None = figure_field(
        "Xã, thị trấn đã biên soạn lịch sử đảng bộ",
        "xã",
        "ratio",
        "communes with a written Party history",
        over="communes",
    )
    history_works: int | None = count_field(
        "Công trình lịch sử", "công trình", "historical works"
    )
    tradition_rooms: int | None = count_field("Phòng truyền thống", "phòng", "tradition rooms")
    tradition_books: int | None = count_field(
        "Sách truyền thống ngành được biên soạn", "cuốn", "tradition books", required=False
    )
    education_sessions: int | None = count_field(
        "Buổi tuyên truyền, giáo dục lịch sử truyền thống", "buổi", "tradition education sessions"
    )
    education_participants: int | None = count_field(
        "Lượt người tham gia giáo dục truyền thống", "lượt người", "session participants"
    )


@attrs.frozen(kw_only=True)
class PartyBuilding(Item):
    """B.II.8. Building the Party and political system strong in politics, ideology and ethics;
    names the regulations that made the Party's rules concrete."""

    concretising_documents: tuple[DocumentRef, ...] = figure_field(
        "Văn bản cụ thể hóa", "văn bản", "documents", "concretising documents", required=False
    )


@attrs.frozen(kw_only=True)
class IdeologicalCadres(Item):
    """B.II.9. The ideological workforce: propaganda cadres and the centre's lecturers."""

    propaganda_cadres: int | None = count_field(
        "Cán bộ làm công tác tuyên giáo", "người", "propaganda cadres"
    )
    propaganda_cadres_trained: int | None = count_field(
        "Lượt cán bộ tuyên giáo được đào tạo, bồi dưỡng", "lượt người", "propaganda cadres trained"
    )
    full_time_lecturers: int | None = count_field(
        "Giảng viên chuyên trách của Trung tâm chính trị",
        "người",
        "full-time lecturers",
        levels=DISTRICT_UP,
    )
    part_time_lecturers: int | None = count_field(
        "Giảng viên kiêm chức",
        "người",
        "part-time lecturers",
        levels=DISTRICT_UP,
    )


@attrs.frozen(kw_only=True)
class Facilities(Item):
    """B.II.10. Facilities and equipment for ideological and cultural work."""

    equipment_investment: Money | None = figure_field(
        "Kinh phí đầu tư trang thiết bị cho cơ quan tuyên giáo, đài truyền thanh – truyền hình",
        "đồng",
        "money",
        "equipment investment",
    )
    loudspeakers_bought: int | None = count_field(
        "Cụm loa truyền thanh được đầu tư", "cụm", "loudspeaker clusters bought"
    )
    mobile_loudspeakers_bought: int | None = count_field(
        "Loa di động được trang cấp", "bộ", "mobile loudspeakers bought"
    )
    centre_investment: Money | None = figure_field(
        "Kinh phí đầu tư cơ sở vật chất, trang thiết bị của Trung tâm chính trị",
        "đồng",
        "money",
        "investment in the training centre",
        levels=DISTRICT_UP,
    )
    supported_trainees: int | None = count_field(
        "Học viên không hưởng lương từ ngân sách được hỗ trợ",
        "lượt học viên",
        "unsalaried trainees supported",
    )
    trainee_support: Money | None = figure_field(
        "Kinh phí hỗ trợ học viên không hưởng lương", "đồng", "money", "support paid to trainees"
    )


@attrs.frozen(kw_only=True)
class TaskResults:
    """B.II. Kết quả thực hiện các mục tiêu, nhiệm vụ và giải pháp — one field per item."""

    objectives: Objectives = attrs.field(factory=Objectives)
    propaganda: Propaganda = attrs.field(factory=Propaganda)
    political_theory: PoliticalTheory = attrs.field(factory=PoliticalTheory)
    public_opinion: PublicOpinion = attrs.field(factory=PublicOpinion)
    ideological_foundation: IdeologicalFoundation = attrs.field(factory=IdeologicalFoundation)
    culture: Culture = attrs.field(factory=Culture)
    party_history: PartyHistory = attrs.field(factory=PartyHistory)
    party_building: PartyBuilding = attrs.field(factory=PartyBuilding)
    ideological_cadres: IdeologicalCadres = attrs.field(factory=IdeologicalCadres)
    facilities: Facilities = attrs.field(factory=Facilities)
