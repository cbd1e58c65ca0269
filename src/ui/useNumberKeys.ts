import { useEffect } from 'react';

/** Keys 1-9 pick the matching choice, unless the player is typing in a field or holds a modifier. */
export function useNumberKeys(onNumber: (index: number) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!/^[1-9]$/.test(event.key)) return;
      event.preventDefault();
      onNumber(Number(event.key) - 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onNumber]);
}
