/**
 * HTTP Range client for the FlatGeobuf reader that (1) refuses servers that ignore Range — a 200 answer would
 * mean downloading the whole file for every query — with a message a person deploying the app can act on,
 * (2) can be cancelled when the camera moves on, and (3) counts what it fetched, so tests and the bench can
 * prove that only the visible part was read.
 */
export interface RangeStats {
  requests: number;
  bytes: number;
}

export class RangeNotSupportedError extends Error {
  constructor(url: string, status: number) {
    super(
      `${url}: the server answered a Range request with HTTP ${status} instead of 206. ` +
        'The scale layer needs a static host or CDN that honours HTTP Range (see docs/performance.md).',
    );
    this.name = 'RangeNotSupportedError';
  }
}

export class CountingRangeClient {
  readonly stats: RangeStats = { requests: 0, bytes: 0 };
  signal: AbortSignal | undefined;

  constructor(readonly url: string) {}

  async getRange(begin: number, length: number): Promise<ArrayBuffer> {
    const response = await fetch(this.url, {
      headers: { Range: `bytes=${begin}-${begin + length - 1}` },
      signal: this.signal,
    });
    if (response.status !== 206) {
      // Do not read the body: on a server without Range support it is the whole file.
      await response.body?.cancel();
      throw new RangeNotSupportedError(this.url, response.status);
    }
    const buffer = await response.arrayBuffer();
    this.stats.requests++;
    this.stats.bytes += buffer.byteLength;
    return buffer;
  }
}
