-- The host's own table (run by Spring Boot's SQL initialisation on the embedded database): a log of
-- the measurement intakes, written in the same transaction as the library's measurements.
CREATE TABLE IF NOT EXISTS intake_log (
  intake_id VARCHAR(64) PRIMARY KEY,
  district VARCHAR(64) NOT NULL,
  period VARCHAR(16) NOT NULL,
  reviewer VARCHAR(64) NOT NULL,
  values_count INT NOT NULL
);
