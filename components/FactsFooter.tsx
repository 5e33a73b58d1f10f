import { useUi } from './i18n';

/**
 * A card's footer: how recent the facts are, and, when they are shown in translation, that
 * they are, with the English originals one click away (for every fact in view).
 */
export function FactsFooter({ factsAsOf, message = 'factsAsOf' }: { factsAsOf: string; message?: 'factsAsOf' | 'overviewFooter' }) {
  const ui = useUi();
  return (
    <footer class="cc-footer">
      {ui.t(message, ui.date(factsAsOf))}
      {ui.translated && (
        <span class="cc-translated">
          {' · '}
          {ui.t('translatedFrom')}{' '}
          <button type="button" class="cc-link-button cc-original-toggle" onClick={() => ui.setOriginal(!ui.original)}>
            {ui.original ? ui.t('showTranslation') : ui.t('showOriginal')}
          </button>
        </span>
      )}
    </footer>
  );
}
