import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentId } from '../../src/schema';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = resolve(REPO_ROOT, 'data');
export const GEO_DIR = resolve(REPO_ROOT, 'geo');
/**
 * The source texts live beside the repository, not in it (they are not ours to publish). A worktree elsewhere
 * points at them with WUXI_SOURCES_DIR.
 */
export const SOURCES_DIR = process.env.WUXI_SOURCES_DIR ?? resolve(REPO_ROOT, '../shared/sources');

/** Document id → plain-text file in SOURCES_DIR (same mapping as data/documents.json, checked by a test). */
export const sourceFiles: Readonly<Record<DocumentId, string>> = {
  wp2024: 'wuxi-2024-465-cluster-work-points.txt',
  opinions: 'wuxi-future-industries-opinions.txt',
  plan2026: 'wuxi-2026-2028-zengqiang-buyu-plan.txt',
  jiangyin2023: 'jiangyin-2023-manufacturing-tasks.txt',
  fyp15: 'wuxi-15th-fyp-suggestions-newspaper.txt',
};

export function sourcesAvailable(): boolean {
  return Object.values(sourceFiles).every((file) => existsSync(resolve(SOURCES_DIR, file)));
}

export function readSource(id: DocumentId): string {
  return readFileSync(resolve(SOURCES_DIR, sourceFiles[id]), 'utf8');
}
