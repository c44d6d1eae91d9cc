import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ExportFormat } from '@panelist/question-bank';

export const BankExportFormatEnum = { JSON: 'json', CSV: 'csv', MARKDOWN: 'markdown' } as const satisfies Record<string, ExportFormat>;

registerEnumType(BankExportFormatEnum, {
  name: 'BankExportFormat',
  valuesMap: {
    JSON: { description: 'Panelist JSON: every field, re-imports to exactly the same questions.' },
    CSV: { description: 'One row per question, for spreadsheets; re-imports through the CSV reader.' },
    MARKDOWN: { description: 'Category headings, then "Q:", the code, "A:" and the rubric of each question.' },
  },
});

export const MAX_EXPORT_PAGE = 200;

@ArgsType()
export class BankExportArgs {
  @Field(() => BankExportFormatEnum)
  @IsIn(Object.values(BankExportFormatEnum))
  format!: ExportFormat;

  @Field(() => String, { nullable: true, description: 'nextCursor of the previous page; none for the first page.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  after?: string;

  @Field(() => Int, { defaultValue: MAX_EXPORT_PAGE, description: `Questions in this page, 1 to ${MAX_EXPORT_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_EXPORT_PAGE)
  first!: number;
}

@ObjectType('BankExportPage', { description: 'A page of the bank export: the chunks of all pages, in order, are the file.' })
export class BankExportPageDto {
  @Field(() => String, { description: "This page's part of the file (the opening on the first page, the closing on the last)." })
  chunk!: string;

  @Field(() => Int, { description: 'Questions exported up to and including this page.' })
  exported!: number;

  @Field(() => Int, { description: 'Active questions in the bank.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;

  @Field(() => String, { description: 'A file name for the export, e.g. "acme-bank.md".' })
  fileName!: string;

  @Field(() => String, { description: 'The media type of the file.' })
  mediaType!: string;
}
