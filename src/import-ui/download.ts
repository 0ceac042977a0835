/** Saves text as a file (see downloadBlob). */
export function downloadText(fileName: string, text: string, mime: string) {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** Saves a blob as a file through a temporary object URL (no server, works offline). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file-name stem from a dataset name (user text). */
export const fileStem = (name: string) => name.replace(/\.[a-z0-9]+$/i, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80) || 'data';
