import { z } from 'zod';
import { method } from './define';

export interface AppInfo {
  name: string;
  version: string;
  locale: string;
  platform: string;
}

export const appMethods = {
  'app.info': method(z.undefined()).returns<AppInfo>(),
};
