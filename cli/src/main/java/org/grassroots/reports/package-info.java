/**
 * Reports of scenario calculations (情景测算报告): one self-contained HTML page that works offline,
 * its charts drawn by Apache ECharts inlined into it, and the CSV files behind every chart.
 */
package org.grassroots.reports;
