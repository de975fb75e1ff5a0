import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/**
 * The top of every page, the same everywhere: an optional way back, the title (the
 * heading focus moves to after navigation), what stands beside it (a status), a line of
 * facts, and the page's own actions at the right.
 */
export function PageHeader({
  id,
  title,
  back,
  badge,
  meta,
  actions,
  className,
}: {
  /** The h1's id, for the page's aria-labelledby. */
  id: string;
  /** A page's own name for its header (e.g. `case-header`), besides `page-header`. */
  className?: string;
  title: string;
  back?: { href: string; label: string; navLabel: string };
  badge?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className={className ? `page-header ${className}` : 'page-header'}>
      {back && (
        <nav aria-label={back.navLabel}>
          <Link href={back.href} className="back-link">
            <ArrowLeft size={16} aria-hidden="true" />
            {back.label}
          </Link>
        </nav>
      )}
      <div className="page-header-row">
        <div className="page-header-title">
          <h1 id={id} tabIndex={-1}>
            {title}
          </h1>
          {badge}
        </div>
        {actions && <div className="page-header-actions">{actions}</div>}
      </div>
      {meta && <p className="page-meta">{meta}</p>}
    </header>
  );
}
