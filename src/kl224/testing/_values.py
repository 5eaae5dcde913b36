"""Strategies for the value types of the model: ratios, headcounts, money, documents, targets,
units, narrative blocks, periods and signers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st

import kl224
from kl224.testing._args import check_bool, check_int, check_sizes, check_strategy
from kl224.testing._text import vietnamese_text

__all__ = [
    "MAX_DECIMAL",
    "bullets",
    "dates",
    "decimals",
    "document_refs",
    "extra_figures",
    "headcounts",
    "money",
    "narratives",
    "nonblank",
    "not_applicables",
    "paragraphs",
    "percents",
    "periods",
    "ratios",
    "signers",
    "symbols",
    "targets",
    "text_or_default",
    "units",
]

MAX_DECIMAL: Final = Decimal(10**9)
"""The largest target, result or extra figure drawn: decimals keep at most two places and 11
significant digits, so they survive the JSON form (a float) exactly."""

FIRST_DAY: Final = dt.date(1990, 1, 1)
LAST_DAY: Final = dt.date(2040, 12, 31)

_DOC_TYPE: Final = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
_ISSUER: Final = r"[A-ZĐ][A-ZĐ0-9]{0,11}"


def text_or_default(
    text: st.SearchStrategy[str] | None, name: str = "text"
) -> st.SearchStrategy[str]:
    """``text`` checked to be a strategy, or :func:`vietnamese_text` when None."""
    if text is None:
        return vietnamese_text()
    check_strategy(text, name)
    return text


def nonblank(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``text`` made non-blank (what validation counts as content): blank draws get a word."""
    return text.map(lambda s: s if s.strip() else s + "Nội dung")


def dates(
    min_date: dt.date = FIRST_DAY, max_date: dt.date = LAST_DAY
) -> st.SearchStrategy[dt.date]:
    """Dates between ``min_date`` and ``max_date`` (1990–2040 by default)."""
    return st.dates(min_date, max_date)


def decimals(max_value: Decimal = MAX_DECIMAL) -> st.SearchStrategy[Decimal]:
    """Decimals from 0 to ``max_value`` with at most two places."""
    return st.decimals(min_value=0, max_value=max_value, places=2)


def ratios(
    *, min_whole: int = 0, max_whole: int = 1_000, whole: int | None = None
) -> st.SearchStrategy[kl224.Ratio]:
    """Ratios ``part/whole`` with ``part <= whole``; ``whole`` fixes the whole (a ratio over the
    district's communes must have their number as its whole)."""
    check_sizes(min_whole, max_whole, what="whole")
    check_int(whole, "whole", optional=True)
    wholes = st.just(whole) if whole is not None else st.integers(min_whole, max_whole)
    return wholes.flatmap(
        lambda w: st.builds(kl224.Ratio, part=st.integers(0, w), whole=st.just(w))
    )


def percents() -> st.SearchStrategy[kl224.Percent]:
    """Percentages 0–100 with at most two places."""
    return st.builds(kl224.Percent, value=decimals(Decimal(100)))


def headcounts(
    *, max_total: int = 100_000, consistent: bool = True
) -> st.SearchStrategy[kl224.Headcount]:
    """Headcounts; the ethnic-minority count is absent or at most the total when
    ``consistent`` (otherwise it may exceed it, which loads but fails validation)."""
    check_int(max_total, "max_total")
    check_bool(consistent, "consistent")

    def build(total: int, share: int | None) -> kl224.Headcount:
        return kl224.Headcount(total=total, ethnic_minority=share)

    totals = st.integers(0, max_total)
    if consistent:
        return totals.flatmap(
            lambda t: st.builds(build, st.just(t), st.none() | st.integers(0, t))
        )
    return st.builds(build, totals, st.none() | st.integers(0, max_total))


def money(*, max_dong: int = 10**13) -> st.SearchStrategy[kl224.Money]:
    """Amounts of đồng from 0 to ``max_dong``."""
    check_int(max_dong, "max_dong")
    return st.builds(kl224.Money, dong=st.integers(0, max_dong))


def symbols(*, doc_type: str | None = None) -> st.SearchStrategy[kl224.Symbol]:
    """Document symbols ``TYPE/ISSUER`` of any valid form (``BC/HU``, ``Đ/X9``), or of type
    ``doc_type`` when given."""
    types = (
        st.just(doc_type) if doc_type is not None else st.from_regex(_DOC_TYPE, fullmatch=True)
    )
    issuers = st.from_regex(_ISSUER, fullmatch=True)
    return st.builds(kl224.Symbol, doc_type=types, issuer=issuers)


def document_refs(
    *,
    text: st.SearchStrategy[str] | None = None,
    min_date: dt.date = FIRST_DAY,
    max_date: dt.date = LAST_DAY,
    dated: bool | None = None,
) -> st.SearchStrategy[kl224.DocumentRef]:
    """Cited documents: a number 0–999999, any symbol, a date between ``min_date`` and
    ``max_date`` (always when ``dated``, never when False, either when None), and kind, title
    and issuing body drawn from ``text``."""
    words = text_or_default(text)
    if dated is not None:
        check_bool(dated, "dated")
    if min_date > max_date:
        from hypothesis.errors import InvalidArgument

        raise InvalidArgument(f"min_date={min_date} is after max_date={max_date}")
    day = dates(min_date, max_date)
    when = day if dated else st.none() if dated is False else st.none() | day
    return st.builds(
        kl224.DocumentRef,
        number=st.integers(0, 999_999),
        symbol=symbols(),
        date=when,
        kind=words,
        title=words,
        issued_by=words,
    )


def targets(
    *,
    text: st.SearchStrategy[str] | None = None,
    with_result: bool | None = None,
    max_value: Decimal = MAX_DECIMAL,
) -> st.SearchStrategy[kl224.Target]:
    """Targets of B.II.1: indicator, unit and note from ``text``, target and result decimals up
    to ``max_value``; the result is always given when ``with_result``, never when False."""
    words = text_or_default(text)
    if with_result is not None:
        check_bool(with_result, "with_result")
    number = decimals(max_value)
    result = number if with_result else st.none() if with_result is False else st.none() | number
    return st.builds(
        kl224.Target,
        indicator=words,
        unit=words,
        target=st.none() | number,
        result=result,
        note=words,
    )


def units(
    *, text: st.SearchStrategy[str] | None = None, named: bool = False
) -> st.SearchStrategy[kl224.Unit]:
    """Units (organisations, localities); the name is never blank when ``named``."""
    words = text_or_default(text)
    check_bool(named, "named")
    return st.builds(kl224.Unit, name=nonblank(words) if named else words, note=words)


def extra_figures(
    *, text: st.SearchStrategy[str] | None = None, max_value: Decimal = MAX_DECIMAL
) -> st.SearchStrategy[kl224.ExtraFigure]:
    """Extra figures: a label and unit from ``text`` and a value up to ``max_value``."""
    words = text_or_default(text)
    return st.builds(kl224.ExtraFigure, label=words, value=decimals(max_value), unit=words)


def paragraphs(*, text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[kl224.Paragraph]:
    """Paragraphs of ``text``."""
    return st.builds(kl224.Paragraph, text=text_or_default(text))


def bullets(
    *, text: st.SearchStrategy[str] | None = None, max_sub: int = 3
) -> st.SearchStrategy[kl224.Bullet]:
    """``-`` bullets of ``text`` with up to ``max_sub`` ``+`` sub-bullets."""
    words = text_or_default(text)
    check_int(max_sub, "max_sub")
    return st.builds(
        kl224.Bullet, text=words, sub=st.lists(words, max_size=max_sub).map(tuple)
    )


def narratives(
    *,
    text: st.SearchStrategy[str] | None = None,
    min_size: int = 0,
    max_size: int | None = 4,
    nonblank_first: bool = False,
) -> st.SearchStrategy[tuple[kl224.Paragraph | kl224.Bullet, ...]]:
    """Narratives: ``min_size`` to ``max_size`` paragraphs and bullets of ``text``. With
    ``nonblank_first`` (and ``min_size >= 1``) the first block's text is never blank, so the
    narrative counts as content."""
    words = text_or_default(text)
    check_sizes(min_size, max_size)
    check_bool(nonblank_first, "nonblank_first")
    if nonblank_first and min_size < 1:
        from hypothesis.errors import InvalidArgument

        raise InvalidArgument("nonblank_first=True needs min_size >= 1")
    block = st.one_of(paragraphs(text=words), bullets(text=words))
    blocks = st.lists(block, min_size=min_size, max_size=max_size).map(tuple)
    if not nonblank_first:
        return blocks
    first = st.one_of(paragraphs(text=nonblank(words)), bullets(text=nonblank(words)))
    rest_max = None if max_size is None else max_size - 1
    rest = st.lists(block, min_size=min_size - 1, max_size=rest_max).map(tuple)
    return st.builds(lambda head, tail: (head, *tail), first, rest)


def not_applicables(
    *, text: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[kl224.NotApplicable]:
    """"Does not apply" answers, with or without a reason."""
    return st.just(kl224.NOT_APPLICABLE) | st.builds(
        kl224.NotApplicable, reason=text_or_default(text)
    )


def periods(
    min_date: dt.date = FIRST_DAY, max_date: dt.date = LAST_DAY
) -> st.SearchStrategy[kl224.Period]:
    """Reporting periods inside ``min_date``–``max_date`` (the end never before the start)."""
    return dates(min_date, max_date).flatmap(
        lambda start: st.builds(
            kl224.Period, start=st.just(start), end=dates(start, max(start, max_date))
        )
    )


def signers(
    *, text: st.SearchStrategy[str] | None = None, named: bool = False
) -> st.SearchStrategy[kl224.Signer]:
    """Signers with any mark; the name is never blank when ``named``."""
    words = text_or_default(text)
    check_bool(named, "named")
    return st.builds(
        kl224.Signer,
        mark=st.sampled_from(["T/M", "K/T", "T/L"]),
        authority=words,
        position=words,
        name=nonblank(words) if named else words,
    )
