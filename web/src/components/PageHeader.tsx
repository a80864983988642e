import { type ReactNode, useEffect } from 'react';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
}

/** The page's one h1, its lead text and its main actions; also names the browser tab. */
export function PageHeader({ title, intro, actions, back }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · Prima`;
  }, [title]);
  return (
    <header className="page-header">
      {back && <div className="page-header__back">{back}</div>}
      <div className="page-header__row">
        <div>
          <h1>{title}</h1>
          {intro && <p className="page-header__intro">{intro}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
