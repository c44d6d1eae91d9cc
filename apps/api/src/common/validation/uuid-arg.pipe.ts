import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error';

/** Rejects an id argument that is not a UUID before it reaches SQL, naming the argument. */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown, string> {
  constructor(private readonly argument: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppError.badInput(this.argument, `${this.argument} must be a valid id.`);
    }
    return value;
  }
}
