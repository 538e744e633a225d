/**
 * A template with `{name}` placeholders filled in: copy keeps whole sentences, so a translation can
 * put the values where its grammar wants them. A placeholder with no value is left as it is.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
