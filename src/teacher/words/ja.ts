/** The teacher guide's own words in Japanese (the shape of src/teacher/words/en.ts). */
import type { GuideWords } from './en.ts';

const number = new Intl.NumberFormat('ja');
const percent = new Intl.NumberFormat('ja', { style: 'percent', maximumFractionDigits: 1 });
const n = (x: number): string => number.format(x);
const list = (items: string[]): string => new Intl.ListFormat('ja', { type: 'conjunction' }).format(items);

export const ja = {
  list,
  quote: (title) => `「${title}」`,
  number: n,
  percent: (share) => percent.format(share),
  sentenceGap: '',
  once: '（提供予定）',

  pageTitle: (story) => `教師用ガイド — ${story}`,
  description: (story) =>
    `『${story}』の教師用ガイド：授業案、内容についての注意、章ごとの要約、話し合いの問い、すべての道すじの地図、用語集、出典。`,
  skipLink: 'ガイド本文へ移動',
  languagesNav: 'ほかの言語のガイド',
  languagesLabel: 'ガイドの言語：',
  kicker: '教師用ガイド',
  play: '物語をはじめる',
  openClassroom: '授業モードで開く',
  contents: '目次',
  sections: {
    overview: '概要と学習目標',
    age: '対象年齢と内容についての注意',
    lesson: '45分の授業案',
    chapters: '各章の要約と話し合いの問い',
    map: 'すべての道すじの地図',
    glossary: '用語集',
    sources: '出典',
    classroom: '授業での準備',
  },

  overview: {
    atAGlance: 'ひと目でわかる概要',
    forLabel: '対象',
    forValue: (age) => `${n(age)}歳以上の生徒`,
    shapeLabel: '構成',
    shapeValue: (c) =>
      `${n(c.chapters)}章、${n(c.scenes)}場面、${n(c.endings)}のエンディング。事実カード${n(c.facts)}枚が${n(c.sources)}件の出典を引用`,
    runLabel: '1回のプレイ',
    runValue: (median, runs, lastShortest) =>
      `${n(runs)}回の模擬プレイで、選択の回数の中央値は${n(median)}回（早く終わるプレイが多いため）${lastShortest !== undefined ? `。最終章のエンディングにたどり着くには少なくとも${n(lastShortest)}回の選択が必要` : ''}`,
    languagesLabel: '言語',
    needsLabel: '必要なもの',
    needsValue: 'パソコン、タブレット、スマートフォンのウェブブラウザ。アカウントも登録もインストールも不要',
    about: '物語について',
    objectives: '学習目標',
    objectivesLead: '授業のあと、生徒は次のことができるようになります。',
  },

  age: {
    intro: (age) =>
      `この物語は<strong>${n(age)}歳以上</strong>の生徒を対象としています。平易なことばで、二人称・現在形で書かれています。生徒は北朝鮮の若い女性として選択をし、その結果を引き受けます。物語は誠実で、抑制がきいています。暴力はほのめかされるだけで描かれず、衝撃を与えるための場面はありません。実在の人々に起きたことは、事実カードとエピローグで、節度あることばで、出典とともに伝えます。`,
    evenSo:
      'それでも、物語は重いことを扱います。慎重に選んだつもりでも悪い結果に終わることがあり、それは実在の人々にとっても同じです。授業の前に：',
    before: [
      '少なくとも2回、ご自身でプレイしてください。1回は早いエンディングまで、1回は最終章まで。下の章ごとの注意も読んでおいてください。',
      '始める前に、物語が何を扱うか、いつやめてもよいこと、終わったあと誰に話せるかを生徒に伝えてください。',
      '強制的な移住、拘禁、人身売買を自ら経験した生徒や、家族が経験した生徒がいるかもしれません。自分の経験を話すよう求めることは決してせず、話し合いは物語の登場人物を通して進めてください。',
    ],
    contentNote: '物語の内容についての注意',
    byChapter: '章ごとに',
    byChapterLead:
      'このガイドを作成した時点で物語そのものから読み取ったものです。各章がたどり着きうるエンディングと、その章の事実カード、エンディングのエピローグ、登場する場所が扱うテーマ、そしてそれぞれが現れる箇所を示します。',
    chapter: (c) => `第${n(c)}章：`,
    endsIn: (endings) => `この章で物語が終わりうるエンディングは${n(endings.length)}つ：${list(endings)}。`,
    noEnding: 'この章で終わるプレイはありません。',
    themesLead: 'この章の事実カード、エンディングのエピローグ、登場する場所が扱うテーマ：',
    noThemes: 'この章の事実カードとエンディングには、ここに挙げたテーマは出てきません。',
    theme: (label, scenes, endings) =>
      `<strong>${label}</strong>：${list(
        [scenes.length ? `場面${list(scenes)}` : '', endings.length ? `エンディング${list(endings)}` : ''].filter(
          Boolean,
        ),
      )}`,
  },

  lesson: {
    lead: '1回の授業で、生徒は物語を1回（最初のプレイが早く終わったら2回）プレイし、自分のした選択について話し合います。長めの単元にするなら、<a href="#chapters">各章の要約</a>の問いを使って1回の授業で1章ずつ扱ってください。',
    before: '授業の前：10分',
    place: (places) => `<strong>場所を確かめる。</strong>地図で各章の舞台を探します：${list(places)}。`,
    frame:
      '<strong>物語を紹介する。</strong>物語の紹介文を読み上げます（<a href="#overview">概要</a>を参照）。登場人物は複数の人の経験をもとにした架空の人物ですが、彼らに起きることは公の記録に沿っており、すべての事実カードに出典があります。',
    prepare:
      '<strong>心の準備をする。</strong>内容についての注意を読み、読んだことをどう話し合うかをクラスで決め、誰でも途中でやめたり席を外したりしてよいと伝えます。',
    preteach: (terms) =>
      `<strong>ことばを予習する。</strong>生徒が第1章で出会うことば：${list(terms)}（<a href="#glossary">用語集</a>を参照）。物語の中では、印のついたことばをタップすると説明が出ます。`,
    during: '授業中：25分',
    pairs: (href) =>
      `<strong>ペアでプレイする。</strong>授業モードで行います（<a href="${href}">開く</a>／<a href="#classroom">準備のしかた</a>）。ペアに1台の端末で、選ぶたびに二人で合意してから選びます。ペアの対話こそが、この活動の目的です。`,
    keepNote:
      '<strong>メモを取る。</strong>ペアが迷った選択をひとつとその理由、たどり着いたエンディングを書き留めます。',
    runsDiffer: (figures) =>
      `<strong>プレイごとに結果は違います。</strong>偶然も働き、物語はそれをリスクとして正直に示します${
        figures
          ? `。${n(figures.runs)}回の模擬プレイで選択の回数の中央値は${n(figures.median)}回${
              figures.early
                ? `、${percent.format(figures.early.share)}が第1章${figures.early.chapter}で終わりました`
                : 'でした'
            }`
          : ''
      }。早く終わったペアはエピローグと事実カードを読み、もう一度、別の選択をしてプレイします。`,
    between:
      '<strong>章と章のあいだ</strong>に、授業モードは終えたばかりの章の話し合いの問いを表示します。ペアは最初の答えを簡単にメモして先に進みます。',
    after: '授業の後：10分',
    gather: (endings) =>
      `<strong>エンディングを集める。</strong>ペアがたどり着いたエンディングを黒板に書き、全${n(endings)}のエンディングの一覧と並べます（<a href="#map">すべての道すじの地図</a>を参照）。選択によってたどり着いたのはどれで、偶然によるものはどれでしょう？`,
    discuss: '<strong>話し合う。</strong>最も多くのペアがたどり着いた章の問いから、2つか3つを取り上げます。',
    facts:
      '<strong>事実に立ち返る。</strong>事実カードを1枚、出典とともに読み上げます。物語はフィクションですが、その土台はフィクションではありません。',
    extension: '発展活動：事実を確かめる',
    checkFact:
      '生徒はそれぞれ、自分が読んだ事実カードを1枚選び、<a href="#sources">出典</a>でその出典を見つけて、出典が何と言っているかを読みます。カードと同じことを言っているでしょうか？ 何を不確かなまま残しているでしょうか？ 出典によって数字が違うのはどこで、なぜ違うのでしょうか？ 短い文章にまとめるか、クラスで発表します。最後の学習目標、記録された事実と、それをもとにした物語とを見分ける力につながる活動です。',
    chanceEnding:
      'または、すべての道すじの地図で、偶然の結果（破線の矢印）だけがつながっているエンディングを探します。どんなに慎重な人でも避けられなかったことは何でしょう？ それは捕まった人たちについて何を語っているでしょうか？',
  },

  chapters: {
    lead: '各章の要約はその章だけから作られていて、あとの章のことには触れません。いつ・どこで起きるか、どう始まるか、場面、たどり着きうるエンディングを示します。話し合いの問いは、授業モードが章の終わりに表示するものと同じです。',
    chapter: (c) => `第${n(c)}章`,
    summary: '要約',
    whereWhen: 'いつ・どこで',
    opening: '書き出し（物語の本文より）',
    scenes: (c) => `${n(c)}の場面（プレイヤーが初めて出会う順）`,
    endings: 'この章で物語が終わりうるエンディング',
    noEnding: 'ここで終わるプレイはありません。',
    leadsOn: '次につながる章',
    leadsTo: (chapters) => list(chapters.map(({ n: c, title }) => `第${n(c)}章${title}`)),
    nowhere: 'なし：この章に来たプレイはすべてこの章で終わります。',
    questions: '話し合いの問い',
    noQuestions: 'この章には話し合いの問いはありません。',
    start: (c) => `第${n(c)}章から授業を始める`,
  },

  paths: {
    lead: '物語を通るすべての道すじを、物語のデータから描いたものです。全体図では章が左から右へ並び、下の章ごとの地図では、場面がプレイヤーの初めて出会う順に上から下へ並びます。矢印は、あるプレイがたどりうる一歩です。前の選択によってしか現れない選択肢もあります。地図のあとの<a href="#endings-list">エンディング一覧</a>は、同じことを文章で示します。',
    key: {
      scene: '場面（四角）',
      ending: 'エンディング（八角形）',
      exit: '章への入口、または別の章への出口',
      choice: '選択（実線の矢印）',
      chance: '偶然の結果（破線の矢印）',
    },
    overviewCaption: '各章と、それぞれがたどり着きうるエンディング',
    chapterCaption: (c) => `第${n(c)}章：`,
    captionCount: (scenes, endings) => `（${n(scenes)}場面${endings ? `、エンディング${n(endings)}` : ''}）`,
    endingsHeading: (endings) => `${n(endings)}のエンディングと、それぞれにつながる場面`,
    endingChapter: (c, title) => `（第${n(c)}章${title}）`,
    direct: (scenes) => `直接つながる場面は${n(scenes.length)}つ：${list(scenes)}。`,
    reach: (scenes, total) => `物語の${n(total)}場面のうち${n(scenes)}場面からたどり着けます。`,
    shortest: (choices) => `最短のプレイでは${n(choices)}回の選択でたどり着きます。`,
    share: (share, runs) => `${n(runs)}回の模擬プレイのうち${percent.format(share)}がここで終わりました。`,
  },

  glossary: {
    lead: 'プレイヤーが印のついたことばをタップすると、物語がその場で説明することばです。',
  },

  sources: {
    lead: (facts) =>
      `物語の事実カード${n(facts)}枚が引用するすべての出典と、そのリンクです。タイトルは出典のものをそのまま記しています。`,
    cited: (cards) => `事実カード${n(cards)}枚で引用。`,
  },

  classroom: {
    mode: '授業モード',
    modeText: (param, link) =>
      `物語のアドレスに${param}を付けます：${link}。授業モードでは、生徒に署名や共有を求めることはなく、どこにも何も送信しません。章と章のあいだと各エンディングで話し合いの問いを表示し、生徒はひとつ前の選択に戻ることができます。`,
    embed: (once, attribute) =>
      `物語がほかのページ（学校やキャンペーンのページ）に埋め込まれている場合は${once}、埋め込みコードの要素に${attribute}を加えると、そのページの中でも同じ授業モードになります。`,
    chapter: '章を指定して始める',
    chapterText: (param, chapters, once, example) =>
      `${param}を付けると、第N章（1〜${n(chapters)}）から始まります${once}。たとえば${example}は第2章から授業を始めます。上の各章の要約にそのリンクがあります。`,
    language: '言語',
    languageText: (param, languages) =>
      `${param}のあとに言語コードを付けると、その言語で物語が開きます：${languages}。生徒はタイトル画面や設定でも言語を切り替えられ、続きからプレイできます。`,
    room: 'ライブのクラスルーム',
    roomText: (link) =>
      `プロジェクターにつないだコンピューターで ${link} を開き、ルームを開きます。短いコード、リンク、QRコードが表示されます。生徒はリンクを開くかQRコードを読み取るか、物語のタイトル画面にコードを入力します。授業モードがオンになり、名前はたずねません。プロジェクターには、参加した人数とプレイ中の人数、そして物語の順に選択の場面ごと、それぞれの選択を選んだ人数が表示されます。結果は公開するまで隠れています(ボタンか R キー。← と → で場面を移動)。`,
    roomLesson:
      'ルームを使った授業:ペアで一つの章を遊ばせ、その章の選択の場面を一つずつ取り上げます。クラスが何を選んだと思うかをたずね、結果を公開し、なぜそう分かれたのかを、章の問いとクラスがたどり着いた結末を横に置いて話し合います。授業の終わりにルームを閉じてください。集計はすぐに削除され、24時間使われなかったルームも削除されます。クラスルームには物語専用のサーバー(npm run serve)が必要で、静的ホスティングに置いた物語にはありません。',
    offline: 'オフライン',
    offlineText: (once) =>
      `一度アクセスすれば、接続がなくても物語は動きます${once}。授業の前に各端末で一度開いておけば、学校のネットワークが弱くても授業は止まりません。`,
    privacy: 'プライバシー',
    privacyText:
      'アカウントも登録もトラッキングもありません。プレイの記録はその端末のブラウザにだけ保存されるので、再読み込みしても生徒は続きから再開できます。',
  },

  footer:
    'このガイドはサイトをビルドするたびに物語のファイルから作り直されるため、要約、問い、地図、用語集、出典はいつも物語と一致しています。',

  themes: {
    detention: '拘禁、取り調べ、収監',
    'forced-return': '北朝鮮への強制送還',
    trafficking: '人身売買、強制結婚、性的搾取',
    violence: '暴力（性暴力を含む。語られるだけで描かれない）',
    death: '死と飢饉',
    family: '引き裂かれる家族と、罰せられる親族',
  },

  map: {
    start: 'スタート',
    fromChapter: (c) => `第${n(c)}章から`,
    toChapter: (c, scene) => `第${n(c)}章へ：${scene}`,
    chapterLabel: (c, title) => `${n(c)}. ${title}`,
    sceneCount: (c) => `${n(c)}場面`,
    chapterMapTitle: (c, title) => `第${n(c)}章${title}の地図`,
    chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
      [
        `第${n(chapter)}章には${n(scenes)}の場面があります。`,
        endings.length
          ? `この章で物語が終わりうるエンディングは${n(endings.length)}つ：${endings.join('、')}。`
          : 'この章からたどり着くエンディングはありません。',
        leadsTo.length ? `${list(leadsTo.map((c) => `第${n(c)}章`))}へ続きます。` : '',
      ]
        .filter(Boolean)
        .join(''),
    overviewTitle: '各章と、それぞれがたどり着きうるエンディング',
    overviewDescription: (chapters, endings) =>
      `プレイ順に左から右へ並ぶ${n(chapters)}の章と、それぞれのエンディングにつながる章の下に置かれた${n(endings)}のエンディング。`,
    imageAlt: (title, description) => `${title}。${description}`,
  },
} satisfies GuideWords;
