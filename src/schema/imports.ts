import { z } from 'zod';
import { importCrsIds, importFormats, importKinds, projectStages, zoneKinds } from './constants';
import { BoardIdSchema, SlugSchema } from './common';
import { ParkStatusSchema, PositionPrecisionSchema } from './geo';
import { TargetRowSchema, TargetTableSchema } from './targets';
import { StoredSiteSchema } from './sites';
import type { ProjectRows } from '../domain/project-rows';

/**
 * User-imported data ("bring your own data"). Everything here comes from a user's file, never from
 * the five source documents, so every record carries `origin: 'imported'` and the UI labels it as such.
 * Human-readable format documentation: docs/import-formats.md.
 */

export const ImportKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** The city's eight project pipelines, in order: 在谈 签约 备案 在批 开工 在建 竣工 达产. */
export const ProjectStageSchema = z.enum(projectStages);
export type ProjectStage = z.infer<typeof ProjectStageSchema>;

/** Coordinate systems a file may be in; everything is stored as WGS84. */
export const ImportCrsSchema = z.enum(importCrsIds);
export type ImportCrs = z.infer<typeof ImportCrsSchema>;

export const ImportFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** Which text encoding a CSV was read with (reported to the user). */
export const TextEncodingSchema = z.enum(['utf-8', 'utf-8-bom', 'gb18030']);
export type TextEncoding = z.infer<typeof TextEncodingSchema>;

/** Where an imported point came from: the file's own coordinates, or a known park's position. */
export const ImportedLocationSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('coordinates'), crs: ImportCrsSchema }).strict(),
  z.object({ method: z.literal('park'), park_id: SlugSchema, precision: PositionPrecisionSchema }).strict(),
]);
export type ImportedLocation = z.infer<typeof ImportedLocationSchema>;

const LonSchema = z.number().min(-180).max(180);
const LatSchema = z.number().min(-90).max(90);
/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; partial dates stay partial (never padded into false precision). */
export const ImportDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

export const ImportedProjectSchema = z
  .object({
    /** Unique across datasets: `<dataset id>:<source row>`. */
    id: z.string().min(1),
    /** The file's own id column / feature id, if any (checked for duplicates, kept for export). */
    external_id: z.string().nullable().optional(),
    origin: z.literal('imported'),
    name: z.string().min(1),
    industry: SlugSchema,
    stage: ProjectStageSchema,
    /** Total investment normalised to 亿元 (1 亿元 = 10 000 万元); null when the file leaves it empty. */
    investment_yi: z.number().finite().nonnegative().nullable(),
    date: ImportDateSchema.nullable(),
    board: BoardIdSchema.nullable(),
    /** WGS84. */
    lon: LonSchema,
    lat: LatSchema,
    location: ImportedLocationSchema,
    /** Spreadsheet row (header = row 1) or 1-based feature number in the source file. */
    source_row: z.number().int().positive(),
  })
  .strict();
export type ImportedProject = z.infer<typeof ImportedProjectSchema>;

export const ZoneKindSchema = z.enum(zoneKinds);
export type ZoneKind = z.infer<typeof ZoneKindSchema>;

const PositionSchema = z.tuple([LonSchema, LatSchema]);
const RingSchema = z.array(PositionSchema).min(4);
export const ZoneGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: PositionSchema }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema).min(1) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema).min(1)).min(1) }).strict(),
]);
export type ZoneGeometry = z.infer<typeof ZoneGeometrySchema>;

export const ImportedZoneSchema = z
  .object({
    id: z.string().min(1),
    external_id: z.string().nullable().optional(),
    origin: z.literal('imported'),
    name: z.string().min(1),
    zone_kind: ZoneKindSchema,
    board: BoardIdSchema.nullable(),
    lead_industries: z.array(SlugSchema),
    area_km2: z.number().finite().nonnegative().nullable(),
    status: ParkStatusSchema.nullable(),
    /** WGS84. */
    geometry: ZoneGeometrySchema,
    location: ImportedLocationSchema,
    source_row: z.number().int().positive(),
  })
  .strict();
export type ImportedZone = z.infer<typeof ImportedZoneSchema>;

/** Provenance of an imported targets table: the user's file, in place of a document reference. */
export const ImportedSourceSchema = z.object({ imported_file: z.string().min(1), row: z.number().int().positive().optional() }).strict();

/**
 * A new year's per-board targets table shaped like the 2024 Annex 1/2 (src/schema/targets.ts), with the two
 * fields that cannot hold imported data replaced: the table id (not one of the three 2024 annexes) and the
 * source (a user file, not one of the five documents). Rows keep TargetRow's columns and meaning.
 */
export const ImportedTargetRowSchema = TargetRowSchema.extend({
  table: z.string().min(1),
  source: ImportedSourceSchema,
});
export type ImportedTargetRow = z.infer<typeof ImportedTargetRowSchema>;

export const ImportedTargetTableSchema = TargetTableSchema.extend({
  id: z.string().min(1),
  origin: z.literal('imported'),
  /** Which 2024 annex the table is shaped like. */
  layout: z.enum(['annex1', 'annex2']),
  source: ImportedSourceSchema,
  notes: z.array(z.object({ text_zh: z.string(), text_en: z.string() }).strict()),
  rows: z.array(ImportedTargetRowSchema),
});
export type ImportedTargetTable = z.infer<typeof ImportedTargetTableSchema>;

export const DatasetMetaSchema = z
  .object({
    id: z.string().min(1),
    origin: z.literal('imported'),
    kind: ImportKindSchema,
    /** Shown in "My data"; the file name unless the user renames it. */
    name: z.string().min(1),
    file_name: z.string().min(1),
    format: ImportFormatSchema,
    encoding: TextEncodingSchema.nullable(),
    crs: ImportCrsSchema,
    /** ISO 8601 timestamp of the import. */
    imported_at: z.string().min(1),
    row_count: z.number().int().nonnegative(),
    /** Rows/features skipped because of problems. */
    skipped_count: z.number().int().nonnegative(),
    /** Version of this stored shape, so later releases can migrate saved datasets. */
    version: z.literal(1),
  })
  .strict();
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export const ImportedDatasetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('projects'), meta: DatasetMetaSchema, projects: z.array(ImportedProjectSchema) }).strict(),
  z.object({ kind: z.literal('zones'), meta: DatasetMetaSchema, zones: z.array(ImportedZoneSchema) }).strict(),
  z.object({ kind: z.literal('targets'), meta: DatasetMetaSchema, table: ImportedTargetTableSchema }).strict(),
  /** A site register: an imported register file, or the one the placement editor writes (the user's own). */
  z.object({ kind: z.literal('sites'), meta: DatasetMetaSchema, sites: z.array(StoredSiteSchema) }).strict(),
]);
/** A dataset as the import pipeline returns it and as it is stored: its projects as records. */
export type ImportedDatasetData = z.infer<typeof ImportedDatasetSchema>;
/**
 * A dataset as the app holds it: the same, but its projects read by row (src/domain/project-rows.ts), so a large
 * import is kept as columns rather than as one object per project.
 */
export type ImportedDataset =
  | Exclude<ImportedDatasetData, { kind: 'projects' }>
  | { kind: 'projects'; meta: DatasetMeta; projects: ProjectRows };
