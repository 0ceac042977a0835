/**
 * Some tables come out of the PDF "vertically": one cell per line, each starting with a tab, records separated
 * by blank lines, and a cell that wrapped in the PDF continues on the next line without a leading tab
 * (e.g. "34.4" + "左右", "发改委" + "科技局" + "工信局"). This reads them back as records of cells,
 * each cell a list of its printed lines.
 */
export function readVerticalTable(lines: readonly string[]): string[][][] {
  const records: string[][][] = [];
  let current: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('\t')) {
      current.push([line.slice(1).trim()]); // a lone tab is an empty cell, not a separator
    } else if (line.trim() === '') {
      if (current.length) records.push(current);
      current = [];
    } else {
      const last = current[current.length - 1];
      if (!last) throw new Error(`continuation line without a cell: "${line}"`);
      last.push(line.trim());
    }
  }
  if (current.length) records.push(current);
  return records;
}
