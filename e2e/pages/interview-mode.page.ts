import { expect, type Locator, type Page } from '@playwright/test';

/** Interview mode (/interviews/:id), driven from the keyboard as an interviewer would. */
export class InterviewModePage {
  readonly saveStatus: Locator;
  readonly question: Locator;
  readonly notes: Locator;
  readonly summary: Locator;
  readonly recommendation: Locator;
  readonly submit: Locator;
  readonly locked: Locator;
  /** The sticky bar at the bottom: Previous / Next, and on a phone the rating too. */
  readonly bar: Locator;
  readonly legend: Locator;

  constructor(private readonly page: Page) {
    this.saveStatus = page.getByTestId('save-status');
    this.question = page.getByTestId('question-step');
    this.notes = page.getByRole('textbox', { name: 'Notes' });
    this.summary = page.getByRole('textbox', { name: 'Summary' });
    this.recommendation = page.getByRole('radiogroup', { name: 'Overall recommendation' });
    this.submit = page.getByRole('button', { name: 'Submit scorecard' });
    this.locked = page.getByTestId('scorecard-locked');
    this.bar = page.getByTestId('interview-bar');
    this.legend = page.getByTestId('shortcut-legend');
  }

  ratingOf(questionNumber: number): Locator {
    return this.page.getByRole('radiogroup', { name: `Rating for Q${questionNumber}` });
  }

  rubricOf(questionNumber: number): Locator {
    return this.page.getByRole('complementary', { name: `Rubric for Q${questionNumber}` });
  }

  /** A rating card (the whole label, which is what a finger or the eye meets): `value` 1…n or 'not-asked'. */
  ratingCard(questionNumber: number, value: number | 'not-asked'): Locator {
    return this.ratingOf(questionNumber).getByTestId(`rating-${value}`);
  }

  async expectQuestion(questionNumber: number): Promise<void> {
    await expect(this.page.getByText(new RegExp(`^Question ${questionNumber} of \\d+`)).first()).toBeVisible();
  }

  /** Presses Tab until `target` has focus: the keyboard-only way to reach a control. */
  async tabTo(target: Locator, limit = 80): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }
}
