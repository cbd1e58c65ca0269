/**
 * What the build's static-page plugins (the teacher guide, the privacy statement, the share pages,
 * the embed configurator) share: build only, the resolved config's root, base and logger, and
 * their files written once, for the client build (not again for another environment's bundle).
 */
import type { Plugin } from 'vite';

/** What `this` is in a plugin's `generateBundle`: `emitFile`, `environment` and the rest. */
type BundleContext = ThisParameterType<Extract<NonNullable<Plugin['generateBundle']>, (...args: never[]) => unknown>>;

/** What a static-page plugin's hooks read of the resolved config. */
export interface StaticPageBuild {
  /** Vite's root. */
  root: string;
  /** Vite's `base`. */
  base: string;
  /** A line in the build's log. */
  log: (line: string) => void;
}

/**
 * A build-only plugin named `three-thousand-miles:<name>` whose `generate` emits its files into
 * the client bundle. `hooks` adds any other hooks, given the same `build`, read once the config is
 * resolved.
 */
export function staticPagePlugin(
  name: string,
  generate: (this: BundleContext, build: StaticPageBuild) => void | Promise<void>,
  hooks: (build: StaticPageBuild) => Omit<Plugin, 'name' | 'apply' | 'configResolved' | 'generateBundle'> = () => ({}),
): Plugin {
  const build: StaticPageBuild = { root: process.cwd(), base: '/', log: () => undefined };
  return {
    name: `three-thousand-miles:${name}`,
    apply: 'build',
    configResolved(config) {
      build.root = config.root;
      build.base = config.base;
      build.log = (line) => {
        config.logger.info(line);
      };
    },
    ...hooks(build),
    generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      return generate.call(this, build);
    },
  };
}
