import { describe, expect, it } from 'vitest';
import { anchorBox } from '../../entrypoints/first-hover/anchor-box';

// "Tramell Tillman" wrapped in a narrow column: "Tramell" ends the first line, "Tillman" starts the second.
const first = { left: 426, top: 317, width: 50, height: 17 };
const second = { left: 360, top: 339, width: 50, height: 17 };

describe('anchorBox', () => {
  it('is as wide as the line under the pointer and as tall as the whole name', () => {
    expect(anchorBox([first, second], { x: 385, y: 347 })).toEqual({ left: 360, top: 317, width: 50, height: 39 });
    expect(anchorBox([first, second], { x: 450, y: 325 })).toEqual({ left: 426, top: 317, width: 50, height: 39 });
  });

  it('takes the first line without a point (the keyboard) or with a point on no line', () => {
    expect(anchorBox([first, second])).toEqual({ left: 426, top: 317, width: 50, height: 39 });
    expect(anchorBox([first, second], { x: 10, y: 10 })).toEqual({ left: 426, top: 317, width: 50, height: 39 });
  });

  it('allows a pointer 2 px off a line, as pointer events may be', () => {
    expect(anchorBox([first, second], { x: 359, y: 357 })?.left).toBe(360);
  });

  it('skips empty boxes, and has nothing for a name with no box (hidden, detached)', () => {
    expect(anchorBox([{ left: 0, top: 0, width: 0, height: 0 }, second])).toEqual(second);
    expect(anchorBox([])).toBeNull();
  });
});
