"""Each rule, broken alone: the complete report with one thing changed gives exactly that
finding, with its code, pointer and related pointers, and nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

import kl224
from kl224.validation import CODES, Severity, validate
from kl224.validation.findings import Policy
from test_validation import complete_report, replace_at

R = kl224.Report
D = dt.date


def _set(pointer: str, value: object) -> Callable[[R], R]:
    return lambda report: replace_at(report, pointer, value)


def _chain(*steps: Callable[[R], R]) -> Callable[[R], R]:
    def apply(report: R) -> R:
        for step in steps:
            report = step(report)
        return report

    return apply


_NO_DOCUMENTS = _chain(
    _set("/leadership/documents/issued", ()),
    _set("/tasks/party_building/concretising_documents", ()),
    _set("/meta/request", None),
)

# (id, change, code, pointer, related, policy)
CASES: list[tuple[str, Callable[[R], R], str, str, tuple[str, ...], Policy]] = [
    ("empty item", _set("/tasks/public_opinion", kl224.PublicOpinion()),
     "KL224-C101", "/tasks/public_opinion", (), "final"),
    ("missing figure", _set("/leadership/inspection/surveys", None),
     "KL224-C102", "/leadership/inspection/surveys", (), "final"),
    ("missing nested figure", _set("/tasks/propaganda/radio/villages", None),
     "KL224-C102", "/tasks/propaganda/radio/villages", (), "final"),
    ("missing figure in an answered if-any part",
     _set("/leadership/dissemination/ethnic_language/materials", None),
     "KL224-C102", "/leadership/dissemination/ethnic_language/materials", (), "final"),
    ("no targets", _set("/tasks/objectives/targets", ()),
     "KL224-C102", "/tasks/objectives/targets", (), "final"),
    ("unanswered if-any part", _set("/leadership/dissemination/ethnic_language", None),
     "KL224-C103", "/leadership/dissemination/ethnic_language", (), "final"),
    ("no advantages", _set("/context/advantages", ()),
     "KL224-C104", "/context/advantages", (), "final"),
    ("no difficulties", _set("/context/difficulties", ("  ",)),
     "KL224-C105", "/context/difficulties", (), "final"),
    ("no strengths narrative", _set("/assessment/strengths/narrative", ()),
     "KL224-C106", "/assessment/strengths/narrative", (), "final"),
    ("no good units", _set("/assessment/strengths/good_units", ()),
     "KL224-C107", "/assessment/strengths/good_units", (), "final"),
    ("no shortcomings", _set("/assessment/shortcomings/shortcomings", ()),
     "KL224-C108", "/assessment/shortcomings/shortcomings", (), "final"),
    ("no weak units", _set("/assessment/shortcomings/weak_units", ()),
     "KL224-C109", "/assessment/shortcomings/weak_units", (), "final"),
    ("no internal causes", _set("/assessment/shortcomings/internal_causes", ()),
     "KL224-C110", "/assessment/shortcomings/internal_causes", (), "final"),
    ("no external causes", _set("/assessment/shortcomings/external_causes", ()),
     "KL224-C111", "/assessment/shortcomings/external_causes", (), "final"),
    ("no proposals", _set("/proposals/items", ()),
     "KL224-C112", "/proposals/items", (), "final"),
    ("target without result", _set("/tasks/objectives/targets",
                                    (kl224.Target(indicator="Tỷ lệ", unit="%", target=90),)),
     "KL224-C113", "/tasks/objectives/targets/0/result", (), "final"),
    ("a roll-up's draft synthesis left",
     _set("/tasks/culture/narrative",
          (kl224.Paragraph(text=f"{kl224.SYNTHESIS_MARK} Cơ quan tổng hợp viết …"),)),
     "KL224-C114", "/tasks/culture/narrative/0", (), "final"),
    ("ethnic lecturers above total",
     _set("/tasks/propaganda/lecturers", kl224.Headcount(total=23, ethnic_minority=24)),
     "KL224-K201", "/tasks/propaganda/lecturers/ethnic_minority",
     ("/tasks/propaganda/lecturers/total",), "draft"),
    ("ethnic communicators above total",
     _set("/tasks/propaganda/communicators", kl224.Headcount(total=176, ethnic_minority=177)),
     "KL224-K201", "/tasks/propaganda/communicators/ethnic_minority",
     ("/tasks/propaganda/communicators/total",), "draft"),
    ("stable troupes above villages with troupes", _set("/tasks/culture/stable_troupes", 119),
     "KL224-K202", "/tasks/culture/stable_troupes",
     ("/tasks/culture/villages_with_troupes/part",), "draft"),
    ("elementary trainees above trainees",
     _set("/tasks/political_theory/elementary_theory_trainees", 1891),
     "KL224-K202", "/tasks/political_theory/elementary_theory_trainees",
     ("/tasks/political_theory/trainees",), "draft"),
    ("new-member trainees above trainees",
     _set("/tasks/political_theory/new_member_trainees", 1900),
     "KL224-K202", "/tasks/political_theory/new_member_trainees",
     ("/tasks/political_theory/trainees",), "draft"),
    ("two kinds of trainees above trainees", _set("/tasks/political_theory/trainees", 1064),
     "KL224-K203", "/tasks/political_theory/new_member_trainees",
     ("/tasks/political_theory/elementary_theory_trainees", "/tasks/political_theory/trainees"),
     "draft"),
    ("radio ratio over the wrong number of communes",
     _set("/tasks/propaganda/radio/communes", kl224.Ratio(part=16, whole=18)),
     "KL224-K204", "/tasks/propaganda/radio/communes/whole", ("/meta/communes",), "draft"),
    ("troupe ratio over the wrong number of villages",
     _set("/tasks/culture/villages_with_troupes", kl224.Ratio(part=118, whole=149)),
     "KL224-K204", "/tasks/culture/villages_with_troupes/whole", ("/meta/villages",), "draft"),
    ("request dated after the report", _set("/meta/request/date", D(2024, 10, 29)),
     "KL224-K205", "/meta/request/date", ("/meta/date",), "draft"),
    ("conclusion dated after the report", _chain(_set("/meta/period", None),
                                                 _set("/meta/conclusion/date", D(2024, 10, 29))),
     "KL224-K205", "/meta/conclusion/date", ("/meta/date",), "draft"),
    ("issued document before the period", _set("/leadership/documents/issued/0/date",
                                               D(2021, 10, 1)),
     "KL224-K206", "/leadership/documents/issued/0/date",
     ("/meta/period/start", "/meta/period/end"), "draft"),
    ("concretising document after the period", _chain(
        _set("/meta/period/end", D(2024, 6, 30)),
        _set("/tasks/party_building/concretising_documents/0/date", D(2024, 8, 1))),
     "KL224-K206", "/tasks/party_building/concretising_documents/0/date",
     ("/meta/period/start", "/meta/period/end"), "draft"),
    ("proposals and none to make", _set("/proposals/none_to_make", True),
     "KL224-K207", "/proposals/none_to_make", ("/proposals/items",), "draft"),
    ("symbol not of a report", _set("/meta/symbol", kl224.Symbol.parse("CV/HU")),
     "KL224-M301", "/meta/symbol", (), "final"),
    ("symbol of another issuer", _set("/meta/symbol", kl224.Symbol.parse("BC/TU")),
     "KL224-M302", "/meta/symbol", ("/meta/issuing_body",), "final"),
    ("no number", _set("/meta/number", None), "KL224-M303", "/meta/number", (), "final"),
    ("no date", _set("/meta/date", None), "KL224-M304", "/meta/date", (), "final"),
    ("no place", _set("/meta/place", " "), "KL224-M305", "/meta/place", (), "final"),
    ("no signer", _set("/meta/signer", None), "KL224-M306", "/meta/signer", (), "final"),
    ("no signer name", _set("/meta/signer/name", ""),
     "KL224-M307", "/meta/signer/name", (), "final"),
    ("no recipients", _set("/meta/recipients", ()),
     "KL224-M308", "/meta/recipients", (), "final"),
    ("no issuing body", _set("/meta/issuing_body", ""),
     "KL224-M309", "/meta/issuing_body", (), "final"),
    ("dated on the period's first day", _chain(_NO_DOCUMENTS,
                                               _set("/meta/date", D(2021, 10, 18))),
     "KL224-M310", "/meta/date", ("/meta/period/start",), "final"),
    ("period before the conclusion", _set("/meta/period/start", D(2021, 1, 1)),
     "KL224-M311", "/meta/period/start", ("/meta/conclusion/date",), "final"),
    ("final report checked as a draft", _set("/meta/status", "final"),
     "KL224-M312", "/meta/status", (), "draft"),
    ("draft checked as a final report", _set("/meta/status", "draft"),
     "KL224-M313", "/meta/status", (), "final"),
    ("attendances fewer than conferences",
     _set("/leadership/dissemination/attendances", 30),
     "KL224-P401", "/leadership/dissemination/attendances",
     ("/leadership/dissemination/conferences",), "final"),
    ("training attendances fewer than training conferences", _chain(
        _set("/tasks/ideological_foundation/training_conferences", 6),
        _set("/tasks/ideological_foundation/training_attendances", 5)),
     "KL224-P401", "/tasks/ideological_foundation/training_attendances",
     ("/tasks/ideological_foundation/training_conferences",), "final"),
    ("target percentage above 100", _set("/tasks/objectives/targets/0/result", Decimal(101)),
     "KL224-P402", "/tasks/objectives/targets/0/result", (), "final"),
    ("extra figure percentage above 100",
     _set("/tasks/culture/extra_figures",
          (kl224.ExtraFigure(label="Tỷ lệ gia đình văn hóa", value="100.5", unit="%"),)),
     "KL224-P402", "/tasks/culture/extra_figures/0/value", (), "final"),
    ("value repeated across items", _set("/tasks/ideological_cadres/propaganda_cadres", 47),
     "KL224-P403", "/tasks/public_opinion/collaborators",
     ("/tasks/ideological_cadres/propaganda_cadres",), "final"),
    ("more trainees supported than trained", _set("/tasks/facilities/supported_trainees", 1891),
     "KL224-P404", "/tasks/facilities/supported_trainees",
     ("/tasks/political_theory/trainees",), "final"),
    ("stated percentage disagrees with its ratio",
     _set("/tasks/culture/narrative",
          (kl224.Paragraph(text="Có 87/99 thôn, bản (đạt 87,9%) và 12/13 xã (đạt 95%)."),)),
     "KL224-P405", "/tasks/culture/narrative/0", (), "final"),
    ("stated percentage in a sub-bullet disagrees",
     _set("/tasks/culture/narrative",
          (kl224.Bullet(text="Đội văn nghệ:", sub=("1.250/2.000 lượt (60%)",)),)),
     "KL224-P405", "/tasks/culture/narrative/0/sub/0", (), "final"),
    ("a district's report at the commune level",
     _set("/meta/level", "commune"),
     "KL224-P406", "/meta/level", ("/meta/issuing_body",), "final"),
    ("a character no bundled font draws",
     _set("/tasks/culture/narrative",
          (kl224.Bullet(text="Đội văn nghệ ✓ ★", sub=("Cờ 🇻🇳 tung bay",)),)),
     "KL224-G501", "/tasks/culture/narrative/0/sub/0", (), "final"),
    ("a character no bundled font draws, in the metadata",
     _set("/meta/place", "Tam Đường 漢"), "KL224-G501", "/meta/place", (), "draft"),
]


@pytest.mark.parametrize(
    ("change", "code", "pointer", "related", "policy"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_one_broken_rule_gives_one_finding(
    change: Callable[[R], R], code: str, pointer: str, related: tuple[str, ...], policy: Policy
) -> None:
    report = change(complete_report())
    if code not in ("KL224-M312", "KL224-M313"):
        # Marked as it is checked, so the status rules stay silent.
        report = replace_at(report, "/meta/status", policy)
    for lang in ("vi", "en"):
        result = validate(report, policy=policy, lang=lang)  # type: ignore[arg-type]
        assert [(f.code, f.pointer, f.related) for f in result.findings] == [
            (code, pointer, related)
        ]
        (finding,) = result.findings
        assert finding.severity is CODES[code].severity(policy)
        assert "{" not in finding.message, finding.message
        assert finding.message == finding.message_in(lang)  # type: ignore[arg-type]


def test_every_catalogued_code_is_exercised() -> None:
    # X901: test_validation.py; C115 comes with every C101 and has its own test below.
    exercised = {case[2] for case in CASES} | {"KL224-X901", "KL224-C115"}
    assert exercised == set(CODES)


def test_a_report_with_no_item_filled_is_an_error_under_both_policies() -> None:
    from kl224.serialization.blank import blank_dict

    blank = kl224.load(blank_dict())
    for policy in ("draft", "final"):
        result = validate(blank, policy=policy)
        (finding,) = [f for f in result.findings if f.code == "KL224-C115"]
        assert finding.pointer == "" and finding.severity is kl224.Severity.ERROR
        assert not result.ok
        assert finding.message_in("en").startswith("The report is empty: all 17 items")
    one_item = replace_at(blank, "/context", kl224.Context(narrative="Bối cảnh của địa phương."))
    assert "KL224-C115" not in validate(one_item).codes


@pytest.mark.parametrize(
    "text",
    [
        "12/13 xã (đạt 92,3%)",  # rounded
        "12/13 xã (92%)",  # fewer digits
        "2/3 thôn (đạt 66,6%)",  # truncated
        "1.250/2.000 lượt người (đạt 62,5%)",  # thousands
        "Tỷ lệ 95% và 12/13 xã",  # a percentage with no written ratio beside it
        "0/0 xã (đạt 0%)",  # no denominator
    ],
)
def test_stated_percentages_that_agree_are_not_flagged(text: str) -> None:
    narrative = (kl224.Paragraph(text=text),)
    report = replace_at(complete_report(), "/tasks/culture/narrative", narrative)
    assert validate(report, policy="final").findings == ()


def test_not_applicable_answers_an_if_any_part() -> None:
    report = replace_at(
        complete_report(), "/leadership/dissemination/ethnic_language", kl224.NOT_APPLICABLE
    )
    assert validate(report, policy="final").findings == ()


def test_none_to_make_answers_part_c() -> None:
    report = replace_at(complete_report(), "/proposals", kl224.Proposals(none_to_make=True))
    assert validate(report, policy="final").findings == ()


def test_an_empty_item_hides_its_other_completeness_findings() -> None:
    report = replace_at(complete_report(), "/assessment/shortcomings", kl224.Shortcomings())
    assert validate(report, policy="final").codes == ("KL224-C101",)


def test_small_repeated_values_and_repeats_inside_one_item_are_fine() -> None:
    report = replace_at(complete_report("draft"), "/leadership/inspection/supervisions", 6)
    assert validate(report).findings == ()  # 6 twice in B.I.3, and below the threshold


@pytest.mark.parametrize(
    ("body", "symbol", "ok"),
    [
        ("HUYỆN ỦY PHONG THỔ", "BC/HU", True),
        ("Huyện uỷ Phong Thổ", "BC/HU", True),
        ("Ban Thường vụ Huyện ủy Phong Thổ", "BC/HU", True),
        ("Tỉnh ủy Lai Châu", "BC/TU", True),
        ("Thành ủy Lai Châu", "BC/TU", True),
        ("Thành ủy Lai Châu", "BC/HU", False),
        ("Đảng ủy xã Bản Lang", "BC/ĐU", True),
        ("Đảng ủy xã Bản Lang", "BC/HU", False),
        ("Ban Tuyên giáo Huyện ủy Phong Thổ", "BC/BTGHU", True),  # unknown body: not judged
    ],
)
def test_issuer_codes(body: str, symbol: str, ok: bool) -> None:
    report = replace_at(complete_report(), "/meta/issuing_body", body)
    report = replace_at(report, "/meta/symbol", kl224.Symbol.parse(symbol))
    assert validate(report, policy="final").ok is ok


def test_issuer_codes_can_be_configured() -> None:
    report = replace_at(complete_report(), "/meta/issuing_body", "Ban Tuyên giáo Huyện ủy X")
    report = replace_at(report, "/meta/symbol", kl224.Symbol.parse("BC/HU"))
    codes = {"Ban Tuyên giáo Huyện ủy": "BTGHU"}
    (finding,) = validate(report, policy="final", issuer_codes=codes).findings
    assert finding.code == "KL224-M302" and finding.params["expected"] == "BTGHU"
    assert finding.severity is Severity.ERROR
