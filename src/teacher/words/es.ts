/** The teacher guide's own words in Spanish (the shape of src/teacher/words/en.ts). */
import type { GuideWords } from './en.ts';

const number = new Intl.NumberFormat('es');
const percent = new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 });
const n = (x: number): string => number.format(x);
const list = (items: string[]): string => new Intl.ListFormat('es', { type: 'conjunction' }).format(items);
/** "1 final", "3 finales". */
const count = (x: number, one: string, many: string): string => `${n(x)} ${x === 1 ? one : many}`;

export const es = {
  list,
  quote: (title) => `«${title}»`,
  number: n,
  percent: (share) => percent.format(share),
  sentenceGap: ' ',
  once: ' (cuando esté disponible)',

  pageTitle: (story) => `Guía docente — ${story}`,
  description: (story) =>
    `Guía docente de ${story}: plan de clase, avisos de contenido, resúmenes de los capítulos, preguntas para debatir, el mapa de todos los caminos, glosario y fuentes.`,
  skipLink: 'Saltar a la guía',
  languagesNav: 'Esta guía en otros idiomas',
  languagesLabel: 'Esta guía en:',
  kicker: 'Guía docente',
  play: 'Jugar la historia',
  openClassroom: 'Abrirla en modo aula',
  contents: 'Índice',
  sections: {
    overview: 'Presentación y objetivos de aprendizaje',
    age: 'Edad recomendada y avisos de contenido',
    lesson: 'Una clase de 45 minutos',
    chapters: 'Los capítulos: resúmenes y preguntas para debatir',
    map: 'El mapa de todos los caminos',
    glossary: 'Glosario',
    sources: 'Fuentes',
    classroom: 'Cómo preparar la historia en clase',
  },

  overview: {
    atAGlance: 'De un vistazo',
    forLabel: 'Para',
    forValue: (age) => `Estudiantes a partir de ${n(age)} años`,
    shapeLabel: 'Estructura',
    shapeValue: (c) =>
      `${count(c.chapters, 'capítulo', 'capítulos')}, ${count(c.scenes, 'escena', 'escenas')} y ${count(c.endings, 'final', 'finales')}; ${count(c.facts, 'tarjeta de datos', 'tarjetas de datos')} que citan ${count(c.sources, 'fuente', 'fuentes')}`,
    runLabel: 'Una partida',
    runValue: (median, runs, lastShortest) =>
      `Una mediana de ${n(median)} decisiones en ${n(runs)} partidas simuladas, porque muchas terminan pronto${lastShortest !== undefined ? `; una partida que llega a uno de los finales del último capítulo requiere al menos ${n(lastShortest)} decisiones` : ''}`,
    languagesLabel: 'Idiomas',
    needsLabel: 'Qué hace falta',
    needsValue: 'Un navegador web en un ordenador, una tableta o un móvil; sin cuenta, sin registro, sin instalar nada',
    about: 'Sobre la historia',
    objectives: 'Objetivos de aprendizaje',
    objectivesLead: 'Al terminar la clase, el alumnado debería ser capaz de:',
  },

  age: {
    intro: (age) =>
      `La historia está pensada para estudiantes <strong>a partir de ${n(age)} años</strong>. Está escrita en un lenguaje sencillo, en segunda persona y en presente: quien juega toma las decisiones de una joven norcoreana y vive con ellas. Es honesta y contenida. La violencia se sugiere, nunca se muestra, y ninguna escena busca impactar; lo que les ocurrió a personas reales se cuenta en las tarjetas de datos y en los epílogos, con palabras medidas y con fuentes.`,
    evenSo:
      'Aun así, trata temas duros, y una decisión que parece prudente puede acabar mal, como les ocurre a personas reales. Antes de la clase:',
    before: [
      'Juéguela usted al menos dos veces: una hasta un final temprano y otra hasta el último capítulo. Lea las notas de cada capítulo que encontrará más abajo.',
      'Antes de empezar, explique a la clase qué temas trata la historia, que pueden parar cuando quieran y con quién pueden hablar después.',
      'Puede que algún estudiante haya vivido una migración forzada, una detención o la trata de personas, o que lo haya vivido su familia. No pida nunca a nadie que cuente su propia experiencia; deje que el personaje de la historia sostenga el debate.',
    ],
    contentNote: 'El aviso de contenido de la historia',
    byChapter: 'Capítulo a capítulo',
    byChapterLead:
      'Extraído de la propia historia al generar esta guía: los finales a los que puede llegar cada capítulo y los temas que tratan sus tarjetas de datos, los epílogos de sus finales y los lugares que nombra, con dónde aparece cada uno.',
    chapter: (c) => `Capítulo ${n(c)}:`,
    endsIn: (endings) =>
      `La historia puede terminar aquí en ${count(endings.length, 'final', 'finales')}: ${list(endings)}.`,
    noEnding: 'Ninguna partida termina en este capítulo.',
    themesLead: ' Sus tarjetas de datos, los epílogos de sus finales y los lugares que nombra tratan:',
    noThemes: ' Sus tarjetas de datos y sus finales no tratan ninguno de los temas que se enumeran aquí.',
    theme: (label, scenes, endings) =>
      `<strong>${label}</strong>: en ${list(
        [
          scenes.length ? `${scenes.length === 1 ? 'la escena' : 'las escenas'} ${list(scenes)}` : '',
          endings.length ? `${endings.length === 1 ? 'el final' : 'los finales'} ${list(endings)}` : '',
        ].filter(Boolean),
      )}.`,
  },

  lesson: {
    lead: 'Una sola clase: el alumnado juega la historia una vez (o dos, si la primera partida termina pronto) y habla de las decisiones que tomó. Para una unidad más larga, dedique una clase a cada capítulo con las preguntas de <a href="#chapters">Los capítulos</a>.',
    before: 'Antes: 10 minutos',
    place: (places) => `<strong>Situarla.</strong> En un mapa, busquen dónde ocurren los capítulos: ${list(places)}.`,
    frame:
      '<strong>Presentarla.</strong> Lea en voz alta la introducción de la historia (véase <a href="#overview">Presentación</a>). Los personajes son ficticios y reúnen rasgos de muchas personas; lo que les ocurre sigue los hechos documentados, y cada tarjeta de datos cita su fuente.',
    prepare:
      '<strong>Prepararse.</strong> Lea el aviso de contenido, acuerden cómo hablará la clase de lo que lea y deje claro que cualquiera puede parar o salir un momento.',
    preteach: (terms) =>
      `<strong>Presentar algunas palabras</strong> que aparecen en el primer capítulo: ${list(terms)} (véase <a href="#glossary">Glosario</a>). En la historia, al tocar una palabra marcada se muestra su definición.`,
    during: 'Durante: 25 minutos',
    pairs: (href) =>
      `<strong>Jugar en parejas</strong>, en modo aula (<a href="${href}">abrirlo</a>; <a href="#classroom">cómo prepararlo</a>): un dispositivo por pareja, y las dos personas se ponen de acuerdo antes de cada decisión. Las parejas hablan, y esa conversación es lo importante.`,
    keepNote:
      '<strong>Tomar nota</strong> de una decisión que a la pareja le resultó difícil, y por qué, y del final al que llega.',
    runsDiffer: (figures) =>
      `<strong>Cada partida es distinta.</strong> El azar influye, y se muestra con honestidad como un riesgo${
        figures
          ? `: en ${n(figures.runs)} partidas simuladas la mediana fue de ${n(figures.median)} decisiones${
              figures.early
                ? `, y el ${percent.format(figures.early.share)} terminó en el primer capítulo, ${figures.early.chapter}`
                : ''
            }`
          : ''
      }. Una pareja cuya partida termina pronto lee el epílogo y sus tarjetas de datos, y vuelve a jugar eligiendo de otra manera.`,
    between:
      '<strong>Entre capítulos</strong>, el modo aula muestra las preguntas para debatir del capítulo que acaba de terminar: las parejas anotan una primera respuesta y siguen.',
    after: 'Después: 10 minutos',
    gather: (endings) =>
      `<strong>Reunir los finales</strong> a los que llegaron las parejas en la pizarra, junto a la lista de los ${n(endings)} (véase <a href="#map">el mapa de todos los caminos</a>). ¿A cuáles se llegó por decisión propia y a cuáles por azar?`,
    discuss: '<strong>Debatir</strong> dos o tres preguntas del capítulo al que llegaron más parejas.',
    facts:
      '<strong>Volver a los hechos.</strong> Lea en voz alta una tarjeta de datos con su fuente. La historia es ficción; aquello en lo que se basa, no.',
    extension: 'Actividad de ampliación: comprobar un dato',
    checkFact:
      'Cada estudiante elige una tarjeta de datos que haya encontrado, busca su fuente en <a href="#sources">Fuentes</a> y lee lo que dice. ¿Dice lo mismo que la tarjeta? ¿Qué deja en duda? ¿En qué difieren las cifras de una fuente a otra, y por qué podría ser? Cada estudiante escribe un párrafo breve o lo presenta a la clase. La actividad trabaja el último objetivo de aprendizaje: distinguir un hecho documentado de una historia construida sobre él.',
    chanceEnding:
      'O bien, con el mapa de todos los caminos: busquen un final al que solo lleva un resultado del azar (una flecha discontinua). ¿Qué no habría podido evitar ni la persona más prudente? ¿Qué nos dice eso de quienes fueron detenidos?',
  },

  chapters: {
    lead: 'Cada resumen sale del propio capítulo y no cuenta nada de los siguientes: dónde y cuándo ocurre, cómo empieza, sus escenas y los finales a los que puede llevar. Las preguntas para debatir son las que muestra el modo aula al terminar el capítulo.',
    chapter: (c) => `Capítulo ${n(c)}`,
    summary: 'Resumen',
    whereWhen: 'Dónde y cuándo',
    opening: 'Cómo empieza, con las palabras de la historia',
    scenes: (c) => `Sus ${count(c, 'escena', 'escenas')}, en el orden en que se encuentran por primera vez`,
    endings: 'Cómo puede terminar aquí la historia',
    noEnding: 'Ninguna partida termina aquí.',
    leadsOn: 'Adónde lleva',
    leadsTo: (chapters) => list(chapters.map(({ n: c, title }) => `Capítulo ${n(c)}, ${title}`)),
    nowhere: 'A ninguna parte: toda partida que llega a este capítulo termina en él.',
    questions: 'Preguntas para debatir',
    noQuestions: 'Este capítulo no tiene preguntas para debatir.',
    start: (c) => `Empezar una clase en el capítulo ${n(c)}`,
  },

  paths: {
    lead: 'Todos los caminos de la historia, dibujados a partir de sus propios datos. En la vista general, los capítulos van de izquierda a derecha; el mapa de cada capítulo, más abajo, va de arriba abajo, con las escenas en el orden en que se encuentran por primera vez. Una flecha es un paso que alguna partida puede dar: algunas opciones solo aparecen si decisiones anteriores lo permiten. La <a href="#endings-list">lista de finales</a>, tras los mapas, dice lo mismo con palabras.',
    key: {
      scene: 'una escena (un rectángulo)',
      ending: 'un final (un octógono)',
      exit: 'por dónde se entra en un capítulo, o por dónde lleva a otro',
      choice: 'una decisión (una flecha continua)',
      chance: 'un resultado del azar (una flecha discontinua)',
    },
    overviewCaption: 'Los capítulos y los finales a los que puede llevar cada uno',
    chapterCaption: (c) => `Capítulo ${n(c)}:`,
    captionCount: (scenes, endings) =>
      `(${count(scenes, 'escena', 'escenas')}${endings ? `, ${count(endings, 'final', 'finales')}` : ''})`,
    endingsHeading: (endings) => `Los ${n(endings)} finales y las escenas que llevan a cada uno`,
    endingChapter: (c, title) => `(capítulo ${n(c)}, ${title})`,
    direct: (scenes) =>
      `${scenes.length === 1 ? 'Una escena lleva' : `${n(scenes.length)} escenas llevan`} directamente a él: ${list(scenes)}.`,
    reach: (scenes, total) => `${n(scenes)} de las ${n(total)} escenas de la historia pueden llevar a él.`,
    shortest: (choices) => `La partida más corta hasta él requiere ${n(choices)} decisiones.`,
    share: (share, runs) => `El ${percent.format(share)} de ${n(runs)} partidas simuladas terminó aquí.`,
  },

  glossary: {
    lead: 'Las palabras que la historia explica en el momento, cuando se toca una palabra marcada.',
  },

  sources: {
    lead: (facts) =>
      `Todas las fuentes que citan las ${n(facts)} tarjetas de datos de la historia, con su enlace. Los títulos son los originales de cada fuente.`,
    cited: (cards) => `Citada en ${count(cards, 'tarjeta de datos', 'tarjetas de datos')}.`,
  },

  classroom: {
    mode: 'Modo aula',
    modeText: (param, link) =>
      `Añada ${param} a la dirección de la historia: ${link}. En modo aula, la historia nunca pide al alumnado que firme ni comparta nada, y no envía nada a ninguna parte; entre capítulos y en cada final muestra las preguntas para debatir, y se puede volver una decisión atrás.`,
    embed: (once, attribute) =>
      `Si la historia está insertada en una página (la de su centro o la de una campaña)${once}, añada ${attribute} al elemento del código de inserción para tener el mismo modo aula dentro de esa página.`,
    chapter: 'Empezar en un capítulo',
    chapterText: (param, chapters, once, example) =>
      `Añada ${param} para empezar en el capítulo N, del 1 al ${n(chapters)}${once}: ${example} empieza una clase en el capítulo 2. El resumen de cada capítulo, más arriba, tiene su enlace.`,
    language: 'Idioma',
    languageText: (param, languages) =>
      `Añada ${param} y un código de idioma para abrir la historia en ese idioma: ${languages}. El alumnado también puede cambiar de idioma en la pantalla de inicio y en los ajustes, sin perder su sitio.`,
    room: 'Una sala de clase en directo',
    roomText: (link) =>
      `Abra ${link} en el ordenador conectado al proyector y abra una sala: aparecen un código corto, un enlace y un código QR. Los estudiantes abren el enlace, escanean el código o escriben el código en la pantalla de inicio de la historia; se activa el modo aula y no se pide ningún nombre. El proyector muestra cuántos se han unido y cuántos están jugando y, decisión por decisión en el orden de la historia, cuántos tomaron cada opción: oculto hasta que usted lo muestre (con el botón o la tecla R; ← y → pasan de una decisión a otra).`,
    roomLesson:
      'Una clase con una sala: deje que las parejas jueguen un capítulo y luego recorra sus decisiones una a una. Pregunte a la clase qué cree que eligió, muestre los resultados y comenten por qué se dividió así, con las preguntas del capítulo y los finales alcanzados al lado. Cierre la sala al terminar: sus resultados se borran al instante, y una sala sin usar durante 24 horas se borra de todos modos. Las salas necesitan el servidor propio de la historia (npm run serve); una copia en un alojamiento estático no lo tiene.',
    offline: 'Sin conexión',
    offlineText: (once) =>
      `Tras una primera visita, la historia sigue funcionando sin conexión${once}: ábrala una vez en cada dispositivo antes de la clase, y una red escolar débil no detendrá la sesión.`,
    privacy: 'Privacidad',
    privacyText:
      'Sin cuenta, sin registro y sin rastreo. La partida solo se guarda en el navegador del dispositivo, así que cada estudiante puede seguir donde estaba tras recargar la página.',
  },

  footer:
    'Esta guía se genera a partir de los propios archivos de la historia cada vez que se construye el sitio, de modo que sus resúmenes, preguntas, mapa, glosario y fuentes coinciden siempre con la historia.',

  themes: {
    detention: 'Detención, interrogatorios y prisión',
    'forced-return': 'Devolución forzosa a Corea del Norte',
    trafficking: 'Trata de personas, matrimonio forzado y explotación sexual',
    violence: 'Violencia, incluida la violencia sexual (se cuenta, nunca se muestra)',
    death: 'Muerte y hambruna',
    family: 'Familias separadas y familiares castigados',
  },

  map: {
    start: 'Inicio',
    fromChapter: (c) => `Desde el capítulo ${n(c)}`,
    toChapter: (c, scene) => `Al capítulo ${n(c)}: ${scene}`,
    chapterLabel: (c, title) => `${n(c)}. ${title}`,
    sceneCount: (c) => count(c, 'escena', 'escenas'),
    chapterMapTitle: (c, title) => `Mapa del capítulo ${n(c)}, ${title}`,
    chapterMapDescription: ({ chapter, scenes, endings, leadsTo }) =>
      [
        `El capítulo ${n(chapter)} tiene ${count(scenes, 'escena', 'escenas')}.`,
        endings.length
          ? `La historia puede terminar aquí en ${count(endings.length, 'final', 'finales')}: ${endings.join('; ')}.`
          : 'Desde él no se llega a ningún final.',
        leadsTo.length ? `Lleva a ${list(leadsTo.map((c) => `el capítulo ${n(c)}`))}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    overviewTitle: 'Los capítulos y los finales a los que puede llevar cada uno',
    overviewDescription: (chapters, endings) =>
      `${n(chapters)} capítulos en orden de juego, de izquierda a derecha, y los ${n(endings)} finales bajo el capítulo que lleva a cada uno.`,
    imageAlt: (title, description) => `${title}. ${description}`,
  },
} satisfies GuideWords;
