/** The teacher guide's own words in Korean (the shape of src/teacher/words/en.ts). */
import type { GuideWords } from './en.ts';

const number = new Intl.NumberFormat('ko');
const percent = new Intl.NumberFormat('ko', { style: 'percent', maximumFractionDigits: 1 });
const n = (x: number): string => number.format(x);
const list = (items: string[]): string => new Intl.ListFormat('ko', { type: 'conjunction' }).format(items);

export const ko = {
  list,
  quote: (title) => `“${title}”`,
  number: n,
  percent: (share) => percent.format(share),
  sentenceGap: ' ',
  once: ' (제공 예정)',

  pageTitle: (story) => `교사용 안내서 — ${story}`,
  description: (story) =>
    `${story} 교사용 안내서: 수업 계획, 내용 안내, 장별 요약, 토론 질문, 모든 경로의 지도, 용어 풀이와 출처.`,
  skipLink: '안내서 본문으로 건너뛰기',
  languagesNav: '다른 언어로 된 안내서',
  languagesLabel: '안내서 언어:',
  kicker: '교사용 안내서',
  play: '이야기 시작하기',
  openClassroom: '수업 모드로 열기',
  contents: '차례',
  sections: {
    overview: '개요와 학습 목표',
    age: '권장 연령과 내용 안내',
    lesson: '45분 수업안',
    chapters: '장별 요약과 토론 질문',
    map: '모든 경로의 지도',
    glossary: '용어 풀이',
    sources: '출처',
    classroom: '수업에서 이야기 준비하기',
  },

  overview: {
    atAGlance: '한눈에 보기',
    forLabel: '대상',
    forValue: (age) => `만 ${n(age)}세 이상 학생`,
    shapeLabel: '구성',
    shapeValue: (c) =>
      `${n(c.chapters)}개 장, 장면 ${n(c.scenes)}개, 엔딩 ${n(c.endings)}개. 사실 카드 ${n(c.facts)}장이 출처 ${n(c.sources)}건을 인용합니다`,
    runLabel: '한 번의 플레이',
    runValue: (median, runs, lastShortest) =>
      `모의 플레이 ${n(runs)}회에서 선택 횟수의 중앙값은 ${n(median)}번입니다. 일찍 끝나는 플레이가 많기 때문입니다${lastShortest !== undefined ? `. 마지막 장의 엔딩에 이르려면 적어도 ${n(lastShortest)}번 선택해야 합니다` : ''}`,
    languagesLabel: '언어',
    needsLabel: '준비물',
    needsValue: '컴퓨터, 태블릿 또는 휴대폰의 웹 브라우저. 계정도, 가입도, 설치도 필요 없습니다',
    about: '이야기 소개',
    objectives: '학습 목표',
    objectivesLead: '수업을 마치면 학생들은 다음을 할 수 있어야 합니다.',
  },

  age: {
    intro: (age) =>
      `이 이야기는 <strong>만 ${n(age)}세 이상</strong> 학생을 위한 것입니다. 쉬운 말로, 2인칭 현재 시제로 쓰였습니다. 학생은 북한의 한 젊은 여성이 되어 선택을 하고, 그 결과를 감당합니다. 이야기는 정직하고 절제되어 있습니다. 폭력은 암시될 뿐 보여 주지 않으며, 충격을 주려는 장면은 없습니다. 실제 사람들에게 일어난 일은 사실 카드와 에필로그에서 절제된 말로, 출처와 함께 전합니다.`,
    evenSo:
      '그렇더라도 이야기는 무거운 일을 다루며, 신중하게 고른 선택도 나쁘게 끝날 수 있습니다. 실제 사람들에게도 그렇듯이 말입니다. 수업 전에:',
    before: [
      '직접 두 번 이상 해 보세요. 한 번은 이른 엔딩까지, 한 번은 마지막 장까지. 아래의 장별 안내도 읽어 두세요.',
      '시작하기 전에 이야기가 무엇을 다루는지, 언제든 멈춰도 된다는 것, 끝난 뒤 누구와 이야기할 수 있는지를 학생들에게 알려 주세요.',
      '강제 이주, 구금, 인신매매를 직접 겪었거나 가족이 겪은 학생이 있을 수 있습니다. 누구에게도 자신의 경험을 말하라고 요구하지 말고, 토론은 이야기 속 인물을 중심으로 이끌어 주세요.',
    ],
    contentNote: '이야기의 내용 안내',
    byChapter: '장별 안내',
    byChapterLead:
      '이 안내서를 만들 때 이야기 자체에서 읽어 낸 내용입니다. 각 장이 이를 수 있는 엔딩, 그리고 그 장의 사실 카드, 엔딩의 에필로그, 등장하는 장소가 다루는 주제와 그 주제가 나오는 곳입니다.',
    chapter: (c) => `${n(c)}장:`,
    endsIn: (endings) => `이 장에서 이야기가 끝날 수 있는 엔딩은 ${n(endings.length)}개입니다: ${list(endings)}.`,
    noEnding: '이 장에서 끝나는 플레이는 없습니다.',
    themesLead: ' 이 장의 사실 카드, 엔딩의 에필로그, 등장하는 장소가 다루는 주제는 다음과 같습니다.',
    noThemes: ' 이 장의 사실 카드와 엔딩에는 여기 나열한 주제가 나오지 않습니다.',
    theme: (label, scenes, endings) =>
      `<strong>${label}</strong>: ${list(
        [scenes.length ? `장면 ${list(scenes)}` : '', endings.length ? `엔딩 ${list(endings)}` : ''].filter(Boolean),
      )}`,
  },

  lesson: {
    lead: '한 차시 수업: 학생들은 이야기를 한 번(첫 플레이가 일찍 끝나면 두 번) 하고, 자신이 한 선택에 대해 이야기합니다. 더 긴 단원으로 운영한다면 <a href="#chapters">장별 요약</a>의 질문과 함께 한 차시에 한 장씩 다루세요.',
    before: '수업 전: 10분',
    place: (places) => `<strong>위치 찾기.</strong> 지도에서 각 장의 무대를 찾아봅니다: ${list(places)}.`,
    frame:
      '<strong>이야기 소개하기.</strong> 이야기 소개를 소리 내어 읽습니다(<a href="#overview">개요</a> 참고). 등장인물은 여러 사람의 이야기를 합친 허구의 인물이지만, 그들에게 일어나는 일은 공개된 기록을 따르며, 모든 사실 카드에는 출처가 있습니다.',
    prepare:
      '<strong>마음 준비하기.</strong> 내용 안내를 읽고, 읽은 내용을 어떻게 이야기할지 학급이 함께 정하며, 누구든 멈추거나 자리를 잠시 떠나도 된다고 말해 주세요.',
    preteach: (terms) =>
      `<strong>낱말 미리 익히기.</strong> 학생들이 1장에서 만날 낱말: ${list(terms)}(<a href="#glossary">용어 풀이</a> 참고). 이야기에서 표시된 낱말을 누르면 뜻이 나옵니다.`,
    during: '수업 중: 25분',
    pairs: (href) =>
      `<strong>짝과 함께 하기.</strong> 수업 모드로 합니다(<a href="${href}">열기</a>, <a href="#classroom">준비 방법</a>). 두 사람이 기기 하나로, 선택할 때마다 서로 동의한 뒤에 고릅니다. 짝끼리 나누는 대화가 바로 이 활동의 핵심입니다.`,
    keepNote: '<strong>기록하기.</strong> 두 사람이 어려워한 선택 하나와 그 이유, 그리고 도달한 엔딩을 적어 둡니다.',
    runsDiffer: (figures) =>
      `<strong>플레이마다 다릅니다.</strong> 우연이 작용하며, 이야기는 이를 위험으로 솔직하게 보여 줍니다${
        figures
          ? `. 모의 플레이 ${n(figures.runs)}회에서 선택 횟수의 중앙값은 ${n(figures.median)}번이었${
              figures.early
                ? `고, ${percent.format(figures.early.share)}가 첫 장인 ${figures.early.chapter}에서 끝났습니다`
                : '습니다'
            }`
          : ''
      }. 일찍 끝난 짝은 에필로그와 사실 카드를 읽고, 다시 시작해 다른 선택을 해 봅니다.`,
    between:
      '<strong>장과 장 사이</strong>에 수업 모드는 방금 끝난 장의 토론 질문을 보여 줍니다. 짝끼리 첫 답을 간단히 적고 계속합니다.',
    after: '수업 후: 10분',
    gather: (endings) =>
      `<strong>엔딩 모으기.</strong> 짝들이 도달한 엔딩을 칠판에 적고, 전체 엔딩 ${n(endings)}개의 목록과 나란히 놓습니다(<a href="#map">모든 경로의 지도</a> 참고). 어떤 엔딩은 선택으로, 어떤 엔딩은 우연으로 이르렀나요?`,
    discuss: '<strong>토론하기.</strong> 가장 많은 짝이 도달한 장의 질문 두세 개로 토론합니다.',
    facts:
      '<strong>사실로 돌아가기.</strong> 사실 카드 하나를 출처와 함께 소리 내어 읽습니다. 이야기는 허구이지만, 그 바탕은 허구가 아닙니다.',
    extension: '심화 활동: 사실 확인하기',
    checkFact:
      '학생마다 자신이 본 사실 카드 하나를 골라 <a href="#sources">출처</a>에서 그 출처를 찾고, 출처가 무엇이라고 하는지 읽습니다. 카드의 내용과 같은가요? 출처가 불확실하다고 남겨 둔 것은 무엇인가요? 출처마다 수치가 다른 곳은 어디이며, 왜 다를까요? 짧은 글로 쓰거나 학급에서 발표합니다. 마지막 학습 목표, 곧 기록된 사실과 그 위에 지은 이야기를 구별하는 힘을 기르는 활동입니다.',
    chanceEnding:
      '또는 모든 경로의 지도에서, 우연의 결과(점선 화살표)로만 이르는 엔딩을 찾아봅니다. 아무리 조심스러운 사람도 피할 수 없었던 것은 무엇일까요? 그것은 붙잡힌 사람들에 대해 무엇을 말해 주나요?',
  },

  chapters: {
    lead: '각 요약은 그 장에서만 가져온 것으로, 뒤의 장에 대해서는 아무것도 알려 주지 않습니다. 배경이 되는 때와 곳, 시작하는 장면, 장면 목록, 이를 수 있는 엔딩을 담았습니다. 토론 질문은 수업 모드가 그 장이 끝난 뒤 보여 주는 것과 같습니다.',
    chapter: (c) => `${n(c)}장`,
    summary: '요약',
    whereWhen: '때와 곳',
    opening: '시작 부분(이야기 원문)',
    scenes: (c) => `장면 ${n(c)}개(플레이어가 처음 만나는 순서)`,
    endings: '이 장에서 이야기가 끝날 수 있는 엔딩',
    noEnding: '여기서 끝나는 플레이는 없습니다.',
    leadsOn: '이어지는 장',
    leadsTo: (chapters) => list(chapters.map(({ n: c, title }) => `${n(c)}장 ${title}`)),
    nowhere: '없음: 이 장에 이른 플레이는 모두 이 장에서 끝납니다.',
    questions: '토론 질문',
    noQuestions: '이 장에는 토론 질문이 없습니다.',
    start: (c) => `${n(c)}장부터 수업 시작하기`,
  },

  paths: {
    lead: '이야기를 지나는 모든 길을 이야기의 데이터로 그렸습니다. 전체 지도에서 장은 왼쪽에서 오른쪽으로 이어지고, 아래의 장별 지도는 위에서 아래로, 플레이어가 처음 만나는 순서대로 장면을 보여 줍니다. 화살표는 어떤 플레이가 밟을 수 있는 한 걸음입니다. 어떤 선택지는 앞선 선택에 따라서만 나타납니다. 지도 뒤의 <a href="#endings-list">엔딩 목록</a>은 같은 내용을 글로 설명합니다.',
    key: {
      scene: '장면(네모)',
      ending: '엔딩(팔각형)',
      exit: '장으로 들어오는 곳, 또는 다른 장으로 이어지는 곳',
      choice: '선택(실선 화살표)',
      chance: '우연의 결과(점선 화살표)',
    },
    overviewCaption: '각 장과, 각 장에서 이를 수 있는 엔딩',
    chapterCaption: (c) => `${n(c)}장:`,
    captionCount: (scenes, endings) => `(장면 ${n(scenes)}개${endings ? `, 엔딩 ${n(endings)}개` : ''})`,
    endingsHeading: (endings) => `엔딩 ${n(endings)}개와 각 엔딩으로 이어지는 장면`,
    endingChapter: (c, title) => `(${n(c)}장 ${title})`,
    direct: (scenes) => `이 엔딩으로 바로 이어지는 장면 ${n(scenes.length)}개: ${list(scenes)}.`,
    reach: (scenes, total) => `이야기의 장면 ${n(total)}개 중 ${n(scenes)}개가 이 엔딩으로 이어질 수 있습니다.`,
    shortest: (choices) => `이 엔딩에 이르는 가장 짧은 플레이는 ${n(choices)}번 선택합니다.`,
    share: (share, runs) => `모의 플레이 ${n(runs)}회 중 ${percent.format(share)}가 여기서 끝났습니다.`,
  },

  glossary: {
    lead: '플레이어가 표시된 낱말을 누르면 이야기가 그 자리에서 풀이해 주는 낱말들입니다.',
  },

  sources: {
    lead: (facts) =>
      `이야기의 사실 카드 ${n(facts)}장이 인용하는 모든 출처와 그 링크입니다. 제목은 각 출처의 원래 제목입니다.`,
    cited: (cards) => `사실 카드 ${n(cards)}장에서 인용.`,
  },

  classroom: {
    mode: '수업 모드',
    modeText: (param, link) =>
      `이야기 주소에 ${param}을 붙이세요: ${link}. 수업 모드에서는 학생에게 서명이나 공유를 요청하지 않고, 어디로도 아무것도 보내지 않습니다. 장과 장 사이, 그리고 각 엔딩에서 토론 질문을 보여 주며, 학생은 선택을 하나 되돌릴 수 있습니다.`,
    embed: (once, attribute) =>
      `이야기가 다른 페이지(학교나 캠페인의 페이지)에 삽입되어 있다면${once}, 삽입 코드의 요소에 ${attribute}을 더하면 그 페이지 안에서도 같은 수업 모드로 열립니다.`,
    chapter: '특정 장부터 시작하기',
    chapterText: (param, chapters, once, example) =>
      `${param}을 붙이면 N장(1–${n(chapters)})부터 시작합니다${once}. 예를 들어 ${example}는 2장부터 수업을 시작합니다. 위의 장별 요약마다 해당 링크가 있습니다.`,
    language: '언어',
    languageText: (param, languages) =>
      `${param} 뒤에 언어 코드를 붙이면 그 언어로 이야기가 열립니다: ${languages}. 학생은 첫 화면과 설정에서도 언어를 바꿀 수 있으며, 하던 곳은 그대로 이어집니다.`,
    room: '실시간 수업 방',
    roomText: (link) =>
      `프로젝터에 연결된 컴퓨터에서 ${link}을(를) 열고 방을 여세요. 짧은 코드, 링크, QR 코드가 나타납니다. 학생들은 링크를 열거나 QR 코드를 찍거나, 이야기 첫 화면에 코드를 입력합니다. 그러면 수업 모드가 켜지고, 이름은 묻지 않습니다. 프로젝터에는 참여한 학생과 플레이 중인 학생 수, 그리고 이야기 순서대로 결정마다 각 선택을 고른 학생 수가 나타납니다. 결과는 공개하기 전까지 숨겨져 있습니다(버튼 또는 R 키, ←와 →로 결정 사이를 이동).`,
    roomLesson:
      '방을 활용한 수업: 짝끼리 한 장을 플레이하게 한 뒤, 그 장의 결정을 하나씩 살펴보세요. 반이 무엇을 골랐을지 먼저 물어보고, 결과를 공개한 다음, 왜 그렇게 나뉘었는지 장의 토론 질문과 반이 도달한 결말을 곁에 두고 이야기합니다. 수업이 끝나면 방을 닫으세요. 집계는 즉시 삭제되며, 24시간 동안 쓰지 않은 방도 삭제됩니다. 수업 방에는 이야기 전용 서버(npm run serve)가 필요하며, 정적 호스팅에 올린 사본에는 없습니다.',
    offline: '오프라인',
    offlineText: (once) =>
      `한 번 방문하고 나면 인터넷 연결 없이도 이야기가 작동합니다${once}. 수업 전에 기기마다 한 번씩 열어 두면, 학교 네트워크가 약해도 수업이 멈추지 않습니다.`,
    privacy: '개인정보',
    privacyText:
      '계정도, 가입도, 추적도 없습니다. 플레이는 그 기기의 브라우저에만 저장되므로, 새로고침을 해도 학생은 하던 곳에서 이어 갈 수 있습니다.',
  },

  footer:
    '이 안내서는 사이트를 빌드할 때마다 이야기 파일에서 새로 만들어지므로, 요약, 질문, 지도, 용어 풀이와 출처가 언제나 이야기와 일치합니다.',

  themes: {
    detention: '구금, 심문, 수감',
    'forced-return': '북한으로의 강제 송환',
    trafficking: '인신매매, 강제 결혼, 성 착취',
    violence: '폭력(성폭력 포함, 전해질 뿐 묘사되지 않음)',
    death: '죽음과 기근',
    family: '흩어진 가족, 처벌받는 친척',
  },

  map: {
    start: '시작',
    fromChapter: (c) => `${n(c)}장에서`,
    toChapter: (c, scene) => `${n(c)}장으로: ${scene}`,
    chapterLabel: (c, title) => `${n(c)}. ${title}`,
    sceneCount: (c) => `장면 ${n(c)}개`,
    chapterMapTitle: (c, title) => `${n(c)}장 ${title}의 지도`,
    chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
      [
        `${n(chapter)}장에는 장면이 ${n(scenes)}개 있습니다.`,
        endings.length
          ? `이 장에서 이야기가 끝날 수 있는 엔딩은 ${n(endings.length)}개입니다: ${endings.join('; ')}.`
          : '이 장에서 이르는 엔딩은 없습니다.',
        leadsTo.length ? `${list(leadsTo.map((c) => `${n(c)}장`))}으로 이어집니다.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    overviewTitle: '각 장과, 각 장에서 이를 수 있는 엔딩',
    overviewDescription: (chapters, endings) =>
      `플레이 순서대로 왼쪽에서 오른쪽으로 놓인 ${n(chapters)}개 장과, 각 엔딩으로 이어지는 장 아래에 놓인 엔딩 ${n(endings)}개.`,
    imageAlt: (title, description) => `${title}. ${description}`,
  },
} satisfies GuideWords;
