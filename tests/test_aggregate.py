"""The roll-up: sums and ratios checked against numbers worked out by hand, what is not
combined, the labelled narrative, the comparison annex, rendering, and the command's work."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kl224
from kl224 import outline
from kl224.cli.commands.aggregate import run_aggregate
from kl224.document import Annex, BulletItem, Node, Table
from kl224.model import (
    Context,
    DocumentRef,
    EthnicLanguageWork,
    ExtraFigure,
    Headcount,
    Money,
    NotApplicable,
    Paragraph,
    Percent,
    Ratio,
    Report,
    ReportMeta,
    Target,
)
from kl224.renderers.rendering import render
from kl224.rollup import (
    FIGURES_PER_TABLE,
    SYNTHESIS_MARK,
    AggregateResult,
    aggregate,
    aggregate_message,
    build_aggregate_document,
    committee_of,
    comparison_annex,
    compendium_annex,
    findings_annex,
    grouped_findings,
    place_of,
    sorted_vi,
)
from kl224.rollup.annex import cell
from kl224.rollup.merge import qualify_issuer
from kl224.rollup.values import combine_figure, is_rate, with_sources
from kl224.sample.units import sample_units
from kl224.validation import Severity

TD, PT, SH = "Huyện ủy Tam Đường", "Huyện ủy Phong Thổ", "Huyện ủy Sìn Hồ"


# --------------------------------------------------------------------------------------------
# Three districts: the sample (Tam Đường) and two variants with figures chosen for the tests.


def _tam_duong() -> Report:
    r = kl224.sample_report()
    propaganda = attrs.evolve(r.tasks.propaganda, newspaper_copies=None)
    return attrs.evolve(r, tasks=attrs.evolve(r.tasks, propaganda=propaganda))


def _variant(
    name: str,
    communes: int,
    villages: int,
    *,
    conferences: int | None,
    ethnic: EthnicLanguageWork | NotApplicable | None,
    news: int,
    radio: tuple[Ratio, Ratio],
    shares: tuple[Ratio, Ratio],
    lecturers: Headcount,
    money: int,
    targets: tuple[Target, ...],
    context: Context,
    narrative: tuple[Paragraph, ...],
    issued: tuple[DocumentRef, ...],
    extras: tuple[ExtraFigure, ...],
) -> Report:
    base = kl224.sample_report()
    meta = attrs.evolve(base.meta, issuing_body=name, communes=communes, villages=villages)
    lead = base.leadership
    leadership = attrs.evolve(
        lead,
        dissemination=attrs.evolve(
            lead.dissemination, conferences=conferences, ethnic_language=ethnic
        ),
        documents=attrs.evolve(lead.documents, issued=issued),
    )
    t = base.tasks
    propaganda = attrs.evolve(
        t.propaganda,
        narrative=narrative,
        news_items=news,
        newspaper_copies=None,
        radio=attrs.evolve(t.propaganda.radio, communes=radio[0], villages=radio[1]),
        lecturers=lecturers,
    )
    tasks = attrs.evolve(
        t,
        objectives=attrs.evolve(t.objectives, targets=targets),
        propaganda=propaganda,
        culture=attrs.evolve(t.culture, extra_figures=extras, villages_with_troupes=shares[0]),
        party_history=attrs.evolve(t.party_history, commune_histories=shares[1]),
        facilities=attrs.evolve(t.facilities, equipment_investment=Money(dong=money)),
    )
    return attrs.evolve(base, meta=meta, leadership=leadership, tasks=tasks, context=context)


SHARED_DIFFICULTY = (
    "Địa bàn rộng, địa hình chia cắt, giao thông đến một số thôn, bản vùng cao còn khó khăn, "
    "nhất là vào mùa mưa lũ."
)


def _phong_tho() -> Report:
    return _variant(
        PT,
        17,
        161,
        conferences=None,
        ethnic=NotApplicable(reason="không có tài liệu riêng"),
        news=900,
        radio=(Ratio(part=15, whole=17), Ratio(part=140, whole=161)),
        shares=(Ratio(part=150, whole=161), Ratio(part=15, whole=17)),
        lecturers=Headcount(total=30, ethnic_minority=25),
        money=1_200_000_000,
        targets=(
            # The same indicator as the sample's, written differently: it must still match.
            Target(
                indicator="số báo cáo viên của Đảng bộ  huyện.", unit="người", target=30, result=30
            ),
            Target(
                indicator="Tỷ lệ cán bộ, đảng viên được học tập, quán triệt các nghị quyết, chỉ "
                "thị của Đảng",
                unit="%",
                target=95,
                result=97,
            ),
            Target(
                indicator="Số thôn, bản có nhà văn hóa", unit="thôn, bản", target=150, result=150
            ),
        ),
        context=Context(difficulties=(SHARED_DIFFICULTY, "Thiếu cán bộ tuyên giáo.")),
        narrative=(Paragraph(text="Phong Thổ đẩy mạnh tuyên truyền."),),
        issued=(
            DocumentRef.parse(
                "12-KH/HU",
                kind="Kế hoạch",
                date=dt.date(2021, 12, 1),
                issued_by="Ban Thường vụ Huyện ủy",
            ),
        ),
        extras=(
            ExtraFigure(label="Thôn, bản, tổ dân phố có nhà văn hóa", value=150, unit="thôn, bản"),
        ),
    )


def _sin_ho() -> Report:
    return _variant(
        SH,
        22,
        250,
        conferences=12,
        ethnic=None,
        news=1540,
        radio=(Ratio(part=20, whole=22), Ratio(part=200, whole=250)),
        shares=(Ratio(part=230, whole=250), Ratio(part=18, whole=22)),
        lecturers=Headcount(total=35),
        money=950_000_000,
        targets=(
            Target(
                indicator="Số báo cáo viên của Đảng bộ huyện", unit="người", target=35, result=35
            ),
            Target(indicator="Số thôn, bản có nhà văn hóa", unit="nhà", target=200, result=210),
        ),
        context=Context(),
        narrative=(),
        issued=(),
        extras=(),
    )


@pytest.fixture(scope="module")
def reports() -> tuple[Report, Report, Report]:
    return _tam_duong(), _phong_tho(), _sin_ho()


@pytest.fixture(scope="module")
def result(reports: tuple[Report, ...]) -> AggregateResult:
    # In the order given (Tam Đường, Phong Thổ, Sìn Hồ), which the tests below rely on.
    return aggregate(reports, order="input")


def _codes_at(result: AggregateResult, code: str) -> list[str]:
    return [f.pointer for f in result.findings if f.code == code]


def _node_texts(node: Node) -> list[str]:
    """The texts a reader sees of a node: a paragraph's or bullet's text, a table's cells."""
    if isinstance(node, Table):
        return [c for row in (node.header, *node.rows) for c in row]
    if isinstance(node, BulletItem):
        return [node.text]
    return [node.text]


# --------------------------------------------------------------------------------------------
# Sums, ratios, None.


def test_counts_are_summed(result: AggregateResult) -> None:
    tasks = result.report.tasks
    assert tasks.propaganda.news_items == 3726  # 1.286 + 900 + 1.540
    assert tasks.culture.stable_troupes == 228  # 76 in each of the three
    assert tasks.facilities.equipment_investment == Money(dong=5_000_000_000)
    assert result.report.meta.communes == 52  # 13 + 17 + 22
    assert result.report.meta.villages == 510  # 99 + 161 + 250


def test_ratios_are_summed_part_by_part_not_averaged(result: AggregateResult) -> None:
    radio = result.report.tasks.propaganda.radio
    assert radio.communes == Ratio(part=48, whole=52)  # 13+15+20 of 13+17+22
    assert radio.villages == Ratio(part=427, whole=510)  # 87+140+200 of 99+161+250
    tasks = result.report.tasks
    assert tasks.culture.villages_with_troupes == Ratio(part=474, whole=510)  # 94+150+230
    assert tasks.party_history.commune_histories == Ratio(part=44, whole=52)  # 11+15+18
    # 48/52 is 92,31%; averaging the units' 100%, 88,24% and 90,91% would give 93,05%.
    assert radio.communes.percent is not None
    assert abs(radio.communes.percent - Decimal("92.31")) < Decimal("0.01")
    assert render(result.report, "text").decode().count("48/52 xã (đạt 92,3%)") == 1


def test_a_figure_some_units_left_blank_is_the_sum_of_the_others(result: AggregateResult) -> None:
    pointer = "/leadership/dissemination/conferences"
    assert result.report.leadership.dissemination.conferences == 59  # 47 + 12
    assert result.missing(pointer) == (PT,)
    finding = next(f for f in result.findings if f.pointer == pointer)
    assert finding.code == "KL224-A501"
    assert PT in finding.message and "1/3" in finding.message
    assert PT in aggregate_message(finding, "en") and "1 of 3" in aggregate_message(finding, "en")


def test_a_figure_no_unit_reported_stays_none(result: AggregateResult) -> None:
    assert result.report.tasks.propaganda.newspaper_copies is None
    assert result.missing("/tasks/propaganda/newspaper_copies") == ()


def test_headcounts_are_summed_field_by_field(result: AggregateResult) -> None:
    assert result.report.tasks.propaganda.lecturers == Headcount(total=107, ethnic_minority=42)
    assert result.missing("/tasks/propaganda/lecturers/ethnic_minority") == (SH,)
    assert result.missing("/tasks/propaganda/lecturers") == ()


def test_percentages_without_denominators_are_not_combined() -> None:
    split = combine_figure("percent", [("A", Percent(value=90)), ("B", Percent(value=80))])
    assert split.value is None and not split.combinable
    gap = combine_figure("percent", [("A", Percent(value=90)), ("B", None)])
    assert gap.value is None and not gap.combinable and gap.gaps == {"": ("B",)}
    # Equal shares from every unit are that share whatever the units' sizes.
    same = combine_figure("percent", [("A", Percent(value=90)), ("B", Percent(value=90))])
    assert same.value == Percent(value=90) and same.combinable


def test_none_plus_none_is_none_and_none_plus_five_is_five() -> None:
    assert combine_figure("count", [("A", None), ("B", None)]).value is None
    five = combine_figure("count", [("A", None), ("B", 5)])
    assert five.value == 5 and five.gaps == {"": ("A",)}
    assert combine_figure("money", [("A", None), ("B", None)]).gaps == {}


@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), min_size=1))
def test_ratio_sums_match_counts_property(pairs: list[tuple[int, int]]) -> None:
    ratios = [Ratio(part=min(a, b), whole=max(a, b)) for a, b in pairs]
    combined = combine_figure("ratio", [(str(i), r) for i, r in enumerate(ratios)]).value
    assert combined.part == sum(r.part for r in ratios)
    assert combined.whole == sum(r.whole for r in ratios)


@given(st.lists(st.one_of(st.none(), st.integers(0, 10**9)), min_size=1, max_size=12))
def test_count_sum_property(values: list[int | None]) -> None:
    combined = combine_figure("count", [(f"U{i}", v) for i, v in enumerate(values)])
    given_values = [v for v in values if v is not None]
    assert combined.value == (sum(given_values) if given_values else None)
    missing = tuple(f"U{i}" for i, v in enumerate(values) if v is None)
    assert combined.gaps == ({"": missing} if given_values and missing else {})


# --------------------------------------------------------------------------------------------
# Targets.


def test_targets_by_indicator(result: AggregateResult) -> None:
    rows = result.report.tasks.objectives.targets
    # One row per indicator: Tam Đường's nine, and Phong Thổ's "nhà văn hóa" (Sìn Hồ's
    # other row and Phong Thổ's two others match an indicator already there).
    assert len(rows) == 10
    [summed] = [r for r in rows if r.indicator == "Số báo cáo viên của Đảng bộ huyện"]
    assert (summed.unit, summed.target, summed.result) == ("người", Decimal(105), Decimal(107))
    # A rate is never summed: one row, no result, the common target, and where to look.
    rate = rows[0]
    assert (rate.unit, rate.target, rate.result) == ("%", Decimal(95), None)
    assert rate.note.startswith("2/3 đơn vị") and "phụ lục so sánh" in rate.note
    assert _codes_at(result, "KL224-A504")[0] == "/tasks/objectives/targets/0"
    finding = next(f for f in result.findings if f.code == "KL224-A504")
    assert finding.severity is kl224.Severity.INFO


def test_target_unit_mismatch_is_a_finding(result: AggregateResult) -> None:
    rows = result.report.tasks.objectives.targets
    assert (rows[9].indicator, rows[9].unit, rows[9].result) == (
        "Số thôn, bản có nhà văn hóa", "", None
    )
    assert "đơn vị tính khác nhau" in rows[9].note
    [pointer] = _codes_at(result, "KL224-A503")
    assert pointer == "/tasks/objectives/targets/9"
    finding = next(f for f in result.findings if f.code == "KL224-A503")
    assert "thôn, bản" in finding.message and "nhà" in finding.message


def test_summed_target_with_a_blank_column() -> None:
    a = Report(meta=ReportMeta(issuing_body="A"))
    b = Report(meta=ReportMeta(issuing_body="B"))
    row = Target(indicator="Số lớp", unit="lớp", target=10, result=8)
    gap = Target(indicator="Số lớp", unit="lớp", target=None, result=4)
    reports = [
        attrs.evolve(
            r,
            tasks=attrs.evolve(r.tasks, objectives=attrs.evolve(r.tasks.objectives, targets=(t,))),
        )
        for r, t in ((a, row), (b, gap))
    ]
    done = aggregate(reports)
    [total] = done.report.tasks.objectives.targets
    assert (total.target, total.result) == (None, Decimal(12))
    assert _codes_at(done, "KL224-A505") == ["/tasks/objectives/targets/0/target"]


# --------------------------------------------------------------------------------------------
# Narrative, lists, documents, "not applicable", extra figures.


def test_the_body_holds_a_draft_synthesis_and_the_compendium_every_unit_text(
    result: AggregateResult, reports: tuple[Report, ...]
) -> None:
    [synthesis] = result.report.tasks.propaganda.narrative
    assert isinstance(synthesis, Paragraph) and synthesis.text.startswith(SYNTHESIS_MARK)
    assert "3/3 đơn vị" in synthesis.text
    [empty] = aggregate([Report(meta=ReportMeta(issuing_body="A"))]).report.context.narrative
    assert isinstance(empty, Paragraph) and "0/1 đơn vị" in empty.text
    annex = compendium_annex(result)
    texts = [getattr(n, "text", "") for n in annex.body]
    start = texts.index(f"Mục B.II.2. {outline.node('B.II.2').title}")
    end = texts.index(f"Mục B.II.3. {outline.node('B.II.3').title}")
    item = texts[start:end]
    # Item by item, then unit by unit: each unit's name, then what it wrote, once.
    assert [t for t in item if t.endswith(":") and t[:-1] in (TD, PT, SH)] == [
        f"{TD}:", f"{PT}:", f"{SH}:"
    ]
    assert item.count("Phong Thổ đẩy mạnh tuyên truyền.") == 1
    written = " ".join(t for n in annex.body for t in _node_texts(n))
    for report in reports:
        for sentence in kl224.narrative_strings(report):
            assert sentence in written


def test_lists_keep_what_several_units_share(result: AggregateResult) -> None:
    # Only the difficulty two units share stays in the body, naming them; the rest is in
    # the compendium.
    assert result.report.context.difficulties == (SHARED_DIFFICULTY[:-1] + f" ({TD}, {PT}).",)


def test_documents_are_listed_in_the_compendium(result: AggregateResult) -> None:
    assert result.report.leadership.documents.issued == ()
    written = " ".join(t for n in compendium_annex(result).body for t in _node_texts(n))
    assert "Kế hoạch số 12-KH/HU, ngày 01/12/2021 của Ban Thường vụ Huyện ủy" in written
    assert qualify_issuer("Ban Thường vụ Huyện ủy", "Huyện ủy X") == "Ban Thường vụ Huyện ủy X"
    assert qualify_issuer("Văn phòng", "Huyện ủy X") == "Văn phòng (Huyện ủy X)"
    assert qualify_issuer("", "Huyện ủy X") == "Huyện ủy X"


def test_good_units_are_in_the_compendium(result: AggregateResult) -> None:
    assert result.report.assessment.strengths.good_units == ()
    written = " ".join(t for n in compendium_annex(result).body for t in _node_texts(n))
    assert "Đảng bộ thị trấn Tam Đường (100% tổ dân phố" in written


def test_not_applicable_part_applies_if_any_unit_applies(result: AggregateResult) -> None:
    part = result.report.leadership.dissemination.ethnic_language
    assert not isinstance(part, NotApplicable) and part is not None
    assert part.materials == 9  # Tam Đường's 9; Phong Thổ has none to give, Sìn Hồ said nothing
    assert result.missing("/leadership/dissemination/ethnic_language/materials") == (SH,)
    assert part.narrative == ()  # each unit's, and Phong Thổ's "không có", in the compendium
    written = " ".join(t for n in compendium_annex(result).body for t in _node_texts(n))
    assert "không có (không có tài liệu riêng)" in written


def test_not_applicable_everywhere_stays_not_applicable() -> None:
    base = Report(meta=ReportMeta(issuing_body="A"))
    lead = base.leadership
    na = attrs.evolve(
        base,
        leadership=attrs.evolve(
            lead,
            dissemination=attrs.evolve(
                lead.dissemination, ethnic_language=NotApplicable(reason="không có")
            ),
        ),
    )
    done = aggregate([na, attrs.evolve(na, meta=ReportMeta(issuing_body="B"))])
    part = done.report.leadership.dissemination.ethnic_language
    assert part == NotApplicable(reason="không có")
    assert (
        aggregate([base, base], names=["A", "B"]).report.leadership.dissemination.ethnic_language
        is None
    )


def test_extra_figures(result: AggregateResult) -> None:
    [troupes] = result.report.tasks.culture.extra_figures
    assert (troupes.value, troupes.unit) == (Decimal(241), "thôn, bản")  # 91 + 150
    assert result.missing("/tasks/culture/extra_figures/0") == (SH,)
    # A rate is not summed: each unit's value is in the comparison, none in the body.
    assert result.report.tasks.party_building.extra_figures == ()
    assert _codes_at(result, "KL224-A506") == ["/tasks/party_building/extra_figures/0"]


# --------------------------------------------------------------------------------------------
# Metadata, names.


def test_default_metadata(result: AggregateResult) -> None:
    meta = result.report.meta
    assert (meta.issuing_body, meta.superior_body, str(meta.symbol)) == (
        "Tỉnh ủy Lai Châu",
        "",
        "BC/TU",
    )
    assert (meta.place, meta.status, meta.number, meta.signer) == ("Lai Châu", "draft", None, None)
    assert committee_of("Đảng bộ huyện  Tam Đường") == ("Huyện ủy Tam Đường", "HU", "Tam Đường")
    assert committee_of("Ban Tuyên giáo") is None


@pytest.mark.parametrize(
    ("superior", "issuer", "level"),
    [
        ("Đảng bộ tỉnh Lai Châu", "Tỉnh ủy Lai Châu", "province"),
        ("Đảng bộ huyện Tam Đường", "Huyện ủy Tam Đường", "district"),
        ("Ban Tuyên giáo", "Ban Tuyên giáo", "province"),
    ],
)
def test_the_default_metadata_never_contradicts_its_own_level(
    superior: str, issuer: str, level: str
) -> None:
    # Communes of a district roll up into the Huyện ủy's report: a district's, not a province's
    # (which KL224-P406 would flag in the roll-up's own metadata).
    units = [attrs.evolve(u, meta=attrs.evolve(u.meta, superior_body=superior))
             for u in sample_units(2)]
    meta = aggregate(units).report.meta
    assert (meta.issuing_body, meta.level) == (issuer, level)
    assert "KL224-P406" not in kl224.validate(aggregate(units).report).codes


def test_given_metadata_is_kept_and_a_differing_total_is_a_finding(
    reports: tuple[Report, ...],
) -> None:
    meta = ReportMeta(issuing_body="Ban Tuyên giáo Tỉnh ủy", number=350, communes=106)
    done = aggregate(reports, meta=meta, names=["TĐ", "PT", "SH"])
    assert done.report.meta.communes == 106 and done.report.meta.villages == 510
    assert done.report.meta.number == 350
    assert _codes_at(done, "KL224-A509") == ["/meta/communes"]
    assert done.names == ("PT", "SH", "TĐ")  # in alphabetical order by default


def test_a_unit_without_totals_leaves_the_total_blank(reports: tuple[Report, ...]) -> None:
    blank = attrs.evolve(reports[2], meta=attrs.evolve(reports[2].meta, villages=None))
    done = aggregate([reports[0], blank])
    assert done.report.meta.villages is None and done.report.meta.communes == 35
    assert _codes_at(done, "KL224-A508") == ["/meta/villages"]


def test_names(reports: tuple[Report, ...]) -> None:
    twice = aggregate([reports[0], reports[0]])
    assert twice.names == (TD, f"{TD} (2)")
    assert _codes_at(twice, "KL224-A507") == [""]
    with pytest.raises(ValueError, match="2 entries for 3 reports"):
        aggregate(reports, names=["a", "b"])
    with pytest.raises(ValueError, match="repeated: a"):
        aggregate(reports, names=["a", "a", "b"])
    with pytest.raises(ValueError, match="at least one"):
        aggregate([])


def test_text_helpers() -> None:
    assert with_sources("Địa bàn rộng.", ["A", "B"]) == "Địa bàn rộng (A, B)."
    assert with_sources("Thiếu kinh phí", ["A"]) == "Thiếu kinh phí (A)"
    assert is_rate("Số đội", "%") and is_rate("Tỷ lệ hộ nghèo", "hộ")
    assert not is_rate("Số báo cáo viên", "người")


# --------------------------------------------------------------------------------------------
# The comparison annex and the document.


def _tables(annex: Annex) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each comparison table's columns by heading: heading -> the column's cells."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for table in annex.body:
        if isinstance(table, Table):
            columns = zip(*table.rows, strict=True)
            out[table.caption] = dict(zip(table.header, columns, strict=True))
    return out


def test_comparison_annex(result: AggregateResult) -> None:
    annex = comparison_annex(result)
    assert (annex.label, annex.title) == ("Phụ lục 2", "SO SÁNH KẾT QUẢ THỰC HIỆN GIỮA CÁC ĐƠN VỊ")
    assert "03 đơn vị" in annex.note and not annex.landscape
    tables = [n for n in annex.body if isinstance(n, Table)]
    for table in tables:
        # Units as rows, at most four figures as columns: it fits however many units.
        assert table.header[:2] == ("TT", "Đơn vị")
        assert 3 <= len(table.header) <= 2 + FIGURES_PER_TABLE
        assert sum(table.widths) <= 1 + 1e-9
        assert [row[1] for row in table.rows] == [TD, PT, SH, "Tổng cộng"]
        assert [row[0] for row in table.rows] == ["1", "2", "3", ""]
        assert table.caption.startswith("Mục ")
    columns = {h: c for t in _tables(annex).values() for h, c in t.items()}
    assert columns["Tin, bài cung cấp cho các cơ quan báo chí (tin, bài)"] == (
        "1.286", "900", "1.540", "3.726"
    )
    assert columns["Xã, thị trấn có hệ thống truyền thanh cơ sở (xã)"] == (
        "13/13 (100%)", "15/17 (88,2%)", "20/22 (90,9%)", "48/52 (92,3%)"
    )
    assert columns["Hội nghị học tập, quán triệt (hội nghị)"] == ("47", "–", "12", "59")
    assert columns["Báo cáo viên của Đảng bộ (người)"] == (
        "42 (DTTS: 17)", "30 (DTTS: 25)", "35", "107 (DTTS: 42)"
    )
    money = "Kinh phí đầu tư trang thiết bị cho cơ quan tuyên giáo, đài truyền thanh – truyền hình"
    assert columns[f"{money} (triệu đồng)"] == ("2.850", "1.200", "950", "5.000")
    assert columns["Kết quả chỉ tiêu: Số báo cáo viên của Đảng bộ huyện (người)"] == (
        "42", "30", "35", "107"
    )
    # One indicator in two units of measure is two columns, each with its own unit: a cell
    # never carries a unit its heading does not name.
    assert columns["Kết quả chỉ tiêu: Số thôn, bản có nhà văn hóa (thôn, bản)"] == (
        "–", "150", "–", "150"
    )
    assert columns["Kết quả chỉ tiêu: Số thôn, bản có nhà văn hóa (nhà)"] == (
        "–", "–", "210", "210"
    )
    assert columns["Kết quả chỉ tiêu: Tỷ lệ cán bộ, đảng viên được học tập, quán triệt các "
                   "nghị quyết, chỉ thị của Đảng (%)"] == ("98,5%", "97%", "–", "–")
    assert columns["Thôn, bản, tổ dân phố có nhà văn hóa (thôn, bản)"] == (
        "91", "150", "–", "241"
    )
    assert columns["Văn bản lãnh đạo, chỉ đạo đã ban hành (văn bản)"] == ("5", "1", "–", "6")
    assert not any(h.startswith("Báo phát hành đến thôn") for h in columns)  # none reported


def test_aggregate_document_renders_everywhere(result: AggregateResult, tmp_path: Path) -> None:
    document = build_aggregate_document(result)
    assert [a.label for a in document.annexes] == [
        "Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Phụ lục 4"
    ]
    assert [a.title for a in document.annexes[2:]] == [
        "NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ", "NHỮNG ĐIỂM LƯU Ý KHI TỔNG HỢP"
    ]
    text = render(document, "text").decode()
    assert "SO SÁNH KẾT QUẢ THỰC HIỆN GIỮA CÁC ĐƠN VỊ" in text and "3.726" in text
    for fmt in ("docx", "pdf"):
        path = tmp_path / f"tong-hop.{fmt}"
        render(document, fmt, path)
        assert kl224.load(path) == result.report


def test_findings_are_grouped_by_severity_with_their_place(result: AggregateResult) -> None:
    groups = grouped_findings(result.findings)
    severities = [g.severity for g in groups]
    assert severities == sorted(severities, key=[Severity.ERROR, Severity.WARNING,
                                                 Severity.INFO].index)
    assert sum(len(g.findings) for g in groups) == len(result.findings)
    assert len({(g.severity, g.code) for g in groups}) == len(groups)
    annex = findings_annex(result)
    texts = [getattr(n, "text", "") for n in annex.body]
    warnings = sum(f.severity is Severity.WARNING for f in result.findings)
    infos = sum(f.severity is Severity.INFO for f in result.findings)
    assert texts[0] == f"Cảnh báo ({warnings})"
    assert f"Thông tin ({infos})" in texts
    gaps = len(_codes_at(result, "KL224-A501"))
    assert texts.index(f"Thông tin ({infos})") > texts.index(f"KL224-A501 – cảnh báo, {gaps} điểm:")
    assert any(t.startswith("- Mục B.II.1: Chỉ tiêu") for t in (
        n.full_text for n in annex.body if isinstance(n, BulletItem)))
    assert place_of("/meta/communes") == "Thông tin văn bản" and place_of("") == "Toàn bộ báo cáo"


def test_units_come_in_vietnamese_alphabetical_order_unless_told(
    reports: tuple[Report, ...],
) -> None:
    names = ["Đảng ủy xã Ẳng Nưa", "Đảng ủy xã Dào San", "Đảng ủy phường Đông Phong"]
    done = aggregate(reports, names=names)
    assert done.names == ("Đảng ủy phường Đông Phong", "Đảng ủy xã Ẳng Nưa", "Đảng ủy xã Dào San")
    # The sources follow their names.
    assert done.sources[0] is reports[2] and done.sources[2] is reports[1]
    assert aggregate(reports, names=names, order="input").names == tuple(names)
    chosen = [names[1], names[2], names[0]]
    assert aggregate(reports, names=names, order=chosen).names == tuple(chosen)
    with pytest.raises(ValueError, match="every unit once"):
        aggregate(reports, names=names, order=names[:2])
    assert sorted_vi(["Đông", "Dương", "Ba", "bà", "Bá", "bạ", "bả", "bã", "Bác", "Ăn", "An",
                      "Phường 10", "Phường 2", "Ê", "E"]) == [
        "An", "Ăn", "Ba", "bà", "bả", "bã", "Bá", "bạ", "Bác", "Dương", "Đông", "E", "Ê",
        "Phường 2", "Phường 10"]


def test_aggregate_report_round_trips_and_validates(result: AggregateResult) -> None:
    assert kl224.loads(kl224.dumps(result.report)) == result.report
    checked = kl224.validate(result.report, policy="draft")
    assert "KL224-X901" not in checked.codes
    # The summed wholes equal the summed district totals.
    assert "KL224-K204" not in checked.codes


def test_docx_and_pdf_inputs_aggregate_like_their_json(
    reports: tuple[Report, ...], result: AggregateResult, tmp_path: Path
) -> None:
    for fmt in ("docx", "pdf"):
        paths = []
        for index, report in enumerate(reports):
            path = tmp_path / f"unit{index}.{fmt}"
            render(report, fmt, path)
            paths.append(path)
        loaded = [kl224.load(p) for p in paths]
        again = aggregate(loaded, order="input")
        assert again.report == result.report
        assert again.findings == result.findings


# --------------------------------------------------------------------------------------------
# run_aggregate.


@pytest.fixture
def inputs(reports: tuple[Report, ...], tmp_path: Path) -> list[str]:
    paths = []
    for index, report in enumerate(reports):
        path = tmp_path / f"unit{index}.json"
        kl224.dump(report, path)
        paths.append(str(path))
    return paths


def test_run_writes_json(inputs: list[str], reports: tuple[Report, ...], tmp_path: Path) -> None:
    out, err = tmp_path / "tong-hop.json", io.StringIO()
    code = run_aggregate(inputs, str(out), err=err, keep_going=False, force=False, lang="vi")
    assert code == 0
    assert kl224.load(out) == aggregate(reports).report
    assert "Đã tổng hợp 3 báo cáo" in err.getvalue() and "KL224-A501" in err.getvalue()


def test_run_writes_pdf_with_the_annex(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "tong-hop.pdf"
    assert run_aggregate(inputs, str(out), err=io.StringIO()) == 0
    assert out.read_bytes().startswith(b"%PDF") and kl224.load(out).meta.communes == 52


def test_run_refuses_to_overwrite(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "tong-hop.json"
    out.write_text("keep me", encoding="utf-8")
    err = io.StringIO()
    assert run_aggregate(inputs, str(out), err=err, lang="en") == 2
    assert out.read_text(encoding="utf-8") == "keep me" and "--force" in err.getvalue()
    assert run_aggregate(inputs, str(out), force=True, err=io.StringIO()) == 0
    assert kl224.load(out).meta.villages == 510


def test_run_stops_at_an_unreadable_input(inputs: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "hong.json"
    bad.write_text("{", encoding="utf-8")
    out, err = tmp_path / "tong-hop.json", io.StringIO()
    assert run_aggregate([inputs[0], str(bad), inputs[1]], str(out), err=err, lang="en") == 2
    assert str(bad) in err.getvalue() and "--keep-going" in err.getvalue()
    assert not out.exists()


def test_run_keep_going_skips_and_lists(inputs: list[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "khong-co.json")
    out, err = tmp_path / "tong-hop.json", io.StringIO()
    code = run_aggregate([*inputs, missing], str(out), keep_going=True, err=err, lang="en")
    assert code == 1
    assert kl224.load(out).tasks.propaganda.news_items == 3726
    tail = err.getvalue().split("Skipped 1 unreadable files:")[1]
    assert missing in tail
    none_left = run_aggregate([missing], str(tmp_path / "x.json"), keep_going=True, err=err)
    assert none_left == 2


def test_run_with_a_meta_file(inputs: list[str], tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text(
        json.dumps({"number": 350, "date": "2024-11-20", "signer": {"name": "Nguyễn Văn A"}}),
        encoding="utf-8",
    )
    out = tmp_path / "tong-hop.json"
    assert run_aggregate(inputs, str(out), meta=str(meta), err=io.StringIO()) == 0
    got = kl224.load(out).meta
    assert (got.number, got.date, got.issuing_body) == (
        350,
        dt.date(2024, 11, 20),
        "Tỉnh ủy Lai Châu",
    )
    assert got.signer is not None and got.signer.name == "Nguyễn Văn A"
    meta.write_text(json.dumps({"date": "2024-13-01"}), encoding="utf-8")
    err = io.StringIO()
    assert run_aggregate(inputs, str(tmp_path / "b.json"), meta=str(meta), err=err) == 2
    assert str(meta) in err.getvalue() and "/date" in err.getvalue()


def test_run_unknown_suffix(inputs: list[str], tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_aggregate(inputs, str(tmp_path / "out.xyz"), err=err) == 2
    assert ".xyz" in err.getvalue()
    # The command has no -f: the message names the suffixes it accepts, in the user's language.
    assert "-f" not in err.getvalue()
    assert "đuôi .json, .txt, .docx, .pdf" in err.getvalue()
    err = io.StringIO()
    assert run_aggregate(inputs, str(tmp_path / "out.xyz"), lang="en", err=err) == 2
    assert "suffixes .json, .txt, .docx, .pdf" in err.getvalue()
    assert not (tmp_path / "out.xyz").exists()


def test_run_progress(inputs: list[str], tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_aggregate(inputs, str(tmp_path / "a.json"), progress=True, err=err) == 0
    assert "[" in err.getvalue() and "3/3" in err.getvalue()
    quiet = io.StringIO()  # not a terminal: no bar, even with many inputs
    assert run_aggregate(inputs * 2, str(tmp_path / "b.json"), err=quiet) == 0
    assert "6/6" not in quiet.getvalue()


def test_different_conclusions_and_periods_are_findings() -> None:
    from kl224.model import DocumentRef as Ref
    from kl224.model import Period

    first = ReportMeta(
        issuing_body="A", period=Period(start=dt.date(2022, 1, 1), end=dt.date(2024, 6, 30))
    )
    other = attrs.evolve(
        first,
        issuing_body="B",
        conclusion=Ref.parse("225-KL/TU"),
        period=Period(start=dt.date(2021, 10, 18), end=dt.date(2024, 12, 31)),
    )
    done = aggregate([Report(meta=first), Report(meta=other)])
    assert _codes_at(done, "KL224-A510") == ["/meta/conclusion"]
    assert _codes_at(done, "KL224-A511") == ["/meta/period"]
    period = done.report.meta.period
    assert period == Period(start=dt.date(2021, 10, 18), end=dt.date(2024, 12, 31))
    message = next(f for f in done.findings if f.code == "KL224-A510").message
    assert "224-KL/TU" in message and "225-KL/TU" in message


# --------------------------------------------------------------------------------------------
# Money in the comparison.


def test_money_cells_are_exact_millions() -> None:
    assert cell(Money(dong=2_850_000_000)) == "2.850"
    assert cell(Money(dong=568_400_000)) == "568,4"
    assert cell(Money(dong=1_234_567)) == "1,234567"
    assert cell(Money(dong=0)) == "0"


def _units(reports: tuple[Report, ...], count: int) -> list[Report]:
    """``count`` units made of the three districts under new names."""
    out = []
    for index in range(count):
        report = reports[index % len(reports)]
        meta = attrs.evolve(report.meta, issuing_body=f"Huyện ủy Đơn Vị {index + 1}")
        out.append(attrs.evolve(report, meta=meta))
    return out


def test_run_prints_findings_grouped_by_severity(inputs: list[str], tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_aggregate(inputs, str(tmp_path / "a.json"), err=err) == 0
    lines = err.getvalue().splitlines()
    heads = [line for line in lines if not line.startswith(" ")]
    # Warnings before information, each severity once, then the summary line.
    assert heads[0].startswith("Cảnh báo (") and heads[1].startswith("Thông tin (")
    assert heads[2].startswith("Đã tổng hợp 3 báo cáo")
    codes = [line.strip() for line in lines if line.startswith("  ") and line[2] != " "]
    assert codes[0].startswith("KL224-A501 (") and any(c.startswith("KL224-A504 (") for c in codes)
    assert any(
        line.startswith("    Mục B.II.1 (/tasks/objectives/targets/") and "): Chỉ tiêu" in line
        for line in lines
    )
    english = io.StringIO()
    run_aggregate(inputs, str(tmp_path / "b.json"), err=english, lang="en")
    assert english.getvalue().startswith("Warnings (") and "Information (" in english.getvalue()


def test_run_order(inputs: list[str], reports: tuple[Report, ...], tmp_path: Path) -> None:
    assert run_aggregate(inputs, str(tmp_path / "a.json"), err=io.StringIO(), order="input") == 0
    kept = kl224.load(tmp_path / "a.json")
    assert kept == aggregate(reports, order="input").report
    assert kept != aggregate(reports).report  # the shared sentence names its units in order


def test_shared_sentences_count_their_units_beyond_five() -> None:
    shared = "Kinh phí còn hạn hẹp."
    units = [
        Report(
            meta=ReportMeta(issuing_body=f"Đảng ủy xã {n}"),
            context=Context(difficulties=(shared,)),
        )
        for n in ("A", "B", "C", "D", "E", "G")
    ]
    assert aggregate(units).report.context.difficulties == ("Kinh phí còn hạn hẹp (6/6 đơn vị).",)
    assert aggregate(units[:5]).report.context.difficulties == (
        "Kinh phí còn hạn hẹp (Đảng ủy xã A, Đảng ủy xã B, Đảng ủy xã C, Đảng ủy xã D, "
        "Đảng ủy xã E).",
    )


def test_the_text_comparison_keeps_every_word_whole() -> None:
    from kl224.sample.units import sample_units

    result = aggregate(sample_units(12))
    annex = comparison_annex(result)
    document = attrs.evolve(
        kl224.build_document(result.report, annex=False), body=(), closing=None, annexes=(annex,)
    )
    printed = Counter(render(document, "text").decode().replace("│", " ").split())
    expected = Counter(
        word
        for table in annex.body
        if isinstance(table, Table)
        for row in (table.header, *table.rows)
        for cell in row
        for word in cell.split()
    )
    broken = {w: (n, printed[w]) for w, n in expected.items() if printed[w] < n}
    assert not broken  # "người" never prints as "ngườ" / "i"
    # A column given too small a share still gets the width of its longest word, taken from
    # the columns with room to spare.
    narrow = Table(
        header=("TT", "Nội dung", "Đơn vị tính", "Số liệu"),
        rows=(("1", "Lượt người tham dự hội nghị", "lượt người", "98,5 xã"),),
        widths=(0.05, 0.75, 0.05, 0.15),
        align=("center", "left", "center", "right"),
    )
    lone = attrs.evolve(document, annexes=(attrs.evolve(annex, body=(narrow,)),))
    words = render(lone, "text").decode().replace("│", " ").split()
    for word in ("người", "lượt", "Đơn", "tính", "98,5", "xã", "tham"):
        assert word in words
