'use client';

import { useCallback, useEffect, useRef } from 'react';

/**
 * A <details> used as a popover: a click outside it or Escape closes it (Escape returns focus to its
 * summary); `close` closes it from its own content.
 */
export function useDismissableDetails() {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = useCallback((focus: boolean) => {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    if (focus) details.querySelector('summary')?.focus();
  }, []);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && ref.current?.contains(document.activeElement)) close(true);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [close]);
  return { ref, close };
}
