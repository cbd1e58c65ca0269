/**
 * The privacy statement's words in French (the shape of src/privacy/words/en.ts), speaking as vous
 * (the register of a data-protection notice that adults read), with a no-break space before : ; ? !
 * and inside « », as the interface sets them.
 */
import type { PrivacyWords } from './en.ts';

export const fr = {
  sentenceGap: ' ',
  pageTitle: (story) => `Confidentialité — ${story}`,
  description: (story) => `Ce qui reste sur votre appareil quand vous jouez à ${story}, ce qui est envoyé, et à qui.`,
  skipLink: 'Aller à la déclaration de confidentialité',
  languagesNav: 'Cette page dans d’autres langues',
  languagesLabel: 'Cette page en\u00a0:',
  heading: 'Confidentialité',
  summary: (counted) =>
    counted
      ? 'Pas de compte, pas de publicité, pas de cookies. Pendant que vous jouez, rien qui dise qui vous êtes ne quitte votre appareil.'
      : 'Pas de compte, pas de publicité, pas de traceurs, pas de cookies. Pendant que vous jouez, rien de ce qui vous concerne ne quitte votre appareil.',
  summarySign: (org) => `Ce que vous écrivez n’est envoyé à ${org} que si vous choisissez de signer la pétition.`,
  contents: 'Sur cette page',
  sections: {
    device: 'Ce qui reste sur votre appareil',
    playing: 'Pendant que vous jouez',
    signing: 'Si vous signez la pétition',
    sharing: 'Si vous partagez votre fin',
    counting: 'Comptage',
    others: 'Ce qu’ont choisi les autres',
    classroom: 'En mode classe',
    embeds: 'Quand l’histoire est dans un autre site web',
    contact: 'Questions sur vos données',
  },

  device: {
    lead: 'Pour que vous puissiez reprendre là où vous en étiez, l’histoire garde quelques informations dans votre navigateur, sur cet appareil seulement (dans ce que les navigateurs appellent le «\u00a0stockage local\u00a0»)\u00a0:',
    progress:
      '<strong>Où vous en êtes dans l’histoire</strong>\u00a0: le nombre qui décide de ses événements dus au hasard, la liste des choix que vous avez faits, et le moment où tout cela a été enregistré.',
    language: '<strong>La langue que vous avez choisie</strong>.',
    sound: '<strong>Si le son est activé ou coupé</strong>.',
    waiting: (org) =>
      `<strong>Une signature en attente d’envoi</strong>, si vous signez la pétition\u00a0: votre nom, votre adresse e-mail, votre pays et votre code postal restent ici seulement jusqu’à ce que le serveur de ${org} confirme qu’il les a reçus. Ensuite, ils sont effacés.`,
    signed:
      '<strong>Une note indiquant que vous avez signé</strong>, une fois votre signature arrivée, pour que l’histoire ne vous le redemande pas. Elle contient le nom de la pétition et rien sur vous.',
    offline:
      'Après votre première visite, votre navigateur garde aussi une copie des fichiers de l’histoire elle-même (ses pages, son code et ses textes dans votre langue), pour qu’elle fonctionne sans internet. Cette copie ne contient rien sur vous.',
    nothingElse: 'Rien d’autre. L’histoire n’utilise aucun cookie.',
    runWaiting:
      '<strong>Une partie terminée qui attend d’être comptée</strong>, un instant ou, sans internet, jusqu’à votre prochaine fin\u00a0: son nombre du hasard et la liste de ses choix (voir <a href="#others">Ce qu’ont choisi les autres</a>).',
    neverSentOthers:
      'Votre langue et votre réglage du son ne sont jamais envoyés nulle part. Vos choix ne sont envoyés qu’à une fin, sans votre nom, comme l’explique <a href="#others">Ce qu’ont choisi les autres</a>.',
    neverSent: (counted) =>
      counted
        ? 'Ce qui est enregistré ici reste sur votre appareil. (Pendant que vous jouez, quelques informations sont comptées sans votre nom, comme votre langue et vos choix\u00a0: voir <a href="#counting">Comptage</a>.)'
        : 'Où vous en êtes dans l’histoire, votre langue et votre réglage du son ne sont jamais envoyés nulle part.',
    clearHeading: 'Pour tout effacer',
    clear:
      'Effacez les données de ce site dans les réglages de votre navigateur (souvent appelés «\u00a0Cookies et données de site\u00a0» ou «\u00a0Paramètres des sites\u00a0»). Dans une fenêtre de navigation privée, tout est effacé quand vous fermez la fenêtre.',
    clearSignature: 'Attention\u00a0: une signature qui n’a pas encore été envoyée est effacée elle aussi.',
  },

  playing: {
    sendsOthers:
      'Pendant que vous jouez, l’histoire n’envoie rien de ce qui vous concerne à personne. Ce n’est qu’à une fin qu’elle envoie les choix de la partie terminée, sans votre nom\u00a0: voir <a href="#others">Ce qu’ont choisi les autres</a>.',
    othersNote:
      'À une fin, elle envoie aussi les choix de la partie terminée, sans votre nom\u00a0: voir <a href="#others">Ce qu’ont choisi les autres</a>.',
    sends: (counted, host) =>
      counted
        ? `Pendant que vous jouez, l’histoire n’envoie rien qui dise qui vous êtes. Elle indique bien à ${host} ce qui se passe dans l’histoire, sans dire qui joue\u00a0: voir <a href="#counting">Comptage</a>.`
        : 'Pendant que vous jouez, l’histoire n’envoie rien sur vous à personne. Vos choix restent sur votre appareil.',
    loads:
      'Elle ne charge rien depuis d’autres sites\u00a0: ni publicité, ni traceurs, ni polices ou code venus d’ailleurs.',
    server:
      'Comme pour n’importe quel site, le serveur qui vous envoie les fichiers de l’histoire voit l’adresse internet de votre appareil (son adresse IP) quand votre navigateur les lui demande.',
  },

  signing: {
    lead: (org) =>
      `Signer est votre choix. C’est seulement quand vous remplissez le formulaire, cochez la case pour donner votre accord et appuyez sur Signer que l’histoire envoie à ${org}\u00a0:`,
    fields: 'votre nom, votre adresse e-mail et votre pays, et votre code postal si vous le donnez\u00a0;',
    news: (org) => `si vous avez coché la case pour recevoir des nouvelles de ${org}\u00a0;`,
    story: 'la fin que vous avez atteinte et la langue dans laquelle vous avez joué\u00a0;',
    website: 'l’adresse de ce site, pour que l’on sache d’où vient la signature.',
    purpose: (org) => `${org} s’en sert pour ajouter votre nom à sa pétition.`,
    to: (host) => `Ces informations sont envoyées à ${host}.`,
    actionNetwork: (org) =>
      `Ces informations sont envoyées à Action Network (actionnetwork.org), un service que ${org} utilise pour recueillir des signatures. Action Network peut ajouter une nouvelle adresse e-mail à la liste de diffusion de ${org}, même si vous n’avez pas coché la case pour recevoir des nouvelles.`,
    newsOnly: (org) => `Vous ne recevez des nouvelles de ${org} que si vous cochez la case à part qui vous le demande.`,
    kept: (org) =>
      `Tant que le serveur de ${org} n’a pas confirmé qu’il a reçu votre signature, elle reste aussi sur cet appareil, pour ne pas être perdue si la connexion coupe (voir <a href="#device">Ce qui reste sur votre appareil</a>).`,
    service: {
      stored:
        'Ce site garde votre signature dans sa propre base de données\u00a0: ce que vous avez écrit, votre choix pour les nouvelles, la fin et la langue, et le moment où vous avez signé. Votre adresse internet n’est pas gardée\u00a0: seulement un code brouillé fait à partir d’elle, pour empêcher quelqu’un d’envoyer des tas de signatures d’un coup.',
      confirm:
        'Vous recevez un e-mail avec un lien pour confirmer votre signature (elle ne compte qu’à ce moment-là) et un lien pour la supprimer si ce n’était pas vous.',
      until: (days, closes) =>
        `Votre nom, votre adresse e-mail et votre code postal sont supprimés ${String(days)}\u00a0jours après la clôture de la pétition (${closes}). Le nombre de signatures reste.`,
      untilAsked: (org) =>
        `Votre nom et votre adresse e-mail sont gardés jusqu’à ce que vous demandiez à ${org} de les supprimer.`,
      readers: (org) =>
        `Seules les personnes qui font fonctionner ce site pour ${org} peuvent lire les signatures ou les exporter, pour les remettre au destinataire de la pétition. Pour faire supprimer la vôtre à tout moment, demandez-le à ${org}.`,
    },
    never:
      'Votre nom et votre adresse e-mail ne sont jamais mis dans des liens, dans des messages partagés ni dans rien d’autre de ce que l’histoire envoie.',
    notice: (org, href) =>
      `La façon dont ${org} garde et utilise votre signature est expliquée dans <a href="${href}">sa propre politique de confidentialité</a>.`,
    linkOnly: (host) =>
      `L’histoire ne recueille pas elle-même les signatures\u00a0: elle renvoie vers la page de la pétition sur ${host}. Le lien indique seulement à cette page que vous venez de cette histoire, et votre langue. Ce que vous y écrivez relève de la politique de confidentialité de cette page.`,
    linkInstead: (host) =>
      `Là où le formulaire ne peut pas servir, l’histoire renvoie à la place vers la page de la pétition sur ${host}. Le lien indique seulement à cette page que vous venez de cette histoire, et votre langue. Ce que vous y écrivez relève de la politique de confidentialité de cette page.`,
    none: 'Cette copie de l’histoire ne recueille aucune signature et ne renvoie vers aucune pétition.',
  },

  sharing: {
    buttons:
      'Les boutons de partage n’envoient rien tant que vous n’appuyez pas sur l’un d’eux. Quand vous le faites, le réseau ou l’application que vous avez choisi (X, Facebook ou WhatsApp, par exemple) reçoit le lien vers la page de la fin que vous avez atteinte et le texte à publier, et rien sur vous. À partir de là, c’est sa propre politique de confidentialité qui s’applique.',
    copy: 'Copier le lien le met seulement dans le presse-papiers de votre appareil. Sur un téléphone, le bouton Partager ouvre le menu de partage de votre appareil, et c’est vous qui choisissez où va le lien.',
  },

  counting: {
    lead: (org, host) =>
      `${org} compte combien de personnes jouent et jusqu’où elles vont, pour savoir si l’histoire touche les gens. Pendant que vous jouez, l’histoire envoie un court message à ${host} quand\u00a0:`,
    events: [
      'l’histoire commence, et dans quelle langue\u00a0;',
      'vous arrivez à une scène ou vous faites un choix\u00a0;',
      'vous arrivez à une fin\u00a0;',
      'vous appuyez sur un bouton comme Signer ou Partager.',
    ],
    anonymous: (host) =>
      `Chaque message donne aussi l’adresse de la page de l’histoire. Ces messages ne contiennent ni nom, ni adresse e-mail, ni rien de ce que vous avez écrit, ni aucun code qui vous représente, et aucun cookie n’est utilisé. Comme tout message sur internet, ils arrivent à ${host} depuis l’adresse internet de votre appareil (son adresse IP).`,
    notInClassroom: 'Rien n’est compté en mode classe.',
    none: 'Rien n’est compté. Cette copie de l’histoire n’envoie de statistiques nulle part\u00a0: ni votre progression dans l’histoire, ni vos choix.',
  },

  others: {
    lead: (host) =>
      `À une fin, l’histoire montre ce qu’ont choisi les autres joueurs à chaque moment où vous avez eu un choix. Pour cela, elle envoie à ${host} la partie que vous venez de terminer\u00a0: le nombre qui a décidé de ses événements dus au hasard, et la liste de vos choix. Rien d’autre\u00a0: ni nom, ni rien de ce que vous avez écrit, ni code qui vous désigne, ni cookie.`,
    kept: 'Le serveur rejoue la partie pour la vérifier, puis ajoute un au compte de chaque choix que vous avez fait. Il ne garde aucune copie de la partie, ni votre adresse internet (votre adresse IP). Pour ne compter qu’une fois la même partie, il coche quelques cases dans un filtre des parties du jour, partagé par toutes les parties (dont on ne peut retrouver aucune partie), et efface le filtre de chaque jour au bout de deux jours.',
    shown:
      'Une part n’est affichée que là où au moins 20 joueurs sont arrivés au même moment, et elle est arrondie à 5\u00a0%, pour qu’elle ne dise rien d’un joueur en particulier.',
    off: 'Rien n’est envoyé en mode classe, dans un site web dont l’organisation l’a désactivé, ni si vous décochez «\u00a0Compter mes choix dans «\u00a0Ce qu’ont choisi les autres\u00a0»\u00a0» dans les paramètres. Aucune part n’est alors affichée non plus.',
    none: 'Rien n’est envoyé\u00a0: cette copie de l’histoire n’a pas de serveur qui compte les choix, et n’affiche aucune part.',
  },

  classroom: {
    text: (counted) =>
      `En mode classe, la version de l’histoire que les enseignants utilisent en cours, il n’y a ni formulaire de pétition ni boutons de partage, et l’histoire n’envoie rien par internet${counted ? ', pas même le comptage décrit plus haut' : ''}.`,
    kept: 'Où vous en êtes dans l’histoire, votre langue et votre réglage du son restent gardés sur l’appareil, comme expliqué plus haut, pour que vous puissiez revenir d’un choix en arrière ou reprendre après avoir rechargé la page.',
    /** A class room (src/room/): what joining one sends, and when it is deleted. */
    room: `Si votre enseignant ou votre enseignante ouvre une salle de classe et que vous la rejoignez avec son code, l’histoire envoie au seul serveur de ce site le code de la salle, un nombre tiré au hasard sur votre appareil (pour compter chaque joueur une seule fois\u00a0; il n’est jamais montré à personne) et les identifiants des choix que vous faites et de la fin que vous atteignez. Jamais votre nom. Votre appareil garde le code et ce nombre jusqu’à ce que vous quittiez la salle\u00a0; le navigateur de l’enseignant garde la clé de la salle. La salle et ses résultats sont supprimés quand elle est fermée, ou 24\u00a0heures après sa dernière utilisation.`,
  },

  embeds: {
    around:
      'Certaines organisations montrent l’histoire dans une page de leur propre site. La page autour de l’histoire est la leur\u00a0: c’est leur propre politique de confidentialité qui la couvre, pas celle-ci.',
    told: 'Dans une telle page, l’histoire indique à la page qui l’entoure ce qui s’y passe (qu’elle a commencé, les scènes, les choix et la fin atteints, et les boutons utilisés), pour que l’organisation puisse les compter. Elle ne lui dit jamais votre nom, votre adresse e-mail ni rien de ce que vous avez écrit.',
    petition:
      'Cette organisation peut aussi faire en sorte que le bouton Signer ouvre sa propre page de pétition au lieu du formulaire. Ce que vous y écrivez relève de la politique de confidentialité de cette page.',
    storage:
      'Dans une autre page, l’histoire ne garde aucune copie hors ligne, et votre navigateur peut l’empêcher de garder quoi que ce soit. Dans ce cas, l’endroit où vous en étiez est oublié quand vous fermez la page.',
  },

  contact: {
    ask: (org, who) =>
      `${org} gère cette copie de l’histoire et reçoit les signatures. Pour demander quelles données cette organisation a sur vous, pour les faire corriger ou effacer, contactez ${who}.`,
    yours:
      'Ce qui est gardé seulement sur votre appareil, personne d’autre ne l’a\u00a0: vous pouvez l’effacer vous-même (voir <a href="#device">Ce qui reste sur votre appareil</a>).',
  },

  back: 'Retour à l’histoire',
} satisfies PrivacyWords;
