interface ReaderSettingsButtonProps {
  expanded: boolean;
  onClick: () => void;
}

export function ReaderSettingsButton({ expanded, onClick }: ReaderSettingsButtonProps) {
  return (
    <button type="button" className="header-button reader-settings-button" aria-haspopup="dialog" aria-expanded={expanded} aria-controls="reader-settings" onClick={onClick}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
        <path d="M2 16 6.5 4h1L12 16M3.6 12h6.8M13 16l2.7-7h.6l2.7 7m-5.2-2.2h4.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span className="header-button-text">Settings</span>
    </button>
  );
}
