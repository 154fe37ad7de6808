package org.grassroots.ledgers;

import com.google.common.collect.ImmutableList;
import org.grassroots.input.Check;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;

/**
 * A declared indicator derived from one ledger (台账指标): the id a ruleset reads, the ledger, the
 * quantity and its rounding and zero-denominator answer. Counts are exact and ignore the policy.
 *
 * @param id the indicator or input id the measurement is filed under
 * @param ledger the ledger read
 * @param quantity what is measured
 * @param policy rounding and the answer for an empty cohort
 */
public record LedgerIndicator(
    IndicatorId id, LedgerKind ledger, LedgerQuantity quantity, RatePolicy policy) {
  public LedgerIndicator {
    Check.notNull("ledgerIndicator.id", id);
    Check.notNull("ledgerIndicator.ledger", ledger);
    Check.notNull("ledgerIndicator.quantity", quantity);
    Check.notNull("ledgerIndicator.policy", policy);
    if (quantity == LedgerQuantity.AVERAGE_RESPONSE_DAYS || quantity == LedgerQuantity.MEDIAN_RESPONSE_DAYS) {
      policy.checkedForAverage("ledgerIndicator.policy");
    }
  }

  /**
   * The preset of the four ledgers (云冈): counts of each ledger, the fulfilment rate, the closure
   * rates of assistance and demands, and the mean and median days to respond to a demand. Rates to
   * 0.01% half up; averages to 0.1 day half up; an empty cohort gives no value.
   */
  public static ImmutableList<LedgerIndicator> preset() {
    RatePolicy rate = RatePolicy.standard();
    RatePolicy days = new RatePolicy(1, Rounding.HALF_UP, WhenEmpty.NO_VALUE);
    return ImmutableList.of(
        of("ledger.commitments", LedgerKind.COMMITMENT, LedgerQuantity.COUNT, rate),
        of("ledger.fulfilments", LedgerKind.FULFILMENT, LedgerQuantity.COUNT, rate),
        of("ledger.fulfilmentRate", LedgerKind.COMMITMENT, LedgerQuantity.RESOLVED_RATE, rate),
        of("ledger.assistance", LedgerKind.ASSISTANCE, LedgerQuantity.COUNT, rate),
        of("ledger.assistanceClosureRate", LedgerKind.ASSISTANCE, LedgerQuantity.CLOSURE_RATE, rate),
        of("ledger.demands", LedgerKind.DEMAND, LedgerQuantity.COUNT, rate),
        of("ledger.demandClosureRate", LedgerKind.DEMAND, LedgerQuantity.CLOSURE_RATE, rate),
        of("ledger.demandResponseDays", LedgerKind.DEMAND, LedgerQuantity.AVERAGE_RESPONSE_DAYS, days),
        of("ledger.demandResponseDaysMedian", LedgerKind.DEMAND,
            LedgerQuantity.MEDIAN_RESPONSE_DAYS, days));
  }

  private static LedgerIndicator of(
      String id, LedgerKind kind, LedgerQuantity quantity, RatePolicy policy) {
    return new LedgerIndicator(IndicatorId.of(id), kind, quantity, policy);
  }
}
