"""Reading articles: paths or standard input, UTF-8 with or without BOM, else CP949/EUC-KR."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read as text. The message is one line that names the input."""


# Newsroom systems still export CP949 (a superset of EUC-KR); UTF-8 is tried first because a
# CP949 decoder accepts many UTF-8 byte sequences as wrong Hangul.
_ENCODINGS = ("utf-8", "cp949")
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


def decode(data: bytes, name: str) -> str:
    """Decode article bytes, or raise ``InputError`` for binary or undecodable input.

    >>> decode("기사".encode("cp949"), "a.txt")
    '기사'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:4096] if ord(ch) in _CONTROL)
        if controls > 8:
            raise InputError(f"{name}: binary file (control characters), not text")
        return text
    raise InputError(f"{name}: cannot decode as UTF-8 or CP949/EUC-KR")


def read_input(path: str) -> tuple[str, str]:
    """Return ``(source, text)`` for a path, or for standard input when ``path`` is ``-``."""
    if path == "-":
        return "<stdin>", decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (use -r to read the files in it)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    return path, decode(data, path)
