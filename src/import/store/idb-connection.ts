/**
 * One IndexedDB connection that gives way: when another tab (or the browser's "clear site data") deletes or
 * upgrades the database, the `versionchange` event arrives here; the connection is closed at once (so the
 * deletion is not blocked and our later writes cannot land in a database that is about to vanish) and the
 * owner is told the storage is lost. From then on every use fails with StorageUnavailableError('lost') until
 * the page is reloaded: a save is only ever reported once its transaction has committed.
 */
export class StorageUnavailableError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'lost',
    detail: string,
  ) {
    super(`browser storage ${reason}: ${detail}`);
    this.name = 'StorageUnavailableError';
  }
}

export interface IdbConnection {
  /** A transaction on the one object store; rejects with StorageUnavailableError when storage cannot be used. */
  transaction(mode: IDBTransactionMode): Promise<IDBObjectStore>;
  /** Whether the database went away under us (deleted, upgraded or closed by the browser). */
  readonly lost: boolean;
}

export function createIdbConnection(dbName: string, storeName: string, onLost: () => void): IdbConnection {
  let db: Promise<IDBDatabase> | null = null;
  let lost = false;
  const markLost = () => {
    if (lost) return;
    lost = true;
    db = null;
    onLost();
  };
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        // A missing `indexedDB` (or one that throws, as in some private modes) ends up here too.
        request = indexedDB.open(dbName);
      } catch (e) {
        reject(new StorageUnavailableError('unavailable', String((e as Error)?.message ?? e)));
        return;
      }
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
      };
      // Another connection holds an older version and will not close: do not wait for it.
      request.onblocked = () => reject(new StorageUnavailableError('unavailable', 'blocked by another tab'));
      request.onerror = () => reject(new StorageUnavailableError('unavailable', request.error?.message ?? 'open failed'));
      request.onsuccess = () => {
        const conn = request.result;
        if (lost) {
          conn.close();
          reject(new StorageUnavailableError('lost', 'deleted in another tab'));
          return;
        }
        conn.onversionchange = () => {
          conn.close();
          markLost();
        };
        // The browser closed the connection itself (storage cleared, disk error).
        conn.onclose = markLost;
        resolve(conn);
      };
    });
  const connect = (): Promise<IDBDatabase> => {
    if (lost) return Promise.reject(new StorageUnavailableError('lost', 'deleted in another tab'));
    db ??= open().catch((e: unknown) => {
      db = null; // unavailable now, perhaps not later: the next use tries again
      throw e;
    });
    return db;
  };
  return {
    get lost() {
      return lost;
    },
    async transaction(mode) {
      const conn = await connect();
      try {
        return conn.transaction(storeName, mode).objectStore(storeName);
      } catch (e) {
        // InvalidStateError: the connection is closing (a versionchange is being handled).
        if (lost) throw new StorageUnavailableError('lost', 'deleted in another tab');
        throw e;
      }
    },
  };
}
