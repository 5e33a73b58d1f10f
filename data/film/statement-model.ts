/** The statement matcher's model for this film: its concepts and the ledger claims' profiles, built once. */
import { buildStatementModel, type StatementModel } from '../core/statements/matcher';
import { STATEMENT_CONCEPTS } from './statement-concepts';
import { FILM_CONCEPTS, STATEMENT_PROFILES } from './statement-profiles';

let model: StatementModel | null = null;

export function statementModel(): StatementModel {
  return (model ??= buildStatementModel(STATEMENT_CONCEPTS, STATEMENT_PROFILES, FILM_CONCEPTS));
}
