import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, into: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(info, selection.selectionSet, into);
    else collect(info, info.fragments[selection.name.value]?.selectionSet, into);
  }
}

/**
 * The names of the fields the operation selects under the field being resolved (through fragments;
 * @skip/@include are ignored, so a conditional field counts as selected). Lets a resolver load in
 * one statement what its child fields would otherwise load one by one — and skip what nobody asked.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const fields = new Set<string>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, fields);
  return fields;
}
