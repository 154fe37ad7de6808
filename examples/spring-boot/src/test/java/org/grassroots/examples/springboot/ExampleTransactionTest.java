package org.grassroots.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library's writes belong to the host's transaction on H2: a host rollback undoes them, a host
 * commit keeps them with the host's own rows.
 */
class ExampleTransactionTest extends ServiceTestBase {
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcTemplate sql;

  @Test
  void aHostRollbackUndoesTheLibrarysWrites() {
    Period p = Period.year(2026);
    assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
      storage.measurements().putAll(Change.of("host", "rolled back", Instant.now()), DemoDistrict.DEMO,
          List.of(new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.meetings"), p, Fixed.of(5))));
      assertThat(storage.measurements().forPeriod(DemoDistrict.DEMO, p)).hasSize(1); // inside: visible
      throw new IllegalStateException("the host changes its mind");
    })).hasMessage("the host changes its mind");
    assertThat(storage.measurements().forPeriod(DemoDistrict.DEMO, p)).isEmpty();
  }

  @Test
  void anIntakeTheHostRefusesLeavesNoneOfItsMeasurements() throws Exception {
    String first = """
        {"intakeId": "i-2025-1", "values": [{"unit": "c1", "indicator": "org.meetings", "value": 4}]}""";
    String again = """
        {"intakeId": "i-2025-1", "values": [{"unit": "c1", "indicator": "org.meetings", "value": 7},
                                            {"unit": "c2", "indicator": "org.meetings", "value": 2}]}""";
    mvc.perform(post("/districts/demo/measurements/2025").contentType(MediaType.APPLICATION_JSON).content(first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(1));
    // the library stores the second batch first; then the host's log refuses the repeated intake id
    mvc.perform(post("/districts/demo/measurements/2025").contentType(MediaType.APPLICATION_JSON).content(again)
            .header("Accept-Language", "zh"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.key").value("example.intakeTwice"))
        .andExpect(jsonPath("$.detail").value(containsString("i-2025-1")))
        .andExpect(jsonPath("$.detail").value(containsString("均未保存")));
    List<Measurement> stored = storage.measurements().forPeriod(DemoDistrict.DEMO, Period.year(2025));
    assertThat(stored).extracting(Measurement::unit, Measurement::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OrgUnitId.of("c1"), Fixed.of(4)));
    assertThat(sql.queryForObject("SELECT COUNT(*) FROM intake_log WHERE intake_id = 'i-2025-1'", Long.class))
        .isEqualTo(1L);
  }
}
