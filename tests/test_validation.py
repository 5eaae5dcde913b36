"""Validation: a complete report passes, results are ordered and counted, policies decide
severity, rules can be added and dropped, and a failing rule becomes a finding.

``complete_report()`` and ``replace_at()`` are shared with the other test_validation* files.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pytest

import kl224
from kl224 import outline, replace_at
from kl224.model.figures import figure_fields, resolve
from kl224.validation import (
    CODES,
    DEFAULT_RULES,
    INTERNAL_ERROR,
    Finding,
    Issue,
    RuleContext,
    Severity,
    ValidationResult,
    validate,
)
from kl224.validation.rules.completeness import has_content

P = kl224.Paragraph
D = dt.date


def _text(words: str) -> tuple[kl224.Paragraph, ...]:
    return (P(text=words),)


@functools.cache
def complete_report(status: str = "final") -> kl224.Report:
    """A complete, consistent report written for these tests: no finding under the policy
    that matches its ``status`` (a report marked final checked as a draft gets KL224-M312, a
    draft checked as final KL224-M313).

    Counts of 10 or more are all different, so no repeat warning fires.
    """
    meta = kl224.ReportMeta(
        issuing_body="Huyện ủy Phong Thổ",
        superior_body="Đảng bộ tỉnh Lai Châu",
        number=88,
        symbol=kl224.Symbol.parse("BC/HU"),
        place="Phong Thổ",
        date=D(2024, 10, 28),
        request=kl224.DocumentRef.parse("1323-CV/HU", date=D(2024, 9, 25), kind="Công văn"),
        period=kl224.Period(start=D(2021, 10, 18), end=D(2024, 12, 31)),
        communes=17,
        villages=150,
        signer=kl224.Signer(name="Lò Văn Minh"),
        recipients=("Ban Thường vụ Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy"),
        status=status,  # type: ignore[arg-type]
    )
    leadership = kl224.LeadershipWork(
        dissemination=kl224.Dissemination(
            narrative=_text("Tổ chức quán triệt Kết luận đến toàn thể cán bộ, đảng viên."),
            conferences=31,
            attendances=4210,
            ethnic_language=kl224.EthnicLanguageWork(languages=("Mông", "Dao"), materials=3),
        ),
        documents=kl224.DocumentIssuance(
            narrative=_text("Ban hành kế hoạch thực hiện Kết luận."),
            issued=(kl224.DocumentRef.parse("61-KH/HU", date=D(2021, 12, 1), kind="Kế hoạch"),),
        ),
        inspection=kl224.Inspection(
            narrative=_text("Kiểm tra, giám sát việc thực hiện."),
            inspections=6,
            supervisions=5,
            surveys=2,
        ),
    )
    tasks = kl224.TaskResults(
        objectives=kl224.Objectives(
            narrative=_text("Các chỉ tiêu cơ bản đạt."),
            targets=(
                kl224.Target(
                    indicator="Tỷ lệ cán bộ, đảng viên được quán triệt",
                    unit="%",
                    target=Decimal(95),
                    result=Decimal("98.5"),
                ),
            ),
        ),
        propaganda=kl224.Propaganda(
            narrative=_text("Đổi mới cách thức tuyên truyền."),
            ethnic_language=kl224.NOT_APPLICABLE,
            news_items=412,
            websites=1,
            radio=kl224.RadioNetwork(
                communes=kl224.Ratio(part=16, whole=17),
                villages=kl224.Ratio(part=131, whole=150),
                mobile_loudspeakers=8,
            ),
            lecturers=kl224.Headcount(total=23, ethnic_minority=9),
            communicators=kl224.Headcount(total=176, ethnic_minority=140),
            training_courses=4,
            contests=1,
            provincial_lecturer_topics=7,
            district_lecturer_topics=9,
        ),
        political_theory=kl224.PoliticalTheory(
            narrative=_text("Trung tâm chính trị mở các lớp theo kế hoạch."),
            classes=27,
            trainees=1890,
            elementary_theory_trainees=610,
            new_member_trainees=455,
            sent_to_province=38,
            sent_to_central=3,
            knowledge_updates=121,
        ),
        public_opinion=kl224.PublicOpinion(
            narrative=_text("Nắm bắt dư luận xã hội thường xuyên."),
            collaborators=47,
            surveys_own=2,
            surveys_joint=1,
        ),
        ideological_foundation=kl224.IdeologicalFoundation(
            narrative=_text("Kiện toàn Ban Chỉ đạo 35."),
        ),
        culture=kl224.Culture(
            narrative=_text("Phong trào văn hóa, văn nghệ phát triển."),
            villages_with_troupes=kl224.Ratio(part=118, whole=150),
            stable_troupes=96,
            culture_staff=58,
            culture_staff_trained=74,
        ),
        party_history=kl224.PartyHistory(
            narrative=_text("Biên soạn lịch sử đảng bộ các xã."),
            commune_histories=kl224.Ratio(part=12, whole=17),
            history_works=4,
            tradition_rooms=6,
            education_sessions=83,
            education_participants=6120,
        ),
        party_building=kl224.PartyBuilding(
            narrative=_text("Cụ thể hóa các quy định về nêu gương."),
            concretising_documents=(
                kl224.DocumentRef.parse("05-QĐ/HU", date=D(2022, 3, 4), kind="Quy định"),
            ),
        ),
        ideological_cadres=kl224.IdeologicalCadres(
            narrative=_text("Kiện toàn đội ngũ cán bộ tuyên giáo."),
            propaganda_cadres=44,
            propaganda_cadres_trained=66,
            full_time_lecturers=5,
            part_time_lecturers=19,
        ),
        facilities=kl224.Facilities(
            narrative=_text("Đầu tư trang thiết bị."),
            equipment_investment=kl224.Money(dong=1_200_000_000),
            loudspeakers_bought=35,
            mobile_loudspeakers_bought=8,
            centre_investment=kl224.Money(dong=850_000_000),
            supported_trainees=312,
            trainee_support=kl224.Money(dong=146_000_000),
        ),
    )
    assessment = kl224.Assessment(
        strengths=kl224.Strengths(
            narrative=_text("Công tác lãnh đạo được quan tâm."),
            good_units=(kl224.Unit(name="Đảng bộ xã Sì Lở Lầu"),),
        ),
        shortcomings=kl224.Shortcomings(
            shortcomings=("Tuyên truyền ở vùng sâu còn hạn chế.",),
            weak_units=(kl224.Unit(name="Đảng bộ xã Mù Sang"),),
            internal_causes=("Một số cấp ủy chưa sâu sát.",),
            external_causes=("Địa bàn rộng, giao thông khó khăn.",),
        ),
    )
    return kl224.Report(
        meta=meta,
        context=kl224.Context(
            narrative=_text("Bối cảnh thực hiện Kết luận."),
            advantages=("Sự quan tâm của Tỉnh ủy.",),
            difficulties=("Địa hình chia cắt.",),
        ),
        leadership=leadership,
        tasks=tasks,
        assessment=assessment,
        proposals=kl224.Proposals(
            narrative=_text("Một số đề xuất."),
            items=(kl224.Proposal(text="Hỗ trợ kinh phí.", addressee="Ban Thường vụ Tỉnh ủy"),),
        ),
    )


def _sample() -> kl224.Report:
    import kl224.sample as sample
    report: kl224.Report = sample.sample_report()
    return report


# --------------------------------------------------------------------------------------------
# Complete reports pass.


@pytest.mark.parametrize("policy", ["draft", "final"])
def test_complete_report_has_no_finding(policy: str) -> None:
    result = validate(complete_report(policy), policy=policy)  # type: ignore[arg-type]
    assert result.findings == ()
    assert result.ok
    assert result.completeness.overall.complete
    assert result.completeness.overall.share == 1


def test_sample_passes_the_final_policy_and_is_complete() -> None:
    result = validate(_sample(), policy="final")
    assert result.errors == (), [(f.code, f.pointer, f.message) for f in result.errors]
    overall = result.completeness.overall
    assert overall.items_share == 1 and overall.figures_share == 1
    assert all(part.complete for part in result.completeness.parts)


def test_sample_has_no_warning_either() -> None:
    result = validate(_sample(), policy="final", lang="en")
    assert result.findings == (), [(f.code, f.pointer, f.message) for f in result.findings]


# --------------------------------------------------------------------------------------------
# Completeness figures.


def test_completeness_of_an_empty_report_counts_every_required_figure() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="Huyện ủy Phong Thổ"))
    result = validate(report)
    # Required figures counted independently from the model's own metadata.
    expected = 0
    for n in outline.items():
        if n.needs_figures:
            expected += sum(f.info.required for f in figure_fields(type(resolve(report, n.path))))
    overall = result.completeness.overall
    assert (overall.items, overall.items_filled) == (17, 0)
    assert (overall.figures, overall.figures_reported) == (expected, 0)
    assert overall.share == 0
    keys = [p.key for p in result.completeness.parts]
    assert keys == ["A", "B.I", *(f"B.II.{i}" for i in range(1, 11)), "B.III", "C"]
    assert result.completeness.part("B.I").items == 3
    assert result.completeness.part("B.III").items == 2
    assert result.completeness.part("B.II.5").figures_share is None
    with pytest.raises(KeyError, match=r"B\.II\.10"):
        result.completeness.part("B.IV")


def test_not_applicable_part_is_not_required_and_unanswered_part_is_missing() -> None:
    report = complete_report()
    full = validate(report).completeness.part("B.I")
    na = replace_at(report, "/leadership/dissemination/ethnic_language", kl224.NOT_APPLICABLE)
    na_part = validate(na).completeness.part("B.I")
    assert (na_part.figures, na_part.figures_reported) == (full.figures - 1, full.figures - 1)
    unanswered = replace_at(report, "/leadership/dissemination/ethnic_language", None)
    missing = validate(unanswered).completeness.part("B.I")
    assert (missing.figures, missing.figures_reported) == (full.figures, full.figures - 1)


def test_shares_are_rounded_decimals() -> None:
    report = replace_at(complete_report(), "/leadership/inspection/surveys", None)
    part = validate(report).completeness.part("B.I")
    assert (part.figures, part.figures_reported) == (6, 5)
    assert part.figures_share == Decimal("0.8333")
    assert part.items_share == 1
    assert part.share == Decimal("0.8889")  # (3 + 5) / (3 + 6)


def test_has_content_distinguishes_zero_from_missing() -> None:
    assert has_content(kl224.Inspection(inspections=0))
    assert not has_content(kl224.Inspection())
    assert not has_content(kl224.Dissemination(ethnic_language=kl224.NOT_APPLICABLE))
    assert not has_content(kl224.Context(narrative=(P(text="   "),)))
    assert has_content(kl224.Proposals(none_to_make=True))


# --------------------------------------------------------------------------------------------
# Policy, order, counts.


def _empty_item_report() -> kl224.Report:
    report = replace_at(complete_report(), "/tasks/public_opinion", kl224.PublicOpinion())
    return replace_at(report, "/meta/number", None)


def test_policy_decides_severity() -> None:
    report = _empty_item_report()
    draft = validate(replace_at(report, "/meta/status", "draft"), policy="draft")
    final = validate(report, policy="final")
    assert [(f.code, f.severity) for f in draft.findings] == [
        ("KL224-M303", Severity.INFO),
        ("KL224-C101", Severity.WARNING),
    ]
    assert [(f.code, f.severity) for f in final.findings] == [
        ("KL224-M303", Severity.ERROR),
        ("KL224-C101", Severity.ERROR),
    ]
    assert draft.ok and not final.ok
    assert final.errors == final.findings and final.warnings == ()
    assert draft.counts == {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 1}


def test_consistency_errors_block_under_both_policies() -> None:
    lecturers = kl224.Headcount(total=3, ethnic_minority=4)
    for policy in ("draft", "final"):
        report = replace_at(complete_report(policy), "/tasks/propaganda/lecturers", lecturers)
        result = validate(report, policy=policy)  # type: ignore[arg-type]
        assert not result.ok and result.codes == ("KL224-K201",)


def test_findings_follow_the_outline_order_then_code() -> None:
    report = complete_report()
    report = replace_at(report, "/proposals", kl224.Proposals())  # C
    report = replace_at(report, "/context/advantages", ())  # A
    report = replace_at(report, "/tasks/propaganda/websites", None)  # B.II.2, later field
    report = replace_at(report, "/tasks/propaganda/news_items", None)  # B.II.2, earlier field
    report = replace_at(report, "/leadership/inspection/surveys", None)  # B.I.3
    report = replace_at(report, "/meta/place", "")  # metadata first
    result = validate(report, policy="final")
    assert [f.pointer for f in result.findings] == [
        "/meta/place",
        "/context/advantages",
        "/leadership/inspection/surveys",
        "/tasks/propaganda/news_items",
        "/tasks/propaganda/websites",
        "/proposals",
    ]
    again = validate(report, policy="final")
    assert again == result


def test_list_indices_are_ordered_as_numbers() -> None:
    targets = tuple(
        kl224.Target(indicator=f"Chỉ tiêu {i}", unit="xã", target=Decimal(1)) for i in range(12)
    )
    report = replace_at(complete_report("draft"), "/tasks/objectives/targets", targets)
    pointers = [f.pointer for f in validate(report).findings]
    assert pointers == [f"/tasks/objectives/targets/{i}/result" for i in range(12)]


# --------------------------------------------------------------------------------------------
# Findings and messages.


def test_message_in_both_languages_from_the_code_template() -> None:
    report = replace_at(complete_report(), "/leadership/dissemination/attendances", None)
    (vi,) = validate(report, policy="final").findings
    (en,) = validate(report, policy="final", lang="en").findings
    assert vi.code == en.code == "KL224-C102"
    assert vi.message == "Mục B.I.1 thiếu số liệu bắt buộc: “Lượt người tham dự hội nghị”."
    assert en.message == "Item B.I.1 lacks a required figure: conference attendances."
    assert vi.message_in("en") == en.message and en.message_in("vi") == vi.message
    assert dict(vi.params) == dict(en.params)
    assert hash(vi) == hash(attrs.evolve(vi))


def test_numbers_and_dates_are_written_in_each_language() -> None:
    report = replace_at(complete_report("draft"), "/meta/request/date", D(2024, 11, 5))
    (vi,) = validate(report).findings
    assert vi.code == "KL224-K205"
    assert "05/11/2024" in vi.message and "28/10/2024" in vi.message
    assert "2024-11-05" in vi.message_in("en")
    report = replace_at(complete_report("draft"), "/tasks/political_theory/trainees", 1050)
    (k203,) = validate(report).findings
    assert "(1.065)" in k203.message and "(1,065)" in k203.message_in("en")


def test_every_code_has_both_templates_and_a_known_area() -> None:
    for code, spec in CODES.items():
        assert code == spec.code and code.startswith("KL224-")
        assert spec.vi and spec.en and spec.vi != spec.en
        prefix = {"completeness": "C1", "consistency": "K2", "metadata": "M3",
                  "plausibility": "P4", "characters": "G5", "internal": "X9"}[spec.area]
        assert code[6:8] == prefix


# --------------------------------------------------------------------------------------------
# Rules: adding, dropping, failing.


def test_a_caller_can_add_and_drop_rules() -> None:
    def no_lecturer_topics(report: kl224.Report, context: RuleContext) -> Iterator[Finding]:
        yield Finding(
            code="DISTRICT-001",
            severity=Severity.WARNING,
            pointer="/tasks/propaganda/district_lecturer_topics",
            message="custom",
        )

    result = validate(complete_report("draft"), rules=(*DEFAULT_RULES, no_lecturer_topics))
    (finding,) = result.findings
    assert (finding.code, finding.message, finding.message_in("en")) == (
        "DISTRICT-001",
        "custom",
        "custom",
    )
    report = replace_at(complete_report(), "/leadership/inspection/surveys", None)
    without = tuple(r for r in DEFAULT_RULES if r.__name__ != "check_items")
    assert validate(report, policy="final", rules=without).findings == ()
    assert validate(report, policy="final", rules=()).findings == ()


def test_a_rule_that_raises_becomes_an_internal_error() -> None:
    def broken(report: kl224.Report, context: RuleContext) -> Iterator[Issue]:
        yield Issue(code="KL224-C101", pointer="/context")
        raise ZeroDivisionError("boom")

    result = validate(complete_report("draft"), rules=(broken, *DEFAULT_RULES), lang="en")
    (finding,) = result.findings
    assert finding.code == INTERNAL_ERROR and finding.severity is Severity.ERROR
    assert finding.pointer == ""
    assert "broken" in str(finding.params["rule"])
    assert finding.params["error"] == "ZeroDivisionError: boom"
    assert "boom" in finding.message and not result.ok


def test_an_unknown_code_from_a_rule_is_an_internal_error() -> None:
    def sloppy(report: kl224.Report, context: RuleContext) -> Iterator[Issue]:
        yield Issue(code="KL224-Z999", pointer="/context")

    (finding,) = validate(complete_report(), rules=(sloppy,)).findings
    assert finding.code == INTERNAL_ERROR and "KL224-Z999" in str(finding.params["error"])


def test_bad_policy_or_language_is_refused() -> None:
    with pytest.raises(ValueError, match="policy"):
        validate(complete_report(), policy="strict")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"):
        validate(complete_report(), lang="fr")  # type: ignore[arg-type]


def test_result_type() -> None:
    result = validate(complete_report())
    assert isinstance(result, ValidationResult) and result.policy == "draft"
    assert kl224.validation.validate is validate
