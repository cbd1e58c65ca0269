/**
 * The petition at the end: its words, and a form whose signature goes into the outbox before
 * anything is sent, so a failed delivery is kept and retried, never lost and never sent twice.
 * Where no form can deliver, a link to the petition's own page instead.
 */
import { useEffect, useId, useMemo, useRef, useState, type InputHTMLAttributes, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { langOf, textIn, type Campaign, type SignOffer } from '../campaign/campaign.ts';
import { fillSlot, Name, SLOT } from '../ui/placeholder.tsx';
import { buildLinkUrl } from './delivery.ts';
import { fetchCount, type CountAnswer, type PetitionCount } from './api-read.ts';
import type { Outbox, OutboxEntry } from './outbox.ts';
import type { SignContext } from './types.ts';
import { COUNTRY_CODES, isBotSubmission, validateSignature, type SignError, type SignField } from './validate.ts';

interface SignSectionProps {
  campaign: Campaign;
  offer: SignOffer;
  outbox: Outbox | undefined;
  /** True once this device has delivered a signature for the petition. */
  signed: boolean;
  context: SignContext;
  lang: string;
  /** Called when the player signs (the form, once the signature is kept) or opens the petition's link. */
  onSign?: () => void;
  /** For the petition's count (mode `service`); the browser's own by default. */
  fetchFn?: typeof fetch;
}

type CountState = CountAnswer | { kind: 'loading' };

/**
 * The petition's public count from the signature service, fetched when the ending shows and again
 * once a signature from this page is recorded (or taken from the service's receipt). `petition`
 * undefined (not the service): nothing is fetched.
 */
function usePetitionCount(
  petition: string | undefined,
  outbox: Outbox | undefined,
  fetchFn?: typeof fetch,
): CountState {
  const [state, setState] = useState<CountState>(petition ? { kind: 'loading' } : { kind: 'absent' });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!petition) return;
    let current = true;
    void fetchCount(fetchFn ?? window.fetch.bind(window), petition).then((answer) => {
      // A count already known is kept when a later look finds no network.
      if (current) setState((before) => (answer.kind === 'unreachable' && before.kind === 'count' ? before : answer));
    });
    return () => {
      current = false;
    };
  }, [petition, fetchFn, asked]);
  useEffect(() => {
    if (!petition || !outbox) return;
    let waiting = outbox.entries().some((entry) => entry.context.petition === petition);
    return outbox.subscribe((entries) => {
      const before = waiting;
      waiting = entries.some((entry) => entry.context.petition === petition);
      if (!before || waiting) return;
      // Just recorded: the receipt's count when the service gave one, else a fresh look.
      const counted = outbox.receiptFor(petition)?.count;
      if (counted) setState({ kind: 'count', count: counted });
      else setAsked((n) => n + 1);
    });
  }, [petition, outbox]);
  return state;
}

/** How many have signed, and how far that is toward the goal: words and an accessible progress bar. */
function PetitionProgress({ count }: { count: PetitionCount }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="petition-count" data-petition-count={count.count}>
      <p id={`${id}-count`} className="petition-count-number">
        {t('signCount', { count: count.count })}
      </p>
      {count.goal !== null && (
        <>
          <progress
            max={count.goal}
            value={Math.min(count.count, count.goal)}
            aria-labelledby={`${id}-count ${id}-goal`}
          />
          <p id={`${id}-goal`} className="petition-count-goal">
            {t('signGoal', { goal: count.goal })}
          </p>
        </>
      )}
    </div>
  );
}

const ERROR_KEYS = {
  nameRequired: 'signErrorNameRequired',
  nameTooLong: 'signErrorNameTooLong',
  emailRequired: 'signErrorEmailRequired',
  emailInvalid: 'signErrorEmailInvalid',
  countryRequired: 'signErrorCountryRequired',
  countryUnknown: 'signErrorCountryRequired',
  postalTooLong: 'signErrorPostalTooLong',
  consentRequired: 'signErrorConsentRequired',
} as const satisfies Record<SignError, string>;

const FIELD_ORDER: SignField[] = ['name', 'email', 'country', 'postalCode', 'consent'];

export function SignSection({
  campaign,
  offer: campaignOffer,
  outbox,
  signed,
  context,
  lang,
  onSign,
  fetchFn,
}: SignSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const petition = campaign.petition;
  const service = campaignOffer.kind === 'form' && campaignOffer.delivery.mode === 'service';
  const count = usePetitionCount(service ? petition.id : undefined, outbox, fetchFn);
  // The service answers on this site; a static deployment has none: then the petition's own page
  // is offered, as where no form can deliver. Offline, the form stays: the outbox keeps the signature.
  const noService = count.kind === 'absent' || (count.kind === 'unreachable' && navigator.onLine);
  const offer: SignOffer =
    service && noService ? (petition.url ? { kind: 'link', url: petition.url } : { kind: 'none' }) : campaignOffer;
  if (offer.kind === 'none') return null;
  return (
    <section className="sign" aria-labelledby={headingId} data-sign={offer.kind}>
      <h2 id={headingId}>{t('signHeading')}</h2>
      <p className="petition-title" lang={langOf(petition.title, lang)}>
        {textIn(petition.title, lang)}
      </p>
      <p className="petition-target">
        {fillSlot(
          t('petitionTo', { target: SLOT }),
          <span lang={langOf(petition.target, lang)}>{textIn(petition.target, lang)}</span>,
        )}
      </p>
      <p lang={langOf(petition.text, lang)}>{textIn(petition.text, lang)}</p>
      {count.kind === 'count' && <PetitionProgress count={count.count} />}
      {service && count.kind === 'loading' ? null : offer.kind === 'link' ? (
        <p>
          <a
            className="button-link"
            href={buildLinkUrl({ mode: 'link', url: offer.url }, context)}
            target="_blank"
            rel="noopener"
            onClick={onSign}
          >
            {t('signLink')}
            <span className="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </p>
      ) : outbox ? (
        <SignForm
          campaign={campaign}
          outbox={outbox}
          signed={signed}
          context={context}
          lang={lang}
          bestEffort={offer.delivery.mode === 'action-network'}
          {...(onSign ? { onSign } : {})}
        />
      ) : null}
    </section>
  );
}

interface SignFormProps {
  campaign: Campaign;
  outbox: Outbox;
  signed: boolean;
  context: SignContext;
  lang: string;
  bestEffort: boolean;
  onSign?: () => void;
}

function SignForm({ campaign, outbox, signed, context, lang, bestEffort, onSign }: SignFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = {
    name: `${base}-name`,
    email: `${base}-email`,
    country: `${base}-country`,
    postalCode: `${base}-postal`,
    consent: `${base}-consent`,
  };
  const [values, setValues] = useState({
    name: '',
    email: '',
    country: '',
    postalCode: '',
    consent: false,
    mailingList: false,
    honeypot: '',
  });
  const [errors, setErrors] = useState<Partial<Record<SignField, SignError>>>({});
  const [tooFast, setTooFast] = useState(false);
  const [shownAt] = useState(() => Date.now());
  const [entries, setEntries] = useState<OutboxEntry[]>(() => outbox.entries());
  const [justRecorded, setJustRecorded] = useState(false);
  const [unreadable, setUnreadable] = useState(() => outbox.unreadable());
  const status = useRef<HTMLParagraphElement>(null);
  // Set by the first submit that keeps a signature: a second submit in the same task (a script's
  // `click(); click()`, before React shows the status) must not keep another.
  const submitted = useRef(false);
  const orgName = <Name>{campaign.organisation.name}</Name>;
  // How long names and emails are kept, where the campaign's own service keeps them.
  const retentionDays = campaign.delivery.mode === 'service' ? campaign.delivery.anonymiseAfterDays : undefined;

  const isMine = (e: OutboxEntry) => e.context.petition === campaign.petition.id;
  const mine = entries.filter(isMine);
  const previous = useRef(entries);
  useEffect(
    () =>
      outbox.subscribe((next) => {
        const ours = (e: OutboxEntry) => e.context.petition === campaign.petition.id;
        // Gone from the outbox means delivered: rejected entries stay.
        if (previous.current.some(ours) && !next.some(ours)) setJustRecorded(true);
        previous.current = next;
        setEntries(next);
        setUnreadable(outbox.unreadable());
      }),
    [outbox, campaign.petition.id],
  );

  const countries = useMemo(() => countryList(lang), [lang]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]): void => {
    setValues((v) => ({ ...v, [key]: value }));
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitted.current) return;
    const bot = isBotSubmission({ honeypot: values.honeypot, shownAt, now: Date.now() });
    // A filled honeypot is a bot: it gets nothing. Too fast may be a person: they are asked to check.
    if (bot === 'honeypot') return;
    const result = validateSignature(values);
    if (!result.ok) {
      setErrors(result.errors);
      setTooFast(false);
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setErrors({});
    if (bot === 'too-fast') {
      setTooFast(true);
      return;
    }
    submitted.current = true;
    outbox.add(result.signature, context);
    onSign?.();
    requestAnimationFrame(() => status.current?.focus());
  };

  // Named, never hidden: what this device kept and could not read was not sent.
  const unreadableNotice =
    unreadable > 0 ? (
      <div className="notice" data-sign-unreadable="">
        <p role="status">{t('signUnreadable')}</p>
        <button type="button" onClick={outbox.forgetUnreadable}>
          {t('signUnreadableForget')}
        </button>
      </div>
    ) : null;

  const pending = mine[0];
  if (pending || signed || justRecorded) {
    let message: string;
    let retry: string | undefined;
    const receipt = outbox.receiptFor(campaign.petition.id);
    if (!pending)
      message =
        receipt?.status === 'confirm-email'
          ? t('signConfirmEmail')
          : receipt?.status === 'counted'
            ? t('signCounted')
            : t('signRecorded');
    else if (pending.status === 'rejected') {
      message = t('signRejected', { status: pending.rejectedStatus ?? 0 });
      retry = t('tryAgain');
    } else if (pending.attempts === 0) message = t('signSending');
    else {
      message = outbox.persistent ? t('signQueued') : t('signQueuedMemory');
      retry = t('signRetry');
    }
    return (
      <>
        {unreadableNotice}
        <div className="sign-status" data-sign-status={pending ? pending.status : 'recorded'}>
          <p ref={status} tabIndex={-1} role="status">
            {message}
          </p>
          {retry && (
            <button type="button" onClick={() => void outbox.retryNow()}>
              {retry}
            </button>
          )}
        </div>
      </>
    );
  }

  const describedBy = (field: SignField, extra?: string) =>
    [errors[field] ? `${ids[field]}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const error = (field: SignField) =>
    errors[field] ? (
      <p id={`${ids[field]}-error`} className="field-error">
        {t(ERROR_KEYS[errors[field]])}
      </p>
    ) : null;

  const textField = (
    field: 'name' | 'email' | 'postalCode',
    label: string,
    attributes: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div className="field">
      <label htmlFor={ids[field]}>{label}</label>
      <input
        {...attributes}
        id={ids[field]}
        name={field}
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => set(field, e.target.value)}
      />
      {error(field)}
    </div>
  );

  return (
    <>
      {unreadableNotice}
      <form className="sign-form" noValidate onSubmit={submit} data-sign-form="">
        {textField('name', t('signName'), { autoComplete: 'name' })}
        {textField('email', t('signEmail'), { type: 'email', autoComplete: 'email', inputMode: 'email' })}
        <div className="field">
          <label htmlFor={ids.country}>{t('signCountry')}</label>
          <select
            id={ids.country}
            name="country"
            autoComplete="country"
            value={values.country}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={describedBy('country')}
            onChange={(e) => set('country', e.target.value)}
          >
            <option value="">{t('signCountryChoose')}</option>
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          {error('country')}
        </div>
        {textField('postalCode', t('signPostal'), { autoComplete: 'postal-code' })}
        <div className="field checkbox">
          <input
            id={ids.consent}
            name="consent"
            type="checkbox"
            checked={values.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent', `${base}-retention ${base}-privacy`)}
            onChange={(e) => set('consent', e.target.checked)}
          />
          <label htmlFor={ids.consent}>{fillSlot(t('signConsent', { organisation: SLOT }), orgName)}</label>
          <p id={`${base}-retention`} className="sign-note">
            {retentionDays === undefined ? t('signRetentionNotice') : t('signRetentionDays', { days: retentionDays })}
          </p>
          <p id={`${base}-privacy`} className="privacy-link">
            <a href={campaign.privacyUrl} target="_blank" rel="noopener">
              {fillSlot(t('signPrivacy', { organisation: SLOT }), orgName)}
              <span className="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
          </p>
          {error('consent')}
        </div>
        <div className="field checkbox">
          <input
            id={`${base}-news`}
            name="mailingList"
            type="checkbox"
            checked={values.mailingList}
            onChange={(e) => set('mailingList', e.target.checked)}
          />
          <label htmlFor={`${base}-news`}>{fillSlot(t('signMailingList', { organisation: SLOT }), orgName)}</label>
        </div>
        {/* For bots only: people never see or reach it. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={`${base}-website`}>{t('signHoneypot')}</label>
          <input
            id={`${base}-website`}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={values.honeypot}
            onChange={(e) => set('honeypot', e.target.value)}
          />
        </div>
        {tooFast && (
          <p className="field-error" role="alert">
            {t('signTooFast')}
          </p>
        )}
        {bestEffort && (
          <>
            <p className="sign-note">{t('signBestEffort')}</p>
            <p className="sign-note">{fillSlot(t('signActionNetworkList', { organisation: SLOT }), orgName)}</p>
          </>
        )}
        <button type="submit" className="primary">
          {t('signSubmit')}
        </button>
      </form>
    </>
  );
}

const countryLists = new Map<string, Array<{ code: string; name: string }>>();

/** Every country, named and sorted in `lang`; made once per language. */
function countryList(lang: string): Array<{ code: string; name: string }> {
  let list = countryLists.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(lang);
    list = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    countryLists.set(lang, list);
  }
  return list;
}
