"""Names that Kiwi's optional dictionaries would tag, read whole without them.

``newsfacts.kiwi`` loads Kiwi without its default (Wikipedia proper nouns) and multi-word
(spaced foreign names) dictionaries, which cost most of its start-up. Speakers must still come
out whole: spaced foreign names, Korean names with titles, and organisations as bare subjects.
Every sentence is written for this project.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.page.article import parse_article

SPEAKERS = [
    # spaced foreign names: one NNP each in the multi-word dictionary
    ('도널드 트럼프 미국 대통령은 "관세를 25% 올리겠다"고 말했다.', "도널드 트럼프 미국 대통령"),
    (
        '샘 올트먼 오픈AI 최고경영자(CEO)는 "더 큰 모델을 내놓겠다"고 말했다.',
        "샘 올트먼 오픈AI 최고경영자(CEO)",
    ),
    ('일론 머스크 테슬라 CEO는 "200만 대를 팔 것"이라고 밝혔다.', "일론 머스크 테슬라 CEO"),
    ('젠슨 황 엔비디아 CEO는 "수요가 매우 강하다"고 강조했다.', "젠슨 황 엔비디아 CEO"),
    (
        '사티아 나델라 마이크로소프트 CEO는 "효율이 수요를 키운다"고 말했다.',
        "사티아 나델라 마이크로소프트 CEO",
    ),
    (
        '크리스틴 라가르드 유럽중앙은행(ECB) 총재는 "물가가 목표에 가깝다"고 말했다.',
        "크리스틴 라가르드 유럽중앙은행(ECB) 총재",
    ),
    ('제롬 파월 연준 의장은 "서두르지 않겠다"고 말했다.', "제롬 파월 연준 의장"),
    ('마크 앤드리슨 벤처투자자는 "AI의 스푸트니크 순간"이라고 했다.', "마크 앤드리슨 벤처투자자"),
    ('블라디미르 푸틴 러시아 대통령은 "협상할 준비가 돼 있다"고 말했다.', "블라디미르 푸틴 러시아 대통령"),
    ('리창 중국 총리는 "5% 안팎 성장을 이루겠다"고 말했다.', "리창 중국 총리"),
    # Korean names, some of them common nouns too (조국)
    ('조국 조국혁신당 대표는 "검찰 개혁을 완수하겠다"고 말했다.', "조국 조국혁신당 대표"),
    ('정의선 현대차그룹 회장은 "미국 공장을 늘리겠다"고 말했다.', "정의선 현대차그룹 회장"),
    ('최태원 SK그룹 회장은 "반도체 경쟁이 치열하다"고 했다.', "최태원 SK그룹 회장"),
    ('구윤철 부총리 겸 기획재정부 장관은 "재정을 풀겠다"고 말했다.', "구윤철 부총리 겸 기획재정부 장관"),
    ('손흥민은 "팀이 이겨서 기쁘다"고 말했다.', "손흥민"),
    ('이강인이 "더 노력하겠다"고 밝혔다.', "이강인"),
    # organisations as bare subjects of reported claims (Wikipedia proper nouns)
    ("엔비디아가 올해 매출이 3% 늘어날 것이라고 전망했다.", "엔비디아"),
    ("브로드컴이 올해 매출이 8% 늘어날 것이라고 전망했다.", "브로드컴"),
    ("바이트댄스가 올해 매출이 10% 늘어날 것이라고 전망했다.", "바이트댄스"),
    ("포스코홀딩스가 올해 매출이 4% 늘어날 것이라고 전망했다.", "포스코홀딩스"),
    ("딥시크가 올해 매출이 5% 늘어날 것이라고 전망했다.", "딥시크"),
    ("앤트로픽이 올해 매출이 6% 늘어날 것이라고 전망했다.", "앤트로픽"),
    ("골드만삭스가 올해 성장률이 2%에 그칠 것이라고 전망했다.", "골드만삭스"),
    ("스페이스X가 올해 발사가 200회를 넘을 것이라고 밝혔다.", "스페이스X"),
    ("팔란티어는 올해 매출이 20% 늘어날 것이라고 밝혔다.", "팔란티어"),
    ('마이크로소프트 측은 "사실과 다르다"고 설명했다.', "마이크로소프트 측"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker_read_whole(text: str, speaker: str) -> None:
    found = extract_quotes(parse_article(text))
    assert [q.speaker for q in found] == [speaker]
