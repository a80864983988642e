import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { isProblem, unwrap } from './problem';

/** Citizens' survey pages: no sign-in, the Pemda named by its slug. */
export const publicSurveyKeys = {
  open: (slug: string) => ['public', slug, 'surveys'] as const,
  form: (slug: string, campaignId: string) => ['public', slug, 'surveys', campaignId] as const,
  ikm: (slug: string) => ['public', slug, 'ikm'] as const,
};

/** Problems of a public page that retrying will not fix. */
const final = (e: unknown) => isProblem(e) && e.status < 500;
const retry = (count: number, e: unknown) => !final(e) && count < 3;

const fetchOpenSurveys = async (slug: string) =>
  unwrap(await api.public[':slug'].surveys.$get({ param: { slug }, query: {} }));
export type OpenSurvey = Awaited<ReturnType<typeof fetchOpenSurveys>>['items'][number];

export const useOpenSurveys = (slug: string) =>
  useQuery({ queryKey: publicSurveyKeys.open(slug), retry, queryFn: () => fetchOpenSurveys(slug) });

const fetchForm = async (slug: string, campaignId: string) =>
  unwrap(await api.public[':slug'].surveys[':campaignId'].$get({ param: { slug, campaignId } }));
export type PublicSurveyForm = Awaited<ReturnType<typeof fetchForm>>;
export type PublicSurveyItem = PublicSurveyForm['template']['items'][number];

export const usePublicSurveyForm = (slug: string, campaignId: string) =>
  useQuery({
    queryKey: publicSurveyKeys.form(slug, campaignId),
    retry,
    staleTime: 5 * 60_000,
    queryFn: () => fetchForm(slug, campaignId),
  });

type SubmissionBody = Parameters<(typeof api.public)[':slug']['surveys'][':campaignId']['$post']>[0]['json'];
export type SurveySubmission = SubmissionBody;

/**
 * Sends the answers. The same Idempotency-Key on a retry (after a lost answer) returns the first receipt instead of
 * counting twice.
 */
export const useSubmitSurvey = (slug: string, campaignId: string) =>
  useMutation({
    mutationFn: async ({ body, key }: { body: SubmissionBody; key: string }) =>
      unwrap(
        await api.public[':slug'].surveys[':campaignId'].$post({
          param: { slug, campaignId },
          json: body,
          header: { 'idempotency-key': key },
        }),
      ),
  });

const fetchPublication = async (slug: string) =>
  unwrap(await api.public[':slug'].ikm.$get({ param: { slug } }));
export type IkmPublication = Awaited<ReturnType<typeof fetchPublication>>;

export const usePublication = (slug: string) =>
  useQuery({ queryKey: publicSurveyKeys.ikm(slug), retry, queryFn: () => fetchPublication(slug) });

/** A random key for one submission (kept across its retries). */
export function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
