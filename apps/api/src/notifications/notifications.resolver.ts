import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { NotificationPreferencesDto, SetNotificationPreferencesInput } from './dtos/notification-preferences.dto';
import { PreferencesService } from './preferences.service';

/** Each person's own email choices: only ever the caller's, whatever their role. */
@Resolver(() => NotificationPreferencesDto)
export class NotificationsResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Roles(...ALL_ROLES)
  @Query(() => NotificationPreferencesDto, { description: "The signed-in person's reminder and digest emails." })
  notificationPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesDto> {
    return this.preferences.get(principal.userId);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => NotificationPreferencesDto, {
    description: 'Turns the signed-in person’s scorecard reminders and daily digest on or off.',
  })
  setNotificationPreferences(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetNotificationPreferencesInput,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.set(principal.userId, input);
  }
}
