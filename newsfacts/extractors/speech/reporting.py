"""Reporting frames built from ``newsfacts/data/reporting_verbs.json``, compiled once.

A frame is what follows a quote or a reported clause: a quotative ending (``라고``, ``며``),
a short gap of whole words (time, place, a speaker written after the quote), and a
reporting verb (``말했다``, ``선을 그었다``), optionally relayed (``…고 연합뉴스가 전했다``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from ...lexicon import alternation, load, slow_pattern

# Up to eight whole words between the quotative and the verb, never crossing a quote mark or a
# sentence end: '“…”라고 김 장관이 23일 국회에서 말했다'.
GAP = r"(?P<gap>(?:[^\s.?!“”\"「」『』《》]+\s+){0,8}?)"
# what may follow a verb: anything but another Hangul syllable ('말했다는' is not '말했다')
END = r"(?![\p{Hangul}])"
# the verb of '한국갤럽이 실시한 조사에서 …' (``according_to``): the figures after it are the pollster's
SURVEY = "에서"


@cache
def words() -> dict[str, Any]:
    return load("reporting_verbs")


@cache
def ask_words() -> Any:
    """An ask cue as a word anywhere ('“…”고 묻자 그는 …'): what comes before it was asked."""
    return regex.compile(rf"(?<!\p{{Hangul}})(?:{alternation(words()['ask_cues'])})(?!\p{{Hangul}})")


@cache
def ask_cues() -> Any:
    """'X에게 … 묻자', '… 질문에': a question put to X before the quote X answers."""
    return regex.compile(rf"에게\s(?:[^“”\"]*\s)?(?:{alternation(words()['ask_cues'])})\s*$")


def _alt(key: str) -> str:
    return alternation(words()[key])


@cache
def _verb_body() -> str:
    """Every reporting verb form as a compact pattern: (하다-noun)(ending) or a listed form.

    Built as two short alternations rather than one of every conjugated form, which takes
    a tenth of the time to compile.
    """
    data = words()
    others = sorted({f for forms in data["verbs"].values() for f in forms})
    return (
        rf"(?:{alternation(data['hada_nouns'])})(?:{alternation(data['hada_endings'])})|{alternation(others)}"
    )


def _verb() -> str:
    return rf"(?<![\p{{Hangul}}\w])(?P<verb>{_verb_body()})"


def _noun_verb() -> str:
    """What follows a speech noun: '입장을 밝혔다', '성명을 냈다'."""
    return rf"(?P<verb>{alternation(words()['noun_verbs'])}|{_verb_body()})"


def _relay() -> str:
    # '…라고 말했다고 연합뉴스가 (23일) 전했다': the original speaker keeps the quote
    return rf"""(?:고\s+(?P<relay>[^\s.?!“”"]+?(?:\s[^\s.?!“”"]+?){{0,2}}?)(?:이|가|은|는)
                 (?:\s+[^\s.?!“”"]+){{0,2}}?\s+(?:{_alt("relay_verbs")}))?"""


@slow_pattern()
@cache
def after_quote() -> tuple[Any, Any, Any]:
    """Regexes matched right after a closing quote mark: direct, connective, adnominal frames."""
    q = words()["quotatives"]
    particles = _alt("quotative_particles")
    # '“…” 라고 말했다': a space some copy leaves before 라고/라며 (not before a bare 고 or 며)
    spaced = r"(?:\s(?=이?라))?"
    direct = regex.compile(
        rf"^{spaced}(?P<q>{alternation(q['direct'])})(?:{particles})?\s+{GAP}{_verb()}{_relay()}{END}",
        regex.VERBOSE,
    )
    connective = regex.compile(rf"^{spaced}(?P<q>{alternation(q['connective'])}){END}")
    adnominal = regex.compile(
        rf"""^(?P<q>{alternation(q["adnominal"])})\s+(?:\p{{Hangul}}+[은는한운던]\s+)?(?P<noun>{_alt("speech_nouns")})
             (?:을|를|이|가|도|만|으로|로|은|는)?\s+{GAP}
             {_noun_verb()}{END}""",
        regex.VERBOSE,
    )
    return direct, connective, adnominal


def _owner() -> str:
    """'…라는 게 한국은행의 설명이다': the speaker is the one whose 설명/입장/주장 it is."""
    nouns, endings = alternation(words()["owner_nouns"]), alternation(words()["owner_endings"])
    return rf"""(?:게|것이)\s+(?P<np>[^\s.?!“”"]+(?:\s[^\s.?!“”"]+){{0,4}}?)의\s+
                (?:[^\s.?!“”"]+\s+){{0,2}}?(?P<verb>(?:{nouns})(?:{endings})){END}"""


def _stance() -> str:
    """'정부는 “…”는 방침이다': the topic's stance, with the copula for a verb."""
    nouns, endings = alternation(words()["stance_nouns"]), alternation(words()["owner_endings"])
    return rf"(?P<verb>(?:{nouns})(?:{endings})){END}"


@slow_pattern()
@cache
def owner_after_quote() -> Any:
    q = words()["quotatives"]
    return regex.compile(
        rf"^(?P<q>{alternation(q['adnominal'])})\s+(?:{_owner()}|{_stance()}(?P<stance>))", regex.VERBOSE
    )


@slow_pattern()
@cache
def bare_verb() -> Any:
    """'“…” 회상했고': a reporting verb written right after the quote, its 고 left out."""
    return regex.compile(rf"^\s+{_verb()}{END}")


@cache
def any_verb() -> Any:
    """A reporting verb or a gesture of speech anywhere (does a frame that chains quotes with
    라며 end in speech? '“…”이라며 한숨을 쉬었다' does, as '“…”라며 강조했다')."""
    gestures = sorted({f for forms in words()["gesture_verbs"].values() for f in forms})
    return regex.compile(rf"(?:{_verb()}|(?<![\p{{Hangul}}\w])(?P<verb>{alternation(gestures)})){END}")


@cache
def quotative_any() -> Any:
    """'“…”라고 깎아내렸다', '“…”이라고 인사를 건넨 뒤': (이)라고 ties a quote to the predicate
    that follows, whatever it is: the one that ends the sentence, or an action before 뒤/후
    (the next quote of the sentence then follows)."""
    word = r"[^\s.?!“”\"「」『』《》]+"
    return regex.compile(
        rf"""^(?:\s(?=이?라))?(?P<q>이라고|라고|고|이라|라)(?:{_alt("quotative_particles")})?\s+{GAP}
             (?:(?P<verb>{word}다)\s*[.!?]?\s*$
              | (?P<verb>{word})\s+(?:뒤|후|다음|직후)(?:에)?\s*,?\s*$)""",
        regex.VERBOSE,
    )


@cache
def passive_endings() -> tuple[str, ...]:
    return tuple(words()["passive_endings"])


@cache
def label_words() -> Any:
    """'“…”라고 적힌 현수막', '“…”이라고 불렀다': a quote so tied is a sign or a name."""
    return regex.compile(rf"(?<![\p{{Hangul}}])(?:{_alt('label_words')})(?![\p{{Hangul}}])")


@cache
def next_sentence() -> Any:
    """'한국은행 관계자는 이같이 밝혔다.' after a quote: the sentence that names its speaker.

    With 이같이/이렇게 the first reporting verb after it is the one ('이같이 말하며 …을
    강조했다' -> 말하며); without, the sentence must be no more than 'X는 말했다.' The subject
    may carry a relative clause and a time before it ('신인왕에 오른 … 강민호(21)는 시상식 뒤
    이렇게 말하며'), and with 이같이 a place and an occasion ('… 상영회 직후 기자들과 만나 이같이').
    """
    word = r"""[^\s.?!“”"]+"""
    return regex.compile(
        rf"""\s*(?:(?P<np>{word}(?:\s{word}){{0,24}}?)\s+(?P<this>{_alt("this_way")})\s+{GAP}{_verb()}{END}
              | (?P<np>{word}(?:\s{word}){{0,9}}?)\s+{_verb()}{END}\s*[.!]?\s*$)""",
        regex.VERBOSE,
    )


@cache
def whose_words() -> Any:
    """'박재영 해운FC 단장의 말이다.', '인터뷰를 마치며 마 셰프가 남긴 말이다.' after a quote:
    the sentence says whose words they were (``gen``: the 의 of the owner; ``subj``: the
    particle of the one who left them)."""
    nouns, endings = alternation(words()["owner_nouns"]), alternation(words()["owner_endings"])
    return regex.compile(
        rf"""(?:.*?\S)?(?:(?P<gen>의)|(?P<subj>이|가)\s+(?:{_alt("left_words")}))\s+
             (?P<verb>(?:{nouns})(?:{endings}))\s*[.!]?\s*$""",
        regex.VERBOSE,
    )


@slow_pattern()
@cache
def claims() -> Any:
    """Reported clauses without quote marks, one alternative per frame (named by ``frame``)."""
    return regex.compile(
        rf"""
        (?<=\p{{Hangul}})(?P<end>다|라|냐|자|까)(?P<q>고|며|면서)(?:(?<=고)(?:{_alt("quotative_particles")}))?
          \s+{GAP}{_verb()}{_relay()}{END}
          (?P<quotative>)
      | (?P<end>것)(?:으로)\s+{GAP}
          (?:(?P<passive>{_alt("passive_claims")})|(?P<verb>{_alt("forecast_verbs")})){_relay()}{END}
          (?P<forecast>)
      | (?P<end>가능성)(?:을|도|까지)\s+{GAP}(?P<verb>{_alt("possibility_verbs")}){_relay()}{END}
          (?P<possibility>)
      | (?<=\p{{Hangul}})(?P<end>다|라)는\s+{_owner()}(?P<owner>)
      | (?<=\p{{Hangul}})(?P<end>다|라)는\s+{_stance()}(?P<stance>)
      | (?<=\p{{Hangul}})(?P<end>다|라)는\s+(?P<noun>{_alt("speech_nouns")})(?:을|를|이|가|도)\s+{GAP}
          (?:(?P<passive>{_alt("passive_noun_verbs")})|{_noun_verb()}){_relay()}{END}
          (?P<noun_claim>)
        """,
        regex.VERBOSE,
    )


@cache
def claim_cue() -> Any:
    """What every claim frame contains; a sentence without it holds no claim."""
    particles = _alt("quotative_particles")
    return regex.compile(rf"[다라냐자까](?:고(?:{particles})?|며|면서)\s|것으로\s|가능성|[다라]는\s")


@cache
def according_to() -> Any:
    """'테크크런치에 따르면', '딥시크의 주장에 따르면'; '한국갤럽이 실시한 조사에서' (whose
    ``verb`` is 에서). ``at`` is where the 에 starts."""
    surveys = _alt("survey_nouns")
    return regex.compile(
        rf"(?P<at>에)\s+(?P<verb>{_alt('according_to')})(?:\s+|,\s*)"
        rf"|(?<=(?:{surveys})(?:\s?결과)?)(?P<at>(?P<verb>에서))(?:는)?\s+"
    )


@cache
def cite() -> Any:
    """'로이터는 소식통을 인용해': the relayed source between the speaker and the clause."""
    return regex.compile(
        rf"(?P<via>[^\s.?!“”\"]+(?:\s[^\s.?!“”\"]+){{0,3}}?)(?:을|를)\s+(?:{_alt('cite_verbs')})\s+"
    )


@cache
def lead_adverbs() -> Any:
    both = alternation(words()["lead_adverbs"] + words()["continuation_adverbs"])
    return regex.compile(rf"(?:(?:{both})\s*,?\s+)+")


@cache
def continuation() -> Any:
    # not the 또 of '또 다른 주민은': another one, who is named there
    return regex.compile(rf"(?:{_alt('continuation_adverbs')})(?=[\s,])(?!\s+다른\s)")


@cache
def topic_heads() -> tuple[str, ...]:
    return tuple(words()["topic_heads"])


_COUNTED = regex.compile(r"^(?:단\s+)?(?:한|두|세|네|몇)\s*(?:차례|번|번째|가지)$")  # '한 차례도', '몇 번은'


def what_is_said(written: str) -> bool:
    """A subject that is no one: an abstract noun heading what a claim is about ('ESS 전환
    가능성도 … 진행할 방침이라고 덧붙였다', '당분간 금리인하는 …'), or a count ('단 한 차례도')."""
    last = written.split()[-1] if written.strip() else written
    return _COUNTED.match(written) is not None or last.endswith(topic_heads())


@cache
def source_nouns() -> frozenset[str]:
    return frozenset(words()["source_nouns"])


@cache
def publish_verbs() -> frozenset[str]:
    return frozenset(words()["publish_verbs"])
