/**
 * What the service says to a signer, in every shipped language: the confirmation mail and the
 * pages behind its two links. Plain text; pages.ts and mail.ts escape it where it goes into HTML.
 */
import type { Language } from '../i18n/languages.ts';

export interface ServiceWords {
  mailSubject: (title: string) => string;
  hello: (name: string) => string;
  thanks: (title: string) => string;
  confirmBelow: string;
  notYou: string;
  nothingCounts: string;
  confirmHeading: string;
  confirmText: (title: string) => string;
  confirmButton: string;
  confirmedHeading: string;
  confirmedText: (title: string) => string;
  rejectHeading: string;
  rejectText: (title: string) => string;
  rejectButton: string;
  rejectedHeading: string;
  rejectedText: string;
  unknownHeading: string;
  unknownText: string;
  backToStory: string;
}

export const SERVICE_WORDS: Record<Language, ServiceWords> = {
  en: {
    mailSubject: (title) => `Confirm your signature: ${title}`,
    hello: (name) => `Hello ${name},`,
    thanks: (title) => `Thank you for signing “${title}”.`,
    confirmBelow: 'Your signature counts once you confirm it. Open this link and press the button:',
    notYou: 'If you did not sign, open this link instead: it deletes the signature made with your email address.',
    nothingCounts: 'If you do neither, the signature is not counted.',
    confirmHeading: 'Confirm your signature',
    confirmText: (title) => `Press the button to count your signature on “${title}”.`,
    confirmButton: 'Confirm my signature',
    confirmedHeading: 'Thank you: your signature counts',
    confirmedText: (title) => `Your signature on “${title}” is confirmed and counted.`,
    rejectHeading: 'Delete this signature',
    rejectText: (title) =>
      `If you did not sign “${title}”, press the button to delete the signature made with your email address.`,
    rejectButton: 'Delete the signature',
    rejectedHeading: 'The signature is deleted',
    rejectedText: 'Nothing of it is kept. Sorry for the email.',
    unknownHeading: 'This link does not work',
    unknownText:
      'It has been used already, or it is not complete. Copy the whole link from the email into the address bar.',
    backToStory: 'Back to the story',
  },
  ko: {
    mailSubject: (title) => `서명을 확인해 주세요: ${title}`,
    hello: (name) => `${name} 님, 안녕하세요.`,
    thanks: (title) => `“${title}”에 서명해 주셔서 고맙습니다.`,
    confirmBelow: '서명은 확인을 마쳐야 집계됩니다. 이 링크를 열고 버튼을 눌러 주세요:',
    notYou: '서명한 적이 없다면 대신 이 링크를 여세요. 내 이메일 주소로 된 서명이 삭제됩니다.',
    nothingCounts: '둘 다 하지 않으면 서명은 집계되지 않습니다.',
    confirmHeading: '서명 확인',
    confirmText: (title) => `버튼을 누르면 “${title}”에 한 서명이 집계됩니다.`,
    confirmButton: '내 서명 확인하기',
    confirmedHeading: '고맙습니다. 서명이 집계되었습니다',
    confirmedText: (title) => `“${title}”에 한 서명이 확인되어 집계되었습니다.`,
    rejectHeading: '이 서명 삭제',
    rejectText: (title) => `“${title}”에 서명한 적이 없다면 버튼을 눌러 내 이메일 주소로 된 서명을 삭제하세요.`,
    rejectButton: '서명 삭제하기',
    rejectedHeading: '서명이 삭제되었습니다',
    rejectedText: '아무것도 남기지 않았습니다. 이메일을 보내 불편을 드려 죄송합니다.',
    unknownHeading: '이 링크는 사용할 수 없습니다',
    unknownText: '이미 사용했거나 링크가 온전하지 않습니다. 이메일에 있는 링크 전체를 복사해 주소창에 붙여 넣으세요.',
    backToStory: '이야기로 돌아가기',
  },
  ja: {
    mailSubject: (title) => `署名の確認をお願いします：${title}`,
    hello: (name) => `${name} 様`,
    thanks: (title) => `「${title}」にご署名いただき、ありがとうございます。`,
    confirmBelow: '署名は、確認していただいた時点で数えられます。このリンクを開いてボタンを押してください：',
    notYou:
      '署名した覚えがない場合は、代わりにこちらのリンクを開いてください。あなたのメールアドレスでされた署名を削除します。',
    nothingCounts: 'どちらもしなければ、署名は数えられません。',
    confirmHeading: '署名の確認',
    confirmText: (title) => `ボタンを押すと、「${title}」へのあなたの署名が数えられます。`,
    confirmButton: '署名を確認する',
    confirmedHeading: 'ありがとうございます。署名が数えられました',
    confirmedText: (title) => `「${title}」へのあなたの署名は確認され、数えられました。`,
    rejectHeading: 'この署名を削除する',
    rejectText: (title) =>
      `「${title}」に署名していない場合は、ボタンを押して、あなたのメールアドレスでされた署名を削除してください。`,
    rejectButton: '署名を削除する',
    rejectedHeading: '署名を削除しました',
    rejectedText: '何も残していません。メールでお手数をおかけしました。',
    unknownHeading: 'このリンクは使えません',
    unknownText:
      'すでに使われたか、リンクが途中で切れています。メールにあるリンク全体をコピーして、アドレスバーに貼り付けてください。',
    backToStory: '物語に戻る',
  },
  'zh-Hans': {
    mailSubject: (title) => `请确认你的签名：${title}`,
    hello: (name) => `${name}，你好：`,
    thanks: (title) => `感谢你签署“${title}”。`,
    confirmBelow: '你的签名在确认后才会计入。请打开这个链接并按下按钮：',
    notYou: '如果你没有签名，请改为打开这个链接：它会删除用你的电子邮箱地址所做的签名。',
    nothingCounts: '如果两者都不做，这个签名不会被计入。',
    confirmHeading: '确认你的签名',
    confirmText: (title) => `按下按钮，你在“${title}”上的签名就会计入。`,
    confirmButton: '确认我的签名',
    confirmedHeading: '谢谢：你的签名已计入',
    confirmedText: (title) => `你在“${title}”上的签名已确认并计入。`,
    rejectHeading: '删除这个签名',
    rejectText: (title) => `如果你没有签署“${title}”，请按下按钮，删除用你的电子邮箱地址所做的签名。`,
    rejectButton: '删除签名',
    rejectedHeading: '签名已删除',
    rejectedText: '没有保留任何内容。抱歉打扰了你。',
    unknownHeading: '这个链接无法使用',
    unknownText: '它已经被使用过，或者不完整。请把邮件中的完整链接复制到地址栏。',
    backToStory: '返回故事',
  },
  es: {
    mailSubject: (title) => `Confirma tu firma: ${title}`,
    hello: (name) => `Hola, ${name}:`,
    thanks: (title) => `Gracias por firmar «${title}».`,
    confirmBelow: 'Tu firma cuenta en cuanto la confirmes. Abre este enlace y pulsa el botón:',
    notYou: 'Si no firmaste, abre en su lugar este otro enlace: borra la firma hecha con tu dirección de correo.',
    nothingCounts: 'Si no haces ninguna de las dos cosas, la firma no se cuenta.',
    confirmHeading: 'Confirma tu firma',
    confirmText: (title) => `Pulsa el botón para que cuente tu firma en «${title}».`,
    confirmButton: 'Confirmar mi firma',
    confirmedHeading: 'Gracias: tu firma cuenta',
    confirmedText: (title) => `Tu firma en «${title}» está confirmada y contada.`,
    rejectHeading: 'Borrar esta firma',
    rejectText: (title) =>
      `Si no firmaste «${title}», pulsa el botón para borrar la firma hecha con tu dirección de correo.`,
    rejectButton: 'Borrar la firma',
    rejectedHeading: 'La firma está borrada',
    rejectedText: 'No se guarda nada de ella. Perdona las molestias del correo.',
    unknownHeading: 'Este enlace no funciona',
    unknownText: 'Ya se ha usado o está incompleto. Copia el enlace entero del correo en la barra de direcciones.',
    backToStory: 'Volver a la historia',
  },
  fr: {
    mailSubject: (title) => `Confirmez votre signature : ${title}`,
    hello: (name) => `Bonjour ${name},`,
    thanks: (title) => `Merci d’avoir signé « ${title} ».`,
    confirmBelow: 'Votre signature compte dès que vous la confirmez. Ouvrez ce lien et appuyez sur le bouton :',
    notYou:
      'Si vous n’avez pas signé, ouvrez plutôt ce lien : il supprime la signature faite avec votre adresse e-mail.',
    nothingCounts: 'Si vous ne faites ni l’un ni l’autre, la signature n’est pas comptée.',
    confirmHeading: 'Confirmez votre signature',
    confirmText: (title) => `Appuyez sur le bouton pour que votre signature sur « ${title} » compte.`,
    confirmButton: 'Confirmer ma signature',
    confirmedHeading: 'Merci : votre signature compte',
    confirmedText: (title) => `Votre signature sur « ${title} » est confirmée et comptée.`,
    rejectHeading: 'Supprimer cette signature',
    rejectText: (title) =>
      `Si vous n’avez pas signé « ${title} », appuyez sur le bouton pour supprimer la signature faite avec votre adresse e-mail.`,
    rejectButton: 'Supprimer la signature',
    rejectedHeading: 'La signature est supprimée',
    rejectedText: 'Rien n’en est gardé. Pardon pour cet e-mail.',
    unknownHeading: 'Ce lien ne fonctionne pas',
    unknownText: 'Il a déjà servi, ou il est incomplet. Copiez le lien entier de l’e-mail dans la barre d’adresse.',
    backToStory: 'Retour à l’histoire',
  },
};

/** The signer's language if shipped (`ko`, `ko-KR`), else English. */
export function serviceLanguage(tag: string | undefined): Language {
  if (!tag) return 'en';
  if (tag in SERVICE_WORDS) return tag as Language;
  if (/^zh(-|$)/i.test(tag)) return 'zh-Hans';
  const base = tag.split('-')[0]!.toLowerCase();
  return base in SERVICE_WORDS ? (base as Language) : 'en';
}
