import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_TEMPLATES,
  assessmentAnswersSchema,
  assessmentChange,
  KSF_KEYS,
  ksfSelfAssessment,
  likertToHundred,
  QUALITY_CULTURE_TEMPLATE,
  SEVEN_S_TEMPLATE,
  scoreAssessment,
  statementCodes,
} from './assessment';
import { ikmToHundred, ksfScorecard, onTimeToHundred, servqualGapToHundred } from './ksf';

describe('the templates', () => {
  it('7S + environment: eight elements, the seven S and the environment', () => {
    expect(SEVEN_S_TEMPLATE.elements.map((e) => e.key)).toEqual([
      'strategy',
      'structure',
      'systems',
      'shared-values',
      'style',
      'staff',
      'skills',
      'environment',
    ]);
  });

  it('quality culture: the practices of DOMAIN.md §8', () => {
    expect(QUALITY_CULTURE_TEMPLATE.elements.map((e) => e.key)).toEqual([
      'feedback',
      'involvement',
      'teamwork',
      'accountability',
      'training',
      'internal-customers',
      'suppliers',
    ]);
  });

  it('every statement has a unique code and text in both languages', () => {
    for (const t of Object.values(ASSESSMENT_TEMPLATES)) {
      const codes = statementCodes(t);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of t.elements)
        for (const s of e.statements) {
          expect(s.text.id.length).toBeGreaterThan(10);
          expect(s.text.en.length).toBeGreaterThan(10);
        }
    }
  });

  it('every self-assessed key success factor is evidenced by some statement', () => {
    const tagged = new Set(
      Object.values(ASSESSMENT_TEMPLATES).flatMap((t) =>
        t.elements.flatMap((e) => e.statements.map((s) => s.ksf)),
      ),
    );
    for (const k of ['leadership', 'customer-focus', 'employee-empowerment', 'change-management'] as const)
      expect(tagged.has(k)).toBe(true);
    expect(KSF_KEYS).toHaveLength(7);
  });

  it('the answers schema takes 1–5 on known statements only, at least one', () => {
    const schema = assessmentAnswersSchema(QUALITY_CULTURE_TEMPLATE);
    expect(schema.safeParse({ FB1: 5, AC2: 1 }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ FB1: 6 }).success).toBe(false);
    expect(schema.safeParse({ FB1: 2.5 }).success).toBe(false);
    const unknown = schema.safeParse({ ZZ9: 3 });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toBe('assessment.unknownStatement');
  });
});

describe('scoring, by hand', () => {
  it('two officials on the quality culture: statement, element and overall means, 0–100', () => {
    // FB1: 4 and 5 → 4.5; FB2: 3 and 3 → 3; FB3: 2 (one answer) → 2. Feedback = (4.5 + 3 + 2) / 3 = 3.1667.
    // IR1: 5, 5 → 5; IR2 unanswered. Involvement = 5. Others unanswered → null.
    // Overall = (3.1667 + 5) / 2 = 4.0833; on 0–100: (4.0833 − 1) / 4 × 100 = 77.083.
    const s = scoreAssessment(QUALITY_CULTURE_TEMPLATE, [
      { FB1: 4, FB2: 3, FB3: 2, IR1: 5 },
      { FB1: 5, FB2: 3, IR1: 5 },
      {},
    ]);
    expect(s.respondents).toBe(2);
    const fb = s.elements.find((e) => e.key === 'feedback')!;
    expect(fb.statements.map((x) => x.score)).toEqual([4.5, 3, 2]);
    expect(fb.score).toBeCloseTo(9.5 / 3, 12);
    expect(fb.answered).toBe(3);
    const ir = s.elements.find((e) => e.key === 'involvement')!;
    expect(ir.score).toBe(5);
    expect(ir.score100).toBe(100);
    expect(ir.answered).toBe(1);
    expect(s.elements.find((e) => e.key === 'teamwork')!.score).toBeNull();
    expect(s.overall).toBeCloseTo((9.5 / 3 + 5) / 2, 12);
    expect(s.overall100).toBeCloseTo((((9.5 / 3 + 5) / 2 - 1) / 4) * 100, 10);
  });

  it('refuses an unknown statement or a score off the scale', () => {
    expect(() => scoreAssessment(SEVEN_S_TEMPLATE, [{ XX1: 3 }])).toThrow(RangeError);
    expect(() => scoreAssessment(SEVEN_S_TEMPLATE, [{ ST1: 0 }])).toThrow(RangeError);
  });

  it('change since the previous assessment, per element', () => {
    const before = scoreAssessment(SEVEN_S_TEMPLATE, [{ ST1: 2, ST2: 2, ST3: 2, SL1: 4 }]);
    const now = scoreAssessment(SEVEN_S_TEMPLATE, [{ ST1: 3, ST2: 4, ST3: 2, SK1: 5 }]);
    const change = assessmentChange(now, before);
    expect(change.find((c) => c.key === 'strategy')).toMatchObject({ score: 3, previous: 2, change: 1 });
    expect(change.find((c) => c.key === 'style')).toMatchObject({ score: null, previous: 4, change: null });
    expect(change.find((c) => c.key === 'skills')).toMatchObject({ score: 5, previous: null, change: null });
    expect(assessmentChange(now, null).every((c) => c.previous === null)).toBe(true);
  });

  it('1–5 on 0–100', () => {
    expect([1, 2, 3, 4, 5].map(likertToHundred)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('key success factors, by hand', () => {
  it('self-assessed factors are the mean of their tagged statements', () => {
    // Leadership: SL1 5, SL2 4, SL3 3 (7S) and AC1 4 (culture) → (5 + 4 + 3 + 4) / 4 = 4.
    // Customer focus: ST3 2, FB1 4 → 3. Nothing else tagged is answered.
    const seven = scoreAssessment(SEVEN_S_TEMPLATE, [{ SL1: 5, SL2: 4, SL3: 3, ST3: 2, ST1: 1 }]);
    const culture = scoreAssessment(QUALITY_CULTURE_TEMPLATE, [{ AC1: 4, FB1: 4, TW1: 5 }]);
    expect(ksfSelfAssessment([seven, culture])).toEqual({ leadership: 4, 'customer-focus': 3 });
  });

  it('normalisation: on-time share × 100, IKM (x − 25)/75, SERVQUAL 100 × (1 + gap/6) capped', () => {
    expect(onTimeToHundred(0.75)).toBe(75);
    expect(ikmToHundred(82)).toBe(76);
    expect(ikmToHundred(25)).toBe(0);
    expect(ikmToHundred(100)).toBe(100);
    expect(servqualGapToHundred(-1.5)).toBe(75);
    expect(servqualGapToHundred(0)).toBe(100);
    expect(servqualGapToHundred(0.8)).toBe(100);
    expect(servqualGapToHundred(-6)).toBe(0);
  });

  it('the scorecard prefers measurements and fills the rest from self-assessment', () => {
    // Measured: on-time 0.75 → 75; IKM 82 → 76; gap −1.5 → 75. Self: leadership 4.2 → 80, customer focus 3 → 50,
    // change management 2 → 25, complaint management 1 (ignored: measured). Empowerment: none.
    // Overall = (80 + 50 + 75 + 25 + 75 + 76) / 6 = 381 / 6 = 63.5.
    const card = ksfScorecard({
      measured: { complaintOnTimeRate: 0.75, ikm: 82, servqualGap: -1.5 },
      selfAssessed: {
        leadership: 4.2,
        'customer-focus': 3,
        'change-management': 2,
        'complaint-management': 1,
      },
    });
    const row = (k: string) => card.rows.find((r) => r.key === k)!;
    expect(card.rows.map((r) => r.key)).toEqual([
      'leadership',
      'customer-focus',
      'complaint-management',
      'employee-empowerment',
      'change-management',
      'servqual',
      'satisfaction-index',
    ]);
    expect(row('leadership')).toMatchObject({ source: 'self-assessment', raw: 4.2, scale: '1-5' });
    expect(row('leadership').score).toBeCloseTo(80, 10);
    expect(row('complaint-management')).toMatchObject({ source: 'measured', score: 75, raw: 0.75 });
    expect(row('satisfaction-index')).toMatchObject({ source: 'measured', score: 76 });
    expect(row('servqual')).toMatchObject({ source: 'measured', score: 75 });
    expect(row('employee-empowerment')).toMatchObject({ source: 'none', score: null });
    expect(card.overall).toBeCloseTo(63.5, 10);
  });

  it('a measured factor without data falls back to its statements, else stays empty', () => {
    const card = ksfScorecard({ measured: { ikm: null }, selfAssessed: { 'complaint-management': 5 } });
    expect(card.rows.find((r) => r.key === 'complaint-management')).toMatchObject({
      source: 'self-assessment',
      score: 100,
    });
    expect(card.rows.find((r) => r.key === 'satisfaction-index')!.source).toBe('none');
    expect(ksfScorecard({ measured: {}, selfAssessed: {} }).overall).toBeNull();
  });
});
