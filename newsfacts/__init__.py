"""newsfacts: the checkable facts of Korean news text.

>>> import newsfacts
>>> doc = newsfacts.extract("입력 2025.01.31 03:00\\n본문이다.")
>>> doc.reference_date.isoformat()
'2025-01-31'
"""

from .document import KINDS, Document
from .pipeline import extract

__all__ = ["KINDS", "Document", "extract"]
__version__ = "0.1.0"
