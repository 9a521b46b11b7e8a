// The parser turns a rule that throws into chatter so a live stream goes on;
// tests want the opposite: the fault itself, with its stack, failing the test.
import { createParser, type CatalogEntry, type Parser } from '../../src/core/parser';

export function strictParser(catalog: readonly CatalogEntry[]): Parser {
  return createParser(catalog, {
    onFault: (error) => {
      throw error;
    },
  });
}
