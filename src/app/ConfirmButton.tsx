import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's label (e.g. "Remove"). */
  label: ReactNode;
  /** The question asked before acting, in the UI language. */
  question: string;
  onConfirm: () => void;
  className?: string;
  testId?: string;
}

/**
 * A destructive action asked in the page, in the app's language (the browser's own confirm box speaks the
 * browser's language and blocks the page): the first press asks, "confirm" acts, "cancel" or Esc goes back.
 */
export function ConfirmButton({ label, question, onConfirm, className, testId }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className={className} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setAsking(false);
      }}
    >
      <span className="confirm-question">{question}</span>{' '}
      <button
        ref={confirmRef}
        type="button"
        className={`${className ?? ''} confirm-yes`}
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {label}
      </button>{' '}
      <button type="button" className="link-button confirm-no" data-testid={testId ? `${testId}-cancel` : undefined} onClick={() => setAsking(false)}>
        {t('app.cancel')}
      </button>
    </span>
  );
}
