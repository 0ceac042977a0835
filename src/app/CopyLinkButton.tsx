import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore } from '../store';
import { encodeUrlState } from '../url/url-state';
import { urlStateOf } from './use-url-sync';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';

const CONFIRM_MS = 2500;

/** The link to what is on screen now (the address bar is written after a short delay, so build it fresh). */
export function currentLink(): string {
  return `${location.origin}${location.pathname}${location.search}${encodeUrlState(urlStateOf(appStore.getState()))}`;
}

/**
 * "Copy link" beside the language switch: the link already holds the whole view. On a phone whose browser has a
 * share sheet the same button opens it instead.
 */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const canShare = isPhone && typeof navigator.share === 'function';
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  const onClick = async () => {
    const url = currentLink();
    if (canShare) {
      try {
        await navigator.share({ title: t('share.shareTitle'), url });
        return;
      } catch (error) {
        // The user closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('share.copied'));
    } catch {
      setMessage(t('share.copyFailed'));
    }
  };

  return (
    <div className="share-host">
      <button
        type="button"
        className="header-tool"
        data-testid="copy-link"
        title={t('share.copyLinkHint')}
        onClick={() => void onClick()}
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
          <path
            d="M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-1 1m-.8 5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l1-1"
            transform="translate(0.5 -0.5)"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        <span className="header-tool-text">{canShare ? t('share.share') : t('share.copyLink')}</span>
      </button>
      <span className="share-toast-slot" role="status" aria-live="polite">
        {message && (
          <span className="share-toast" data-testid="copy-link-status">
            {message}
          </span>
        )}
      </span>
    </div>
  );
}
