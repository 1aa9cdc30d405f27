import { describe, expect, it } from 'vitest';
import { focusKindOf, moveIndex, shortcutOf, type FocusedElement, type KeyPress } from './shortcut-keys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
  focus: 'page',
  ...over,
});

function element(tagName: string, over: { type?: string; role?: string; editable?: boolean; inDialog?: boolean } = {}): FocusedElement {
  return {
    tagName,
    type: over.type,
    isContentEditable: over.editable ?? false,
    getAttribute: (name) => (name === 'role' ? (over.role ?? null) : null),
    closest: () => (over.inDialog ? {} : null),
  };
}

describe('shortcutOf', () => {
  it('maps the six keys on the page', () => {
    expect(['/', 'j', 'k', 'Enter', 'x', '?'].map((k) => shortcutOf(press(k)))).toEqual(['search', 'next', 'previous', 'open', 'toggle', 'help']);
  });

  it('ignores other keys and other cases', () => {
    for (const key of ['J', 'K', 'X', 'a', ' ', 'Escape', 'ArrowDown']) expect(shortcutOf(press(key)), key).toBeNull();
  });

  it('never acts while typing in a field or behind a dialog', () => {
    for (const key of ['/', 'j', 'k', 'Enter', 'x', '?']) {
      expect(shortcutOf(press(key, { focus: 'field' })), key).toBeNull();
      expect(shortcutOf(press(key, { focus: 'dialog' })), key).toBeNull();
    }
  });

  it('never acts with Ctrl, Meta or Alt, during composition, or when the event was handled', () => {
    for (const over of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { isComposing: true }, { defaultPrevented: true }]) {
      expect(shortcutOf(press('j', over)), JSON.stringify(over)).toBeNull();
    }
  });

  it('leaves Enter to a focused link or button, but takes the letters there', () => {
    expect(shortcutOf(press('Enter', { focus: 'control' }))).toBeNull();
    expect(shortcutOf(press('j', { focus: 'control' }))).toBe('next');
    expect(shortcutOf(press('?', { focus: 'control' }))).toBe('help');
  });
});

describe('focusKindOf', () => {
  it('calls text inputs, textareas, selects and editable text fields', () => {
    for (const el of [element('INPUT'), element('input', { type: 'search' }), element('INPUT', { type: 'email' }), element('TEXTAREA'), element('SELECT'), element('DIV', { editable: true })]) {
      expect(focusKindOf(el)).toBe('field');
    }
  });

  it('calls links, buttons, checkboxes and role buttons controls', () => {
    for (const el of [element('A'), element('BUTTON'), element('SUMMARY'), element('INPUT', { type: 'checkbox' }), element('INPUT', { type: 'radio' }), element('SPAN', { role: 'button' })]) {
      expect(focusKindOf(el)).toBe('control');
    }
  });

  it('knows a dialog, even a field inside it, and the page', () => {
    expect(focusKindOf(element('INPUT', { inDialog: true }))).toBe('dialog');
    expect(focusKindOf(element('BUTTON', { inDialog: true }))).toBe('dialog');
    expect(focusKindOf(element('BODY'))).toBe('page');
    expect(focusKindOf(element('DIV', { role: 'region' }))).toBe('page');
    expect(focusKindOf(null)).toBe('page');
  });
});

describe('moveIndex', () => {
  it('starts at the first row going down and at the last going up', () => {
    expect(moveIndex(-1, 5, 'next')).toBe(0);
    expect(moveIndex(-1, 5, 'previous')).toBe(4);
  });

  it('moves one row and stops at the ends', () => {
    expect(moveIndex(0, 5, 'next')).toBe(1);
    expect(moveIndex(4, 5, 'next')).toBe(4);
    expect(moveIndex(3, 5, 'previous')).toBe(2);
    expect(moveIndex(0, 5, 'previous')).toBe(0);
  });

  it('restarts when the current row is gone, and has nowhere to go without rows', () => {
    expect(moveIndex(7, 3, 'next')).toBe(0);
    expect(moveIndex(2, 0, 'next')).toBe(-1);
  });
});
