/**
 * Workflows (状态流转): one status machine ({@link org.grassroots.workflow.StatusMachine}) for every
 * workflow of the library — ledger entries, service orders, recruitment tasks.
 */
package org.grassroots.workflow;
