"""Decoding article bytes: UTF-8 with or without BOM, CP949/EUC-KR, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from newsfacts.batch.inputs import InputError, decode, read_input

ARTICLE = "입력 2025.01.31 03:00\n딥시크는 558만 달러(약 78억1200만 원)를 썼다."


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("cp949"),
        ARTICLE.encode("euc-kr"),
        "똠방각하 뷁".encode("cp949"),  # syllables only CP949 has
    ],
    ids=["utf-8", "utf-8-bom", "cp949", "euc-kr", "cp949-extended"],
)
def test_decodes(data: bytes) -> None:
    text = decode(data, "a.txt")
    assert text in (ARTICLE, "똠방각하 뷁")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.txt: binary file (NUL bytes), not text"),
        (bytes(range(1, 9)) * 4, "a.txt: binary file (control characters), not text"),
        (b"\xff\xfe\xfa\xfb\xfc", "a.txt: cannot decode as UTF-8 or CP949/EUC-KR"),
    ],
    ids=["nul", "controls", "undecodable"],
)
def test_rejects(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "a.txt")
    assert str(err.value) == message


def test_read_input_errors_name_the_path(tmp_path) -> None:
    with pytest.raises(InputError, match=r"^.*missing\.txt: no such file$"):
        read_input(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match=r"is a directory"):
        read_input(str(tmp_path))
