import type { OrganisationalRole } from '../../../../shared/domain/vocabulary';

/**
 * The only role words the learning document uses. Detailed roles are folded so that no
 * row can point at a role few people hold: a leader is counted as an employee, an elected
 * politician and a trust-elected person as elected, a youth member as a member.
 * External parties keep a row of their own rather than being folded into a member row:
 * counting them as members would state something false about the organisation, and the
 * row is protected by the same thresholds as every other.
 */
export const COARSE_ROLES = ['employee', 'elected', 'volunteer', 'member', 'external'] as const;
export type CoarseRole = (typeof COARSE_ROLES)[number];

const COARSE_ROLE_OF: Readonly<Record<OrganisationalRole, CoarseRole>> = {
  leader: 'employee',
  employee: 'employee',
  elected_politician: 'elected',
  trust_elected: 'elected',
  member: 'member',
  youth_member: 'member',
  volunteer: 'volunteer',
  external: 'external',
};

export function coarsenRole(role: OrganisationalRole): CoarseRole {
  return COARSE_ROLE_OF[role];
}
