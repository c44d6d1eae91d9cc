import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CandidateExportFile', {
  description: 'Everything Panelist holds about one candidate, as one JSON document (GDPR articles 15 and 20).',
})
export class CandidateExportFileDto {
  @Field({ description: 'Named by the candidate id and date, not by their name: download folders and logs keep file names.' })
  fileName!: string;
  @Field({ description: 'The JSON document; `format` names its version.' }) content!: string;
}
