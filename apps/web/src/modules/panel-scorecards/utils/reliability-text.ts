/** Alpha as three decimals (Krippendorff's own convention), or a dash. */
export function formatAlpha(alpha: number | null | undefined): string {
  return typeof alpha === 'number' && Number.isFinite(alpha) ? alpha.toFixed(3) : '–';
}

/** What a reliability band means for the people in the debrief, in plain words. */
export function bandAdvice(band: string): string {
  switch (band) {
    case 'reliable':
      return 'The interviewers agree well: the panel’s ratings can be relied on.';
    case 'tentative':
      return 'The interviewers agree only partly: draw tentative conclusions and talk through the flagged competencies.';
    case 'unreliable':
      return 'The interviewers do not agree enough to rely on the ratings: discuss the evidence rather than the numbers.';
    default:
      return 'There are not yet enough overlapping ratings to tell how far the interviewers agree.';
  }
}
