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
  private lon: Int32Array;
  private lat: Int32Array;
  /** 0 = empty, else 1 + the index into `first`. */
  private slot: Int32Array;
  /** The first name seen at each place, by place number. */
  private readonly first: string[] = [];
  /** Every name seen at a place, once a second record is at that place. */
  private readonly names = new Map<number, Set<string>>();

  /** `expected`: about how many records will come (the file's line count), so the table rarely has to grow. */
  constructor(expected = 0) {
    this.capacity = 1 << Math.max(12, Math.min(20, Math.ceil(Math.log2(expected * 2 + 1))));
    this.lon = new Int32Array(this.capacity);
    this.lat = new Int32Array(this.capacity);
    this.slot = new Int32Array(this.capacity);
  }

  seen(record: ImportedProject): boolean {
    return this.seenAt(record.lon, record.lat, record.name);
  }

  /** seen() of a project with this place and name. */
  seenAt(lon: number, lat: number, name: string): boolean {
    const x = micro(lon);
    const y = micro(lat);
    const at = this.find(x, y);
    const place = this.slot[at] as number;
    if (place === 0) {
      if ((this.first.length + 1) * 2 > this.capacity) {
        this.grow();
        return this.seenAt(lon, lat, name);
      }
      this.first.push(name);
      this.lon[at] = x;
      this.lat[at] = y;
      this.slot[at] = this.first.length;
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

  /** The table index holding (x, y), or the empty one where it would go (linear probing, load ≤ ½). */
  private find(x: number, y: number): number {
    const mask = this.capacity - 1;
    let i = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
    while (this.slot[i] !== 0 && (this.lon[i] !== x || this.lat[i] !== y)) i = (i + 1) & mask;
    return i;
  }

  private grow() {
    const { lon, lat, slot } = this;
    this.capacity *= 2;
    this.lon = new Int32Array(this.capacity);
    this.lat = new Int32Array(this.capacity);
    this.slot = new Int32Array(this.capacity);
    for (let i = 0; i < slot.length; i++) {
      if (slot[i] === 0) continue;
      const at = this.find(lon[i] as number, lat[i] as number);
      this.lon[at] = lon[i] as number;
      this.lat[at] = lat[i] as number;
      this.slot[at] = slot[i] as number;
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
