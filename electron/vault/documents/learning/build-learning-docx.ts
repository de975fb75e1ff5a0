import type { FileChild } from 'docx';
import type { Language } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import { bulletList, heading, paragraph, spacer, table } from '../common/blocks';
import { COMMON_TEXTS } from '../common/common-texts';
import { packDocument } from '../common/document-shell';
import { formatCount, formatPercent } from '../common/format';
import { parseDocumentInput } from '../common/input-schema';
import { learningDocumentInputSchema, type LearningDocumentInput, type LearningTableValue } from './learning-input';
import { LEARNING_TEXTS } from './learning-texts';
import { learningTitlePage } from './learning-title-page';

function formatValue(value: LearningTableValue, language: Language): string {
  switch (value.kind) {
    case 'count':
      return formatCount(value.count, language);
    case 'percentage':
      return formatPercent(value.percent, language);
    case 'suppressed':
      return value.marker;
  }
}

/**
 * Disclosure control decides what is shown; these checks only refuse input that breaks
 * the policy's rules outright, so a bug upstream cannot put a small count in print.
 */
function assertDisclosureSafe(input: LearningDocumentInput): void {
  if (input.period.from > input.period.to) {
    throw new AppError('INVALID_INPUT', 'Learning document period ends before it starts');
  }
  if (input.bandedTotal !== undefined && input.tables.length > 0) {
    throw new AppError('INVALID_INPUT', 'A period shown only as a banded total may not have tables');
  }
  const threshold = input.method.suppressionThreshold;
  input.tables.forEach((figureTable, tableIndex) => {
    figureTable.rows.forEach((row, rowIndex) => {
      if (row.value.kind === 'count' && row.value.count < threshold) {
        throw new AppError('INVALID_INPUT', 'Learning document table has a count below the suppression threshold', {
          tableIndex,
          rowIndex,
        });
      }
    });
  });
}

function figures(input: LearningDocumentInput): FileChild[] {
  const texts = LEARNING_TEXTS[input.language];
  if (input.bandedTotal !== undefined) {
    return [heading(texts.headings.casesInPeriod), paragraph(texts.bandedTotal(input.bandedTotal))];
  }
  if (input.tables.length === 0) return [];
  return [
    heading(texts.headings.figures),
    ...input.tables.flatMap((figureTable) => [
      heading(figureTable.title, { level: 2 }),
      ...(figureTable.rows.length === 0
        ? [paragraph(texts.withheldTable)]
        : [
            table({
              columnFractions: [0.7, 0.3],
              rows: figureTable.rows.map((row) => [row.label, formatValue(row.value, input.language)]),
            }),
            spacer(),
          ]),
    ]),
  ];
}

/**
 * The yearly anonymised learning document as a DOCX. It adds no date but the period and
 * no name of its own; every free text comes from the caller, which runs the
 * re-identification guard over that text and over the finished file.
 */
export async function buildLearningDocx(input: LearningDocumentInput): Promise<Buffer> {
  const learning = parseDocumentInput(learningDocumentInputSchema, input, 'Learning document');
  assertDisclosureSafe(learning);
  const texts = LEARNING_TEXTS[learning.language];
  const none = COMMON_TEXTS[learning.language].none;
  return packDocument({
    language: learning.language,
    kindTitle: texts.kindTitle,
    children: [
      ...learningTitlePage(learning),
      heading(texts.headings.method, { pageBreakBefore: true }),
      paragraph(texts.methodIntro(learning.method.suppressionThreshold)),
      ...bulletList(learning.method.rules, none),
      ...figures(learning),
      heading(texts.headings.learningPoints),
      ...bulletList(learning.learningPoints, none),
      heading(texts.headings.recommendations),
      ...bulletList(learning.recommendations, none),
    ],
  });
}
