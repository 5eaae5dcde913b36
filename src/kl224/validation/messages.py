"""The catalogue of finding codes: area, severity under each policy, and message templates.

Templates are keyed by code, never by English text, and are filled from a finding's params
with :meth:`str.format` syntax. Vietnamese templates use the figure's Vietnamese label
(``{label}``), English ones its English label (``{label_en}``); numbers and dates are written
in each language's style (``1.250`` and ``18/10/2021`` in Vietnamese). docs/validation.md
lists every code; a test keeps the two in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, Literal

import attrs

from kl224.text.format import format_number
from kl224.validation.findings import Lang, ParamValue, Policy, Severity

__all__ = ["CODES", "Area", "CodeSpec", "format_param", "render_message", "severity_of"]

Area = Literal[
    "completeness", "consistency", "metadata", "plausibility", "characters", "internal"
]

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO


@attrs.frozen(kw_only=True)
class CodeSpec:
    """One code of the catalogue: its area, its severity under each policy and its templates."""

    code: str
    area: Area
    draft: Severity
    final: Severity
    vi: str
    en: str

    def severity(self, policy: Policy) -> Severity:
        """The severity under ``policy``."""
        return self.final if policy == "final" else self.draft


def _spec(code: str, area: Area, draft: Severity, final: Severity, vi: str, en: str) -> CodeSpec:
    return CodeSpec(code=code, area=area, draft=draft, final=final, vi=vi, en=en)


_SPECS: Final = (
    # Completeness: warnings while drafting, errors in a final report.
    _spec("KL224-C101", "completeness", W, E,
          "Mục {item} chưa có nội dung: cần viết phần trình bày hoặc nhập số liệu.",
          "Item {item} is empty: write its narrative or enter its figures."),
    _spec("KL224-C102", "completeness", W, E,
          "Mục {item} thiếu số liệu bắt buộc: “{label}”.",
          "Item {item} lacks a required figure: {label_en}."),
    _spec("KL224-C103", "completeness", W, E,
          "Mục {item}: phần “(nếu có)” chưa được trả lời; nhập nội dung hoặc ghi rõ là "
          "không có (không áp dụng).",
          "Item {item}: the “(if any)” part is unanswered; fill it in or mark it not "
          "applicable."),
    _spec("KL224-C104", "completeness", W, E,
          "Phần A chưa nêu những thuận lợi.",
          "Part A names no advantages."),
    _spec("KL224-C105", "completeness", W, E,
          "Phần A chưa nêu những khó khăn.",
          "Part A names no difficulties."),
    _spec("KL224-C106", "completeness", W, E,
          "Mục B.III.1 chưa có phần trình bày ưu điểm, kết quả đạt được.",
          "Item B.III.1 has no narrative of the strengths and results achieved."),
    _spec("KL224-C107", "completeness", W, E,
          "Mục B.III.1 chưa nêu rõ những đơn vị tổ chức thực hiện tốt.",
          "Item B.III.1 names no units that did well."),
    _spec("KL224-C108", "completeness", W, E,
          "Mục B.III.2 chưa nêu hạn chế, khuyết điểm.",
          "Item B.III.2 names no shortcomings."),
    _spec("KL224-C109", "completeness", W, E,
          "Mục B.III.2 chưa nêu những đơn vị tổ chức thực hiện chưa tốt.",
          "Item B.III.2 names no units that did badly."),
    _spec("KL224-C110", "completeness", W, E,
          "Mục B.III.2 chưa chỉ rõ nguyên nhân chủ quan.",
          "Item B.III.2 names no internal causes."),
    _spec("KL224-C111", "completeness", W, E,
          "Mục B.III.2 chưa chỉ rõ nguyên nhân khách quan.",
          "Item B.III.2 names no external causes."),
    _spec("KL224-C112", "completeness", W, E,
          "Phần C chưa có đề xuất, kiến nghị; nếu không có, ghi rõ là không có đề xuất.",
          "Part C has no proposals; if there are none, say so explicitly."),
    _spec("KL224-C113", "completeness", W, E,
          "Chỉ tiêu thứ {index} (“{indicator}”) chưa có kết quả thực hiện.",
          "Target {index} ({indicator}) has no result."),
    # Consistency: errors under both policies.
    _spec("KL224-K201", "consistency", E, E,
          "“{label}”: số người dân tộc thiểu số ({minority}) lớn hơn tổng số ({total}).",
          "{label_en}: the ethnic-minority people ({minority}) exceed the total ({total})."),
    _spec("KL224-K202", "consistency", E, E,
          "“{label}” ({part}) lớn hơn “{whole_label}” ({whole}).",
          "{label_en} ({part}) exceed {whole_label_en} ({whole})."),
    _spec("KL224-K203", "consistency", E, E,
          "“{label}” cộng “{other_label}” ({part}) lớn hơn “{whole_label}” ({whole}).",
          "{label_en} plus {other_label_en} ({part}) exceed {whole_label_en} ({whole})."),
    _spec("KL224-K204", "consistency", E, E,
          "“{label}”: tổng số ({whole}) khác số {denominator_vi} của địa phương ghi trong "
          "thông tin văn bản ({total}).",
          "{label_en}: the whole ({whole}) differs from the number of {denominator} stated in "
          "the metadata ({total})."),
    _spec("KL224-K205", "consistency", E, E,
          "Văn bản {document} ghi ngày {document_date}, sau ngày của báo cáo ({report_date}).",
          "Document {document} is dated {document_date}, after the report's date "
          "({report_date})."),
    _spec("KL224-K206", "consistency", E, E,
          "Văn bản {document} ban hành ngày {document_date}, ngoài kỳ báo cáo "
          "({start} – {end}).",
          "Document {document} was issued on {document_date}, outside the reporting period "
          "({start} – {end})."),
    _spec("KL224-K207", "consistency", E, E,
          "Phần C vừa có đề xuất, kiến nghị vừa ghi là không có đề xuất.",
          "Part C lists proposals yet says there are none to make."),
    # Metadata: what a final report must state, and whether its symbol fits.
    _spec("KL224-M301", "metadata", W, E,
          "Ký hiệu {symbol} không phải ký hiệu của báo cáo (BC).",
          "The symbol {symbol} is not that of a report (BC)."),
    _spec("KL224-M302", "metadata", W, E,
          "Ký hiệu {symbol}: “{issuing_body}” dùng chữ viết tắt {expected}, không phải "
          "{issuer}.",
          "Symbol {symbol}: “{issuing_body}” is abbreviated {expected}, not {issuer}."),
    _spec("KL224-M303", "metadata", N, E,
          "Chưa có số văn bản (báo cáo chính thức phải có số).",
          "The report has no number (a final report needs one)."),
    _spec("KL224-M304", "metadata", N, E,
          "Chưa có ngày ban hành báo cáo.",
          "The report has no date."),
    _spec("KL224-M305", "metadata", N, E,
          "Chưa có địa danh (ghi trước ngày, tháng, năm).",
          "The report has no place name (written before its date)."),
    _spec("KL224-M306", "metadata", N, E,
          "Chưa có thông tin người ký (thẩm quyền, chức vụ, họ tên).",
          "The report has no signer."),
    _spec("KL224-M307", "metadata", N, E,
          "Chưa có họ tên người ký.",
          "The signer has no name."),
    _spec("KL224-M308", "metadata", N, E,
          "Chưa có nơi nhận.",
          "The report has no recipients."),
    _spec("KL224-M309", "metadata", N, E,
          "Chưa có tên cơ quan ban hành.",
          "The report names no issuing body."),
    _spec("KL224-M310", "metadata", W, E,
          "Ngày báo cáo ({report_date}) không sau ngày bắt đầu kỳ báo cáo ({start}).",
          "The report's date ({report_date}) is not after the start of the reporting period "
          "({start})."),
    _spec("KL224-M311", "metadata", W, W,
          "Kỳ báo cáo bắt đầu ({start}) trước ngày ban hành Kết luận ({conclusion_date}).",
          "The reporting period starts ({start}) before the conclusion was issued "
          "({conclusion_date})."),
    _spec("KL224-M312", "metadata", N, N,
          "Báo cáo ghi trạng thái chính thức nhưng được kiểm tra theo chế độ dự thảo; hãy "
          "kiểm tra lại theo chế độ chính thức (--final).",
          "The report is marked final but was checked under the draft policy; check it again "
          "under the final policy (--final)."),
    # Plausibility: warnings under both policies.
    _spec("KL224-P401", "plausibility", W, W,
          "“{label}” ({count}) ít hơn “{per_label}” ({per}).",
          "{label_en} ({count}) are fewer than {per_label_en} ({per})."),
    _spec("KL224-P402", "plausibility", W, W,
          "Tỷ lệ “{name}” ghi {value}%, lớn hơn 100%.",
          "The percentage {name} is {value}%, above 100%."),
    _spec("KL224-P403", "plausibility", W, W,
          "Số {value} lặp lại ở {places} chỗ thuộc các mục khác nhau ({items}); kiểm tra có "
          "sao chép nhầm không.",
          "The value {value} appears in {places} places in different items ({items}); check "
          "it was not copied by mistake."),
    _spec("KL224-P404", "plausibility", W, W,
          "“{label}” ({part}) nhiều hơn “{whole_label}” ({whole}).",
          "{label_en} ({part}) exceed {whole_label_en} ({whole})."),
    _spec("KL224-P405", "plausibility", W, W,
          "Tỷ lệ ghi {stated}% cho {ratio} không khớp: {ratio} là {actual}%.",
          "The percentage {stated}% written for {ratio} does not match: {ratio} is {actual}%."),
    # Characters: what the PDF could not print.
    _spec("KL224-G501", "characters", W, W,
          "Có {count} ký tự không phông chữ nào đi kèm vẽ được, đầu tiên ở vị trí thứ "
          "{position}: {characters}; bản PDF sẽ in ô trống thay cho các ký tự này (Word và "
          "bản văn bản thuần dùng phông của máy). Hãy thay bằng chữ hoặc xóa đi.",
          "{count} character(s) no bundled font can draw, the first at position {position}: "
          "{characters}; the PDF prints an empty box for each (Word and the plain text use "
          "the reader's fonts). Replace them with words or delete them."),
    # Internal: a rule that failed means the report was not fully checked.
    _spec("KL224-X901", "internal", E, E,
          "Lỗi nội bộ: quy tắc {rule} gặp lỗi ({error}); báo cáo chưa được kiểm tra đầy đủ.",
          "Internal error: rule {rule} failed ({error}); the report was not fully checked."),
)

CODES: Final[Mapping[str, CodeSpec]] = {spec.code: spec for spec in _SPECS}
"""Every code kl224 emits, in catalogue order."""


def severity_of(code: str, policy: Policy) -> Severity:
    """The severity of ``code`` under ``policy``; KeyError for a code not in the catalogue."""
    return CODES[code].severity(policy)


def format_param(value: ParamValue, lang: Lang) -> str:
    """Write one param as a message shows it: ``1.250`` and ``18/10/2021`` in Vietnamese,
    ``1,250`` and ``2021-10-18`` in English."""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        try:
            if lang == "vi":
                return format_number(value)
            if isinstance(value, int):
                return f"{value:,}"
            return format(value.normalize(), "f") if value.is_finite() else str(value)
        except (ValueError, ArithmeticError):
            # An absurdly long number still gets a message, written plainly.
            return str(value)
    return value


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # A caller's own params may lack a placeholder: show it rather than fail.
        return "{" + key + "}"


def render_message(code: str, params: Mapping[str, ParamValue], lang: Lang) -> str:
    """The message of ``code`` in ``lang`` filled from ``params``."""
    spec = CODES[code]
    template = spec.vi if lang == "vi" else spec.en
    return template.format_map(_Params({k: format_param(v, lang) for k, v in params.items()}))
