import { createHash } from 'node:crypto';
import type { IsoDate } from '../../../shared/domain/iso-date';
import { addDays } from '../../../shared/domain/iso-date';
import { SUPPORT_OFFERS, type AgreementStatus, type CaseStatus } from '../../../shared/domain/vocabulary';
import { insertSignature } from '../agreements/agreement-rows';
import { minimalPdf } from '../agreements/minimal-pdf';
import type { Database } from '../db/database';
import { requireCaseByReference } from '../records/case-access';
import type { ExportedCase } from '../records/exchange/export-format';
import { queryAll } from '../db/sql';
import { dayAfter, instantOn } from './demo-dates';
import { AGREEMENT_INVOLVEMENT, AGREEMENT_WISHES } from './pools-agreements';
import { demoPools, fillTemplate } from './pools';
import type { Prng } from './prng';

/*
 * Written agreements in every state a real case shows: a draft being written, one ready to
 * sign, signed on paper with the scan kept, confirmed orally, changed and signed again (the
 * first version superseded), being changed, and taken back by the person.
 */

type AgreementStory = 'draft' | 'ready' | 'signed' | 'signed_oral' | 'revised' | 'revising' | 'withdrawn';
const AGREED_STORIES: readonly AgreementStory[] = ['signed', 'signed', 'signed', 'signed_oral', 'revised', 'revising', 'ready', 'withdrawn'];

const REVISIONS = [
  'Efter en ny samtale er det aftalt, at opfølgningen rykkes en måned.',
  'Den berørte ønsker nu også, at Dialogrådet tilbyder mægling.',
  'Den berørte har valgt at tage en bisidder med til de næste samtaler.',
] as const;

interface AgreementContext {
  status: CaseStatus;
  today: IsoDate;
  people: { accused: string };
  history: ExportedCase['statusHistory'];
}

type Journal = Pick<ExportedCase, 'agreements' | 'attachments'>;
type DemoAgreement = ExportedCase['agreements'][number];

function storyFor(prng: Prng, context: AgreementContext): AgreementStory | null {
  if (context.history.some((change) => change.to === 'agreement_made')) return prng.pick(AGREED_STORIES);
  return context.status === 'in_dialogue' && prng.chance(0.25) ? 'draft' : null;
}

/** The day the story starts: when the case reached "agreement made", or a recent day for a draft. */
function startDay(prng: Prng, context: AgreementContext): IsoDate {
  const agreed = context.history.find((change) => change.to === 'agreement_made');
  if (agreed !== undefined) return agreed.changedAt.slice(0, 10);
  return dayAfter(prng, context.history.at(-1)?.changedAt.slice(0, 10) ?? context.today, 14, context.today);
}

function content(prng: Prng, context: AgreementContext, date: IsoDate, complete: boolean) {
  return {
    affectedPartyId: 1,
    contactPersons: ['secretariat_head' as const],
    wishes: fillTemplate(prng.pick(AGREEMENT_WISHES), { accused: context.people.accused }),
    disclosure: complete || prng.chance(0.5) ? fillTemplate(prng.pick(demoPools.consentScopes), { accused: context.people.accused }) : null,
    otherPartyInvolvement: complete ? prng.pick(AGREEMENT_INVOLVEMENT) : null,
    supportOffered: complete ? prng.sample(SUPPORT_OFFERS, prng.int(1, 3)) : [],
    nextSteps: complete ? [{ description: prng.pick(demoPools.taskTitles), dueDate: addDays(date, 30) }] : [],
  };
}

/** A scan of the signed paper: a real, small PDF that says it is a demo. */
function scan(prng: Prng, id: number, version: number, signedOn: IsoDate): ExportedCase['attachments'][number] {
  const pdf = minimalPdf([`Skriftlig aftale, version ${version}`, `Underskrevet ${signedOn}`, 'Demo - opdigtet sag']);
  return {
    id,
    fileName: `aftale-version-${version}-underskrevet.pdf`,
    mediaType: 'application/pdf',
    size: pdf.length,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    description: `Underskrevet aftale, version ${version}`,
    addedAt: instantOn(prng, signedOn),
    contentBase64: pdf.toString('base64'),
  };
}

export function demoAgreements(prng: Prng, context: AgreementContext): Journal {
  const story = storyFor(prng, context);
  if (story === null) return { agreements: [], attachments: [] };
  const attachments: ExportedCase['attachments'] = [];
  const version = (number: number, status: AgreementStatus, created: IsoDate, signing: { on: IsoDate; scanned: boolean } | null): DemoAgreement => {
    let signedCopyAttachmentId: number | null = null;
    if (signing?.scanned) {
      signedCopyAttachmentId = attachments.length + 1;
      attachments.push(scan(prng, signedCopyAttachmentId, number, signing.on));
    }
    const createdAt = instantOn(prng, created);
    return {
      version: number,
      status,
      ...content(prng, context, created, status !== 'draft'),
      signedOn: signing?.on ?? null,
      signedCopyAttachmentId,
      createdAt,
      updatedAt: signing === null ? createdAt : instantOn(prng, signing.on),
      statusHistory: [],
      signature: null,
    };
  };

  const day = startDay(prng, context);
  const signedOn = dayAfter(prng, day, 7, context.today);
  switch (story) {
    case 'draft':
      return { agreements: [version(1, 'draft', day, null)], attachments };
    case 'ready':
      return { agreements: [version(1, 'ready_to_sign', day, null)], attachments };
    case 'signed':
      return { agreements: [version(1, 'signed', day, { on: signedOn, scanned: true })], attachments };
    case 'signed_oral':
      return { agreements: [version(1, 'signed', day, { on: signedOn, scanned: false })], attachments };
    case 'withdrawn':
      return { agreements: [version(1, 'withdrawn', day, { on: signedOn, scanned: false })], attachments };
    case 'revising':
    case 'revised': {
      const first = version(1, story === 'revised' ? 'superseded' : 'signed', day, { on: signedOn, scanned: true });
      const changed = dayAfter(prng, signedOn, 60, context.today);
      const second =
        story === 'revised'
          ? version(2, 'signed', changed, { on: dayAfter(prng, changed, 10, context.today), scanned: true })
          : version(2, 'draft', changed, null);
      second.wishes = `${first.wishes ?? ''} ${prng.pick(REVISIONS)}`.trim();
      return { agreements: [first, second], attachments };
    }
  }
}

/**
 * The signature record of every demo version that was signed: the affected person and the
 * contact person signed; on paper when a scan is kept, else orally. Written after the case
 * itself, where the contact person's name is known.
 */
export function writeDemoSignatures(db: Database, reference: string, record: ExportedCase, contactPersonName: string | null): void {
  const signed = queryAll<{ id: number; signedOn: IsoDate; scanned: number }>(
    db,
    `SELECT id, signed_on AS signedOn, signed_copy_attachment_id IS NOT NULL AS scanned
     FROM agreements WHERE case_id = ? AND signed_on IS NOT NULL`,
    requireCaseByReference(db, reference).id,
  );
  const affected = record.parties.find((party) => party.role === 'affected')?.name ?? null;
  const signedBy = [affected, contactPersonName].filter((name): name is string => name !== null);
  for (const version of signed) {
    insertSignature(db, version.id, { signedBy, form: version.scanned === 1 ? 'written' : 'oral' }, `${version.signedOn}T15:00:00.000Z`);
  }
}
