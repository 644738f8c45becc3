import type { ReactNode } from 'react';
import { ModalDialog } from '../../components/modal-dialog';

/** The section list as a modal drawer on narrow screens. */
export function SidebarDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <ModalDialog open={open} onClose={onClose} id="section-drawer" className="drawer" label="Sections menu">
      <div className="drawer-panel">
        <button type="button" className="drawer-close" onClick={onClose}>
          Close menu
        </button>
        {open ? children : null}
      </div>
    </ModalDialog>
  );
}
