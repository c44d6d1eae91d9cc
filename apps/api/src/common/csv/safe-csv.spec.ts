import { parse } from 'csv-parse/sync';
import { safeCsv } from './safe-csv';

describe('safeCsv', () => {
  it('quotes cells holding a semicolon, so a semicolon-separated spreadsheet keeps them whole', () => {
    const csv = safeCsv([
      ['Missing from', 'Decision'],
      ['Ada Admin; Ivo Interviewer', 'HIRE'],
    ]);
    expect(csv.split('\n')[1]).toBe('"Ada Admin; Ivo Interviewer",HIRE');
    expect(parse(csv)).toEqual([
      ['Missing from', 'Decision'],
      ['Ada Admin; Ivo Interviewer', 'HIRE'],
    ]);
  });

  it('starts with a UTF-8 byte-order mark when asked, for accented names', () => {
    const csv = safeCsv([['Candidate'], ['Zoë Ó Súilleabháin']], { bom: true });
    expect(csv.startsWith('\uFEFFCandidate')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([['Candidate'], ['Zoë Ó Súilleabháin']]);
  });

  it('keeps formulas from running and numbers to two decimals', () => {
    expect(safeCsv([['=HYPERLINK("x")', 3.333, null]])).toBe('"\'=HYPERLINK(""x"")",3.33,\n');
  });
});
