"""Vietnamese text: NFC and cleaning, number and date formatting, legacy encodings.

The readers of written values (``parse_count``, ``parse_ratio`` … and :class:`ValueTextError`)
live in :mod:`kl224.text.values`, loaded on first use (they build model values).

The legacy-encoding functions (``convert``, ``detect``, ``to_unicode``, ``decode_bytes``,
``encode``) live in :mod:`kl224.text.legacy` and are loaded on first use: their tables are not
needed to build or render a report.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kl224.text.clean import (
    UnsafeKind,
    UnsafeTextError,
    character_name,
    check_text,
    clean_text,
    find_unsafe,
    normalize,
    unsafe_kind,
)
from kl224.text.format import (
    format_citation_date,
    format_count,
    format_document_citation,
    format_header_date,
    format_money,
    format_number,
    format_percent,
    format_place_date,
    format_ratio,
    upper_vi,
)

if TYPE_CHECKING:
    from kl224.text.legacy import convert as convert
    from kl224.text.legacy import decode_bytes as decode_bytes
    from kl224.text.legacy import detect as detect
    from kl224.text.legacy import encode as encode
    from kl224.text.legacy import to_unicode as to_unicode

_LEGACY = frozenset({"convert", "decode_bytes", "detect", "encode", "to_unicode"})

__all__ = [
    "UnsafeKind",
    "UnsafeTextError",
    "character_name",
    "check_text",
    "clean_text",
    "convert",
    "decode_bytes",
    "detect",
    "encode",
    "find_unsafe",
    "format_citation_date",
    "format_count",
    "format_document_citation",
    "format_header_date",
    "format_money",
    "format_number",
    "format_percent",
    "format_place_date",
    "format_ratio",
    "normalize",
    "to_unicode",
    "unsafe_kind",
    "upper_vi",
]


def __getattr__(name: str) -> Any:
    if name in _LEGACY:
        return getattr(importlib.import_module("kl224.text.legacy"), name)
    raise AttributeError(f"module 'kl224.text' has no attribute {name!r}")
