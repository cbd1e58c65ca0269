/**
 * `npm run signatures -- <command>`: the campaigner's tools, on the database the environment names
 * (DATABASE_URL, else PGlite under DATA_DIR; with PGlite, stop the server first).
 *
 *   export <petition> [--out FILE]       signatures that count, as CSV (stdout, or FILE)
 *   quarantine <petition> [--out FILE]   signatures held back by the rate limits, for review
 *   release <petition> <id>…             count quarantined signatures after review
 *   delete <email>                       delete every signature of that person (canonical match)
 *   anonymise                            strip names and emails if anonymiseAfterDays has passed
 *   count <petition>                     the public count
 */
import { writeFileSync } from 'node:fs';
import { configFromEnv } from './config.ts';
import { signaturesCsv } from './csv.ts';
import { lockDataDir } from './data-lock.ts';
import { anonymiseDue, anonymiseIfDue, openStore, readCampaign } from './service.ts';

const USAGE = `Usage: npm run signatures -- <command>
  export <petition> [--out FILE]       signatures that count, as CSV
  quarantine <petition> [--out FILE]   signatures held back by the rate limits
  release <petition> <id>...           count quarantined signatures after review
  delete <email>                       delete every signature of that person
  anonymise                            strip names and emails if anonymiseAfterDays has passed
  count <petition>                     the public count`;

export async function runCli(
  args: string[],
  root = process.cwd(),
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const [command, ...rest] = args;
  const outIndex = rest.indexOf('--out');
  const file = outIndex >= 0 ? rest[outIndex + 1] : undefined;
  const operands = outIndex >= 0 ? rest.filter((_, i) => i !== outIndex && i !== outIndex + 1) : rest;
  const known = ['export', 'quarantine', 'release', 'delete', 'anonymise', 'count'];
  if (
    !command ||
    !known.includes(command) ||
    (command !== 'anonymise' && operands.length === 0) ||
    (outIndex >= 0 && !file)
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = configFromEnv(process.env, root);
  const campaign = readCampaign(root);
  const unlock = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, `npm run signatures -- ${command}`);
  const store = await openStore(config);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  try {
    await store.ensurePetitions([campaign.petition.id]);
    const petition = operands[0]!;
    const write = (text: string) => {
      if (file) writeFileSync(file, text);
      else out(text);
    };
    switch (command) {
      case 'export':
      case 'quarantine': {
        const rows = await store.list(petition, command === 'export' ? 'counted' : 'quarantined');
        write(signaturesCsv(rows, command === 'quarantine'));
        say(
          `${String(rows.length)} ${command === 'export' ? 'signatures that count' : 'quarantined signatures'} of "${petition}"${file ? ` written to ${file}` : ''}.`,
        );
        return 0;
      }
      case 'release': {
        const released = await store.release(petition, operands.slice(1));
        say(`${String(released)} quarantined signature${released === 1 ? '' : 's'} of "${petition}" now count.`);
        return 0;
      }
      case 'delete': {
        const deleted = await store.deleteByEmail(petition);
        say(`${String(deleted)} signature${deleted === 1 ? '' : 's'} deleted.`);
        return 0;
      }
      case 'anonymise': {
        const due = anonymiseDue(campaign);
        const done = await anonymiseIfDue(store, campaign);
        say(
          due
            ? `${String(done)} signatures anonymised (due from ${due.toISOString().slice(0, 10)}).`
            : 'Nothing to do: the campaign sets no petition.closes or delivery.anonymiseAfterDays.',
        );
        return 0;
      }
      default: {
        const count = await store.count(petition, campaign.petition.goal ?? null);
        if (!count) {
          say(`There is no petition "${petition}".`);
          return 1;
        }
        out(`${JSON.stringify(count)}\n`);
        return 0;
      }
    }
  } finally {
    await store.db.close();
    unlock();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
