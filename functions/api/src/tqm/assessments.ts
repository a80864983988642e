/**
 * Self-assessment results (7S + environment, quality culture) and the key-success-factor scorecard of a unit or the
 * Pemda and period, from stored answers and the counters (IKM, complaint on-time rate, SERVQUAL gap).
 */
import {
  ASSESSMENT_TEMPLATE_IDS,
  ASSESSMENT_TEMPLATES,
  type AssessmentScore,
  type AssessmentTemplateId,
  assessmentChange,
  IKM_TEMPLATES,
  type IkmTemplateId,
  type IkmWeighting,
  ikmFromCounters,
  ksfScorecard,
  ksfSelfAssessment,
  type ParsedPeriod,
  parsePeriodKey,
  periodLabel,
  scoreAssessment,
  servqualFromCounters,
  type Unit,
} from '@prima/domain';
import { type AssessmentResponse, assessments, surveyAggregates, type TenantDb } from '@prima/store';
import { complaintFigures, complaintMonths } from './executive';

const unitRef = (u: Unit | null) => (u ? { id: u.id, name: u.name, shortName: u.shortName } : null);

/** The latest period a unit answered an instrument in that ended before `before` starts. */
function previousPeriod(
  answered: readonly { templateId: AssessmentTemplateId; period: string }[],
  templateId: AssessmentTemplateId,
  before: ParsedPeriod,
): ParsedPeriod | null {
  let best: ParsedPeriod | null = null;
  for (const a of answered) {
    if (a.templateId !== templateId) continue;
    const p = parsePeriodKey(a.period);
    if (!p || p.end >= before.start) continue;
    if (!best || p.end > best.end || (p.end === best.end && p.start > best.start)) best = p;
  }
  return best;
}

async function scoreOf(db: TenantDb, templateId: AssessmentTemplateId, unitId: string, period: string) {
  const responses = await assessments.responses(db, templateId, unitId, period);
  return scoreAssessment(
    ASSESSMENT_TEMPLATES[templateId],
    responses.map((r) => r.answers),
  );
}

/** Results of both instruments for a unit and period, each with the change since its previous assessment. */
export async function assessmentResults(db: TenantDb, unit: Unit, period: ParsedPeriod) {
  const answered = await assessments.periods(db, unit.id);
  const instruments = await Promise.all(
    ASSESSMENT_TEMPLATE_IDS.map(async (templateId) => {
      const current = await scoreOf(db, templateId, unit.id, period.key);
      const prevPeriod = previousPeriod(answered, templateId, period);
      const previous = prevPeriod ? await scoreOf(db, templateId, unit.id, prevPeriod.key) : null;
      const change = assessmentChange(current, previous);
      return {
        templateId,
        name: ASSESSMENT_TEMPLATES[templateId].name,
        respondents: current.respondents,
        overall: current.overall,
        overall100: current.overall100,
        previous:
          prevPeriod && previous
            ? {
                period: prevPeriod.key,
                periodLabel: periodLabel(prevPeriod),
                respondents: previous.respondents,
                overall: previous.overall,
              }
            : null,
        elements: current.elements.map((e, i) => ({
          key: e.key,
          name: e.name,
          score: e.score,
          score100: e.score100,
          previous: change[i]!.previous,
          change: change[i]!.change,
          answered: e.answered,
          statements: e.statements,
        })),
      };
    }),
  );
  return { unit: unitRef(unit), period: period.key, periodLabel: periodLabel(period), instruments };
}

/**
 * The assessment a unit's self-assessed KSFs of a period come from, per instrument: the latest one answered as of
 * the period's end (the period itself when answered, else the latest period ending within or before it), so a
 * year's scorecard uses the unit's latest triwulan assessment of that year.
 */
function latestAsOf(
  answered: readonly { templateId: AssessmentTemplateId; period: string }[],
  templateId: AssessmentTemplateId,
  period: ParsedPeriod,
): ParsedPeriod | null {
  if (answered.some((a) => a.templateId === templateId && a.period === period.key)) return period;
  let best: ParsedPeriod | null = null;
  for (const a of answered) {
    if (a.templateId !== templateId) continue;
    const p = parsePeriodKey(a.period);
    if (!p || p.end > period.end) continue;
    if (!best || p.end > best.end || (p.end === best.end && p.start > best.start)) best = p;
  }
  return best;
}

type SelfAssessment = { templateId: AssessmentTemplateId; period: string; respondents: number };
interface Answered {
  templateId: AssessmentTemplateId;
  period: string;
  responses: AssessmentResponse[];
}

/** A unit's self-assessments as of a period: per instrument, the latest answered (see `latestAsOf`). */
async function unitSelfAssessments(db: TenantDb, unitId: string, period: ParsedPeriod): Promise<Answered[]> {
  const answered = await assessments.periods(db, unitId);
  const found = await Promise.all(
    ASSESSMENT_TEMPLATE_IDS.map(async (templateId): Promise<Answered | null> => {
      const p = latestAsOf(answered, templateId, period);
      if (!p) return null;
      return {
        templateId,
        period: p.key,
        responses: await assessments.responses(db, templateId, unitId, p.key),
      };
    }),
  );
  return found.filter((f): f is Answered => f !== null && f.responses.length > 0);
}

/** Pools answers per instrument and names where they came from (instrument, period, respondents). */
function pooled(found: readonly Answered[]) {
  const scores: AssessmentScore[] = [];
  const from: SelfAssessment[] = [];
  for (const templateId of ASSESSMENT_TEMPLATE_IDS) {
    const mine = found.filter((f) => f.templateId === templateId);
    if (mine.length === 0) continue;
    scores.push(
      scoreAssessment(
        ASSESSMENT_TEMPLATES[templateId],
        mine.flatMap((f) => f.responses.map((r) => r.answers)),
      ),
    );
    const byPeriod = new Map<string, number>();
    for (const f of mine) byPeriod.set(f.period, (byPeriod.get(f.period) ?? 0) + f.responses.length);
    for (const [p, respondents] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b)))
      from.push({ templateId, period: p, respondents });
  }
  return { scores, from };
}

/**
 * The self-assessments behind a scorecard: the unit's own, or for the Pemda every active unit's (each as of the
 * period, as for a unit), pooled per instrument.
 */
async function selfAssessments(db: TenantDb, unitIds: readonly string[], period: ParsedPeriod) {
  const perUnit = await Promise.all(unitIds.map((u) => unitSelfAssessments(db, u, period)));
  return pooled(perUnit.flat());
}

export async function loadKsf(
  db: TenantDb,
  opts: {
    unit: Unit | null;
    units: readonly Unit[];
    period: ParsedPeriod;
    templateId: IkmTemplateId;
    weighting: IkmWeighting;
    /** The period's complaint month counters when the caller has read them already. */
    months?: Awaited<ReturnType<typeof complaintMonths>>;
  },
) {
  const { unit, period } = opts;
  const scope = (templateId: string) =>
    unit
      ? ({ kind: 'unit', templateId, unitId: unit.id, period: period.key } as const)
      : ({ kind: 'tenant', templateId, period: period.key } as const);
  const [ikmCounters, sqCounters, months, selves] = await Promise.all([
    surveyAggregates.read(db, scope(opts.templateId)),
    surveyAggregates.read(db, scope('servqual')),
    opts.months ?? complaintMonths(db, period),
    selfAssessments(db, unit ? [unit.id] : opts.units.filter((u) => !u.archived).map((u) => u.id), period),
  ]);
  const onTime = complaintFigures(months, unit?.id ?? null);
  const ikm = ikmFromCounters(IKM_TEMPLATES[opts.templateId], ikmCounters, opts.weighting).ikm;
  const sq = servqualFromCounters(sqCounters);
  const servqualGap = sq.weighted ?? sq.unweighted;
  const card = ksfScorecard({
    measured: { ikm, complaintOnTimeRate: onTime.onTimeRate, servqualGap },
    selfAssessed: ksfSelfAssessment(selves.scores),
  });
  return {
    unit: unitRef(unit),
    period: period.key,
    periodLabel: periodLabel(period),
    rows: card.rows,
    overall: card.overall,
    selfAssessedFrom: selves.from,
    measured: {
      ikm,
      complaintOnTimeRate: onTime.onTimeRate,
      servqualGap,
      servqualWeighted: servqualGap === null ? null : sq.weighted !== null,
    },
    method: card.method,
  };
}
