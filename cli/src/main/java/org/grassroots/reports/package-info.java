/**
 * Reports of scenario calculations (情景测算报告): a self-contained HTML page with SVG charts and the
 * CSV files behind every chart.
 */
package org.grassroots.reports;
