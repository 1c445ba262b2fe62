import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog } from '../i18n/catalog';
import { I18nProvider } from '../i18n/I18nProvider';
import { addAllWords } from '../i18n/translate';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { createHubClient } from './hub-client';
import { MemberApp } from './MemberApp';
import { MemberDb } from './member-db';
import { MemberSession } from './session';
import '../ui/styles.css';

/**
 * The member's scoring page (member.html), served by the meeting hub on the LAN. Nothing to
 * install: any current browser. The card's one-time secret arrives in the address's fragment
 * (#join=…), which browsers never send over the network; it is removed from the address bar
 * at once.
 */
// The member's page is small and shows words of every part (sheet, hub, refusals): all at once.
addAllWords(catalog);

const joinSecret = /^#join=([A-Za-z0-9_-]{20,200})$/u.exec(window.location.hash)?.[1] ?? null;
if (joinSecret !== null) window.history.replaceState(null, '', window.location.pathname);

const session = new MemberSession(new MemberDb(), createHubClient(window.fetch.bind(window)));
void session.start(joinSecret);
void navigator.storage?.persist?.();

const container = document.getElementById('root');
if (!container) throw new Error('member.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <ErrorBoundary fallback={(error) => <pre role="alert">{error.message}</pre>}>
        <MemberApp session={session} />
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>,
);
