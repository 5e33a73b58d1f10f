/** The bundled dataset, typed. It is validated when built and in the tests, not on every page load. */
import raw from '../../generated/dataset.json';
import type { Dataset } from './schema';

export const dataset = raw as unknown as Dataset;
