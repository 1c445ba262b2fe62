// Unit tests run with every word loaded, as the app is once its lazy screens opened
// (the app loads the start-up part first: renderer/src/i18n/catalog/start.ts).
import { catalog } from '../../renderer/src/i18n/catalog';
import { addAllWords } from '../../renderer/src/i18n/translate';

addAllWords(catalog);
