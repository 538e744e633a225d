/**
 * The typed mirror of the design tokens that code needs. The values must match `tokens.css`:
 * the layout breakpoint there is written in the same em.
 */

/** Below this width the graphic is pinned above the text instead of beside it. */
export const PHONE_LAYOUT_QUERY = '(max-width: 56.24em)';
