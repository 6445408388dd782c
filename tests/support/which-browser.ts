import { describeChromium } from "./chromium";

// `npx tsx tests/support/which-browser.ts` — says which Chromium the browser tests will use here (and unpacks the
// packaged one if it is that one), as .ci/run prints before the tests.
console.log(`browser tests use ${await describeChromium()}`);
