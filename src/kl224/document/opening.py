"""The opening sentence: a report that answers a request cites it before part A.

The customary wording (see the party-format notes, "The opening sentence")::

    Thực hiện <kind> số <code>, ngày <d/m/yyyy> của <who issued it> <its title>,
    <who reports> báo cáo kết quả như sau:

for example "Thực hiện Công văn số 1323-CV/HU, ngày 25/9/2024 của Ban Thường vụ Huyện ủy về
việc báo cáo kết quả …, Ban Thường vụ Huyện ủy Tam Đường báo cáo kết quả như sau:".

- The citation is :func:`kl224.text.format.format_document_citation` of ``meta.request`` (a
  missing date or issuer is left out with its connecting word); a title starting in lower case
  (``về việc …``) follows it directly, one starting in upper case is quoted.
- Who reports is the body the signer signs for (``Signer.authority``, ``BAN THƯỜNG VỤ`` written
  ``Ban Thường vụ``) followed by the issuing body as written in the metadata
  (``Huyện ủy Tam Đường``); without a signer, the issuing body alone.
- The wording varies between offices, so ``meta.opening`` replaces it: a text is printed as
  given, ``""`` prints no opening at all, ``None`` (the default) uses the customary sentence
  when ``meta.request`` is set and nothing otherwise.
"""

from __future__ import annotations

from typing import Final

from kl224.model.report import ReportMeta
from kl224.model.values import DocumentRef
from kl224.text.format import format_document_citation

__all__ = [
    "OPENING_WORDS",
    "cite",
    "closing_words",
    "opening_sentence",
    "reporting_body",
    "who_reports",
]

OPENING_WORDS: Final = "Thực hiện "
"""The words the customary sentence starts with, before the citation."""

# The collective bodies a signature is made on behalf of, as written inside a sentence.
_AUTHORITIES: Final = {
    "BAN THƯỜNG VỤ": "Ban Thường vụ",
    "BAN CHẤP HÀNH": "Ban Chấp hành",
    "THƯỜNG TRỰC": "Thường trực",
    "ĐẢNG ỦY": "Đảng ủy",
    "ĐẢNG UỶ": "Đảng uỷ",
    "CHI ỦY": "Chi ủy",
    "CHI UỶ": "Chi uỷ",
}


def _sentence_case(text: str) -> str:
    """``BAN THƯỜNG VỤ`` → ``Ban Thường vụ``; text already in mixed case is kept."""
    text = " ".join(text.split())
    known = _AUTHORITIES.get(text.upper())
    if known is not None:
        return known
    if text != text.upper():
        return text
    return text[:1] + text[1:].lower()


def cite(ref: DocumentRef) -> str:
    """A cited document with its title: ``Công văn số 1323-CV/HU, ngày 25/9/2024 của Ban
    Thường vụ Huyện ủy về việc …``."""
    text = format_document_citation(ref.kind, ref.code, ref.date, ref.issued_by)
    title = " ".join(ref.title.split())
    if not title:
        return text
    if title[0].islower():
        return f"{text} {title}"
    return f"{text} “{title}”"


def who_reports(issuing_body: str, authority: str | None) -> str:
    """Who reports, from the issuing body and the authority the signer signs for (None when
    the report has no signer): ``Ban Thường vụ Huyện ủy Tam Đường``."""
    body = " ".join(issuing_body.split())
    said = _sentence_case(authority) if authority else ""
    if said and body:
        return f"{said} {body}"
    return said or body


def reporting_body(meta: ReportMeta) -> str:
    """Who reports, as the opening sentence names it: ``Ban Thường vụ Huyện ủy Tam Đường``."""
    return who_reports(meta.issuing_body, meta.signer.authority if meta.signer else None)


def closing_words(who: str) -> str:
    """The end of the opening sentence after the citation: ``, <who> báo cáo kết quả như
    sau:``. A reader splits the sentence here, not at a comma, since names may hold commas."""
    return f", {who} báo cáo kết quả như sau:" if who else ", báo cáo kết quả như sau:"


def opening_sentence(meta: ReportMeta) -> str | None:
    """The paragraph that opens the report before part A, or None for none.

    ``meta.opening`` when it is set (``""`` for none); otherwise the customary sentence citing
    ``meta.request``, or None when the report answers no request.
    """
    if meta.opening is not None:
        return meta.opening if meta.opening.strip() else None
    if meta.request is None:
        return None
    return f"{OPENING_WORDS}{cite(meta.request)}{closing_words(reporting_body(meta))}"
