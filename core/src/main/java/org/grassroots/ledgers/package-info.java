/**
 * The four ledgers of serving the people (服务群众“四本台账”, 云冈): commitments, their fulfilment,
 * assistance to families in difficulty, residents' opinions and demands; entries with validated
 * status transitions and derived rates as measurements.
 */
package org.grassroots.ledgers;
