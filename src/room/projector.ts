/**
 * The class page's script (`class/class.js`): start a room, then project it. Plain DOM, no
 * framework: it is its own small entry, never part of the app's first load. The room's key stays
 * in this browser (localStorage), so a reload keeps the projector; closing the room deletes it
 * everywhere. Keyboard: ← → move between decisions, Home/End to the first and last, R reveals or
 * hides the counts.
 */
import qrcode from 'qrcode-generator';
import { LANGUAGES, matchLanguage, SHIPPED_LANGUAGES, type Language } from '../i18n/languages.ts';
import { ROOMS_PATH, roomPath, type RoomCreated, type RoomState } from './api.ts';
import type { Decision, ProjectorData } from './page.ts';
import { openRoomStream } from './stream.ts';

/** What this browser keeps of the room it projects. */
export const PROJECTOR_KEY = 'three-thousand-miles:class-room';
const APP_LANGUAGE_KEY = 'three-thousand-miles:lang';

interface Kept {
  code: string;
  secret: string;
  language: Language;
}

const main = document.querySelector<HTMLElement>('main.class-page')!;
const root = main.dataset.root ?? '/';

function readKept(): Kept | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(PROJECTOR_KEY) ?? 'null') as Partial<Kept> | null;
    if (
      kept &&
      typeof kept.code === 'string' &&
      typeof kept.secret === 'string' &&
      kept.language &&
      kept.language in LANGUAGES
    )
      return kept as Kept;
  } catch {
    // blocked or unreadable: no room kept
  }
  return undefined;
}

function keep(kept: Kept | undefined): void {
  try {
    if (kept) localStorage.setItem(PROJECTOR_KEY, JSON.stringify(kept));
    else localStorage.removeItem(PROJECTOR_KEY);
  } catch {
    // The room works while the page is open; a reload then starts afresh.
  }
}

function preferredLanguage(): Language {
  try {
    const saved = matchLanguage(localStorage.getItem(APP_LANGUAGE_KEY) ?? '');
    if (saved && saved in LANGUAGES) return saved as Language;
  } catch {
    // no storage
  }
  for (const tag of navigator.languages) {
    const match = matchLanguage(tag);
    if (match && match in LANGUAGES) return match as Language;
  }
  return 'en';
}

const dataCache = new Map<Language, Promise<ProjectorData>>();
function loadData(lang: Language): Promise<ProjectorData> {
  let data = dataCache.get(lang);
  if (!data) {
    data = fetch(`${root}class/data-${lang}.json`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${String(r.status)}`);
      return r.json() as Promise<ProjectorData>;
    });
    dataCache.set(lang, data);
  }
  return data;
}

/** An element with attributes and children; text is always text, never HTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** Puts the page in `lang` (words, `<html lang>`, the links). */
function applyLanguage(data: ProjectorData): void {
  document.documentElement.lang = data.lang;
  document.documentElement.dir = LANGUAGES[data.lang].dir;
  document.documentElement.dataset.script = LANGUAGES[data.lang].script;
  document.title = `${data.words.title ?? ''} · ${data.storyTitle}`;
  const links: Record<string, string> = { play: 'playStory', guide: 'teacherGuide', privacy: 'privacy' };
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-link]')) {
    const key = links[a.dataset.link ?? ''];
    if (key) a.textContent = data.words[key] ?? a.textContent;
  }
  const play = document.querySelector<HTMLAnchorElement>('a[data-link="play"]');
  if (play) play.href = `${root}?lang=${encodeURIComponent(data.lang)}`;
  const guide = document.querySelector<HTMLAnchorElement>('a[data-link="guide"]');
  if (guide) guide.href = `${root}teacher/${data.lang === 'en' ? '' : `${data.lang}/`}`;
  const privacy = document.querySelector<HTMLAnchorElement>('a[data-link="privacy"]');
  if (privacy) privacy.href = `${root}privacy/${data.lang === 'en' ? '' : `${data.lang}/`}`;
}

let shown = false;
/** Shows a view: its heading takes the focus (not on the page's first view, which the reader starts at). */
function show(...children: (Node | undefined | false)[]): void {
  main.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
  if (shown) main.querySelector<HTMLElement>('h1')?.focus();
  shown = true;
}

// ---- Start a room

async function startView(lang: Language, notice?: string): Promise<void> {
  const data = await loadData(lang);
  applyLanguage(data);
  const w = data.words;
  const select = h('select', { id: 'room-language', name: 'language' });
  for (const l of SHIPPED_LANGUAGES) {
    const option = h('option', { value: l, lang: l }, LANGUAGES[l].name);
    option.selected = l === lang;
    select.append(option);
  }
  select.addEventListener('change', () => {
    void startView(select.value as Language);
  });
  const status = h('p', { class: 'status', role: 'alert' });
  if (notice) status.textContent = notice;
  const button = h('button', { type: 'submit', class: 'primary' }, w.start ?? '');
  const form = h(
    'form',
    { class: 'start' },
    h('p', {}, h('label', { for: 'room-language' }, w.languageLabel ?? ''), select),
    button,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    button.textContent = w.starting ?? '';
    void createRoom(select.value as Language).then((answer) => {
      if (typeof answer === 'string') {
        button.disabled = false;
        button.textContent = w.start ?? '';
        status.textContent = w[answer] ?? '';
        return;
      }
      keep(answer);
      void roomView(answer);
    });
  });
  show(
    h('h1', { tabindex: '-1' }, w.heading ?? ''),
    h('p', { class: 'lead' }, w.lead ?? ''),
    form,
    h('p', { class: 'forget' }, w.forget ?? ''),
  );
}

/** Opens a room; on failure, the key of the words that say why. */
async function createRoom(language: Language): Promise<Kept | 'noServer' | 'tooMany' | 'startFailed'> {
  try {
    const response = await fetch(ROOMS_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ language }),
      credentials: 'omit',
    });
    if (response.status === 429) return 'tooMany';
    const type = response.headers.get('content-type') ?? '';
    // A static host answers with a page, or a 404/405: there is no server behind this copy.
    if (!type.includes('application/json')) return 'noServer';
    if (response.status === 404 || response.status === 405) return 'noServer';
    if (response.status !== 201) return 'startFailed';
    const room = (await response.json()) as RoomCreated;
    return { code: room.code, secret: room.secret, language: room.language };
  } catch {
    return 'startFailed';
  }
}

// ---- The projector

function joinUrl(code: string): string {
  return new URL(`${root}?class=${encodeURIComponent(code)}`, location.href).href;
}

/** The room's link as a QR code: an SVG of squares, drawn here from qrcode-generator's modules. */
function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const margin = 4;
  const size = n + margin * 2;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${String(size)} ${String(size)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  let d = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.isDark(row, col)) d += `M${String(col + margin)} ${String(row + margin)}h1v1h-1z`;
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}

let closeStream: (() => void) | undefined;

async function roomView(kept: Kept): Promise<void> {
  const data = await loadData(kept.language);
  applyLanguage(data);
  const w = data.words;
  let state: RoomState | undefined;
  let index = 0;
  const decisions = data.decisions;

  const joined = h('span', { class: 'figure', 'data-joined': '' }, '0');
  const playing = h('span', { class: 'figure', 'data-playing': '' }, '0');
  const connection = h('p', { class: 'status', role: 'status' });
  const link = joinUrl(kept.code);
  const header = h(
    'section',
    { class: 'room-join', 'aria-labelledby': 'room-code-label' },
    h(
      'div',
      { class: 'room-code-box' },
      h('p', { id: 'room-code-label', class: 'label' }, w.codeLabel ?? ''),
      h('p', { class: 'room-code', 'data-room-code': kept.code }, kept.code),
      h('p', { class: 'room-link' }, h('a', { href: link }, link)),
      h('p', { class: 'how' }, w.joinHow ?? ''),
    ),
    qrSvg(link, w.qrLabel ?? ''),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, w.joined ?? ''), h('dd', {}, joined)),
      h('div', {}, h('dt', {}, w.playing ?? ''), h('dd', {}, playing)),
    ),
  );

  // No live region over the counts: they change with every student's choice, and a screen reader
  // would read them out all lesson long. The teacher moves to a decision and reads it.
  const panel = h('section', { class: 'decision', 'aria-labelledby': 'decision-title' });
  const overview = h('ol', { class: 'overview' });
  const endings = h('section', { class: 'endings', 'aria-labelledby': 'endings-heading' });
  const questions = h('section', { class: 'questions', 'aria-labelledby': 'questions-heading' });

  const revealed = (scene: string): boolean => state?.revealed.includes(scene) ?? false;
  const countsOf = (d: Decision): Record<string, number> => state?.choices[d.scene] ?? {};
  const total = (d: Decision): number => Object.values(countsOf(d)).reduce((a, b) => a + b, 0);

  const toggle = async (): Promise<void> => {
    const d = decisions[index];
    if (!d) return;
    const response = await fetch(`${roomPath(kept.code)}/reveal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${kept.secret}` },
      body: JSON.stringify({ scene: d.scene, revealed: !revealed(d.scene) }),
      credentials: 'omit',
    }).catch(() => undefined);
    if (response?.ok) {
      state = (await response.json()) as RoomState;
      render();
    } else if (response?.status === 404) gone();
    else connection.textContent = w.offline ?? '';
  };
  const go = (to: number, focus = false) => {
    index = Math.max(0, Math.min(decisions.length - 1, to));
    render();
    if (focus) panel.querySelector<HTMLElement>('h2')?.focus();
  };

  function renderPanel(): void {
    const d = decisions[index];
    if (!d) {
      panel.replaceChildren();
      return;
    }
    const chapter = data.chapters.find((c) => c.id === d.chapter);
    const open = revealed(d.scene);
    const counts = countsOf(d);
    const sum = total(d);
    const rows = d.choices.map((c) => {
      const n = counts[c.id] ?? 0;
      const share = sum > 0 ? Math.round((n / sum) * 100) : 0;
      return h(
        'li',
        { 'data-choice-id': c.id, ...(open ? { 'data-count': String(n) } : {}) },
        h('span', { class: 'choice-text' }, c.text),
        open
          ? h(
              'span',
              { class: 'choice-count' },
              h('span', { class: 'bar', style: undefined, 'data-share': String(share) }),
              h('span', { class: 'number' }, String(n)),
            )
          : undefined,
      );
    });
    const reveal = h(
      'button',
      { type: 'button', class: 'primary', 'data-focus': 'reveal', 'data-reveal': '' },
      open ? (w.hide ?? '') : (w.reveal ?? ''),
    );
    reveal.addEventListener('click', () => void toggle());
    const previous = h('button', { type: 'button', 'aria-label': w.previous ?? '', 'data-focus': 'previous' }, '←');
    previous.disabled = index === 0;
    previous.addEventListener('click', () => go(index - 1));
    const next = h('button', { type: 'button', 'aria-label': w.next ?? '', 'data-focus': 'next' }, '→');
    next.disabled = index === decisions.length - 1;
    next.addEventListener('click', () => go(index + 1));
    panel.dataset.scene = d.scene;
    panel.dataset.revealed = String(open);
    panel.replaceChildren(
      h(
        'p',
        { class: 'where' },
        `${fill(w.decisionOf ?? '', { n: index + 1, total: decisions.length })} · ${chapter?.title ?? ''}`,
      ),
      h('h2', { id: 'decision-title', tabindex: '-1' }, d.title),
      h('ul', { class: open ? 'choices revealed' : 'choices' }, ...rows),
      h('p', { class: 'answers' }, fill(w.answers ?? '', { count: sum }), open ? '' : ` · ${w.hidden ?? ''}`),
      h('div', { class: 'controls' }, previous, reveal, next),
    );
    // Bars are drawn by width: set through the CSSOM, which the CSP allows (no inline style attribute).
    for (const bar of panel.querySelectorAll<HTMLElement>('.bar'))
      bar.style.inlineSize = `${bar.dataset.share ?? '0'}%`;

    questions.replaceChildren(
      h('h2', { id: 'questions-heading' }, fill(w.questions ?? '', { chapter: chapter?.title ?? '' })),
      h('ul', {}, ...(chapter?.questions ?? []).map((q) => h('li', {}, q))),
    );
  }

  function renderOverview(): void {
    overview.replaceChildren(
      ...decisions.map((d, i) => {
        const button = h(
          'button',
          {
            type: 'button',
            ...(i === index ? { 'aria-current': 'step' } : {}),
            'data-scene': d.scene,
            'data-focus': `decision-${d.scene}`,
          },
          h('span', { class: 'n' }, String(i + 1)),
          h('span', { class: 'title' }, d.title),
          h('span', { class: 'sum' }, String(total(d))),
        );
        button.addEventListener('click', () => go(i, true));
        return h('li', {}, button);
      }),
    );
  }

  function renderEndings(): void {
    const reached = data.endings
      .map((e) => ({ ...e, n: state?.endings[e.id] ?? 0 }))
      .filter((e) => e.n > 0)
      .sort((a, b) => b.n - a.n);
    endings.replaceChildren(
      h('h2', { id: 'endings-heading' }, w.endings ?? ''),
      reached.length
        ? h(
            'ul',
            {},
            ...reached.map((e) =>
              h(
                'li',
                { 'data-ending-id': e.id, 'data-count': String(e.n) },
                h('span', {}, e.title),
                h('span', { class: 'number' }, String(e.n)),
              ),
            ),
          )
        : h('p', {}, w.noEndings ?? ''),
    );
  }

  function render(): void {
    // The controls are drawn afresh: the one that had the focus gets it back.
    const focused = (document.activeElement as HTMLElement | null)?.dataset.focus;
    joined.textContent = String(state?.joined ?? 0);
    playing.textContent = String(state?.playing ?? 0);
    renderPanel();
    renderOverview();
    renderEndings();
    if (focused) main.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  const closeButton = h('button', { type: 'button', class: 'danger' }, w.close ?? '');
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'close-question' },
    h('p', { id: 'close-question' }, w.closeConfirm ?? ''),
    h(
      'form',
      { method: 'dialog', class: 'dialog-actions' },
      h('button', { value: 'keep', autofocus: true }, w.closeNo ?? ''),
      h('button', { value: 'close', class: 'danger' }, w.closeYes ?? ''),
    ),
  );
  closeButton.addEventListener('click', () => dialog.showModal());
  let closing = false;
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'close') return;
    closing = true;
    void fetch(roomPath(kept.code), {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${kept.secret}` },
      credentials: 'omit',
    }).then(
      (response) => {
        if (response.status === 204 || response.status === 404) {
          // The server ends the stream itself with `closed`, to every projector of the room.
          keep(undefined);
          void endView(kept.language, 'closed');
        } else {
          closing = false;
          connection.textContent = w.offline ?? '';
        }
      },
      () => {
        closing = false;
        connection.textContent = w.offline ?? '';
      },
    );
  });

  const gone = () => {
    // The teacher's own close says so itself, once its answer comes.
    if (closing) return;
    closeStream?.();
    keep(undefined);
    void endView(kept.language, 'gone');
  };

  document.onkeydown = (event) => {
    if (dialog.open || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(index + 1, true);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(index - 1, true);
    else if (event.key === 'Home') go(0, true);
    else if (event.key === 'End') go(decisions.length - 1, true);
    else if (event.key === 'r' || event.key === 'R') void toggle();
    else return;
    event.preventDefault();
  };

  show(
    h('h1', { tabindex: '-1', class: 'visually-hidden' }, `${w.title ?? ''} ${kept.code}`),
    header,
    connection,
    h(
      'div',
      { class: 'projector' },
      h('div', { class: 'main-column' }, panel, h('p', { class: 'keys' }, w.keys ?? '')),
      h('div', { class: 'side-column' }, questions, endings),
    ),
    h(
      'nav',
      { class: 'decisions', 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading' }, w.decisions ?? ''),
      overview,
    ),
    h('p', { class: 'close' }, closeButton),
    dialog,
    h('p', { class: 'forget' }, w.forget ?? ''),
  );
  main.dataset.view = 'room';
  render();

  closeStream?.();
  closeStream = openRoomStream(kept.code, kept.secret, {
    state: (next) => {
      state = next;
      connection.textContent = '';
      main.dataset.live = 'true';
      render();
    },
    closed: gone,
    refused: gone,
    connection: (up) => {
      if (!up) {
        main.dataset.live = 'false';
        connection.textContent = w.offline ?? '';
      }
    },
  });
}

async function endView(lang: Language, why: 'closed' | 'gone'): Promise<void> {
  document.onkeydown = null;
  main.dataset.view = why;
  await startView(lang);
  const data = await loadData(lang);
  main.querySelector('.status')!.textContent = data.words[why] ?? '';
}

const kept = readKept();
if (kept) void roomView(kept);
else {
  main.dataset.view = 'start';
  void startView(preferredLanguage());
}
