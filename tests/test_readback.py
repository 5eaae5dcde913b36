"""Reading a Word report from what it shows: kl224's own files, edited files, the blank outline
filled in, and files that are not reports."""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest
from hypothesis import given, settings

import kl224
from kl224.document import build_document, outline_document
from kl224.document.nodes import punctuate_recipients
from kl224.readback import read_docx
from kl224.renderers.docx import without_embedded
from kl224.testing import strategies as ks
from profiles import examples

NOT_ON_THE_PAGE = ("request", "period", "communes", "villages")
"""ReportMeta fields a page does not print (docs/word.md says so)."""


def strip_embedded(data: bytes) -> bytes:
    """The DOCX without kl224's custom XML part, as if typed by hand."""
    return without_embedded(data)


def shown_document(report: kl224.Report) -> Any:
    """The document tree of ``report`` without what only the file's data carries."""
    document = build_document(report)
    closing = document.closing
    if closing is not None:
        # Recipients are printed with their own punctuation, whatever the data ends them with.
        closing = attrs.evolve(closing, recipients=punctuate_recipients(closing.recipients))
    return attrs.evolve(
        document, source_json="", closing=closing,
        info=attrs.evolve(document.info, title="", author="", subject=""),
    )


def squashed(value: Any) -> Any:
    """``value`` with the white space of every string squashed to single spaces and trimmed: a
    page shows neither runs of white space nor white space at the ends of a text, and the
    reader reads none (docs/word.md, "What a page cannot carry")."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, tuple):
        return tuple(squashed(item) for item in value)
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return attrs.evolve(value, **{f.alias: squashed(getattr(value, f.name)) for f in fields
                                      if f.init})
    return value


@pytest.fixture(scope="module")
def sample_docx() -> bytes:
    return kl224.render(kl224.sample_report(), "docx")


def _save(document: Any) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _paragraph(document: Any, text: str) -> Any:
    return next(p for p in document.paragraphs if p.text.startswith(text))


def _load(tmp_path: Path, data: bytes, name: str = "report.docx") -> kl224.Loaded:
    path = tmp_path / name
    path.write_bytes(data)
    return kl224.load_with_warnings(path)


# ------------------------------------------------------------------------ kl224's own files


def test_an_unedited_file_loads_as_its_data(tmp_path: Path, sample_docx: bytes) -> None:
    loaded = _load(tmp_path, sample_docx)
    assert loaded.embedded and not loaded.edited
    assert loaded.report == kl224.sample_report()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert kl224.load(tmp_path / "report.docx") == kl224.sample_report()


def test_the_sample_without_its_data_loads_as_the_same_report(
    tmp_path: Path, sample_docx: bytes
) -> None:
    loaded = _load(tmp_path, strip_embedded(sample_docx))
    assert not loaded.embedded and not loaded.edited
    sample = kl224.sample_report()
    report = loaded.report
    assert attrs.evolve(report, meta=sample.meta) == sample
    for field in attrs.fields(kl224.ReportMeta):
        if field.name in NOT_ON_THE_PAGE:
            continue
        mine, theirs = getattr(report.meta, field.name), getattr(sample.meta, field.name)
        if field.name == "superior_body":  # printed in capitals only
            assert mine == kl224.text.upper_vi(theirs)
        else:
            assert mine == theirs, field.name
    assert shown_document(report) == shown_document(sample)


@settings(max_examples=examples(10))
@given(ks.reports())
def test_any_report_reads_back_from_its_page(report: kl224.Report) -> None:
    data = kl224.render(report, "docx")
    shown = read_docx(strip_embedded(data)).report
    # What the page shows reads back the same; where it prints two values alike (the case of
    # a name printed in capitals, white space, docs/word.md lists them) the document decides.
    assert squashed(shown_document(shown)) == squashed(shown_document(report))
    # With its data the unedited file loads as exactly the report rendered.
    loaded = read_docx(data)
    assert not loaded.differences
    assert loaded.report == report


def _soffice_docx(source: Path, outdir: Path) -> bytes:
    profile = (source.parent / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
         "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180, env={"HOME": str(source.parent),
                                                            "PATH": "/usr/bin:/bin"},
    )
    return (outdir / source.name).read_bytes()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is needed")
def test_a_libreoffice_round_trip_reads_back(tmp_path: Path, sample_docx: bytes) -> None:
    source = tmp_path / "in" / "report.docx"
    source.parent.mkdir()
    source.write_bytes(sample_docx)
    saved = _soffice_docx(source, tmp_path / "out")
    assert saved != sample_docx
    loaded = _load(tmp_path, saved)
    assert loaded.embedded and not loaded.edited, loaded.messages()
    assert loaded.report == kl224.sample_report()
    bare = read_docx(strip_embedded(saved)).report
    assert shown_document(bare) == shown_document(kl224.sample_report())


# ------------------------------------------------------------------------ edited in Word


def _edit_figure_cell(data: bytes) -> bytes:
    document = docx.Document(io.BytesIO(data))
    table = document.tables[-1]
    row = next(r for r in table.rows if r.cells[2].text == "Học viên các lớp tại Trung tâm")
    row.cells[4].paragraphs[0].runs[0].text = "9.999"
    return _save(document)


def _reword(data: bytes) -> bytes:
    document = docx.Document(io.BytesIO(data))
    paragraph = _paragraph(document, "Ở tỉnh, Ban Chấp hành")
    paragraph.runs[0].text = "Ở tỉnh, nội dung đã được viết lại."
    for run in paragraph.runs[1:]:
        run.text = ""
    return _save(document)


def _add_bullet(data: bytes) -> bytes:
    document = docx.Document(io.BytesIO(data))
    after = _paragraph(document, "- Cấp ủy, chính quyền các cấp nhận thức rõ")
    new = copy.deepcopy(after._p)
    after._p.addnext(new)
    added = docx.text.paragraph.Paragraph(new, after._parent)
    added.runs[0].text = "- Một thuận lợi mới do văn thư thêm vào."
    for run in added.runs[1:]:
        run.text = ""
    return _save(document)


def _delete_paragraph(data: bytes) -> bytes:
    document = docx.Document(io.BytesIO(data))
    paragraph = _paragraph(document, "Tuy nhiên, nguồn kinh phí còn hạn chế")
    paragraph._p.getparent().remove(paragraph._p)
    return _save(document)


EDITS = {
    "figure cell": (_edit_figure_cell, "/tasks/political_theory/trainees", "3.947 lượt học viên",
                    "9.999 lượt học viên"),
    "reworded": (_reword, "/context/narrative/2", "Ở tỉnh, Ban Chấp hành", "Ở tỉnh, nội dung"),
    "bullet added": (_add_bullet, "/context/advantages/3", None, "Một thuận lợi mới"),
    "paragraph deleted": (_delete_paragraph, "/tasks/facilities/narrative/1",
                          "Tuy nhiên, nguồn kinh phí", None),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_edit_is_one_warning(tmp_path: Path, sample_docx: bytes, name: str) -> None:
    edit, pointer, before, after = EDITS[name]
    loaded = _load(tmp_path, edit(sample_docx))
    assert len(loaded.differences) == 1, loaded.messages()
    (difference,) = loaded.differences
    assert difference.pointer == pointer
    assert (difference.data is None) == (before is None)
    assert (difference.document is None) == (after is None)
    if before is not None:
        assert difference.data is not None and difference.data.startswith(before)
    if after is not None:
        assert difference.document is not None and difference.document.startswith(after)
    assert "kl224 dùng nội dung văn bản" in difference.message()
    assert "kl224 uses the document" in difference.message("en")
    # The report is the document's, the embedded data filling what the page cannot show.
    assert loaded.report.meta.period == kl224.sample_report().meta.period
    with pytest.warns(kl224.DocumentEditedWarning) as caught:
        kl224.load(tmp_path / "report.docx")
    assert caught[0].message.differences == loaded.differences  # type: ignore[union-attr]


def test_the_edited_figure_is_used(tmp_path: Path, sample_docx: bytes) -> None:
    report = _load(tmp_path, _edit_figure_cell(sample_docx)).report
    assert report.tasks.political_theory.trainees == 9999
    assert attrs.evolve(
        report, tasks=kl224.sample_report().tasks
    ) == kl224.sample_report()


def test_two_places_disagreeing_without_data_is_an_error(
    tmp_path: Path, sample_docx: bytes
) -> None:
    with pytest.raises(kl224.LoadError) as caught:
        _load(tmp_path, strip_embedded(_edit_figure_cell(sample_docx)))
    (problem,) = caught.value.problems
    assert problem.pointer == "/tasks/political_theory/trainees"
    assert problem.code == "conflicting-figure"
    text = caught.value.format("vi")
    assert "3.947" in text and "9.999" in text and "B.II.3" in text


# ------------------------------------------------------------------------ the blank outline


def fill_outline() -> bytes:
    """The blank outline with text typed under several headings and figures in the table."""
    document = docx.Document(io.BytesIO(kl224.render(outline_document(), "docx")))

    def type_under(title: str, *lines: str) -> None:
        heading = _paragraph(document, title)
        anchor = heading
        for line in lines:
            new = copy.deepcopy(heading._p)
            anchor._p.addnext(new)
            paragraph = docx.text.paragraph.Paragraph(new, heading._parent)
            for run in paragraph.runs:
                run.text = ""
            paragraph.runs[0].text = line
            paragraph.style = document.styles["Normal"]
            for run in paragraph.runs:
                run.bold = False
            anchor = paragraph

    type_under("A. BỐI CẢNH", "Huyện có 13 xã, thị trấn và 99 thôn, bản.", "Thuận lợi:",
               "- Tình hình chính trị ổn định.")
    type_under("3. Công tác kiểm tra", "Ban Thường vụ đã kiểm tra, giám sát thường xuyên.")
    type_under("C- ĐỀ XUẤT", "- Đề nghị Tỉnh ủy hỗ trợ kinh phí.")
    table = document.tables[-1]
    values = {"Cuộc kiểm tra": "15", "Cuộc giám sát": "22", "Tin, bài cung cấp cho các cơ quan "
              "báo chí": "1.286", "Xã, thị trấn có hệ thống truyền thanh cơ sở": "13/13",
              "Báo cáo viên của Đảng bộ": "42 (DTTS: 17)",
              "Kinh phí đầu tư cơ sở vật chất, trang thiết bị của Trung tâm chính trị":
                  "1,46 tỷ đồng"}
    for row in table.rows[1:]:
        if row.cells[2].text in values:
            row.cells[4].paragraphs[0].add_run(values[row.cells[2].text])
    return _save(document)


def test_the_blank_outline_has_a_figures_table() -> None:
    document = docx.Document(io.BytesIO(kl224.render(outline_document(), "docx")))
    table = document.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["TT", "Mục", "Nội dung", "Đơn vị tính", "Số liệu"]
    labels = {(r.cells[1].text, r.cells[2].text, r.cells[3].text) for r in table.rows[1:]}
    assert ("B.II.2", "Báo cáo viên của Đảng bộ", "người") in labels
    assert ("B.II.10", "Kinh phí hỗ trợ học viên không hưởng lương", "đồng") in labels
    assert all(r.cells[4].text == "" for r in table.rows[1:])


def test_the_blank_outline_filled_in_loads_validates_and_renders(tmp_path: Path) -> None:
    loaded = _load(tmp_path, fill_outline())
    report = loaded.report
    assert not loaded.embedded and not loaded.edited
    assert report.context.narrative == (
        kl224.Paragraph(text="Huyện có 13 xã, thị trấn và 99 thôn, bản."),
    )
    assert report.context.advantages == ("Tình hình chính trị ổn định.",)
    assert report.leadership.inspection.inspections == 15
    assert report.leadership.inspection.supervisions == 22
    assert report.tasks.propaganda.news_items == 1286
    assert report.tasks.propaganda.radio.communes == kl224.Ratio(part=13, whole=13)
    assert report.tasks.propaganda.lecturers == kl224.Headcount(total=42, ethnic_minority=17)
    assert report.tasks.facilities.centre_investment == kl224.Money(dong=1_460_000_000)
    assert report.proposals.items == (kl224.Proposal(text="Đề nghị Tỉnh ủy hỗ trợ kinh phí."),)
    # The outline's guidance left in place is not content.
    assert report.leadership.dissemination.narrative == ()
    result = kl224.validate(report)
    codes = {f.pointer for f in result.findings}
    assert "/meta/issuing_body" in codes or any(p.startswith("/meta") for p in codes)
    assert any(p.startswith("/leadership/dissemination") for p in codes)
    assert kl224.render(report, "docx")[:2] == b"PK"
    assert "1.286 tin, bài" in kl224.render(report, "text").decode("utf-8")


# ------------------------------------------------------------------------ bad files


def _typed(*paragraphs: tuple[str, bool]) -> bytes:
    document = docx.Document()
    for text, bold in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
    return _save(document)


def test_a_document_that_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(kl224.LoadError) as caught:
        _load(tmp_path, _typed(("Biên bản họp chi bộ", True), ("Nội dung cuộc họp.", False)))
    (problem,) = caught.value.problems
    assert problem.code == "not-a-report" and problem.pointer == ""
    assert "report.docx" in caught.value.format("vi")


def test_a_heading_that_matches_no_item(tmp_path: Path) -> None:
    data = _typed(
        ("A- BỐI CẢNH THỰC HIỆN KẾT LUẬN", True), ("Nội dung.", False),
        ("4. Một mục không có trong đề cương", True), ("Nội dung khác.", False),
    )
    with pytest.raises(kl224.LoadError) as caught:
        _load(tmp_path, data)
    (problem,) = caught.value.problems
    assert problem.code == "unknown-heading" and problem.pointer == "/context"
    assert "Một mục không có trong đề cương" in caught.value.format("en")
    assert "paragraph 3" in caught.value.format("en")


def test_an_unreadable_figure_names_pointer_text_and_row(
    tmp_path: Path, sample_docx: bytes
) -> None:
    document = docx.Document(io.BytesIO(strip_embedded(sample_docx)))
    table = document.tables[-1]
    row_number = next(i for i, r in enumerate(table.rows) if r.cells[2].text == "Cuộc kiểm tra")
    table.rows[row_number].cells[4].paragraphs[0].runs[0].text = "mười lăm"
    with pytest.raises(kl224.LoadError) as caught:
        _load(tmp_path, _save(document))
    (problem,) = caught.value.problems
    assert problem.pointer == "/leadership/inspection/inspections"
    message = caught.value.format("vi")
    assert "“mười lăm”" in message and f"dòng {row_number}" in message
    assert "annex 1, row" in caught.value.format("en")


def test_headings_tolerate_case_spacing_and_punctuation(tmp_path: Path) -> None:
    data = _typed(
        ("a.  bối cảnh thực hiện kết luận", True), ("Nội dung bối cảnh.", False),
        ("B. Kết quả thực hiện", True), ("I. Công tác lãnh đạo, chỉ đạo", True),
        ("3- CÔNG TÁC KIỂM TRA, GIÁM SÁT, KHẢO SÁT", True), ("Kiểm tra thường xuyên.", False),
        ("Số liệu cụ thể:", False), ("- Cuộc kiểm tra: 15 cuộc.", False),
    )
    report = _load(tmp_path, data).report
    assert report.context.narrative == (kl224.Paragraph(text="Nội dung bối cảnh."),)
    assert report.leadership.inspection.narrative == (
        kl224.Paragraph(text="Kiểm tra thường xuyên."),
    )
    assert report.leadership.inspection.inspections == 15


def test_not_a_word_file(tmp_path: Path) -> None:
    with pytest.raises(kl224.LoadError) as caught:
        _load(tmp_path, b"not a zip at all")
    assert caught.value.problems[0].code == "not-a-word-file"


# ------------------------------------------------------------------------ the command line


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from kl224.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(EDITS))
def test_check_prints_the_differences_first(
    tmp_path: Path, sample_docx: bytes, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    edit, pointer, _before, _after = EDITS[name]
    path = tmp_path / "edited.docx"
    path.write_bytes(edit(sample_docx))
    code, out, _err = _cli(capsys, "check", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Tệp đã được sửa sau khi kl224 xuất ra: 1 chỗ")
    assert lines[1].startswith(f"  {pointer}: ")
    code, out, _err = _cli(capsys, "--lang", "en", "check", "--format", "json", str(path))
    (edited,) = json.loads(out)["edited"]
    assert edited["pointer"] == pointer and "kl224 uses the document" in edited["message"]


def test_check_of_an_unedited_file_says_nothing_of_edits(
    tmp_path: Path, sample_docx: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(sample_docx)
    code, out, _err = _cli(capsys, "check", str(path))
    assert code == 0 and "đã được sửa" not in out


def test_aggregate_uses_the_document_and_names_the_edited_unit(
    tmp_path: Path, sample_docx: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    commune = kl224.sample_report("commune")
    (tmp_path / "a.docx").write_bytes(_edit_figure_cell(sample_docx))
    (tmp_path / "b.docx").write_bytes(kl224.render(commune, "docx"))
    out = tmp_path / "all.json"
    code, _out, err = _cli(capsys, "aggregate", str(tmp_path / "a.docx"),
                           str(tmp_path / "b.docx"), "-o", str(out))
    assert code == 0, err
    assert "Đơn vị “Huyện ủy Tam Đường” (" in err and "a.docx" in err
    assert "b.docx): tệp đã" not in err
    rolled = kl224.load(out)
    expected = 9999 + (commune.tasks.political_theory.trainees or 0)
    assert rolled.tasks.political_theory.trainees == expected


@pytest.mark.parametrize(
    "data",
    [
        _typed(("Biên bản họp chi bộ", True)),
        _typed(("A- BỐI CẢNH THỰC HIỆN KẾT LUẬN", True), ("9. Mục lạ", True)),
        b"PK\x03\x04 broken",
    ],
    ids=["not a report", "unknown heading", "broken file"],
)
def test_bad_files_exit_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    for command in (["check", str(path)], ["render", str(path), "-o", str(tmp_path / "x.pdf")]):
        code, out, err = _cli(capsys, *command)
        assert code == 2, (out, err)
        assert "Traceback" not in out + err
        assert "bad.docx" in out + err or "đoạn" in out + err


# ---------------------------------------------------------------------- the opening sentence


def test_the_opening_sentence_gives_back_the_request(tmp_path: Path, sample_docx: bytes) -> None:
    sample = kl224.sample_report()
    assert sample.meta.request is not None and sample.meta.opening is None
    loaded = _load(tmp_path, strip_embedded(sample_docx))
    assert loaded.report.meta.request == sample.meta.request
    assert loaded.report.meta.opening is None


def test_an_opening_worded_otherwise_is_read_as_the_reports_own(
    tmp_path: Path, sample_docx: bytes
) -> None:
    document = docx.Document(io.BytesIO(sample_docx))
    paragraph = _paragraph(document, "Thực hiện Công văn")
    paragraph.runs[0].text = "Theo yêu cầu của Ban Thường vụ Huyện ủy, xin báo cáo như sau:"
    for run in paragraph.runs[1:]:
        run.text = ""
    edited = _save(document)
    loaded = _load(tmp_path, edited)
    assert loaded.edited
    assert [d.pointer for d in loaded.differences] == ["/meta/opening"]
    assert loaded.report.meta.opening == (
        "Theo yêu cầu của Ban Thường vụ Huyện ủy, xin báo cáo như sau:"
    )
    unembedded = _load(tmp_path, strip_embedded(edited), "plain.docx").report
    assert unembedded.meta.opening == loaded.report.meta.opening


def test_commas_in_the_names_do_not_move_where_the_citation_ends(tmp_path: Path) -> None:
    # Found by the property test: the request's issuer, a quoted title and the signer's
    # authority all hold commas, so the sentence cannot be split at its last comma.
    sample = kl224.sample_report()
    assert sample.meta.request is not None and sample.meta.signer is not None
    request = attrs.evolve(
        sample.meta.request,
        issued_by="Ban Tuyên giáo, Dân vận Tỉnh ủy",
        title="Kế hoạch tuyên truyền, học tập “Nghị quyết”, năm 2024",
    )
    signer = attrs.evolve(sample.meta.signer, authority="Thường trực, Ban Thường vụ")
    report = attrs.evolve(sample, meta=attrs.evolve(sample.meta, request=request, signer=signer))
    opening = kl224.document.opening.opening_sentence(report.meta)
    assert opening is not None and opening.count(",") >= 5
    loaded = _load(tmp_path, strip_embedded(kl224.render(report, "docx")))
    assert loaded.report.meta.request == request
    assert loaded.report.meta.opening is None


def test_an_extra_figure_without_a_label_reads_back() -> None:
    # Found by the sweep: the body prints "- : 13,88." for an extra figure whose label and unit
    # are blank, and reading the page back failed with "not a number" on a file kl224 wrote.
    extra = kl224.ExtraFigure(label="", value=Decimal("13.88"), unit="")
    report = kl224.Report(
        meta=kl224.ReportMeta(), proposals=kl224.Proposals(extra_figures=(extra,))
    )
    shown = read_docx(strip_embedded(kl224.render(report, "docx"))).report
    assert shown.proposals.extra_figures == (extra,)


def test_a_blank_paragraph_prints_nothing_and_reads_back_as_nothing() -> None:
    # Found by the sweep: a blank narrative paragraph printed as an empty line in the body,
    # which the reader rightly skips, so the page read back as another document.
    report = kl224.Report(
        meta=kl224.ReportMeta(),
        proposals=kl224.Proposals(narrative=(kl224.Paragraph(text=" "),)),
    )
    document = build_document(report)
    assert all(
        node.text.strip() for node in document.body if isinstance(node, kl224.document.Para)
    )
    shown = read_docx(strip_embedded(kl224.render(report, "docx"))).report
    assert shown_document(shown) == shown_document(report)


def test_the_authoritys_case_is_read_from_the_opening_sentence(tmp_path: Path) -> None:
    # Found by the sweep: the closing prints the signer's authority in capitals; the opening
    # sentence prints it as written ("Đảng ủy Khối …"). Read back from the capitals alone, the
    # sentence rebuilt from the report said "Đảng ủy khối …": not the page the file shows.
    sample = kl224.sample_report()
    assert sample.meta.signer is not None
    signer = attrs.evolve(sample.meta.signer, authority="Thường trực Đảng ủy Khối Lai Châu")
    report = attrs.evolve(sample, meta=attrs.evolve(sample.meta, signer=signer))
    loaded = _load(tmp_path, strip_embedded(kl224.render(report, "docx")))
    assert loaded.report.meta.request == report.meta.request
    assert loaded.report.meta.signer == signer
    assert squashed(shown_document(loaded.report)) == squashed(shown_document(report))
