/**
 * `npm run dataset`: rewrites every generated file in data/generated/ from the repository alone
 * (see scripts/generated-files.ts). Nothing is written unless the ledger makes a valid dataset.
 */
import { writeGenerated } from './generated-files';

writeGenerated();
