/** The person's settings as Preact state: loaded once, kept current when another page changes them. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../data/core/settings';
import { loadSettings, updateSettings, watchSettings } from '../data/browser/settings-store';

export function useSettings(): [Settings | null, (change: (s: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((s) => live && setSettings(s));
    void loadSettings().then((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const change = async (fn: (s: Settings) => Settings) => {
    setSettings(await updateSettings(fn));
  };
  return [settings, change];
}
