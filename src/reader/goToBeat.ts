/**
 * Brings a beat to the top of the reading area and moves focus to its heading, so keyboard and screen reader
 * users land where the graphic now points. Scroll padding keeps it clear of a pinned graphic.
 */
export function goToBeat(id: string): void {
  const section = document.getElementById(id);
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  document.getElementById(`${id}-heading`)?.focus({ preventScroll: true });
}
