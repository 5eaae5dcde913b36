"""Vietnamese text: NFC and cleaning, number and date formatting, legacy encodings."""

from kl224.text.clean import UnsafeTextError, check_text, clean_text, find_unsafe, normalize
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

__all__ = [
    "UnsafeTextError",
    "check_text",
    "clean_text",
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
    "upper_vi",
]
