import { hasMojibake, repairMojibake } from './mojibake';

describe('repairMojibake', () => {
  it('decodes UTF-8 that was read as Windows-1252 or Latin-1', () => {
    const original = 'It’s a café — “naïve” résumé… 50 €';
    const asWindows1252 = 'Itâ€™s a cafÃ© â€” â€œnaÃ¯veâ€\u009d rÃ©sumÃ©â€¦ 50 â‚¬';
    expect(repairMojibake(asWindows1252)).toBe(original);
    const asLatin1 = Buffer.from(original, 'utf8').toString('latin1');
    expect(repairMojibake(asLatin1)).toBe(original);
  });

  it('repairs text that was mis-decoded twice', () => {
    const once = Buffer.from('café', 'utf8').toString('latin1');
    const twice = Buffer.from(once, 'utf8').toString('latin1');
    expect(repairMojibake(twice)).toBe('café');
  });

  it('repairs a closing quote whose last byte was lost or replaced', () => {
    expect(repairMojibake('â€œqueueâ€\ufffd here')).toBe('“queue” here');
    expect(repairMojibake('donâ€t')).toBe('don’t');
    expect(repairMojibake('Ã  la carte')).toBe('à la carte');
  });

  it('decides what a lone â stood for from its neighbours', () => {
    expect(repairMojibake('itâs fine, youâre right, Iâve seen, canât stop')).toBe('it’s fine, you’re right, I’ve seen, can’t stop');
    expect(repairMojibake('pure logic â validation rules')).toBe('pure logic — validation rules');
    expect(repairMojibake('includingâexcept that')).toBe('including—except that');
    expect(repairMojibake('He said âFive years.â Then left.')).toBe('He said “Five years.” Then left.');
    expect(repairMojibake('itâs said âunit testsâ first')).toBe('it’s said “unit tests” first');
  });

  it('leaves real words with â alone', () => {
    const french = 'Le château, la pâte, l’âge et le théâtre.';
    expect(repairMojibake(french)).toBe(french);
    expect(repairMojibake('Was it a ch\u00e2teau? It was.')).toBe('Was it a château? It was.');
  });

  it('is idempotent and detects what is left', () => {
    const repaired = repairMojibake('itâs cafÃ©');
    expect(repairMojibake(repaired)).toBe(repaired);
    expect(hasMojibake(repaired)).toBe(false);
    expect(hasMojibake('cafÃ©')).toBe(true);
  });
});
