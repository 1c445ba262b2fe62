/**
 * Signs in to a running web host as a browser would: opens the one-time address and keeps the
 * session cookie it sets. Returns the Cookie header for later requests.
 */
export async function signInCookie(launchUrl: string): Promise<string> {
  const response = await fetch(launchUrl, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie');
  if (response.status !== 200 || setCookie === null) {
    throw new Error(`sign-in failed: HTTP ${response.status}`);
  }
  const pair = setCookie.split(';')[0];
  if (pair === undefined) throw new Error('sign-in failed: empty cookie');
  return pair;
}

/** A fetch that carries the cookie, as the browser does for the page's own requests. */
export function fetchWithCookie(cookie: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Cookie', cookie);
    return fetch(input, { ...init, headers });
  };
}
