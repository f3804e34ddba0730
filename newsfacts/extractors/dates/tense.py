"""The tense of the clause after a date, read from Kiwi's morphemes (``_Tokens``): whether a
partial date is the next one or the last one (``4월 17일 열린다`` / ``열렸다``)."""

from __future__ import annotations

import bisect
from functools import cache
from typing import TypedDict

from ...page.article import Article, Sentence, Token
from ...quotemarks import ALL as QUOTE_MARKS
from .words import _words


class _TenseForms(TypedDict):
    future: frozenset[tuple[str, ...]]
    past: frozenset[tuple[str, ...]]
    adnominal: frozenset[str]
    present: tuple[str, ...]  # a tuple: str.startswith takes one
    heads: frozenset[str]


@cache
def _tense_forms() -> _TenseForms:
    w = _words()
    return {
        "future": frozenset(tuple(x.split("/", 1)) for x in w["future_morphemes"]),
        "past": frozenset(tuple(x.split("/", 1)) for x in w["past_morphemes"]),
        "adnominal": frozenset(w["future_adnominal_endings"]),
        "present": tuple(w["present_endings"]),
        "heads": frozenset(w["future_heads"]),
    }


FUTURE, NEUTRAL, PAST = 1, 0, -1


#: about the future, but only inside words reported in the past: ``4일 관세를 부과하겠다고
#: 발표했다``, ``4일 "가겠다"고 말했다``. The date is as likely the day the words were said.
REPORTED_FUTURE = 2


#: endings that close a reported clause (…하겠다고 밝혔다, …열겠다며, …하겠다는 뜻을 밝혔다)
_QUOTATIVE = frozenset({"다고", "라고", "자고", "냐고", "다며", "라며", "다면서", "라면서", "다는", "라는"})


_VERB = ("VV", "XSV", "VX")  # Kiwi also tags VV-R / VV-I (regular / irregular conjugation)


class _Tokens:
    """Kiwi's morphemes of one sentence, looked up by offset only when a rule needs them."""

    def __init__(self, article: Article, sent: Sentence) -> None:
        self._article = article
        self._sent = sent
        self._toks: tuple[Token, ...] | None = None
        self._starts: list[int] = []
        self._tenses: dict[int, int] = {}  # a bare day asks up to three times at one offset

    @property
    def toks(self) -> tuple[Token, ...]:
        if self._toks is None:
            self._toks = self._article.sentence_tokens(self._sent)
            self._starts = [t.start for t in self._toks]
        return self._toks

    def tag_at(self, start: int, form: str) -> str | None:
        toks = self.toks
        i = bisect.bisect_left(self._starts, start)
        if i < len(toks) and toks[i].start == start and toks[i].form == form:
            return toks[i].tag
        return None

    def before(self, start: int) -> Token | None:
        toks = self.toks
        i = bisect.bisect_left(self._starts, start)
        return toks[i - 1] if i > 0 else None

    def told_in_the_past(self, pos: int) -> bool:
        """Whether the clause after ``pos`` is itself past (``3년 안에 두 배로 늘었다``), not a
        reported one said in the past (``일주일 안에 답하라고 했다``: the limit lies ahead)."""
        if self.tense_after(pos) != PAST:
            return False
        toks = self.toks
        for i in range(bisect.bisect_left(self._starts, pos), len(toks)):
            t = toks[i]
            if t.form in _QUOTATIVE and t.tag in ("EC", "ETM"):
                return False
            if (t.form, t.tag) in _tense_forms()["past"]:
                return True
        return False

    def tense_after(self, pos: int) -> int:
        """The tense of the clause that follows a date (``_tense_after``), read once per offset."""
        tense = self._tenses.get(pos)
        if tense is None:
            tense = self._tenses[pos] = self._tense_after(pos)
        return tense

    def _tense_after(self, pos: int) -> int:
        """The tense of the clause that follows a date: FUTURE, PAST or NEUTRAL.

        Reads Kiwi's morphemes from ``pos`` to the end of the clause. A past -었- makes it
        PAST, also after a future word (열릴 예정이었으나). 예정, 앞두다, -겠-, an adnominal
        -ㄹ (열릴 회의) or a verb in the present (4월 17일 열린다, the way news announces a
        schedule) make it FUTURE; a verb's past adnominal (발표한 보고서) is PAST; any other
        ending, or none (a headline), is NEUTRAL.
        """
        forms = _tense_forms()
        toks = self.toks
        prev_tag = ""
        future = False
        depth = 0  # quote marks opened after the date
        for i in range(bisect.bisect_left(self._starts, pos), len(toks)):
            t = toks[i]
            if t.tag == "SSO" and t.form in QUOTE_MARKS:
                depth += 1
            elif t.tag == "SSC" and t.form in QUOTE_MARKS:
                if depth == 0:  # the date was inside the quote, which ends here: "하반기에는 …될 것"
                    return FUTURE if future else NEUTRAL
                depth -= 1
            pair = (t.form, t.tag)
            if pair in forms["past"]:
                return PAST
            if pair in forms["future"]:
                if t.tag == "EP":
                    return self._reported(i)  # -겠-
                future = True
            elif t.tag == "ETM":
                if t.form in forms["adnominal"]:
                    nxt = toks[i + 1].form if i + 1 < len(toks) else ""
                    if nxt not in forms["heads"]:
                        return FUTURE  # 열릴 회의: the clause ends at its noun
                    future = True
                elif future:
                    return self._reported(i)
                else:
                    return PAST if t.form in ("ᆫ", "은") and prev_tag.startswith(_VERB) else NEUTRAL
            elif t.tag == "EC" and i + 1 < len(toks) and toks[i + 1].tag == "VX":
                pass  # 치러-지다, 하고 있다: an auxiliary verb carries the predicate on
            elif t.tag in ("EF", "EC"):
                if future or (prev_tag.startswith(_VERB) and t.form.startswith(forms["present"])):
                    return self._reported(i)
                return NEUTRAL
            prev_tag = t.tag
        return FUTURE if future else NEUTRAL

    def _reported(self, i: int) -> int:
        """FUTURE, or REPORTED_FUTURE when the clause at ``toks[i]`` is reported speech (its
        ending is quotative, or a closing quote mark and 고 follow) and a past tense follows."""
        toks = self.toks
        past = _tense_forms()["past"]
        for j in range(i, len(toks)):
            t = toks[j]
            quotative = t.form in _QUOTATIVE and t.tag in ("EC", "ETM")
            if t.tag == "JKQ" or quotative:
                if any((u.form, u.tag) in past for u in toks[j + 1 :]):
                    return REPORTED_FUTURE
                return FUTURE
            quoted = t.tag == "EF" and j + 1 < len(toks) and toks[j + 1].tag == "SSC"  # 가겠다" 고
            if t.tag in ("EC", "ETM") or (t.tag == "EF" and not quoted):
                return FUTURE  # the clause ends without being reported
        return FUTURE
