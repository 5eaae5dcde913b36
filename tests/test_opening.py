"""The opening sentence citing the request (issue 14.3): built from meta.request and the
issuing body, replaceable by meta.opening, printed before part A in text, DOCX and PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import attrs
import pytest

import kl224
from kl224.document import Heading, Para, build_document
from kl224.document.opening import opening_sentence

SAMPLE_OPENING = (
    "Thực hiện Công văn số 1323-CV/HU, ngày 25/9/2024 của Ban Thường vụ Huyện ủy về việc báo "
    "cáo kết quả triển khai thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy, "
    "Ban Thường vụ Huyện ủy Tam Đường báo cáo kết quả như sau:"
)


def _meta(**changes: object) -> kl224.Report:
    report = kl224.sample_report()
    return attrs.evolve(report, meta=attrs.evolve(report.meta, **changes))


def test_the_sample_opens_with_the_customary_sentence() -> None:
    document = build_document(kl224.sample_report())
    assert document.body[0] == Para(text=SAMPLE_OPENING)
    heading = document.body[1]
    assert isinstance(heading, Heading) and heading.text.startswith("A- ")


def test_wording_follows_the_request_and_the_reporting_body() -> None:
    request = kl224.DocumentRef.parse(
        "45-CV/ĐU",
        kind="Công văn",
        date=dt.date(2025, 3, 5),
        issued_by="Ban Thường vụ Đảng ủy xã",
        title="về việc báo cáo sơ kết",
    )
    meta = kl224.ReportMeta(
        issuing_body="Đảng ủy xã Bản Bo",
        request=request,
        signer=kl224.Signer(authority="BAN THƯỜNG VỤ", name="Lò Văn A"),
    )
    assert opening_sentence(meta) == (
        "Thực hiện Công văn số 45-CV/ĐU, ngày 05/3/2025 của Ban Thường vụ Đảng ủy xã về việc "
        "báo cáo sơ kết, Ban Thường vụ Đảng ủy xã Bản Bo báo cáo kết quả như sau:"
    )
    # Parts that are missing are left out with their connecting words.
    bare = attrs.evolve(meta, request=kl224.DocumentRef.parse("7-CV/HU"), signer=None)
    assert opening_sentence(bare) == (
        "Thực hiện Văn bản số 07-CV/HU, Đảng ủy xã Bản Bo báo cáo kết quả như sau:"
    )
    titled = attrs.evolve(meta, request=attrs.evolve(request, title="Báo cáo sơ kết"))
    assert "45-CV/ĐU, ngày 05/3/2025 của Ban Thường vụ Đảng ủy xã “Báo cáo sơ kết”, Ban" in (
        opening_sentence(titled) or ""
    )


def test_no_request_no_opening_and_the_caller_can_replace_or_drop_it() -> None:
    assert opening_sentence(_meta(request=None).meta) is None
    assert not isinstance(build_document(_meta(request=None)).body[0], Para)
    own = "Căn cứ Kế hoạch số 12-KH/HU, Ban Thường vụ Huyện ủy báo cáo như sau:"
    replaced = _meta(opening=own)
    assert build_document(replaced).body[0] == Para(text=own)
    assert build_document(_meta(opening="", request=None)).body[0] != Para(text=own)
    assert not isinstance(build_document(_meta(opening="")).body[0], Para)
    # The replacement is data: it survives JSON and is checked like any text.
    assert kl224.loads(kl224.dumps(replaced)).meta.opening == own
    assert kl224.loads(kl224.dumps(_meta(opening=""))).meta.opening == ""
    with pytest.raises(TypeError, match=r"ReportMeta\.opening: expected a text"):
        kl224.ReportMeta(opening=5)  # type: ignore[arg-type]
    with pytest.raises(kl224.LoadError, match="/meta/opening"):
        kl224.replace_at(kl224.sample_report(), "/meta/opening", ["a"])
    schema = kl224.json_schema()
    assert "opening" in schema["$defs"]["ReportMeta"]["properties"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_text_prints_it_before_part_a() -> None:
    text = kl224.render(kl224.sample_report(), "text").decode("utf-8")
    flat = _squash(text)
    assert SAMPLE_OPENING in flat
    assert flat.index(SAMPLE_OPENING) < flat.index("A- BỐI CẢNH")
    assert flat.index("-----") < flat.index(SAMPLE_OPENING)


def test_docx_prints_it_as_an_indented_body_paragraph_before_part_a() -> None:
    import docx
    data = kl224.render(kl224.sample_report(), "docx")
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    index = texts.index(SAMPLE_OPENING)
    following = [t for t in texts[index + 1 :] if t.strip()]
    assert following[0].startswith("A- ")
    assert not any(t.startswith("A- ") for t in texts[:index])


def test_pdf_prints_it_before_part_a() -> None:
    import pypdf
    data = kl224.render(kl224.sample_report(), "pdf")
    first = _squash(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert SAMPLE_OPENING in first
    assert first.index(SAMPLE_OPENING) < first.index("A- BỐI CẢNH")
    own = "Căn cứ Kế hoạch số 12-KH/HU, Ban Thường vụ Huyện ủy báo cáo như sau:"
    replaced = kl224.render(_meta(opening=own), "pdf")
    first = _squash(pypdf.PdfReader(io.BytesIO(replaced)).pages[0].extract_text())
    assert own in first and "Thực hiện Công văn" not in first
