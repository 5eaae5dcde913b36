"""Vietnamese text: NFC and cleaning, number and date formatting, legacy encodings."""

from kl224.text.clean import UnsafeTextError, check_text, clean_text, find_unsafe, normalize

__all__ = ["UnsafeTextError", "check_text", "clean_text", "find_unsafe", "normalize"]
