import {
  type Category,
  COMPLAINT_TYPES,
  type ComplaintType,
  type Locale,
  type Localized,
  type Unit,
} from '@prima/domain';
import { categories, type TenantDb, units } from '@prima/store';
import type { Value } from './format';

/**
 * Services are the tenant's complaint categories: `service_code` is the category id. The leaves of the category tree
 * are the services a client offers; a parent category is the `group` of its children, and a top-level leaf is
 * grouped under the OPD it routes to. Every service has the same attributes (the choices a citizen makes on the web
 * form besides the category), so `metadata` is true for all and the definition lists them.
 */
export interface Catalogue {
  byId: ReadonlyMap<string, Category>;
  units: ReadonlyMap<string, Unit>;
  /** Active leaf categories, by group then name. */
  services: readonly Category[];
}

export async function loadCatalogue(db: TenantDb): Promise<Catalogue> {
  const [cats, us] = await Promise.all([categories.all(db), units.all(db)]);
  const byId = new Map(cats.map((c) => [c.id, c]));
  const unitMap = new Map(us.map((u) => [u.id, u]));
  const hasActiveChild = new Set(cats.filter((c) => !c.archived && c.parentId).map((c) => c.parentId));
  const catalogue = { byId, units: unitMap, services: [] as Category[] };
  catalogue.services = cats
    .filter((c) => !c.archived && !hasActiveChild.has(c.id))
    .map((c) => ({ c, group: groupOf(c, catalogue) ?? '' }))
    .sort((a, b) => a.group.localeCompare(b.group, 'id') || a.c.name.localeCompare(b.c.name, 'id'))
    .map(({ c }) => c);
  return catalogue;
}

/** The active service with this code, if it is one. */
export const serviceByCode = (catalogue: Catalogue, code: string): Category | undefined =>
  catalogue.services.find((s) => s.id === code);

/** The OPD a category routes to: its own, else its nearest ancestor's. */
export function unitOfCategory(category: Category, catalogue: Catalogue): Unit | undefined {
  const seen = new Set<string>();
  for (
    let c: Category | undefined = category;
    c && !seen.has(c.id);
    c = catalogue.byId.get(c.parentId ?? '')
  ) {
    seen.add(c.id);
    if (c.unitId) return catalogue.units.get(c.unitId);
  }
  return undefined;
}

/** The parent category's name, else the OPD's name. */
function groupOf(category: Category, catalogue: Catalogue): string | null {
  const parent = category.parentId ? catalogue.byId.get(category.parentId) : undefined;
  return parent?.name ?? unitOfCategory(category, catalogue)?.name ?? null;
}

/** Synonyms of the service and its group: the parent category, the OPD's name and short name. */
function keywordsOf(category: Category, catalogue: Catalogue): string | null {
  const parent = category.parentId ? catalogue.byId.get(category.parentId) : undefined;
  const unit = unitOfCategory(category, catalogue);
  const words = [parent?.name, unit?.shortName, unit?.name].filter(
    (w): w is string => !!w && w !== category.name,
  );
  return words.length ? [...new Set(words)].join(', ') : null;
}

/** One entry of GET Service List. */
export function serviceEntry(category: Category, catalogue: Catalogue): Value {
  return {
    service_code: category.id,
    service_name: category.name,
    description: category.description,
    metadata: true,
    type: 'realtime',
    keywords: keywordsOf(category, catalogue),
    group: groupOf(category, catalogue),
  };
}

/** When the services or their definitions last changed (Service Discovery's changeset). */
export function changesetOf(catalogue: Catalogue): Date {
  const times = [...catalogue.byId.values(), ...catalogue.units.values()].map((x) => Date.parse(x.updatedAt));
  return new Date(Math.max(Date.parse(DEFINITIONS_CHANGED), ...times.filter((t) => !Number.isNaN(t))));
}

/** The last change of the attribute definitions below: bump it when they change, so clients refresh. */
export const DEFINITIONS_CHANGED = '2026-11-29T00:00:00Z';

export interface AttributeDefinition {
  code: string;
  datatype: 'singlevaluelist' | 'datetime';
  order: number;
  description: Localized;
  datatypeDescription: Localized;
  values?: readonly { key: string; name: Localized }[];
}

const TYPE_NAMES: Record<ComplaintType, Localized> = {
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  aspirasi: { id: 'Aspirasi', en: 'Suggestion' },
  'permintaan-informasi': { id: 'Permintaan informasi', en: 'Request for information' },
};

const YES_NO = [
  { key: 'false', name: { id: 'Tidak', en: 'No' } },
  { key: 'true', name: { id: 'Ya', en: 'Yes' } },
] as const;

/** The attributes of every service, with the Prima field each one fills. None is required. */
export const ATTRIBUTES: readonly AttributeDefinition[] = [
  {
    code: 'jenis',
    datatype: 'singlevaluelist',
    order: 1,
    description: {
      id: 'Jenis laporan (bawaan: pengaduan)',
      en: 'Kind of report (default: complaint)',
    },
    datatypeDescription: { id: 'Pilih satu', en: 'Choose one' },
    values: COMPLAINT_TYPES.map((t) => ({ key: t, name: TYPE_NAMES[t] })),
  },
  {
    code: 'anonim',
    datatype: 'singlevaluelist',
    order: 2,
    description: {
      id: 'Anonim: identitas pelapor dirahasiakan dari siapa pun, termasuk petugas (bawaan: tidak)',
      en: "Anonymous: the reporter's identity is hidden from everyone, officials included (default: no)",
    },
    datatypeDescription: { id: 'Pilih satu', en: 'Choose one' },
    values: YES_NO,
  },
  {
    code: 'rahasia',
    datatype: 'singlevaluelist',
    order: 3,
    description: {
      id: 'Rahasia: isi laporan tidak pernah ditampilkan kepada publik, termasuk melalui API ini (bawaan: tidak)',
      en: 'Confidential: the report is never shown publicly, this API included (default: no)',
    },
    datatypeDescription: { id: 'Pilih satu', en: 'Choose one' },
    values: YES_NO,
  },
  {
    code: 'tanggal_layanan',
    datatype: 'datetime',
    order: 4,
    description: {
      id: 'Tanggal layanan yang diadukan, bila diketahui (pengaduan sebaiknya diajukan paling lambat 30 hari setelahnya)',
      en: 'Date of the service the report is about, when known (complaints should come within 30 days of it)',
    },
    datatypeDescription: {
      id: 'Tanggal ISO 8601, mis. 2026-03-01 atau 2026-03-01T09:00:00+07:00',
      en: 'ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T09:00:00+07:00',
    },
  },
];

/** GET Service Definition. */
export function serviceDefinition(code: string, locale: Locale): Value {
  return {
    service_code: code,
    attributes: ATTRIBUTES.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: false,
      datatype_description: a.datatypeDescription[locale],
      order: a.order,
      description: a.description[locale],
      ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: v.name[locale] })) } : {}),
    })),
  };
}
