import { describe, expect, it } from 'vitest';
import { displayName, headerText, singleAddress } from './mail-headers';

describe('headerText', () => {
  it('turns CR, LF, other controls and the Unicode separators into single spaces', () => {
    expect(headerText('Ana\r\nBcc: victima@example.com', 100)).toBe('Ana Bcc: victima@example.com');
    expect(headerText('Ana\u2028Bcc:\u2029x\u0085y\u0000z\tw', 100)).toBe('Ana Bcc: x y z w');
    expect(headerText('  muchos     espacios \n\n ', 100)).toBe('muchos espacios');
  });

  it('caps the length in characters, marking the cut', () => {
    expect(headerText('ñ'.repeat(10), 10)).toBe('ñ'.repeat(10));
    expect(headerText('ñ'.repeat(11), 10)).toBe(`${'ñ'.repeat(9)}…`);
    expect(Array.from(displayName('x'.repeat(400)))).toHaveLength(150);
  });
});

describe('singleAddress', () => {
  it('takes one valid address only', () => {
    expect(singleAddress('ana@example.com')).toBe('ana@example.com');
    expect(singleAddress(' ana@example.com ')).toBe('ana@example.com');
    for (const bad of ['ana@example.com, eva@example.com', 'Ana <ana@example.com>', 'ana@example.com\r\nBcc: x@example.com', 'ana@example.com\u2028', 'no-es-correo', '']) {
      expect(singleAddress(bad), bad).toBeNull();
    }
  });
});
