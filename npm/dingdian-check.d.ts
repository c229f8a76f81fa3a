// The <dingdian-check> Web Component (dingdian-check.js): importing the
// module defines the element.
import type { InputError, Profile, Report } from './dingdian.js';

/** Why the element could not start or check. */
export interface DingdianCheckError {
  /** 中文说明 */
  message: string;
  errors: InputError[];
}

/** What the element posts to the portal (`parent-origin`) when it runs in an iframe. */
export type DingdianBridgeMessage =
  | { source: 'dingdian'; version: 1; type: 'report'; report: Report }
  | { source: 'dingdian'; version: 1; type: 'error'; message: string; errors: InputError[] };

export interface DingdianCheckElement extends HTMLElement {
  /** The answers as a profile; setting it replaces them (keys such as `__proto__` are refused). */
  profile: Profile;
  /** The last report, or null. */
  readonly report: Report | null;
  /** Why it could not start or check, or null. */
  readonly error: DingdianCheckError | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'dingdian-check': DingdianCheckElement;
  }
  interface HTMLElementEventMap {
    'dingdian-report': CustomEvent<{ report: Report }>;
    'dingdian-error': CustomEvent<DingdianCheckError & { cause?: unknown }>;
  }
}
