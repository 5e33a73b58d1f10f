/** The brief highlight on a mark the popup jumped to, so the eye finds it after the scroll. */
import { FLASH_NAME } from '../../../data/contracts/page-names';

/** Long enough to catch the eye after the page scrolls, short enough not to linger as a mark. */
export const FLASH_MS = 1200;

export interface Flash {
  show(range: Range): void;
  dispose(): void;
}

export function flasher(highlight: Highlight): Flash {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    show(range) {
      if (timer) clearTimeout(timer);
      highlight.clear();
      highlight.add(range);
      CSS.highlights.set(FLASH_NAME, highlight);
      timer = setTimeout(() => {
        timer = null;
        highlight.clear();
        CSS.highlights.delete(FLASH_NAME);
      }, FLASH_MS);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      highlight.clear();
      // Only our own entry: the registry is shared with the page.
      if (CSS.highlights.get(FLASH_NAME) === highlight) CSS.highlights.delete(FLASH_NAME);
    },
  };
}
