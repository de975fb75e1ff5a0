import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOverdueTasks } from '../../../api/use-cases';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate } from '../../../components/formatting';

/** Tasks past their due date across all cases, shown before anything else. */
export function OverduePanel() {
  const { t } = useTranslation();
  const overdue = useOverdueTasks();
  if (overdue.isError) return <ErrorMessage error={overdue.error} />;
  if (!overdue.data || overdue.data.length === 0) return null;
  return (
    <section aria-labelledby="overdue-title" className="card overdue-panel">
      <h2 id="overdue-title">{t('cases.overdue.title', { count: overdue.data.length })}</h2>
      <ul className="plain-list">
        {overdue.data.map((task) => (
          <li key={task.id}>
            <Link href={`/cases/${task.caseId}/tasks`}>{t('cases.case.title', { reference: task.reference })}</Link>: {task.title}{' '}
            <span className="overdue-flag">{t('cases.overdue.due', { date: task.dueDate ? formatDate(task.dueDate) : '—' })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
