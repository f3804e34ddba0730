"""Speaker noun phrases, and what kind of speaker each is (person, outlet, company …).

A speaker in Korean news copy is the noun phrase that carries the topic or subject particle
of the reporting clause (``마이크로소프트(MS)의 사티아 나델라 최고경영자(CEO)는``). It is read
off Kiwi's morphemes backwards from the particle: nouns, names, foreign words, parenthesised
glosses, and one ``의`` when the head is a title (the affiliation belongs to the title). A
descriptor in front of a bare name is an apposition and is dropped (``유명 투자자 마크
앤드리슨`` -> ``마크 앤드리슨``), unless it is a role (``주장 오세훈``, ``4번 타자 강민우``),
which belongs to who speaks. The word lists are data in ``newsfacts/data/speakers.json``;
what later references point back to is ``resolver``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from functools import cache, lru_cache
from typing import Any

import regex

from ...lexicon import alternation, load, slow_pattern
from ...page.article import Article, Token
from .reporting import source_nouns

# compiled once, not looked up in regex's cache at each call: they run for every word
_POST_WORD = regex.compile(r"\p{Hangul}{1,}|[A-Z]{2,5}")
_COUNTED = regex.compile(r"^(?:\d+|[한두세네]|수십|수백|수천|여러)명$")
_AGE_GLOSS = regex.compile(r"[(（][^()（）]*[)）]")
_FOREIGN_SSI = regex.compile(r"^\p{Hangul}{2,6}씨$")
AGED = regex.compile(r"[(（]\d{1,3}(?:[·,][^()（）]*)?[)）]$")  # '(47)', '(62·여)': an age after a name

PERSON, OUTLET, COMPANY, OFFICIAL, GROUP, ORG = "person", "outlet", "company", "official", "group", "org"

_NOUNISH = frozenset(
    {"NNP", "NNG", "NNB", "NR", "SN", "SL", "SH", "XPN", "XSN", "NP", "W_SERIAL"}
)  # W_SERIAL: 3-2 of 형사항소3-2부
_PROPER = frozenset({"NNP", "SL", "SH"})
_TOPIC = frozenset({"은", "는", "ᆫ", "도"})
_SUBJECT = frozenset({"이", "가", "께서"})
_ALSO = frozenset({"역시", "또한"})  # '백 대표 역시 “…”라고 말했다': an adverb after the subject as 도
_MIDDOT = frozenset({"·", "ㆍ", "‧"})
_CLOSE_PAREN = frozenset({")", "）"})


@dataclasses.dataclass(frozen=True)
class Speaker:
    """A speaker as written (``mention`` at ``start:end``) and as resolved (``name``)."""

    name: str | None
    mention: str | None
    start: int | None
    end: int | None
    anonymous: bool = False
    kind: str = ORG


@dataclasses.dataclass(frozen=True)
class Lexicon:
    references: dict[str, str]
    titles: frozenset[str]
    anonymous_heads: frozenset[str]
    groups: frozenset[str]
    company_heads: frozenset[str]
    not_speakers: frozenset[str]
    postpositional_verbs: frozenset[str]  # '…을 두고', '…에 대한': no clause ends there
    determiners: frozenset[str]
    among: frozenset[str]
    versus: frozenset[str]
    roles: frozenset[str]  # a role before a bare name: '주장 오세훈', '4번 타자 강민우'
    outlet_nouns: frozenset[str]  # '일간지 ‘…’는': what a paper is called before its name
    role_end_re: Any  # '임대업자', '공인중개사': a role by its ending
    surnames: frozenset[str]
    not_name_syllables: frozenset[str]
    masks: frozenset[str]
    masked_re: Any  # '정○○', '최**': a family name with its given name hidden
    org_suffixes: frozenset[str]
    person_bodies: frozenset[str]  # '캠프', '측': a body named after a person, no post of theirs
    outlet_re: Any
    title_end_re: Any  # a word that ends in a title of two syllables or more: '원내대표', '정책위의장'
    company_end_re: Any
    outlet_end_re: Any
    party_re: Any
    short_ref_re: Any


@slow_pattern()
@cache
def lexicon() -> Lexicon:
    data = load("speakers")
    titles = frozenset(data["person_titles"])
    anonymous = data["anonymous_heads"]
    heads = data["company_heads"]
    alone = [h for h in heads if len(h) == 1 and "가" <= h <= "힣"]
    return Lexicon(
        references=dict(data["references"]),
        titles=titles,
        anonymous_heads=frozenset(data["anonymous_heads"]),
        groups=frozenset(data["anonymous_groups"]),
        company_heads=frozenset(data["company_heads"]),
        not_speakers=frozenset(data["not_speakers"]),
        postpositional_verbs=frozenset(data["postpositional_verbs"]),
        determiners=frozenset(data["determiners"]),
        among=frozenset(data["among"]),
        versus=frozenset(data["versus"]),
        roles=frozenset(data["role_words"]) | titles,
        outlet_nouns=frozenset(data["outlet_nouns"]),
        role_end_re=regex.compile(rf"(?:{alternation(data['role_endings'])})$"),
        surnames=frozenset(data["surnames"]),
        not_name_syllables=frozenset(data["not_name_syllables"]),
        masks=frozenset(data["name_masks"]),
        masked_re=regex.compile(
            rf"^(?:{alternation(data['surnames'])})[{regex.escape(''.join(data['name_masks']))}]{{1,3}}$"
        ),
        org_suffixes=frozenset(data["org_suffixes"]),
        person_bodies=frozenset(data["person_bodies"]),
        # an outlet is matched as a whole word so that AP does not fire inside APEC
        outlet_re=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(data['outlets'])})(?![A-Za-z])"),
        # '배터리사업부장', '강력수사대장': a unit's name and 장, its head, is a title too
        # ('TSMC', 'NCP': a Latin title ends a word only after no Latin letter)
        title_end_re=regex.compile(
            rf"(?:{alternation([t for t in titles if len(t) > 1 and not t.isascii()])}"
            rf"|(?<![A-Za-z])(?:{alternation([t for t in titles if t.isascii()])})"
            rf"|(?<=\p{{Hangul}})[{''.join(data['unit_syllables'])}]장)$"
        ),
        # a one-syllable Hangul head is a word of its own ('알리바바 측', not '관측')
        company_end_re=regex.compile(
            rf"(?:{alternation([h for h in heads if h not in alone])})$|^(?:{alternation(alone)})$"
        ),
        outlet_end_re=regex.compile(rf"(?:{alternation(data['outlets'])})$"),
        # a party from the list, or any name ending in 당 written before the member's name
        party_re=regex.compile(rf"^(?:{alternation(data['parties'])}|\S{{1,10}}당)(?=\s)"),
        # '최 부총리', '이 관계자': one syllable (a surname or the demonstrative 이) and a title
        short_ref_re=regex.compile(
            rf"^(?P<head>\p{{Hangul}})\s+(?P<title>{alternation(sorted(titles | set(anonymous)))})$"
        ),
    )


def party_of(name: str) -> str | None:
    """The party in a speaker's name: before the member's name ('새물결당 허진영 의원') or
    after it, before the post ('곽민철 국민중도당 의원')."""
    lex = lexicon()
    if m := lex.party_re.search(name):
        return m.group()
    words = name.split()
    for w, after in itertools.pairwise(words):
        if len(w) > 2 and w.endswith("당") and after in lex.titles:
            return w
    return None


# --- noun phrases from morphemes ------------------------------------------------------------


def _words(tokens: tuple[Token, ...], i: int, j: int) -> list[tuple[int, int]]:
    """Split tokens[i:j] into written words (token index ranges), a glued '(...)' kept with its word."""
    words: list[tuple[int, int]] = []
    start = i
    k = i + 1
    while k < j:
        if tokens[k].start > tokens[k - 1].end and tokens[k].form not in ("(", "（"):
            words.append((start, k))
            start = k
        if tokens[k].form in ("(", "（") and k < tokens[k].paired < j:
            k = tokens[k].paired  # '형사11부(부장판사 정하늘)': a gloss with a space is still one word
        k += 1
    if i < j:
        words.append((start, j))
    return words


def _masked(tokens: tuple[Token, ...], j: int) -> bool:
    """'○○' of '정○○': name masks written right after a syllable."""
    t = tokens[j]
    return j > 0 and tokens[j - 1].end == t.start and all(ch in lexicon().masks for ch in t.form)


def _initial_for_a_name(tokens: tuple[Token, ...], j: int) -> bool:
    """'ㄱ씨', 'ㄴ 교사': a consonant standing for a name some papers do not print."""
    t = tokens[j]
    after = tokens[j + 1].tag if j + 1 < len(tokens) else ""
    return len(t.form) == 1 and "ㄱ" <= t.form <= "ㅎ" and after in ("NNB", "NNG")


def chain_start(tokens: tuple[Token, ...], k: int, lo: int) -> int:
    """Index of the first token of the noun chain that ends just before token ``k``."""
    j = k - 1
    determiners = lexicon().determiners  # once, not at each token
    while j >= lo:
        t = tokens[j]
        if _photo_credit(tokens, j, lo):
            break  # '…지켜보고 있다. KBL 제공 KCC 전창진 감독이': a caption's credit ends it
        if t.tag == "SSC" and t.form in _CLOSE_PAREN and lo <= t.paired < j:
            j = t.paired - 1
        elif (
            t.tag in _NOUNISH
            or t.form in _MIDDOT
            or (t.tag == "MM" and (t.form in determiners or _surname_before_post(tokens, j)))
            or (t.tag == "NP" and len(t.form) > 1 and t.form in determiners)  # '이곳 사장'
            or (t.form == "또" and j + 1 < len(tokens) and tokens[j + 1].form == "다른")  # '또 다른 주민'
            or (
                t.tag == "MAG"
                and len(t.form) == 1
                and (_before_post(tokens, j) or _in_a_syllable_run(tokens, j))
            )
            or (t.tag == "SW" and (_masked(tokens, j) or _initial_for_a_name(tokens, j)))
            or _inside_a_name(tokens, j, lo)
            or _name_cut_at_its_end(tokens, j, lo)
            or _a_division(tokens, j, lo)
            or _district_letter(tokens, j)
        ):
            j -= 1
        else:
            break
    return j + 1


def _photo_credit(tokens: tuple[Token, ...], j: int, lo: int) -> bool:
    """'KBL 제공', '연합뉴스 제공': who gave the photo, written at the end of a caption; a name
    before it and another noun after it (not '정보 제공 업체')."""
    t = tokens[j]
    if t.form != "제공" or t.tag != "NNG" or not lo < j < len(tokens) - 1:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.tag in ("SL", "NNP") and before.end < t.start and after.start > t.end


_DISTRICT_LETTERS = frozenset("가나다라마바사아")


def _district_letter(tokens: tuple[Token, ...], j: int) -> bool:
    """'유성구의회 나선거구 후보': the letter of a local constituency, however Kiwi tags it."""
    t = tokens[j]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    glued = after is not None and after.start == t.end and after.form == "선거구"
    return glued and t.form in _DISTRICT_LETTERS


def _in_a_syllable_run(tokens: tuple[Token, ...], j: int) -> bool:
    """'팜 꽝/MAG 빈': between two words of one syllable, a one-syllable adverb is the middle
    of a Vietnamese name."""
    if not 0 < j < len(tokens) - 1:
        return False
    before, t, after = tokens[j - 1], tokens[j], tokens[j + 1]
    return (
        len(before.form) == 1
        and len(after.form) == 1
        and before.end < t.start
        and t.end < after.start
        and before.tag in ("NNG", "NNP")
        and after.tag in ("NNG", "NNP")
    )


def _surname_before_post(tokens: tuple[Token, ...], j: int) -> bool:
    """'연 작가': Kiwi reads some family names as determiners (연/MM, 'consecutive')."""
    return tokens[j].form in lexicon().surnames and _before_post(tokens, j)


def _before_post(tokens: tuple[Token, ...], j: int) -> bool:
    """The token after ``j`` starts a post: '연 작가', '여 연구위원', '쾅/MAG 장관' (a
    Vietnamese name's last syllable read as an adverb)."""
    lex = lexicon()
    if j + 1 >= len(tokens):
        return False
    k, word = j + 1, tokens[j + 1].form  # the post may be cut in two ('여 연구/NNG 위원/NNG')
    while k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].tag == "NNG":
        k += 1
        word += tokens[k].form
    return word in lex.titles or lex.title_end_re.search(word) is not None


def _a_division(tokens: tuple[Token, ...], j: int, lo: int) -> bool:
    """'누리시 시민안전과 관계자': Kiwi reads a division's 과 as 'and' (과/JC); glued to a
    noun and followed by a person of it (a title, '관계자'), it ends the division's name."""
    t = tokens[j]
    if t.tag != "JC" or t.form != "과" or not lo < j < len(tokens) - 1:
        return False
    after = tokens[j + 1]
    lex = lexicon()
    glued = tokens[j - 1].end == t.start and tokens[j - 1].tag.startswith("NN") and after.start > t.end
    return glued and (after.form in lex.anonymous_heads or after.form in lex.titles)


def _inside_a_name(tokens: tuple[Token, ...], j: int, lo: int) -> bool:
    """'김/NNP 은/JX 정/NNG(44)씨': a particle glued on both sides inside a word, after a
    proper noun, is Kiwi reading a given name's syllable; a particle ends its word."""
    t = tokens[j]
    return (
        t.tag.startswith("J")
        and lo < j < len(tokens) - 1
        and tokens[j - 1].tag == "NNP"
        and tokens[j - 1].end == t.start
        and tokens[j + 1].start == t.end
        and tokens[j + 1].tag in _NOUNISH
    )


_NAME_ENDS = frozenset({"만", "로", "나"})  # '펠트/NNP 만/JX', '소이치/NNP 로/JKB', '마리아/NNP 나/JC'


def _name_cut_at_its_end(tokens: tuple[Token, ...], j: int, lo: int) -> bool:
    """'하워드 펠트만 미국 상무장관', '무라카미 소이치로 일본 경제산업상': Kiwi reads the last
    syllable of a foreign name as a particle; a word of a proper noun and 만/로/나 with more of
    the speaker's phrase after it is the name whole (a subject is not written 'X만 Y는')."""
    t = tokens[j]
    if not (t.tag.startswith("J") and t.form in _NAME_ENDS and lo < j < len(tokens) - 1):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return (
        before.tag == "NNP"
        and before.end == t.start
        and len(before.form) >= 2
        and after.start > t.end
        and after.tag in ("NNP", "NNG")
    )


def is_title_word(lex: Lexicon, word: str) -> bool:
    return (
        word in lex.titles
        or word in lex.anonymous_heads
        or word in lex.company_heads
        or lex.title_end_re.search(word) is not None
    )


def noun_phrase(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """Character span of the speaker noun phrase ending right before token ``k`` (a particle).

    ``lo`` is the first token index the phrase may use. None when there is no noun phrase.
    The rules ask through ``phrases.noun_phrase``, which reads each one once per article.
    """
    tokens = article.tokens
    if k <= lo or (tokens[k - 1].end != tokens[k].start and tokens[k].form not in _ALSO):
        return None
    lex = lexicon()
    i = chain_start(tokens, k, lo)
    if i >= k:
        return None
    words = _words(tokens, i, k)
    text = article.text
    last = text[tokens[words[-1][0]].start : tokens[words[-1][1] - 1].end]
    titled = is_title_word(lex, strip_paren(last)) or _role_and_name(article, words)
    owned = i - 1 > lo and tokens[i - 1].tag == "JKG"
    titled = titled or name_and_post(article, (tokens[i].start, tokens[k - 1].end), owned=owned)
    # '한 수강생의 어머니', 'D군의 어머니(39)': a role is someone's, like a title ('통계청의 주장' is
    # what it claims, a source noun)
    titled = titled or (strip_paren(last) in lex.roles and last not in source_nouns())
    # '마이크로소프트(MS)의 사티아 나델라 최고경영자(CEO)': the affiliation of a title
    if titled and i - 1 > lo and tokens[i - 1].tag == "JKG" and tokens[i - 1].start == tokens[i - 2].end:
        i2 = chain_start(tokens, i - 1, lo)
        if i2 < i - 1:
            i = i2
            words = _words(tokens, i, k)
    elif not titled and len(words) > 1 and _proper_word(article, *words[-1]):
        # '유명 투자자 마크 앤드리슨', '기술 전문지 테크크런치': a descriptor before a name
        # (the words read from the end and only as far as needed: most last words are no name)
        run = len(words) - 1
        while run > 0 and _proper_word(article, *words[run - 1]):
            run -= 1
        # '주장 오세훈', '마을 이장 김영호 씨', '대책위원회 위원장 A씨(34)': a role word right
        # before the name is part of who speaks, and so is what it belongs to
        before = text[tokens[words[run - 1][0]].start : tokens[words[run - 1][1] - 1].end] if run else ""
        # and so is the body a body belongs to ('국토교통부 건설사고조사위원회(사조위)')
        parent = len(before) > 2 and before[-1] in lex.org_suffixes and not _name_word(article, *words[run])
        if run > 0 and not (is_role(lex, before) and _name_word(article, *words[run])) and not parent:
            i = words[run][0]
    if not titled and len(words) > 1 and _UNNAMED.match(_spelled(text, tokens, words[-1])):
        # a person the copy does not name ('여행객 A씨', '60대 전모씨', '고객 ㄱ씨') is who the
        # words before say: up to two of them
        i = words[max(0, len(words) - 3)][0]
    # '이날 김 장관', '23일 김 장관': a time word in front is an adverbial, not part of the name
    words = _words(tokens, i, k)
    whole = text[tokens[i].start : tokens[k - 1].end] in lex.not_speakers  # '이번 주' stays whole
    # '공판 직후 D군의 어머니(39)': a time noun closes an adverbial ('N 직후', 'N 때'); who speaks
    # comes after it
    spelled = [text[tokens[a].start : tokens[b - 1].end] for a, b in words[:-1]]
    cut = [n for n, word in enumerate(spelled) if _is_time_word(lex, word)]
    if not whole and cut:
        # '12년 차 수간호사 C씨': the ordinal after a time ('차', '째') goes with it
        after = cut[-1] + 1
        if after < len(spelled) and spelled[after] in ("차", "째"):
            after += 1
        words = words[after:]
        i = words[0][0]
    while (
        not whole
        and len(words) > 1
        and _is_time_word(lex, text[tokens[words[0][0]].start : tokens[words[0][1] - 1].end])
    ):
        words = words[1:]
        i = words[0][0]
    start, end = tokens[i].start, tokens[k - 1].end
    # '더불어한국당 정민수 원내대표': Kiwi may read the front of a written word as an adverb;
    # a speaker never starts inside a word, so take the whole word
    floor = tokens[lo].start if lo < len(tokens) else 0
    while start > floor and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    if titled and start > floor:
        start = _name_before(article, start, floor, broken=start < tokens[i].start)
    # '같은 당 이준석 의원', '같은 매체': Kiwi reads 같은 as a verb form, but it is part of the reference
    if text[max(0, start - 3) : start] == "같은 ":
        start -= 3
    if i > lo and tokens[i - 1].tag == "ETM" and classify(text[start:end])[1]:
        start = _described_by(article, i, lo, start)
        # '“…”이라고 신애의 상황을 전한 관계자': the clause begins after the quote's 이라고
        if (tie := _QUOTATIVE_START.match(text, start, end)) is not None:
            start = tie.end()
    if (photo := _PHOTO_GLOSS.search(text, start, end)) is not None and photo.start() > start:
        end = photo.start()  # '… 총재(사진)가': where the photo is, not part of who speaks
    return start, end


# a person the copy does not name: 'A씨', 'B(45)씨', '전모씨', '김모(62) 씨', 'ㄱ씨'
_UNNAMED = regex.compile(r"^(?:[A-Z]|\p{Hangul}모|[ㄱ-ㅎ])(?:\(\d+\))?\s?씨$")


def _spelled(text: str, tokens: tuple[Token, ...], word: tuple[int, int]) -> str:
    return text[tokens[word[0]].start : tokens[word[1] - 1].end]


_QUOTATIVE_START = regex.compile(r"(?:이라고|라고|이라며|라며|고|며)\s+")
_PHOTO_GLOSS = regex.compile(r"\s*[(（](?:사진|왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우)[^()（）]{0,20}[)）]$")
_WORD_AT = regex.compile(r"(\S+)\s+")
_CLAUSE_STOP = frozenset({"JKS", "JX", "SP", "SF", "SSC", "SSO", "EC", "EF"})


def _described_by(article: Article, i: int, lo: int, start: int) -> int:
    """'협상 내용에 정통한 소식통', '익명을 요구한 한 교수': an anonymous source is who the
    clause before it says; the clause (up to four words, back to a subject, a topic, a comma or
    a connective ending) stays in the speaker."""
    tokens, text = article.tokens, article.text
    j, words = i - 1, 1
    while j - 1 >= lo and tokens[j - 1].tag not in _CLAUSE_STOP:
        if tokens[j - 1].end < tokens[j].start:
            words += 1
            if words > 4:
                break
        j -= 1
    if tokens[j].tag.startswith("V") or tokens[j].tag in ("XSV", "XSA", "EP", "ETM", "MAG"):
        return start  # the clause must open with what it is about: '…에 정통한', '익명을 요구한'
    clause = tokens[j].start
    lex = lexicon()
    # '이날 회의에 참석한 한 관계자': a time in front is the sentence's, not the description's
    while (m := _WORD_AT.match(text, clause, start)) is not None and _is_time_word(lex, m.group(1)):
        clause = m.end()
    return min(start, clause)


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_WORD_BEFORE = regex.compile(r"(\S+) $")


def _name_before(article: Article, start: int, floor: int, *, broken: bool) -> int:
    """'김도윤 누리경찰청 강력수사대장': where Kiwi reads a place in the affiliation as a verb
    ('누리/VV'), the chain breaks, but a Korean name right before a titled phrase
    is still the name the title belongs to: a proper noun, or any word of a name's shape when
    Kiwi broke the word after it (``broken``), for then it misread the names around it too."""
    m = _WORD_BEFORE.search(article.text, floor, start)
    if m is None:
        return start
    if not personal_name(lexicon(), m.group(1)):
        return _syllable_names_before(article, start, floor)
    token = article.token_at(m.start(1))
    proper = token is not None and token.start == m.start(1) and token.tag in _PROPER
    # '석다인 해람대 … 교수': a name ending in 인 read as a copula ('석다/NNG 이/VCP ㄴ/ETM')
    lo_t, hi_t = (bisect.bisect_left(article.token_starts, x) for x in m.span(1))
    copula = any(t.tag == "VCP" for t in article.tokens[lo_t:hi_t])
    return m.start(1) if proper or broken or copula else start


_SYLLABLES_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Hangul}(?: \p{Hangul}){1,2}) $")


def _syllable_names_before(article: Article, start: int, floor: int) -> int:
    """'레 민 쾅 베트남 산업무역부 장관': a name of one-syllable words (Vietnamese) before a
    titled phrase, the first of them a proper noun."""
    m = _SYLLABLES_BEFORE.search(article.text, floor, start)
    if m is None:
        return start
    token = article.token_at(m.start(1))
    return m.start(1) if token is not None and token.start == m.start(1) and token.tag in _PROPER else start


# '23일', '6월23일', '2025년6월' (a date glued together), '1일(현지시간)'
_TIME_WORD = regex.compile(r"^(?:\d+(?:일|월|년|시|분|주|개월))+(?:께|쯤|경)?(?:\(.*\))?$")  # '21분께'


def _proper_word(article: Article, a: int, b: int) -> bool:
    """A word with a proper noun in it, or a masked name ('오○○'); not only in a gloss of
    several words ('형사2부(부장판사 이도하)' is no name, so '청운지법' before it stays)."""
    tokens = article.tokens
    paren = next((x for x in range(a + 1, b) if tokens[x].form in ("(", "（")), b)
    if paren < b and " " in article.text[tokens[paren].start : tokens[b - 1].end]:
        b = paren
    if any(tokens[x].tag in _PROPER for x in range(a, b)):
        return True
    word = article.text[tokens[a].start : tokens[b - 1].end]
    return lexicon().masked_re.match(strip_paren(word)) is not None


def _name_word(article: Article, a: int, b: int) -> bool:
    """A word that starts with a proper noun ('강민/NNP 우/NNG'), or a masked name ('오○○'):
    not '소비가격지수(CPI)', whose gloss is its only proper noun."""
    tokens = article.tokens
    word = article.text[tokens[a].start : tokens[b - 1].end]
    return tokens[a].tag in _PROPER or lexicon().masked_re.match(strip_paren(word)) is not None


def _role_and_name(article: Article, words: list[tuple[int, int]]) -> bool:
    """'공격수 이도현', '4번 타자 강민우': a role right before a proper name, which takes an
    affiliation with 의 like a title does ('한빛FC의 공격수 이도현')."""
    if len(words) < 2:
        return False
    tokens, text = article.tokens, article.text
    role = text[tokens[words[-2][0]].start : tokens[words[-2][1] - 1].end]
    return _name_word(article, *words[-1]) and is_role(lexicon(), strip_paren(role))


def is_role(lex: Lexicon, word: str) -> bool:
    ends = lex.title_end_re.search(word) is not None or lex.role_end_re.search(word) is not None
    return word in lex.roles or ends


_GLUED_SSI = regex.compile(r"^(?P<head>[\p{Hangul}A-Z]{1,3})씨$")  # '최씨', 'A씨', '최모씨'
_HANGUL_NAME = regex.compile(r"^\p{Hangul}{3}$")


def glued_ssi(lex: Lexicon, word: str) -> bool:
    """'최씨', '최모씨', 'A씨': a family name (or a letter) with 씨 glued on; not '섭씨'."""
    m = _GLUED_SSI.match(word)
    if m is None:
        return False
    head = m["head"].removesuffix("모")
    return head.isascii() or head in lex.surnames


def personal_name(lex: Lexicon, word: str) -> bool:
    """'강민우': three syllables, a family name first, and no ending of a body's or place's name
    ('청솔군', '김해시'). Korean copy writes most people this way; a rare brand of that shape
    ('이마트') is the price of reading bare names at all."""
    if lex.masked_re.match(word):
        return True
    return (
        _HANGUL_NAME.match(word) is not None
        and (word[0] in lex.surnames or word[:2] in lex.surnames)
        and word[-1] not in lex.org_suffixes
        and not any(ch in lex.not_name_syllables for ch in word[1:])
        and word not in lex.titles
        and word not in lex.groups
    )


def named_person(article: Article, span: tuple[int, int]) -> bool:
    """The phrase ends in a person's name: a Korean name alone, one proper noun ('강민우는',
    not '기자들과'), or a proper name after a role ('4번 타자 강민우', '주장 오세훈', not '시장
    금리')."""
    text = article.text[span[0] : span[1]]
    words = text.split()
    if _vietnamese_name_after_post(words):
        return True
    word = words[-1]
    at = span[1] - len(word)
    lo, hi = bisect.bisect_left(article.token_starts, at), bisect.bisect_left(article.token_starts, span[1])
    tokens = article.tokens[lo:hi]
    lex = lexicon()
    # Kiwi may read the end of a name as a common noun ('강민/NNP 우/NNG'): its start decides,
    # or an age glossed after it ('연하람(52)', whatever Kiwi reads the name as)
    named = AGED.search(word) is not None or lex.masked_re.match(strip_paren(word)) is not None
    if not tokens or (tokens[0].tag not in _PROPER and not named):
        return False
    # '강준서(27)': the age glossed after a name leaves it a name
    return personal_name(lex, strip_paren(word)) or (len(words) > 1 and is_role(lex, strip_paren(words[-2])))


_SHORT_HANGUL = regex.compile(r"^\p{Hangul}{1,3}$")


def _vietnamese_name_after_post(words: list[str]) -> bool:
    """'베트남 산업무역부 장관 팜 꽝 빈', '서기장 또 럼': after a post, a name of two to four
    words of a few syllables, two of them of one syllable (a Vietnamese name in Hangul)."""
    lex = lexicon()
    for k in (2, 3, 4):
        if len(words) <= k:
            return False
        run, post = words[-k:], words[-k - 1]
        if not all(_SHORT_HANGUL.match(w) for w in run) or sum(len(w) == 1 for w in run) < min(2, k):
            continue
        if is_title_word(lex, post) and not any(is_title_word(lex, w) for w in run):
            return True
    return False


def person_phrase(article: Article, span: tuple[int, int]) -> bool:
    """A person by the shape of the phrase: ending in a name, or a name and its post."""
    return named_person(article, span) or name_and_post(article, span)


def _is_time_word(lex: Lexicon, word: str) -> bool:
    if word in lex.determiners:  # '이 대표', '한 소식통': part of the phrase
        return False
    return word in lex.not_speakers or _TIME_WORD.match(word) is not None


def strip_paren(word: str) -> str:
    cut = word.find("(")
    return word[:cut] if cut > 0 else word


THING, DESCRIBED, WHEN, SAID = "thing", "described", "when", "said"
_LINKING = frozenset({"어", "아", "고", "며", "면서", "어서", "아서"})  # '철회되어 다행이라고'


def clause_of(tokens: tuple[Token, ...], k: int, stop: int) -> str | None:
    """Which clause inside the sentence the subject at ``k`` belongs to, if any: one that
    ends in 것/데 (``THING``: '페널티킥을 서진수가 처리한 것과 관련해 “…”'), in another noun it
    describes (``DESCRIBED``: '관세 협상이 타결될 가능성에 대해서는 “…”', and as well '김 대표가
    기자들과 만난 자리에서 “…”', where it speaks), or in -자 (``WHEN``: '질문이 쏟아지자 “…”').
    Before an object the subject goes on: '대통령이 [배치한] 병력을 철수하지 않겠다'."""
    for j in range(k + 1, min(stop, k + 20, len(tokens) - 1)):
        t = tokens[j]
        if t.tag == "EC" and t.form in ("자", "자마자"):
            return WHEN
        if t.tag in ("EC", "ETM") and _stem_before(tokens, j) in lexicon().postpositional_verbs:
            continue  # '…에 대한', '…로 인한', '…을 두고', '…과 관련해'
        if t.tag == "ETM" and tokens[j - 1].form == "지나":
            continue  # '지난 20일': a date
        if t.tag == "EC" and t.form in ("어", "아") and tokens[j + 1].tag in ("VV", "VX"):
            continue  # '터져 나오자': two verbs as one
        if t.tag == "EC" and tokens[j + 1].tag == "VX":
            continue  # '대응하지 못한', '하게 된': a verb and its auxiliary are one
        if t.tag == "EC" and _quotative(t.form):
            return SAID
        if t.tag == "EC" and t.form in _LINKING:
            return SAID if _said_after(tokens, j + 1, min(stop, k + 20)) else None
        if t.tag in ("EC", "EF", "SF", "SSO", "JKS") or (t.tag == "JX" and t.form in ("은", "는")):
            return None
        if t.tag == "ETM":
            after = tokens[j + 1]
            if after.tag == "NNB":
                return THING if after.form in ("것", "데") else None
            if after.tag not in ("NNG", "NNP"):
                return None
            n = j + 1
            while n < stop and tokens[n].tag in ("NNG", "NNP", "NNB", "XSN", "SN"):
                n += 1
            return DESCRIBED if n < stop and tokens[n].tag != "JKO" else None
    return None


def _quotative(ending: str) -> bool:
    """'다고', '라고', 'ᆫ다고', '냐고': the ending that closes a reported clause."""
    return len(ending) >= 2 and ending.endswith("고") and ending[-2] in "다라냐자"


def _said_after(tokens: tuple[Token, ...], j: int, stop: int) -> bool:
    """Whether the clause goes on from ``j`` to a quotative ending before any other clause
    ends ('해당 법안이 철회되어 다행이라고 주지시킨 뒤'): what its subject is, is said."""
    for n in range(j, min(stop, len(tokens))):
        t = tokens[n]
        if t.tag == "EC" and _quotative(t.form):
            return True
        if t.tag in ("EF", "SF", "SSO", "SP", "ETM") or (t.tag == "EC" and t.form not in _LINKING):
            return False
        if t.tag == "JX" and t.form in ("은", "는"):
            return False
    return False


def _stem_before(tokens: tuple[Token, ...], j: int) -> str:
    """The verb stem the ending at ``j`` ends: '두' of '두고', '관련하' of '관련/NNG 하/XSV 어'."""
    before = tokens[j - 1]
    return tokens[j - 2].form + before.form if before.tag == "XSV" and j > 1 else before.form


def in_a_noun_clause(tokens: tuple[Token, ...], k: int, stop: int) -> bool:
    """The subject at ``k`` is of a clause that ends in 것/데 (what the sentence is about)."""
    return clause_of(tokens, k, stop) == THING


def is_subject_particle(tokens: tuple[Token, ...], k: int) -> bool:
    t = tokens[k]
    if t.tag == "MAG" and t.form in _ALSO:
        return k > 0 and tokens[k - 1].tag in ("NNG", "NNP", "NNB") and tokens[k - 1].end < t.start
    # asked at every morpheme: most are no particle at all, so the tag and form come first
    topic = t.tag == "JX" and t.form in _TOPIC
    if not topic and not (t.tag == "JKS" and t.form in _SUBJECT):
        return False
    if _inside_a_name(tokens, k, 0):
        return False
    if topic:
        return (k > 0 and tokens[k - 1].tag != "JKB") or group_topic(tokens, k)
    return True


def group_topic(tokens: tuple[Token, ...], k: int) -> bool:
    """'일각에서는', '업계에선': a collective source with 에서 + topic."""
    return k > 1 and tokens[k - 1].form == "에서" and tokens[k - 1].tag == "JKB"


# --- what a speaker is, and what references resolve to -------------------------------------


_WORD = regex.compile(r"\S+")


@lru_cache(maxsize=8192)  # a pure function of the words, asked again for every mention
def classify(written: str) -> tuple[str, bool, str]:
    """(kind, anonymous, name) of a written speaker phrase that is not a reference."""
    # '김정욱 넥슨재단 이사장(넥슨코리아 공동대표)': a gloss of several words after the post
    # says more of the person; the post before it is what the phrase is
    whole = written
    if written.endswith((")", "）")) and (gloss := _SPACED_GLOSS.search(written)) is not None:
        written = written[: gloss.start()]
    kind, anonymous, name = _classify(written)
    if whole != written and " " not in written.strip():
        # '이창헌(공사현장 관계자)', a broadcast's tag: after a bare name the gloss is the post
        name = whole
    # '한 참석자', '소속 한 의원': the determiner 한 ('a certain') leaves the speaker unnamed
    words = written.split()
    certain = "한" in words[:-1]
    after = words[words.index("한") + 1 : -1] if certain else []
    described = bool(after) and len(after[0]) > 1
    if described and kind == ORG and _a_post(lexicon(), strip_paren(words[-1])):
        # '한 게임 퍼블리셔', '한 웹툰 작가': copy names a body it quotes, so one
        # introduced as 'a certain …' is a person unless its head is a body's word; it is
        # described between 한 and the head ('한 번', '한 번 최고기록' count, not introduce)
        kind = OFFICIAL
    elif certain and kind == ORG and strip_paren(words[-1]) in lexicon().roles:
        kind = PERSON  # '한 학부모', '한 회원': a person by role, unnamed
    # '다른 상인', '또 다른 주민': another one by role, as unnamed as the first
    another = not certain and "다른" in words[:-1] and strip_paren(words[-1]) in lexicon().roles
    if another and kind == ORG:
        kind, anonymous = PERSON, True
    return kind, anonymous or certain, name


_SPACED_GLOSS = regex.compile(r"[(（][^()（）]*\s[^()（）]*[)）]$")


def _a_post(lex: Lexicon, head: str) -> bool:
    """A head word that is no body: Hangul or Latin capitals, no body's ending or company word."""
    if not _POST_WORD.fullmatch(head) or head in lex.person_bodies:
        return False
    if head[-1] in lex.org_suffixes or head in lex.company_heads:
        return False
    return not lex.company_end_re.search(head)


def _classify(written: str) -> tuple[str, bool, str]:
    lex = lexicon()
    # the outlet must be the head: '영국 파이낸셜타임스(FT)' is an outlet, '블룸버그통신 기자' is not
    outlet = lex.outlet_end_re.search(written)
    if outlet:
        return OUTLET, False, outlet.group()
    words = written.split()
    if len(words) > 1 and words[-1] in lex.among:
        # '전문가들 사이에서는': the group the words come from
        kind, _, _ = _classify(" ".join(words[:-1]))
        if kind in (GROUP, OFFICIAL):
            return GROUP, True, written
    head = strip_paren(words[-1]) if words else written
    if written in lex.groups or (head in lex.groups and head not in lex.titles):
        return GROUP, True, written
    if len(words) > 1 and _COUNTED.match(head):
        return GROUP, True, written  # '노바린 멤버 4명', '주민 수십 명': people counted
    two = " ".join(words[-2:])
    if head in lex.anonymous_heads or two in lex.anonymous_heads:
        return OFFICIAL, True, written
    # '강모(46)씨': the age written between the name and 씨
    unaged = _AGE_GLOSS.sub("", words[-1]) if words else written
    if head in lex.titles or lex.title_end_re.search(head) or glued_ssi(lex, head) or glued_ssi(lex, unaged):
        return PERSON, False, written
    plain = _AGE_GLOSS.sub("", written).split()
    if len(plain) > 1 and _FOREIGN_SSI.match(plain[-1]) and _FOREIGN_SSI.match(plain[-2] + "씨"):
        return PERSON, False, written  # '조엘 키마루(33·JOEL KIMARU)씨': a foreign name, 씨 glued on
    if lex.company_end_re.search(head):
        return COMPANY, False, written
    if len(words) > 1 and head in lex.roles and words[-2].endswith("의"):
        return PERSON, False, written  # 'D군의 어머니(39)', '한 수강생의 어머니': someone's role
    return ORG, False, written


def name_and_post(article: Article, span: tuple[int, int], *, owned: bool = False) -> bool:
    """'김도윤 누리경찰청 강력수사대장', '한울재단의 표은솔 파트너': a Korean name
    opening the phrase (or after its owner with 의; ``owned``: the owner is before ``span``) and
    followed by its post is a person in the order Korean copy writes one, whatever the post is
    called: the post alone after an owner, or an affiliation that names a body and then the post
    ('창경궁 돌담', '설악산 … 환경 문제' are none); not a body named after the
    person ('홍길동 캠프': ``person_bodies``)."""
    lex = lexicon()
    words = list(_WORD.finditer(article.text, span[0], span[1]))
    if len(words) < 2:
        return False
    last = strip_paren(words[-1].group())
    if len(last) < 2 or not _a_post(lex, last):
        return False
    for n, w in enumerate(words[:-1]):
        before = words[n - 1].group() if n > 0 else ""
        if n > 0 and not before.endswith("의") and not (AGED.search(w.group()) and is_role(lex, before)):
            continue  # or a role before a name with its age: '소방관 방현철(58) 소방경'
        if n > 0 and not before.endswith("의") and n + 2 != len(words):
            continue
        token = article.token_at(w.start())
        if not personal_name(lex, strip_paren(w.group())) or token is None:
            continue
        between = words[n + 1 : -1]
        if not between:
            # Kiwi may tag the name a common noun; its owner before it says it is one, and so
            # does an age glossed after it ('마은결(47) 셰프')
            aged = AGED.search(w.group()) is not None
            return ((n > 0 or owned) and token.tag in _PROPER) or aged
        # name, affiliation and post ('표은솔 한울재단 파트너'): a body's name between, and the
        # name a proper noun or, where Kiwi took it for a common noun, of a name's shape
        return n == 0 and len(between) <= 2 and all(_a_body(article, x) for x in between)
    return False


def _a_body(article: Article, word: regex.Match[str]) -> bool:
    """A word that names a body: a proper noun, or a body's or company's ending."""
    lex = lexicon()
    text = strip_paren(word.group())
    token = article.token_at(word.start())
    proper = token is not None and token.tag in _PROPER
    return proper or text[-1:] in lex.org_suffixes or lex.company_end_re.search(text) is not None
