import { afterEach, describe, expect, it } from 'vitest';
import { watchBody } from '../../entrypoints/every-page.content/body-watch';

const tick = () => new Promise((r) => setTimeout(r, 0));
let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

describe('watchBody', () => {
  it('tells when a new <body> is swapped in, with the new body', async () => {
    const seen: Array<HTMLElement | null> = [];
    stop = watchBody((b) => seen.push(b));
    const next = document.createElement('body');
    document.documentElement.replaceChild(next, document.body);
    await tick();
    expect(seen).toEqual([next]);
  });

  it('says nothing for changes inside the body or to the head', async () => {
    const seen: Array<HTMLElement | null> = [];
    stop = watchBody((b) => seen.push(b));
    document.body.append(document.createElement('p'));
    document.head.append(document.createElement('meta'));
    document.body.firstElementChild?.remove();
    await tick();
    expect(seen).toEqual([]);
  });

  it('follows a new root element, and the body put in it later', async () => {
    const seen: Array<HTMLElement | null> = [];
    stop = watchBody((b) => seen.push(b));
    const oldRoot = document.documentElement;
    const root = document.createElement('html');
    // As document.open() does: the root goes, a new one comes.
    oldRoot.remove();
    document.append(root);
    await tick();
    expect(seen).toEqual([null]);
    const body = document.createElement('body');
    root.append(body);
    await tick();
    expect(seen).toEqual([null, body]);
    root.remove();
    document.append(oldRoot);
  });
});
