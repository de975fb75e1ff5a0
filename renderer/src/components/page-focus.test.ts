import { describe, expect, it } from 'vitest';
import { pageOf } from './page-focus';

describe('the page an address shows', () => {
  it('treats the tabs of a case and of the settings as one page', () => {
    expect(pageOf('/cases/12')).toBe('/cases/12');
    expect(pageOf('/cases/12/journal')).toBe('/cases/12');
    expect(pageOf('/cases/12/learning')).toBe('/cases/12');
    expect(pageOf('/settings')).toBe('/settings');
    expect(pageOf('/settings/audit')).toBe('/settings');
  });

  it('keeps pages that are pages of their own apart', () => {
    expect(pageOf('/cases/new')).toBe('/cases/new');
    expect(pageOf('/cases/12/agreements/new')).toBe('/cases/12/agreements/new');
    expect(pageOf('/settings/agreement-templates')).toBe('/settings/agreement-templates');
    expect(pageOf('/agreements/3')).toBe('/agreements/3');
    expect(pageOf('/')).toBe('/');
  });
});
