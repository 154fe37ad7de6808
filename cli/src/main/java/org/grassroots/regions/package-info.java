/**
 * Names and regions (名称与地区): the names of a tree's units beside their ids ({@link
 * org.grassroots.regions.UnitNames}), and the figures of an assessment, a scenario or a sweep
 * summed by province, city, county or street ({@link org.grassroots.regions.RegionSummary}).
 */
package org.grassroots.regions;
