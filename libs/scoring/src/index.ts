// Pure scoring maths for the panel scorecard, job comparison, calibration and reliability.
// No framework, no I/O: the API and the web app both call it.
export * from './score-scale';
export * from './explanations';
export * from './competency-stats';
export * from './recommendation-tally';
export * from './weighted-composite';
export * from './interviewer-leniency';
export * from './calibration';
export * from './krippendorff-alpha';
export * from './reliability-band';
export * from './panel-summary';
