"""What a rule receives besides the report, and the shape of a rule."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import attrs

from kl224.model.report import Report
from kl224.validation.findings import Finding, Issue, Policy

__all__ = ["DEFAULT_ISSUER_CODES", "Rule", "RuleContext", "normalize_body"]

DEFAULT_ISSUER_CODES: Final[Mapping[str, str]] = {
    "huyện ủy": "HU",
    "tỉnh ủy": "TU",
    # A city or town committee under a province signs with TU as a provincial one does
    # (Thành ủy Lai Châu: 123-BC/TU); party-format.md lists no other code for it.
    "thành ủy": "TU",
    "thị ủy": "TU",
    "đảng ủy": "ĐU",
}
"""How the name of an issuing body begins, and the issuer code its document symbols carry."""


def normalize_body(name: str) -> str:
    """A body's name folded for matching: NFC, case-folded, spaces squashed, the old tone
    placement ``uỷ`` read as ``ủy``, and a leading ``Ban Thường vụ`` dropped (the standing
    board signs with its committee's code)."""
    text = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    text = text.replace("uỷ", "ủy")
    prefix = "ban thường vụ "
    return text[len(prefix):] if text.startswith(prefix) else text


@attrs.frozen(kw_only=True)
class RuleContext:
    """The policy and settings a rule may consult. ``issuer_codes`` maps the beginning of an
    issuing body's name (normalised by :func:`normalize_body`) to its issuer code."""

    policy: Policy = "draft"
    issuer_codes: Mapping[str, str] = DEFAULT_ISSUER_CODES

    def issuer_code_for(self, issuing_body: str) -> str | None:
        """The issuer code expected for ``issuing_body``, or None when no known name begins it
        (the longest matching beginning wins)."""
        body = normalize_body(issuing_body)
        best: tuple[int, str] | None = None
        for start, code in self.issuer_codes.items():
            key = normalize_body(start)
            if key and (body == key or body.startswith(key + " ")) and (
                best is None or len(key) > best[0]
            ):
                best = (len(key), code)
        return None if best is None else best[1]


Rule = Callable[[Report, RuleContext], Iterable[Issue | Finding]]
"""A rule: a plain function of the report and the context yielding issues (or, for a
caller's own codes, whole findings)."""
