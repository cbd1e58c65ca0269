/**
 * Signatures as CSV for delivery to a petition's target: RFC 4180 quoting, and a cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) prefixed with '.
 */
import type { StoredSignature } from './store.ts';

const COLUMNS = [
  'signed_at',
  'confirmed_at',
  'name',
  'email',
  'country',
  'postal_code',
  'mailing_list',
  'language',
  'ending',
] as const;

/** One cell: never a formula, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function signaturesCsv(rows: readonly StoredSignature[], withId = false): string {
  const header = [...(withId ? ['id'] : []), ...COLUMNS].join(',');
  const lines = rows.map((s) =>
    [
      ...(withId ? [s.id] : []),
      s.createdAt.toISOString(),
      s.confirmedAt?.toISOString() ?? '',
      s.name ?? '',
      s.email ?? '',
      s.country,
      s.postalCode ?? '',
      s.mailingList ? 'yes' : 'no',
      s.language,
      s.ending ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
