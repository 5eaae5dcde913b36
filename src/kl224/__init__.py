"""kl224 — the report on Conclusion 224-KL/TU as a typed model, checked and rendered.

Import stays light: renderers (python-docx, reportlab) are imported only when used.
"""

from kl224.model import *  # noqa: F403
from kl224.model import __all__ as _model_all

__version__ = "0.1.0"

__all__ = [*_model_all, "__version__"]
