import { bilingual, hostText, type HostWordKey } from '../shared/host-words';

/**
 * The two small pages the web host writes itself (no script, no style: the CSP allows
 * neither inline). Vietnamese first, then English, like every message of the app.
 */

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">${head}
    <title>${title}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/** One paragraph per language, Vietnamese first. */
function both(key: HostWordKey, wrap: (words: string) => string = (words) => words): string {
  return (['vi', 'en'] as const)
    .map((lang) => `    <p lang="${lang}">${wrap(hostText(lang, key))}</p>`)
    .join('\n');
}

/** Answer to any request without the session cookie. Never carries a secret. */
export const SIGN_IN_NEEDED_PAGE = page(
  `OCOP Council — ${bilingual('page.signInTitle')}`,
  `    <h1>OCOP Council</h1>\n${both('page.signInBody')}`,
);

/**
 * Answer to the one-time address: sets the cookie, then moves to the app without the token.
 * A same-page refresh, not a 303: when the address was opened from a file or another app, the
 * browser treats a redirect chain as cross-site and would hold back the SameSite=Strict cookie.
 */
export const SIGNED_IN_PAGE = page(
  'OCOP Council',
  both('page.openApp', (words) => `<a href="/">${words}</a>`),
  '\n    <meta http-equiv="refresh" content="0;url=/">',
);

/** For the start command: a local file the browser opens, so the token is never on a command line. */
export function launchFilePage(url: string): string {
  return page(
    'OCOP Council',
    both('page.openApp', (words) => `<a href="${url}">${words}</a>`),
    `\n    <meta http-equiv="refresh" content="0;url=${url}">`,
  );
}
