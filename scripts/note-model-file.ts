/**
 * The shipped learned note model, as Node reads it (the scan command, the tests): the same file
 * the background reads from the built extension.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoteModels } from '../data/film/learned-notes';
import { NOTE_MODEL_FILE } from '../data/contracts/bundles';

let models: NoteModels | null = null;
export const shippedNoteModels = (): NoteModels =>
  (models ??= JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/generated', NOTE_MODEL_FILE), 'utf8')) as NoteModels);
