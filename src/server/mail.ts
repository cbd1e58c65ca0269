/**
 * The confirmation mail: a confirm link and a "this wasn't me" link, in the signer's language,
 * plain text, sent with nodemailer over SMTP_URL.
 */
import type { Transporter } from 'nodemailer';
import { textIn, type Campaign } from '../campaign/campaign.ts';
import { SIGNATURES_PATH } from '../sign/api.ts';
import { SERVICE_WORDS, serviceLanguage } from './words.ts';

export interface Confirmation {
  to: string;
  name: string;
  language: string;
  confirmToken: string;
  rejectToken: string;
  /** The public address of the app, links are made from: https://example.org/story */
  base: string;
  campaign: Campaign;
}

export interface Mailer {
  sendConfirmation(mail: Confirmation): Promise<void>;
  close(): void;
}

/** The two links of a confirmation mail. */
export function confirmationLinks(mail: Pick<Confirmation, 'base' | 'confirmToken' | 'rejectToken'>) {
  const base = mail.base.replace(/\/+$/, '');
  return {
    confirm: `${base}${SIGNATURES_PATH}/confirm?token=${encodeURIComponent(mail.confirmToken)}`,
    reject: `${base}${SIGNATURES_PATH}/reject?token=${encodeURIComponent(mail.rejectToken)}`,
  };
}

/** The mail's subject and text. The signer's name goes only into the text, never a header. */
export function confirmationMessage(mail: Confirmation): { subject: string; text: string } {
  const language = serviceLanguage(mail.language);
  const w = SERVICE_WORDS[language];
  const title = textIn(mail.campaign.petition.title, language);
  const links = confirmationLinks(mail);
  return {
    subject: w.mailSubject(title),
    text: [
      w.hello(mail.name),
      '',
      w.thanks(title),
      w.confirmBelow,
      links.confirm,
      '',
      w.notYou,
      links.reject,
      '',
      w.nothingCounts,
      '',
      `— ${mail.campaign.organisation.name}`,
      '',
    ].join('\n'),
  };
}

/** A mailer over `smtpUrl` (smtp://user:pass@host:587, smtps://…), from `from`. */
export async function createMailer(smtpUrl: string, from: string): Promise<Mailer> {
  const nodemailer = await import('nodemailer');
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async sendConfirmation(mail) {
      const { subject, text } = confirmationMessage(mail);
      await transport.sendMail({
        from,
        to: mail.to,
        subject,
        text,
        // Base64 keeps each link whole on one line for any mail client that shows the source.
        textEncoding: 'base64',
      });
    },
    close: () => {
      transport.close();
    },
  };
}
