import { ModalDialog } from '../../../components/modal-dialog';
import { SHORTCUTS } from '../lib/shortcuts';
import './shortcut-help.css';

interface ShortcutHelpDialogProps {
  open: boolean;
  onClose: () => void;
  enabled: boolean;
}

/** The list of single-key shortcuts and what does the same without them. */
export function ShortcutHelpDialog({ open, onClose, enabled }: ShortcutHelpDialogProps) {
  return (
    <ModalDialog open={open} onClose={onClose} className="modal shortcut-help" labelledBy="shortcut-help-title">
      <div className="shortcut-help-panel">
        <div className="dialog-heading">
          <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
          <button type="button" className="dialog-close" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="shortcut-help-status">
          {enabled ? 'Shortcuts are on. They never act while you type in a field.' : 'Shortcuts are off. Turn them on in Settings.'}
        </p>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Does</th>
              <th scope="col">Without the shortcut</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.key}>
                <td>
                  <kbd>{shortcut.key}</kbd>
                </td>
                <td>{shortcut.description}</td>
                <td>{shortcut.alternative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
