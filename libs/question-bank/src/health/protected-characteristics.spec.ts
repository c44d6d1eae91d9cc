import { emptyRubric } from '../rubric/rubric';
import type { QuestionDraft } from '../model';
import { findProtectedCharacteristicPrompts } from './protected-characteristics';

const draft = (prompt: string, referenceAnswer: string | null = null): QuestionDraft => ({
  fingerprint: 'x',
  prompt,
  code: null,
  category: [],
  followUps: [],
  rubric: { ...emptyRubric(), referenceAnswer },
  classification: {
    type: { value: 'technical', reason: '' },
    competencies: [],
    tags: [],
    difficulty: { value: 'mid', reason: '' },
  },
  sources: [],
});

describe('findProtectedCharacteristicPrompts', () => {
  it.each([
    ['How old are you?', 'age'],
    ['When did you graduate from high school?', 'age'],
    ['Are you married?', 'family-or-marital-status'],
    ['Do you plan to have children soon?', 'family-or-marital-status'],
    ['Are you pregnant or planning maternity leave?', 'pregnancy'],
    ['What religious holidays do you observe?', 'religion'],
    ['Do you have any health conditions we should know about?', 'health-or-disability'],
    ['Where are you from originally?', 'nationality-or-national-origin'],
    ['What is your native language?', 'nationality-or-national-origin'],
    ['What is your ethnicity?', 'race-or-ethnicity'],
    ['Are you gay?', 'sexual-orientation'],
    ['What is your gender?', 'gender'],
  ])('flags "%s" as %s', (prompt, category) => {
    expect(findProtectedCharacteristicPrompts(draft(prompt)).map((f) => f.category)).toContain(category);
  });

  it('flags a model answer that discloses family plans, naming the field and words', () => {
    expect(
      findProtectedCharacteristicPrompts(draft('Where do you see yourself in five years?', 'My wife and I hope to start a family soon.')),
    ).toEqual([
      { category: 'family-or-marital-status', field: 'referenceAnswer', match: 'My wife' },
      { category: 'family-or-marital-status', field: 'referenceAnswer', match: 'start a family' },
    ]);
  });

  it.each([
    'How do you implement health checks in Kubernetes?',
    'How do you monitor and maintain system health after deployment?',
    'What happens to a child process when its parent exits?',
    'How do you model a parent table with child rows?',
    'How does the cache age out entries with max-age?',
    'What is a race condition?',
    'How do you build native apps for mobile?',
    'We signed a partner agreement with a payment provider; how do you integrate it?',
    'Many Nigerian companies have historically undertested. How do you raise the bar?',
    'How do you handle a family of related microservices?',
  ])('does not flag the technical "%s"', (prompt) => {
    expect(findProtectedCharacteristicPrompts(draft(prompt))).toEqual([]);
  });
});

describe('first-person disclosures in model answers', () => {
  const withAnswer = (answer: string) => draft('Why do you want to work here?', answer);

  it.each([
    'I am married with two kids, so stability matters.',
    "I'm a single parent, so remote work helps.",
    'As a father of two I value stability.',
  ])('flags "%s" as family status', (answer) => {
    expect(findProtectedCharacteristicPrompts(withAnswer(answer)).map((f) => f.category)).toContain('family-or-marital-status');
  });

  it('does not flag technical uses of the same words', () => {
    expect(findProtectedCharacteristicPrompts(withAnswer('The parent of two child processes is the supervisor.'))).toEqual([]);
  });
});
