import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

const urls = (text: string) => linkify(text).filter((s) => s.kind === 'url').map((s) => s.text);

describe('linkify', () => {
  it('cuts text and links in order', () => {
    expect(linkify('Vea https://example.com/a?b=1 y http://x.co.')).toEqual([
      { kind: 'text', text: 'Vea ' },
      { kind: 'url', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' y ' },
      { kind: 'url', text: 'http://x.co', href: 'http://x.co' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('gives the input back when the segments are joined', () => {
    const input = 'Línea 1\nhttps://a.co/x, (https://b.co/y) "https://c.co/z"!\n\nfin';
    expect(linkify(input).map((s) => s.text).join('')).toBe(input);
  });

  it('leaves trailing punctuation and unopened brackets out of the link', () => {
    expect(urls('https://a.co/x.')).toEqual(['https://a.co/x']);
    expect(urls('https://a.co/x,')).toEqual(['https://a.co/x']);
    expect(urls('(ver https://a.co/x)')).toEqual(['https://a.co/x']);
    expect(urls('¿https://a.co/x?')).toEqual(['https://a.co/x']);
    expect(urls('https://a.co/x).')).toEqual(['https://a.co/x']);
  });

  it('keeps a closing bracket the link opened', () => {
    expect(urls('https://es.wikipedia.org/wiki/Bogot%C3%A1_(Colombia).')).toEqual(['https://es.wikipedia.org/wiki/Bogot%C3%A1_(Colombia)']);
  });

  it('links only http and https', () => {
    expect(urls('javascript:alert(1) data:text/html,x ftp://a.co mailto:a@b.co')).toEqual([]);
    expect(urls('HTTPS://A.CO/x')).toEqual(['HTTPS://A.CO/x']);
  });

  it('does not link a scheme run into a word, nor one without a host', () => {
    expect(urls('xhttps://a.co')).toEqual([]);
    expect(urls('https:// nada y https://.')).toEqual([]);
  });

  it('stops a link at markup characters, which stay text', () => {
    expect(linkify('<a href="https://a.co/x">y</a>')).toEqual([
      { kind: 'text', text: '<a href="' },
      { kind: 'url', text: 'https://a.co/x', href: 'https://a.co/x' },
      { kind: 'text', text: '">y</a>' },
    ]);
  });

  it('returns nothing for empty text and one text segment without links', () => {
    expect(linkify('')).toEqual([]);
    expect(linkify('sin enlaces')).toEqual([{ kind: 'text', text: 'sin enlaces' }]);
  });
});
