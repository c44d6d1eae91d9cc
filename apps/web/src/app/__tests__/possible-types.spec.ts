import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInterfaceType } from 'graphql';
import { POSSIBLE_TYPES } from '../possible-types';

describe('POSSIBLE_TYPES', () => {
  it('lists every interface of the schema with the types that implement it', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.gql'), 'utf8'));
    const fromSchema: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInterfaceType(type) && !type.name.startsWith('__')) {
        fromSchema[type.name] = schema
          .getPossibleTypes(type)
          .map((implementation) => implementation.name)
          .sort();
      }
    }
    expect(POSSIBLE_TYPES).toEqual(fromSchema);
  });
});
