import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Category,
  categorySchema,
  createCategorySchema,
  idSchema,
  type Locale,
  updateCategorySchema,
} from '@prima/domain';
import { cannedReplies, categories, type TenantDb, units } from '@prima/store';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { fieldError, validationHook } from '../validation';

/**
 * Complaint categories (a per-tenant tree; a category routes to an OPD unit) and canned replies. Everyone who reads
 * complaints reads both; coordinators and admins (`categories.write`) change them.
 */
const tags = ['Complaint categories'];
const cannedTags = ['Canned replies'];
const categoryParams = z.object({ categoryId: idSchema });
const cannedParams = z.object({ cannedReplyId: idSchema });

const listQuery = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Also list archived categories (default: only active ones)' }),
});

/** The parent must be an active category of this tenant, and not the category itself or one below it. */
async function checkParent(
  db: TenantDb,
  parentId: string | null | undefined,
  self: string | null,
  locale: Locale,
): Promise<void> {
  if (!parentId) return;
  if (parentId === self) throw fieldError('parentId', 'category.cycle', locale);
  const all = await categories.all(db);
  const byId = new Map(all.map((c) => [c.id, c]));
  const parent = byId.get(parentId);
  if (!parent || parent.archived) throw fieldError('parentId', 'category.notFound', locale);
  // Walking up from the new parent must not meet the category itself.
  const seen = new Set<string>();
  for (let p: Category | undefined = parent; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
    if (p.id === self) throw fieldError('parentId', 'category.cycle', locale);
    if (seen.has(p.id)) break;
    seen.add(p.id);
  }
}

/** The unit a category routes to must be an active unit of this tenant. */
async function checkUnit(db: TenantDb, unitId: string | null | undefined, locale: Locale): Promise<void> {
  if (!unitId) return;
  const unit = await units.get(db, unitId);
  if (!unit || unit.archived) throw fieldError('unitId', 'unit.notFound', locale);
}

const localizedText = z.string().trim().min(1).max(4000);
const cannedTextSchema = z
  .union([localizedText, z.strictObject({ id: localizedText, en: localizedText.nullable().optional() })])
  .meta({
    description: 'One text for every language, or the text in Bahasa Indonesia (id) and English (en)',
    example: 'Terima kasih atas laporan Anda. Petugas kami akan meninjau lokasi dalam dua hari kerja.',
  });

const cannedReplySchema = z
  .object({
    id: idSchema,
    title: z.string(),
    text: z.object({ id: z.string(), en: z.string().nullable() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'CannedReply' });

const createCannedSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(120).meta({ example: 'Laporan diterima, survei lokasi' }),
    text: cannedTextSchema,
  })
  .meta({ id: 'CreateCannedReply' });

const updateCannedSchema = z
  .strictObject({
    title: createCannedSchema.shape.title.optional(),
    text: cannedTextSchema.optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateCannedReply', example: { title: 'Laporan diterima', version: 1 } });

const normalizedText = (t: z.infer<typeof cannedTextSchema>) =>
  typeof t === 'string' ? { id: t, en: null } : { id: t.id, en: t.en ?? null };

const byName = (a: { name?: string; title?: string }, b: { name?: string; title?: string }) =>
  (a.name ?? a.title ?? '').localeCompare(b.name ?? b.title ?? '', 'id');

export const categoryRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/categories',
      tags,
      summary: 'The complaint category tree (flat, by name; `parentId` links the tree)',
      security: bearer,
      request: { query: listQuery },
      responses: { 200: json(z.object({ items: z.array(categorySchema) }), 'Categories') },
    }),
    async (c) => {
      const { db } = allow(c, 'complaints.read');
      const all = await categories.all(db);
      const withArchived = c.req.valid('query').includeArchived === 'true';
      return c.json({ items: all.filter((x) => withArchived || !x.archived).sort(byName) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/categories',
      tags,
      summary: 'Create a complaint category',
      security: bearer,
      request: { body: body(createCategorySchema) },
      responses: { 201: json(categorySchema, 'The new category') },
    }),
    async (c) => {
      const { db } = allow(c, 'categories.write');
      const input = c.req.valid('json');
      await checkParent(db, input.parentId, null, c.var.locale);
      await checkUnit(db, input.unitId, c.var.locale);
      return c.json(await categories.create(db, input, nowIso(c)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/categories/{categoryId}',
      tags,
      summary: 'Get a complaint category',
      security: bearer,
      request: { params: categoryParams },
      responses: { 200: json(categorySchema, 'The category') },
    }),
    async (c) => {
      const { db } = allow(c, 'complaints.read');
      return c.json((await categories.get(db, c.req.valid('param').categoryId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/categories/{categoryId}',
      tags,
      summary: 'Rename, move, re-route or archive a complaint category',
      security: bearer,
      request: { params: categoryParams, body: body(updateCategorySchema) },
      responses: { 200: json(categorySchema, 'The changed category') },
    }),
    async (c) => {
      const { db } = allow(c, 'categories.write');
      const { categoryId } = c.req.valid('param');
      const input = c.req.valid('json');
      if (!(await categories.get(db, categoryId))) notFound();
      await checkParent(db, input.parentId, categoryId, c.var.locale);
      await checkUnit(db, input.unitId, c.var.locale);
      return c.json(await categories.update(db, categoryId, input, nowIso(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/canned-replies',
      tags: cannedTags,
      summary: 'Canned replies, by title',
      security: bearer,
      responses: { 200: json(z.object({ items: z.array(cannedReplySchema) }), 'Canned replies') },
    }),
    async (c) => {
      const { db } = allow(c, 'complaints.read');
      return c.json({ items: (await cannedReplies.all(db)).sort(byName) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/canned-replies',
      tags: cannedTags,
      summary: 'Create a canned reply',
      security: bearer,
      request: { body: body(createCannedSchema) },
      responses: { 201: json(cannedReplySchema, 'The new canned reply') },
    }),
    async (c) => {
      const { db } = allow(c, 'categories.write');
      const input = c.req.valid('json');
      return c.json(
        await cannedReplies.create(db, { title: input.title, text: normalizedText(input.text) }, nowIso(c)),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/canned-replies/{cannedReplyId}',
      tags: cannedTags,
      summary: 'Get a canned reply',
      security: bearer,
      request: { params: cannedParams },
      responses: { 200: json(cannedReplySchema, 'The canned reply') },
    }),
    async (c) => {
      const { db } = allow(c, 'complaints.read');
      return c.json((await cannedReplies.get(db, c.req.valid('param').cannedReplyId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/canned-replies/{cannedReplyId}',
      tags: cannedTags,
      summary: 'Change a canned reply',
      security: bearer,
      request: { params: cannedParams, body: body(updateCannedSchema) },
      responses: { 200: json(cannedReplySchema, 'The changed canned reply') },
    }),
    async (c) => {
      const { db } = allow(c, 'categories.write');
      const { title, text, version } = c.req.valid('json');
      return c.json(
        await cannedReplies.update(
          db,
          c.req.valid('param').cannedReplyId,
          { title, text: text === undefined ? undefined : normalizedText(text), version },
          nowIso(c),
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/canned-replies/{cannedReplyId}',
      tags: cannedTags,
      summary: 'Delete a canned reply',
      security: bearer,
      request: { params: cannedParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      const { db } = allow(c, 'categories.write');
      await cannedReplies.delete(db, c.req.valid('param').cannedReplyId);
      return c.body(null, 204);
    },
  );
