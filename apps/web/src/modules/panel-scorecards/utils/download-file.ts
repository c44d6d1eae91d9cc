/** Saves text as a file through a temporary object URL and an <a download> click. */
export function downloadTextFile(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled, so the browser has started reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
