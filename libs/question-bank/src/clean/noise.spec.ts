import { judgeNoise } from './noise';

describe('judgeNoise', () => {
  it.each([
    'Yes, send me the newsletter',
    'Subscribe to our newsletter for weekly tips!',
    'Career Acceleration',
    '1 100% Pass Rate',
    '2 2 Weeks of Dump Practice',
    'Certification Exam Passing Tips',
    'Curated and up-to-date by our experts',
    "DON'T WANT TO MISS A THING?",
    'View Other Interview Questions',
    'See more related articles and interview questions',
    'Related posts',
    '© 2025 Acme Inc. All rights reserved.',
    'We use cookies to improve your experience.',
    'Click here to download the PDF',
  ])('marks "%s" as noise', (line) => {
    expect(judgeNoise(line)).toEqual({ noise: true, reason: expect.any(String) });
  });

  it.each([
    'I subscribe to leading tech newsletters and podcasts to keep up.',
    'Use a token bucket in Redis and return 429 with Retry-After.',
    'Kubernetes certificates rotate automatically.',
    'A career change taught me to ask better questions.',
    'Database Indexes',
  ])('keeps "%s"', (line) => {
    expect(judgeNoise(line).noise).toBe(false);
  });
});
