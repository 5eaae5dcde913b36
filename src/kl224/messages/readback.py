"""Messages of reading a Word file from what it shows (``load.<code>`` problems, the words
their params stand for) and of the differences between a file and the data kl224 embedded in
it (``readback.<kind>``). Each message says what to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    # ---------------------------------------------------------------- the file as a whole
    "load.not-a-word-file": Text(
        "Không mở được tệp Word “{file}” ({detail}); hãy mở tệp bằng Word hoặc LibreOffice "
        "và lưu lại dưới dạng .docx.",
        "Cannot open the Word file “{file}” ({detail}); open it in Word or LibreOffice and "
        "save it again as .docx.",
    ),
    "load.not-a-report": Text(
        "Tệp “{file}” không phải báo cáo theo đề cương Kết luận số 224-KL/TU: không có đề mục "
        "nào của đề cương (như “A- BỐI CẢNH THỰC HIỆN KẾT LUẬN”); hãy soạn báo cáo từ đề cương "
        "mẫu (kl224 template -f docx) hoặc dùng tệp do kl224 tạo ra.",
        "“{file}” is not a report following the outline of Conclusion 224-KL/TU: it has none "
        "of the outline's headings (“A-”, “B-”, “I-”, “1.” and their titles); start from the "
        "blank outline (kl224 template -f docx) or use a file made by kl224.",
    ),
    # ---------------------------------------------------------------- headings and places
    "load.unknown-heading": Text(
        "Đề mục “{text}” (đoạn {paragraph}) không khớp với mục nào của đề cương; hãy sửa số "
        "thứ tự và tên mục cho đúng đề cương, hoặc bỏ định dạng đề mục nếu đây là nội dung.",
        "The heading “{text}” (paragraph {paragraph}) matches no item of the outline; correct "
        "its number and title to the outline's, or make it body text if it is content.",
    ),
    "load.repeated-heading": Text(
        "Mục {item} xuất hiện lần thứ hai ở đoạn {paragraph} (“{text}”); hãy gộp nội dung vào "
        "một mục.",
        "Item {item} appears a second time at paragraph {paragraph} (“{text}”); merge the "
        "content into one item.",
    ),
    "load.text-outside-item": Text(
        "Đoạn {paragraph} (“{text}”) không nằm trong mục nào của đề cương có nội dung; hãy "
        "chuyển đoạn này vào mục phù hợp.",
        "Paragraph {paragraph} (“{text}”) lies in no outline item that holds content; move it "
        "into the item it belongs to.",
    ),
    "load.unexpected-table": Text(
        "Bảng thứ {table} (mục {item}) không phải bảng chỉ tiêu hay bảng số liệu của báo cáo; "
        "hãy chuyển nội dung bảng thành đoạn văn hoặc gạch đầu dòng.",
        "Table {table} (item {item}) is neither the targets table nor the figures table; turn "
        "its content into paragraphs or bullets.",
    ),
    # ---------------------------------------------------------------- header and closing
    "load.bad-code-line": Text(
        "Dòng số và ký hiệu “{text}” không đúng dạng “Số 215-BC/HU”; hãy sửa lại.",
        "The number-and-symbol line “{text}” is not a number and symbol such as 215-BC/HU; "
        "correct it.",
    ),
    "load.bad-date-line": Text(
        "Dòng địa danh, ngày tháng “{text}” không đúng dạng “Tam Đường, ngày 30 tháng 10 năm "
        "2024”; hãy sửa lại.",
        "The place-and-date line “{text}” is not a place, a comma and a Vietnamese date line "
        "(day 30, month 10, year 2024 written in words); correct it.",
    ),
    # ---------------------------------------------------------------- figures and lists
    "load.bad-figure:item": Text(
        "Không đọc được số liệu “{text}” ở mục {item}: {reason}; hãy viết theo dạng {example}.",
        "Cannot read the figure “{text}” in item {item}: {reason}; write it like {example}.",
    ),
    "load.bad-figure:row": Text(
        "Không đọc được số liệu “{text}” ở Phụ lục 1, dòng {row}: {reason}; hãy viết theo dạng "
        "{example}.",
        "Cannot read the figure “{text}” in annex 1, row {row}: {reason}; write it like "
        "{example}.",
    ),
    "load.not-applicable-here:item": Text(
        "Số liệu ở mục {item} ghi “{text}” nhưng chỉ tiêu này không thể “không áp dụng”; nếu "
        "không có số liệu, hãy để trống.",
        "The figure in item {item} says “{text}”, but this figure cannot be “not applicable”; "
        "leave it empty if there is no figure.",
    ),
    "load.not-applicable-here:row": Text(
        "Phụ lục 1, dòng {row} ghi “{text}” nhưng chỉ tiêu này không thể “không áp dụng”; nếu "
        "không có số liệu, hãy để trống ô này.",
        "Annex 1, row {row} says “{text}”, but this figure cannot be “not applicable”; leave "
        "the cell empty if there is no figure.",
    ),
    "load.conflicting-figure:row": Text(
        "Số liệu này ở mục {item} ghi “{first}” nhưng ở Phụ lục 1, dòng {row} ghi “{second}”; "
        "hãy sửa cho hai chỗ thống nhất.",
        "This figure reads “{first}” in item {item} but “{second}” in annex 1, row {row}; make "
        "the two agree.",
    ),
    "load.conflicting-figure:item": Text(
        "Số liệu này ở mục {item} được ghi hai lần với hai giá trị khác nhau: “{first}” và "
        "“{second}”; hãy sửa cho thống nhất.",
        "This figure is written twice in item {item} with different values: “{first}” and "
        "“{second}”; make them agree.",
    ),
    "load.unknown-figure-row": Text(
        "Phụ lục 1, dòng {row} ghi mục “{text}”, không có trong đề cương; hãy ghi đúng mục "
        "(như B.II.2).",
        "Annex 1, row {row} names the item “{text}”, which is not in the outline; write the "
        "item's key (such as B.II.2).",
    ),
    "load.bad-citation": Text(
        "Không đọc được văn bản “{text}” ở mục {item}; hãy viết theo dạng “Kế hoạch số "
        "47-KH/HU, ngày 12/11/2021 của Ban Thường vụ Huyện ủy …”.",
        "Cannot read the document “{text}” in item {item}; write its kind, its number and "
        "symbol (47-KH/HU), its date (12/11/2021) and who issued it, as the body cites them.",
    ),
    "load.bad-target-row": Text(
        "Không đọc được dòng {row} của bảng chỉ tiêu (“{text}”): {reason}; hãy ghi mục tiêu và "
        "kết quả bằng số, như 87,9.",
        "Cannot read row {row} of the targets table (“{text}”): {reason}; write the target and "
        "the result as numbers, such as 87,9.",
    ),
    # ---------------------------------------------------------------- why a value is unreadable
    "word.value-empty": Text("ô trống", "the cell is empty"),
    "word.value-not-a-number": Text("không phải là số", "it is not a number"),
    "word.value-bad-grouping": Text(
        "dấu chấm phân cách hàng nghìn phải đứng trước đúng 3 chữ số (số thập phân dùng dấu "
        "phẩy: 1,5)",
        "a dot groups thousands and must be followed by exactly 3 digits (decimals take a "
        "comma: 1,5)",
    ),
    "word.value-not-whole": Text("phải là số nguyên", "it must be a whole number"),
    "word.value-negative": Text("không được là số âm", "it must not be negative"),
    "word.value-unit-mismatch": Text(
        "đơn vị tính không đúng với chỉ tiêu", "the unit is not the figure's unit"
    ),
    "word.value-percent-mismatch": Text(
        "tỷ lệ phần trăm không khớp với hai số đã ghi",
        "the percentage does not match the two numbers",
    ),
    "word.value-part-exceeds-whole": Text(
        "số đạt lớn hơn tổng số", "the part is larger than the whole"
    ),
    "word.value-out-of-range": Text("tỷ lệ vượt quá 100%", "the percentage is above 100%"),
    "word.value-not-a-date": Text("không phải ngày tháng hợp lệ", "it is not a valid date"),
    "word.value-not-a-citation": Text(
        "không phải trích dẫn văn bản", "it is not a document citation"
    ),
    "word.example-count": Text("“1.286”", "“1.286”"),
    "word.example-ratio": Text("“87/99 (đạt 87,9%)”", "“87/99 (87,9%)”"),
    "word.example-percent": Text("“98,5%”", "“98,5%”"),
    "word.example-money": Text("“2.850.000.000” hoặc “2,85 tỷ đồng”",
                               "“2.850.000.000”"),
    "word.example-headcount": Text(
        "“42 người (trong đó 17 người dân tộc thiểu số)” hoặc “42 (DTTS: 17)”",
        "“42 (DTTS: 17)”",
    ),
    "word.example-number": Text("“87,9”", "“87,9”"),
    # ---------------------------------------------------------------- edited after rendering
    "readback.changed": Text(
        "Văn bản đã được sửa sau khi kl224 xuất ra: dữ liệu kèm theo ghi “{data}”, văn bản "
        "hiện ghi “{document}”; kl224 dùng nội dung văn bản.",
        "The document was edited after kl224 rendered it: the embedded data says “{data}”, "
        "the document now says “{document}”; kl224 uses the document.",
    ),
    "readback.added": Text(
        "Văn bản đã được thêm nội dung sau khi kl224 xuất ra: “{document}”; kl224 dùng nội "
        "dung văn bản.",
        "Added to the document after kl224 rendered it: “{document}”; kl224 uses the document.",
    ),
    "readback.removed": Text(
        "Văn bản đã bị xóa nội dung sau khi kl224 xuất ra: “{data}” (có trong dữ liệu kèm "
        "theo); kl224 dùng nội dung văn bản.",
        "Removed from the document after kl224 rendered it: “{data}” (in the embedded data); "
        "kl224 uses the document.",
    ),
    "readback.summary": Text(
        "Tệp “{file}” đã được sửa sau khi kl224 xuất ra ({count} chỗ khác với dữ liệu kèm "
        "theo); kl224 dùng nội dung văn bản.",
        "“{file}” was edited after kl224 rendered it ({count} differences from the embedded "
        "data); kl224 uses what the document shows.",
    ),
}
