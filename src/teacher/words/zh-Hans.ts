/** The teacher guide's own words in Simplified Chinese (the shape of src/teacher/words/en.ts). */
import type { GuideWords } from './en.ts';

const number = new Intl.NumberFormat('zh-Hans');
const percent = new Intl.NumberFormat('zh-Hans', { style: 'percent', maximumFractionDigits: 1 });
const n = (x: number): string => number.format(x);
const list = (items: string[]): string => new Intl.ListFormat('zh-Hans', { type: 'conjunction' }).format(items);

export const zhHans = {
  list,
  quote: (title) => `“${title}”`,
  number: n,
  percent: (share) => percent.format(share),
  sentenceGap: '',
  once: '（即将推出）',

  pageTitle: (story) => `教师指南 — ${story}`,
  description: (story) => `《${story}》教师指南：教案、内容提示、各章概要、讨论问题、全部路径图、词汇表和资料来源。`,
  skipLink: '跳到指南正文',
  languagesNav: '其他语言的指南',
  languagesLabel: '指南语言：',
  kicker: '教师指南',
  play: '开始故事',
  openClassroom: '以课堂模式打开',
  contents: '目录',
  sections: {
    overview: '概述与学习目标',
    age: '适用年龄与内容提示',
    lesson: '一节45分钟的课',
    chapters: '各章概要与讨论问题',
    map: '全部路径图',
    glossary: '词汇表',
    sources: '资料来源',
    classroom: '在课堂上使用本故事',
  },

  overview: {
    atAGlance: '一览',
    forLabel: '对象',
    forValue: (age) => `${n(age)}岁及以上的学生`,
    shapeLabel: '结构',
    shapeValue: (c) =>
      `${n(c.chapters)}章、${n(c.scenes)}个场景、${n(c.endings)}个结局；${n(c.facts)}张事实卡片，引用${n(c.sources)}个资料来源`,
    runLabel: '一次游玩',
    runValue: (median, runs, lastShortest) =>
      `在${n(runs)}次模拟游玩中，选择次数的中位数为${n(median)}次，因为很多游玩会提前结束${lastShortest !== undefined ? `；要到达最后一章的结局，至少需要做出${n(lastShortest)}次选择` : ''}`,
    languagesLabel: '语言',
    needsLabel: '所需设备',
    needsValue: '电脑、平板或手机上的网页浏览器；无需账号、无需注册、无需安装',
    about: '关于这个故事',
    objectives: '学习目标',
    objectivesLead: '课后，学生应能够：',
  },

  age: {
    intro: (age) =>
      `本故事适合<strong>${n(age)}岁及以上</strong>的学生。它用平实的语言、第二人称和现在时写成：学生替一位朝鲜年轻女性做出选择，并承担后果。故事真诚而克制：暴力只作暗示，从不直接呈现，没有任何场景是为了制造震撼；真实人物的遭遇在事实卡片和尾声中以审慎的语言讲述，并附有来源。`,
    evenSo: '即便如此，故事涉及沉重的内容，看似谨慎的选择也可能以悲剧收场，正如现实中的人们所经历的那样。上课之前：',
    before: [
      '请自己至少玩两遍：一遍走到较早的结局，一遍走到最后一章。并阅读下面每一章的提示。',
      '开始之前告诉学生故事涉及哪些内容、他们随时可以停下，以及结束后可以找谁倾诉。',
      '有些学生本人或其家人可能经历过被迫迁徙、拘押或人口贩卖。切勿要求任何人讲述自己的经历；让故事中的人物承载讨论。',
    ],
    contentNote: '故事的内容提示',
    byChapter: '逐章提示',
    byChapterLead:
      '以下内容是生成本指南时从故事本身读取的：每一章可能到达的结局，以及该章的事实卡片、结局尾声和所提到的地点涉及的主题，并注明各主题出现的位置。',
    chapter: (c) => `第${n(c)}章：`,
    endsIn: (endings) => `故事可能在本章以${n(endings.length)}个结局结束：${list(endings)}。`,
    noEnding: '没有任何游玩在本章结束。',
    themesLead: '本章的事实卡片、结局尾声和所提到的地点涉及：',
    noThemes: '本章的事实卡片和结局未涉及此处列出的任何主题。',
    theme: (label, scenes, endings) =>
      `<strong>${label}</strong>：见于${list(
        [scenes.length ? `场景${list(scenes)}` : '', endings.length ? `结局${list(endings)}` : ''].filter(Boolean),
      )}。`,
  },

  lesson: {
    lead: '一节课：学生把故事玩一遍（如果第一次很早就结束，就玩两遍），然后讨论自己做出的选择。如果安排更长的单元，可以每节课讲一章，配合<a href="#chapters">各章概要</a>中的问题。',
    before: '课前：10分钟',
    place: (places) => `<strong>找到地点。</strong>在地图上找出各章发生的地方：${list(places)}。`,
    frame:
      '<strong>介绍故事。</strong>朗读故事简介（见<a href="#overview">概述</a>）。人物是综合多人经历而虚构的；他们的遭遇依据公开记录，每张事实卡片都注明了来源。',
    prepare:
      '<strong>做好准备。</strong>阅读内容提示，与全班商定如何谈论所读的内容，并说明任何人都可以停下或暂时离开。',
    preteach: (terms) =>
      `<strong>预习几个词</strong>，学生会在第一章遇到：${list(terms)}（见<a href="#glossary">词汇表</a>）。在故事中，点按带标记的词就会显示释义。`,
    during: '课中：25分钟',
    pairs: (href) =>
      `<strong>两人一组</strong>，使用课堂模式（<a href="${href}">打开</a>；<a href="#classroom">如何设置</a>）：每组一台设备，每次选择前两人先商量一致。两人的交谈正是这项活动的意义所在。`,
    keepNote: '<strong>做笔记：</strong>记下两人觉得最难的一个选择及其原因，以及最后到达的结局。',
    runsDiffer: (figures) =>
      `<strong>每次游玩都不同。</strong>运气也起作用，故事如实地把它呈现为风险${
        figures
          ? `：在${n(figures.runs)}次模拟游玩中，选择次数的中位数为${n(figures.median)}次${
              figures.early
                ? `，其中${percent.format(figures.early.share)}在第一章${figures.early.chapter}就结束了`
                : ''
            }`
          : ''
      }。提前结束的小组阅读尾声和事实卡片，然后重新开始，做出不同的选择。`,
    between: '<strong>章与章之间</strong>，课堂模式会显示刚结束那一章的讨论问题：各组简单写下初步回答，然后继续。',
    after: '课后：10分钟',
    gather: (endings) =>
      `<strong>汇总结局。</strong>把各组到达的结局写在黑板上，旁边列出全部${n(endings)}个结局（见<a href="#map">全部路径图</a>）。哪些是因选择而到达的，哪些是因运气？`,
    discuss: '<strong>讨论</strong>大多数小组到达的那一章中的两三个问题。',
    facts: '<strong>回到事实。</strong>朗读一张事实卡片及其来源。故事是虚构的，但它的依据不是。',
    extension: '拓展活动：核实一个事实',
    checkFact:
      '每个学生挑选一张自己读过的事实卡片，在<a href="#sources">资料来源</a>中找到它的出处，读一读出处原文。它说的和卡片一致吗？哪些地方它没有定论？不同来源的数字在哪里有出入，可能是什么原因？学生写一小段文字，或向全班汇报。这项活动指向最后一个学习目标：区分有据可查的事实与以之为基础的故事。',
    chanceEnding:
      '或者，借助全部路径图：找出一个只能通过运气结果（虚线箭头）到达的结局。一个再谨慎的人也无法避免的是什么？这对那些被抓的人说明了什么？',
  },

  chapters: {
    lead: '每篇概要都只取材于该章本身，不透露后面章节的内容：它发生的时间和地点、开头、场景以及可能到达的结局。讨论问题与课堂模式在该章结束后显示的问题相同。',
    chapter: (c) => `第${n(c)}章`,
    summary: '概要',
    whereWhen: '时间与地点',
    opening: '开头（故事原文）',
    scenes: (c) => `本章的${n(c)}个场景，按玩家初次遇到的顺序`,
    endings: '故事可能在本章结束的方式',
    noEnding: '没有任何游玩在这里结束。',
    leadsOn: '通往',
    leadsTo: (chapters) => list(chapters.map(({ n: c, title }) => `第${n(c)}章${title}`)),
    nowhere: '无：到达本章的每一次游玩都在本章结束。',
    questions: '讨论问题',
    noQuestions: '本章没有讨论问题。',
    start: (c) => `从第${n(c)}章开始上课`,
  },

  paths: {
    lead: '故事中的每一条路径，都根据故事本身的数据绘制。总览图中各章从左到右排列；下面每章的地图从上到下，按玩家初次遇到的顺序排列场景。一个箭头表示某次游玩可以走的一步：有些选项只有在之前的选择允许时才会出现。地图之后的<a href="#endings-list">结局列表</a>用文字说明同样的内容。',
    key: {
      scene: '场景（方框）',
      ending: '结局（八边形）',
      exit: '进入一章的地方，或通往另一章的地方',
      choice: '选择（实线箭头）',
      chance: '运气结果（虚线箭头）',
    },
    overviewCaption: '各章及每章可能通往的结局',
    chapterCaption: (c) => `第${n(c)}章：`,
    captionCount: (scenes, endings) => `（${n(scenes)}个场景${endings ? `，${n(endings)}个结局` : ''}）`,
    endingsHeading: (endings) => `${n(endings)}个结局，以及通往每个结局的场景`,
    endingChapter: (c, title) => `（第${n(c)}章${title}）`,
    direct: (scenes) => `直接通往这里的场景有${n(scenes.length)}个：${list(scenes)}。`,
    reach: (scenes, total) => `故事的${n(total)}个场景中有${n(scenes)}个可以通往这里。`,
    shortest: (choices) => `到达这里最短需要${n(choices)}次选择。`,
    share: (share, runs) => `在${n(runs)}次模拟游玩中，有${percent.format(share)}在这里结束。`,
  },

  glossary: {
    lead: '玩家点按带标记的词时，故事当场解释的词语。',
  },

  sources: {
    lead: (facts) => `故事的${n(facts)}张事实卡片引用的全部资料来源及其链接。标题保留来源的原文。`,
    cited: (cards) => `被${n(cards)}张事实卡片引用。`,
  },

  classroom: {
    mode: '课堂模式',
    modeText: (param, link) =>
      `在故事的网址后加上${param}：${link}。在课堂模式下，故事从不要求学生签名或分享，也不向任何地方发送任何内容；在章与章之间和每个结局处，它会显示讨论问题，学生还可以退回上一个选择。`,
    embed: (once, attribute) =>
      `如果故事嵌入在某个网页中（学校的或某个倡议活动的）${once}，在嵌入代码的元素上加上${attribute}，就能在该网页中使用同样的课堂模式。`,
    chapter: '从某一章开始',
    chapterText: (param, chapters, once, example) =>
      `加上${param}即可从第N章开始（1至${n(chapters)}）${once}：${example}会从第2章开始上课。上面每章的概要都附有对应链接。`,
    language: '语言',
    languageText: (param, languages) =>
      `加上${param}和语言代码，即可用该语言打开故事：${languages}。学生也可以在标题画面和设置中切换语言，并保留进度。`,
    room: '实时课堂房间',
    roomText: (link) =>
      `在连接投影仪的电脑上打开 ${link}，开一个房间：屏幕上会显示一个简短的代码、一个链接和一个二维码。学生打开链接、扫描二维码，或在故事标题页输入代码；课堂模式随即开启，不会询问名字。投影画面显示已加入和正在玩的人数，并按故事顺序逐个抉择显示每个选项有多少人选择：在你公布之前保持隐藏（按钮或 R 键；← 和 → 在抉择之间切换）。`,
    roomLesson:
      '用房间上一堂课：让学生两人一组玩一章，然后逐个讨论这一章的抉择。先问全班觉得自己选了什么，再公布结果，对照本章的讨论问题和全班到达的结局，讨论为什么会这样分化。下课时关闭房间：统计会立即删除；24 小时未使用的房间也会被删除。课堂房间需要故事自己的服务器（npm run serve）；放在静态托管上的副本没有服务器。',
    offline: '离线使用',
    offlineText: (once) =>
      `访问一次之后，故事在没有网络时也能运行${once}：课前在每台设备上打开一次，即使学校网络不稳定，课堂也不会中断。`,
    privacy: '隐私',
    privacyText: '无需账号、无需注册，也没有追踪。游玩进度只保存在设备的浏览器中，因此刷新页面后，学生可以从原处继续。',
  },

  footer: '本指南在每次构建网站时由故事本身的文件生成，因此其中的概要、问题、地图、词汇表和资料来源始终与故事一致。',

  themes: {
    detention: '拘押、审讯与监禁',
    'forced-return': '被强制遣返朝鲜',
    trafficking: '人口贩卖、强迫婚姻与性剥削',
    violence: '暴力，包括性暴力（仅有叙述，从不呈现）',
    death: '死亡与饥荒',
    family: '骨肉分离与亲属受罚',
  },

  map: {
    start: '开始',
    fromChapter: (c) => `来自第${n(c)}章`,
    toChapter: (c, scene) => `前往第${n(c)}章：${scene}`,
    chapterLabel: (c, title) => `${n(c)}. ${title}`,
    sceneCount: (c) => `${n(c)}个场景`,
    chapterMapTitle: (c, title) => `第${n(c)}章${title}的地图`,
    chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
      [
        `第${n(chapter)}章有${n(scenes)}个场景。`,
        endings.length
          ? `故事可能在本章以${n(endings.length)}个结局结束：${endings.join('；')}。`
          : '本章不通往任何结局。',
        leadsTo.length ? `本章通往${list(leadsTo.map((c) => `第${n(c)}章`))}。` : '',
      ]
        .filter(Boolean)
        .join(''),
    overviewTitle: '各章及每章可能通往的结局',
    overviewDescription: (chapters, endings) =>
      `按游玩顺序从左到右排列的${n(chapters)}章，以及位于所通往章节下方的${n(endings)}个结局。`,
    imageAlt: (title, description) => `${title}。${description}`,
  },
} satisfies GuideWords;
