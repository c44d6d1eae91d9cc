import { MAX_FILE_BYTES, checkFile, formatBytes } from '../utils/upload-preview';

describe('checkFile', () => {
  it('refuses files over 20 MB before uploading, saying how large the file is', () => {
    expect(checkFile({ name: 'huge.csv', size: 50 * 1024 * 1024 })).toBe(
      'huge.csv is 50.0 MB; files can be at most 20 MB. Split the bank into several files and import them one by one.',
    );
    expect(checkFile({ name: 'ok.md', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(checkFile({ name: 'empty.md', size: 0 })).toMatch(/empty.md is empty/);
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
