// Which key presses are the board's shortcuts (docs/queue.md, "Tablero en vivo y atajos"). Pure, so
// the rule is tested without a browser; keyboard-shortcuts.tsx describes the DOM to it.

export type Shortcut = 'search' | 'next' | 'previous' | 'open' | 'toggle' | 'help';

/** What kind of element holds the focus when the key is pressed. */
export type FocusKind =
  /** Typing goes there: an input, textarea, select or contenteditable. */
  | 'field'
  /** A link, button or other control with a meaning of its own for Enter. */
  | 'control'
  /** Inside a dialog: the board behind it is out of reach. */
  | 'dialog'
  /** The page, the table or plain text. */
  | 'page';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
  focus: FocusKind;
}

/** The help dialog's list, in this order; `keys` as they are written on the keyboard. */
export const SHORTCUTS: readonly { shortcut: Shortcut; keys: string; description: string }[] = [
  { shortcut: 'search', keys: '/', description: 'Ir a la búsqueda' },
  { shortcut: 'next', keys: 'j', description: 'Bajar al ticket siguiente' },
  { shortcut: 'previous', keys: 'k', description: 'Subir al ticket anterior' },
  { shortcut: 'open', keys: 'Enter', description: 'Abrir el ticket actual' },
  { shortcut: 'toggle', keys: 'x', description: 'Marcar o desmarcar el ticket actual' },
  { shortcut: 'help', keys: '?', description: 'Mostrar esta lista de atajos' },
];

const BY_KEY: Readonly<Record<string, Shortcut>> = Object.fromEntries(SHORTCUTS.map((s) => [s.keys, s.shortcut]));

/** The shortcut a key press stands for, or null: never while typing, with a modifier, or behind a dialog. */
export function shortcutOf(press: KeyPress): Shortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing || press.defaultPrevented) return null;
  if (press.focus === 'field' || press.focus === 'dialog') return null;
  const shortcut = BY_KEY[press.key] ?? null;
  // Enter on a link or a button is that control's own action.
  if (shortcut === 'open' && press.focus === 'control') return null;
  return shortcut;
}

/** Where a row moves to from `current` (-1: none yet) among `count` rows; the ends stop it. */
export function moveIndex(current: number, count: number, shortcut: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return shortcut === 'next' ? 0 : count - 1;
  return shortcut === 'next' ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
}

/** The little of a DOM element that focusKindOf reads. */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

// Checkboxes and radios take no text: j after ticking a row with the mouse still moves.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image']);
const CONTROL_TAGS = new Set(['A', 'BUTTON', 'SUMMARY']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option']);

export function focusKindOf(element: FocusedElement | null): FocusKind {
  if (!element) return 'page';
  if (element.closest('dialog, [role="dialog"], [role="alertdialog"]')) return 'dialog';
  const tag = element.tagName.toUpperCase();
  if (tag === 'INPUT') return NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase()) ? 'control' : 'field';
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) return 'field';
  if (CONTROL_TAGS.has(tag) || CONTROL_ROLES.has(element.getAttribute('role') ?? '')) return 'control';
  return 'page';
}
