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

/** Answer to any request without the session cookie. Never carries a secret. */
export const SIGN_IN_NEEDED_PAGE = page(
  'OCOP Council — cần mở bằng liên kết / open with the link',
  `    <h1>OCOP Council</h1>
    <p lang="vi">Hãy mở ứng dụng bằng liên kết dùng một lần mà lệnh khởi động in ra (dòng có
    <code>?token=</code>), hoặc chạy lại lệnh <code>npm run start:web</code> (dừng lệnh đang chạy
    bằng Ctrl+C trước). Liên kết chỉ dùng được một lần; trình duyệt đã mở bằng nó thì không cần
    mở lại.</p>
    <p lang="en">Open the app with the one-time link printed by the start command (the line with
    <code>?token=</code>), or run <code>npm run start:web</code> again (stop the running one with
    Ctrl+C first). The link works once; a browser that already opened it does not need it again.</p>`,
);

/**
 * Answer to the one-time address: sets the cookie, then moves to the app without the token.
 * A same-page refresh, not a 303: when the address was opened from a file or another app, the
 * browser treats a redirect chain as cross-site and would hold back the SameSite=Strict cookie.
 */
export const SIGNED_IN_PAGE = page(
  'OCOP Council',
  `    <p lang="vi"><a href="/">Mở OCOP Council</a></p>
    <p lang="en"><a href="/">Open OCOP Council</a></p>`,
  '\n    <meta http-equiv="refresh" content="0;url=/">',
);

/** For the start command: a local file the browser opens, so the token is never on a command line. */
export function launchFilePage(url: string): string {
  return page(
    'OCOP Council',
    `    <p lang="vi"><a href="${url}">Mở OCOP Council</a></p>
    <p lang="en"><a href="${url}">Open OCOP Council</a></p>`,
    `\n    <meta http-equiv="refresh" content="0;url=${url}">`,
  );
}
