import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { moveThroughPage } from '../../features/keyboard/lib/move-through-page';
import { ShortcutHelpDialog } from '../../features/keyboard/components/shortcut-help-dialog';
import { useKeyboardShortcuts } from '../../features/keyboard/use-keyboard-shortcuts';
import { UpdatePrompt } from '../../features/offline/components/update-prompt';
import { ReaderSettingsButton } from '../../features/reader-settings/components/reader-settings-button';
import { ReaderSettingsDialog } from '../../features/reader-settings/components/reader-settings-dialog';
import { THEME_LABELS, nextTheme } from '../../features/reader-settings/lib/settings';
import { useReaderSettings } from '../../features/reader-settings/use-reader-settings';

/** The search box the search feature renders in the header and on its page; `/` focuses it. */
const SEARCH_INPUT_ID = 'site-search';
const SEARCH_PATH = '/search';

/** Reading settings, keyboard shortcuts and the update prompt: the reader's tools, wired to each other here. */
export function ReaderTools() {
  const [settings, updateSettings] = useReaderSettings();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const navigate = useNavigate();

  useKeyboardShortcuts(settings.shortcuts, {
    next: () => moveThroughPage(document, 1),
    previous: () => moveThroughPage(document, -1),
    search: () => {
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      } else {
        void navigate(SEARCH_PATH);
      }
    },
    theme: () => {
      const theme = nextTheme(settings.theme);
      updateSettings({ theme });
      setAnnouncement(`Theme: ${THEME_LABELS[theme]}`);
    },
    help: () => setHelpOpen(true),
  });

  return (
    <>
      <ReaderSettingsButton expanded={settingsOpen} onClick={() => setSettingsOpen(true)} />
      <ReaderSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} settings={settings} onChange={updateSettings} onShowShortcuts={() => setHelpOpen(true)} />
      <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} enabled={settings.shortcuts} />
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <UpdatePrompt scriptUrl={`${import.meta.env.BASE_URL}sw.js`} enabled={import.meta.env.PROD} />
    </>
  );
}
