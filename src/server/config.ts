/**
 * The service's settings from the environment (README, "The signature service"), checked once at
 * start: a wrong value stops the start with a sentence saying which and why.
 */
import { resolve } from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './store.ts';

export interface ServiceConfig {
  port: number;
  host: string;
  /** PGlite's folder (and nothing else of ours) lives under it. */
  dataDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  mailFrom?: string;
  /** The app's public address for links in mail; defaults to the campaign's publicUrl. */
  publicUrl?: string;
  trustProxy: boolean | number | string[];
  distDir: string;
  limits: RateLimits;
}

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} should be a whole number above 0, not "${value}".`);
  return number;
};

/** TRUST_PROXY: unset or "false": none; "true": any; a number: that many hops; else addresses or subnets, comma-separated. */
function trustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): ServiceConfig {
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL))
    throw new Error('DATABASE_URL should start with postgres:// (or postgresql://).');
  if (env.PUBLIC_URL) new URL(env.PUBLIC_URL);
  return {
    port: env.PORT === '0' ? 0 : positive('PORT', env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(root, env.DATA_DIR ?? 'data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.MAIL_FROM ? { mailFrom: env.MAIL_FROM } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    trustProxy: trustProxy(env.TRUST_PROXY),
    distDir: resolve(root, env.DIST_DIR ?? 'dist'),
    limits: {
      addressBurst: positive('RATE_ADDRESS_5MIN', env.RATE_ADDRESS_5MIN, DEFAULT_RATE_LIMITS.addressBurst),
      addressHourly: positive('RATE_ADDRESS_HOUR', env.RATE_ADDRESS_HOUR, DEFAULT_RATE_LIMITS.addressHourly),
      petitionPerMinute: positive(
        'RATE_PETITION_MINUTE',
        env.RATE_PETITION_MINUTE,
        DEFAULT_RATE_LIMITS.petitionPerMinute,
      ),
    },
  };
}
