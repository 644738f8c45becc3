import { useEffect, useRef, type ReactNode } from 'react';
import { keepFocusInside, syncDialog } from '../../shared/dialog-focus';

/**
 * The section list as a modal drawer on narrow screens. The native <dialog> gives us the focus trap,
 * Escape to close and focus returned to the opening button; Tab is kept cycling inside while it is open.
 */
export function SidebarDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    syncDialog(dialog, open);
  }, [open]);

  return (
    <dialog
      ref={ref}
      id="section-drawer"
      className="drawer"
      aria-label="Sections menu"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose();
      }}
      onKeyDown={(event) => {
        if (ref.current) keepFocusInside(event, ref.current);
      }}
    >
      <div className="drawer-panel">
        <button type="button" className="drawer-close" onClick={onClose}>
          Close menu
        </button>
        {open ? children : null}
      </div>
    </dialog>
  );
}
