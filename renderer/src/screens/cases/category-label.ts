import { categoryLabel } from '../../../../shared/domain/categories';
import { DEFAULT_VAULT_SETTINGS } from '../../../../shared/domain/schemas/vault-settings';
import { useVaultSettings } from '../../api/use-vault-settings';
import { useLanguage } from '../../components/use-labels';

/** The vault's categories (a setting), falling back to the policy's defaults while loading. */
export function useCategories() {
  return useVaultSettings().data?.categories ?? DEFAULT_VAULT_SETTINGS.categories;
}

export function useCategoryLabel(): (key: string) => string {
  const categories = useCategories();
  const language = useLanguage();
  return (key) => categoryLabel(categories, key, language);
}
