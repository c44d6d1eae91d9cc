import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a real team can run: membership only by accepting an invitation, password resets,
 * sessions that can be listed and that die with a deactivation, organization settings and
 * single sign-on (OpenID Connect) per organization.
 */
export class Accounts1764410000000 implements MigrationInterface {
  name = 'Accounts1764410000000';

  async up(db: QueryRunner): Promise<void> {
    // An account is claimed once it has a credential (a password or a single sign-on identity).
    // Before that, the first invitation accepted for its email may set its password; after, never.
    await db.query(`ALTER TABLE users ADD COLUMN activated_at timestamptz`);
    await db.query(`UPDATE users SET activated_at = created_at WHERE password_hash IS NOT NULL`);

    // What the inviting admin typed: shown while the invitation is pending, so the member list never
    // reveals the name an existing account chose elsewhere.
    await db.query(`
      ALTER TABLE memberships
        ADD COLUMN invited_email text CHECK (char_length(invited_email) <= 254),
        ADD COLUMN invited_name text CHECK (char_length(invited_name) <= 120),
        ADD COLUMN sessions_not_before timestamptz NOT NULL DEFAULT '-infinity'`);
    await db.query(`COMMENT ON COLUMN memberships.sessions_not_before IS
      'Sessions created before this instant never work in this organization again (deactivation, reactivation).'`);

    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);

    // A session signed in through an organization's single sign-on is confined to that organization.
    await db.query(`
      ALTER TABLE sessions
        ADD COLUMN sso_organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
        ADD COLUMN user_agent text,
        ADD COLUMN ip_address text`);
    await db.query(`CREATE INDEX sessions_organization_idx ON sessions (organization_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`);

    await db.query(`
      CREATE TABLE sso_connections (
        organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
        issuer text NOT NULL CHECK (char_length(issuer) BETWEEN 8 AND 500),
        client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 300),
        client_secret text NOT NULL CHECK (char_length(client_secret) <= 500),
        allowed_domains text[] NOT NULL DEFAULT '{}',
        default_role member_role NOT NULL DEFAULT 'INTERVIEWER',
        enabled boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Who an organization's identity provider says a person is; the subject, not the email, is the key.
    await db.query(`
      CREATE TABLE user_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, issuer, subject)
      )`);
    await db.query(`CREATE INDEX user_identities_user_idx ON user_identities (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_identities`);
    await db.query(`DROP TABLE sso_connections`);
    await db.query(`DROP TABLE password_resets`);
    await db.query(`DROP INDEX sessions_organization_idx`);
    await db.query(`ALTER TABLE sessions DROP COLUMN sso_organization_id, DROP COLUMN user_agent, DROP COLUMN ip_address`);
    await db.query(`ALTER TABLE organizations DROP COLUMN password_sign_in, DROP COLUMN version, DROP COLUMN updated_at`);
    await db.query(`ALTER TABLE memberships DROP COLUMN invited_email, DROP COLUMN invited_name, DROP COLUMN sessions_not_before`);
    await db.query(`ALTER TABLE users DROP COLUMN activated_at`);
  }
}
