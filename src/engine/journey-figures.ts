/**
 * The figures the ending's "Your journey" shows (src/ui/EndingView.tsx): only those the run earned.
 * Days count once she has left home; yuan are what she carried through China, so they show on an
 * ending there, and only when they changed; won and the broker's debt (counted in won, paid from
 * wages in the South) show only where she reached the South.
 */
import type { CompiledStory, EndingDef, Vars } from './story.ts';

export type JourneyFigure =
  | { kind: 'days'; count: number }
  | { kind: 'money'; amount: number; currency: 'CNY' }
  | { kind: 'savings'; amount: number; currency: 'KRW' }
  | { kind: 'debt'; amount: number; currency: 'KRW' };

export function journeyFigures(story: CompiledStory, ending: EndingDef, vars: Vars): JourneyFigure[] {
  const number = (name: string): number | undefined => {
    const value = vars[name];
    return story.variables[name]?.type === 'number' && typeof value === 'number' ? value : undefined;
  };
  const figures: JourneyFigure[] = [];
  const days = number('days');
  if (days === undefined || days <= 0) return figures; // she never left home: nothing to count
  figures.push({ kind: 'days', count: days });
  if (ending.arrival) {
    const won = number('won');
    if (won !== undefined && won > 0) figures.push({ kind: 'savings', amount: won, currency: 'KRW' });
    const debt = number('debt');
    if (debt !== undefined && debt > 0) figures.push({ kind: 'debt', amount: debt, currency: 'KRW' });
  } else {
    const money = number('money');
    if (money !== undefined && money !== story.variables.money?.initial)
      figures.push({ kind: 'money', amount: money, currency: 'CNY' });
  }
  return figures;
}
