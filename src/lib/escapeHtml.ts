/** Text made safe for HTML, in an element or a double-quoted attribute: `&`, `<`, `>` and `"` escaped. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
