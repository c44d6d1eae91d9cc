import { classifyQuestion, parseDifficulty, parseQuestionType } from './classify';

const classify = (prompt: string, code: string | null = null, answer = '') => classifyQuestion({ prompt, code, answer });

describe('classifyQuestion', () => {
  it.each([
    ['Tell me about a time you missed a deadline.', 'behavioural'],
    ['Have you ever had to push back on a product manager?', 'behavioural'],
    ['Imagine the primary database goes down during a release. What do you do?', 'situational'],
    ['You join a team whose tests take an hour. What do you change first?', 'situational'],
    ['Design a notification service for ten million users.', 'system-design'],
    ['How would you design a chat app like WhatsApp?', 'system-design'],
    ['Write a function that merges two sorted arrays.', 'coding'],
    ['Review the following Python snippet and suggest fixes.', 'coding'],
    ['Why do you want to work here?', 'career'],
    ['Where do you see yourself in three years?', 'career'],
    ['What is a B-tree index?', 'technical'],
  ])('"%s" is %s', (prompt, type) => {
    expect(classify(prompt).type.value).toBe(type);
  });

  it('says which rule fired on which words', () => {
    expect(classify('Tell me about a time you missed a deadline.').type).toEqual({
      value: 'behavioural',
      reason: 'a past situation: matched "Tell me about a time" in the prompt',
    });
    expect(classify('What is a B-tree index?').type.reason).toMatch(/technical knowledge by default/);
  });

  it('tags technologies as whole words only', () => {
    const tags = (prompt: string, code: string | null = null) => classify(prompt, code).tags.map((t) => t.value);
    expect(tags('How does Node.js handle I/O? Compare with Java and Python/Django.')).toEqual(['Java', 'Python', 'Django', 'Node.js']);
    expect(tags('Explain JavaScript closures.')).toEqual(['JavaScript']);
    expect(tags('How do the nodes of a cluster elect a leader? Is the rest of the cluster notified?')).toEqual([]);
    expect(
      tags('Compare PostgreSQL, MySQL, SQL Server and MongoDB for a REST API behind Redis, Kafka and GraphQL on Kubernetes with Docker.'),
    ).toEqual(
      expect.arrayContaining(['PostgreSQL', 'MySQL', 'SQL Server', 'MongoDB', 'REST', 'Redis', 'Kafka', 'GraphQL', 'Kubernetes', 'Docker']),
    );
    expect(tags('Why does this fail?', 'import redis\nr = redis.Redis()')).toEqual(['Redis']);
  });

  it('finds competencies in the prompt, then the answer, then by type', () => {
    expect(classify('How do you secure secrets in CI/CD pipelines?').competencies.map((c) => c.value)).toEqual(['security', 'devops']);
    expect(
      classify('What would happen if you put a mirror in a scanner?', null, 'The light may saturate the sensor, a performance problem.')
        .competencies[0],
    ).toEqual({
      value: 'scalability',
      reason: 'scalability rule: matched "performance" in the answer',
    });
    expect(classify('Tell me about a time you were proud.').competencies).toEqual([
      { value: 'problem-solving', reason: 'default competency for behavioural questions (no keyword matched)' },
    ]);
  });

  it('grades difficulty', () => {
    expect(classify('What is JSON?').difficulty.value).toBe('junior');
    expect(classify('How do you keep data consistent across microservices with sagas?').difficulty.value).toBe('senior');
    expect(classify('How do you paginate a large result set?').difficulty).toEqual({
      value: 'mid',
      reason: 'no junior or senior cue in the prompt: mid by default',
    });
  });

  it('uses values stated by the file, recording where they came from', () => {
    const given = classifyQuestion(
      { prompt: 'What is JSON?', code: null, answer: '' },
      { type: 'Behavioral', tags: ['JSON', 'JSON'], difficulty: 'hard', origin: 'CSV file' },
    );
    expect(given.type).toEqual({ value: 'behavioural', reason: 'given in the CSV file' });
    expect(given.tags).toEqual([{ value: 'JSON', reason: 'given in the CSV file' }]);
    expect(given.difficulty.value).toBe('senior');
    expect(given.competencies[0].reason).toMatch(/rule|default/);
  });

  it('reads types and difficulties written by people', () => {
    expect(parseQuestionType('System design')).toBe('system-design');
    expect(parseQuestionType('code review')).toBe('coding');
    expect(parseQuestionType('trivia')).toBeUndefined();
    expect(parseDifficulty('Intermediate')).toBe('mid');
  });
});
