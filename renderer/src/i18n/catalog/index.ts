import { appMessages } from './app';
import { minutesMessages } from './minutes';
import { verifyMessages } from './verify';
import { councilMessages } from './council';
import { productMessages } from './products';
import { documentMessages } from './documents';
import { roundMessages } from './rounds';
import { resultsMessages } from './results';
import { settingsMessages } from './settings';
import { storageMessages } from './storage';
import { scoringMessages } from './scoring';
import { auditMessages } from './audit';
import { auditWordMessages } from './audit-words';
import { backupMessages } from './backup';
import { backupProblemMessages } from './backup-problems';
import { excelMessages } from './excel';
import { minutesFieldsMessages } from './minutes-fields';
import { tokenMessages } from './token';
import { registerMessages } from './register';
import { hubMessages } from './hub';
import { packsMessages } from './packs';
import { recognitionPaperMessages } from './recognition-papers';
import { dbMessages } from './db';
import { registerYearMessages } from './register-year';

/**
 * Every UI and document text of the app. Each feature keeps its messages in its own
 * file here (so features can be worked on side by side) and adds it to this map.
 */
export const catalog = {
  ...minutesMessages,
  ...verifyMessages,
  ...auditMessages,
  ...auditWordMessages,
  ...backupMessages,
  ...backupProblemMessages,
  ...excelMessages,
  ...scoringMessages,
  ...appMessages,
  ...councilMessages,
  ...productMessages,
  ...documentMessages,
  ...roundMessages,
  ...resultsMessages,
  ...settingsMessages,
  ...storageMessages,
  ...minutesFieldsMessages,
  ...tokenMessages,
  ...registerMessages,
  ...hubMessages,
  ...packsMessages,
  ...recognitionPaperMessages,
  ...dbMessages,
  ...registerYearMessages,
};

export type MessageKey = keyof typeof catalog;
