/**
 * Issue 6 in Firefox ESR (MV2 build): the popup's site switch and cast list against the open page, and
 * pack import on the options page. The checks are in support/popup-suite.ts, shared with Chromium.
 */
import { firefoxDriver } from './support/firefox-driver';
import { describePopupTests } from './support/popup-suite';

describePopupTests(firefoxDriver);
