import { HOVER_DELAY_LABELS, HOVER_DELAYS, MARK_STYLE_LABELS, MARK_STYLES, type Settings } from '../data/core/settings';

function Choice<T extends string>({
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
  labels: Record<T, string>;
  value: T;
  onChange(v: T): void;
}) {
  return (
    <fieldset class="cc-fieldset">
      <legend class="cc-legend">{legend}</legend>
      {options.map((o) => (
        <label key={o} class="cc-radio">
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          <span>{labels[o]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How cards open and how marks look: the same fields in the popup and on the options page. */
export function SettingsFields({ settings, onChange }: { settings: Settings; onChange(change: Partial<Settings>): void }) {
  return (
    <div class="cc-settings">
      <Choice
        legend="Open a card"
        name="hoverDelay"
        options={HOVER_DELAYS}
        labels={HOVER_DELAY_LABELS}
        value={settings.hoverDelay}
        onChange={(hoverDelay) => onChange({ hoverDelay })}
      />
      <Choice
        legend="Mark names with"
        name="markStyle"
        options={MARK_STYLES}
        labels={MARK_STYLE_LABELS}
        value={settings.markStyle}
        onChange={(markStyle) => onChange({ markStyle })}
      />
    </div>
  );
}
