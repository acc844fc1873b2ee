export const AXE_TAGS: readonly string[];
export const AXE_DISABLED_RULES: Readonly<Record<string, string>>;
