"""The JSON form: round trips, every problem located, the JSON Schema, atomic writes."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import pickle
import sys
import types
import typing
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kl224.model import (
    Assessment,
    Bullet,
    Context,
    Culture,
    Dissemination,
    DocumentIssuance,
    DocumentRef,
    EthnicLanguageWork,
    ExtraFigure,
    Facilities,
    Headcount,
    IdeologicalCadres,
    Inspection,
    LeadershipWork,
    Money,
    NotApplicable,
    Objectives,
    Paragraph,
    PartyBuilding,
    PartyHistory,
    Percent,
    Period,
    Propaganda,
    Proposal,
    Proposals,
    RadioNetwork,
    Ratio,
    Report,
    ReportMeta,
    Shortcomings,
    Signer,
    Strengths,
    Symbol,
    Target,
    TaskResults,
    Unit,
)
from kl224.serialization import (
    LoadError,
    Problem,
    dump,
    dumps,
    from_dict,
    json_schema,
    load,
    loads,
    to_dict,
)
from kl224.testing.strategies import REFUSED_CHARACTERS
from profiles import examples

# ============================================================================================
# Reports built by hand.


def full_report() -> Report:
    """A report with a value of every kind the model has, in every part."""
    kl224 = DocumentRef.parse("224-KL/TU", date=dt.date(2021, 10, 18), kind="Kết luận")
    return Report(
        meta=ReportMeta(
            issuing_body="HUYỆN ỦY MƯỜNG KHƯƠNG",
            superior_body="ĐẢNG BỘ TỈNH LÀO CAI",
            number=215,
            symbol=Symbol.parse("BC/HU"),
            place="Mường Khương",
            date=dt.date(2024, 10, 30),
            subject="kết quả 3 năm thực hiện Kết luận số 224-KL/TU",
            conclusion=kl224,
            request=DocumentRef.parse(
                "Số 1323-CV/TU",
                date=dt.date(2024, 9, 25),
                kind="Công văn",
                title="về việc báo cáo kết quả",
                issued_by="Ban Tuyên giáo Tỉnh ủy",
            ),
            period=Period(start=dt.date(2021, 10, 18), end=dt.date(2024, 10, 30)),
            communes=16,
            villages=98,
            signer=Signer(mark="K/T", position="PHÓ BÍ THƯ", name="Nguyễn Văn An"),
            recipients=("Ban Tuyên giáo Tỉnh ủy", "Lưu Văn phòng Huyện ủy"),
            status="final",
        ),
        context=Context(
            narrative=(
                Paragraph(text="Năm 2024, tình hình thế giới còn nhiều biến động."),
                Bullet(
                    text="Thuận lợi:", sub=("Có sự quan tâm của Tỉnh ủy", "Nhân dân đồng thuận")
                ),
                Bullet(text="Khó khăn chung"),
            ),
            extra_figures=(ExtraFigure(label="Dân số", value=Decimal("64.5"), unit="nghìn người"),),
            advantages=("Sự lãnh đạo của Tỉnh ủy",),
            difficulties=("Địa bàn rộng, giao thông khó khăn",),
            challenges=("Thông tin xấu độc trên mạng",),
        ),
        leadership=LeadershipWork(
            dissemination=Dissemination(
                conferences=3,
                attendances=0,
                materials_compiled=12,
                ethnic_language=EthnicLanguageWork(
                    languages=("Mông", "Dao"), materials=4, narrative=(Paragraph(text="Dịch"),)
                ),
            ),
            documents=DocumentIssuance(
                issued=(
                    DocumentRef.parse("05-KH/HU", date=dt.date(2021, 12, 1), kind="Kế hoạch"),
                    DocumentRef.parse("17-CT/HU", title="về tăng cường"),
                ),
                grassroots_documents=48,
            ),
            inspection=Inspection(inspections=2, supervisions=1, surveys=0, guidance_visits=5),
        ),
        tasks=TaskResults(
            objectives=Objectives(
                targets=(
                    Target(
                        indicator="Tỷ lệ xã có hệ thống truyền thanh",
                        unit="%",
                        target=Decimal(100),
                        result=Decimal("98.5"),
                        note="ước đến hết năm 2024",
                    ),
                    Target(indicator="Số lớp bồi dưỡng", target=Decimal("0.25")),
                )
            ),
            propaganda=Propaganda(
                ethnic_language=NotApplicable(reason="Toàn huyện dùng tiếng Việt"),
                news_items=230,
                radio=RadioNetwork(
                    communes=Ratio(part=15, whole=16),
                    villages=Ratio(part=0, whole=98),
                    mobile_loudspeakers=21,
                ),
                lecturers=Headcount(total=40, ethnic_minority=31),
                communicators=Headcount(total=120),
            ),
            culture=Culture(villages_with_troupes=Ratio(part=98, whole=98), culture_staff=7),
            party_history=PartyHistory(commune_histories=Ratio(part=10, whole=16)),
            party_building=PartyBuilding(
                concretising_documents=(DocumentRef.parse("09-QĐ/HU"),),
                narrative=(Paragraph(text=""),),
            ),
            ideological_cadres=IdeologicalCadres(propaganda_cadres=9),
            facilities=Facilities(
                equipment_investment=Money(dong=1_250_000_000),
                centre_investment=Money(dong=0),
                trainee_support=Money(dong=35_500_000),
            ),
        ),
        assessment=Assessment(
            strengths=Strengths(good_units=(Unit(name="Xã Bản Lầu", note="dẫn đầu"),)),
            shortcomings=Shortcomings(
                shortcomings=("Chưa đều",),
                weak_units=(Unit(name="Xã Tả Gia Khâu"),),
                internal_causes=("Nhận thức chưa đầy đủ",),
                external_causes=("Thiên tai",),
            ),
        ),
        proposals=Proposals(
            items=(Proposal(text="Hỗ trợ kinh phí", addressee="Ban Thường vụ Tỉnh ủy"),),
            none_to_make=False,
        ),
    )


def minimal() -> dict[str, Any]:
    return {"meta": {"issuing_body": "HUYỆN ỦY X"}}


# ============================================================================================
# The written form.


def test_dumps_writes_the_documented_form_and_leaves_defaults_out() -> None:
    report = Report(
        meta=ReportMeta(issuing_body="HUYỆN ỦY X", number=5, date=dt.date(2024, 10, 30)),
        context=Context(narrative=(Paragraph(text="Đoạn"), Bullet(text="Ý", sub=("a",)))),
        tasks=TaskResults(
            objectives=Objectives(targets=(Target(indicator="A", target=Decimal("98.50")),)),
            propaganda=Propaganda(
                ethnic_language=NotApplicable(),
                radio=RadioNetwork(communes=Ratio(part=3, whole=4)),
                lecturers=Headcount(total=2),
            ),
            facilities=Facilities(trainee_support=Money(dong=7)),
        ),
        leadership=LeadershipWork(
            documents=DocumentIssuance(issued=(DocumentRef.parse("5-KH/HU"),))
        ),
    )
    expected = {
        "schema_version": 1,
        "meta": {
            "issuing_body": "HUYỆN ỦY X",
            "level": "district",
            "number": 5,
            "date": "2024-10-30",
        },
        "context": {"narrative": ["Đoạn", {"bullet": "Ý", "sub": ["a"]}]},
        "leadership": {"documents": {"issued": [{"code": "05-KH/HU"}]}},
        "tasks": {
            "objectives": {"targets": [{"indicator": "A", "target": 98.5}]},
            "propaganda": {
                "ethnic_language": {"not_applicable": True},
                "radio": {"communes": {"part": 3, "whole": 4}},
                "lecturers": {"total": 2},
            },
            "facilities": {"trainee_support": 7},
        },
    }
    text = dumps(report)
    assert text == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    # Model order, not alphabetical: "meta" before "context" before "leadership".
    assert list(json.loads(text)) == ["schema_version", "meta", "context", "leadership", "tasks"]


def test_an_empty_issuing_body_is_still_written() -> None:
    expected = {"issuing_body": "", "level": "district"}
    assert to_dict(Report(meta=ReportMeta())) == {"schema_version": 1, "meta": expected}


def test_to_dict_gives_plain_json_values() -> None:
    data = to_dict(full_report())
    assert json.loads(json.dumps(data)) == data
    meta = data["meta"]
    assert "symbol" not in meta  # BC/HU is the default
    assert meta["request"] == {
        "code": "1323-CV/TU",
        "date": "2024-09-25",
        "kind": "Công văn",
        "title": "về việc báo cáo kết quả",
        "issued_by": "Ban Tuyên giáo Tỉnh ủy",
    }
    assert meta["conclusion"] == {"code": "224-KL/TU", "date": "2021-10-18", "kind": "Kết luận"}
    assert meta["signer"] == {"mark": "K/T", "position": "PHÓ BÍ THƯ", "name": "Nguyễn Văn An"}
    targets = data["tasks"]["objectives"]["targets"]
    assert targets[0]["target"] == 100 and isinstance(targets[0]["target"], int)
    assert targets[0]["result"] == 98.5
    assert data["tasks"]["propaganda"]["ethnic_language"] == {
        "not_applicable": True,
        "reason": "Toàn huyện dùng tiếng Việt",
    }
    assert data["tasks"]["facilities"]["equipment_investment"] == 1_250_000_000
    assert data["leadership"]["dissemination"]["attendances"] == 0  # zero is a value


def test_full_report_round_trips() -> None:
    report = full_report()
    text = dumps(report)
    again = loads(text)
    assert again == report
    assert dumps(again) == text
    assert from_dict(json.loads(text)) == report
    assert load(json.loads(text)) == report


def test_dump_and_load_a_file(tmp_path: Path) -> None:
    path = tmp_path / "báo cáo.json"
    dump(full_report(), path)
    assert path.read_text(encoding="utf-8") == dumps(full_report())
    assert load(path) == full_report()
    assert load(str(path)) == full_report()


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.JSON"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal()).encode())
    assert load(path).meta.issuing_body == "HUYỆN ỦY X"
    assert loads("\ufeff" + json.dumps(minimal())).meta.issuing_body == "HUYỆN ỦY X"


def test_optional_keys_take_the_model_defaults() -> None:
    report = loads('{"meta": {"issuing_body": "X"}}')
    assert report == Report(meta=ReportMeta(issuing_body="X"))
    assert loads('{"schema_version": 1, "meta": {"issuing_body": "X"}}') == report


def test_null_means_not_reported() -> None:
    doc = minimal()
    doc["tasks"] = {"propaganda": {"ethnic_language": None, "news_items": None}}
    assert from_dict(doc).tasks.propaganda.news_items is None


def test_decimal_numbers_keep_their_written_value() -> None:
    doc = minimal()
    doc["tasks"] = {"objectives": {"targets": [{"target": 98.5, "result": 0.1}]}}
    target = from_dict(doc).tasks.objectives.targets[0]
    assert target.target == Decimal("98.5")
    assert target.result == Decimal("0.1")  # not 0.1000000000000000055511…


def test_document_codes_accept_the_so_prefix_and_are_written_canonically() -> None:
    doc = minimal()
    doc["meta"]["request"] = {"code": "Số 7-CV/HU"}
    report = from_dict(doc)
    assert report.meta.request == DocumentRef.parse("07-CV/HU")
    assert to_dict(report)["meta"]["request"] == {"code": "07-CV/HU"}


def test_percent_reads_and_writes_a_number() -> None:
    from kl224.serialization.converter import CONVERTER as _CONVERTER

    assert _CONVERTER.structure(98.5, Percent) == Percent(value=Decimal("98.5"))
    assert _CONVERTER.unstructure(Percent(value=Decimal("12.25"))) == 12.25
    with pytest.raises(Exception, match="out-of-range"):
        _CONVERTER.structure(100.5, Percent)


def test_sample_report_round_trips() -> None:
    import kl224.sample as sample
    report = sample.sample_report()
    text = dumps(report)
    assert loads(text) == report
    assert dumps(loads(text)) == text
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(text))


# ============================================================================================
# Generated reports.

_SAFE_CHARS = st.characters(
    exclude_categories=("Cs", "Cc", "Cn"), exclude_characters=REFUSED_CHARACTERS
) | st.sampled_from(
    "\t\nĐđƠơƯưẠạẫỹ\u0301"
)
_TEXT = st.text(_SAFE_CHARS, max_size=8)
_SYMBOL = st.builds(
    Symbol,
    doc_type=st.from_regex(r"[A-ZĐ][A-Za-zĐđ]{0,5}", fullmatch=True),
    issuer=st.from_regex(r"[A-ZĐ][A-ZĐ0-9]{0,11}", fullmatch=True),
)
_DECIMAL = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False)


def _period() -> st.SearchStrategy[Period]:
    return st.tuples(st.dates(), st.dates()).map(lambda d: Period(start=min(d), end=max(d)))


def _ratio() -> st.SearchStrategy[Ratio]:
    return st.tuples(st.integers(0, 500), st.integers(0, 500)).map(
        lambda p: Ratio(part=min(p), whole=max(p))
    )


_SPECIAL: dict[Any, st.SearchStrategy[Any]] = {
    str: _TEXT,
    int: st.integers(0, 10**7),
    bool: st.booleans(),
    Decimal: _DECIMAL,
    dt.date: st.dates(),
    Symbol: _SYMBOL,
    Ratio: _ratio(),
    Period: _period(),
    Money: st.builds(Money, dong=st.integers(0, 10**12)),
    DocumentRef: st.builds(
        DocumentRef,
        number=st.integers(0, 999_999),
        symbol=_SYMBOL,
        date=st.none() | st.dates(),
        kind=_TEXT,
        title=_TEXT,
        issued_by=_TEXT,
    ),
}


def strategy_for(t: Any) -> st.SearchStrategy[Any]:
    """A strategy for any type the model uses, built over its attrs classes."""
    if t in _SPECIAL:
        return _SPECIAL[t]
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin is Literal:
        return st.sampled_from(args)
    if origin is tuple:
        return st.lists(strategy_for(args[0]), max_size=2).map(tuple)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([st.none() if a is type(None) else strategy_for(a) for a in args])
    if attrs.has(t):
        hints = typing.get_type_hints(t)
        fields = {f.name: strategy_for(hints[f.name]) for f in attrs.fields(t)}
        return st.builds(t, **fields)
    raise TypeError(t)


@settings(max_examples=examples(25))
@given(report=strategy_for(Report))
def test_generated_reports_round_trip(report: Report) -> None:
    text = dumps(report)
    again = loads(text)
    assert again == report
    assert dumps(again) == text
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(text))


# ============================================================================================
# Broken input: every problem, with its pointer.


def problems(doc: object) -> list[tuple[str, str]]:
    """The (pointer, code) of every problem, checking both languages' messages as it goes."""
    with pytest.raises(LoadError) as caught:
        from_dict(doc)  # type: ignore[arg-type]
    error = caught.value
    for problem in error.problems:
        vi, en = problem.message("vi"), problem.message("en")
        assert vi and en and vi != en
        assert "{" not in vi.replace('{"bullet"', "").replace("{…}", "")
        assert "{" not in en.replace('{"bullet"', "").replace("{…}", "")
    assert str(error) == error.format("vi")
    assert len(str(error).splitlines()) == len(error.problems)
    return [(p.pointer, p.code) for p in error.problems]


def with_meta(**meta: Any) -> dict[str, Any]:
    return {"meta": {"issuing_body": "X", **meta}}


def at(path: str, value: Any) -> dict[str, Any]:
    """A valid document with ``value`` put at ``path`` (keys separated by "/")."""
    doc = minimal()
    node = doc
    *parents, last = path.strip("/").split("/")
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value
    return doc


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # Wrong types: no silent coercion.
        (at("/meta/number", "12"), [("/meta/number", "wrong-type")]),
        (at("/meta/number", 1.5), [("/meta/number", "wrong-type")]),
        (at("/meta/number", True), [("/meta/number", "wrong-type")]),
        (at("/meta/place", 3.5), [("/meta/place", "wrong-type")]),
        (at("/meta/recipients", "Lưu VP"), [("/meta/recipients", "wrong-type")]),
        (at("/meta/recipients", ["a", 1]), [("/meta/recipients/1", "wrong-type")]),
        (at("/meta/period", "2024"), [("/meta/period", "wrong-type")]),
        (at("/meta/status", "done"), [("/meta/status", "not-allowed")]),
        (at("/meta/status", 1), [("/meta/status", "wrong-type")]),
        (at("/proposals/none_to_make", 1), [("/proposals/none_to_make", "wrong-type")]),
        (at("/context", []), [("/context", "wrong-type")]),
        (at("/context/narrative", [3]), [("/context/narrative/0", "wrong-type")]),
        (
            at("/context/narrative", ["ok", {"bullet": "b", "sub": [None]}]),
            [("/context/narrative/1/sub/0", "wrong-type")],
        ),
        (
            at("/tasks/objectives/targets", [{"target": "5"}]),
            [("/tasks/objectives/targets/0/target", "wrong-type")],
        ),
        (
            at("/tasks/facilities/trainee_support", 1.5),
            [("/tasks/facilities/trainee_support", "wrong-type")],
        ),
        (at("/tasks/propaganda/lecturers", 40), [("/tasks/propaganda/lecturers", "wrong-type")]),
        (
            at("/tasks/objectives/targets", [{"target": float("nan")}]),
            [("/tasks/objectives/targets/0/target", "not-finite")],
        ),
        # Unknown keys, also nested and in hand-structured objects.
        ({**minimal(), "annex": {}}, [("/annex", "unknown-key")]),
        (with_meta(issuer="X"), [("/meta/issuer", "unknown-key")]),
        (
            at("/tasks/propaganda/radio/communes", {"part": 1, "whole": 2, "share": 50}),
            [("/tasks/propaganda/radio/communes/share", "unknown-key")],
        ),
        (
            at("/meta/request", {"code": "1-CV/HU", "number": 1}),
            [("/meta/request/number", "unknown-key")],
        ),
        (
            at("/context/narrative", [{"bullet": "b", "subs": []}]),
            [("/context/narrative/0/subs", "unknown-key")],
        ),
        (
            at("/tasks/propaganda/ethnic_language", {"not_applicable": True, "why": ""}),
            [("/tasks/propaganda/ethnic_language/why", "unknown-key")],
        ),
        (with_meta(**{"a/b~c": 1}), [("/meta/a~1b~0c", "unknown-key")]),
        # Missing keys.
        ({}, [("/meta", "missing-key")]),
        ({"meta": {}}, [("/meta/issuing_body", "missing-key")]),
        (
            at("/tasks/propaganda/radio/communes", {"part": 1}),
            [("/tasks/propaganda/radio/communes/whole", "missing-key")],
        ),
        (
            at("/tasks/propaganda/lecturers", {"ethnic_minority": 1}),
            [("/tasks/propaganda/lecturers/total", "missing-key")],
        ),
        (at("/meta/request", {"date": "2024-01-01"}), [("/meta/request/code", "missing-key")]),
        (
            at("/context/narrative", [{"sub": ["x"]}]),
            [("/context/narrative/0/bullet", "missing-key")],
        ),
        # A value breaking its own type's rule.
        (at("/tasks/propaganda/news_items", -1), [("/tasks/propaganda/news_items", "negative")]),
        (at("/meta/communes", -16), [("/meta/communes", "negative")]),
        (
            at("/tasks/propaganda/lecturers", {"total": -1, "ethnic_minority": -2}),
            [
                ("/tasks/propaganda/lecturers/total", "negative"),
                ("/tasks/propaganda/lecturers/ethnic_minority", "negative"),
            ],
        ),
        (
            at("/tasks/facilities/trainee_support", -5),
            [("/tasks/facilities/trainee_support", "negative")],
        ),
        (
            at("/context/extra_figures", [{"value": -0.5}]),
            [("/context/extra_figures/0/value", "negative")],
        ),
        (
            at("/tasks/propaganda/radio/communes", {"part": 13, "whole": 12}),
            [("/tasks/propaganda/radio/communes/part", "part-exceeds-whole")],
        ),
        (
            at("/meta/period", {"start": "2024-10-30", "end": "2021-10-18"}),
            [("/meta/period/end", "end-before-start")],
        ),
        (
            at("/tasks/propaganda/ethnic_language", {"not_applicable": False}),
            [("/tasks/propaganda/ethnic_language/not_applicable", "not-allowed")],
        ),
        # Malformed symbols and codes.
        (at("/meta/symbol", "BCHU"), [("/meta/symbol", "bad-symbol")]),
        (at("/meta/symbol", "bc/hu"), [("/meta/symbol", "bad-symbol")]),
        (at("/meta/request", {"code": "224KL/TU"}), [("/meta/request/code", "bad-symbol")]),
        (at("/meta/request", {"code": "Số 224/KL-TU"}), [("/meta/request/code", "bad-symbol")]),
        (
            at("/leadership/documents/issued", [{"code": "1-KH/HU"}, {"code": "KH/HU"}]),
            [("/leadership/documents/issued/1/code", "bad-symbol")],
        ),
        # Bad dates.
        (at("/meta/date", "2024-13-01"), [("/meta/date", "bad-date")]),
        (at("/meta/date", "30/10/2024"), [("/meta/date", "bad-date")]),
        (at("/meta/date", "2024-02-30"), [("/meta/date", "bad-date")]),
        (at("/meta/date", "20241030"), [("/meta/date", "bad-date")]),
        (at("/meta/date", 20241030), [("/meta/date", "wrong-type")]),
        # Control characters no output can carry.
        (at("/meta/place", "Mường\x00Khương"), [("/meta/place", "unsafe-character")]),
        (at("/meta/place", "a\x0bb"), [("/meta/place", "unsafe-character")]),
        (at("/meta/place", "a\ufffe"), [("/meta/place", "unsafe-character")]),
        (at("/meta/place", "\uffff"), [("/meta/place", "unsafe-character")]),
        (at("/meta/place", "a\ud800b"), [("/meta/place", "unsafe-character")]),
        (at("/meta/recipients", ["ok", "x\x1f"]), [("/meta/recipients/1", "unsafe-character")]),
        (at("/meta/symbol", "BC/HU\x00"), [("/meta/symbol", "unsafe-character")]),
        # Bidi controls and marks: the page would read differently from the data.
        (at("/meta/place", "Tam \u202eĐường"), [("/meta/place", "bidi-character")]),
        (at("/meta/place", "a\u2067b\u2069"), [("/meta/place", "bidi-character")]),
        (at("/meta/place", "a\u200fb"), [("/meta/place", "bidi-character")]),
        # Invisible characters: the data would differ from what the page shows.
        (at("/meta/place", "Tam\u200bĐường"), [("/meta/place", "invisible-character")]),
        (at("/meta/place", "\ufeffTam Đường"), [("/meta/place", "invisible-character")]),
        (at("/meta/place", "a\u2060b"), [("/meta/place", "invisible-character")]),
        (at("/meta/place", "a\u200db"), [("/meta/place", "invisible-character")]),
        (at("/context/narrative", ["ok", "x\u200c"]),
         [("/context/narrative/1", "invisible-character")]),
        # The version and the root.
        ({**minimal(), "schema_version": 2}, [("/schema_version", "bad-schema-version")]),
        ({**minimal(), "schema_version": "1"}, [("/schema_version", "bad-schema-version")]),
        ({**minimal(), "schema_version": True}, [("/schema_version", "bad-schema-version")]),
        ([], [("", "wrong-type")]),
        ("report", [("", "wrong-type")]),
    ],
)
def test_each_broken_input_is_located(doc: Any, expected: list[tuple[str, str]]) -> None:
    assert problems(doc) == expected


def test_a_refused_character_is_named_with_its_place() -> None:
    with pytest.raises(LoadError) as caught:
        from_dict(at("/meta/place", "Tam \u202eĐường"))
    message = str(caught.value)
    assert "/meta/place" in message and "U+202E RIGHT-TO-LEFT OVERRIDE" in message
    assert "vị trí thứ 5" in message


def test_an_emoji_sequence_keeps_its_joiner() -> None:
    family = "Gia đình 👨\u200d👩\u200d👧 và 🏳️\u200d🌈"
    assert loads(json.dumps(at("/meta/place", family))).meta.place == family


def test_several_problems_are_all_reported_in_document_order() -> None:
    doc = {
        "schema_version": 3,
        "meta": {
            "issuing_body": 5,
            "date": "30/10/2024",
            "symbol": "BC-HU",
            "colour": "red",
        },
        "context": {"narrative": ["ok", 7, {"bullet": "b", "sub": ["x\x00"]}]},
        "tasks": {
            "propaganda": {
                "lecturers": {"total": "40", "ethnic_minority": -1},
                "radio": {"communes": {"part": 9, "whole": 8}, "villages": {"part": 1}},
            },
            "culture": {"stable_troupes": True},
        },
        "leadership": {"documents": {"issued": [{"code": "Số 224/KL-TU", "date": "2024-13-01"}]}},
        "proposal": [],
    }
    assert problems(doc) == [
        ("/schema_version", "bad-schema-version"),
        ("/meta/issuing_body", "wrong-type"),
        ("/meta/date", "bad-date"),
        ("/meta/symbol", "bad-symbol"),
        ("/meta/colour", "unknown-key"),
        ("/context/narrative/1", "wrong-type"),
        ("/context/narrative/2/sub/0", "unsafe-character"),
        ("/tasks/propaganda/lecturers/total", "wrong-type"),
        ("/tasks/propaganda/lecturers/ethnic_minority", "negative"),
        ("/tasks/propaganda/radio/communes/part", "part-exceeds-whole"),
        ("/tasks/propaganda/radio/villages/whole", "missing-key"),
        ("/tasks/culture/stable_troupes", "wrong-type"),
        ("/leadership/documents/issued/0/code", "bad-symbol"),
        ("/leadership/documents/issued/0/date", "bad-date"),
        ("/proposal", "unknown-key"),
    ]


def test_messages_say_what_is_wrong_in_both_languages() -> None:
    with pytest.raises(LoadError) as caught:
        from_dict(
            {
                "meta": {"number": -2, "symbol": "224KL/TU", "date": "2024-13-01", "placee": ""},
                "tasks": {"propaganda": {"news_items": "12"}},
            },
            lang="en",
        )
    error = caught.value
    vi = error.format("vi").splitlines()
    assert vi == [
        "/meta/number: Phải là số nguyên không âm, nhưng đang là -2; hãy nhập 0 hoặc một số "
        "nguyên dương.",
        "/meta/symbol: Ký hiệu “224KL/TU” không đúng dạng LOẠI/CƠ QUAN, ví dụ BC/HU; hãy sửa lại.",
        "/meta/date: Ngày không hợp lệ: “2024-13-01”; dùng dạng YYYY-MM-DD, ví dụ 2024-10-30.",
        "/meta/placee: Khóa không được hỗ trợ: “placee”; có phải là “place”? Hãy sửa lại tên "
        "khóa hoặc xóa khóa này.",
        "/meta/issuing_body: Thiếu trường bắt buộc “issuing_body”; hãy bổ sung trường này.",
        "/tasks/propaganda/news_items: Phải là một số nguyên không âm, không phải chuỗi văn bản "
        '"12"; hãy sửa lại giá trị này.',
    ]
    assert str(error) == error.format("en")
    assert str(error).splitlines()[0] == (
        "/meta/number: Must be a whole number of at least 0, not -2; enter 0 or a positive "
        "whole number."
    )
    for line in vi:
        assert unicodedata.is_normalized("NFC", line)


def test_load_error_is_a_value_error_and_survives_pickling() -> None:
    with pytest.raises(ValueError, match="issuing_body") as caught:
        from_dict({"meta": {}})
    assert isinstance(caught.value, LoadError)
    error = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(error, LoadError)
    assert error.problems == caught.value.problems
    assert error.problems[0] == Problem(
        "/meta/issuing_body", "missing-key", {"key": "issuing_body"}
    )


def test_problem_params_are_read_only() -> None:
    problem = Problem("/a", "negative", {"form": "integer", "value": "-1"})
    with pytest.raises(TypeError):
        problem.params["value"] = "0"  # type: ignore[index]
    assert hash(problem) == hash(Problem("/a", "negative", {"form": "integer", "value": "-1"}))


def test_unsafe_characters_in_keys_are_escaped_in_messages() -> None:
    with pytest.raises(LoadError) as caught:
        from_dict(with_meta(**{"a\x00": 1}))
    assert caught.value.problems[0].pointer == "/meta/a\x00"
    assert "\x00" not in str(caught.value)
    assert "/meta/a\\u0000" in str(caught.value)


# ============================================================================================
# JSON text.


def test_nfd_text_loads_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "HUYỆN ỦY MƯỜNG KHƯƠNG")
    assert nfd != unicodedata.normalize("NFC", nfd)
    text = json.dumps({"meta": {"issuing_body": nfd, "recipients": [nfd]}}, ensure_ascii=False)
    report = loads(text.encode("utf-8"))
    assert report.meta.issuing_body == "HUYỆN ỦY MƯỜNG KHƯƠNG"
    assert report.meta.recipients == ("HUYỆN ỦY MƯỜNG KHƯƠNG",)
    assert unicodedata.is_normalized("NFC", dumps(report))


def test_a_decomposed_document_code_loads() -> None:
    code = unicodedata.normalize("NFD", "Số 5-BC/HU")
    report = loads(json.dumps({"meta": {"issuing_body": "X", "request": {"code": code}}}))
    assert report.meta.request == DocumentRef.parse("05-BC/HU")


@pytest.mark.parametrize("char", ["\x00", "\x0b", "\x1b", "\x7f"])
def test_raw_control_characters_in_json_text_get_the_field_pointer(char: str) -> None:
    text = '{"meta": {"issuing_body": "X", "place": "a' + char + 'b"}}'
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert [(p.pointer, p.code) for p in caught.value.problems] == [
        ("/meta/place", "unsafe-character")
    ]
    assert caught.value.problems[0].params["position"] == "2"


def test_escaped_lone_surrogate_and_noncharacter_are_refused() -> None:
    text = '{"meta": {"issuing_body": "\\ud83d", "place": "\\ufffe"}}'
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert [(p.pointer, p.code) for p in caught.value.problems] == [
        ("/meta/issuing_body", "unsafe-character"),
        ("/meta/place", "unsafe-character"),
    ]
    assert caught.value.problems[0].params["char"] == "U+D83D"
    str(caught.value).encode("utf-8")  # printable: no lone surrogate in the message


def test_tab_newline_and_crlf_are_text() -> None:
    report = loads(json.dumps({"meta": {"issuing_body": "X", "place": "a\tb\r\nc"}}))
    assert report.meta.place == "a\tb\nc"


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("{", "1", "2"),
        ('{"meta": {"issuing_body": "X",}}', "1", "31"),
        ("", "1", "1"),
        ('{\n"a": }', "2", "6"),
    ],
)
def test_text_that_is_not_json_is_located(text: str, line: str, column: str) -> None:
    with pytest.raises(LoadError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert (problem.pointer, problem.code) == ("", "bad-json")
    assert (problem.params["line"], problem.params["column"]) == (line, column)
    assert f"dòng {line}, cột {column}" in problem.message()


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(LoadError) as caught:
        loads(b'{"meta": {"issuing_body": "Hu\xeayn"}}')  # ê in a legacy 8-bit encoding
    assert [(p.pointer, p.code) for p in caught.value.problems] == [("", "bad-encoding")]
    assert "UTF-8" in str(caught.value)


def test_duplicate_keys_are_reported() -> None:
    text = '{"meta": {"issuing_body": "X", "place": "a", "place": "b"}}'
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert [(p.pointer, p.code) for p in caught.value.problems] == [
        ("/meta/place", "duplicate-key")
    ]


def test_nan_in_json_text_is_refused_at_its_field() -> None:
    text = (
        '{"meta": {"issuing_body": "X", "number": NaN},'
        ' "context": {"extra_figures": [{"value": Infinity}]}}'
    )
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert [(p.pointer, p.code) for p in caught.value.problems] == [
        ("/meta/number", "wrong-type"),
        ("/context/extra_figures/0/value", "not-finite"),
    ]


def test_deeply_nested_json_is_a_load_error() -> None:
    with pytest.raises(LoadError) as caught:
        loads("[" * 100_000 + "]" * 100_000)
    assert caught.value.problems[0].code == "bad-json"


# ============================================================================================
# Files.


def _codes(error: LoadError) -> list[tuple[str, str]]:
    return [(p.pointer, p.code) for p in error.problems]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "không có.json"
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "unreadable-file")]
    assert str(path) in str(caught.value)
    assert "tệp không tồn tại" in str(caught.value)
    assert caught.value.source == str(path)


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    path = tmp_path / "folder.json"
    path.mkdir()
    with pytest.raises(LoadError) as caught:
        load(path, lang="en")
    assert _codes(caught.value) == [("", "unreadable-file")]
    assert "directory" in str(caught.value)


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("Báo cáo số 215\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "bad-json")]
    assert caught.value.source == str(path)


def test_json_that_is_a_list(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "wrong-type")]
    assert "đối tượng JSON" in str(caught.value) and "danh sách" in str(caught.value)


def test_another_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "unsupported-format")]
    assert ".txt" in str(caught.value)


def test_invalid_content_of_a_file_keeps_its_pointers(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{"meta": {"issuing_body": "X", "number": -1}}', encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("/meta/number", "negative")]


def _fake_reader(monkeypatch: pytest.MonkeyPatch, name: str, reader: Any) -> None:
    module = types.ModuleType(name)
    module.read_embedded = reader  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)


# A DOCX is read from what it shows (tests/test_readback.py); a PDF from its embedded data.
@pytest.mark.parametrize("suffix", [".pdf"])
def test_embedded_data_is_read_through_the_renderer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    seen: list[bytes] = []

    def read_embedded(data: bytes) -> str | None:
        seen.append(data)
        return dumps(full_report())

    _fake_reader(monkeypatch, f"kl224.renderers{suffix}", read_embedded)
    path = tmp_path / f"report{suffix.upper()}"
    path.write_bytes(b"file bytes")
    assert load(path) == full_report()
    assert seen == [b"file bytes"]


@pytest.mark.parametrize("suffix", [".pdf"])
def test_a_file_without_embedded_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    _fake_reader(monkeypatch, f"kl224.renderers{suffix}", lambda data: None)
    path = tmp_path / f"typed by hand{suffix}"
    path.write_bytes(b"...")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "no-embedded-data")]
    assert "không chứa dữ liệu kl224" in str(caught.value)
    assert str(path) in str(caught.value)


def test_damaged_embedded_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_embedded(data: bytes) -> str | None:
        raise ValueError("bad zip")

    from kl224.renderers import render

    path = tmp_path / "r.docx"
    render(full_report(), "docx", path)
    _fake_reader(monkeypatch, "kl224.renderers.docx", read_embedded)
    with pytest.raises(LoadError) as caught:
        load(path, lang="en")
    assert _codes(caught.value) == [("", "bad-embedded-data")]
    assert "bad zip" in str(caught.value) and str(path) in str(caught.value)


def test_a_missing_reader_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.7")
    monkeypatch.setitem(sys.modules, "kl224.renderers.pdf", None)  # import raises ImportError
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "reader-unavailable")]
    monkeypatch.setitem(sys.modules, "kl224.renderers.pdf", types.ModuleType("no reader"))
    with pytest.raises(LoadError) as caught:
        load(path)
    assert _codes(caught.value) == [("", "reader-unavailable")]


def test_a_real_docx_without_kl224_data(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    path = tmp_path / "clerk.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(LoadError) as caught:
        load(path)
    # Read from what it shows: a package Word itself would not open is named as such.
    assert _codes(caught.value) == [("", "not-a-word-file")]
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_rendered_file_loads_back(tmp_path: Path, fmt: str) -> None:
    from kl224.renderers import render

    path = tmp_path / f"report.{fmt}"
    render(full_report(), fmt, path)
    assert load(path) == full_report()


# ============================================================================================
# Atomic writes.


def test_dump_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("old", encoding="utf-8")
    dump(full_report(), path)
    assert load(path) == full_report()
    assert sorted(os.listdir(tmp_path)) == ["r.json"]


def test_a_failed_dump_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.json"
    path.write_text("old content", encoding="utf-8")

    def fail(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        dump(full_report(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(os.listdir(tmp_path)) == ["r.json"]


def test_a_failed_first_dump_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(src: object, dst: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="Permission"):
        dump(full_report(), tmp_path / "new.json")
    assert os.listdir(tmp_path) == []


# ============================================================================================
# The JSON Schema.


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_describes_figures_with_their_labels() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == ["meta"]
    assert schema["$defs"]["ReportMeta"]["required"] == ["issuing_body"]
    attendances = schema["$defs"]["Dissemination"]["properties"]["attendances"]
    assert attendances["title"] == "Lượt người tham dự hội nghị"
    assert "lượt người" in attendances["description"]
    for name, definition in schema["$defs"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name
    json.dumps(schema)  # plain JSON


def test_schema_accepts_valid_documents(validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(minimal())
    validator.validate(to_dict(full_report()))
    validator.validate(json.loads(dumps(Report(meta=ReportMeta()))))
    document = to_dict(full_report())
    document["meta"]["request"]["code"] = "Số 1323-CV/TU"
    validator.validate(document)


@pytest.mark.parametrize(
    "doc",
    [
        at("/meta/number", "12"),
        at("/meta/number", True),
        at("/meta/place", 3.5),
        at("/tasks/propaganda/lecturers", 40),
        {**minimal(), "annex": {}},
        with_meta(issuer="X"),
        at("/tasks/propaganda/radio/communes", {"part": 1, "whole": 2, "share": 50}),
        {"meta": {}},
        {},
        at("/tasks/propaganda/news_items", -1),
        at("/tasks/propaganda/lecturers", {"total": -1}),
        at("/tasks/facilities/trainee_support", -5),
        at("/meta/date", "30/10/2024"),
        at("/meta/date", "2024-13-01"),
        at("/meta/symbol", "BCHU"),
        at("/meta/request", {"code": "224KL/TU"}),
        at("/meta/request", {"code": "Số 224/KL-TU"}),
        at("/meta/place", "a\x00b"),
        at("/meta/status", "done"),
        at("/tasks/propaganda/ethnic_language", {"not_applicable": False}),
        at("/context/narrative", [{"sub": []}]),
        {**minimal(), "schema_version": 2},
    ],
)
def test_schema_rejects_what_load_rejects(
    validator: jsonschema.Draft202012Validator, doc: dict[str, Any]
) -> None:
    assert not validator.is_valid(doc)
    with pytest.raises(LoadError):
        from_dict(doc)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=strategy_for(Report), data=st.data())
def test_schema_and_load_agree_on_small_corruptions(
    validator: jsonschema.Draft202012Validator, report: Report, data: st.DataObject
) -> None:
    """Put a wrong value somewhere in a valid document: both refuse it."""
    document = to_dict(report)
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                paths.append((node, key))
                walk(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                paths.append((node, index))
                walk(value)

    walk(document)
    container, key = data.draw(st.sampled_from(paths))
    container[key] = data.draw(st.sampled_from([-1, "x\x00", {"unexpected": 1}, [None]]))
    document = copy.deepcopy(document)
    schema_ok = validator.is_valid(document)
    try:
        from_dict(document)
        load_ok = True
    except LoadError:
        load_ok = False
    assert schema_ok == load_ok


def test_a_name_without_suffix_is_refused_in_one_language(tmp_path: Path) -> None:
    path = tmp_path / "report"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path, lang="en")
    assert _codes(caught.value) == [("", "unsupported-format")]
    english = caught.value.format("en")
    assert "has no suffix" in english and "không" not in english
    assert "không có phần mở rộng" in caught.value.format("vi")
