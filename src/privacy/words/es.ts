/** The privacy statement's words in Spanish (the shape of src/privacy/words/en.ts), speaking as tú. */
import type { PrivacyWords } from './en.ts';

export const es = {
  sentenceGap: ' ',
  pageTitle: (story) => `Privacidad — ${story}`,
  description: (story) => `Qué guarda ${story} en tu dispositivo, qué envía y a quién.`,
  skipLink: 'Saltar a la declaración de privacidad',
  languagesNav: 'Esta página en otros idiomas',
  languagesLabel: 'Esta página en:',
  heading: 'Privacidad',
  summary: (counted) =>
    counted
      ? 'Sin cuenta, sin anuncios, sin cookies. Mientras juegas, nada que diga quién eres sale de tu dispositivo.'
      : 'Sin cuenta, sin anuncios, sin rastreadores, sin cookies. Mientras juegas, nada sobre ti sale de tu dispositivo.',
  summarySign: (org) => `Solo si decides firmar la petición, lo que escribas llega a ${org}.`,
  contents: 'En esta página',
  sections: {
    device: 'Lo que se queda en tu dispositivo',
    playing: 'Mientras juegas',
    signing: 'Si firmas la petición',
    sharing: 'Si compartes tu final',
    counting: 'Recuento',
    others: 'Qué eligieron los demás',
    classroom: 'En el modo aula',
    embeds: 'Cuando la historia está dentro de otro sitio web',
    contact: 'Preguntas sobre tus datos',
  },

  device: {
    lead: 'Para que puedas seguir donde lo dejaste, la historia guarda unas pocas cosas en tu navegador, solo en este dispositivo (en lo que los navegadores llaman «almacenamiento local»):',
    progress:
      '<strong>Tu punto en la historia</strong>: el número que decide sus sucesos de azar, la lista de las decisiones que tomaste y cuándo se guardó.',
    language: '<strong>El idioma que elegiste</strong>.',
    sound: '<strong>Si el sonido está activado o desactivado</strong>.',
    waiting: (org) =>
      `<strong>Una firma pendiente de envío</strong>, si firmas la petición: tu nombre, tu correo electrónico, tu país y tu código postal se quedan aquí solo hasta que el servidor de ${org} confirma que los tiene. Después se borran.`,
    signed:
      '<strong>Una nota de que firmaste</strong>, cuando tu firma ya ha llegado, para que la historia no te lo vuelva a pedir. Contiene el nombre de la petición y nada sobre ti.',
    offline:
      'Después de tu primera visita, tu navegador guarda también una copia de los propios archivos de la historia (sus páginas, su código y sus textos en tu idioma), para que funcione sin internet. Esa copia no contiene nada sobre ti.',
    nothingElse: 'Nada más. La historia no usa cookies.',
    runWaiting:
      '<strong>Una partida terminada que espera a contarse</strong>, un momento o, sin internet, hasta tu próximo final: su número de azar y su lista de decisiones (mira <a href="#others">Qué eligieron los demás</a>).',
    neverSentOthers:
      'Tu idioma y tu ajuste de sonido no se envían nunca a ninguna parte. Tus decisiones solo se envían al llegar a un final, sin tu nombre, como explica <a href="#others">Qué eligieron los demás</a>.',
    neverSent: (counted) =>
      counted
        ? 'Lo que se guarda aquí se queda en tu dispositivo. (Mientras juegas, se cuentan algunas cosas sin tu nombre, como tu idioma y tus decisiones: consulta <a href="#counting">Recuento</a>).'
        : 'Tu punto en la historia, tu idioma y tu ajuste de sonido nunca se envían a ninguna parte.',
    clearHeading: 'Para borrarlo',
    clear:
      'Borra los datos de este sitio web en la configuración de tu navegador (a menudo en «Cookies y datos de sitios» o «Configuración de sitios»). En una ventana privada o de incógnito, todo se borra al cerrar la ventana.',
    clearSignature: 'Cuidado: una firma que todavía no se ha enviado también se borra.',
  },

  playing: {
    sendsOthers:
      'Mientras juegas, la historia no envía nada sobre ti a nadie. Solo al llegar a un final envía las decisiones de la partida que terminaste, sin tu nombre: mira <a href="#others">Qué eligieron los demás</a>.',
    othersNote:
      'Al llegar a un final, también envía las decisiones de la partida que terminaste, sin tu nombre: mira <a href="#others">Qué eligieron los demás</a>.',
    sends: (counted, host) =>
      counted
        ? `Mientras juegas, la historia no envía nada que diga quién eres. Sí le cuenta a ${host} lo que pasa en la historia, sin decir quién está jugando: consulta <a href="#counting">Recuento</a>.`
        : 'Mientras juegas, la historia no envía nada sobre ti a nadie. Tus decisiones se quedan en tu dispositivo.',
    loads:
      'No carga nada de otros sitios web: ni anuncios, ni rastreadores, ni fuentes o código de ninguna otra parte.',
    server:
      'Como en cualquier sitio web, el servidor que te envía los archivos de la historia ve la dirección de internet de tu dispositivo (su dirección IP) cuando tu navegador se los pide.',
  },

  signing: {
    lead: (org) =>
      `Firmar depende de ti. Solo cuando rellenas el formulario, marcas la casilla para dar tu consentimiento y pulsas Firmar, la historia envía a ${org}:`,
    fields: 'tu nombre, tu correo electrónico y tu país, y tu código postal si lo das;',
    news: (org) => `si marcaste la casilla para recibir noticias de ${org};`,
    story: 'el final al que llegaste y el idioma en el que jugaste;',
    website: 'la dirección de este sitio web, para que se sepa de dónde viene la firma.',
    purpose: (org) => `${org} los usa para añadir tu nombre a su petición.`,
    to: (host) => `Se envían a ${host}.`,
    actionNetwork: (org) =>
      `Se envían a Action Network (actionnetwork.org), un servicio que ${org} usa para recoger firmas. Action Network puede añadir una dirección de correo nueva a la lista de correo de ${org} aunque no hayas marcado la casilla de noticias.`,
    newsOnly: (org) => `Solo recibes noticias de ${org} si marcas la casilla aparte que te lo pregunta.`,
    kept: (org) =>
      `Hasta que el servidor de ${org} confirma que tiene tu firma, tu firma se queda también en este dispositivo, para que no se pierda si falla la conexión (consulta <a href="#device">Lo que se queda en tu dispositivo</a>).`,
    service: {
      stored:
        'Esta web guarda tu firma en su propia base de datos: lo que escribiste, tu elección sobre recibir noticias, el final y el idioma, y cuándo firmaste. Tu dirección de internet no se guarda: solo un código revuelto hecho a partir de ella, para impedir que alguien envíe montones de firmas a la vez.',
      confirm:
        'Recibes un correo con un enlace para confirmar tu firma (solo cuenta entonces) y otro para borrarla si no fuiste tú.',
      until: (days, closes) =>
        `Tu nombre, tu correo y tu código postal se borran ${String(days)} días después de que se cierre la petición (${closes}). El número de firmas se queda.`,
      untilAsked: (org) => `Tu nombre y tu correo se guardan hasta que pidas a ${org} que los borre.`,
      readers: (org) =>
        `Solo las personas que llevan esta web para ${org} pueden leer las firmas o exportarlas, para entregarlas a quien va dirigida la petición. Si quieres que borren la tuya en cualquier momento, pídeselo a ${org}.`,
    },
    never:
      'Tu nombre y tu correo electrónico nunca van en enlaces, en publicaciones compartidas ni en nada más de lo que envía la historia.',
    notice: (org, href) =>
      `Cómo guarda y usa ${org} tu firma se explica en <a href="${href}">su propio aviso de privacidad</a>.`,
    linkOnly: (host) =>
      `La historia no recoge firmas por sí misma: enlaza con la página de la propia petición en ${host}. El enlace solo le dice a esa página que vienes de esta historia, y tu idioma. Lo que escribas allí lo cubre el aviso de privacidad de esa página.`,
    linkInstead: (host) =>
      `Donde no se puede usar el formulario, la historia enlaza en su lugar con la página de la propia petición en ${host}. El enlace solo le dice a esa página que vienes de esta historia, y tu idioma. Lo que escribas allí lo cubre el aviso de privacidad de esa página.`,
    none: 'Esta copia de la historia no recoge firmas ni enlaza con ninguna petición.',
  },

  sharing: {
    buttons:
      'Los botones para compartir no envían nada hasta que pulsas uno. Cuando lo haces, la red o la aplicación que elegiste (X, Facebook o WhatsApp, por ejemplo) recibe el enlace a la página del final al que llegaste y el texto que se publicará, y nada sobre ti. A partir de ahí se aplica su propia política de privacidad.',
    copy: 'Copiar el enlace solo lo pone en el portapapeles de tu dispositivo. En un móvil, el botón Compartir abre el menú para compartir de tu propio dispositivo, y tú eliges adónde va el enlace.',
  },

  counting: {
    lead: (org, host) =>
      `${org} cuenta cuántas personas juegan y hasta dónde llegan, para saber si la historia llega a la gente. Mientras juegas, la historia envía a ${host} un aviso corto cuando:`,
    events: [
      'la historia empieza, y en qué idioma;',
      'llegas a una escena o tomas una decisión;',
      'llegas a un final;',
      'pulsas un botón, como Firmar o Compartir.',
    ],
    anonymous: (host) =>
      `Cada aviso lleva también la dirección de la página de la historia. Los avisos no llevan ningún nombre, ningún correo electrónico, nada de lo que escribiste ni ningún código que te represente, y no se usa ninguna cookie. Como cualquier mensaje en internet, llegan a ${host} desde la dirección de internet de tu dispositivo (su dirección IP).`,
    notInClassroom: 'En el modo aula no se cuenta nada.',
    none: 'No se cuenta nada. Esta copia de la historia no envía estadísticas a ninguna parte: ni hasta dónde llegaste ni qué elegiste.',
  },

  others: {
    lead: (host) =>
      `En un final, la historia muestra qué eligieron otras personas en cada punto donde tú elegiste. Para eso, envía a ${host} la partida que acabas de terminar: el número que decidió sus sucesos de azar y la lista de tus decisiones. Nada más: ni nombre, ni nada que hayas escrito, ni un código que te represente, ni cookies.`,
    kept: 'El servidor vuelve a jugar la partida para comprobarla y luego suma uno al recuento de cada decisión que tomaste. No guarda ninguna copia de la partida ni tu dirección de internet (tu dirección IP). Para contar la misma partida una sola vez, marca unas pocas casillas en un filtro de las partidas del día que comparten todas las partidas (del que no se puede recuperar ninguna partida), y borra el filtro de cada día a los dos días.',
    shown:
      'Una proporción solo se muestra donde llegaron al menos 20 personas, y se redondea al 5 %, para que no diga nada de ninguna persona en concreto.',
    off: 'No se envía nada en el modo aula, dentro de un sitio web cuya organización lo haya desactivado, ni si desmarcas «Contar mis decisiones en «Qué eligieron los demás»» en la configuración. Entonces tampoco se muestran proporciones.',
    none: 'No se envía nada: esta copia de la historia no tiene un servidor que cuente las decisiones, y no muestra proporciones.',
  },

  classroom: {
    text: (counted) =>
      `En el modo aula, la versión de la historia que usa el profesorado en clase, no hay formulario de petición ni botones para compartir, y la historia no envía nada por internet${counted ? ', ni siquiera el recuento de arriba' : ''}.`,
    kept: 'Tu punto en la historia, tu idioma y tu ajuste de sonido se siguen guardando en el dispositivo, como se explica arriba, para que puedas volver una decisión atrás o seguir después de recargar la página.',
    /** A class room (src/room/): what joining one sends, and when it is deleted. */
    room: `Si tu profesor o profesora abre una sala de clase y entras con su código, la historia envía solo al servidor propio de este sitio web el código de la sala, un número al azar creado en tu dispositivo (para contar a cada jugador una sola vez; nunca se muestra a nadie) y los identificadores de las decisiones que tomas y del final al que llegas. Nunca tu nombre. Tu dispositivo guarda el código y ese número hasta que sales de la sala; el navegador del profesor o la profesora guarda la clave de la sala. La sala y sus resultados se borran cuando se cierra, o 24 horas después de su último uso.`,
  },

  embeds: {
    around:
      'Algunas organizaciones muestran la historia dentro de una página de su propio sitio web. La página que rodea la historia es suya: la cubre su propio aviso de privacidad, no este.',
    told: 'Dentro de una página así, la historia le cuenta a la página que la rodea lo que pasa en la historia (que empezó, las escenas, las decisiones y el final a los que se llegó, y qué botones se pulsaron), para que la organización pueda llevar la cuenta. Nunca le dice tu nombre, tu correo electrónico ni nada de lo que escribiste.',
    petition:
      'Esa organización también puede hacer que el botón Firmar abra su propia página de petición en lugar del formulario. Lo que escribas allí lo cubre el aviso de privacidad de esa página.',
    storage:
      'Dentro de otra página, la historia no guarda ninguna copia para usar sin conexión, y puede que tu navegador no le deje guardar nada. Entonces tu punto en la historia se olvida al cerrar la página.',
  },

  contact: {
    ask: (org, who) =>
      `${org} gestiona esta copia de la historia y recibe las firmas. Para preguntar qué datos tiene sobre ti, corregirlos o pedir que los borre, ponte en contacto con ${who}.`,
    yours:
      'Lo que se guarda solo en tu dispositivo no lo tiene nadie más: puedes borrarlo tú (consulta <a href="#device">Lo que se queda en tu dispositivo</a>).',
  },

  back: 'Volver a la historia',
} satisfies PrivacyWords;
