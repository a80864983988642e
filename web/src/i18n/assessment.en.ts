import type { assessmentId } from './assessment.id';
import type { Translations } from './en';

/** English strings of the Self-assessment pages: exactly the keys of assessment.id.ts. */
export const assessmentEn: Translations<typeof assessmentId> = {
  assessment: {
    title: 'Self-assessment',
    intro:
      "A unit's officials assess their own organisation every period with two instruments: the McKinsey 7S model " +
      'plus the environment, and quality culture. All officials’ answers are pooled, compared with the previous ' +
      'assessment, and feed the self-assessed key success factors.',
    ksfLink: 'Key success factors',
    filters: 'Unit and assessment period',
    unit: 'Service unit',
    period: 'Period',
    archived: '(archived)',
    noUnits:
      'You are not assigned to any service unit yet, so you cannot see or answer self-assessments. Ask the ' +
      'Pemda administrator.',
    method: 'How it is calculated',
    form: {
      heading: 'Your answers',
      intro:
        'Say how far you agree with each statement about {{unit}} in {{period}}. You may skip a statement you cannot ' +
        'judge; skipped statements do not count.',
      skip: 'Skip',
      answeredAt: 'You last answered on {{date}}. Save again to replace your answers.',
      notYet: 'You have not answered this instrument for this period yet.',
      progress: '{{answered}} of {{total}} statements answered',
      needOne: 'Answer at least one statement before saving.',
      save: 'Save answers',
      saving: 'Saving…',
      saved: 'Your answers are saved and the results are updated.',
      readOnly: "You can see this unit's results, but only the unit's officials answer its assessment.",
    },
    results: {
      heading: 'Results for {{period}}',
      respondents: 'Respondents',
      respondentsHint: 'officials who answered',
      overall: 'Overall score',
      overallHint: '1–5 scale · {{value}} on 0–100',
      previous: 'Previous assessment',
      previousHint: '{{period}} · {{n}} respondents',
      noPrevious: 'None yet',
      change: 'Change',
      changeHint: 'since {{period}}',
      empty:
        'No official has answered this instrument for {{unit}} in {{period}} yet. Results appear once at least one ' +
        'statement is answered.',
      lastAssessed: 'Last assessment: {{period}}, overall score {{value}} of 5 ({{n}} respondents).',
      caption: 'Scores per element, {{period}}',
      element: 'Element',
      score: 'Score (1–5)',
      score100: 'Score (0–100)',
      previousScore: 'Previous',
      changeScore: 'Change',
      answered: 'Statements answered',
      answeredValue: '{{answered}} of {{total}}',
      chartNote:
        'Radar chart: one axis per element, further out is better. Elements nobody answered sit at the centre. The ' +
        'table has the numbers.',
    },
    ksf: {
      title: 'Key success factors',
      intro:
        'The seven TQM key success factors on a 0–100 scale, for the whole Pemda or one service unit. Some are ' +
        "measured by Prima, the others are self-assessed by the unit's officials.",
      back: 'Self-assessment',
      scope: 'Scope',
      filters: 'Scope and period of the scorecard',
      wholePemda: 'Whole Pemda',
      heading: 'Scorecard of {{scope}}, {{period}}',
      whereFrom: 'Where the scores come from',
      measured:
        'Measured by Prima: the satisfaction index from the SKM (IKM), service quality from the SERVQUAL gap, and ' +
        'complaint management from the on-time rate of first responses to complaints.',
      selfAssessed:
        'Self-assessed: leadership, customer focus, employee empowerment and change management come from the ' +
        'related statements of the self-assessments (7S + environment and quality culture). Complaint management ' +
        'is self-assessed too as long as no complaint has been responded to.',
      periods:
        "For one unit, the self-assessment of the chosen period is used or, if there is none, the unit's latest " +
        'earlier one. For the whole Pemda, only all units’ assessments of the chosen period are used.',
      toAssessments: 'Answer or view the self-assessment of {{unit}}, {{period}}',
      toAssessmentsAny: "Open a service unit's self-assessment",
    },
  },
};
