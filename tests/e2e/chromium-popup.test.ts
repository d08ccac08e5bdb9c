/**
 * Issue 6 in Chromium (MV3 build): the popup's site switch and cast list against the open page, and pack
 * import on the options page. The checks are in support/popup-suite.ts, shared with Firefox.
 */
import { chromiumDriver } from './support/chromium-driver';
import { describePopupTests } from './support/popup-suite';

describePopupTests(chromiumDriver);
