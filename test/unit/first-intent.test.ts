import { describe, expect, it, vi } from 'vitest';
import { onFirstIntent } from '../../src/app/first-intent.ts';

describe('the first sign of intent', () => {
  it.each(['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'])(
    'is a %s, and runs the task once',
    (type) => {
      const target = new EventTarget();
      const task = vi.fn();
      onFirstIntent(task, target);
      expect(task).not.toHaveBeenCalled();
      target.dispatchEvent(new Event(type));
      target.dispatchEvent(new Event('keydown'));
      expect(task).toHaveBeenCalledTimes(1);
    },
  );

  it('runs nothing once cancelled, nor for other events', () => {
    const target = new EventTarget();
    const task = vi.fn();
    const cancel = onFirstIntent(task, target);
    target.dispatchEvent(new Event('scroll'));
    cancel();
    target.dispatchEvent(new Event('pointerdown'));
    expect(task).not.toHaveBeenCalled();
  });
});
