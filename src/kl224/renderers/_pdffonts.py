"""Liberation Serif, bundled with kl224, registered with reportlab once per process.

Times New Roman may not be redistributed, so the PDF embeds Liberation Serif 2.x, which has the
same metrics (SIL Open Font License 1.1; the licence is ``assets/fonts/OFL.txt``). The four faces
are registered as one family, so ``<b>`` and ``<i>`` in paragraph markup pick real faces rather
than synthesised ones. Importing this module does not import reportlab.
"""

from __future__ import annotations

import io
import threading
from importlib import resources
from typing import Final

__all__ = ["BOLD", "BOLD_ITALIC", "ITALIC", "REGULAR", "register_fonts"]

# kl224-specific names, so a program that registers its own "LiberationSerif" keeps it.
REGULAR: Final = "kl224-LiberationSerif"
BOLD: Final = "kl224-LiberationSerif-Bold"
ITALIC: Final = "kl224-LiberationSerif-Italic"
BOLD_ITALIC: Final = "kl224-LiberationSerif-BoldItalic"

_FILES: Final = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()


def _registered() -> bool:
    from reportlab.pdfbase import pdfmetrics

    # Checked against reportlab's own registry rather than a flag of ours: a test suite that
    # resets reportlab's registry must not leave us believing the fonts are still there.
    known = set(pdfmetrics.getRegisteredFontNames())
    return all(name in known for name in _FILES)


def register_fonts() -> str:
    """Register the four Liberation Serif faces and their family; return the regular face's name.

    Safe to call on every render: after the first call it only checks reportlab's registry.

    Raises:
        FileNotFoundError: the font files are missing from the installed package (a broken
            installation; reinstall kl224).
    """
    if _registered():
        return REGULAR
    with _lock:
        if _registered():
            return REGULAR
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources.files("kl224.renderers").joinpath("assets", "fonts")
        for name, filename in _FILES.items():
            source = folder.joinpath(filename)
            if not source.is_file():
                raise FileNotFoundError(
                    f"the bundled font {filename} is missing from the kl224 package; "
                    "reinstall kl224 (pip install --force-reinstall kl224)"
                )
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(source.read_bytes())))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
    return REGULAR
