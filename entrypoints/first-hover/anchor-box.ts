/**
 * The box the card is placed against, for a name that may wrap over several lines: as wide as
 * the line the pointer is on (the first line for the keyboard), as tall as the whole name.
 * Below, the card then sits under the last line; above, over the first; on neither side does
 * it cover a part of the name. Pure geometry, on plain rectangles.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** floating-ui's allowance: a pointer event's coordinates may be up to 2 px off a line's box. */
const SLACK_PX = 2;

export function anchorBox(lines: readonly Box[], point?: { x: number; y: number }): Box | null {
  const shown = lines.filter((r) => r.width > 0 && r.height > 0);
  if (shown.length === 0) return null;
  const inside = (r: Box, p: { x: number; y: number }) =>
    p.x > r.left - SLACK_PX && p.x < r.left + r.width + SLACK_PX && p.y > r.top - SLACK_PX && p.y < r.top + r.height + SLACK_PX;
  const line = (point && shown.find((r) => inside(r, point))) ?? shown[0]!;
  const top = Math.min(...shown.map((r) => r.top));
  const bottom = Math.max(...shown.map((r) => r.top + r.height));
  return { left: line.left, top, width: line.width, height: bottom - top };
}
