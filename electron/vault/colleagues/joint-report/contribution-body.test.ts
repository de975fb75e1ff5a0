import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/categories';
import { appErrorOf } from '../../records/testing/app-error';
import { assertCombinable, computeJointAggregates } from './compute-joint-aggregates';
import { CONTRIBUTION_FORMAT_VERSION, parseContributionBody, type ContributionBody } from './contribution-body';
import { countCases } from './count-cases';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

function body(): ContributionBody {
  const facts = Array.from({ length: 8 }, () => ({
    category: 'sexism',
    context: null,
    status: 'received' as const,
    outcome: null,
    affectedRole: null,
    accusedRole: null,
    minorInvolved: false,
    stages: { handled: false, referred: false, policeReport: false },
    hasWrittenAgreement: false,
    offeredConversations: false,
    receivedDate: '2026-03-02',
    closedDate: null,
  }));
  return { formatVersion: CONTRIBUTION_FORMAT_VERSION, period: YEAR, counts: countCases(facts, YEAR, DEFAULT_CATEGORIES), published: [], learningPoints: [] };
}

describe("a colleague's contribution", () => {
  it('round-trips through JSON', () => {
    const original = body();
    expect(parseContributionBody(JSON.parse(JSON.stringify(original)))).toEqual(original);
  });

  it('is refused when its figures cannot be true, when it carries anything but figures and points, or a newer format', () => {
    const notAddingUp = body();
    notAddingUp.counts.distributions.category = { ...notAddingUp.counts.distributions.category, other: 3 };
    expect(appErrorOf(() => parseContributionBody(notAddingUp)).code).toBe('INVALID_INPUT');
    expect(appErrorOf(() => parseContributionBody({ ...body(), caseSummaries: ['Sagen om …'] })).code).toBe('INVALID_INPUT');
    expect(appErrorOf(() => parseContributionBody({ ...body(), formatVersion: 2 })).code).toBe('INVALID_INPUT');
    const inverted = { ...body(), period: { from: '2026-12-31', to: '2026-01-01' } };
    expect(appErrorOf(() => parseContributionBody(inverted)).code).toBe('INVALID_INPUT');
  });

  it('is refused in the joint report when it counts cases under a category this vault does not have', () => {
    const own = body();
    const colleague = body();
    colleague.counts.distributions.category = { ...colleague.counts.distributions.category, sexism: 5, stalking: 3 };
    const error = appErrorOf(() =>
      computeJointAggregates({
        period: YEAR,
        categories: DEFAULT_CATEGORIES,
        sides: [own, colleague].map((side) => ({ counts: side.counts, samePeriodReport: null })),
        published: [],
      }),
    );
    expect(error.code).toBe('CONTRIBUTION_CATEGORIES_MISMATCH');
    expect(error.details).toEqual({ table: 'category' });
    expect(appErrorOf(() => assertCombinable(colleague.counts, DEFAULT_CATEGORIES)).code).toBe('CONTRIBUTION_CATEGORIES_MISMATCH');
    expect(() => assertCombinable(own.counts, DEFAULT_CATEGORIES)).not.toThrow();
  });
});
