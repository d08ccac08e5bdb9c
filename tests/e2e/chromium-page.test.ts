/**
 * Issue 5 in Chromium (MV3 build): highlights, traps, hover and keyboard cards, DOM left untouched,
 * dynamic pages, no errors, no network. The checks are in support/page-suite.ts, shared with Firefox.
 */
import { chromiumDriver } from './support/chromium-driver';
import { describePageTests } from './support/page-suite';

describePageTests(chromiumDriver);
