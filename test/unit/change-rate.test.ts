import { describe, expect, it } from 'vitest';
import { changeRate } from '../../data/core/pacing/change-rate';

describe('changeRate', () => {
  it('says yes only once `limit` changes fall within the window', () => {
    const rate = changeRate(5, 500);
    // Four changes 100 ms apart: not yet a storm; the fifth makes five within 400 ms.
    expect([0, 100, 200, 300].map((t) => rate.note(t))).toEqual([false, false, false, false]);
    expect(rate.note(400)).toBe(true);
    expect(rate.note(450)).toBe(true);
  });

  it('a page that changes now and then never counts, however long it goes on', () => {
    const rate = changeRate(5, 500);
    for (let t = 0; t < 60_000; t += 150) expect(rate.note(t)).toBe(false);
  });

  it('calms down: after a pause, the window must fill again', () => {
    const rate = changeRate(3, 100);
    expect([0, 10, 20].map((t) => rate.note(t))).toEqual([false, false, true]);
    expect(rate.note(1000)).toBe(false);
    expect(rate.note(1010)).toBe(false);
    expect(rate.note(1020)).toBe(true);
  });

  it('the boundary: exactly `windowMs` from the oldest still counts', () => {
    const rate = changeRate(2, 100);
    rate.note(0);
    expect(rate.note(100)).toBe(true);
    expect(rate.note(201)).toBe(false);
  });
});
