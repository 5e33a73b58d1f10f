import { useRef, useState } from 'preact/hooks';
import type { AskedMatch } from '../data/contracts/messages';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { Answer } from './Answer';
import { FilmOverview } from './FilmOverview';
import { useUi } from './i18n';

/**
 * A box in the popup where a sentence can be pasted or typed: on "Check", the same answer a
 * selection gets on the page. `match` is the statement matcher (the popup runs it itself).
 */
export function AskBox({
  index,
  match,
  onOpen,
}: {
  index: DatasetIndex;
  match: (text: string) => AskedMatch[];
  onOpen?: (id: string) => void;
}) {
  const { t } = useUi();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<{ text: string; matches: AskedMatch[] } | null>(null);
  const answer = useRef<HTMLDivElement>(null);
  const check = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    setAsked({ text: t, matches: match(t) });
    // The answer is below the box: bring it into view.
    requestAnimationFrame(() => answer.current?.scrollIntoView?.({ block: 'nearest' }));
  };
  return (
    <section class="cc-ask" aria-labelledby="cc-ask-title">
      <h2 class="cc-section" id="cc-ask-title">
        {t('askTitle')}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <textarea
          class="cc-input cc-ask-input"
          aria-labelledby="cc-ask-title"
          aria-describedby="cc-ask-hint"
          rows={3}
          placeholder={t('askPlaceholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter checks, as in a search box; Shift+Enter breaks the line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              check();
            }
          }}
        />
        <p id="cc-ask-hint" class="cc-visually-hidden">
          {t('askHint')}
        </p>
        <button type="submit" class="cc-button" disabled={text.trim() === ''}>
          {t('check')}
        </button>
      </form>
      <div ref={answer} aria-live="polite" class="cc-ask-answer">
        {asked && (
          <Answer
            asked={asked.text}
            matches={asked.matches}
            index={index}
            overview={() => <FilmOverview index={index} onOpen={onOpen} />}
          />
        )}
      </div>
    </section>
  );
}
