// Interface keys are typed from the English file: a key that does not exist there fails to compile.
import 'i18next';
import type ui from './locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
