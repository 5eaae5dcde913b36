"""Part B.I: leadership and direction (items 1–3)."""

from __future__ import annotations

import attrs

from kl224.model.checks import checked, texts
from kl224.model.item import Item
from kl224.model.values import (
    DocumentRef,
    NotApplicable,
    count_field,
    figure_metadata,
    to_document_refs,
    to_narrative,
)
from kl224.model.values import Narrative as _Narrative

__all__ = [
    "Dissemination",
    "DocumentIssuance",
    "EthnicLanguageWork",
    "Inspection",
    "LeadershipWork",
]


@attrs.frozen(kw_only=True, field_transformer=checked)
class EthnicLanguageWork:
    """Materials written and communication carried out in ethnic-minority languages — an
    "(nếu có)" topic: use :class:`NotApplicable` where there is none."""

    languages: tuple[str, ...] = attrs.field(default=(), converter=texts)
    materials: int | None = count_field(
        "Tài liệu tuyên truyền bằng tiếng dân tộc thiểu số",
        "tài liệu",
        "ethnic-language materials",
    )
    narrative: _Narrative = attrs.field(default=(), converter=to_narrative)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Dissemination(Item):
    """B.I.1. Dissemination, study and communication of Conclusion 224 and Plan 61."""

    conferences: int | None = count_field(
        "Hội nghị học tập, quán triệt", "hội nghị", "dissemination conferences"
    )
    attendances: int | None = count_field(
        "Lượt người tham dự hội nghị", "lượt người", "conference attendances"
    )
    materials_compiled: int | None = count_field(
        "Tài liệu tuyên truyền được biên soạn",
        "tài liệu",
        "communication materials compiled",
        required=False,
    )
    ethnic_language: EthnicLanguageWork | NotApplicable | None = None


@attrs.frozen(kw_only=True, field_transformer=checked)
class DocumentIssuance(Item):
    """B.I.2. Leadership documents issued, and how grassroots committees made them concrete."""

    issued: tuple[DocumentRef, ...] = attrs.field(
        default=(),
        converter=to_document_refs,
        metadata=figure_metadata(
            "Văn bản lãnh đạo, chỉ đạo đã ban hành",
            "văn bản",
            "documents",
            "leadership documents issued",
            required=False,
        ),
    )
    grassroots_documents: int | None = count_field(
        "Văn bản cụ thể hóa của cấp ủy cơ sở",
        "văn bản",
        "grassroots documents",
        required=False,
    )


@attrs.frozen(kw_only=True, field_transformer=checked)
class Inspection(Item):
    """B.I.3. Inspection, supervision and survey of how the conclusion was carried out."""

    documents_issued: int | None = count_field(
        "Văn bản về kiểm tra, giám sát ban hành",
        "văn bản",
        "oversight documents issued",
        required=False,
    )
    inspections: int | None = count_field("Cuộc kiểm tra", "cuộc", "inspections")
    supervisions: int | None = count_field("Cuộc giám sát", "cuộc", "supervisions")
    surveys: int | None = count_field("Cuộc khảo sát", "cuộc", "surveys")
    guidance_visits: int | None = count_field(
        "Cuộc hướng dẫn nghiệp vụ", "cuộc", "guidance visits", required=False
    )


@attrs.frozen(kw_only=True, field_transformer=checked)
class LeadershipWork:
    """B.I. Công tác lãnh đạo, chỉ đạo."""

    dissemination: Dissemination = attrs.field(factory=Dissemination)
    documents: DocumentIssuance = attrs.field(factory=DocumentIssuance)
    inspection: Inspection = attrs.field(factory=Inspection)
