import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';
import { RemindersService } from './reminders.service';

/** The emails events and schedules cause, and each person's choice of them (global: members and interviews notify). */
@Global()
@Module({
  providers: [NotificationsService, RemindersService, PreferencesService, NotificationsResolver],
  exports: [NotificationsService, RemindersService],
})
export class NotificationsModule {}
