/**
 * A QR code to the same view, on paper, only when the deployment says where it is public (VITE_PUBLIC_URL at
 * build time): a link to localhost or an intranet file path would be useless on a leave-behind. Made locally
 * (uqr, loaded on demand), drawn as SVG; no online service.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';

const PUBLIC_URL: string | undefined = import.meta.env.VITE_PUBLIC_URL;

/** The public address of the current view: the deployment's URL with the state fragment, minus the print preview. */
export function publicViewUrl(publicUrl: string, hash: string): string {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  p.delete('print');
  p.delete('bi');
  const fragment = p.toString();
  return `${publicUrl.replace(/#.*$/, '')}${fragment ? `#${fragment}` : ''}`;
}

export function PrintQr() {
  const { t } = useTranslation();
  const view = useAppState((s) => s.view);
  const [modules, setModules] = useState<boolean[][] | null>(null);
  useEffect(() => {
    if (!PUBLIC_URL) return;
    let cancelled = false;
    // The link in the address bar is written a moment after a change; read it once it has settled.
    const timer = setTimeout(() => {
      void import('uqr').then(({ encode }) => {
        if (!cancelled) setModules(encode(publicViewUrl(PUBLIC_URL, location.hash), { ecc: 'M' }).data);
      });
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [view]);
  if (!PUBLIC_URL || !modules) return null;
  const size = modules.length;
  const path = modules.flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <figure className="print-qr" data-testid="print-qr">
      <svg viewBox={`-2 -2 ${size + 4} ${size + 4}`} width="72" height="72" role="img" aria-label={t('kit.print.qr')}>
        <rect x={-2} y={-2} width={size + 4} height={size + 4} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption>{t('kit.print.qr')}</figcaption>
    </figure>
  );
}
