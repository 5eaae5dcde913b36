"""Tests for kl224.text.legacy: TCVN3, VNI and VIQR to Unicode and back, detection, CLI helper."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kl224.cli.commands.convert import convert_file
from kl224.text.legacy import (
    Encoding,
    UndetectedEncodingError,
    UnencodableError,
    bytes_view,
    convert,
    decode_bytes,
    detect,
    encode,
    encode_bytes,
    parse_encoding,
    to_unicode,
)

# Every Vietnamese vowel letter, one row per vowel, in tone order: none, huyền, sắc, hỏi, ngã, nặng.
ROWS: dict[str, str] = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ưừứửữự",
    "y": "yỳýỷỹỵ",
}
SMALL = "".join(ROWS.values()) + "đ"
CAPITAL = SMALL.upper()
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

# TCVN 5712:1993 VN3 (the .VnTime layout), re-typed here row by row from the standard's code
# chart, independently of the byte-ordered table in the module. Same tone order as ROWS.
TCVN3_ROWS: dict[str, bytes] = {
    "a": b"a\xb5\xb8\xb6\xb7\xb9",
    "ă": b"\xa8\xbb\xbe\xbc\xbd\xc6",
    "â": b"\xa9\xc7\xca\xc8\xc9\xcb",
    "e": b"e\xcc\xd0\xce\xcf\xd1",
    "ê": b"\xaa\xd2\xd5\xd3\xd4\xd6",
    "i": b"i\xd7\xdd\xd8\xdc\xde",
    "o": b"o\xdf\xe3\xe1\xe2\xe4",
    "ô": b"\xab\xe5\xe8\xe6\xe7\xe9",
    "ơ": b"\xac\xea\xed\xeb\xec\xee",
    "u": b"u\xef\xf3\xf1\xf2\xf4",
    "ư": b"\xad\xf5\xf8\xf6\xf7\xf9",
    "y": b"y\xfa\xfd\xfb\xfc\xfe",
}
TCVN3_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}

# VNI-Windows as it shows in Windows-1252, from VNI's published table: base letter + code byte.
VNI_ROWS: dict[str, tuple[str, ...]] = {
    "a": ("a", "aø", "aù", "aû", "aõ", "aï"),
    "ă": ("aê", "aè", "aé", "aú", "aü", "aë"),
    "â": ("aâ", "aà", "aá", "aå", "aã", "aä"),
    "e": ("e", "eø", "eù", "eû", "eõ", "eï"),
    "ê": ("eâ", "eà", "eá", "eå", "eã", "eä"),
    "i": ("i", "ì", "í", "æ", "ó", "ò"),
    "o": ("o", "oø", "où", "oû", "oõ", "oï"),
    "ô": ("oâ", "oà", "oá", "oå", "oã", "oä"),
    "ơ": ("ô", "ôø", "ôù", "ôû", "ôõ", "ôï"),
    "u": ("u", "uø", "uù", "uû", "uõ", "uï"),
    "ư": ("ö", "öø", "öù", "öû", "öõ", "öï"),
    "y": ("y", "yø", "yù", "yû", "yõ", "î"),
}

# RFC 1456: shape marks after the base letter, then the tone mark.
VIQR_BASE = {
    "a": "a", "ă": "a(", "â": "a^", "e": "e", "ê": "e^", "i": "i",
    "o": "o", "ô": "o^", "ơ": "o+", "u": "u", "ư": "u+", "y": "y",
}  # fmt: skip
VIQR_TONE = ("", "`", "'", "?", "~", ".")

SENTENCE = (
    "Ban Thường vụ Huyện ủy Tam Đường triển khai thực hiện Kết luận số 224-KL/TU của Tỉnh ủy."
)
CULTURE = (
    "Công tác văn hóa, văn nghệ được quan tâm chỉ đạo; các lễ hội truyền thống của đồng bào dân "
    "tộc Mông, Dao, Thái, Giáy được bảo tồn và phát huy. Huyện tổ chức thành công Ngày hội Văn hóa "
    'các dân tộc lần thứ IV, thu hút hơn 2.000 diễn viên, nghệ nhân tham gia. Phong trào "Toàn dân '
    'đoàn kết xây dựng đời sống văn hóa" tiếp tục được đẩy mạnh; 85% thôn, bản đạt danh hiệu văn '
    "hóa. Tuy nhiên, việc giữ gìn trang phục, tiếng nói, chữ viết của một số dân tộc còn khó khăn?"
)
PROPAGANDA = (
    "Hệ thống loa truyền thanh được đầu tư tại 12/14 xã, thị trấn (đạt 85,7%). Các đồng chí "
    "Huyện ủy viên trực tiếp dự sinh hoạt chi bộ, đối thoại với nhân dân, lắng nghe ý kiến về "
    "những vấn đề bức xúc; việc học tập, quán triệt nghị quyết được thực hiện nghiêm túc."
)
PARAGRAPHS = (SENTENCE, CULTURE, PROPAGANDA)


def test_rows_are_the_vietnamese_letters() -> None:
    # Guards the test data itself: NFC letters carrying the tone mark of their column.
    for vowel, row in ROWS.items():
        assert unicodedata.is_normalized("NFC", row)
        for tone, letter in enumerate(row):
            assert unicodedata.normalize("NFD", letter) == unicodedata.normalize(
                "NFD", vowel + TONE_MARKS[tone]
            )
    assert len(SMALL) == len(set(SMALL)) == 73
    assert len(CAPITAL) == len(set(CAPITAL)) == 73


# --------------------------------------------------------------------------------------------
# TCVN3


@pytest.mark.parametrize("vowel", ROWS)
def test_tcvn3_small_letters_match_the_standard_chart(vowel: str) -> None:
    for letter, byte in zip(ROWS[vowel], TCVN3_ROWS[vowel], strict=True):
        assert decode_bytes(bytes([byte]), "tcvn3") == letter
        assert encode_bytes(letter, "tcvn3") == bytes([byte])
        # The same byte seen as text (how a .VnTime file opens in an editor).
        assert to_unicode(bytes([byte]).decode("cp1252"), "tcvn3") == letter
        assert to_unicode(bytes([byte]).decode("latin-1"), "tcvn3") == letter


def test_tcvn3_has_exactly_the_vn3_repertoire() -> None:
    codes = {encode_bytes(letter, "tcvn3") for letter in SMALL if not letter.isascii()}
    assert len(codes) == 67  # 66 toned or shaped small vowels + đ, one byte each
    assert all(len(code) == 1 and code[0] >= 0xA8 for code in codes)
    assert decode_bytes(b"\xae", "tcvn3") == "đ"
    for letter, byte in TCVN3_CAPITALS.items():
        assert decode_bytes(bytes([byte]), "tcvn3") == letter
        assert encode(letter, "tcvn3") == bytes([byte]).decode("cp1252")
    assert decode_bytes(b"\xa0", "tcvn3") == "\u00a0"


def test_tcvn3_never_writes_a_gap_byte_for_a_letter() -> None:
    # 0xC0 shows as "À" in Latin-1 but is a gap in VN3: "À" must be refused, not written as C0.
    for letter in ("À", "Á", "Ã", "Í", "Ù", "Ú", "ç", "Ð"):
        with pytest.raises(UnencodableError):
            encode(letter, "tcvn3")
    assert encode("“Đảng” – 100%", "tcvn3") == "“§¶ng” – 100%"


def test_tcvn3_refuses_capitals_with_a_tone_and_points_to_the_caps_font() -> None:
    for letter in CAPITAL:
        if letter in TCVN3_CAPITALS or letter.isascii():
            continue
        with pytest.raises(UnencodableError, match="tcvn3-caps") as info:
            encode("Xin " + letter, "tcvn3")
        assert info.value.char == letter
        assert info.value.index == 4


def test_tcvn3_caps_font_gives_every_capital() -> None:
    # .VnTimeH draws the small codes as capitals: each small code reads as its capital.
    for vowel, codes in TCVN3_ROWS.items():
        for letter, byte in zip(ROWS[vowel], codes, strict=True):
            assert decode_bytes(bytes([byte]), "tcvn3-caps") == letter.upper()
    for letter in CAPITAL:
        legacy = encode(letter, "tcvn3-caps")
        assert legacy == encode(letter.lower(), "tcvn3")
        assert to_unicode(legacy, "tcvn3-caps") == letter
    with pytest.raises(UnencodableError, match="capitals only") as info:
        encode("VIỆt", "tcvn3-caps")
    assert info.value.index == 3


def test_tcvn3_known_words() -> None:
    # Derived by hand from the VN3 chart: ệ=D6, à=B5, ộ=E9, Đ=A7, ả=B6, ỉ=D8, ủ=F1, ế=D5,
    # ậ=CB, ố=E8, ư=AD, ờ=EA, Ư=A6, ê=AA.
    assert decode_bytes(b"Vi\xd6t Nam", "tcvn3") == "Việt Nam"
    assert decode_bytes(b"H\xb5 N\xe9i", "tcvn3") == "Hà Nội"
    assert decode_bytes(b"\xa7\xb6ng", "tcvn3") == "Đảng"
    assert decode_bytes(b"T\xd8nh \xf1y", "tcvn3") == "Tỉnh ủy"
    assert decode_bytes(b"K\xd5t lu\xcbn s\xe8 224-KL/TU", "tcvn3") == "Kết luận số 224-KL/TU"
    assert decode_bytes(b"M\xad\xeang Kh\xad\xacng", "tcvn3") == "Mường Khương"
    assert decode_bytes(b"\xa6u ti\xaan", "tcvn3") == "Ưu tiên"
    # The same text as an editor shows it (soft hyphen U+00AD is the ư).
    assert (
        to_unicode("ViÖt Nam, Hµ Néi, §¶ng, M\xadêng", "tcvn3") == "Việt Nam, Hà Nội, Đảng, Mường"
    )
    # A heading typed in .VnTimeH: small codes, read as capitals.
    assert to_unicode("b¸o c¸o kÕt qu¶ thùc hiÖn", "tcvn3-caps") == "BÁO CÁO KẾT QUẢ THỰC HIỆN"


def test_windows_1252_and_latin1_views_agree() -> None:
    # Bytes 0x80-0x9F are “ ” – in cp1252 but C1 controls in Latin-1; both views must convert
    # like the raw bytes.
    data = b"\x93V\xb5ng\x94 \x96 \xa7\xb6ng \x85"
    expected = "“Vàng” – Đảng …"
    assert decode_bytes(data, "tcvn3") == expected
    assert to_unicode(data.decode("cp1252"), "tcvn3") == expected
    assert to_unicode(data.decode("latin-1"), "tcvn3") == expected
    for encoding in ("tcvn3", "vni"):
        for byte in range(256):
            raw = bytes([byte, 0x20])
            via_latin1 = to_unicode(raw.decode("latin-1"), encoding)
            assert via_latin1 == decode_bytes(raw, encoding)
            try:
                via_cp1252 = raw.decode("cp1252")
            except UnicodeDecodeError:
                continue
            assert to_unicode(via_cp1252, encoding) == via_latin1


# --------------------------------------------------------------------------------------------
# VNI


@pytest.mark.parametrize("vowel", VNI_ROWS)
def test_vni_letters_match_the_published_table(vowel: str) -> None:
    for letter, legacy in zip(ROWS[vowel], VNI_ROWS[vowel], strict=True):
        assert to_unicode(legacy, "vni") == letter
        assert encode(letter, "vni") == legacy
        # VNI's capital codes sit 0x20 below the small ones, exactly as Latin-1's capitals do.
        assert to_unicode(legacy.upper(), "vni") == letter.upper()
        assert encode(letter.upper(), "vni") == legacy.upper()
        assert decode_bytes(legacy.encode("cp1252"), "vni") == letter


def test_vni_known_words() -> None:
    # From VNI's table: ệ = e + ä (E4), à = a + ø (F8), ộ = o + ä, Đ = Ñ (D1), ả = a + û (FB),
    # ư = ö (F6), ờ = ô (F4, ơ) + ø, ụ = u + ï (EF), ỉ = æ (E6), Ệ = E + Ä (C4).
    assert to_unicode("Vieät Nam", "vni") == "Việt Nam"
    assert to_unicode("chaøo", "vni") == "chào"
    assert to_unicode("Haø Noäi", "vni") == "Hà Nội"
    assert to_unicode("Ñaûng", "vni") == "Đảng"
    assert to_unicode("Ban Thöôøng vuï Huyeän uûy", "vni") == "Ban Thường vụ Huyện ủy"
    assert to_unicode("Tænh uûy", "vni") == "Tỉnh ủy"
    assert to_unicode("VIEÄT NAM", "vni") == "VIỆT NAM"
    assert decode_bytes(b"Vie\xe4t Nam", "vni") == "Việt Nam"
    assert decode_bytes(b"\xd1A\xdbNG", "vni") == "ĐẢNG"


def test_vni_refuses_a_code_byte_used_as_a_letter() -> None:
    # ø (F8) is VNI's huyền code: a Danish ø cannot be written.
    with pytest.raises(UnencodableError) as info:
        encode("Søren", "vni")
    assert (info.value.char, info.value.index, info.value.target) == ("ø", 1, "vni")
    assert "position 1" in str(info.value)


def test_vni_keeps_windows_punctuation() -> None:
    text = "“Đảng” – 100% …"
    assert to_unicode(encode(text, "vni"), "vni") == text


# --------------------------------------------------------------------------------------------
# VIQR


@pytest.mark.parametrize("vowel", ROWS)
def test_viqr_letters(vowel: str) -> None:
    for tone, letter in enumerate(ROWS[vowel]):
        code = VIQR_BASE[vowel] + VIQR_TONE[tone]
        assert to_unicode(code, "viqr") == letter
        assert to_unicode(code.upper(), "viqr") == letter.upper()
        assert encode(letter, "viqr") == code
    assert to_unicode("dd DD Dd", "viqr") == "đ Đ Đ"


def test_viqr_known_texts() -> None:
    # The introductory message of the Viet-Std VIQR convention (RFC 1456's VIQR section).
    message = "To^i ye^u tie^'ng nu+o+'c to^i tu+` khi mo+'i ra ddo+`i\\."
    assert to_unicode(message, "viqr") == "Tôi yêu tiếng nước tôi từ khi mới ra đời."
    # Escapes keep punctuation and a second d literal.
    escaped = "O^ng te^n gi`\\? To^i te^n la` Ted\\dy Thu.y\\."
    assert to_unicode(escaped, "viqr") == "Ông tên gì? Tôi tên là Teddy Thụy."
    assert encode("Ông tên gì? Tôi tên là Teddy Thụy.", "viqr") == escaped
    # A backslash before anything else is itself.
    assert to_unicode("C:\\path", "viqr") == "C:\\path"


def test_viqr_refuses_non_ascii() -> None:
    with pytest.raises(UnencodableError, match="7-bit") as info:
        encode("Đảng “Cộng sản”", "viqr")
    assert info.value.index == 5


# --------------------------------------------------------------------------------------------
# Every letter through every encoding, realistic text, tone placement.

ALL_LETTERS = SMALL + CAPITAL


@pytest.mark.parametrize("encoding", ["vni", "viqr"])
def test_every_letter_round_trips(encoding: Encoding) -> None:
    for letter in ALL_LETTERS:
        legacy = encode(letter, encoding)
        assert to_unicode(legacy, encoding) == letter
        assert decode_bytes(encode_bytes(letter, encoding), encoding) == letter


def test_every_letter_round_trips_in_tcvn3_or_its_caps_font() -> None:
    for letter in SMALL + "".join(TCVN3_CAPITALS):
        assert decode_bytes(encode_bytes(letter, "tcvn3"), "tcvn3") == letter
    for letter in CAPITAL:
        assert decode_bytes(encode_bytes(letter, "tcvn3-caps"), "tcvn3-caps") == letter


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr"])
@pytest.mark.parametrize("text", PARAGRAPHS, ids=["sentence", "culture", "propaganda"])
def test_paragraphs_round_trip(encoding: Encoding, text: str) -> None:
    legacy = encode(text, encoding)
    assert legacy != text
    assert to_unicode(legacy, encoding) == text
    assert decode_bytes(encode_bytes(text, encoding), encoding) == text
    # A file saved in UTF-8 after being read as cp1252 converts the same way.
    assert to_unicode(bytes_view(legacy.encode("utf-8")), encoding) == text


def test_caps_heading_round_trips() -> None:
    heading = "BÁO CÁO KẾT QUẢ 5 NĂM THỰC HIỆN KẾT LUẬN SỐ 224-KL/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY"
    legacy = encode(heading, "tcvn3-caps")
    assert legacy.startswith("b¸o c¸o kÕt qu¶")
    assert to_unicode(legacy, "tcvn3-caps") == heading


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr"])
def test_old_and_new_tone_placement_are_kept(encoding: Encoding) -> None:
    text = "hoà hòa, thuỷ thủy, Khoẻ khỏe, uỷ ban ủy ban"
    assert to_unicode(encode(text, encoding), encoding) == text


def test_decomposed_input_is_encoded_like_composed() -> None:
    nfd = unicodedata.normalize("NFD", SENTENCE)
    for encoding in ("tcvn3", "vni", "viqr"):
        assert encode(nfd, encoding) == encode(SENTENCE, encoding)


# --------------------------------------------------------------------------------------------
# Hypothesis: decode(encode(s)) == NFC(s) over the Vietnamese alphabet plus punctuation.

CONSONANTS = "bcdghklmnpqrstvx"
PUNCTUATION = " .,;:!?'\"()-/\\%\n0123456789"
FULL = ALL_LETTERS + CONSONANTS + CONSONANTS.upper() + PUNCTUATION
WINDOWS_PUNCTUATION = "“”‘’–—…\u00a0"
TCVN3_REPERTOIRE = SMALL + "".join(TCVN3_CAPITALS) + CONSONANTS + "AEIOUY" + CONSONANTS.upper()


def texts(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(alphabet), max_size=60)


@given(texts(FULL + WINDOWS_PUNCTUATION))
def test_property_vni(text: str) -> None:
    assert to_unicode(encode(text, "vni"), "vni") == unicodedata.normalize("NFC", text)
    assert decode_bytes(encode_bytes(text, "vni"), "vni") == unicodedata.normalize("NFC", text)


@given(texts(FULL))
def test_property_viqr(text: str) -> None:
    assert to_unicode(encode(text, "viqr"), "viqr") == unicodedata.normalize("NFC", text)


@given(texts(TCVN3_REPERTOIRE + PUNCTUATION + WINDOWS_PUNCTUATION))
def test_property_tcvn3(text: str) -> None:
    assert to_unicode(encode(text, "tcvn3"), "tcvn3") == unicodedata.normalize("NFC", text)
    assert decode_bytes(encode_bytes(text, "tcvn3"), "tcvn3") == text


@given(texts(CAPITAL + CONSONANTS.upper() + PUNCTUATION))
def test_property_tcvn3_caps(text: str) -> None:
    assert to_unicode(encode(text, "tcvn3-caps"), "tcvn3-caps") == text


@given(texts(FULL))
def test_property_decomposed_input(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert to_unicode(encode(nfd, "vni"), "vni") == unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------------------------
# Detection


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr"])
@pytest.mark.parametrize("text", PARAGRAPHS, ids=["sentence", "culture", "propaganda"])
def test_detect_picks_the_encoding(encoding: Encoding, text: str) -> None:
    detection = detect(encode(text, encoding))
    assert detection.encoding == encoding
    assert detection.reason == "detected"
    assert detection.confidence >= 0.9
    others = [score for name, score in detection.scores.items() if name != encoding]
    assert max(others) < 0.5
    result = convert(encode(text, encoding), "auto")
    assert (result.text, result.encoding, result.confident) == (text, encoding, True)


def test_detect_hand_typed_legacy_text() -> None:
    # Typed from the charts, not produced by encode(): TCVN3 and VNI of the same sentence.
    tcvn3 = "B¸o c¸o kÕt qu¶ thùc hiÖn KÕt luËn sè 224 cña Ban Th\xadêng vô TØnh ñy"
    vni = "Baùo caùo keát quaû thöïc hieän Keát luaän soá 224 cuûa Ban Thöôøng vuï Tænh uûy"
    expected = "Báo cáo kết quả thực hiện Kết luận số 224 của Ban Thường vụ Tỉnh ủy"
    assert detect(tcvn3).encoding == "tcvn3"
    assert detect(vni).encoding == "vni"
    assert convert(tcvn3, "auto").text == expected
    assert convert(vni, "auto").text == expected


def test_detect_is_unsure_for_ascii() -> None:
    for text in ("Plain English text, nothing more.", "I'm sure it's fine. Don't worry, o.k.?"):
        detection = detect(text)
        assert detection.encoding is None
        assert detection.reason == "ascii"
    result = convert("Plain English text.", "auto")
    assert (result.text, result.encoding) == ("Plain English text.", "ascii")


def test_detect_is_unsure_for_a_three_character_string() -> None:
    for text in ("ñaâ", "Vi\xd6", "a'b"):
        detection = detect(text)
        assert detection.encoding is None
        assert detection.reason in ("too-short", "ascii")
    assert detect("ñaâ").reason == "too-short"
    with pytest.raises(UndetectedEncodingError, match="name it explicitly"):
        convert("Vieät Nam", "auto")


def test_detect_is_unsure_for_unicode_text() -> None:
    for text in PARAGRAPHS:
        detection = detect(text)
        assert detection.encoding is None
        assert detection.reason == "unicode"
        assert detection.scores["unicode"] == 1.0
        result = convert(text, "auto")
        assert (result.text, result.encoding) == (text, "unicode")


def test_detect_is_unsure_for_mixed_and_foreign_text() -> None:
    mixed = CULTURE[:200] + encode(CULTURE[200:], "tcvn3")
    assert detect(mixed).encoding is None
    french = "Élève né à Hanoï, il étudie la littérature française et écrit des poèmes élégants."
    assert detect(french).encoding is None


def test_detect_never_guesses_caps() -> None:
    heading = encode("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 224-KL/TU", "tcvn3-caps")
    assert detect(heading).encoding == "tcvn3"
    assert convert(heading, "tcvn3-caps").text == "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 224-KL/TU"


# --------------------------------------------------------------------------------------------
# Notes on explicit conversions


def test_wrong_explicit_source_is_flagged() -> None:
    result = convert(encode(CULTURE, "vni"), "tcvn3")
    assert not result.confident
    assert any("VNI" in note for note in result.notes)
    right = convert(encode(CULTURE, "vni"), "vni")
    assert right.confident and right.notes == () and right.text == CULTURE


def test_lost_soft_hyphens_are_reported() -> None:
    legacy = encode(CULTURE + " Người dân thường đến trước.", "tcvn3").replace("\xad", "")
    result = convert(legacy, "tcvn3")
    assert "đợc" in result.text  # the damage cannot be undone …
    assert any("0xAD" in note for note in result.notes)  # … but it is named
    assert not any("0xAD" in n for n in convert(encode(CULTURE, "tcvn3"), "tcvn3").notes)


def test_unescaped_viqr_punctuation_is_reported() -> None:
    legacy = encode(CULTURE, "viqr").replace("\\.", ".")
    result = convert(legacy, "viqr")
    assert "hóạ" in result.text  # RFC 1456: a dot after a vowel is the nặng tone …
    assert any("RFC 1456" in note for note in result.notes)  # … and the user is told


def test_unicode_letters_in_legacy_text_are_kept_and_counted() -> None:
    result = convert("ViÖt Nam và Lào", "tcvn3")
    assert result.text.startswith("Việt Nam v")
    result = convert("ViÖt Nam – Lào ơ", "tcvn3")
    assert result.text.endswith("ơ")
    assert any("1 ký tự" in note for note in result.notes)


def test_unknown_encoding_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown encoding 'utf8'"):
        to_unicode("x", "utf8")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown encoding"):
        encode("x", "vps")  # type: ignore[arg-type]
    assert parse_encoding("ABC") == "tcvn3"
    assert parse_encoding(" Auto ") == "auto"
    assert parse_encoding("VNI") == "vni"


# --------------------------------------------------------------------------------------------
# The CLI helper


def test_cli_converts_raw_tcvn3_bytes(tmp_path: Path) -> None:
    path = tmp_path / "baocao.txt"
    path.write_bytes(encode_bytes(CULTURE, "tcvn3"))
    text, code, message = convert_file(str(path), "auto")
    assert (text, code) == (CULTURE, 0)
    assert "TCVN3" in message and "nhận dạng" in message


def test_cli_converts_legacy_text_saved_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "dan.txt"
    path.write_text(encode(PROPAGANDA, "vni"), encoding="utf-8")
    assert convert_file(str(path), "vni")[:2] == (PROPAGANDA, 0)
    assert convert_file(str(path), "auto")[:2] == (PROPAGANDA, 0)


def test_cli_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(encode_bytes(SENTENCE, "viqr")), encoding="ascii")
    monkeypatch.setattr(sys, "stdin", stdin)
    text, code, message = convert_file("-", "viqr")
    assert (text, code) == (SENTENCE, 0)
    assert "đầu vào chuẩn" in message


def test_cli_passes_unicode_through(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_text(CULTURE, encoding="utf-8-sig")
    text, code, message = convert_file(str(path), "auto")
    assert (text, code) == (CULTURE, 0)
    assert "đã là Unicode" in message


def test_cli_refuses_unusable_input(tmp_path: Path) -> None:
    text, code, message = convert_file(str(tmp_path / "missing.txt"), "auto")
    assert (text, code) == ("", 2)
    assert "Không đọc được" in message and "missing.txt" in message
    assert "không có tệp này" in message

    text, code, message = convert_file(str(tmp_path), "vni")
    assert code == 2 and "Không đọc được" in message

    short = tmp_path / "short.txt"
    short.write_bytes(b"Vie\xe4t Nam")
    text, code, message = convert_file(str(short), "auto")
    assert (text, code) == ("", 2)
    assert "--from" in message and "quá ngắn" in message
    # Named explicitly, the same file converts.
    assert convert_file(str(short), "vni")[:2] == ("Việt Nam", 0)

    text, code, message = convert_file(str(short), "utf-8")
    assert (text, code) == ("", 2)
    assert "“utf-8”" in message and "tcvn3" in message


def test_the_docs_api_example_runs_and_gives_what_its_comments_say() -> None:
    import ast
    import re

    doc = (Path(__file__).resolve().parents[1] / "docs" / "legacy-text.md").read_text("utf-8")
    (block,) = re.findall(r"## The API\n\n```python\n(.*?)```", doc, re.S)
    namespace: dict[str, object] = {"text": "ViÖt Nam, §¶ng bé huyÖn"}
    exec(block, namespace)  # every name the example uses is imported by the example
    checked = 0
    for line in block.splitlines():
        claim = re.match(r"(\S.*?)\s+#\s*((?:b?'[^']*'))", line)
        if claim:
            expression, expected = claim.groups()
            assert eval(expression, namespace) == ast.literal_eval(expected), line
            checked += 1
    assert checked == 5
    # The command line takes the names it lists; only the Python functions also take "abc".
    assert "`--from` also takes" not in doc
    assert parse_encoding("ABC") == "tcvn3"
