import { Foundation1764360000000 } from './1764360000000-foundation';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [Foundation1764360000000];
