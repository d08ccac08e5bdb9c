import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCardUi } from '../src/card/mount';

// Injected into a tab by the background on the first hover (see src/card/api.ts).
export default defineUnlistedScript(() => installCardUi(document));
