/**
 * Issue 5 in Firefox ESR (MV2 build): highlights, traps, hover and keyboard cards, DOM left untouched,
 * dynamic pages, no errors, no network. The checks are in support/page-suite.ts, shared with Chromium.
 */
import { firefoxDriver } from './support/firefox-driver';
import { describePageTests } from './support/page-suite';

describePageTests(firefoxDriver);
