export const AXE_TAGS: readonly string[];
