/**
 * Dual registration (双报到): in-service members and their units report to the communities where
 * members live, agree tasks and serve; reporting rate, completion rate and service hours become
 * measurements, so eligibility under a declared rate is a rule, not code.
 */
package org.grassroots.dualregistration;
