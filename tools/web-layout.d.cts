import type { Linter } from 'eslint';
export declare const SHARED_MODULES: string[];
export declare const PENDING_MODULES: string[];
export declare const PENDING_PAGES: string[];
export declare function webLayoutConfig(): Linter.Config[];
