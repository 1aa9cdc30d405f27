import { describe, expect, it } from 'vitest';
import { addFiles, formatFileSize, isPreviewableImage } from './attachment-rules';

const MB = 1024 * 1024;
const file = (name: string, size: number, lastModified = 1) => ({ name, size, lastModified });

describe('formatFileSize', () => {
  it('writes sizes as es-CO does', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(2.34 * MB)).toBe('2,3 MB');
    expect(formatFileSize(10 * MB)).toBe('10 MB');
    expect(formatFileSize(3 * 1024 * MB)).toBe('3 GB');
  });
});

describe('isPreviewableImage', () => {
  it('shows raster images and never SVG', () => {
    expect(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'IMAGE/PNG'].every(isPreviewableImage)).toBe(true);
    expect(['image/svg+xml', 'application/pdf', 'text/html', 'image/bmp'].some(isPreviewableImage)).toBe(false);
  });
});

describe('addFiles', () => {
  it('adds files within the limits', () => {
    const { files, errors } = addFiles([file('a.pdf', MB)], [file('b.png', 2 * MB)]);
    expect(files.map((f) => f.name)).toEqual(['a.pdf', 'b.png']);
    expect(errors).toEqual([]);
  });

  it('refuses a file over 10 MB and an empty one, naming them', () => {
    const { files, errors } = addFiles([], [file('grande.zip', 11 * MB), file('vacio.txt', 0), file('ok.txt', 10)]);
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(errors).toEqual(['«grande.zip» pesa 11 MB; cada archivo puede pesar hasta 10 MB.', '«vacio.txt» está vacío.']);
  });

  it('refuses a sixth file', () => {
    const five = [1, 2, 3, 4, 5].map((i) => file(`${i}.txt`, 10));
    const { files, errors } = addFiles(five, [file('6.txt', 10)]);
    expect(files).toHaveLength(5);
    expect(errors).toEqual(['«6.txt» no se agregó: un mensaje lleva hasta 5 archivos.']);
  });

  it('refuses a file that takes the message past 25 MB', () => {
    const { files, errors } = addFiles([file('a', 9 * MB), file('b', 9 * MB)], [file('c', 8 * MB), file('d', MB)]);
    expect(files.map((f) => f.name)).toEqual(['a', 'b', 'd']);
    expect(errors).toEqual(['«c» no se agregó: los archivos de un mensaje suman hasta 25 MB.']);
  });

  it('ignores a file picked twice', () => {
    const a = file('a.pdf', 10);
    expect(addFiles([a], [file('a.pdf', 10)])).toEqual({ files: [a], errors: [] });
    expect(addFiles([a], [file('a.pdf', 10, 2)]).files).toHaveLength(2);
  });
});
