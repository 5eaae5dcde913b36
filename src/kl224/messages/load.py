"""Messages of the problems found while loading a report (``load.<code>``, with a variant
after ``:``), and the plain words their params stand for (``word.<name>``). Each message
says what to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    "load.missing-key": Text(
        "Thiếu trường bắt buộc “{key}”; hãy bổ sung trường này.",
        "Required key “{key}” is missing; add it.",
    ),
    "load.unknown-key": Text(
        "Khóa không được hỗ trợ: “{key}”; hãy xóa khóa này hoặc sửa lại tên khóa.",
        "Unsupported key: “{key}”; remove it or correct its name.",
    ),
    "load.unknown-key:suggestion": Text(
        "Khóa không được hỗ trợ: “{key}”; có phải là “{suggestion}”? Hãy sửa lại tên khóa "
        "hoặc xóa khóa này.",
        "Unsupported key: “{key}”; did you mean “{suggestion}”? Correct the name or remove "
        "the key.",
    ),
    "load.duplicate-key": Text(
        "Khóa “{key}” xuất hiện nhiều lần trong cùng một đối tượng; hãy chỉ giữ lại một lần.",
        "Key “{key}” appears more than once in the same object; keep only one.",
    ),
    "load.wrong-type": Text(
        "Phải là {expected}, không phải {actual} {value}; hãy sửa lại giá trị này.",
        "Must be {expected}, not {actual} {value}; correct the value.",
    ),
    "load.wrong-type:null": Text(
        "Phải là {expected}, nhưng đang để trống (null); hãy nhập giá trị.",
        "Must be {expected}, but it is empty (null); enter a value.",
    ),
    "load.negative:integer": Text(
        "Phải là số nguyên không âm, nhưng đang là {value}; hãy nhập 0 hoặc một số nguyên "
        "dương.",
        "Must be a whole number of at least 0, not {value}; enter 0 or a positive whole number.",
    ),
    "load.negative:number": Text(
        "Phải là số không âm, nhưng đang là {value}; hãy nhập 0 hoặc một số dương.",
        "Must not be negative (got {value}); enter 0 or a positive number.",
    ),
    "load.too-precise": Text(
        "Số {value} quá lớn hoặc có quá nhiều chữ số (tối đa {digits} chữ số có nghĩa, nhỏ "
        "hơn 10^{digits}); hãy làm tròn số liệu.",
        "{value} is too large or too precise (at most {digits} significant digits, below "
        "10^{digits}); round the figure.",
    ),
    "load.not-finite": Text(
        "Phải là một số cụ thể, không phải {value}; hãy nhập một số hữu hạn.",
        "Must be a finite number, not {value}; enter an actual number.",
    ),
    "load.out-of-range": Text(
        "Tỷ lệ phần trăm phải từ {minimum} đến {maximum}, nhưng đang là {value}; hãy sửa lại.",
        "A percentage must lie between {minimum} and {maximum}, not {value}; correct it.",
    ),
    "load.part-exceeds-whole": Text(
        "Số đạt (part = {part}) không được lớn hơn tổng số (whole = {whole}); hãy kiểm tra "
        "lại hai số này.",
        "The part ({part}) must not exceed the whole ({whole}); check both numbers.",
    ),
    "load.end-before-start": Text(
        "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}); hãy sửa lại kỳ báo cáo.",
        "The end date ({end}) is before the start date ({start}); correct the period.",
    ),
    "load.bad-date": Text(
        "Ngày không hợp lệ: “{value}”; dùng dạng YYYY-MM-DD, ví dụ 2024-10-30.",
        "Invalid date “{value}”; use the form YYYY-MM-DD, e.g. 2024-10-30.",
    ),
    "load.bad-symbol:code": Text(
        "Số và ký hiệu “{value}” không đúng dạng SỐ-LOẠI/CƠ QUAN, ví dụ 224-KL/TU; hãy sửa lại.",
        "“{value}” is not a document number and symbol of the form NUMBER-TYPE/ISSUER, e.g. "
        "224-KL/TU; correct it.",
    ),
    "load.bad-symbol:symbol": Text(
        "Ký hiệu “{value}” không đúng dạng LOẠI/CƠ QUAN, ví dụ BC/HU; hãy sửa lại.",
        "“{value}” is not a document symbol of the form TYPE/ISSUER, e.g. BC/HU; correct it.",
    ),
    "load.not-allowed": Text(
        "Giá trị {value} không được chấp nhận; chỉ dùng một trong các giá trị: {allowed}.",
        "The value {value} is not accepted; use one of: {allowed}.",
    ),
    "load.unsafe-character": Text(
        "Có ký tự không hợp lệ ({char}) ở vị trí thứ {position}: ký tự điều khiển hoặc mã "
        "Unicode hỏng, thường lẫn vào khi sao chép từ phần mềm khác; hãy xóa ký tự này.",
        "Contains a forbidden character ({char}) at position {position}: a control character "
        "or broken Unicode, usually copied in from another program; delete it.",
    ),
    "load.bidi-character": Text(
        "Có ký tự điều khiển chiều chữ ({char}) ở vị trí thứ {position}: ký tự này đảo thứ tự "
        "chữ khi hiển thị, làm văn bản in ra khác với dữ liệu; hãy xóa ký tự này.",
        "Contains a bidirectional control ({char}) at position {position}: it reorders the "
        "text as shown, so the page would read differently from the data; delete it.",
    ),
    "load.invisible-character": Text(
        "Có ký tự vô hình ({char}) ở vị trí thứ {position}: ký tự này không hiện ra nhưng làm "
        "dữ liệu khác với chữ nhìn thấy, thường lẫn vào khi sao chép từ trang web; hãy xóa "
        "ký tự này.",
        "Contains an invisible character ({char}) at position {position}: it does not show "
        "but makes the data differ from the visible text, usually copied in from a web page; "
        "delete it.",
    ),
    "load.bad-json": Text(
        "Không đọc được JSON: lỗi cú pháp ở dòng {line}, cột {column}; hãy kiểm tra dấu "
        "phẩy, dấu ngoặc và dấu ngoặc kép quanh vị trí đó.",
        "Not valid JSON: {detail} at line {line}, column {column}; check the commas, "
        "brackets and quotes around it.",
    ),
    "load.bad-encoding": Text(
        "Nội dung không phải văn bản UTF-8 (ký tự lỗi ở dòng {line}, cột {column}); nếu tệp "
        "được gõ bằng bảng mã cũ (TCVN3, VNI, VIQR), hãy chuyển sang Unicode bằng lệnh "
        "kl224 convert-text, hoặc lưu lại tệp với bảng mã UTF-8.",
        "The content is not UTF-8 (a bad character at line {line}, column {column}); if the "
        "file was typed in a legacy encoding (TCVN3, VNI, VIQR), convert it to Unicode with "
        "kl224 convert-text, or save it again as UTF-8.",
    ),
    "load.bad-schema-version": Text(
        "Phiên bản lược đồ {value} không được hỗ trợ; hãy dùng 1 hoặc bỏ trường "
        "“schema_version”.",
        "Schema version {value} is not supported; use 1 or leave “schema_version” out.",
    ),
    "load.no-embedded-data": Text(
        "Tệp “{file}” không chứa dữ liệu kl224 (có thể là văn bản soạn tay); hãy dùng tệp "
        "JSON hoặc tệp DOCX/PDF do kl224 tạo ra.",
        "“{file}” carries no kl224 data (it may have been typed by hand); use a JSON file or "
        "a DOCX/PDF file made by kl224.",
    ),
    "load.bad-embedded-data": Text(
        "Không đọc được dữ liệu kl224 trong tệp “{file}” ({detail}); hãy xuất lại tệp bằng "
        "kl224 hoặc dùng tệp JSON gốc.",
        "The kl224 data embedded in “{file}” is damaged ({detail}); render the file again "
        "with kl224 or use the original JSON.",
    ),
    "load.reader-unavailable": Text(
        "Chưa đọc được dữ liệu trong tệp {format} “{file}” vì bản kl224 đang cài chưa có "
        "chức năng này; hãy dùng tệp JSON.",
        "Cannot read the data in the {format} file “{file}”: this kl224 installation has no "
        "reader for it; use the JSON file.",
    ),
    "load.unreadable-file": Text(
        "Không đọc được tệp “{file}”: {reason}; hãy kiểm tra lại đường dẫn và quyền truy cập.",
        "Cannot read “{file}”: {reason}; check the path and the permissions.",
    ),
    "load.unsupported-format": Text(
        "Không đọc được tệp “{file}”: định dạng “{suffix}” không được hỗ trợ; hãy dùng tệp "
        ".json, .docx, .pdf hoặc .xlsx.",
        "Cannot load “{file}”: the format “{suffix}” is not supported; use a .json, .docx, "
        ".pdf or .xlsx file.",
    ),
    "load.unsupported-format:no-suffix": Text(
        "Không đọc được tệp “{file}”: tên tệp không có phần mở rộng cho biết định dạng; hãy dùng "
        "tệp .json, .docx, .pdf hoặc .xlsx.",
        "Cannot load “{file}”: its name has no suffix to tell its format; use a .json, .docx, "
        ".pdf or .xlsx file.",
    ),
    "load.too-large": Text(
        "Dữ liệu quá lớn ({size} byte, tối đa {limit} byte); một báo cáo không lớn đến vậy, "
        "hãy kiểm tra lại tệp đầu vào.",
        "The input is too large ({size} bytes, at most {limit}); no report is that large, "
        "check the input file.",
    ),
    "load.too-many-problems": Text(
        "Còn lỗi khác chưa liệt kê (chỉ hiện {limit} lỗi đầu tiên); hãy sửa các lỗi trên rồi "
        "đọc lại.",
        "More problems are not listed (only the first {limit} are shown); fix these and load "
        "again.",
    ),
    "load.wrong-type:bare": Text(
        "Phải là {expected}, không phải {actual}; hãy sửa lại giá trị này.",
        "Must be {expected}, not {actual}; correct the value.",
    ),
    "load.no-such-place": Text(
        "Không có vị trí này trong báo cáo (bước “{step}”: {reason}); hãy kiểm tra lại đường "
        "dẫn JSON Pointer.",
        "No such place in the report (step “{step}”: {reason}); check the JSON Pointer.",
    ),
    # A figures workbook's cells (kl224.renderers.xlsx): LoadError puts the cell first.
    "load.bad-cell": Text(
        "Không đọc được “{value}” thành {expected}; hãy nhập một số, ví dụ 1.286 hoặc 98,5 "
        "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).",
        "Cannot read “{value}” as {expected}; enter a number such as 1.286 or 98,5 (a dot "
        "groups thousands, a comma comes before decimals).",
    ),
    "load.bad-cell:negative": Text(
        "Số liệu không được âm (đang là {value}); hãy nhập 0 hoặc một số dương.",
        "A figure must not be negative (got {value}); enter 0 or a positive number.",
    ),
    "load.bad-cell:not-whole": Text(
        "Phải là số nguyên, không phải {value}; hãy nhập một số nguyên không âm.",
        "Must be a whole number, not {value}; enter a whole number of at least 0.",
    ),
    "load.bad-cell:out-of-range": Text(
        "Tỷ lệ phần trăm phải từ 0 đến 100, không phải {value}; hãy sửa lại.",
        "A percentage must lie between 0 and 100, not {value}; correct it.",
    ),
    "load.bad-cell:unit-mismatch": Text(
        "“{value}” ghi đơn vị khác với đơn vị tính của dòng này; hãy chỉ nhập con số.",
        "“{value}” names another unit than the row's; enter the number alone.",
    ),
    "load.bad-cell:bad-grouping": Text(
        "Không đọc được “{value}”: dấu chấm chỉ dùng để ngăn cách hàng nghìn (1.286), phần "
        "thập phân viết sau dấu phẩy (1,5); hãy sửa lại số này.",
        "Cannot read “{value}”: a dot only groups thousands (1.286) and decimals follow a "
        "comma (1,5); correct the number.",
    ),
    "load.bad-cell:not-a-date": Text(
        "Không đọc được “{value}” thành ngày; hãy nhập ngày dạng 30/10/2024.",
        "Cannot read “{value}” as a date; enter a date such as 30/10/2024.",
    ),
    "load.bad-cell:not-a-level": Text(
        "“{value}” không phải là một cấp báo cáo; hãy chọn một trong: {choices}.",
        "“{value}” is not a reporting level; choose one of: {choices}.",
    ),
    "load.missing-cell": Text(
        "Ô này còn trống trong khi số liệu đi kèm đã được nhập (một tỷ lệ cần cả số đạt và "
        "tổng số, số người dân tộc thiểu số cần tổng số người, kỳ báo cáo cần cả hai ngày); "
        "hãy nhập số liệu vào ô này.",
        "This cell is empty while its companion is filled in (a ratio needs its part and its "
        "whole, an ethnic-minority count its total, a period both dates); fill it in.",
    ),
    "load.unknown-row": Text(
        "“{value}” không phải là vị trí của một số liệu trong báo cáo (cột “Vị trí trong báo "
        "cáo” bị sửa?); hãy nhập số liệu vào bảng tính mẫu tạo bằng lệnh kl224 template -f "
        "xlsx.",
        "“{value}” is not the place of a figure in the report (was the hidden column with "
        "the places edited?); type the figures into the blank workbook of kl224 template -f "
        "xlsx.",
    ),
    "load.duplicate-row": Text(
        "Số liệu này đã có ở ô {first}; hãy chỉ giữ một dòng cho mỗi số liệu.",
        "This figure is already in cell {first}; keep one row per figure.",
    ),
    "load.cell-not-applicable": Text(
        "Báo cáo ghi mục này là “không áp dụng” nên không nhận số liệu; hãy xóa số liệu ở ô "
        "này hoặc bỏ ghi chú “không áp dụng” trong báo cáo.",
        "The report answers this item “not applicable”, so it takes no figures; delete the "
        "figure in this cell or drop the “not applicable” answer from the report.",
    ),
    "load.not-a-workbook": Text(
        "Không đọc được tệp “{file}” như một bảng tính Excel (.xlsx) ({detail}); hãy lưu lại "
        "tệp dưới dạng Excel Workbook (.xlsx).",
        "Cannot read “{file}” as an Excel workbook (.xlsx) ({detail}); save it again as an "
        "Excel Workbook (.xlsx).",
    ),
    "load.no-figures-sheet": Text(
        "Bảng tính “{file}” không có trang “{sheet}” của kl224; hãy nhập số liệu vào bảng "
        "tính mẫu tạo bằng lệnh kl224 template -f xlsx.",
        "The workbook “{file}” has no kl224 sheet named “{sheet}”; type the figures into the "
        "blank workbook of kl224 template -f xlsx.",
    ),
    "load.invalid-value": Text(
        "Giá trị không hợp lệ ({detail}); hãy sửa lại.",
        "Invalid value ({detail}); correct it.",
    ),
    "word.object": Text(
        "một đối tượng JSON {…}",
        "a JSON object {…}",
    ),
    "word.array": Text(
        "một danh sách JSON […]",
        "a JSON array […]",
    ),
    "word.string": Text(
        "một chuỗi văn bản",
        "a string",
    ),
    "word.integer": Text(
        "một số nguyên không âm",
        "a whole number of at least 0",
    ),
    "word.date": Text(
        "một ngày",
        "a date",
    ),
    "word.level": Text(
        "một cấp báo cáo",
        "a reporting level",
    ),
    "word.number": Text(
        "một số",
        "a number",
    ),
    "word.boolean": Text(
        "true hoặc false",
        "true or false",
    ),
    "word.null": Text(
        "null",
        "null",
    ),
    "word.text-or-bullet": Text(
        'một chuỗi (đoạn văn) hoặc một đối tượng {{"bullet": …}} (gạch đầu dòng)',
        'a string (a paragraph) or an object {{"bullet": …}} (a bullet)',
    ),
    "word.a-null": Text(
        "giá trị trống (null)",
        "empty (null)",
    ),
    "word.iso-date": Text(
        "một ngày dạng chuỗi “YYYY-MM-DD” hoặc datetime.date",
        "a date, as text “YYYY-MM-DD” or a datetime.date",
    ),
    "word.a-date": Text(
        "ngày tháng",
        "a date",
    ),
    "word.a-datetime": Text(
        "ngày giờ (có giờ trong ngày)",
        "a date and time (with a time of day)",
    ),
    "word.a-python-object": Text(
        "một đối tượng Python kiểu",
        "a Python object of type",
    ),
    "word.a-boolean": Text(
        "giá trị true/false",
        "true/false",
    ),
    "word.a-string": Text(
        "chuỗi văn bản",
        "the text",
    ),
    "word.a-integer": Text(
        "số nguyên",
        "the whole number",
    ),
    "word.a-number": Text(
        "số",
        "the number",
    ),
    "word.a-array": Text(
        "danh sách",
        "the list",
    ),
    "word.a-object": Text(
        "đối tượng",
        "the object",
    ),
    "word.a-value": Text(
        "giá trị",
        "the value",
    ),
    "word.not-found": Text(
        "tệp không tồn tại",
        "no such file",
    ),
    "word.is-a-directory": Text(
        "đây là một thư mục, không phải tệp",
        "it is a directory, not a file",
    ),
    "word.permission-denied": Text(
        "không có quyền đọc tệp",
        "permission denied",
    ),
    "word.no-such-key": Text(
        "ở đó không có trường này",
        "there is no such field there",
    ),
    "word.not-an-index": Text(
        "bước vào một danh sách phải là số thứ tự (0, 1, 2, …)",
        "a step into a list must be an index (0, 1, 2, …)",
    ),
    "word.past-the-end": Text(
        "danh sách không có phần tử này",
        "the list has no such item",
    ),
    "word.not-reported": Text(
        "giá trị chứa nó chưa được báo cáo (null); hãy đặt cả giá trị đó",
        "the value holding it is not reported (null); set that whole value",
    ),
    "word.not-a-pointer": Text(
        "đường dẫn phải để trống hoặc bắt đầu bằng “/”",
        "a pointer is empty or starts with “/”",
    ),
    "word.not-a-report": Text(
        "toàn bộ báo cáo phải là một đối tượng JSON",
        "the whole report must be a JSON object",
    ),
}
