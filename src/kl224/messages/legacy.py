"""Messages about converting legacy-encoded text (``legacy.<what>``): the notes of
:func:`kl224.text.legacy.convert`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kl224.messages.core import Text

__all__ = ["TEXTS"]

TEXTS: Final[Mapping[str, Text]] = {
    "legacy.looks-like": Text(
        "Văn bản giống {best} (điểm {best_score}) hơn {family} (điểm {family_score}); hãy "
        "kiểm tra lại bảng mã.",
        "The text looks more like {best} (score {best_score}) than {family} (score "
        "{family_score}); check the encoding.",
    ),
    "legacy.lost-u-horn": Text(
        "Có vẻ chữ ư (mã 0xAD, bị coi là dấu gạch mềm) đã bị xoá khỏi văn bản gốc, nên "
        "“được” thành “đợc”; hãy lấy lại tệp gốc chưa qua xử lý.",
        "The letter “ư” (code 0xAD, taken for a soft hyphen) seems to have been deleted from the "
        "original, so “được” became “đợc”; get the untouched original file back.",
    ),
    "legacy.kept-unicode": Text(
        "{count} ký tự đã là Unicode nên được giữ nguyên.",
        "{count} characters were already Unicode and were kept.",
    ),
    "legacy.viqr-not-syllables": Text(
        "{count} từ không phải âm tiết tiếng Việt (ví dụ “{example}”); dấu chấm hoặc dấu hỏi "
        "ngay sau nguyên âm có thể là dấu câu chưa được thoát bằng “\\” (RFC 1456).",
        "{count} words are not Vietnamese syllables (for example “{example}”); a full stop or "
        "question mark right after a vowel may be punctuation not escaped with “\\” "
        "(RFC 1456).",
    ),
    "legacy.already-unicode": Text(
        "Văn bản đã là Unicode, không cần chuyển.",
        "The text is already Unicode; nothing to convert.",
    ),
    "legacy.ascii": Text(
        "Văn bản chỉ gồm ký tự ASCII và không giống VIQR: giữ nguyên.",
        "The text is plain ASCII and does not look like VIQR: kept as it is.",
    ),
}
