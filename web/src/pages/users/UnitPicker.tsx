import type { Unit } from '@prima/domain';
import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/Field';

interface UnitPickerProps<T extends FieldValues> {
  control: Control<T, unknown, unknown>;
  name: Path<T>;
  units: readonly Unit[];
  error?: string | undefined;
}

/** Several units, as a group of checkboxes (the units a unit officer works in). */
export function UnitPicker<T extends FieldValues>({ control, name, units, error }: UnitPickerProps<T>) {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  const selected = (field.value ?? []) as string[];
  const visible = units.filter((u) => !u.archived || selected.includes(u.id));
  const toggle = (id: string, on: boolean) =>
    field.onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <ChoiceGroup name={name} legend={t('users.unitsLegend')} hint={t('users.unitsHint')} error={error}>
      {visible.length === 0 && <p className="muted">{t('units.empty')}</p>}
      {visible.map((u) => (
        <label key={u.id} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={u.id}
            checked={selected.includes(u.id)}
            onChange={(e) => toggle(u.id, e.target.checked)}
            onBlur={field.onBlur}
          />
          {u.name}
        </label>
      ))}
    </ChoiceGroup>
  );
}
