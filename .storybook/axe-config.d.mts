export const AXE_TAGS: string[];
export const AXE_DISABLED_RULES: Readonly<Record<string, string>>;
