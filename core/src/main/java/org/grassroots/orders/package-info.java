/**
 * Service orders under 三单制 (居民下单、社区派单、党员接单, 云冈): orders with timestamps, a declared
 * time limit and validated steps; derived counts, on-time rate and mean times as measurements.
 */
package org.grassroots.orders;
