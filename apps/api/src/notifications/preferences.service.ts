import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { NotificationPreferencesDto, SetNotificationPreferencesInput } from './dtos/notification-preferences.dto';
import * as repository from './notifications.repository';

@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<NotificationPreferencesDto> {
    const preferences = await repository.preferencesOf(this.db, userId);
    if (!preferences) throw AppError.notFound('Your account', 'userId');
    return { ...preferences, emailEnabled: this.config.mail !== null };
  }

  async set(userId: string, input: SetNotificationPreferencesInput): Promise<NotificationPreferencesDto> {
    const preferences = await repository.setPreferences(this.db, { userId, ...input });
    if (!preferences) throw AppError.notFound('Your account', 'userId');
    return { ...preferences, emailEnabled: this.config.mail !== null };
  }
}
