"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI and VIQR to Unicode and back, with detection.

Old district files were typed in 8-bit fonts (``.VnTime`` for TCVN3, ``VNI-Times`` for VNI) or in
7-bit VIQR. Such text reaches Python either as raw bytes or as the ``str`` you get when the file is
opened as Windows-1252 or Latin-1 ("ViÖt Nam", "Vieät Nam"). Both forms are handled: every table
is keyed on byte values, and a ``str`` is first mapped back to bytes through the union of the
Windows-1252 and Latin-1 decodings, so the bytes 0x80-0x9F are recognised whichever way they
were read. Characters that no 8-bit decoding yields (``ệ``, ``→``) are kept as they are.

See docs/legacy-text.md for the guide and the detection method.
"""

from __future__ import annotations

from kl224.text.legacy._codec import decode_bytes, encode, encode_bytes, to_unicode
from kl224.text.legacy._conversion import bytes_view, convert, parse_encoding
from kl224.text.legacy._detection import detect
from kl224.text.legacy._types import ENCODING_NAMES as ENCODING_NAMES
from kl224.text.legacy._types import ENCODINGS as ENCODINGS
from kl224.text.legacy._types import (
    Conversion,
    Detection,
    Encoding,
    UndetectedEncodingError,
    UnencodableError,
)
from kl224.text.legacy._types import Reason as Reason

__all__ = [
    "ENCODING_NAMES",
    "Conversion",
    "Detection",
    "Encoding",
    "UndetectedEncodingError",
    "UnencodableError",
    "bytes_view",
    "convert",
    "decode_bytes",
    "detect",
    "encode",
    "encode_bytes",
    "parse_encoding",
    "to_unicode",
]
