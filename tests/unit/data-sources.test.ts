import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainChief, DocumentId, Indicator, Industry, KeyTask, SourceDocument, SourceRef, TargetTable } from '../../src/schema';
import { extractChainChiefs } from '../../scripts/data/extract-chain-chiefs';
import { extractKeyTasks } from '../../scripts/data/extract-key-tasks';
import { DATA_DIR, readSource, sourceFiles, sourcesAvailable } from '../../scripts/data/paths';
import { occursIn } from '../../scripts/data/text';
import { sectionExists } from './data-source-refs';

const read = <T>(file: string) => JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8')) as T;
const targets = read<TargetTable[]>('targets-2024.json');
const indicators = read<Indicator[]>('indicators.json');
const keyTasks = read<KeyTask[]>('key-tasks-2024.json');
const chainChiefs = read<ChainChief[]>('chain-chiefs.json');
const taxonomy = read<Industry[]>('taxonomy.json');
const documents = read<SourceDocument[]>('documents.json');
const haveSources = sourcesAvailable();
const text = (id: DocumentId) => readSource(id);

function allRefs(): [string, SourceRef][] {
  return [
    ...targets.flatMap((t) => [[t.id, t.source] as [string, SourceRef], ...t.rows.map((r) => [r.id, r.source] as [string, SourceRef])]),
    ...indicators.flatMap((i) => i.values.map((v) => [`${i.id}@${v.year}`, v.source] as [string, SourceRef])),
    ...keyTasks.map((k) => [`task ${k.number}`, k.source] as [string, SourceRef]),
    ...chainChiefs.map((c) => [`chain ${c.number}`, c.source] as [string, SourceRef]),
    ...taxonomy.flatMap((i) => i.memberships.map((m) => [`${i.id}/${m.list}`, m.source] as [string, SourceRef])),
  ];
}

describe('citations resolve in the documents', () => {
  it.skipIf(!haveSources)('every source section exists in its document', () => {
    const missing = allRefs().filter(([, ref]) => !sectionExists(text(ref.document), ref.section)).map(([who, ref]) => `${who}: ${ref.document} ${ref.section}`);
    expect(missing).toEqual([]);
  });

  it.skipIf(!haveSources)('target rows cite printed cluster and label text; taxonomy items cite printed names', () => {
    const wp = text('wp2024');
    const bad = targets.flatMap((t) => t.rows).filter((r) => !(r.source.row ?? '').split(' / ').every((part) => occursIn(wp, part)));
    expect(bad.map((r) => r.id)).toEqual([]);
    const badItems = taxonomy.flatMap((i) => i.memberships).filter((m) => m.source.item && /[\u4e00-\u9fff]/.test(m.source.item) && !/[a-z]/i.test(m.source.item) && !occursIn(text(m.source.document), m.source.item));
    expect(badItems).toEqual([]);
  });

  it.skipIf(!haveSources)("every indicator's printed string appears in its document", () => {
    const missing = indicators.flatMap((i) => i.values.filter((v) => !occursIn(text(i.document), v.printed)).map((v) => `${i.id}@${v.year}: ${v.printed}`));
    expect(missing).toEqual([]);
  });

  it('documents.json names the five documents and their files', () => {
    expect(Object.fromEntries(documents.map((d) => [d.id, d.file]))).toEqual(sourceFiles);
    expect(documents.find((d) => d.id === 'fyp15')?.nature).toBe('suggestions_digest');
  });
});

describe('key tasks, Jiangyin indicators, chain chiefs', () => {
  it('has 36 key tasks numbered 1..36 with our own summaries', () => {
    expect(keyTasks.map((k) => k.number)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(keyTasks.every((k) => k.responsible_units_zh.length > 0 && k.responsible_units_zh.every((u) => !/[、，\s]|按职责分工/.test(u)))).toBe(true);
  });

  it.skipIf(!haveSources)('summaries are not the printed task sentences; units match a fresh extraction', () => {
    const wp = text('wp2024');
    expect(keyTasks.filter((k) => occursIn(wp, k.summary_zh)).map((k) => k.number)).toEqual([]);
    expect(extractKeyTasks(wp)).toEqual(keyTasks);
  });

  it('has 18 Jiangyin indicators with owners and 2022 facts', () => {
    const jy = indicators.filter((i) => i.set === 'jiangyin_indicators');
    expect(jy).toHaveLength(18);
    expect(jy.every((i) => i.owner_zh && i.values.some((v) => v.year === 2022 && v.qualifier === 'fact'))).toBe(true);
    expect(jy.every((i) => i.values.some((v) => v.year === 2025))).toBe(true);
  });

  it('has 11 chain chiefs with whitespace-free names, matching a fresh extraction', () => {
    expect(chainChiefs).toHaveLength(11);
    expect(chainChiefs.every((c) => !/\s/.test(c.chain_chief_zh + c.task_force_head_zh))).toBe(true);
    if (haveSources) expect(extractChainChiefs(text('opinions'))).toEqual(chainChiefs);
  });
});
