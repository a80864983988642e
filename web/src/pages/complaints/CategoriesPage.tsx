import { type CreateCategoryInput, createCategorySchema } from '@prima/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type ComplaintCategory,
  useCategories,
  useCreateCategory,
  useUpdateCategory,
} from '../../api/complaints';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { errorAt } from '../../forms/problems';
import { domainResolver, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import './complaints.css';

interface CategoryValues {
  name: string;
  parentId: string;
  unitId: string;
  description: string;
}

const toInput = (v: CategoryValues) => ({
  name: v.name,
  parentId: textOrNull(v.parentId),
  unitId: textOrNull(v.unitId),
  description: textOrNull(v.description),
});

/** Categories in tree order (parents before their children), each with its depth. */
function treeOrder(all: ComplaintCategory[]): { c: ComplaintCategory; depth: number }[] {
  const ids = new Set(all.map((c) => c.id));
  const children = new Map<string | null, ComplaintCategory[]>();
  for (const c of all) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: { c: ComplaintCategory; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'id'))) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The ids below a category (a category cannot move under itself or one of them). */
function descendants(all: ComplaintCategory[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of all) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

interface CategoryFormProps {
  category?: ComplaintCategory;
  all: ComplaintCategory[];
  submitLabel: string;
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
  onCancel?: () => void;
  onSubmit: (input: CreateCategoryInput) => Promise<unknown>;
}

function CategoryForm({
  category,
  all,
  submitLabel,
  problem,
  onReset,
  onReload,
  onCancel,
  onSubmit,
}: CategoryFormProps) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const form = useForm<CategoryValues, unknown, CreateCategoryInput>({
    defaultValues: {
      name: orEmpty(category?.name),
      parentId: orEmpty(category?.parentId),
      unitId: orEmpty(category?.unitId),
      description: orEmpty(category?.description),
    },
    resolver: domainResolver(createCategorySchema, toInput),
  });
  const { errors, isSubmitting } = form.formState;
  const excluded = category ? descendants(all, category.id) : new Set<string>();
  const parents = treeOrder(all.filter((c) => !c.archived && !excluded.has(c.id)));
  const labels: Record<string, string> = {
    name: t('complaints.categories.name'),
    parentId: t('complaints.categories.parent'),
    unitId: t('complaints.categories.unit'),
    description: t('complaints.categories.description'),
  };
  const err = (n: keyof CategoryValues) => errorAt(errors, n);
  return (
    <form className="form" noValidate onSubmit={submitWith(form, { reset: onReset }, onSubmit)}>
      <div className="form__grid">
        <Field name="name" label={labels.name} required error={err('name')} className="form__wide">
          {(p) => <input {...p} type="text" maxLength={120} {...form.register('name')} />}
        </Field>
        <Field name="parentId" label={labels.parentId} error={err('parentId')}>
          {(p) => (
            <select {...p} {...form.register('parentId')}>
              <option value="">{t('complaints.categories.noParent')}</option>
              {parents.map(({ c, depth }) => (
                <option key={c.id} value={c.id}>
                  {`${'— '.repeat(depth)}${c.name}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="unitId" label={labels.unitId} error={err('unitId')}>
          {(p) => (
            <select {...p} {...form.register('unitId')}>
              <option value="">{t('complaints.categories.noUnit')}</option>
              {(units.data ?? [])
                .filter((u) => !u.archived || u.id === category?.unitId)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field
          name="description"
          label={labels.description}
          error={err('description')}
          className="form__wide"
        >
          {(p) => <textarea {...p} rows={2} maxLength={500} {...form.register('description')} />}
        </Field>
      </div>
      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function EditPanel({
  category,
  all,
  onClose,
}: {
  category: ComplaintCategory;
  all: ComplaintCategory[];
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCategory();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="category-edit">
      <h2 id="category-edit" ref={heading} tabIndex={-1}>
        {t('complaints.categories.editing')}: {category.name}
      </h2>
      <CategoryForm
        key={category.version}
        category={category}
        all={all}
        submitLabel={t('common.save')}
        problem={update.error}
        onReset={update.reset}
        onReload={() => onClose(false)}
        onCancel={() => onClose(false)}
        onSubmit={async (input) => {
          await update.mutateAsync({ id: category.id, input: { ...input, version: category.version } });
          onClose(true);
        }}
      />
    </section>
  );
}

/** The complaint category tree: create, rename, move, re-route to another OPD, archive. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('categories.write');
  const query = useCategories(true);
  const units = useAllUnits();
  const create = useCreateCategory();
  const archive = useUpdateCategory();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const all = query.data ?? [];
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const rows = treeOrder(showArchived ? all : all.filter((c) => !c.archived));
  const editingCategory = editing ? all.find((c) => c.id === editing) : undefined;

  return (
    <>
      <PageHeader title={t('complaints.categories.title')} intro={t('complaints.categories.intro')} />
      {notice && (
        <Notice tone="success" role="status">
          <p>{notice}</p>
        </Notice>
      )}
      {archive.isError && (
        <ProblemAlert
          error={archive.error}
          onRetry={() => {
            archive.reset();
            void query.refetch();
          }}
        />
      )}
      {canWrite && editingCategory && (
        <EditPanel
          key={editingCategory.id}
          category={editingCategory}
          all={all}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('complaints.categories.saved'));
            void query.refetch();
          }}
        />
      )}
      {canWrite && !editingCategory && (
        <section className="panel" aria-labelledby="category-new">
          <h2 id="category-new">{t('complaints.categories.add')}</h2>
          <CategoryForm
            key={round}
            all={all}
            submitLabel={t('complaints.categories.add')}
            problem={create.error}
            onReset={create.reset}
            onSubmit={async (input) => {
              setNotice(null);
              const created = await create.mutateAsync(input);
              setNotice(t('complaints.categories.created', { name: created.name }));
              setRound((r) => r + 1);
            }}
          />
        </section>
      )}
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('complaints.categories.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('complaints.categories.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complaints.categories.name')}</th>
                <th scope="col">{t('complaints.categories.unit')}</th>
                <th scope="col">{t('common.status')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ c, depth }) => (
                <tr key={c.id}>
                  <th scope="row">
                    <span className={`tree-name tree-name--${Math.min(depth, 4)}`}>
                      {depth > 0 && <span aria-hidden="true">↳ </span>}
                      {c.name}
                    </span>
                    {c.description && <span className="table__sub">{c.description}</span>}
                  </th>
                  <td>
                    {c.unitId ? (
                      (unitName.get(c.unitId) ?? '—')
                    ) : (
                      <span className="muted">{t('complaints.categories.noUnit')}</span>
                    )}
                  </td>
                  <td>
                    {c.archived ? (
                      <Badge tone="warning">{t('common.archived')}</Badge>
                    ) : (
                      <Badge tone="success">{t('common.active')}</Badge>
                    )}
                  </td>
                  {canWrite && (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('complaints.categories.editName', { name: c.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing(c.id);
                        }}
                      >
                        {t('common.edit')}
                      </button>
                      <ConfirmButton
                        tone={c.archived ? 'secondary' : 'danger'}
                        subject={c.name}
                        disabled={archive.isPending}
                        onConfirm={() =>
                          archive.mutate({ id: c.id, input: { archived: !c.archived, version: c.version } })
                        }
                      >
                        {c.archived ? t('common.unarchive') : t('common.archive')}
                      </ConfirmButton>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
