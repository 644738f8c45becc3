import { ModalDialog } from '../../../components/modal-dialog';
import {
  FACES,
  FACE_LABELS,
  FONT_SIZES,
  FONT_SIZE_LABELS,
  LINE_WIDTHS,
  LINE_WIDTH_LABELS,
  THEMES,
  THEME_LABELS,
  type ReaderSettings,
} from '../lib/settings';
import { ChoiceGroup } from './choice-group';
import './reader-settings.css';

interface ReaderSettingsDialogProps {
  open: boolean;
  onClose: () => void;
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** Opens the list of keyboard shortcuts: the visible way to what `?` does. */
  onShowShortcuts: () => void;
}

/** Theme, text size, line width, typeface and shortcuts: applied as they are chosen and remembered. */
export function ReaderSettingsDialog({ open, onClose, settings, onChange, onShowShortcuts }: ReaderSettingsDialogProps) {
  return (
    <ModalDialog open={open} onClose={onClose} id="reader-settings" className="modal reader-settings" labelledBy="reader-settings-title">
      <div className="reader-settings-panel">
        <div className="dialog-heading">
          <h2 id="reader-settings-title">Reading settings</h2>
          <button type="button" className="dialog-close" onClick={onClose}>
            Close
          </button>
        </div>
        {open ? (
          <form className="reader-settings-form" onSubmit={(event) => event.preventDefault()}>
            <ChoiceGroup legend="Theme" name="theme" options={THEMES} labels={THEME_LABELS} value={settings.theme} onChange={(theme) => onChange({ theme })} optionClass={(theme) => `swatch swatch-${theme}`} />
            <ChoiceGroup legend="Text size" name="font-size" options={FONT_SIZES} labels={FONT_SIZE_LABELS} value={settings.fontSize} onChange={(fontSize) => onChange({ fontSize })} />
            <ChoiceGroup legend="Line width" name="line-width" options={LINE_WIDTHS} labels={LINE_WIDTH_LABELS} value={settings.lineWidth} onChange={(lineWidth) => onChange({ lineWidth })} />
            <ChoiceGroup legend="Typeface" name="face" options={FACES} labels={FACE_LABELS} value={settings.face} onChange={(face) => onChange({ face })} optionClass={(face) => `face-sample face-${face}`} />
            <fieldset className="choice-group">
              <legend>Keyboard</legend>
              <label className="toggle">
                <input type="checkbox" checked={settings.shortcuts} onChange={(event) => onChange({ shortcuts: event.target.checked })} />
                <span>Single-key shortcuts (j, k, /, t, ?)</span>
              </label>
              <button type="button" className="text-button" onClick={onShowShortcuts}>
                Show keyboard shortcuts
              </button>
            </fieldset>
          </form>
        ) : null}
      </div>
    </ModalDialog>
  );
}
