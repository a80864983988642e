/**
 * 2,000 concurrent submissions (50 in flight at a time, against the in-process app): every one is stored with its
 * counters in one transaction, so the aggregates read back equal a recomputation from the stored raw responses.
 */
import {
  AGE_BANDS,
  computeIkm,
  DISABILITIES,
  EDUCATION_LEVELS,
  GENDERS,
  localDate,
  OCCUPATIONS,
  SKM_2017,
} from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { surveyResponses } from '@prima/store';
import { describe, expect, it } from 'vitest';
import { createService, createUnit } from '../support/fixtures';
import { call, newTenant, testApp } from '../support/harness';
import { inBatches, openCampaign, submit } from './support';

const local: LocalApp = await testApp();
const N = 2000;

type Results = {
  respondents: number;
  ikm: {
    ikm: number;
    ikmRaw: number;
    mutu: string;
    unsur: { code: string; nrr: number; nrrConverted: number; answers: number; sum: number; mutu: string }[];
    weakest: string[];
  };
  profile: {
    umur: { value: string; count: number }[];
    pendidikan: { value: string; count: number }[];
    disabilitasNotStated: number;
    layanan: { serviceId: string; count: number }[];
    suggestions: number;
  };
};

describe('2,000 concurrent submissions', () => {
  it('the counters equal a recomputation from the stored raw responses', { timeout: 600_000 }, async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const svcA = await createService(local, t, unit.id, { name: 'Penerbitan KTP-el' });
    const svcB = await createService(local, t, unit.id, { name: 'Kartu Keluarga' });
    const campaign = await openCampaign(local, t, { unitId: unit.id, population: 100_000 });

    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const bodies = Array.from({ length: N }, () => ({
      templateId: 'skm-2017',
      // Skewed, with some unsur left blank, so NRRs differ and ties are rare.
      answers: Object.fromEntries(
        SKM_2017.unsur
          .filter((_, u) => rnd(20) !== u)
          .map((u, k) => [u.code, 1 + Math.min(3, rnd(4) + (k % 2))]),
      ),
      profile: {
        umur: AGE_BANDS[rnd(AGE_BANDS.length)],
        jenisKelamin: GENDERS[rnd(2)],
        pendidikan: EDUCATION_LEVELS[rnd(EDUCATION_LEVELS.length)],
        pekerjaan: OCCUPATIONS[rnd(OCCUPATIONS.length)],
        ...(rnd(3) === 0 ? { disabilitas: DISABILITIES[rnd(DISABILITIES.length)] } : {}),
        ...(rnd(2) === 0 ? { serviceId: rnd(2) ? svcA.id : svcB.id } : {}),
        ...(rnd(10) === 0 ? { saran: `Saran nomor ${rnd(1000)}` } : {}),
      },
    }));

    const started = Date.now();
    const answers = await inBatches(bodies, 50, (b, i) =>
      submit(local, t.tenant.slug, campaign.id, b, { idempotencyKey: `beban-${campaign.id}-${i}` }),
    );
    const elapsed = Date.now() - started;
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.text.slice(0, 120)}`)).toEqual(
      [],
    );
    console.log(`${N} submissions in ${elapsed} ms (${((N / elapsed) * 1000).toFixed(0)}/s, 50 in flight)`);

    // The raw responses, as stored: exactly N, none twice.
    const raw = await surveyResponses.all(t.db, campaign.id);
    expect(raw).toHaveLength(N);
    expect(new Set(raw.map((r) => r.id)).size).toBe(N);
    const expected = computeIkm(
      SKM_2017,
      raw.map((r) => r.answers as Record<string, number>),
    );

    const period = localDate(new Date(), t.tenant.timeZone);
    const quarter = `${period.slice(0, 4)}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`;
    const read = async (path: string) => {
      const res = await call<Results>(local, 'GET', path, { token: t.adminToken });
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    const views = [
      await read(`/api/surveys/campaigns/${campaign.id}/results`),
      await read(`/api/surveys/results?unitId=${unit.id}&period=${quarter}`),
      await read(`/api/surveys/results?unitId=${unit.id}&period=${period.slice(0, 7)}`),
      await read(`/api/surveys/results?period=${period.slice(0, 4)}`),
    ];
    for (const v of views) {
      expect(v.respondents).toBe(N);
      expect(v.ikm.ikm).toBe(expected.ikm);
      expect(v.ikm.ikmRaw).toBe(expected.ikmRaw);
      expect(v.ikm.mutu).toBe(expected.mutu);
      expect(v.ikm.weakest).toEqual(expected.weakest);
      expect(v.ikm.unsur.map((u) => [u.code, u.answers, u.sum, u.nrr, u.nrrConverted, u.mutu])).toEqual(
        expected.unsur.map((u) => [u.code, u.answers, u.sum, u.nrr, u.nrrConverted, u.mutu]),
      );
    }

    // The profile breakdown equals a recount of the raw responses.
    const profile = views[0]!.profile;
    const countBy = (f: (r: (typeof raw)[number]) => string | null | undefined) => {
      const m = new Map<string, number>();
      for (const r of raw) {
        const k = f(r);
        if (k) m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    const umur = countBy((r) => r.profile.umur);
    for (const u of profile.umur) expect(u.count).toBe(umur.get(u.value) ?? 0);
    const pendidikan = countBy((r) => r.profile.pendidikan);
    for (const p of profile.pendidikan) expect(p.count).toBe(pendidikan.get(p.value) ?? 0);
    expect(profile.disabilitasNotStated).toBe(raw.filter((r) => !r.profile.disabilitas).length);
    const layanan = countBy((r) => r.serviceId);
    expect(Object.fromEntries(profile.layanan.map((l) => [l.serviceId, l.count]))).toEqual(
      Object.fromEntries(layanan),
    );
    expect(profile.suggestions).toBe(raw.filter((r) => r.saran).length);

    // Per service, too: the service aggregate equals the recomputation over that service's responses.
    const ofA = raw.filter((r) => r.serviceId === svcA.id);
    const serviceView = await read(`/api/surveys/results?serviceId=${svcA.id}&period=${quarter}`);
    expect(serviceView.respondents).toBe(ofA.length);
    expect(serviceView.ikm.ikm).toBe(
      computeIkm(
        SKM_2017,
        ofA.map((r) => r.answers as Record<string, number>),
      ).ikm,
    );

    // Retrying every submission with its key counts nothing more.
    const retries = await inBatches(bodies.slice(0, 200), 50, (b, i) =>
      submit(local, t.tenant.slug, campaign.id, b, { idempotencyKey: `beban-${campaign.id}-${i}` }),
    );
    expect(retries.every((r) => r.status === 200 && r.body.replayed)).toBe(true);
    expect((await read(`/api/surveys/campaigns/${campaign.id}/results`)).respondents).toBe(N);
  });
});
