import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { BankFormat, MarkdownInterpretation } from '@panelist/question-bank';
import { BankFormatEnum, MarkdownInterpretationEnum } from './bank-import.dto';

/** base64 of a 20 MB file, the largest bank the importer reads. */
export const MAX_BASE64_LENGTH = Math.ceil((20 * 1024 * 1024) / 3) * 4;

@InputType()
export class PreviewBankImportInput {
  @Field()
  @IsString()
  @Length(1, 255, { message: 'File name must be 1 to 255 characters.' })
  fileName!: string;

  @Field({ description: 'The file, base64-encoded.' })
  @IsString()
  @MaxLength(MAX_BASE64_LENGTH, { message: 'The file is larger than 20 MB, the most one import takes.' })
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'The file content is not valid base64.' })
  contentBase64!: string;

  @Field(() => BankFormatEnum, { nullable: true, description: 'Left out: detected from the name and content.' })
  @IsOptional()
  @IsIn(Object.values(BankFormatEnum))
  format?: BankFormat | null;

  @Field(() => MarkdownInterpretationEnum, { nullable: true, description: 'Markdown only. Left out: AUTO.' })
  @IsOptional()
  @IsIn(Object.values(MarkdownInterpretationEnum))
  interpretation?: MarkdownInterpretation | null;
}

export const DuplicateActionEnum = { KEEP_BOTH: 'KEEP_BOTH', MERGE: 'MERGE' } as const;
export type DuplicateAction = keyof typeof DuplicateActionEnum;
registerEnumType(DuplicateActionEnum, {
  name: 'DuplicateAction',
  valuesMap: {
    KEEP_BOTH: { description: 'They are different questions: import this one as new.' },
    MERGE: { description: 'Same question: add this file item to the similar question instead.' },
  },
});

@InputType()
export class ImportDecisionInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  index!: number;

  @Field(() => DuplicateActionEnum)
  @IsIn(Object.values(DuplicateActionEnum))
  action!: DuplicateAction;
}

@InputType()
export class CommitBankImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id.' })
  id!: string;

  @Field(() => [ImportDecisionInput], { defaultValue: [], description: 'One decision per possible duplicate.' })
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => ImportDecisionInput)
  decisions!: ImportDecisionInput[];

  @Field({
    defaultValue: false,
    description: 'Required when the preview warned of a low yield (far fewer questions than candidate blocks).',
  })
  @IsBoolean()
  confirmLowYield!: boolean;
}
