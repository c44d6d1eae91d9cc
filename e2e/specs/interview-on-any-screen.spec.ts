import { expect, test, type Locator, type Page } from '@playwright/test';
import { InterviewModePage } from '../pages/interview-mode.page';
import { KitBuilderPage } from '../pages/kit-builder.page';
import { LoginPage } from '../pages/login.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { scheduleSeedKitInterview } from '../support/hiring';

test.setTimeout(150_000);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

const LONG_QUESTION = {
  label: 'Closures and the event loop',
  prompt:
    'A colleague reports that the handler below logs the same index for every button and that the page freezes for a second ' +
    'after each click. Walk me through what the code does, line by line, why each symptom happens, how you would confirm your ' +
    'explanation in the browser, and how you would rewrite it so that it behaves as intended without blocking the main thread.',
  code: Array.from({ length: 14 }, (_, line) => `for (var i = 0; i < buttons.length; i++) { /* line ${line + 1} */ }`).join('\n'),
  referenceAnswer: 'var is function-scoped, so every closure shares one i. '.repeat(12),
  lookFor: Array.from({ length: 6 }, (_, point) => `Look-for point ${point + 1}: names the mechanism and shows how to check it.`),
  redFlags: ['Blames the browser', 'Rewrites without explaining'],
};

async function signIn(page: Page, email: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/**
 * Nothing on the page is wider than the screen: no sideways scrolling. On a phone a wider page would
 * also make the browser zoom out and widen innerWidth, hence the check against the viewport's own width.
 */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `sideways scrolling on ${where}`).toBeLessThanOrEqual(widths.inner);
  expect(widths.inner, `zoomed out on ${where}`).toBeLessThanOrEqual(page.viewportSize()?.width ?? widths.inner);
}

async function box(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not laid out`);
  return { top: found.y, bottom: found.y + found.height, left: found.x, right: found.x + found.width };
}

test('an interviewer scores a whole interview on a 390×844 touch phone, never scrolling sideways', async ({ browser, baseURL }) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.interviewer.email);
  await expectNoSidewaysScroll(page, 'the home page');

  // The navigation does not clip: what does not fit, and the account, are under More.
  const more = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.tap();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(DEMO_USERS.interviewer.name);
  await page.screenshot({ path: 'tmp/screens/phone-more-menu.png' });
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My interviews' }).tap();
  const start = page.getByRole('link', { name: new RegExp(`^Start scoring: ${setup.candidateName}`) });
  await expect(start).toBeInViewport();
  await expectNoSidewaysScroll(page, 'My interviews');
  await page.screenshot({ path: 'tmp/screens/phone-my-interviews.png' });
  await start.tap();

  const interview = new InterviewModePage(page);
  for (let number = 1; number <= setup.questionCount; number++) {
    await interview.expectQuestion(number);
    await expectNoSidewaysScroll(page, `question ${number}`);
    // No keyboard legend, nor any other key hint, on a touch screen; the rubric comes before the notes.
    await expect(interview.legend).toHaveCount(0);
    await expect(page.getByRole('main').locator('kbd')).toHaveCount(0);
    expect((await box(interview.rubricOf(number))).top).toBeLessThan((await box(interview.notes)).top);
    // The rating and Next sit in the bar at the bottom of the screen, within thumb reach.
    const bar = await box(interview.bar);
    expect(bar.bottom).toBeLessThanOrEqual(PHONE.height + 1);
    expect(bar.top).toBeGreaterThan(PHONE.height / 2);
    await expect(interview.bar.getByRole('radiogroup', { name: `Rating for Q${number}` })).toBeInViewport();
    if (number === 1) {
      await page.screenshot({ path: 'tmp/screens/phone-question.png' });
      await expectAccessible(page, 'interview mode on a phone');
      // Focus in the notes scrolls them above the bar (which is taller on a phone), never under it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await interview.notes.evaluate((element) => (element as HTMLElement).focus());
      await expect.poll(async () => (await box(interview.notes)).bottom - (await box(interview.bar)).top).toBeLessThanOrEqual(0);
      await interview.notes.blur();
    }

    if (number === 2) {
      await interview.ratingCard(number, 'not-asked').tap();
      await expect(interview.ratingOf(number).getByRole('radio', { name: 'Not asked' })).toBeChecked();
    } else {
      const rating = ((number + 1) % 4) + 1;
      await interview.ratingCard(number, rating).tap();
      await expect(interview.ratingOf(number).getByRole('radio', { checked: true })).toHaveAccessibleName(new RegExp(`^${rating}\\b`));
      await interview.notes.fill(`Evidence for question ${number}: named concrete trade-offs.`);
    }
    await interview.bar.getByRole('button', { name: /^(Next|Wrap-up)/ }).tap();
  }

  await expect(page.getByRole('heading', { name: 'Wrap-up', level: 2 })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the wrap-up');
  await expect(interview.bar).toContainText(`${setup.questionCount - 1} questions answered, 1 not asked`);
  // The wrap-up and the overview hint at no keys either (no Ctrl+Enter, no "Press o").
  await interview.bar.getByRole('button', { name: 'Overview' }).tap();
  await expect(page.getByRole('navigation', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('main').locator('kbd')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(/Ctrl\+Enter|Press /);
  await interview.bar.getByRole('button', { name: 'Overview' }).tap();
  // At the end of the page the bar still sits on the bottom edge of the screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => Math.round((await box(interview.bar)).bottom)).toBeGreaterThanOrEqual(PHONE.height - 1);
  await expectAccessible(page, 'the wrap-up on a phone');
  await interview.recommendation.getByTestId('recommendation-YES').tap();
  await interview.summary.fill('Strong on design trade-offs; would hire for the platform team.');
  await page.screenshot({ path: 'tmp/screens/phone-wrap-up.png', fullPage: true });
  await interview.submit.tap();
  await expect(interview.locked).toBeVisible();
  await expectNoSidewaysScroll(page, 'the submitted scorecard');
  await context.close();
});

test('on a 1366×768 laptop every rating card, Not asked and the notes show between the header and the sticky bar', async ({
  browser,
  baseURL,
}) => {
  // Q1 is as long as questions in real banks get: a label, a prompt of several lines and code, a long rubric.
  const setup = await scheduleSeedKitInterview(baseURL ?? '', { firstQuestion: LONG_QUESTION });
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.interviewer.email);
  await page.goto(`/interviews/${setup.interviewId}`);
  const interview = new InterviewModePage(page);

  for (let number = 1; number <= setup.questionCount; number++) {
    await interview.expectQuestion(number);
    await expect(interview.legend).toBeVisible();
    const header = await box(page.getByRole('banner'));
    const bar = await box(interview.bar);
    expect(bar.bottom).toBeLessThanOrEqual(LAPTOP.height + 1);
    const shown = [1, 2, 3, 4].map((value) => interview.ratingCard(number, value));
    shown.push(interview.ratingCard(number, 'not-asked'), interview.notes);
    for (const element of shown) {
      const { top, bottom } = await box(element);
      expect(top, `${element.toString()} under the app header`).toBeGreaterThanOrEqual(header.bottom);
      expect(bottom, `${element.toString()} covered by the sticky bar`).toBeLessThanOrEqual(bar.top);
    }
    if (number === 1) await page.screenshot({ path: 'tmp/screens/laptop-question.png' });
    await page.keyboard.press('j');
  }
  await context.close();
});

test('on the smallest phones (320 and 360 px) the bar fits on one row, Wrap-up included, and its buttons are what a tap hits', async ({
  browser,
  baseURL,
}) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');
  for (const width of [320, 360]) {
    const viewport = { width, height: 640 };
    const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.interviewer.email);
    // The last question: its button says "Wrap-up", the longest label the bar holds.
    await page.goto(`/interviews/${setup.interviewId}?q=${setup.questionCount}`);
    const interview = new InterviewModePage(page);
    await interview.expectQuestion(setup.questionCount);
    await expectNoSidewaysScroll(page, `the last question at ${width} px`);
    const bar = await box(interview.bar);
    expect(bar.bottom, `the bar on screen at ${width} px`).toBeLessThanOrEqual(viewport.height + 1);
    for (const name of [/Previous/, /^Wrap-up/, /^Overview/]) {
      const button = interview.bar.getByRole('button', { name });
      expect((await box(button)).right, `${name.source} inside the screen at ${width} px`).toBeLessThanOrEqual(width);
    }
    await interview.bar.getByRole('button', { name: /^Wrap-up/ }).tap();
    await expect(page.getByRole('heading', { name: 'Wrap-up', level: 2 })).toBeVisible();
    // The tap reached the button, not a rating card under it.
    await interview.bar.getByRole('button', { name: 'Previous' }).tap();
    await interview.expectQuestion(setup.questionCount);
    await expect(interview.ratingOf(setup.questionCount).getByRole('radio', { checked: true })).toHaveCount(0);
    await context.close();
  }
});

test('in a phone-sized window without a touch screen the bar fits: no sideways scrolling, no key hints in it', async ({
  browser,
  baseURL,
}) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.interviewer.email);
  await page.goto(`/interviews/${setup.interviewId}`);
  const interview = new InterviewModePage(page);
  await interview.expectQuestion(1);
  await expectNoSidewaysScroll(page, 'question 1 in a narrow window');
  await expect(interview.legend).toHaveCount(0);
  await expect(interview.bar.locator('kbd')).toHaveCount(0);
  for (const name of [/Previous/, /^Next/, /^Overview/]) {
    const button = await box(interview.bar.getByRole('button', { name }));
    expect(button.right, `${name.source} inside the screen`).toBeLessThanOrEqual(PHONE.width);
  }
  // The keys still work: 3 rates, j moves on.
  await page.keyboard.press('3');
  await expect(interview.ratingOf(1).getByRole('radio', { checked: true })).toHaveAccessibleName(/^3\b/);
  await page.keyboard.press('j');
  await interview.expectQuestion(2);
  await context.close();
});

test('on a phone the scorecards to chase and the kit builder fit the screen: nothing to scroll sideways for', async ({
  browser,
  baseURL,
}) => {
  // An interview two days ago whose scorecard is still owed, on a job with the seed kit.
  const overdue = await scheduleSeedKitInterview(baseURL ?? '', { scheduledAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) });
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();

  // The recruiter chasing feedback: each owed scorecard reads top to bottom, how overdue included.
  await signIn(page, DEMO_USERS.recruiter.email);
  const owed = page.getByTestId('overdue-scorecard').filter({ hasText: overdue.candidateName });
  await expect(owed).toBeVisible();
  await expectNoSidewaysScroll(page, 'Home with scorecards to chase');
  for (const cell of [owed.getByRole('link', { name: overdue.candidateName }), owed.locator('time')]) {
    expect((await box(cell)).right, 'a cell of the owed scorecard inside the screen').toBeLessThanOrEqual(PHONE.width);
  }
  await expectAccessible(page, 'Home on a phone, scorecards to chase');

  // The hiring manager: the two columns of what the role can do fit ("As hiring manager, you can" is
  // the longest heading), then a kit opens with fields and questions of a readable width.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' }).tap();
  await page.getByRole('button', { name: 'Sign out' }).tap();
  await signIn(page, DEMO_USERS.manager.email);
  const roleTable = page.getByRole('table', { name: 'What the Hiring manager role can do' });
  expect((await box(roleTable)).right).toBeLessThanOrEqual(PHONE.width - 16);
  await page.goto('/kits');
  await page
    .getByRole('link', { name: /Seed kit/ })
    .first()
    .tap();
  const builder = new KitBuilderPage(page);
  await expect(builder.section(1)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the kit builder');
  for (const field of [builder.role, builder.title, builder.section(1).getByLabel('Competency', { exact: true })]) {
    expect((await box(field)).right - (await box(field)).left, `${field.toString()} wide enough to read`).toBeGreaterThan(200);
  }
  // No keyboard hints on a touch screen here either.
  await expect(page.getByLabel('Keyboard shortcuts').filter({ visible: true })).toHaveCount(0);
  const prompt = builder.questions(1).first();
  expect((await box(prompt)).right - (await box(prompt)).left, 'a question prompt wide enough to read').toBeGreaterThan(200);
  await page.screenshot({ path: 'tmp/screens/phone-kit-builder.png' });
  await expectAccessible(page, 'the kit builder on a phone');
  await context.close();
});

test('the navigation never clips: at any width, links that do not fit are under More', async ({ browser }) => {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.admin.email);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const width of [1366, 1024, 800, 600, 390]) {
    await page.setViewportSize({ width, height: 768 });
    // The navigation re-measures when the width changes (a ResizeObserver): wait for it to settle.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const element = document.querySelector('header.shell__header') as HTMLElement;
            return element.scrollWidth - element.clientWidth;
          }),
        { message: `the header overflows at ${width} px` },
      )
      .toBeLessThanOrEqual(0);
    const navBox = await box(nav);
    const links = nav.getByRole('link');
    for (let index = 0; index < (await links.count()); index++) {
      const link = await box(links.nth(index));
      expect(link.right, `link ${index} at ${width} px`).toBeLessThanOrEqual(navBox.right + 1);
    }
    const more = nav.getByRole('button', { name: 'More' });
    if (await more.isVisible()) {
      await more.click();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await page.screenshot({ path: `tmp/screens/nav-${width}.png` });
      await page.keyboard.press('Escape');
      await expect(more).toBeFocused();
    } else {
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    }
  }
  await context.close();
});
