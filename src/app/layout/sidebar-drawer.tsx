import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The section list as a modal drawer on narrow screens. The native <dialog> gives us the focus trap,
 * Escape to close and focus returned to the opening button without hand-written key handling.
 */
export function SidebarDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
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
