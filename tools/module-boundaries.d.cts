export declare const depConstraints: Array<{ sourceTag: string; onlyDependOnLibsWithTags: string[] }>;
