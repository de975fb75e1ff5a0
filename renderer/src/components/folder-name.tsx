import { FolderClosed } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** The folder's last part: what a person recognises from their file browser. */
export function folderBaseName(dir: string): string {
  const parts = dir.split(/[\\/]+/).filter(Boolean);
  return parts.at(-1) ?? dir;
}

/**
 * A vault folder as a person knows it: the app's own place on this computer, or the
 * folder's name; the full path only when asked for (IT support may need it).
 */
export function FolderName({ dir, defaultDir, label }: { dir: string; defaultDir: string | null; label: string }) {
  const { t } = useTranslation();
  const isDefault = defaultDir !== null && dir === defaultDir;
  return (
    <div className="folder-box">
      <FolderClosed size={22} aria-hidden="true" />
      <div>
        <p className="hint">{label}</p>
        <p className="folder-name">{isDefault ? t('folder.default') : t('folder.named', { name: folderBaseName(dir) })}</p>
        <details>
          <summary>{t('folder.showPath')}</summary>
          <p className="folder-path" data-testid="vault-dir">
            {dir}
          </p>
        </details>
      </div>
    </div>
  );
}

/** A file or folder the app just wrote, named as a person knows it, the full path on demand. */
export function SavedPlace({ message, path }: { message: string; path: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="notice">
      <p>{message}</p>
      <details>
        <summary>{t('folder.showPath')}</summary>
        <p className="folder-path">{path}</p>
      </details>
    </div>
  );
}
