"""Balanced line breaking (kl224.text.lines): as few lines as greedy breaking, evener ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kl224.text.lines import balanced_lines

NAME = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"


def greedy(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def test_a_long_name_breaks_in_the_middle() -> None:
    assert greedy(NAME, 36) == ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH", "NGHIỆP TỈNH"]
    assert balanced_lines(NAME, 36, len) == ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN", "VÀ DOANH NGHIỆP TỈNH"]


def test_no_word_alone_when_another_break_avoids_it() -> None:
    text = "HUYỆN ỦY TAM ĐƯỜNG TỈNH"
    assert greedy(text, 19) == ["HUYỆN ỦY TAM ĐƯỜNG", "TỈNH"]
    assert balanced_lines(text, 19, len) == ["HUYỆN ỦY TAM", "ĐƯỜNG TỈNH"]


def test_short_text_newlines_and_empty_text() -> None:
    assert balanced_lines("Huyện ủy Tam Đường", 40, len) == ["Huyện ủy Tam Đường"]
    assert balanced_lines("a  b\nc", 40, len) == ["a b", "c"]
    assert balanced_lines("   ", 40, len) == []
    assert balanced_lines("", 40, len) == []


def test_a_word_wider_than_the_line_gets_its_own_line() -> None:
    assert balanced_lines("ab " + "x" * 20 + " cd", 8, len) == ["ab", "x" * 20, "cd"]


def test_other_measures() -> None:
    # Points of a font, say: wide capitals.
    def measure(text: str) -> float:
        return sum(1.5 if char.isupper() else 1.0 for char in text)

    lines = balanced_lines(NAME, 40, measure)
    assert len(lines) == 2 and all(measure(line) <= 40 for line in lines)


words = st.lists(st.text(alphabet="abcđêơưẠẶ", min_size=1, max_size=9), min_size=1, max_size=40)


@given(words, st.integers(min_value=1, max_value=40))
def test_same_words_same_count_every_line_fits(parts: list[str], width: int) -> None:
    text = " ".join(parts)
    lines = balanced_lines(text, width, len)
    assert " ".join(lines).split() == parts
    assert len(lines) == len(greedy(text, width))
    assert all(len(line) <= width or " " not in line for line in lines)
    # Never more one-word lines than greedy breaking leaves.
    assert sum(" " not in line for line in lines) <= sum(
        " " not in line for line in greedy(text, width))
