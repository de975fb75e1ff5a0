import type { SeverityStep } from '../../../../../shared/domain/severity';
import { useLabels } from '../../../components/use-labels';

/** The policy's steps as plain text, e.g. beside a suggestion not yet saved. */
export function StepList({ steps }: { steps: readonly SeverityStep[] }) {
  const words = useLabels();
  return (
    <ol className="step-list">
      {steps.map((step) => (
        <li key={step}>{words.severityStep[step]}</li>
      ))}
    </ol>
  );
}
