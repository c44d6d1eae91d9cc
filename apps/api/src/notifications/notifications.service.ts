import { Inject, Injectable } from '@nestjs/common';
import { ROLE_LABELS } from '@panelist/roles';
import type { Queryable } from '../common/database/typed-sql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService, type EmailDelivery } from '../mail/mail.service';
import {
  interviewAssignedMail,
  interviewCancellation,
  interviewCancelledMail,
  interviewInvitation,
  invitationMail,
  passwordResetMail,
} from '@panelist/mail';
import * as repository from './notifications.repository';

/**
 * The emails that events cause: an invitation, a password reset, a seat on an interview panel.
 * Each is written in the transaction of its event, so an email exists only for what really happened.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async invitationIssued(db: Queryable, membershipId: string, link: { url: string; expiresAt: Date }): Promise<EmailDelivery> {
    if (!this.mail.configured) return 'NOT_CONFIGURED';
    const recipient = await repository.membershipRecipient(db, membershipId);
    if (!recipient) return 'NOT_CONFIGURED';
    return this.mail.queue(db, {
      organizationId: recipient.organizationId,
      recipientId: recipient.userId,
      kind: 'INVITATION',
      to: recipient.email,
      ...invitationMail({ ...recipient, roleLabel: ROLE_LABELS[recipient.role], ...link }),
    });
  }

  async passwordResetIssued(
    db: Queryable,
    reset: { userId: string; organizationId: string; url: string; expiresAt: Date },
  ): Promise<EmailDelivery> {
    if (!this.mail.configured) return 'NOT_CONFIGURED';
    const recipient = await repository.resetRecipient(db, reset.userId, reset.organizationId);
    if (!recipient) return 'NOT_CONFIGURED';
    return this.mail.queue(db, {
      organizationId: reset.organizationId,
      recipientId: reset.userId,
      kind: 'PASSWORD_RESET',
      to: recipient.email,
      ...passwordResetMail({ ...recipient, url: reset.url, expiresAt: reset.expiresAt }),
    });
  }

  /**
   * A calendar invitation to each given panelist (new seats, or everyone after a reschedule). The
   * interview's version is the iCalendar SEQUENCE, so a reschedule updates the calendar entry.
   */
  interviewAssigned(db: Queryable, interviewId: string, interviewerIds: string[]): Promise<void> {
    return this.calendarMail(db, interviewId, interviewerIds, 'INTERVIEW_ASSIGNED');
  }

  /**
   * A calendar CANCEL to each given panelist, while their seats still exist: the interview is being
   * cancelled, or they are being taken off its panel. Its SEQUENCE (the interview's version) is above
   * every invitation's, so calendars apply it.
   */
  interviewCancelled(db: Queryable, interviewId: string, interviewerIds: string[]): Promise<void> {
    return this.calendarMail(db, interviewId, interviewerIds, 'INTERVIEW_CANCELLED');
  }

  private async calendarMail(
    db: Queryable,
    interviewId: string,
    interviewerIds: string[],
    kind: 'INTERVIEW_ASSIGNED' | 'INTERVIEW_CANCELLED',
  ): Promise<void> {
    const mail = this.config.mail;
    if (!mail || interviewerIds.length === 0) return;
    const cancelled = kind === 'INTERVIEW_CANCELLED';
    for (const seat of await repository.interviewSeatsForMail(db, interviewId, interviewerIds)) {
      const summary = {
        organizationName: seat.organizationName,
        interviewerName: seat.name,
        candidateName: seat.candidateName,
        jobTitle: seat.jobTitle,
        roundName: seat.roundName,
        start: seat.start,
        durationMinutes: seat.durationMinutes,
        url: `${this.config.publicUrl}/interviews/${interviewId}`,
      };
      const entry = {
        ...summary,
        interviewId,
        interviewerEmail: seat.email,
        organizerEmail: /<([^<>]+)>$/.exec(mail.from)?.[1] ?? mail.from,
        sequence: cancelled ? seat.version : seat.version - 1,
      };
      await this.mail.queue(db, {
        organizationId: seat.organizationId,
        recipientId: seat.userId,
        kind,
        to: seat.email,
        ...(cancelled ? interviewCancelledMail(summary) : interviewAssignedMail(summary)),
        calendar: cancelled ? interviewCancellation(entry) : interviewInvitation(entry),
      });
    }
  }
}
