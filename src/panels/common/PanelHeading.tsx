import type { Ref } from 'react';

interface Badge {
  text: string;
  tone: string;
}

/** Title block shared by the detail panels: kind above, name, the other language's name, badges. */
export function PanelHeading(props: {
  id: string;
  kicker: string;
  title: string;
  subtitle?: string;
  subtitleLang?: string;
  badges?: readonly Badge[];
  /** The title takes focus when a list hands focus over (see app/focus-handoff). */
  titleRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <header className="detail-head">
      <p className="kicker">
        {props.kicker}
        {props.badges?.map((b) => (
          <span key={b.text} className={`badge badge-${b.tone}`} data-testid="badge">
            {b.text}
          </span>
        ))}
      </p>
      <h2 id={props.id} ref={props.titleRef} className="detail-title" tabIndex={-1}>
        {props.title}
      </h2>
      {props.subtitle && props.subtitle !== props.title && (
        <p className="detail-subtitle" lang={props.subtitleLang}>
          {props.subtitle}
        </p>
      )}
    </header>
  );
}
