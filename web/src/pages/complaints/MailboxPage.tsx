import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MailboxError, useMailbox } from '../../api/complaints-mailbox';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { PublicShell } from '../public/PublicPemdaPage';
import './complaints.css';

/**
 * The development mailbox: what the local server's notification sender "sent" for a Pemda (the local stand-in for
 * the reporters' and officials' inboxes). In AWS, mail goes out through SES and there is no such page.
 */
export function MailboxPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const [input, setInput] = useState(slug);
  const mailbox = useMailbox(slug);
  const items = mailbox.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <PublicShell title={t('complaints.mailbox.title')}>
      <header className="page-header">
        <h1>{t('complaints.mailbox.title')}</h1>
        <p className="page-header__intro">{t('complaints.mailbox.intro')}</p>
      </header>
      <form
        className="mailbox-form"
        onSubmit={(e) => {
          e.preventDefault();
          const s = input.trim();
          if (s) navigate(`/dev/mailbox/${encodeURIComponent(s)}`);
        }}
      >
        <div className="field">
          <label htmlFor="mailbox-slug">{t('complaints.mailbox.slug')}</label>
          <input
            id="mailbox-slug"
            type="text"
            value={input}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => setInput(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {t('complaints.mailbox.show')}
        </button>
        {slug && (
          <button
            type="button"
            className="button button--secondary"
            disabled={mailbox.isFetching}
            onClick={() => void mailbox.refetch()}
          >
            ↻ {t('complaints.mailbox.refresh')}
          </button>
        )}
      </form>
      {!slug ? null : mailbox.isPending ? (
        <Loading />
      ) : mailbox.isError ? (
        mailbox.error instanceof MailboxError ? (
          <Notice tone="warning" role="alert">
            {mailbox.error.status === 0 ? (
              <p>{t('complaints.mailbox.unavailable')}</p>
            ) : (
              <p>{mailbox.error.message}</p>
            )}
          </Notice>
        ) : (
          <ProblemAlert error={mailbox.error} onRetry={() => void mailbox.refetch()} />
        )
      ) : items.length === 0 ? (
        <p className="empty">{t('complaints.mailbox.empty')}</p>
      ) : (
        <ol className="mailbox">
          {items.map((m) => (
            <li key={m.id} className="mail">
              <div className="mail__head">
                <h2 className="mail__subject">{m.subject}</h2>
                <Badge tone="info">{t(`complaints.mailbox.audience.${m.audience}`)}</Badge>
                {m.channel && <Badge>{m.channel === 'sms' ? 'SMS' : 'Email'}</Badge>}
              </div>
              <p className="mail__meta">
                {t('complaints.mailbox.to')}: <strong>{m.to ?? t('complaints.mailbox.noRecipient')}</strong>
                {m.sentAt && (
                  <> · {t('complaints.mailbox.sentAt', { date: formatDateTime(m.sentAt, locale) })}</>
                )}
                {' · '}
                <code>{m.template}</code>
              </p>
              <pre className="mail__body">{m.body}</pre>
              <p className="mail__link">
                <Link to={`/p/${encodeURIComponent(slug)}/lacak/${encodeURIComponent(m.trackingCode)}`}>
                  {t('complaints.mailbox.track')} ({m.trackingCode})
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <LoadMore
        hasNextPage={mailbox.hasNextPage}
        isFetchingNextPage={mailbox.isFetchingNextPage}
        fetchNextPage={() => mailbox.fetchNextPage()}
      />
    </PublicShell>
  );
}
