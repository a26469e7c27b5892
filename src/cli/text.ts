/**
 * The spec's text as paragraphs a terminal or a model can wrap as it likes: its lines are broken at
 * 100 columns, which a narrower terminal would break again mid-line. List items keep their lines.
 */
export function reflow(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\n(?!\s*(?:[-*] |\d+\. ))\s*/g, " ").trim())
    .join("\n\n");
}
