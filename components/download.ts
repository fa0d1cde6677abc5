/** Saves text as a file through the browser's download, from an extension page. */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the object URL can go shortly after.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
