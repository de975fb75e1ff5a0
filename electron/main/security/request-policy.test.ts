import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isAllowedRequest, isTrustedSender, PERMISSIONS_GRANTED } from './request-policy';

describe('network policy', () => {
  it('allows the app protocol and in-page data', () => {
    expect(isAllowedRequest(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedRequest('app://fortrolig/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'ws://localhost/',
    'blob:https://example.com/x',
  ])('blocks %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('allows the dev server only when explicitly given', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', { allowDevServer: 'http://localhost:5173' })).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', { allowDevServer: 'http://localhost:5173' })).toBe(true);
    expect(isAllowedRequest('ws://localhost:5174/', { allowDevServer: 'http://localhost:5173' })).toBe(false);
    expect(isAllowedRequest('https://example.com/', { allowDevServer: 'http://localhost:5173' })).toBe(false);
  });

  it('grants no permission at all', () => {
    expect(PERMISSIONS_GRANTED.size).toBe(0);
  });

  it('has a CSP that allows no connections and no foreign scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('sender check', () => {
  it('trusts only the app page in the top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://fortrolig.evil/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('recognises app URLs strictly', () => {
    expect(isAppUrl('app://fortrolig/x')).toBe(true);
    expect(isAppUrl('app://fortrolig:80/x')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
