import type { z } from 'zod';
import type { Result } from '../result';
import { agreementMethods } from './agreements';
import { appMethods } from './app';
import { attachmentMethods } from './attachments';
import { auditMethods } from './audit';
import { caseSectionMethods } from './case-sections';
import { caseMethods } from './cases';
import { colleagueMethods } from './colleagues';
import { consentMethods } from './consents';
import { defineContract, type MethodSpec } from './define';
import { draftMethods } from './drafts';
import { jointReportMethods } from './joint-report';
import { keyMethods } from './keys';
import { recordMethods } from './records';
import { reportMethods } from './reports';
import { settingsMethods } from './settings';
import { vaultMethods } from './vault';

/** The single IPC contract between the renderer and main. Add a module's table here. */
export const contract = defineContract(
  appMethods,
  settingsMethods,
  vaultMethods,
  keyMethods,
  caseMethods,
  caseSectionMethods,
  consentMethods,
  attachmentMethods,
  recordMethods,
  agreementMethods,
  auditMethods,
  draftMethods,
  reportMethods,
  colleagueMethods,
  jointReportMethods,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

type SpecOf<M extends MethodName> = Contract[M] extends MethodSpec ? Contract[M] : never;
/** What a caller passes (before zod defaults and transforms). */
export type InputOf<M extends MethodName> = z.input<SpecOf<M>['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<M extends MethodName> = z.output<SpecOf<M>['input']>;
export type OutputOf<M extends MethodName> = SpecOf<M> extends MethodSpec<z.ZodType, infer O> ? O : never;

/** The shape the preload exposes on `window.fortrolig`: one function per method. */
export type ContractApi = {
  [M in MethodName]: undefined extends InputOf<M>
    ? (input?: InputOf<M>) => Promise<Result<OutputOf<M>>>
    : (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

/** Events main pushes to the renderer. Payloads carry no case content. */
export const EVENT_NAMES = ['vault.locked'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
export interface BridgeEvent {
  name: EventName;
  reason?: string;
}

export interface FortroligBridge {
  api: ContractApi;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

/** IPC channel names are derived, never written by hand, so they cannot drift. */
export const channelOf = (method: MethodName): string => `fortrolig:${method}`;
export const EVENT_CHANNEL = 'fortrolig:event';
