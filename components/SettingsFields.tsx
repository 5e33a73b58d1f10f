import { HOVER_DELAY_KEYS, HOVER_DELAYS, MARK_STYLE_KEYS, MARK_STYLES, type Settings } from '../data/core/settings';
import { useUi } from './i18n';

export function Choice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  /** Each option's words, as shown. */
  labels: (option: T) => string;
  value: T;
  onChange(v: T): void;
}) {
  return (
    <fieldset class="cc-fieldset">
      <legend class="cc-legend">{legend}</legend>
      {options.map((o) => (
        <label key={o} class="cc-radio">
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          <span>{labels(o)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How cards open and how marks look: the same fields in the popup and on the options page. */
export function SettingsFields({ settings, onChange }: { settings: Settings; onChange(change: Partial<Settings>): void }) {
  const { t } = useUi();
  return (
    <div class="cc-settings">
      <Choice
        legend={t('openACard')}
        name="hoverDelay"
        options={HOVER_DELAYS}
        labels={(o) => t(HOVER_DELAY_KEYS[o])}
        value={settings.hoverDelay}
        onChange={(hoverDelay) => onChange({ hoverDelay })}
      />
      <Choice
        legend={t('markNamesWith')}
        name="markStyle"
        options={MARK_STYLES}
        labels={(o) => t(MARK_STYLE_KEYS[o])}
        value={settings.markStyle}
        onChange={(markStyle) => onChange({ markStyle })}
      />
    </div>
  );
}
