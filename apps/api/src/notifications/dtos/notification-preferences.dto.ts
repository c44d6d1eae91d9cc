import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ObjectType('NotificationPreferences', { description: 'Which scheduled emails the signed-in person receives (in every organization).' })
export class NotificationPreferencesDto {
  @Field({ description: 'A daily reminder for each of their scorecards still unsubmitted after the interview.' })
  scorecardReminders!: boolean;
  @Field({ description: 'A daily digest of scorecards outstanding for the jobs they run (recruiters and hiring managers).' })
  dailyDigest!: boolean;
  @Field({ description: 'Whether this server sends email at all (SMTP_URL is set).' })
  emailEnabled!: boolean;
}

@InputType()
export class SetNotificationPreferencesInput {
  @Field() @IsBoolean() scorecardReminders!: boolean;
  @Field() @IsBoolean() dailyDigest!: boolean;
}

export const EmailDeliveryEnum = { QUEUED: 'QUEUED', NOT_CONFIGURED: 'NOT_CONFIGURED' } as const;
registerEnumType(EmailDeliveryEnum, {
  name: 'EmailDelivery',
  valuesMap: {
    QUEUED: { description: 'An email with the link is on its way (sent by a retried job; it may not have arrived yet).' },
    NOT_CONFIGURED: { description: 'This server sends no email (no SMTP_URL): share the link yourself.' },
  },
});
