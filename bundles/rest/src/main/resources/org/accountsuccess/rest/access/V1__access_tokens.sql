-- API tokens (kind 'api') and the page's sign-in sessions from a CRM launch (kind 'session').
-- Only a SHA-256 hash of each secret is kept; times are epoch milliseconds (UTC).
CREATE TABLE IF NOT EXISTS access_token (
  id VARCHAR(32) NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(64) NOT NULL,
  user_id VARCHAR(255) NOT NULL,
  roles VARCHAR(255) NOT NULL,
  secret_hash VARCHAR(64) NOT NULL,
  created_by VARCHAR(255) NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  last_used_at BIGINT
);
CREATE INDEX IF NOT EXISTS access_token_kind ON access_token (kind, expires_at);
-- single use of a launch token: its issuer and jti, kept until it expires
CREATE TABLE IF NOT EXISTS access_launch_used (
  issuer VARCHAR(255) NOT NULL,
  jti VARCHAR(255) NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (issuer, jti)
);
