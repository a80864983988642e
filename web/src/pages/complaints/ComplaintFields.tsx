import { COMPLAINT_TYPES, type ComplaintType } from '@prima/domain';
import { type ReactNode, useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, Field } from '../../components/Field';
import { errorAt } from '../../forms/problems';
import { numberOrNull, textOrNull } from '../../forms/resolver';
import { CharCounter } from './ui';

/**
 * The fields of a report, shared by the citizens' form and the officials' staff entry: type, category, service,
 * title, description (with a counter), date, location (address, or the device's position), the reporter's contact
 * and the two privacy choices, each with a plain explanation.
 */
export interface ComplaintFormValues {
  type: ComplaintType;
  categoryId: string;
  serviceId: string;
  title: string;
  description: string;
  serviceDate: string;
  location: { address: string; lat: string; lng: string };
  reporter: { name: string; email: string; phone: string };
  anonim: boolean;
  rahasia: boolean;
}

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 4000;

export const emptyComplaint = (): ComplaintFormValues => ({
  type: 'pengaduan',
  categoryId: '',
  serviceId: '',
  title: '',
  description: '',
  serviceDate: '',
  location: { address: '', lat: '', lng: '' },
  reporter: { name: '', email: '', phone: '' },
  anonim: false,
  rahasia: false,
});

/** The form's text as the API's submission (same field names, so the schema's paths are the form's). */
export function toSubmission(v: ComplaintFormValues) {
  const lat = numberOrNull(v.location.lat);
  const lng = numberOrNull(v.location.lng);
  const address = textOrNull(v.location.address);
  const location = {
    ...(lat !== null ? { lat } : {}),
    ...(lng !== null ? { lng } : {}),
    ...(address !== null ? { address } : {}),
  };
  const name = textOrNull(v.reporter.name);
  const email = textOrNull(v.reporter.email);
  const phone = textOrNull(v.reporter.phone);
  return {
    type: v.type,
    categoryId: textOrNull(v.categoryId),
    serviceId: textOrNull(v.serviceId),
    title: v.title,
    description: v.description,
    serviceDate: textOrNull(v.serviceDate),
    location:
      Object.keys(location).length > 0
        ? (location as { lat?: number; lng?: number; address?: string })
        : null,
    reporter: {
      ...(name !== null ? { name } : {}),
      ...(email !== null ? { email } : {}),
      ...(phone !== null ? { phone } : {}),
    },
    anonim: v.anonim,
    rahasia: v.rahasia,
  };
}

export interface CategoryOption {
  id: string;
  name: string;
  group: string | null;
}

/** Labels of the fields, for the error summary. */
export function useComplaintLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    type: t('complaints.form.type'),
    categoryId: t('complaints.form.category'),
    serviceId: t('complaints.form.service'),
    title: t('complaints.form.title'),
    description: t('complaints.form.description'),
    serviceDate: t('complaints.form.serviceDate'),
    location: t('complaints.form.locationLegend'),
    'location.address': t('complaints.form.address'),
    'location.lat': t('complaints.form.lat'),
    'location.lng': t('complaints.form.lng'),
    reporter: t('complaints.form.reporterLegend'),
    'reporter.name': t('complaints.form.name'),
    'reporter.email': t('complaints.form.email'),
    'reporter.phone': t('complaints.form.phone'),
    anonim: t('complaints.form.anonim'),
    rahasia: t('complaints.form.rahasia'),
    attachmentIds: t('complaints.form.attachments'),
    channel: t('complaints.staff.channel'),
  };
}

/** Groups categories by their group (parent category or OPD) for <optgroup>s. */
function grouped(options: CategoryOption[]): [string, CategoryOption[]][] {
  const groups = new Map<string, CategoryOption[]>();
  for (const o of options) {
    const g = o.group ?? '';
    groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  return [...groups.entries()];
}

function LocationFields<T>({
  form,
  geolocation,
}: {
  form: UseFormReturn<ComplaintFormValues, unknown, T>;
  /** Offer the device's position (the citizen is where the problem is; staff at a desk are not). */
  geolocation: boolean;
}) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const [geo, setGeo] = useState<'idle' | 'locating' | 'found' | 'denied' | 'unsupported'>('idle');
  const [lat, lng] = useWatch({ control: form.control, name: ['location.lat', 'location.lng'] });

  function locate() {
    if (!('geolocation' in navigator)) {
      setGeo('unsupported');
      return;
    }
    setGeo('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        form.setValue('location.lat', pos.coords.latitude.toFixed(6), { shouldDirty: true });
        form.setValue('location.lng', pos.coords.longitude.toFixed(6), { shouldDirty: true });
        setGeo('found');
      },
      () => setGeo('denied'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <fieldset className="form__fieldset complaint-location" id="f-location" tabIndex={-1}>
      <legend className="form__legend">
        {t('complaints.form.locationLegend')}{' '}
        <span className="field__optional">({t('common.optional')})</span>
      </legend>
      <p className="field__hint">{t('complaints.form.locationHint')}</p>
      <Field
        name="location.address"
        label={t('complaints.form.address')}
        error={errorAt(errors, 'location.address')}
      >
        {(p) => (
          <input {...p} type="text" autoComplete="street-address" {...form.register('location.address')} />
        )}
      </Field>
      {geolocation && (
        <div className="complaint-location__geo">
          <button
            type="button"
            className="button button--secondary"
            onClick={locate}
            disabled={geo === 'locating'}
          >
            {geo === 'locating' ? t('complaints.form.locating') : t('complaints.form.useLocation')}
          </button>
          {(lat || lng) && (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                form.setValue('location.lat', '');
                form.setValue('location.lng', '');
                setGeo('idle');
              }}
            >
              {t('complaints.form.clearLocation')}
            </button>
          )}
        </div>
      )}
      {geolocation && (
        <p className="complaint-location__status" role="status">
          {geo === 'found' && lat && lng
            ? t('complaints.form.located', { lat, lng })
            : geo === 'denied'
              ? t('complaints.form.locationDenied')
              : geo === 'unsupported'
                ? t('complaints.form.locationUnsupported')
                : ''}
        </p>
      )}
      <div className="complaint-location__coords">
        <Field name="location.lat" label={t('complaints.form.lat')} error={errorAt(errors, 'location.lat')}>
          {(p) => <input {...p} type="text" inputMode="decimal" {...form.register('location.lat')} />}
        </Field>
        <Field name="location.lng" label={t('complaints.form.lng')} error={errorAt(errors, 'location.lng')}>
          {(p) => <input {...p} type="text" inputMode="decimal" {...form.register('location.lng')} />}
        </Field>
      </div>
    </fieldset>
  );
}

interface ComplaintFieldsProps<T> {
  form: UseFormReturn<ComplaintFormValues, unknown, T>;
  categories: CategoryOption[];
  services: { id: string; name: string }[];
  /** Shown between the description and the reporter's contact (attachments on the public form). */
  extra?: ReactNode;
  /** Staff entry: the contact and the choices are the reporter's, not "yours"; no device position. */
  staff?: boolean;
}

export function ComplaintFields<T>({ form, categories, services, extra, staff }: ComplaintFieldsProps<T>) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const description = useWatch({ control: form.control, name: 'description' }) ?? '';
  const err = (name: string) => errorAt(errors, name);

  return (
    <>
      <ChoiceGroup name="type" legend={t('complaints.form.type')} error={err('type')}>
        {COMPLAINT_TYPES.map((type) => (
          <label key={type} className="checkbox choice-card">
            <input
              type="radio"
              value={type}
              {...form.register('type')}
              aria-describedby={`type-${type}-hint`}
            />
            <span>
              <span className="choice-card__title">{t(`complaints.type.${type}`)}</span>
              <span className="choice-card__hint" id={`type-${type}-hint`}>
                {t(`complaints.typeHint.${type}`)}
              </span>
            </span>
          </label>
        ))}
      </ChoiceGroup>

      {categories.length > 0 && (
        <Field
          name="categoryId"
          label={t('complaints.form.category')}
          hint={t('complaints.form.categoryHint')}
          error={err('categoryId')}
        >
          {(p) => (
            <select {...p} {...form.register('categoryId')}>
              <option value="">{t('complaints.form.chooseCategory')}</option>
              {grouped(categories).map(([group, options]) =>
                group ? (
                  <optgroup key={group} label={group}>
                    {options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))
                ),
              )}
            </select>
          )}
        </Field>
      )}

      {services.length > 0 && (
        <Field name="serviceId" label={t('complaints.form.service')} error={err('serviceId')}>
          {(p) => (
            <select {...p} {...form.register('serviceId')}>
              <option value="">{t('complaints.form.chooseService')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <Field
        name="title"
        label={t('complaints.form.title')}
        hint={t('complaints.form.titleHint')}
        required
        error={err('title')}
      >
        {(p) => <input {...p} type="text" maxLength={140} {...form.register('title')} />}
      </Field>

      <Field
        name="description"
        label={t('complaints.form.description')}
        hint={t('complaints.form.descriptionHint')}
        required
        error={err('description')}
      >
        {(p) => (
          <>
            <textarea
              {...p}
              aria-describedby={[p['aria-describedby'], 'description-counter'].filter(Boolean).join(' ')}
              rows={6}
              maxLength={DESCRIPTION_MAX}
              {...form.register('description')}
            />
            <CharCounter
              id="description-counter"
              length={description.trim().length}
              min={DESCRIPTION_MIN}
              max={DESCRIPTION_MAX}
            />
          </>
        )}
      </Field>

      <Field
        name="serviceDate"
        label={t('complaints.form.serviceDate')}
        hint={t('complaints.form.serviceDateHint')}
        error={err('serviceDate')}
        className="field--narrow"
      >
        {(p) => <input {...p} type="date" {...form.register('serviceDate')} />}
      </Field>

      <LocationFields form={form} geolocation={!staff} />

      {extra}

      <fieldset className="form__fieldset" id="f-reporter" tabIndex={-1}>
        <legend className="form__legend">
          {staff ? t('complaints.staff.reporterLegend') : t('complaints.form.reporterLegend')}{' '}
          <span className="field__optional">({t('common.optional')})</span>
        </legend>
        <p className="field__hint">
          {staff ? t('complaints.staff.reporterHint') : t('complaints.form.reporterHint')}
        </p>
        <div className="form__grid">
          <Field
            name="reporter.name"
            label={t('complaints.form.name')}
            error={err('reporter.name')}
            className="form__wide"
          >
            {(p) => <input {...p} type="text" autoComplete="name" {...form.register('reporter.name')} />}
          </Field>
          <Field name="reporter.email" label={t('complaints.form.email')} error={err('reporter.email')}>
            {(p) => <input {...p} type="email" autoComplete="email" {...form.register('reporter.email')} />}
          </Field>
          <Field name="reporter.phone" label={t('complaints.form.phone')} error={err('reporter.phone')}>
            {(p) => <input {...p} type="tel" autoComplete="tel" {...form.register('reporter.phone')} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__fieldset privacy" id="f-anonim" tabIndex={-1}>
        <legend className="form__legend">{t('complaints.form.privacyLegend')}</legend>
        <label className="checkbox privacy__option">
          <input type="checkbox" aria-describedby="anonim-hint" {...form.register('anonim')} />
          <span>
            <span className="choice-card__title">{t('complaints.form.anonim')}</span>
            <span className="choice-card__hint" id="anonim-hint">
              {staff ? t('complaints.staff.anonimHint') : t('complaints.form.anonimHint')}
            </span>
          </span>
        </label>
        <label className="checkbox privacy__option" id="f-rahasia">
          <input type="checkbox" aria-describedby="rahasia-hint" {...form.register('rahasia')} />
          <span>
            <span className="choice-card__title">{t('complaints.form.rahasia')}</span>
            <span className="choice-card__hint" id="rahasia-hint">
              {t('complaints.form.rahasiaHint')}
            </span>
          </span>
        </label>
      </fieldset>
    </>
  );
}
