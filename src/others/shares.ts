/**
 * The shares of a run's decisions, asked of the server once the run has ended. Anything but a
 * well-formed answer (no server behind a static site, offline, an error) is read as "none".
 */
import type { Decision } from '../engine/decisions.ts';
import { choicesUrl, type ChoiceShares } from './api.ts';

/** A decision of the player's run with the share of players who made the same choice there. */
export interface SharedDecision extends Decision {
  /** Percent, a multiple of 5. */
  share: number;
}

/** The player's decisions that the answer has a share for, in the order they were made. */
export function sharedDecisions(decisions: readonly Decision[], answer: ChoiceShares): SharedDecision[] {
  return decisions.flatMap((decision) => {
    const share = answer.decisions[decision.scene]?.[decision.choice];
    return typeof share === 'number' ? [{ ...decision, share }] : [];
  });
}

function isShares(value: unknown): value is ChoiceShares {
  if (typeof value !== 'object' || value === null) return false;
  const decisions = (value as { decisions?: unknown }).decisions;
  if (typeof decisions !== 'object' || decisions === null) return false;
  return Object.values(decisions as Record<string, unknown>).every(
    (choices) =>
      typeof choices === 'object' &&
      choices !== null &&
      Object.values(choices).every((share) => typeof share === 'number' && share >= 0 && share <= 100),
  );
}

/** Asks for the shares of these decisions; an empty answer on any failure. */
export async function fetchShares(
  fetch: typeof globalThis.fetch,
  decisions: readonly Decision[],
): Promise<SharedDecision[]> {
  if (decisions.length === 0) return [];
  try {
    const response = await fetch(choicesUrl(decisions.map((d) => d.scene)), { credentials: 'omit' });
    if (!response.ok) return [];
    const answer: unknown = await response.json();
    return isShares(answer) ? sharedDecisions(decisions, answer) : [];
  } catch {
    return [];
  }
}
