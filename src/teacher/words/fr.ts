/** The teacher guide's own words in French (the shape of src/teacher/words/en.ts). */
import type { GuideWords } from './en.ts';

const number = new Intl.NumberFormat('fr');
const percent = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 });
const n = (x: number): string => number.format(x);
const list = (items: string[]): string => new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);
/** "1 fin", "3 fins". */
const count = (x: number, one: string, many: string): string => `${n(x)} ${x < 2 ? one : many}`;

export const fr = {
  list,
  quote: (title) => `«\u00a0${title}\u00a0»`,
  number: n,
  percent: (share) => percent.format(share),
  sentenceGap: ' ',
  once: ' (dès que disponible)',

  pageTitle: (story) => `Guide pédagogique — ${story}`,
  description: (story) =>
    `Guide pédagogique de ${story}\u00a0: déroulé de séance, avertissements sur le contenu, résumés des chapitres, questions de discussion, carte de tous les chemins, glossaire et sources.`,
  skipLink: 'Aller au guide',
  languagesNav: 'Ce guide dans d’autres langues',
  languagesLabel: 'Ce guide en\u00a0:',
  kicker: 'Guide pédagogique',
  play: 'Jouer l’histoire',
  openClassroom: 'L’ouvrir en mode classe',
  contents: 'Sommaire',
  sections: {
    overview: 'Présentation et objectifs d’apprentissage',
    age: 'Âge conseillé et avertissements sur le contenu',
    lesson: 'Une séance de 45 minutes',
    chapters: 'Les chapitres\u00a0: résumés et questions de discussion',
    map: 'La carte de tous les chemins',
    glossary: 'Glossaire',
    sources: 'Sources',
    classroom: 'Préparer l’histoire en classe',
  },

  overview: {
    atAGlance: 'En bref',
    forLabel: 'Public',
    forValue: (age) => `Élèves de ${n(age)} ans et plus`,
    shapeLabel: 'Structure',
    shapeValue: (c) =>
      `${count(c.chapters, 'chapitre', 'chapitres')}, ${count(c.scenes, 'scène', 'scènes')} et ${count(c.endings, 'fin', 'fins')}\u00a0; ${count(c.facts, 'fiche «\u00a0Fait réel\u00a0»', 'fiches «\u00a0Fait réel\u00a0»')} citant ${count(c.sources, 'source', 'sources')}`,
    runLabel: 'Une partie',
    runValue: (median, runs, lastShortest) =>
      `Une médiane de ${n(median)} choix sur ${n(runs)} parties simulées, car beaucoup se terminent tôt${lastShortest !== undefined ? `\u00a0; une partie qui atteint l’une des fins du dernier chapitre compte au moins ${n(lastShortest)} choix` : ''}`,
    languagesLabel: 'Langues',
    needsLabel: 'Matériel',
    needsValue:
      'Un navigateur web sur ordinateur, tablette ou téléphone\u00a0; ni compte, ni inscription, rien à installer',
    about: 'À propos de l’histoire',
    objectives: 'Objectifs d’apprentissage',
    objectivesLead: 'À l’issue de la séance, les élèves devraient être capables de\u00a0:',
  },

  age: {
    intro: (age) =>
      `L’histoire s’adresse aux élèves <strong>de ${n(age)} ans et plus</strong>. Elle est écrite dans une langue simple, à la deuxième personne et au présent\u00a0: l’élève fait les choix d’une jeune Nord-Coréenne, et en vit les conséquences. Elle est honnête et retenue. La violence est suggérée, jamais montrée, et aucune scène n’est là pour choquer\u00a0; ce qui est arrivé à des personnes réelles est raconté dans les fiches «\u00a0Fait réel\u00a0» et les épilogues, avec des mots mesurés et des sources.`,
    evenSo:
      'Elle aborde pourtant des sujets difficiles, et un choix qui semble prudent peut mal finir, comme pour des personnes réelles. Avant la séance\u00a0:',
    before: [
      'Jouez-la vous-même au moins deux fois\u00a0: une fois jusqu’à une fin précoce, une fois jusqu’au dernier chapitre. Lisez les notes sur chaque chapitre ci-dessous.',
      'Dites à la classe, avant de commencer, ce que l’histoire aborde, que chacun peut s’arrêter à tout moment, et à qui parler ensuite.',
      'Certains élèves ont peut-être vécu une migration forcée, une détention ou la traite, ou ont des proches qui l’ont vécue. Ne demandez jamais à quiconque de raconter sa propre expérience\u00a0; laissez le personnage de l’histoire porter la discussion.',
    ],
    contentNote: 'L’avertissement de l’histoire',
    byChapter: 'Chapitre par chapitre',
    byChapterLead:
      'Relevé dans l’histoire elle-même lors de la génération de ce guide\u00a0: les fins que chaque chapitre peut atteindre, et les thèmes qu’abordent ses fiches «\u00a0Fait réel\u00a0», les épilogues de ses fins et les lieux qu’il nomme, avec l’endroit où chacun apparaît.',
    chapter: (c) => `Chapitre ${n(c)}\u00a0:`,
    endsIn: (endings) =>
      `L’histoire peut s’y terminer par ${count(endings.length, 'fin', 'fins')}\u00a0: ${list(endings)}.`,
    noEnding: 'Aucune partie ne se termine dans ce chapitre.',
    themesLead:
      ' Ses fiches «\u00a0Fait réel\u00a0», les épilogues de ses fins et les lieux qu’il nomme abordent\u00a0:',
    noThemes: ' Ses fiches «\u00a0Fait réel\u00a0» et ses fins n’abordent aucun des thèmes listés ici.',
    theme: (label, scenes, endings) =>
      `<strong>${label}</strong>\u00a0: dans ${list(
        [
          scenes.length ? `${scenes.length === 1 ? 'la scène' : 'les scènes'} ${list(scenes)}` : '',
          endings.length ? `${endings.length === 1 ? 'la fin' : 'les fins'} ${list(endings)}` : '',
        ].filter(Boolean),
      )}.`,
  },

  lesson: {
    lead: 'Une séance\u00a0: les élèves jouent l’histoire une fois (ou deux, si leur première partie se termine tôt) et parlent des choix qu’ils ont faits. Pour une séquence plus longue, consacrez une séance à chaque chapitre avec les questions de <a href="#chapters">Les chapitres</a>.',
    before: 'Avant\u00a0: 10 minutes',
    place: (places) =>
      `<strong>Situer.</strong> Sur une carte, repérez où se passent les chapitres\u00a0: ${list(places)}.`,
    frame:
      '<strong>Présenter.</strong> Lisez à voix haute l’introduction de l’histoire (voir <a href="#overview">Présentation</a>). Les personnages sont fictifs et composites\u00a0; ce qui leur arrive suit les faits documentés, et chaque fiche «\u00a0Fait réel\u00a0» cite sa source.',
    prepare:
      '<strong>Se préparer.</strong> Lisez l’avertissement, convenez avec la classe de la manière de parler de ce qu’elle lira, et dites que chacun peut s’arrêter ou sortir un moment.',
    preteach: (terms) =>
      `<strong>Présenter quelques mots</strong> que les élèves rencontreront dans le premier chapitre\u00a0: ${list(terms)} (voir <a href="#glossary">Glossaire</a>). Dans l’histoire, un mot signalé affiche sa définition quand on le touche.`,
    during: 'Pendant\u00a0: 25 minutes',
    pairs: (href) =>
      `<strong>Jouer en binômes</strong>, en mode classe (<a href="${href}">l’ouvrir</a>\u00a0; <a href="#classroom">comment le préparer</a>)\u00a0: un appareil par binôme, et les deux élèves se mettent d’accord avant chaque choix. Les binômes discutent, et c’est cette discussion qui compte.`,
    keepNote:
      '<strong>Noter</strong> un choix que le binôme a trouvé difficile, et pourquoi, ainsi que la fin atteinte.',
    runsDiffer: (figures) =>
      `<strong>Aucune partie ne se ressemble.</strong> Le hasard joue un rôle, montré honnêtement comme un risque${
        figures
          ? `\u00a0: sur ${n(figures.runs)} parties simulées, la médiane était de ${n(figures.median)} choix${
              figures.early
                ? `, et ${percent.format(figures.early.share)} se sont terminées dans le premier chapitre, ${figures.early.chapter}`
                : ''
            }`
          : ''
      }. Un binôme dont la partie se termine tôt lit l’épilogue et ses fiches «\u00a0Fait réel\u00a0», puis rejoue en choisissant autrement.`,
    between:
      '<strong>Entre les chapitres</strong>, le mode classe affiche les questions de discussion du chapitre qui vient de se terminer\u00a0: les binômes notent une première réponse et continuent.',
    after: 'Après\u00a0: 10 minutes',
    gather: (endings) =>
      `<strong>Rassembler au tableau les fins</strong> atteintes par les binômes, à côté de la liste des ${n(endings)} fins (voir <a href="#map">la carte de tous les chemins</a>). Lesquelles ont été atteintes par choix, lesquelles par hasard\u00a0?`,
    discuss: '<strong>Discuter</strong> de deux ou trois questions du chapitre atteint par le plus de binômes.',
    facts:
      '<strong>Revenir aux faits.</strong> Lisez à voix haute une fiche «\u00a0Fait réel\u00a0» avec sa source. L’histoire est une fiction\u00a0; ce sur quoi elle repose ne l’est pas.',
    extension: 'Pour aller plus loin\u00a0: vérifier un fait',
    checkFact:
      'Chaque élève choisit une fiche «\u00a0Fait réel\u00a0» rencontrée, retrouve sa source dans <a href="#sources">Sources</a> et lit ce qu’elle dit. Dit-elle la même chose que la fiche\u00a0? Que laisse-t-elle incertain\u00a0? Où les chiffres diffèrent-ils d’une source à l’autre, et pourquoi\u00a0? Les élèves rédigent un court paragraphe ou présentent leur travail à la classe. L’activité sert le dernier objectif d’apprentissage\u00a0: distinguer un fait documenté d’une histoire qui s’en inspire.',
    chanceEnding:
      'Ou, avec la carte de tous les chemins\u00a0: trouvez une fin à laquelle ne mène qu’un coup du hasard (une flèche en pointillés). Qu’est-ce qu’une personne prudente n’aurait pas pu éviter\u00a0? Qu’est-ce que cela dit des personnes qui ont été arrêtées\u00a0?',
  },

  chapters: {
    lead: 'Chaque résumé est tiré du chapitre lui-même et ne dit rien des chapitres suivants\u00a0: où et quand il se passe, comment il commence, ses scènes et les fins qu’il peut atteindre. Les questions de discussion sont celles que le mode classe affiche après le chapitre.',
    chapter: (c) => `Chapitre ${n(c)}`,
    summary: 'Résumé',
    whereWhen: 'Où et quand',
    opening: 'Comment il commence, avec les mots de l’histoire',
    scenes: (c) => `Ses ${count(c, 'scène', 'scènes')}, dans l’ordre où on les rencontre pour la première fois`,
    endings: 'Comment l’histoire peut s’y terminer',
    noEnding: 'Aucune partie ne se termine ici.',
    leadsOn: 'Où il mène',
    leadsTo: (chapters) => list(chapters.map(({ n: c, title }) => `Chapitre ${n(c)}, ${title}`)),
    nowhere: 'Nulle part\u00a0: toute partie qui atteint ce chapitre s’y termine.',
    questions: 'Questions de discussion',
    noQuestions: 'Ce chapitre n’a pas de questions de discussion.',
    start: (c) => `Commencer une séance au chapitre ${n(c)}`,
  },

  paths: {
    lead: 'Tous les chemins de l’histoire, tracés à partir de ses propres données. Dans la vue d’ensemble, les chapitres vont de gauche à droite\u00a0; la carte de chaque chapitre, plus bas, va de haut en bas, ses scènes dans l’ordre où on les rencontre. Une flèche est un pas qu’une partie peut faire\u00a0: certains choix ne sont proposés que si des choix antérieurs le permettent. La <a href="#endings-list">liste des fins</a>, après les cartes, dit la même chose en mots.',
    key: {
      scene: 'une scène (un rectangle)',
      ending: 'une fin (un octogone)',
      exit: 'l’entrée d’un chapitre, ou le passage vers un autre',
      choice: 'un choix (une flèche pleine)',
      chance: 'un coup du hasard (une flèche en pointillés)',
    },
    overviewCaption: 'Les chapitres, et les fins auxquelles chacun peut mener',
    chapterCaption: (c) => `Chapitre ${n(c)}\u00a0:`,
    captionCount: (scenes, endings) =>
      `(${count(scenes, 'scène', 'scènes')}${endings ? `, ${count(endings, 'fin', 'fins')}` : ''})`,
    endingsHeading: (endings) => `Les ${n(endings)} fins, et les scènes qui mènent à chacune`,
    endingChapter: (c, title) => `(chapitre ${n(c)}, ${title})`,
    direct: (scenes) =>
      `${scenes.length === 1 ? 'Une scène y mène' : `${n(scenes.length)} scènes y mènent`} directement\u00a0: ${list(scenes)}.`,
    reach: (scenes, total) => `${n(scenes)} des ${n(total)} scènes de l’histoire peuvent y mener.`,
    shortest: (choices) => `La partie la plus courte pour y arriver compte ${n(choices)} choix.`,
    share: (share, runs) => `${percent.format(share)} des ${n(runs)} parties simulées se sont terminées ici.`,
  },

  glossary: {
    lead: 'Les mots que l’histoire explique sur place, quand on touche un mot signalé.',
  },

  sources: {
    lead: (facts) =>
      `Toutes les sources citées par les ${n(facts)} fiches «\u00a0Fait réel\u00a0» de l’histoire, avec un lien. Les titres sont ceux des sources elles-mêmes.`,
    cited: (cards) => `Citée par ${count(cards, 'fiche «\u00a0Fait réel\u00a0»', 'fiches «\u00a0Fait réel\u00a0»')}.`,
  },

  classroom: {
    mode: 'Mode classe',
    modeText: (param, link) =>
      `Ajoutez ${param} à l’adresse de l’histoire\u00a0: ${link}. En mode classe, l’histoire ne demande jamais aux élèves de signer ou de partager quoi que ce soit et n’envoie rien nulle part\u00a0; entre les chapitres et à chaque fin, elle affiche les questions de discussion, et les élèves peuvent revenir d’un choix en arrière.`,
    embed: (once, attribute) =>
      `Si l’histoire est intégrée à une page (celle de votre établissement ou d’une campagne)${once}, ajoutez ${attribute} à l’élément du code d’intégration pour obtenir le même mode classe dans cette page.`,
    chapter: 'Commencer à un chapitre',
    chapterText: (param, chapters, once, example) =>
      `Ajoutez ${param} pour commencer au chapitre N, de 1 à ${n(chapters)}${once}\u00a0: ${example} commence une séance au chapitre 2. Le résumé de chaque chapitre, plus haut, donne son lien.`,
    language: 'Langue',
    languageText: (param, languages) =>
      `Ajoutez ${param} suivi d’un code de langue pour ouvrir l’histoire dans cette langue\u00a0: ${languages}. Les élèves peuvent aussi changer de langue sur l’écran titre et dans les réglages, sans perdre leur place.`,
    room: 'Une salle de classe en direct',
    roomText: (link) =>
      `Ouvrez ${link} sur l’ordinateur relié au projecteur et ouvrez une salle\u00a0: un code court, un lien et un code QR s’affichent. Les élèves ouvrent le lien, scannent le code ou saisissent le code sur l’écran d’accueil de l’histoire\u00a0; le mode classe s’active, et aucun nom n’est demandé. Le projecteur montre combien d’élèves ont rejoint la salle et jouent et, décision après décision dans l’ordre de l’histoire, combien ont fait chaque choix\u00a0: masqué jusqu’à ce que vous le dévoiliez (le bouton, ou R\u00a0; ← et → passent d’une décision à l’autre).`,
    roomLesson:
      'Une séance avec une salle\u00a0: faites jouer un chapitre en binômes, puis reprenez ses décisions une à une. Demandez à la classe ce qu’elle pense avoir choisi, dévoilez, et discutez de la façon dont elle s’est partagée, avec les questions du chapitre et les fins atteintes à côté. Fermez la salle à la fin\u00a0: ses résultats sont supprimés aussitôt, et une salle inutilisée pendant 24\u00a0heures est supprimée de toute façon. Les salles ont besoin du serveur de l’histoire (npm run serve)\u00a0; une copie sur un hébergement statique n’en a pas.',
    offline: 'Hors ligne',
    offlineText: (once) =>
      `Après une première visite, l’histoire fonctionne sans connexion${once}\u00a0: ouvrez-la une fois sur chaque appareil avant la séance, et un réseau scolaire faible n’arrêtera pas la classe.`,
    privacy: 'Confidentialité',
    privacyText:
      'Ni compte, ni inscription, ni pistage. Une partie n’est enregistrée que dans le navigateur de l’appareil\u00a0; un élève peut donc reprendre où il en était après avoir rechargé la page.',
  },

  footer:
    'Ce guide est généré à partir des fichiers de l’histoire à chaque construction du site\u00a0: ses résumés, questions, carte, glossaire et sources correspondent donc toujours à l’histoire.',

  themes: {
    detention: 'Détention, interrogatoires et prison',
    'forced-return': 'Renvoi forcé en Corée du Nord',
    trafficking: 'Traite des êtres humains, mariage forcé et exploitation sexuelle',
    violence: 'Violence, y compris sexuelle (rapportée, jamais montrée)',
    death: 'Mort et famine',
    family: 'Familles séparées, proches punis',
  },

  map: {
    start: 'Début',
    fromChapter: (c) => `Depuis le chapitre ${n(c)}`,
    toChapter: (c, scene) => `Vers le chapitre ${n(c)}\u00a0: ${scene}`,
    chapterLabel: (c, title) => `${n(c)}. ${title}`,
    sceneCount: (c) => count(c, 'scène', 'scènes'),
    chapterMapTitle: (c, title) => `Carte du chapitre ${n(c)}, ${title}`,
    chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
      [
        `Le chapitre ${n(chapter)} compte ${count(scenes, 'scène', 'scènes')}.`,
        endings.length
          ? `L’histoire peut s’y terminer par ${count(endings.length, 'fin', 'fins')}\u00a0: ${endings.join('\u00a0; ')}.`
          : 'Il ne mène à aucune fin.',
        leadsTo.length ? `Il mène ${list(leadsTo.map((c) => `au chapitre ${n(c)}`))}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    overviewTitle: 'Les chapitres, et les fins auxquelles chacun peut mener',
    overviewDescription: (chapters, endings) =>
      `${n(chapters)} chapitres dans l’ordre du jeu, de gauche à droite, et les ${n(endings)} fins sous le chapitre qui mène à chacune.`,
    imageAlt: (title, description) => `${title}. ${description}`,
  },
} satisfies GuideWords;
