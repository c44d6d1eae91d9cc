export interface DemoDataDecision {
  seed: boolean;
  reason: string;
}
export declare function demoDataDecision(env: Record<string, string | undefined>, usingEmbedded: boolean): DemoDataDecision;
export declare function demoDataLogLine(decision: DemoDataDecision): string;
