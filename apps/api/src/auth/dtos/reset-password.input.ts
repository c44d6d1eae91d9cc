import { InputType } from '@nestjs/graphql';
import { TokenPasswordInput } from './accept-invitation.input';

@InputType({ description: 'The new password for a password-reset link.' })
export class ResetPasswordInput extends TokenPasswordInput {}
