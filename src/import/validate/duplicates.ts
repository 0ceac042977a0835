import type { ImportedProject, ImportedZone } from '../../schema';

/** Remembers what earlier valid rows were, so a row with the same name at the same place can be flagged. */
export interface DuplicateCheck<T> {
  /** True when an earlier record had the same name and place; remembers this one otherwise. */
  seen(record: T): boolean;
}

/** A project's place to 6 decimals (≈ 0.1 m), as two integers. */
const micro = (degrees: number) => Math.round(degrees * 1e6);

/**
 * Projects, keyed by place first. Most rows of a large file have a place of their own, so the common case is
 * one probe of an open-addressing table of integer coordinates: no key string, no Map entry, nothing for the
 * garbage collector (a Map of 100 k names cost ~150 ms of a cold import worker). Names are compared only
 * among records at the same place — projects placed at a park share its point, so those get a set of names.
 */
export class DuplicateProjects implements DuplicateCheck<ImportedProject> {
  private capacity: number;
  /** Per table entry, side by side so one probe reads one cache line: x, y, and 0 = empty or 1 + place number. */
  private table: Int32Array;
  /** The first name seen at each place, by place number. */
  private readonly first: string[] = [];
  /** Every name seen at a place, once a second record is at that place. */
  private readonly names = new Map<number, Set<string>>();

  /** `expected`: about how many records will come (the file's line count), so the table rarely has to grow. */
  constructor(expected = 0) {
    this.capacity = 1 << Math.max(12, Math.min(20, Math.ceil(Math.log2(expected * 2 + 1))));
    this.table = new Int32Array(this.capacity * 3);
  }

  seen(record: ImportedProject): boolean {
    return this.seenAt(record.lon, record.lat, record.name);
  }

  /** seen() of a project with this place and name. */
  seenAt(lon: number, lat: number, name: string): boolean {
    const x = micro(lon);
    const y = micro(lat);
    const at = this.find(x, y);
    const table = this.table;
    const place = table[at + 2] as number;
    if (place === 0) {
      if ((this.first.length + 1) * 2 > this.capacity) {
        this.grow();
        return this.seenAt(lon, lat, name);
      }
      this.first.push(name);
      table[at] = x;
      table[at + 1] = y;
      table[at + 2] = this.first.length;
      return false;
    }
    let names = this.names.get(place);
    if (!names) {
      const first = this.first[place - 1] as string;
      if (first === name) return true;
      this.names.set(place, (names = new Set([first])));
    }
    if (names.has(name)) return true;
    names.add(name);
    return false;
  }

  /** The offset of the entry holding (x, y), or of the empty one where it would go (linear probing, load ≤ ½). */
  private find(x: number, y: number): number {
    const mask = this.capacity - 1;
    const table = this.table;
    let i = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
    for (;;) {
      const at = i * 3;
      if (table[at + 2] === 0 || (table[at] === x && table[at + 1] === y)) return at;
      i = (i + 1) & mask;
    }
  }

  private grow() {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Int32Array(this.capacity * 3);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const to = this.find(old[at] as number, old[at + 1] as number);
      this.table[to] = old[at] as number;
      this.table[to + 1] = old[at + 1] as number;
      this.table[to + 2] = old[at + 2] as number;
    }
  }
}

/**
 * Zones, keyed by name first (files hold hundreds of zones, not 100 k), so the place text — the start of the
 * geometry's JSON — is only built when a name repeats.
 */
export class DuplicateZones implements DuplicateCheck<ImportedZone> {
  /** The first zone of a name, or the set of places once the name repeats. */
  private readonly byName = new Map<string, ImportedZone | Set<string>>();

  seen(zone: ImportedZone): boolean {
    const entry = this.byName.get(zone.name);
    if (entry === undefined) {
      this.byName.set(zone.name, zone);
      return false;
    }
    let places = entry;
    if (!(places instanceof Set)) {
      places = new Set([zonePlace(places)]);
      this.byName.set(zone.name, places);
    }
    const key = zonePlace(zone);
    if (places.has(key)) return true;
    places.add(key);
    return false;
  }
}

const zonePlace = (zone: ImportedZone) => JSON.stringify(zone.geometry).slice(0, 200);
