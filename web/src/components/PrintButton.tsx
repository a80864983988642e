/**
 * Prints the page: the printable pages (reports, records, the executive view, the QR poster) hide the app's chrome
 * and this button in print media, so what comes out is the document alone.
 */
export function PrintButton({ label, secondary }: { label: string; secondary?: boolean }) {
  return (
    <button
      type="button"
      className={`button ${secondary ? 'button--secondary' : 'button--primary'} no-print`}
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
