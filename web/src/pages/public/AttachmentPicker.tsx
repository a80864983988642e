import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_TYPES,
  isAttachmentType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  uploadAttachment,
} from '../../api/complaints-public';
import { isProblem } from '../../api/problem';
import { useProblemTitle } from '../../components/ProblemAlert';
import { messageText } from '../../forms/problems';
import { useLocale } from '../../i18n';
import { formatSize } from '../complaints/ui';

interface Item {
  key: string;
  file: File;
  status: 'uploading' | 'ready' | 'failed';
  progress: number;
  uploadId?: string;
  error?: string;
}

export interface AttachmentState {
  /** Upload ids of the files that are checked and ready. */
  ids: string[];
  /** Some file is still uploading or failed: the report should wait. */
  pending: boolean;
}

let counter = 0;

/**
 * Attachments of a citizen's report: images and PDF up to 5 MB, checked here first (type and size) and again by
 * the API. Each file is uploaded at once (progress shown), then checked and cleaned by the API; a failed one can
 * be uploaded again or removed.
 */
export function AttachmentPicker({
  slug,
  error,
  onChange,
}: {
  slug: string;
  error?: string | undefined;
  onChange: (state: AttachmentState) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemTitle = useProblemTitle();
  const id = useId();
  const [items, setItems] = useState<Item[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    onChange({
      ids: items.filter((i) => i.status === 'ready' && i.uploadId).map((i) => i.uploadId as string),
      pending: items.some((i) => i.status !== 'ready'),
    });
  }, [items, onChange]);

  useEffect(() => {
    const map = controllers.current;
    return () => {
      for (const c of map.values()) c.abort();
    };
  }, []);

  const update = (key: string, patch: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  async function start(key: string, file: File) {
    const controller = new AbortController();
    controllers.current.set(key, controller);
    update(key, { status: 'uploading', progress: 0, error: undefined });
    try {
      const done = await uploadAttachment(
        slug,
        file,
        (share) => update(key, { progress: share }),
        controller.signal,
      );
      update(key, { status: 'ready', progress: 1, uploadId: done.uploadId });
    } catch (e) {
      if (controller.signal.aborted) return;
      const reason = isProblem(e) ? messageText(e.errors[0]?.message ?? e.title, locale) : problemTitle(e);
      update(key, { status: 'failed', error: reason });
    } finally {
      controllers.current.delete(key);
    }
  }

  function pick(files: FileList | null) {
    if (!files) return;
    setNotice(null);
    const room = MAX_ATTACHMENTS - items.length;
    const chosen = [...files];
    if (chosen.length > room) setNotice(t('complaints.form.tooMany', { max: MAX_ATTACHMENTS }));
    const added: Item[] = [];
    for (const file of chosen.slice(0, Math.max(0, room))) {
      const key = `a${counter++}`;
      const problem = !isAttachmentType(file.type)
        ? t('complaints.form.wrongType')
        : file.size > MAX_ATTACHMENT_BYTES
          ? t('complaints.form.tooLarge')
          : file.size === 0
            ? t('complaints.form.wrongType')
            : null;
      added.push({
        key,
        file,
        status: problem ? 'failed' : 'uploading',
        progress: 0,
        error: problem ?? undefined,
      });
    }
    setItems((list) => [...list, ...added]);
    for (const item of added) if (item.status === 'uploading') void start(item.key, item.file);
  }

  function remove(key: string) {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((i) => i.key !== key));
  }

  const inputId = 'f-attachmentIds';
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field attachments${error ? ' field--invalid' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={inputId}>
          {t('complaints.form.attachments')}
          <span className="field__optional"> ({t('common.optional')})</span>
        </label>
      </div>
      <p className="field__hint" id={hintId}>
        {t('complaints.form.attachmentsHint', { max: MAX_ATTACHMENTS })}
      </p>
      {/* The native control's own text follows the browser's language; this label follows the page's. */}
      <input
        id={inputId}
        className="visually-hidden attachments__input"
        type="file"
        multiple
        accept={ATTACHMENT_TYPES.join(',')}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
        disabled={items.length >= MAX_ATTACHMENTS}
        onChange={(e) => {
          pick(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <label htmlFor={inputId} className="button button--secondary attachments__choose">
        {t('complaints.form.chooseFiles')}
      </label>
      {notice && (
        <p className="field__error" role="alert">
          {notice}
        </p>
      )}
      {items.length > 0 && (
        <ul className="attachments__list">
          {items.map((i) => (
            <li key={i.key} className={`attachment attachment--${i.status}`}>
              <div className="attachment__head">
                <span className="attachment__name">{i.file.name}</span>
                <span className="attachment__size">{formatSize(i.file.size, locale)}</span>
              </div>
              {i.status === 'uploading' && (
                <progress
                  className="attachment__progress"
                  max={1}
                  value={i.progress}
                  aria-label={t('complaints.form.uploading', { name: i.file.name })}
                />
              )}
              <p className="attachment__status" role={i.status === 'failed' ? 'alert' : 'status'}>
                {i.status === 'uploading'
                  ? `${t('complaints.form.uploading', { name: i.file.name })} ${Math.round(i.progress * 100)}%`
                  : i.status === 'ready'
                    ? `✓ ${t('complaints.form.uploaded', { name: i.file.name })}`
                    : `⚠ ${t('complaints.form.uploadFailed', { name: i.file.name, reason: i.error ?? '' })}`}
              </p>
              <div className="attachment__actions">
                {i.status === 'failed' &&
                  isAttachmentType(i.file.type) &&
                  i.file.size <= MAX_ATTACHMENT_BYTES && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void start(i.key, i.file)}
                    >
                      {t('complaints.form.retryUpload')}
                    </button>
                  )}
                <button type="button" className="button button--ghost" onClick={() => remove(i.key)}>
                  {t('complaints.form.removeFile', { name: i.file.name })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {messageText(error, locale)}
        </p>
      )}
    </div>
  );
}
