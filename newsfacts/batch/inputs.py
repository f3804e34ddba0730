"""Reading articles: paths or standard input, UTF-8 with or without BOM, else CP949/EUC-KR."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import BinaryIO


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


#: the longest article read, in characters: far beyond any news article (the longest in the
#: project's corpora is under 30,000), short enough that one input cannot take a batch's memory
DEFAULT_MAX_CHARS = 2_000_000
#: UTF-8 takes at most 4 bytes a character (CP949 2), so more bytes than this is too long
#: before decoding anything
BYTES_PER_CHAR = 4


def byte_limit(max_chars: int | None) -> int:
    """How many bytes to read of an input that may hold ``max_chars`` characters; reading one
    byte more tells that it holds more (``-1``: everything)."""
    return -1 if max_chars is None else BYTES_PER_CHAR * (max_chars + 1)


def read_limited(stream: BinaryIO, max_chars: int | None) -> bytes:
    """At most ``byte_limit(max_chars) + 1`` bytes of ``stream``: ``/dev/zero`` ends here too."""
    limit = byte_limit(max_chars)
    return stream.read() if limit < 0 else stream.read(limit + 1)


def check_size(text: str | bytes, name: str, max_chars: int | None) -> None:
    """``InputError`` when the input is longer than ``max_chars`` characters (or, as bytes,
    longer than any text of ``max_chars`` characters can be). Never cut silently."""
    if max_chars is None:
        return
    if len(text) > (byte_limit(max_chars) if isinstance(text, bytes) else max_chars):
        raise InputError(f"{name}: longer than {max_chars:,} characters (raise --max-chars to read it)")


def decode_limited(data: bytes, name: str, max_chars: int | None) -> str:
    """``decode`` of input read with ``read_limited``, refusing one that is too long."""
    check_size(data, name, max_chars)
    text = decode(data, name)
    check_size(text, name, max_chars)
    return text


def read_input(path: str, max_chars: int | None = None) -> tuple[str, str]:
    """Return ``(source, text)`` for a path, or for standard input when ``path`` is ``-``.

    With ``max_chars``, an input longer than that is an ``InputError``, and no more than
    ``4 * (max_chars + 1) + 1`` bytes are read to tell.
    """
    if path == "-":
        return "<stdin>", decode_limited(read_limited(sys.stdin.buffer, max_chars), "<stdin>", max_chars)
    p = Path(path)
    try:
        with p.open("rb") as f:
            data = read_limited(f, max_chars)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (use -r to read the files in it)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    return path, decode_limited(data, path, max_chars)
