/**
 * The privacy statement's words in French (the shape of src/privacy/words/en.ts), speaking as tu,
 * with a no-break space before : ; ? ! and inside « », as the interface sets them.
 */
import type { PrivacyWords } from './en.ts';

export const fr = {
  sentenceGap: ' ',
  pageTitle: (story) => `Confidentialité — ${story}`,
  description: (story) => `Ce qui reste sur ton appareil quand tu joues à ${story}, ce qui est envoyé, et à qui.`,
  skipLink: 'Aller à la déclaration de confidentialité',
  languagesNav: 'Cette page dans d’autres langues',
  languagesLabel: 'Cette page en\u00a0:',
  heading: 'Confidentialité',
  summary: (counted) =>
    counted
      ? 'Pas de compte, pas de publicité, pas de cookies. Pendant que tu joues, rien qui dise qui tu es ne quitte ton appareil.'
      : 'Pas de compte, pas de publicité, pas de traceurs, pas de cookies. Pendant que tu joues, rien de ce qui te concerne ne quitte ton appareil.',
  summarySign: (org) => `Ce que tu écris n’est envoyé à ${org} que si tu choisis de signer la pétition.`,
  contents: 'Sur cette page',
  sections: {
    device: 'Ce qui reste sur ton appareil',
    playing: 'Pendant que tu joues',
    signing: 'Si tu signes la pétition',
    sharing: 'Si tu partages ta fin',
    counting: 'Comptage',
    classroom: 'En mode classe',
    embeds: 'Quand l’histoire est dans un autre site web',
    contact: 'Questions sur tes données',
  },

  device: {
    lead: 'Pour que tu puisses reprendre là où tu en étais, l’histoire garde quelques informations dans ton navigateur, sur cet appareil seulement (dans ce que les navigateurs appellent le «\u00a0stockage local\u00a0»)\u00a0:',
    progress:
      '<strong>Où tu en es dans l’histoire</strong>\u00a0: le nombre qui décide de ses événements dus au hasard, la liste des choix que tu as faits, et le moment où tout cela a été enregistré.',
    language: '<strong>La langue que tu as choisie</strong>.',
    sound: '<strong>Si le son est activé ou coupé</strong>.',
    waiting: (org) =>
      `<strong>Une signature en attente d’envoi</strong>, si tu signes la pétition\u00a0: ton nom, ton adresse e-mail, ton pays et ton code postal restent ici seulement jusqu’à ce que le serveur de ${org} confirme qu’il les a reçus. Ensuite, ils sont effacés.`,
    signed:
      '<strong>Une note indiquant que tu as signé</strong>, une fois ta signature arrivée, pour que l’histoire ne te le redemande pas. Elle contient le nom de la pétition et rien sur toi.',
    offline:
      'Après ta première visite, ton navigateur garde aussi une copie des fichiers de l’histoire elle-même (ses pages, son code et ses textes dans ta langue), pour qu’elle fonctionne sans internet. Cette copie ne contient rien sur toi.',
    nothingElse: 'Rien d’autre. L’histoire n’utilise aucun cookie.',
    neverSent: (counted) =>
      counted
        ? 'Ce qui est enregistré ici reste sur ton appareil. (Pendant que tu joues, quelques informations sont comptées sans ton nom, comme ta langue et tes choix\u00a0: voir <a href="#counting">Comptage</a>.)'
        : 'Où tu en es dans l’histoire, ta langue et ton réglage du son ne sont jamais envoyés nulle part.',
    clearHeading: 'Pour tout effacer',
    clear:
      'Efface les données de ce site dans les réglages de ton navigateur (souvent appelés «\u00a0Cookies et données de site\u00a0» ou «\u00a0Paramètres des sites\u00a0»). Dans une fenêtre de navigation privée, tout est effacé quand tu fermes la fenêtre.',
    clearSignature: 'Attention\u00a0: une signature qui n’a pas encore été envoyée est effacée elle aussi.',
  },

  playing: {
    sends: (counted, host) =>
      counted
        ? `Pendant que tu joues, l’histoire n’envoie rien qui dise qui tu es. Elle indique bien à ${host} ce qui se passe dans l’histoire, sans dire qui joue\u00a0: voir <a href="#counting">Comptage</a>.`
        : 'Pendant que tu joues, l’histoire n’envoie rien sur toi à personne. Tes choix restent sur ton appareil.',
    loads:
      'Elle ne charge rien depuis d’autres sites\u00a0: ni publicité, ni traceurs, ni polices ou code venus d’ailleurs.',
    server:
      'Comme pour n’importe quel site, le serveur qui t’envoie les fichiers de l’histoire voit l’adresse internet de ton appareil (son adresse IP) quand ton navigateur les lui demande.',
  },

  signing: {
    lead: (org) =>
      `Signer, c’est ton choix. C’est seulement quand tu remplis le formulaire, coches la case pour donner ton accord et appuies sur Signer que l’histoire envoie à ${org}\u00a0:`,
    fields: 'ton nom, ton adresse e-mail et ton pays, et ton code postal si tu le donnes\u00a0;',
    news: (org) => `si tu as coché la case pour recevoir des nouvelles de ${org}\u00a0;`,
    story: 'la fin que tu as atteinte et la langue dans laquelle tu as joué\u00a0;',
    website: 'l’adresse de ce site, pour que l’on sache d’où vient la signature.',
    purpose: (org) => `${org} s’en sert pour ajouter ton nom à sa pétition.`,
    to: (host) => `Ces informations sont envoyées à ${host}.`,
    actionNetwork: (org) =>
      `Ces informations sont envoyées à Action Network (actionnetwork.org), un service que ${org} utilise pour recueillir des signatures. Action Network peut ajouter une nouvelle adresse e-mail à la liste de diffusion de ${org}, même si tu n’as pas coché la case pour recevoir des nouvelles.`,
    newsOnly: (org) => `Tu ne reçois des nouvelles de ${org} que si tu coches la case à part qui te le demande.`,
    kept: (org) =>
      `Tant que le serveur de ${org} n’a pas confirmé qu’il a reçu ta signature, elle reste aussi sur cet appareil, pour ne pas être perdue si la connexion coupe (voir <a href="#device">Ce qui reste sur ton appareil</a>).`,
    never:
      'Ton nom et ton adresse e-mail ne sont jamais mis dans des liens, dans des messages partagés ni dans rien d’autre de ce que l’histoire envoie.',
    notice: (org, href) =>
      `La façon dont ${org} garde et utilise ta signature est expliquée dans <a href="${href}">sa propre politique de confidentialité</a>.`,
    linkOnly: (host) =>
      `L’histoire ne recueille pas elle-même les signatures\u00a0: elle renvoie vers la page de la pétition sur ${host}. Le lien indique seulement à cette page que tu viens de cette histoire, et ta langue. Ce que tu y écris relève de la politique de confidentialité de cette page.`,
    linkInstead: (host) =>
      `Là où le formulaire ne peut pas servir, l’histoire renvoie à la place vers la page de la pétition sur ${host}. Le lien indique seulement à cette page que tu viens de cette histoire, et ta langue. Ce que tu y écris relève de la politique de confidentialité de cette page.`,
    none: 'Cette copie de l’histoire ne recueille aucune signature et ne renvoie vers aucune pétition.',
    service: {
      stored:
        'Le service de signatures de ce site enregistre ton nom, ton adresse e-mail, ton pays, ton code postal si tu l’as donné, ton choix concernant les nouvelles, ta langue, la fin que tu as atteinte et le moment où tu as signé.',
      hashed:
        'Il n’enregistre pas ton adresse internet\u00a0: seulement une empreinte salée (un code brouillé qu’on ne peut pas retransformer en adresse), pour freiner quiconque enverrait des signatures en masse.',
      confirm:
        'Il t’envoie un e-mail, avec un lien pour confirmer ta signature et un lien pour dire que ce n’était pas toi. Ta signature ne compte qu’une fois confirmée\u00a0; «\u00a0ce n’était pas moi\u00a0» l’efface.',
      retention: (days: number): string =>
        `Les noms et les adresses e-mail sont effacés ${String(days)} jours après la clôture de la pétition\u00a0; ce qui reste ne fait que compter les signatures et ne dit rien de qui a signé.`,
      untilDeleted: (org: string): string =>
        `Les noms et les adresses e-mail sont gardés jusqu’à ce que ${org} les efface\u00a0; tu peux demander à tout moment que les tiens le soient.`,
      export: (org: string): string =>
        `Seul ${org}, qui gère ce site, peut exporter les signatures (pour les remettre au destinataire de la pétition) ou en effacer une sur demande.`,
    },
  },

  sharing: {
    buttons:
      'Les boutons de partage n’envoient rien tant que tu n’appuies pas sur l’un d’eux. Quand tu le fais, le réseau ou l’application que tu as choisi (X, Facebook ou WhatsApp, par exemple) reçoit le lien vers la page de la fin que tu as atteinte et le texte à publier, et rien sur toi. À partir de là, c’est sa propre politique de confidentialité qui s’applique.',
    copy: 'Copier le lien le met seulement dans le presse-papiers de ton appareil. Sur un téléphone, le bouton Partager ouvre le menu de partage de ton appareil, et c’est toi qui choisis où va le lien.',
  },

  counting: {
    lead: (org, host) =>
      `${org} compte combien de personnes jouent et jusqu’où elles vont, pour savoir si l’histoire touche les gens. Pendant que tu joues, l’histoire envoie un court message à ${host} quand\u00a0:`,
    events: [
      'l’histoire commence, et dans quelle langue\u00a0;',
      'tu arrives à une scène ou tu fais un choix\u00a0;',
      'tu arrives à une fin\u00a0;',
      'tu appuies sur un bouton comme Signer ou Partager.',
    ],
    anonymous: (host) =>
      `Chaque message donne aussi l’adresse de la page de l’histoire. Ces messages ne contiennent ni nom, ni adresse e-mail, ni rien de ce que tu as écrit, ni aucun code qui te représente, et aucun cookie n’est utilisé. Comme tout message sur internet, ils arrivent à ${host} depuis l’adresse internet de ton appareil (son adresse IP).`,
    notInClassroom: 'Rien n’est compté en mode classe.',
    none: 'Rien n’est compté. Cette copie de l’histoire n’envoie de statistiques nulle part\u00a0: ni ta progression dans l’histoire, ni tes choix.',
  },

  classroom: {
    text: (counted) =>
      `En mode classe, la version de l’histoire que les enseignants utilisent en cours, il n’y a ni formulaire de pétition ni boutons de partage, et l’histoire n’envoie rien par internet${counted ? ', pas même le comptage décrit plus haut' : ''}.`,
    kept: 'Où tu en es dans l’histoire, ta langue et ton réglage du son restent gardés sur l’appareil, comme expliqué plus haut, pour que tu puisses revenir d’un choix en arrière ou reprendre après avoir rechargé la page.',
  },

  embeds: {
    around:
      'Certaines organisations montrent l’histoire dans une page de leur propre site. La page autour de l’histoire est la leur\u00a0: c’est leur propre politique de confidentialité qui la couvre, pas celle-ci.',
    told: 'Dans une telle page, l’histoire indique à la page qui l’entoure ce qui s’y passe (qu’elle a commencé, les scènes, les choix et la fin atteints, et les boutons utilisés), pour que l’organisation puisse les compter. Elle ne lui dit jamais ton nom, ton adresse e-mail ni rien de ce que tu as écrit.',
    petition:
      'Cette organisation peut aussi faire en sorte que le bouton Signer ouvre sa propre page de pétition au lieu du formulaire. Ce que tu y écris relève de la politique de confidentialité de cette page.',
    storage:
      'Dans une autre page, l’histoire ne garde aucune copie hors ligne, et ton navigateur peut l’empêcher de garder quoi que ce soit. Dans ce cas, l’endroit où tu en étais est oublié quand tu fermes la page.',
  },

  contact: {
    ask: (org, who) =>
      `${org} gère cette copie de l’histoire et reçoit les signatures. Pour demander quelles données cette organisation a sur toi, pour les faire corriger ou effacer, contacte ${who}.`,
    yours:
      'Ce qui est gardé seulement sur ton appareil, personne d’autre ne l’a\u00a0: tu peux l’effacer toi-même (voir <a href="#device">Ce qui reste sur ton appareil</a>).',
  },

  back: 'Retour à l’histoire',
} satisfies PrivacyWords;
