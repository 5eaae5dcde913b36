"""The typed model: value types, text at the boundary, figure metadata, docs in step."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import kl224
from kl224 import outline
from kl224.model.docs import model_reference
from kl224.model.figures import figure_fields, iter_figures, resolve

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_import_stays_light() -> None:
    code = (
        "import sys, kl224; kl224.Report; "
        "heavy = [m for m in sys.modules if m.startswith(('docx', 'reportlab', 'pypdf'))]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names_resolve() -> None:
    for name in kl224.__all__:
        if name in ("sample_report", "validate", "Finding", "Severity", "ValidationResult"):
            continue
        assert getattr(kl224, name) is not None, name
    with pytest.raises(AttributeError):
        kl224.no_such_name  # noqa: B018


def test_ratio_rules() -> None:
    assert kl224.Ratio(part=12, whole=13).percent == Decimal(1200) / Decimal(13)
    assert kl224.Ratio(part=0, whole=0).percent is None
    assert kl224.Ratio(part=1, whole=2) + kl224.Ratio(part=3, whole=4) == kl224.Ratio(
        part=4, whole=6
    )
    with pytest.raises(ValueError, match="must not exceed whole"):
        kl224.Ratio(part=14, whole=13)
    with pytest.raises(ValueError, match="must not be negative"):
        kl224.Ratio(part=-1, whole=13)
    with pytest.raises(TypeError, match="whole number"):
        kl224.Ratio(part=True, whole=13)


def test_percent_money_headcount() -> None:
    assert kl224.Percent(value=98.5).value == Decimal("98.5")
    with pytest.raises(ValueError, match="between 0 and 100"):
        kl224.Percent(value=Decimal("100.1"))
    with pytest.raises(ValueError, match="negative"):
        kl224.Money(dong=-1)
    with pytest.raises(ValueError, match="negative"):
        kl224.Headcount(total=3, ethnic_minority=-1)


def test_counts_are_never_negative() -> None:
    with pytest.raises(ValueError, match="conferences must not be negative"):
        kl224.Dissemination(conferences=-1)
    assert kl224.Dissemination(conferences=0).conferences == 0


@pytest.mark.parametrize(
    ("text", "number", "doc_type", "issuer"),
    [
        ("224-KL/TU", 224, "KL", "TU"),
        ("Số 215-BC/HU", 215, "BC", "HU"),
        ("số 05-BC/HU", 5, "BC", "HU"),
        ("238-QĐ/TW", 238, "QĐ", "TW"),
        ("12-CTr/BTGTU", 12, "CTr", "BTGTU"),
    ],
)
def test_document_ref_parse_and_print(text: str, number: int, doc_type: str, issuer: str) -> None:
    ref = kl224.DocumentRef.parse(text)
    assert (ref.number, ref.symbol.doc_type, ref.symbol.issuer) == (number, doc_type, issuer)
    assert ref.code == f"{number:02d}-{doc_type}/{issuer}"
    assert kl224.DocumentRef.parse(ref.code) == ref


@pytest.mark.parametrize("text", ["224KL/TU", "Số 224/KL-TU", "224-KL", "-KL/TU", "", "224-kl/tu"])
def test_malformed_symbols_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="NUMBER-TYPE/ISSUER"):
        kl224.DocumentRef.parse(text)


def test_symbol() -> None:
    assert str(kl224.Symbol.parse("BC/HU")) == "BC/HU"
    with pytest.raises(ValueError, match="TYPE/ISSUER"):
        kl224.Symbol.parse("BC-HU")


def test_meta_code_for_a_draft_leaves_the_number_blank() -> None:
    meta = kl224.ReportMeta(issuing_body="Huyện ủy Tam Đường")
    assert meta.code == "     -BC/HU"
    assert attrs.evolve(meta, number=5).code == "05-BC/HU"


def test_text_is_nfc_and_unsafe_characters_are_refused() -> None:
    nfd = unicodedata.normalize("NFD", "Huyện ủy Tam Đường")
    meta = kl224.ReportMeta(issuing_body=nfd)
    assert meta.issuing_body == unicodedata.normalize("NFC", nfd)
    assert kl224.Paragraph(text="a\r\nb").text == "a\nb"
    with pytest.raises(ValueError, match=r"U\+0000.*'text'"):
        kl224.Paragraph(text="a\x00b")
    with pytest.raises(ValueError, match=r"U\+FFFE.*sub\[1\]"):
        kl224.Bullet(text="x", sub=("ok", "bad\ufffe"))
    with pytest.raises(ValueError, match=r"U\+D800"):
        kl224.Unit(name="\ud800")


def test_period_order() -> None:
    with pytest.raises(ValueError, match="ends"):
        kl224.Period(start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 1))


def test_sequences_are_frozen_tuples() -> None:
    item = kl224.Context(advantages=["a", "b"])  # type: ignore[arg-type]
    assert item.advantages == ("a", "b")
    assert hash(item) == hash(kl224.Context(advantages=("a", "b")))


def test_every_figure_has_label_unit_and_kind() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="x"))
    seen = set()
    for node in outline.items():
        for field in figure_fields(type(resolve(report, node.path))):
            assert field.info.label and field.info.unit and field.info.label_en
            assert field.info.label == unicodedata.normalize("NFC", field.info.label)
            seen.add(field.name)
    for name in (
        "conferences",
        "attendances",
        "materials",
        "communes",
        "villages",
        "mobile_loudspeakers",
        "lecturers",
        "communicators",
        "training_courses",
        "contests",
        "provincial_lecturer_topics",
        "full_time_lecturers",
        "part_time_lecturers",
        "classes",
        "trainees",
        "collaborators",
        "surveys_own",
        "surveys_joint",
        "steering_committee_members",
        "online_channels",
        "villages_with_troupes",
        "stable_troupes",
        "heritage_clubs",
        "folk_artisans",
        "culture_staff",
        "commune_histories",
        "tradition_rooms",
        "education_sessions",
        "education_participants",
        "propaganda_cadres",
        "equipment_investment",
        "loudspeakers_bought",
        "supported_trainees",
        "trainee_support",
    ):
        assert name in seen, name


def test_ratios_over_districts_declare_their_denominator() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="x"))
    ratios = [f for f in iter_figures(report) if f.info.kind == "ratio"]
    assert ratios
    assert all(f.info.over in ("communes", "villages") for f in ratios)


def test_not_applicable_hides_its_figures() -> None:
    item = kl224.Dissemination(ethnic_language=kl224.NOT_APPLICABLE)
    pointers = [f.pointer for f in iter_figures(item, "/x")]
    assert "/x/ethnic_language/materials" not in pointers
    item = kl224.Dissemination(ethnic_language=kl224.EthnicLanguageWork(materials=3))
    assert "/x/ethnic_language/materials" in [f.pointer for f in iter_figures(item, "/x")]


def test_model_reference_is_in_step_with_docs() -> None:
    on_disk = (DOCS / "model.md").read_text(encoding="utf-8")
    assert on_disk == model_reference(), "regenerate: python -m kl224.model.docs > docs/model.md"
