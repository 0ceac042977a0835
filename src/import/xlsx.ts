/**
 * .xlsx → rows of cells, first sheet. read-excel-file is loaded on demand (dynamic import) so neither the main
 * bundle nor a CSV import pays for the zip/XML reader; its "universal" entry runs in a Web Worker and in Node.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<unknown[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await readSheet(buffer);
  return rows as unknown[][];
}
