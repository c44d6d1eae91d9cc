/** What is wrong with one input field: the rules in libs report these, forms show them beside the field. */
export interface FieldProblem {
  field: string;
  message: string;
}
