package org.grassroots.examples.springboot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.StorageProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's own service (报送登记): stores a batch of measurements through the library and logs the
 * intake in the host's own table, in ONE Spring transaction. The library's storage joins it, so
 * when the host's part fails — an intake id logged before — the library's measurements are rolled
 * back with it: neither is stored.
 */
@Service
public class MeasurementIntake {
  private final StorageProvider storage;
  private final JdbcTemplate sql;

  public MeasurementIntake(StorageProvider storage, JdbcTemplate sql) {
    this.storage = storage;
    this.sql = sql;
  }

  /** Stores the values and logs the intake; all or nothing. Returns how many values were stored. */
  @Transactional
  public int submit(DistrictId district, Period period, DistrictController.Intake intake, String reviewer) {
    Check.notBlank("intakeId", intake.intakeId());
    List<Measurement> values = new ArrayList<>();
    for (DistrictController.Value v : Check.notNull("values", intake.values())) {
      values.add(new Measurement(v.unit(), v.indicator(), period, v.fixed()));
    }
    storage.measurements().putAll(Change.of(reviewer, "intake " + intake.intakeId(), Instant.now()), district, values);
    // the host's own write, after the library's: a duplicate intake id fails here, and the
    // transaction rolls back the measurements above too
    try {
      sql.update("INSERT INTO intake_log (intake_id, district, period, reviewer, values_count) VALUES (?, ?, ?, ?, ?)",
          intake.intakeId(), district.value(), period.toString(), reviewer, values.size());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("example.intakeTwice", "intakeId", intake.intakeId());
    }
    return values.size();
  }
}
