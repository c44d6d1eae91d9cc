import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/** Length limits for a plain String argument (input types use class-validator instead). */
@Injectable()
export class StringArgPipe implements PipeTransform<unknown, string | undefined> {
  constructor(
    private readonly argument: string,
    private readonly maxLength: number,
    private readonly required = true,
  ) {}

  transform(value: unknown): string | undefined {
    if (value === undefined || value === null) {
      if (this.required) throw AppError.badInput(this.argument, `${this.argument} is required.`);
      return undefined;
    }
    if (typeof value !== 'string' || value.length > this.maxLength) {
      throw AppError.badInput(this.argument, `${this.argument} must be at most ${this.maxLength} characters.`);
    }
    return value;
  }
}
