import { useEffect, useRef, type ReactNode } from 'react';
import { keepFocusInside, syncDialog } from '../shared/dialog-focus';

type ModalDialogProps = {
  open: boolean;
  onClose: () => void;
  className: string;
  id?: string;
  children: ReactNode;
} & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never });

/**
 * A native modal <dialog>: the browser makes the page behind it inert, closes it on Escape and returns
 * focus to the opener; we add closing on a backdrop click and Tab cycling inside (the WAI-ARIA dialog pattern).
 */
export function ModalDialog({ open, onClose, className, id, label, labelledBy, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (ref.current) syncDialog(ref.current, open);
  }, [open]);

  return (
    <dialog
      ref={ref}
      id={id}
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose();
      }}
      onKeyDown={(event) => {
        if (ref.current) keepFocusInside(event, ref.current);
      }}
    >
      {children}
    </dialog>
  );
}
