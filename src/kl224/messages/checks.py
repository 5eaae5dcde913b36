"""Messages of the validation findings (``KL224-C1xx`` … ``KL224-X9xx``), keyed by code.

The code's area and severity live in :mod:`kl224.validation.messages`; docs/validation.md
lists every code and a test keeps the two in step. Vietnamese templates use a figure's
Vietnamese label (``{label}``), English ones its English label (``{label_en}``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    "KL224-C101": Text(
        "Mục {item} chưa có nội dung: cần viết phần trình bày hoặc nhập số liệu.",
        "Item {item} is empty: write its narrative or enter its figures.",
    ),
    "KL224-C102": Text(
        "Mục {item} thiếu số liệu bắt buộc: “{label}”.",
        "Item {item} lacks a required figure: {label_en}.",
    ),
    "KL224-C103": Text(
        "Mục {item}: phần “(nếu có)” chưa được trả lời; nhập nội dung hoặc ghi rõ là không "
        "có (không áp dụng).",
        "Item {item}: the “(if any)” part is unanswered; fill it in or mark it not applicable.",
    ),
    "KL224-C104": Text(
        "Phần A chưa nêu những thuận lợi.",
        "Part A names no advantages.",
    ),
    "KL224-C105": Text(
        "Phần A chưa nêu những khó khăn.",
        "Part A names no difficulties.",
    ),
    "KL224-C106": Text(
        "Mục B.III.1 chưa có phần trình bày ưu điểm, kết quả đạt được.",
        "Item B.III.1 has no narrative of the strengths and results achieved.",
    ),
    "KL224-C107": Text(
        "Mục B.III.1 chưa nêu rõ những đơn vị tổ chức thực hiện tốt.",
        "Item B.III.1 names no units that did well.",
    ),
    "KL224-C108": Text(
        "Mục B.III.2 chưa nêu hạn chế, khuyết điểm.",
        "Item B.III.2 names no shortcomings.",
    ),
    "KL224-C109": Text(
        "Mục B.III.2 chưa nêu những đơn vị tổ chức thực hiện chưa tốt.",
        "Item B.III.2 names no units that did badly.",
    ),
    "KL224-C110": Text(
        "Mục B.III.2 chưa chỉ rõ nguyên nhân chủ quan.",
        "Item B.III.2 names no internal causes.",
    ),
    "KL224-C111": Text(
        "Mục B.III.2 chưa chỉ rõ nguyên nhân khách quan.",
        "Item B.III.2 names no external causes.",
    ),
    "KL224-C112": Text(
        "Phần C chưa có đề xuất, kiến nghị; nếu không có, ghi rõ là không có đề xuất.",
        "Part C has no proposals; if there are none, say so explicitly.",
    ),
    "KL224-C113": Text(
        "Chỉ tiêu thứ {index} (“{indicator}”) chưa có kết quả thực hiện.",
        "Target {index} ({indicator}) has no result.",
    ),
    "KL224-C114": Text(
        "Mục {item} còn đoạn dự thảo tổng hợp tự động; cơ quan tổng hợp viết phần tổng hợp, "
        "đánh giá của mình thay cho đoạn này.",
        "Item {item} still holds the roll-up's draft synthesis; the office replaces it with its "
        "own.",
    ),
    "KL224-C115": Text(
        "Báo cáo chưa có nội dung: cả {items} mục của đề cương đều trống. Hãy viết nội dung hoặc "
        "nhập số liệu cho các mục rồi kiểm tra lại.",
        "The report is empty: all {items} items of the outline are blank. Write the items or "
        "enter their figures, then check again.",
    ),
    "KL224-K201": Text(
        "“{label}”: số người dân tộc thiểu số ({minority}) lớn hơn tổng số ({total}).",
        "{label_en}: the ethnic-minority people ({minority}) exceed the total ({total}).",
    ),
    "KL224-K202": Text(
        "“{label}” ({part}) lớn hơn “{whole_label}” ({whole}).",
        "{label_en} ({part}) exceed {whole_label_en} ({whole}).",
    ),
    "KL224-K203": Text(
        "“{label}” cộng “{other_label}” ({part}) lớn hơn “{whole_label}” ({whole}).",
        "{label_en} plus {other_label_en} ({part}) exceed {whole_label_en} ({whole}).",
    ),
    "KL224-K204": Text(
        "“{label}”: tổng số ({whole}) khác số {denominator_vi} của địa phương ghi trong "
        "thông tin văn bản ({total}).",
        "{label_en}: the whole ({whole}) differs from the number of {denominator} stated in "
        "the metadata ({total}).",
    ),
    "KL224-K205": Text(
        "Văn bản {document} ghi ngày {document_date}, sau ngày của báo cáo ({report_date}).",
        "Document {document} is dated {document_date}, after the report's date ({report_date}).",
    ),
    "KL224-K206": Text(
        "Văn bản {document} ban hành ngày {document_date}, ngoài kỳ báo cáo ({start} – {end}).",
        "Document {document} was issued on {document_date}, outside the reporting period "
        "({start} – {end}).",
    ),
    "KL224-K207": Text(
        "Phần C vừa có đề xuất, kiến nghị vừa ghi là không có đề xuất.",
        "Part C lists proposals yet says there are none to make.",
    ),
    "KL224-M301": Text(
        "Ký hiệu {symbol} không phải ký hiệu của báo cáo (BC).",
        "The symbol {symbol} is not that of a report (BC).",
    ),
    "KL224-M302": Text(
        "Ký hiệu {symbol}: “{issuing_body}” dùng chữ viết tắt {expected}, không phải {issuer}.",
        "Symbol {symbol}: “{issuing_body}” is abbreviated {expected}, not {issuer}.",
    ),
    "KL224-M303": Text(
        "Chưa có số văn bản (báo cáo chính thức phải có số).",
        "The report has no number (a final report needs one).",
    ),
    "KL224-M304": Text(
        "Chưa có ngày ban hành báo cáo.",
        "The report has no date.",
    ),
    "KL224-M305": Text(
        "Chưa có địa danh (ghi trước ngày, tháng, năm).",
        "The report has no place name (written before its date).",
    ),
    "KL224-M306": Text(
        "Chưa có thông tin người ký (thẩm quyền, chức vụ, họ tên).",
        "The report has no signer.",
    ),
    "KL224-M307": Text(
        "Chưa có họ tên người ký.",
        "The signer has no name.",
    ),
    "KL224-M308": Text(
        "Chưa có nơi nhận.",
        "The report has no recipients.",
    ),
    "KL224-M309": Text(
        "Chưa có tên cơ quan ban hành.",
        "The report names no issuing body.",
    ),
    "KL224-M310": Text(
        "Ngày báo cáo ({report_date}) không sau ngày bắt đầu kỳ báo cáo ({start}).",
        "The report's date ({report_date}) is not after the start of the reporting period "
        "({start}).",
    ),
    "KL224-M311": Text(
        "Kỳ báo cáo bắt đầu ({start}) trước ngày ban hành Kết luận ({conclusion_date}).",
        "The reporting period starts ({start}) before the conclusion was issued "
        "({conclusion_date}).",
    ),
    "KL224-M312": Text(
        "Báo cáo ghi trạng thái chính thức nhưng được kiểm tra theo chế độ dự thảo; hãy kiểm "
        "tra lại theo chế độ chính thức (--final).",
        "The report is marked final but was checked under the draft policy; check it again "
        "under the final policy (--final).",
    ),
    "KL224-M313": Text(
        "Báo cáo được kiểm tra theo chế độ chính thức nhưng vẫn ghi trạng thái dự thảo "
        "(status = \"draft\"); hãy đổi thành \"final\" khi báo cáo đã sẵn sàng ban hành.",
        "The report is checked under the final policy but is still marked draft "
        "(status = \"draft\"); change it to \"final\" once the report is ready to issue.",
    ),
    "KL224-P401": Text(
        "“{label}” ({count}) ít hơn “{per_label}” ({per}).",
        "{label_en} ({count}) are fewer than {per_label_en} ({per}).",
    ),
    "KL224-P402": Text(
        "Tỷ lệ “{name}” ghi {value}%, lớn hơn 100%.",
        "The percentage {name} is {value}%, above 100%.",
    ),
    "KL224-P403": Text(
        "Số {value} lặp lại ở {places} chỗ thuộc các mục khác nhau ({items}); kiểm tra có "
        "sao chép nhầm không.",
        "The value {value} appears in {places} places in different items ({items}); check it "
        "was not copied by mistake.",
    ),
    "KL224-P404": Text(
        "“{label}” ({part}) nhiều hơn “{whole_label}” ({whole}).",
        "{label_en} ({part}) exceed {whole_label_en} ({whole}).",
    ),
    "KL224-P405": Text(
        "Tỷ lệ ghi {stated}% cho {ratio} không khớp: {ratio} là {actual}%.",
        "The percentage {stated}% written for {ratio} does not match: {ratio} is {actual}%.",
    ),
    "KL224-P406": Text(
        "“{issuing_body}” là cấp ủy {implied_vi}, nhưng cấp báo cáo (level) ghi là {level_vi}; "
        "ghi level là \"{implied}\" để áp dụng đúng quy định của cấp mình.",
        "“{issuing_body}” is a {implied} committee, but the report's level says {level}; set "
        "level to \"{implied}\" so the rules of its level apply.",
    ),
    "KL224-G501": Text(
        "Có {count} ký tự không phông chữ nào đi kèm vẽ được, đầu tiên ở vị trí thứ "
        "{position}: {characters}; bản PDF sẽ để trống chỗ của các ký tự này (Word và "
        "bản văn bản thuần dùng phông của máy). Hãy thay bằng chữ hoặc xóa đi.",
        "{count} character(s) no bundled font can draw, the first at position {position}: "
        "{characters}; the PDF leaves a blank for each (Word and the plain text use "
        "the reader's fonts). Replace them with words or delete them.",
    ),
    "KL224-X901": Text(
        "Lỗi nội bộ: quy tắc {rule} gặp lỗi ({error}); báo cáo chưa được kiểm tra đầy đủ.",
        "Internal error: rule {rule} failed ({error}); the report was not fully checked.",
    ),
    # The words of the `kl224 check` text report (kl224.validation.output).
    "check.title": Text("Kiểm tra báo cáo", "Report check"),
    "check.draft": Text("chế độ dự thảo", "draft policy"),
    "check.final": Text("chế độ chính thức", "final policy"),
    "check.error": Text("lỗi", "errors"),
    "check.warning": Text("cảnh báo", "warnings"),
    "check.info": Text("thông tin", "info"),
    "check.ERROR": Text("LỖI", "ERROR"),
    "check.WARNING": Text("CẢNH BÁO", "WARNING"),
    "check.INFO": Text("THÔNG TIN", "INFO"),
    "check.ok": Text("ĐẠT (không có lỗi)", "OK (no errors)"),
    "check.not_ok": Text("CHƯA ĐẠT (có lỗi)", "NOT OK (errors found)"),
    "check.none": Text("Không có phát hiện nào.", "No findings."),
    "check.related": Text("liên quan", "related"),
    "check.whole": Text("Toàn bộ báo cáo", "Whole report"),
    "check.meta": Text(
        "Thông tin văn bản (số, ký hiệu, ngày tháng, người ký, nơi nhận)",
        "Document metadata (number, symbol, date, signer, recipients)",
    ),
    "check.table": Text("Tỷ lệ hoàn thành", "Reporting rate"),
    "check.part": Text("Phần", "Part"),
    "check.items": Text("Mục có nội dung", "Items filled"),
    "check.figures": Text("Số liệu bắt buộc đã có", "Required figures reported"),
    "check.share": Text("Tỷ lệ", "Share"),
    "check.total": Text("Tổng cộng", "Total"),
}
