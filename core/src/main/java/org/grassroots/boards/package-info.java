/**
 * Cadre evaluation boards (干部履职尽责评价榜, 杏林): the advanced board (先进榜) and improvement
 * board (促进榜) with categories as data, rankings with a declared tie-break, promotion
 * recommendations in ranking order behind declared gates, the recruitment board (招贤榜) of hard
 * tasks, and the statistics the street reports.
 */
package org.grassroots.boards;
