import type { Locator, Page } from '@playwright/test';

/** A candidate's interview loop (/loops/:id), as a recruiter watches it. */
export class LoopPage {
  readonly liveRegion: Locator;

  constructor(private readonly page: Page) {
    this.liveRegion = page.getByTestId('panel-progress-live');
  }

  async goto(loopId: string): Promise<void> {
    await this.page.goto(`/loops/${loopId}`);
  }

  seatStatus(interviewerName: string): Locator {
    return this.page.getByTestId('panel-seat').filter({ hasText: interviewerName }).getByTestId('panel-seat-status');
  }
}
