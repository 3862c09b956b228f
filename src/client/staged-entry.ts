/**
 * The site's client entry in production builds (src/plugins/staged-entry.ts puts it in place of
 * Docusaurus' `clientEntry.js`). Docusaurus' entry imports React DOM, the theme and the route
 * table statically, so the browser evaluated all of `main.js` in one task (~50 ms in a Chromium
 * trace of a pattern page, ~200 ms at a phone's 4x CPU slowdown: a long task that blocks input,
 * issue 13). This entry evaluates the same modules in the same order, in a few parts, yielding to
 * the browser between them (a `MessageChannel` message: a new task, without setTimeout's clamp),
 * and then runs Docusaurus' entry, which preloads the route and hydrates (React slices hydration
 * into ~5 ms tasks itself). `webpackMode: "eager"` keeps every part in main.js: no extra request.
 *
 * One more part starts the default-locale collator: the first `localeCompare` of a page loads
 * ICU's collation data (~10–15 ms in a trace), and without this it happened in the middle of
 * hydration, inside one component's render (Docusaurus' `useShallowMemoObject` under the docs'
 * `NavbarSecondaryMenuFiller`, and LabEvidence's `versionRuns`, sort with `localeCompare`),
 * making that slice ~15–20 ms instead of ~5: at a phone's 4x slowdown, one task over Lighthouse's
 * 50 ms instead of two under or near it.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function start(): Promise<void> {
  await import(/* webpackMode: "eager" */ 'react-dom/client');
  await yieldToBrowser();
  await import(/* webpackMode: "eager" */ '@theme/Layout');
  await yieldToBrowser();
  await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App');
  await yieldToBrowser();
  'a'.localeCompare('b');
  await yieldToBrowser();
  await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/clientEntry');
}

void start();
