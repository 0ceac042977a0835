/**
 * The site register is one more import kind: its kind name, hint and problem messages join the import strings
 * (the import dialog and problem list read `import.kind.*` / `import.kindHint.*`), without editing them.
 */
export function withSiteImportKind<I extends { kind: object; kindHint: object }>(
  strings: I,
  sites: { importKind: { label: string; hint: string } },
): I {
  return {
    ...strings,
    kind: { ...strings.kind, sites: sites.importKind.label },
    kindHint: { ...strings.kindHint, sites: sites.importKind.hint },
  };
}
