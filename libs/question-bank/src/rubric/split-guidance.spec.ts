import { splitGuidance } from './split-guidance';

describe('splitGuidance', () => {
  it('returns an empty rubric for no text', () => {
    expect(splitGuidance('  ')).toEqual({
      referenceAnswer: null,
      lookFor: [],
      redFlags: [],
      whatToExpect: null,
      interviewerGuidance: null,
      sampleAnswer: null,
    });
  });

  it('keeps plain text as the reference answer', () => {
    expect(splitGuidance('A mutex allows one holder at a time. A semaphore allows n.').referenceAnswer).toBe(
      'A mutex allows one holder at a time. A semaphore allows n.',
    );
  });

  it('splits inline markers into their own fields, one list entry per sentence', () => {
    const rubric = splitGuidance(
      'Look for: Knows the GIL. Mentions asyncio. Red flag: Thinks threads run Python in parallel. What to Expect: The candidate should explain the event loop.',
    );
    expect(rubric.lookFor).toEqual(['Knows the GIL', 'Mentions asyncio']);
    expect(rubric.redFlags).toEqual(['Thinks threads run Python in parallel']);
    expect(rubric.whatToExpect).toBe('The candidate should explain the event loop.');
    expect(rubric.referenceAnswer).toBeNull();
  });

  it('reads marker paragraphs and bullet lists in multi-line text, with Markdown emphasis', () => {
    const rubric = splitGuidance('**Answer:** Use a queue.\n\n**Look for:**\n- back-pressure\n- retries\n\n__Red flags__: none given.');
    expect(rubric.referenceAnswer).toBe('Use a queue.');
    expect(rubric.lookFor).toEqual(['Back-pressure', 'Retries']);
    expect(rubric.redFlags).toEqual(['None given']);
  });

  it('moves sentences about the candidate to interviewer guidance', () => {
    const rubric = splitGuidance(
      'Indexes speed up reads. An ideal candidate will mention write costs. They should also mention covering indexes.',
    );
    expect(rubric.referenceAnswer).toBe('Indexes speed up reads.');
    expect(rubric.interviewerGuidance).toBe('An ideal candidate will mention write costs. They should also mention covering indexes.');
  });

  it('treats a paragraph that mostly advises the interviewer as guidance', () => {
    const rubric = splitGuidance(
      'This question tests ownership. Listen for how candidates describe their part. Everyone has shipped a bug.',
    );
    expect(rubric.referenceAnswer).toBeNull();
    expect(rubric.interviewerGuidance).toMatch(/^This question tests ownership/);
  });

  it('makes a closing quotation after advice the sample answer, and strips quotes from a quoted answer', () => {
    const advised = splitGuidance(
      'Show the interviewer you plan ahead. “In five years I want to lead a platform team that other teams rely on every single day.”',
    );
    expect(advised.interviewerGuidance).toBe('Show the interviewer you plan ahead.');
    expect(advised.sampleAnswer).toBe('In five years I want to lead a platform team that other teams rely on every single day.');
    const quoted = splitGuidance(
      '"I would first reproduce the issue locally, then bisect the recent deploys until I found the change that caused it."',
    );
    expect(quoted.referenceAnswer).toMatch(/^I would first reproduce/);
    expect(quoted.sampleAnswer).toBeNull();
  });

  it('labels the several kinds of guidance inside the guidance field', () => {
    const rubric = splitGuidance(
      'What the interviewer wants: Discipline. How to structure your answer: Start with a story. Sample Answer "I write the test first because it tells me when I am done and keeps me honest about scope."',
    );
    expect(rubric.interviewerGuidance).toBe('What the interviewer wants: Discipline.\n\nHow to structure your answer: Start with a story.');
    expect(rubric.sampleAnswer).toBe('I write the test first because it tells me when I am done and keeps me honest about scope.');
  });

  it('does not treat "look for" in the middle of a sentence as a marker', () => {
    expect(splitGuidance('I would look for other developers who used the API.').lookFor).toEqual([]);
  });
});
