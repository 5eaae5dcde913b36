"""Text strategies: Vietnamese prose, and hostile text that has broken renderers elsewhere."""

from __future__ import annotations

import unicodedata
from typing import Final

from hypothesis import strategies as st

from kl224.testing._args import check_int, check_sizes

__all__ = ["REFUSED_CHARACTERS", "accepted_characters", "hostile_text", "vietnamese_text"]

REFUSED_CHARACTERS: Final = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\x7f", "\ufffe", "\uffff"]
    + ["\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)),
       *map(chr, range(0x2066, 0x206A))]
    + ["\u180e", "\u200b", "\u200c", "\u200d", *map(chr, range(0x2060, 0x2065)), "\ufeff"]
)
"""Characters the model refuses (besides lone surrogates): C0 controls other than tab, newline
and carriage return (which is folded to a newline), DEL, U+FFFE and U+FFFF; bidirectional
controls and marks; zero-width and other invisible characters (see :mod:`kl224.text.clean`).
A zero width joiner is accepted between two pictographs (inside an emoji sequence) only."""

_WORDS: Final = (
    "Huyện ủy", "Ban Thường vụ", "cán bộ", "đảng viên", "Nhân dân", "các dân tộc", "quán triệt",
    "tuyên truyền", "Kết luận", "kế hoạch", "thực hiện", "nghiêm túc", "hiệu quả", "thôn, bản",
    "xã", "thị trấn", "văn hóa", "lý luận chính trị", "dư luận xã hội", "truyền thanh", "đạt",
    "vượt", "chỉ tiêu", "Mông", "Dao", "Thái", "Giáy", "Lự", "tổ chức", "hội nghị", "năm 2024",
    "100%", "12/13", "Phong Thổ", "Tam Đường", "Sìn Hồ", "Mường Tè", "Lai Châu", "tiếp tục",
    "nâng cao", "chất lượng", "đổi mới", "nội dung", "hình thức", "cơ sở", "đoàn thể",
    # What offices also write: the old tone placement, quotes, brackets, names with commas, and
    # list marks and numbering inside a sentence. (Not citations such as "Kết luận số
    # 224-KL/TU, ngày 18/10/2021": inside a cited document's own fields they make the printed
    # citation ambiguous — see hostile_text.)
    "Uỷ ban", "Đảng uỷ xã", "Tỉnh ủy", '"Dân vận khéo"', "“Ngày hội”", "(nếu có)",
    "xã Bản Bo, huyện Tam Đường", "1.", "a)", "-", "+", "I.",
)
# A sentence does not begin with a list mark: "- …" on a page is a bullet (hostile text has it).
_FIRST_WORDS: Final = tuple(w for w in _WORDS if w not in ("-", "+"))

_MARKUP: Final = (
    "<b>", "</b>", "<i>đậm</i>", "<br/>", "<para>", "</w:t>", "<w:p/>", "<font name=x size=40>",
    '<img src="/etc/passwd"/>', '<a href="http://x">', "<![CDATA[", "]]>", "<?xml version='1.0'?>",
    "&", "&amp;", "&#x41;", "&lt;", "&nbsp;", "<", ">", '"', "'", "%PDF-1.4", "%%EOF", "endobj",
    "\\(x\\)", "(", ")", "\\", "{", "}", "${x}", "{0}", "%s", "*đậm*", "_x_", "`", "#", "|", "~",
)
_MARKS: Final = (
    "\u00ad", "\u034f", "\u2028", "\u2029", "\u0085", "\u00a0", "\u00ad" * 5, "\ufe0f",
)
_EMOJI: Final = (
    "😀", "🇻🇳", "👨\u200d👩\u200d👧", "👍🏽", "🏳️\u200d🌈", "\u2764\ufe0f", "\U0001d400", "漢字",
    "𠀀", "ﷺ", "עברית", "العربية", "ไทย", "ᜀ", "\U0001f9d1\u200d\U0001f4bb", "\u0e01\u0e33",
)
_SPACES: Final = (" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "\u2003", "\u202f")
_DECOMPOSED: Final = tuple(
    unicodedata.normalize("NFD", w) for w in (*_WORDS, "Ủy ban", "Uỷ ban", "Đường", "ỹ")
)


def accepted_characters() -> st.SearchStrategy[str]:
    """Any single character the model accepts: every code point but lone surrogates and
    :data:`REFUSED_CHARACTERS` (C1 controls, private use and unassigned code points included)."""
    return st.characters(exclude_categories=["Cs"], exclude_characters=REFUSED_CHARACTERS)


def _fit(text: str, min_size: int, max_size: int | None) -> str:
    if max_size is not None:
        # Cutting inside an emoji sequence must not leave its joiner at the end.
        text = text[:max_size].rstrip("\u200d")
    if len(text) < min_size:
        text += "đ" * (min_size - len(text))
    return text


def _sentence(words: list[str]) -> str:
    # Only the first letter is raised: names keep their capitals (str.capitalize lowers them).
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def vietnamese_text(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[str]:
    """Plain Vietnamese prose of a few words, as a report would hold — names with their
    capitals and commas, quotes, brackets, the old tone placement ``uỷ``, list marks
    and numbering inside a sentence; ``min_size`` and ``max_size`` bound its length in
    characters."""
    check_sizes(min_size, max_size)
    words = st.builds(
        lambda first, rest: [first, *rest],
        st.sampled_from(_FIRST_WORDS), st.lists(st.sampled_from(_WORDS), max_size=11),
    )
    return words.map(lambda ws: _fit(_sentence(ws), min_size, max_size))


def _fragments(max_word_size: int) -> st.SearchStrategy[str]:
    long_word = st.builds(
        lambda piece, n: (piece * n)[:n],
        st.sampled_from(["x", "Nghiêng", "ẞ", "W", "𠀀", "0"]),
        st.integers(1, max_word_size),
    )
    return st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_MARKUP),
        st.sampled_from(_DECOMPOSED),
        st.sampled_from(_MARKS),
        st.sampled_from(_EMOJI),
        st.lists(st.sampled_from(_SPACES), min_size=1, max_size=8).map("".join),
        long_word,
        st.text(accepted_characters(), min_size=1, max_size=8),
    )


def hostile_text(
    *, min_size: int = 0, max_size: int | None = None, max_word_size: int = 1_000
) -> st.SearchStrategy[str]:
    """Text the model accepts but renderers find hard: markup and XML-special characters
    (``<b>``, ``]]>``, ``&amp;``), decomposed Vietnamese, soft hyphens and other format marks,
    emoji and other scripts, words up to ``max_word_size`` characters, runs of white space
    (tabs, newlines, carriage returns, no-break spaces), blank strings and any other character
    the model accepts. Never a character the model refuses (:data:`REFUSED_CHARACTERS`, lone
    surrogates). ``min_size``/``max_size`` bound the length in characters."""
    check_sizes(min_size, max_size)
    check_int(max_word_size, "max_word_size", minimum=1)
    pieces = st.lists(_fragments(max_word_size), max_size=10)
    return pieces.map(lambda p: _fit("".join(p), min_size, max_size))
