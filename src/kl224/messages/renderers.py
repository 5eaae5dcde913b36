"""Messages of the renderer registry and of writing files (``renderers.<what>``,
``output.<what>``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    "renderers.missing-dependency": Text(
        "định dạng “{name}” cần gói “{requires}” nhưng gói này chưa được cài đặt ({module}); "
        "hãy cài đặt: {hint}",
        "the “{name}” renderer needs the package “{requires}”, which is not installed "
        "({module}); install it: {hint}",
    ),
    "renderers.broken-plugin": Text(
        "không nạp được định dạng bổ sung “{name}” ({source}): {reason}",
        "the renderer plugin “{name}” ({source}) could not be loaded: {reason}",
    ),
    "renderers.clash-builtin": Text(
        "bỏ qua định dạng bổ sung “{name}” ({source}): tên này là của định dạng tích hợp sẵn, "
        "định dạng bổ sung không được thay thế; hãy đặt tên khác cho nó",
        "ignored the renderer plugin “{name}” ({source}): a built-in renderer has this name, and "
        "a plugin never replaces it; give the plugin another name",
    ),
    "renderers.clash-plugin": Text(
        "bỏ qua định dạng bổ sung “{name}” ({source}): tên này đã thuộc về gói {kept}; hãy gỡ "
        "một trong hai gói hoặc đổi tên",
        "ignored the renderer plugin “{name}” ({source}): the package {kept} already has this "
        "name; uninstall one of them or rename it",
    ),
    "renderers.unreadable-plugins": Text(
        "không đọc được danh sách định dạng bổ sung ({reason}); chỉ dùng các định dạng tích "
        "hợp sẵn",
        "could not read the renderer plugins ({reason}); only the built-ins are used",
    ),
    "renderers.skipped-plugin": Text(
        "bỏ qua một định dạng bổ sung: {reason_vi}",
        "skipped a renderer plugin: {reason}",
    ),
    "renderers.unknown-name": Text(
        "không có định dạng “{name}” (các định dạng có sẵn: {known})",
        "no renderer named “{name}” (available: {known})",
    ),
    "renderers.unknown-name:suggestion": Text(
        "không có định dạng “{name}”; có phải là {suggestion}? (các định dạng có sẵn: {known})",
        "no renderer named “{name}”; did you mean {suggestion}? (available: {known})",
    ),
    "renderers.no-suffix": Text(
        "tệp “{path}” không có phần mở rộng; hãy chỉ rõ định dạng (ví dụ -f pdf)",
        "“{path}” has no file suffix; name the format (for example -f pdf)",
    ),
    "renderers.unknown-suffix": Text(
        "không có định dạng nào ghi tệp “{suffix}” (các phần mở rộng đã biết: {known}); hãy "
        "chỉ rõ định dạng bằng -f",
        "no renderer writes “{suffix}” files (known suffixes: {known}); name the format with -f",
    ),
    "renderers.failed": Text(
        "định dạng “{name}” gặp lỗi khi xuất văn bản ({error}); đây là lỗi của trình xuất, "
        "xin báo cho người phát triển trình xuất đó",
        "the “{name}” renderer failed ({error}); this is a bug in that renderer, please report "
        "it to its developers",
    ),
    "renderers.no-format": Text(
        "hãy chỉ rõ định dạng (ví dụ “pdf”) hoặc cho tên tệp có phần mở rộng",
        "name a format (for example “pdf”) or give a file name with a suffix",
    ),
    # Operating-system errors, by errno name (kl224.messages.describe_error).
    "os.ENOENT": Text("không có tệp hoặc thư mục này", "no such file or folder"),
    "os.EACCES": Text("không có quyền truy cập", "permission denied"),
    "os.EPERM": Text("không được phép", "not permitted"),
    "os.EISDIR": Text("đây là một thư mục, không phải tệp", "it is a folder, not a file"),
    "os.ENOTDIR": Text(
        "một phần của đường dẫn không phải thư mục", "part of the path is not a folder"
    ),
    "os.ENOSPC": Text("ổ đĩa đã đầy", "the disk is full"),
    "os.EROFS": Text("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    "os.EEXIST": Text("tệp đã tồn tại", "the file exists"),
    "os.ENAMETOOLONG": Text("tên tệp quá dài", "the file name is too long"),
    "os.other": Text("lỗi hệ thống tệp ({name})", "file system error ({name})"),
    "os.error": Text("{reason}: {path}", "{reason}: {path}"),
    "internal-error": Text(
        "lỗi nội bộ ({error}); xin báo lỗi này cho nhóm phát triển",
        "internal error ({error}); please report this bug",
    ),
    "renderers.reference-doc": Text(
        "không dùng được “{path}” làm tài liệu mẫu: {reason}; hãy chỉ một tệp .docx lưu bằng "
        "Word hoặc LibreOffice",
        "cannot use “{path}” as the reference document: {reason}; pass a .docx file saved by "
        "Word or LibreOffice",
    ),
    "renderers.reference-doc:missing": Text("không có tệp này", "there is no such file"),
    "renderers.reference-doc:folder": Text("đây là một thư mục", "it is a folder"),
    "renderers.reference-doc:unreadable": Text(
        "không đọc được tệp ({detail})", "the file cannot be read ({detail})"
    ),
    "renderers.reference-doc:not-zip": Text(
        "tệp không phải là DOCX (không phải tệp zip)", "the file is not a DOCX (not a zip archive)"
    ),
    "renderers.reference-doc:not-word": Text(
        "tệp không phải là văn bản Word đọc được ({detail})",
        "the file is not a readable Word document ({detail})",
    ),
    "renderers.reference-doc-only-docx": Text(
        "--reference-doc chỉ dùng cho định dạng DOCX (định dạng đã chọn: {name})",
        "--reference-doc is for the DOCX format only (the format chosen: {name})",
    ),
    "output.exists": Text(
        "{path} đã tồn tại; dùng --force để ghi đè",
        "{path} exists; use --force to overwrite it",
    ),
    "output.is-input": Text(
        "không ghi vào {path} vì đó là một tệp đầu vào (kể cả khi có --force); hãy chọn tên "
        "tệp kết quả khác",
        "will not write {path}: it is one of the inputs (even with --force); choose another "
        "output name",
    ),
    "output.is-folder": Text(
        "{path} là một thư mục; hãy cho tên tệp kết quả (ví dụ {path}/bao-cao.pdf)",
        "{path} is a folder; give the output a file name (for example {path}/report.pdf)",
    ),
    "output.no-folder": Text(
        "không có thư mục {folder}",
        "no such folder: {folder}",
    ),
    "output.batch-duplicate": Text(
        "hai tệp đầu vào cho cùng một tên tệp kết quả; hãy đổi tên một trong hai tệp",
        "two inputs give this output name; rename one of them",
    ),
    "output.batch-is-input": Text(
        "tệp kết quả {path} là một tệp đầu vào; không ghi đè (kể cả khi có --force), hãy chọn "
        "thư mục khác bằng -d",
        "the output {path} is one of the inputs; it is not replaced (even with --force), "
        "choose another folder with -d",
    ),
    "output.batch-exists": Text(
        "tệp kết quả {path} đã tồn tại; dùng --force để ghi đè",
        "the output {path} exists; use --force to overwrite it",
    ),
}
